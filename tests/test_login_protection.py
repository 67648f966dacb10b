"""Guessing passwords for the admin gets nowhere: failed logins lock the account, and a flood
from one address locks the address, with a clear message and a way for an administrator to
unlock (docs/security.md)."""

import datetime
import io
import logging
import re

import pytest
from axes.models import AccessAttempt
from django.contrib.auth.password_validation import validate_password
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

pytestmark = pytest.mark.django_db

LOCKED = "Zu viele fehlgeschlagene Anmeldeversuche"


@pytest.fixture
def accounts(django_user_model):
    return {
        name: django_user_model.objects.create_superuser(name, password=f"{name}-richtig-123")
        for name in ("admin", "kommunikation")
    }


def log_in(client, username, password, address="10.0.0.1"):
    return client.post(
        "/admin/login/", {"username": username, "password": password}, REMOTE_ADDR=address,
        HTTP_ACCEPT_LANGUAGE="de",
    )


def logged_in(response):
    return response.status_code == 302 and response["Location"] == "/admin/"


def test_the_right_password_is_refused_after_five_failures(accounts, settings):
    client = Client()
    limit = settings.AXES_FAILURE_LIMIT
    answers = [log_in(client, "admin", "falsch").status_code for _ in range(limit)]
    assert answers == [200] * (limit - 1) + [429]  # "wrong password", then "locked"
    response = log_in(client, "admin", "admin-richtig-123")
    assert response.status_code == 429
    assert LOCKED in response.content.decode()
    assert 'name="password"' in response.content.decode()  # still the login page
    # From another address as well: it is the account that is locked.
    assert log_in(Client(), "admin", "admin-richtig-123", address="10.9.9.9").status_code == 429
    # Others still log in, even from the same address (one town hall, one address).
    assert logged_in(log_in(Client(), "kommunikation", "kommunikation-richtig-123"))


def test_the_lock_ends_after_the_cool_off_or_when_an_administrator_unlocks(accounts, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        log_in(Client(), "admin", "falsch")
    assert log_in(Client(), "admin", "admin-richtig-123").status_code == 429
    call_command("axes_reset_username", "admin", stdout=io.StringIO())
    assert logged_in(log_in(Client(), "admin", "admin-richtig-123"))
    for _ in range(settings.AXES_FAILURE_LIMIT):
        log_in(Client(), "admin", "falsch")
    assert log_in(Client(), "admin", "admin-richtig-123").status_code == 429
    # The cool-off passes: the failures are now older than AXES_COOLOFF_TIME.
    AccessAttempt.objects.update(
        attempt_time=timezone.now() - settings.AXES_COOLOFF_TIME - datetime.timedelta(seconds=1)
    )
    assert logged_in(log_in(Client(), "admin", "admin-richtig-123"))


def test_one_address_guessing_many_accounts_is_locked(accounts, settings):
    for n in range(settings.LOGIN_FAILURE_LIMIT_PER_ADDRESS):
        log_in(Client(), f"gibt-es-nicht-{n}", "falsch", address="10.6.6.6")
    assert log_in(Client(), "admin", "admin-richtig-123", address="10.6.6.6").status_code == 429
    assert logged_in(log_in(Client(), "admin", "admin-richtig-123", address="10.0.0.2"))


def test_lockouts_are_logged(accounts, settings, caplog):
    with caplog.at_level(logging.WARNING):
        for _ in range(settings.AXES_FAILURE_LIMIT + 1):
            log_in(Client(), "admin", "falsch")
    assert any("locked out" in record.getMessage().lower() for record in caplog.records)


def test_the_password_reset_does_not_tell_whether_an_account_exists(accounts, django_user_model):
    accounts["admin"].email = "admin@example.org"
    accounts["admin"].save()
    answers = []
    for address in ("admin@example.org", "niemand@example.org"):
        response = Client().post("/admin/password_reset/", {"email": address}, follow=True)
        page = re.sub(rb'[A-Za-z0-9]{64}', b"", response.content)  # CSRF tokens differ
        answers.append((response.status_code, response.redirect_chain, page))
    assert answers[0] == answers[1]
    assert len(mail.outbox) == 1  # only the real account gets a mail


def test_passwords_need_twelve_characters():
    with pytest.raises(ValidationError):
        validate_password("Kurz-7-Zeic")
    validate_password("zwölf Zeichen reichen")


def test_an_idle_editor_is_logged_out_after_eight_hours(accounts):
    client = Client()
    assert logged_in(log_in(client, "admin", "admin-richtig-123"))
    client.get("/admin/")
    age = client.session.get_expiry_age()
    assert 7.9 * 3600 < age <= 8 * 3600
