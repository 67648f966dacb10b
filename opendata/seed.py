"""The "Offene Daten" / "Open Data" page: what the API under /api/v1/ offers, with examples that
work on this site, in both languages (docs/opendata.md is the developers' version).

A StandardPage below the home page, hidden from the main menu and linked from the footer (by its
German slug, smartcity/templatetags/navigation.py). The examples are built from what exists when
the page is seeded: the id of a real field of action, the addresses of the news feed and of the
events calendar. Idempotent like every seed: an existing page is left as the editors made it."""

from django.utils import translation
from django.utils.html import escape

from fields.models import FieldOfActionPage
from smartcity.models import StandardPage
from smartcity.seed.core import LANGUAGES, tr
from strategy.models import ProjectPage
from updates.models import EventIndexPage, UpdateIndexPage

from .base import LICENCE

OPEN_DATA = {
    "title": {"de": "Offene Daten", "en": "Open Data"},
    "slug": {"de": "offene-daten", "en": "open-data"},
    "intro": {
        "de": "Was diese Website veröffentlicht, gibt es auch als offene Daten: maschinenlesbar, "
        "in Deutsch und Englisch, ohne Anmeldung. So können Redaktionen, Initiativen und andere "
        "Websites die Inhalte des Modellprojekts weiterverwenden.",
        "en": "What this website publishes is also available as open data: machine-readable, in "
        "German and English, without signing up. Newsrooms, civic groups and other websites can "
        "reuse the content of the model project.",
    },
}

# Until the city has chosen a licence, opendata.base.LICENCE is a placeholder; the page says so
# in each language instead of naming a licence nobody chose.
LICENCE_PLACEHOLDER = {
    "de": LICENCE["name"],
    "en": "[Please add: data licence, e.g. Datenlizenz Deutschland – Namensnennung – Version 2.0]",
}


def heading(text):
    return ("heading", {"text": text, "level": "h2"})


def para(*paragraphs):
    return ("paragraph", "".join(f"<p>{p}</p>" for p in paragraphs))


def bullets(*items):
    return ("paragraph", "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>")


def link(url, text=None):
    """A link whose text is the address itself, so readers see what to type into a script."""
    return f'<a href="{escape(url)}">{escape(text or url)}</a>'


def licence(code):
    if LICENCE["name"].startswith("["):
        return escape(LICENCE_PLACEHOLDER[code])
    return link(LICENCE["url"], LICENCE["name"]) if LICENCE["url"] else escape(LICENCE["name"])


def example_field(home):
    """A published field of action for the ?field= example: one with projects, if any has."""
    fields = FieldOfActionPage.objects.live().public().descendant_of(home).order_by("path")
    with_projects = ProjectPage.objects.live().public().filter(field_of_action__in=fields)
    return fields.filter(pk__in=with_projects.values("field_of_action")).first() or fields.first()


def subpage_urls(model, home, route):
    """{language: address} of a route of the home page's news or events overview (its feed, its
    calendar file), or None when the site has no such overview."""
    index = model.objects.child_of(home).live().first()
    if index is None:
        return None
    urls = {}
    for code in LANGUAGES:
        with translation.override(code):
            urls[code] = index.get_url_parts()[2] + index.reverse_subpage(route)
    return urls


def body(code, field, feed, calendar):
    de = code == "de"
    field_example = []
    if field is not None:
        title = escape(field.title_de if de else (field.title_en or field.title_de))
        url = f"/api/v1/projects/?field={field.pk}"
        field_example = [
            f"{link(url)} – die Projekte eines Handlungsfelds, hier „{title}“; die Nummern der "
            f"Handlungsfelder stehen unter {link('/api/v1/fields/')}"
            if de
            else f"{link(url)} – the projects of one field of action, here “{title}”; the "
            f"numbers of the fields of action are listed at {link('/api/v1/fields/')}"
        ]
    examples = [
        f"{link('/api/v1/')} – "
        + (
            "der Einstieg: alle Sammlungen mit ihren Adressen und Parametern, die Lizenz"
            if de
            else "the starting point: all collections with their addresses and parameters, the licence"
        ),
        f"{link('/api/v1/projects/?status=running')} – "
        + (
            "die laufenden Projekte; weitere Werte sind planned, preparation und completed"
            if de
            else "the running projects; the other values are planned, preparation and completed"
        ),
        *field_example,
        f"{link('/api/v1/updates/?since=2026-01-01')} – "
        + (
            "die Neuigkeiten, die seit dem 1. Januar 2026 veröffentlicht oder erneut veröffentlicht wurden"
            if de
            else "the news published, or published again, since 1 January 2026"
        ),
        f"{link('/api/v1/projects/?limit=5&offset=5')} – "
        + (
            "Blättern: limit gibt an, wie viele Einträge eine Antwort enthält (1 bis 100, ohne "
            "Angabe 20), offset, wie viele übersprungen werden; next nennt die Adresse der "
            "nächsten Seite"
            if de
            else "paging: limit sets how many items an answer holds (1 to 100, 20 if not given), "
            "offset how many are skipped; next gives the address of the following page"
        ),
        f"{link('/api/v1/projects.csv')} – "
        + (
            "alle Projekte als CSV-Datei (UTF-8) für Excel oder LibreOffice"
            if de
            else "all projects as a CSV file (UTF-8) for Excel or LibreOffice"
        ),
        f"{link('/api/v1/openapi.json')} – "
        + (
            "die Beschreibung der Schnittstelle nach OpenAPI 3, für Werkzeuge und Programmbibliotheken"
            if de
            else "the description of the API in OpenAPI 3, for tools and client libraries"
        ),
    ]
    collections = [
        (
            "/api/v1/fields/",
            "die Handlungsfelder" if de else "the fields of action",
        ),
        (
            "/api/v1/projects/",
            "die Projekte des Projektraums Halle-Neustadt"
            if de
            else "the projects of the Project Space Halle-Neustadt",
        ),
        ("/api/v1/partners/", "die Partner" if de else "the partners"),
        ("/api/v1/updates/", "die Neuigkeiten" if de else "the news"),
        ("/api/v1/events/", "die Veranstaltungen" if de else "the events"),
    ]
    feeds = []
    if feed:
        feeds.append(
            f"Die Neuigkeiten gibt es außerdem als RSS-Feed: {link(feed[code])}."
            if de
            else f"The news is also available as an RSS feed: {link(feed[code])}."
        )
    if calendar:
        feeds.append(
            "Die kommenden Veranstaltungen lassen sich als Kalenderdatei (iCalendar) in jeden "
            f"Kalender übernehmen: {link(calendar[code])}. Jede Veranstaltung hat auf ihrer "
            "Seite auch eine eigene Kalenderdatei."
            if de
            else "The upcoming events can be added to any calendar as a calendar file "
            f"(iCalendar): {link(calendar[code])}. Each event also has its own calendar file "
            "on its page."
        )

    if de:
        blocks = [
            heading("Welche Daten es gibt"),
            para(
                f"Unter {link('/api/v1/')} bietet die Website eine Schnittstelle (API) an, die "
                "Programme lesen können. Sie liefert im Format JSON:"
            ),
            bullets(*(f"{text}: {link(url)}" for url, text in collections)),
            para(
                "Enthalten sind nur veröffentlichte, öffentlich zugängliche Seiten. Jeder "
                "Eintrag hat eine feste Nummer (id), die auch bleibt, wenn die Seite umbenannt "
                "oder verschoben wird, dazu die Adresse seiner Seite in beiden Sprachen. Datums- "
                "und Zeitangaben folgen ISO 8601 mit Zeitzone. Verweise, etwa von einem Projekt "
                "auf seine Partner, sind diese Nummern. Die Fließtexte der Seiten sind nicht "
                "enthalten; die Adresse führt zu ihnen."
            ),
            heading("Jeder Text in beiden Sprachen"),
            para(
                'Jeder Text steht zweimal in den Daten, auf Deutsch und auf Englisch: {"de": '
                '"…", "en": "…"}. Wo eine Übersetzung fehlt, steht null.'
            ),
            heading("Lizenz"),
            para(
                "Unter welchen Bedingungen Sie die Daten weiterverwenden dürfen, nennt die "
                f"Lizenz: {licence(code)}. Sie steht auch im Einstieg {link('/api/v1/')} und "
                "in der OpenAPI-Beschreibung."
            ),
            heading("Adressen und Beispiele"),
            bullets(*examples),
            para(
                "Filter lassen sich verbinden, zum Beispiel field und status in einer Abfrage. "
                "Jede Antwort nennt mit count, wie viele Einträge insgesamt passen."
            ),
            heading("Wenn etwas nicht stimmt"),
            para(
                "Versteht die Schnittstelle einen Parameter nicht, etwa einen Tippfehler wie "
                "staus statt status, ein limit über 100 oder ein Datum, das es nicht gibt, "
                "antwortet sie mit dem Status 400 und einer Fehlermeldung als JSON. Die Meldung "
                "nennt den Parameter, auf Englisch (error) und auf Deutsch (error_de). Ein "
                "unbekannter Parameter wird nie stillschweigend übergangen, damit niemand mit "
                "falschen Zahlen weiterarbeitet."
            ),
            heading("Nutzung aus anderen Websites und Programmen"),
            para(
                "Die Schnittstelle kann nur gelesen werden. Sie braucht keinen Schlüssel und "
                "keine Anmeldung und setzt keine Cookies. CORS ist offen "
                "(Access-Control-Allow-Origin: *): Skripte auf anderen Websites dürfen die "
                "Daten direkt im Browser abrufen."
            ),
        ]
        if feeds:
            blocks += [heading("Feeds und Kalender"), para(*feeds)]
        return blocks

    blocks = [
        heading("What data there are"),
        para(
            f"At {link('/api/v1/')} the website offers an interface (API) that programs can "
            "read. It returns, as JSON:"
        ),
        bullets(*(f"{text}: {link(url)}" for url, text in collections)),
        para(
            "Only published, publicly accessible pages are included. Each item has a fixed "
            "number (id) that stays the same when the page is renamed or moved, and the address "
            "of its page in both languages. Dates and times follow ISO 8601 with the time zone. "
            "References, such as from a project to its partners, are these numbers. The running "
            "text of the pages is not included; the address leads to it."
        ),
        heading("Every text in both languages"),
        para(
            'Every text appears twice in the data, in German and in English: {"de": "…", '
            '"en": "…"}. Where a translation is missing, the value is null.'
        ),
        heading("Licence"),
        para(
            "The licence says on which terms you may reuse the data: "
            f"{licence(code)}. It is also given in the starting point {link('/api/v1/')} and in "
            "the OpenAPI description."
        ),
        heading("Addresses and examples"),
        bullets(*examples),
        para(
            "Filters can be combined, for example field and status in one request. Each answer "
            "gives in count how many items match in all."
        ),
        heading("When something is wrong"),
        para(
            "If the API does not understand a parameter, such as a typo like staus instead of "
            "status, a limit above 100 or a date that does not exist, it answers with status 400 "
            "and an error message as JSON. The message names the parameter, in English (error) "
            "and in German (error_de). An unknown parameter is never silently ignored, so that "
            "nobody goes on working with wrong numbers."
        ),
        heading("Use from other websites and programs"),
        para(
            "The API is read-only. It needs no key and no account and sets no cookies. CORS is "
            "open (Access-Control-Allow-Origin: *): scripts on other websites may fetch the data "
            "directly in the browser."
        ),
    ]
    if feeds:
        blocks += [heading("Feeds and calendar"), para(*feeds)]
    return blocks


def seed_open_data_page(seeder, home):
    """The "Offene Daten" page below the home page, if it is missing; returns it."""
    field = example_field(home)
    feed = subpage_urls(UpdateIndexPage, home, "feed")
    calendar = subpage_urls(EventIndexPage, home, "ical")
    page, _ = seeder.child(
        home,
        StandardPage,
        OPEN_DATA,
        show_in_menus=False,
        **tr("intro", OPEN_DATA["intro"]),
        **tr("search_description", OPEN_DATA["intro"]),
        **{f"body_{code}": body(code, field, feed, calendar) for code in LANGUAGES},
    )
    return page
