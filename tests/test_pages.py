"""Every page type renders in German and English, under its own slug, with the right lang."""

import re

import pytest

pytestmark = pytest.mark.django_db

# (German URL, English URL, German title, English title)
PAGES = [
    ("/de/", "/en/", "Halle (Saale) wird Smart City", "Halle (Saale) is becoming a smart city"),
    ("/de/strategie/", "/en/strategy/", "Strategie", "Strategy"),
    ("/de/handlungsfelder/", "/en/fields-of-action/", "Handlungsfelder", "Fields of action"),
    (
        "/de/handlungsfelder/smarte-wirtschaft/",
        "/en/fields-of-action/smart-economy/",
        "Smarte Wirtschaft",
        "Smart Economy",
    ),
    ("/de/partner/", "/en/partners/", "Partner", "Partners"),
    (
        "/de/partner/form-follows-you/",
        "/en/partners/form-follows-you/",
        "Form Follows You",
        "Form Follows You",
    ),
    (
        "/de/projektraum-halle-neustadt/",
        "/en/project-space-halle-neustadt/",
        "Projektraum Halle-Neustadt",
        "Project Space Halle-Neustadt",
    ),
    (
        "/de/projektraum-halle-neustadt/hal-plan/",
        "/en/project-space-halle-neustadt/hal-plan/",
        "HAL-Plan: der digitale Zwilling von Halle",
        "HAL-Plan: Halle&#x27;s digital twin",
    ),
]


def h1(html):
    return re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S).group(1).strip()


def switch_target(html):
    match = re.search(r'class="language-switch__link" href="([^"]+)"', html)
    return match.group(1)


@pytest.mark.parametrize("de_url,en_url,de_title,en_title", PAGES)
def test_page_renders_in_both_languages(seeded_site, client, de_url, en_url, de_title, en_title):
    de = client.get(de_url)
    en = client.get(en_url)
    assert de.status_code == 200 and en.status_code == 200
    de_html, en_html = de.content.decode(), en.content.decode()
    assert '<html lang="de">' in de_html and '<html lang="en">' in en_html
    assert h1(de_html) == de_title and h1(en_html) == en_title
    # The language switch leads to the same page in the other language.
    assert switch_target(de_html) == en_url
    assert switch_target(en_html) == de_url


@pytest.mark.parametrize("de_url,en_url,de_title,en_title", PAGES[1:])
def test_crossed_slugs_are_not_found(seeded_site, client, de_url, en_url, de_title, en_title):
    assert client.get("/en/" + de_url.removeprefix("/de/")).status_code == 404
    assert client.get("/de/" + en_url.removeprefix("/en/")).status_code == 404


def test_root_redirects_by_browser_language(seeded_site, client):
    assert client.get("/").url == "/de/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9").url == "/en/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="fr-FR,fr;q=0.9").url == "/de/"


def test_unknown_language_prefix_is_not_a_server_error(seeded_site, client):
    response = client.get("/fr/strategie/", follow=True)
    assert response.status_code == 404


def test_project_space_filters_by_field_of_action(seeded_site, client):
    from fields.models import FieldOfActionPage

    economy = FieldOfActionPage.objects.get(slug_de="smarte-wirtschaft")
    html = client.get(f"/de/projektraum-halle-neustadt/?field={economy.pk}").content.decode()
    assert "HAL-Plan: der digitale Zwilling von Halle" in html
    assert "Fahrgastzählung" not in html
    assert f'href="/de/projektraum-halle-neustadt/?field={economy.pk}" aria-current="true"' in html
    for junk in ["abc", "999999", "1%00", "-1"]:
        assert client.get(f"/de/projektraum-halle-neustadt/?field={junk}").status_code == 404


def test_search_page_switches_language_with_query(seeded_site, client):
    html = client.get("/de/search/", {"q": "Mobilität & Bildung"}).content.decode()
    assert 'href="/en/search/?q=Mobilit%C3%A4t+%26+Bildung"' in html
