"""The running production shape (make test-topology starts it): Varnish in front of two gunicorn
instances on PostgreSQL and Redis. These tests talk to it over HTTP, as visitors, editors and
operators do."""

import importlib.util
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("topology", ROOT / "scripts" / "topology.py")
topology = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(topology)

PROXY = f"http://localhost:{topology.proxy_port()}"
APP = [f"http://127.0.0.1:{port}" for port in topology.APP_PORTS]


def manage(*args):
    """manage.py against the topology's database, with its production settings."""
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=topology.environment(),
        capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


@pytest.fixture(scope="session")
def proxy():
    return PROXY


@pytest.fixture(scope="session")
def editor_account():
    """A superuser of its own for this run: a second factor has to be set up at first login."""
    username = f"topologie-{uuid.uuid4().hex[:8]}"
    password = f"pw-{uuid.uuid4().hex}"
    manage("shell", "-v", "0", "-c", (
        "from django.contrib.auth import get_user_model\n"
        f"get_user_model().objects.create_superuser({username!r}, email='', password={password!r})"
    ))
    return username, password


@pytest.fixture(scope="session")
def chromium():
    from playwright.sync_api import sync_playwright

    from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def restart_missing_app_servers():
    env = topology.environment()
    for port in topology.APP_PORTS:
        topology.start_gunicorn(env, port)
    for port in topology.APP_PORTS:
        topology.wait_for(f"http://127.0.0.1:{port}/healthz")


