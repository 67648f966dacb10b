"""The site's own search index: what the public search (/de/search/, /en/search/) looks in.

Nobody edits these tables: they are filled from the published pages whenever a page is saved,
published, unpublished or deleted (sitesearch.signals) and rebuilt by `manage.py
rebuild_site_search`. Each published page has one entry per language, holding the title and the
plain text a visitor sees in that language; its words are stored stemmed and folded
(sitesearch.language) as postings, and every word ever indexed once in the vocabulary, which
is what "Did you mean …?" and the suggestions draw from. docs/search.md explains why this is
plain tables instead of each database's own full-text engine.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page


class SearchEntry(models.Model):
    KINDS = [
        ("pages", _("Pages")),
        ("projects", _("Projects")),
        ("news", _("News")),
        ("events", _("Events")),
    ]

    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="+")
    language = models.CharField(max_length=5)
    kind = models.CharField(max_length=10, choices=KINDS)
    title = models.CharField(max_length=255)
    text = models.TextField(blank=True)
    # The language the title and text are really in: an English page without English text
    # shows the German one, and its result says so (lang="de") to screen readers.
    title_language = models.CharField(max_length=5)
    text_language = models.CharField(max_length=5)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["page", "language"], name="sitesearch_one_entry_per_language"),
        ]
        indexes = [models.Index(fields=["language", "kind"])]

    def __str__(self):
        return f"{self.title} ({self.language})"


class SearchPosting(models.Model):
    """A stem that occurs in an entry's title or text, with what it is worth there."""

    entry = models.ForeignKey(SearchEntry, on_delete=models.CASCADE, related_name="postings")
    language = models.CharField(max_length=5)
    stem = models.CharField(max_length=40)
    in_title = models.BooleanField(default=False)
    score = models.PositiveIntegerField()

    class Meta:
        indexes = [models.Index(fields=["language", "stem"], name="sitesearch_posting_stem")]


class SearchWord(models.Model):
    """A word as indexed (folded), its stem, and how a page wrote it, for "Did you mean …?"."""

    language = models.CharField(max_length=5)
    word = models.CharField(max_length=40)
    stem = models.CharField(max_length=40)
    display = models.CharField(max_length=40)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["language", "word"], name="sitesearch_one_word_per_language"),
        ]
