"""The HTML of every page validates with the Nu Html Checker (vnu.jar from npm, run with the
machine's Java). Pages are fetched from the served site exactly as a browser receives them."""

import json
import re
import shutil
import subprocess
import urllib.request
from pathlib import Path

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.engine_independent, pytest.mark.xdist_group("browser")]

ROOT = Path(__file__).resolve().parents[2]
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.read()
    except urllib.error.HTTPError as error:  # the 404 page is validated too
        return error.read()


def test_every_page_validates(site_url, tmp_path):
    assert VNU.exists(), "vnu.jar missing: `make test` installs it with npm from package.json"
    assert shutil.which("java"), "Java missing: .ci/run installs default-jre-headless"
    sitemap = fetch(site_url + "/sitemap.xml").decode()
    paths = sorted(set(re.findall(r"<loc>https?://[^/]+(/[^<]*)</loc>", sitemap)))
    paths += ["/de/newsletter/", "/en/newsletter/", "/de/search/?q=mobilty&kind=projects", "/en/search/?q=Stadwerke+xyzzyq", "/de/projektraum-halle-neustadt/?status=running", "/en/project-space-halle-neustadt/?status=preparation", "/de/search/?q=Mobilit%C3%A4t", "/en/search/?q=mobility", "/de/gibt-es-nicht/"]
    assert len(paths) >= 20
    files = []
    for number, path in enumerate(paths):
        target = tmp_path / f"page{number:03d}.html"
        target.write_bytes(fetch(site_url + path))
        files.append((path, target))
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--errors-only", "--format", "json", *[str(f) for _, f in files]],
        capture_output=True,
        text=True,
        timeout=600,
    )
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    by_file = {str(f): p for p, f in files}
    errors = [
        f"{by_file.get(m.get('url', '').removeprefix('file:'), m.get('url'))}:{m.get('lastLine')}: {m['message']}"
        for m in messages
        if m.get("type") == "error"
    ]
    assert not errors, "\n".join(errors[:40])
