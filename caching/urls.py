"""Every public address of the site, for purging a caching proxy (Varnish, a CDN).

Besides the pages, an app may name addresses of its own that show page content and are cached
like pages, with the hook `smartcity_site_wide_cached_paths` (a function returning paths
without the leading slash, e.g. the open data API's collections): they are purged on every
change, query strings included (the proxy bans by path).
"""

from django.conf import settings
from django.utils import translation
from wagtail import hooks
from wagtail.models import Page, Site

LANGUAGES = [code for code, _name in settings.LANGUAGES]
SITE_WIDE_PATHS = ["sitemap.xml", "robots.txt"]


def site_wide_paths():
    paths = list(SITE_WIDE_PATHS)
    for fn in hooks.get_hooks("smartcity_site_wide_cached_paths"):
        paths += fn()
    return paths


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
        urls.update(f"{root_url}/{path}" for path in site_wide_paths())
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
