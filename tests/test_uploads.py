"""Bad files get a clear message in German and leave nothing behind (smartcity/uploads.py).

Each file is uploaded through the admin as an editor does it, in the single and in the multiple
upload form; afterwards no new file may lie in MEDIA_ROOT and no image, rendition or document
row may exist.
"""

import io
import struct
import zipfile
import zlib
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from PIL import Image
from wagtail.documents import get_document_model

from smartcity.models import SiteImage, SiteImageRendition

pytestmark = pytest.mark.django_db


def png_header(width, height):
    """A PNG that claims the given size in 100 bytes: what a decompression bomb looks like to
    anything that reads the header first."""

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")


def photo(size=(640, 480), kind="JPEG"):
    buffer = io.BytesIO()
    image = Image.effect_noise(size, 64).convert("RGB")
    image.save(buffer, kind)
    return buffer.getvalue()


BAD_IMAGES = {
    "bomb.png": (png_header(30_000, 30_000), "Megapixel"),
    "zu-gross.png": (png_header(12_000, 12_000), "Megapixel"),
    "abgeschnitten.jpg": (photo()[:2000], "beschädigt oder unvollständig"),
    "dokument.jpg": (b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n", "kein Bild"),
    "leer.jpg": (b"", "leer"),
    "zeichnung.png": (b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', "kein Bild"),
    "seite.jpg": (b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>", "kein Bild"),
}


@pytest.fixture
def editor(seeded_site, django_user_model):
    client = Client(HTTP_ACCEPT_LANGUAGE="de")
    client.force_login(django_user_model.objects.create_superuser("bildredaktion", password="x" * 12))
    return client


def stored_files():
    root = Path(settings.MEDIA_ROOT)
    return {p for p in root.rglob("*") if p.is_file()}


def nothing_left_behind(before):
    files, images, renditions = before
    assert stored_files() == files
    assert SiteImage.objects.count() == images
    assert SiteImageRendition.objects.count() == renditions


def state():
    return stored_files(), SiteImage.objects.count(), SiteImageRendition.objects.count()


def upload_image(editor, name, content):
    return editor.post(
        "/admin/images/add/",
        {"title": "Testbild", "file": SimpleUploadedFile(name, content), "collection": 1,
         "alt_text_de": "Ein Testbild"},
    )


@pytest.mark.parametrize("name", list(BAD_IMAGES))
def test_each_bad_image_gets_a_german_error_and_leaves_nothing(editor, name):
    content, message = BAD_IMAGES[name]
    before = state()
    response = upload_image(editor, name, content)
    assert response.status_code == 200  # the form again, never a 500
    assert message in response.content.decode(), name
    nothing_left_behind(before)


@pytest.mark.parametrize("name", ["bomb.png", "abgeschnitten.jpg", "seite.jpg"])
def test_the_multiple_upload_refuses_them_too(editor, name):
    content, _message = BAD_IMAGES[name]
    before = state()
    response = editor.post(
        "/admin/images/multiple/add/", {"files[]": SimpleUploadedFile(name, content), "collection": 1}
    )
    assert response.status_code == 200
    assert response.json()["success"] is False
    nothing_left_behind(before)


def test_files_over_the_limit_are_refused(editor, settings):
    settings.UPLOAD_MAX_BYTES = 20_000
    content = photo((400, 400))
    assert len(content) > 20_000
    before = state()
    response = upload_image(editor, "foto.jpg", content)
    assert "höchstens" in response.content.decode()
    nothing_left_behind(before)


def test_a_healthy_photo_is_stored(editor):
    images = SiteImage.objects.count()
    response = upload_image(editor, "foto.jpg", photo())
    assert response.status_code == 302
    assert SiteImage.objects.count() == images + 1


# --- documents ---------------------------------------------------------------------------------


def office_file(kind):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        if kind == "odt":
            archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
            archive.writestr("content.xml", "<office:document-content/>")
        elif kind == "docx":
            archive.writestr("[Content_Types].xml", "<Types/>")
            archive.writestr("word/document.xml", "<w:document/>")
        else:
            archive.writestr("readme.txt", "just a zip")
    return buffer.getvalue()


GOOD_DOCUMENTS = {
    "strategie.pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj\n%%EOF\n",
    "protokoll.odt": office_file("odt"),
    "bericht.docx": office_file("docx"),
    "projekte.csv": "Projekt;Status\nMobilität;läuft\n".encode(),
}
BAD_DOCUMENTS = {
    "strategie.pdf": (b"<html><script>alert(1)</script></html>", "passt nicht zur Endung"),
    "bericht.docx": (office_file("zip"), "passt nicht zur Endung"),
    "liste.csv": (b"<!DOCTYPE html><html><body>x</body></html>", "passt nicht zur Endung"),
    "programm.exe": (b"MZ\x90\x00", "exe"),
    "seite.html": (b"<html></html>", "html"),
}


def upload_document(editor, name, content):
    return editor.post(
        "/admin/documents/add/",
        {"title": name, "file": SimpleUploadedFile(name, content), "collection": 1},
    )


@pytest.mark.parametrize("name", list(BAD_DOCUMENTS))
def test_documents_must_be_what_their_name_says(editor, name):
    Document = get_document_model()
    content, message = BAD_DOCUMENTS[name]
    files, documents = stored_files(), Document.objects.count()
    response = upload_document(editor, name, content)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert stored_files() == files and Document.objects.count() == documents


@pytest.mark.parametrize("name", list(GOOD_DOCUMENTS))
def test_allowed_documents_are_stored_and_only_pdfs_open_in_the_browser(editor, client, name):
    Document = get_document_model()
    assert upload_document(editor, name, GOOD_DOCUMENTS[name]).status_code == 302
    document = Document.objects.get(title=name)
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["X-Content-Type-Options"] == "nosniff"
    disposition = response["Content-Disposition"]
    assert disposition.startswith("inline" if name.endswith(".pdf") else "attachment"), disposition
