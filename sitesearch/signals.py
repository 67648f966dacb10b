"""Keeps the index as current as the site: a page is (re)indexed from the database when it is
saved live or published, and leaves the index when it is unpublished (deleting a page deletes
its entries by cascade). Synchronous, in the editor's transaction: a rollback undoes both.

A save that only books a draft revision (`update_fields` given) changes nothing a visitor
sees, and the draft must never be searchable, so it is ignored."""

from django.db.models.signals import post_save
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from . import indexing


def _page_saved(sender, instance, created=False, update_fields=None, raw=False, **kwargs):
    if raw or update_fields is not None or not isinstance(instance, Page):
        return
    if instance.live:
        indexing.update_page(instance)
    else:
        indexing.remove_page(instance)


def _page_published(sender, instance, **kwargs):
    # After the publish has also written the page's inline items (milestones, Chronik entries).
    indexing.update_page(instance)


def _page_unpublished(sender, instance, **kwargs):
    indexing.remove_page(instance)


def connect():
    post_save.connect(_page_saved, dispatch_uid="sitesearch_page_saved")
    page_published.connect(_page_published, dispatch_uid="sitesearch_page_published")
    page_unpublished.connect(_page_unpublished, dispatch_uid="sitesearch_page_unpublished")
