from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    """Site furniture the communications team edits under Settings → Website: the logo in the
    header, the picture for link previews (og:image) of pages without their own, the social
    media links and the contact address in the footer. Links stay plain
    links: no embeds, no tracking."""

    logo = models.ForeignKey(
        "smartcity.SiteImage",
        verbose_name=_("site logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    share_image = models.ForeignKey(
        "smartcity.SiteImage",
        verbose_name=_("image for link previews"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Shown when someone shares a page on LinkedIn, Instagram or in a messenger, unless the "
            "page has its own picture. Landscape, at least 1200 × 630 pixels."
        ),
    )
    linkedin_url = models.URLField(_("LinkedIn"), blank=True)
    instagram_url = models.URLField(_("Instagram"), blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    security_email = models.EmailField(
        _("e-mail for security reports"),
        blank=True,
        help_text=_(
            "Where people who find a vulnerability in the website report it; published in "
            "/.well-known/security.txt. Usually the city's IT security officer or CERT."
        ),
    )

    panels = [
        FieldPanel("logo"),
        FieldPanel("share_image"),
        MultiFieldPanel(
            [FieldPanel("linkedin_url"), FieldPanel("instagram_url"), FieldPanel("contact_email")],
            heading=_("Social media and contact"),
        ),
        FieldPanel("security_email"),
    ]

    class Meta:
        verbose_name = _("website settings")
