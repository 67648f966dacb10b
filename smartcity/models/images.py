from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition, Image

# The picture link previews show (og:image): the 1.91:1 landscape LinkedIn and messengers crop
# to, as JPEG because not every preview crawler reads AVIF or WebP.
SHARE_IMAGE_FILTER = "fill-1200x630|format-jpeg"


class SiteImage(AbstractImage):
    """Every image an editor uploads (Bilder in the admin).

    Alt text lives on the image in both languages, so a hero image or a partner logo is described
    the same way wherever it appears. The upload form requires the German alt text unless the
    editor explicitly marks the image as decorative.
    """

    alt_text = models.CharField(
        _("alt text"),
        max_length=255,
        blank=True,
        help_text=_(
            "Describe what the image shows for people who cannot see it. "
            "Leave empty only for purely decorative images."
        ),
    )
    # Not "decorative": Wagtail's ImageBlock sets that attribute on image instances at runtime.
    is_decorative = models.BooleanField(
        _("decorative"),
        default=False,
        help_text=_("Tick only if the image adds no information; screen readers will skip it."),
    )

    admin_form_fields = tuple(f for f in Image.admin_form_fields if f != "description") + (
        "alt_text_de",
        "alt_text_en",
        "is_decorative",
    )

    @property
    def default_alt_text(self):
        # Wagtail's {% image %} and {% picture %} read this; "" marks the image decorative.
        if self.is_decorative:
            return ""
        return self.alt_text or self.title


class SiteImageRendition(AbstractRendition):
    image = models.ForeignKey(SiteImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
