"""Hundreds of pages in a second, for tests that prove a listing costs the same with 500 children
as with 5. Creating each through Wagtail takes about 20 ms (tree, revisions, search index);
these rows are what a published page leaves in the tables the site reads, written in bulk.
"""

import uuid

from django.contrib.contenttypes.models import ContentType
from django.db.models import F
from django.utils import timezone
from wagtail.models import Locale, Page


def add_children(parent, model, count, fields=None, relations=None):
    """`count` live pages of `model` below `parent`. `fields(n)` gives each page's own field
    values; `relations` maps a ParentalManyToManyField name to the objects every page links to."""
    parent = Page.objects.get(pk=parent.pk)  # fresh numchild and paths
    last = parent.get_last_child()
    start = last._get_lastpos_in_path() + 1 if last else 1
    content_type = ContentType.objects.get_for_model(model)
    locale = Locale.get_default()
    now = timezone.now()
    token = uuid.uuid4().hex[:8]
    bases = []
    for n in range(count):
        slug_de, slug_en = f"seite-{token}-{n}", f"page-{token}-{n}"
        title_de, title_en = f"Seite {token} {n}", f"Page {token} {n}"
        bases.append(
            Page(
                path=Page._get_path(parent.path, parent.depth + 1, start + n),
                depth=parent.depth + 1,
                numchild=0,
                translation_key=uuid.uuid4(),
                locale=locale,
                live=True,
                first_published_at=now,
                last_published_at=now,
                title=title_de, title_de=title_de, title_en=title_en, draft_title=title_de,
                slug=slug_de, slug_de=slug_de, slug_en=slug_en,
                url_path=f"{parent.url_path_de}{slug_de}/",
                url_path_de=f"{parent.url_path_de}{slug_de}/",
                url_path_en=f"{parent.url_path_en}{slug_en}/",
                content_type=content_type,
            )
        )
    Page.objects.bulk_create(bases)
    bases = list(Page.objects.filter(path__in=[b.path for b in bases]).order_by("path"))
    pages = []
    for n, base in enumerate(bases):
        page = model(page_ptr=base, **(fields(n) if fields else {}))
        page.__dict__.update({f.attname: getattr(base, f.attname) for f in Page._meta.concrete_fields})
        page.save_base(raw=True)  # the page's own table only; the Page row exists
        pages.append(page)
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + count)
    for name, targets in (relations or {}).items():
        through = model._meta.get_field(name).remote_field.through
        source, target = _through_columns(through, model)
        through.objects.bulk_create(
            [through(**{source: page.pk, target: t.pk}) for page in pages for t in targets]
        )
    return pages


def _through_columns(through, model):
    source = target = None
    for field in through._meta.get_fields():
        if not getattr(field, "many_to_one", False):
            continue
        if field.related_model is model and source is None:
            source = field.attname
        else:
            target = field.attname
    return source, target
