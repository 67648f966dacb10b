"""A second factor for the accounts that approve and publish (docs/security.md).

With production settings (SECOND_FACTOR_REQUIRED) a superuser or a member of Kommunikation who
has typed the right password reaches nothing in the admin but the set-up of an authenticator
app, or the code check once one is set up. Redaktion may set one up, and is then asked too.
"""

import io

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import Client
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts import recovery

pytestmark = pytest.mark.django_db

ADMIN_PAGES = ["/admin/", "/admin/pages/", "/admin/images/", "/admin/users/", "/admin/documents/"]


@pytest.fixture
def required(settings, seeded_site):
    settings.WAGTAIL_2FA_REQUIRED = True


def account(django_user_model, name, group=None, superuser=False):
    create = django_user_model.objects.create_superuser if superuser else django_user_model.objects.create_user
    user = create(name, password=f"{name}-passwort-123")
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


def password_login(user):
    client = Client()
    response = client.post(
        "/admin/login/", {"username": user.username, "password": f"{user.username}-passwort-123"}
    )
    assert response.status_code == 302
    return client


def code(device):
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):0{device.digits}d}"


def authenticator(user):
    return TOTPDevice.objects.create(user=user, name="Diensthandy", confirmed=True)


@pytest.mark.parametrize("kind", ["superuser", "Kommunikation"])
def test_without_a_second_factor_only_its_set_up_is_reachable(required, django_user_model, kind):
    user = account(django_user_model, "chefin", superuser=kind == "superuser",
                   group=None if kind == "superuser" else kind)
    client = password_login(user)
    for url in ADMIN_PAGES:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith("/admin/2fa/devices/new"), url
    setup = client.get("/admin/2fa/devices/new")
    assert setup.status_code == 200
    assert "Authentifizierungs-App einrichten" in setup.content.decode()


def test_with_an_app_the_code_is_asked_before_anything_else(required, django_user_model):
    user = account(django_user_model, "chefin", superuser=True)
    device = authenticator(user)
    client = password_login(user)
    for url in ADMIN_PAGES:
        assert client.get(url)["Location"].startswith("/admin/2fa/auth"), url
    wrong = client.post("/admin/2fa/auth", {"otp_token": "000000"})
    assert "Dieser Code ist nicht gültig" in wrong.content.decode()
    assert client.get("/admin/pages/").status_code == 302
    # django-otp makes the next try wait a moment after a wrong code; the editor would.
    device.refresh_from_db()
    device.throttle_reset()
    right = client.post("/admin/2fa/auth", {"otp_token": code(device), "next": "/admin/pages/"})
    assert right.status_code == 302
    for url in ADMIN_PAGES:
        assert client.get(url).status_code == 200, url


def test_a_recovery_code_works_once_instead_of_the_app(required, django_user_model):
    user = account(django_user_model, "chefin", superuser=True)
    authenticator(user)
    codes = recovery.create_codes(user)
    assert len(codes) == 10 and len(set(codes)) == 10
    client = password_login(user)
    assert client.post("/admin/2fa/auth", {"otp_token": codes[0]}).status_code == 302
    assert client.get("/admin/pages/").status_code == 200
    again = password_login(user)
    assert again.post("/admin/2fa/auth", {"otp_token": codes[0]}).status_code == 200  # used up
    assert again.get("/admin/pages/").status_code == 302
    assert recovery.remaining(user) == 9


def test_recovery_codes_are_shown_once_and_replace_the_old_ones(required, django_user_model):
    user = account(django_user_model, "chefin", superuser=True)
    device = authenticator(user)
    client = password_login(user)
    client.post("/admin/2fa/auth", {"otp_token": code(device)})
    first = recovery.create_codes(user)
    page = client.post("/admin/account/recovery-codes/").content.decode()
    assert "Wiederherstellungscodes" in page
    shown = [c for c in recovery.StaticToken.objects.filter(device__user=user).values_list("token", flat=True)]
    assert all(c in page for c in shown) and not any(c in page for c in first)
    assert client.get("/admin/account/recovery-codes/").content.decode().count("<code>") == 0


def test_redaktion_may_go_without_but_is_asked_once_they_set_one_up(required, django_user_model):
    user = account(django_user_model, "redakteur", group="Redaktion")
    client = password_login(user)
    assert client.get("/admin/").status_code == 200
    authenticator(user)
    client = password_login(user)
    assert client.get("/admin/")["Location"].startswith("/admin/2fa/auth")


def test_the_code_check_is_this_projects_view(required):
    from django.urls import resolve, reverse

    from accounts.views import SecondFactorView

    assert resolve(reverse("wagtail_2fa_auth")).func.view_class is SecondFactorView


def test_development_settings_ask_for_no_second_factor(seeded_site, django_user_model, settings):
    settings.WAGTAIL_2FA_REQUIRED = False
    user = account(django_user_model, "admin", superuser=True)
    assert password_login(user).get("/admin/pages/").status_code == 200


def test_an_operator_resets_a_lost_second_factor(required, django_user_model):
    user = account(django_user_model, "chefin", superuser=True)
    authenticator(user)
    recovery.create_codes(user)
    call_command("reset_second_factor", "chefin", stdout=io.StringIO())
    assert not TOTPDevice.objects.filter(user=user).exists() and recovery.remaining(user) == 0
    client = password_login(user)
    assert client.get("/admin/")["Location"].startswith("/admin/2fa/devices/new")
