"""The public search (/de/search/, /en/search/) and the suggestions of its search box.

Answers are rendered, never stored in the page cache: every question would be an entry of its
own. Queries per search are constant (tests/test_search.py pins them)."""

import logging
import re
from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Paginator
from django.db import DatabaseError
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.functional import cached_property

from caching.variants import do_not_cache

from . import highlight
from .models import SearchEntry
from .query import KINDS, SHORTEST_PREFIX, entries, kind_counts, ranked, suggestions, understand

MAX_QUERY_LENGTH = 200
logger = logging.getLogger(__name__)


def clean_query(raw):
    """Visitors paste anything into a search box; keep what can be searched for.

    NUL bytes break PostgreSQL, and a 5,000-character query is never a real question, so both
    are cut away rather than answered with an error.
    """
    cleaned = "".join(ch for ch in raw if ch.isprintable() or ch.isspace())
    return " ".join(cleaned.split())[:MAX_QUERY_LENGTH]


class CountedPaginator(Paginator):
    """The number of results is known from the filter counts: no second COUNT query."""

    def __init__(self, object_list, per_page, count):
        super().__init__(object_list, per_page)
        self._known_count = count

    @cached_property
    def count(self):
        return self._known_count


class Result:
    def __init__(self, entry, stems):
        self.entry = entry
        self.page = entry.page
        self.kind = entry.kind
        self.title = highlight.title(entry.title, entry.language, stems)
        self.snippet = highlight.snippet(entry.text, entry.language, stems)
        self.title_language = entry.title_language
        self.text_language = entry.text_language


def search_url(request, **params):
    query = {name: value for name, value in params.items() if value}
    return f"{request.path}?{urlencode(query)}" if query else request.path


def search(request):
    do_not_cache(request)
    query = clean_query(request.GET.get("q", ""))
    kind = request.GET.get("kind")
    kind = kind if kind in KINDS else None  # an unknown filter shows all kinds
    context = {"search_query": query, "results": None, "kind": kind}
    if query:
        try:
            context.update(answer(request, query, kind))
        except DatabaseError:
            logger.warning("Search failed for %r", query, exc_info=True)
    return TemplateResponse(request, "sitesearch/search.html", context)


def answer(request, query, kind):
    language = translation.get_language()
    question = understand(query, language)
    context = {
        "unknown_words": question.unknown,
        "did_you_mean": None,
    }
    if question.corrected:
        corrected = question.corrected_text()
        context["did_you_mean"] = {"text": corrected, "url": search_url(request, q=corrected)}
    if not question.terms:
        context["results"] = Paginator([], settings.SEARCH_RESULTS_PER_PAGE).get_page(1)
        return context
    counts = kind_counts(question)
    total = counts[kind] if kind else sum(counts.values())
    paginator = CountedPaginator(ranked(question, kind), settings.SEARCH_RESULTS_PER_PAGE, total)
    page = paginator.get_page(request.GET.get("page"))  # "abc", "-1", "9999": first or last page
    stems = question.highlight_stems()
    page.object_list = [
        Result(entry, stems) for entry in entries([row["entry_id"] for row in page.object_list])
    ]
    labels = dict(SearchEntry.KINDS)
    context["results"] = page
    context["kind_options"] = [
        {
            "code": None,
            "label": translation.gettext("All results"),
            "count": sum(counts.values()),
            "url": search_url(request, q=query),
            "current": kind is None,
        }
    ] + [
        {
            "code": code,
            "label": labels[code],
            "count": counts[code],
            "url": search_url(request, q=query, kind=code),
            "current": kind == code,
        }
        for code in KINDS
    ]
    return context


def search_suggestions(request):
    """Titles for the search box while a citizen types (static/js/site.js fills a <datalist>)."""
    do_not_cache(request)
    query = clean_query(request.GET.get("q", ""))
    titles = []
    if len(re.sub(r"\W", "", query)) >= SHORTEST_PREFIX:
        try:
            seen = set()
            for entry in suggestions(query, translation.get_language()):
                if entry.title not in seen:
                    seen.add(entry.title)
                    titles.append(entry.title)
        except DatabaseError:
            logger.warning("Suggestions failed for %r", query, exc_info=True)
    response = JsonResponse({"query": query, "suggestions": titles})
    response["Cache-Control"] = "private, max-age=60"
    return response
