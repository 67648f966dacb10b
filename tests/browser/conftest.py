"""Browser tests run Debian's Chromium (never a downloaded browser) through Playwright against
the seeded site served by a real server process, as a visitor would see it."""

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

from tests.databases import throwaway_database

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


ADMIN = ("admin", "browser-test-password")  # created by ensure_dev_admin in served_site


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def site_url(served_site):
    return served_site["url"]


@pytest.fixture(scope="session")
def manage(served_site):
    """Runs a management command (or `shell -c`) against the served site's database."""

    def run(*args):
        result = subprocess.run(
            [sys.executable, str(ROOT / "manage.py"), *args],
            env=served_site["env"], cwd=ROOT, capture_output=True, text=True,
        )
        assert result.returncode == 0, result.stderr
        return result.stdout

    return run


@pytest.fixture(scope="session")
def served_site():
    """Migrates, seeds and serves a throwaway copy of the site on its own database."""
    workdir = Path(tempfile.mkdtemp(prefix="smartcity-browser-"))
    with throwaway_database(workdir) as database_url:
        yield from _serve(workdir, database_url)


def _serve(workdir, database_url):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "smartcity.settings.dev",
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(workdir / "media"),
        # Its own page cache, whether on disk or (REDIS_URL set, as in CI) in Redis.
        "CACHE_DIR": str(workdir / "cache"),
        "CACHE_KEY_PREFIX": f"browser-{os.getpid()}",
        "DJANGO_SUPERUSER_PASSWORD": ADMIN[1],
        # As visitors get it: the designed 404 page, not Django's debug page.
        "DJANGO_DEBUG": "false",
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    manage = [sys.executable, str(ROOT / "manage.py")]
    for command in (["migrate", "--noinput"], ["update_translation_fields"], ["seed_site"], ["ensure_dev_admin"]):
        subprocess.run(manage + command, env=env, cwd=ROOT, check=True, capture_output=True)
    port = _free_port()
    server = subprocess.Popen(
        manage + ["runserver", "--noreload", "--skip-checks", f"127.0.0.1:{port}"],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(url + "/de/", timeout=5)
            break
        except OSError:
            if time.monotonic() > deadline or server.poll() is not None:
                server.kill()
                raise RuntimeError("the test server did not start") from None
            time.sleep(0.3)
    yield {"url": url, "env": env}
    server.terminate()
    server.wait(timeout=10)
    shutil.rmtree(workdir, ignore_errors=True)


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}: apt-get install chromium (see .ci/run)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def log_in(new_page, site_url, account=None, **context):
    """A new browser window, logged in to the admin (as the dev admin unless told otherwise)."""
    username, password = account or ADMIN
    page = new_page(**context)
    page.goto(site_url + "/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")
    return page


PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1366, "height": 900}


@pytest.fixture
def new_page(browser):
    contexts = []

    def make(viewport=DESKTOP, **kwargs):
        context = browser.new_context(viewport=viewport, **kwargs)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()
