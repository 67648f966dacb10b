"""The open data API (docs/opendata.md): read-only JSON of the published pages under /api/v1/.

Every view here is anonymous (no authentication, so DRF never touches the session and no cookie
is set), answers only GET, HEAD and OPTIONS, renders JSON only (no browsable API) and declares
the query parameters it reads, so the page cache (caching/middleware.py) keeps each valid
variant like a page and a publish makes all of them fresh. opendata.middleware answers unknown
parameters with 400 before the page cache is asked.
"""

from django.urls import reverse
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_view
from drf_spectacular.views import SpectacularJSONAPIView
from rest_framework import generics
from rest_framework.response import Response
from rest_framework.views import APIView

from caching.variants import do_not_cache
from fields.models import FieldOfActionPage, PartnerPage
from strategy.models import ProjectPage
from updates.models import EventPage, UpdatePage, upcoming_filter

from . import filters, serializers
from .base import LICENCE, OpenDataView, attach_urls, published, related
from .pagination import StrictLimitOffsetPagination
from .renderers import CsvRenderer

ERROR = OpenApiResponse(serializers.ErrorSerializer, description="A parameter is wrong.")


def collection_schema(serializer, summary, description):
    return extend_schema_view(
        get=extend_schema(
            summary=summary,
            description=description,
            responses={
                200: serializer(many=True),
                400: ERROR,
            },
        )
    )


class CollectionView(OpenDataView, generics.ListAPIView):
    pagination_class = StrictLimitOffsetPagination
    filter_backends = [filters.SinceFilter]
    field_lookup = None  # for FieldOfActionFilter
    since_description = (
        "Only items published (for the first time or again) at or after this moment."
    )

    @classmethod
    def allowed_parameters(cls):
        own = tuple(backend.parameter for backend in cls.filter_backends)
        return own + cls.pagination_class.parameters()

    @staticmethod
    def since_q(moment):
        return filters.published_since(moment)

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        self.paginator.validate(request)

    def paginate_queryset(self, queryset):
        page = super().paginate_queryset(queryset)
        if self.paginator.beyond_the_end:
            # Answered (an empty list), but not kept: `?offset=<any number>` must not fill the
            # page cache with empty pages.
            do_not_cache(self.request._request)
        return attach_urls(self.request._request, page)


@collection_schema(
    serializers.FieldOfActionSerializer,
    "Fields of action (Handlungsfelder)",
    "The four fields of action of the Smart City strategy, in the order of the site.",
)
class FieldsOfActionView(CollectionView):
    serializer_class = serializers.FieldOfActionSerializer

    def get_queryset(self):
        return published(FieldOfActionPage).order_by("path")


def projects():
    return (
        published(ProjectPage)
        .prefetch_related(related("partners", PartnerPage, "published_partners"))
        .order_by("path")
    )


@collection_schema(
    serializers.ProjectSerializer,
    "Projects of the Projektraum Halle-Neustadt",
    "Published projects with status, field of action and partners, in the order of the site.",
)
class ProjectsView(CollectionView):
    serializer_class = serializers.ProjectSerializer
    filter_backends = [
        filters.FieldOfActionFilter,
        filters.ProjectStatusFilter,
        filters.SinceFilter,
    ]
    field_lookup = "field_of_action"

    def get_queryset(self):
        return projects()


@collection_schema(
    serializers.PartnerSerializer,
    "Partners",
    "The organisations the city works with, and the fields of action they lead.",
)
class PartnersView(CollectionView):
    serializer_class = serializers.PartnerSerializer
    filter_backends = [filters.FieldOfActionFilter, filters.SinceFilter]
    field_lookup = "fields_of_action"

    def get_queryset(self):
        return (
            published(PartnerPage)
            .prefetch_related(related("fields_of_action", FieldOfActionPage, "published_fields"))
            .order_by("path")
        )


@collection_schema(
    serializers.UpdateSerializer,
    "News (Aktuelles)",
    "Published news items, newest first (by their date).",
)
class UpdatesView(CollectionView):
    serializer_class = serializers.UpdateSerializer
    filter_backends = [filters.FieldOfActionFilter, filters.SinceFilter]
    field_lookup = "fields_of_action"

    def get_queryset(self):
        return (
            published(UpdatePage)
            .prefetch_related(
                related("fields_of_action", FieldOfActionPage, "published_fields"),
                related("projects", ProjectPage, "published_projects"),
            )
            .order_by("-date", "-pk")
        )


@collection_schema(
    serializers.EventSerializer,
    "Events (Veranstaltungen)",
    "Published events, past and upcoming, by their start.",
)
class EventsView(CollectionView):
    serializer_class = serializers.EventSerializer
    since_description = (
        "Only events that have not ended by this moment (running or upcoming then); an event "
        "without an end counts until its start: ?since=<today's date> lists today's events and all "
        "still to come."
    )

    @staticmethod
    def since_q(moment):
        return upcoming_filter(moment)

    def get_queryset(self):
        return published(EventPage).order_by("start", "pk")


COLLECTIONS = [
    ("fields", FieldsOfActionView, {"de": "Handlungsfelder", "en": "Fields of action"}),
    ("projects", ProjectsView, {"de": "Projekte im Projektraum Halle-Neustadt", "en": "Projects in the Project Space Halle-Neustadt"}),
    ("partners", PartnersView, {"de": "Partner", "en": "Partners"}),
    ("updates", UpdatesView, {"de": "Aktuelles", "en": "News"}),
    ("events", EventsView, {"de": "Veranstaltungen", "en": "Events"}),
]


class RootView(OpenDataView, APIView):
    @extend_schema(
        summary="What the API offers",
        description="The collections with their addresses and parameters, the CSV download, "
        "this description and the licence of the data.",
        responses={200: OpenApiTypes.OBJECT, 400: ERROR},
        operation_id="root",
    )
    def get(self, request):
        def url(name):
            return request.build_absolute_uri(reverse(f"opendata:{name}"))

        return Response(
            {
                "name": {
                    "de": "Offene Daten der Smart City Halle (Saale)",
                    "en": "Open data of Smart City Halle (Saale)",
                },
                "licence": LICENCE,
                "collections": {
                    name: {
                        "title": title,
                        "url": url(name),
                        "parameters": list(view.allowed_parameters()),
                    }
                    for name, view, title in COLLECTIONS
                },
                "downloads": {"projects_csv": url("projects-csv")},
                "openapi": url("openapi"),
            }
        )


CSV_COLUMNS = [
    "id", "title_de", "title_en", "status", "field_of_action_id", "field_of_action_de",
    "partners", "url_de", "url_en", "last_published_at",
]


class ProjectsCsvView(OpenDataView, APIView):
    renderer_classes = [CsvRenderer]

    @extend_schema(
        summary="Projects as CSV",
        description="One row per published project (UTF-8 with byte order mark, for Excel). "
        f"Columns: {', '.join(CSV_COLUMNS)}; partners are ids separated by ';'.",
        responses={
            (200, "text/csv"): OpenApiResponse(OpenApiTypes.STR, description="CSV"),
            (400, "text/csv"): OpenApiResponse(OpenApiTypes.STR, description="No parameters here."),
        },
        operation_id="projects_csv",
    )
    def get(self, request):
        fields = self.visible_fields
        rows = []
        for project in attach_urls(request._request, list(projects())):
            field_id = project.field_of_action_id if project.field_of_action_id in fields else None
            rows.append([
                project.pk,
                project.title_de or "",
                project.title_en or "",
                project.status,
                field_id or "",
                fields.get(field_id, ""),
                ";".join(str(partner.pk) for partner in project.published_partners),
                project.api_urls["de"] or "",
                project.api_urls["en"] or "",
                timezone.localtime(project.last_published_at).isoformat() if project.last_published_at else "",
            ])
        return Response(
            {"header": CSV_COLUMNS, "rows": rows},
            headers={"Content-Disposition": 'attachment; filename="smartcity-halle-projekte.csv"'},
        )


class OpenApiView(OpenDataView, SpectacularJSONAPIView):
    """The OpenAPI 3 description of the paths above (drf-spectacular)."""

    # application/json first: what clients ask for and browsers show; the OpenAPI media type
    # (application/vnd.oai.openapi+json) for those who ask for it.
    renderer_classes = list(reversed(SpectacularJSONAPIView.renderer_classes))
    custom_settings = {"LICENSE": {"name": LICENCE["name"], **({"url": LICENCE["url"]} if LICENCE["url"] else {})}}

    def _get_filename(self, request, version):
        return "openapi.json"
