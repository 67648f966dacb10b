"""How each published page looks in the API: its id, every translated text as {"de", "en"},
its address in both languages, its dates in ISO 8601 (Halle's time zone) and its relations by id.

Rich text and StreamField bodies are left out: they are layouts of blocks, images and links
meant for the web page, which `url` leads to. What is given is each page's plain text."""

from functools import cache

from django.conf import settings
from django.utils import timezone, translation
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from strategy.models import ProjectPage

LANGUAGES = [code for code, _name in settings.LANGUAGES]


class BilingualTextSerializer(serializers.Serializer):
    """A text in German and English; null where the page has none in that language (an English
    text left empty shows the German one on the English page)."""

    de = serializers.CharField(allow_null=True)
    en = serializers.CharField(allow_null=True)


class BilingualUrlSerializer(serializers.Serializer):
    """The page's absolute address in German and in English (translated slugs)."""

    de = serializers.URLField(allow_null=True)
    en = serializers.URLField(allow_null=True)


class StatusSerializer(serializers.Serializer):
    code = serializers.ChoiceField(choices=[code for code, _label in ProjectPage.STATUS_CHOICES])
    label = BilingualTextSerializer()


def bilingual(obj, name):
    return {code: getattr(obj, f"{name}_{code}", None) or None for code in LANGUAGES}


@extend_schema_field(BilingualTextSerializer)
class BilingualField(serializers.Field):
    """The translated model field of the same name, as {"de": …, "en": …}."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, obj):
        return bilingual(obj, self.field_name)


@extend_schema_field(BilingualUrlSerializer)
class BilingualUrlField(serializers.Field):
    """The addresses the view attached to the page (views.attach_urls)."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, obj):
        return obj.api_urls


def Moment(**kwargs):  # noqa: N802  (a field, named like one)
    """A date and time in ISO 8601 with the offset of Halle (Europe/Berlin) at that moment."""
    return serializers.DateTimeField(
        read_only=True, default_timezone=timezone.get_default_timezone(), **kwargs
    )


@cache
def status_labels():
    labels = {}
    for code, label in ProjectPage.STATUS_CHOICES:
        labels[code] = {}
        for language in LANGUAGES:
            with translation.override(language):
                labels[code][language] = str(label)
    return labels


def visible_ids(pages):
    return [page.pk for page in pages]


class PageSerializer(serializers.Serializer):
    id = serializers.IntegerField(read_only=True, help_text="The page id; stable for the page's life.")
    title = BilingualField()
    url = BilingualUrlField()
    first_published_at = Moment(allow_null=True)
    last_published_at = Moment(allow_null=True)


class FieldOfActionSerializer(PageSerializer):
    intro = BilingualField(help_text="Short description.")
    status_line = BilingualField(help_text="Where the field stands now.")
    accent = serializers.CharField(read_only=True, help_text="The colour the site shows it in.")


class ProjectSerializer(PageSerializer):
    summary = BilingualField()
    status = serializers.SerializerMethodField()
    field_of_action = serializers.SerializerMethodField()
    partners = serializers.SerializerMethodField()

    @extend_schema_field(StatusSerializer)
    def get_status(self, obj):
        return {"code": obj.status, "label": status_labels()[obj.status]}

    @extend_schema_field(serializers.IntegerField(allow_null=True))
    def get_field_of_action(self, obj):
        """Id of the project's field of action, null when it has none (or it is not published)."""
        visible = self.context["view"].visible_fields
        return obj.field_of_action_id if obj.field_of_action_id in visible else None

    @extend_schema_field(serializers.ListField(child=serializers.IntegerField()))
    def get_partners(self, obj):
        return visible_ids(obj.published_partners)


class PartnerSerializer(PageSerializer):
    intro = BilingualField(help_text="Short description.")
    website = BilingualField()
    fields_of_action = serializers.SerializerMethodField()

    @extend_schema_field(serializers.ListField(child=serializers.IntegerField()))
    def get_fields_of_action(self, obj):
        return visible_ids(obj.published_fields)


class UpdateSerializer(PageSerializer):
    date = serializers.DateField(read_only=True, help_text="The date of the news item.")
    teaser = BilingualField()
    author_line = BilingualField(help_text="Who wrote it, e.g. an office; not a person's account.")
    fields_of_action = serializers.SerializerMethodField()
    projects = serializers.SerializerMethodField()

    @extend_schema_field(serializers.ListField(child=serializers.IntegerField()))
    def get_fields_of_action(self, obj):
        return visible_ids(obj.published_fields)

    @extend_schema_field(serializers.ListField(child=serializers.IntegerField()))
    def get_projects(self, obj):
        return visible_ids(obj.published_projects)


class EventSerializer(PageSerializer):
    start = Moment()
    end = Moment(allow_null=True, help_text="Null when the end is open.")
    place = BilingualField()
    teaser = BilingualField()
    registration_url = BilingualField()
    registration_note = BilingualField()


class ErrorSerializer(serializers.Serializer):
    error = serializers.CharField(help_text="What is wrong, in English.")
    error_de = serializers.CharField(help_text="The same in German.")
    parameter = serializers.CharField(allow_null=True, help_text="The query parameter at fault.")
