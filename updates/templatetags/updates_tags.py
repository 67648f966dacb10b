"""Updates and events on other apps' pages: the home page, fields of action, projects.

Each tag costs a fixed number of queries, however many updates exist.
"""

from django import template
from django.template.loader import render_to_string
from django.utils import timezone, translation

from caching import fragments
from fields.models import FieldOfActionPage
from smartcity.routing import site_for_request
from updates.models import EventIndexPage, EventPage, UpdateIndexPage, UpdatePage, upcoming_filter

register = template.Library()

HOME_UPDATES = 3
HOME_EVENTS = 3
RELATED_UPDATES = 3


def _updates():
    return (
        UpdatePage.objects.live()
        .public()
        .select_related("image")
        .prefetch_related("image__renditions")
        .order_by("-date", "-pk")
    )


def _index_urls(request):
    """The addresses of the news and events overviews and of the news feed in the active
    language, from the shared cache: they are on every home page and move only on a publish."""

    def read():
        updates = UpdateIndexPage.objects.live().public().first()
        events = EventIndexPage.objects.live().public().first()
        return {
            "updates": updates.get_url(request) if updates else "",
            "feed": updates.feed_url(request) if updates else "",
            "events": events.get_url(request) if events else "",
        }

    site = site_for_request(request)
    key = f"update-indexes:{site.pk if site else 0}:{translation.get_language()}"
    return fragments.cached(key, read, request)


@register.inclusion_tag("updates/includes/feed_link.html", takes_context=True)
def updates_feed_link(context):
    """<link rel="alternate"> to the news feed in the visitor's language, for <head>."""
    request = context.get("request")
    if request is None:
        return {"feed_url": ""}
    feed = _index_urls(request)["feed"]
    return {"feed_url": request.build_absolute_uri(feed) if feed else ""}


@register.simple_tag(takes_context=True)
def home_updates(context):
    """The newest updates and the next events, for the home page. The same for every visitor
    until something is published or the next event ends, so it is rendered once per content
    generation and language."""
    request = context.get("request")

    def render():
        events = (
            EventPage.objects.live()
            .public()
            .filter(upcoming_filter(timezone.now()))
            .select_related("image")
            .prefetch_related("image__renditions")
            .order_by("start", "pk")
        )
        return render_to_string(
            "updates/includes/home_section.html",
            {
                "request": request,
                "updates": list(_updates()[:HOME_UPDATES]),
                "events": list(events[:HOME_EVENTS]),
                "indexes": _index_urls(request),
            },
        )

    site = site_for_request(request) if request is not None else None
    key = f"home-updates:{site.pk if site else 0}:{translation.get_language()}"
    return fragments.cached(key, render, request, until_content_changes=True)


@register.simple_tag(takes_context=True)
def related_updates(context, page):
    """The newest updates related to a field of action or a project, rendered once per page,
    language and content generation (publishing an update starts a new one)."""
    request = context.get("request")

    def render():
        updates = _updates()
        if isinstance(page, FieldOfActionPage):
            updates = updates.filter(fields_of_action=page)
        else:
            updates = updates.filter(projects=page)
        return render_to_string(
            "updates/includes/related_updates.html",
            {"request": request, "updates": list(updates[:RELATED_UPDATES])},
        )

    if not page.pk:  # a new page in preview has no related updates yet
        return ""
    site = site_for_request(request) if request is not None else None
    key = f"related-updates:{site.pk if site else 0}:{translation.get_language()}:{page.pk}"
    return fragments.cached(key, render, request)
