"""The filters of the collections, as DRF filter backends: each reads one query parameter,
answers 400 for a value it cannot use (opendata.params) and describes itself for the OpenAPI
document. A view lists the backends it uses; those are also the parameters it accepts."""

from django.db.models import Q
from rest_framework.filters import BaseFilterBackend

from strategy.models import ProjectPage

from .params import BadParameter, parse_moment, parse_number, value


class ParameterFilter(BaseFilterBackend):
    parameter = ""
    description = ""
    schema = {"type": "string"}
    example = None

    def get_schema_operation_parameters(self, view):
        parameter = {
            "name": self.parameter,
            "required": False,
            "in": "query",
            "description": self.describe(view),
            "schema": self.schema,
        }
        if self.example is not None:
            parameter["example"] = self.example
        return [parameter]

    def describe(self, view):
        return self.description


class FieldOfActionFilter(ParameterFilter):
    """?field=<id>: only items of that field of action (`view.field_lookup`)."""

    parameter = "field"
    description = (
        "Only items that belong to this field of action: the id of a published field of action "
        "(see /api/v1/fields/)."
    )
    schema = {"type": "integer", "minimum": 1}

    def filter_queryset(self, request, queryset, view):
        raw = value(request.query_params, self.parameter)
        if raw is None:
            return queryset
        pk = parse_number(raw, self.parameter, minimum=1)
        if pk not in view.visible_fields:
            raise BadParameter(
                self.parameter,
                f"{pk} is not the id of a published field of action (see /api/v1/fields/).",
                f"{pk} ist nicht die Nummer eines veröffentlichten Handlungsfelds (siehe /api/v1/fields/).",
            )
        return queryset.filter(**{view.field_lookup: pk})


class ProjectStatusFilter(ParameterFilter):
    """?status=<code>: only projects with that status."""

    parameter = "status"
    description = "Only projects with this status."
    example = "running"

    @property
    def codes(self):
        return [code for code, _label in ProjectPage.STATUS_CHOICES]

    @property
    def schema(self):
        return {"type": "string", "enum": self.codes}

    def filter_queryset(self, request, queryset, view):
        raw = value(request.query_params, self.parameter)
        if raw is None:
            return queryset
        if raw not in self.codes:
            codes = ", ".join(self.codes)
            raise BadParameter(
                self.parameter,
                f"Unknown status '{raw}'. Known: {codes}.",
                f"Unbekannter Status „{raw}“. Bekannt: {codes}.",
            )
        return queryset.filter(status=raw)


class SinceFilter(ParameterFilter):
    """?since=<ISO date or date and time>: what the view's `since_q(moment)` selects."""

    parameter = "since"
    schema = {"type": "string"}
    example = "2026-01-01"

    def describe(self, view):
        return (
            f"{view.since_description} An ISO 8601 date (midnight in Halle) or date and time; "
            "without an offset the time is Europe/Berlin. Write the + of an offset as %2B."
        )

    def filter_queryset(self, request, queryset, view):
        raw = value(request.query_params, self.parameter)
        if raw is None:
            return queryset
        return queryset.filter(view.since_q(parse_moment(raw, self.parameter)))


def published_since(moment):
    """Published for the first time or again at or after the moment. Every publish sets
    last_published_at, and a first publish is one too, so one column says both."""
    return Q(last_published_at__gte=moment)
