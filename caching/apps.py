from django.apps import AppConfig


class CachingConfig(AppConfig):
    name = "caching"
    verbose_name = "Page cache"

    def ready(self):
        from . import checks, invalidation  # noqa: F401  (checks register themselves)

        invalidation.connect()
