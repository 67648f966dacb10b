"""A keyboard-only visitor on a phone: skip link, mobile menu, navigation, language switch."""

import pytest

from .conftest import DESKTOP, PHONE

pytestmark = [pytest.mark.browser, pytest.mark.engine_independent, pytest.mark.xdist_group("browser")]

FOCUSED = """() => {
  const el = document.activeElement;
  const style = getComputedStyle(el);
  const box = el.getBoundingClientRect();
  return {
    tag: el.tagName.toLowerCase(), id: el.id, text: (el.textContent || '').trim(),
    href: el.getAttribute('href'), cls: el.className,
    outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
    shadow: style.boxShadow !== 'none',
    visible: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight,
  };
}"""


def focused(page):
    return page.evaluate(FOCUSED)


def tab_until(page, predicate, limit=60):
    for _ in range(limit):
        page.keyboard.press("Tab")
        state = focused(page)
        assert state["visible"], f"focused element is off screen: {state}"
        assert state["outline"] or state["shadow"], f"no visible focus indicator on {state}"
        if predicate(state):
            return state
    raise AssertionError("never reached the element by keyboard")


def test_keyboard_only_visit_on_a_phone(site_url, new_page):
    page = new_page(viewport=PHONE, has_touch=True, is_mobile=True)
    page.goto(site_url + "/de/")

    # 1. The first Tab reaches the skip link, visibly, and it leads into the main content.
    page.keyboard.press("Tab")
    state = focused(page)
    assert state["href"] == "#main" and state["visible"] and (state["outline"] or state["shadow"])
    page.keyboard.press("Enter")
    assert focused(page)["id"] == "main"

    # 2. Back at the top, open the mobile menu with the keyboard.
    page.goto(site_url + "/de/")
    menu_nav = page.locator(".site-nav")
    assert not menu_nav.is_visible(), "the menu should start closed on a phone"
    tab_until(page, lambda s: s["tag"] == "summary")
    page.keyboard.press("Enter")
    assert menu_nav.is_visible()

    # 3. Follow a navigation link.
    tab_until(page, lambda s: s["text"] == "Handlungsfelder")
    page.keyboard.press("Enter")
    page.wait_for_url("**/de/handlungsfelder/")
    assert page.locator("h1").inner_text() == "Handlungsfelder"

    # 4. Switch the language from the (re-opened) menu.
    tab_until(page, lambda s: s["tag"] == "summary")
    page.keyboard.press("Enter")
    tab_until(page, lambda s: (s["href"] or "").startswith("/en/"))
    page.keyboard.press("Enter")
    page.wait_for_url("**/en/fields-of-action/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("h1").inner_text() == "Fields of action"


def test_menu_works_without_javascript(site_url, browser):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "/en/")
    assert not page.locator(".site-nav").is_visible()
    page.locator("summary").first.click()
    assert page.locator(".site-nav").is_visible()
    page.get_by_role("link", name="Strategy").first.click()
    page.wait_for_url("**/en/strategy/")
    context.close()


def test_navigation_visible_on_desktop(site_url, new_page):
    page = new_page(viewport=DESKTOP)
    page.goto(site_url + "/de/strategie/")
    assert page.locator(".site-nav").is_visible()
    current = page.locator('.site-nav a[aria-current="page"]')
    assert current.inner_text() == "Strategie"
