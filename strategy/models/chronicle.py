"""The Chronik: the programme's milestones over time."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable, Page
from wagtail.search import index

from smartcity.models import BilingualPreviewMixin, DatedEntry
from smartcity.search import page_search_fields


class ChroniclePage(BilingualPreviewMixin, Page):
    """Chronik / Timeline (/de/chronik/, /en/timeline/), edited by the communications team: the
    programme's milestones, newest first, each with its date as precisely as it is known, a
    title, a short text and optionally a link to a page of the site. In the main navigation,
    right after the strategy."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        InlinePanel("entries", label=_("Entries"), heading=_("Entries")),
    ]
    search_fields = page_search_fields("intro") + [
        index.RelatedFields(
            "entries",
            [index.SearchField(f"{name}_{code}") for name in ("title", "text") for code in ("de", "en")],
        ),
    ]
    parent_page_types = ["strategy.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("Chronik")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        entries = list(self.entries.all().select_related("link_page"))
        context["entries"] = sorted(
            (e for e in entries if e.date), key=lambda e: e.date, reverse=True
        )
        context["undated_entries"] = [e for e in entries if not e.date]
        return context


class ChronicleEntry(Orderable, DatedEntry):
    """One milestone of the programme, edited on the Chronik page."""

    page = ParentalKey(ChroniclePage, on_delete=models.CASCADE, related_name="entries")
    link_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("more on this page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("date"),
        FieldPanel("precision"),
        FieldPanel("end"),
        FieldPanel("title"),
        FieldPanel("text"),
        FieldPanel("link_page"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("Chronik entry")
        verbose_name_plural = _("Chronik entries")
