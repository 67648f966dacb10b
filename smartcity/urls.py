import re

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from operations.views import healthz
from sitesearch.views import search, search_suggestions

from . import routing
from .views import robots_txt, security_txt, sitemap

handler500 = "smartcity.views.server_error"

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Outside i18n_patterns: one sitemap and one robots.txt for both languages.
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path(".well-known/security.txt", security_txt, name="security_txt"),
    path("healthz", healthz, name="healthz"),
    # The open data API (docs/opendata.md): one address for both languages.
    path("api/v1/", include("opendata.urls")),
]

# Every public page lives under /de/ or /en/; "/" is redirected by LocaleMiddleware according
# to the browser's Accept-Language, German by default.
urlpatterns += i18n_patterns(
    path("search/", search, name="search"),
    path("search/suggestions/", search_suggestions, name="search_suggestions"),
    # Sign-up, confirmation and unsubscribe (docs/newsletter.md); before Wagtail's page router.
    path("newsletter/", include("newsletter.urls")),
    # Wagtail's URLs, but pages are found by our two-query router (smartcity/routing.py).
    *[p for p in wagtail_urls.urlpatterns if p.name != "wagtail_serve"],
    re_path(wagtail_urls.serve_pattern, routing.serve, name="wagtail_serve"),
    prefix_default_language=True,
)

# Only for local development (dev settings); in production the web server serves /media/.
# Static files come from WhiteNoise everywhere. Media goes before the /de/, /en/ patterns so
# an image never ends up at Wagtail's page router.
if getattr(settings, "SMARTCITY_SERVE_MEDIA", False):
    media_prefix = re.escape(settings.MEDIA_URL.lstrip("/"))
    urlpatterns.insert(
        0, re_path(rf"^{media_prefix}(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT})
    )
