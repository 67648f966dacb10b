from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from . import views


@hooks.register("register_admin_urls")
def recovery_code_urls():
    return [
        path("account/recovery-codes/", views.recovery_codes, name="accounts_recovery_codes"),
        # Same address and name as wagtail-2fa's code check, registered before it (this app
        # comes first in INSTALLED_APPS), so requests reach this view; tested in
        # tests/test_second_factor.py.
        path("2fa/auth", views.SecondFactorView.as_view(), name="wagtail_2fa_auth"),
    ]


@hooks.register("register_account_menu_item")
def recovery_codes_menu_item(request):
    return {
        "url": reverse("accounts_recovery_codes"),
        "label": _("Recovery codes"),
        "help_text": _("One-time codes for logging in when your phone is not at hand."),
    }
