import pytest

pytestmark = pytest.mark.django_db


def results(client, lang, query, **params):
    response = client.get(f"/{lang}/search/", {"q": query, **params})
    assert response.status_code == 200
    return response.content.decode()


def test_german_word_finds_german_page(seeded_site, client):
    html = results(client, "de", "Mobilität")
    assert 'href="/de/handlungsfelder/integrierte-mobilitaet/"' in html


def test_english_word_finds_english_page(seeded_site, client):
    html = results(client, "en", "mobility")
    assert 'href="/en/fields-of-action/integrated-mobility/"' in html


def test_no_results_says_so(seeded_site, client):
    assert "Keine Ergebnisse" in results(client, "de", "Quantenteleportation") or "No results" in results(client, "en", "Quantenteleportation")


@pytest.mark.parametrize(
    "params",
    [
        {"q": ""},
        {"q": "x" * 5000},
        {"q": "Mobi\x00lität"},
        {"q": "Mobilität", "page": "abc"},
        {"q": "Mobilität", "page": "-3"},
        {"q": "Mobilität", "page": "99999"},
        {"q": "Mobilität", "page": "1e10"},
        {"q": "' OR 1=1 --"},
        {"q": "\"unbalanced"},
        {"q": "a & | ! ( ) : * <script>"},
    ],
)
def test_junk_input_never_fails(seeded_site, client, params):
    response = client.get("/de/search/", params)
    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split("<main", 1)[1]


def test_results_are_paginated(seeded_site, client, settings):
    settings.SEARCH_RESULTS_PER_PAGE = 2
    first = results(client, "de", "Handlungsfeld")
    assert 'rel="next"' in first
    second = results(client, "de", "Handlungsfeld", page="2")
    assert 'rel="prev"' in second
