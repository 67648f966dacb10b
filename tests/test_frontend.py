"""The public front end as a visitor, a search engine and a data-protection officer see it:
markup rules (one h1, labelled forms, images with dimensions), privacy (no cookies, nothing from
other hosts, nothing inline), search-engine metadata, sitemap, robots.txt and error pages."""

import gzip
import itertools
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.test import Client, RequestFactory
from django.utils import translation
from wagtail.models import Page

from tests.factories import SiteImageFactory

STATIC = Path(settings.BASE_DIR) / "static"
# Pages with a form set the CSRF cookie, and only they: the accessibility feedback form and the
# newsletter sign-up (docs/newsletter.md).
FORM_PATHS = {"/de/barrierefreiheit/", "/en/accessibility/", "/de/newsletter/", "/en/newsletter/"}
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def live_pages():
    return list(Page.objects.live().public().filter(depth__gte=2).order_by("path"))


def page_urls(page):
    urls = {}
    for code in ("de", "en"):
        with translation.override(code):
            urls[code] = page.get_url()
    return urls


def all_public_urls():
    urls = [url for page in live_pages() for url in page_urls(page).values()]
    for code in ("de", "en"):
        urls += [f"/{code}/search/?q=Halle", f"/{code}/search/", f"/{code}/does-not-exist/"]
        urls += [f"/{code}/newsletter/"]
    return urls


def html(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def local_path(url):
    """An absolute URL of this site as a path for the test client; fails for other hosts."""
    parts = urlsplit(url)
    assert parts.scheme in ("http", "https") and parts.netloc == "testserver", url
    return parts.path + (f"?{parts.query}" if parts.query else "")


@pytest.fixture
def rendered(seeded_site):
    """Every page type in both languages, plus search and 404, rendered once."""
    client = Client()
    pages = {}
    for url in all_public_urls():
        response = client.get(url)
        assert response.status_code == (404 if "does-not-exist" in url else 200), url
        pages[url] = response
    return pages


# --- markup ----------------------------------------------------------------------------------


def test_every_page_has_one_h1_and_no_skipped_heading_levels(rendered):
    for url, response in rendered.items():
        doc = html(response)
        assert len(doc.find_all("h1")) == 1, url
        levels = [int(h.name[1]) for h in doc.find_all(re.compile(r"^h[1-6]$"))]
        assert levels[0] == 1, (url, levels)
        for previous, current in itertools.pairwise(levels):
            assert current <= previous + 1, (url, levels)


def test_every_page_has_landmarks_and_a_working_skip_link(rendered):
    for url, response in rendered.items():
        doc = html(response)
        skip = doc.find("a", class_="skip-link")
        assert skip is not None and skip["href"] == "#main", url
        assert doc.find("main", id="main") is not None, url
        assert doc.find("header", class_="site-header") and doc.find("footer", class_="site-footer"), url
        navs = doc.find_all("nav")
        assert all(n.get("aria-label") or n.get("aria-labelledby") for n in navs), url
        assert doc.html["lang"] == url.split("/")[1], url


def test_every_form_control_has_a_label(rendered):
    for url, response in rendered.items():
        doc = html(response)
        for control in doc.find_all(["input", "textarea", "select"]):
            if control.get("type") in ("hidden", "submit"):
                continue
            labelled = control.get("aria-label") or (
                control.get("id") and doc.find("label", attrs={"for": control["id"]})
            )
            assert labelled, (url, str(control))


def test_navigation_marks_the_current_section(seeded_site, client):
    doc = html(client.get("/de/handlungsfelder/smarte-wirtschaft/"))
    nav = doc.find("nav", class_="site-nav")
    assert nav.find("a", href="/de/handlungsfelder/")["aria-current"] == "true"
    doc = html(client.get("/en/strategy/"))
    assert doc.find("nav", class_="site-nav").find("a", href="/en/strategy/")["aria-current"] == "page"


def test_images_have_dimensions_and_only_the_hero_loads_eagerly(seeded_site, client):
    home = seeded_site
    home.hero_image = SiteImageFactory(width=1600, height=900)
    home.save_revision().publish()
    doc = html(client.get("/de/"))
    images = doc.find_all("img")
    assert len(images) >= 5
    for img in images:
        assert img.get("width") and img.get("height"), str(img)
        assert img.has_attr("alt"), str(img)
    hero = doc.find("img", class_="hero__image")
    assert hero.get("loading") != "lazy"
    below_the_fold = doc.select(".card img, .sponsor-logos img, .site-footer img")
    assert below_the_fold and all(img.get("loading") == "lazy" for img in below_the_fold)
    for picture in doc.find_all("picture"):
        types = [source.get("type") for source in picture.find_all("source")]
        assert "image/avif" in types and "image/webp" in types, str(picture)


# --- privacy and a strict CSP -------------------------------------------------------------------

INLINE_HANDLER = re.compile(r"<[^>]*\son[a-z]+\s*=", re.IGNORECASE)
STYLE_ATTRIBUTE = re.compile(r"<[^>]*\sstyle\s*=", re.IGNORECASE)


def test_no_inline_scripts_styles_or_event_handlers(rendered):
    for url, response in rendered.items():
        text = response.content.decode()
        assert not INLINE_HANDLER.search(text), url
        assert not STYLE_ATTRIBUTE.search(text), url
        assert "<style" not in text.lower(), url
        for script in html(response).find_all("script"):
            if script.get("type") == "application/ld+json":
                json.loads(script.string)  # data, not code
                continue
            assert script.get("src") and not (script.string or "").strip(), (url, str(script))


def test_no_page_references_another_host(rendered):
    """Assets (styles, scripts, images, icons, form targets) all come from this site; only plain
    <a> links may point elsewhere (partners, LinkedIn, Instagram)."""
    for url, response in rendered.items():
        doc = html(response)
        references = []
        for tag in doc.find_all(["link", "script", "img", "source", "iframe", "form", "video", "audio", "object", "embed"]):
            for attribute in ("href", "src", "action", "data", "poster"):
                if tag.get(attribute):
                    references.append((tag, tag[attribute]))
            for candidate in (tag.get("srcset") or "").split(","):
                if candidate.strip():
                    references.append((tag, candidate.strip().split()[0]))
        for tag, ref in references:
            parts = urlsplit(ref)
            if tag.name == "link" and "alternate" in tag.get("rel", []) or tag.name == "link" and "canonical" in tag.get("rel", []):
                assert parts.netloc == "testserver", (url, ref)
                continue
            assert not parts.netloc and not ref.startswith("//"), (url, ref)


def test_anonymous_visitors_get_no_cookies_except_on_the_form_page(rendered):
    for url, response in rendered.items():
        path = urlsplit(url).path
        if path in FORM_PATHS:
            assert set(response.cookies) == {"csrftoken"}, url
        else:
            assert not response.cookies, (url, list(response.cookies))
            assert "Set-Cookie" not in response.headers, url


def csp_directives(response):
    header = response.headers.get("Content-Security-Policy", "")
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


def test_every_public_page_forbids_other_hosts_and_inline_code(rendered):
    """The browser enforces what the privacy policy promises: only this site's own files."""
    for url, response in rendered.items():
        policy = csp_directives(response)
        assert policy.get("default-src") == ["'self'"], url
        for directive in ("script-src", "style-src", "img-src", "font-src", "connect-src"):
            assert policy.get(directive) == ["'self'"], (url, directive, policy.get(directive))
        assert policy.get("object-src") == ["'none'"] and policy.get("frame-ancestors") == ["'none'"], url
        assert "camera=()" in response.headers.get("Permissions-Policy", ""), url


def test_feeds_sitemap_and_error_pages_carry_the_policy_too(seeded_site, client):
    for url in ("/sitemap.xml", "/robots.txt", "/de/aktuelles/feed/", "/de/gibt-es-nicht/"):
        response = client.get(url)
        assert csp_directives(response).get("script-src") == ["'self'"], url


def test_the_admin_keeps_working_without_the_public_policy(seeded_site, client, django_user_model):
    """Wagtail's editor relies on inline scripts; the strict policy would break editing. Its
    login and password-reset pages have none, and get the policy like the public site."""
    client.force_login(django_user_model.objects.create_superuser("chefin", password="x" * 12))
    response = client.get("/admin/")
    assert response.status_code == 200
    assert "Content-Security-Policy" not in response.headers
    assert "Permissions-Policy" in response.headers
    client.logout()
    for url in ("/admin/login/", "/admin/password_reset/"):
        response = client.get(url)
        assert csp_directives(response).get("script-src") == ["'self'"], url


def test_sitemap_and_robots_set_no_cookies(seeded_site, client):
    for url in ("/sitemap.xml", "/robots.txt"):
        response = client.get(url)
        assert response.status_code == 200 and not response.cookies


# --- search engines and sharing ---------------------------------------------------------------


def test_every_page_has_description_canonical_hreflang_and_open_graph(seeded_site, client):
    checked = 0
    for page in live_pages():
        urls = page_urls(page)
        for code, url in urls.items():
            doc = html(client.get(url))
            description = doc.find("meta", attrs={"name": "description"})
            assert description and description["content"].strip(), url
            canonical = doc.find("link", rel="canonical")["href"]
            assert local_path(canonical) == url
            alternates = {link["hreflang"]: link["href"] for link in doc.find_all("link", rel="alternate", hreflang=True)}
            assert set(alternates) == {"de", "en", "x-default"}, url
            assert local_path(alternates["de"]) == urls["de"]
            assert local_path(alternates["en"]) == urls["en"]
            assert alternates["x-default"] == alternates["de"]
            og = {m["property"]: m["content"] for m in doc.find_all("meta", property=True)}
            assert og["og:title"] and og["og:url"] == canonical, url
            assert og["og:locale"] == {"de": "de_DE", "en": "en_GB"}[code]
            with translation.override(code):
                expected = page.search_description
            assert expected and og.get("og:description") == expected, url
            for target in [canonical, *alternates.values()]:
                assert client.get(local_path(target)).status_code == 200, target
            checked += 1
    assert checked >= 38


def og(doc, prop):
    tag = doc.find("meta", property=prop)
    return tag["content"] if tag else None


def test_link_previews_show_the_pages_own_picture_else_the_site_wide_one(site_settings, client):
    """LinkedIn and messengers show og:image: an update's own picture, the site's share image
    for pages without one, and nothing (rather than a broken or tiny logo) when neither is set."""
    from tests.factories import UpdatePageFactory
    from updates.models import UpdateIndexPage

    assert og(html(client.get("/de/strategie/")), "og:image") is None

    photo = SiteImageFactory(file__width=2400, file__height=1600, alt_text_de="Blick über Halle-Neustadt",
                             alt_text_en="View over Halle-Neustadt")
    update = UpdatePageFactory(parent=UpdateIndexPage.objects.get(), image=photo)
    doc = html(client.get(update.get_url()))
    image_url = og(doc, "og:image")
    assert image_url.startswith("http://testserver/media/") and image_url.endswith(".jpg"), image_url
    assert (og(doc, "og:image:width"), og(doc, "og:image:height")) == ("1200", "630")
    assert og(doc, "og:image:alt") == "Blick über Halle-Neustadt"
    rendition = photo.renditions.get(file__endswith=local_path(image_url).rsplit("/", 1)[1])
    assert rendition.file.storage.exists(rendition.file.name)

    share = SiteImageFactory(file__width=1600, file__height=900, alt_text_de="Smart City Halle", alt_text_en="Smart City Halle")
    site_settings.share_image = share
    site_settings.save()
    for url in ("/de/strategie/", "/en/strategy/", "/de/handlungsfelder/"):
        doc = html(client.get(url))
        assert og(doc, "og:image").startswith("http://testserver/media/"), url
        assert share.renditions.filter(file__endswith=og(doc, "og:image").rsplit("/", 1)[1]).exists()
    assert og(html(client.get("/en/strategy/")), "og:image:alt") == "Smart City Halle"
    # The update keeps its own picture.
    assert og(html(client.get(update.get_url())), "og:image") == image_url


def test_a_lost_image_file_drops_the_preview_picture_not_the_page(seeded_site, client):
    from tests.factories import UpdatePageFactory
    from updates.models import UpdateIndexPage

    photo = SiteImageFactory()
    photo.file.storage.delete(photo.file.name)
    photo.renditions.all().delete()
    update = UpdatePageFactory(parent=UpdateIndexPage.objects.get(), image=photo)
    response = client.get(update.get_url())
    assert response.status_code == 200
    assert og(html(response), "og:image") is None


def test_search_and_error_pages_ask_not_to_be_indexed(seeded_site, client):
    for url, status in (("/de/search/?q=Halle", 200), ("/en/nothing-here/", 404)):
        response = client.get(url)
        assert response.status_code == status
        doc = html(response)
        assert doc.find("meta", attrs={"name": "robots"})["content"] == "noindex"
        assert doc.find("link", rel="canonical") is None


def test_json_ld_describes_the_organisation_and_the_breadcrumbs(seeded_site, client):
    doc = html(client.get("/en/fields-of-action/smart-economy/"))
    blocks = [json.loads(s.string) for s in doc.find_all("script", type="application/ld+json")]
    types = {b["@type"]: b for b in blocks}
    assert types["GovernmentOrganization"]["name"]
    trail = types["BreadcrumbList"]["itemListElement"]
    assert [item["name"] for item in trail] == ["Smart City Halle (Saale)", "Fields of action", "Smart Economy"]
    assert local_path(trail[-1]["item"]) == "/en/fields-of-action/smart-economy/"


def test_json_ld_names_the_social_media_profiles_once_set(site_settings, client):
    def organisation():
        doc = html(client.get("/de/strategie/"))
        blocks = [json.loads(s.string) for s in doc.find_all("script", type="application/ld+json")]
        return next(b for b in blocks if b["@type"] == "GovernmentOrganization")

    assert "sameAs" not in organisation()
    site_settings.linkedin_url = "https://www.linkedin.com/company/example"
    site_settings.instagram_url = "https://www.instagram.com/example"
    site_settings.save()
    assert organisation()["sameAs"] == [site_settings.linkedin_url, site_settings.instagram_url]


def test_json_ld_cannot_be_broken_out_of(seeded_site, client):
    from smartcity.models import StandardPage

    page = StandardPage.objects.get(slug_de="impressum")
    page.title_de = page.title = "Impressum </script><script>alert(1)</script>"
    page.save_revision().publish()
    text = client.get("/de/impressum/").content.decode()
    opening = '<script type="application/ld+json">'
    blocks = [chunk.split("</script>", 1)[0] for chunk in text.split(opening)[1:]]
    assert len(blocks) == 2
    assert all("<" not in block for block in blocks)
    assert "\\u003C/script\\u003E" in blocks[1]
    assert json.loads(blocks[1])["itemListElement"][-1]["name"] == page.title_de


def test_sitemap_lists_every_live_page_in_both_languages_with_alternates(seeded_site, client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)
    entries = {}
    for url in root.findall("s:url", NS):
        loc = url.find("s:loc", NS).text
        entries[local_path(loc)] = {
            link.get("hreflang"): local_path(link.get("href")) for link in url.findall("x:link", NS)
        }
    pages = live_pages()
    assert len(entries) == 2 * len(pages)
    for page in pages:
        urls = page_urls(page)
        for code in ("de", "en"):
            assert entries[urls[code]] == {"de": urls["de"], "en": urls["en"], "x-default": urls["de"]}
    for path in entries:
        assert client.get(path).status_code == 200, path


def test_sitemap_query_count_does_not_grow_with_the_site(
    seeded_site, client, page_cache_off, django_assert_max_num_queries
):
    from smartcity.models import StandardPage

    client.get("/sitemap.xml")
    with django_assert_max_num_queries(SITEMAP_QUERIES):
        client.get("/sitemap.xml")
    for n in range(15):
        seeded_site.add_child(
            instance=StandardPage(
                title=f"Seite {n}", title_de=f"Seite {n}", title_en=f"Page {n}",
                slug=f"seite-{n}", slug_de=f"seite-{n}", slug_en=f"page-{n}",
            )
        )
    client.get("/sitemap.xml")  # the new pages emptied the fragment caches: warm them again
    with django_assert_max_num_queries(SITEMAP_QUERIES):
        text = client.get("/sitemap.xml").content.decode()
    assert "/en/page-14/" in text and "/de/seite-14/" in text


SITEMAP_QUERIES = 2


def test_sitemap_leaves_out_unpublished_pages(seeded_site, client):
    from smartcity.models import StandardPage

    StandardPage.objects.get(slug_de="datenschutz").unpublish()
    text = client.get("/sitemap.xml").content.decode()
    assert "/de/datenschutz/" not in text and "/en/privacy/" not in text
    assert "/de/impressum/" in text


def test_robots_txt_points_at_the_sitemap(seeded_site, client, settings):
    settings.PRODUCTION_HOST = "testserver"  # other hosts are told to index nothing
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert "Disallow: /admin/" in lines


# --- error pages ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url,language,heading",
    [("/de/gibt-es-nicht/", "de", ("Seite nicht gefunden", "Page not found")), ("/en/no-such-page/", "en", ("Page not found",))],
)
def test_404_is_in_the_site_design_and_the_visitors_language(seeded_site, client, url, language, heading):
    response = client.get(url)
    assert response.status_code == 404
    doc = html(response)
    assert doc.html["lang"] == language
    assert doc.find("h1").get_text(strip=True) in heading
    assert doc.find("link", rel="stylesheet")["href"].endswith("css/site.css")
    assert doc.find("a", href=f"/{language}/") is not None  # way home
    assert doc.find("footer", class_="site-footer").find("a", href=re.compile(r"impressum|legal-notice"))


@pytest.mark.parametrize("url", ["/fr/seite/", "/de/%3Cscript%3E/", "/en/a/b/c/d/e/", "/xyz/"])
def test_odd_addresses_end_on_the_designed_404(seeded_site, client, url):
    response = client.get(url, follow=True)
    assert response.status_code == 404
    assert html(response).find("h1").get_text(strip=True) in ("Seite nicht gefunden", "Page not found")


# Page numbers and the field filter are tried apart, so a 404 for one cannot hide the other.
JUNK_QUERIES = [
    "?page=abc&q=%00", "?page=-1&lang=xx", "?page=99999999999999999999&q=" + "x" * 5000,
    "?field=abc", "?field=999999&page=1.5", "?field=&field=-1&page=%00",
]


def test_junk_query_strings_never_give_a_server_error_on_any_page(seeded_site, client):
    """Whatever a bot or a mangled link appends, every page answers with the page, a corrected
    page or a 404, never a 500."""
    urls = [url for page in live_pages() for url in page_urls(page).values()]
    urls += ["/de/aktuelles/feed/", "/de/veranstaltungen/archive/", "/en/events/calendar/"]
    failures = []
    for url in urls:
        for junk in JUNK_QUERIES:
            response = client.get(url + junk)
            if response.status_code not in (200, 301, 302, 404):
                failures.append((url + junk[:40], response.status_code))
    assert not failures, failures


def test_500_page_renders_without_the_database():
    """No django_db mark: any query raises, which is the point."""
    from smartcity import urls
    from smartcity.views import server_error

    assert urls.handler500 == "smartcity.views.server_error"
    for path, language in (("/en/strategy/", "en"), ("/de/strategie/", "de"), ("/xyz", "de")):
        response = server_error(RequestFactory().get(path))
        assert response.status_code == 500
        doc = html(response)
        assert doc.html["lang"] == language
        assert len(doc.find_all("h1")) == 1
        assert doc.find("a", class_="skip-link")["href"] == "#main"
        assert doc.find("link", rel="stylesheet")["href"].endswith("css/site.css")
        assert doc.find("a", href=f"/{language}/")
        assert "<script" not in response.content.decode()


def test_an_exception_in_a_view_gives_the_static_500(seeded_site, monkeypatch):
    from strategy.models import StrategyPage

    def boom(self, request, *args, **kwargs):
        raise RuntimeError("database gone")

    monkeypatch.setattr(StrategyPage, "serve", boom)
    client = Client(raise_request_exception=False)
    response = client.get("/en/strategy/")
    assert response.status_code == 500
    assert html(response).html["lang"] == "en"


# --- the design itself ------------------------------------------------------------------------


def luminance(hex_colour):
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a, b):
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_stylesheet_covers_accents_focus_motion_and_print():
    css = (STATIC / "css" / "site.css").read_text()
    # One hand-written file for every page: what a phone downloads is the compressed size
    # (WhiteNoise and nginx serve it gzipped). 15 KB raw until the search, the status icons and
    # the sign language page; 4.6 KB gzipped with them.
    assert len(css.encode()) < 20 * 1024
    assert len(gzip.compress(css.encode())) < 6 * 1024
    variables = dict(re.findall(r"--([a-z-]+):\s*(#[0-9a-fA-F]{6})", css))
    for field in ("economy", "education", "mobility", "administration"):
        match = re.search(rf"\.accent-{field}\s*{{\s*--accent:\s*(#[0-9a-fA-F]{{6}})", css)
        assert match, field
        # Accent text sits on white cards and on the light footer wash.
        assert contrast(match.group(1), "#ffffff") >= 4.5, field
        assert contrast(match.group(1), variables["wash"]) >= 4.5, field
    for name in ("ink", "muted", "primary", "error"):
        assert contrast(variables[name], "#ffffff") >= 4.5, name
        assert contrast(variables[name], variables["wash"]) >= 4.5, name
    focus = re.search(r":focus-visible\s*{([^}]*)}", css).group(1)
    assert re.search(r"outline:\s*[3-9]px solid", focus)
    assert "@media (prefers-reduced-motion: reduce)" in css
    print_rules = css[css.index("@media print") :]
    for selector in (".site-menu", ".search-form", 'a[href^="http"]::after'):
        assert selector in print_rules
    assert "attr(href)" in print_rules
    assert "http://" not in css and "https://" not in css and "@import" not in css


def test_menu_works_without_javascript_and_script_only_enhances(seeded_site, client):
    doc = html(client.get("/de/"))
    menu = doc.find("details", class_="site-menu")
    assert menu.find("summary") is not None
    assert menu.find("nav", class_="site-nav").find_all("a")
    js = (STATIC / "js" / "site.js").read_text()
    assert "Escape" in js and "matchMedia" in js
    assert "http" not in js


def test_home_page_stays_under_100_kb_at_phone_width(seeded_site, client):
    """HTML + CSS + JS + the images a phone downloads (first candidate of each <picture>'s
    first source, i.e. the smallest AVIF), uncompressed: a conservative upper bound."""
    response = client.get("/de/")
    doc = html(response)
    total = len(response.content)
    total += (STATIC / "css" / "site.css").stat().st_size + (STATIC / "js" / "site.js").stat().st_size
    media = Path(settings.MEDIA_ROOT)
    for picture in doc.find_all("picture"):
        source = picture.find("source")
        first = (source["srcset"] if source else picture.find("img")["src"]).split(",")[0].split()[0]
        total += (media / first.removeprefix(settings.MEDIA_URL)).stat().st_size
    for img in doc.select("img:not(picture img)"):
        total += (media / img["src"].removeprefix(settings.MEDIA_URL)).stat().st_size
    assert total < 100 * 1024, total
