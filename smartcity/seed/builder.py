"""The site-wide seed: calls each app's own seed in the order the pages depend on each other.
Idempotent: anything that already exists is left exactly as an editor may have changed it; only
what is missing is created."""

from django.core.management import call_command
from wagtail.models import Site

from fields.seed import FIELDS_INDEX, PARTNERS_INDEX, seed_fields, seed_partners
from opendata.seed import seed_open_data_page
from signlanguage.seed import seed_sign_language_page
from sponsors.seed import seed_footer_sponsors, seed_sponsors
from strategy.seed import (
    PROJECT_SPACE,
    STRATEGY,
    finish_home,
    finish_strategy,
    seed_chronicle,
    seed_home,
    seed_project_space,
    seed_projects,
    seed_strategy,
)
from updates.seed import seed_updates

from ..models import SiteSettings
from .core import Seeder
from .legal import seed_legal_pages

__all__ = ["Seeder", "build"]


def build(seeder):
    sponsors = seed_sponsors(seeder)
    logo = seeder.image(
        "Platzhalter-Logo SmartCity Halle Saale",
        "SmartCity Halle Saale",
        {"de": "SmartCity Halle Saale", "en": "SmartCity Halle Saale"},
    )
    home, home_created = seed_home(seeder)
    site = Site.objects.get(root_page=home)
    if home_created:
        site_settings = SiteSettings.for_site(site)
        if site_settings.logo_id is None:
            site_settings.logo = logo
            site_settings.save()

    strategy, strategy_created = seed_strategy(seeder, home)
    fields_index, fields = seed_fields(seeder, home)
    project_space = seed_project_space(seeder, home)
    partners_index, partners = seed_partners(seeder, home, fields)
    projects = seed_projects(seeder, project_space, fields, partners)
    seed_chronicle(seeder, home, after=strategy, projects=projects)

    if strategy_created:
        finish_strategy(strategy, fields)
    if home_created:
        finish_home(
            home,
            [
                (strategy, STRATEGY["teaser"]),
                (fields_index, FIELDS_INDEX["teaser"]),
                (project_space, PROJECT_SPACE["teaser"]),
                (partners_index, PARTNERS_INDEX["teaser"]),
            ],
            sponsors,
        )
    seed_footer_sponsors(seeder, site, sponsors)
    seed_legal_pages(seeder, home)
    seed_sign_language_page(seeder, home)
    seed_updates(seeder, home, fields, projects)
    seed_open_data_page(seeder, home)  # after the news and events: it links their feeds
    call_command("setup_roles", verbosity=0)  # the editorial roles and the Freigabe workflow
    return seeder.created


def run(log):
    return build(Seeder(log))
