"""City staff can open every editing screen: page edit and create forms, snippets, settings."""

import pytest
from django.urls import reverse
from wagtail.models import Page

from smartcity.models import SiteImage

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("chef", password="pw"))
    return client


def test_every_page_edit_form_opens_with_both_languages(seeded_site, admin_client):
    for page in Page.objects.filter(depth__gt=1).specific():
        response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert response.status_code == 200, page
        html = response.content.decode()
        assert 'name="title_de"' in html and 'name="title_en"' in html, page


def test_the_editor_speaks_german_to_german_staff(seeded_site, admin_client):
    """Wagtail's own screens come in German; the language picker of wagtail-modeltranslation
    ships no German, so our catalogue supplies it."""
    strategy = Page.objects.get(slug_de="strategie")
    html = admin_client.get(
        reverse("wagtailadmin_pages:edit", args=[strategy.pk]), HTTP_ACCEPT_LANGUAGE="de"
    ).content.decode()
    assert "Entwurf speichern" in html
    assert "Felder anzeigen und bearbeiten für" in html and "View / edit fields for" not in html


def test_every_allowed_child_type_can_be_created(seeded_site, admin_client):
    for parent in Page.objects.filter(depth__gt=1).specific():
        for model in parent.specific_class.allowed_subpage_models():
            if not model.can_create_at(parent):
                continue
            url = reverse(
                "wagtailadmin_pages:add",
                args=[model._meta.app_label, model._meta.model_name, parent.pk],
            )
            assert admin_client.get(url).status_code == 200, (model, parent)


def test_tree_only_builds_the_right_way(seeded_site):
    from fields.models import FieldOfActionPage, PartnerPage
    from strategy.models import HomePage, ProjectPage, StrategyPage

    strategy = StrategyPage.objects.get()
    assert not ProjectPage.can_create_at(strategy)
    assert not FieldOfActionPage.can_create_at(seeded_site)
    assert not PartnerPage.can_create_at(seeded_site)
    assert not StrategyPage.can_create_at(seeded_site)  # one strategy per site
    assert not HomePage.can_create_at(seeded_site)


def test_snippet_and_settings_screens_open(seeded_site, admin_client):
    from sponsors.models import Sponsor

    sponsor = Sponsor.objects.first()
    for url in [
        reverse("wagtailsnippets_sponsors_sponsor:list"),
        reverse("wagtailsnippets_sponsors_sponsor:edit", args=[sponsor.pk]),
        reverse("wagtailsettings:edit", args=["smartcity", "sitesettings"]),
        reverse("wagtailsettings:edit", args=["sponsors", "fundingsettings"]),
        reverse("wagtailimages:index"),
        reverse("wagtailimages:edit", args=[SiteImage.objects.first().pk]),
    ]:
        assert admin_client.get(url, follow=True).status_code == 200, url


def test_image_needs_alt_text_unless_decorative(seeded_site, admin_client):
    image = SiteImage.objects.first()
    url = reverse("wagtailimages:edit", args=[image.pk])
    data = {"title": image.title, "collection": image.collection_id, "tags": "", "alt_text_de": "", "alt_text_en": ""}
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert "alt_text_de" in response.context["form"].errors
    assert "Bitte beschreiben Sie das Bild" in response.content.decode()
    response = admin_client.post(url, {**data, "is_decorative": "on"})
    assert response.status_code == 302, response.content.decode()[:3000]
    image.refresh_from_db()
    assert image.is_decorative and image.default_alt_text == ""


def test_the_admin_tells_no_other_host_who_is_working(seeded_site, admin_client, admin_user):
    """Wagtail shows editors' pictures from gravatar.com by default: a hash of each editor's
    e-mail address would go to a US service on every page of the admin."""
    admin_user.email = "redaktion@halle.example"
    admin_user.save()
    for url in ("/admin/", "/admin/pages/", "/admin/account/", "/admin/users/"):
        html = admin_client.get(url).content.decode()
        assert "gravatar" not in html.lower(), url
