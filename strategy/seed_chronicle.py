"""The Chronik's entries: the programme's milestones from CONTENT.md, in our own words. Where a
date is not known, the entry has none and the page shows a placeholder for the editors."""

import datetime

D = datetime.date

CHRONICLE = {
    "title": {"de": "Chronik", "en": "Timeline"},
    "slug": {"de": "chronik", "en": "timeline"},
    "intro": {
        "de": "Die wichtigsten Schritte des Modellprojekts Smart City in Halle, die neuesten "
        "zuerst.",
        "en": "The main steps of Halle's smart city model project, newest first.",
    },
}

# "link": the German slug of a project page the entry points to, where there is one.
ENTRIES = [
    {
        "date": D(2021, 3, 1), "precision": "month",
        "title": {"de": "Stadtrat beschließt die Bewerbung", "en": "City council decides to apply"},
        "text": {
            "de": "Der Stadtrat beschließt, dass sich Halle um die Teilnahme am Bundesprogramm "
            "„Modellprojekte Smart Cities“ bewirbt.",
            "en": "The city council decides that Halle will apply to take part in the federal "
            "programme “Smart Cities model projects”.",
        },
    },
    {
        "date": D(2021, 7, 15),
        "title": {"de": "Halle wird Modellprojekt Smart City", "en": "Halle becomes a smart city model project"},
        "text": {
            "de": "Halle wird in der dritten Staffel ausgewählt, als eine von 32 Kommunen dieser "
            "Staffel; das bundesweite Netzwerk umfasst 73. Gefördert werden bis zu 2,5 Millionen "
            "Euro für die Strategiephase und bis zu 15 Millionen Euro für die Umsetzung.",
            "en": "Halle is selected in the third round, as one of 32 municipalities in it; the "
            "national network has 73. The funding is up to 2.5 million euros for the strategy "
            "phase and up to 15 million euros for the implementation.",
        },
    },
    {
        "date": D(2022, 11, 10),
        "title": {"de": "Ideenaufruf auf mitmachen-in-halle.de", "en": "Call for ideas on mitmachen-in-halle.de"},
        "text": {
            "de": "Die Beteiligungsplattform der Stadt geht online und eröffnet den "
            "Smart-City-Ideenaufruf. Er wird vom 16. Dezember 2022 bis zum 8. Januar 2023 "
            "verlängert.",
            "en": "The city's participation platform goes online and opens the smart city call "
            "for ideas. It is extended from 16 December 2022 to 8 January 2023.",
        },
    },
    {
        "date": D(2023, 6, 1), "precision": "month",
        "title": {"de": "Stadtrat beschließt die Smart-City-Strategie", "en": "City council adopts the smart city strategy"},
        "text": {
            "de": "Mit dem Ende der Strategiephase im Juni 2023 beschließt der Stadtrat die "
            "Strategie. [Bitte ergänzen: genaues Datum des Beschlusses]",
            "en": "As the strategy phase ends in June 2023, the city council adopts the "
            "strategy. [Please add: exact date of the decision]",
        },
    },
    {
        "date": D(2024, 3, 7),
        "title": {"de": "Zweites Smart-City-Forum", "en": "Second smart city forum"},
        "text": {
            "de": "Im Mitteldeutschen Multimediazentrum (MMZ) wird die Website des Programms "
            "vorgestellt.",
            "en": "At the Mitteldeutsches Multimediazentrum (MMZ), the programme's website is "
            "presented.",
        },
    },
    {
        "date": D(2024, 6, 1), "precision": "month",
        "title": {"de": "Stadtrat beschließt die Umsetzung", "en": "City council decides on the implementation"},
        "text": {"de": "", "en": ""},
    },
    {
        "date": D(2024, 6, 19),
        "title": {"de": "Aufträge für die Bildungsprojekte vergeben", "en": "Education contracts awarded"},
        "text": {
            "de": "Die Aufträge der Bildungsinitiative Smart HaNeu werden vergeben; der Auftakt "
            "folgt am 21. Juni 2024.",
            "en": "The contracts of the Smart HaNeu education initiative are awarded; the "
            "kick-off follows on 21 June 2024.",
        },
        "link": "bildungszentrum-halle-neustadt",
    },
    {
        "date": D(2024, 7, 17),
        "title": {"de": "LoRaWAN-Gateway in 140 Metern Höhe", "en": "LoRaWAN gateway 140 metres up"},
        "text": {
            "de": "Am Schornstein der EVH im Energiepark Dieselstraße wird ein Gateway für das "
            "LoRaWAN-Funknetz angebracht.",
            "en": "A gateway for the LoRaWAN radio network is installed on the EVH chimney at "
            "the Energiepark Dieselstraße.",
        },
        "link": "lorawan-funknetz",
    },
    {
        "date": D(2024, 11, 15),
        "title": {"de": "Bildungszentrum in Halle-Neustadt eröffnet", "en": "Education centre in Halle-Neustadt opens"},
        "text": {
            "de": "Die offizielle Eröffnung folgt auf eine erste Öffnung am 30. Oktober 2024.",
            "en": "The official opening follows a soft opening on 30 October 2024.",
        },
        "link": "bildungszentrum-halle-neustadt",
    },
    {
        "date": D(2025, 1, 16),
        "title": {"de": "Auftakt der Quartiersplattform", "en": "Neighbourhood platform kicks off"},
        "text": {"de": "", "en": ""},
        "link": "quartiersplattform",
    },
    {
        "date": D(2025, 5, 28),
        "title": {"de": "Parksensoren am Friedemann-Bach-Platz in Betrieb", "en": "Parking sensors at Friedemann-Bach-Platz go live"},
        "text": {"de": "", "en": ""},
        "link": "parksensoren-friedemann-bach-platz",
    },
    {
        "date": D(2025, 6, 3),
        "title": {"de": "22. Regionalkonferenz „Smart Cities“ in Halle", "en": "22nd regional conference “Smart Cities” in Halle"},
        "text": {
            "de": "Mehr als 130 Teilnehmende kommen ins MMZ; das Motto lautet „Smart sein: "
            "Brücken bauen – Netzwerke nutzen“.",
            "en": "More than 130 participants come to the MMZ; the motto is “Smart sein: "
            "Brücken bauen – Netzwerke nutzen” (being smart: building bridges, using networks).",
        },
    },
    {
        "date": D(2025, 7, 1),
        "title": {"de": "Gewinner der „Digitalen Brückenbauer“", "en": "Winners of “Digitale Brückenbauer”"},
        "text": {
            "de": "Im Ideenwettbewerb gehen 32 Beiträge ein; fünf Preise zu je 2.000 Euro werden "
            "vergeben.",
            "en": "The ideas competition receives 32 entries; five prizes of 2,000 euros each "
            "are awarded.",
        },
        "link": "dr-data-digitale-brueckenbauer",
    },
    {
        "date": D(2025, 8, 20),
        "title": {"de": "Fahrgastzählung in Bus und Bahn beginnt", "en": "Passenger counting starts on buses and trams"},
        "text": {
            "de": "Die HAVAG beginnt, ihre Fahrzeuge mit der Zähltechnik auszurüsten.",
            "en": "HAVAG starts fitting its vehicles with the counting technology.",
        },
        "link": "fahrgastzaehlung",
    },
    {
        "date": None,
        "title": {"de": "Programm bis Ende 2027 verlängert", "en": "Programme extended to the end of 2027"},
        "text": {
            "de": "BMWSB und KfW genehmigen die Verlängerung um ein Jahr bis zum 31. Dezember "
            "2027.",
            "en": "BMWSB and KfW approve an extension by one year, to 31 December 2027.",
        },
    },
]
