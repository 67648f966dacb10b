from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from smartcity.blocks import BodyBlock
from smartcity.models import BilingualPreviewMixin
from smartcity.search import page_search_fields


class FieldOfActionIndexPage(BilingualPreviewMixin, Page):
    """Handlungsfelder overview, edited by city staff: an introduction above the cards of the
    four fields of action. One per site, below the home page."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = page_search_fields("intro")
    parent_page_types = ["strategy.HomePage"]
    subpage_types = ["fields.FieldOfActionPage"]
    max_count = 1

    class Meta:
        verbose_name = _("fields of action overview")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["fields_of_action"] = (
            FieldOfActionPage.objects.child_of(self).live().public().order_by("path")
        )
        return context


class FieldOfActionPage(BilingualPreviewMixin, Page):
    """One of the four Handlungsfelder, edited by city staff. Shows its lead partners (chosen on
    each partner's page) and the projects of the Projektraum that belong to it."""

    ACCENTS = [
        ("economy", _("Economy (blue)")),
        ("education", _("Education (green)")),
        ("mobility", _("Mobility (orange)")),
        ("administration", _("Administration (violet)")),
    ]

    intro = models.TextField(
        _("short description"),
        blank=True,
        help_text=_("Two or three sentences; shown on cards and at the top of the page."),
    )
    status_line = models.CharField(
        _("current status"),
        max_length=255,
        blank=True,
        help_text=_('Where the field stands now, e.g. "Ausschreibungen in Vorbereitung".'),
    )
    accent = models.CharField(
        _("accent colour"),
        max_length=20,
        choices=ACCENTS,
        default="economy",
        help_text=_("Makes the field recognisable across the site; contrast is always checked."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("intro"), FieldPanel("status_line"), FieldPanel("accent")],
            heading=_("Overview"),
        ),
        FieldPanel("body"),
    ]
    search_fields = page_search_fields("intro", "status_line", "body")
    parent_page_types = ["fields.FieldOfActionIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("field of action")
        verbose_name_plural = _("fields of action")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["partners"] = self.partners.live().public().order_by("path")
        context["projects"] = (
            self.projects.live().public().prefetch_related("partners").order_by("path")
        )
        return context


class PartnerIndexPage(BilingualPreviewMixin, Page):
    """Partner overview, edited by city staff: the organisations the city works with."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = page_search_fields("intro")
    parent_page_types = ["strategy.HomePage"]
    subpage_types = ["fields.PartnerPage"]
    max_count = 1

    class Meta:
        verbose_name = _("partner overview")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["partners"] = (
            PartnerPage.objects.child_of(self)
            .live()
            .public()
            .select_related("logo")
            .prefetch_related("logo__renditions", "fields_of_action")
            .order_by("path")
        )
        return context


class PartnerPage(BilingualPreviewMixin, Page):
    """A partner organisation (e.g. Stadtwerke Halle-Gruppe), edited by city staff. The fields of
    action ticked here also list the partner on their own pages."""

    logo = models.ForeignKey(
        "smartcity.SiteImage",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    website = models.URLField(_("website"), blank=True)
    intro = models.TextField(
        _("short description"), blank=True, help_text=_("Shown on the partner cards.")
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("description"))
    fields_of_action = ParentalManyToManyField(
        "fields.FieldOfActionPage",
        verbose_name=_("fields of action"),
        related_name="partners",
        blank=True,
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("logo"), FieldPanel("website"), FieldPanel("intro")],
            heading=_("Overview"),
        ),
        FieldPanel("fields_of_action", widget=forms.CheckboxSelectMultiple),
        FieldPanel("body"),
    ]
    search_fields = page_search_fields("intro", "body")
    parent_page_types = ["fields.PartnerIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("partner")
        verbose_name_plural = _("partners")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["partner_fields"] = self.fields_of_action.live().public().order_by("path")
        context["projects"] = (
            self.projects.live().public().select_related("field_of_action").order_by("path")
        )
        return context
