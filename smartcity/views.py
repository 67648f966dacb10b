from django.conf import settings
from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from wagtail.models import Page

MAX_QUERY_LENGTH = 200


def clean_query(raw):
    """Visitors paste anything into a search box; keep what a search engine can use.

    NUL bytes break PostgreSQL, and a 5,000-character query is never a real question, so both
    are cut away rather than answered with an error.
    """
    cleaned = "".join(ch for ch in raw if ch.isprintable() or ch.isspace())
    return " ".join(cleaned.split())[:MAX_QUERY_LENGTH]


def search(request):
    query = clean_query(request.GET.get("q", ""))
    results_page = None
    if query:
        results = Page.objects.live().public().specific().search(query)
        paginator = Paginator(results, settings.SEARCH_RESULTS_PER_PAGE)
        # get_page turns "abc", "-1" or "9999" into the first or last page instead of an error.
        results_page = paginator.get_page(request.GET.get("page"))
    return TemplateResponse(
        request,
        "smartcity/search.html",
        {"search_query": query, "results": results_page},
    )
