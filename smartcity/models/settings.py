from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    """Site furniture the communications team edits under Settings → Website: the logo in the
    header, the social media links and the contact address in the footer. Links stay plain
    links: no embeds, no tracking."""

    logo = models.ForeignKey(
        "smartcity.SiteImage",
        verbose_name=_("site logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    linkedin_url = models.URLField(_("LinkedIn"), blank=True)
    instagram_url = models.URLField(_("Instagram"), blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)

    panels = [
        FieldPanel("logo"),
        MultiFieldPanel(
            [FieldPanel("linkedin_url"), FieldPanel("instagram_url"), FieldPanel("contact_email")],
            heading=_("Social media and contact"),
        ),
    ]

    class Meta:
        verbose_name = _("website settings")
