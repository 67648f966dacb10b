"""Editors work in both languages: neither language may ever overwrite the other."""

import re

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from wagtail.models import Page

from strategy.models import ProjectPage, StrategyPage

from .admin_forms import page_edit_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(django_user_model, client):
    user = django_user_model.objects.create_superuser("editor", password="pw")
    client.force_login(user)
    return user


def normalise(value):
    # Draftail adds block keys to rich text on its first round trip; they carry no content.
    return re.sub(r' data-block-key="[^"]*"', "", str(value))


def german_and_english(page, *names):
    page = type(page).objects.get(pk=page.pk)
    return {
        f"{n}_{code}": normalise(getattr(page, f"{n}_{code}"))
        for n in names
        for code in ("de", "en")
    }


@pytest.mark.parametrize("admin_language", ["de", "en"])
def test_publishing_english_leaves_german_untouched(seeded_site, client, editor, admin_language):
    strategy = StrategyPage.objects.get()
    before = german_and_english(strategy, "title", "slug", "intro", "vision", "guiding_principles", "body")
    with translation.override(admin_language):
        data = page_edit_data(strategy, editor, intro_en="A new English introduction.", **{"action-publish": "publish"})
        response = client.post(reverse("wagtailadmin_pages:edit", args=[strategy.pk]), data)
    assert response.status_code == 302, response.content[:2000]
    after = german_and_english(strategy, "title", "slug", "intro", "vision", "guiding_principles", "body")
    assert after["intro_en"] == "A new English introduction."
    for key, value in before.items():
        if key != "intro_en":
            assert after[key] == value, key


def test_publishing_german_leaves_english_untouched(seeded_site, client, editor):
    project = ProjectPage.objects.first()
    before = german_and_english(project, "title", "slug", "summary", "body")
    data = page_edit_data(project, editor, summary_de="Neue Zusammenfassung.", **{"action-publish": "publish"})
    response = client.post(reverse("wagtailadmin_pages:edit", args=[project.pk]), data)
    assert response.status_code == 302
    after = german_and_english(project, "title", "slug", "summary", "body")
    assert after["summary_de"] == "Neue Zusammenfassung."
    assert {k: v for k, v in after.items() if k != "summary_de"} == {
        k: v for k, v in before.items() if k != "summary_de"
    }
    # The partners chosen on the form survive the round trip too.
    assert ProjectPage.objects.get(pk=project.pk).partners.count() == 1


def test_revisions_keep_both_languages(seeded_site):
    project = ProjectPage.objects.first()
    project.summary_en = "Second version"
    revision = project.save_revision()
    restored = revision.as_object()
    assert restored.summary_en == "Second version"
    assert restored.summary_de == project.summary_de
    assert restored.title_en == project.title_en and restored.slug_en == project.slug_en


def test_page_copy_keeps_both_languages(seeded_site):
    project = ProjectPage.objects.first()
    copy = project.copy(
        update_attrs={"slug_de": "kopie", "slug_en": "copy", "slug": "kopie"}, keep_live=False
    )
    copy = ProjectPage.objects.get(pk=copy.pk)
    assert copy.title_de == project.title_de and copy.title_en == project.title_en
    assert copy.summary_de == project.summary_de and copy.summary_en == project.summary_en


def test_english_falls_back_to_german_marked_lang_de(seeded_site, client):
    project = ProjectPage.objects.first()
    project.summary_en = ""
    project.save_revision().publish()
    with translation.override("en"):
        url = ProjectPage.objects.get(pk=project.pk).url
    html = client.get(url).content.decode()
    assert f'<p class="page-header__lead" lang="de">{project.summary_de.split(" [")[0]}' in html
    # A field that does have English is not marked.
    assert f'<h1 class="page-header__title">{escape(project.title_en)}</h1>' in html


def test_untranslated_title_falls_back_and_is_marked(seeded_site, client):
    project = ProjectPage.objects.first()
    project.title_en = ""
    project.save_revision().publish()
    html = client.get("/en/project-space-halle-neustadt/").content.decode()
    assert f'lang="de">{escape(project.title_de)}</a>' in html


@pytest.mark.parametrize("mode,expected", [("de", 'lang="de"'), ("en", 'lang="en"')])
def test_preview_renders_each_language(seeded_site, client, editor, mode, expected):
    strategy = StrategyPage.objects.get()
    data = page_edit_data(strategy, editor)
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[strategy.pk])
    assert client.post(url, data).json()["is_valid"]
    html = client.get(url, {"mode": mode}).content.decode()
    assert f"<html {expected}>" in html
    assert (strategy.title_de if mode == "de" else strategy.title_en) in html


def test_every_page_type_offers_german_and_english_preview():
    from django.apps import apps

    page_models = [m for m in apps.get_models() if issubclass(m, Page) and m is not Page and m._meta.app_label in {"strategy", "fields", "smartcity", "updates"}]
    assert page_models
    for model in page_models:
        assert [code for code, _ in model.preview_modes] == ["de", "en"], model
