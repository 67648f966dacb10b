"""Checks on every image and document an editor uploads, before anything is stored.

Editors upload photos from phones and cameras every week. A file that cannot be a healthy
image or an allowed document gets a form error in the editor's language: never a 500, and since
the form refuses it, nothing is saved (no file in MEDIA_ROOT, no row, no renditions).

Images are decoded completely here, under a pixel limit: Wagtail only reads their header, so a
decompression bomb (a 30,000 x 30,000 PNG of 107 KB) or a JPEG cut off halfway used to pass and
break later, in the upload view or in every page that shows them.
"""

import io
import warnings
import zipfile

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image, UnidentifiedImageError
from wagtail.images.fields import WagtailImageField

NOT_AN_IMAGE = _("This file is not an image the site can show (JPEG, PNG, GIF, WebP or AVIF).")
DAMAGED = _("This image file is damaged or incomplete. Please export or upload it again.")
TOO_MANY_PIXELS = _(
    "This image has %(pixels)s megapixels; at most %(limit)s are possible. Please make it smaller."
)
TOO_LARGE = _("This file is %(size)s; at most %(limit)s are possible.")


VIDEO_EXTENSIONS = {"mp4", "webm"}


def check_size(upload, extension=None):
    # A two-minute video in sign language is larger than any photo or PDF: its own limit.
    video = extension in VIDEO_EXTENSIONS
    limit = settings.UPLOAD_MAX_VIDEO_BYTES if video else settings.UPLOAD_MAX_BYTES
    if upload.size is not None and upload.size > limit:
        raise ValidationError(
            TOO_LARGE % {"size": filesizeformat(upload.size), "limit": filesizeformat(limit)},
            code="file_too_large",
        )


def _content(upload):
    upload.seek(0)
    data = upload.read()
    upload.seek(0)
    return data


def check_image(upload):
    """Opens and decodes the whole image; returns nothing, raises ValidationError."""
    limit = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(_content(upload))) as image:
                pixels = image.width * image.height * getattr(image, "n_frames", 1)
                if pixels > limit:
                    raise _too_many_pixels(pixels, limit)
                if image.format == "JPEG":
                    image.draft("RGB", (image.width // 8, image.height // 8))  # fast, still whole
                image.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise _too_many_pixels(None, limit) from None
    except UnidentifiedImageError:
        raise ValidationError(NOT_AN_IMAGE, code="invalid_image") from None
    except (OSError, SyntaxError, ValueError, EOFError, IndexError, TypeError):
        raise ValidationError(DAMAGED, code="damaged_image") from None


def _too_many_pixels(pixels, limit):
    shown = f"{pixels / 1e6:.0f}" if pixels else _("far too many")
    return ValidationError(
        TOO_MANY_PIXELS % {"pixels": shown, "limit": f"{limit / 1e6:.0f}"}, code="too_many_pixels"
    )


class CheckedImageField(WagtailImageField):
    """Wagtail's image field, with the file checked completely before Wagtail looks at it."""

    def to_python(self, data):
        if data is not None and hasattr(data, "read"):
            check_size(data)
            check_image(data)
        return super().to_python(data)


# --- documents ---------------------------------------------------------------------------------

OPEN_DOCUMENT = {
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "odp": "application/vnd.oasis.opendocument.presentation",
}
OFFICE_OPEN_XML = {"docx": "word/", "xlsx": "xl/", "pptx": "ppt/"}
WRONG_CONTENT = _(
    "The content of this file does not match its ending .%(extension)s. Please save it again as "
    "%(extension)s and upload that."
)


def looks_like(extension, data):
    """Whether the bytes are what the file's ending promises (a renamed HTML page or program is
    not a PDF)."""
    if extension == "pdf":
        return data[:1024].lstrip().startswith(b"%PDF-")
    if extension in OPEN_DOCUMENT:
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                return archive.read("mimetype").decode("ascii", "replace") == OPEN_DOCUMENT[extension]
        except (zipfile.BadZipFile, KeyError, ValueError):
            return False
    if extension in OFFICE_OPEN_XML:
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                names = archive.namelist()
        except (zipfile.BadZipFile, ValueError):
            return False
        prefix = OFFICE_OPEN_XML[extension]
        return "[Content_Types].xml" in names and any(n.startswith(prefix) for n in names)
    if extension == "mp4":  # ISO base media: a box of any size, then "ftyp"
        return data[4:8] == b"ftyp"
    if extension == "webm":  # Matroska/EBML header
        return data[:4] == b"\x1a\x45\xdf\xa3"
    if extension == "vtt":  # captions: "WEBVTT" first, optionally after a byte order mark
        head = data[:16]
        return head.removeprefix(b"\xef\xbb\xbf").startswith(b"WEBVTT")
    if extension == "csv":
        head = data[:65536]
        if b"\x00" in head or head.lstrip()[:1] == b"<":
            return False  # binary, or markup (an HTML page renamed to .csv)
        try:
            head.decode("utf-8")
        except UnicodeDecodeError:
            try:
                head.decode("cp1252")  # spreadsheets saved on Windows
            except UnicodeDecodeError:
                return False
        return True
    return False


def check_document(upload):
    extension = upload.name.rsplit(".", 1)[-1].lower() if "." in upload.name else ""
    check_size(upload, extension)
    if extension in settings.WAGTAILDOCS_EXTENSIONS and not looks_like(extension, _content(upload)):
        raise ValidationError(WRONG_CONTENT % {"extension": extension}, code="wrong_content")
