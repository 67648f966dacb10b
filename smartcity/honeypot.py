"""The honeypot of the public forms (accessibility feedback, newsletter sign-up).

A field humans never see (hidden by CSS, aria-hidden, out of the tab order, rendered by
templates/components/honeypot.html); bots fill every field, and a form with it filled is refused
with a message a person would understand, so nothing is stored or sent."""

import django.forms
from django.utils.translation import gettext_lazy as _

HONEYPOT_FIELD = "website_url"  # a name bots like to fill in


class HoneypotMixin:
    """Put first among a form's bases; `honeypot_message` says what was not sent."""

    honeypot_message = _(
        "Your message was not sent because a field that must stay empty was filled in. If you "
        "are a person, please empty the field and send the form again."
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[HONEYPOT_FIELD] = django.forms.CharField(
            label=_("Leave this field empty"),
            required=False,
            widget=django.forms.TextInput(
                attrs={"tabindex": "-1", "autocomplete": "off", "class": "honeypot__input"}
            ),
        )

    def clean(self):
        cleaned = super().clean()
        if (self.data.get(HONEYPOT_FIELD) or "").strip():
            raise django.forms.ValidationError(self.honeypot_message, code="honeypot")
        cleaned.pop(HONEYPOT_FIELD, None)
        return cleaned

    @property
    def visible_fields_without_honeypot(self):
        return [bound for bound in self if bound.name != HONEYPOT_FIELD]

    @property
    def honeypot(self):
        return self[HONEYPOT_FIELD]
