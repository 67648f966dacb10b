"""The handling of each accessibility feedback message: status, due date, who handles it."""

from django.conf import settings
from django.db import models
from django.utils.formats import date_format
from django.utils.text import Truncator
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.models import FormSubmission

from . import deadlines

EXCERPT_CHARS = 200


def statement_submissions():
    """Form submissions of the accessibility statement page (other form pages are not ours)."""
    from smartcity.models import AccessibilityStatementPage

    return FormSubmission.objects.filter(page_id__in=AccessibilityStatementPage.objects.values("pk"))


def message_field_names():
    """What the citizen wrote: the form's multi-line fields (the seeded form calls its one
    "message"); the single-line ones say who wrote it. One query, for a whole listing."""
    from smartcity.models import AccessibilityFormField

    names = AccessibilityFormField.objects.filter(field_type="multiline").values_list(
        "clean_name", flat=True
    )
    return list(dict.fromkeys(names)) or ["message"]


class FeedbackCaseQuerySet(models.QuerySet):
    def open(self):
        return self.exclude(status=FeedbackCase.ANSWERED)

    def overdue(self, day):
        return self.open().filter(due_date__lt=day)

    def due(self, day):
        """Open, not yet overdue, and three weeks old or older (the reminder period)."""
        return self.open().filter(
            due_date__gte=day,
            submission__submit_time__lt=deadlines.received_by_for_reminder(day),
        )

    def needing_reminder(self, day):
        """Due or overdue and never reminded: each message is reminded of once."""
        return self.open().filter(
            reminded_at__isnull=True,
            submission__submit_time__lt=deadlines.received_by_for_reminder(day),
        )

    def create_missing(self):
        """A case for every statement submission that has none yet: submissions stored before
        this app existed (the data migration covers those too) or loaded from a fixture, where
        the signal does not run. Idempotent; costs one query when nothing is missing."""
        missing = statement_submissions().filter(feedback_case__isnull=True).only("pk", "submit_time")
        cases = [FeedbackCase.for_submission(submission) for submission in missing]
        if cases:
            self.bulk_create(cases, ignore_conflicts=True)
        return len(cases)


class FeedbackCase(models.Model):
    """How the office handles one message sent through the feedback form of the accessibility
    statement (Erklärung zur Barrierefreiheit): created by itself for every message, edited by
    the communications team (Kommunikation) under Reports → Accessibility feedback, where the
    open and overdue ones are listed; the office is mailed a reminder (send_feedback_reminders).
    Never shown on the public site: the message itself stays in Wagtail's form submission."""

    NEW, IN_PROGRESS, ANSWERED = "new", "in_progress", "answered"
    STATUS_CHOICES = [
        (NEW, _("new")),
        (IN_PROGRESS, _("in progress")),
        (ANSWERED, _("answered")),
    ]

    submission = models.OneToOneField(
        FormSubmission,
        on_delete=models.CASCADE,  # deleting the message under Forms deletes its handling too
        primary_key=True,
        related_name="feedback_case",
        verbose_name=_("message"),
    )
    status = models.CharField(_("status"), max_length=12, choices=STATUS_CHOICES, default=NEW)
    due_date = models.DateField(
        _("answer due by"),
        editable=False,  # the law counts from receipt; nobody moves it
        help_text=_("One month after receipt (§ 16b BGG LSA)."),
    )
    handler = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("handled by"),
    )
    answered_on = models.DateField(
        _("answered on"),
        null=True,
        blank=True,
        help_text=_(
            "Filled in with today's date when the status is set to answered; change it if the "
            "answer went out earlier."
        ),
    )
    reminded_at = models.DateTimeField(_("reminder sent"), null=True, blank=True, editable=False)

    objects = FeedbackCaseQuerySet.as_manager()

    class Meta:
        verbose_name = _("accessibility feedback message")
        verbose_name_plural = _("accessibility feedback messages")
        ordering = ["due_date", "pk"]

    def __str__(self):
        # Shown in the admin's headings and history: a number and a date, no personal data.
        return gettext("Feedback no. %(number)s of %(date)s") % {
            "number": self.pk,
            "date": date_format(self.received_on, "SHORT_DATE_FORMAT"),
        }

    @classmethod
    def for_submission(cls, submission):
        return cls(
            submission=submission,
            due_date=deadlines.due_date(deadlines.received_on(submission.submit_time)),
        )

    def save(self, *args, **kwargs):
        # "When it was answered" follows the status, whoever changes it (report, shell, test).
        if self.status == self.ANSWERED:
            self.answered_on = self.answered_on or deadlines.today()
        else:
            self.answered_on = None
        super().save(*args, **kwargs)

    @property
    def received_on(self):
        return deadlines.received_on(self.submission.submit_time)

    def state(self, day):
        if self.status == self.ANSWERED:
            return None
        return deadlines.state(self.received_on, self.due_date, day)

    def deadline_text(self, day):
        if self.status == self.ANSWERED:
            return ""
        return deadlines.deadline_text(self.received_on, self.due_date, day)

    def message(self, field_names):
        data = self.submission.form_data or {}
        parts = [str(data[name]).strip() for name in field_names if data.get(name)]
        return "\n\n".join(part for part in parts if part)

    def excerpt(self, field_names, chars=EXCERPT_CHARS):
        """The beginning of the message, on one line: enough to recognise it, no more."""
        return Truncator(" ".join(self.message(field_names).split())).chars(chars)
