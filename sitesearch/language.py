"""How words are made comparable, the same way when a page is indexed and when a citizen asks.

- Folding: lower case, "ä/ö/ü/ß" written as "ae/oe/ue/ss" and other accents dropped, so
  "Mobilität", "Mobilitaet" and "MOBILITÄT" are one word.
- Stemming: the Snowball stemmers (snowballstemmer, the algorithms PostgreSQL's and SQLite's own
  full-text engines use) in the language of the page, German on German pages and English on
  English ones, so "Ausschreibungen" finds "Ausschreibung" and "educational" finds "education".

Both run in Python rather than in the database so that SQLite (`make run`) and PostgreSQL
(production) answer every search identically.
"""

import re
import threading
import unicodedata
from functools import lru_cache

import snowballstemmer

STEMMERS = {"de": "german", "en": "english"}
FOLDS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ẞ": "ss"})
WORD = re.compile(r"\w+")
SHORTEST_WORD = 2
LONGEST_WORD = 40  # longer "words" are hashes, URLs or keyboard mashing: not indexed

_local = threading.local()  # Snowball stemmer objects keep state: one per thread


def fold(text):
    text = text.lower().translate(FOLDS)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text):
    """(position, original, folded) of each word of a text, in order."""
    found = []
    for match in WORD.finditer(text):
        folded = fold(match.group())
        if SHORTEST_WORD <= len(folded) <= LONGEST_WORD and not folded.startswith("_"):
            found.append((match.span(), match.group(), folded))
    return found


def _stemmer(language):
    stemmers = getattr(_local, "stemmers", None)
    if stemmers is None:
        stemmers = _local.stemmers = {}
    if language not in stemmers:
        stemmers[language] = snowballstemmer.stemmer(STEMMERS[language])
    return stemmers[language]


@lru_cache(maxsize=50_000)
def stem(language, folded):
    return _stemmer(language).stemWord(folded)
