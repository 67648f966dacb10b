"""The words that matched, marked in a result's title and in a short passage of its text."""

from django.utils.html import escape
from django.utils.safestring import mark_safe

from .language import stem, words

SNIPPET_WORDS = 30


def _marked(text, spans):
    out, last = [], 0
    for start, end in spans:
        out += [escape(text[last:start]), "<mark>", escape(text[start:end]), "</mark>"]
        last = end
    out.append(escape(text[last:]))
    return "".join(out)


def _hits(found, language, stems):
    return [i for i, (_span, _original, folded) in enumerate(found) if stem(language, folded) in stems]


def title(text, language, stems):
    found = words(text)
    return mark_safe(_marked(text, [found[i][0] for i in _hits(found, language, stems)]))


def snippet(text, language, stems, length=SNIPPET_WORDS):
    """About `length` words around the densest cluster of matches, with "…" where cut."""
    found = words(text)
    if not found:
        return ""
    hits = _hits(found, language, stems)
    first = 0
    if hits:
        # The window that holds the most matches, starting a few words before the first of them.
        best = max(hits, key=lambda i: sum(1 for h in hits if i <= h < i + length))
        first = max(0, best - 5)
    last = min(len(found), first + length) - 1
    start, end = found[first][0][0], found[last][0][1]
    if first > 0:
        # Back to the start of the sentence when it is near.
        sentence = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
        if sentence != -1 and start - sentence < 80:
            start = sentence + 1
    spans = [
        (found[i][0][0] - start, found[i][0][1] - start)
        for i in hits
        if first <= i <= last and found[i][0][0] >= start
    ]
    passage = text[start:end]
    html = _marked(passage, spans)
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text.rstrip()) else ""
    return mark_safe(prefix + html.strip() + suffix)
