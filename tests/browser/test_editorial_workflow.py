"""An editor's day in the real admin (German interface, JavaScript on): a member of Redaktion
writes a news item in German and English from the news page's userbar and submits it to
"Freigabe"; it stays private until a member of Kommunikation approves it; then citizens see it
in both languages. The Django-client tests prove the permissions; this one proves the screens
(the language picker of wagtail-modeltranslation, the action menu, the workflow buttons)."""

import uuid

import pytest

from .conftest import DESKTOP, log_in
from .test_accessibility import AXE_JS

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

CREATE_USER = """
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
user = get_user_model().objects.create_user({username!r}, password={password!r})
user.groups.add(Group.objects.get(name={group!r}))
"""


@pytest.fixture(scope="module")
def staff(manage):
    """One member of each group, made the way an administrator would (groups from setup_roles)."""
    accounts = {}
    for group in ("Redaktion", "Kommunikation"):
        username = f"{group.lower()}-{uuid.uuid4().hex[:6]}"
        password = uuid.uuid4().hex
        manage("shell", "-c", CREATE_USER.format(username=username, password=password, group=group))
        accounts[group] = (username, password)
    return accounts


def log_in_as(new_page, site_url, account):
    return log_in(new_page, site_url, account, viewport=DESKTOP, locale="de-DE")


def action_menu(page):
    page.locator("footer").get_by_role("button", name="Mehr Aktionen").click()
    return page.locator("footer")


def test_redaktion_writes_kommunikation_approves_citizens_read(site_url, new_page, staff):
    suffix = uuid.uuid4().hex[:6]
    title_de, title_en = f"Bürgerwerkstatt {suffix}", f"Citizens' workshop {suffix}"

    # Redaktion: from the public news page, through the userbar, into a new news item.
    editor = log_in_as(new_page, site_url, staff["Redaktion"])
    editor.goto(site_url + "/de/aktuelles/")
    userbar = editor.locator("wagtail-userbar")
    userbar.locator("#wagtail-userbar-trigger").click()
    userbar.locator("a[href*='/add_subpage/']").click()
    editor.fill("#id_title_de", title_de)
    editor.fill("#id_teaser_de", "Kurz gesagt: eine Werkstatt für alle.")
    # The language picker tells screen readers which languages are open, not only by colour.
    english = editor.get_by_role("button", name="Englisch", exact=True)
    assert editor.get_by_role("button", name="Deutsch", exact=True).get_attribute("aria-pressed") == "true"
    assert english.get_attribute("aria-pressed") == "false"
    english.click()
    assert english.get_attribute("aria-pressed") == "true"
    editor.fill("#id_title_en", title_en)
    editor.fill("#id_teaser_en", "In short: a workshop for everyone.")
    footer = action_menu(editor)
    assert footer.locator("button[name=action-publish]").count() == 0  # Redaktion cannot publish
    footer.locator("button[name=action-submit]").click()
    editor.wait_for_load_state("networkidle")
    assert "zur Moderation eingereicht" in editor.locator(".messages").inner_text()
    edit_url = editor.locator(".messages a", has_text="Bearbeiten").get_attribute("href")

    # Not public yet, in neither language.
    assert title_de not in editor.request.get(site_url + "/de/aktuelles/").text()
    assert title_en not in editor.request.get(site_url + "/en/news/").text()

    # Kommunikation: opens the item and approves it.
    approver = log_in_as(new_page, site_url, staff["Kommunikation"])
    approver.goto(site_url + edit_url)
    approve = action_menu(approver).locator(
        "[data-workflow-action-name=approve]:not([data-workflow-action-modal-url])"
    )
    approve.click()
    approver.wait_for_load_state("networkidle")

    # Citizens: the item is on the news page and the home page, in both languages.
    visitor = new_page(viewport=DESKTOP)
    for overview, title in (("/de/aktuelles/", title_de), ("/en/news/", title_en), ("/de/", title_de)):
        visitor.goto(site_url + overview)
        link = visitor.get_by_role("link", name=title)
        assert link.count() == 1, (overview, title)
    link.click()
    assert visitor.locator("h1").inner_text() == title_de
    assert visitor.locator("html").get_attribute("lang") == "de"
    visitor.locator(".language-switch a[hreflang=en]").click()
    assert visitor.locator("h1").inner_text() == title_en
    assert visitor.locator("html").get_attribute("lang") == "en"


def test_language_picker_is_usable_by_keyboard_and_with_low_vision(site_url, new_page, staff):
    """The picker above every edit form: contrast of both states (axe) and a focus ring."""
    editor = log_in_as(new_page, site_url, staff["Redaktion"])
    editor.goto(site_url + "/de/strategie/")
    userbar = editor.locator("wagtail-userbar")
    userbar.locator("#wagtail-userbar-trigger").click()
    userbar.locator("a[href$='/edit/']").click()
    picker = editor.locator("div.locale-picker")
    picker.wait_for()

    editor.add_script_tag(path=str(AXE_JS))
    result = editor.evaluate(
        "() => axe.run({include: [['div.locale-picker']]}, {runOnly: ['color-contrast']})"
    )
    assert not result["violations"], result["violations"]
    assert result["passes"], "axe checked no text in the picker"

    english = editor.get_by_role("button", name="Englisch", exact=True)
    editor.get_by_role("button", name="Deutsch", exact=True).focus()
    editor.keyboard.press("Tab")  # keyboard focus, so :focus-visible applies
    assert english.evaluate("el => el === document.activeElement")
    outline = english.evaluate("el => [getComputedStyle(el).outlineStyle, parseFloat(getComputedStyle(el).outlineWidth)]")
    assert outline[0] != "none" and outline[1] >= 2, outline
