"""The newsletter: who subscribed (and agreed to what), the issues the communications team
writes, and one delivery row per issue and subscriber so that an interrupted send can be
resumed without mailing anybody twice (docs/newsletter.md)."""

import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.models import Orderable, PreviewableMixin
from wagtail.search import index


def new_token():
    # 32 random bytes: the secret the signed links carry. A new sign-up after an unsubscribe
    # gets a new one, so links of an earlier subscription never work again.
    return secrets.token_urlsafe(32)


class SubscriberQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(confirmed_at__isnull=False)

    def unconfirmed(self):
        return self.filter(confirmed_at__isnull=True)


class Subscriber(models.Model):
    """Someone who signed up for the newsletter with the public form (/de/newsletter/). Nobody
    edits it: the sign-up creates it, the confirmation link confirms it, the unsubscribe link
    deletes it, and unconfirmed sign-ups are deleted after NEWSLETTER_UNCONFIRMED_DAYS. Visible
    and exportable (CSV) only to Kommunikation under Newsletter → Subscribers, where a member
    can also delete one (e.g. on a request under Art. 17 GDPR). Appears nowhere on the site."""

    email = models.EmailField(_("e-mail address"), max_length=254)
    language = models.CharField(_("language"), max_length=2, choices=settings.LANGUAGES)
    topics = models.ManyToManyField(
        "fields.FieldOfActionPage",
        verbose_name=_("topics"),
        blank=True,
        related_name="+",
        help_text=_("Fields of action chosen at sign-up; none means every topic."),
    )
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    signed_up_at = models.DateTimeField(_("signed up"), default=timezone.now)
    consent_text = models.TextField(
        _("consent given"), help_text=_("The exact text the subscriber agreed to.")
    )
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)

    objects = SubscriberQuerySet.as_manager()

    class Meta:
        ordering = ["-signed_up_at"]
        # One row per address whatever its case: "Anna@Halle.de" signing up again is the same
        # person, and must get the same answer (and mail) as any other repeated sign-up.
        constraints = [models.UniqueConstraint(Lower("email"), name="one_subscriber_per_address")]
        verbose_name = _("subscriber")
        verbose_name_plural = _("subscribers")

    def __str__(self):
        return self.email

    @property
    def is_confirmed(self):
        return self.confirmed_at is not None

    def topic_names(self):
        return ", ".join(topic.title for topic in self.topics.all())

    topic_names.short_description = _("topics")


class NewsletterIssue(PreviewableMixin, ClusterableModel):
    """One issue of the newsletter ("Newsletter-Ausgabe"), written by the communications team
    under Newsletter → Issues: subject, introduction and text in German and English, plus a list
    of updates and events (filled in by "Compose from recent updates"). Previewed as HTML and
    plain text in both languages, then queued for sending; the timer running `send_newsletter`
    mails it to every confirmed subscriber in their language. Appears only in those mails."""

    DRAFT, QUEUED, SENDING, SENT = "draft", "queued", "sending", "sent"
    STATUSES = [
        (DRAFT, _("draft")),
        (QUEUED, _("queued for sending")),
        (SENDING, _("being sent")),
        (SENT, _("sent")),
    ]

    subject = models.CharField(_("subject"), max_length=200)
    intro = models.TextField(
        _("introduction"), blank=True, help_text=_("A few sentences at the top of the mail.")
    )
    body = models.TextField(
        _("text"),
        blank=True,
        help_text=_(
            "Plain text: an empty line starts a new paragraph, web addresses become links. "
            "Shown below the introduction, above the updates and events."
        ),
    )
    status = models.CharField(_("status"), max_length=10, choices=STATUSES, default=DRAFT)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    queued_at = models.DateTimeField(_("queued"), null=True, blank=True)
    queued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("queued by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    panels = [
        MultiFieldPanel(
            [FieldPanel("subject"), FieldPanel("intro"), FieldPanel("body")], heading=_("Text")
        ),
        InlinePanel("items", heading=_("Updates and events"), label=_("Update or event")),
    ]
    search_fields = [
        index.SearchField("subject_de"),
        index.SearchField("subject_en"),
        index.AutocompleteField("subject_de"),
        index.AutocompleteField("subject_en"),
    ]
    preview_modes = [
        ("html_de", _("German, HTML")),
        ("text_de", _("German, plain text")),
        ("html_en", _("English, HTML")),
        ("text_en", _("English, plain text")),
    ]
    default_preview_mode = "html_de"

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("newsletter issue")
        verbose_name_plural = _("newsletter issues")
        permissions = [("send_newsletterissue", "Can send newsletter issues")]

    def __str__(self):
        return self.subject

    def clean(self):
        super().clean()
        # The status is no form field: it comes from the database. What subscribers received
        # (or are about to) must stay on record as they received it.
        if self.pk and self.status != self.DRAFT:
            raise ValidationError(
                _("This issue has been queued or sent and can no longer be changed. Copy it to write a new one.")
            )

    def serve_preview(self, request, mode_name):
        from .mails import preview_response

        return preview_response(self, mode_name)

    def delivery_counts(self):
        counts = dict(
            self.deliveries.values_list("state").annotate(n=models.Count("pk")).order_by()
        )
        return {state: counts.get(state, 0) for state, _label in Delivery.STATES}

    def delivery_summary(self):
        """"120 sent, 2 refused by the mail server" for the issues listing."""
        labels = dict(Delivery.STATES)
        counts = self.delivery_counts()
        return ", ".join(f"{count} {labels[state]}" for state, count in counts.items() if count)


class IssueItem(Orderable):
    """An update or event listed in an issue, chosen (or composed) by the communications team in
    the issue's form; shown with its title, date, teaser and a link in each subscriber's
    language."""

    issue = ParentalKey(NewsletterIssue, on_delete=models.CASCADE, related_name="items")
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [PageChooserPanel("page", ["updates.UpdatePage", "updates.EventPage"])]

    class Meta(Orderable.Meta):
        verbose_name = _("update or event")


class Delivery(models.Model):
    """Whether one issue has reached one subscriber, written by `send_newsletter` after every
    single mail; nobody edits it. The counts appear in the issues listing. When a subscriber
    unsubscribes the row stays without them, so the counts stay true and no address is kept."""

    PENDING, SENDING, SENT, FAILED, UNKNOWN, CANCELLED = (
        "pending", "sending", "sent", "failed", "unknown", "cancelled",
    )
    STATES = [
        (PENDING, _("waiting")),
        (SENDING, _("handed to the mail server")),
        (SENT, _("sent")),
        (FAILED, _("refused by the mail server")),
        (UNKNOWN, _("interrupted, not sent again")),
        (CANCELLED, _("unsubscribed before sending")),
    ]

    issue = models.ForeignKey(NewsletterIssue, on_delete=models.CASCADE, related_name="deliveries")
    subscriber = models.ForeignKey(
        Subscriber, null=True, on_delete=models.SET_NULL, related_name="deliveries"
    )
    state = models.CharField(max_length=10, choices=STATES, default=PENDING)
    attempted_at = models.DateTimeField(null=True)
    error = models.CharField(max_length=255, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["issue", "subscriber"], name="one_delivery_per_subscriber")
        ]
        indexes = [models.Index(fields=["issue", "state"])]
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
