"""Who makes cached pages stale: every change a visitor could see (docs/caching.md).

Each change starts a new generation (see generation.py) twice: at once, so this process never
serves what it just changed, and again when the transaction commits, so a page that another
worker rendered from the old rows in between is never found either. Then the caching proxy in
front, if one is configured (WAGTAILFRONTENDCACHE), is told to drop every public address, in
both languages.
"""

import logging
import threading

from django.apps import apps
from django.conf import settings
from django.core.cache import caches
from django.core.signals import request_finished, request_started
from django.db import transaction
from django.db.models.signals import (
    m2m_changed,
    post_delete,
    post_migrate,
    post_save,
    pre_delete,
    pre_save,
)
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move

from . import generation
from .urls import public_urls

logger = logging.getLogger(__name__)

# The addresses purged last time: a moved, renamed, unpublished or deleted page is purged under
# the address it had, which is no longer among the live pages afterwards.
KNOWN_URLS_KEY = "smartcity:frontend-cache:known-urls"
# Saves that touch only the editor's draft bookkeeping, never what visitors see.
DRAFT_ONLY_FIELDS = {
    "latest_revision", "has_unpublished_changes", "draft_title", "draft_title_de",
    "draft_title_en", "locked", "locked_by", "locked_at", "latest_revision_created_at",
}
# An image's size and hash are filled in lazily while a page renders: not a change.
IMAGE_BOOKKEEPING_FIELDS = {"file_size", "file_hash"}

_state = threading.local()


# --- the one thing every handler does -----------------------------------------------------------


def content_changed():
    generation.advance()
    # A publish saves a dozen rows, each of which calls this: the proxy is purged once, by the
    # first callback after the commit (or when the editor's request has its answer).
    _state.purge_pending = True
    transaction.on_commit(_after_commit)


def _after_commit():
    generation.advance()
    if getattr(_state, "in_request", False):
        return  # _request_finished purges, once the editor has their answer
    if getattr(_state, "purge_pending", False):
        _state.purge_pending = False
        if frontend_cache_configured():
            purge_frontend_cache()


def frontend_cache_configured():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def purge_frontend_cache():
    """Purges every public address, and those purged last time (see KNOWN_URLS_KEY)."""
    from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

    try:
        cache = caches[generation.CACHE_ALIAS]
        current = public_urls()
        known = cache.get(KNOWN_URLS_KEY) or set()
        purge_urls_from_cache(sorted(current | known))
        cache.set(KNOWN_URLS_KEY, current, None)
    except Exception:  # a proxy that is down must not undo an editor's publish
        logger.exception("Could not purge the frontend cache")


def remember_urls_before_change():
    """Records the addresses as they are before a page changes, if nobody has yet (a new cache),
    so that the purge afterwards knows a page's old address."""
    if not frontend_cache_configured():
        return
    cache = caches[generation.CACHE_ALIAS]
    if cache.get(KNOWN_URLS_KEY) is None:
        try:
            cache.set(KNOWN_URLS_KEY, public_urls(), None)
        except Exception:
            logger.exception("Could not list the public addresses before a change")


def _request_started(**kwargs):
    _state.in_request = True
    _state.purge_pending = False


def _request_finished(**kwargs):
    _state.in_request = False
    if getattr(_state, "purge_pending", False):
        _state.purge_pending = False
        if frontend_cache_configured():
            purge_frontend_cache()


# --- handlers ----------------------------------------------------------------------------------


def _page_event(sender, **kwargs):  # published, unpublished, moved (Wagtail signals)
    content_changed()


def _page_before_change(sender, instance=None, **kwargs):
    remember_urls_before_change()


def _page_saved(sender, instance, created, update_fields=None, raw=False, **kwargs):
    """A live page saved outside Wagtail's publish (a script, the seed) changes the site too;
    the autosaves and draft bookkeeping of the editor do not."""
    if raw or not instance.live:
        return
    if update_fields and set(update_fields) <= DRAFT_ONLY_FIELDS:
        return
    content_changed()


def _page_deleted(sender, instance, **kwargs):
    content_changed()


def _model_saved(sender, instance=None, update_fields=None, raw=False, **kwargs):
    if raw:
        return
    if update_fields and set(update_fields) <= IMAGE_BOOKKEEPING_FIELDS:
        return
    content_changed()


def _model_deleted(sender, **kwargs):
    content_changed()


def _migrated(sender, **kwargs):
    # Every deploy runs migrate: pages cached by the old code (old templates) are dropped.
    generation.advance()


def connect():
    request_started.connect(_request_started, dispatch_uid="caching_request_started")
    request_finished.connect(_request_finished, dispatch_uid="caching_request_finished")
    post_migrate.connect(_migrated, dispatch_uid="caching_migrated")
    page_published.connect(_page_event, dispatch_uid="caching_page_published")
    page_unpublished.connect(_page_event, dispatch_uid="caching_page_unpublished")
    post_page_move.connect(_page_event, dispatch_uid="caching_page_moved")
    pre_page_move.connect(_page_before_change, dispatch_uid="caching_page_moving")
    for model in apps.get_models():
        if issubclass(model, Page):
            uid = f"caching_{model._meta.label_lower}"
            pre_save.connect(_page_before_change, sender=model, dispatch_uid=f"{uid}_pre_save")
            pre_delete.connect(_page_before_change, sender=model, dispatch_uid=f"{uid}_pre_delete")
            post_delete.connect(_page_deleted, sender=model, dispatch_uid=f"{uid}_deleted")
            post_save.connect(_page_saved, sender=model, dispatch_uid=f"{uid}_saved")
    for label in settings.PAGE_CACHE_INVALIDATING_MODELS:
        model = apps.get_model(label)
        uid = f"caching_{model._meta.label_lower}"
        post_save.connect(_model_saved, sender=model, dispatch_uid=f"{uid}_saved")
        post_delete.connect(_model_deleted, sender=model, dispatch_uid=f"{uid}_deleted")
    m2m_changed.connect(
        _model_saved, sender=PageViewRestriction.groups.through, dispatch_uid="caching_restriction"
    )
