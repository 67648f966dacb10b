"""Deletes newsletter sign-ups that were never confirmed; run hourly by the timer
smartcity-newsletter-purge.timer (docs/newsletter.md)."""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from newsletter.models import Subscriber


def purge_unconfirmed(now=None):
    """An address nobody confirmed may belong to someone who never asked for anything: it is
    kept only as long as NEWSLETTER_UNCONFIRMED_DAYS (7 by default), then deleted with its
    consent text and topics."""
    limit = (now or timezone.now()) - timedelta(days=settings.NEWSLETTER_UNCONFIRMED_DAYS)
    _total, by_model = Subscriber.objects.unconfirmed().filter(signed_up_at__lt=limit).delete()
    return by_model.get(Subscriber._meta.label, 0)


class Command(BaseCommand):
    help = "Deletes newsletter sign-ups not confirmed within NEWSLETTER_UNCONFIRMED_DAYS days."

    def handle(self, *args, **options):
        deleted = purge_unconfirmed()
        if deleted or options["verbosity"] > 1:
            self.stdout.write(f"Deleted {deleted} unconfirmed sign-up(s).")
