"""The programme's pages: the start page, the strategy, the Chronik, the Projektraum and its
projects, written from CONTENT.md in our own words. Like every app's seed: only what is missing is
created (smartcity.seed.core.Seeder), so editors' changes are kept."""

from wagtail.models import Page, Site

from smartcity.seed.core import LANGUAGES, tr, tr_page

from .models import (
    ChronicleEntry,
    ChroniclePage,
    HomePage,
    ProjectMilestone,
    ProjectPage,
    ProjectSpacePage,
    StrategyPage,
)
from .seed_chronicle import CHRONICLE, ENTRIES
from .seed_projects import PROJECTS

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


def seed_home(seeder):
    """The start page, below the tree's root, as the default site's root; (page, created)."""
    home = HomePage.objects.first()
    if home:
        return home, False
    root = Page.objects.get(depth=1)
    site = Site.objects.filter(is_default_site=True).first()
    welcome = root.get_children().exact_type(Page).filter(slug="home").first()
    if site and welcome and site.root_page_id == welcome.pk:
        # Wagtail's "Welcome to your new Wagtail site!" page: the site must point elsewhere
        # before it goes, or deleting it would take the Site with it.
        site.root_page = root
        site.save()
    if welcome and not welcome.get_children().exists():
        welcome.delete()
    home = HomePage(
        **tr_page(
            HOME,
            search_description=HOME["search_description"],
            hero_heading=HOME["hero_heading"],
            hero_text=HOME["hero_text"],
            intro=HOME["intro"],
        )
    )
    root.add_child(instance=home)
    home.save_revision().publish()
    if site is None:
        site = Site(hostname="localhost", port=80, is_default_site=True)
    site.root_page = home
    site.site_name = "Smart City Halle (Saale)"
    site.save()
    seeder.note("page: home")
    return home, True


def seed_strategy(seeder, home):
    return seeder.child(
        home,
        StrategyPage,
        STRATEGY,
        show_in_menus=True,
        **tr("intro", STRATEGY["intro"]),
        **tr("search_description", STRATEGY["intro"]),
        **tr("vision", STRATEGY["vision"]),
        **{
            f"guiding_principles_{code}": [
                ("principle", {"title": p[code][0], "text": p[code][1]})
                for p in STRATEGY["principles"]
            ]
            for code in LANGUAGES
        },
        **{
            f"spatial_focus_{code}": [
                ("area", {"name": a[code][0], "text": a[code][1]}) for a in STRATEGY["areas"]
            ]
            for code in LANGUAGES
        },
        **{
            f"body_{code}": [("paragraph", f"<p>{STRATEGY['document_note'][code]}</p>")]
            for code in LANGUAGES
        },
    )


def seed_project_space(seeder, home):
    space, _ = seeder.child(
        home,
        ProjectSpacePage,
        PROJECT_SPACE,
        show_in_menus=True,
        **tr("intro", PROJECT_SPACE["intro"]),
        **tr("search_description", PROJECT_SPACE["teaser"]),
    )
    return space


def seed_projects(seeder, space, fields, partners):
    """The projects with their milestones; returns {German slug: ProjectPage}."""
    projects = {}
    for data in PROJECTS:
        field = fields[data["field"]]
        milestones = [
            ProjectMilestone(
                sort_order=order,
                date=step["date"],
                precision=step.get("precision", "day"),
                title=step["title"]["de"],
                text=step["text"]["de"],
                **tr("title", step["title"]),
                **tr("text", step["text"]),
            )
            for order, step in enumerate(data["milestones"])
        ]
        measure = {
            "de": f"<p>Teil der {data['measure']['de']} im Handlungsfeld {field.title_de}.</p>",
            "en": f"<p>Part of the {data['measure']['en'].replace('Measure: ', '')} measure in "
            f"the field of action {field.title_en}.</p>",
        }
        projects[data["slug"]["de"]], _ = seeder.child(
            space,
            ProjectPage,
            data,
            status=data["status"],
            field_of_action=field,
            partners=[partners[key] for key in data["partners"]],
            milestones=milestones,
            **tr("summary", data["summary"]),
            **tr("search_description", data["summary"]),
            **{f"body_{code}": [("paragraph", measure[code])] for code in LANGUAGES},
        )
    return projects


def seed_chronicle(seeder, home, after, projects):
    """The Chronik, placed right after the strategy in the menu."""
    entries = [
        ChronicleEntry(
            sort_order=order,
            date=entry["date"],
            precision=entry.get("precision", "day"),
            title=entry["title"]["de"],
            text=entry["text"]["de"],
            link_page=projects.get(entry.get("link")),
            **tr("title", entry["title"]),
            **tr("text", entry["text"]),
        )
        for order, entry in enumerate(ENTRIES)
    ]
    return seeder.child(
        home,
        ChroniclePage,
        CHRONICLE,
        after=after,
        show_in_menus=True,
        entries=entries,
        **tr("intro", CHRONICLE["intro"]),
        **tr("search_description", CHRONICLE["intro"]),
    )


def finish_strategy(strategy, fields):
    """The focus themes link to the fields of action, which exist only after the strategy:
    written once, when the strategy was created in this run."""
    for code in LANGUAGES:
        setattr(
            strategy,
            f"focus_themes_{code}",
            [
                ("theme", {"title": t[code], "text": "", "field_of_action": fields[key]})
                for key, t in STRATEGY["themes"]
            ],
        )
    strategy.save_revision().publish()


def finish_home(home, sections, sponsors):
    """Teasers into the main sections and the sponsor logos; written once, when the home page
    was created in this run. `sections` is [(page, {"de": teaser, "en": teaser})]."""
    for code in LANGUAGES:
        setattr(
            home,
            f"teasers_{code}",
            [("teaser", {"page": page, "heading": "", "text": teaser[code]}) for page, teaser in sections],
        )
        setattr(home, f"body_{code}", [("sponsor_logos", {"heading": "", "sponsors": sponsors})])
    home.save_revision().publish()
