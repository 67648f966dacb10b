"""The seeded content, written for this site from the programme's facts (see DESIGN.md).

Each text exists in German and English. Facts we do not have (names, addresses, dates, web
addresses) stay as visible placeholders in square brackets for the editors to fill in.
"""

SPONSORS = [
    {
        "key": "bmwsb",
        "name": {
            "de": "Bundesministerium für Wohnen, Stadtentwicklung und Bauwesen",
            "en": "Federal Ministry for Housing, Urban Development and Building",
        },
        "alt_text": {
            "de": "Logo des Bundesministeriums für Wohnen, Stadtentwicklung und Bauwesen (BMWSB)",
            "en": "Logo of the Federal Ministry for Housing, Urban Development and Building (BMWSB)",
        },
        "logo_label": "BMWSB",
        "sort_order": 10,
    },
    {
        "key": "kfw",
        "name": {"de": "KfW", "en": "KfW"},
        "alt_text": {"de": "Logo der KfW", "en": "Logo of KfW"},
        "logo_label": "KfW",
        "sort_order": 20,
    },
]

HOME = {
    "title": {"de": "Smart City Halle (Saale)", "en": "Smart City Halle (Saale)"},
    "slug": {"de": "startseite", "en": "home"},
    "search_description": {
        "de": "Das Modellprojekt Smart City der Stadt Halle (Saale): Strategie, Handlungsfelder, "
        "Partner und der Projektraum Halle-Neustadt.",
        "en": "The Smart City model project of Halle (Saale): strategy, fields of action, "
        "partners and the Project Space Halle-Neustadt.",
    },
    "hero_heading": {
        "de": "Halle (Saale) wird Smart City",
        "en": "Halle (Saale) is becoming a smart city",
    },
    "hero_text": {
        "de": "Als eine von 73 Modellkommunen Smart Cities in Deutschland erprobt Halle, wie "
        "digitale Technik die Stadt nachhaltiger und lebenswerter machen kann – gemeinsam mit "
        "den Menschen, die hier leben.",
        "en": "As one of 73 model municipalities for smart cities in Germany, Halle is finding "
        "out how digital technology can make the city more sustainable and more liveable – "
        "together with the people who live here.",
    },
    "intro": {
        "de": "<p>Smart City heißt für Halle: Die Stadtteile wachsen zusammen, alle "
        "Bewohnerinnen und Bewohner können digital teilhaben, und die Potenziale der Stadt "
        "werden gemeinsam entwickelt. Das Bundesprogramm „Modellprojekte Smart Cities“ hilft "
        "Städten und Regionen, digitale Technik für eine nachhaltige Entwicklung zu nutzen. "
        "Gefördert wird es vom Bundesministerium für Wohnen, Stadtentwicklung und Bauwesen "
        "(BMWSB), die KfW betreut die Förderung.</p>",
        "en": "<p>For Halle, smart city means that the city's districts grow together, that "
        "every resident can take part digitally, and that the city's potential is developed "
        "jointly. The federal programme “Smart Cities model projects” helps cities and regions "
        "to use digital technology for sustainable development. It is funded by the Federal "
        "Ministry for Housing, Urban Development and Building (BMWSB) and administered by "
        "KfW.</p>",
    },
}

STRATEGY = {
    "title": {"de": "Strategie", "en": "Strategy"},
    "slug": {"de": "strategie", "en": "strategy"},
    "teaser": {
        "de": "Vision, Leitbilder und Schwerpunkte der Smart-City-Strategie für ganz Halle.",
        "en": "Vision, guiding principles and focus themes of the smart city strategy for all "
        "of Halle.",
    },
    "intro": {
        "de": "Die Smart-City-Strategie beschreibt Visionen und Leitbilder für die ganze Stadt. "
        "Besonders nimmt sie die vier Handlungsfelder in den Blick, die Halle in seiner "
        "Bewerbung als Modellkommune festgelegt hat.",
        "en": "The smart city strategy sets out visions and guiding principles for the whole "
        "city. It looks in particular at the four fields of action that Halle defined in its "
        "application to become a model municipality.",
    },
    "vision": {
        "de": "<p>Die Stadt an der Saale soll zu einer intelligent vernetzten, nachhaltigen, "
        "lebenswerten und zukunftsfähigen Metropole werden. Digitalisierung ist dabei ein "
        "Querschnittsthema: Sie berührt jeden Bereich der Stadtgesellschaft und der "
        "Stadtentwicklung.</p>",
        "en": "<p>The city on the Saale is to become an intelligently networked, sustainable, "
        "liveable metropolis that is ready for the future. Digitalisation runs across "
        "everything: it touches every part of urban society and of urban development.</p>",
    },
    "principles": [
        {
            "de": ("Stadtteile wachsen zusammen", "Digitale Angebote sollen Quartiere verbinden, "
                   "statt neue Grenzen zu ziehen."),
            "en": ("Districts grow together", "Digital services should connect neighbourhoods "
                   "rather than draw new boundaries."),
        },
        {
            "de": ("Digitale Teilhabe für alle", "Alle Bewohnerinnen und Bewohner sollen "
                   "digitale Angebote nutzen und mitgestalten können."),
            "en": ("Digital participation for everyone", "Every resident should be able to use "
                   "digital services and help shape them."),
        },
        {
            "de": ("Potenziale gemeinsam entwickeln", "Stadt, Partner und Bürgerschaft "
                   "entwickeln die Möglichkeiten der Stadt zusammen weiter."),
            "en": ("Developing potential together", "The city, its partners and its citizens "
                   "develop the city's opportunities jointly."),
        },
    ],
    "themes": [
        ("economy", {"de": "Leistungsfähige Wirtschaft", "en": "A strong economy"}),
        ("mobility", {"de": "Smarte Mobilität", "en": "Smart mobility"}),
        ("education", {"de": "Nachhaltige Bildung", "en": "Sustainable education"}),
        ("administration", {"de": "Agile Verwaltung", "en": "An agile administration"}),
    ],
    "areas": [
        {
            "de": ("Der hallesche Osten", "Einer der beiden Stadträume, in denen das Programm "
                   "ansetzt."),
            "en": ("The east of Halle", "One of the two parts of the city where the programme "
                   "starts."),
        },
        {
            "de": ("Halle-Neustadt", "Der zweite räumliche Ausgangspunkt; hier bündelt der "
                   "Projektraum Halle-Neustadt die Projekte der Handlungsfelder."),
            "en": ("Halle-Neustadt", "The second starting point; here the Project Space "
                   "Halle-Neustadt brings together the projects of the fields of action."),
        },
    ],
    "document_note": {
        "de": "[Bitte ergänzen: Strategiedokument als PDF hochladen]",
        "en": "[Please add: upload the strategy document as a PDF]",
    },
}

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
            "Strategie. Für dieses Handlungsfeld hat die Stadt die Agentur Form Follows You "
            "beauftragt.",
            "en": "A strong economy is one of the strategy's four focus themes. The city has "
            "engaged the agency Form Follows You for this field of action.",
        },
        "status_line": {
            "de": "Agentur Form Follows You beauftragt",
            "en": "Agency Form Follows You engaged",
        },
    },
    {
        "key": "education",
        "title": {"de": "Smarte Bildung", "en": "Smart Education"},
        "slug": {"de": "smarte-bildung", "en": "smart-education"},
        "intro": {
            "de": "Nachhaltige Bildung ist einer der vier Schwerpunkte der Strategie. Die "
            "Stadtwerke Halle-Gruppe entwickelt Projekte in diesem Handlungsfeld.",
            "en": "Sustainable education is one of the strategy's four focus themes. "
            "Stadtwerke Halle-Gruppe is developing projects in this field of action.",
        },
        "status_line": {
            "de": "Ausschreibungen in Vorbereitung",
            "en": "Calls for tender in preparation",
        },
    },
    {
        "key": "mobility",
        "title": {"de": "Integrierte Mobilität", "en": "Integrated Mobility"},
        "slug": {"de": "integrierte-mobilitaet", "en": "integrated-mobility"},
        "intro": {
            "de": "Smarte Mobilität ist einer der vier Schwerpunkte der Strategie. Die "
            "Stadtwerke Halle-Gruppe entwickelt Projekte in diesem Handlungsfeld.",
            "en": "Smart mobility is one of the strategy's four focus themes. Stadtwerke "
            "Halle-Gruppe is developing projects in this field of action.",
        },
        "status_line": {
            "de": "Projekte in Entwicklung mit der Stadtwerke Halle-Gruppe",
            "en": "Projects under development with Stadtwerke Halle-Gruppe",
        },
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
        "Partnern.</p>",
        "en": "<p>The city develops the projects of the fields of action together with "
        "partners.</p>",
    },
}

PARTNERS = [
    {
        "key": "stadtwerke",
        "title": {"de": "Stadtwerke Halle-Gruppe", "en": "Stadtwerke Halle-Gruppe"},
        "slug": {"de": "stadtwerke-halle-gruppe", "en": "stadtwerke-halle-group"},
        "intro": {
            "de": "Die Unternehmensgruppe der Stadtwerke Halle entwickelt Projekte in den "
            "Handlungsfeldern Mobilität und Bildung.",
            "en": "The Stadtwerke Halle group of municipal utility companies develops projects "
            "in the fields of action mobility and education.",
        },
        "fields": ["mobility", "education"],
        "logo_label": "Stadtwerke Halle",
    },
    {
        "key": "ffy",
        "title": {"de": "Form Follows You", "en": "Form Follows You"},
        "slug": {"de": "form-follows-you", "en": "form-follows-you"},
        "intro": {
            "de": "Die Agentur Form Follows You wurde für das Handlungsfeld Wirtschaft "
            "beauftragt.",
            "en": "The agency Form Follows You was engaged for the economy field of action.",
        },
        "fields": ["economy"],
        "logo_label": "Form Follows You",
    },
]

PROJECT_SPACE = {
    "title": {"de": "Projektraum Halle-Neustadt", "en": "Project Space Halle-Neustadt"},
    "slug": {"de": "projektraum-halle-neustadt", "en": "project-space-halle-neustadt"},
    "teaser": {
        "de": "Hier sind die Projekte aller Handlungsfelder gebündelt.",
        "en": "Where the projects of all fields of action come together.",
    },
    "intro": {
        "de": "Im Projektraum Halle-Neustadt laufen die Projekte der Handlungsfelder zusammen. "
        "Wählen Sie ein Handlungsfeld, um nur dessen Projekte zu sehen.",
        "en": "The Project Space Halle-Neustadt brings together the projects of the fields of "
        "action. Choose a field of action to see only its projects.",
    },
}

PROJECTS = [
    {
        "title": {
            "de": "Mobilitätsprojekte der Stadtwerke Halle-Gruppe",
            "en": "Mobility projects of Stadtwerke Halle-Gruppe",
        },
        "slug": {"de": "mobilitaetsprojekte-stadtwerke", "en": "mobility-projects-stadtwerke"},
        "summary": {
            "de": "Die Stadtwerke Halle-Gruppe entwickelt Projekte für eine integrierte "
            "Mobilität. [Bitte ergänzen: Projektnamen, Ziele und Zeitplan]",
            "en": "Stadtwerke Halle-Gruppe is developing projects for integrated mobility. "
            "[Please add: project names, aims and timetable]",
        },
        "field": "mobility",
        "partners": ["stadtwerke"],
        "status": "preparation",
    },
    {
        "title": {
            "de": "Bildungsprojekte der Stadtwerke Halle-Gruppe",
            "en": "Education projects of Stadtwerke Halle-Gruppe",
        },
        "slug": {"de": "bildungsprojekte-stadtwerke", "en": "education-projects-stadtwerke"},
        "summary": {
            "de": "Die Stadtwerke Halle-Gruppe entwickelt Projekte im Handlungsfeld Bildung; "
            "die Ausschreibungen werden vorbereitet. [Bitte ergänzen: Projektnamen und "
            "Zeitplan]",
            "en": "Stadtwerke Halle-Gruppe is developing projects in the education field; the "
            "calls for tender are being prepared. [Please add: project names and timetable]",
        },
        "field": "education",
        "partners": ["stadtwerke"],
        "status": "preparation",
    },
    {
        "title": {
            "de": "Wirtschaftsprojekt mit Form Follows You",
            "en": "Economy project with Form Follows You",
        },
        "slug": {"de": "wirtschaftsprojekt-form-follows-you", "en": "economy-project-form-follows-you"},
        "summary": {
            "de": "Die Agentur Form Follows You arbeitet für die Stadt im Handlungsfeld "
            "Wirtschaft. [Bitte ergänzen: Projektname, Ziele und Zeitplan]",
            "en": "The agency Form Follows You works for the city in the economy field. "
            "[Please add: project name, aims and timetable]",
        },
        "field": "economy",
        "partners": ["ffy"],
        "status": "running",
    },
]
