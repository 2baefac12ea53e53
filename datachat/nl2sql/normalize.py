"""Normalize a question's words: lemmas from lemminflect, numbers, and contractions split into their words.

Pure functions over plain strings; :func:`.tokens._tokens` puts their results on each ``Tok``.

>>> lemma("borrowed"), lemma("produced"), lemma("cars"), lemma("larger"), lemma("ran"), lemma("Lyon")
('borrow', 'produce', 'car', 'large', 'run', 'lyon')
>>> number_spans(["twenty", "five", "cars", "in", "1980"])
[(0, 2, 25), (4, 5, 1980)]
>>> number_spans(["two", "hundred", "and", "five"]), number_spans(["3", "million"]), number_spans(["1.5"])
([(0, 4, 205)], [(0, 2, 3000000)], [(0, 1, 1.5)])
>>> number_spans(["one", "two", "three"]), number_spans(["twenty", "thirty"]), number_spans(["five", "and", "six"])
([(0, 1, 1), (1, 2, 2), (2, 3, 3)], [(0, 1, 20), (1, 2, 30)], [(0, 1, 5), (2, 3, 6)])
>>> ordinal(["the", "third"], 1), ordinal(["3", "rd"], 0), ordinal(["second"], 0)
(3, 3, 2)
>>> split_contractions(["whats", "the", "total"])
['what', 'is', 'the', 'total']
>>> split_contractions(["it", "isn", "'", "t", "red"]), split_contractions(["they", "won", "’", "t"])
(['it', 'is', 'not', 'red'], ['they', 'will', 'not'])
>>> split_contractions(["who", "'", "ve", "done"]), split_contractions(["liked", "by", "somebody"])
(['who', 'have', 'done'], ['liked', 'by', 'some', 'one'])
>>> plain_emphasis(["never", "booked", "a", "single", "lesson"]), plain_emphasis(["a", "single", "room"])
(['never', 'booked', 'any', 'lesson'], ['a', 'single', 'room'])
>>> plain_emphasis(["who", "works", "here", "at", "the", "moment"]), plain_emphasis(["open", "right", "now"])
(['who', 'works', 'here', 'currently'], ['open', 'currently'])
>>> plain_emphasis(["cities", "that", "are", "home", "to", "two", "shops"])
['cities', 'that', 'have', 'two', 'shops']
>>> plain_emphasis(["where", "is", "she", "from", "?", "I", "mean", "her", "hometown"])
['where', 'is', 'she', 'from', '?', 'her', 'hometown']
"""

from __future__ import annotations

import re
from functools import lru_cache

from lemminflect import getLemma

from .lexicon import singular
from .patterns import (
    APOSTROPHES,
    CARDINALS,
    COMPOUND_PRONOUNS,
    CONTRACTED_AUXILIARIES,
    CONTRACTIONS,
    HOME_VERBS,
    NEGATED_CONTRACTION_VERBS,
    NEGATION_WORDS,
    NOW_PHRASES,
    NUMBER_SCALES,
    ORDINAL_SUFFIXES,
    ORDINALS,
    SPEAKER_PRONOUNS,
)

_NUMBER = re.compile(r"\d+(?:\.\d+)?")


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """The dictionary form of one word: an inflected verb's base ("borrowed" -> "borrow"), a compared
    adjective's base ("larger" -> "large"), else the noun's singular. Words lemminflect does not know keep
    their own form, so names and codes stay as written (lower-cased)."""
    w = word.lower()
    if not w.isalpha():
        return w
    noun = singular(w)
    if noun != w:
        return noun
    for upos in ("VERB", "ADJ"):
        found = getLemma(w, upos=upos, lemmatize_oov=False)
        if found and found[0] != w:
            return found[0]
    return w


def split_contractions(words: list[str]) -> list[str]:
    """Contractions as their words: apostrophe-less ones ("hows" -> "how", "is"), and a negated verb however
    it is written ("isn't", tokenized "isn" "'" "t", -> "is", "not"), so the negation is read as "not" and the
    verb is a known word rather than an unknown stem; a contracted auxiliary too ("who've" -> "who", "have"),
    and a compound pronoun of people ("nobody" -> "no", "one"; :data:`~.patterns.COMPOUND_PRONOUNS`)."""
    out: list[str] = []
    i = 0
    while i < len(words):
        low = words[i].lower()
        if (
            i + 2 < len(words)
            and len(low) > 2
            and low.endswith("n")
            and words[i + 1] in APOSTROPHES
            and words[i + 2].lower() == "t"
        ):
            out += [NEGATED_CONTRACTION_VERBS.get(low[:-1], low[:-1]), "not"]
            i += 3
            continue
        if i + 2 < len(words) and words[i + 1] in APOSTROPHES and words[i + 2].lower() in CONTRACTED_AUXILIARIES:
            out += [words[i], CONTRACTED_AUXILIARIES[words[i + 2].lower()]]  # "who've" -> "who", "have"
            i += 3
            continue
        out += CONTRACTIONS.get(low) or COMPOUND_PRONOUNS.get(low, (words[i],))
        i += 1
    return out


def plain_emphasis(words: list[str]) -> list[str]:
    """ "a single" after a negation is "any" ("never booked a single lesson"): an emphasis, never a value such as
    'Single lesson' or a single room. "At the moment", "at present" and "right now" are "currently" (a state of
    the rows, which the engine reads from that word); "is home to" is "has" ("which nation is home to the most
    makers"); "I mean" and "you mean" rephrase, so they are dropped (never an average)."""
    out: list[str] = []
    for w in words:
        said = [x.lower() for x in out[-2:]] + [w.lower()]
        n = next((len(p) for p in NOW_PHRASES if said[-len(p) :] == list(p)), 0)
        if n:
            del out[len(out) - n + 1 :]
            out.append("currently")
            continue
        if said[-2:] == ["home", "to"] and len(said) == 3 and said[0] in HOME_VERBS:
            out[-2:] = [HOME_VERBS[said[0]]]  # "which country is home to the most makers": has
            continue
        if w.lower() in ("mean", "meant") and said[-2:-1] and said[-2] in SPEAKER_PRONOUNS:
            del out[-1]  # "I mean their hometown": the speaker rephrasing, never an average
            continue
        if w.lower() == "single" and out and out[-1].lower() == "a" and any(x.lower() in NEGATION_WORDS for x in out):
            out[-1] = "any"
            continue
        out.append(w)
    return out


def _value(text: str) -> int | float:
    return float(text) if "." in text else int(text)


def number_spans(words: list[str]) -> list[tuple[int, int, int | float]]:
    """(start, end, value) of every number: digits ("1980", "1.5"), number words ("twenty five", "two
    hundred and five"), either followed by a scale ("3 million")."""
    low = [w.lower() for w in words]
    out: list[tuple[int, int, int | float]] = []
    i = 0
    while i < len(low):
        if _NUMBER.fullmatch(low[i]):
            value, j = _value(low[i]), i + 1
            if j < len(low) and low[j] in NUMBER_SCALES:
                value, j = value * NUMBER_SCALES[low[j]], j + 1
            out.append((i, j, value))
            i = j
            continue
        if low[i] not in CARDINALS:
            i += 1
            continue
        total, current, j, end = 0, 0, i, i
        while j < len(low):
            w = low[j]
            if w in CARDINALS:
                v = CARDINALS[w]
                # a word adds to the number only in a place still free: "twenty five", "hundred and five"
                if end > i and not (current % 100 == 0 or (current % 10 == 0 and current % 100 >= 20 and v < 10)):
                    break
                current += v
            elif w in NUMBER_SCALES and (current or total):
                scale = NUMBER_SCALES[w]
                if scale == 100:
                    current *= 100
                else:
                    total, current = total + current * scale, 0
            elif w in ("and", "-") and j + 1 < len(low) and low[j + 1] in CARDINALS and end > i:
                j += 1
                continue
            else:
                break
            j += 1
            end = j
        out.append((i, end, total + current))
        i = end
    return out


def ordinal(words: list[str], i: int) -> int | None:
    """The position an ordinal at ``words[i]`` names ("third", "3" + "rd"), or None."""
    w = words[i].lower()
    if w in ORDINALS:
        return ORDINALS[w]
    if w.isdigit() and i + 1 < len(words) and words[i + 1].lower() in ORDINAL_SUFFIXES:
        return int(w)
    return None
