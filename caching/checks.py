from django.conf import settings
from django.core.checks import Tags, Warning, register


@register(Tags.caches, deploy=True)
def shared_cache(app_configs, **kwargs):
    """With several servers, a cache on one machine's disk leaves the others serving stale
    pages after a publish: production wants REDIS_URL."""
    backend = settings.CACHES["default"]["BACKEND"]
    if backend.endswith("RedisCache"):
        return []
    return [
        Warning(
            "The page cache is not in Redis: only processes on this machine share it.",
            hint="Set REDIS_URL (docs/caching.md) before running more than one server.",
            id="caching.W001",
        )
    ]
