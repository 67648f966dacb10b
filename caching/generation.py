"""The site's content generation: one short token that every cached page and fragment carries
in its cache key.

Any change a visitor could see (a publish, a setting, a sponsor, an image) replaces the token, so
everything cached before it becomes unreachable at once, on every worker and every server that
shares the cache. Nothing has to know which of the 150 URLs showed the changed title in its
navigation, breadcrumbs or teasers: that is what makes the cache never stale. Old entries expire
on their own (PAGE_CACHE_SECONDS).

The token is random rather than a counter: if the cache loses it (a restart of Redis, an evicted
key, a culled file), the next request draws a new one and can never meet entries from before.
"""

import secrets
import threading

from django.core.cache import caches

CACHE_ALIAS = "default"
KEY = "smartcity:generation"
# The generation of the request this thread is answering (set by the page cache middleware), for
# code that has no request at hand, such as the view restrictions behind every `.public()`.
_current_request = threading.local()


def _new_token():
    return secrets.token_hex(6)


def current(request=None):
    """The generation for this request: read once and kept on the request, so a page and all its
    fragments are built and stored under the same one even if an editor publishes meanwhile (the
    entries then land under the old token, where nobody looks for them)."""
    if request is None:
        request = getattr(_current_request, "request", None)
    token = getattr(request, "_smartcity_generation", None) if request is not None else None
    if token:
        return token
    cache = caches[CACHE_ALIAS]
    token = cache.get(KEY)
    if token is None:
        cache.add(KEY, _new_token(), timeout=None)  # add: two processes racing agree on one
        token = cache.get(KEY) or _new_token()
    if request is not None:
        request._smartcity_generation = token
    return token


def advance():
    """Starts a new generation: every cached page and fragment is stale from now on. The request
    this thread is answering moves on to it too: it must not keep reading what it just changed."""
    token = _new_token()
    caches[CACHE_ALIAS].set(KEY, token, timeout=None)
    request = getattr(_current_request, "request", None)
    if request is not None:
        request._smartcity_generation = token


class answering:
    """`with answering(request):` makes `current()` without a request use this one's generation."""

    def __init__(self, request):
        self.request = request

    def __enter__(self):
        self.previous = getattr(_current_request, "request", None)
        _current_request.request = self.request

    def __exit__(self, *exc):
        _current_request.request = self.previous
