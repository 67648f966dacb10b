"""Compare the German and English values of a page's translated fields between revisions.

A language counts as "changed" in a revision when any of its translated fields differs from the
previous revision. Slugs and URL paths are left out: they follow the title and are not prose
anyone translates.
"""

import contextlib
import contextvars
import json

from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from modeltranslation.translator import NotRegistered, translator
from wagtail.models import Page, Revision

from .models import TranslationStatus

SOURCE, TARGET = "de", "en"
UNTRACKED = {"slug", "url_path"}

# While the "copy German into English" action saves its draft, English must not count as
# translated: the copied text is only a starting point.
_copying = contextvars.ContextVar("editorial_copying", default=False)


@contextlib.contextmanager
def copying_german():
    token = _copying.set(True)
    try:
        yield
    finally:
        _copying.reset(token)


def tracked_fields(model):
    try:
        options = translator.get_options_for_model(model)
    except NotRegistered:
        return []
    return sorted(name for name in options.fields if name not in UNTRACKED)


def _strip_ids(value):
    if isinstance(value, dict):
        return {k: _strip_ids(v) for k, v in value.items() if k != "id"}
    if isinstance(value, list):
        return [_strip_ids(v) for v in value]
    return value


def field_text(obj, name):
    """A comparable string for one language column; "" when it is empty."""
    value = getattr(obj, name, None)
    if value is None:
        return ""
    if hasattr(value, "raw_data"):  # StreamValue: compare content, not block ids
        if len(value) == 0:
            return ""
        return json.dumps(_strip_ids(value.get_prep_value()), sort_keys=True, cls=DjangoJSONEncoder)
    return str(value).strip()


def is_empty(obj, name):
    return field_text(obj, name) == ""


def update_status(page, previous, when):
    """Record which languages `page` (a revision's content) changed compared to `previous`."""
    fields = tracked_fields(type(page))
    if not fields:
        return None
    status, _created = TranslationStatus.objects.get_or_create(page_id=page.pk)
    de_changed = en_changed = False
    missing = []
    for name in fields:
        de = field_text(page, f"{name}_{SOURCE}")
        en = field_text(page, f"{name}_{TARGET}")
        if de and not en:
            missing.append(name)
        if previous is None:
            de_changed |= bool(de)
            en_changed |= bool(en)
        else:
            de_changed |= de != field_text(previous, f"{name}_{SOURCE}")
            en_changed |= en != field_text(previous, f"{name}_{TARGET}")
    if de_changed:
        status.de_changed_at = when
    if en_changed and not _copying.get():
        status.en_changed_at = when
    status.missing_en = ",".join(missing)
    status.refresh_flag()
    status.save()
    return status


def page_content_type_id():
    return ContentType.objects.get_for_model(Page).pk


def track_revision(revision):
    if revision.base_content_type_id != page_content_type_id():
        return None
    page = revision.as_object()
    previous = (
        Revision.objects.filter(
            base_content_type_id=revision.base_content_type_id,
            object_id=revision.object_id,
            pk__lt=revision.pk,
        )
        .order_by("-pk")
        .first()
    )
    return update_status(page, previous.as_object() if previous else None, revision.created_at)


def copy_german_into_empty_english(page):
    """Fill every empty English field from the German one; never overwrite English text.
    Returns the names of the fields that were filled."""
    copied = []
    for name in tracked_fields(type(page)):
        if is_empty(page, f"{name}_{TARGET}") and not is_empty(page, f"{name}_{SOURCE}"):
            setattr(page, f"{name}_{TARGET}", getattr(page, f"{name}_{SOURCE}"))
            copied.append(name)
    return copied
