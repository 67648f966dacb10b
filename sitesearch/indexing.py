"""Filling the index from the published pages (see models.py for what it holds)."""

import math
import threading
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.utils.html import strip_tags
from wagtail.models import Page
from wagtail.search import index

from .language import stem, words
from .models import SearchEntry, SearchPosting, SearchWord

LANGUAGES = [code for code, _name in settings.LANGUAGES]
DEFAULT_LANGUAGE = LANGUAGES[0]
TITLE_WEIGHT = 10  # a word of the title counts as much as ten in the text: titles first
_batch = threading.local()


@dataclass
class Document:
    """What one page says in one language."""

    language: str
    kind: str
    title: str
    text: str
    title_language: str
    text_language: str


def kind_of(page):
    """Which filter of the results a page belongs to."""
    from strategy.models import ProjectPage
    from updates.models import EventPage, UpdatePage

    for model, kind in ((ProjectPage, "projects"), (UpdatePage, "news"), (EventPage, "events")):
        if isinstance(page, model):
            return kind
    return "pages"


def _plain(model, name, value):
    try:
        field = model._meta.get_field(name)
    except Exception:  # a method or property named in search_fields
        field = None
    if value is None:
        return []
    if field is not None and hasattr(field, "get_searchable_content"):
        return [strip_tags(str(part)) for part in field.get_searchable_content(value)]
    return [strip_tags(str(value))]


def _texts(obj, search_fields, language):
    """The texts of one language among an object's search fields (`name_de`, `name_en`)."""
    texts = []
    for field in search_fields:
        if isinstance(field, index.RelatedFields):
            related = getattr(obj, field.field_name, None)
            items = related.all() if hasattr(related, "all") else [related] if related else []
            for item in items:
                texts += _texts(item, field.fields, language)
        elif isinstance(field, index.SearchField) and field.field_name.endswith(f"_{language}"):
            name = field.field_name
            if name.startswith("title_"):
                continue  # the title is the entry's own
            texts += _plain(type(obj), name, getattr(obj, name, None))
    # The description and the introduction are often the same sentences: each once, so that
    # neither the ranking nor the snippet counts them twice.
    unique = []
    for text in (" ".join(text.split()) for text in texts):
        if text and not any(text in kept for kept in unique):
            unique.append(text)
    return unique


def documents(page):
    """The page in each language; where a language is empty, what its page shows instead."""
    page = page.specific
    german_title = getattr(page, f"title_{DEFAULT_LANGUAGE}", None) or page.title
    german_texts = _texts(page, page.search_fields, DEFAULT_LANGUAGE)
    kind = kind_of(page)
    result = []
    for language in LANGUAGES:
        title = getattr(page, f"title_{language}", None) or german_title
        texts = _texts(page, page.search_fields, language) if language != DEFAULT_LANGUAGE else german_texts
        result.append(
            Document(
                language=language,
                kind=kind,
                title=title,
                text="\n".join(texts or german_texts),
                title_language=language if getattr(page, f"title_{language}", None) else DEFAULT_LANGUAGE,
                text_language=language if texts else DEFAULT_LANGUAGE,
            )
        )
    return result


def postings_and_words(document):
    counts = {True: Counter(), False: Counter()}
    seen = {}
    for in_title, text in ((True, document.title), (False, document.text)):
        for _span, original, folded in words(text):
            stemmed = stem(document.language, folded)
            counts[in_title][stemmed] += 1
            seen.setdefault(folded, (stemmed, original[:40]))
    postings = []
    for in_title, counter in counts.items():
        weight = TITLE_WEIGHT if in_title else 1
        for stemmed, count in counter.items():
            # Ten mentions are not worth ten times one: the first counts most.
            postings.append((stemmed, in_title, weight * (1 + round(2 * math.log(count)))))
    return postings, seen


def store(pairs):
    """Writes [(page, Document)] to the index, replacing what those pages had."""
    page_ids = {page.pk for page, _document in pairs}
    SearchEntry.objects.filter(page_id__in=page_ids).delete()
    entries, all_postings, vocabulary = [], [], {}
    for page, document in pairs:
        entry = SearchEntry(
            page_id=page.pk,
            language=document.language,
            kind=document.kind,
            title=document.title[:255],
            text=document.text,
            title_language=document.title_language,
            text_language=document.text_language,
        )
        postings, seen = postings_and_words(document)
        entries.append((entry, postings))
        for folded, (stemmed, display) in seen.items():
            vocabulary[(document.language, folded)] = (stemmed, display)
    SearchEntry.objects.bulk_create([entry for entry, _postings in entries])
    for entry, postings in entries:
        all_postings += [
            SearchPosting(
                entry_id=entry.pk, language=entry.language, stem=stemmed, in_title=in_title, score=score
            )
            for stemmed, in_title, score in postings
        ]
    SearchPosting.objects.bulk_create(all_postings, batch_size=2000)
    SearchWord.objects.bulk_create(
        [
            SearchWord(language=language, word=folded, stem=stemmed, display=display)
            for (language, folded), (stemmed, display) in vocabulary.items()
        ],
        ignore_conflicts=True,
        batch_size=2000,
    )


def indexable(page):
    return page.live and page.depth > 1


@contextmanager
def batched():
    """Within it, each changed page is indexed once, at the end (the seed saves and publishes
    the same pages several times while it builds the tree)."""
    if getattr(_batch, "pages", None) is not None:
        yield
        return
    _batch.pages = {}
    try:
        yield
        pending = list(_batch.pages.values())
    finally:
        _batch.pages = None
    for page in pending:
        update_page(page)


def update_page(page):
    """Indexes the page as it is published now (read from the database, never a draft)."""
    pending = getattr(_batch, "pages", None)
    if pending is not None:
        pending[page.pk] = page
        return
    with transaction.atomic():
        fresh = Page.objects.filter(pk=page.pk, live=True, depth__gt=1).first()
        if fresh is None:
            remove_page(page)
            return
        fresh = fresh.specific
        store([(fresh, document) for document in documents(fresh)])


def remove_page(page):
    pending = getattr(_batch, "pages", None)
    if pending is not None:
        pending[page.pk] = page  # update_page finds it unpublished and removes it
        return
    SearchEntry.objects.filter(page_id=page.pk).delete()


def rebuild():
    """Everything from scratch; returns how many pages are indexed."""
    with transaction.atomic():
        SearchEntry.objects.all().delete()
        SearchWord.objects.all().delete()
        pages = Page.objects.live().filter(depth__gt=1).specific().iterator(chunk_size=200)
        batch, count = [], 0
        for page in pages:
            batch += [(page, document) for document in documents(page)]
            count += 1
            if len(batch) >= 400:
                store(batch)
                batch = []
        if batch:
            store(batch)
    return count
