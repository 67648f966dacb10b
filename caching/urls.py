"""Every public address of the site, for purging a caching proxy (Varnish, a CDN)."""

from django.conf import settings
from django.utils import translation
from wagtail.models import Page, Site

LANGUAGES = [code for code, _name in settings.LANGUAGES]
SITE_WIDE_PATHS = ["sitemap.xml", "robots.txt"]


def public_urls():
    """Absolute URLs of every live page in every language, with the sub-pages a page serves
    itself (Page.get_cached_paths: feeds, calendars, the event archive), and the site-wide files.

    Translated slugs make the English address of a page more than the German one with another
    prefix (/de/handlungsfelder/ is /en/fields-of-action/), so each language asks the page.
    """
    urls = set()
    cache_object = Site  # any object will do: Wagtail keeps the site root paths on it
    for site in Site.objects.select_related("root_page"):
        root_url = site.root_url.rstrip("/")
        urls.update(f"{root_url}/{path}" for path in SITE_WIDE_PATHS)
        pages = (
            Page.objects.live()
            .descendant_of(site.root_page, inclusive=True)
            .specific(defer=True)
            .order_by("path")
        )
        for page in pages:
            for language in LANGUAGES:
                with translation.override(language):
                    url = page.get_full_url(cache_object)
                if url:
                    urls.update(url + path.lstrip("/") for path in page.get_cached_paths())
    return urls
