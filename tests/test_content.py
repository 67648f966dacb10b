"""What a citizen should find on the seeded site, in German and in English."""

import pytest

pytestmark = pytest.mark.django_db


def text(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_all_four_fields_of_action_in_both_languages(seeded_site, client):
    de = text(client, "/de/handlungsfelder/")
    en = text(client, "/en/fields-of-action/")
    for title in ["Smarte Wirtschaft", "Smarte Bildung", "Integrierte Mobilität", "Vernetzte Verwaltung"]:
        assert title in de
    for title in ["Smart Economy", "Smart Education", "Integrated Mobility", "Connected Administration"]:
        assert title in en
    assert "Maßnahme Smart HaNeu" in text(client, "/de/handlungsfelder/smarte-bildung/")
    assert "Measure: Smart HaNeu" in text(client, "/en/fields-of-action/smart-education/")


def test_partners_and_their_fields_on_both_sides(seeded_site, client):
    stadtwerke = text(client, "/de/partner/stadtwerke-halle-gruppe/")
    assert "Integrierte Mobilität" in stadtwerke and "Smarte Bildung" in stadtwerke
    assert "Smarte Wirtschaft" not in stadtwerke
    ffy = text(client, "/en/partners/form-follows-you/")
    assert "Smart Economy" in ffy and "Integrated Mobility" not in ffy
    assert "Stadtwerke Halle-Gruppe" in text(client, "/de/handlungsfelder/integrierte-mobilitaet/")
    assert "Stadtwerke Halle-Gruppe" in text(client, "/en/fields-of-action/smart-education/")
    assert "Form Follows You" in text(client, "/en/fields-of-action/smart-economy/")
    assert "Form Follows You" not in text(client, "/de/handlungsfelder/integrierte-mobilitaet/")


def test_project_space_lists_its_projects(seeded_site, client):
    de = text(client, "/de/projektraum-halle-neustadt/")
    assert de.count('class="card ') + de.count('class="card"') >= 9
    assert "Fahrgastzählung und Auslastungsprognose in Bus und Bahn" in de
    en = text(client, "/en/project-space-halle-neustadt/")
    assert "HAL-Plan: Halle&#x27;s digital twin" in en or "HAL-Plan: Halle's digital twin" in en
    # Projects show on their field of action as well.
    assert "Bildungszentrum Halle-Neustadt" in text(client, "/de/handlungsfelder/smarte-bildung/")


def test_strategy_themes_and_spatial_starting_points(seeded_site, client):
    de = text(client, "/de/strategie/")
    for theme in ["Leistungsfähige Wirtschaft", "Smarte Mobilität", "Nachhaltige Bildung", "Agile Verwaltung"]:
        assert theme in de
    assert "Der hallesche Osten" in de and "Halle-Neustadt" in de
    en = text(client, "/en/strategy/")
    for theme in ["A strong economy", "Smart mobility", "Sustainable education", "An agile administration"]:
        assert theme in en
    assert "The east of Halle" in en and "Halle-Neustadt" in en


@pytest.mark.parametrize("url,heading", [("/de/", "Gefördert durch"), ("/en/", "Funded by")])
def test_funded_by_bmwsb_and_kfw_with_alt_text(seeded_site, client, url, heading, settings):
    html = text(client, url)
    assert f">{heading}</h2>" in html
    if url == "/de/":
        assert 'alt="Logo des Bundesministeriums für Wohnen, Stadtentwicklung und Bauwesen (BMWSB)"' in html
        assert 'alt="Logo der KfW"' in html
    else:
        assert 'alt="Logo of the Federal Ministry for Housing, Urban Development and Building (BMWSB)"' in html
        assert 'alt="Logo of KfW"' in html


def test_footer_sponsors_on_every_page(seeded_site, client):
    for url in ["/de/strategie/", "/en/partners/", "/en/search/?q=x"]:
        html = text(client, url)
        assert 'id="footer-sponsors"' in html and "BMWSB" in html


def test_missing_facts_are_visible_placeholders(seeded_site, client):
    assert "[Bitte ergänzen:" in text(client, "/de/handlungsfelder/vernetzte-verwaltung/")
    assert "[Please add:" in text(client, "/en/fields-of-action/connected-administration/")


def footer(client, url):
    from bs4 import BeautifulSoup

    html = text(client, url)
    return BeautifulSoup(html, "html.parser").find("section", class_="site-footer__contact")


def test_footer_contact_shows_placeholders_until_the_settings_are_filled_in(seeded_site, client):
    """The city has LinkedIn and Instagram, but CONTENT.md gives no addresses: the footer says
    what is missing instead of hiding the section, in the visitor's language."""
    contact = footer(client, "/de/strategie/")
    assert contact.find("h2").get_text(strip=True) == "Kontakt"
    # The only link until the settings are filled in: the newsletter, which needs none of them.
    assert [a["href"] for a in contact.find_all("a")] == ["/de/newsletter/"]
    items = [li.get_text(" ", strip=True) for li in contact.find_all("li")]
    assert items[1].startswith("LinkedIn [Bitte ergänzen:") and items[2].startswith("Instagram [Bitte ergänzen:")
    assert "[Please add:" in footer(client, "/en/strategy/").get_text()


def test_footer_links_social_media_and_contact_once_set(site_settings, client):
    site_settings.linkedin_url = "https://www.linkedin.com/company/example"
    site_settings.instagram_url = "https://www.instagram.com/example"
    site_settings.contact_email = "smartcity@example.org"
    site_settings.save()
    for url in ("/de/", "/en/partners/", "/de/impressum/"):
        contact = footer(client, url)
        links = {a.get_text(strip=True): a["href"] for a in contact.find_all("a")}
        assert links == {
            "smartcity@example.org": "mailto:smartcity@example.org",
            "LinkedIn": "https://www.linkedin.com/company/example",
            "Instagram": "https://www.instagram.com/example",
            "Newsletter": f"/{url[1:3]}/newsletter/",
        }, url
        assert "[Bitte ergänzen" not in contact.get_text() and "[Please add" not in contact.get_text()
