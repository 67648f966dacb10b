"""News and events: listings, filters, feeds, calendar files, home and related pages, seed."""

import datetime
from zoneinfo import ZoneInfo

import feedparser
import icalendar
import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone, translation
from wagtail.models import Page

from fields.models import FieldOfActionPage
from strategy.models import HomePage, ProjectPage
from updates.models import EventIndexPage, EventPage, UpdateIndexPage, UpdatePage

from .factories import (
    EventPageFactory,
    SiteImageFactory,
    UpdatePageFactory,
)

pytestmark = pytest.mark.django_db
BERLIN = ZoneInfo("Europe/Berlin")


def publish(page):
    page.save_revision().publish()
    return page


@pytest.fixture
def update_index(seeded_site):
    return UpdateIndexPage.objects.get()


@pytest.fixture
def event_index(seeded_site):
    return EventIndexPage.objects.get()


def field(slug_de):
    return FieldOfActionPage.objects.get(slug_de=slug_de)


def add_updates(index, count, **kwargs):
    images = [SiteImageFactory() for _ in range(3)]
    today = datetime.date(2026, 1, 1)
    pages = []
    for n in range(count):
        page = UpdatePageFactory(
            parent=index, date=today + datetime.timedelta(days=n), image=images[n % 3], **kwargs
        )
        pages.append(page)
    return pages


# --- page tree -----------------------------------------------------------------------------


def test_seed_adds_news_and_events_once_with_facts_dated_and_examples_marked(seeded_site):
    """Items whose date CONTENT.md gives carry it; every other date is marked as an example."""
    from smartcity.seed.builder import Seeder
    from updates.seed import UPDATES

    counts = (UpdatePage.objects.count(), EventPage.objects.count(), Page.objects.count())
    assert counts[0] >= 3 and counts[1] >= 2
    with translation.override("de"):
        Seeder(lambda msg: None).run()
    assert (UpdatePage.objects.count(), EventPage.objects.count(), Page.objects.count()) == counts
    known = {
        "halle-ist-modellprojekt-smart-city": datetime.date(2021, 7, 15),
        "bildungszentrum-eroeffnet": datetime.date(2024, 11, 15),
        "parksensoren-in-betrieb": datetime.date(2025, 5, 28),
        "havag-fahrgastzaehlung": datetime.date(2025, 8, 20),
    }
    assert {data["slug"]["de"] for data in UPDATES} == {u.slug_de for u in UpdatePage.objects.all()}
    for update in UpdatePage.objects.all():
        if update.slug_de in known:
            assert update.date == known[update.slug_de]
            assert "[Beispieldatum]" not in update.teaser_de + update.body_de.render_as_block()
        else:
            assert "[Beispieldatum]" in update.teaser_de
            assert "[example date]" in update.teaser_en
    for event in EventPage.objects.all():
        assert "[Beispieldatum]" in event.teaser_de and "[example date]" in event.teaser_en
    tender = UpdatePage.objects.get(slug_de="ausschreibungen-smarte-bildung")
    assert list(tender.fields_of_action.all()) == [field("smarte-bildung")]
    index = UpdateIndexPage.objects.get()
    assert (index.url_path_de, index.url_path_en) == ("/startseite/aktuelles/", "/home/news/")


def test_news_and_events_live_below_the_home_page_only():
    assert HomePage in [m for m in UpdateIndexPage.allowed_parent_page_models()]
    assert UpdateIndexPage.allowed_subpage_models() == [UpdatePage]
    assert EventIndexPage.allowed_subpage_models() == [EventPage]
    assert UpdatePage.allowed_subpage_models() == []
    assert UpdateIndexPage in HomePage.allowed_subpage_models()
    assert EventIndexPage in HomePage.allowed_subpage_models()


@pytest.mark.parametrize("model", [UpdateIndexPage, UpdatePage, EventIndexPage, EventPage])
def test_every_page_type_has_editor_docs_and_bilingual_preview(model):
    from smartcity.models import BilingualPreviewMixin

    assert issubclass(model, BilingualPreviewMixin)
    assert "edited by" in model.__doc__ and "ppear" in model.__doc__
    indexed = {f.field_name for f in model.search_fields}
    assert {"title_de", "title_en"} <= indexed


@pytest.mark.parametrize("kind", ["update", "event", "update_index", "event_index"])
def test_preview_renders_each_language(update_index, event_index, kind):
    if kind == "update":
        page = UpdatePageFactory(parent=update_index, title_de="Vorschau DE", title_en="Preview EN")
    elif kind == "event":
        page = EventPageFactory(parent=event_index, title_de="Vorschau DE", title_en="Preview EN")
    else:
        page = update_index if kind == "update_index" else event_index
        page.title_de, page.title_en = "Vorschau DE", "Preview EN"
    for mode, title in (("de", "Vorschau DE"), ("en", "Preview EN")):
        response = page.make_preview_request(preview_mode=mode)
        assert response.status_code == 200
        html = response.content.decode()
        assert title in html and f'lang="{mode}"' in html


# --- update index --------------------------------------------------------------------------


def test_update_index_paginates_by_twelve_and_corrects_bad_page_numbers(update_index, client):
    UpdatePage.objects.all().delete()
    add_updates(update_index, 13)
    first = client.get("/de/aktuelles/").content.decode()
    assert first.count('class="card card--update"') == 12
    assert "Seite 1 von 2" in first or "Page 1 of 2" in first
    second = client.get("/de/aktuelles/?page=2").content.decode()
    assert second.count('class="card card--update"') == 1
    for bad in ("abc", "-1", "0", "9999", "1e9"):
        response = client.get(f"/de/aktuelles/?page={bad}")
        assert response.status_code == 200


def test_update_index_lists_newest_first_with_time_elements(update_index, client):
    UpdatePage.objects.all().delete()
    old = UpdatePageFactory(parent=update_index, date=datetime.date(2026, 2, 1))
    new = UpdatePageFactory(parent=update_index, date=datetime.date(2026, 3, 1))
    html = client.get("/de/aktuelles/").content.decode()
    assert html.index(new.title_de) < html.index(old.title_de)
    assert '<time datetime="2026-03-01">' in html
    assert html.count("<h1") == 1


def test_update_index_filters_by_field_of_action_with_plain_links(update_index, client):
    mobility = field("integrierte-mobilitaet")
    related = UpdatePageFactory(parent=update_index, title_de="Nur Mobilität")
    related.fields_of_action.set([mobility])
    publish(related)
    other = UpdatePageFactory(parent=update_index, title_de="Ohne Handlungsfeld")
    html = client.get(f"/de/aktuelles/?field={mobility.pk}").content.decode()
    assert "Nur Mobilität" in html and other.title_de not in html
    assert f'href="/de/aktuelles/?field={mobility.pk}"' in client.get("/de/aktuelles/").content.decode()
    assert client.get("/de/aktuelles/?field=999999").status_code == 404
    assert client.get("/de/aktuelles/?field=abc").status_code == 404


def test_update_page_shows_related_pages_and_english(update_index, client):
    economy = field("smarte-wirtschaft")
    update = UpdatePageFactory(
        parent=update_index, title_de="Neue Partnerin", title_en="New partner", author_line_de="Stabsstelle"
    )
    update.fields_of_action.set([economy])
    publish(update)
    html = client.get(update.get_url()).content.decode()
    assert "Neue Partnerin" in html and "Stabsstelle" in html and economy.title_de in html
    with translation.override("en"):
        url = update.get_url()
    html = client.get(url).content.decode()
    assert "New partner" in html and economy.title_en in html


# --- related updates on other pages ----------------------------------------------------------


def test_field_and_project_pages_and_home_show_related_updates(update_index, client):
    education = field("smarte-bildung")
    project = ProjectPage.objects.get(slug_de="bildungszentrum-halle-neustadt")
    update = UpdatePageFactory(
        parent=update_index, title_de="Bildung aktuell", title_en="Education news", date=timezone.localdate()
    )
    update.fields_of_action.set([education])
    update.projects.set([project])
    publish(update)
    unrelated = UpdatePageFactory(parent=update_index, title_de="Unverbunden", date=datetime.date(2020, 1, 1))

    assert "Bildung aktuell" in client.get("/de/handlungsfelder/smarte-bildung/").content.decode()
    assert "Education news" in client.get("/en/fields-of-action/smart-education/").content.decode()
    project_html = client.get(
        "/de/projektraum-halle-neustadt/bildungszentrum-halle-neustadt/"
    ).content.decode()
    assert "Bildung aktuell" in project_html and unrelated.title_de not in project_html
    assert "Bildung aktuell" not in client.get(
        "/de/handlungsfelder/smarte-wirtschaft/"
    ).content.decode()
    home = client.get("/de/").content.decode()
    assert "Bildung aktuell" in home
    assert "Education news" in client.get("/en/").content.decode()


# --- feeds ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "language,feed_path,title",
    [("de", "/de/aktuelles/feed/", "Deutsche Meldung"), ("en", "/en/news/feed/", "English update")],
)
def test_feed_is_valid_rss_with_absolute_links_that_resolve(
    update_index, client, language, feed_path, title
):
    UpdatePageFactory(
        parent=update_index,
        title_de="Deutsche Meldung",
        title_en="English update",
        author_line_de="Stabsstelle Digitalisierung",
    )
    response = client.get(feed_path)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == "rss20"
    assert feed.feed.language == language
    assert feed.feed.link.startswith("http://testserver/")
    assert title in [entry.title for entry in feed.entries]
    assert len(feed.entries) == UpdatePage.objects.live().count()
    for entry in feed.entries:
        assert entry.link.startswith(f"http://testserver/{language}/")
        assert client.get(entry.link.removeprefix("http://testserver")).status_code == 200


@pytest.mark.parametrize("path", ["/de/", "/en/", "/de/aktuelles/", "/en/news/"])
def test_pages_link_the_feed_of_their_language_from_head(update_index, client, path):
    html = client.get(path).content.decode()
    head = html.split("</head>")[0]
    feed = "/de/aktuelles/feed/" if path.startswith("/de/") else "/en/news/feed/"
    assert 'type="application/rss+xml"' in head
    assert f'href="http://testserver{feed}"' in head


def test_update_page_links_the_feed_from_head(update_index, client):
    update = UpdatePage.objects.live().first()
    head = client.get(update.get_url()).content.decode().split("</head>")[0]
    assert 'href="http://testserver/de/aktuelles/feed/"' in head


# --- events --------------------------------------------------------------------------------


def test_events_upcoming_first_and_past_in_archive(event_index, client):
    EventPage.objects.all().delete()
    now = timezone.now()
    later = EventPageFactory(parent=event_index, title_de="Später", start=now + datetime.timedelta(days=20))
    soon = EventPageFactory(parent=event_index, title_de="Bald", start=now + datetime.timedelta(days=2))
    running = EventPageFactory(
        parent=event_index,
        title_de="Läuft gerade",
        start=now - datetime.timedelta(hours=1),
        end=now + datetime.timedelta(hours=1),
    )
    old = EventPageFactory(
        parent=event_index, title_de="Vorbei", start=now - datetime.timedelta(days=30)
    )
    older = EventPageFactory(
        parent=event_index, title_de="Lange vorbei", start=now - datetime.timedelta(days=300)
    )
    html = client.get("/de/veranstaltungen/").content.decode()
    assert html.index(running.title_de) < html.index(soon.title_de) < html.index(later.title_de)
    assert old.title_de not in html
    archive = client.get("/de/veranstaltungen/archive/").content.decode()
    assert archive.index(old.title_de) < archive.index(older.title_de)
    assert soon.title_de not in archive
    assert f'datetime="{old.start.astimezone(BERLIN).isoformat()}"' in archive
    assert client.get("/en/events/archive/?page=xyz").status_code == 200
    assert "This event has already taken place" in client.get(
        old.get_url()
    ).content.decode() or "bereits stattgefunden" in client.get(old.get_url()).content.decode()


def test_event_end_must_not_precede_start(event_index):
    event = EventPage(
        title="x",
        start=timezone.now(),
        end=timezone.now() - datetime.timedelta(hours=1),
    )
    with pytest.raises(ValidationError):
        event.clean()


def parse_ics(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert "attachment" in response["Content-Disposition"]
    return icalendar.Calendar.from_ical(response.content)


def test_event_ics_keeps_berlin_times_across_daylight_saving_change(event_index, client):
    event = EventPageFactory(
        parent=event_index,
        title_de="Herbstwerkstatt",
        title_en="Autumn workshop",
        start=datetime.datetime(2026, 10, 24, 10, 0, tzinfo=BERLIN),  # CEST, UTC+2
        end=datetime.datetime(2026, 10, 26, 16, 0, tzinfo=BERLIN),  # CET, UTC+1
    )
    response = client.get(event.get_url() + "calendar/")
    raw = response.content.decode()
    assert "DTSTART;TZID=Europe/Berlin:20261024T100000" in raw
    assert "DTEND;TZID=Europe/Berlin:20261026T160000" in raw
    calendar = parse_ics(response)
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Berlin"]
    (vevent,) = calendar.walk("VEVENT")
    start, end = vevent.decoded("DTSTART"), vevent.decoded("DTEND")
    assert start.utcoffset() == datetime.timedelta(hours=2)
    assert end.utcoffset() == datetime.timedelta(hours=1)
    assert start.astimezone(datetime.timezone.utc) == datetime.datetime(
        2026, 10, 24, 8, 0, tzinfo=datetime.timezone.utc
    )
    assert end.astimezone(datetime.timezone.utc) == datetime.datetime(
        2026, 10, 26, 15, 0, tzinfo=datetime.timezone.utc
    )
    assert vevent["SUMMARY"] == "Herbstwerkstatt"
    assert vevent["UID"] and vevent["DTSTAMP"]
    assert str(vevent["URL"]).startswith("http://testserver/de/veranstaltungen/")
    # The English page gives the English title.
    with translation.override("en"):
        en_url = event.get_url()
    (vevent,) = parse_ics(client.get(en_url + "calendar/")).walk("VEVENT")
    assert vevent["SUMMARY"] == "Autumn workshop"


def test_upcoming_events_feed_is_one_ics_with_only_upcoming_events(event_index, client):
    EventPage.objects.all().delete()
    now = timezone.now()
    coming = [
        EventPageFactory(parent=event_index, start=now + datetime.timedelta(days=d))
        for d in (1, 40, 200)
    ]
    EventPageFactory(parent=event_index, title_de="Vorbei", start=now - datetime.timedelta(days=3))
    calendar = parse_ics(client.get("/de/veranstaltungen/calendar/"))
    events = calendar.walk("VEVENT")
    assert [str(e["SUMMARY"]) for e in events] == [p.title_de for p in coming]
    assert len({str(e["UID"]) for e in events}) == 3
    for vevent, page in zip(events, coming, strict=True):
        assert vevent.decoded("DTSTART") == page.start.replace(microsecond=0)
        assert vevent.decoded("DTSTART").tzinfo is not None
    assert calendar.walk("VTIMEZONE")
    assert client.get("/en/events/calendar/").status_code == 200


def test_event_page_shows_time_elements_and_calendar_link(event_index, client):
    event = EventPageFactory(
        parent=event_index,
        start=datetime.datetime(2027, 6, 1, 18, 0, tzinfo=BERLIN),
        end=datetime.datetime(2027, 6, 1, 20, 0, tzinfo=BERLIN),
        registration_url="https://example.org/anmeldung",
    )
    html = client.get(event.get_url()).content.decode()
    assert '<time datetime="2027-06-01T18:00:00+02:00">' in html
    assert 'href="https://example.org/anmeldung"' in html
    assert f'href="{event.get_url()}calendar/"' in html
    assert html.count("<h1") == 1


def test_empty_listings_say_so(update_index, event_index, client):
    UpdatePage.objects.all().delete()
    EventPage.objects.all().delete()
    with translation.override("en"):
        assert "There are no updates yet." in client.get("/en/news/").content.decode()
        assert "There are no upcoming events" in client.get("/en/events/").content.decode()
        assert "There are no past events." in client.get("/en/events/archive/").content.decode()
