"""What the operations team relies on: a health check for the proxy's probes, backups that
really restore, and log lines a collector can read (docs/operations.md)."""

import hashlib
import json
import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from operations.logging import JsonFormatter

from .databases import empty_database, throwaway_database

ROOT = Path(__file__).resolve().parents[1]

# --- /healthz -----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_healthz_answers_200_when_database_and_cache_answer(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}
    assert "no-store" in response["Cache-Control"]
    assert not response.cookies
    assert "X-Page-Cache" not in response  # never looked at by the page cache


@pytest.mark.django_db
@pytest.mark.parametrize("broken", ["database", "cache"])
def test_healthz_answers_503_naming_what_is_down(client, monkeypatch, broken):
    def fail():
        raise ConnectionError(f"{broken} is down")

    monkeypatch.setattr(f"operations.views._{broken}", fail)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["status"] == "error" and response.json()[broken] == "error"


# --- logs ---------------------------------------------------------------------------------------


def test_json_log_lines_carry_the_request_path(rf):
    request = rf.get("/de/kaputt/")
    record = logging.LogRecord("django.request", logging.ERROR, __file__, 1, "Internal Server Error: %s", ("/de/kaputt/",), None)
    record.request = request
    record.status_code = 500
    line = json.loads(JsonFormatter().format(record))
    assert line["path"] == "/de/kaputt/" and line["status"] == 500 and line["level"] == "ERROR"


# --- backup and restore -------------------------------------------------------------------------

RENDER_SITEMAP = r"""
import json, re
from django.test import Client
client = Client()
urls = re.findall(r"<loc>http://testserver(/[^<]*)</loc>", client.get("/sitemap.xml").content.decode())
pages = {}
for url in urls:
    response = client.get(url)
    html = re.sub(r'(name="csrfmiddlewaretoken" value=")[^"]*', r"\1", response.content.decode())
    pages[url] = [response.status_code, html]
print(json.dumps(pages))
"""


def media_digests(root):
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(Path(root).rglob("*")) if p.is_file()
    }


def test_backup_drop_everything_restore_gives_the_same_site(tmp_path):
    with throwaway_database(tmp_path, purpose="backup") as database_url:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "smartcity.settings.dev",
            "DJANGO_DEBUG": "false",
            "DATABASE_URL": database_url,
            "MEDIA_ROOT": str(tmp_path / "media"),
            "CACHE_DIR": str(tmp_path / "cache"),
            "CACHE_KEY_PREFIX": f"backup-{os.getpid()}",
            "PAGE_CACHE": "off",
        }

        def manage(*args):
            result = subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env,
                                    capture_output=True, text=True)
            assert result.returncode == 0, result.stderr[-2000:]
            return result.stdout

        for command in (["migrate", "--noinput"], ["update_translation_fields"], ["seed_site"]):
            manage(*command)
        before = json.loads(manage("shell", "-v", "0", "-c", RENDER_SITEMAP))
        media_before = media_digests(tmp_path / "media")
        assert len(before) > 40 and len(media_before) > 3

        archive = tmp_path / "backup.tar.gz"
        manage("backup_site", str(archive))

        empty_database(database_url)  # drop everything
        shutil.rmtree(tmp_path / "media")
        (tmp_path / "media").mkdir()
        shutil.rmtree(tmp_path / "cache", ignore_errors=True)  # on disk unless REDIS_URL is set

        manage("restore_site", str(archive))
        after = json.loads(manage("shell", "-v", "0", "-c", RENDER_SITEMAP))
        assert media_digests(tmp_path / "media") == media_before
        assert after.keys() == before.keys()
        for url in before:
            assert after[url] == before[url], url
        assert all(status == 200 for status, _html in after.values())


@pytest.mark.django_db
def test_restore_refuses_to_mix_into_an_existing_site(tmp_path, seeded_site):
    archive = tmp_path / "site.tar.gz"
    call_command("backup_site", str(archive))
    with pytest.raises(CommandError, match="not empty"):
        call_command("restore_site", str(archive))


def test_gunicorn_writes_one_json_line_per_request_with_status_and_duration():
    import datetime
    from types import SimpleNamespace

    from gunicorn.config import Config

    from operations.gunicorn import JsonAccessLogger

    config = Config()
    config.set("accesslog", "-")
    access = JsonAccessLogger(config)
    response = SimpleNamespace(status_code=200, sent=14756, headers=[("X-Page-Cache", "hit")])
    environ = {"REQUEST_METHOD": "GET", "PATH_INFO": '/de/"quoted"/', "QUERY_STRING": "page=2",
               "HTTP_USER_AGENT": "Mozilla"}
    lines = []
    collector = logging.Handler()
    collector.emit = lambda record: lines.append(record.getMessage())
    access.access_log.addHandler(collector)
    access.access(response, None, environ, datetime.timedelta(milliseconds=12.5))
    line = json.loads(lines[-1])
    assert line["status"] == 200 and line["duration_ms"] == 12.5
    assert line["path"] == '/de/"quoted"/' and line["cache"] == "hit"
