"""The rendering a question asks for ("as a line chart", "show it as a table", "make it a donut").

One pure rule over the question's lower-cased words, driven by the tables in :mod:`.patterns`
(``CHART_WORDS``, ``CHART_NOUNS``, ``RENDER_*``, ``TABLE_ONLY_PHRASES``). It returns the hint (one of
:data:`.frame.CHART_HINTS`) and the word positions it consumed, so the rest of the question is read
without them.

>>> find_chart_hint("revenue by month as a line chart".split())
('line', (3, 4, 5, 6))
>>> find_chart_hint("make it a donut".split())
('pie', (0, 1, 2, 3))
>>> find_chart_hint("how many stations are on the line".split())
(None, ())
"""

from __future__ import annotations

import re
from functools import lru_cache

from .patterns import (
    CHART_NOUNS,
    CHART_ON_ITS_OWN,
    CHART_WORDS,
    RENDER_PREPOSITIONS,
    RENDER_PRONOUNS,
    RENDER_VERBS,
    TABLE_ONLY_PHRASES,
)


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    lead = (
        rf"(?P<verb>(?:{_alt(RENDER_VERBS)}) (?:me )?)?(?P<pron>(?:{_alt(RENDER_PRONOUNS)}) )?"
        rf"(?P<prep>(?:{_alt(RENDER_PREPOSITIONS)}) )?(?:(?:a|an|the) )?"
    )
    marked = re.compile(rf"\b{lead}(?P<mark>{_alt(CHART_WORDS)})(?: (?P<noun>{_alt(CHART_NOUNS)}))?\b")
    generic = re.compile(rf"\b{lead}(?P<noun>{_alt(CHART_NOUNS)})\b")
    table_only = re.compile(rf"\b(?:{_alt(TABLE_ONLY_PHRASES)})\b")
    return marked, generic, table_only


def find_chart_hint(words: list[str]) -> tuple[str | None, tuple[int, ...]]:
    """The chart hint in ``words`` (lower-cased tokens) and the positions of the words that asked for it."""
    text = " ".join(words)
    starts = [0]
    for w in words:
        starts.append(starts[-1] + len(w) + 1)

    def positions(a: int, b: int) -> tuple[int, ...]:
        return tuple(i for i, s in enumerate(starts[:-1]) if a <= s < b)

    marked, generic, table_only = _patterns()
    m = table_only.search(text)
    if m:
        return "table", positions(m.start(), m.end())
    for m in marked.finditer(text):
        mark, prep = m.group("mark"), (m.group("prep") or "").strip()
        if mark == "table":
            ok = prep in ("as", "in", "into")
        else:
            ok = bool(m.group("noun")) or mark in CHART_ON_ITS_OWN or prep == "as" or bool(m.group("pron"))
        if ok:
            a = m.start() if (m.group("prep") or m.group("pron")) else m.start("mark")
            return CHART_WORDS[mark], positions(a, m.end())
    for m in generic.finditer(text):
        if m.group("prep") or m.group("pron") or m.start() <= starts[min(1, len(words) - 1)]:
            a = m.start() if (m.group("prep") or m.group("pron")) else m.start("noun")
            return "bar", positions(a, m.end())
    return None, ()
