"""Finds the page for an address in at most two queries, however deep it lies.

Wagtail walks the tree one slug at a time (two queries a level: a project page costs seven before
anything is rendered). Every page already stores its full path in each language (`url_path_de`,
`url_path_en`, kept up to date by wagtail-modeltranslation), so the page is looked up by the
paths the address could stand for, and whatever is left of the address goes to that page's own
`route()` (feeds, calendars, the event archive). The answer is the one Wagtail's walk would give,
including 404 for a German slug under /en/; tests/test_routing.py compares them.

Where an address led is remembered for the content generation (caching/fragments.py), so the
next request loads the page in one query. Addresses that lead nowhere are not remembered.
"""

from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from django.utils import translation
from modeltranslation.utils import build_localized_fieldname
from wagtail import views as wagtail_views
from wagtail.models import Page, Site

from caching import fragments
from caching.variants import vary_on_query


def site_for_request(request):
    """The Site for the request's host, from the fragment cache; kept where Wagtail looks for it
    (request._wagtail_site), so page URLs built later need no query either."""
    if not hasattr(request, "_wagtail_site"):
        host = request.get_host()
        request._wagtail_site = fragments.cached(
            f"site:{host}:{request.get_port()}", lambda: Site.find_for_request(request), request
        )
    return request._wagtail_site


def _deepest_page(site, components):
    """(content type id, page id, depth) of the deepest page the address passes through."""
    root = site.root_page
    field = build_localized_fieldname("url_path", translation.get_language())
    root_path = getattr(root, field, None) or root.url_path
    candidates = [root_path] + [
        root_path + "/".join(components[:length]) + "/" for length in range(1, len(components) + 1)
    ]
    found = (
        Page.objects.filter(**{f"{field}__in": candidates, "path__startswith": root.path})
        .order_by("-depth", "path")
        .values_list("content_type_id", "pk", "depth")
        .first()
    )
    if found is None:
        raise Http404
    return found


def route(request, site, path, remember=None):
    """Wagtail's RouteResult for the path below the site root. `remember`, when given, is a
    fragment-cache name under which the way to the page is kept once it proved to exist."""
    components = [component for component in path.split("/") if component]
    found = fragments.peek(remember, request) if remember is not None else None
    learned = found is None
    if learned:
        found = _deepest_page(site, components)
    content_type_id, pk, depth = found
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    try:
        page = model.objects.get(pk=pk)
    except model.DoesNotExist:
        raise Http404 from None
    result = page.route(request, components[depth - site.root_page.depth :])
    if remember is not None and learned:
        fragments.remember(remember, found, request)
    return result


def serve(request, path):
    """Wagtail's serve view (hooks, view restrictions, page.serve) with the route found here."""
    site = site_for_request(request)
    if site is None:
        raise Http404
    remember = f"route:{site.pk}:{translation.get_language()}:{path}"
    try:
        request._wagtail_route_for_request = route(request, site, path, remember)
    except Http404:
        request._wagtail_route_for_request = None
    # A page reads no query parameters unless its code says so (pagination, filters): the page
    # cache then ignores `?utm_source=…` and the like (caching/variants.py).
    vary_on_query(request)
    return wagtail_views.serve(request, path)
