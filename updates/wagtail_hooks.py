from django.db.models import Min
from django.utils import timezone
from wagtail import hooks

from .models import EventPage


@hooks.register("smartcity_next_content_change")
def next_event_change():
    """The next moment an event starts being past (its end, or its start when it has none):
    it then leaves "upcoming" on the home page and the events overview for the archive, without
    anybody publishing anything, so no cached page may outlive it (caching/clock.py)."""
    now = timezone.now()
    events = EventPage.objects.live()
    ends = events.filter(end__gt=now).aggregate(moment=Min("end"))["moment"]
    starts = events.filter(end__isnull=True, start__gt=now).aggregate(moment=Min("start"))["moment"]
    moments = [moment for moment in (ends, starts) if moment is not None]
    return min(moments) if moments else None
