"""When does published content change by itself, without an editor doing anything?

An event that ends moves from "upcoming" to the archive and off the home page at a time nobody
publishes anything. Apps say when their next such moment is through the Wagtail hook
`smartcity_next_content_change` (a function returning an aware datetime or None); no cached
page outlives the earliest of them.
"""

import time

from django.core.cache import caches
from wagtail import hooks

from . import generation


def _compute():
    moments = [fn() for fn in hooks.get_hooks("smartcity_next_content_change")]
    moments = [moment.timestamp() for moment in moments if moment is not None]
    return min(moments) if moments else None


def next_change(request=None):
    """Unix time of the next change the content makes by itself, or None. Asked only when a page
    is stored, and remembered per generation until that moment."""
    cache = caches[generation.CACHE_ALIAS]
    key = f"smartcity:next-change:{generation.current(request)}"
    now = time.time()
    stored = cache.get(key)
    if stored is not None and (stored == 0 or stored > now):
        return stored or None
    moment = _compute()
    if moment is not None and moment <= now:
        moment = now + 1
    timeout = max(1, int(moment - now)) if moment else None
    cache.set(key, moment or 0, timeout)
    return moment
