from datetime import date

from django.core.management.base import BaseCommand, CommandError

from feedback import deadlines
from feedback.reminders import send_reminders


class Command(BaseCommand):
    help = (
        "Mails the office that answers accessibility feedback (the statement page's e-mail "
        "address) a reminder of every unanswered message three weeks old or older, at least a "
        "week before its one-month deadline; overdue ones too. Each message is reminded of "
        "once. Run daily (deploy/systemd/smartcity-feedback-reminders.timer)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--today",
            type=date.fromisoformat,
            help="Act as if it were this day (YYYY-MM-DD): for tests and for catching up.",
        )

    def handle(self, *args, **options):
        day = options["today"] or deadlines.today()
        outcome = send_reminders(day)
        if options["verbosity"]:
            self.stdout.write(
                f"{day.isoformat()}: reminded of {outcome.mailed} messages; "
                f"{outcome.unaddressed} due without an office address; {outcome.failed} failed."
            )
        if outcome.failed:
            # A non-zero exit makes the systemd unit (and cron's mail) show the failure.
            raise CommandError(f"{outcome.failed} reminders could not be mailed; see the log.")
