"""The two-query router (smartcity/routing.py) finds exactly what Wagtail's slug-by-slug walk
finds, in both languages, for every page and for addresses that lead nowhere."""

import pytest
from django.http import Http404
from django.test import RequestFactory
from django.utils import translation
from wagtail.models import Page, Site

from smartcity import routing
from strategy.models import ProjectPage

pytestmark = pytest.mark.django_db


def comparable(result):
    """Routable pages answer with their view method bound to the page instance: compare names."""
    page, args, kwargs = result
    args = [getattr(arg, "__name__", arg) for arg in args]
    return page.pk, args, dict(kwargs)


def wagtail_route(site, path):
    request = RequestFactory().get(path)
    components = [c for c in path.split("/") if c]
    try:
        return comparable(site.root_page.specific.route(request, components))
    except Http404:
        return None


def our_route(site, path):
    request = RequestFactory().get(path)
    try:
        return comparable(routing.route(request, site, path))
    except Http404:
        return None


def paths_to_try(site):
    paths = ["", "nicht-da/", "strategie/nicht-da/", "aktuelles/feed/", "aktuelles/feed/x/",
             "veranstaltungen/archive/", "veranstaltungen/calendar/", "news/", "fields-of-action/",
             "handlungsfelder/integrated-mobility/"]
    for page in Page.objects.descendant_of(site.root_page).live():
        for language in ("de", "en"):
            with translation.override(language):
                url = page.get_url()
            paths.append(url.split("/", 2)[2])
    return paths


@pytest.mark.parametrize("language", ["de", "en"])
def test_router_agrees_with_wagtail_on_every_address(seeded_site, language):
    site = Site.objects.select_related("root_page").get(is_default_site=True)
    with translation.override(language):
        for path in paths_to_try(site):
            assert our_route(site, path) == wagtail_route(site, path), (language, path)


def test_unpublished_pages_are_not_found_but_their_published_children_are(seeded_site, client):
    project = ProjectPage.objects.get(slug_de="fahrgastzaehlung")
    project.unpublish()
    assert client.get("/de/projektraum-halle-neustadt/fahrgastzaehlung/").status_code == 404
    space = project.get_parent()
    space.unpublish()
    other = ProjectPage.objects.live().first()
    with translation.override("de"):
        assert client.get(other.get_url()).status_code == 200
    assert client.get("/de/projektraum-halle-neustadt/").status_code == 404


def test_a_page_costs_two_queries_to_find_however_deep(seeded_site, django_assert_num_queries):
    site = Site.objects.select_related("root_page").get(is_default_site=True)
    with translation.override("en"), django_assert_num_queries(2):
        page, _args, _kwargs = routing.route(
            RequestFactory().get("/"), site, "events/workshop-digital-participation/calendar/"
        )
    assert page.slug_de == "werkstatt-digitale-teilhabe"


def test_a_known_address_is_found_in_one_query(seeded_site, django_assert_num_queries):
    site = Site.objects.select_related("root_page").get(is_default_site=True)
    path, name = "fields-of-action/integrated-mobility/", "route-test"
    with translation.override("en"):
        first = routing.route(RequestFactory().get("/"), site, path, remember=name)
        with django_assert_num_queries(1):  # the page itself; the way to it is remembered
            again = routing.route(RequestFactory().get("/"), site, path, remember=name)
    assert first.page.pk == again.page.pk


def test_addresses_that_lead_nowhere_are_not_remembered(seeded_site, client):
    from caching import fragments

    for n in range(5):
        assert client.get(f"/de/strategie/gibt-es-nicht-{n}/").status_code == 404
    site = Site.objects.get(is_default_site=True)
    assert fragments.peek(f"route:{site.pk}:de:strategie/gibt-es-nicht-0/") is None
    assert client.get("/de/strategie/").status_code == 200
    assert fragments.peek(f"route:{site.pk}:de:strategie/") is not None
