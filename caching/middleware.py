"""Full-page cache for anonymous visitors, shared by every worker and server (docs/caching.md).

It sits right after WhiteNoise: a hit is answered before sessions, locale, CSRF and
authentication are even looked at, which is what makes a cached page nearly as cheap as a
static file. The headers those middlewares add (Content-Language, Vary, X-Frame-Options) were
stored with the page; the ones outside it (security headers, CSP, ETag/304) run on every answer.
"""

import hashlib
import logging
import math
import time

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse
from django.utils.cache import add_never_cache_headers, set_response_etag
from django.utils.translation import get_language_from_request

from . import clock, generation, variants

logger = logging.getLogger(__name__)

# Headers that belong to one answer only, or are decided again on every answer.
NOT_STORED = {"set-cookie", "cache-control", "expires", "x-page-cache", "date"}
HEADER = "X-Page-Cache"  # hit, miss, pass (not for the cache), off (PAGE_CACHE=off)


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.excluded = tuple(settings.PAGE_CACHE_EXCLUDED_PREFIXES)
        self.languages = {code for code, _name in settings.LANGUAGES}

    @property
    def enabled(self):
        return settings.PAGE_CACHE

    @property
    def seconds(self):
        return settings.PAGE_CACHE_SECONDS

    def __call__(self, request):
        with generation.answering(request):
            return self.answer(request)

    def answer(self, request):
        if request.path.startswith(self.excluded):
            return self.get_response(request)
        if not is_anonymous_read(request):
            response = self.get_response(request)
            if settings.SESSION_COOKIE_NAME in request.COOKIES or response.cookies:
                add_never_cache_headers(response)  # an editor's page or a form's: never shared
            else:
                private_headers(response)
            response[HEADER] = "pass"
            return response

        key = self.base_key(request)
        if self.enabled:
            response = self.lookup(request, key)
            if response is not None:
                return response

        response = self.get_response(request)
        if storable(request, response):
            expires = self.expiry(request)
            if self.enabled:
                self.store(request, key, response, expires)
            shared_headers(response, expires)
            response[HEADER] = "miss" if self.enabled else "off"
        elif response.status_code == 404 and not response.cookies:
            # A proxy may keep a 404 (a publish at that address purges it); we do not, so that
            # bots walking random paths cannot fill the cache.
            shared_headers(response, time.time() + self.seconds)
            response[HEADER] = "pass"
        else:
            if response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
                add_never_cache_headers(response)
            else:
                private_headers(response)
            response[HEADER] = "pass"
        return response

    # --- keys ---------------------------------------------------------------------------------

    def base_key(self, request):
        """Scheme, host, language and path: what makes two answers differ for every visitor.
        Absolute URLs (canonical, Open Graph) depend on scheme and host."""
        prefix = request.path.lstrip("/").split("/", 1)[0]
        language = prefix if prefix in self.languages else get_language_from_request(request)
        return "|".join((request.scheme, request.get_host(), language, request.path))

    @staticmethod
    def cache_key(base, values=()):
        raw = base + ("?" + "&".join(f"{k}={v}" for k, v in values) if values else "")
        digest = hashlib.sha1(raw.encode("utf-8", "surrogateescape")).hexdigest()
        return f"smartcity:page:{digest}"

    # --- hit ------------------------------------------------------------------------------------

    def lookup(self, request, base):
        """The stored answer if it belongs to the current generation. The entry and the
        generation are read in one round trip (one MGET in Redis); an entry of an older
        generation is simply not an answer, and the next store overwrites it."""
        cache = caches[generation.CACHE_ALIAS]
        plain = self.cache_key(base)
        found = cache.get_many([plain, generation.KEY])
        token = found.get(generation.KEY) or generation.current(request)
        request._smartcity_generation = token
        entry = found.get(plain)
        if entry is None or entry["generation"] != token:
            return None
        if request.GET and entry["params"] is None:
            return None  # the view never said which parameters it reads
        values = variants.used_values(request.GET, entry["params"] or ())
        if values:
            entry = cache.get(self.cache_key(base, values))
            if entry is None or entry["generation"] != token:
                return None
        if entry.get("content") is None or entry["expires"] <= time.time():
            return None
        response = HttpResponse(entry["content"], status=entry["status"])
        for name, value in entry["headers"]:
            response[name] = value
        shared_headers(response, entry["expires"])
        response[HEADER] = "hit"
        return response

    # --- miss -----------------------------------------------------------------------------------

    def expiry(self, request):
        expires = time.time() + self.seconds
        moment = clock.next_change(request)
        return min(expires, moment) if moment else expires

    def store(self, request, base, response, expires):
        params = variants.declared_params(request)
        values = variants.used_values(request.GET, params or ())
        set_response_etag(response)
        token = generation.current(request)  # the one the page was rendered under
        entry = {
            "generation": token,
            "params": params,
            "expires": expires,
            "status": response.status_code,
            "headers": [(k, v) for k, v in response.items() if k.lower() not in NOT_STORED],
            "content": response.content,
        }
        timeout = max(1, math.ceil(expires - time.time()))
        cache = caches[generation.CACHE_ALIAS]
        plain = self.cache_key(base)
        try:
            if values:
                cache.set(self.cache_key(base, values), entry, timeout)
                # The plain address must learn which parameters matter, or a later `?page=2`
                # would be answered with page 1. Its own answer follows when someone asks.
                known = cache.get(plain)
                if known is None or known["generation"] != token:
                    cache.set(plain, {**entry, "content": None}, timeout)
            else:
                cache.set(plain, entry, timeout)
        except Exception:  # a full or unreachable cache must not cost the visitor the page
            logger.exception("Could not store %s in the page cache", request.path)


def is_anonymous_read(request):
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "HTTP_AUTHORIZATION" not in request.META
    )


def storable(request, response):
    """Only a complete, public 200 answer that is the same for everyone is kept."""
    if request.method != "GET" or response.status_code != 200 or response.streaming:
        return False
    if response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False  # a form's CSRF token belongs to one visitor
    if response.has_header("Cache-Control"):
        return False  # the view decided itself (private, no-store, a password form)
    if request.GET and variants.declared_params(request) is None:
        return False  # the view may have read the query string: nobody else gets this answer
    return variants.skip_reason(request) is None


def shared_headers(response, expires):
    """Browsers always ask again (a 304 when nothing changed); a shared proxy may keep the page
    while we can purge it (a frontend cache is configured) and never past the moment the content
    changes by itself."""
    seconds = 0
    if getattr(settings, "WAGTAILFRONTENDCACHE", None):
        seconds = max(0, min(settings.PROXY_CACHE_SECONDS, int(expires - time.time())))
    response["Cache-Control"] = f"public, max-age=0, s-maxage={seconds}, must-revalidate"


def private_headers(response):
    if not response.has_header("Cache-Control"):
        response["Cache-Control"] = "private, no-cache"
