"""The OpenAPI document describes the open data API and nothing else of the site.

drf-spectacular would otherwise walk the whole URL configuration, including the Wagtail admin's
internal API, in `openapi.json`, in `manage.py spectacular` and in its `check --deploy`
(settings: SPECTACULAR_SETTINGS["DEFAULT_GENERATOR_CLASS"])."""

from django.urls import include, path
from drf_spectacular.generators import SchemaGenerator


class OpenDataSchemaGenerator(SchemaGenerator):
    def __init__(self, *args, **kwargs):
        if kwargs.get("patterns") is None and kwargs.get("urlconf") is None:
            from .urls import api_patterns

            kwargs["patterns"] = [path("api/v1/", include(api_patterns))]
        super().__init__(*args, **kwargs)
