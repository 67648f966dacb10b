from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import translation

from smartcity.seed.builder import Seeder


class Command(BaseCommand):
    help = "Creates the seeded Smart City Halle site in German and English. Safe to run again."

    def handle(self, *args, **options):
        # The raw title/slug columns follow the active language: seed in German, the default.
        with translation.override("de"), transaction.atomic():
            created = Seeder(lambda msg: self.stdout.write(f"  created {msg}")).run()
        self.stdout.write(self.style.SUCCESS(f"Seed complete: {created} objects created."))
