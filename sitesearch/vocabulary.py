"""The words the index knows, per language, kept in each process's memory.

Typo corrections compare the citizen's word with every known word (rapidfuzz, in C) and
suggestions look up words by their beginning; both need the whole vocabulary at hand. It is
read once per content generation (caching/generation.py: every publish starts a new one), so
after a publish the next search of each process sees the new words, and otherwise a search
reads nothing for it."""

import bisect
import threading
from collections import defaultdict

from caching import generation

from .models import SearchWord

_memo = {}
_lock = threading.Lock()


class Vocabulary:
    def __init__(self, rows):
        self.stems = {}  # folded word -> stem
        self.display = {}  # folded word -> as first written
        self.by_length = defaultdict(list)
        for word, stemmed, display in rows:
            self.stems[word] = stemmed
            self.display[word] = display
            self.by_length[len(word)].append(word)
        self.sorted = sorted(self.stems)
        self.known_stems = set(self.stems.values())

    def starting_with(self, prefix, limit=30):
        start = bisect.bisect_left(self.sorted, prefix)
        found = []
        for word in self.sorted[start : start + limit]:
            if not word.startswith(prefix):
                break
            found.append(word)
        return found

    def near(self, word, distance):
        """The known words fewest edits away, at most `distance` (ties: alphabetical)."""
        from rapidfuzz import process
        from rapidfuzz.distance import Levenshtein

        found = []
        for length in range(len(word) - distance, len(word) + distance + 1):
            choices = self.by_length.get(length)
            if choices:
                found += [
                    (score, candidate)
                    for candidate, score, _index in process.extract(
                        word, choices, scorer=Levenshtein.distance, score_cutoff=distance, limit=None
                    )
                ]
        if not found:
            return []
        # Only the closest: "mobilty" means "mobility" (one edit), not also "mobile" (two).
        closest = min(score for score, _candidate in found)
        return sorted(candidate for score, candidate in found if score == closest)


def for_language(language):
    token = generation.current()
    memo = _memo.get(language)
    if memo is None or memo[0] != token:
        with _lock:
            rows = SearchWord.objects.filter(language=language).values_list("word", "stem", "display")
            memo = _memo[language] = (token, Vocabulary(rows))
    return memo[1]


def forget():
    _memo.clear()
