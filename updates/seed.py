"""Seeded news and events, written from the programme's facts (see CONTENT.md).

Dates are not among the facts we have: every date here is an example, marked "[Beispieldatum]" /
"[example date]" in the text, for the communications team to correct. Idempotent like the rest of
the seed: only what is missing is created, editors' changes are kept.
"""

import datetime
from zoneinfo import ZoneInfo

from django.core.management import call_command

from fields.models import FieldOfActionPage
from strategy.models import ProjectPage

from .models import EventIndexPage, EventPage, UpdateIndexPage, UpdatePage

BERLIN = ZoneInfo("Europe/Berlin")
EXAMPLE = {"de": "[Beispieldatum]", "en": "[example date]"}

UPDATE_INDEX = {
    "title": {"de": "Aktuelles", "en": "News"},
    "slug": {"de": "aktuelles", "en": "news"},
    "intro": {
        "de": "Neuigkeiten aus dem Modellprojekt Smart City: was in den Handlungsfeldern "
        "geschieht und wer daran mitarbeitet.",
        "en": "News from the smart city model project: what is happening in the fields of "
        "action and who is taking part.",
    },
}

EVENT_INDEX = {
    "title": {"de": "Veranstaltungen", "en": "Events"},
    "slug": {"de": "veranstaltungen", "en": "events"},
    "intro": {
        "de": "Termine, bei denen Sie das Smart-City-Programm kennenlernen und mitreden können.",
        "en": "Dates where you can get to know the smart city programme and have your say.",
    },
}

UPDATES = [
    {
        "title": {
            "de": "Halle ist Modellprojekt Smart City",
            "en": "Halle is a smart city model project",
        },
        "slug": {"de": "halle-ist-modellprojekt-smart-city", "en": "halle-is-smart-city-model-project"},
        "date": datetime.date(2026, 1, 15),
        "teaser": {
            "de": "Halle (Saale) gehört zu den 73 Modellprojekten Smart Cities in Deutschland. "
            "Gefördert vom BMWSB und betreut von der KfW, startet die Stadt ihr Programm. "
            "[Beispieldatum]",
            "en": "Halle (Saale) is one of 73 smart city model projects in Germany. Funded by "
            "the BMWSB and administered by KfW, the city is starting its programme. "
            "[example date]",
        },
        "body": {
            "de": "<p>Das Bundesprogramm hilft Städten und Regionen, digitale Technik für eine "
            "nachhaltige Entwicklung zu nutzen. In Halle beginnt die Arbeit im halleschen Osten "
            "und in Halle-Neustadt. Das Datum dieser Meldung ist ein Beispiel und wird von der "
            "Redaktion ergänzt. [Beispieldatum]</p>",
            "en": "<p>The federal programme helps cities and regions to use digital technology "
            "for sustainable development. In Halle, the work starts in the east of the city and "
            "in Halle-Neustadt. The date of this item is an example for the editors to correct. "
            "[example date]</p>",
        },
        "fields": [],
        "projects": [],
    },
    {
        "title": {
            "de": "Stadtwerke Halle-Gruppe entwickelt Projekte für Mobilität und Bildung",
            "en": "Stadtwerke Halle-Gruppe develops projects for mobility and education",
        },
        "slug": {"de": "stadtwerke-mobilitaet-und-bildung", "en": "stadtwerke-mobility-and-education"},
        "date": datetime.date(2026, 4, 20),
        "teaser": {
            "de": "Die Unternehmensgruppe der Stadtwerke Halle ist Partnerin in den "
            "Handlungsfeldern Integrierte Mobilität und Smarte Bildung. [Beispieldatum]",
            "en": "The Stadtwerke Halle group is the city's partner in the fields Integrated "
            "Mobility and Smart Education. [example date]",
        },
        "body": {
            "de": "<p>Gemeinsam mit ihren Partnern konzentriert sich die Stadt derzeit auf "
            "Mobilität, Wirtschaft und Bildung. [Bitte ergänzen: Projektnamen] "
            "[Beispieldatum]</p>",
            "en": "<p>Together with its partners, the city is currently concentrating on "
            "mobility, the economy and education. [Please add: project names] "
            "[example date]</p>",
        },
        "fields": ["integrierte-mobilitaet", "smarte-bildung"],
        "projects": ["mobilitaetsprojekte-stadtwerke", "bildungsprojekte-stadtwerke"],
    },
    {
        "title": {
            "de": "Form Follows You arbeitet im Handlungsfeld Wirtschaft",
            "en": "Form Follows You works in the economy field",
        },
        "slug": {"de": "form-follows-you-wirtschaft", "en": "form-follows-you-economy"},
        "date": datetime.date(2026, 5, 4),
        "teaser": {
            "de": "Für das Handlungsfeld Smarte Wirtschaft hat die Stadt die Agentur Form "
            "Follows You beauftragt. [Beispieldatum]",
            "en": "The city has engaged the agency Form Follows You for the Smart Economy "
            "field. [example date]",
        },
        "body": {
            "de": "<p>[Bitte ergänzen: Aufgaben und Zeitplan der Agentur] [Beispieldatum]</p>",
            "en": "<p>[Please add: the agency's tasks and timetable] [example date]</p>",
        },
        "fields": ["smarte-wirtschaft"],
        "projects": ["wirtschaftsprojekt-form-follows-you"],
    },
    {
        "title": {
            "de": "Ausschreibungen für Smarte Bildung in Vorbereitung",
            "en": "Calls for tender for Smart Education in preparation",
        },
        "slug": {"de": "ausschreibungen-smarte-bildung", "en": "calls-for-tender-smart-education"},
        "date": datetime.date(2026, 9, 1),
        "teaser": {
            "de": "Für das Handlungsfeld Bildung bereitet die Stadt Ausschreibungen vor. "
            "[Beispieldatum]",
            "en": "The city is preparing calls for tender for the education field. "
            "[example date]",
        },
        "body": {
            "de": "<p>Sobald die Ausschreibungen veröffentlicht sind, stehen sie hier. "
            "[Bitte ergänzen: Zeitplan und Ansprechperson] [Beispieldatum]</p>",
            "en": "<p>As soon as the calls for tender are published, you will find them here. "
            "[Please add: timetable and contact] [example date]</p>",
        },
        "fields": ["smarte-bildung"],
        "projects": ["bildungsprojekte-stadtwerke"],
    },
]

EVENTS = [
    {
        "title": {
            "de": "Informationsabend Projektraum Halle-Neustadt",
            "en": "Information evening Project Space Halle-Neustadt",
        },
        "slug": {"de": "informationsabend-projektraum", "en": "information-evening-project-space"},
        "start": datetime.datetime(2027, 3, 18, 18, 0, tzinfo=BERLIN),
        "end": datetime.datetime(2027, 3, 18, 20, 0, tzinfo=BERLIN),
        "place": {
            "de": "[Bitte ergänzen: Ort in Halle-Neustadt]",
            "en": "[Please add: venue in Halle-Neustadt]",
        },
        "teaser": {
            "de": "Die Stadt stellt die Projekte der Handlungsfelder vor, die im Projektraum "
            "Halle-Neustadt gebündelt sind. [Beispieldatum]",
            "en": "The city presents the projects of the fields of action that come together "
            "in the Project Space Halle-Neustadt. [example date]",
        },
        "registration_note": {
            "de": "[Bitte ergänzen: Anmeldung erforderlich?]",
            "en": "[Please add: is registration required?]",
        },
    },
    {
        "title": {
            "de": "Werkstatt: Digitale Teilhabe im halleschen Osten",
            "en": "Workshop: taking part digitally in the east of Halle",
        },
        "slug": {"de": "werkstatt-digitale-teilhabe", "en": "workshop-digital-participation"},
        "start": datetime.datetime(2027, 5, 6, 17, 0, tzinfo=BERLIN),
        "end": datetime.datetime(2027, 5, 6, 19, 30, tzinfo=BERLIN),
        "place": {
            "de": "[Bitte ergänzen: Ort im halleschen Osten]",
            "en": "[Please add: venue in the east of Halle]",
        },
        "teaser": {
            "de": "Wie können alle Bewohnerinnen und Bewohner digital teilhaben? Bringen Sie "
            "Ihre Ideen mit. [Beispieldatum]",
            "en": "How can every resident take part digitally? Bring your ideas. "
            "[example date]",
        },
        "registration_note": {
            "de": "[Bitte ergänzen: Anmeldung]",
            "en": "[Please add: registration]",
        },
    },
]


def _paragraph(html):
    return [("paragraph", html)]


def seed_updates(seeder, home):
    """Called at the end of smartcity.seed.builder.Seeder.run; `seeder.child` does the
    create-only-what-is-missing work. Also sets up the editorial roles and workflow."""
    from smartcity.seed.builder import tr

    update_index, _ = seeder.child(
        home,
        UpdateIndexPage,
        UPDATE_INDEX,
        show_in_menus=True,
        **tr("intro", UPDATE_INDEX["intro"]),
        **tr("search_description", UPDATE_INDEX["intro"]),
    )
    fields = {f.slug_de: f for f in FieldOfActionPage.objects.all()}
    projects = {p.slug_de: p for p in ProjectPage.objects.all()}
    for data in UPDATES:
        seeder.child(
            update_index,
            UpdatePage,
            data,
            date=data["date"],
            fields_of_action=[fields[s] for s in data["fields"] if s in fields],
            projects=[projects[s] for s in data["projects"] if s in projects],
            **tr("teaser", data["teaser"]),
            **tr("search_description", data["teaser"]),
            **{f"body_{code}": _paragraph(data["body"][code]) for code in ("de", "en")},
        )

    event_index, _ = seeder.child(
        home,
        EventIndexPage,
        EVENT_INDEX,
        show_in_menus=True,
        **tr("intro", EVENT_INDEX["intro"]),
        **tr("search_description", EVENT_INDEX["intro"]),
    )
    for data in EVENTS:
        seeder.child(
            event_index,
            EventPage,
            data,
            start=data["start"],
            end=data["end"],
            **tr("place", data["place"]),
            **tr("teaser", data["teaser"]),
            **tr("search_description", data["teaser"]),
            **tr("registration_note", data["registration_note"]),
        )

    call_command("setup_roles", verbosity=0)
