from django.core.management.base import BaseCommand
from wagtail.models import Page

from editorial.tracking import update_status


class Command(BaseCommand):
    help = (
        "Record the translation status of pages that have none yet (e.g. pages created before "
        "the editorial app was installed), from their latest revision."
    )

    def handle(self, *args, **options):
        pages = Page.objects.filter(depth__gt=1, translation_status__isnull=True).specific()
        count = 0
        for page in pages:
            revision = page.latest_revision
            content = revision.as_object() if revision else page
            when = revision.created_at if revision else page.latest_revision_created_at
            if update_status(content, None, when) is not None:
                count += 1
        if options["verbosity"]:
            self.stdout.write(f"Translation status recorded for {count} pages.")
