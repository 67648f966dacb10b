"""BITV 2.0 § 4: the start page explains the site in Leichte Sprache and in German Sign Language
(DGS), each with the four items of annex 2: what the site contains, how to navigate it, the
essentials of the accessibility statement, where more such content is."""

import re
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents.models import Document

from signlanguage.models import SignLanguagePage
from smartcity.models import StandardPage
from smartcity.uploads import check_document

# The smallest file each check accepts: the bytes that say what the file is.
MP4 = b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2" + b"\x00" * 64
VTT = "WEBVTT\n\n00:00.000 --> 00:04.000\nWillkommen auf der Website.\n".encode()
DGS = {"de": "/de/gebaerdensprache/", "en": "/en/sign-language/"}
EASY = {"de": "/de/leichte-sprache/", "en": "/en/easy-read/"}


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


# --- the start page links both --------------------------------------------------------------


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_start_page_header_links_leichte_sprache_and_sign_language_with_symbol_and_words(
    seeded_site, client, language
):
    header = soup(client.get(f"/{language}/")).find("header", class_="site-header")
    for href in (EASY[language], DGS[language]):
        link = header.find("a", href=href)
        assert link is not None, href
        assert link.find("svg")["aria-hidden"] == "true"  # the symbol, for those who know it
        assert link.get_text(strip=True)  # and always words
        assert header.find("details").find("a", href=href) is None  # visible without the menu
    assert soup(client.get(DGS[language])).find("a", href=DGS[language])["aria-current"] == "page"


# --- DGS: placeholder until a video exists, then the video with captions and download --------


@pytest.mark.parametrize("language", ["de", "en"])
def test_each_item_says_visibly_that_its_video_is_missing(seeded_site, client, language):
    page = soup(client.get(DGS[language]))
    sections = page.select("main .dgs-item")
    assert len(sections) == 4
    assert page.find("video") is None  # never a stand-in video
    for section in sections:
        assert section.select_one(".dgs-item__missing") is not None
        assert section.select_one(".dgs-item__text").get_text(strip=True)
    text = page.get_text(" ")
    assert ("fehlt noch" if language == "de" else "still missing") in text


def upload(name, data):
    return Document.objects.create(title=name, file=ContentFile(data, name=name))


def test_an_uploaded_video_is_shown_with_captions_and_a_download_link(seeded_site, client):
    page = SignLanguagePage.objects.get()
    item = page.videos.get(topic="navigation")
    item.video = upload("dgs-navigation.mp4", MP4)
    item.captions = upload("dgs-navigation.vtt", VTT)
    item.duration = timedelta(minutes=2, seconds=15)
    item.save()
    page.save_revision().publish()

    html = soup(client.get(DGS["de"]))
    sections = {s.h2.get_text(strip=True): s for s in html.select("main .dgs-item")}
    section = sections["Wie finde ich mich zurecht?"]
    video = section.find("video")
    assert video.has_attr("controls") and video.has_attr("preload")
    source = video.find("source")
    assert source["type"] == "video/mp4" and source["src"].startswith("/documents/")
    track = video.find("track")
    assert (track["kind"], track["srclang"]) == ("captions", "de") and track["src"].startswith("/documents/")
    download = section.find("a", attrs={"download": True})
    assert download["href"] == source["src"]
    assert re.search(r"MP4, \d+\s+(Bytes|KB)\b.*2:15", section.select_one(".dgs-item__download").get_text(" "))
    assert section.select_one(".dgs-item__missing") is None
    # The other three still say what is missing.
    assert len(html.select("main .dgs-item__missing")) == 3

    # Both files come from this site, in a form the browser plays and reads.
    played = client.get(source["src"])
    assert played.status_code == 200 and played["Content-Type"] == "video/mp4"
    assert not played.get("Content-Disposition", "").startswith("attachment")
    captions = client.get(track["src"])
    assert captions["Content-Type"].startswith("text/vtt")
    assert b"".join(captions.streaming_content).startswith(b"WEBVTT")


def test_a_video_without_captions_says_they_are_missing(seeded_site, client):
    page = SignLanguagePage.objects.get()
    item = page.videos.get(topic="content")
    item.video = upload("dgs-inhalt.mp4", MP4)
    item.save()
    html = soup(client.get(DGS["de"]))
    section = html.select("main .dgs-item")[0]
    assert section.find("video").find("track") is None
    assert "Untertitel" in section.select_one(".placeholder").get_text()


@pytest.mark.parametrize(
    ("name", "data", "ok"),
    [
        ("dgs.mp4", MP4, True),
        ("dgs.mp4", b"<html><script>alert(1)</script></html>", False),
        ("dgs.webm", b"\x1a\x45\xdf\xa3" + b"\x00" * 32, True),
        ("dgs.webm", MP4, False),
        ("untertitel.vtt", VTT, True),
        ("untertitel.vtt", "\ufeffWEBVTT\n\n".encode(), True),
        ("untertitel.vtt", b"1\n00:00:00,000 --> 00:00:04,000\nSRT, not WebVTT\n", False),
    ],
)
def test_uploads_must_be_what_their_name_says(name, data, ok):
    upload_file = SimpleUploadedFile(name, data)
    if ok:
        check_document(upload_file)
    else:
        with pytest.raises(ValidationError):
            check_document(upload_file)


def test_videos_have_their_own_size_limit(settings):
    settings.UPLOAD_MAX_BYTES = 10
    settings.UPLOAD_MAX_VIDEO_BYTES = 1000
    check_document(SimpleUploadedFile("dgs.mp4", MP4))  # over the document limit, within the video one
    with pytest.raises(ValidationError):
        check_document(SimpleUploadedFile("dgs.mp4", MP4 + b"\x00" * 1000))


def test_editors_replace_each_video_and_its_captions_in_the_admin(seeded_site, client, django_user_model):
    admin = django_user_model.objects.create_superuser("dgs-admin", "dgs@example.org", "x" * 16)
    client.force_login(admin)
    page = SignLanguagePage.objects.get()
    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    for n in range(4):
        for field in ("video", "captions", "poster", "duration", "title_de", "title_en", "text_de", "text_en"):
            assert f'name="videos-{n}-{field}"' in html, (n, field)


# --- Leichte Sprache: the four items, by the rules ---------------------------------------------


def easy_read_body():
    page = StandardPage.objects.get(slug_de="leichte-sprache")
    return page


@pytest.mark.parametrize("language", ["de", "en"])
def test_leichte_sprache_covers_the_four_items_of_bitv_section_4(seeded_site, client, language):
    headings = [h.get_text(strip=True) for h in soup(client.get(EASY[language])).select("main h2")]
    expected = {
        "de": ["Was steht auf dieser Website?", "Wie finde ich mich zurecht?", "Ist die Website barriere-frei?",
               "Wo gibt es mehr in Leichter Sprache?"],
        "en": ["What is on this website?", "How do I find my way around?", "Can everybody use this website?",
               "Where is there more in easy language?"],
    }[language]
    for heading in expected:
        assert heading in headings
    # "where more is": it points to the page in sign language, which exists.
    assert "Gebärden-Sprache" in soup(client.get(EASY["de"])).get_text()


def test_leichte_sprache_follows_its_rules(seeded_site, client):
    main = soup(client.get(EASY["de"])).find("main")
    sentences = []
    for paragraph in main.select(".stream p"):
        text = paragraph.get_text(" ", strip=True)
        if text.startswith("["):  # a placeholder for the city, not a sentence for readers
            continue
        sentences += [s for s in re.split(r"(?<=[.?!])\s+", text) if s]
    assert len(sentences) > 25
    for sentence in sentences:
        assert len(sentence.split()) <= 10, sentence  # short sentences
        assert "," not in sentence, sentence  # one statement each: no subordinate clauses
    text = " ".join(sentences)
    for word in ("Smart City", "Barriere-frei", "Ombuds-Stelle", "Gebärden-Sprache", "Projekt"):
        assert re.search(rf"{word} (heißt|ist)", text), f"{word} is not explained"
    # Long compounds are split with a hyphen, as Leichte Sprache writes them.
    assert "Bundesregierung" not in text and "Bundes-Regierung" in text


def test_both_pages_are_in_the_footer_and_the_sitemap(seeded_site, client):
    footer = soup(client.get("/en/")).find("footer")
    assert footer.find("a", href=EASY["en"]) and footer.find("a", href=DGS["en"])
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "/de/gebaerdensprache/" in sitemap and "/en/sign-language/" in sitemap


def test_videos_and_their_stills_cost_no_query_each(seeded_site, client, page_cache_off):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from .factories import SiteImageFactory

    def queries():
        client.get(DGS["de"])  # renditions are made on the first view
        with CaptureQueriesContext(connection) as captured:
            assert client.get(DGS["de"]).status_code == 200
        return len(captured)

    page = SignLanguagePage.objects.get()
    without = queries()
    for item in page.videos.all():
        item.video = upload(f"dgs-{item.topic}.mp4", MP4)
        item.captions = upload(f"dgs-{item.topic}.vtt", VTT)
        item.poster = SiteImageFactory()
        item.save()
    page.save_revision().publish()
    html = soup(client.get(DGS["de"]))
    assert len(html.select("main video[poster]")) == 4
    assert queries() == without + 1  # the stills' renditions, all at once
