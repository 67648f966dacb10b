"""Queries per page are few and constant: a listing of 500 children costs what one of 5 costs.

Counted as a page is rendered when it is not in the page cache (PAGE_CACHE=off), after one
request has warmed what a running site keeps warm: the menu, the footer and the website settings
in the fragment cache, the site root paths, image renditions. The pinned numbers make any new
query a conscious decision; the issue's budget is 10 for every page type.
"""

import datetime
import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from fields.models import FieldOfActionPage, PartnerIndexPage, PartnerPage
from strategy.models import ProjectPage, ProjectSpacePage
from updates.models import EventIndexPage, EventPage, UpdateIndexPage, UpdatePage

from .bulk import add_children
from .factories import SiteImageFactory

pytestmark = pytest.mark.django_db

BUDGET = 10
COLD_BUDGET = 30  # the first rendering after a publish, which also builds menu, footer & co.
# url -> queries, on the seeded site with 5 and then 500 more children of every listing
PINNED = {
    "/de/": 3,
    "/en/strategy/": 2,
    "/de/handlungsfelder/": 2,
    "/de/handlungsfelder/integrierte-mobilitaet/": 4,
    "/de/partner/": 4,
    "/en/partners/stadtwerke-halle-group/": 5,
    "/de/projektraum-halle-neustadt/": 5,
    "/en/project-space-halle-neustadt/?field={mobility}": 5,
    "/de/projektraum-halle-neustadt/?field={mobility}&status=running": 5,
    "/de/projektraum-halle-neustadt/fahrgastzaehlung/": 4,
    "/de/chronik/": 2,
    "/de/aktuelles/": 5,
    "/de/aktuelles/?field={mobility}": 5,
    "/de/aktuelles/feed/": 3,
    "{update}": 5,
    "/de/veranstaltungen/": 4,
    "/de/veranstaltungen/archive/": 4,
    "/de/veranstaltungen/calendar/": 3,
    "{event}": 5,
    "{event}calendar/": 1,
    "/de/impressum/": 1,
    "/de/barrierefreiheit/": 2,
    "/de/gebaerdensprache/": 2,
    "/de/offene-daten/": 1,
    "/de/newsletter/": 1,
    "/de/search/?q=Mobilit%C3%A4t": 3,
    "/en/search/?q=mobilty&kind=projects": 3,
    "/sitemap.xml": 2,
    "/robots.txt": 0,
}


def add_children_everywhere(count):
    """`count` more projects, partners, updates, upcoming and past events, all tied to the
    mobility field and the Stadtwerke, so every listing and every "related" section grows."""
    mobility = FieldOfActionPage.objects.get(slug_de="integrierte-mobilitaet")
    stadtwerke = PartnerPage.objects.get(slug_de="stadtwerke-halle-gruppe")
    image = SiteImageFactory()
    projects = add_children(
        ProjectSpacePage.objects.get(), ProjectPage, count,
        fields=lambda n: {"field_of_action": mobility, "summary_de": "Zusammenfassung"},
        relations={"partners": [stadtwerke]},
    )
    add_children(
        PartnerIndexPage.objects.get(), PartnerPage, count,
        relations={"fields_of_action": [mobility]},
    )
    project = ProjectPage.objects.get(slug_de="fahrgastzaehlung")
    add_children(
        UpdateIndexPage.objects.get(), UpdatePage, count,
        fields=lambda n: {"date": datetime.date(2026, 1, 1), "image": image, "teaser_de": "Text"},
        relations={"fields_of_action": [mobility], "projects": [project, *projects[:1]]},
    )
    now = timezone.now()
    for sign in (1, -1):  # as many upcoming as past events
        add_children(
            EventIndexPage.objects.get(), EventPage, count,
            fields=lambda n, sign=sign: {"start": now + sign * datetime.timedelta(days=n + 1), "image": image},
        )


def count_queries(client, url, warm=True):
    """Queries of one rendering of the page: with the fragment caches warm, as on a running site,
    or (warm=False) right after a publish, when every fragment is built again."""
    client.get(url)  # renditions and site root paths exist on a running site
    if not warm:
        call_command("clear_page_cache", stdout=io.StringIO())
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    assert response["X-Page-Cache"] != "hit", url  # rendered, not answered from the cache
    return len(queries)


def test_every_page_type_costs_at_most_ten_queries_with_5_or_500_children(
    seeded_site, client, page_cache_off
):
    mobility = FieldOfActionPage.objects.get(slug_de="integrierte-mobilitaet")
    add_children_everywhere(5)
    update = UpdatePage.objects.live().order_by("-date", "-pk").first()
    event = EventPage.objects.live().filter(start__gte=timezone.now()).order_by("start").first()
    with translation.override("de"):
        urls = {
            key: key.format(mobility=mobility.pk, update=update.get_url(), event=event.get_url())
            for key in PINNED
        }
    few = {key: count_queries(client, url) for key, url in urls.items()}
    few_cold = {key: count_queries(client, url, warm=False) for key, url in urls.items()}
    add_children_everywhere(495)
    assert ProjectPage.objects.count() > 500 and EventPage.objects.count() > 1000
    many = {key: count_queries(client, url) for key, url in urls.items()}
    many_cold = {key: count_queries(client, url, warm=False) for key, url in urls.items()}
    assert few == PINNED
    assert many == PINNED
    assert max(PINNED.values()) <= BUDGET
    # Right after a publish the fragments are built again: more queries, but just as constant.
    assert few_cold == many_cold
    assert max(few_cold.values()) <= COLD_BUDGET, few_cold


def test_a_cached_page_costs_no_query(seeded_site, client, django_assert_num_queries):
    client.get("/de/handlungsfelder/integrierte-mobilitaet/")
    with django_assert_num_queries(0):
        response = client.get("/de/handlungsfelder/integrierte-mobilitaet/")
    assert response["X-Page-Cache"] == "hit"
