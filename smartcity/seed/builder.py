"""Builds the seeded page tree. Idempotent: anything that already exists is left exactly as an
editor may have changed it; only what is missing is created."""

from wagtail.models import Page, Site

from fields.models import FieldOfActionIndexPage, FieldOfActionPage, PartnerIndexPage, PartnerPage
from smartcity.models import SiteImage, SiteSettings
from sponsors.models import FooterSponsor, FundingSettings, Sponsor
from strategy.models import HomePage, ProjectPage, ProjectSpacePage, StrategyPage

from . import content as c
from .legal import seed_legal_pages
from .placeholders import placeholder_logo

LANGUAGES = ("de", "en")


def tr(name, values):
    """{'de': 'a', 'en': 'b'} -> {'name_de': 'a', 'name_en': 'b'}"""
    return {f"{name}_{code}": values[code] for code in LANGUAGES}


def tr_page(data, **extra):
    fields = {**tr("title", data["title"]), **tr("slug", data["slug"])}
    fields["title"] = data["title"]["de"]
    fields["slug"] = data["slug"]["de"]
    for name, values in extra.items():
        fields.update(tr(name, values))
    return fields


class Seeder:
    def __init__(self, log):
        self.log = log
        self.created = 0

    def note(self, message):
        self.created += 1
        self.log(message)

    # --- images and snippets -------------------------------------------------------------

    def image(self, title, label, alt_text):
        existing = SiteImage.objects.filter(title=title).first()
        if existing:
            return existing
        filename = title.lower().replace(" ", "-").replace("(", "").replace(")", "") + ".png"
        image = SiteImage(title=title, file=placeholder_logo(label, filename), **tr("alt_text", alt_text))
        image.save()
        self.note(f"image: {title}")
        return image

    def sponsor(self, data):
        existing = Sponsor.objects.filter(name_de=data["name"]["de"]).first()
        if existing:
            return existing
        logo = self.image(
            f"Platzhalter-Logo {data['logo_label']}", data["logo_label"], data["alt_text"]
        )
        sponsor = Sponsor.objects.create(
            logo=logo,
            sort_order=data["sort_order"],
            name=data["name"]["de"],
            **tr("name", data["name"]),
            **tr("alt_text", data["alt_text"]),
        )
        self.note(f"sponsor: {sponsor.name_de}")
        return sponsor

    # --- pages ---------------------------------------------------------------------------

    def child(self, parent, model, data, **fields):
        existing = model.objects.child_of(parent).filter(slug_de=data["slug"]["de"]).first()
        if existing:
            return existing, False
        page = model(**tr_page(data), **fields)
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.note(f"page: {page.url_path_de}")
        return page, True

    def home(self):
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
        logo = self.image(
            "Platzhalter-Logo SmartCity Halle Saale",
            "SmartCity Halle Saale",
            {"de": "SmartCity Halle Saale", "en": "SmartCity Halle Saale"},
        )
        home = HomePage(
            **tr_page(
                c.HOME,
                search_description=c.HOME["search_description"],
                hero_heading=c.HOME["hero_heading"],
                hero_text=c.HOME["hero_text"],
                intro=c.HOME["intro"],
            )
        )
        root.add_child(instance=home)
        home.save_revision().publish()
        if site is None:
            site = Site(hostname="localhost", port=80, is_default_site=True)
        site.root_page = home
        site.site_name = "Smart City Halle (Saale)"
        site.save()
        site_settings = SiteSettings.for_site(site)
        if site_settings.logo_id is None:
            site_settings.logo = logo
            site_settings.save()
        self.note("page: home")
        return home, True

    def run(self):
        sponsors = [self.sponsor(data) for data in c.SPONSORS]
        home, home_created = self.home()

        strategy, strategy_created = self.child(
            home,
            StrategyPage,
            c.STRATEGY,
            show_in_menus=True,
            **tr("intro", c.STRATEGY["intro"]),
            **tr("search_description", c.STRATEGY["intro"]),
            **tr("vision", c.STRATEGY["vision"]),
            **{
                f"guiding_principles_{code}": [
                    ("principle", {"title": p[code][0], "text": p[code][1]})
                    for p in c.STRATEGY["principles"]
                ]
                for code in LANGUAGES
            },
            **{
                f"spatial_focus_{code}": [
                    ("area", {"name": a[code][0], "text": a[code][1]}) for a in c.STRATEGY["areas"]
                ]
                for code in LANGUAGES
            },
            **{
                f"body_{code}": [("paragraph", f"<p>{c.STRATEGY['document_note'][code]}</p>")]
                for code in LANGUAGES
            },
        )

        fields_index, _ = self.child(
            home,
            FieldOfActionIndexPage,
            c.FIELDS_INDEX,
            show_in_menus=True,
            **tr("intro", c.FIELDS_INDEX["intro"]),
            **tr("search_description", c.FIELDS_INDEX["teaser"]),
        )
        fields = {}
        for data in c.FIELDS:
            fields[data["key"]], _ = self.child(
                fields_index,
                FieldOfActionPage,
                data,
                accent=data["key"],
                **tr("intro", data["intro"]),
                **tr("search_description", data["intro"]),
                **tr("status_line", data["status_line"]),
            )

        project_space, _ = self.child(
            home,
            ProjectSpacePage,
            c.PROJECT_SPACE,
            show_in_menus=True,
            **tr("intro", c.PROJECT_SPACE["intro"]),
            **tr("search_description", c.PROJECT_SPACE["teaser"]),
        )

        partners_index, _ = self.child(
            home,
            PartnerIndexPage,
            c.PARTNERS_INDEX,
            show_in_menus=True,
            **tr("intro", c.PARTNERS_INDEX["intro"]),
            **tr("search_description", c.PARTNERS_INDEX["teaser"]),
        )
        partners = {}
        for data in c.PARTNERS:
            logo = self.image(
                f"Platzhalter-Logo {data['logo_label']}",
                data["logo_label"],
                {"de": f"Logo {data['title']['de']}", "en": f"Logo of {data['title']['en']}"},
            )
            partners[data["key"]], _ = self.child(
                partners_index,
                PartnerPage,
                data,
                logo=logo,
                fields_of_action=[fields[key] for key in data["fields"]],
                **tr("intro", data["intro"]),
                **tr("search_description", data["intro"]),
            )

        for data in c.PROJECTS:
            self.child(
                project_space,
                ProjectPage,
                data,
                status=data["status"],
                field_of_action=fields[data["field"]],
                partners=[partners[key] for key in data["partners"]],
                **tr("summary", data["summary"]),
                **tr("search_description", data["summary"]),
            )

        # Blocks that point at other pages can only be written once those pages exist; only
        # pages created in this run get them, so an editor's later changes are never undone.
        if strategy_created:
            for code in LANGUAGES:
                setattr(
                    strategy,
                    f"focus_themes_{code}",
                    [
                        ("theme", {"title": t[code], "text": "", "field_of_action": fields[key]})
                        for key, t in c.STRATEGY["themes"]
                    ],
                )
            strategy.save_revision().publish()
        if home_created:
            sections = [
                (strategy, c.STRATEGY),
                (fields_index, c.FIELDS_INDEX),
                (project_space, c.PROJECT_SPACE),
                (partners_index, c.PARTNERS_INDEX),
            ]
            for code in LANGUAGES:
                setattr(
                    home,
                    f"teasers_{code}",
                    [("teaser", {"page": p, "heading": "", "text": d["teaser"][code]}) for p, d in sections],
                )
                setattr(
                    home,
                    f"body_{code}",
                    [("sponsor_logos", {"heading": "", "sponsors": sponsors})],
                )
            home.save_revision().publish()

        funding = FundingSettings.for_site(Site.objects.get(root_page=home))
        if not funding.footer_sponsors.exists():
            funding.footer_sponsors = [
                FooterSponsor(sponsor=sponsor, sort_order=order)
                for order, sponsor in enumerate(sponsors)
            ]
            funding.save()
            self.note("settings: footer sponsors")
        seed_legal_pages(self, home)

        from updates.seed import seed_updates  # news, events and the editorial roles

        seed_updates(self, home)
        return self.created
