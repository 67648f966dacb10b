"""How a view tells the page cache which query parameters change its answer.

A page is cached once per address *without* its query string; a query string only makes a
separate entry when the view said it uses that parameter (`?page=` on a listing, `?field=` on a
filter) and the value was valid as given. Everything else a visitor or a bot appends
(`?utm_source=…`, `?x=1`, `?page=7` on a page without pages) is ignored: it is answered from
the same entry and creates no new one, so junk query strings can neither fill the cache nor get
around it.

A view that has not said anything is treated with suspicion: a request with a query string is
then neither answered from the cache nor stored, because the cache cannot know whether the
view read it. Every page type declares its parameters (`cache_query_params`, see
smartcity.models.pages), even when it has none.
"""


def vary_on_query(request, *names):
    """The view's answer depends on these query parameters (and on no others)."""
    used = set(getattr(request, "_page_cache_params", None) or ()) | set(names)
    request._page_cache_params = tuple(sorted(used))


def mark_corrected(request):
    """The view answered a corrected version of what was asked (`?page=abc` shows page 1):
    answer it, but do not store it under the address that was asked for."""
    request._page_cache_skip = "corrected"


def do_not_cache(request):
    """The answer must never be stored (search results: every query would be an entry)."""
    request._page_cache_skip = "view"


def declared_params(request):
    """The parameters the view declared, or None when it declared nothing."""
    return getattr(request, "_page_cache_params", None)


def skip_reason(request):
    return getattr(request, "_page_cache_skip", None)


def used_values(query_dict, params):
    """[(name, value)] of the declared parameters present in a request, in a stable order;
    empty values count as absent, as the views treat them."""
    values = []
    for name in params:
        value = query_dict.get(name)
        if value:
            values.append((name, value))
    return values
