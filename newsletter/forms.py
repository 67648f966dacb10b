"""The public sign-up form: e-mail, language, optional topics, consent, and a honeypot."""

from django import forms
from django.conf import settings
from django.contrib.auth.base_user import BaseUserManager
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from fields.models import FieldOfActionPage
from smartcity.honeypot import HoneypotMixin

CONSENT_TEXT = _(
    "I would like to receive the newsletter of Smart City Halle (Saale) by e-mail. I can "
    "unsubscribe at any time with the link in every newsletter. My address is only used to send "
    "the newsletter, as described in the privacy policy."
)


class SignupForm(HoneypotMixin, forms.Form):
    """Errors and help texts are tied to their fields by Django (aria-describedby,
    aria-invalid). A filled honeypot (smartcity/honeypot.py) stores and sends nothing."""

    honeypot_message = _(
        "Your sign-up was not sent because a field that must stay empty was filled in. If you "
        "are a person, please empty the field and send the form again."
    )

    email = forms.EmailField(
        label=_("Your e-mail address"),
        max_length=254,  # the longest address SMTP can deliver (RFC 5321)
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )
    language = forms.ChoiceField(
        label=_("Language of the newsletter"), widget=forms.RadioSelect, choices=()
    )
    topics = forms.TypedMultipleChoiceField(
        label=_("Topics"),
        coerce=int,
        choices=(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Optional. Without a choice you receive news on every field of action."),
    )
    consent = forms.BooleanField(label=CONSENT_TEXT)
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        language = translation.get_language()
        self.fields["language"].choices = [
            (code, translation.get_language_info(code)["name_local"])
            for code, _name in settings.LANGUAGES
        ]
        self.fields["language"].initial = language
        # Read once: the page asks whether there are any and then lists them.
        self.topic_pages = {
            page.pk: page for page in FieldOfActionPage.objects.live().public().order_by("path")
        }
        # Titles in the visitor's language (wagtail-modeltranslation).
        self.fields["topics"].choices = [(pk, page.title) for pk, page in self.topic_pages.items()]

    def clean_email(self):
        # Domains are case-insensitive; the part before the @ is kept as typed (a few servers
        # still tell "Anna" from "anna"). Uniqueness ignores case (see Subscriber.Meta).
        return BaseUserManager.normalize_email(self.cleaned_data["email"].strip())

    def clean_topics(self):
        return [self.topic_pages[pk] for pk in self.cleaned_data["topics"]]

    @property
    def consent_text(self):
        """The text the visitor agreed to, exactly as the form showed it."""
        return str(CONSENT_TEXT)
