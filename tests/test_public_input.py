"""Every public input gets a clear answer: no request from outside ever gets a 5xx.

A seeded property-based fuzz test (Hypothesis, derandomized so CI sees the same requests every
run) sends 2,000 generated requests over every URL pattern: junk paths and language prefixes,
query strings with page numbers, filters and search input, all methods, odd Host and
Accept-Language headers, and bodies up to beyond Django's size limit to the feedback form.
"""

from urllib.parse import quote, urlencode

import pytest
from django.test import Client
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from wagtail.models import Page

pytestmark = pytest.mark.django_db

REQUESTS = 2000
PREFIXES = ["de", "en"] * 8 + ["", "fr", "DE", "de-at", "admin", "documents", "static", "media",
            ".well-known", "sitemap.xml", "robots.txt", "%C3%A4", "..", "_util"]
ROUTES = ["feed", "archive", "calendar", "search", "security.txt", "login", "2fa", "images"]
PARAMETERS = ["page", "field", "q", "utm_source", "lang", "next", "format", "limit"]
HOSTS = ["testserver"] * 12 + ["localhost", "smartcity.halle.de", "evil.example", "", "a" * 300,
         "[::1]:80", "x y", "testserver:99999", "testserver:abc", "TESTSERVER", "bad/host"]
LANGUAGES = ["de", "en", "*", "en-GB,en;q=0.9", "xx", "de;q=abc", "", "de-DE, en;q=0.5, *;q=0"]
OVERSIZED = b"x" * (3 * 1024 * 1024)  # beyond DATA_UPLOAD_MAX_MEMORY_SIZE (2.5 MB)

junk_text = st.text(max_size=24)
value = st.one_of(
    st.integers(min_value=-(10**12), max_value=10**12).map(str), junk_text, st.just(""),
    st.sampled_from(["1", "2", "0", "-1", "9999", "abc", "Mobilität", "' OR 1=1 --", "\x00"]),
)


def page_urls():
    """The real address of every page in both languages, with its feed, calendar or archive."""
    from django.utils import translation

    urls = ["/sitemap.xml", "/robots.txt", "/.well-known/security.txt", "/de/search/", "/en/search/"]
    for page in Page.objects.live().specific().filter(depth__gt=1):
        for language in ("de", "en"):
            with translation.override(language):
                url = page.get_url()
            urls += [url + path.lstrip("/") for path in page.get_cached_paths()]
    return urls


def slugs():
    slugs = set()
    for slug_de, slug_en in Page.objects.values_list("slug_de", "slug_en"):
        slugs |= {slug_de, slug_en} - {None, ""}
    return sorted(slugs) + ROUTES


def request_strategy(known_slugs, known_urls):
    part = st.one_of(st.sampled_from(known_slugs), junk_text)
    return st.fixed_dictionaries({
        "page": st.one_of(st.none(), st.sampled_from(known_urls)),
        "method": st.sampled_from(["GET", "GET", "GET", "HEAD", "POST", "OPTIONS", "PUT", "DELETE", "PATCH"]),
        "prefix": st.sampled_from(PREFIXES),
        "segments": st.lists(part, max_size=3),
        "slash": st.booleans(),
        "query": st.lists(st.tuples(st.one_of(st.sampled_from(PARAMETERS), junk_text), value), max_size=4),
        "host": st.sampled_from(HOSTS),
        "language": st.one_of(st.sampled_from(LANGUAGES), junk_text),
        "body": st.sampled_from([b""] * 6 + [b"a=1&b=%ZZ&\x00", OVERSIZED]) | st.binary(max_size=256),
        "feedback": st.booleans(),
    })


def build(spec):
    if spec["feedback"] and spec["method"] == "POST":
        path = "/de/barrierefreiheit/"  # the one public form
    elif spec["page"]:
        path = spec["page"]
    else:
        parts = [spec["prefix"], *spec["segments"]]
        path = "/" + "/".join(quote(p, safe="") for p in parts if p) + ("/" if spec["slash"] else "")
    query = urlencode([(k, v) for k, v in spec["query"]])
    return path + ("?" + query if query else "")


def test_two_thousand_generated_requests_never_get_a_server_error(seeded_site, settings):
    settings.ALLOWED_HOSTS = ["testserver"] * 12 + ["localhost", "smartcity.halle.de"]
    settings.DEBUG_PROPAGATE_EXCEPTIONS = False
    client = Client(raise_request_exception=False)
    known, urls = slugs(), page_urls()
    sent = []
    failures = []

    @hypothesis_settings(
        max_examples=REQUESTS, derandomize=True, database=None, deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(request_strategy(known, urls))
    def one_request(spec):
        url = build(spec)
        response = client.generic(
            spec["method"], url, data=spec["body"], content_type="application/x-www-form-urlencoded",
            HTTP_HOST=spec["host"], HTTP_ACCEPT_LANGUAGE=spec["language"],
        )
        sent.append(url)
        if response.status_code >= 500:
            failures.append((spec["method"], spec["host"], url, response.status_code))

    one_request()
    assert len(sent) >= REQUESTS
    assert not failures, failures[:10]
    # The generator really reached the site, not just its 400 for bad hosts.
    assert len({url.split("?")[0] for url in sent}) > 300


def test_the_feedback_form_is_rate_limited_per_address(seeded_site, settings):
    from .test_legal import csrf_client_and_token

    settings.FEEDBACK_RATE = "3/h"
    url = "/de/barrierefreiheit/"
    data = {"message": "Der Kontrast im Menü ist zu schwach.", "name": "Erika",
            "email": "erika@example.org", "website_url": ""}
    client, token = csrf_client_and_token(url)
    answers = [client.post(url, {**data, "csrfmiddlewaretoken": token}, REMOTE_ADDR="10.1.1.1") for _ in range(4)]
    assert [a.status_code for a in answers[:3]] == [200, 200, 200]
    limited = answers[3]
    assert limited.status_code == 429
    html = limited.content.decode()
    assert "in kurzer Zeit mehrere Nachrichten" in html
    assert "Der Kontrast im Menü ist zu schwach." in html  # nothing the citizen wrote is lost
    other = client.post(url, {**data, "csrfmiddlewaretoken": token}, REMOTE_ADDR="10.2.2.2")
    assert other.status_code == 200
