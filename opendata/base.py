"""What every view of the open data API shares: anonymous, read-only, JSON, strict about its
query parameters, cached like a page (see views.py and docs/opendata.md)."""

from django.db.models import Prefetch
from django.utils import translation
from django.utils.functional import cached_property
from rest_framework.exceptions import MethodNotAllowed, NotAcceptable
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from caching.variants import vary_on_query
from fields.models import FieldOfActionPage
from smartcity.routing import site_for_request

from .params import BadParameter, check_names, error_body
from .serializers import LANGUAGES

# The terms under which the city offers the data: the city has yet to choose them. Until it has,
# the API says so visibly instead of guessing (docs/opendata.md says where to change it).
LICENCE = {
    "name": "[Bitte ergänzen: Datenlizenz, z. B. Datenlizenz Deutschland – Namensnennung – Version 2.0]",
    "url": None,
}


def exception_handler(exc, context):
    """Errors as {"error", "error_de", "parameter"}, whatever raised them."""
    if isinstance(exc, BadParameter):
        return Response(exc.body(), status=exc.status_code)
    response = drf_exception_handler(exc, context)
    if response is not None:
        detail = str(getattr(exc, "detail", exc))
        response.data = error_body(detail, GERMAN_ERRORS.get(type(exc), detail))
    return response


GERMAN_ERRORS = {
    MethodNotAllowed: "Nur GET, HEAD und OPTIONS: die Schnittstelle kann nur gelesen werden.",
    NotAcceptable: "Diese Adresse liefert nur ein Format (JSON, bei projects.csv CSV).",
}


class OpenDataView:
    """What every view of the API shares (put first among the bases)."""

    authentication_classes = []
    permission_classes = [AllowAny]
    renderer_classes = [JSONRenderer]
    parser_classes = []
    throttle_classes = []
    http_method_names = ["get", "head", "options"]

    @classmethod
    def allowed_parameters(cls):
        return ()

    def dispatch(self, request, *args, **kwargs):
        # `request` is still Django's own here, the one the page cache looks at.
        vary_on_query(request, *self.allowed_parameters())
        return super().dispatch(request, *args, **kwargs)

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        check_names(request.query_params, self.allowed_parameters())

    def get_exception_handler(self):
        return exception_handler

    @cached_property
    def visible_fields(self):
        """{id: German title} of the published, public fields of action: one query."""
        return dict(FieldOfActionPage.objects.live().public().values_list("pk", "title_de"))


def attach_urls(request, pages):
    """Each page's absolute address in both languages, as `page.api_urls`. One language at a
    time: Wagtail keeps the site root paths per language on the request."""
    site_for_request(request)  # the Site from the fragment cache, where Wagtail looks for it
    for page in pages:
        page.api_urls = {}
    for language in LANGUAGES:
        with translation.override(language):
            for page in pages:
                url = page.get_url(request)
                page.api_urls[language] = request.build_absolute_uri(url) if url else None
    return pages


def published(model):
    """Live pages anonymous visitors may see, without their StreamField bodies."""
    return model.objects.live().public().defer_streamfields()


def related(name, model, to_attr):
    """Prefetches a many-to-many relation, keeping only published, public pages."""
    queryset = model.objects.live().public().only("id").order_by("path")
    return Prefetch(name, queryset=queryset, to_attr=to_attr)
