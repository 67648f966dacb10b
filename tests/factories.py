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
