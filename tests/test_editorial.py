"""Roles, approval workflow, scheduled publishing, translation status and editor comfort."""

import datetime
import re
from unittest import mock

import feedparser
import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import GroupPagePermission, Page, WorkflowPage
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from editorial.models import TranslationStatus
from editorial.renditions import filter_specs
from editorial.roles import KOMMUNIKATION, REDAKTION, WORKFLOW
from fields.models import FieldOfActionPage
from updates.models import EventPage, UpdateIndexPage, UpdatePage

from .factories import (
    SiteImageFactory,
    UpdateIndexPageFactory,
    UpdatePageFactory,
)

pytestmark = pytest.mark.django_db


def make_user(username, *groups, superuser=False):
    User = get_user_model()
    if superuser:
        return User.objects.create_superuser(username, f"{username}@example.org", "pw")
    user = User.objects.create_user(username, f"{username}@example.org", "pw")
    user.groups.set(Group.objects.filter(name__in=groups))
    return user


@pytest.fixture
def roles(db):
    call_command("setup_roles", verbosity=0)


@pytest.fixture
def redaktion(roles):
    return make_user("stadt", REDAKTION)


@pytest.fixture
def kommunikation(roles):
    return make_user("presse", KOMMUNIKATION)


# --- roles and workflow --------------------------------------------------------------------


def test_setup_roles_creates_groups_and_freigabe_workflow_once(roles):
    root = Page.get_first_root_node()
    assignment = WorkflowPage.objects.get(page=root)
    assert assignment.workflow.name == WORKFLOW and assignment.workflow.active
    (task,) = [t.specific for t in assignment.workflow.tasks.all()]
    assert [g.name for g in task.groups.all()] == [KOMMUNIKATION]

    def snapshot():
        return (
            Group.objects.count(),
            GroupPagePermission.objects.count(),
            sorted(Group.objects.get(name=KOMMUNIKATION).permissions.values_list("codename", flat=True)),
        )

    before = snapshot()
    call_command("setup_roles", verbosity=0)
    assert snapshot() == before


def test_role_permissions(redaktion, kommunikation):
    page = UpdateIndexPageFactory(parent=Page.get_first_root_node())
    staff = page.permissions_for_user(redaktion)
    comms = page.permissions_for_user(kommunikation)
    assert staff.can_edit() and staff.can_add_subpage()
    assert not staff.can_publish() and not staff.can_publish_subpage()
    assert comms.can_edit() and comms.can_publish()
    for perm in ("sponsors.add_sponsor", "sponsors.change_sponsor", "sponsors.delete_sponsor"):
        assert kommunikation.has_perm(perm) and not redaktion.has_perm(perm)
    from wagtail.documents.permissions import permission_policy as documents
    from wagtail.images.permissions import permission_policy as images

    for action in ("add", "change", "delete"):
        assert images.user_has_permission(kommunikation, action)
        assert documents.user_has_permission(kommunikation, action)
    assert images.user_has_permission(redaktion, "choose")
    # City staff may upload, but only the communications team manages everyone's images.
    from wagtail.models import Collection

    root_collection = Collection.get_first_root_node()
    image = SiteImageFactory(uploaded_by_user=kommunikation, collection=root_collection)
    other = SiteImageFactory(collection=root_collection)
    assert images.user_has_permission_for_instance(kommunikation, "delete", other)
    assert not images.user_has_permission_for_instance(redaktion, "delete", image)
    assert not images.user_has_permission_for_instance(redaktion, "change", image)


def update_form_data(index, fields_of_action, action):
    data = nested_form_data(
        {
            "title_de": "Neue Förderrunde",
            "title_en": "New funding round",
            "slug_de": "neue-foerderrunde",
            "slug_en": "new-funding-round",
            "date": timezone.localdate().isoformat(),
            "author_line_de": "Stabsstelle Digitalisierung",
            "author_line_en": "Digitalisation unit",
            "teaser_de": "Kurz gesagt: es geht los.",
            "teaser_en": "In short: it is starting.",
            "image": "",
            "body_de": streamfield([("paragraph", rich_text("<p>Deutscher Text.</p>"))]),
            "body_en": streamfield([("paragraph", rich_text("<p>English text.</p>"))]),
            "seo_title_de": "",
            "seo_title_en": "",
            "search_description_de": "",
            "search_description_en": "",
            "go_live_at": "",
            "expire_at": "",
            "comments": inline_formset([]),
        }
    )
    data["fields_of_action"] = [f.pk for f in fields_of_action]
    data[action] = "1"
    return data


def add_url(index):
    return reverse("wagtailadmin_pages:add", args=("updates", "updatepage", index.pk))


def test_redaktion_submits_kommunikation_approves_and_update_appears_everywhere(
    seeded_site, redaktion, kommunikation, client
):
    index = UpdateIndexPage.objects.get()
    education = FieldOfActionPage.objects.get(slug_de="smarte-bildung")

    # City staff write the update in both languages and submit it for approval.
    client.force_login(redaktion)
    form = client.get(add_url(index))
    assert form.status_code == 200
    assert 'name="action-publish"' not in form.content.decode()
    response = client.post(add_url(index), update_form_data(index, [education], "action-submit"))
    assert response.status_code == 302, response.content.decode()[:3000]
    update = UpdatePage.objects.get(slug_de="neue-foerderrunde")
    assert not update.live
    assert update.title_en == "New funding round"
    state = update.current_workflow_state
    assert state is not None and state.status == "in_progress"
    assert state.workflow.name == WORKFLOW

    client.logout()
    de_url, en_url = "/de/aktuelles/neue-foerderrunde/", "/en/news/new-funding-round/"
    assert client.get(de_url).status_code == 404
    assert client.get(en_url).status_code == 404
    assert "Neue Förderrunde" not in client.get("/de/aktuelles/").content.decode()

    # City staff cannot approve their own submission.
    task_state = update.current_workflow_task_state
    approve = reverse("wagtailadmin_pages:workflow_action", args=(update.pk, "approve", task_state.pk))
    client.force_login(redaktion)
    assert client.post(approve, {"comment": ""}).status_code in (302, 403)
    update.refresh_from_db()
    assert not update.live

    # The communications team approves; the page goes live.
    client.force_login(kommunikation)
    response = client.post(approve, {"comment": "Passt."})
    assert response.status_code == 302
    update.refresh_from_db()
    assert update.live
    client.logout()

    checks = [
        ("/de/aktuelles/", "Neue Förderrunde"),
        ("/en/news/", "New funding round"),
        ("/de/", "Neue Förderrunde"),
        ("/en/", "New funding round"),
        ("/de/handlungsfelder/smarte-bildung/", "Neue Förderrunde"),
        ("/en/fields-of-action/smart-education/", "New funding round"),
        (de_url, "Deutscher Text."),
        (en_url, "English text."),
    ]
    for url, text in checks:
        response = client.get(url)
        assert response.status_code == 200, url
        assert text in response.content.decode(), url
    for feed_url, title, link in (
        ("/de/aktuelles/feed/", "Neue Förderrunde", de_url),
        ("/en/news/feed/", "New funding round", en_url),
    ):
        feed = feedparser.parse(client.get(feed_url).content)
        entry = next(e for e in feed.entries if e.title == title)
        assert entry.link == f"http://testserver{link}"


def test_freigabe_mails_the_communications_team_and_then_the_author(
    seeded_site, redaktion, kommunikation, client, mailoutbox, settings
):
    """Nobody has to watch the dashboard: a submission mails Kommunikation, the decision mails
    the author, in German, from the site's sender address."""
    index = UpdateIndexPage.objects.get()
    client.force_login(redaktion)
    client.post(add_url(index), update_form_data(index, [], "action-submit"))
    update = UpdatePage.objects.get(slug_de="neue-foerderrunde")
    submitted = [m for m in mailoutbox if "presse@example.org" in m.to]
    assert len(submitted) == 1 and "Neue Förderrunde" in submitted[0].subject
    assert "Freigabe" in submitted[0].subject
    assert submitted[0].from_email == settings.WAGTAILADMIN_NOTIFICATION_FROM_EMAIL
    assert not [m for m in mailoutbox if "stadt@example.org" in m.to]

    mailoutbox.clear()
    task_state = update.current_workflow_task_state
    approve = reverse("wagtailadmin_pages:workflow_action", args=(update.pk, "approve", task_state.pk))
    client.force_login(kommunikation)
    client.post(approve, {"comment": ""})
    approved = [m for m in mailoutbox if m.to == ["stadt@example.org"]]
    assert len(approved) == 1 and "freigegeben" in approved[0].subject


def test_redaktion_cannot_publish_directly(seeded_site, redaktion, client):
    index = UpdateIndexPage.objects.get()
    client.force_login(redaktion)
    client.post(add_url(index), update_form_data(index, [], "action-publish"))
    update = UpdatePage.objects.get(slug_de="neue-foerderrunde")  # kept as a draft at most
    assert not update.live
    edit = reverse("wagtailadmin_pages:edit", args=(update.pk,))
    client.post(edit, update_form_data(index, [], "action-publish"))
    update.refresh_from_db()
    assert not update.live
    assert not update.permissions_for_user(redaktion).can_publish()
    assert client.get("/de/aktuelles/neue-foerderrunde/").status_code == 404


# --- scheduled publishing ------------------------------------------------------------------


def test_scheduled_update_goes_live_only_after_go_live_when_publish_scheduled_runs(client):
    root = Page.get_first_root_node()
    index = UpdateIndexPageFactory(parent=root)
    go_live = timezone.now() + datetime.timedelta(hours=2)
    update = UpdatePageFactory(parent=index, live=False, title_de="Geplant")
    update.go_live_at = go_live
    update.save_revision().publish()
    update.refresh_from_db()
    assert not update.live
    assert update.scheduled_revision is not None

    call_command("publish_scheduled", verbosity=0)
    update.refresh_from_db()
    assert not update.live

    later = go_live + datetime.timedelta(minutes=1)
    with mock.patch("django.utils.timezone.now", return_value=later):
        call_command("publish_scheduled", verbosity=0)
    update.refresh_from_db()
    assert update.live


def test_expired_update_is_unpublished_by_publish_scheduled():
    root = Page.get_first_root_node()
    index = UpdateIndexPageFactory(parent=root)
    update = UpdatePageFactory(parent=index)
    update.expire_at = timezone.now() + datetime.timedelta(days=1)
    update.save_revision().publish()
    call_command("publish_scheduled", verbosity=0)
    update.refresh_from_db()
    assert update.live
    with mock.patch(
        "django.utils.timezone.now", return_value=timezone.now() + datetime.timedelta(days=2)
    ):
        call_command("publish_scheduled", verbosity=0)
    update.refresh_from_db()
    assert not update.live and update.expired


# --- translation status --------------------------------------------------------------------


@pytest.fixture
def translation_tree(db):
    """Three updates: fully translated, English missing, English older than German."""
    root = Page.get_first_root_node()
    index = UpdateIndexPageFactory(parent=root)
    full = UpdatePageFactory(parent=index, title_de="Vollständig", title_en="Complete")
    full.save_revision()
    missing = UpdatePageFactory(parent=index, title_de="Ohne Englisch", teaser_en="")
    missing.save_revision()
    lagging = UpdatePageFactory(parent=index, title_de="Veraltet", title_en="Outdated")
    lagging.save_revision()
    lagging = lagging.get_latest_revision_as_object()
    lagging.teaser_de = "Neuer deutscher Anreißer"
    lagging.save_revision()
    return {"full": full, "missing": missing, "lagging": lagging, "index": index}


ROW = re.compile(
    r'data-translation-state="(\w+)">\s*<td class="title"><a href="[^"]+">\s*([^<]+?)\s*</a>'
)


def report_rows(client, **params):
    response = client.get(reverse("editorial_translation_report"), params)
    assert response.status_code == 200
    html = response.content.decode()
    return {title: state for state, title in ROW.findall(html)}, html


def test_translation_status_tracks_each_language(translation_tree):
    status = {k: TranslationStatus.objects.get(page=p) for k, p in translation_tree.items() if k != "index"}
    assert status["full"].state == "ok" and not status["full"].needs_translation
    assert status["missing"].state == "missing" and status["missing"].missing_fields == ["teaser"]
    assert status["lagging"].state == "outdated"
    assert status["lagging"].de_changed_at > status["lagging"].en_changed_at
    # Translating the English catches up.
    page = translation_tree["lagging"].get_latest_revision_as_object()
    page.teaser_en = "New English teaser"
    page.save_revision()
    assert TranslationStatus.objects.get(page=page).state == "ok"


def test_translation_report_lists_exactly_the_pages_lacking_or_lagging_english(
    translation_tree, client
):
    client.force_login(make_user("admin", superuser=True))
    rows, html = report_rows(client)
    assert rows == {"Ohne Englisch": "missing", "Veraltet": "outdated"}
    assert "Vollständig" not in html
    edit = reverse("wagtailadmin_pages:edit", args=(translation_tree["missing"].pk,))
    assert f'href="{edit}"' in html

    event_type = ContentType.objects.get_for_model(EventPage)
    _rows, html = report_rows(client, content_type=event_type.pk)
    assert "Ohne Englisch" not in html and "Veraltet" not in html
    update_type = ContentType.objects.get_for_model(UpdatePage)
    _rows, html = report_rows(client, content_type=update_type.pk, state="missing")
    assert "Ohne Englisch" in html and "Veraltet" not in html


def test_translation_report_is_in_the_reports_menu(translation_tree, client):
    client.force_login(make_user("admin", superuser=True))
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("editorial_translation_report") in html


def test_page_listing_marks_untranslated_pages(translation_tree, client):
    client.force_login(make_user("admin", superuser=True))
    with translation.override("en"):
        html = client.get(
            reverse("wagtailadmin_explore", args=(translation_tree["index"].pk,)),
            HTTP_ACCEPT_LANGUAGE="en",
        ).content.decode()
    assert html.count('data-translation-state="missing"') == 1
    assert html.count('data-translation-state="outdated"') == 1


def test_copy_german_fills_only_empty_english_fields_and_keeps_page_in_report(
    translation_tree, client
):
    admin = make_user("admin", superuser=True)
    client.force_login(admin)
    page = translation_tree["missing"]
    page = page.get_latest_revision_as_object()
    page.author_line_de = "Stabsstelle"
    page.title_en = "Own English title"
    page.save_revision()

    url = reverse("editorial_copy_german", args=(page.pk,))
    confirm = client.get(url)
    assert confirm.status_code == 200
    response = client.post(url)
    assert response.status_code == 302
    draft = UpdatePage.objects.get(pk=page.pk).get_latest_revision_as_object()
    assert draft.teaser_en == draft.teaser_de == "Anreißer"
    assert draft.author_line_en == "Stabsstelle"
    assert draft.title_en == "Own English title"  # never overwritten
    assert UpdatePage.objects.get(pk=page.pk).teaser_en == ""  # a draft, nothing published
    status = TranslationStatus.objects.get(page=page)
    assert status.needs_translation  # copied German is not a translation

    # The edit view offers the action.
    edit = client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,))).content.decode()
    assert url in edit


def test_copy_german_requires_edit_permission(translation_tree, client):
    client.force_login(make_user("nobody"))
    url = reverse("editorial_copy_german", args=(translation_tree["missing"].pk,))
    assert client.post(url).status_code in (302, 403)
    draft = translation_tree["missing"].get_latest_revision_as_object()
    assert draft.teaser_en == ""


# --- editor comfort ------------------------------------------------------------------------


def test_card_and_hero_renditions_are_prepared_on_upload(django_capture_on_commit_callbacks):
    from django.core.cache import cache

    cache.clear()  # Wagtail caches renditions by image id, which a rolled-back test may reuse
    with django_capture_on_commit_callbacks(execute=True):
        image = SiteImageFactory()
    specs = set(image.renditions.values_list("filter_spec", flat=True))
    assert specs == set(filter_specs())
    assert "format-avif|height-80" in specs and "format-jpeg|fill-960x540" in specs


def test_prepared_renditions_match_what_the_templates_ask_for(seeded_site, client):
    """Rendering a card and a hero afterwards creates no new rendition."""
    image = SiteImageFactory()
    from editorial.renditions import prepare_renditions

    prepare_renditions(image.pk)
    before = image.renditions.count()
    index = UpdateIndexPage.objects.get()
    update = UpdatePageFactory(parent=index, image=image)
    assert client.get("/de/aktuelles/").status_code == 200
    assert client.get(update.get_url()).status_code == 200
    home = seeded_site
    home.hero_image = image
    home.save_revision().publish()
    assert client.get("/de/").status_code == 200
    assert image.renditions.count() == before


def test_accessibility_checker_is_active_in_the_userbar(seeded_site, client):
    client.force_login(make_user("admin", superuser=True))
    html = client.get("/de/aktuelles/").content.decode()
    assert 'id="checker-axe-configuration"' in html


@pytest.mark.parametrize("model_name", ["updateindexpage", "updatepage", "eventindexpage", "eventpage"])
def test_news_and_event_edit_forms_open_with_both_languages(seeded_site, kommunikation, client, model_name):
    from updates.models import EventIndexPage

    page = {
        "updateindexpage": UpdateIndexPage.objects.get(),
        "updatepage": UpdatePage.objects.first(),
        "eventindexpage": EventIndexPage.objects.get(),
        "eventpage": EventPage.objects.first(),
    }[model_name]
    client.force_login(kommunikation)
    html = client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,))).content.decode()
    assert 'name="title_de"' in html and 'name="title_en"' in html
    assert 'name="action-publish"' in html
    assert reverse("editorial_copy_german", args=(page.pk,)) in html


def test_translation_report_exports_csv(translation_tree, client):
    client.force_login(make_user("admin", superuser=True))
    response = client.get(reverse("editorial_translation_report"), {"export": "csv"})
    assert response.status_code == 200
    body = b"".join(response.streaming_content) if response.streaming else response.content
    lines = body.decode().splitlines()
    assert len(lines) == 3  # heading + the two pages needing translation
    assert any(line.startswith("Ohne Englisch,") and ",missing," in line for line in lines)
