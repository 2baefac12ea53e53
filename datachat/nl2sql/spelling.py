"""Spelling: tell an English word from a misspelling, and find the word a misspelling was meant to be.

A word is *English* when the morphology dictionary (lemminflect, already used for singular forms) knows it,
or when it is frequent in English text (wordfreq's Zipf scale, its data ships with the package). An English
word is never "corrected": 'margin' stays 'margin' rather than becoming the customer 'Martin'; a word no
dictionary knows ("avrage", "custmers", "Pariss") may be read as the nearest word of the schema, of the
engine's own vocabulary or of the data, when exactly one such word is close enough.

An English word may still be read as a *variant* of a name (:func:`variant`): the same word with a doubled
letter written once ("enrollment" for ``enrolment``), an inflection of it ("create" for ``created``,
"engineering" for 'Engineer') or with one letter added at the end ("weigh" for ``weight``).

Closeness is rapidfuzz's normalised Indel similarity (0-100), above a cutoff that depends on the word's
length (:func:`cutoff`), or a single typo (:func:`one_typo`: one letter missing, added, changed, or two
letters swapped). Words under :data:`MIN_LENGTH` letters are never
matched fuzzily (one letter changes too much of them): they link exactly or as a code only (:mod:`.codes`).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .schema import DATE_FAMILIES

#: Zipf frequency (log10 of uses per billion words) from which a word counts as English whatever the
#: dictionary says: 3.5 is about once in 3 million words ("whats", "paris" and "genres" are above it; the
#: misspellings "brasil", "recieve", "untill" are below it).
ENGLISH_ZIPF = 3.5
#: Shortest word that may be matched fuzzily.
MIN_LENGTH = 4
#: Candidates under the cutoff are still read when they are one typo away (:func:`one_typo`); this bounds the
#: search for them.
LOOSE_CUTOFF = 70.0


@dataclass(frozen=True)
class Correction:
    """A misspelt word read as another: ``word`` (as typed, lower case) -> ``target``, ``score`` 0-100."""

    word: str
    target: str
    score: float


@lru_cache(maxsize=65536)
def is_english(word: str) -> bool:
    """True for a word of the English dictionary or of everyday English text.

    >>> [is_english(w) for w in ("margin", "customers", "whats", "avrage", "ordr", "Brasil")]
    [True, True, True, False, False, False]
    """
    from lemminflect import getAllLemmas
    from wordfreq import zipf_frequency

    low = word.lower()
    if getAllLemmas(low):
        return True
    return zipf_frequency(low, "en") >= ENGLISH_ZIPF


def abbreviates(short: str, word: str) -> bool:
    """Whether ``short`` (two to four letters, no word of the dictionary) abbreviates ``word``: the same first
    letter and its letters in order in a word at least two letters longer, each close behind the one before
    (:func:`_close_letters`): an abbreviation keeps the word's leading sounds, not letters scattered over it.

    >>> pairs = [("qty", "quantity"), ("doc", "document"), ("amt", "amount"), ("qty", "tax"), ("amt", "attachments")]
    >>> [abbreviates(a, w) for a, w in pairs]
    [True, True, True, False, False]
    """
    from lemminflect import getAllLemmas

    if not (2 <= len(short) <= 4 and len(word) >= len(short) + 2 and short[0] == word[0] and short.isalpha()):
        return False
    return _close_letters(short, word, 1, 0) and _keeps_ending(short, word) and not getAllLemmas(short)


_VOWELS = frozenset("aeiou")


def dates_event(column: Any, forms: set[str]) -> bool:
    """Whether a date column's name says the event of a verb, whole or shortened (:func:`abbreviates`,
    :func:`shortens`): "shipped" and ``ship_dt``, "posted" and ``pst_date``. The date tells when the event
    happened, so the participle names the event, not a status code.

    >>> from types import SimpleNamespace as C
    >>> [dates_event(C(name=n, family="date"), {"posted", "post"}) for n in ("pst_dt", "post_date", "due_dt")]
    [True, True, False]
    """
    from .lexicon import split_identifier

    if column.family not in DATE_FAMILIES:
        return False
    return any(
        p in forms or (len(p) >= 3 and any(abbreviates(p, f) or shortens(p, f) for f in forms))
        for p in (w.lower() for w in split_identifier(column.name))
    )


@lru_cache(maxsize=65536)
def shortens(part: str, word: str, longer: int = 2) -> bool:
    """Whether a schema name's part ``part`` is a shortened ``word`` by the strict rule the schema-side links use:
    a prefix of at least three letters ("sal" for salary), or the word's opening letters and then consonants of it
    in order, each close behind the one before (:func:`abbreviates`: "amt" for amount, "dept" for department); a
    part of two letters only as the word's whole consonant skeleton ("nm" for name, "dt" for date, never "pp" for
    people). Plurals read as their singular ("depts" for departments). The word is at least ``longer`` letters
    longer than the part (one for a role word the engine looks for itself: "flg" for flag). Whether ``part`` is an
    English word is for the caller.

    >>> pairs = [("sal", "salary"), ("nm", "name"), ("dlv", "delivery"), ("depts", "departments"), ("pp", "people")]
    >>> [shortens(a, w) for a, w in pairs]
    [True, True, True, True, False]
    >>> [shortens(a, w) for a, w in [("nm", "number"), ("st", "status"), ("cat", "cat"), ("ssn", "substring")]]
    [False, False, False, False]
    >>> [shortens(a, w) for a, w in [("dept", "department"), ("actv", "active"), ("aov", "above")]]
    [True, True, False]
    >>> [shortens(a, w) for a, w in [("exmpt", "exempt"), ("mbr", "member"), ("xmpt", "exempt"), ("nt", "net")]]
    [True, True, False, False]
    """
    from .lexicon import singular

    part, word = part.lower(), word.lower()
    if part.isalpha() and word.isalpha() and len(part) >= 3 and part != word and part == _without_vowels(word):
        return True  # the word with its vowels dropped ("exmpt" for exempt, "mbr" for member)
    if not (part.isalpha() and word.isalpha()) or len(word) < len(part) + longer or part[0] != word[0]:
        return False
    if len(part) >= 4 and part.endswith("s") and word.endswith("s") and shortens(part[:-1], singular(word), longer):
        return True
    if len(part) >= 3 and word.startswith(part):
        return True
    if len(part) == 2:
        skeleton = [ch for j, ch in enumerate(word) if j and ch not in _VOWELS and ch != word[j - 1]]
        return part[1] not in _VOWELS and skeleton == [part[1]]
    kept = len(os.path.commonprefix([part, word]))
    if any(ch in _VOWELS for ch in part[kept:]):
        return False  # past its opening letters a shortened name keeps consonants only ("dept"; "aov" is no "above")
    return _close_letters(part, word, 1, 0, SHORTENED_GAP) and _keeps_ending(part, word)


def _without_vowels(word: str) -> str:
    """The word's first letter and its consonants after it, a letter doubled written once ("mbr" for member)."""
    kept = word[0] + "".join(ch for ch in word[1:] if ch not in _VOWELS)
    return "".join(ch for k, ch in enumerate(kept) if not k or ch != kept[k - 1])


def codes_word(code: str, word: str) -> bool:
    """Whether a short code stands for a lower-case word: its first letter alone, or an abbreviation of it.

    >>> [codes_word(c, "refunded") for c in ("R", "RFD", "W")]
    [True, True, False]
    """
    low = code.lower()
    return (len(low) == 1 and low == word[0]) or abbreviates(low, word)


def _keeps_ending(short: str, word: str) -> bool:
    """Whether a shortening that is no prefix of ``word`` reads it as shortenings do: it ends on the word's last
    consonant or last letter, or those of its singular or of the noun before an "-ly" ("amt" for amount, "mgr"
    for manager, "qty" for quantity, "mth" for monthly), or it skips only consonants that close a syllable, never
    one that opens one (a consonant before a vowel): "tpl" for template skips the m of "tem-", "dlv" for delivery
    skips nothing. Letters that skip a syllable's opening and stop short of the end spell initials of other
    words ("csm" is no customer: it skips the t of "-tom-" and stops before the r).

    >>> [_keeps_ending(a, w) for a, w in [("dlv", "delivery"), ("amt", "amount"), ("tpl", "template")]]
    [True, True, True]
    >>> [_keeps_ending(a, w) for a, w in [("csm", "customer"), ("tsm", "transmission")]]
    [False, False]
    """
    from .lexicon import singular

    kept = len(os.path.commonprefix([short, word]))
    if kept == len(short):
        return True
    for form in {word, singular(word), word[:-2] if word.endswith("ly") else word}:
        consonants = [ch for ch in form if ch not in _VOWELS]
        if short[-1] == form[-1] or (consonants and short[-1] == consonants[-1]):
            return True
    return _skips_closings(short, word, kept, kept - 1)


def _skips_closings(short: str, word: str, k: int, at: int) -> bool:
    """Whether ``short[k:]`` matches letters of ``word`` after position ``at`` skipping only consonants that close
    a syllable (followed by another consonant); vowels may be skipped freely."""
    if k == len(short):
        return True
    for j in range(at + 1, len(word)):
        if word[j] == short[k] and _skips_closings(short, word, k + 1, j):
            return True
        opens = j + 1 < len(word) and word[j + 1] in _VOWELS
        if word[j] not in _VOWELS and opens:
            return False  # a syllable's opening consonant skipped
    return False


#: consonants a shortened schema name may skip between two of its letters ("amt": the "n" of amount; not "ssn"
#: for substring)
SHORTENED_GAP = 1
#: consonants an abbreviation may skip between two of its letters ("qty": the "n" of quantity)
ABBREVIATION_GAP = 2


def _close_letters(short: str, word: str, k: int, at: int, gap: int = ABBREVIATION_GAP) -> bool:
    """Whether ``short[k:]`` matches letters of ``word`` after position ``at``, each with at most
    ``ABBREVIATION_GAP`` consonants skipped before it; the last letter may also be the word's last ("govt")."""
    if k == len(short):
        return True
    skipped = 0
    for j in range(at + 1, len(word)):
        if word[j] == short[k]:
            last = k == len(short) - 1 and j == len(word) - 1
            if (skipped <= gap or last) and _close_letters(short, word, k + 1, j, gap):
                return True
        if word[j] not in "aeiouy":
            skipped += 1
        if skipped > gap and k < len(short) - 1:
            return False
    return False


def cutoff(word: str) -> float:
    """The least similarity at which ``word`` may be read as another: one missing letter in a 4-letter word
    ("ordr" -> "order", 88.9), one wrong letter in a 7-letter word ("revnue" -> "revenue"), so stricter for
    shorter words, where one letter changes more.

    >>> [cutoff(w) for w in ("ordr", "avrage", "custmers")]
    [88.0, 86.0, 86.0]
    """
    return 88.0 if len(word) <= 4 else 86.0


def nearest(word: str, choices: Sequence[str], score_cutoff: float | None = None) -> Correction | None:
    """The one choice closest to ``word``, or None when none is close enough or two different choices are
    equally close (a weak reading is not taken as certain).

    >>> nearest("avrage", ["average", "age", "range"])
    Correction(word='avrage', target='average', score=92.3076923076923)
    >>> nearest("cat", ["cart", "coat"], 80) is None   # two readings, equally close
    True
    """
    from rapidfuzz import fuzz, process

    limit = cutoff(word) if score_cutoff is None else score_cutoff
    near = process.extract(word, choices, scorer=fuzz.ratio, score_cutoff=min(limit, LOOSE_CUTOFF), limit=5)
    found = [(other, s) for other, s, _ in near if s >= limit or one_typo(word, other)]
    if not found:
        return None
    best, score = found[0]
    if any(other != best and s >= score for other, s in found[1:]):
        return None
    return Correction(word, best, score)


def one_typo(word: str, other: str) -> bool:
    """True when ``other`` is ``word`` with one letter missing, added or changed, or two letters swapped
    ("rokc" -> "rock"), both at least :data:`MIN_LENGTH` letters long.

    >>> one_typo("rokc", "rock"), one_typo("ordr", "order"), one_typo("rokc", "rack")
    (True, True, False)
    """
    from rapidfuzz.distance import OSA

    return min(len(word), len(other)) >= MIN_LENGTH and OSA.distance(word, other, score_cutoff=1) <= 1


#: The most letters a variant may add or drop at the end, and the fewest letters the two must share.
VARIANT_ENDING = 1
VARIANT_STEM = 5


def _undouble(word: str) -> str:
    return "".join(ch for k, ch in enumerate(word) if k == 0 or ch != word[k - 1])


@lru_cache(maxsize=65536)
def lemmas(word: str) -> frozenset[str]:
    """The lemmas the morphology dictionary gives a word (none for a function word or an unknown one)."""
    from lemminflect import getAllLemmas

    return frozenset(lemma for forms in getAllLemmas(word).values() for lemma in forms)


def variant(word: str, target: str) -> bool:
    """True when ``word`` is ``target`` spelt another way: equal once doubled letters are written once
    ("enrollment", "enrolment"); one is an inflection of the other (the morphology dictionary gives it as its
    lemma: "create", "created"; "engineering", "engineer"); or one is the other plus
    :data:`VARIANT_ENDING` letter ("weigh", "weight"), the shorter having at least :data:`VARIANT_STEM` letters.
    Not a variant: 'margin'/'martin', 'rated'/'rateid', 'lines'/'line1', 'teach'/'teacher'.

    >>> [variant(a, b) for a, b in [("enrollment", "enrolment"), ("weigh", "weight"), ("engineering", "engineer")]]
    [True, True, True]
    >>> [variant(a, b) for a, b in [("margin", "martin"), ("rated", "rateid"), ("line", "line1"), ("teach", "teacher")]]
    [False, False, False, False]
    """
    a, b = word.lower(), target.lower()
    if a == b or min(len(a), len(b)) < VARIANT_STEM:
        return False
    if _undouble(a) == _undouble(b) or b in lemmas(a) or a in lemmas(b):
        return True
    short, long_ = sorted((a, b), key=len)
    return long_.startswith(short) and len(long_) - len(short) <= VARIANT_ENDING


def vocabulary(words: Iterable[str]) -> tuple[str, ...]:
    """The distinct single words of ``words`` (phrases are split) that are long enough to match, sorted so
    that a tie is broken the same way on every run."""
    out = {w for phrase in words for w in str(phrase).lower().split() if len(w) >= MIN_LENGTH and w.isalpha()}
    return tuple(sorted(out))
