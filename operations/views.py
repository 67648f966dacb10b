"""/healthz: whether this app server can answer, for the proxy's probes and for monitoring."""

import logging
import secrets

from django.core.cache import caches
from django.db import connection
from django.http import JsonResponse
from django.utils.cache import add_never_cache_headers

logger = logging.getLogger(__name__)


def _database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        return cursor.fetchone() == (1,)


def _cache():
    cache = caches["default"]
    token = secrets.token_hex(4)
    cache.set("smartcity:healthz", token, 10)
    return cache.get("smartcity:healthz") == token


def healthz(request):
    """200 {"status": "ok", "database": "ok", "cache": "ok"} when both answer, else 503 naming
    what does not. Never cached, no cookie, no session: Varnish asks it every two seconds."""
    checks = {}
    for name, check in (("database", _database), ("cache", _cache)):
        try:
            checks[name] = "ok" if check() else "error"
        except Exception:  # any failure of a dependency is an answer here, not a 500
            logger.exception("Health check: the %s does not answer", name)
            checks[name] = "error"
    healthy = all(value == "ok" for value in checks.values())
    response = JsonResponse({"status": "ok" if healthy else "error", **checks}, status=200 if healthy else 503)
    add_never_cache_headers(response)
    return response
