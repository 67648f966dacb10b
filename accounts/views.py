from django.contrib import messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_variables
from wagtail_2fa import views as wagtail_2fa_views

from . import recovery
from .forms import SecondFactorForm


class SecondFactorView(wagtail_2fa_views.LoginView):
    """wagtail-2fa's code check with a form that names the device it checks (see forms.py)."""

    form_class = SecondFactorForm


@never_cache
@sensitive_variables("codes")
def recovery_codes(request):
    """Shows how many recovery codes are left; a POST makes ten new ones and shows them once."""
    user = request.user
    devices_url = reverse("wagtail_2fa_device_list", kwargs={"user_id": user.pk})
    if not recovery.has_authenticator(user):
        messages.warning(request, _("Set up an authenticator app first; recovery codes belong to it."))
        return redirect(devices_url)
    codes = recovery.create_codes(user) if request.method == "POST" else None
    return TemplateResponse(
        request,
        "accounts/recovery_codes.html",
        {"codes": codes, "remaining": recovery.remaining(user), "devices_url": devices_url},
    )
