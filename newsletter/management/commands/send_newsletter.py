"""Sends queued newsletter issues and resumes interrupted ones; run by the timer
smartcity-newsletter.timer every few minutes (docs/newsletter.md)."""

from django.core.management.base import BaseCommand, CommandError

from newsletter import sending


class Command(BaseCommand):
    help = (
        "Sends every queued newsletter issue to its confirmed subscribers, in batches of "
        "NEWSLETTER_BATCH_SIZE, and carries on where an interrupted run stopped. Nobody gets an "
        "issue twice."
    )

    def add_arguments(self, parser):
        parser.add_argument("--batch-size", type=int, help="mails per connection (NEWSLETTER_BATCH_SIZE)")
        parser.add_argument("--pause", type=float, help="seconds between batches (NEWSLETTER_BATCH_PAUSE)")

    def handle(self, *args, batch_size=None, pause=None, **options):
        if batch_size is not None and batch_size < 1:
            raise CommandError("--batch-size must be at least 1")
        try:
            report = sending.send_queued(batch_size=batch_size, pause=pause)
        except sending.SendingInterrupted as error:
            # A non-zero exit shows up in `systemctl status` and the journal; the next run resumes.
            raise CommandError(f"{error}. The next run carries on with the mails not yet sent.") from error
        if report.issues or options["verbosity"] > 1:
            self.stdout.write(
                f"{len(report.issues)} issue(s): {report.sent} mail(s) sent, "
                f"{report.failed} refused by the mail server."
            )
