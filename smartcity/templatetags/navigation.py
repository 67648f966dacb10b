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
    ancestors = page.get_ancestors().filter(depth__gte=2).order_by("depth")
    return [{"page": a, "url": a.get_url(request)} for a in ancestors]
