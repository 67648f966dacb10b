"""The legal and public-sector pages: Impressum, Datenschutz, Erklärung zur Barrierefreiheit with
its feedback form, Leichte Sprache; linked from every page in both languages."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.utils import translation
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Page

from smartcity.models import AccessibilityFormField, AccessibilityStatementPage, StandardPage
from smartcity.seed.builder import Seeder
from tests.factories import AccessibilityFormFieldFactory, StandardPageFactory

pytestmark = pytest.mark.django_db

LEGAL = {
    "de": {
        "/de/impressum/": "Impressum",
        "/de/datenschutz/": "Datenschutzerklärung",
        "/de/barrierefreiheit/": "Erklärung zur Barrierefreiheit",
        "/de/leichte-sprache/": "Leichte Sprache",
        "/de/gebaerdensprache/": "Gebärdensprache",
    },
    "en": {
        "/en/legal-notice/": "Legal notice",
        "/en/privacy/": "Privacy policy",
        "/en/accessibility/": "Accessibility statement",
        "/en/easy-read/": "Easy-to-read German",
        "/en/sign-language/": "German Sign Language",
    },
}
FORM_URL = {"de": "/de/barrierefreiheit/", "en": "/en/accessibility/"}


def public_page_urls():
    urls = []
    for page in Page.objects.live().public().filter(depth__gte=2).order_by("path"):
        for code in ("de", "en"):
            with translation.override(code):
                urls.append(page.get_url())
    return urls


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def statement():
    return AccessibilityStatementPage.objects.get()


# --- seeding --------------------------------------------------------------------------------


def test_seed_creates_the_four_legal_pages_once(seeded_site):
    home = seeded_site
    # (the open data page, also a StandardPage there, is opendata's: tests/test_opendata.py)
    standard = StandardPage.objects.child_of(home).exclude(slug_de="offene-daten")
    assert sorted(standard.values_list("slug_de", flat=True)) == [
        "datenschutz",
        "impressum",
        "leichte-sprache",
    ]
    assert sorted(standard.values_list("slug_en", flat=True)) == ["easy-read", "legal-notice", "privacy"]
    page = AccessibilityStatementPage.objects.child_of(home).get()
    assert (page.slug_de, page.slug_en) == ("barrierefreiheit", "accessibility")
    assert page.form_fields.count() == 3
    # Hidden from the main navigation: they live in the footer.
    assert not Page.objects.filter(pk__in=[p.pk for p in standard] + [page.pk], show_in_menus=True)
    before = (Page.objects.count(), AccessibilityFormField.objects.count())
    with translation.override("de"):
        assert Seeder(lambda msg: None).run() == 0
    assert (Page.objects.count(), AccessibilityFormField.objects.count()) == before


def test_seeded_legal_content_carries_the_required_facts(seeded_site, client):
    impressum = client.get("/de/impressum/").content.decode()
    assert "§ 5" in impressum and "[Bitte ergänzen" in impressum
    privacy = client.get("/en/privacy/").content.decode()
    assert "no cookies for analytics" in privacy and "loads nothing from third-party" in privacy
    assert "csrftoken" in privacy
    easy = client.get("/de/leichte-sprache/").content.decode()
    assert "Menü" in easy and "Ombuds-Stelle" in easy
    page = client.get("/de/barrierefreiheit/").content.decode()
    assert "teilweise" in page or "partially" in page  # conformance status
    assert "Date of this statement" in page or "Datum" in page
    assert "Gebärdensprache" in page  # a known gap
    assert "§ 16d BGG LSA" in page and "[Bitte ergänzen: Kontakt der Ombudsstelle" in page


# --- links on every page --------------------------------------------------------------------


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_public_page_links_all_legal_pages_in_its_language(seeded_site, client, language):
    urls = [u for u in public_page_urls() if u.startswith(f"/{language}/")]
    urls += [f"/{language}/search/?q=Halle", f"/{language}/gibt-es-nicht/"]
    assert len(urls) >= 19
    for url in urls:
        response = client.get(url)
        assert response.status_code in (200, 404), url
        footer = soup(response).find("footer", class_="site-footer")
        links = {a["href"]: a.get_text(strip=True) for a in footer.find_all("a")}
        for href, title in LEGAL[language].items():
            assert links.get(href) == title, (url, href)


@pytest.mark.parametrize("language,href", [("de", "/de/leichte-sprache/"), ("en", "/en/easy-read/")])
def test_easy_read_is_reachable_from_the_header(seeded_site, client, language, href):
    header = soup(client.get(f"/{language}/")).find("header", class_="site-header")
    assert header.find("a", href=href) is not None
    # Outside the collapsible menu, so it is visible on phones without opening anything.
    assert header.find("details").find("a", href=href) is None


def test_current_legal_page_is_marked_in_the_footer(seeded_site, client):
    footer = soup(client.get("/de/impressum/")).find("footer")
    assert footer.find("a", href="/de/impressum/")["aria-current"] == "page"
    assert not footer.find("a", href="/de/datenschutz/").has_attr("aria-current")


def test_legal_links_cost_one_query_shared_by_header_and_footer(seeded_site, rf, django_assert_num_queries):
    from wagtail.models import Site

    from smartcity.templatetags.navigation import legal_pages

    request = rf.get("/en/")
    request._wagtail_site = Site.objects.select_related("root_page").get(is_default_site=True)
    with translation.override("en"):
        seeded_site.get_url(request)  # as when serving a page: the site root paths are cached
    with translation.override("en"), django_assert_num_queries(1):
        first = legal_pages({"request": request})
        second = legal_pages({"request": request})
    assert first is second
    # The four legal pages, then the open data page, which the footer lists with them.
    assert [item["url"] for item in first["items"]] == [*LEGAL["en"], "/en/open-data/"]


def test_legal_links_survive_a_missing_page(seeded_site, client):
    StandardPage.objects.get(slug_de="impressum").unpublish()
    response = client.get("/de/datenschutz/")
    footer = soup(response).find("footer")
    assert footer.find("a", href="/de/impressum/") is None
    assert footer.find("a", href="/de/datenschutz/") is not None


# --- the feedback form ----------------------------------------------------------------------


def csrf_client_and_token(url):
    client = Client(enforce_csrf_checks=True)
    response = client.get(url)
    assert response.status_code == 200
    token = soup(response).find("input", attrs={"name": "csrfmiddlewaretoken"})["value"]
    return client, token


def test_form_page_renders_labelled_fields_and_a_hidden_honeypot(seeded_site, client):
    page = soup(client.get("/de/barrierefreiheit/"))
    form = page.find("form", class_="feedback-form")
    assert form["method"] == "post"
    assert form.find("input", attrs={"name": "csrfmiddlewaretoken"})
    message = form.find("textarea", attrs={"name": "message"})
    assert form.find("label", attrs={"for": message["id"]}).get_text().startswith("Ihre Nachricht")
    assert message["aria-describedby"] == "id_message_helptext"
    assert form.find(id="id_message_helptext")
    email = form.find("input", attrs={"name": "email"})
    assert email["type"] == "email" and email["autocomplete"] == "email"
    honeypot = form.find("input", attrs={"name": "website_url"})
    assert honeypot["tabindex"] == "-1" and honeypot["autocomplete"] == "off"
    wrapper = honeypot.find_parent("div")
    assert wrapper["aria-hidden"] == "true" and "honeypot" in wrapper["class"]


def test_form_labels_are_translated(seeded_site, client):
    form = soup(client.get("/en/accessibility/")).find("form", class_="feedback-form")
    labels = [label.get_text(" ", strip=True) for label in form.find_all("label")]
    assert labels[0].startswith("Your message")
    assert "Which page and which barrier do you mean?" in form.get_text()
    assert form["action"] == "/en/accessibility/"


@pytest.mark.parametrize("language", ["de", "en"])
def test_feedback_is_stored_and_confirmed(seeded_site, language):
    client, token = csrf_client_and_token(FORM_URL[language])
    response = client.post(
        FORM_URL[language],
        {
            "csrfmiddlewaretoken": token,
            "message": "Der Kontrast im Footer ist zu schwach.",
            "name": "Erika",
            "email": "erika@example.org",
            "website_url": "",
        },
    )
    assert response.status_code == 200
    page = soup(response)
    assert page.find("h1").get_text(strip=True) in ("Thank you for your feedback", "Vielen Dank für Ihre Rückmeldung")
    assert page.find(attrs={"role": "status"}) is not None
    submission = FormSubmission.objects.get(page=statement())
    data = submission.get_data()
    assert data["message"] == "Der Kontrast im Footer ist zu schwach."
    assert data["email"] == "erika@example.org"
    assert "website_url" not in submission.form_data


def submit_feedback(language="en", **extra):
    client, token = csrf_client_and_token(FORM_URL[language])
    data = {"csrfmiddlewaretoken": token, "message": "The menu button is hard to see.",
            "name": "Erika", "email": "erika@example.org", "website_url": "", **extra}
    return client.post(FORM_URL[language], data)


def set_feedback_address(address):
    page = statement()
    page.to_address = address
    page.save_revision().publish()


def test_feedback_is_mailed_to_the_office_with_reply_to_the_citizen(seeded_site, mailoutbox):
    set_feedback_address("barrierefreiheit@example.org, digital@example.org")
    response = submit_feedback("en")
    assert response.status_code == 200
    assert FormSubmission.objects.filter(page=statement()).count() == 1
    assert len(mailoutbox) == 1
    mail = mailoutbox[0]
    assert mail.to == ["barrierefreiheit@example.org", "digital@example.org"]
    assert mail.reply_to == ["erika@example.org"]
    assert mail.subject == "Rückmeldung zur Barrierefreiheit der Website"  # the office reads German
    assert "The menu button is hard to see." in mail.body
    assert "website_url" not in mail.body


def test_the_editor_explains_where_feedback_goes(seeded_site, client, django_user_model):
    from django.urls import reverse

    client.force_login(django_user_model.objects.create_superuser("barrierefrei", password="pw"))
    html = client.get(
        reverse("wagtailadmin_pages:edit", args=[statement().pk]), HTTP_ACCEPT_LANGUAGE="de"
    ).content.decode()
    assert "Rückmeldungen per E-Mail" in html
    assert "Rückmeldungen werden immer unter „Formulare“ gespeichert" in html
    assert 'name="to_address"' in html


def test_feedback_without_an_office_address_is_only_stored(seeded_site, mailoutbox):
    assert statement().to_address == ""
    assert submit_feedback("de").status_code == 200
    assert FormSubmission.objects.filter(page=statement()).count() == 1
    assert mailoutbox == []


def test_a_mail_server_that_is_down_loses_no_feedback(seeded_site, mailoutbox, caplog):
    from unittest import mock

    set_feedback_address("barrierefreiheit@example.org")
    with mock.patch("django.core.mail.backends.locmem.EmailBackend.send_messages",
                    side_effect=ConnectionRefusedError("no mail server")):
        response = submit_feedback("de")
    assert response.status_code == 200
    assert soup(response).find("h1").get_text(strip=True) == "Vielen Dank für Ihre Rückmeldung"
    assert FormSubmission.objects.filter(page=statement()).count() == 1
    assert "Could not mail accessibility feedback" in caplog.text


def test_spam_caught_by_the_honeypot_is_not_mailed(seeded_site, mailoutbox):
    set_feedback_address("barrierefreiheit@example.org")
    submit_feedback("en", website_url="http://spam.example")
    assert mailoutbox == [] and FormSubmission.objects.count() == 0


def test_empty_submission_is_rejected_with_errors_tied_to_fields(seeded_site):
    client, token = csrf_client_and_token("/de/barrierefreiheit/")
    response = client.post("/de/barrierefreiheit/", {"csrfmiddlewaretoken": token})
    assert response.status_code == 200
    page = soup(response)
    summary = page.find(class_="form-errors")
    assert summary["role"] == "alert"
    assert summary.find("a", href="#id_message")
    message = page.find("textarea", attrs={"name": "message"})
    assert message["aria-invalid"] == "true"
    assert "id_message_error" in message["aria-describedby"].split()
    error = page.find(id="id_message_error")
    assert error is not None and error.get_text(strip=True)
    assert FormSubmission.objects.count() == 0


def test_invalid_email_is_rejected_with_a_message(seeded_site):
    client, token = csrf_client_and_token("/en/accessibility/")
    response = client.post(
        "/en/accessibility/", {"csrfmiddlewaretoken": token, "message": "Hi", "email": "not-an-address"}
    )
    assert response.status_code == 200
    page = soup(response)
    assert page.find("input", attrs={"name": "email"})["aria-invalid"] == "true"
    assert page.find(id="id_email_error")
    assert FormSubmission.objects.count() == 0


def test_filled_honeypot_is_refused_and_nothing_is_stored(seeded_site):
    client, token = csrf_client_and_token("/en/accessibility/")
    response = client.post(
        "/en/accessibility/",
        {"csrfmiddlewaretoken": token, "message": "Buy cheap pills", "website_url": "http://spam.example"},
    )
    assert response.status_code == 200
    summary = soup(response).find(class_="form-errors")
    assert "must stay empty" in summary.get_text() or "leer bleiben" in summary.get_text()
    assert FormSubmission.objects.count() == 0


@pytest.mark.parametrize(
    "payload",
    [
        {"message": "x" * 100_000},
        {"message": ["a", "b"], "email": ["a@b.de", "c"]},
        {"message": "\x00 nul byte", "unknown": "field"},
        {"message": "ok", "email": "a@" + "b" * 300 + ".de"},
    ],
)
def test_odd_submissions_never_give_500(seeded_site, payload):
    client, token = csrf_client_and_token("/de/barrierefreiheit/")
    response = client.post("/de/barrierefreiheit/", {"csrfmiddlewaretoken": token, **payload})
    assert response.status_code == 200


def test_post_without_csrf_token_is_refused_in_the_site_language(seeded_site):
    client = Client(enforce_csrf_checks=True)
    response = client.post("/en/accessibility/", {"message": "hello"})
    assert response.status_code == 403
    page = soup(response)
    assert page.find("html")["lang"] == "en"
    assert page.find("h1").get_text(strip=True)
    assert FormSubmission.objects.count() == 0


def test_only_the_form_page_sets_the_csrf_cookie(seeded_site, client):
    assert "csrftoken" in client.get("/de/barrierefreiheit/").cookies
    fresh = Client()
    for url in ("/de/impressum/", "/en/privacy/", "/de/leichte-sprache/"):
        assert not fresh.get(url).cookies, url


# --- query counts ---------------------------------------------------------------------------


def add_blocks(page, count):
    for code in ("de", "en"):
        setattr(
            page,
            f"body_{code}",
            [("heading", {"text": f"Abschnitt {i}", "level": "h2"}) for i in range(count)]
            + [("paragraph", f"<p>Absatz {i}</p>") for i in range(count)],
        )
    page.save_revision().publish()


def test_a_new_standard_page_renders_below_another(seeded_site, client):
    parent = StandardPage.objects.get(slug_de="impressum")
    child = StandardPageFactory(parent=parent, title_de="Unterseite", title_en="Subpage")
    with translation.override("en"):
        url = child.get_url()
    assert url == "/en/legal-notice/subpage/"
    doc = soup(client.get(url))
    assert doc.find("h1").get_text(strip=True) == "Subpage"
    assert [a.get_text(strip=True) for a in doc.select(".breadcrumbs a")] == [
        "Smart City Halle (Saale)",
        "Legal notice",
        "Subpage",
    ]


def test_standard_page_query_count_is_constant(
    seeded_site, client, page_cache_off, django_assert_num_queries
):
    page = StandardPage.objects.get(slug_de="impressum")
    client.get("/de/impressum/")  # warm the per-process caches (content types, site root paths)
    with django_assert_num_queries(STANDARD_PAGE_QUERIES):
        assert client.get("/de/impressum/").status_code == 200
    add_blocks(page, 40)
    client.get("/de/impressum/")  # the change emptied the fragment caches: warm them again
    with django_assert_num_queries(STANDARD_PAGE_QUERIES):
        assert client.get("/de/impressum/").status_code == 200


def test_accessibility_page_query_count_is_constant(
    seeded_site, client, page_cache_off, django_assert_num_queries
):
    page = statement()
    client.get("/de/barrierefreiheit/")
    with django_assert_num_queries(STATEMENT_PAGE_QUERIES):
        assert client.get("/de/barrierefreiheit/").status_code == 200
    fields = AccessibilityFormFieldFactory.create_batch(10, page=page)
    with django_assert_num_queries(STATEMENT_PAGE_QUERIES):
        response = client.get("/de/barrierefreiheit/")
    assert fields[-1].label_de in response.content.decode()


# Measured on SQLite and PostgreSQL alike (renditions uncached in tests, see settings/test.py).
STANDARD_PAGE_QUERIES = 1
STATEMENT_PAGE_QUERIES = 2


# --- editing ----------------------------------------------------------------------------------


def test_editors_can_open_the_new_page_types_in_the_admin(seeded_site, client, django_user_model):
    editor = django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(editor)
    page = statement()
    response = client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    text = response.content.decode()
    # Form field labels are edited per language.
    assert 'name="form_fields-0-label_de"' in text and 'name="form_fields-0-label_en"' in text
    assert 'name="statement_date"' in text
    for standard in StandardPage.objects.all():  # seeded rich text must load into Draftail
        assert client.get(f"/admin/pages/{standard.pk}/edit/").status_code == 200, standard.slug_de
    assert client.get(f"/admin/pages/add/smartcity/standardpage/{seeded_site.pk}/").status_code == 200


@pytest.mark.parametrize("mode,expected", [("de", "Ihre Nachricht"), ("en", "Your message")])
def test_statement_preview_shows_the_form_in_either_language(seeded_site, mode, expected):
    page = statement()
    request = page.make_preview_request(preview_mode=mode)
    assert request.status_code == 200
    assert expected in request.content.decode()
