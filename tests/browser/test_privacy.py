"""What the data-protection officer checks in a real browser: on every page the browser asks no
other host for anything, keeps no cookie but the feedback form's CSRF token, and the
Content-Security-Policy blocks nothing the site itself needs (a blocked stylesheet or script
would break the page without anyone noticing); every asset a page asks for arrives."""

from urllib.parse import urlsplit

import pytest

from .conftest import PHONE, log_in
from .test_accessibility import page_paths

pytestmark = [pytest.mark.browser, pytest.mark.engine_independent, pytest.mark.xdist_group("browser")]

RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation',
  e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
"""


def watch(page, site_url):
    """Records every request to another origin and every CSP complaint on the console."""
    host = urlsplit(site_url).netloc
    seen = {"foreign": [], "console": [], "broken": []}

    def on_request(request):
        parts = urlsplit(request.url)
        if parts.scheme in ("http", "https", "ws", "wss") and parts.netloc != host:
            seen["foreign"].append(request.url)

    def on_console(message):
        if "Content Security Policy" in message.text:
            seen["console"].append(f"{page.url}: {message.text}")

    def on_response(response):
        # A stylesheet, script or image the browser could not get (the 404 page itself is meant).
        if response.status >= 400 and response.request.resource_type != "document":
            seen["broken"].append(f"{response.status} {response.url}")

    page.on("request", on_request)
    page.on("response", on_response)
    page.on("requestfailed", lambda request: seen["broken"].append(f"failed {request.url}"))
    page.on("console", on_console)
    page.add_init_script(script=RECORD_VIOLATIONS)
    return seen


def violations(page):
    return page.evaluate("() => window.__cspViolations")


def test_no_page_contacts_another_host_or_trips_the_policy(site_url, new_page):
    paths = page_paths(site_url, new_page)
    page = new_page(viewport=PHONE, has_touch=True, is_mobile=True)
    seen = watch(page, site_url)
    blocked = {}
    for path in paths:
        page.goto(site_url + path, wait_until="networkidle")
        # Lazy images load only near the viewport: scroll so that every one is requested, and
        # wait until each has arrived (or failed): the "networkidle" reached before the scroll
        # would not wait, and leaving the page then aborts the images still on their way.
        page.mouse.wheel(0, 100000)
        page.wait_for_function("() => Array.from(document.images).every(image => image.complete)")
        if violations(page):
            blocked[path] = violations(page)
    assert not seen["foreign"], seen["foreign"][:10]
    assert not seen["console"], seen["console"][:10]
    assert not blocked, blocked
    assert not seen["broken"], seen["broken"][:10]
    assert {cookie["name"] for cookie in page.context.cookies()} <= {"csrftoken"}


def test_the_editors_userbar_works_under_the_policy(site_url, new_page):
    """Logged-in editors see Wagtail's userbar (with its accessibility checker) on live pages;
    the public policy must not break it."""
    page = log_in(new_page, site_url)
    seen = watch(page, site_url)
    page.goto(site_url + "/de/strategie/", wait_until="networkidle")
    trigger = page.locator("wagtail-userbar #wagtail-userbar-trigger")
    trigger.click()
    page.locator("wagtail-userbar #wagtail-userbar-items").wait_for(state="visible")
    page.wait_for_load_state("networkidle")
    assert not seen["console"], seen["console"]
    assert not violations(page), violations(page)
    assert not seen["foreign"], seen["foreign"]


def test_the_admin_login_page_runs_under_the_strict_policy(site_url, new_page):
    """The first page an attacker sees gets the public site's policy; Wagtail's login works
    under it (no inline code), and logging in still leads into the admin."""
    page = new_page()
    seen = watch(page, site_url)
    response = page.goto(site_url + "/admin/login/", wait_until="networkidle")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert not violations(page), violations(page)
    assert not seen["console"], seen["console"]
    assert not seen["broken"], seen["broken"]
