from urllib.parse import urlencode

from django import template
from django.template.loader import render_to_string
from django.utils import translation

from caching import fragments

register = template.Library()


@register.simple_tag(takes_context=True)
def home_teasers(context, page):
    """The home page's teaser cards. Each names another page (its title, its address in this
    language), which costs a query to look up, so the cards are rendered once per content
    generation and language. A preview shows the editor's unsaved teasers, never the cached ones."""
    request = context.get("request")

    def render():
        return render_to_string(
            "strategy/includes/teasers.html", {"page": page, "request": request}
        )

    if request is None or getattr(request, "is_preview", False) or not page.pk:
        return render()
    key = f"home-teasers:{page.pk}:{translation.get_language()}"
    return fragments.cached(key, render, request)


@register.simple_tag
def filter_url(base, **choices):
    """The Projektraum's address with the chosen filters, leaving out those not chosen, so each
    link keeps the other filter: {% filter_url base_url field=3 status=None %}."""
    query = urlencode([(name, value) for name, value in choices.items() if value not in (None, "")])
    return f"{base}?{query}" if query else base
