import pytest
from django.core.management import call_command
from django.utils import translation


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    # A fresh database has NULL url_path_de on the root page until this runs (see DESIGN.md).
    with django_db_blocker.unblock():
        call_command("update_translation_fields", verbosity=0)


@pytest.fixture
def seeded_site(db):
    """The whole seeded tree, exactly as `make run` builds it."""
    from smartcity.seed.builder import Seeder

    with translation.override("de"):
        Seeder(lambda msg: None).run()
    from strategy.models import HomePage

    return HomePage.objects.get()


@pytest.fixture(autouse=True)
def _german_by_default():
    with translation.override("de"):
        yield
