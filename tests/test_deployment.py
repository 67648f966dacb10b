"""What the city's IT security officer checks before go-live: `check --deploy` is clean,
security.txt says where to report a vulnerability, and no copy of the site gets indexed."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from wagtail.models import Site

from smartcity.models import SiteSettings

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.django_db


def test_check_deploy_with_production_settings_reports_nothing(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "smartcity.settings.production",
        "SECRET_KEY": "a-long-random-production-secret-" + "x7Qp" * 10,
        "ALLOWED_HOSTS": "smartcity.halle.de",
        "PRODUCTION_HOST": "smartcity.halle.de",
        "REDIS_URL": "redis://127.0.0.1:6379/0",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'check.sqlite3'}",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT, env=env, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (2 silenced)" in result.stdout


def test_security_txt_names_a_contact_an_expiry_and_the_languages(seeded_site, client):
    response = client.get("/.well-known/security.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    fields = dict(
        line.split(": ", 1) for line in response.content.decode().splitlines()
        if line and not line.startswith("#")
    )
    assert fields["Contact"].startswith("[Bitte ergänzen")  # visible until the city sets it
    assert fields["Preferred-Languages"] == "de, en"
    assert fields["Expires"].endswith("Z") and fields["Expires"] > "2026"
    assert fields["Canonical"] == "http://testserver/.well-known/security.txt"

    website = SiteSettings.for_site(Site.objects.get())
    website.security_email = "it-sicherheit@example.org"
    website.save()
    text = client.get("/.well-known/security.txt").content.decode()
    assert "Contact: mailto:it-sicherheit@example.org" in text


def test_only_the_production_host_may_be_indexed(seeded_site, client, settings):
    settings.PRODUCTION_HOST = "smartcity.halle.de"
    settings.ALLOWED_HOSTS = ["smartcity.halle.de", "staging.halle.de"]
    real = client.get("/de/", HTTP_HOST="smartcity.halle.de")
    assert "X-Robots-Tag" not in real
    robots = client.get("/robots.txt", HTTP_HOST="smartcity.halle.de").content.decode()
    assert "Disallow: /admin/" in robots and "Disallow: /\n" not in robots
    for url in ("/de/", "/en/strategy/", "/robots.txt", "/de/gibt-es-nicht/"):
        copy = client.get(url, HTTP_HOST="staging.halle.de")
        assert copy["X-Robots-Tag"] == "noindex, nofollow", url
    staging_robots = client.get("/robots.txt", HTTP_HOST="staging.halle.de").content.decode()
    assert [line for line in staging_robots.splitlines() if line] == ["User-agent: *", "Disallow: /"]
