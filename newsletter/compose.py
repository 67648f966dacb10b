"""An issue composed by the site: the updates and events published since the last issue went out.

The result is an ordinary draft: the communications team reads it, writes an introduction,
removes or reorders items, previews it and only then queues it.
"""

from datetime import timedelta

from django.utils import formats, timezone, translation
from django.utils.translation import gettext

from updates.models import EventPage, UpdatePage, upcoming_filter

from .models import IssueItem, NewsletterIssue

# Before the first issue there is no "last one": look back this far.
FIRST_ISSUE_DAYS = 30


def since():
    """When the last issue started going out (what was published later was not in it)."""
    last = (
        NewsletterIssue.objects.exclude(status=NewsletterIssue.DRAFT)
        .exclude(queued_at__isnull=True)
        .order_by("-queued_at")
        .first()
    )
    return last.queued_at if last else timezone.now() - timedelta(days=FIRST_ISSUE_DAYS)


def recent_pages(moment):
    updates = (
        UpdatePage.objects.live().public().filter(first_published_at__gt=moment)
        .order_by("-date", "-pk")
    )
    # An event that is over by now is no news for a reader.
    events = (
        EventPage.objects.live().public().filter(first_published_at__gt=moment)
        .filter(upcoming_filter())
        .order_by("start", "pk")
    )
    return list(updates), list(events)


def compose(user=None):
    moment = since()
    updates, events = recent_pages(moment)
    subjects = {}
    for code in ("de", "en"):
        with translation.override(code):
            subjects[code] = gettext("News from Smart City Halle (Saale), %(date)s") % {
                "date": formats.date_format(timezone.localdate(), "DATE_FORMAT")
            }
    issue = NewsletterIssue(subject_de=subjects["de"], subject_en=subjects["en"])
    issue.items = [
        IssueItem(page=page, sort_order=order) for order, page in enumerate([*updates, *events])
    ]
    issue.save()
    return issue, moment
