"""axe-core in Chromium on every page type, both languages, phone and desktop width.

Zero violations for WCAG 2.0/2.1/2.2 A and AA. axe's own script is injected from the pinned
axe-playwright-python wheel, so nothing is fetched from the network.
"""

import re
from pathlib import Path

import axe_playwright_python
import pytest

from .conftest import DESKTOP, PHONE

pytestmark = [pytest.mark.browser, pytest.mark.engine_independent, pytest.mark.xdist_group("browser")]

AXE_JS = Path(axe_playwright_python.__file__).with_name("axe.min.js")
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def page_paths(site_url, new_page):
    """Every page the sitemap knows, plus search with results and a 404."""
    page = new_page()
    response = page.goto(site_url + "/sitemap.xml")
    paths = []
    if response and response.ok:
        paths = sorted(set(re.findall(r"<loc>https?://[^/]+(/[^<]*)</loc>", page.content())))
    if not paths:
        paths = ["/de/", "/en/", "/de/strategie/", "/en/strategy/"]
    paths += ["/de/newsletter/", "/en/newsletter/", "/de/search/?q=mobilty&kind=projects", "/en/search/?q=Stadwerke+xyzzyq", "/de/projektraum-halle-neustadt/?status=running", "/en/project-space-halle-neustadt/?status=preparation", "/de/search/?q=Mobilit%C3%A4t", "/en/search/?q=mobility", "/de/gibt-es-nicht/", "/en/no-such-page/"]
    return paths


def axe_violations(page):
    page.add_script_tag(path=str(AXE_JS))
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", TAGS
    )
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
        for v in result["violations"]
    ]


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390px", "1366px"])
def test_no_axe_violations_on_any_page(site_url, new_page, viewport):
    paths = page_paths(site_url, new_page)
    assert len(paths) >= 20
    # axe is injected as an inline script, which the site's Content-Security-Policy forbids.
    page = new_page(viewport=viewport, bypass_csp=True)
    failures = {}
    for path in paths:
        page.goto(site_url + path)
        violations = axe_violations(page)
        if violations:
            failures[path] = violations
    assert not failures, "\n".join(f"{p}: {v}" for p, v in failures.items())
