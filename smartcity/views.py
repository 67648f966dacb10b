import logging
from datetime import timedelta
from datetime import timezone as dt_timezone

from django.conf import settings
from django.http import HttpResponseServerError
from django.template import loader
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import Page, Site

from caching.variants import vary_on_query

from .middleware import is_production_host
from .templatetags.seo import page_urls
from .templatetags.website_settings import website_settings_for

logger = logging.getLogger(__name__)


# --- error pages ------------------------------------------------------------------------------


def language_from_path(path):
    """The language of a URL by its prefix alone (no database, no middleware state)."""
    codes = [code for code, _name in settings.LANGUAGES]
    first = path.lstrip("/").split("/", 1)[0]
    return first if first in codes else settings.LANGUAGE_CODE


def server_error(request, *args, **kwargs):
    """handler500: a static page in the visitor's language that needs neither the database nor
    any context processor, so it renders even when the database is down."""
    language = language_from_path(getattr(request, "path", "/"))
    with translation.override(language):
        html = loader.render_to_string("500.html")
    return HttpResponseServerError(html)


# --- sitemap and robots.txt -------------------------------------------------------------------


def sitemap(request):
    """sitemap.xml with every live public page in every language, each entry listing its
    alternates (xhtml:link hreflang), as search engines expect for translated sites."""
    vary_on_query(request)
    site = Site.find_for_request(request)
    entries = []
    if site is not None:
        pages = (
            Page.objects.descendant_of(site.root_page, inclusive=True)
            .live()
            .public()
            .order_by("path")
        )
        default = settings.LANGUAGE_CODE
        for page in pages:
            urls = page_urls(page, request)
            alternates = [{"code": code, "url": url} for code, url in urls.items()]
            for url in urls.values():
                entries.append(
                    {
                        "loc": url,
                        "lastmod": page.last_published_at,
                        "alternates": alternates,
                        "default": urls.get(default),
                    }
                )
    return TemplateResponse(
        request, "sitemap.xml", {"entries": entries}, content_type="application/xml; charset=utf-8"
    )


def robots_txt(request):
    """Search engines may index the production host only: a staging copy or a server reached by
    its address says "Disallow: /" (and every answer there carries X-Robots-Tag: noindex)."""
    vary_on_query(request)
    return TemplateResponse(
        request,
        "robots.txt",
        {
            "sitemap_url": request.build_absolute_uri(reverse("sitemap")),
            "languages": settings.LANGUAGES,
            "production": is_production_host(request),
        },
        content_type="text/plain; charset=utf-8",
    )


SECURITY_TXT_VALIDITY = timedelta(days=180)


def security_txt(request):
    """/.well-known/security.txt (RFC 9116): where to report a vulnerability. Until the city
    enters an address in the website settings, a visible placeholder says what is missing."""
    vary_on_query(request)
    website = website_settings_for(request)
    expires = (timezone.now() + SECURITY_TXT_VALIDITY).replace(hour=0, minute=0, second=0, microsecond=0)
    return TemplateResponse(
        request,
        "security.txt",
        {
            "email": website.get("security_email", ""),
            "expires": expires.astimezone(dt_timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "canonical": request.build_absolute_uri(reverse("security_txt")),
        },
        content_type="text/plain; charset=utf-8",
    )
