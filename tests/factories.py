"""Factories for pages the tests build themselves (e.g. 5 vs 50 projects)."""

import factory
import wagtail_factories
from django.utils.text import slugify

from fields.models import FieldOfActionIndexPage, FieldOfActionPage, PartnerIndexPage, PartnerPage
from smartcity.models import SiteImage
from strategy.models import ProjectPage, ProjectSpacePage


class SiteImageFactory(wagtail_factories.ImageFactory):
    alt_text_de = "Beispielbild"
    alt_text_en = "Example image"

    class Meta:
        model = SiteImage


class TranslatedPageFactory(wagtail_factories.PageFactory):
    title_de = factory.Sequence(lambda n: f"Seite {n}")
    title_en = factory.Sequence(lambda n: f"Page {n}")
    title = factory.SelfAttribute("title_de")
    slug_de = factory.LazyAttribute(lambda o: slugify(o.title_de))
    slug_en = factory.LazyAttribute(lambda o: slugify(o.title_en))
    slug = factory.SelfAttribute("slug_de")

    class Meta:
        abstract = True


class FieldOfActionIndexPageFactory(TranslatedPageFactory):
    class Meta:
        model = FieldOfActionIndexPage


class FieldOfActionPageFactory(TranslatedPageFactory):
    title_de = factory.Sequence(lambda n: f"Handlungsfeld {n}")
    title_en = factory.Sequence(lambda n: f"Field {n}")
    intro_de = "Kurzbeschreibung"
    intro_en = "Short description"

    class Meta:
        model = FieldOfActionPage


class PartnerIndexPageFactory(TranslatedPageFactory):
    class Meta:
        model = PartnerIndexPage


class PartnerPageFactory(TranslatedPageFactory):
    title_de = factory.Sequence(lambda n: f"Partner {n}")
    title_en = factory.Sequence(lambda n: f"Partner organisation {n}")

    class Meta:
        model = PartnerPage


class ProjectSpacePageFactory(TranslatedPageFactory):
    class Meta:
        model = ProjectSpacePage


class ProjectPageFactory(TranslatedPageFactory):
    title_de = factory.Sequence(lambda n: f"Projekt {n}")
    title_en = factory.Sequence(lambda n: f"Project {n}")
    summary_de = "Zusammenfassung"
    summary_en = "Summary"

    class Meta:
        model = ProjectPage


# --- updates (news and events) -------------------------------------------------------------

import datetime as _datetime  # noqa: E402

from django.utils import timezone as _timezone  # noqa: E402

from updates.models import EventIndexPage, EventPage, UpdateIndexPage, UpdatePage  # noqa: E402


class UpdateIndexPageFactory(TranslatedPageFactory):
    title_de = "Aktuelles"
    title_en = "News"

    class Meta:
        model = UpdateIndexPage


class UpdatePageFactory(TranslatedPageFactory):
    title_de = factory.Sequence(lambda n: f"Meldung {n}")
    title_en = factory.Sequence(lambda n: f"Update {n}")
    teaser_de = "Anreißer"
    teaser_en = "Teaser"
    date = factory.LazyFunction(_timezone.localdate)

    class Meta:
        model = UpdatePage


class EventIndexPageFactory(TranslatedPageFactory):
    title_de = "Veranstaltungen"
    title_en = "Events"

    class Meta:
        model = EventIndexPage


class EventPageFactory(TranslatedPageFactory):
    title_de = factory.Sequence(lambda n: f"Veranstaltung {n}")
    title_en = factory.Sequence(lambda n: f"Event {n}")
    place_de = "Halle-Neustadt"
    place_en = "Halle-Neustadt"
    start = factory.LazyFunction(lambda: _timezone.now() + _datetime.timedelta(days=7))
    end = factory.LazyAttribute(lambda o: o.start + _datetime.timedelta(hours=2))

    class Meta:
        model = EventPage


# --- smartcity: standard pages and the accessibility statement (issue 3) -----------------------

from smartcity.models import AccessibilityFormField, AccessibilityStatementPage, StandardPage  # noqa: E402


class StandardPageFactory(TranslatedPageFactory):
    title_de = factory.Sequence(lambda n: f"Standardseite {n}")
    title_en = factory.Sequence(lambda n: f"Standard page {n}")
    intro_de = "Einleitung"
    intro_en = "Introduction"

    class Meta:
        model = StandardPage


class AccessibilityStatementPageFactory(TranslatedPageFactory):
    title_de = "Erklärung zur Barrierefreiheit"
    title_en = "Accessibility statement"
    slug_de = "barrierefreiheit"
    slug_en = "accessibility"

    class Meta:
        model = AccessibilityStatementPage


class AccessibilityFormFieldFactory(factory.django.DjangoModelFactory):
    label_de = factory.Sequence(lambda n: f"Frage {n}")
    label_en = factory.Sequence(lambda n: f"Question {n}")
    label = factory.SelfAttribute("label_de")
    field_type = "singleline"
    required = False

    class Meta:
        model = AccessibilityFormField
