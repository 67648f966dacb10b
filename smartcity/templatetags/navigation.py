"""Header navigation, legal links and breadcrumbs.

The menu and the legal links are the same on every page of a language, so they are built once
per content generation and language and read from the shared cache (caching/fragments.py);
publishing, moving or renaming a page starts a new generation. What differs per page (which item
is the current one) is decided here, from the page's path, without a query.
"""

from django import template
from django.utils import translation
from wagtail.models import Page

from caching import fragments
from smartcity.routing import site_for_request

from .smartcity_i18n import fallback_lang

register = template.Library()


def _site(request):
    return site_for_request(request) if request is not None else None


def _link(page, request, **extra):
    """What the header and footer need of a page, as plain data the cache can keep."""
    return {
        "pk": page.pk,
        "path": page.path,
        "title": page.title,
        "url": page.get_url(request),
        "lang": fallback_lang(page, "title"),
        **extra,
    }


def _menu(request, site):
    pages = site.root_page.get_children().live().public().in_menu().order_by("path")
    return [_link(page, request) for page in pages]


@register.simple_tag(takes_context=True)
def main_navigation(context):
    """The home page's children marked "show in menus", each flagged when it is the current page
    or one of its ancestors (for aria-current)."""
    request = context.get("request")
    site = _site(request)
    if site is None:
        return []
    language = translation.get_language()
    items = fragments.cached(f"menu:{site.pk}:{language}", lambda: _menu(request, site), request)
    current = context.get("page")
    current_path = current.path if isinstance(current, Page) else ""
    return [
        {
            **item,
            "is_current": current_path == item["path"],
            "is_ancestor": current_path.startswith(item["path"]) and current_path != item["path"],
        }
        for item in items
    ]


@register.simple_tag(takes_context=True)
def home_url(context):
    request = context.get("request")
    site = _site(request)
    return site.root_page.get_url(request) if site else "/"


@register.simple_tag(takes_context=True)
def breadcrumbs(context):
    """The ancestors below the site root, as the visible trail and the JSON-LD trail show them:
    one query per page and generation (renaming or moving an ancestor starts a new one)."""
    page = context.get("page")
    if not isinstance(page, Page) or page.depth <= 2 or not page.path:
        return []
    request = context.get("request")

    def read():
        ancestors = page.get_ancestors().filter(depth__gte=2).order_by("depth")
        return [_link(ancestor, request) for ancestor in ancestors]

    site = _site(request)
    key = f"crumbs:{site.pk if site else 0}:{translation.get_language()}:{page.path}"
    return fragments.cached(key, read, request)


# --- legal pages in the footer and header ----------------------------------------------------

# The pages a German public site must link from every page, found by their German slug among
# the home page's children (editors may rename titles and English slugs freely): the legal
# notice, the privacy policy, the accessibility statement, and the explanations in Leichte
# Sprache and in German Sign Language that BITV 2.0 § 4 asks for on the start page (the header
# links those two on every page).
LEGAL_SLUGS = {
    "impressum": "legal_notice",
    "datenschutz": "privacy",
    "barrierefreiheit": "accessibility",
    "leichte-sprache": "easy_read",
    "gebaerdensprache": "sign_language",
}
LEGAL_ORDER = ["legal_notice", "privacy", "accessibility", "easy_read", "sign_language"]
# Listed after them, found the same way: the page that explains the open data API and its
# licence (opendata/seed.py), which data users look for at the foot of a page.
FOOTER_SLUGS = {**LEGAL_SLUGS, "offene-daten": "open_data"}
FOOTER_ORDER = [*LEGAL_ORDER, "open_data"]


def _legal(request, site):
    found = {}
    pages = site.root_page.get_children().live().filter(slug_de__in=list(FOOTER_SLUGS))
    for page in pages.order_by("path"):
        role = FOOTER_SLUGS[page.slug_de]
        found.setdefault(role, _link(page, request, role=role))
    return {"items": [found[role] for role in FOOTER_ORDER if role in found], **found}


@register.simple_tag(takes_context=True)
def legal_pages(context):
    """{"items": [...], "legal_notice": {...}, …}: title, URL and fallback marker of each legal
    page and of the open data page, for the header (Leichte Sprache) and the footer."""
    request = context.get("request")
    site = _site(request)
    if site is None:
        return {"items": []}
    language = translation.get_language()
    return fragments.cached(f"legal:{site.pk}:{language}", lambda: _legal(request, site), request)
