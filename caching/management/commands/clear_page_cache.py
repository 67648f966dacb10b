from django.core.management.base import BaseCommand

from caching import generation, invalidation


class Command(BaseCommand):
    help = (
        "Makes every cached page and fragment stale (a new generation) and purges the caching "
        "proxy, if one is configured. Publishing does this by itself; use it after changing "
        "templates without running migrate."
    )

    def handle(self, *args, **options):
        generation.advance()
        if invalidation.frontend_cache_configured():
            invalidation.purge_frontend_cache()
        self.stdout.write("Page cache cleared.")
