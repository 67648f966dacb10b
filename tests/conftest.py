import pytest
from django.core.management import call_command
from django.utils import translation


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Migrates the test database once, then seeds it once, exactly as `make run` does.

    Every test runs inside a transaction that is rolled back, so each one starts from the same
    seeded site; seeding per test would cost three seconds each.
    """
    from smartcity.seed.builder import Seeder

    with django_db_blocker.unblock():
        # A fresh database has NULL url_path_de on the root page until this runs (DESIGN.md).
        call_command("update_translation_fields", verbosity=0)
        with translation.override("de"):
            Seeder(lambda msg: None).run()


@pytest.fixture
def seeded_site(db):
    """The home page of the seeded tree (see django_db_setup)."""
    from strategy.models import HomePage

    return HomePage.objects.get()


@pytest.fixture
def site_settings(seeded_site):
    """The website settings (logo, share image, social links, contact) of the seeded site."""
    from wagtail.models import Site

    from smartcity.models import SiteSettings

    return SiteSettings.for_site(Site.objects.get(is_default_site=True))


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache: its rolled-back rows must not live on in there."""
    from django.core.cache import caches

    caches["default"].clear()
    yield


@pytest.fixture
def page_cache_off(settings):
    """Rendering as it is when a page is not in the page cache (PAGE_CACHE=off): what query
    counts measure. The fragment caches (menu, footer, settings) stay on, as in production."""
    settings.PAGE_CACHE = False


@pytest.fixture(autouse=True)
def _german_by_default():
    with translation.override("de"):
        yield
