"""The page in German Sign Language once the city has uploaded a video: the <video> with its
captions track and download link passes axe and the Nu Html Checker like every other page (the
crawl of the other browser tests sees the page with its placeholders)."""

import json
import subprocess

import pytest

from .test_accessibility import axe_violations
from .test_html_validity import VNU, fetch

pytestmark = [pytest.mark.browser, pytest.mark.engine_independent, pytest.mark.xdist_group("browser")]

ATTACH_VIDEO = """
from datetime import timedelta
from django.core.files.base import ContentFile
from wagtail.documents.models import Document
from signlanguage.models import SignLanguagePage

page = SignLanguagePage.objects.get()
item = page.videos.get(topic="navigation")
if item.video_id is None:  # once, whichever language is checked first
    # Only the bytes that make the upload checks accept it: a browser cannot play it, which is
    # fine for checking the markup around it.
    mp4 = b"\\x00\\x00\\x00\\x18ftypisom\\x00\\x00\\x02\\x00isomiso2" + b"\\x00" * 64
    vtt = b"WEBVTT\\n\\n00:00.000 --> 00:04.000\\nOben auf jeder Seite ist das Menue.\\n"
    item.video = Document.objects.create(title="DGS Navigation", file=ContentFile(mp4, name="dgs-navigation.mp4"))
    item.captions = Document.objects.create(title="DGS Navigation Untertitel", file=ContentFile(vtt, name="dgs-navigation.vtt"))
    item.duration = timedelta(minutes=1, seconds=40)
    item.save()
    page.save_revision().publish()
"""


@pytest.mark.parametrize("path", ["/de/gebaerdensprache/", "/en/sign-language/"])
def test_a_page_with_a_sign_language_video_passes_axe_and_the_nu_checker(site_url, new_page, manage, tmp_path, path):
    manage("shell", "-c", ATTACH_VIDEO)
    page = new_page(bypass_csp=True)  # axe is injected as a script
    page.goto(site_url + path)
    assert page.locator("main video[controls] track[kind=captions][srclang=de]").count() == 1
    assert page.locator("main a[download]").count() == 1
    assert page.locator("main .dgs-item__missing").count() == 3
    assert not axe_violations(page)

    target = tmp_path / "page.html"
    target.write_bytes(fetch(site_url + path))
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--errors-only", "--format", "json", str(target)],
        capture_output=True, text=True, timeout=300,
    )
    errors = [m["message"] for m in json.loads(result.stderr or '{"messages": []}')["messages"] if m.get("type") == "error"]
    assert not errors, errors
