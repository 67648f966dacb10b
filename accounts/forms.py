from django import forms
from django.utils.translation import gettext_lazy as _
from django_otp.forms import OTPAuthenticationFormMixin
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from .recovery import DEVICE_NAME


class SecondFactorForm(OTPAuthenticationFormMixin, forms.Form):
    """The code check after the password: a six-digit code from the app, or a recovery code.

    django-otp (1.7.5) only verifies against a device the form names; wagtail-2fa's own form
    names none and so refuses every code. The kind of code decides the device: digits go to
    the authenticator app, letters to the recovery codes, so a typo never counts against the
    other one.
    """

    otp_token = forms.CharField(
        label=_("Code"),
        max_length=32,
        widget=forms.TextInput(
            attrs={"autofocus": "autofocus", "autocomplete": "one-time-code", "inputmode": "text"}
        ),
    )

    def __init__(self, user, *args, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean(self):
        token = "".join((self.cleaned_data.get("otp_token") or "").split())
        self.cleaned_data["otp_token"] = token
        if token.isdigit():
            device = TOTPDevice.objects.filter(user=self.user, confirmed=True).first()
        else:
            device = StaticDevice.objects.filter(user=self.user, name=DEVICE_NAME).first()
        if device is not None:
            self.cleaned_data["otp_device"] = device.persistent_id
        self.clean_otp(self.user)
        return self.cleaned_data
