"""The page cache: fast for every visitor, never stale (docs/caching.md).

Every kind of change a visitor can see is made the way editors or the scheduler make it, after
the affected pages were cached, and the very next anonymous request must show it, in German and
in English. Each runs on the embedded cache of `make run` and on Redis.
"""

import datetime
import io

import pytest
from django.core.cache import caches
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.models import PageViewRestriction, Site

from caching import generation
from fields.models import FieldOfActionPage, PartnerPage
from smartcity.models import SiteSettings, StandardPage
from sponsors.models import FundingSettings
from strategy.models import ProjectPage, StrategyPage
from updates.models import EventIndexPage, UpdateIndexPage, UpdatePage

from . import cache_backends, frontend_cache
from .factories import EventPageFactory, SiteImageFactory, StandardPageFactory, UpdatePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(params=["embedded", "redis"])
def cache_entries(request, settings, tmp_path):
    """Runs the test on each cache; the value counts the entries in it."""
    count = cache_backends.configure(request.param, settings, tmp_path)
    yield count
    getattr(count, "cleanup", lambda: None)()


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response


def cached(client, *urls):
    """Requests each URL until it is answered from the page cache."""
    for url in urls:
        get(client, url)
        assert get(client, url)["X-Page-Cache"] == "hit", url


def text(client, url):
    response = get(client, url)
    assert response["X-Page-Cache"] != "hit", f"{url} answered from the cache after a change"
    return response.content.decode()


def publish(page):
    page.save_revision().publish()
    return page


def field(slug_de="integrierte-mobilitaet"):
    return FieldOfActionPage.objects.get(slug_de=slug_de)


# --- what is cached, and for whom -------------------------------------------------------------


def test_anonymous_pages_come_from_the_cache_in_both_languages(seeded_site, client, cache_entries):
    for url in ("/de/", "/en/", "/de/handlungsfelder/", "/en/fields-of-action/integrated-mobility/",
                "/de/aktuelles/feed/", "/en/events/calendar/", "/sitemap.xml", "/robots.txt"):
        first = get(client, url)
        second = get(client, url)
        assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit"), url
        assert first.content == second.content
        assert first["Content-Type"] == second["Content-Type"]
        assert not second.cookies
    assert cache_entries() > 8


def test_junk_query_strings_neither_fill_nor_bypass_the_cache(seeded_site, client, cache_entries):
    urls = ["/de/", "/en/strategy/", "/de/handlungsfelder/integrierte-mobilitaet/", "/de/aktuelles/",
            "/de/aktuelles/feed/", "/en/events/"]
    for url in urls:
        get(client, url)
    before = cache_entries()
    answers = []
    for n in range(500):
        url = urls[n % len(urls)]
        junk = [f"utm_source=news{n}", f"x{n}=1", f"page={n + 2}", f"fbclid={n}&ref=%C3%A4{n}"][n % 4]
        if url == "/de/aktuelles/" and junk.startswith("page="):
            junk = f"page={n + 2}00"  # beyond the last page: corrected to the last, never stored
        answers.append(get(client, f"{url}?{junk}")["X-Page-Cache"])
    assert cache_entries() - before <= 3
    hits = answers.count("hit")
    assert hits >= 500 - 500 // 24 - 1, answers  # only the corrected page numbers are rendered


def test_each_page_of_a_listing_is_cached_on_its_own(seeded_site, client, cache_entries):
    index = UpdateIndexPage.objects.get()
    for _ in range(13):
        UpdatePageFactory(parent=index)
    cached(client, "/de/aktuelles/", "/de/aktuelles/?page=2")
    assert get(client, "/de/aktuelles/").content != get(client, "/de/aktuelles/?page=2").content
    mobility = field()
    cached(client, f"/de/aktuelles/?field={mobility.pk}")
    # Fewer than 13 mobility updates: page 2 of the filter is corrected to page 1, never stored.
    assert get(client, f"/de/aktuelles/?page=2&field={mobility.pk}")["X-Page-Cache"] == "pass"
    assert get(client, "/de/aktuelles/?page=abc")["X-Page-Cache"] == "pass"  # page 1, not stored


def test_logged_in_editors_never_get_or_leave_cached_pages(seeded_site, client, django_user_model):
    cached(client, "/de/")
    editor = Client_with_login(django_user_model)
    response = editor.get("/de/")
    assert response["X-Page-Cache"] == "pass"
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert "wagtail-userbar" in response.content.decode()
    anonymous = get(client, "/de/")
    assert "wagtail-userbar" not in anonymous.content.decode()
    assert not anonymous.cookies


def Client_with_login(django_user_model):
    from django.test import Client

    editor = Client()
    editor.force_login(django_user_model.objects.create_superuser("redaktion", password="pw"))
    return editor


def test_an_editor_previews_a_draft_that_visitors_never_see(seeded_site, client, django_user_model):
    strategy = StrategyPage.objects.get()
    cached(client, "/de/strategie/")
    strategy.intro_de = "Entwurf, noch nicht freigegeben."
    strategy.save_revision()
    editor = Client_with_login(django_user_model)
    preview = editor.get(reverse("wagtailadmin_pages:view_draft", args=[strategy.pk]))
    assert "Entwurf, noch nicht freigegeben." in preview.content.decode()
    assert "noch nicht freigegeben" not in get(client, "/de/strategie/").content.decode()


def test_the_feedback_form_is_never_cached_and_each_visitor_gets_their_own_token(seeded_site, cache_entries):
    from django.test import Client

    first, second = Client(), Client()
    one = first.get("/de/barrierefreiheit/")
    two = second.get("/de/barrierefreiheit/")
    assert one["X-Page-Cache"] == two["X-Page-Cache"] == "pass"
    assert one.cookies["csrftoken"].value != two.cookies["csrftoken"].value
    assert "no-store" in one["Cache-Control"]
    # A visitor who has the CSRF cookie still gets the form rendered for them, never stored.
    assert first.get("/de/barrierefreiheit/")["X-Page-Cache"] == "pass"


def test_posts_and_search_are_never_answered_from_the_cache(seeded_site, client):
    cached(client, "/de/")
    assert client.post("/de/")["X-Page-Cache"] == "pass"
    assert get(client, "/de/search/?q=Mobilit%C3%A4t")["X-Page-Cache"] == "pass"
    assert get(client, "/de/search/?q=Mobilit%C3%A4t")["X-Page-Cache"] == "pass"


def test_error_answers_are_not_stored(seeded_site, client, cache_entries):
    client.get("/de/gibt-es-nicht/")  # the 404 page's header and footer come from fragments
    client.get("/de/projektraum-halle-neustadt/?field=999999")  # the page exists; its filter not
    before = cache_entries()
    for n in range(20):
        assert client.get(f"/de/gibt-es-nicht-{n}/").status_code == 404
    assert client.get("/de/projektraum-halle-neustadt/?field=999999").status_code == 404
    assert cache_entries() == before


def test_page_cache_off_renders_every_time_and_stores_nothing(seeded_site, client, settings, cache_entries):
    settings.PAGE_CACHE = False
    for _ in range(3):
        assert get(client, "/de/")["X-Page-Cache"] == "off"
    get(client, "/de/")  # fragments (menu, footer) are still cached, as in production
    fragments = cache_entries()
    get(client, "/de/")
    assert cache_entries() == fragments


# --- browsers and proxies ---------------------------------------------------------------------


def test_browsers_revalidate_and_get_304_when_nothing_changed(seeded_site, client):
    first = get(client, "/de/")
    assert first["Cache-Control"] == "public, max-age=0, s-maxage=0, must-revalidate"
    for _ in range(2):  # rendered, then from the cache: the same validator
        response = client.get("/de/", HTTP_IF_NONE_MATCH=first["ETag"])
        assert response.status_code == 304
    publish(StrategyPage.objects.get())
    assert client.get("/de/", HTTP_IF_NONE_MATCH=first["ETag"]).status_code in (200, 304)
    changed = SiteSettings.for_site(Site.objects.get())
    changed.contact_email = "smartcity@example.org"
    changed.save()
    assert client.get("/de/", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 200


def test_a_purged_proxy_may_keep_pages_but_never_past_an_events_end(seeded_site, client, settings):
    settings.WAGTAILFRONTENDCACHE = {"recording": {"BACKEND": "tests.frontend_cache.RecordingBackend"}}
    settings.PROXY_CACHE_SECONDS = 3600
    assert "s-maxage=3600" in get(client, "/de/impressum/")["Cache-Control"]
    EventPageFactory(parent=EventIndexPage.objects.get(), start=timezone.now() + datetime.timedelta(seconds=100),
                     end=timezone.now() + datetime.timedelta(seconds=600))
    control = get(client, "/de/")["Cache-Control"]
    seconds = int(control.split("s-maxage=")[1].split(",")[0])
    assert 0 < seconds <= 600


def test_a_cached_page_expires_when_an_event_ends(seeded_site, client, monkeypatch, cache_entries):
    ends = timezone.now() + datetime.timedelta(minutes=30)
    EventPageFactory(parent=EventIndexPage.objects.get(), title_de="Sprechstunde Neustadt",
                     start=ends - datetime.timedelta(hours=1), end=ends)
    cached(client, "/de/", "/de/veranstaltungen/")
    assert "Sprechstunde Neustadt" in get(client, "/de/veranstaltungen/").content.decode()
    later = ends.timestamp() + 1
    monkeypatch.setattr("caching.middleware.time.time", lambda: later)
    monkeypatch.setattr("django.utils.timezone.now", lambda: datetime.datetime.fromtimestamp(later, datetime.UTC))
    assert "Sprechstunde Neustadt" not in text(client, "/de/veranstaltungen/")
    assert "Sprechstunde Neustadt" in text(client, "/de/veranstaltungen/archive/")


def test_frontend_cache_purge_names_every_url_in_both_languages(seeded_site, settings, django_capture_on_commit_callbacks):
    settings.WAGTAILFRONTENDCACHE = {"recording": {"BACKEND": "tests.frontend_cache.RecordingBackend"}}
    frontend_cache.PURGED.clear()
    mobility = field()
    with django_capture_on_commit_callbacks(execute=True):
        mobility.title_de = "Mobilität neu gedacht"
        mobility.slug_en = "mobility"
        publish(mobility)
    purged = set(frontend_cache.PURGED)
    base = "http://localhost"
    assert {
        f"{base}/de/handlungsfelder/integrierte-mobilitaet/",
        f"{base}/en/fields-of-action/mobility/",
        f"{base}/en/fields-of-action/integrated-mobility/",  # the old English address
        f"{base}/de/handlungsfelder/", f"{base}/en/fields-of-action/",
        f"{base}/de/", f"{base}/en/",
        f"{base}/de/aktuelles/feed/", f"{base}/en/news/feed/",
        f"{base}/de/veranstaltungen/calendar/", f"{base}/en/events/archive/",
        f"{base}/sitemap.xml",
        # The open data API shows the same pages (opendata/wagtail_hooks.py).
        f"{base}/api/v1/", f"{base}/api/v1/fields/", f"{base}/api/v1/projects/",
        f"{base}/api/v1/projects.csv", f"{base}/api/v1/openapi.json",
    } <= purged
    assert not any("/en/handlungsfelder" in url or "/de/fields-of-action" in url for url in purged)
    assert len(frontend_cache.PURGED) == len(purged)  # each once


def test_publishing_in_the_admin_purges_each_address_once(
    seeded_site, settings, django_user_model, django_capture_on_commit_callbacks
):
    from .admin_forms import page_edit_data

    settings.WAGTAILFRONTENDCACHE = {"recording": {"BACKEND": "tests.frontend_cache.RecordingBackend"}}
    frontend_cache.PURGED.clear()
    editor = Client_with_login(django_user_model)
    project = ProjectPage.objects.get(slug_de="fahrgastzaehlung")
    data = page_edit_data(project, django_user_model.objects.get(username="redaktion"),
                          summary_de="Neu.", **{"action-publish": "publish"})
    with django_capture_on_commit_callbacks(execute=True):
        response = editor.post(reverse("wagtailadmin_pages:edit", args=[project.pk]), data)
    assert response.status_code == 302
    url = "http://localhost/en/project-space-halle-neustadt/passenger-counting/"
    assert frontend_cache.PURGED.count(url) == 1


def test_a_purge_inside_a_request_waits_for_the_answer(seeded_site, settings):
    """In production the publish commits inside the editor's request; the purge (hundreds of
    addresses) runs once when the answer is on its way, not while the editor waits."""
    from caching import invalidation

    settings.WAGTAILFRONTENDCACHE = {"recording": {"BACKEND": "tests.frontend_cache.RecordingBackend"}}
    frontend_cache.PURGED.clear()
    # The receivers of request_started/finished (sending the signals themselves would also make
    # Django close the test's database connection).
    invalidation._request_started()
    invalidation.content_changed()
    invalidation._after_commit()
    invalidation._after_commit()  # a second change in the same request
    assert frontend_cache.PURGED == []
    invalidation._request_finished()
    assert "http://localhost/de/" in frontend_cache.PURGED
    assert len(frontend_cache.PURGED) == len(set(frontend_cache.PURGED))


# --- every kind of change shows on the next request -------------------------------------------


def test_publish_shows_everywhere_the_page_appears(seeded_site, client, cache_entries):
    urls = ["/de/", "/en/", "/de/handlungsfelder/", "/en/fields-of-action/",
            "/de/handlungsfelder/integrierte-mobilitaet/", "/en/fields-of-action/integrated-mobility/",
            "/de/projektraum-halle-neustadt/", "/en/partners/stadtwerke-halle-group/"]
    cached(client, *urls)
    mobility = field()
    mobility.title_de, mobility.title_en = "Mobilität für alle", "Mobility for everyone"
    publish(mobility)
    for url in urls:
        expected = "Mobility for everyone" if url.startswith("/en/") else "Mobilität für alle"
        assert expected in text(client, url), url


def test_renaming_a_menu_page_changes_the_navigation_on_every_page(seeded_site, client, cache_entries):
    urls = ["/de/", "/en/", "/de/impressum/", "/en/events/", "/de/aktuelles/feed/"]
    cached(client, *urls)
    strategy = StrategyPage.objects.get()
    strategy.title_de, strategy.title_en = "Unsere Strategie", "Our strategy"
    publish(strategy)
    for url in urls[:4]:
        expected = "Our strategy" if url.startswith("/en/") else "Unsere Strategie"
        assert expected in text(client, url), url


def test_unpublish_removes_the_page_and_its_cards(seeded_site, client, cache_entries):
    project = ProjectPage.objects.get(slug_de="fahrgastzaehlung")
    page_urls = ["/de/projektraum-halle-neustadt/fahrgastzaehlung/",
                 "/en/project-space-halle-neustadt/passenger-counting/"]
    listings = ["/de/projektraum-halle-neustadt/", "/en/project-space-halle-neustadt/",
                "/de/handlungsfelder/integrierte-mobilitaet/", "/en/partners/stadtwerke-halle-group/"]
    cached(client, *page_urls, *listings)
    project.unpublish()
    for url in page_urls:
        assert client.get(url).status_code == 404
    for url in listings:
        html = text(client, url)
        assert "/fahrgastzaehlung/" not in html and "/passenger-counting/" not in html


def test_move_changes_addresses_menu_and_breadcrumbs(seeded_site, client, cache_entries):
    page = StandardPageFactory(parent=seeded_site, title_de="Mitmachen", title_en="Get involved",
                               slug_de="mitmachen", slug_en="get-involved", show_in_menus=True)
    cached(client, "/de/", "/en/", "/de/mitmachen/", "/en/get-involved/")
    assert "Get involved" in get(client, "/en/").content.decode()
    legal_notice = StandardPage.objects.get(slug_de="impressum")
    page.move(legal_notice, pos="last-child")
    # The old addresses no longer show the page: gone, or Wagtail's redirect to the new one.
    for old, new in (("/de/mitmachen/", "/de/impressum/mitmachen/"),
                     ("/en/get-involved/", "/en/legal-notice/get-involved/")):
        response = client.get(old)
        assert response.status_code in (301, 404), old
        assert response.status_code == 404 or response["Location"] == new
    assert "Get involved" not in text(client, "/en/")
    assert "Mitmachen" not in text(client, "/de/")
    moved = text(client, "/en/legal-notice/get-involved/")
    assert "Legal notice" in moved  # the new breadcrumb trail


def test_delete_removes_an_update_from_news_home_and_feed(seeded_site, client, cache_entries):
    update = UpdatePageFactory(parent=UpdateIndexPage.objects.get(), title_de="Bürgerforum Silberhöhe",
                               title_en="Citizens' forum Silberhöhe", date=timezone.localdate())
    urls = ["/de/", "/en/", "/de/aktuelles/", "/en/news/", "/de/aktuelles/feed/", "/en/news/feed/"]
    cached(client, *urls)
    assert all("Silberhöhe" in get(client, url).content.decode() for url in urls)
    update.delete()
    for url in urls:
        assert "Silberhöhe" not in text(client, url), url


def test_copy_shows_the_copy_in_the_listings(seeded_site, client, cache_entries):
    original = UpdatePage.objects.live().order_by("-date").first()
    cached(client, "/de/aktuelles/", "/en/news/")
    original.copy(keep_live=True, update_attrs={
        "title_de": "Kopie der Meldung", "title_en": "Copy of the update",
        "slug": "kopie-der-meldung", "slug_de": "kopie-der-meldung", "slug_en": "copy-of-the-update",
    })
    assert "Kopie der Meldung" in text(client, "/de/aktuelles/")
    assert "Copy of the update" in text(client, "/en/news/")


def test_scheduled_go_live_shows_after_publish_scheduled(seeded_site, client, cache_entries, monkeypatch):
    index = UpdateIndexPage.objects.get()
    update = UpdatePageFactory(parent=index, title_de="Geplante Meldung", title_en="Scheduled update",
                               live=False, date=timezone.localdate())
    update.go_live_at = timezone.now() + datetime.timedelta(minutes=5)
    update.save_revision().publish()  # scheduled: not live yet
    cached(client, "/de/aktuelles/", "/en/news/", "/de/", "/en/")
    assert "Geplante Meldung" not in get(client, "/de/aktuelles/").content.decode()
    later = timezone.now() + datetime.timedelta(minutes=10)
    monkeypatch.setattr("django.utils.timezone.now", lambda: later)
    call_command("publish_scheduled", stdout=io.StringIO())  # what cron runs every few minutes
    monkeypatch.undo()
    assert "Geplante Meldung" in text(client, "/de/aktuelles/")
    assert "Scheduled update" in text(client, "/en/news/")
    assert "Scheduled update" in text(client, "/en/")


def test_website_settings_show_in_every_footer(seeded_site, client, cache_entries):
    urls = ["/de/", "/en/", "/de/impressum/", "/en/events/archive/"]
    cached(client, *urls)
    website = SiteSettings.for_site(Site.objects.get())
    website.contact_email = "smartcity@example.org"
    website.linkedin_url = "https://www.linkedin.com/company/example"
    website.save()
    for url in urls:
        html = text(client, url)
        assert "mailto:smartcity@example.org" in html and "linkedin.com/company/example" in html


def test_sponsors_and_the_footer_sponsor_set_show_at_once(seeded_site, client, cache_entries):
    urls = ["/de/", "/en/", "/de/strategie/", "/en/partners/"]
    cached(client, *urls)
    sponsor = FundingSettings.for_site(Site.objects.get()).footer_sponsors.first().sponsor
    sponsor.alt_text_de, sponsor.alt_text_en = "Geänderter Alternativtext", "Changed alt text"
    sponsor.save()
    for url in urls:
        expected = "Changed alt text" if url.startswith("/en/") else "Geänderter Alternativtext"
        assert expected in text(client, url), url
    cached(client, *urls)
    funding = FundingSettings.for_site(Site.objects.get())
    funding.footer_sponsors.filter(sponsor=sponsor).delete()
    for url in urls[2:]:  # the home page shows its own sponsor block besides the footer
        assert "Changed alt text" not in text(client, url).replace("Geänderter", "")


def test_an_images_alt_text_and_file_change_everywhere(seeded_site, client, cache_entries):
    image = SiteImageFactory(alt_text_de="Alter Text", alt_text_en="Old text")
    UpdatePageFactory(parent=UpdateIndexPage.objects.get(), image=image, date=timezone.localdate())
    urls = ["/de/aktuelles/", "/en/news/", "/de/", "/en/"]
    cached(client, *urls)
    image.alt_text_de, image.alt_text_en = "Neuer Text", "New text"
    image.save()
    for url in urls:
        assert ("New text" if url.startswith("/en/") else "Neuer Text") in text(client, url), url
    cached(client, *urls)
    old_rendition = image.get_rendition("format-webp|height-80").url
    buffer = io.BytesIO()
    PILImage.new("RGB", (320, 200), "orange").save(buffer, "PNG")
    image.file.save("neues-foto.png", ContentFile(buffer.getvalue()), save=False)
    image.width, image.height = 320, 200
    image.renditions.all().delete()
    image.save()
    html = text(client, "/de/aktuelles/")
    assert old_rendition not in html and "neues-foto" in html


def test_a_documents_new_file_shows_on_the_strategy_page(seeded_site, client, cache_entries):
    Document = get_document_model()
    document = Document.objects.create(title="Strategie", file=ContentFile(b"%PDF-1.4", name="strategie.pdf"))
    strategy = StrategyPage.objects.get()
    strategy.strategy_document = document
    publish(strategy)
    cached(client, "/de/strategie/", "/en/strategy/")
    document.file.save("strategie-2026.odt", ContentFile(b"PK odt"), save=False)
    document.save()
    for url in ("/de/strategie/", "/en/strategy/"):
        html = text(client, url)
        assert document.url in html and "(ODT)" in html


def test_a_new_view_restriction_hides_the_page_at_once(seeded_site, client, cache_entries):
    partner = PartnerPage.objects.get(slug_de="stadtwerke-halle-gruppe")
    cached(client, "/de/partner/stadtwerke-halle-gruppe/", "/de/partner/", "/en/partners/")
    PageViewRestriction.objects.create(page=partner, restriction_type=PageViewRestriction.LOGIN)
    assert client.get("/de/partner/stadtwerke-halle-gruppe/").status_code == 302  # to the login
    assert "stadtwerke-halle-gruppe" not in text(client, "/de/partner/")
    assert "stadtwerke-halle-group" not in text(client, "/en/partners/")


# --- the generation ---------------------------------------------------------------------------


def test_a_change_starts_a_new_generation_now_and_again_after_commit(
    seeded_site, django_capture_on_commit_callbacks
):
    before = generation.current()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        publish(StrategyPage.objects.get())
        during = generation.current()
    assert during != before  # this process never serves what it just changed
    for callback in callbacks:
        callback()
    # A page another worker rendered from the old rows before the commit is never found.
    assert generation.current() not in (before, during)


def test_a_lost_generation_never_brings_old_pages_back(seeded_site, client, cache_entries):
    cached(client, "/de/")
    caches["default"].delete(generation.KEY)
    assert get(client, "/de/")["X-Page-Cache"] == "miss"


def test_drafts_and_lazily_computed_image_sizes_do_not_empty_the_cache(seeded_site, client):
    image = SiteImageFactory()
    cached(client, "/de/")
    StrategyPage.objects.get().save_revision()  # a draft: nothing visible changed
    image.file_size = 1234
    image.save(update_fields=["file_size"])
    assert get(client, "/de/")["X-Page-Cache"] == "hit"


def test_clear_page_cache_command(seeded_site, client):
    cached(client, "/de/")
    call_command("clear_page_cache", stdout=io.StringIO())
    assert get(client, "/de/")["X-Page-Cache"] == "miss"


def test_pages_of_two_hosts_are_kept_apart(seeded_site, client):
    cached(client, "/de/")
    other = client.get("/de/", HTTP_HOST="staging.example.org")
    assert other["X-Page-Cache"] == "miss"
    assert "http://staging.example.org/de/" in other.content.decode()  # canonical link


def test_a_preview_shows_the_editors_unsaved_teasers_not_the_cached_ones(seeded_site, client, django_user_model):
    from .admin_forms import page_edit_data

    cached(client, "/de/")
    home = seeded_site.specific
    editor = Client_with_login(django_user_model)
    user = django_user_model.objects.get(username="redaktion")
    first = home.teasers[0]
    data = page_edit_data(home, user)
    data["teasers_de-0-value-heading"] = "Vorschau-Überschrift"
    assert first.block_type == "teaser"
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[home.pk])
    assert editor.post(preview_url, data).json()["is_valid"]
    assert "Vorschau-Überschrift" in editor.get(preview_url + "?mode=de").content.decode()
    assert "Vorschau-Überschrift" not in get(client, "/de/").content.decode()
