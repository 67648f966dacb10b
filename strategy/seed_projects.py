"""The Projektraum's projects: the three measures of CONTENT.md (HAL-Plan, Smart HaNeu,
Integrierte Mobilität) and their projects, in our own words, with the dated milestones the facts
give. A status is what the facts say (opened, started, live); nothing beyond them."""

import datetime

D = datetime.date

# Smart HaNeu: the education contracts were awarded on 19 June 2024, the kick-off followed on
# 21 June 2024; these two steps belong to each of its projects.
SMART_HANEU_START = [
    {
        "date": D(2024, 6, 19),
        "title": {"de": "Aufträge vergeben", "en": "Contracts awarded"},
        "text": {
            "de": "Die Stadt vergibt die Aufträge der Bildungsinitiative Smart HaNeu.",
            "en": "The city awards the contracts of the Smart HaNeu education initiative.",
        },
    },
    {
        "date": D(2024, 6, 21),
        "title": {"de": "Auftakt", "en": "Kick-off"},
        "text": {
            "de": "Gemeinsamer Start der Projekte von Smart HaNeu.",
            "en": "The projects of Smart HaNeu start together.",
        },
    },
]

PROJECTS = [
    {
        "title": {"de": "HAL-Plan: der digitale Zwilling von Halle", "en": "HAL-Plan: Halle's digital twin"},
        "slug": {"de": "hal-plan", "en": "hal-plan"},
        "summary": {
            "de": "Ein dreidimensionales, cloudbasiertes Abbild der Stadt mit drei Modulen: "
            "Planung, Ökologie und Gewerbeflächen. Die Stadt baut es mit der Berliner Agentur "
            "Form Follows You; Magdeburg nutzt den HAL-Plan, elf Kommunen haben ihn erprobt.",
            "en": "A three-dimensional, cloud-based model of the city with three modules: "
            "planning, ecology and commercial land. The city is building it with the Berlin "
            "agency Form Follows You; Magdeburg uses HAL-Plan, and eleven municipalities have "
            "tried it out.",
        },
        "measure": {"de": "Maßnahme HAL-Plan", "en": "Measure: HAL-Plan"},
        "field": "economy",
        "partners": ["ffy"],
        "status": "running",
        "milestones": [],
    },
    {
        "title": {
            "de": "Bildungszentrum Halle-Neustadt",
            "en": "Education centre Halle-Neustadt",
        },
        "slug": {"de": "bildungszentrum-halle-neustadt", "en": "education-centre-halle-neustadt"},
        "summary": {
            "de": "Das Bildungszentrum in Halle-Neustadt mit Makerspace und Medienraum, "
            "betrieben von Passage 13 (Kulturbühne Neustadt e.V.).",
            "en": "The education centre in Halle-Neustadt, with a makerspace and a media room, "
            "run by Passage 13 (Kulturbühne Neustadt e.V.).",
        },
        "measure": {"de": "Maßnahme Smart HaNeu", "en": "Measure: Smart HaNeu"},
        "field": "education",
        "partners": ["passage13"],
        "status": "running",
        "milestones": SMART_HANEU_START + [
            {
                "date": D(2024, 10, 30),
                "title": {"de": "Erste Öffnung", "en": "Soft opening"},
                "text": {"de": "Das Bildungszentrum öffnet seine Türen.", "en": "The education centre opens its doors."},
            },
            {
                "date": D(2024, 11, 15),
                "title": {"de": "Offizielle Eröffnung", "en": "Official opening"},
                "text": {"de": "", "en": ""},
            },
        ],
    },
    {
        "title": {
            "de": "Mobiler Makerspace und Digitallotsen",
            "en": "Mobile makerspace and digital guides",
        },
        "slug": {"de": "mobiler-makerspace-digitallotsen", "en": "mobile-makerspace-digital-guides"},
        "summary": {
            "de": "Ein mobiler Makerspace und die „Digitallotsen“, betrieben von Passage 13 "
            "(Kulturbühne Neustadt e.V.).",
            "en": "A mobile makerspace and the “Digitallotsen” (digital guides), run by "
            "Passage 13 (Kulturbühne Neustadt e.V.).",
        },
        "measure": {"de": "Maßnahme Smart HaNeu", "en": "Measure: Smart HaNeu"},
        "field": "education",
        "partners": ["passage13"],
        "status": "running",
        "milestones": SMART_HANEU_START,
    },
    {
        "title": {
            "de": "Dr. Data und der Wettbewerb „Digitale Brückenbauer“",
            "en": "Dr. Data and the “Digitale Brückenbauer” competition",
        },
        "slug": {"de": "dr-data-digitale-brueckenbauer", "en": "dr-data-digital-bridge-builders"},
        "summary": {
            "de": "„Dr. Data“ und der Ideenwettbewerb „Digitale Brückenbauer“ von "
            "science2public.",
            "en": "“Dr. Data” and the ideas competition “Digitale Brückenbauer” (digital bridge "
            "builders) by science2public.",
        },
        "measure": {"de": "Maßnahme Smart HaNeu", "en": "Measure: Smart HaNeu"},
        "field": "education",
        "partners": ["science2public"],
        "status": "running",
        "milestones": SMART_HANEU_START + [
            {
                "date": D(2025, 7, 1),
                "title": {"de": "Gewinner des Ideenwettbewerbs", "en": "Winners of the ideas competition"},
                "text": {
                    "de": "Aus 32 Einsendungen werden fünf Preise zu je 2.000 Euro vergeben.",
                    "en": "Five prizes of 2,000 euros each are awarded among 32 entries.",
                },
            },
        ],
    },
    {
        "title": {"de": "Quartiersplattform", "en": "Neighbourhood platform"},
        "slug": {"de": "quartiersplattform", "en": "neighbourhood-platform"},
        "summary": {
            "de": "Eine digitale Plattform für das Quartier Halle-Neustadt, entwickelt von AWO "
            "SPI gemeinsam mit Oligoform.",
            "en": "A digital platform for the Halle-Neustadt neighbourhood, developed by AWO SPI "
            "together with Oligoform.",
        },
        "measure": {"de": "Maßnahme Smart HaNeu", "en": "Measure: Smart HaNeu"},
        "field": "education",
        "partners": ["awo", "oligoform"],
        "status": "running",
        "milestones": SMART_HANEU_START + [
            {
                "date": D(2025, 1, 16),
                "title": {"de": "Auftakt der Quartiersplattform", "en": "Kick-off of the platform"},
                "text": {"de": "", "en": ""},
            },
        ],
    },
    {
        "title": {"de": "Smart Murals und Blockpartys", "en": "Smart Murals and block parties"},
        "slug": {"de": "smart-murals-blockpartys", "en": "smart-murals-block-parties"},
        "summary": {
            "de": "Wandbilder („Smart Murals“) und Blockpartys von der Freiraumgalerie / wall "
            "& space e.V.",
            "en": "Murals and block parties by Freiraumgalerie / wall & space e.V.",
        },
        "measure": {"de": "Maßnahme Smart HaNeu", "en": "Measure: Smart HaNeu"},
        "field": "education",
        "partners": ["freiraumgalerie"],
        "status": "running",
        "milestones": SMART_HANEU_START,
    },
    {
        "title": {
            "de": "Fahrgastzählung und Auslastungsprognose in Bus und Bahn",
            "en": "Passenger counting and occupancy forecast for buses and trams",
        },
        "slug": {"de": "fahrgastzaehlung", "en": "passenger-counting"},
        "summary": {
            "de": "Anonymisierte WLAN- und Bluetooth-Signale zeigen, wie voll Busse und "
            "Straßenbahnen sind. Bis 2026 werden rund 120 Fahrzeuge ausgerüstet; ab Ende 2026 "
            "zeigen die Apps „Mein HALLE Unterwegs“ und INSA die Auslastung an.",
            "en": "Anonymised Wi-Fi and Bluetooth signals show how full buses and trams are. "
            "About 120 vehicles will be equipped by 2026; from the end of 2026 the apps “Mein "
            "HALLE Unterwegs” and INSA will show the occupancy.",
        },
        "measure": {"de": "Maßnahme Integrierte Mobilität", "en": "Measure: Integrated Mobility"},
        "field": "mobility",
        "partners": ["stadtwerke", "havag"],
        "status": "running",
        "milestones": [
            {
                "date": D(2025, 8, 20),
                "title": {"de": "Einbau beginnt", "en": "Fitting begins"},
                "text": {
                    "de": "Die HAVAG beginnt, Busse und Straßenbahnen mit der Zähltechnik "
                    "auszurüsten.",
                    "en": "HAVAG starts fitting buses and trams with the counting technology.",
                },
            },
            {
                "date": D(2026, 1, 1),
                "precision": "year",
                "title": {"de": "Rund 120 Fahrzeuge ausgerüstet", "en": "About 120 vehicles equipped"},
                "text": {"de": "", "en": ""},
            },
            {
                "date": D(2026, 1, 1),
                "precision": "year",
                "title": {"de": "Auslastung in den Apps", "en": "Occupancy in the apps"},
                "text": {
                    "de": "Ab Ende 2026 in „Mein HALLE Unterwegs“ und INSA.",
                    "en": "From the end of 2026 in “Mein HALLE Unterwegs” and INSA.",
                },
            },
        ],
    },
    {
        "title": {
            "de": "Parksensoren am Friedemann-Bach-Platz",
            "en": "Parking sensors at Friedemann-Bach-Platz",
        },
        "slug": {"de": "parksensoren-friedemann-bach-platz", "en": "parking-sensors-friedemann-bach-platz"},
        "summary": {
            "de": "Ein Pilotprojekt: Sensoren erkennen freie Parkplätze, die Mobile M.app zeigt "
            "sie an. Technischer Partner ist Yunex.",
            "en": "A pilot: sensors detect free parking spaces, which the Mobile M.app shows. "
            "The technical partner is Yunex.",
        },
        "measure": {"de": "Maßnahme Integrierte Mobilität", "en": "Measure: Integrated Mobility"},
        "field": "mobility",
        "partners": ["stadtwerke", "yunex"],
        "status": "running",
        "milestones": [
            {
                "date": D(2025, 5, 28),
                "title": {"de": "Sensoren in Betrieb", "en": "Sensors go live"},
                "text": {"de": "", "en": ""},
            },
        ],
    },
    {
        "title": {"de": "LoRaWAN-Funknetz für Halle", "en": "A LoRaWAN radio network for Halle"},
        "slug": {"de": "lorawan-funknetz", "en": "lorawan-radio-network"},
        "summary": {
            "de": "Ein stadtweites LoRaWAN-Funknetz. Ein Gateway hängt in 140 Metern Höhe am "
            "Schornstein der EVH im Energiepark Dieselstraße.",
            "en": "A city-wide LoRaWAN radio network. One gateway hangs 140 metres up on the "
            "chimney of EVH at the Energiepark Dieselstraße.",
        },
        "measure": {"de": "Maßnahme Integrierte Mobilität", "en": "Measure: Integrated Mobility"},
        "field": "mobility",
        "partners": ["stadtwerke"],
        "status": "running",
        "milestones": [
            {
                "date": D(2024, 7, 17),
                "title": {"de": "Gateway am EVH-Schornstein", "en": "Gateway on the EVH chimney"},
                "text": {"de": "", "en": ""},
            },
        ],
    },
]
