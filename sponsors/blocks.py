from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock


class SponsorLogosBlock(blocks.StructBlock):
    """"Gefördert durch" / "Funded by" with the chosen sponsors' logos, usable in any body."""

    heading = blocks.CharBlock(
        label=_("heading"),
        required=False,
        help_text=_('Leave empty for "Funded by" in the page language.'),
    )
    sponsors = blocks.ListBlock(
        SnippetChooserBlock("sponsors.Sponsor"), label=_("sponsors"), min_num=1
    )

    class Meta:
        icon = "pick"
        label = _("Sponsor logos")
        template = "sponsors/blocks/sponsor_logos.html"
        description = _("The logos of the funding bodies, headed \"Funded by\".")

    @cached_property
    def preview_value(self):
        from .models import Sponsor

        return {"heading": "", "sponsors": list(Sponsor.objects.all()[:2])}
