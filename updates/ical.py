"""iCalendar (RFC 5545) files for events: one event, or all upcoming events as one file.

Times are written with TZID=Europe/Berlin and the matching VTIMEZONE component, so calendar
programmes show the right local time on both sides of a daylight-saving change.
"""

from zoneinfo import ZoneInfo

from django.http import HttpResponse
from django.utils import timezone
from django.utils.html import strip_tags
from icalendar import Calendar, Event

BERLIN = ZoneInfo("Europe/Berlin")


def build_calendar(request, events):
    calendar = Calendar()
    calendar.add("prodid", "-//Smart City Halle (Saale)//Veranstaltungen//DE")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    host = request.get_host().split(":")[0]
    stamp = timezone.now()
    for page in events:
        event = Event()
        event.add("uid", f"event-{page.pk}@{host}")
        event.add("dtstamp", stamp)
        event.add("dtstart", page.start.astimezone(BERLIN))
        if page.end:
            event.add("dtend", page.end.astimezone(BERLIN))
        event.add("summary", page.title)
        if page.place:
            event.add("location", page.place)
        description = "\n\n".join(
            text for text in (page.teaser, strip_tags(page.registration_note)) if text
        )
        if description:
            event.add("description", description)
        event.add("url", request.build_absolute_uri(page.get_url(request)))
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar


def calendar_response(request, events, filename):
    response = HttpResponse(
        build_calendar(request, events).to_ical(), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
