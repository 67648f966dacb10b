"""The programme's own pages: the start page and the strategy."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from fields.models import FieldOfActionPage
from smartcity.blocks import BodyBlock
from smartcity.models import BilingualPreviewMixin
from smartcity.search import page_search_fields

from ..blocks import AreaBlock, FocusThemeBlock, PageTeaserBlock, PrincipleBlock


class HomePage(BilingualPreviewMixin, Page):
    """The start page (/de/, /en/), edited by the communications team: hero, a short
    introduction to the programme, teasers into the main sections, the four fields of action
    and the sponsor logos."""

    hero_heading = models.CharField(_("hero heading"), max_length=255, blank=True)
    hero_text = models.TextField(_("hero text"), blank=True)
    hero_image = models.ForeignKey(
        "smartcity.SiteImage",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    intro = RichTextField(
        _("programme introduction"), blank=True, features=["bold", "italic", "link"]
    )
    teasers = StreamField(
        [("teaser", PageTeaserBlock())], blank=True, verbose_name=_("teasers")
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("further content"))

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("hero_heading"), FieldPanel("hero_text"), FieldPanel("hero_image")],
            heading=_("Hero"),
        ),
        FieldPanel("intro"),
        FieldPanel("teasers"),
        FieldPanel("body"),
    ]
    search_fields = page_search_fields("hero_heading", "hero_text", "intro", "body")
    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["fields_of_action"] = (
            FieldOfActionPage.objects.descendant_of(self).live().public().order_by("path")
        )
        return context


class StrategyPage(BilingualPreviewMixin, Page):
    """The Smart City strategy, edited by city staff: vision, guiding principles (Leitbilder),
    the four focus themes, the spatial starting points and the strategy document to download."""

    intro = models.TextField(_("introduction"), blank=True)
    vision = RichTextField(_("vision"), blank=True, features=["bold", "italic", "link"])
    guiding_principles = StreamField(
        [("principle", PrincipleBlock())], blank=True, verbose_name=_("guiding principles")
    )
    focus_themes = StreamField(
        [("theme", FocusThemeBlock())], blank=True, verbose_name=_("focus themes")
    )
    spatial_focus = StreamField(
        [("area", AreaBlock())], blank=True, verbose_name=_("spatial starting points")
    )
    strategy_document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("strategy document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The full strategy as a PDF, offered for download."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("further content"))

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("vision"),
        FieldPanel("guiding_principles"),
        FieldPanel("focus_themes"),
        FieldPanel("spatial_focus"),
        FieldPanel("strategy_document"),
        FieldPanel("body"),
    ]
    search_fields = page_search_fields(
        "intro", "vision", "guiding_principles", "focus_themes", "spatial_focus", "body"
    )
    parent_page_types = ["strategy.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("strategy")
