"""The four fields of action and the partner organisations named in CONTENT.md, in our own words.
Partners' web addresses are not among the facts: editors add them."""

from smartcity.seed.core import tr

from .models import FieldOfActionIndexPage, FieldOfActionPage, PartnerIndexPage, PartnerPage

FIELDS_INDEX = {
    "title": {"de": "Handlungsfelder", "en": "Fields of action"},
    "slug": {"de": "handlungsfelder", "en": "fields-of-action"},
    "teaser": {
        "de": "Wirtschaft, Bildung, Mobilität und Verwaltung: die vier Handlungsfelder.",
        "en": "Economy, education, mobility and administration: the four fields of action.",
    },
    "intro": {
        "de": "<p>Halle hat in seiner Bewerbung als Modellkommune vier Handlungsfelder "
        "festgelegt. Gemeinsam mit Partnern konzentriert sich die Stadt derzeit auf Mobilität, "
        "Wirtschaft und Bildung.</p>",
        "en": "<p>In its application as a model municipality, Halle defined four fields of "
        "action. Together with partners, the city is currently concentrating on mobility, the "
        "economy and education.</p>",
    },
}

FIELDS = [
    {
        "key": "economy",
        "title": {"de": "Smarte Wirtschaft", "en": "Smart Economy"},
        "slug": {"de": "smarte-wirtschaft", "en": "smart-economy"},
        "intro": {
            "de": "Eine leistungsfähige Wirtschaft ist einer der vier Schwerpunkte der "
            "Strategie. Hier entsteht mit der Agentur Form Follows You der HAL-Plan, ein "
            "digitaler Zwilling der Stadt.",
            "en": "A strong economy is one of the strategy's four focus themes. Here the city "
            "and the agency Form Follows You are building HAL-Plan, a digital twin of Halle.",
        },
        "status_line": {"de": "Maßnahme HAL-Plan", "en": "Measure: HAL-Plan"},
    },
    {
        "key": "education",
        "title": {"de": "Smarte Bildung", "en": "Smart Education"},
        "slug": {"de": "smarte-bildung", "en": "smart-education"},
        "intro": {
            "de": "Nachhaltige Bildung ist einer der vier Schwerpunkte der Strategie. Die "
            "Bildungsinitiative Smart HaNeu bringt mit fünf Projekten digitale Bildung nach "
            "Halle-Neustadt.",
            "en": "Sustainable education is one of the strategy's four focus themes. The "
            "education initiative Smart HaNeu brings digital learning to Halle-Neustadt with "
            "five projects.",
        },
        "status_line": {"de": "Maßnahme Smart HaNeu", "en": "Measure: Smart HaNeu"},
    },
    {
        "key": "mobility",
        "title": {"de": "Integrierte Mobilität", "en": "Integrated Mobility"},
        "slug": {"de": "integrierte-mobilitaet", "en": "integrated-mobility"},
        "intro": {
            "de": "Smarte Mobilität ist einer der vier Schwerpunkte der Strategie. Mit der "
            "Stadtwerke Halle-Gruppe und ihrem Verkehrsunternehmen HAVAG entstehen Projekte für "
            "Bus, Bahn und Parken.",
            "en": "Smart mobility is one of the strategy's four focus themes. With Stadtwerke "
            "Halle-Gruppe and its transport company HAVAG, the city is developing projects for "
            "buses, trams and parking.",
        },
        "status_line": {"de": "Maßnahme Integrierte Mobilität", "en": "Measure: Integrated Mobility"},
    },
    {
        "key": "administration",
        "title": {"de": "Vernetzte Verwaltung", "en": "Connected Administration"},
        "slug": {"de": "vernetzte-verwaltung", "en": "connected-administration"},
        "intro": {
            "de": "Eine agile Verwaltung ist einer der vier Schwerpunkte der Strategie.",
            "en": "An agile administration is one of the strategy's four focus themes.",
        },
        "status_line": {
            "de": "[Bitte ergänzen: aktueller Stand]",
            "en": "[Please add: current status]",
        },
    },
]

PARTNERS_INDEX = {
    "title": {"de": "Partner", "en": "Partners"},
    "slug": {"de": "partner", "en": "partners"},
    "teaser": {
        "de": "Mit wem die Stadt die Projekte der Handlungsfelder entwickelt.",
        "en": "Who the city works with on the projects of the fields of action.",
    },
    "intro": {
        "de": "<p>Die Stadt entwickelt die Projekte der Handlungsfelder gemeinsam mit "
        "Unternehmen, Vereinen und Agenturen.</p>",
        "en": "<p>The city develops the projects of the fields of action together with "
        "companies, associations and agencies.</p>",
    },
}

PARTNERS = [
    {
        "key": "stadtwerke",
        "title": {"de": "Stadtwerke Halle-Gruppe", "en": "Stadtwerke Halle-Gruppe"},
        "slug": {"de": "stadtwerke-halle-gruppe", "en": "stadtwerke-halle-group"},
        "intro": {
            "de": "Die Unternehmensgruppe der Stadtwerke Halle entwickelt Projekte in den "
            "Handlungsfeldern Mobilität und Bildung; zur Gruppe gehört das Verkehrsunternehmen "
            "HAVAG.",
            "en": "The Stadtwerke Halle group of municipal utility companies develops projects "
            "in the fields of action mobility and education; its transport company is HAVAG.",
        },
        "fields": ["mobility", "education"],
        "logo_label": "Stadtwerke Halle",
    },
    {
        "key": "havag",
        "title": {"de": "HAVAG", "en": "HAVAG"},
        "slug": {"de": "havag", "en": "havag"},
        "intro": {
            "de": "Das Verkehrsunternehmen der Stadtwerke Halle-Gruppe rüstet Busse und "
            "Straßenbahnen mit Technik zur Fahrgastzählung aus.",
            "en": "The transport company of Stadtwerke Halle-Gruppe is fitting buses and trams "
            "with passenger counting technology.",
        },
        "fields": ["mobility"],
        "logo_label": "HAVAG",
    },
    {
        "key": "yunex",
        "title": {"de": "Yunex", "en": "Yunex"},
        "slug": {"de": "yunex", "en": "yunex"},
        "intro": {
            "de": "Technischer Partner des Pilotprojekts mit Parksensoren am "
            "Friedemann-Bach-Platz.",
            "en": "Technical partner of the parking sensor pilot at Friedemann-Bach-Platz.",
        },
        "fields": ["mobility"],
        "logo_label": "Yunex",
    },
    {
        "key": "ffy",
        "title": {"de": "Form Follows You", "en": "Form Follows You"},
        "slug": {"de": "form-follows-you", "en": "form-follows-you"},
        "intro": {
            "de": "Die Berliner Agentur baut gemeinsam mit der Stadt den HAL-Plan, den "
            "digitalen Zwilling von Halle.",
            "en": "The Berlin agency is building HAL-Plan, Halle's digital twin, together with "
            "the city.",
        },
        "fields": ["economy"],
        "logo_label": "Form Follows You",
    },
    {
        "key": "passage13",
        "title": {
            "de": "Passage 13 (Kulturbühne Neustadt e.V.)",
            "en": "Passage 13 (Kulturbühne Neustadt e.V.)",
        },
        "slug": {"de": "passage-13", "en": "passage-13"},
        "intro": {
            "de": "Betreibt das Bildungszentrum in Halle-Neustadt, den mobilen Makerspace und "
            "die Digitallotsen.",
            "en": "Runs the education centre in Halle-Neustadt, the mobile makerspace and the "
            "digital guides.",
        },
        "fields": ["education"],
        "logo_label": "Passage 13",
    },
    {
        "key": "science2public",
        "title": {"de": "science2public", "en": "science2public"},
        "slug": {"de": "science2public", "en": "science2public"},
        "intro": {
            "de": "Verantwortet „Dr. Data“ und den Ideenwettbewerb „Digitale Brückenbauer“.",
            "en": "Responsible for “Dr. Data” and the ideas competition “Digitale "
            "Brückenbauer” (digital bridge builders).",
        },
        "fields": ["education"],
        "logo_label": "science2public",
    },
    {
        "key": "awo",
        "title": {"de": "AWO SPI", "en": "AWO SPI"},
        "slug": {"de": "awo-spi", "en": "awo-spi"},
        "intro": {
            "de": "Entwickelt mit Oligoform die Quartiersplattform für Halle-Neustadt.",
            "en": "Develops the neighbourhood platform for Halle-Neustadt together with "
            "Oligoform.",
        },
        "fields": ["education"],
        "logo_label": "AWO SPI",
    },
    {
        "key": "oligoform",
        "title": {"de": "Oligoform", "en": "Oligoform"},
        "slug": {"de": "oligoform", "en": "oligoform"},
        "intro": {
            "de": "Entwickelt mit AWO SPI die Quartiersplattform für Halle-Neustadt.",
            "en": "Develops the neighbourhood platform for Halle-Neustadt together with AWO SPI.",
        },
        "fields": ["education"],
        "logo_label": "Oligoform",
    },
    {
        "key": "freiraumgalerie",
        "title": {
            "de": "Freiraumgalerie / wall & space e.V.",
            "en": "Freiraumgalerie / wall & space e.V.",
        },
        "slug": {"de": "freiraumgalerie", "en": "freiraumgalerie"},
        "intro": {
            "de": "Gestaltet die „Smart Murals“ und richtet Blockpartys in Halle-Neustadt aus.",
            "en": "Creates the “Smart Murals” and holds block parties in Halle-Neustadt.",
        },
        "fields": ["education"],
        "logo_label": "Freiraumgalerie",
    },
]


def seed_fields(seeder, home, after=None):
    """The fields-of-action overview and its four pages; returns {key: FieldOfActionPage}."""
    index, _ = seeder.child(
        home,
        FieldOfActionIndexPage,
        FIELDS_INDEX,
        after=after,
        show_in_menus=True,
        **tr("intro", FIELDS_INDEX["intro"]),
        **tr("search_description", FIELDS_INDEX["teaser"]),
    )
    fields = {}
    for data in FIELDS:
        fields[data["key"]], _ = seeder.child(
            index,
            FieldOfActionPage,
            data,
            accent=data["key"],
            **tr("intro", data["intro"]),
            **tr("search_description", data["intro"]),
            **tr("status_line", data["status_line"]),
        )
    return index, fields


def seed_partners(seeder, home, fields):
    """The partner overview and one page per partner; returns {key: PartnerPage}."""
    index, _ = seeder.child(
        home,
        PartnerIndexPage,
        PARTNERS_INDEX,
        show_in_menus=True,
        **tr("intro", PARTNERS_INDEX["intro"]),
        **tr("search_description", PARTNERS_INDEX["teaser"]),
    )
    partners = {}
    for data in PARTNERS:
        logo = seeder.image(
            f"Platzhalter-Logo {data['logo_label']}",
            data["logo_label"],
            {"de": f"Logo {data['title']['de']}", "en": f"Logo of {data['title']['en']}"},
        )
        partners[data["key"]], _ = seeder.child(
            index,
            PartnerPage,
            data,
            logo=logo,
            fields_of_action=[fields[key] for key in data["fields"]],
            **tr("intro", data["intro"]),
            **tr("search_description", data["intro"]),
        )
    return index, partners
