from django.core.management.base import BaseCommand

from caching import generation
from sitesearch import indexing


class Command(BaseCommand):
    help = "Rebuilds the public search index from the published pages (both languages)."

    def handle(self, *args, **options):
        count = indexing.rebuild()
        generation.advance()  # every process re-reads the vocabulary on its next search
        self.stdout.write(self.style.SUCCESS(f"Search index rebuilt: {count} pages."))
