"""What every page shows besides its own content (navigation, legal links, website settings,
the footer's sponsor logos, the home page's news), computed once per generation and kept in the
shared cache.

These stay on when the full-page cache is switched off (PAGE_CACHE=off): they are what keeps a
page that does have to be rendered down to a handful of queries.
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import caches

from . import clock, generation

_MISSING = object()


def _key(name, request):
    digest = hashlib.sha1(name.encode()).hexdigest()
    return f"smartcity:fragment:{generation.current(request)}:{digest}"


def _memo(request):
    return request.__dict__.setdefault("_smartcity_fragments", {}) if request is not None else {}


def peek(name, request=None):
    """The value kept under `name` for this generation, or None."""
    memo = _memo(request)
    if name not in memo:
        value = caches[generation.CACHE_ALIAS].get(_key(name, request), _MISSING)
        if value is _MISSING:
            return None
        memo[name] = value
    return memo[name]


def remember(name, value, request=None, until_content_changes=False):
    timeout = settings.PAGE_CACHE_SECONDS
    if until_content_changes:
        moment = clock.next_change(request)
        if moment is not None:
            timeout = max(1, min(timeout, int(moment - time.time())))
    caches[generation.CACHE_ALIAS].set(_key(name, request), value, timeout)
    _memo(request)[name] = value


def cached(name, compute, request=None, until_content_changes=False):
    """The value of `compute()` for this generation, from the shared cache when it is there.

    `name` must say everything the value depends on besides the content (site, language). The
    request, when given, pins the generation and remembers the value, so the header and the
    footer asking for the same thing cost one cache read between them. A value that depends on
    the time (upcoming events) passes `until_content_changes` and is dropped when the next
    event ends (caching/clock.py).
    """
    memo = _memo(request)
    if name in memo:
        return memo[name]
    value = caches[generation.CACHE_ALIAS].get(_key(name, request), _MISSING)
    if value is _MISSING:
        value = compute()
        remember(name, value, request, until_content_changes)
    memo[name] = value
    return value
