"""Reflow (WCAG 1.4.10): at 320 CSS pixels, the width of a small phone and of a desktop window
zoomed to 400 %, no page scrolls sideways and nothing visible sticks out of the viewport, with
the menu closed or open."""

import pytest

from .test_accessibility import page_paths

pytestmark = [pytest.mark.browser, pytest.mark.engine_independent, pytest.mark.xdist_group("browser")]

SMALLEST = {"width": 320, "height": 640}
OVERFLOWING = """() => [...document.querySelectorAll('body *')]
  .filter(el => el.checkVisibility({visibilityProperty: true}))
  .filter(el => { const box = el.getBoundingClientRect(); return box.width > 0 && box.right > innerWidth + 1; })
  .slice(0, 3)
  .map(el => `${el.tagName.toLowerCase()}.${el.className} ends at ${Math.round(el.getBoundingClientRect().right)}px`)"""


def test_no_page_scrolls_sideways_at_320_pixels(site_url, new_page):
    paths = page_paths(site_url, new_page)
    page = new_page(viewport=SMALLEST)
    failures = {}
    for path in paths:
        page.goto(site_url + path)
        for state in ("menu closed", "menu open"):
            if state == "menu open":
                page.click(".site-menu__toggle")
            width = page.evaluate("() => document.documentElement.scrollWidth")
            sticking_out = page.evaluate(OVERFLOWING)
            if width > SMALLEST["width"] or sticking_out:
                failures[f"{path} ({state})"] = (width, sticking_out)
    assert not failures, failures


def test_nothing_sticks_out_on_a_desktop_either(site_url, new_page):
    """At 1366 pixels the header's compact search box must not squeeze the search page's own
    form off the right edge (it did: the header's rule applied to every search form)."""
    page = new_page(viewport={"width": 1366, "height": 900})
    failures = {}
    for path in ["/de/search/?q=Stadwerke", "/en/search/?q=mobilty&kind=projects", "/de/", "/en/open-data/",
                 "/de/projektraum-halle-neustadt/?status=running"]:
        page.goto(site_url + path)
        width = page.evaluate("() => document.documentElement.scrollWidth")
        sticking_out = page.evaluate(OVERFLOWING)
        if width > 1366 or sticking_out:
            failures[path] = (width, sticking_out)
    main_form = page.goto(site_url + "/de/search/?q=Stadwerke") and page.locator("main .search-form__input")
    assert main_form.bounding_box()["width"] > 200
    assert not failures, failures
