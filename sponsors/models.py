from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable
from wagtail.search import index


class Sponsor(index.Indexed, models.Model):
    """A funding body or administrator of the programme (BMWSB, KfW), edited by the
    communications team under Snippets → Sponsors. Appears in "Gefördert durch" blocks and, when
    chosen in the funding settings, in every page's footer."""

    name = models.CharField(_("name"), max_length=255)
    logo = models.ForeignKey(
        "smartcity.SiteImage", verbose_name=_("logo"), on_delete=models.PROTECT, related_name="+"
    )
    alt_text = models.CharField(
        _("alt text of the logo"),
        max_length=255,
        help_text=_("What a screen reader says instead of the logo, usually the full name."),
    )
    url = models.URLField(_("website"), blank=True)
    sort_order = models.PositiveSmallIntegerField(
        _("order"), default=0, help_text=_("Lower numbers appear first.")
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("logo"),
        FieldPanel("alt_text"),
        FieldPanel("url"),
        FieldPanel("sort_order"),
    ]
    search_fields = [
        index.SearchField("name_de"),
        index.SearchField("name_en"),
        index.AutocompleteField("name_de"),
        index.AutocompleteField("name_en"),
    ]

    class Meta:
        ordering = ["sort_order", "name_de"]
        verbose_name = _("sponsor")
        verbose_name_plural = _("sponsors")

    def __str__(self):
        return self.name


@register_setting(icon="pick")
class FundingSettings(ClusterableModel, BaseSiteSetting):
    """The site-wide sponsor set shown in every page's footer ("Gefördert durch"), chosen by the
    communications team under Settings → Funding."""

    panels = [InlinePanel("footer_sponsors", label=_("Sponsors in the footer"))]

    class Meta:
        verbose_name = _("funding")

    def sponsors(self):
        return [
            item.sponsor
            for item in self.footer_sponsors.select_related("sponsor", "sponsor__logo")
        ]


class FooterSponsor(Orderable):
    setting = ParentalKey(FundingSettings, on_delete=models.CASCADE, related_name="footer_sponsors")
    sponsor = models.ForeignKey(
        Sponsor, verbose_name=_("sponsor"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("sponsor")]
