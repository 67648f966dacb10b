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


@pytest.mark.engine_independent  # make run always uses SQLite
def test_make_run_sets_up_and_serves_the_seeded_site(tmp_path):
    """The README's first command, end to end on a fresh SQLite database: migrate, seed, admin
    account, then the server answers with the German site and redirects / by language."""
    import signal
    import socket
    import time
    import urllib.error
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "smartcity.settings.dev",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "MEDIA_ROOT": str(tmp_path / "media"),
        "PORT": str(port),
        "DJANGO_SUPERUSER_PASSWORD": "make-run-test-password",
    }
    log = tmp_path / "make-run.log"
    with open(log, "w") as out:
        server = subprocess.Popen(["make", "run"], cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
                                  start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 240
        while True:
            try:
                with urllib.request.urlopen(base + "/de/", timeout=5) as response:
                    german = response.read().decode()
                break
            except (OSError, urllib.error.URLError):
                assert server.poll() is None, log.read_text()[-3000:]
                assert time.monotonic() < deadline, log.read_text()[-3000:]
                time.sleep(0.5)
        assert "Handlungsfelder" in german and 'lang="de"' in german
        request = urllib.request.Request(base + "/", headers={"Accept-Language": "en-GB,en;q=0.9"})
        with urllib.request.urlopen(request, timeout=10) as response:
            assert response.url == base + "/en/"
            assert "Fields of action" in response.read().decode()
        output = log.read_text()
        assert "Admin account created: log in at /admin/ as 'admin'" in output
        assert "Seed complete" in output
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=20)
