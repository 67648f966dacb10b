"""The page in German Sign Language, seeded with its four items and no videos: the city has
them made, and until an editor uploads one the page says visibly that it is missing (never a
stand-in video). Idempotent like every seed."""

from smartcity.seed.core import tr

from .models import SignLanguagePage, SignLanguageVideo

SIGN_LANGUAGE = {
    "title": {"de": "Gebärdensprache", "en": "German Sign Language"},
    "slug": {"de": "gebaerdensprache", "en": "sign-language"},
    "intro": {
        "de": "Auf dieser Seite erklären Videos in Deutscher Gebärdensprache (DGS) diese Website: "
        "was sie enthält, wie Sie sich zurechtfinden, das Wichtigste aus der Erklärung zur "
        "Barrierefreiheit und wo es mehr in Gebärdensprache gibt.",
        "en": "On this page, videos in German Sign Language (DGS) explain this website: what it "
        "contains, how to find your way around, the essentials of the accessibility statement, "
        "and where there is more in sign language.",
    },
}

ITEMS = [
    {
        "topic": "content",
        "title": {"de": "Was steht auf dieser Website?", "en": "What is on this website?"},
        "text": {
            "de": "Halle (Saale) ist eine der 73 Modellkommunen Smart City in Deutschland. Die "
            "Website stellt die Smart-City-Strategie der Stadt vor, ihre vier Handlungsfelder, die "
            "Partner und den Projektraum Halle-Neustadt mit seinen Projekten. Unter „Aktuelles“ "
            "und „Veranstaltungen“ stehen Neuigkeiten und Termine des Programms.",
            "en": "Halle (Saale) is one of Germany's 73 smart city model municipalities. The "
            "website presents the city's smart city strategy, its four fields of action, its "
            "partners and the Project Space Halle-Neustadt with its projects. Under “News” and "
            "“Events” you find the programme's news and dates.",
        },
    },
    {
        "topic": "navigation",
        "title": {"de": "Wie finde ich mich zurecht?", "en": "How do I find my way around?"},
        "text": {
            "de": "Oben auf jeder Seite stehen das Menü, die Suche und der Wechsel zwischen Deutsch "
            "und Englisch. Auf dem Handy öffnet der Knopf „Menü“ die Navigation. Ganz oben führen "
            "Links zu Leichter Sprache und zu dieser Seite. Unten auf jeder Seite finden Sie "
            "Impressum, Datenschutz und die Erklärung zur Barrierefreiheit.",
            "en": "At the top of every page are the menu, the search and the switch between German "
            "and English. On a phone, the “Menu” button opens the navigation. At the very top, "
            "links lead to easy-to-read German and to this page. At the bottom of every page you "
            "find the legal notice, the privacy policy and the accessibility statement.",
        },
    },
    {
        "topic": "accessibility",
        "title": {"de": "Erklärung zur Barrierefreiheit", "en": "Accessibility statement"},
        "text": {
            "de": "Die Erklärung zur Barrierefreiheit sagt, wie weit diese Website barrierefrei "
            "ist und was noch nicht für alle funktioniert. Mit dem Formular der Erklärung "
            "können Sie Barrieren melden; die Stadt antwortet innerhalb eines Monats. Sind Sie mit "
            "der Antwort nicht zufrieden, können Sie sich an die Ombudsstelle des Landes "
            "Sachsen-Anhalt wenden.",
            "en": "The accessibility statement says how far this website is accessible and what "
            "does not work for everybody yet. With the statement's form you can report barriers; "
            "the city answers within one month. If you are not satisfied with the answer, you can "
            "turn to the ombuds office of the state of Saxony-Anhalt.",
        },
    },
    {
        "topic": "more",
        "title": {"de": "Mehr in Gebärdensprache", "en": "More in sign language"},
        "text": {
            "de": "Auf dieser Website gibt es außer diesen Videos noch keine weiteren Inhalte in "
            "Gebärdensprache. [Bitte ergänzen: Hinweis auf weitere Angebote der Stadt Halle (Saale) "
            "in Deutscher Gebärdensprache]",
            "en": "Apart from these videos, this website has no further content in sign language "
            "yet. [Please add: where the city of Halle (Saale) offers more in German Sign Language]",
        },
    },
]


def seed_sign_language_page(seeder, home, after=None):
    """The DGS page below the home page, hidden from the main menu (the header and the footer
    link it)."""
    videos = [
        SignLanguageVideo(
            sort_order=order,
            topic=item["topic"],
            title=item["title"]["de"],
            text=item["text"]["de"],
            **tr("title", item["title"]),
            **tr("text", item["text"]),
        )
        for order, item in enumerate(ITEMS)
    ]
    return seeder.child(
        home,
        SignLanguagePage,
        SIGN_LANGUAGE,
        after=after,
        show_in_menus=False,
        videos=videos,
        **tr("intro", SIGN_LANGUAGE["intro"]),
        **tr("search_description", SIGN_LANGUAGE["intro"]),
    )
