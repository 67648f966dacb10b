"""The two caches the site runs on: the embedded one of `make run` (a folder every process
shares) and Redis (production, REDIS_URL). Cache tests run against both.

CI must test Redis: with CI=true or REDIS_URL set, a Redis that does not answer fails the
test run. Elsewhere the Redis half is skipped with a message saying how to run it.
"""

import os
import uuid
from pathlib import Path

import pytest

REDIS_URL = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")


def redis_or_fail():
    import redis

    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2).ping()
    except redis.RedisError as error:
        message = f"Redis at {REDIS_URL} does not answer ({error})"
        if os.environ.get("CI") or os.environ.get("REDIS_URL"):
            pytest.fail(message + ": the cache tests need it in CI.")
        pytest.skip(message + ": start redis-server or set REDIS_URL to test the Redis half.")


def configure(kind, settings, tmp_path):
    """Points the default cache at a fresh, empty store of that kind; returns a function that
    counts the entries in it."""
    if kind == "embedded":
        location = tmp_path / "cache"
        settings.CACHES = {
            **settings.CACHES,
            "default": {
                "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
                "LOCATION": str(location),
                "OPTIONS": {"MAX_ENTRIES": 20000},
            },
        }
        return lambda: len(list(Path(location).glob("*.djcache")))
    redis_or_fail()
    prefix = f"test-{uuid.uuid4().hex[:10]}"
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "caching.redis.SharedRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": prefix,
        },
    }
    import redis

    client = redis.Redis.from_url(REDIS_URL)
    count = lambda: sum(1 for _ in client.scan_iter(f"{prefix}:*"))  # noqa: E731
    count.cleanup = lambda: [client.delete(key) for key in client.scan_iter(f"{prefix}:*")]
    return count
