"""Queries per page are constant: a listing of 50 children costs what a listing of 5 costs.

Each page is requested once to warm caches that a real site keeps warm (image renditions,
site root paths), then counted. The pinned numbers make any new query a conscious decision.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from fields.models import FieldOfActionPage, PartnerPage
from strategy.models import ProjectSpacePage

from .factories import ProjectPageFactory

pytestmark = pytest.mark.django_db

# url -> queries on the seeded site plus 5 and then 50 extra projects
PINNED = {
    "/de/": 30,
    "/en/strategy/": 18,
    "/de/handlungsfelder/": 19,
    "/de/handlungsfelder/integrierte-mobilitaet/": 26,
    "/de/partner/": 21,
    "/en/partners/stadtwerke-halle-group/": 25,
    "/de/projektraum-halle-neustadt/": 21,
    "/en/project-space-halle-neustadt/?field={mobility}": 21,
    "/de/projektraum-halle-neustadt/mobilitaetsprojekte-stadtwerke/": 24,
    "/de/search/?q=Mobilit%C3%A4t": 20,
}


def add_projects(count):
    space = ProjectSpacePage.objects.get()
    mobility = FieldOfActionPage.objects.get(slug_de="integrierte-mobilitaet")
    stadtwerke = PartnerPage.objects.get(slug_de="stadtwerke-halle-gruppe")
    for _ in range(count):
        project = ProjectPageFactory(parent=space, field_of_action=mobility)
        project.partners = [stadtwerke]
        project.save()


def count_queries(client, url):
    client.get(url)  # warm-up: renditions and the site root path cache
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def test_query_counts_do_not_grow_with_children(seeded_site, client):
    mobility = FieldOfActionPage.objects.get(slug_de="integrierte-mobilitaet")
    pinned = {url.format(mobility=mobility.pk): count for url, count in PINNED.items()}
    add_projects(5)
    few = {url: count_queries(client, url) for url in pinned}
    add_projects(45)
    many = {url: count_queries(client, url) for url in pinned}
    assert few == pinned
    assert many == pinned
