from django.utils.translation import gettext_lazy as _
from wagtail.images.forms import BaseImageForm


class SiteImageForm(BaseImageForm):
    """Image upload and edit form: no image goes live without German alt text unless the editor
    has consciously marked it decorative (WCAG 1.1.1)."""

    def clean(self):
        cleaned = super().clean()
        if "alt_text_de" in self.fields and not cleaned.get("is_decorative"):
            if not (cleaned.get("alt_text_de") or "").strip():
                self.add_error(
                    "alt_text_de",
                    _("Please describe the image, or mark it as decorative."),
                )
        return cleaned
