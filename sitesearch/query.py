"""Answering a search: which entries match, in which order, and what to say about the words.

Each word of the question becomes a group of stems:
1. its own stem, when the index knows it ("Ausschreibungen" -> "ausschreib");
2. from four letters on, also the stems of the known words it begins ("Ausschr");
3. when neither exists, the stems of known words one or two typing errors away
   ("mobilty" -> "mobility", "Stadwerke" -> "Stadtwerke"), and the closest one is offered
   as "Did you mean …?".
An entry matches when it has a stem of every group (words the index has never seen, not even
nearly, are left out and named). It ranks by the sum of its postings' scores (a word in the
title counts ten times one in the text) times how sure the group is (exact > beginning > typo).
All of it is two or three SQL queries whatever the number of pages.
"""

from dataclasses import dataclass, field

from django.db.models import Case, Count, FloatField, IntegerField, Sum, Value, When
from django.db.models.functions import Cast
from wagtail.models import Page

from .language import stem, words
from .models import SearchEntry, SearchPosting
from .vocabulary import for_language

SHORTEST_PREFIX = 4
SHORTEST_FUZZY = 4
EXACT, PREFIX, TYPO = 1.0, 0.6, 0.5
MAX_PREFIX_STEMS = 30
MAX_TYPO_STEMS = 8
KINDS = [kind for kind, _label in SearchEntry.KINDS]


def allowed_distance(word):
    return 1 if len(word) <= 5 else 2


@dataclass
class Term:
    original: str
    folded: str
    stems: dict = field(default_factory=dict)  # stem -> certainty
    correction: str | None = None  # the known word meant, when it was a typo


@dataclass
class Question:
    language: str
    terms: list
    unknown: list  # words with no match at all, as typed

    @property
    def groups(self):
        return [term.stems for term in self.terms]

    @property
    def corrected(self):
        return any(term.correction for term in self.terms)

    def corrected_text(self):
        return " ".join(term.correction or term.original for term in self.terms)

    def highlight_stems(self):
        return {stemmed for term in self.terms for stemmed in term.stems}


def understand(text, language, prefix_last=False):
    """Turns what a citizen typed into groups of stems (see the module's docstring)."""
    vocabulary = for_language(language)
    terms, unknown, seen = [], [], set()
    found = words(text)
    for position, (_span, original, folded) in enumerate(found):
        if folded in seen:
            continue
        seen.add(folded)
        term = Term(original=original, folded=folded)
        own = stem(language, folded)
        if own in vocabulary.known_stems:
            term.stems[own] = EXACT
        wants_prefix = len(folded) >= SHORTEST_PREFIX and (
            not term.stems or (prefix_last and position == len(found) - 1)
        )
        if wants_prefix:
            for word in vocabulary.starting_with(folded, MAX_PREFIX_STEMS):
                term.stems.setdefault(vocabulary.stems[word], PREFIX)
        if not term.stems and len(folded) >= SHORTEST_FUZZY:
            near = vocabulary.near(folded, allowed_distance(folded))
            for word in near[:MAX_TYPO_STEMS]:
                term.stems.setdefault(vocabulary.stems[word], TYPO)
            if near:
                term.correction = vocabulary.display[near[0]]
        (terms if term.stems else unknown).append(term if term.stems else original)
    # A stem two words share belongs to the first of them only, so that "every group" stays
    # countable in SQL; a word left with nothing new is already covered by the earlier one.
    taken = set()
    for term in terms:
        term.stems = {s: c for s, c in term.stems.items() if s not in taken}
        taken |= set(term.stems)
    return Question(language, [term for term in terms if term.stems], unknown)


def visible_pages():
    return Page.objects.live().public().values("pk")


def matches(question):
    """Entry ids with their score, best first, for a question with at least one term."""
    certainty = Case(
        *[When(stem=s, then=Value(c)) for term in question.terms for s, c in term.stems.items()],
        output_field=FloatField(),
    )
    group = Case(
        *[When(stem__in=list(term.stems), then=Value(i)) for i, term in enumerate(question.terms)],
        output_field=IntegerField(),
    )
    all_stems = [s for term in question.terms for s in term.stems]
    return (
        SearchPosting.objects.filter(
            language=question.language,
            stem__in=all_stems,
            entry__page_id__in=visible_pages(),
        )
        .values("entry_id")
        .annotate(
            relevance=Sum(Cast("score", FloatField()) * certainty),
            groups=Count(group, distinct=True),
        )
        .filter(groups=len(question.terms))
    )


def kind_counts(question):
    """{kind: number of matching entries} for the filter links."""
    ids = matches(question).values("entry_id")
    rows = SearchEntry.objects.filter(pk__in=ids).values("kind").annotate(n=Count("pk"))
    counts = dict.fromkeys(KINDS, 0)
    counts.update({row["kind"]: row["n"] for row in rows})
    return counts


def ranked(question, kind=None):
    found = matches(question)
    if kind:
        found = found.filter(entry__kind=kind)
    return found.order_by("-relevance", "entry_id")


def entries(ids):
    """The entries with their pages (for the address), in the order of `ids`."""
    by_id = SearchEntry.objects.select_related("page").in_bulk(ids)
    return [by_id[pk] for pk in ids if pk in by_id]


def suggestions(text, language, limit=8):
    """Titles for the search box while typing: the last word may be the beginning of one."""
    question = understand(text, language, prefix_last=True)
    if not question.terms or len(question.terms[-1].folded) < SHORTEST_PREFIX:
        return []
    ids = [row["entry_id"] for row in ranked(question)[:limit]]
    return entries(ids)
