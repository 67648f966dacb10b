"""The "filter by field of action" that the Projektraum and the news overview share."""

from django.http import Http404

from caching.variants import vary_on_query

from .models import FieldOfActionPage

PARAMETER = "field"


def field_of_action_filter(request):
    """The live fields of action (for the filter links) and the one chosen with ?field=<id>.

    A stale or mistyped filter link is answered with 404 rather than silently showing the whole
    list under a filter the visitor did not ask for.
    """
    vary_on_query(request, PARAMETER)
    fields_of_action = list(FieldOfActionPage.objects.live().public().order_by("path"))
    raw = request.GET.get(PARAMETER, "")
    if not raw:
        return fields_of_action, None
    selected = next((f for f in fields_of_action if str(f.pk) == raw), None)
    if selected is None:
        raise Http404("Unknown field of action")
    return fields_of_action, selected
