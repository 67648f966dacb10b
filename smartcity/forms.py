from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

from .uploads import CheckedImageField, check_document


class SiteImageForm(BaseImageForm):
    """Image upload and edit form: the file is checked completely before anything is stored
    (smartcity/uploads.py), and no image goes live without German alt text unless the editor
    has consciously marked it decorative (WCAG 1.1.1)."""

    file = CheckedImageField(label=_("File"))

    def clean(self):
        cleaned = super().clean()
        if "alt_text_de" in self.fields and not cleaned.get("is_decorative"):
            if not (cleaned.get("alt_text_de") or "").strip():
                self.add_error(
                    "alt_text_de",
                    _("Please describe the image, or mark it as decorative."),
                )
        return cleaned


class SiteDocumentForm(BaseDocumentForm):
    """Document upload and edit form: only the types in WAGTAILDOCS_EXTENSIONS, and only when
    the content is what the file's ending says (smartcity/uploads.py)."""

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload is not None and hasattr(upload, "content_type"):  # a new upload
            check_document(upload)
        return upload
