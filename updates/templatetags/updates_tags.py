"""Updates and events on other apps' pages: the home page, fields of action, projects.

Each tag costs a fixed number of queries, however many updates exist.
"""

from django import template
from django.utils import timezone

from fields.models import FieldOfActionPage
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


@register.inclusion_tag("updates/includes/feed_link.html", takes_context=True)
def updates_feed_link(context):
    """<link rel="alternate"> to the news feed in the visitor's language, for <head>."""
    request = context.get("request")
    index = UpdateIndexPage.objects.live().public().first()
    feed_url = ""
    if index is not None and request is not None:
        feed_url = request.build_absolute_uri(index.feed_url(request))
    return {"feed_url": feed_url}


@register.inclusion_tag("updates/includes/home_section.html", takes_context=True)
def home_updates(context):
    """The newest updates and the next events, for the home page."""
    events = (
        EventPage.objects.live()
        .public()
        .filter(upcoming_filter(timezone.now()))
        .select_related("image")
        .prefetch_related("image__renditions")
        .order_by("start", "pk")
    )
    return {
        "request": context.get("request"),
        "updates": list(_updates()[:HOME_UPDATES]),
        "events": list(events[:HOME_EVENTS]),
        "update_index": UpdateIndexPage.objects.live().public().first(),
        "event_index": EventIndexPage.objects.live().public().first(),
    }


@register.inclusion_tag("updates/includes/related_updates.html", takes_context=True)
def related_updates(context, page):
    """The newest updates related to a field of action or a project."""
    updates = _updates()
    if isinstance(page, FieldOfActionPage):
        updates = updates.filter(fields_of_action=page)
    else:
        updates = updates.filter(projects=page)
    return {"request": context.get("request"), "updates": list(updates[:RELATED_UPDATES])}
