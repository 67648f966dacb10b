"""Login throttling with django-axes: locked per account and per address, with a clear answer.

Axes counts failures per account and per address and applies one limit to the larger count. A
town hall's staff share one address, so one person mistyping five times must not lock all of
them out: an address gets LOGIN_FAILURE_LIMIT_PER_ADDRESS failures (20 by default) before it is
locked, an account AXES_FAILURE_LIMIT (5).
"""

import logging
import math

from axes.handlers.database import AxesDatabaseHandler
from django.conf import settings
from django.contrib.auth import get_user_model
from django.forms.utils import ErrorDict
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.admin.forms.auth import LoginForm

logger = logging.getLogger("accounts.lockout")


class AccountAndAddressHandler(AxesDatabaseHandler):
    def get_failures(self, request, credentials=None):
        per_account, per_address = (
            sum(attempts.values_list("failures_since_start", flat=True))
            for attempts in self.get_user_attempts(request, credentials)
        )
        # Scaled so that reaching either limit reaches AXES_FAILURE_LIMIT.
        scale = settings.AXES_FAILURE_LIMIT / settings.LOGIN_FAILURE_LIMIT_PER_ADDRESS
        return max(per_account, math.floor(per_address * scale))


def lockout_response(request, original_response=None, credentials=None):
    """The admin's login page again, saying what happened and what to do, with status 429."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    message = _(
        "Too many failed logins. To protect the account, logging in is blocked for %(minutes)d "
        "minutes. If you need to log in sooner, ask an administrator of the site to unlock it."
    ) % {"minutes": minutes}
    username = (credentials or {}).get("username") or request.POST.get("username", "")
    logger.warning("Login locked out for account %r from %s", username, request.axes_ip_address)
    form = LoginForm(request=request, initial={"username": username})
    form._errors, form.cleaned_data = ErrorDict(), {}
    form.add_error(None, message)
    User = get_user_model()
    context = {
        "form": form,
        "show_password_reset": True,
        "username_field": User._meta.get_field(User.USERNAME_FIELD).verbose_name,
        "next": request.GET.get("next", ""),
    }
    # Axes answers from its middleware, after the view: nothing would render it later.
    return TemplateResponse(request, "wagtailadmin/login.html", context, status=429).render()
