"""The open data API under /api/v1/ (docs/opendata.md), as a data user meets it: what it lists,
in which shape, how it filters and pages, how it says no, and that it is fast and never stale."""

import csv
import datetime
import io
from urllib.parse import urlencode, urlsplit
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.utils import timezone, translation
from django.utils.html import escape
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from openapi_spec_validator import validate
from wagtail.models import Page, PageViewRestriction

from fields.models import FieldOfActionIndexPage, FieldOfActionPage, PartnerIndexPage, PartnerPage
from smartcity.models import StandardPage
from smartcity.seed.builder import Seeder
from strategy.models import ProjectPage, ProjectSpacePage
from updates.models import EventIndexPage, EventPage, UpdateIndexPage, UpdatePage

from .bulk import add_children
from .factories import EventPageFactory, PartnerPageFactory, ProjectPageFactory, UpdatePageFactory

pytestmark = pytest.mark.django_db

COLLECTIONS = {
    "fields": FieldOfActionPage,
    "projects": ProjectPage,
    "partners": PartnerPage,
    "updates": UpdatePage,
    "events": EventPage,
}
LICENCE_PLACEHOLDER = (
    "[Bitte ergänzen: Datenlizenz, z. B. Datenlizenz Deutschland – Namensnennung – Version 2.0]"
)


def get_json(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, (url, response.content[:300])
    assert response["Content-Type"] == "application/json", url
    return response.json()


def items(client, collection, **query):
    """Every item of a collection, following `next` as a data user's script would."""
    url = f"/api/v1/{collection}/?" + urlencode({"limit": 100, **query})
    found = []
    while url:
        page = get_json(client, url)
        found += page["results"]
        url = page["next"]
    assert len(found) == page["count"]
    return found


def by_id(client, collection, **query):
    return {item["id"]: item for item in items(client, collection, **query)}


def publish(page):
    page.save_revision().publish()
    return page


def field(slug_de="integrierte-mobilitaet"):
    return FieldOfActionPage.objects.get(slug_de=slug_de)


def partner(slug_de="stadtwerke-halle-gruppe"):
    return PartnerPage.objects.get(slug_de=slug_de)


def new_project(**kwargs):
    return publish(ProjectPageFactory(parent=ProjectSpacePage.objects.get(), **kwargs))


# --- what the API offers ------------------------------------------------------------------------


def test_the_root_lists_the_collections_and_the_licence_placeholder(seeded_site, client):
    root = get_json(client, "/api/v1/")
    assert root["licence"] == {"name": LICENCE_PLACEHOLDER, "url": None}
    assert set(root["collections"]) == set(COLLECTIONS)
    for name, collection in root["collections"].items():
        assert collection["url"] == f"http://testserver/api/v1/{name}/"
        assert {"de", "en"} == set(collection["title"])
        assert get_json(client, collection["url"])["count"] > 0, name
    assert root["collections"]["projects"]["parameters"] == ["field", "status", "since", "limit", "offset"]
    assert client.get(root["downloads"]["projects_csv"]).status_code == 200
    assert client.get(root["openapi"]).status_code == 200
    # Umlauts as they are, not as \u00e4 escapes.
    assert "Bitte ergänzen".encode() in client.get("/api/v1/").content


def test_each_collection_lists_exactly_the_live_public_pages(seeded_site, client):
    for name, model in COLLECTIONS.items():
        expected = set(model.objects.live().public().values_list("pk", flat=True))
        assert set(by_id(client, name)) == expected, name
    draft = ProjectPageFactory(parent=ProjectSpacePage.objects.get(), live=False, title_de="Entwurf")
    unpublished = new_project(title_de="Zurückgezogen")
    unpublished.unpublish()
    hidden = publish(PartnerPageFactory(parent=PartnerIndexPage.objects.get(), title_de="Intern"))
    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.LOGIN)
    visible = new_project(title_de="Öffentlich")
    visible.partners.set([hidden, partner()])
    publish(visible)

    projects = by_id(client, "projects")
    assert visible.pk in projects
    assert draft.pk not in projects and unpublished.pk not in projects
    assert hidden.pk not in by_id(client, "partners")
    # A relation to a page visitors cannot see is not given either.
    assert projects[visible.pk]["partners"] == [partner().pk]
    assert b"Entwurf" not in client.get("/api/v1/projects.csv").content


def test_items_are_bilingual_with_their_addresses_in_both_languages(seeded_site, client):
    economy = by_id(client, "fields")[field("smarte-wirtschaft").pk]
    assert economy["title"] == {"de": "Smarte Wirtschaft", "en": "Smart Economy"}
    assert economy["url"] == {
        "de": "http://testserver/de/handlungsfelder/smarte-wirtschaft/",
        "en": "http://testserver/en/fields-of-action/smart-economy/",
    }
    assert set(economy["intro"]) == {"de", "en"} and economy["intro"]["de"]
    assert "body" not in economy  # bodies are on the page the url leads to
    for collection in COLLECTIONS:
        item = items(client, collection)[0]
        for language in ("de", "en"):
            page = client.get(urlsplit(item["url"][language]).path)
            assert page.status_code == 200, (collection, item["url"])
            assert escape(item["title"][language]) in page.content.decode(), (collection, language)


def test_an_empty_english_text_is_null_not_a_copy_of_the_german(seeded_site, client):
    project = new_project(summary_de="Nur auf Deutsch", summary_en="")
    assert by_id(client, "projects")[project.pk]["summary"] == {"de": "Nur auf Deutsch", "en": None}


def test_dates_are_iso_8601_with_halles_offset(seeded_site, client):
    index = EventIndexPage.objects.get()
    berlin = timezone.get_default_timezone()
    winter = publish(EventPageFactory(
        parent=index, start=datetime.datetime(2027, 1, 15, 18, tzinfo=berlin), end=None,
    ))
    summer = publish(EventPageFactory(
        parent=index,
        start=datetime.datetime(2027, 7, 15, 18, tzinfo=berlin),
        end=datetime.datetime(2027, 7, 15, 20, 30, tzinfo=berlin),
    ))
    events = by_id(client, "events")
    assert (events[winter.pk]["start"], events[winter.pk]["end"]) == ("2027-01-15T18:00:00+01:00", None)
    assert events[summer.pk]["end"] == "2027-07-15T20:30:00+02:00"
    published_at = datetime.datetime.fromisoformat(events[summer.pk]["last_published_at"])
    assert published_at.utcoffset() in (datetime.timedelta(hours=1), datetime.timedelta(hours=2))
    assert abs(published_at - timezone.now()) < datetime.timedelta(minutes=5)
    update = publish(UpdatePageFactory(parent=UpdateIndexPage.objects.get(), date=datetime.date(2026, 3, 1)))
    assert by_id(client, "updates")[update.pk]["date"] == "2026-03-01"


def test_projects_partners_and_updates_name_their_relations_by_id(seeded_site, client):
    mobility, stadtwerke = field(), partner()
    project = new_project(status="running", field_of_action=mobility)
    project.partners.set([stadtwerke])
    publish(project)
    update = UpdatePageFactory(parent=UpdateIndexPage.objects.get())
    update.fields_of_action.set([mobility])
    update.projects.set([project])
    publish(update)

    item = by_id(client, "projects")[project.pk]
    assert item["status"] == {"code": "running", "label": {"de": "Laufend", "en": "Running"}}
    assert (item["field_of_action"], item["partners"]) == (mobility.pk, [stadtwerke.pk])
    assert mobility.pk in by_id(client, "partners")[stadtwerke.pk]["fields_of_action"]
    news = by_id(client, "updates")[update.pk]
    assert (news["fields_of_action"], news["projects"]) == ([mobility.pk], [project.pk])
    lonely = new_project(field_of_action=None)
    assert by_id(client, "projects")[lonely.pk]["field_of_action"] is None


# --- filters and pages --------------------------------------------------------------------------


def test_field_status_and_since_filter_the_lists(seeded_site, client):
    mobility = field()
    news = UpdatePageFactory(parent=UpdateIndexPage.objects.get())
    news.fields_of_action.set([mobility])
    publish(news)
    for collection, lookup in [("projects", "field_of_action"), ("partners", "fields_of_action"),
                               ("updates", "fields_of_action")]:
        model = COLLECTIONS[collection]
        expected = set(model.objects.live().public().filter(**{lookup: mobility}).values_list("pk", flat=True))
        assert expected, collection
        assert set(by_id(client, collection, field=mobility.pk)) == expected, collection

    running = new_project(status="running", field_of_action=mobility)
    found = by_id(client, "projects", status="running", field=mobility.pk)
    assert running.pk in found and {item["status"]["code"] for item in found.values()} == {"running"}

    cutoff = timezone.localtime()
    old_field = field("smarte-wirtschaft")
    fresh = new_project(title_de="Frisch veröffentlicht")
    publish(old_field)  # published again: it counts as new
    since = cutoff.isoformat()
    assert set(by_id(client, "projects", since=since)) == {fresh.pk}
    assert set(by_id(client, "fields", since=since)) == {old_field.pk}
    assert by_id(client, "partners", since=since) == {}
    # A date is midnight in Halle; a "+" sent unencoded arrives as a space and is understood.
    tomorrow = (cutoff + datetime.timedelta(days=1)).date().isoformat()
    assert by_id(client, "projects", since=tomorrow) == {}
    raw = cutoff.replace(microsecond=0) - datetime.timedelta(seconds=1)
    assert fresh.pk in by_id_raw(client, f"/api/v1/projects/?since={raw.isoformat()}")
    assert fresh.pk in by_id_raw(client, f"/api/v1/projects/?since={raw.astimezone(datetime.UTC):%Y-%m-%dT%H:%M:%SZ}")


def by_id_raw(client, url):
    return {item["id"]: item for item in get_json(client, url)["results"]}


def test_since_on_events_means_not_ended_by_then(seeded_site, client):
    index = EventIndexPage.objects.get()
    berlin = timezone.get_default_timezone()
    at = datetime.datetime(2030, 6, 1, 12, tzinfo=berlin)
    ended = publish(EventPageFactory(parent=index, start=at - datetime.timedelta(days=1),
                                     end=at - datetime.timedelta(hours=20)))
    running = publish(EventPageFactory(parent=index, start=at - datetime.timedelta(hours=1),
                                       end=at + datetime.timedelta(hours=1)))
    coming = publish(EventPageFactory(parent=index, start=at + datetime.timedelta(days=3), end=None))
    started_open = publish(EventPageFactory(parent=index, start=at - datetime.timedelta(hours=1), end=None))
    found = by_id(client, "events", since="2030-06-01T12:00:00+02:00")
    assert running.pk in found and coming.pk in found
    assert ended.pk not in found and started_open.pk not in found


def test_limit_and_offset_page_through_a_list(seeded_site, client):
    everything = items(client, "events")
    first = get_json(client, "/api/v1/events/?limit=1")
    assert first["count"] == len(everything) >= 2
    assert first["previous"] is None and [r["id"] for r in first["results"]] == [everything[0]["id"]]
    second = get_json(client, first["next"])
    assert [r["id"] for r in second["results"]] == [everything[1]["id"]]
    assert get_json(client, second["previous"])["results"] == first["results"]
    assert len(get_json(client, "/api/v1/events/")["results"]) == min(20, len(everything))
    beyond = client.get(f"/api/v1/events/?offset={len(everything) + 5}")
    assert beyond.json()["results"] == [] and beyond["X-Page-Cache"] == "pass"  # not stored


# --- saying no ------------------------------------------------------------------------------------


BAD = [
    ("/api/v1/projects/?feild=3", "feild"),
    ("/api/v1/projects/?format=xml", "format"),
    ("/api/v1/projects/?utm_source=newsletter", "utm_source"),
    ("/api/v1/projects/?limit=101", "limit"),
    ("/api/v1/projects/?limit=abc", "limit"),
    ("/api/v1/projects/?limit=0", "limit"),
    ("/api/v1/projects/?limit=07", "limit"),
    ("/api/v1/projects/?limit=10&limit=20", "limit"),
    ("/api/v1/projects/?offset=-1", "offset"),
    ("/api/v1/projects/?status=finished", "status"),
    ("/api/v1/projects/?field=abc", "field"),
    ("/api/v1/projects/?field=999999", "field"),
    ("/api/v1/projects/?field={partner}", "field"),
    ("/api/v1/projects/?since=yesterday", "since"),
    ("/api/v1/projects/?since=2026-02-30", "since"),
    ("/api/v1/projects/?since=0001-01-01", "since"),
    ("/api/v1/fields/?status=running", "status"),
    ("/api/v1/events/?field=1", "field"),
    ("/api/v1/?limit=5", "limit"),
    ("/api/v1/projects.csv?status=running", "status"),
    ("/api/v1/openapi.json?format=yaml", "format"),
]


def test_a_wrong_parameter_is_a_400_that_names_it_even_when_the_list_is_cached(seeded_site, client):
    urls = ["/api/v1/", "/api/v1/projects/", "/api/v1/fields/", "/api/v1/events/",
            "/api/v1/projects.csv", "/api/v1/openapi.json"]
    for url in urls:  # each stored in the page cache: a 400 must not come from there
        client.get(url)
        assert client.get(url)["X-Page-Cache"] == "hit", url
    for url, parameter in BAD:
        url = url.format(partner=partner().pk)
        response = client.get(url)
        assert response.status_code == 400, url
        assert response["Content-Type"] == "application/json", url
        body = response.json()
        assert body["parameter"] == parameter, url
        assert body["error"] and body["error_de"] and body["error"] != body["error_de"]
        assert not response.cookies
    assert "feild" in client.get("/api/v1/projects/?feild=3").json()["error"]
    # An empty value is no filter, as on the site's own lists.
    assert get_json(client, "/api/v1/projects/?field=&status=")["count"] == ProjectPage.objects.live().public().count()


def test_any_query_string_gets_an_answer_never_a_server_error(seeded_site, settings):
    settings.DEBUG_PROPAGATE_EXCEPTIONS = False
    client = Client(raise_request_exception=False)
    paths = ["/api/v1/", "/api/v1/projects/", "/api/v1/updates/", "/api/v1/events/", "/api/v1/projects.csv"]
    names = ["field", "status", "since", "limit", "offset", "x"]
    values = st.one_of(
        st.text(max_size=30),
        st.integers(min_value=-10, max_value=10**12).map(str),
        st.datetimes(timezones=st.none()).map(lambda d: d.isoformat()),
        st.sampled_from(["2026-01-01T00:00:00+01:00", "9999-12-31T23:59:59-12:00", "running", "1e3", "٣"]),
    )
    failures = []

    @hypothesis_settings(max_examples=150, derandomize=True, database=None, deadline=None,
                         suppress_health_check=list(HealthCheck))
    @given(st.sampled_from(paths), st.lists(st.tuples(st.sampled_from(names), values), max_size=3))
    def one_request(path, query):
        response = client.get(path + "?" + urlencode(query))
        if response.status_code not in (200, 400):
            failures.append((path, query, response.status_code))

    one_request()
    assert not failures, failures[:5]


def test_unknown_addresses_and_methods_answer_in_json(seeded_site, client):
    assert get_json(client, "/api/v1/nothing-here", status=404)["error"] == "Not found."
    assert get_json(client, "/api/v2/", status=404)["error_de"] == "Nicht gefunden."
    assert client.get("/api/v1/projects")["Location"] == "/api/v1/projects/"
    assert get_json(client, "/api/v1/projects/", status=200)
    posted = client.post("/api/v1/projects/")
    assert posted.status_code == 405 and posted.json()["error_de"].startswith("Nur GET")
    assert client.head("/api/v1/projects/").status_code == 200


# --- downloads and description --------------------------------------------------------------------


def test_projects_csv_opens_in_a_spreadsheet(seeded_site, client):
    mobility = field()
    project = new_project(title_de="Straßenbahn für Grünau, „smart“", title_en="Tram; smart",
                          field_of_action=mobility, status="completed")
    project.partners.set([partner(), partner("havag")])
    publish(project)
    response = client.get("/api/v1/projects.csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response.content.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert list(rows[0]) == ["id", "title_de", "title_en", "status", "field_of_action_id", "field_of_action_de",
                             "partners", "url_de", "url_en", "last_published_at"]
    assert {int(row["id"]) for row in rows} == set(ProjectPage.objects.live().public().values_list("pk", flat=True))
    row = next(row for row in rows if row["id"] == str(project.pk))
    assert row["title_de"] == "Straßenbahn für Grünau, „smart“" and row["title_en"] == "Tram; smart"
    assert (row["status"], row["field_of_action_id"], row["field_of_action_de"]) == (
        "completed", str(mobility.pk), mobility.title_de)
    assert row["partners"] == f"{partner().pk};{partner('havag').pk}"
    api = by_id(client, "projects")[project.pk]
    assert (row["url_de"], row["url_en"], row["last_published_at"]) == (
        api["url"]["de"], api["url"]["en"], api["last_published_at"])


def test_the_openapi_document_is_valid_and_every_path_in_it_answers(seeded_site, client):
    response = client.get("/api/v1/openapi.json")
    assert response["Content-Type"] == "application/json"
    schema = response.json()
    validate(schema)
    assert schema["info"]["license"]["name"] == LICENCE_PLACEHOLDER
    examples = {"field": field().pk, "status": "running", "since": "2026-01-01", "limit": 5, "offset": 0}
    root = get_json(client, "/api/v1/")
    documented = {}
    for path, operations in schema["paths"].items():
        parameters = [p["name"] for p in operations["get"].get("parameters", [])]
        documented[path] = set(parameters)
        assert client.get(path).status_code == 200, path
        if parameters:
            url = path + "?" + urlencode({name: examples[name] for name in parameters})
            assert client.get(url).status_code == 200, url
    # Every path and every parameter the API accepts is described.
    expected = {c["url"].removeprefix("http://testserver"): set(c["parameters"])
                for c in root["collections"].values()}
    expected.update({"/api/v1/": set(), "/api/v1/projects.csv": set()})
    assert documented == expected


# --- the web's rules: CORS, cookies, caching, queries ---------------------------------------------


def test_other_sites_may_read_the_api_without_cookies(seeded_site, client):
    for url in ["/api/v1/", "/api/v1/projects/", "/api/v1/projects.csv", "/api/v1/openapi.json",
                "/api/v1/projects/?limit=500"]:
        response = client.get(url, HTTP_ORIGIN="https://example.org")
        assert response["Access-Control-Allow-Origin"] == "*", url
        assert not response.has_header("Access-Control-Allow-Credentials")
        assert not response.cookies, url
    preflight = client.options("/api/v1/projects/", HTTP_ORIGIN="https://example.org",
                               HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
                               HTTP_ACCESS_CONTROL_REQUEST_HEADERS="If-None-Match")
    assert preflight.status_code == 204
    assert preflight["Access-Control-Allow-Methods"] == "GET, HEAD, OPTIONS"
    assert "If-None-Match" in preflight["Access-Control-Allow-Headers"]
    assert "Access-Control-Allow-Origin" not in client.get("/de/")  # the site itself: unchanged


def test_answers_are_cached_like_pages_and_fresh_after_a_publish(seeded_site, client):
    mobility = field()
    for url in ["/api/v1/projects/", f"/api/v1/projects/?field={mobility.pk}&status=preparation&limit=5",
                "/api/v1/fields/", "/api/v1/projects.csv"]:
        first, second = client.get(url), client.get(url)
        assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit"), url
        assert first.content == second.content
    assert client.get("/api/v1/fields/?limit=2")["X-Page-Cache"] == "miss"  # its own entry
    mobility.title_de, mobility.title_en = "Mobilität für alle", "Mobility for everyone"
    publish(mobility)
    fresh = client.get("/api/v1/fields/")
    assert fresh["X-Page-Cache"] == "miss"
    assert {"de": "Mobilität für alle", "en": "Mobility for everyone"} in [i["title"] for i in fresh.json()["results"]]
    assert "Mobilität für alle" in client.get("/api/v1/projects.csv").content.decode("utf-8-sig")


# url -> queries when rendered (page cache off), whatever the number of items
PINNED = {
    "/api/v1/": 0,
    "/api/v1/fields/?limit=100": 2,
    "/api/v1/projects/?limit=100": 4,
    "/api/v1/projects/?limit=100&field={mobility}&status=preparation&since=2020-01-01": 4,
    "/api/v1/partners/?limit=100": 3,
    "/api/v1/partners/?limit=100&field={mobility}": 4,
    "/api/v1/updates/?limit=100": 4,
    "/api/v1/updates/?limit=100&field={mobility}": 5,
    "/api/v1/events/?limit=100&since=2020-01-01": 2,
    "/api/v1/projects.csv": 3,
    "/api/v1/openapi.json": 0,
}


def add_items(count):
    mobility, stadtwerke = field(), partner()
    projects = add_children(
        ProjectSpacePage.objects.get(), ProjectPage, count,
        fields=lambda n: {"field_of_action": mobility, "status": "preparation"},
        relations={"partners": [stadtwerke, partner("havag")]},
    )
    add_children(FieldOfActionIndexPage.objects.get(), FieldOfActionPage, count)
    add_children(PartnerIndexPage.objects.get(), PartnerPage, count, relations={"fields_of_action": [mobility]})
    add_children(
        UpdateIndexPage.objects.get(), UpdatePage, count,
        fields=lambda n: {"date": datetime.date(2026, 1, 1)},
        relations={"fields_of_action": [mobility], "projects": projects[:2]},
    )
    start = timezone.now() + datetime.timedelta(days=1)
    add_children(EventIndexPage.objects.get(), EventPage, count, fields=lambda n: {"start": start})


def test_queries_per_answer_are_constant_whatever_the_number_of_items(
    seeded_site, client, page_cache_off, django_assert_num_queries
):
    urls = {key: key.format(mobility=field().pk) for key in PINNED}
    for url in urls.values():
        client.get(url)  # what a running site keeps warm: view restrictions, site root paths
    for count in (5, 60):
        add_items(count)
        for key, url in urls.items():
            with django_assert_num_queries(PINNED[key]):
                response = client.get(url)
            assert response.status_code == 200, url
            assert response["X-Page-Cache"] == "off"
    assert get_json(client, "/api/v1/projects/?limit=100")["count"] > 65


# --- the "Open Data" page that explains all this to people -----------------------------------------

OPEN_DATA_PAGE = {"de": "/de/offene-daten/", "en": "/en/open-data/"}
OPEN_DATA_TITLE = {"de": "Offene Daten", "en": "Open Data"}


def html(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content.decode(), "html.parser")


def example_links(client, language):
    main = html(client, OPEN_DATA_PAGE[language]).find("main")
    return [a["href"] for a in main.find_all("a")]


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_open_data_page_explains_the_api_in_each_language(seeded_site, client, language):
    doc = html(client, OPEN_DATA_PAGE[language])
    assert doc.html["lang"] == language
    assert doc.find("h1").get_text(strip=True) == OPEN_DATA_TITLE[language]
    other = "en" if language == "de" else "de"
    counterpart = doc.find("link", rel="alternate", hreflang=other)["href"]
    assert urlsplit(counterpart).path == OPEN_DATA_PAGE[other]
    main = doc.find("main")
    text = main.get_text(" ", strip=True)
    links = example_links(client, language)
    for address in [
        "/api/v1/",
        "/api/v1/projects/?status=running",
        "/api/v1/updates/?since=2026-01-01",
        "/api/v1/projects/?limit=5&offset=5",
        "/api/v1/projects.csv",
        "/api/v1/openapi.json",
    ]:
        assert address in links, address
        assert main.find("a", href=address).get_text() == address  # the address is what it shows
    field_link = next(href for href in links if "?field=" in href)
    field_id = int(field_link.rsplit("=", 1)[1])
    assert FieldOfActionPage.objects.live().public().filter(pk=field_id).exists()
    feed, calendar = {
        "de": ("/de/aktuelles/feed/", "/de/veranstaltungen/calendar/"),
        "en": ("/en/news/feed/", "/en/events/calendar/"),
    }[language]
    assert feed in links and calendar in links
    # The licence is a visible placeholder until the city chooses one, never an invented choice.
    assert {"de": "[Bitte ergänzen: Datenlizenz", "en": "[Please add: data licence"}[language] in text
    assert "Datenlizenz Deutschland – Namensnennung – Version 2.0]" in text
    assert "400" in text and "CORS" in text and "JSON" in text
    assert '{"de": "…", "en": "…"}' in text


def test_every_example_on_the_open_data_page_answers(seeded_site, client):
    for language in ("de", "en"):
        for href in example_links(client, language):
            assert href.startswith("/"), href  # on this site, in each language its own
            response = client.get(href)
            assert response.status_code == 200, href
            if href.startswith("/api/v1/") and not href.endswith(".csv"):
                assert response["Content-Type"] == "application/json", href


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_open_data_page_is_linked_from_every_footer(seeded_site, client, language):
    for url in (f"/{language}/", OPEN_DATA_PAGE[language], f"/{language}/gibt-es-nicht/"):
        response = client.get(url)
        footer = BeautifulSoup(response.content.decode(), "html.parser").find("footer", class_="site-footer")
        link = footer.find("a", href=OPEN_DATA_PAGE[language])
        assert link is not None and link.get_text(strip=True) == OPEN_DATA_TITLE[language], url
    # Not in the main menu: that is for the programme; the footer is where data users look.
    menu = html(client, f"/{language}/").find("nav", class_="site-nav")
    assert menu.find("a", href=OPEN_DATA_PAGE[language]) is None


def test_the_open_data_page_is_in_the_sitemap(seeded_site, client):
    sitemap = ElementTree.fromstring(client.get("/sitemap.xml").content)
    locations = {
        urlsplit(loc.text).path for loc in sitemap.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")
    }
    assert set(OPEN_DATA_PAGE.values()) <= locations


def test_seeding_again_keeps_what_editors_changed_on_the_open_data_page(seeded_site, client):
    page = StandardPage.objects.child_of(seeded_site).get(slug_de="offene-daten")
    page.intro_en = "Edited by the city"
    page.body_de = [("paragraph", "<p>Von der Redaktion geschrieben.</p>")]
    page.save_revision().publish()
    pages = Page.objects.count()
    with translation.override("de"):
        assert Seeder(lambda msg: None).run() == 0
    assert Page.objects.count() == pages
    page = StandardPage.objects.get(pk=page.pk)
    assert page.intro_en == "Edited by the city"
    assert [block.block_type for block in page.body_de] == ["paragraph"]
    assert "Von der Redaktion geschrieben." in client.get(OPEN_DATA_PAGE["de"]).content.decode()


def test_a_deleted_open_data_page_comes_back_with_the_next_seed(seeded_site, client):
    StandardPage.objects.get(slug_de="offene-daten").delete()
    assert client.get(OPEN_DATA_PAGE["de"]).status_code == 404
    with translation.override("de"):
        assert Seeder(lambda msg: None).run() == 1
    assert html(client, OPEN_DATA_PAGE["en"]).find("main").find("a", href="/api/v1/projects.csv")
