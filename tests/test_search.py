"""The public search as a citizen uses it on a phone: typos, missing umlauts, word forms and
word beginnings still find what was meant, in the language of the page, ranked with titles
first, the matched words marked, filterable by kind, and never a server error. The suite runs
on SQLite and on PostgreSQL: both must answer the same."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from sitesearch import indexing
from sitesearch.models import SearchEntry
from strategy.models import ProjectPage, ProjectSpacePage

from .factories import ProjectPageFactory

TITLE = re.compile(r'class="search-results__title"><a href="([^"]+)"[^>]*>(.*?)</a>', re.S)


def results(client, language, query, **params):
    response = client.get(f"/{language}/search/", {"q": query, **params})
    assert response.status_code == 200
    html = response.content.decode()
    return html, [(url, re.sub(r"</?mark>", "", title)) for url, title in TITLE.findall(html)]


def titles(client, language, query, **params):
    return [title for _url, title in results(client, language, query, **params)[1]]


def text(html):
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


# --- what a citizen types ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "query", "expected"),
    [
        ("en", "mobilty", "Integrated Mobility"),  # a letter missing
        ("de", "Mobilitaet", "Integrierte Mobilität"),  # umlaut written as ae
        ("de", "Mobilitat", "Integrierte Mobilität"),  # umlaut left out
        ("de", "Stadwerke", "Stadtwerke Halle-Gruppe"),  # a letter missing
        ("de", "Stadwerk", "Stadtwerke Halle-Gruppe"),  # two letters lost
        ("de", "Ausschreibung", "Ausschreibungen für Smarte Bildung in Vorbereitung"),  # word form
        ("en", "tenders", "Calls for tender for Smart Education in preparation"),
        ("en", "educational", "Smart Education"),  # English stemming on English pages
        ("de", "Ausschr", "Ausschreibungen für Smarte Bildung in Vorbereitung"),  # a beginning
        ("de", "STRASSE", None),  # folding must not break anything that is not there
    ],
)
def test_the_searches_citizens_tried_find_what_they_meant(seeded_site, client, language, query, expected):
    found = titles(client, language, query)
    if expected is None:
        return
    assert expected in found[:3], found


def test_each_language_searches_its_own_pages(seeded_site, client):
    german = titles(client, "de", "Bildung")
    english = titles(client, "en", "education")
    assert "Smarte Bildung" in german and "Smart Education" not in german
    assert "Smart Education" in english and "Smarte Bildung" not in english
    # English stemming is not applied to German words, nor the other way round.
    assert titles(client, "en", "Ausschreibungen") == []
    _html, found = results(client, "en", "education")
    assert all(url.startswith("/en/") for url, _title in found)


def test_titles_rank_before_pages_that_only_mention_the_word(seeded_site, client):
    found = titles(client, "de", "Mobilität")
    assert found[0] == "Integrierte Mobilität"
    mentioned_only = [t for t in found if "mobilität" not in t.lower()]
    assert mentioned_only and found.index(mentioned_only[0]) > found.index("Integrierte Mobilität")


def test_matched_words_are_marked_in_title_and_snippet(seeded_site, client):
    html, _found = results(client, "de", "Mobilitaet")
    assert "<mark>Mobilität</mark>" in html
    snippets = re.findall(r'class="search-results__snippet"[^>]*>(.*?)</p>', html, re.S)
    assert snippets and any("<mark>" in snippet for snippet in snippets)


def test_did_you_mean_offers_the_close_word_only_when_nothing_matched(seeded_site, client):
    html, found = results(client, "en", "mobilty")
    assert "Did you mean" in text(html)
    assert 'href="/en/search/?q=Mobility"' in html or 'href="/en/search/?q=mobility"' in html
    assert found  # and it shows what was meant meanwhile
    assert "Did you mean" not in text(results(client, "en", "mobility")[0])
    html, _found = results(client, "de", "Stadwerke")
    assert "Meinten Sie" in text(html) and "Stadtwerke" in text(html)
    # Nothing close: no suggestion, a plain "no results".
    html, found = results(client, "de", "qqqqxxxx")
    assert found == [] and "Meinten Sie" not in text(html) and "Keine Ergebnisse" in text(html)


def test_words_nobody_wrote_are_left_out_and_named(seeded_site, client):
    html, found = results(client, "de", "Mobilität xyzzyq")
    assert "Integrierte Mobilität" in [t for _u, t in found]
    assert "xyzzyq" in text(html)


def test_results_filter_by_kind_with_counts(seeded_site, client):
    html, everything = results(client, "de", "Mobilität")
    counts = {
        kind: int(n)
        for kind, n in re.findall(r'kind=(\w+)"[^>]*>[^<]*<span class="filter__count">\((\d+)\)', html)
    }
    assert counts["projects"] > 0 and counts["news"] > 0
    _html, projects = results(client, "de", "Mobilität", kind="projects")
    assert len(projects) == counts["projects"]
    project_urls = set(ProjectPage.objects.live().values_list("url_path_de", flat=True))
    assert all(
        any(url.rstrip("/").endswith(p.rstrip("/").split("/")[-1]) for p in project_urls)
        for url, _t in projects
    )
    _html, news = results(client, "de", "Mobilität", kind="news")
    assert all("/aktuelles/" in url for url, _t in news) and len(news) == counts["news"]
    # An unknown kind shows everything rather than an error.
    assert len(results(client, "de", "Mobilität", kind="<script>")[1]) == len(everything)


def test_suggestions_complete_a_word_from_four_letters_on(seeded_site, client):
    answer = client.get("/de/search/suggestions/", {"q": "Ausschr"}).json()
    assert "Ausschreibungen für Smarte Bildung in Vorbereitung" in answer["suggestions"]
    assert client.get("/de/search/suggestions/", {"q": "Aus"}).json()["suggestions"] == []
    english = client.get("/en/search/suggestions/", {"q": "Integ"}).json()["suggestions"]
    assert "Integrated Mobility" in english
    # The search box asks for them (static/js/site.js fills its <datalist>).
    html = client.get("/de/").content.decode()
    assert 'data-suggestions="/de/search/suggestions/"' in html and "<datalist" in html


# --- the index follows what editors publish ----------------------------------------------------


def test_only_published_public_content_is_found(seeded_site, client):
    space = ProjectSpacePage.objects.get()
    project = ProjectPageFactory(
        parent=space, title_de="Quartiersgarten Wolkenkuckucksheim", title_en="Cloud garden"
    )
    assert titles(client, "de", "Wolkenkuckucksheim") == ["Quartiersgarten Wolkenkuckucksheim"]

    # A draft is not searchable until it is published.
    project.title_de = "Quartiersgarten Wolkenkuckucksheim Sonnenblumenfeld"
    project.save_revision()
    assert titles(client, "de", "Sonnenblumenfeld") == []
    project.get_latest_revision().publish()
    assert titles(client, "de", "Sonnenblumenfeld") == ["Quartiersgarten Wolkenkuckucksheim Sonnenblumenfeld"]

    # Restricted to logged-in users: gone from the public search.
    restriction = PageViewRestriction.objects.create(page=project, restriction_type=PageViewRestriction.LOGIN)
    assert titles(client, "de", "Wolkenkuckucksheim") == []
    restriction.delete()
    assert titles(client, "de", "Wolkenkuckucksheim") != []

    ProjectPage.objects.get(pk=project.pk).unpublish()
    assert titles(client, "de", "Wolkenkuckucksheim") == []
    assert not SearchEntry.objects.filter(page_id=project.pk).exists()
    project.delete()


def test_rebuilding_the_index_gives_the_same_answers(seeded_site, client):
    before = titles(client, "de", "Mobilität Bildung")
    assert indexing.rebuild() > 30
    assert titles(client, "de", "Mobilität Bildung") == before


# --- never a 500, constant queries -------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    [
        "",
        " ",
        "\x00",
        "'",
        '"unbalanced',
        "a AND OR NOT",
        "*",
        "%_%",
        "ä" * 500,
        "Mobilität" * 40,
        "<script>alert(1)</script>",
        "😀 Smart",
        "-- DROP TABLE",
        "x" * 41,
        "ß",
        "1 2 3 4 5 6 7 8",
    ],
)
def test_junk_search_input_gets_an_answer(seeded_site, client, query):
    for language in ("de", "en"):
        assert client.get(f"/{language}/search/", {"q": query, "page": "abc", "kind": "x"}).status_code == 200
        response = client.get(f"/{language}/search/suggestions/", {"q": query})
        assert response.status_code == 200 and "suggestions" in response.json()
    html = client.get("/de/search/", {"q": "<script>alert(1)</script> Mobilität"}).content.decode()
    assert "<script>alert(1)" not in html


def search_queries(client, url):
    client.get(url)  # the vocabulary is read once per content generation
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_a_search_costs_the_same_queries_with_10_or_60_matching_projects(seeded_site, client):
    space = ProjectSpacePage.objects.get()
    urls = [
        "/de/search/?q=Laternenparker",
        "/de/search/?q=Laternenparkr&kind=projects",
        "/de/search/?q=Laternenp&page=2",
    ]

    def add(count):
        with indexing.batched():
            for _ in range(count):
                ProjectPageFactory(parent=space, summary_de="Ein Projekt für Laternenparker und Radfahrende.")

    add(10)
    few = [search_queries(client, url) for url in urls]
    add(50)
    many = [search_queries(client, url) for url in urls]
    assert few == many == [3, 3, 3]


# --- kept from before: pages, addresses, pagination ---------------------------------------------


def test_german_word_finds_german_page(seeded_site, client):
    html, _found = results(client, "de", "Mobilität")
    assert 'href="/de/handlungsfelder/integrierte-mobilitaet/"' in html


def test_english_word_finds_english_page(seeded_site, client):
    html, _found = results(client, "en", "mobility")
    assert 'href="/en/fields-of-action/integrated-mobility/"' in html


@pytest.mark.parametrize(
    "params",
    [
        {"q": "x" * 5000},
        {"q": "Mobi\x00lität"},
        {"q": "Mobilität", "page": "-3"},
        {"q": "Mobilität", "page": "99999"},
        {"q": "Mobilität", "page": "1e10"},
        {"q": "' OR 1=1 --"},
        {"q": "a & | ! ( ) : * <script>"},
    ],
)
def test_junk_parameters_never_fail(seeded_site, client, params):
    response = client.get("/de/search/", params)
    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split("<main", 1)[1]


def test_results_are_paginated_and_keep_the_filter(seeded_site, client, settings):
    settings.SEARCH_RESULTS_PER_PAGE = 2
    first, _found = results(client, "de", "Handlungsfeld")
    assert 'rel="next"' in first
    second, _found = results(client, "de", "Handlungsfeld", page="2")
    assert 'rel="prev"' in second
    filtered, _found = results(client, "de", "Mobilität", kind="pages")
    assert re.search(r'rel="next" href="\?[^"]*kind=pages', filtered)
