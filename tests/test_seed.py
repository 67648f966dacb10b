import pytest
from django.core.management import call_command
from wagtail.models import Page

from smartcity.models import SiteImage
from sponsors.models import FooterSponsor, Sponsor

pytestmark = pytest.mark.django_db


def counts():
    return (Page.objects.count(), Sponsor.objects.count(), SiteImage.objects.count(), FooterSponsor.objects.count())


def test_seed_twice_changes_nothing(db):
    call_command("seed_site", verbosity=0)
    first = counts()
    call_command("seed_site", verbosity=0)
    assert counts() == first
    # root + home + strategy + Chronik + fields index + 4 fields + project space + 9 projects
    # + partner index + 9 partners + 4 legal pages + news index + 7 updates
    # + events index + 2 events + the open data page + the page in sign language
    assert first[0] == 46
    assert first[1] == 2 and first[3] == 2


def test_second_run_keeps_editor_changes(seeded_site):
    from strategy.models import StrategyPage

    strategy = StrategyPage.objects.get()
    strategy.intro_en = "Edited by the city"
    strategy.save_revision().publish()
    call_command("seed_site", verbosity=0)
    assert StrategyPage.objects.get().intro_en == "Edited by the city"
