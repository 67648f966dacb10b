"""Which pages anonymous visitors may see, without asking the database on every listing.

Wagtail answers each `.public()` with a query for all view restrictions, and checks every page it
serves with two more. The city rarely restricts a page, so the restrictions are read once per
content generation (caching/generation.py) and kept in memory; adding, changing or removing a
restriction starts a new generation (caching/invalidation.py), so the answer is as current as
the database. Installed from SmartCityConfig.ready(); tests/test_visibility.py keeps it honest.
"""

from django.db.models import Q
from wagtail.models import Page, PageViewRestriction
from wagtail.query import PageQuerySet

from caching import generation

_memo = {"generation": None, "restrictions": []}
_wagtail_get_view_restrictions = Page.get_view_restrictions


def restrictions():
    """[(restriction id, path of the restricted page)] for the current generation."""
    token = generation.current()
    if _memo["generation"] != token:
        rows = PageViewRestriction.objects.values_list("pk", "page__path").order_by("pk")
        _memo.update(generation=token, restrictions=list(rows))
    return _memo["restrictions"]


def private_q(queryset):
    q = Q()
    for _pk, path in restrictions():
        q |= Q(path__startswith=path)  # the restricted page and all below it
    return q if q else Q(pk__in=[])


def get_view_restrictions(page):
    if page.alias_of_id:  # an alias follows its original's restrictions: let Wagtail look
        return _wagtail_get_view_restrictions(page)
    ids = [pk for pk, path in restrictions() if page.path.startswith(path)]
    if not ids:
        return PageViewRestriction.objects.none()
    return PageViewRestriction.objects.filter(pk__in=ids)


def install():
    PageQuerySet.private_q = private_q
    Page.get_view_restrictions = get_view_restrictions
