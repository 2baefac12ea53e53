"""Tokens of a question, the mentions found in them, and small word helpers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .lexicon import fold, singular, split_identifier
from .normalize import lemma, number_spans, ordinal, plain_emphasis, split_contractions


@dataclass
class Tok:
    """One token: ``low`` lower-cased, ``sing`` its noun singular, ``orig`` as written, ``quoted`` a quoted
    literal; from :mod:`.normalize`: ``lemma`` (verbs' and adjectives' base forms too), ``num`` the value of
    the number this token starts (``num_len`` tokens long: "twenty five" -> 25 on "twenty") and ``ordinal``."""

    low: str
    sing: str
    orig: str
    quoted: bool = False
    lemma: str = ""
    num: int | float | None = None
    num_len: int = 0
    ordinal: int | None = None


@dataclass(frozen=True)
class Mention:
    """Words of the question linked to a table, column, value, metric, number or literal: ``cands`` the
    readings found, ``t``/``c``/``value`` the one chosen. Frozen: a mention read another way is a changed copy
    put in its place (``parse.scan.reread``); what a step read it as lives in the draft (``Draft.role_of``)."""

    kind: str  # table | column | value | number | literal
    start: int
    end: int
    cands: list = field(default_factory=list)
    text: str = ""
    weight: float = 1.0
    t: str | None = None
    c: str | None = None
    value: Any = None
    #: resolution score of the chosen reading minus that of the best other (table, column), and that reading
    margin: float | None = None
    rival: tuple | None = None
    #: how the words were linked: "exact"; "code" (a name read as a stored code or back, "Virginia" ->
    #: 'VA'); "fuzzy" (a misspelling, "avrage" -> average, "Pariss" -> 'Paris'). Not exact lowers confidence.
    source: str = "exact"
    #: how close the words are to what they were read as, 0-100 (100 for exact and code links)
    score: float = 100.0


_QUOTE = re.compile(r"\"([^\"]+)\"|“([^”]+)”|(?:(?<=\s)|^|(?<=\())'([^']+)'(?=[\s?.,!)]|$)|‘([^’]+)’")
_TOK = re.compile(r"\d+(?:\.\d+)?|[A-Za-z][A-Za-z0-9]*|[^\sA-Za-z0-9]")


def _tokens(text: str) -> list[Tok]:
    text = re.sub(r"(?<=\d),(?=\d{3}\b)", "", text)
    text = re.sub(r"[$€£](?=\d)", "", text)
    text = re.sub(r"(?:(?<=\s)|^)%(?=\s)", "percent", text)  # "% of reviewers": a share ("50%", "'%son'" kept)
    out: list[Tok] = []
    pos = 0
    for m in _QUOTE.finditer(text):
        out += _words_of(text[pos : m.start()])
        q = next(g for g in m.groups() if g is not None)
        out.append(Tok(q.lower(), q.lower(), q, quoted=True, lemma=q.lower()))
        pos = m.end()
    out += _words_of(text[pos:])
    return out


#: particles a phrasal noun takes its plural on ("check-ins", "sign ups", "drop-offs"): after a word, the
#: particle itself is the singular
PARTICLE_PLURALS = frozenset({"ins", "ups", "outs", "offs", "ons", "downs", "overs", "backs", "aways", "throughs"})


def _words_of(text: str) -> list[Tok]:
    words = plain_emphasis(split_contractions(_TOK.findall(fold(text))))
    toks = [Tok(w.lower(), singular(w.lower()), w, lemma=lemma(w)) for w in words]
    for k, tok in enumerate(toks[1:], 1):
        if tok.low in PARTICLE_PLURALS and (toks[k - 1].low == "-" or toks[k - 1].low.isalpha()):
            tok.sing = tok.low[:-1]  # "check-ins": the plural of "check-in"
    for start, end, value in number_spans(words):
        toks[start].num, toks[start].num_len = value, end - start
    for i, tok in enumerate(toks):
        tok.ordinal = ordinal(words, i)
    return toks


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def _bag(words: list[str]) -> str:
    return "|".join(sorted(_stem(w) for w in words))


def _words(name: str) -> str:
    return " ".join(split_identifier(name))


def _plural(phrase: str) -> str:
    if phrase.endswith("s"):
        return phrase
    if phrase.endswith("y") and phrase[-2:-1] not in "aeiou":
        return phrase[:-1] + "ies"
    if phrase.endswith(("ch", "sh", "x")):
        return phrase + "es"
    return phrase + "s"
