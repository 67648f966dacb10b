"""Header navigation and breadcrumbs; one query each, however many pages the site has."""

from django import template
from wagtail.models import Page, Site

register = template.Library()


def _site_root(request):
    site = Site.find_for_request(request) if request else None
    return site.root_page if site else None


@register.simple_tag(takes_context=True)
def main_navigation(context):
    """The home page's children marked "show in menus", each flagged when it is the current page
    or one of its ancestors (for aria-current)."""
    request = context.get("request")
    root = _site_root(request)
    if root is None:
        return []
    current = context.get("page")
    current_path = current.path if isinstance(current, Page) else ""
    items = []
    for item in root.get_children().live().public().in_menu().order_by("path"):
        items.append(
            {
                "page": item,
                "url": item.get_url(request),
                "is_current": current_path == item.path,
                "is_ancestor": current_path.startswith(item.path) and current_path != item.path,
            }
        )
    return items


@register.simple_tag(takes_context=True)
def home_url(context):
    root = _site_root(context.get("request"))
    return root.get_url(context.get("request")) if root else "/"


@register.simple_tag(takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    if not isinstance(page, Page) or page.depth <= 2:
        return []
    request = context.get("request")
    # The visible trail and the JSON-LD trail share one query per request.
    cache = getattr(request, "_smartcity_breadcrumbs", None) if request is not None else None
    if cache is not None and cache[0] == (page.pk, page.path):
        return cache[1]
    ancestors = page.get_ancestors().filter(depth__gte=2).order_by("depth")
    crumbs = [{"page": a, "url": a.get_url(request)} for a in ancestors]
    if request is not None:
        request._smartcity_breadcrumbs = ((page.pk, page.path), crumbs)
    return crumbs


# --- legal pages in the footer and header ----------------------------------------------------

# The four pages a German public site must link from every page, found by their German slug
# among the home page's children (editors may rename titles and English slugs freely).
LEGAL_SLUGS = {
    "impressum": "legal_notice",
    "datenschutz": "privacy",
    "barrierefreiheit": "accessibility",
    "leichte-sprache": "easy_read",
}
LEGAL_ORDER = ["legal_notice", "privacy", "accessibility", "easy_read"]


@register.simple_tag(takes_context=True)
def legal_pages(context):
    """{"legal_notice": {"page":…, "url":…}, …} in one query, cached on the request so the
    header (Leichte Sprache) and the footer share it."""
    request = context.get("request")
    cached = getattr(request, "_smartcity_legal_pages", None)
    if cached is not None:
        return cached
    found = {}
    root = _site_root(request)
    if root is not None:
        pages = root.get_children().live().filter(slug_de__in=list(LEGAL_SLUGS))
        for page in pages.order_by("path"):
            role = LEGAL_SLUGS[page.slug_de]
            found.setdefault(role, {"page": page, "url": page.get_url(request), "role": role})
    result = {"items": [found[role] for role in LEGAL_ORDER if role in found], **found}
    if request is not None:
        request._smartcity_legal_pages = result
    return result
