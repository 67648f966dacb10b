"""Seeded news and events, written from the programme's facts (see CONTENT.md).

Where CONTENT.md gives a date, the item has it; every other date is an example, marked
"[Beispieldatum]" / "[example date]" in the text, for the communications team to correct. Idempotent like the rest of
the seed: only what is missing is created, editors' changes are kept.
"""

import datetime
from zoneinfo import ZoneInfo

from smartcity.seed.core import tr

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
        "date": datetime.date(2021, 7, 15),
        "teaser": {
            "de": "Halle (Saale) ist in der dritten Staffel des Bundesprogramms ausgewählt "
            "worden: als eine von 32 Kommunen dieser Staffel und eines von 73 Modellprojekten "
            "Smart Cities in Deutschland.",
            "en": "Halle (Saale) has been selected in the third round of the federal programme: "
            "as one of 32 municipalities in this round and one of 73 smart city model projects "
            "in Germany.",
        },
        "body": {
            "de": "<p>Das Bundesprogramm hilft Städten und Regionen, digitale Technik für eine "
            "nachhaltige Entwicklung zu nutzen. Gefördert wird es vom Bundesministerium für "
            "Wohnen, Stadtentwicklung und Bauwesen (BMWSB), die KfW betreut die Förderung. Für "
            "die Strategiephase stehen bis zu 2,5 Millionen Euro bereit, für die Umsetzung bis "
            "zu 15 Millionen Euro. In Halle beginnt die Arbeit im halleschen Osten und in "
            "Halle-Neustadt.</p>",
            "en": "<p>The federal programme helps cities and regions to use digital technology "
            "for sustainable development. It is funded by the Federal Ministry for Housing, "
            "Urban Development and Building (BMWSB) and administered by KfW. Up to 2.5 million "
            "euros are available for the strategy phase and up to 15 million euros for the "
            "implementation. In Halle, the work starts in the east of the city and in "
            "Halle-Neustadt.</p>",
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
            "de": "<p>Mit ihrem Verkehrsunternehmen HAVAG zählt die Gruppe Fahrgäste in Bus und "
            "Bahn, erprobt Parksensoren am Friedemann-Bach-Platz und baut ein LoRaWAN-Funknetz "
            "auf. [Beispieldatum]</p>",
            "en": "<p>With its transport company HAVAG, the group counts passengers on buses "
            "and trams, is piloting parking sensors at Friedemann-Bach-Platz and is building a "
            "LoRaWAN radio network. [example date]</p>",
        },
        "fields": ["integrierte-mobilitaet", "smarte-bildung"],
        "projects": ["fahrgastzaehlung", "parksensoren-friedemann-bach-platz", "lorawan-funknetz"],
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
            "de": "<p>Gemeinsam bauen Stadt und Agentur den HAL-Plan, einen digitalen Zwilling "
            "der Stadt mit den Modulen Planung, Ökologie und Gewerbeflächen. [Beispieldatum]</p>",
            "en": "<p>Together, the city and the agency are building HAL-Plan, a digital twin of "
            "the city with the modules planning, ecology and commercial land. "
            "[example date]</p>",
        },
        "fields": ["smarte-wirtschaft"],
        "projects": ["hal-plan"],
    },
    {
        "title": {
            "de": "Ausschreibungen für Smarte Bildung in Vorbereitung",
            "en": "Calls for tender for Smart Education in preparation",
        },
        "slug": {"de": "ausschreibungen-smarte-bildung", "en": "calls-for-tender-smart-education"},
        "date": datetime.date(2024, 5, 2),
        "teaser": {
            "de": "Für das Handlungsfeld Bildung bereitet die Stadt Ausschreibungen vor. "
            "[Beispieldatum]",
            "en": "The city is preparing calls for tender for the education field. "
            "[example date]",
        },
        "body": {
            "de": "<p>Nachtrag: Am 19. Juni 2024 hat die Stadt die Aufträge der "
            "Bildungsinitiative Smart HaNeu vergeben. [Beispieldatum]</p>",
            "en": "<p>Update: on 19 June 2024 the city awarded the contracts of the Smart HaNeu "
            "education initiative. [example date]</p>",
        },
        "fields": ["smarte-bildung"],
        "projects": ["bildungszentrum-halle-neustadt"],
    },
    {
        "title": {
            "de": "Bildungszentrum in Halle-Neustadt eröffnet",
            "en": "Education centre in Halle-Neustadt opens",
        },
        "slug": {"de": "bildungszentrum-eroeffnet", "en": "education-centre-opens"},
        "date": datetime.date(2024, 11, 15),
        "teaser": {
            "de": "Das Bildungszentrum mit Makerspace und Medienraum ist offiziell eröffnet. "
            "Passage 13 (Kulturbühne Neustadt e.V.) betreibt es.",
            "en": "The education centre with its makerspace and media room is officially open. "
            "Passage 13 (Kulturbühne Neustadt e.V.) runs it.",
        },
        "body": {
            "de": "<p>Eine erste Öffnung gab es bereits am 30. Oktober 2024. Das Zentrum gehört "
            "zur Bildungsinitiative Smart HaNeu.</p>",
            "en": "<p>There was a soft opening on 30 October 2024. The centre is part of the "
            "Smart HaNeu education initiative.</p>",
        },
        "fields": ["smarte-bildung"],
        "projects": ["bildungszentrum-halle-neustadt"],
    },
    {
        "title": {
            "de": "Parksensoren am Friedemann-Bach-Platz in Betrieb",
            "en": "Parking sensors at Friedemann-Bach-Platz go live",
        },
        "slug": {"de": "parksensoren-in-betrieb", "en": "parking-sensors-live"},
        "date": datetime.date(2025, 5, 28),
        "teaser": {
            "de": "Sensoren melden freie Parkplätze am Friedemann-Bach-Platz; die Mobile M.app "
            "zeigt sie an.",
            "en": "Sensors report free parking spaces at Friedemann-Bach-Platz; the Mobile M.app "
            "shows them.",
        },
        "body": {
            "de": "<p>Technischer Partner des Pilotprojekts ist Yunex.</p>",
            "en": "<p>The pilot's technical partner is Yunex.</p>",
        },
        "fields": ["integrierte-mobilitaet"],
        "projects": ["parksensoren-friedemann-bach-platz"],
    },
    {
        "title": {
            "de": "HAVAG beginnt mit der Fahrgastzählung",
            "en": "HAVAG starts counting passengers",
        },
        "slug": {"de": "havag-fahrgastzaehlung", "en": "havag-passenger-counting"},
        "date": datetime.date(2025, 8, 20),
        "teaser": {
            "de": "Busse und Straßenbahnen bekommen Technik, die anhand anonymisierter WLAN- und "
            "Bluetooth-Signale zählt, wie voll sie sind.",
            "en": "Buses and trams are being fitted with technology that counts how full they "
            "are from anonymised Wi-Fi and Bluetooth signals.",
        },
        "body": {
            "de": "<p>Bis 2026 sollen rund 120 Fahrzeuge ausgerüstet sein; ab Ende 2026 zeigen "
            "die Apps „Mein HALLE Unterwegs“ und INSA die Auslastung an.</p>",
            "en": "<p>About 120 vehicles are to be equipped by 2026; from the end of 2026 the apps "
            "“Mein HALLE Unterwegs” and INSA will show the occupancy.</p>",
        },
        "fields": ["integrierte-mobilitaet"],
        "projects": ["fahrgastzaehlung"],
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


def seed_updates(seeder, home, fields, projects):
    """News and events below the home page; `fields` and `projects` are the seeded pages
    ({key: page} and {German slug: page}) the updates refer to."""
    update_index, _ = seeder.child(
        home,
        UpdateIndexPage,
        UPDATE_INDEX,
        show_in_menus=True,
        **tr("intro", UPDATE_INDEX["intro"]),
        **tr("search_description", UPDATE_INDEX["intro"]),
    )
    fields = {page.slug_de: page for page in fields.values()}
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

