"""The two-command set-up and its safety rails."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

ROOT = Path(__file__).resolve().parents[1]


def test_dev_admin_refused_outside_development_settings(db, settings):
    settings.SMARTCITY_ALLOW_DEV_ADMIN = False
    with pytest.raises(CommandError):
        call_command("ensure_dev_admin")


def test_dev_admin_created_once_with_given_password(db, settings, monkeypatch, capsys, django_user_model):
    settings.SMARTCITY_ALLOW_DEV_ADMIN = True
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", "a-long-local-password")
    call_command("ensure_dev_admin")
    user = django_user_model.objects.get(username="admin")
    assert user.is_superuser and user.check_password("a-long-local-password")
    assert "a-long-local-password" not in capsys.readouterr().out
    call_command("ensure_dev_admin")
    assert django_user_model.objects.count() == 1


@pytest.mark.parametrize("variable", [None, ""], ids=["unset", "empty"])
def test_dev_admin_generated_password_printed_once(db, settings, monkeypatch, capsys, django_user_model, variable):
    settings.SMARTCITY_ALLOW_DEV_ADMIN = True
    if variable is None:
        monkeypatch.delenv("DJANGO_SUPERUSER_PASSWORD", raising=False)
    else:
        monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", variable)
    call_command("ensure_dev_admin")
    out = capsys.readouterr().out
    password = out.split("password: ")[1].split()[0]
    assert django_user_model.objects.get(username="admin").check_password(password)
    call_command("ensure_dev_admin")
    assert password not in capsys.readouterr().out


def test_production_settings_refuse_to_start_without_secret_key():
    env = {k: v for k, v in os.environ.items() if k != "SECRET_KEY"}
    env["DJANGO_SETTINGS_MODULE"] = "smartcity.settings.production"
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=ROOT, env=env, capture_output=True, text=True,
    )
    assert result.returncode != 0 and "SECRET_KEY" in result.stderr


def test_production_settings_are_hardened():
    env = {**os.environ, "SECRET_KEY": "x" * 50, "DJANGO_SETTINGS_MODULE": "smartcity.settings.production"}
    code = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.DEBUG, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SECURE_HSTS_SECONDS > 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.stdout.split() == ["False", "True", "True", "True"], result.stderr


def test_no_missing_migrations(db):
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


def test_code_passes_the_linter():
    """ruff (rules in ruff.toml): unused names, shadowed loop variables, unsorted imports."""
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", str(ROOT)], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_update_translation_fields_fills_root_url_paths(db):
    from wagtail.models import Page

    assert Page.objects.get(depth=1).url_path_de == "/"
