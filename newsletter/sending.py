"""Sending an issue to every confirmed subscriber, in batches, so that it can be resumed.

When an issue starts, one Delivery row per confirmed subscriber is written (the recipients are
fixed at that moment). Each mail then goes through these states, each committed on its own
(the command runs in autocommit mode):

    pending -> sending (written just before the mail is handed to the mail server)
            -> sent    (written as soon as the server accepted it)
            -> failed  (the server refused this one recipient; the others go on)

When the mail server fails (connection lost, timeout, refusal of the sender), the mail being
sent goes back to "pending" and the run stops; the next run carries on with the pending ones, so
nobody gets the issue twice. Only a process killed in the instant between handing a mail over
and writing "sent" leaves a row in "sending": whether that mail went out cannot be known, so
the next run marks it "unknown" and does not send it again (at most once, never twice).
"""

import logging
import smtplib
import time
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.core.mail import get_connection
from django.utils import timezone

from .mails import IssueRenderer
from .models import Delivery, NewsletterIssue, Subscriber

logger = logging.getLogger(__name__)
LOCK_KEY = "newsletter:sending"
# Longer than any batch can take; renewed after every batch, released at the end.
LOCK_SECONDS = 15 * 60


class SendingInterrupted(Exception):
    """The mail server failed; what is pending is sent by the next run."""


@dataclass
class Report:
    issues: list = field(default_factory=list)
    sent: int = 0
    failed: int = 0


def queue(issue, user=None):
    """Hands a draft to the next run of `send_newsletter`. False if it was no longer a draft
    (queued twice in two browser tabs, say)."""
    now = timezone.now()
    return bool(
        NewsletterIssue.objects.filter(pk=issue.pk, status=NewsletterIssue.DRAFT).update(
            status=NewsletterIssue.QUEUED, queued_at=now, queued_by=user
        )
    )


def send_queued(batch_size=None, pause=None):
    """Sends every queued issue and resumes every interrupted one, oldest first. Only one
    process sends at a time (a lock in the shared cache), whichever server runs the timer."""
    report = Report()
    if not cache.add(LOCK_KEY, str(timezone.now()), LOCK_SECONDS):
        logger.warning("Another process is sending the newsletter; nothing to do here.")
        return report
    try:
        issues = NewsletterIssue.objects.filter(
            status__in=[NewsletterIssue.QUEUED, NewsletterIssue.SENDING]
        ).order_by("queued_at", "pk")
        for issue in issues:
            report.issues.append(issue)
            send_issue(issue, report, batch_size=batch_size, pause=pause)
    finally:
        cache.delete(LOCK_KEY)
    return report


def start(issue):
    """Fixes the recipients: everyone confirmed now. Idempotent, so a run that died right here
    simply does it again."""
    claimed = NewsletterIssue.objects.filter(
        pk=issue.pk, status__in=[NewsletterIssue.QUEUED, NewsletterIssue.SENDING]
    ).update(status=NewsletterIssue.SENDING)
    if not claimed:
        return False
    if issue.status == NewsletterIssue.QUEUED:
        recipients = Subscriber.objects.confirmed().values_list("pk", flat=True)
        Delivery.objects.bulk_create(
            [Delivery(issue=issue, subscriber_id=pk) for pk in recipients.iterator()],
            ignore_conflicts=True,
            batch_size=500,
        )
        issue.status = NewsletterIssue.SENDING
    # Left in "sending" by a process that was killed mid-mail: maybe delivered, maybe not.
    Delivery.objects.filter(issue=issue, state=Delivery.SENDING).update(state=Delivery.UNKNOWN)
    return True


def send_issue(issue, report=None, batch_size=None, pause=None):
    report = report or Report()
    batch_size = batch_size or settings.NEWSLETTER_BATCH_SIZE
    pause = settings.NEWSLETTER_BATCH_PAUSE if pause is None else pause
    if not start(issue):
        return report
    renderer = IssueRenderer(issue)
    while True:
        batch = list(
            Delivery.objects.filter(
                issue=issue, state=Delivery.PENDING, subscriber__isnull=False
            )
            .select_related("subscriber")
            .prefetch_related("subscriber__topics")
            .order_by("pk")[:batch_size]
        )
        if not batch:
            break
        send_batch(renderer, batch, report)
        cache.touch(LOCK_KEY, LOCK_SECONDS)
        if pause:
            time.sleep(pause)
    # Whoever unsubscribed while the issue was going out gets nothing.
    Delivery.objects.filter(issue=issue, state=Delivery.PENDING, subscriber__isnull=True).update(
        state=Delivery.CANCELLED
    )
    NewsletterIssue.objects.filter(pk=issue.pk).update(
        status=NewsletterIssue.SENT, sent_at=timezone.now()
    )
    issue.status = NewsletterIssue.SENT
    return report


def send_batch(renderer, batch, report):
    """One connection to the mail server for the whole batch."""
    connection = get_connection()
    try:
        connection.open()
    except Exception as error:
        raise SendingInterrupted(f"Could not connect to the mail server: {error}") from error
    try:
        for delivery in batch:
            send_one(renderer, delivery, connection, report)
    finally:
        try:
            connection.close()
        except Exception:  # a server that already hung up cannot be told goodbye
            logger.debug("Closing the mail connection failed", exc_info=True)


def send_one(renderer, delivery, connection, report):
    message = renderer.message(delivery.subscriber, connection=connection)
    # Claim it first: a second process, or a rerun after a crash, never takes it again; and
    # whoever unsubscribed since the batch was read (subscriber now empty) is left out.
    claimed = Delivery.objects.filter(
        pk=delivery.pk, state=Delivery.PENDING, subscriber__isnull=False
    ).update(state=Delivery.SENDING, attempted_at=timezone.now())
    if not claimed:
        return
    try:
        accepted = message.send()
    except smtplib.SMTPRecipientsRefused as error:
        # This address is refused (mailbox gone, say); the mail server itself works. Only the
        # server's answer is kept, not the address (the row outlives an unsubscribe).
        answers = [f"{code} {reply!r}" for code, reply in error.recipients.values()]
        mark(delivery, Delivery.FAILED, error="; ".join(answers)[:255])
        report.failed += 1
        return
    except Exception as error:
        # The server never said it accepted the mail (SMTP: no "250" after the data), so it
        # is not delivered: pending again, and the run stops before more mails fail.
        mark(delivery, Delivery.PENDING)
        raise SendingInterrupted(f"The mail server failed: {error!r}") from error
    if not accepted:
        mark(delivery, Delivery.FAILED, error="not accepted")
        report.failed += 1
        return
    mark(delivery, Delivery.SENT)
    report.sent += 1


def mark(delivery, state, error=""):
    Delivery.objects.filter(pk=delivery.pk).update(state=state, error=error)
