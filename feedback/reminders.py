"""The reminder mail to the office that answers accessibility feedback (send_feedback_reminders).

The mail is German (the office's language), plain text, and names no more of the citizen than
needed to recognise the message: its number, date and the first 200 characters of the text;
never the citizen's name or address. Everything else is behind the admin login.
"""

import logging
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext, ngettext
from wagtail.admin.mail import send_mail
from wagtail.admin.utils import get_admin_base_url

from .models import FeedbackCase, message_field_names

logger = logging.getLogger(__name__)


@dataclass
class Outcome:
    mailed: int = 0  # messages the office was reminded of in this run
    unaddressed: int = 0  # due, but the page has no office address: only the report shows them
    failed: int = 0  # the mail server refused; tried again on the next run


def admin_url(path):
    return (get_admin_base_url() or "").rstrip("/") + path


def office_addresses(page):
    return [address.strip() for address in (page.to_address or "").split(",") if address.strip()]


def compose(cases, day, field_names):
    """Subject and body, in the active language (the caller chooses German)."""
    count = len(cases)
    subject = ngettext(
        "Reminder: %(count)s accessibility feedback message awaits an answer",
        "Reminder: %(count)s accessibility feedback messages await an answer",
        count,
    ) % {"count": count}
    lines = [
        gettext("Hello,"),
        "",
        ngettext(
            "%(count)s message sent through the accessibility feedback form of the website "
            "has not been answered yet.",
            "%(count)s messages sent through the accessibility feedback form of the website "
            "have not been answered yet.",
            count,
        ) % {"count": count},
        gettext("§ 16b BGG LSA expects an answer within one month of receipt."),
        "",
    ]
    for number, case in enumerate(cases, start=1):
        handler = case.handler
        lines += [
            f"{number}. {case}",
            "   " + gettext("Answer due by %(date)s (%(deadline)s)") % {
                "date": date_format(case.due_date, "SHORT_DATE_FORMAT"),
                "deadline": case.deadline_text(day),
            },
            "   " + gettext("Status: %(status)s; handled by: %(handler)s") % {
                "status": case.get_status_display(),
                "handler": (handler.get_full_name().strip() or handler.get_username())
                if handler
                else gettext("nobody yet"),
            },
            "   " + gettext("Beginning of the message: “%(excerpt)s”") % {
                "excerpt": case.excerpt(field_names)
            },
            "   " + admin_url(reverse("accessibility_feedback:edit", args=[case.pk])),
            "",
        ]
    lines += [
        gettext("All open messages: %(url)s") % {"url": admin_url(reverse("accessibility_feedback:index"))},
        "",
        gettext(
            "This reminder is sent once for each message, three weeks after it arrived. Once a "
            "message is answered, set its status to answered in the report."
        ),
    ]
    return subject, "\n".join(lines) + "\n"


def send_reminders(day):
    """Mail each office a reminder of its messages that are three weeks old or older, not
    answered and not yet reminded of; record the reminder so nobody is mailed twice."""
    from smartcity.models import AccessibilityStatementPage

    FeedbackCase.objects.create_missing()
    outcome = Outcome()
    page_ids = set(FeedbackCase.objects.needing_reminder(day).values_list("submission__page_id", flat=True))
    field_names = message_field_names()
    for page in AccessibilityStatementPage.objects.filter(pk__in=page_ids).order_by("pk"):
        waiting = FeedbackCase.objects.needing_reminder(day).filter(submission__page_id=page.pk)
        addresses = office_addresses(page)
        if not addresses:
            count = waiting.count()
            outcome.unaddressed += count
            # Not marked as reminded: once the address is filled in, the office hears of them.
            logger.warning(
                "%s accessibility feedback messages are due, but page %s has no office address "
                "(to_address): they are only listed in the admin report.", count, page.pk,
            )
            continue
        cases = []
        try:
            # The rows stay locked until the reminder is recorded: a second run at the same time
            # (PostgreSQL) waits and then finds them reminded, so nobody is mailed twice.
            with transaction.atomic():
                cases = list(
                    waiting.select_related("submission", "handler")
                    .select_for_update(of=("self",))
                    .order_by("due_date", "pk")
                )
                if not cases:
                    continue
                with translation.override(settings.LANGUAGE_CODE):
                    subject, body = compose(cases, day, field_names)
                send_mail(subject, body, addresses, page.from_address or None)
                FeedbackCase.objects.filter(pk__in=[case.pk for case in cases]).update(
                    reminded_at=timezone.now()
                )
            outcome.mailed += len(cases)
        except Exception:  # SMTP errors come in many kinds; the next run tries again
            outcome.failed += len(cases)
            logger.exception("Could not mail the accessibility feedback reminder of page %s", page.pk)
    return outcome
