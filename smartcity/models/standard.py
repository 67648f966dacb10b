"""Simple editable pages (Impressum, Datenschutz, Leichte Sprache) and the accessibility
statement with its feedback form (Erklärung zur Barrierefreiheit, BGG LSA § 16 ff.)."""

import logging

import django.forms
from django.conf import settings
from django.db import models
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django_ratelimit.core import is_ratelimited
from modelcluster.fields import ParentalKey
from wagtail.admin.mail import send_mail
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.forms import BaseForm, FormBuilder
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from smartcity.blocks import BodyBlock
from smartcity.honeypot import HoneypotMixin
from smartcity.search import page_search_fields

from .pages import BilingualPreviewMixin

LEGAL_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link"]
logger = logging.getLogger(__name__)
FEEDBACK_MAIL_HELP = _(
    "Feedback is always stored under Forms. Enter the address of the office that answers it "
    "(the law expects an answer) to receive each message by e-mail too. Without a subject, the "
    'mail is headed "Feedback on the accessibility of the website".'
)


class StandardPage(BilingualPreviewMixin, Page):
    """A plain page with an introduction and free content, edited by city staff: the legal
    notice (Impressum), the privacy policy, the Leichte Sprache page and similar simple pages."""

    intro = models.TextField(
        _("introduction"), blank=True, help_text=_("One or two sentences shown below the title.")
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = page_search_fields("intro", "body")
    parent_page_types = ["strategy.HomePage", "smartcity.StandardPage"]
    subpage_types = ["smartcity.StandardPage"]

    class Meta:
        verbose_name = _("standard page")


# --- accessibility statement with feedback form ----------------------------------------------

class FeedbackForm(HoneypotMixin, BaseForm):
    """The form Wagtail builds from the editor's fields, plus the honeypot of every public form
    (smartcity/honeypot.py). Django ties errors and help texts to their fields
    (aria-describedby, aria-invalid); the template gives them the ids Django expects."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            # WCAG 1.3.5: let browsers fill in the visitor's own name and address.
            if isinstance(field.widget, django.forms.EmailInput):
                field.widget.attrs.setdefault("autocomplete", "email")
            elif name == "name":
                field.widget.attrs.setdefault("autocomplete", "name")


class FeedbackFormBuilder(FormBuilder):
    def get_form_class(self):
        return type("FeedbackWagtailForm", (FeedbackForm,), self.formfields)


class AccessibilityFormField(AbstractFormField):
    """One field of the feedback form; label and help text are translated."""

    page = ParentalKey(
        "smartcity.AccessibilityStatementPage", on_delete=models.CASCADE, related_name="form_fields"
    )


class AccessibilityStatementPage(BilingualPreviewMixin, AbstractEmailForm):
    """Erklärung zur Barrierefreiheit, edited by the city's accessibility officer: how far the
    site conforms, what is known not to work yet, the date of the statement, a feedback form
    (stored as form submissions under Forms in the admin, and mailed to the responsible office
    once its address is filled in) and the enforcement procedure."""

    CONFORMANCE = [
        ("full", _("fully compliant")),
        ("partial", _("partially compliant")),
        ("none", _("not compliant")),
    ]

    intro = models.TextField(_("introduction"), blank=True)
    conformance_status = models.CharField(
        _("conformance status"), max_length=10, choices=CONFORMANCE, default="partial"
    )
    conformance_text = RichTextField(
        _("explanation of the status"), blank=True, features=LEGAL_FEATURES
    )
    known_gaps = RichTextField(
        _("known gaps"),
        blank=True,
        features=LEGAL_FEATURES,
        help_text=_("Content that is not yet accessible, and why."),
    )
    statement_date = models.DateField(
        _("date of the statement"), null=True, blank=True,
        help_text=_("When the statement was prepared or last reviewed."),
    )
    feedback_text = RichTextField(
        _("feedback introduction"), blank=True, features=LEGAL_FEATURES,
        help_text=_("Shown above the feedback form: contact details of the responsible office."),
    )
    enforcement_text = RichTextField(
        _("enforcement procedure"), blank=True, features=LEGAL_FEATURES,
        help_text=_("How to reach the Ombudsstelle of Sachsen-Anhalt (§ 16d BGG LSA)."),
    )
    thank_you_text = RichTextField(_("confirmation text"), blank=True, features=LEGAL_FEATURES)

    form_builder = FeedbackFormBuilder
    content_panels = AbstractEmailForm.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("conformance_status"), FieldPanel("statement_date")]),
                FieldPanel("conformance_text"),
            ],
            heading=_("Conformance"),
        ),
        FieldPanel("known_gaps"),
        FieldPanel("feedback_text"),
        InlinePanel("form_fields", label=_("Feedback form fields")),
        FieldPanel("thank_you_text"),
        FieldPanel("enforcement_text"),
        MultiFieldPanel(
            [
                # MultiFieldPanel shows no help_text of its own; a HelpPanel does.
                HelpPanel(content=FEEDBACK_MAIL_HELP),
                FieldPanel("to_address"),
                FieldPanel("from_address"),
                FieldPanel("subject"),
            ],
            heading=_("Feedback by e-mail"),
        ),
    ]
    search_fields = page_search_fields("intro", "conformance_text", "known_gaps", "enforcement_text")
    parent_page_types = ["strategy.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("accessibility statement")

    def serve(self, request, *args, **kwargs):
        """Sending is limited per address (FEEDBACK_RATE, e.g. 5 per hour): a flood of messages
        must not bury the real ones. Whoever hits the limit gets their text back with a clear
        message, not a lost form."""
        if request.method == "POST" and is_ratelimited(
            request, group="accessibility-feedback", key="ip", rate=settings.FEEDBACK_RATE,
            method="POST", increment=True,
        ):
            form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
            form.is_valid()
            form.add_error(None, gettext(
                "You have sent several messages in a short time. Your text is still here: "
                "please send it again in an hour, or write to the address above."
            ))
            context = self.get_context(request)
            context["form"] = form
            return TemplateResponse(request, self.get_template(request), context, status=429)
        return super().serve(request, *args, **kwargs)

    def send_mail(self, form):
        """The office gets the message in German, and can answer with "Reply" when the citizen
        left an address. The submission is already stored when this runs, so a mail server that
        is down is logged and the citizen still sees the confirmation."""
        addresses = [address.strip() for address in self.to_address.split(",") if address.strip()]
        email_fields = [f.clean_name for f in self.get_form_fields() if f.field_type == "email"]
        reply_to = [form.cleaned_data[name] for name in email_fields if form.cleaned_data.get(name)]
        with translation.override(settings.LANGUAGE_CODE):
            subject = self.subject or gettext("Feedback on the accessibility of the website")
        try:
            send_mail(subject, self.render_email(form), addresses, self.from_address, reply_to=reply_to or None)
        except Exception:  # SMTP errors are many kinds of exception; none may reach the citizen
            logger.exception("Could not mail accessibility feedback of page %s", self.pk)

    def get_form_fields(self):
        # Fields are listed from the page object (not a fresh query) so previews and the live
        # page agree; the ordering follows the editor's drag and drop.
        return self.form_fields.all()
