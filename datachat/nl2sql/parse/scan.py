"""Finding mentions of tables, columns, values and numbers in the tokens, and resolving them: :func:`link`,
a pure function from the tokens (and the engine's lexicon and values) to a frozen :class:`Linked`.

Linking reads each span exactly first; then a span in a column of codes by its name or code ("Virginia" for
'VA', :mod:`..codes`); then, for a word no dictionary knows, the nearest value ("Pariss" for 'Paris'). A
misspelt word is corrected before any of this (:func:`correct_spelling`: "avrage ordr value" is
read as "average order value"), so every later stage reads the corrected word. A mention records how it was
linked (``Mention.source``, ``Mention.score``) and the explanation says what was read as what.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from .. import codes, patterns, spelling
from ..chart_hint import find_chart_hint
from ..event_dates import dated
from ..lexicon import (
    ABBREVIATIONS,
    name_words,
    names_role,
    norm_value,
    past_participle,
    past_participle_of,
    singular,
    split_identifier,
)
from ..normalize import lemma
from ..patterns import (
    ADJ_COLUMNS,
    AGG_SERIES_FILLER,
    AGG_WORDS,
    CLASS_WORDS,
    COMPARE_JOINERS,
    COMPARE_LEADS,
    DEGREE_ADVERBS,
    EVERY_WORDS,
    FLAG_MARK_PARTS,
    FUZZY_EXCLUDE,
    GROUP_LEADS,
    HIGH_END_WORDS,
    HOLDING_PREPOSITIONS,
    KEY_WORDS,
    KIND_CLASS_WORDS,
    LABEL_WORDS,
    LIST_VERB_OBJECTS,
    LIST_VERBS,
    LOW_END_WORDS,
    NUM_WORDS,
    PARTITIVE_NOUNS,
    STOP,
    VERSUS_LINKS,
    VERSUS_WORDS,
)
from ..result import Link
from ..tokens import Mention, Tok, _bag
from ..values import MAX_STATUS_CODES
from ..wordnet import event_nouns, relations
from . import kin, understand, wh_words

if TYPE_CHECKING:
    from ..engine import Reading


#: word tables of :mod:`..patterns` whose words no rule reads in a question: words of schema names (an end date's,
#: an active flag's, a planned value's) and verbs a doubt exempts; a question word like them may still be a misspelling
NOT_READ_TABLES = frozenset({"END_DATE_WORDS", "ACTIVE_FLAG_WORDS", "EVENT_VERBS", "DEADLINE_PARTS", "PLANNED_PARTS"})


@lru_cache(maxsize=2)
def engine_words(meaning_only: bool = False) -> frozenset[str]:
    """Every word the engine's own rules read (the word tables of :mod:`..patterns` and :mod:`..lexicon`):
    never a misspelling, and what a misspelling may mean ("avrage" -> average, "revnue" -> revenue).
    ``meaning_only`` leaves out function words and politeness: reading "theor" as "their" would only hide
    an unknown word (the aggregate words among the stop words stay)."""
    found: set[str] = set()

    def walk(obj: Any) -> None:
        if isinstance(obj, str):
            found.update(obj.lower().split())
        elif isinstance(obj, dict):
            for k, v in obj.items():
                walk(k)
                walk(v)
        elif isinstance(obj, (list, tuple, set, frozenset)):
            for x in obj:
                walk(x)

    for name in dir(patterns):
        if name.isupper() and name not in NOT_READ_TABLES:
            walk(getattr(patterns, name))
    walk(ABBREVIATIONS)
    if meaning_only:
        found -= set(patterns.STOP) | set(patterns.IGNORABLE_WORDS) | set(patterns.FUZZY_EXCLUDE)
        found |= set(patterns.AGG_WORDS)
    return frozenset(w for w in found if w.isalpha() and len(w) >= spelling.MIN_LENGTH)


class _Vocabulary:
    """Words a misspelling may be read as (``choices``, sorted for rapidfuzz) and the words that are never
    misspellings (``words``: the choices and every word of the engine's tables)."""

    __slots__ = ("choices", "words")

    def __init__(self, choices: tuple[str, ...], words: frozenset[str]) -> None:
        self.choices = choices
        self.words = words


# ---------------------------------------------------------------- helpers
def low(q: Reading, i: int) -> str:
    return q.toks[i].low if 0 <= i < len(q.toks) else ""


def has_seq(q: Reading, *words: str) -> int:
    """Index of the first occurrence of the word sequence, or -1."""
    n = len(words)
    for i in range(len(q.toks) - n + 1):
        if all(q.toks[i + k].low == words[k] or q.toks[i + k].sing == words[k] for k in range(n)):
            return i
    return -1


def reread(q: Reading, m: Mention, **changes: Any) -> Mention:
    """``m`` read another way (``t``, ``c``, ``value``, ``rival``): a changed copy takes its place in the
    question's mentions and is returned; mentions are frozen, so the one linking made is never changed (linking
    itself resolves its mentions the same way).

    Args:
        q: the question being read (or linking's working state).
        m: one of its mentions.
        changes: the fields that differ.

    Returns:
        The new mention, now the one at ``m``'s words.
    """
    new = replace(m, **changes)
    q.mentions = [new if x is m else x for x in q.mentions]
    return new


def mention_at(q: Reading, i: int) -> Mention | None:
    for m in q.mentions:
        if m.start <= i < m.end:
            return m
    return None


def each_of_place(q: Reading, i: int) -> bool:
    """Whether word ``i`` is "each" or "every" right after a place preposition ("on each plan", "at every
    resort"): the rows of each of the things named next, not those things themselves."""
    return 0 < i < len(q.toks) and q.toks[i].low in EVERY_WORDS and q.toks[i - 1].low in HOLDING_PREPOSITIONS


def value_words(q: Reading) -> frozenset[int]:
    """The positions of words that name a stored value as a whole: a quoted value, or an exact link of two
    words or more ("Gold Monthly" as a plan's name). Such words are the value's own, never grammar: a time
    word inside one groups or dates nothing ("the Weekly Saver plan")."""
    return frozenset(
        k
        for m in q.mentions
        if m.kind == "value"
        and m.source == "exact"
        and (m.end - m.start > 1 or any(q.toks[k].quoted for k in range(m.start, m.end)))
        for k in range(m.start, m.end)
    )


def next_mention(
    q: Reading,
    i: int,
    skip: set[str] | None = None,
    kinds: tuple = ("table", "column", "metric"),
    skip_kinds: tuple = (),
) -> Mention | None:
    skip = skip if skip is not None else {"the", "a", "an", "of", "all", "each", "every", "their", "its", "his", "her"}
    j = i
    while j < len(q.toks):
        m = mention_at(q, j)
        if m is not None and m.kind in skip_kinds:
            j = m.end
            continue
        if m is not None:
            return m if m.kind in kinds else None
        if q.toks[j].low not in skip and j not in q.modifiers:
            return None
        j += 1
    return None


def prev_mention(
    q: Reading, i: int, skip: set[str] | None = None, kinds: tuple = ("table", "column", "metric")
) -> Mention | None:
    skip = skip if skip is not None else {"the", "a", "an", "of", "all", "their", "its"}
    j = i
    while j >= 0:
        m = mention_at(q, j)
        if m is not None:
            return m if m.kind in kinds else None
        if q.toks[j].low not in skip:
            return None
        j -= 1
    return None


# ---------------------------------------------------------------- step 1: presentation
def extract_chart(q: Reading) -> frozenset[int]:
    """The rendering asked for ("as a line chart"), kept in ``q.chart``; returns its words, which are not read
    as part of the query."""
    q.chart, used = find_chart_hint([t.low for t in q.toks])
    return frozenset(used)


# ---------------------------------------------------------------- step 2: mentions
#: words a question opens with: a misspelt first word no dictionary knows is read as the one of these it is closest
#: to ("wich" -> which), never as a schema word
QUESTION_OPENERS = ("which", "what", "where", "when", "whose", "show", "list", "give", "tell")


def correct_spelling(q: Reading) -> None:
    """Read each misspelt word as the nearest word of the schema or of the engine's vocabulary.

    A word of at least four letters that is no word of the schema, of the data or of the engine is
    corrected when exactly one word is close enough (:func:`..spelling.nearest`) and no data value is
    closer (then :meth:`_fuzzy` reads it as that value); an English word (:func:`..spelling.is_english`)
    only when it is a variant of one schema name ("weigh" -> weight). The token keeps what was typed
    (``orig``); ``low``/``sing`` become the corrected word, and ``self.corrections`` remembers it for
    the mentions made from it.
    """
    q.corrections: dict[int, spelling.Correction] = {}
    phrases = q.eng.phrases
    vocabulary = _spelling_vocabulary(q)
    known = q.eng.values.words
    for i, tk in enumerate(q.toks):
        low = tk.low
        if i in q.used or tk.quoted or len(low) < spelling.MIN_LENGTH or not low.isalpha():
            continue
        if low in phrases or tk.sing in phrases or low in known or low in STOP or low in NUM_WORDS:
            continue
        if low in vocabulary.words:
            continue
        if spelling.is_english(low):
            # an English word is only ever a variant of a schema name ("weigh" -> weight)
            found = [c for c in (_variant_of(q, low), _variant_of(q, tk.sing)) if c]
        elif i == 0 and (wh := spelling.nearest(low, QUESTION_OPENERS)) is not None:
            found = [wh]  # "wich sponsors ...": the question's opening word misspelt
        else:
            found = [c for c in (spelling.nearest(w, vocabulary.choices) for w in (low, tk.sing)) if c]
        if not found:
            continue
        best = max(found, key=lambda c: c.score)
        value = q.eng.values.fuzzy(low)
        if value and value[0].score >= best.score:
            continue  # "Pariss": closer to a value than to any word, left to _fuzzy
        q.corrections[i] = spelling.Correction(low, best.target, best.score)
        tk.low, tk.sing, tk.lemma = best.target, singular(best.target), lemma(best.target)
        q.notes.append(f"read '{tk.orig}' as '{best.target}'")
    _expand_abbreviations(q, vocabulary)


#: how sure a reading by abbreviation is (a "fuzzy" link, below any close misspelling)
ABBREVIATION_SCORE = 70.0


def _prefixed_table(toks: Sequence[Tok], i: int, head: Mention) -> bool:
    """Whether word ``i`` is one letter hyphened to a one-word mention of one table ("e-bikes", "x-rays")."""
    return (
        len(toks[i].low) == 1
        and head.kind == "table"
        and head.end - head.start == 1
        and len({c[0] for c in head.cands}) == 1
    )


#: a question word at least this frequent in English text (wordfreq's Zipf scale) is not read as an abbreviation
ABBREVIATION_ZIPF = 4.0


def _expand_abbreviations(q: Reading, vocabulary: _Vocabulary) -> None:
    """Read a word as the one word of a schema name it abbreviates or is abbreviated by
    (:func:`..spelling.abbreviates`): "qty" asked of a quantity column, "documents" of a ``doc`` table,
    "representative" of a ``sales_rep_id`` key. Only when exactly one word fits; the link is a weak one
    ("fuzzy"), so the confidence says so."""
    from wordfreq import zipf_frequency

    names = q.eng.__dict__.get("_abbreviable")
    if names is None:
        keys = [k for k, v in q.eng.phrases.items() if any(x[3] >= 0.85 for x in v)]
        joined = {k.replace(" ", "") for k in keys if " " in k}  # "reportsto" is no word of its own
        names = {w for k in keys if k not in joined for w in k.split() if w.isalpha() and len(w) >= 2}
        # a table's name as written too, where its singular is another word ("ppl" for a people table)
        written = {w for t in q.eng.schema.tables for w in split_identifier(t.name)}
        names = frozenset(names | {w for w in written if w.isalpha() and w != singular(w) and singular(w) in names})
        q.eng._abbreviable = names
        # what a short name already stands for in the schema ("flt" beside a flights table): read as nothing else
        spoken = {w for t in q.schema.tables for w in name_words(t.name) if len(w) > 4 and spelling.is_english(w)}
        q.eng._abbreviated = {n: {w for w in spoken if spelling.abbreviates(n, w)} for n in names if len(n) <= 4}
    known = q.eng.values.words
    for i, tk in enumerate(q.toks):
        low = tk.low
        if i in q.used or i in q.corrections or tk.quoted or not low.isalpha() or len(low) < 2:
            continue
        if low in STOP or low in NUM_WORDS:
            continue
        compound = _compound_abbreviation(q, i, names)
        loose = _loosely_linked(q, low, tk.sing)
        if not compound and not loose and (low in q.eng.phrases or tk.sing in q.eng.phrases):
            continue
        stored = low in known or tk.sing in known
        if not compound and stored and (_in_stored_value(q, i) or not spelling.is_english(low)):
            # a stored value ("refunds" for 'Refund', "Riot Games") or a name of one ("Castlegate") names that
            # value, not a short name; an everyday noun of a longer value said alone ("games") may still be one
            continue
        if compound:
            q.corrections[i] = spelling.Correction(low, compound, ABBREVIATION_SCORE)
            tk.low, tk.sing = compound, singular(compound)
            tk.lemma = tk.sing  # a name now: no verb form of what was typed
            q.notes.append(f"read '{tk.orig}' as '{compound}'")
            continue
        if low in names or tk.sing in names:
            continue
        if low in vocabulary.words and low not in q.eng.phrases and tk.sing not in q.eng.phrases:
            if low in AGG_WORDS or tk.sing in patterns.PERIOD_UNITS or tk.sing in patterns.UNIT_SYMBOLS.values():
                continue  # an aggregate or a unit keeps its own reading ("minutes" is no ``min`` column)
            loose = True  # a word the engine knows, no schema name: read as a shortened name by the strict rule only
        elif low in vocabulary.words:
            continue
        # a short word typed in the question is read as an abbreviation only when it is rare in English text
        # ("stats" is everyday English, short for statistics, not for a status column)
        short = zipf_frequency(low, "en") < ABBREVIATION_ZIPF
        found = {
            n
            for n in names
            for w in _spoken_forms(low, tk.sing, n, names)
            if (short and not loose and spelling.abbreviates(w, n))
            or (
                (
                    spelling.shortens(n, w)
                    and _one_kind(q, n)
                    and (not _dictionary_word(n) or (singular(w) in CLASS_WORDS and _text_columns(q, n)))
                    if loose
                    else _abbreviation_of(n, w)
                )
                and not q.eng._abbreviated.get(n, set()) - {w, singular(w)}
                and _noun(w)
            )
        }
        found = _fullest(_opening_letters(found, {low, tk.sing}))
        if len({singular(n) for n in found}) != 1:
            continue  # none, or several words ("doc" and its written plural "docs" are one)
        target = min(found, key=lambda n: (n != singular(n), n))
        q.corrections[i] = spelling.Correction(low, target, ABBREVIATION_SCORE)
        tk.low, tk.sing = target, singular(target)
        tk.lemma = tk.sing  # a name now: no verb form of what was typed ("clinician in 2025" dates no event)
        q.notes.append(f"read '{tk.orig}' as '{target}'")


def _in_stored_value(q: Reading, i: int) -> bool:
    """Whether the word at ``i``, alone or with its neighbours, says a whole stored value ("refunds" for 'Refund',
    "Riot Games"); one word of a longer value said alone ("games" of 'Riot Games') names no value."""
    entries = q.eng.values.entries
    n = len(q.toks)
    for a in range(max(0, i - 3), i + 1):
        for b in range(i + 1, min(n, a + 4) + 1):
            words = q.toks[a:b]
            if " ".join(t.low for t in words) in entries or " ".join(t.sing for t in words) in entries:
                return True
    return False


#: a word whose links to the schema all weigh less than this (a loose WordNet relation) may still be read as the
#: schema's shortened name for it ("salary" for a ``sal`` column beside a loose link to a fee column)
LOOSE_LINK_WEIGHT = 0.7


def _spoken_forms(low: str, sing: str, name: str, names: frozenset[str]) -> set[str]:
    """The forms of a question word to read against a short name: as typed and singular, and plural where the name
    is a plural, its singular being a name too or the lexicon's ("patient" against a ``pts`` table beside ``pt_no``
    columns: "pt" shortens no word, "pts" shortens "patients")."""
    if low != sing or not (name[:-1] in names or singular(name) != name) or not name.endswith("s"):
        return {low, sing}
    return {low, sing, *_plurals(sing)}


@lru_cache(maxsize=4096)
def _plurals(word: str) -> tuple[str, ...]:
    """A noun's plural forms (lemminflect), looked up once per word, not once per short name it is read against."""
    from lemminflect import getInflection

    return tuple(getInflection(word, "NNS"))


def _loosely_linked(q: Reading, low: str, sing: str) -> bool:
    """Whether the word names something of the schema only loosely (every link below :data:`LOOSE_LINK_WEIGHT`)."""
    links = [x for w in {low, sing} for x in q.eng.phrases.get(w, ())]
    return bool(links) and max(x[3] for x in links) < LOOSE_LINK_WEIGHT


def _one_kind(q: Reading, name: str) -> bool:
    """Whether a short name names things of one kind only, columns or tables, and is no unit symbol: "sal" naming a
    table of salary history and salary columns too is no sure reading of "salary" (nor "min" of "minutes"); the
    columns of a table the name names and references to it count as that table ("ctry" and ``ctry_cd``)."""
    tables = {t.name.lower() for t in q.schema.tables}
    refs = {(f.table, f.column): f.ref_table.lower() for f in q.schema.foreign_keys}

    def kind(x: tuple) -> str:
        # a column of the table the name names ("ctry_nm" of ``ctry``) or a reference to it ("ctry_cd" in ``plyr``)
        # is the same thing as the table
        if x[0] == "column" and name in tables and (x[1].lower() == name or refs.get((x[1], x[2])) == name):
            return "table"
        return x[0]

    kinds = {kind(x) for x in q.eng.phrases.get(name, ())}
    return len(kinds) == 1 and name not in patterns.UNIT_SYMBOLS


def _text_columns(q: Reading, name: str) -> bool:
    """Whether a name names text columns only: a classifying word ("category") reads as such a column even where
    the short name is a word of its own ("cat"), as the engine looks for a classifying column itself."""
    found = [x for x in q.eng.phrases.get(name, ()) if x[0] == "column"]
    return bool(found) and all(understand.family(q, x[1], x[2]) == "text" for x in found)


def _abbreviation_of(name: str, word: str) -> bool:
    """Whether a schema name's word ``name`` abbreviates the question word ``word``. A word the dictionary knows is
    spelt right, so it is read only as a name that shortens it by the strict rule (:func:`..spelling.shortens`: its
    opening letters, then consonants of it: "tmp" for temperature, never "tre"); the looser rule
    (:func:`..spelling.abbreviates`, letters scattered over the word) is for words no dictionary knows. Either way
    the name is no word of its own ("car" is no shortened "cards", "vote" no shortened "voters"), and a unit
    symbol shortens only its unit ("min" is minutes, not "mission")."""
    if _dictionary_word(word):
        unit = patterns.UNIT_SYMBOLS.get(name)
        return spelling.shortens(name, word) and not _dictionary_word(name) and unit in (None, singular(word))
    return spelling.abbreviates(name, word)


def _opening_letters(found: set[str], words: set[str]) -> set[str]:
    """Of several names a question word may abbreviate, the ones that are its opening letters ("temp" for
    temperature beside "tpr"), when those are one word: a name spelling the word's start is the closer reading."""
    if len({singular(n) for n in found}) <= 1:
        return found
    opening = {n for n in found if len(n) >= 3 and any(w.startswith(n) for w in words)}
    return opening if len({singular(n) for n in opening}) == 1 else found


def _fullest(found: set[str]) -> set[str]:
    """Of several names a word may shorten to, those no other one holds letter for letter: "ctry" keeps every
    letter "cty" has of "country" and one more, so it is the closer reading."""

    def within(short: str, longer: str) -> bool:
        rest = iter(longer)
        return singular(short) != singular(longer) and all(ch in rest for ch in short)  # "doc", "docs": one name

    return {n for n in found if not any(within(n, other) for other in found)}


def _function_word(word: str) -> bool:
    """Whether a word is a function word ("by", "of"), no noun: a name part never spelt by it ("ref_by")."""
    from lemminflect import getAllLemmas

    return word in STOP and "NOUN" not in getAllLemmas(word)


def _dictionary_word(word: str) -> bool:
    """Whether the dictionary knows the word ("cat" is a word; "stat", "sal" are only shortened names)."""
    from lemminflect import getAllLemmas

    return bool(getAllLemmas(word))


def _noun(word: str) -> bool:
    """Whether an English word can be a noun (a short name abbreviates a thing's name, never a verb's: "employ"
    is no ``emp``); a word no dictionary knows may be one."""
    from lemminflect import getAllLemmas

    lemmas = getAllLemmas(word)
    return not lemmas or "NOUN" in lemmas


#: a compound name's first part that is a word this frequent in English text (wordfreq's Zipf scale: "bed", "program")
#: is that word, not the shortened start of a longer question word; a rarer one ("temp", "disc") may be
COMPOUND_PART_ZIPF = 4.5


def _compound_abbreviation(q: Reading, i: int, names: frozenset[str]) -> str | None:
    """The one abbreviated word of a two-word schema name that word ``i`` spells out beside the name's other word
    ("stock level" for a ``stock_lvl`` column, "batch number" for ``btch_no``): an English word too, even one naming
    a table, as the compound is the name. A name part that is itself a word, rare in English text ("temp"), is read
    so only as the opening letters of a question word naming nothing of the schema ("temperature logs" for a
    ``temp_logs`` table): the phrase spelling the whole compound out is the closer reading than a one-word link to
    another table."""
    tk = q.toks[i]
    # the name's other word is a content word: "referrals by specialty" groups, it spells no ``ref_by`` column
    prev = q.toks[i - 1].low if i > 0 and not _function_word(q.toks[i - 1].low) else ""
    after = (
        {w for w in (q.toks[i + 1].low, q.toks[i + 1].sing) if not _function_word(w)} if i + 1 < len(q.toks) else set()
    )
    from wordfreq import zipf_frequency

    unnamed = tk.low not in q.eng.phrases and tk.sing not in q.eng.phrases
    found = {
        n: [x for key in (f"{prev} {n}", *(f"{n} {a}" for a in after)) for x in q.eng.phrases.get(key, ())]
        for n in names
        if (not spelling.is_english(n) and spelling.abbreviates(n, tk.low))
        or (
            unnamed
            and len(n) >= 3
            and zipf_frequency(n, "en") < COMPOUND_PART_ZIPF  # "bed" is no shortened "bedroom"
            and tk.low.startswith(n)
            and spelling.shortens(n, tk.low)
        )
    }
    found = {n: links for n, links in found.items() if links}
    if len(found) > 1 and len({x[:3] for links in found.values() for x in links}) == 1:
        # two names spell one compound (one by its letters, one by meaning): the closer name reads it
        best = max(max(x[3] for x in links) for links in found.values())
        found = {n: links for n, links in found.items() if max(x[3] for x in links) == best}
    return next(iter(found)) if len(found) == 1 else None


def _variant_of(q: Reading, word: str) -> spelling.Correction | None:
    """The one schema name ``word`` is a variant of (:func:`..spelling.variant`), if any."""
    from rapidfuzz import fuzz, process

    near = process.extract(word, q.eng._phrase_keys, scorer=fuzz.ratio, score_cutoff=60, limit=8)
    found = [(key, score) for key, score, _ in near if spelling.variant(word, key)]
    if not found or (len(found) > 1 and found[1][1] >= found[0][1]):
        return None
    return spelling.Correction(word, found[0][0], found[0][1])


def _spelling_vocabulary(q: Reading) -> _Vocabulary:
    """The words of the schema's names and the engine's words, built once per engine."""
    vocab = q.eng.__dict__.get("_spelling_vocabulary")
    if vocab is None:
        choices = spelling.vocabulary([*q.eng._spelling_keys, *engine_words(meaning_only=True)])
        vocab = _Vocabulary(choices, frozenset(choices) | engine_words())
        q.eng._spelling_vocabulary = vocab
    return vocab


def links(q: Reading) -> tuple[Link, ...]:
    """The mentions linked as a code or a misspelling, and the corrected words no mention holds ("avrage"
    read as the aggregate word "average"), in question order: :attr:`..result.Translation.links`."""
    found: list[tuple[int, Link]] = []
    held: set[int] = set()
    coded = q.linked.coded if q.linked else ()
    for m in q.mentions:
        if m.kind == "value" and m.source == "exact" and (m.t, m.c, m.value) in coded:
            m = reread(q, m, source="code")  # a follow-up picked the code candidate after resolution
        if m.source != "exact":
            held.update(range(m.start, m.end))
            words = " ".join(t.orig for t in q.toks[m.start : m.end])
            read_as = str(m.value) if m.kind == "value" else " ".join(t.low for t in q.toks[m.start : m.end])
            if m.source in ("event", "meaning") and m.t:
                read_as = m.t  # a word read as a table it does not spell: say which
            found.append((m.start, Link(words, read_as, m.source, m.score)))
    for i, c in (q.linked.corrections if q.linked else {}).items():
        if i not in held:
            found.append((i, Link(q.toks[i].orig, c.target, "fuzzy", c.score)))
    return tuple(link for _, link in sorted(found, key=lambda f: f[0]))


def code_like(q: Reading, i: int) -> bool:
    """An upper-case word of two or three letters in a question not typed in capitals ("VA", "ME", "IT"):
    a code, never the stop word it spells, so it is reported when it links to nothing."""
    orig = q.toks[i].orig
    return 2 <= len(orig) <= 3 and orig.isalpha() and orig.isupper() and not _shouting(q)


def _shouting(q: Reading) -> bool:
    """A question typed in capitals: its upper-case words are not codes."""
    words = [t.orig for t in q.toks if t.orig.isalpha() and len(t.orig) > 1]
    return len(words) >= 2 and all(w.isupper() for w in words)


def _mark_links(q: Reading) -> None:
    """Every mention made from a corrected word says so (``source`` "fuzzy", its ``score``)."""
    for m in q.mentions:
        fixed = [q.corrections[k] for k in range(m.start, m.end) if k in q.corrections]
        if fixed and m.source == "exact":
            reread(q, m, source="fuzzy", score=min(c.score for c in fixed))


# ---------------------------------------------------------------- linking, one pure function
@dataclass(frozen=True)
class Linked:
    """A question's words linked to the schema and the data: the tokens (misspellings corrected), the mentions
    (each with its candidates, the reading chosen, its ``source`` and ``score``), the word positions linking
    itself consumed, the modifiers of noun compounds, the corrected words, the value readings found as a code
    or another name, and the notes saying what was read as what. What :func:`link` returns; the
    :class:`~datachat.nl2sql.engine.Reading` is built from it and never changes it."""

    tokens: tuple[Tok, ...]
    mentions: tuple[Mention, ...]
    used: frozenset[int]
    modifiers: frozenset[int]
    corrections: Mapping[int, spelling.Correction]
    coded: frozenset[tuple[str, str, Any]]
    notes: tuple[str, ...]


class _Linking:
    """The working state of one :func:`link` call, never seen outside it."""

    def __init__(self, eng: Any, toks: list[Tok], used: frozenset[int], follow_up: bool) -> None:
        self.eng, self.schema, self.pl = eng, eng.schema, eng.planner
        self.follow_up = follow_up
        self.toks = toks
        self.used = set(used)
        self.mentions: list[Mention] = []
        self.modifiers: set[int] = set()
        self.notes: list[str] = []


def link(eng: Any, tokens: Sequence[Tok], used: frozenset[int] = frozenset(), follow_up: bool = False) -> Linked:
    """Link every word of ``tokens`` but those ``used`` already (a chart request's) to what it names in the
    engine's schema and data: correct misspellings, find the mentions (:func:`scan`), then pick one reading
    for each (:func:`resolve`); a ``follow_up`` links no kin words (:func:`.kin.kin_words`). Pure: the tokens given
    are not changed."""
    state = _Linking(eng, [replace(t) for t in tokens], used, follow_up)
    scan(state)
    resolve(state)
    return Linked(
        tokens=tuple(state.toks),
        mentions=tuple(state.mentions),
        used=frozenset(state.used - used),
        modifiers=frozenset(state.modifiers),
        corrections=MappingProxyType(dict(state.corrections)),
        coded=frozenset(state._coded),
        notes=tuple(state.notes),
    )


def scan(q: Reading) -> None:
    """Correct misspellings, then link each word not yet used, left to right, to the longest mention it starts
    (:func:`_mention_from`); then the mentions a whole list or an inflected verb adds."""
    correct_spelling(q)
    n = len(q.toks)
    shouting = _shouting(q)
    q._coded: set[tuple[str, str, Any]] = set()  # value candidates found as a code or by name
    i = 0
    while i < n:
        if i in q.used:
            i += 1
            continue
        m = _mention_from(q, i, shouting)
        if m is not None:
            q.mentions.append(m)
            i = m.end
        else:
            i += 1
    _partitives(q)
    _class_word_after_column(q)
    _shared_heads(q)
    _event_columns(q)
    _shortened_flags(q)
    kin.kin_words(q)
    _flag_states(q)
    _compared_codes(q)
    _event_rates(q)
    _shares_of_rows(q)
    _mark_links(q)


def _shares_of_rows(q: Reading) -> None:
    """ "what percentage of bookings ...": a share word before "of" and the rows' noun asks for a share of those
    rows, not a stored percentage (``commission_pct``) named by that word alone; its link to such a column is
    dropped so the share is computed (or, unread, the engine asks)."""
    keep = []
    for m in q.mentions:
        lone = m.kind == "column" and m.end == m.start + 1 and q.toks[m.start].low in patterns.PERCENT_LEADS
        # a column of that very name ("share") or one aggregated ("the maximum share") is the stored figure
        named = any(len(name_words(c)) == 1 for _, c, _ in m.cands if c)
        aggregated = m.start > 0 and q.toks[m.start - 1].low in AGG_WORDS
        if lone and not named and not aggregated and m.end + 1 < len(q.toks) and q.toks[m.end].low == "of":
            k = m.end + 1
            while k < len(q.toks) and q.toks[k].low in patterns.MODIFIER_LEADS:
                k += 1
            rows = mention_at(q, k)
            if rows is not None and rows.kind == "table":
                continue
        keep.append(m)
    q.mentions[:] = keep


def _event_rates(q: Reading) -> None:
    """ "the return rate", "the late rate": a ratio noun (:data:`..patterns.RATIO_NOUNS`) after a word of its own
    names a rate of that word's event or state, not a stored rate of other words (``tax_rate``): its link to such
    a column is dropped (the interpretation rule :mod:`..rules.event_rate` reads it, or it stays unread and the
    engine asks). A stored rate is named by its own words ("the tax rate", one mention), by its table ("loan
    rate") or by the ratio noun alone after a determiner, an aggregate or a superlative ("the average rate")."""
    keep = []
    for m in q.mentions:
        i = m.start
        before = q.toks[i - 1].low if i else ""
        prev = mention_at(q, i - 1) if i else None
        lone = m.kind == "column" and m.end == i + 1 and q.toks[i].low in patterns.RATIO_NOUNS
        if (
            lone
            and any(c for _, c, _ in m.cands)
            and before.isalpha()
            and before not in STOP
            and before not in AGG_WORDS
            and before not in patterns.FIRST_DESC_WORDS | patterns.FIRST_ASC_WORDS
            and (prev is None or prev.kind != "table")
            and all(_other_parts(q.toks[i].low, c, before) for _, c, _ in m.cands if c)
        ):
            continue
        keep.append(m)
    q.mentions[:] = keep


def _other_parts(word: str, column: str, before: str) -> bool:
    """Whether ``column`` is named by more words than ``word``, none of which ``before`` says."""
    parts = [p.lower() for p in split_identifier(column) if p.lower() != word]
    return bool(parts) and not any(p == before or spelling.shortens(p, before) for p in parts)


def _class_word_after_column(q: Reading) -> None:
    """ "by payment type", "the sale channel kind": a class word (:data:`..patterns.CLASS_WORDS`) right after a text
    column of a few values names that column's values, no column of its own; it is read with the column (used),
    its own link (another table's ``order_type``) dropped."""
    keep = []
    for m in q.mentions:
        prev = mention_at(q, m.start - 1) if m.start else None
        if (
            m.kind == "column"
            and m.end == m.start + 1
            and q.toks[m.start].sing in CLASS_WORDS
            and prev is not None
            and prev.kind == "column"
            and prev.cands
            and all(_few_text_values(q, t, c) for t, c, *_ in prev.cands)
            and not {t for t, *_ in m.cands} & {t for t, *_ in prev.cands}
        ):
            q.used.add(m.start)
            continue
        keep.append(m)
    q.mentions[:] = keep


#: the most values a column may hold for a class word after it to name them ("payment type": cash, card, ...)
MAX_CLASS_VALUES = 30


def _few_text_values(q: Reading, table: str, column: str | None) -> bool:
    """Whether a column is text of two to ``MAX_CLASS_VALUES`` values (a kind, a channel, a payment method)."""
    if not column or understand.family(q, table, column) != "text":
        return False
    return 2 <= q.eng.values.cardinality.get(f"{table}.{column}", 0) <= MAX_CLASS_VALUES


def _partitives(q: Reading) -> None:
    """ "members of <table>": a noun naming one of a group (:data:`..patterns.PARTITIVE_NOUNS`) before "of" and a
    table names that table's rows; its two words are read with the table's mention (used), nothing of their own.
    So does a class noun ("kinds", "types": :data:`..patterns.CLASS_WORDS`) before "of" and a text column: "how
    many different kinds of content" counts the content's values."""
    for m in q.mentions:
        k = m.start
        before = k >= 2 and q.toks[k - 1].low == "of" and q.toks[k - 2].sing in PARTITIVE_NOUNS
        if m.kind == "table" and before and mention_at(q, k - 2) is None and mention_at(q, k - 1) is None:
            q.used.update({k - 2, k - 1})
        # "different kinds of content": a class noun before "of" and a text column names that column's values
        kinds = k >= 2 and q.toks[k - 1].low == "of" and q.toks[k - 2].sing in CLASS_WORDS
        text = m.kind == "column" and all(c and understand.family(q, t, c) == "text" for t, c, *_ in m.cands)
        if text and kinds and mention_at(q, k - 2) is None:
            q.used.update({k - 2, k - 1})


def _mention_from(q: Reading, i: int, shouting: bool) -> Mention | None:
    """The mention word ``i`` starts: a literal or a number as typed, else a schema name or a value, tried by
    ways of linking from the surest to the loosest; not a column an aggregate word only seems to name, nor the
    sentence's command verb."""
    literal = _literal(q, i)
    if literal is not None:
        return literal
    noun = _attribute_noun(q, i)
    if noun is not None:
        return noun  # "women": the code of a sex column, not a stored code the singular spells ('MAN')
    best = _longest_phrase(q, i, shouting)
    ways = (_closed_compound_at, _adjective_place, _attribute_code, _status_code, _opposite_code, _initials_code)
    ways += (_event_verb_table, _transfer_verb_table)
    ways += (_other_name, _value_part, _counted_compound, _shortened_code, _kind_initial, _listed_number)
    for way in (*ways, _fuzzy_at):
        if best is not None:
            break
        best = way(q, i, shouting)
    if best is not None and _aggregate_word_column(q, i, best):
        return None
    if best is not None and best.kind in ("table", "column") and _command_verb(q, i, best):
        return None  # "Show the names of …": the sentence's command, not a table named Show
    if best is not None and _passive_event_verb(q, i, best):
        return None  # "how many bikes were built": the rows' event, not a text column named Build
    return best


def _literal(q: Reading, i: int) -> Mention | None:
    """A quoted literal (a value when the data holds it), or a number in digits or words ("twenty five")."""
    toks = q.toks
    tk = toks[i]
    if tk.quoted:
        hits = q.eng.values.lookup(norm_value(tk.orig))
        hit = [(h.table, h.column, h.value) for h in hits]
        return Mention("value" if hits else "literal", i, i + 1, hit, tk.orig, value=tk.orig)
    if tk.num is not None and tk.num_len > 1:  # "twenty five", "3 million": one number (normalize)
        return Mention(
            "number", i, i + tk.num_len, text=" ".join(t.low for t in toks[i : i + tk.num_len]), value=tk.num
        )
    if (
        tk.low in NUM_WORDS
        and tk.low not in ("single", "once", "dozen", "hundred")
        and (tk.low != "one" or _after_cmp(q, i))
    ):
        return Mention("number", i, i + 1, text=tk.low, value=NUM_WORDS[tk.low])
    if re.fullmatch(r"\d+(\.\d+)?", tk.low):
        return Mention("number", i, i + 1, text=tk.low, value=float(tk.low) if "." in tk.low else int(tk.low))
    return None


def _longest_phrase(q: Reading, i: int, shouting: bool) -> Mention | None:
    """The longest span from word ``i`` that names a schema element or a stored value."""
    toks = q.toks
    maxl = max(q.eng.max_phrase, q.eng.values.max_words, 1)
    for L in range(min(maxl, len(toks) - i), 0, -1):
        span = toks[i : i + L]
        if any(s.quoted or s.low in ("?", ",", ".", "!", ";", ":", "(", ")") for s in span):
            continue
        if span[-1].low in ("'", "-", "/", "&") or span[0].low in ("'", "-", "/", "&"):
            continue
        found = _span_mention(q, i, span, shouting)
        if found is None and L >= 2:
            found = _truncated_phrase(q, i, span)
        if found is not None:
            return found
    return None


#: how much a name matched with one of its words cut short ("property type" for prop_type) is trusted
TRUNCATED_WEIGHT = 0.8
#: the least link weight of a whole name (a part of a longer name weighs less)
WHOLE_NAME = 0.85
#: the fewest letters a name word cut from a longer question word keeps ("prop", "maint", "cat")
TRUNCATED_MIN = 3


def _truncated_phrase(q: Reading, i: int, span: list[Tok]) -> Mention | None:
    """A name of several words the span says in full where the name cuts a word short ("property type" for
    prop_type, "maintenance requests" for maint_requests): every other word the same, at least one the same;
    one reading only, as a weak link."""
    words = [s.sing for s in span]
    if not all(w.isalpha() for w in words):
        return None
    found = [
        (key, entries)
        for key, entries in _multiword_phrases(q.eng).get(len(words), ())
        if _cut_short(key.split(), words)
    ]
    if len(found) != 1:
        return None
    key, entries = found[0]
    kinds = {k for k, *_ in entries if k in ("table", "column")}
    if len(kinds) != 1:
        return None
    kind = kinds.pop()
    cands = [(t, c, w * TRUNCATED_WEIGHT) for k, t, c, w in entries if k == kind]
    return Mention(kind, i, i + len(span), cands, key, weight=TRUNCATED_WEIGHT)


def _cut_short(name: list[str], said: list[str]) -> bool:
    """Whether the name's words are the said words, some cut short (a prefix of at least ``TRUNCATED_MIN``
    letters, three or more letters shorter), and at least one whole."""
    whole = sum(n == w for n, w in zip(name, said, strict=True))
    cut = sum(
        n != w and len(n) >= TRUNCATED_MIN and len(w) >= len(n) + 3 and w.startswith(n)
        for n, w in zip(name, said, strict=True)
    )
    return whole >= 1 and cut >= 1 and whole + cut == len(name)


def _multiword_phrases(eng: Any) -> dict[int, list[tuple[str, list]]]:
    """The schema's whole names of two or three words (no grammar word) by word count, built once per engine."""
    found = eng.__dict__.get("_multiword_phrases")
    if found is None:
        found = {}
        for key, entries in eng.phrases.items():
            n = key.count(" ") + 1
            whole = [e for e in entries if e[3] >= WHOLE_NAME]  # a name, not a part of a longer one
            if 2 <= n <= 3 and whole and not set(key.split()) & STOP:
                found.setdefault(n, []).append((key, whole))
        eng._multiword_phrases = found
    return found


def _span_mention(q: Reading, i: int, span: list[Tok], shouting: bool) -> Mention | None:
    """What the words of ``span`` (from word ``i``) name: a schema element, else a stored value (or one stored
    as a code); a capitalised span that is both reads as the value, unless the schema names a metric."""
    words = [s.sing for s in span if s.low[0].isalnum()]
    key = " ".join(words)
    sch = q.eng.phrases.get(key)
    if not sch and len(words) >= 2:
        sch = q.eng.bags.get(_bag(words))
    vkey = " ".join(s.low for s in span if s.low[0].isalnum())
    vals = q.eng.values.lookup(vkey) if vkey else []
    if not vals and vkey and key != vkey:
        vals = q.eng.values.lookup(key)
    if vals and not _value_ok(q, span, vkey, sch):
        vals = []
    if vkey and (vals or not sch):
        # "Virginia" in a column of state codes, "VA" in a column of state names: beside any
        # exact hit, so the table in focus decides (:meth:`_resolve_value`)
        exact = {(h.table, h.column, h.value) for h in vals}
        coded = q.eng.values.by_code([s.orig for s in span if s.low[0].isalnum()], first=i == 0, shouting=shouting)
        vals = vals + [h for h in coded if (h.table, h.column, h.value) not in exact]
    if sch and len(span) == 1 and _dated_by_subject(q, span[0], sch):
        sch = None  # "cars we sold" with ``sold_on``: the cars' own date, not a table of purchases
    if sch and vals and (agents := _agent_values(q, i, len(span), vals)):
        sch, vals = None, agents  # "lessons instructors cancelled": who cancelled ('Instructor'), no instructor row
    if sch and vals:
        own = _own_rows_value(q.eng.values, sch, vals) if not (i and q.toks[i - 1].low in GROUP_LEADS) else []
        if own:
            sch, vals = None, own  # "our bakers": the staff whose role is 'Baker', not every member of staff
        elif _capitalised(q, i, span) and not any(k == "metric" for k, *_ in sch):
            sch = None
        else:
            vals = []
    if sch:
        best_table = max((w for k, _, _, w in sch if k == "table"), default=0.0)
        best_col = max((w for k, _, _, w in sch if k == "column"), default=0.0)
        kind = (
            "metric"
            if any(k == "metric" for k, *_ in sch)
            else ("table" if best_table and best_table >= best_col - 0.2 else "column")
        )
        cands = [(t, c, w) for k, t, c, w in sch if k == kind or (kind == "table" and k == "column")]
        return Mention(kind, i, i + len(span), cands, key)
    if vals:
        q._coded.update((h.table, h.column, h.value) for h in vals if h.source == "code")
        return Mention("value", i, i + len(span), [(h.table, h.column, h.value) for h in vals], vkey)
    return None


def _dated_by_subject(q: Reading, tk: Tok, sch: list) -> bool:
    """Whether a past participle only loosely names tables (a lexical link, no name of theirs: "sold" for
    ``purchases``) while a table named before it has a date column its verb names (``sold_on``,
    :func:`..spelling.dates_event`): the word says that the row's own event happened."""
    verbs = past_participle_of(tk.low)
    if not verbs or any(k != "table" or w >= WHOLE_NAME for k, _, _, w in sch):
        return False
    named = {t for m in q.mentions if m.kind == "table" for t, *_ in m.cands}
    return any(_dates_event(q, name, {tk.low, *verbs}) for name in named)


def _agent_values(q: Reading, i: int, n: int, vals: list) -> list:
    """The values of a column named for who did something (``cancelled_by`` holding 'Instructor', 'Pupil') that
    the words name as that doer: right before the column's verb ("lessons instructors cancel") or right after
    its participle and "by" ("cancelled by pupils"). Said so, the words are who did it, not a table's rows."""
    before = [t.low for t in q.toks[max(0, i - 2) : i]]
    after = q.toks[i + n].low if i + n < len(q.toks) else ""
    out = []
    for h in vals:
        words = [w.lower() for w in split_identifier(h.column)]
        if len(words) != 2 or words[1] != "by" or h.source != "exact":
            continue
        verb = words[0]
        if _same_verb(after, verb) or (len(before) == 2 and before[1] == "by" and _same_verb(before[0], verb)):
            out.append(h)
    return out


def _same_verb(word: str, other: str) -> bool:
    """Whether two words are forms of one verb ("cancel", "cancelled")."""
    return bool(word) and bool({word, *_verb_lemmas(word)} & {other, *_verb_lemmas(other)})


def _own_rows_value(values: Any, sch: list, vals: list) -> list:
    """The values spelt as the words are, stored in a table the words name only loosely (a lexical link, no name
    of the table's own: "bakers" for ``staff``): the words then name those of its rows, not all of them. Not a
    value other values of its column contain ('Teacher' beside 'Headteacher', 'Early Career Teacher': the word
    names them all)."""
    tables = {t for k, t, _, w in sch if k == "table"}
    if not tables or any(k != "table" or w >= 1.0 for k, _, _, w in sch):
        return []
    found = [h for h in vals if h.source == "exact" and h.table in tables]
    for h in found:
        said = norm_value(str(h.value))
        if any(v != said and said in v for v in values.column_values(f"{h.table}.{h.column}")):
            return []
    return found


def _closed_compound_at(q: Reading, i: int, shouting: bool) -> Mention | None:
    """Two words written together in the schema (:func:`_closed_compound`)."""
    toks = q.toks
    if i + 1 < len(toks) and toks[i].low.isalpha() and toks[i + 1].low.isalpha():
        return _closed_compound(q, i)
    return None


def _adjective_place(q: Reading, i: int, shouting: bool) -> Mention | None:
    """ "French customers": the place the adjective pertains to, under any of its names in the data."""
    tk = q.toks[i]
    if not tk.low.isalpha():
        return None
    for place in codes.adjective_places(tk.orig):
        hits = q.eng.values.lookup(place)
        if hits:
            q._coded.update((h.table, h.column, h.value) for h in hits)  # read as another name
            return Mention("value", i, i + 1, [(h.table, h.column, h.value) for h in hits], place)
    return None


def _event_verb_table(q: Reading, i: int, shouting: bool) -> Mention | None:
    """ "purchased" -> purchase, "ordered" -> order (lemmas from normalize): the verb names the table of those
    events, unless a word after it says it is an ordering ("ordered by")."""
    toks = q.toks
    tk = toks[i]
    if not (
        tk.low.endswith("ed")
        and len(tk.low) > 5
        and (tk.low == "ordered" or tk.low not in FUZZY_EXCLUDE)
        and not (
            i + 1 < len(toks)
            and toks[i + 1].low in ("by", "in", "from", "according", "alphabetically", "descending", "ascending", "to")
        )
    ):
        return None
    sch = q.eng.phrases.get(singular(tk.lemma))
    if sch and any(k == "table" for k, *_ in sch):
        return Mention("table", i, i + 1, [(t, c, w * 0.8) for k, t, c, w in sch if k == "table"], tk.lemma, weight=0.8)
    return None


def _transfer_verb_table(q: Reading, i: int, shouting: bool) -> Mention | None:
    """ "customers who never purchased": a past form of a verb of a transfer of goods or money (all its dominant
    senses among WordNet's verbs of possession) that names nothing in the schema, said of a table named
    before it, reads as the one table of dated sums that references that table (:func:`transfer_tables`);
    with none or several, no link. ``source`` "event": a link by structure, reported with the answer."""
    from lemminflect import getAllLemmas, getInflection

    tk = q.toks[i]
    verbs = getAllLemmas(tk.low).get("VERB", ()) if tk.low.isalpha() and tk.low not in STOP else ()
    if not verbs or "NOUN" in getAllLemmas(tk.low):
        return None  # a noun as well ("sales") may name something in its own right
    # a past form: a transfer that took place ("bought"), not a state ("belonging", "owns")
    verbs = [v for v in verbs if tk.low in (*getInflection(v, "VBD"), *getInflection(v, "VBN")) and tk.low != v]
    if not any(transfer_verb(v) for v in verbs):
        return None
    if i + 1 < len(q.toks) and q.toks[i + 1].low == "by":
        return None  # a passive with its agent ("served by"): the table before it is not who acted
    if i + 1 < len(q.toks) and q.toks[i + 1].low in patterns.TRANSFER_PARTICLES:
        return None  # "races that sold out", "loans paid off": another verb, no transfer to the table of sums
    subject = next((m for m in reversed(q.mentions) if m.kind == "table"), None)
    if subject is None or len({t for t, *_ in subject.cands}) != 1:
        return None
    own = q.schema.table(subject.cands[0][0])
    parts = {p for c in (own.columns if own is not None else ()) for p in split_identifier(c.name.lower())}
    if tk.low in parts or any(spelling.abbreviates(p, v) for p in parts for v in verbs):
        return None  # "dogs that were abandoned" (``abandoned_yn``), "headquartered in" (``hq_city``): the row's own
    from ..row_state import may_code_state

    if may_code_state(q.schema.table(subject.cands[0][0]), q.eng.values, tk.low):
        return None  # "entries that were refunded" beside a status code 'R': a state of the row, maybe
    tables = transfer_tables(q.schema, subject.cands[0][0])
    if len(tables) != 1 or not dated(q.schema, tables[0]):
        return None  # none, several, or only lines of a document: no one table the verb surely names
    return Mention(
        "table", i, i + 1, [(tables[0], None, TRANSFER_WEIGHT)], tk.low, weight=TRANSFER_WEIGHT, source="event"
    )


def transfer_verb(verb: str) -> bool:
    """Whether a verb names a transfer of goods or money: all its dominant senses are WordNet's verbs of
    possession ("buy", "pay"), or all lie in one other file and it makes a noun naming a sum or a holding
    ("rent" -> rental). A verb with senses of two files ("support", "take", "win") is no sure transfer."""
    rel = relations(verb, "v")
    if rel.kind == ("possession",):
        return True
    return (
        len(rel.kind) == 1
        and "possession" not in rel.kind
        and any(relations(n).kind == ("possession",) for n in rel.derived if " " not in n)
    )


def transfer_tables(schema: Any, parent: str) -> list[str]:
    """The tables whose rows reference ``parent`` and record a dated sum: a date column (or the lines of a dated
    document named in theirs: ``sale_lines`` of ``sales``) and an amount (a decimal column, or one whose name
    names money), the shape of a purchase, payment or rental."""
    from ..lexicon import name_words, names_money

    out = []
    for fk in schema.foreign_keys:
        t = schema.table(fk.table)
        if fk.ref_table != parent or t is None or fk.table == parent or fk.table in out:
            continue
        own = set(name_words(t.name))
        documents = {
            f.ref_table for f in schema.foreign_keys if f.table == t.name and f.ref_table not in (t.name, parent)
        }
        dated_rows = dated(schema, t.name) or any(dated(schema, d) and set(name_words(d)) < own for d in documents)
        sums = any(
            c.family == "number" or (c.family == "integer" and names_money(c.name))
            for c in t.columns
            if not c.primary_key
        )
        if dated_rows and sums:
            out.append(fk.table)
    return out


def _other_name(q: Reading, i: int, shouting: bool) -> Mention | None:
    """ "the US" stored as 'USA' or 'United States': the place's other names (:func:`.codes.other_names`)."""
    toks = q.toks
    for L in (4, 3, 2, 1):
        words = [t.orig for t in toks[i : i + L]]
        if len(words) == L and all(w.isalpha() for w in words):
            after_the = i > 0 and toks[i - 1].low == "the"
            for alias in codes.other_names(words, first=i == 0, shouting=shouting, after_the=after_the):
                hits = q.eng.values.lookup(alias)
                if hits:
                    q._coded.update((h.table, h.column, h.value) for h in hits)
                    return Mention("value", i, i + L, [(h.table, h.column, h.value) for h in hits], alias)
    return None


#: how much a value named by only some of its alternatives ("wheels" for 'Tyres/wheels') is trusted
PART_WEIGHT = 0.8


def _value_part(q: Reading, i: int, shouting: bool) -> Mention | None:
    """A value listing alternatives named by its parts ("wheels", "tyres or wheels" for 'Tyres/wheels'):
    a weak link, so that a question resting on it is scored lower."""
    toks = q.toks
    for span in (toks[i : i + 3], toks[i : i + 1]):
        words = [t.low for t in span]
        if len(span) == 3 and words[1] not in ("or", "and", "/"):
            continue
        named = words[::2]
        if not all(w.isalpha() and len(w) >= 3 and w not in STOP and w not in FUZZY_EXCLUDE for w in named):
            continue
        hits = q.eng.values.by_part(named)
        if hits:
            hit = [(h.table, h.column, h.value) for h in hits]
            return Mention("value", i, i + len(span), hit, " ".join(words), weight=PART_WEIGHT, source="part")
    return None


#: how much a number column named by the first word of a closed compound ("bedroom" for beds) is trusted
COMPOUND_HEAD_WEIGHT = 0.8


def _counted_compound(q: Reading, i: int, shouting: bool) -> Mention | None:
    """A number, "how many" or "the number of" before a closed compound noun whose first word names a number
    column ("a 3 door hatchback", "the number of doors" for a column doors; "4 seater" is no compound of two
    words): that column, as a weak link."""
    tk = q.toks[i]
    if i == 0 or not tk.low.isalpha() or len(tk.low) < 6:
        return None
    before = [t.low for t in q.toks[max(0, i - 2) : i]]
    # "how many bedrooms", "the number of bedrooms": a count of the compound's things is the column's number
    counted = before[-1:] == ["many"] or before == ["number", "of"]
    if not counted and (_literal(q, i - 1) is None or (q.toks[i - 1].num is None and not q.toks[i - 1].low.isdigit())):
        return None
    for k in range(3, len(tk.low) - 2):
        head, rest = tk.low[:k], tk.low[k:]
        if not (spelling.is_english(head) and spelling.is_english(rest)):
            continue
        cands = [
            (t, c, w * COMPOUND_HEAD_WEIGHT)
            for kind, t, c, w in q.eng.phrases.get(singular(head), ())
            if kind == "column" and _number_column(q, t, c)
        ]
        if cands:
            return Mention("column", i, i + 1, cands, tk.low, weight=COMPOUND_HEAD_WEIGHT)
    return None


def _number_column(q: Reading, t: str, c: str) -> bool:
    """Whether ``t.c`` holds numbers that are no key."""
    table = q.eng.schema.table(t)
    col = table.column(c) if table is not None else None
    keys = {(fk.table, fk.column) for fk in q.eng.schema.foreign_keys}
    return col is not None and col.family in ("integer", "number") and not col.primary_key and (t, c) not in keys


def _fuzzy_at(q: Reading, i: int, shouting: bool) -> Mention | None:
    """A misspelt value (:func:`_fuzzy`), for a word long enough and no word the rules read."""
    low = q.toks[i].low
    if (
        low[0].isalpha()
        and low not in STOP
        and len(low) >= 4
        and low not in AGG_WORDS
        and low not in ADJ_COLUMNS
        and low not in FUZZY_EXCLUDE
    ):
        return _fuzzy(q, i)
    return None


def _aggregate_word_column(q: Reading, i: int, best: Mention) -> bool:
    """Whether a one-word column link of an aggregate word ("total", "average") is the aggregate word instead:
    in a list of aggregate words ("average, lowest and highest price"), before "number of", or before
    another name."""
    toks = q.toks
    n = len(toks)
    if not (
        best.kind == "column"
        and best.end - best.start == 1
        and toks[i].low in ("total", "average", "sum", "count", "number", "max", "min", "maximum", "minimum")
    ):
        return False
    j = best.end
    if (
        j < n and toks[j].low in ("number", "count", "amount", "quantity") and j + 1 < n and toks[j + 1].low == "of"
    ) or (j + 1 < n and toks[j].low in (",", "and") and toks[j + 1].low in AGG_WORDS):
        return True  # "average, lowest and highest price": words, not a column named Average
    while j < n and toks[j].low in ("of", "the", "all", "a"):
        j += 1
    return j < n and j > best.end - 1 and _starts_phrase(q, j)


def _flag_states(q: Reading) -> None:
    """A yes/no column (:meth:`.ValueIndex.flag_pair`) said as a state of the rows becomes a value mention of
    the value that says so: an adjective before the noun of the rows ("neutered cats"), after a form of "be"
    ("dogs that have been vaccinated"), or negated ("not neutered", "never verified": the value that says no,
    the words stating it inside the mention). "Whether they are neutered" asks for the column itself."""
    for k, m in enumerate(q.mentions):
        if m.kind != "column" or not m.cands:
            continue
        top = max(w for _, _, w in m.cands)
        named = [(t, c, pair) for t, c, w in m.cands if w == top and (pair := _flag_pair(q, t, c))]
        noun = _table_head(q, m, {t for t, _, _ in named})
        said, negation, stated = _state_words(q, m.start)
        stated = stated or _done_to_rows(q, said, {t for t, _, _ in named})
        before = _before_noun(q, m, {t for t, _, _ in named})
        owned = _possessed(q, m.start) if named and not (noun or before or stated) else None
        if not named or not (noun or before or stated or owned):
            continue
        if "whether" in (t.low for t in q.toks[max(said - 3, 0) : m.start]):
            continue  # "list the classes and whether they were cancelled": the column itself is asked for
        negated = negation < m.start
        start = said if negated else m.start  # "have not been neutered", "aren't neutered": all of it
        if owned is not None:
            negated, start = owned[1], owned[0] if owned[1] else m.start  # "hostels without a bar"
        if not negated and m.start >= 2 and [t.low for t in q.toks[m.start - 2 : m.start]] == ["non", "-"]:
            negated, start = True, m.start - 2  # "non-neutered cats"
        end = m.end - (noun is not None)
        text = " ".join(t.low for t in q.toks[start:end])
        cands = [(t, c, pair[negated]) for t, c, pair in named]
        flagged = Mention("value", start, end, cands, text, source=m.source, score=m.score)
        q.mentions[k : k + 1] = [flagged, noun] if noun else [flagged]


#: subjects of a clause saying what was done to the rows before it ("the products we have discontinued")
CLAUSE_SUBJECTS = frozenset({"we", "you", "they", "i"})


def _done_to_rows(q: Reading, said: int, tables: set[str]) -> bool:
    """Whether the words before a yes/no column's word (starting at ``said``) are a clause's subject right after
    the noun of the column's rows ("the products (that) we have discontinued"): the column says what was done to
    them, a state of theirs."""
    k = said - 1
    if k < 1 or q.toks[k].low not in CLAUSE_SUBJECTS:
        return False
    k -= q.toks[k - 1].low in patterns.CLAUSE_OPENERS
    rows = mention_at(q, k - 1)
    return rows is not None and rows.kind == "table" and bool({c[0] for c in rows.cands} & tables)


#: articles between "have"/"with" and the thing a yes/no column says the rows have ("with a bar", "has an ensuite")
POSSESSED_ARTICLES = frozenset({"a", "an", "any", "their", "its", "own"})


def _possessed(q: Reading, i: int) -> tuple[int, bool] | None:
    """The words before token ``i`` saying the rows have (or lack) the thing a yes/no column names: "have a bar",
    "with an ensuite", "without a bar", "don't have a bar". Returns where they start and whether they deny it;
    None when no "have" nor "with" leads the noun."""
    toks = q.toks
    j = i
    while j > 0 and toks[j - 1].low in POSSESSED_ARTICLES:
        j -= 1
    k = j
    while k > 0 and (toks[k - 1].low in patterns.STATE_WORDS | patterns.DO_FORMS or toks[k - 1].low in FLAG_LEADS):
        k -= 1
    window = {t.low for t in toks[k:j]}
    if not window & (FLAG_LEADS | {"have", "has", "had"}):
        return None
    if j == i and i + 1 < len(toks) and toks[i + 1].low.isalpha() and toks[i + 1].low not in STOP:
        return None  # with no article, a noun after it is the head: "with bar staff" names no state
    return k, bool(window & (patterns.STATE_NEGATIONS | FLAG_NEGATIONS | {"without"}))


#: words before a state that say it does not hold ("non-fragile", "not refrigerated", "with no ...")
FLAG_NEGATIONS = frozenset({"non", "not", "no", "never"})
#: words after which a state is said of the rows named before ("depots that are ...", "parcels with ...")
FLAG_LEADS = frozenset({"with", "without"})
#: prepositions closing an adjective of entitlement or record before the state ("eligible for", "marked as",
#: "exempt from")
FLAG_STATE_PREPOSITIONS = frozenset({"for", "as", "to", "on", "from"})
#: negating prefixes of an adjective ("inactive", "unverified"): the state with the prefix off, flipped
NEGATING_PREFIXES = ("non", "un", "in", "im", "dis")


def _flag_parts(q: Reading) -> tuple[tuple[str, str, tuple[str, ...], tuple[Any, Any]], ...]:
    """Every yes/no column of the schema (:meth:`.ValueIndex.flag_pair`) with the parts of its name that say what
    holds, its flag markers dropped ("is_rfr": rfr; "frg_flg": frg), and its pair of values."""
    cached = q.eng.__dict__.get("_flag_parts")
    if cached is not None:
        return cached
    found = []
    for t in q.schema.tables:
        for c in t.columns:
            pair = q.eng.values.flag_pair(t.name, c)
            if pair is None:
                continue
            parts = [p.lower() for p in split_identifier(c.name)]
            parts = [p for p in parts if p not in patterns.FLAG_PREFIXES and not names_role(p, FLAG_MARK_PARTS)]
            if parts and all(p.isalpha() for p in parts):
                found.append((t.name, c.name, tuple(parts), pair))
    q.eng._flag_parts = tuple(found)
    return q.eng._flag_parts


def _part_fits(part: str, words: Sequence[Tok]) -> bool:
    """Whether a flag name's part says ``words``: one word written out or shortened by the strict rule
    (:func:`..spelling.shortens`: "rfr" for refrigerated, "frg" for fragile), or two words or more by their initials
    ("hd" for home delivery)."""
    if len(words) == 1:
        w = words[0]
        return part in (w.low, w.sing) or spelling.shortens(part, w.low) or spelling.shortens(part, w.sing)
    return len(part) == len(words) and part == "".join(w.low[0] for w in words)


def _name_fits(parts: Sequence[str], words: Sequence[Tok]) -> bool:
    """Whether the parts of a flag's name, in order, say every word of ``words`` (:func:`_part_fits`)."""
    if not parts or not words:
        return not parts and not words
    return any(_part_fits(parts[0], words[:k]) and _name_fits(parts[1:], words[k:]) for k in range(1, len(words) + 1))


def _unprefixed(tk: Tok) -> Tok | None:
    """The word an adjective negates by its prefix ("inactive": active), as a token, when it is an English word."""
    for prefix in NEGATING_PREFIXES:
        rest = tk.low[len(prefix) :]
        if tk.low.startswith(prefix) and len(rest) >= 4 and spelling.is_english(rest):
            return replace(tk, low=rest, sing=rest)
    return None


def _flag_subjects(q: Reading, table: str) -> frozenset[str]:
    """The tables whose rows a flag of ``table`` can be said of: its own, and those that refer to it directly (a
    parcel of a refrigerated depot)."""
    return frozenset({table} | {fk.table for fk in q.schema.foreign_keys if fk.ref_table == table})


def _shortened_flags(q: Reading) -> None:
    """A word, or a phrase of words, naming no schema name, read as the yes/no column whose name says it shortened
    or by initials (:func:`_name_fits`: "refrigerated depots" for ``is_rfr``, "home delivery parcels" for ``hd``)
    when it is said as a state of the rows of the column's table (or of a table referring to it): right before
    the noun naming them, or after them and a form of "be", "with" or "have" ("parcels eligible for ...": an
    adjective and its preposition between). It becomes a value mention of the value saying yes; "non", "not",
    "no" or a negating prefix ("inactive") says no. A guess from letters: weak ("fuzzy"), so a close rival still
    asks; two flag columns that fit: neither."""
    flags = _flag_parts(q)
    if not flags:
        return
    i, n = 0, len(q.toks)
    while i < n:
        found = None
        for size in (5, 4, 3, 2, 1):
            found = _flag_phrase(q, flags, i, i + size)
            if found is not None:
                break
        if found is None:
            i += 1
            continue
        start, end, lead, cands, text = found
        q.mentions[:] = [m for m in q.mentions if not (start <= m.start and m.end <= end)]
        q.mentions.append(Mention("value", start, end, cands, text, source="fuzzy", score=ABBREVIATION_SCORE))
        q.mentions.sort(key=lambda m: m.start)
        q.used.update(range(lead, start))
        i = end


def _flag_phrase(q: Reading, flags: Sequence[tuple], s: int, e: int) -> tuple | None:
    """The flag :func:`_shortened_flags` reads in the words ``s`` to ``e``: (start with its negation, end, start of
    the words leading it to consume, candidates, text), or None."""
    toks = q.toks
    if e > len(toks) or any(i in q.used or toks[i].quoted for i in range(s, e)):
        return None
    # words joined by hyphens are one phrase, its little words too ("do-not-call"); else words only
    hyphened = e - s >= 3 and all((toks[i].low == "-") == ((i - s) % 2 == 1) for i in range(s, e))
    words = toks[s:e:2] if hyphened else toks[s:e]
    if not all(w.low.isalpha() for w in words) or any(w.low in NUM_WORDS or w.low in AGG_WORDS for w in words):
        return None
    if not hyphened and any(w.low in STOP for w in words):
        return None
    inside = [m for m in q.mentions if m.start < e and m.end > s]
    if any(m.start < s or m.end > e for m in inside):
        return None  # a mention reaching outside the words: they belong to it
    if len(words) == 1 and inside:
        return None  # one word the schema already names
    if len(words) > 1 and len(inside) >= len(words):
        return None  # every word names something: a phrase of its own, no initials
    fits, flipped = [], False
    for table, column, parts, pair in flags:
        if _name_fits(parts, words):
            fits.append((table, column, pair))
    if not fits and len(words) == 1 and (plain := _unprefixed(words[0])) is not None:
        fits = [(t, c, pair) for t, c, parts, pair in flags if _name_fits(parts, [plain])]
        flipped = True
    if not fits:
        return None
    start, negated = s, flipped
    if s >= 2 and toks[s - 1].low == "-" and toks[s - 2].low == "non":
        start, negated = s - 2, not negated
    elif s >= 1 and toks[s - 1].low in FLAG_NEGATIONS:
        start, negated = s - 1, not negated
    subjects = {t: _flag_subjects(q, t) for t, _, _ in fits}
    after = next((m for m in q.mentions if m.start == e and m.kind == "table"), None)
    lead = start
    if after is not None:
        said = {t for t, _, _ in fits if {c[0] for c in after.cands} & subjects[t]}
    else:
        if e < len(toks) and (mention_at(q, e) is not None or (toks[e].low.isalpha() and toks[e].low not in STOP)):
            return None  # "depots with refrigerated vans": the words qualify the noun after them, not the rows
        said_by = _flag_lead(q, start)
        rows = mention_at(q, start - 1) if start else None
        postposed = rows is not None and rows.kind == "table" and rows.end == start
        if said_by is None and postposed and e < len(toks) and toks[e].low in FLAG_STATE_PREPOSITIONS:
            # an adjective after the rows' noun, its complement part of the state: "patients exempt from NHS
            # charges" (the charges only say what the flag is about)
            said_by, e = (start, False), _complement_end(q, e + 1)
        if said_by is None:
            return None
        lead, denied = said_by
        negated ^= denied
        before = [m for m in q.mentions if m.kind == "table" and m.end <= lead]
        said = {t for t, _, _ in fits if any({c[0] for c in m.cands} & subjects[t] for m in before)}
    fits = [f for f in fits if f[0] in said]
    if len({(t, c) for t, c, _ in fits}) != 1:
        return None  # none said of the rows named, or two flag columns: neither is sure
    text = " ".join(t.low for t in toks[start:e]).replace(" - ", "-")
    return start, e, lead, [(t, c, pair[negated]) for t, c, pair in fits], text


def _complement_end(q: Reading, k: int) -> int:
    """The end of the noun phrase starting at ``k`` (a determiner, then up to three words or mentions naming
    something, no clause word): the complement of an adjective's preposition."""
    toks = q.toks
    while k < len(toks) and toks[k].low in patterns.DETERMINERS:
        k += 1
    stop = k + 3
    while k < min(len(toks), stop):
        m = mention_at(q, k)
        if m is not None and m.kind != "table":
            k = m.end
        elif toks[k].low.isalpha() and toks[k].low not in STOP and m is None:
            k += 1
        else:
            break
    return k


def _flag_lead(q: Reading, start: int) -> tuple[int, bool] | None:
    """The words saying a state of the rows before ``start``: a form of "be", "with" or "have" (and negations),
    maybe then an adjective and its preposition ("are eligible for", or right after the rows' noun: "parcels
    eligible for"), or a verb right after the rows' noun ("parcels arrived damaged"); None when there are none.
    Returns where the adjective and preposition (or the verb) to consume start, and whether a negation among the
    words denies the state ("are not eligible for", "without")."""
    toks = q.toks
    j = start
    adjective = j >= 2 and toks[j - 2].low.isalpha() and toks[j - 2].low not in STOP
    if adjective and toks[j - 1].low in FLAG_STATE_PREPOSITIONS and mention_at(q, j - 2) is None:
        j -= 2
    k = j
    while k > 0 and (toks[k - 1].low in patterns.STATE_WORDS or toks[k - 1].low in FLAG_LEADS):
        k -= 1
    window = [t.low for t in toks[k:j]]
    denied = any(w in patterns.STATE_NEGATIONS or w == "without" for w in window)
    if set(window) & (patterns.BE_FORMS | FLAG_LEADS | {"have", "has", "had"}):
        return j, denied
    if j == start and j >= 2 and mention_at(q, j - 1) is None and past_participle(toks[j - 1].low):
        j -= 1  # a verb said of the rows with the state as its complement ("parcels arrived damaged")
    noun = mention_at(q, j - 1) if j < start and j > 0 else None
    return (j, False) if noun is not None and noun.kind == "table" and noun.end == j else None


def _flag_pair(q: Reading, table: str, column: str | None) -> tuple[Any, Any] | None:
    col = q.schema.table(table).column(column) if column and q.schema.table(table) else None
    return q.eng.values.flag_pair(table, col) if col is not None else None


def _state_words(q: Reading, i: int) -> tuple[int, int, bool]:
    """The words before token ``i`` that say it of the rows as a state: forms of "be" and "have" and negations
    ("have not been", "were never", "isn't"). Returns where they start, where their first negation is (``i``
    when none), and whether they state it (a form of "be" or a negation; "have" alone makes a verb of it)."""
    j = i
    while j > 0 and q.toks[j - 1].low in patterns.STATE_WORDS:
        j -= 1
    window = {t.low for t in q.toks[j:i]}
    negation = next((k for k in range(j, i) if q.toks[k].low in patterns.STATE_NEGATIONS), i)
    return j, negation, negation < i or bool(window & patterns.BE_FORMS)


def _table_head(q: Reading, m: Mention, tables: set[str]) -> Mention | None:
    """The last word of a two-word column mention as a table mention when it names the column's table: the
    noun an adjective naming a flag qualifies ("vaccinated animals" read as one column name)."""
    if m.end - m.start != 2:
        return None
    word = q.toks[m.end - 1].sing
    cands = [(t, c, w) for kind, t, c, w in q.eng.phrases.get(word, ()) if kind == "table" and t in tables]
    return Mention("table", m.end - 1, m.end, cands, word) if cands else None


def _before_noun(q: Reading, m: Mention, tables: set[str] = frozenset()) -> bool:
    """Whether a table or value mention follows the mention directly ("vaccinated animals"), or a column of one of
    ``tables`` (the flag's own) naming what its rows hold ("official languages": the language of a country's
    languages)."""
    return any(
        x.start == m.end
        and (x.kind in ("table", "value") or (x.kind == "column" and any(t in tables for t, _, _ in x.cands)))
        for x in q.mentions
    )


#: the link weight of a verb of transfer read as the one table of dated sums (:func:`_transfer_verb_table`): that
#: of a verb form of a table's own name (``engine._wordnet_tables``)
TRANSFER_WEIGHT = 0.75


def _attribute_code(q: Reading, i: int, shouting: bool = False) -> Mention | None:
    """An adjective ("female") read as the one-letter code ('F') of the attribute WordNet says it is a value of,
    in a column named for that attribute (sex, gender): :meth:`.ValueIndex.by_initial`."""
    word = q.toks[i].low
    if not word.isalpha():
        return None
    attribute = frozenset(w for noun in relations(word, "a").attributes for w in noun.split())
    hits = q.eng.values.by_initial(word, attribute) if attribute and len(word) > 1 else []
    if i + 1 < len(q.toks):
        # the adjective qualifies the noun after it: "female keepers" is no code of the animals' sex column
        nouns = {t for kind, t, _, _ in q.eng.phrases.get(q.toks[i + 1].sing, ()) if kind == "table"}
        hits = [h for h in hits if not nouns or h.table in nouns]
    if not hits:
        return None
    q._coded.update((h.table, h.column, h.value) for h in hits)
    return Mention("value", i, i + 1, [(h.table, h.column, h.value) for h in hits], word)


def _attribute_noun(q: Reading, i: int) -> Mention | None:
    """A noun no schema name holds that WordNet makes a kind of an attribute's value, one or two steps up ("women":
    female, "girls": woman, female) read as that value's one-letter code (:func:`_attribute_code`) when one column
    alone, named for the attribute, holds it: "the average pay of women" keeps the rows whose sex is 'F'."""
    tk = q.toks[i]
    if not tk.low.isalpha() or len(tk.sing) < 3 or tk.low in STOP or tk.sing in q.eng.phrases:
        return None
    if tk.low in q.eng.phrases:
        return None
    seen, level = set(), [tk.sing]
    for _ in range(2):
        level = [w for x in level for w in (*relations(x, "n").hypernyms, *relations(x, "n").broad) if w not in seen]
        seen.update(level)
    hits = []
    for word in sorted(w for w in seen if " " not in w):
        attribute = frozenset(a for noun in relations(word, "a").attributes for a in noun.split())
        if attribute:
            hits += [(h.table, h.column, h.value) for h in q.eng.values.by_initial(word, attribute)]
    if len({(t, c) for t, c, _ in hits}) != 1 or len({v for _, _, v in hits}) != 1:
        return None
    q._coded.update(hits)
    return Mention("value", i, i + 1, hits, tk.low)


def _status_code(q: Reading, i: int, shouting: bool = False) -> Mention | None:
    """An inflected verb ("refunded", "diverted") read as the status code that abbreviates it ('RFD', 'DIV')
    in a column of a few short capital codes (:meth:`.ValueIndex.by_abbreviation`): the rows that were
    refunded are those whose status says so, not a date or a related table the verb might name; never for a table
    with a date column the verb's name says ("published" and ``pub_dt``: the verb names the event)."""
    word = q.toks[i].low
    verbs = past_participle_of(word) or _done_verb(q, i)
    if not verbs:
        # "plans that are prepay": a verb said of the rows after a form of "be" names a state of theirs too
        said = i and q.toks[i - 1].low in patterns.BE_FORMS and word.isalpha() and not word.endswith("ing")
        found = _named_state_code(q, i, {word, *_verb_lemmas(word)}) if said else []
        if not found:
            return None
        q._coded.update(found)
        return Mention("value", i, i + 1, found, word)
    hits = q.eng.values.by_abbreviation(frozenset({word, *verbs}))
    hits = [h for h in hits or () if not _dates_event(q, h.table, {word, *verbs})]
    found = [(h.table, h.column, h.value) for h in hits] if hits else _named_state_code(q, i, {word, *verbs})
    described = _rows_described(q, i)
    if described is not None:
        found = [f for f in found if f[0] in described]  # "completed sales": the sales' state, not a product kind
    if not found:
        found = _verb_value(q, i, set(verbs))  # "pupils who failed an exam": the exam's result
    if not found:
        return None
    q._coded.update(found)
    return Mention("value", i, i + 1, found, word)


def _done_verb(q: Reading, i: int) -> tuple[str, ...]:
    """The verb at ``i`` when it is the bare verb of a question asked with "do" ("how many lessons did we
    complete", "which orders did they cancel"): said of the rows as its participle would be ("completed
    lessons"); none for another form, a function word ("have") or with no form of "do" among the three words
    before."""
    word = q.toks[i].low
    if not word.isalpha() or word in STOP or word not in _verb_lemmas(word):
        return ()  # "do we have": an auxiliary's verb, no state
    return (word,) if any(q.toks[k].low in patterns.DO_FORMS for k in range(max(0, i - 3), i - 1)) else ()


def _rows_described(q: Reading, i: int) -> set[str] | None:
    """The tables a participle at ``i`` is said of: those of the table noun right after it ("completed sales"), or
    right before it ("sales completed", "sales that were completed"); None when no table noun is that close."""
    if i + 1 < len(q.toks):  # the noun after is not linked yet (the scan goes left to right)
        named = {t for kind, t, _, _ in q.eng.phrases.get(q.toks[i + 1].sing, ()) if kind == "table"}
        if named:
            return named
    k = i - 1
    while k >= 0 and (q.toks[k].low in patterns.BE_FORMS or q.toks[k].low in patterns.CLAUSE_OPENERS):
        k -= 1
    before = mention_at(q, k) if k >= 0 else None
    if before is not None and before.kind == "table" and before.end == k + 1:
        return {c[0] for c in before.cands} | {before.t}
    return None


def _dates_event(q: Reading, name: str, forms: set[str]) -> bool:
    """Whether a date column of the table says the participle's event ("published" and ``pub_dt``,
    :func:`..spelling.dates_event`): the participle names the event that date tells, not a status code."""
    table = q.schema.table(name)
    return table is not None and any(spelling.dates_event(c, forms) for c in table.columns)


def _initials_decide(word: str, forms: set[str], codes: set[str]) -> bool:
    """Whether one-letter state codes decide a participle: every other code is the first letter of a state word
    the engine knows (:data:`..patterns.ROW_STATE_WORDS`, :data:`..patterns.END_DATE_WORDS`: 'O' open, 'P'
    pending), so the column codes states by their initials, and no known state word other than the participle's
    own forms starts with its letter ('C' may be closed as well as cancelled: the engine asks)."""
    known = patterns.ROW_STATE_WORDS | patterns.END_DATE_WORDS
    letter = word[0]
    others = {w for w in known if w[0] == letter and not ({w, *_verb_lemmas(w)} & forms)}
    if others:
        return False
    return all(any(w[0] == c.lower() for w in known) for c in codes if c.lower() != letter)


@lru_cache(maxsize=4096)
def _verb_lemmas(word: str) -> tuple[str, ...]:
    from lemminflect import getAllLemmas

    return tuple(getAllLemmas(word).get("VERB", ()))


def _named_state_code(q: Reading, i: int, forms: set[str]) -> list[tuple[str, str, Any]]:
    """A participle read as the one status code of a table the question names (:func:`..row_state.state_codes`,
    not a yes/no pair) that the data decides: a code of three letters or more the participle starts with ('REJ'
    for "rejected", 'CAN' for "cancelled", codes that are words themselves, which
    :meth:`.ValueIndex.by_abbreviation` leaves out), else the one-letter code that is its first letter in a
    column of one-letter codes named as a status (:data:`..patterns.STATUS_COLUMN_WORDS`: ``inv_stat``). Either
    only when exactly one code of those tables fits; never for an event verb (:data:`..patterns.EVENT_VERBS`,
    "placed") unless a particle makes it a state ("written off"), nor a verb with its complement ("rejected
    by"), nor for a table with a date column its name says ("released" and ``rel_dt``: the participle names the
    event): otherwise the engine asks (:mod:`..clarify`)."""
    from ..row_state import names_status, state_codes

    word = q.toks[i].low
    then = q.toks[i + 1].low if i + 1 < len(q.toks) else ""
    if then in patterns.VERB_COMPLEMENT_LEADS:
        return []
    if forms & patterns.EVENT_VERBS and then not in patterns.STATE_PARTICLES:
        return []
    named = _tables_said(q)
    prefixed, initial = [], []
    for table in q.schema.tables:
        if table.name not in named or _dates_event(q, table.name, forms):
            continue  # "released" and rel_dt: the participle names the event the date tells
        for column in state_codes(table, q.eng.values):
            if q.eng.values.flag_pair(table.name, table.column(column)) is not None:
                continue
            stored = {
                str(v): v
                for k in q.eng.values.column_values(f"{table.name}.{column}")
                for v in _stored(q, table.name, column, k)
            }
            prefixed += [
                (table.name, column, v)
                for s, v in stored.items()
                if len(s) >= 3 and any(f.startswith(s.lower()) for f in forms)
            ]
            ones = all(len(s) == 1 for s in stored)
            if names_status(column, shortened=True) and ones and _initials_decide(word, forms, set(stored)):
                initial += [(table.name, column, v) for s, v in stored.items() if s.lower() == word[0]]
    if prefixed:
        return prefixed if len(prefixed) == 1 else []
    return initial if len(initial) == 1 else []


def _listed_number(q: Reading, i: int, shouting: bool = False) -> Mention | None:
    """ "Number" listed beside another column's word ("give the number and name", "name and number"): the own number
    (:func:`_own_number`) of the table that column belongs to (``contestant_number``), not a count."""
    toks = q.toks
    if toks[i].low != "number":
        return None
    nxt = [toks[k].sing for k in (i + 1, i + 2) if k < len(toks)]
    prev = [toks[k].sing for k in (i - 2, i - 1) if k >= 0]
    beside = nxt[1] if nxt[:1] in (["and"], [","]) and nxt[1:] else None
    beside = beside or (prev[0] if prev[-1:] in (["and"], [","]) and prev[:1] else None)
    owners = _column_tables(q, beside) if beside else set()  # the tables of the other column listed
    found = [(t.name, c.name, 0.8) for t in q.schema.tables if t.name in owners for c in t.columns if _own_number(t, c)]
    return Mention("column", i, i + 1, found, "number") if len(found) == 1 else None


def _own_number(t: Any, c: Any) -> bool:
    """Whether a column is its table's own number: named "<the table's noun> number" (``contestant_number`` of
    contestants), or the key when its name ends in "number" (no phone or serial number of something else)."""
    words = [singular(w.lower()) for w in split_identifier(c.name)]
    own = [singular(w.lower()) for w in split_identifier(t.name)]
    return len(words) > 1 and words[-1] == "number" and (words[:-1] == own or c.primary_key)


def _tables_said(q: Reading) -> set[str]:
    """The tables a word of the question names, as the lexicon has them (before any mention is resolved)."""
    return {t for tok in q.toks for kind, t, _, _ in q.eng.phrases.get(tok.sing, ()) if kind == "table"}


def _column_tables(q: Reading, word: str) -> set[str]:
    """The tables of the columns a word names on its own ("name": contestant_name), among the tables the question
    names."""
    named = _tables_said(q)
    return {t for kind, t, _, _ in q.eng.phrases.get(word, ()) if kind == "column" and t in named}


def _verb_value(q: Reading, i: int, verbs: set[str]) -> list[tuple[str, str, Any]]:
    """A participle whose verb is spelt as a value of a column of a few values ('Fail' for "failed", 'Pass' for
    "passed"), of a table the question names: the rows the verb is said of are those holding that value, not every
    row of the table the verb would otherwise join (a pupil "failed" an exam: the exam's result). Only when one
    such value fits, never for an event verb (:data:`..patterns.EVENT_VERBS`) nor for a table with a date column
    the verb names ("completed" and ``completed_date``: the event that date tells)."""
    from ..values import MAX_STATUS_CODES

    if len(verbs) != 1 or verbs & patterns.EVENT_VERBS:
        return []
    named = _tables_said(q)
    found = []
    for h in q.eng.values.lookup(next(iter(verbs))):
        key = f"{h.table}.{h.column}"
        if h.source != "exact" or h.table not in named or _dates_event(q, h.table, {q.toks[i].low, *verbs}):
            continue
        if 2 <= q.eng.values.cardinality.get(key, 0) <= MAX_STATUS_CODES and str(h.value).lower() in verbs:
            found.append((h.table, h.column, h.value))
    return found if len(found) == 1 else []


def _opposite_code(q: Reading, i: int, shouting: bool = False) -> Mention | None:
    """A state with an opposite ("open", "closed": :data:`..patterns.STATE_OPPOSITES`) read as its code in the
    one short code column (:func:`..row_state.state_codes`) that holds a code for the state and one for its
    opposite, each its first letter or an abbreviation ('O' and 'C'; 'OPN' and 'CLS'); of the table the next
    word names, when it names one, else of a table the question names (the rows the state is said of)."""
    from ..row_state import state_codes

    word = q.toks[i].low
    opposite = patterns.STATE_OPPOSITES.get(word)
    if opposite is None:
        return None
    nouns = (
        {t for kind, t, _, _ in q.eng.phrases.get(q.toks[i + 1].sing, ()) if kind == "table"}
        if i + 1 < len(q.toks)
        else set()
    )
    nouns = nouns or _tables_said(q)
    found = []
    for table in q.schema.tables:
        if nouns and table.name not in nouns:
            continue
        for column in state_codes(table, q.eng.values):
            stored = {
                str(v)
                for k in q.eng.values.column_values(f"{table.name}.{column}")
                for v in _stored(q, table.name, column, k)
            }
            mine = [v for v in stored if spelling.codes_word(v, word)]
            if len(mine) == 1 and any(spelling.codes_word(v, opposite) for v in stored if v != mine[0]):
                found.append((table.name, column, mine[0]))
    if len(found) != 1:
        return None
    q._coded.update(found)
    return Mention("value", i, i + 1, found, word)


def _stored(q: Reading, table: str, column: str, key: str) -> list[Any]:
    """The values of one column as stored that an index key stands for ('OPN' for "opn")."""
    return [v for t, c, v in q.eng.values.entries.get(key, ()) if (t, c) == (table, column)]


def _initials_code(q: Reading, i: int, shouting: bool = False) -> Mention | None:
    """Two words read as the status code of their initials ("walk-ins" -> 'WI', "front desk" -> 'FD') in a
    column of a few short capital codes (:meth:`.ValueIndex.status_codes`): a compound noun naming a state or a
    kind of the rows, written as its initials. Both words must be ones no schema name or value holds, joined by
    a hyphen or both content words, and one column alone must hold the code."""
    toks = q.toks
    j = i + 2 if i + 2 < len(toks) and toks[i + 1].low == "-" else i + 1
    if j >= len(toks) or not (toks[i].low.isalpha() and toks[j].sing.isalpha()):
        return None
    hyphen = j == i + 2
    if not hyphen and (toks[i].low in STOP or toks[j].low in STOP or len(toks[i].low) < 3 or len(toks[j].low) < 3):
        return None
    if any(k in q.used for k in range(i, j + 1)):
        return None
    head = _longest_phrase(q, j, shouting)
    # "e-bikes": a letter hyphened to a table's noun names a kind of that table's rows, coded in its own columns
    kind_of = head.cands[0][0] if head is not None and _prefixed_table(toks, i, head) else None
    if head is not None and kind_of is None and not _part_of_column(head):
        return None
    code = (toks[i].low[0] + toks[j].sing[0]).upper()
    hits = [
        (key.split(".", 1)[0], key.split(".", 1)[1], code)
        for key, vals in sorted(q.eng.values.status_codes().items())
        if code in vals and kind_of in (None, key.split(".", 1)[0])
    ]
    if len(hits) != 1:
        return None
    q._coded.update(hits)
    return Mention("value", i, j + 1, hits, " ".join(t.low for t in toks[i : j + 1]))


def _part_of_column(head: Mention) -> bool:
    """Whether the head word of a two-word compound names only a part of one column's name, not its first word
    ("goods" for qty_good, its other words unsaid): too weak a link to stop the compound reading as a code its
    initials spell ("finished goods" -> 'FG'), which names the rows themselves."""
    if head.kind != "column" or not head.cands or head.end - head.start != 1:
        return False
    said = {head.text.lower(), singular(head.text.lower())}
    for cand in head.cands:
        parts = [p.lower() for p in split_identifier(str(cand[1]))]
        if len(parts) < 2 or {parts[0], singular(parts[0])} & said:
            return False
    return True


#: a question word at least this frequent in English text (wordfreq's Zipf scale) is not read as a status code
SHORTENED_CODE_ZIPF = 5.0


def _shortened_code(q: Reading, i: int, shouting: bool = False) -> Mention | None:
    """A noun or adjective no schema name or value holds, not among the most everyday words, read as the one status
    code of three letters or more that begins it (:func:`..spelling.shortens`: "residential" -> 'RES') in a column
    of a few short capital codes (:meth:`.ValueIndex.status_codes`); two codes that fit, in any columns: neither."""
    from wordfreq import zipf_frequency

    tk = q.toks[i]
    word = tk.low
    if not word.isalpha() or len(word) < 4 or word in STOP or i in q.used:
        return None
    if {word, tk.sing} & (set(q.eng.phrases) | q.eng.values.words) or word in AGG_WORDS:
        return None
    if zipf_frequency(word, "en") >= SHORTENED_CODE_ZIPF:
        return None  # an everyday noun ("company") says too little to be a code's letters
    if i > 0 and q.toks[i - 1].low in DEGREE_ADVERBS:
        return None  # "the most expensive tours": a graded quality, not 'EXP'
    hits = [
        (key.split(".", 1)[0], key.split(".", 1)[1], v)
        for key, vals in sorted(q.eng.values.status_codes().items())
        for v in sorted(vals)
        if len(v) >= 3 and any(f.startswith(v.lower()) and spelling.shortens(v.lower(), f) for f in {word, tk.sing})
    ]
    if len({v for _, _, v in hits}) != 1:
        return None  # none, or two codes: neither is sure (one code kept by a table and its lookup is one)
    q._coded.update(hits)
    # a guess from letters alone: weaker than a stated value
    return Mention("value", i, i + 1, hits, word, source="fuzzy", score=ABBREVIATION_SCORE)


#: the most one-letter codes a column of kinds holds for :func:`_kind_initial` (more are grades or letters, not kinds)
MAX_KIND_CODES = 6


def _kind_initial(q: Reading, i: int, shouting: bool = False) -> Mention | None:
    """A noun or adjective no schema name or value holds, right before the word naming a table, read as the one
    one-letter code it begins in that table's columns of kinds (a type or class column of one-letter codes only:
    "wholesale buyers" -> 'W' in a buyer_type of 'W' and 'R'): the word says which kind of the rows it means. Two
    codes that fit, or a word naming no table after it: neither. A guess from one letter: weak, like a shortened
    code."""
    toks = q.toks
    tk = toks[i]
    word = tk.low
    if i + 1 >= len(toks) or not word.isalpha() or len(word) < 4 or word in STOP or i in q.used:
        return None
    if word in AGG_WORDS or word in ADJ_COLUMNS or word in engine_words():
        return None
    if word in q.eng.phrases or tk.sing in q.eng.phrases:
        return None  # a schema name (a word of a stored value no earlier way read may still be a kind)
    named = q.eng.phrases.get(toks[i + 1].sing, ())
    tables = {t for kind, t, _, _ in named if kind == "table"}
    if not tables:
        # a noun a column of one table holds ("customer" of cust_type): that table's rows
        tables = {t for kind, t, _, _ in named if kind == "column"}
        if len(tables) != 1:
            return None
    hits = []
    for table in q.schema.tables:
        if table.name not in tables:
            continue
        for column in table.columns:
            if not any(names_role(part, KIND_CLASS_WORDS) for part in name_words(column.name)):
                continue
            key = f"{table.name}.{column.name}"
            codes_ = q.eng.values.column_values(key)
            if not 2 <= len(codes_) == q.eng.values.cardinality.get(key, 0) <= MAX_KIND_CODES:
                continue
            if any(len(c) != 1 for c in codes_):
                continue
            if "".join(sorted(codes_)) == "abcdefgh"[: len(codes_)]:
                continue  # 'A', 'B', 'C': grades of a scale, not the initials of kinds
            hits += [(table.name, column.name, v) for v in _stored(q, table.name, column.name, word[0])]
    if len(hits) != 1:
        return None
    q._coded.update(hits)
    return Mention("value", i, i + 1, hits, word, source="fuzzy", score=ABBREVIATION_SCORE)


#: a code a word set against another code may stand for: one to four capital letters ('R', 'EB', 'CASH')
_SHORT_CODE = re.compile(r"[A-Z]{1,4}")


def _code_column(q: Reading, table: str, column: str) -> frozenset[str]:
    """The values of a column of a few short capital codes (one to four letters, all of them known), else none."""
    key = f"{table}.{column}"
    keys = q.eng.values.column_values(key)
    if not 2 <= len(keys) == q.eng.values.cardinality.get(key, 0) <= MAX_STATUS_CODES:
        return frozenset()
    vals = {v for k in keys for v in _stored(q, table, column, k)}
    if not all(isinstance(v, str) and _SHORT_CODE.fullmatch(v) for v in vals):
        return frozenset()
    return frozenset(vals)


def _versus_sides(q: Reading, k: int) -> tuple[list[int], list[int]]:
    """The words on either side of the versus word at ``k`` that may name what is compared: the word before it
    (or the one before a table's noun there: "cash payments versus card") and the first word after its link
    words ("compared with the ..."), and the word after that when a table's noun follows it."""
    toks = q.toks
    left = [k - 1] if k >= 1 else []
    noun = mention_at(q, k - 1) if k >= 1 else None
    if noun is not None and noun.kind == "table" and noun.start >= 1:
        left.append(noun.start - 1)
    j = k + 1
    while j < len(toks) and toks[j].low in VERSUS_LINKS and toks[j].low not in (".", ","):
        j += 1
    return left, [j] if j < len(toks) else []


def side_by_side(words: list[str] | tuple[str, ...]) -> frozenset[int]:
    """The positions of each "side by side" phrase of ``words``."""
    n = len(patterns.SIDE_BY_SIDE)
    return frozenset(
        k + j for k in range(len(words) - n + 1) if tuple(words[k : k + n]) == patterns.SIDE_BY_SIDE for j in range(n)
    )


def _compared_codes(q: Reading) -> None:
    """A word set against a stored code across a versus word ("cash versus card payments", "A compared with B",
    "compare A and B") reads as the one other code of that code's column the word begins with, or whose first
    letter it is (:func:`_codes_word`: 'C' or 'CD' for "card"): the comparison is between two values of one
    column, so the column is known and only its few codes are tried. A column of short capital codes only
    (:func:`_code_column`); two codes that fit, or none: the word stays unread, so the engine asks or declines."""
    toks = q.toks
    lows = [t.low for t in toks]
    leads = any(w in COMPARE_LEADS for w in lows) or bool(side_by_side(lows))
    for k, w in enumerate(lows):
        if w not in VERSUS_WORDS and not (leads and w in COMPARE_JOINERS):
            continue
        left, right = _versus_sides(q, k)
        for known_at, other in ((left, right), (right, left)):
            known = next((m for i in known_at if (m := mention_at(q, i)) is not None and m.kind == "value"), None)
            if known is None or not other:
                continue
            columns = {(t, c) for t, c, _ in known.cands}
            i = other[0]
            tk = toks[i]
            if len(columns) != 1 or i in q.used or mention_at(q, i) is not None:
                continue
            if not tk.low.isalpha() or len(tk.low) < 3 or tk.low in STOP:
                continue
            t, c = next(iter(columns))
            taken = {v for _, _, v in known.cands}
            noun = mention_at(q, i + 1)
            # "paper tickets" -> 'PT': the word and the table's noun after it, by their initials
            initials = (
                (tk.low[0] + toks[i + 1].sing[0]).upper()
                if noun is not None and noun.kind == "table" and (t, None) in {x[:2] for x in noun.cands}
                else ""
            )
            hits = [
                (t, c, v)
                for v in sorted(_code_column(q, t, c) - taken)
                if v == initials or any(f.startswith(v.lower()) or spelling.codes_word(v, f) for f in {tk.low, tk.sing})
            ]
            if len(hits) != 1:
                continue
            q._coded.update(hits)
            found = Mention("value", i, i + 1, hits, tk.low, source="fuzzy", score=ABBREVIATION_SCORE)
            q.mentions = sorted([*q.mentions, found], key=lambda m: m.start)


def _command_verb(q: Reading, i: int, m: Mention) -> bool:
    """A one-word link of a listing verb ("show", "list") that opens a sentence and is followed by what
    it lists ("Show the titles", "please list all members", "Show conductor names": another schema name) is
    the command, not a table or column."""
    toks = q.toks
    if m.end - m.start != 1 or toks[i].low not in LIST_VERBS or m.end >= len(toks):
        return False
    prev = toks[i - 1].low if i else "."
    if prev not in (".", "?", "!", ";", "please"):
        return False
    if toks[m.end].low in LIST_VERB_OBJECTS:
        return True
    listed = _longest_phrase(q, m.end, False)
    return listed is not None and listed.kind in ("table", "column")


def _passive_event_verb(q: Reading, i: int, m: Mention) -> bool:
    """A one-word column link of a past participle right after a form of "be" ("were made", "was built")
    that is no form of the column's own name and no agent follows ("by ..."): the verb tells what happened
    to the rows, not a text column named like its noun (a "make" or a "build" column). A date, flag or number
    column of that verb ("were hired" of a hire date) is what the verb asks about, so it stays."""
    from lemminflect import getAllLemmas

    toks = q.toks
    if m.kind != "column" or m.end - m.start != 1 or not i or toks[i - 1].low not in patterns.BE_FORMS:
        return False
    low = toks[i].low
    verbs = getAllLemmas(low, upos="VERB").get("VERB", ())
    if not verbs or low in verbs or (m.end < len(toks) and toks[m.end].low == "by"):
        return False
    names = {(t, c) for t, c, _ in m.cands if c}
    if not names or any(low in c.lower() or singular(low) in c.lower() for _, c in names):
        return False
    return all(understand.family(q, t, c) == "text" for t, c in names)


def _event_columns(q: Reading) -> None:
    """An inflected verb nothing linked that names a column by the noun of its act ("how is the course
    described": the description), in a table the question names."""
    from lemminflect import getAllLemmas

    tables = {m.t for m in q.mentions if m.kind == "table"} | {
        c[0] for m in q.mentions if m.kind == "table" for c in m.cands
    }
    found = []
    for i, tk in enumerate(q.toks):
        if i in q.used or mention_at(q, i) is not None or not tk.low.isalpha() or tk.low in STOP:
            continue
        if tk.low in engine_words():
            continue  # a word the rules read ("populated": a superlative's measure)
        verbs = getAllLemmas(tk.low).get("VERB", ())
        if not verbs or tk.low in verbs:
            continue  # an inflected verb only ("described", not "describe" or a noun)
        cands = [
            (t, c, w * 0.9)
            for v in verbs
            for noun in event_nouns(v)
            if noun != v  # "made" -> "make" names the verb itself, no act
            for k, t, c, w in q.eng.phrases.get(singular(noun), ())
            if k == "column" and w >= 0.6 and (t in tables or not tables)
        ]
        if cands:
            found.append(Mention("column", i, i + 1, cands, tk.low))
    if found:
        q.mentions = sorted([*q.mentions, *found], key=lambda x: x.start)


def _shared_heads(q: Reading) -> None:
    """Modifiers that share the head noun of the column named after them ("first, middle and last name",
    "home and work phone"): each modifier with that head is a column too, when the schema has one."""
    toks = q.toks
    found: list[Mention] = []
    for m in list(q.mentions):
        if m.kind != "column" or m.end - m.start < 2:
            continue
        head = [t.sing for t in toks[m.start + 1 : m.end]]
        j = m.start - 1
        if j < 0 or toks[j].low not in ("and", "or", ","):
            continue
        while j >= 1 and toks[j].low in ("and", "or", ","):
            j -= 1
            while j >= 0 and toks[j].low in ("and", "or", ","):
                j -= 1
            if j < 0 or mention_at(q, j) is not None or not toks[j].low.isalpha():
                break
            sch = q.eng.phrases.get(" ".join([toks[j].sing, *head]))
            cands = [(t, c, w) for k, t, c, w in sch or () if k == "column"]
            # a function word ("first", "last") only as part of a column's own name
            if not cands or (toks[j].low in STOP and max(w for *_, w in cands) < 0.9):
                break
            found.append(Mention("column", j, j + 1, cands, " ".join([toks[j].sing, *head])))
            j -= 1
    if found:
        q.mentions = sorted([*q.mentions, *found], key=lambda x: x.start)


def _after_cmp(q: Reading, i: int) -> bool:
    prev = " ".join(t.low for t in q.toks[max(0, i - 2) : i])
    return prev.endswith(("than", "least", "most", "exactly", "only", "just", "over", "under", "above", "below"))


def _starts_phrase(q: Reading, j: int) -> bool:
    for L in range(min(q.eng.max_phrase, len(q.toks) - j), 0, -1):
        key = " ".join(t.sing for t in q.toks[j : j + L] if t.low[0].isalnum())
        if key and key in q.eng.phrases:
            return True
    return False


def _capitalised(q: Reading, i: int, span: list[Tok]) -> bool:
    return i > 0 and all(s.orig[:1].isupper() for s in span if s.low[0].isalpha())


def _value_ok(q: Reading, span: list[Tok], vkey: str, sch: Any) -> bool:
    words = vkey.split()
    if all(w in STOP or w.isdigit() for w in words):
        return False
    return not (len(words) == 1 and len(words[0]) <= 2 and not span[0].orig.isupper())


def _fuzzy(q: Reading, i: int) -> Mention | None:
    """A misspelt value ("Brasil" -> 'Brazil'), two words first; misspelt schema words were corrected
    before the scan (:meth:`correct_spelling`), and an English word is never read as a value."""
    for L in (2, 1):
        span = q.toks[i : i + L]
        if len(span) < L or any(not s.low[0].isalnum() or s.quoted for s in span):
            continue
        if L == 2 and (span[1].low in STOP):
            continue
        text = " ".join(s.low for s in span)
        hits = q.eng.values.fuzzy(text, cutoff=None if L == 1 else 85)
        if hits:
            q.notes.append(f"read '{' '.join(s.orig for s in span)}' as '{hits[0].value}'")
            hit = [(h.table, h.column, h.value) for h in hits]
            return Mention("value", i, i + L, hit, hits[0].value, weight=0.9, source="fuzzy", score=hits[0].score)
    return None


# ---------------------------------------------------------------- step 3: resolution
def _aggregate_series(q: Reading) -> None:
    """A list of aggregate words sharing one noun ("the mean, lowest and highest prices") aggregates that
    noun: an aggregate word of the list that also names a column of its own (a column called "lowest")
    is read as the aggregate word. Likewise the two ends of an ordering span ("from highest to lowest")."""
    lows = [t.low for t in q.toks]
    drop = set()
    for head in q.mentions:
        if (
            head.kind != "column"
            or lows[head.start] in AGG_WORDS
            or not any(understand.family(q, c[0], c[1]) in ("integer", "number") for c in head.cands if c[1])
        ):
            continue
        j, listed, series = head.start - 1, False, []
        while j >= 0 and (lows[j] in AGG_SERIES_FILLER or lows[j] in AGG_WORDS):
            listed |= lows[j] in (",", "and")
            if lows[j] in AGG_WORDS:
                series.append(j)
            j -= 1
        if listed and len(series) >= 2:
            for k in series:
                m = mention_at(q, k)
                if m is not None and m.kind == "column" and (m.start, m.end) == (k, k + 1):
                    drop.add(id(m))
    # "from highest to lowest": the two ends of an ordering span are direction words, not columns
    for i in range(len(lows) - 3):
        if lows[i] != "from":
            continue
        a = i + 1 + (lows[i + 1] == "the")
        b = a + 2 + (a + 2 < len(lows) and lows[a + 2] == "the")
        if b >= len(lows) or lows[a + 1] != "to":
            continue
        ends = {lows[a], lows[b]}
        if len(ends & HIGH_END_WORDS) == 1 and len(ends & LOW_END_WORDS) == 1:
            for k in (a, b):
                m = mention_at(q, k)
                if m is not None and m.kind == "column" and (m.start, m.end) == (k, k + 1):
                    drop.add(id(m))
    if drop:
        q.mentions = [m for m in q.mentions if id(m) not in drop]


def verb_after(q: Reading, m: Mention) -> bool:
    """Whether a column mention is followed by, or ends with, a past participle of a verb ("nights booked",
    "minutes trained"): an amount of what happened, which adds up over the rows."""
    from lemminflect import getAllLemmas

    k = m.end if m.end - m.start == 1 else m.end - 1
    if k >= len(q.toks):
        return False
    low = q.toks[k].low
    lemmas = getAllLemmas(low)
    return bool(lemmas.get("VERB")) and low not in lemmas["VERB"] and low.endswith("ed") and "NOUN" not in lemmas


def event_verb(q: Reading, m: Mention) -> bool:
    """A mention that is an inflected verb naming a table of events ("borrowed" for loans, "rents" for
    rentals): it says what happened to the noun after it ("the most borrowed books"), it is no modifier."""
    from lemminflect import getAllLemmas

    if m.end - m.start != 1 or (m.text not in q.eng.event_forms and m.source != "event"):
        return False
    low = q.toks[m.start].low
    lemmas = getAllLemmas(low)
    if not lemmas.get("VERB") or low in lemmas["VERB"]:
        return False
    # a plural noun as well ("rents") is the verb unless the noun names something in its own right
    return not any(w >= 0.9 for n in lemmas.get("NOUN", ()) for *_, w in q.eng.phrases.get(n, ()))


def resolve(q: Reading) -> None:
    """Pick one (table, column) for every ambiguous mention, using the tables in focus."""
    _aggregate_series(q)
    _noun_compounds(q)
    tables = {m.cands[0][0] for m in q.mentions if m.kind == "table" and len(m.cands) == 1 and m.cands[0][1] is None}
    for m in q.mentions:
        if m.kind == "table":
            _table_or_column(q, m, tables)
    focus = {m.t for m in q.mentions if m.kind == "table"}
    q._first_table = next((m.t for m in q.mentions if m.kind == "table"), None)
    vfocus = _value_focus(q, tables)
    _column_focus(q)
    for m in q.mentions:
        if m.kind == "column":
            _resolve_column(q, m, focus, vfocus)
    cfocus = {m.t for m in q.mentions if m.kind == "column"}
    for m in q.mentions:
        if m.kind == "value":
            _note_code(q, _resolve_value(q, m, focus | cfocus))
        elif m.kind == "metric":
            reread(q, m, t=m.cands[0][0])
    wh_words.wh_attribute_mentions(q)


def _money_modifiers(q: Reading) -> set[int]:
    """ "sales reps", "revenue team": a money word that links to nothing, right before a noun naming a table, is
    that noun's modifier (the kind of rep), no measure of its own; it is consumed with the table's link (the
    positions returned). Not after "much" ("how much revenue ...") nor when a verb in the active follows the noun
    ("what revenue stores made"): the noun is then the subject of a clause and the money word is what is asked."""
    from lemminflect import getAllLemmas

    lows = [t.low for t in q.toks]
    found: set[int] = set()
    for m in q.mentions:
        j = m.start - 1
        if m.kind != "table" or j < 0 or lows[j] not in patterns.MONEY_WORDS or mention_at(q, j) is not None:
            continue
        if any(c[1] is not None for c in m.cands) or (j and lows[j - 1] == "much") or j in q.used:
            continue
        after = lows[m.end] if m.end < len(lows) else ""
        lemmas = getAllLemmas(after) if after.isalpha() else {}
        passive = m.end + 1 < len(lows) and lows[m.end + 1] in ("to", "by", "with")  # "reps assigned to ..."
        if set(lemmas) == {"VERB"} and not passive:
            continue
        found.add(j)
    return found


def _noun_compounds(q: Reading) -> None:
    """ "product category", "customer invoices": in a noun compound the last noun is the head; the words
    before it become modifiers, no mention of their own."""
    keep = []
    for k, m in enumerate(q.mentions):
        nxt = q.mentions[k + 1] if k + 1 < len(q.mentions) else None
        if (
            m.kind == "table"
            and nxt is not None
            and nxt.kind == "table"
            and nxt.start == m.end
            and q.toks[m.start].low == q.toks[m.start].sing
            and not event_verb(q, m)
            and not event_verb(q, nxt)
            and all(c[1] is None for c in m.cands)
            and all(c[1] is None for c in nxt.cands)
            and any(q.pl.distance(a[0], b[0]) == 1 for a in m.cands for b in nxt.cands)
        ):
            q.modifiers.update(range(m.start, m.end))
            continue
        if (
            m.kind == "column"
            and nxt is not None
            and nxt.kind == "column"
            and nxt.start == m.end
            and m.end - m.start == 1
            and q.toks[m.start].low == q.toks[m.start].sing
            and q.toks[nxt.end - 1].low in q.toks[nxt.end - 1].sing + "s"
            and _numeric_compound(q, m, nxt)
            and not (m.start and q.toks[m.start - 1].low in (",", "and", "or", "&"))
        ):
            # "fuel efficiency", "ticket revenue": a number column named in full right before another
            # number column of the same table is a noun compound whose head, the second word, is asked for
            q.modifiers.update(range(m.start, m.end))
            q.used.update(range(m.start, m.end))
            continue
        keep.append(m)
    q.mentions = keep
    money = _money_modifiers(q)
    q.modifiers.update(money)
    q.used.update(money)


def _table_or_column(q: Reading, m: Mention, tables: set[str]) -> None:
    """A word that names both a table and a column ("country") is a column when it belongs to another
    table that is mentioned (``tables``), or follows an aggregate word; else the table."""
    tabs = [c for c in m.cands if c[1] is None]
    tab_names = {t for t, _, _ in tabs}
    fk_cols = {(fk.table, fk.column) for fk in q.schema.foreign_keys if fk.ref_table in tab_names}
    cols = [c for c in m.cands if c[1] is not None and (c[0], c[1]) not in fk_cols]
    other = tables - {t for t, _, _ in tabs}
    col_in_focus = [c for c in cols if c[0] in other]
    prevw = q.toks[m.start - 1].low if m.start else ""
    nxt = mention_at(q, m.end)
    if nxt is not None and nxt.kind == "column" and _names_own_part(q, nxt, tab_names):
        # "continent name", "album id": the word owns the column word after it, it is the table
        cols = []
    num_cols = [c for c in cols if understand.family(q, c[0], c[1]) in ("integer", "number")]
    if prevw in ("total", "average", "avg", "sum", "mean") and num_cols:
        reread(q, m, kind="column", cands=num_cols)
    elif col_in_focus and other:
        reread(q, m, kind="column", cands=col_in_focus)
    elif exact := [
        c
        for c in cols
        if c[2] > max((w for *_, w in tabs), default=1.0)
        and any(
            x is not m and x.kind == "table" and len(x.cands) == 1 and x.cands[0][:2] == (c[0], None)
            for x in q.mentions
        )
    ]:
        # "reviews with a rating of 5": the table is named already; the word names its column exactly
        # and the table only loosely
        reread(q, m, kind="column", cands=exact)
    else:
        cands = sorted(tabs, key=lambda c: -c[2])
        reread(q, m, cands=cands, t=cands[0][0])


def _value_focus(q: Reading, tables: set[str]) -> set[str]:
    """The tables the values name beyond doubt: the one whose own name column holds the value, else the one
    a column word also names."""
    vfocus = set()
    for m in q.mentions:
        if m.kind == "value":
            ts = {c[0] for c in m.cands}
            if len(ts) > 1:
                # the table whose own name column holds the value ("texas" -> state.state_name); a
                # table that names its rows after another one's (a link table) does not own the value
                ts = (
                    {t for t, c, _ in m.cands if c == q.pl.own_name_column(t)}
                    or {t for t, c, _ in m.cands if c in q.pl.name_columns(t)}
                    or ts
                )
            if len(ts) > 1 and not ts & tables:
                # the rows of two tables share the name: a column word only one of them has tells which
                col_tables = [{t for t, _, _ in c.cands} for c in q.mentions if c.kind == "column"]
                ts = {t for t in ts if any(t in ct and len(ct & ts) == 1 for ct in col_tables)} or ts
            if len(ts) == 1:
                vfocus.add(next(iter(ts)))
    return vfocus


def _column_focus(q: Reading) -> None:
    """The table each column word names beyond doubt (``_col_focus_by``), and per column word the tables where
    it fits at its best (``_col_tops``), both by the mention's id; a mention is never its own evidence ("age"
    with an exact column in one table and a near one in another does not vote for the exact one)."""
    confident: dict[int, str] = {}
    for m in q.mentions:
        if m.kind == "column":
            top = max(w for _, _, w in m.cands)
            ts = {t for t, _, w in m.cands if w >= top - 1e-9}
            if len(ts) == 1 and top >= 0.9:
                confident[id(m)] = next(iter(ts))
    q._col_focus_by = confident
    q._col_tops = {
        id(m): {t for t, _, w in m.cands if w >= max(x for _, _, x in m.cands) - 1e-9}
        for m in q.mentions
        if m.kind == "column"
    }


def _note_code(q: Reading, m: Mention) -> None:
    """A value read as a stored code or another name says so (``source`` "code", and a note when it differs
    from what was typed)."""
    if (m.t, m.c, m.value) in getattr(q, "_coded", ()):
        if m.source != "fuzzy":  # a code read by its letters alone stays a guess
            reread(q, m, source="code")
        typed = " ".join(t.orig for t in q.toks[m.start : m.end])
        if str(m.value) != typed:
            q.notes.append(f"read '{typed}' as '{m.value}'")


def _numeric_compound(q: Reading, m: Mention, nxt: Mention) -> bool:
    """Whether ``m`` names a number column by its full name and ``nxt`` another number column in full, both
    of one table."""
    full = [(t, c) for t, c, w in m.cands if w >= 1.0 and understand.family(q, t, c) in ("integer", "number")]
    heads = [(t, c) for t, c, w in nxt.cands if w >= 1.0 and understand.family(q, t, c) in ("integer", "number")]
    return any(t == t2 and c != c2 for t, c in full for t2, c2 in heads)


def _owner_hint(q: Reading, m: Mention) -> str | None:
    """'name of the artist' / "artist's name" / 'artist name' -> the table that owns the column."""
    j = m.end
    if j < len(q.toks) and q.toks[j].low == "of":
        nm = next_mention(q, j + 1, kinds=("table",))
        if nm is not None:
            return nm.t
    if m.start >= 2 and q.toks[m.start - 1].low in ("s",) and q.toks[m.start - 2].low == "'":
        pm = mention_at(q, m.start - 3)
        if pm is not None and pm.kind == "table":
            return pm.t
    pm = mention_at(q, m.start - 1)
    if pm is not None and pm.kind == "table":
        return pm.t
    return _pronoun_owner(q, m.start)


def _pronoun_owner(q: Reading, start: int) -> str | None:
    """The table an owner pronoun before a column (or before the list it ends: "its id, name") refers to: the
    table after "each" or "every" ("how many courses does each teacher teach, with their names"), else the first
    table the question names, what it is about ("which semester did the most students enrol in? give its name":
    the semester's)."""
    k = start - 1
    while k >= 1 and q.toks[k].low in (",", "and"):
        prev = mention_at(q, k - 1)
        if prev is None or prev.kind != "column":
            break
        k = prev.start - 1
    if k < 1 or q.toks[k].low not in patterns.OWNER_PRONOUNS:
        return None
    tables = [x for x in q.mentions if x.kind == "table" and x.end <= k]
    each = [x for x in tables if x.start and q.toks[x.start - 1].low in ("each", "every")]
    return (each or tables)[0].t if tables else None


def _names_own_part(q: Reading, m: Mention, tables: set[str]) -> bool:
    """Whether the column word ``m`` is one of ``tables``' own parts: a label or key word, or a column
    word with a candidate there."""
    words = {q.toks[i].low for i in range(m.start, m.end)}
    if words <= LABEL_WORDS | KEY_WORDS:
        return True
    return any(t in tables for t, _, _ in m.cands)


def _owner_part(q: Reading, m: Mention, owner: str) -> tuple[str, str, float] | None:
    """The owner's own label or key column for a bare label or key word that fits no column of the owner
    ("continent name" where the continents table calls its label "continent")."""
    words = {q.toks[i].sing for i in range(m.start, m.end)}  # "kiln names": one name per row
    table = q.schema.table(owner)
    if table is None:
        return None
    if words <= LABEL_WORDS:
        labels = q.pl.name_columns(owner)
        return (owner, labels[0], 0.9) if labels else None
    if words <= KEY_WORDS and len(table.primary_key) == 1:
        return (owner, table.primary_key[0], 0.9)
    return None


def _own_class_columns(q: Reading, m: Mention, focus: set[str]) -> list[tuple[str, str, float]]:
    """For a generic classifying word ("type", "kind": :data:`..patterns.CLASS_WORDS`), the classifying column of
    each table the question names that no candidate is in ("the usual kind of repair" where repairs has a
    ``category``), as strong as the best candidate: a table's own column beats one reached by a long join, and
    where both fit the margin between them is the doubt."""
    if m.end - m.start != 1 or q.toks[m.start].sing not in CLASS_WORDS or not m.cands:
        return []
    have = {t for t, _, _ in m.cands}
    weight = max(w for _, _, w in m.cands)
    out = []
    for t in sorted(focus - have):
        table = q.schema.table(t)
        own = [
            c.name
            for c in (table.columns if table else ())
            if c.family == "text" and (words := name_words(c.name)) and names_role(words[-1], CLASS_WORDS)
        ]
        if len(own) == 1:
            out.append((t, own[0], weight))
    return out


def _resolve_column(q: Reading, m: Mention, focus: set[str], vfocus: set[str]) -> None:
    """Pick the (table, column) of column mention ``m``; its resolved copy takes its place in the mentions."""
    linked = m  # the mention as found (its id keys the focus tables); ``m`` becomes the copy being resolved
    owner = _owner_hint(q, m)
    if owner is not None and all(t != owner for t, _, _ in m.cands):
        part = _owner_part(q, m, owner)
        if part is not None:
            m = replace(m, cands=[*m.cands, part])
    m = replace(m, cands=[*m.cands, *_own_class_columns(q, m, focus)])
    col_focus = {t for k, t in q._col_focus_by.items() if k != id(linked)}
    before = q.toks[m.start - 1].low if m.start else ""
    if (
        before not in ("with", "the", "a", "its", "their", "of", "by", "total", "average", "whose")
        and q.toks[m.end - 1].low in ("cost", "costs", "costing")
        and m.end < len(q.toks)
        and q.toks[m.end].low
        in ("more", "less", "over", "under", "above", "below", "between", "at", "exactly", "than", "no", "from")
    ):
        # the verb "cost" means what is paid: the price
        price = [(t, c, w) for t, c, w in m.cands if "price" in c.lower()]
        if not price:
            for t in dict.fromkeys(t for t, _, _ in m.cands):  # candidate order, not hash order
                for col in q.schema.table(t).columns:
                    if "price" in col.name.lower() and col.family in ("number", "integer"):
                        price.append((t, col.name, 1.0))
        if price:
            m = replace(m, cands=price)
    best = None
    scored: list = []
    for t, c, w in m.cands:
        s = w
        if t == owner:
            s += 3
        if t == q._first_table:
            s += 0.3
        if t in focus:
            s += 1.0
        elif focus:
            s -= 0.15 * min(q.pl.distance(f, t) for f in focus)
        if t in vfocus:
            s += 0.3
        if t in col_focus and not focus:
            s += 0.5
        # "brands and sizes": the table where the other column words fit as well reads them all at once
        s += 0.2 * min(2, sum(t in tops for k, tops in q._col_tops.items() if k != id(linked)))
        if best is None or s > best[0]:
            best = (s, t, c)
        scored.append((s, t, c))
    margin, rival = _margin(best[0], [(s, (t, c)) for s, t, c in scored if (t, c) != (best[1], best[2])])
    reread(q, linked, cands=m.cands, t=best[1], c=best[2], margin=margin, rival=rival)


def _movement_ends(q: Reading, m: Mention) -> set[tuple[str, str]]:
    """The candidate columns of a value that the words before it pick as the start or the end of a movement,
    when a table holds the value in a pair of such columns ("flights from APG": ``SourceAirport``, not
    ``DestAirport``; "arriving at CVO": the destination). Empty when no such word or no such pair."""
    start = m.start
    while start >= 2 and q.toks[start - 1].low in ("and", "or", ",") and mention_at(q, start - 2) is not None:
        start = mention_at(q, start - 2).start  # "out of both APG and CVO": the lead of the list's first place
    lows = [tk.low for tk in q.toks[max(0, start - 3) : start]]
    # a verb of leaving or arriving in any form ("landing at APG") reads as its lead ("from", "to")
    verbs = {w: lemma(w) for w in lows if lemma(w) in patterns.MOVEMENT_VERBS}
    lows = [("from" if verbs[w] in patterns.START_VERBS else "to") if w in verbs else w for w in lows]
    leads = [w for w in reversed(lows) if w in patterns.ORIGIN_LEADS | patterns.DESTINATION_LEADS]
    if not leads:
        # "arrivals at ATO": the noun of the movement's end names it
        said = [singular(w) for w in reversed(lows)]
        ends = patterns.ORIGIN_NAME_WORDS | patterns.DESTINATION_NAME_WORDS
        leads = ["from" if w in patterns.ORIGIN_NAME_WORDS else "to" for w in said if w in ends]
    if not leads:
        return set()
    wanted = patterns.ORIGIN_NAME_WORDS if leads[0] in patterns.ORIGIN_LEADS else patterns.DESTINATION_NAME_WORDS
    other = patterns.DESTINATION_NAME_WORDS if wanted is patterns.ORIGIN_NAME_WORDS else patterns.ORIGIN_NAME_WORDS

    def says(column: str, words: frozenset[str]) -> bool:
        return any(p.lower() in words for p in split_identifier(column))

    picked = {(t, c) for t, c, _ in m.cands if says(c, wanted)}
    paired = {t for t, c, _ in m.cands if says(c, other)}
    return {(t, c) for t, c in picked if t in paired}


def _resolve_value(q: Reading, m: Mention, focus: set[str]) -> Mention:
    """Pick the (table, column, value) of value mention ``m``; returns its resolved copy, now in its place."""
    prev = prev_mention(
        q,
        m.start - 1,
        skip={"the", "a", "an", "is", "of", "named", "called", "=", "in", "from"},
        kinds=("column", "table"),
    )
    by_owner = None
    container = m.start >= 1 and q.toks[m.start - 1].low in ("in", "within", "inside", "at", "near", "through")
    # "how many shops does Oslo have": the value owns the rows counted, it is not one of them
    container = container or (
        m.start >= 1
        and q.toks[m.start - 1].low in ("does", "do", "did")
        and m.end < len(q.toks)
        and q.toks[m.end].low in ("have", "has", "contain", "hold")
    )
    if m.start >= 1 and q.toks[m.start - 1].low == "by":
        bm = prev_mention(q, m.start - 2, skip={"the", "all", "a", "an"}, kinds=("table", "column"))
        if bm is not None and bm.kind == "table":
            by_owner = bm.t
    best = None
    scored: list = []
    # "the capital of Oslo": a column asked "of" a value named in its table's own name column is asked about
    # that row, it does not hold the value
    asked_of = (
        prev is not None
        and prev.kind == "column"
        and "of" in [tk.low for tk in q.toks[prev.end : m.start]]
        and any(t == prev.t and c == q.pl.own_name_column(t) for t, c, _ in m.cands)
    )
    # the table another value of the question lies in beyond doubt: values named together describe one row
    beside = {
        x.cands[0][0] for x in q.mentions if x.kind == "value" and x is not m and len({c[0] for c in x.cands}) == 1
    }
    ends = _movement_ends(q, m)
    for t, c, v in m.cands:
        s = 0.0
        if (t, c) in ends:
            s += 3  # "flights from APG": the source airport, not the destination
        if t in beside and len({c[0] for c in m.cands}) > 1:
            s += 1.0
        if prev is not None and prev.kind == "column" and (prev.t, prev.c) == (t, c) and not asked_of:
            s += 5
        if prev is not None and prev.kind == "table" and prev.t == t:
            s += 1
        if t in focus:
            s += 2
        elif focus:
            s -= 0.3 * min(q.pl.distance(f, t) for f in focus)
        card = q.eng.values.cardinality.get(f"{t}.{c}", 1000)
        s -= min(card / 1000.0, 1.0)
        if c in q.pl.name_columns(t):
            s += 2
        if container and t == q._first_table and c in q.pl.name_columns(t) and any(t2 != t for t2, _, _ in m.cands):
            s -= 3  # "stores in Ohio": the place contains the rows, it is not one of them
        if by_owner is not None and t == by_owner:
            s -= 3
        if v == q.toks[m.start].orig or (m.end - m.start == 1 and v == q.toks[m.start].orig):
            s += 0.05
        if (t, c, v) in getattr(q, "_coded", ()):
            s -= 0.5  # a value spelt as asked beats a code in the same table ("Sao Paulo": the city, not 'SP')
        if best is None or s > best[0]:
            best = (s, t, c, v)
        scored.append((s, (t, c)))
    margin, rival = _margin(best[0], [(s, tc) for s, tc in scored if tc != (best[1], best[2])])
    return reread(q, m, t=best[1], c=best[2], value=best[3], margin=margin, rival=rival)


def _margin(best: float, others: list[tuple[float, tuple]]) -> tuple[float | None, tuple | None]:
    """How far the chosen reading's score is above the best other (table, column), and that reading."""
    if not others:
        return None, None
    s, rival = max(others, key=lambda o: o[0])
    return best - s, rival


def _closed_compound(q: Reading, i: int) -> Mention | None:
    """Two words the schema writes as one ("store room" for a ``storeroom`` table): the name written together,
    as a weaker link than the name itself (the question spelled it apart)."""
    first, second = q.toks[i], q.toks[i + 1]
    if len(first.low) < 3 or len(second.low) < 3 or first.low in STOP or second.low in STOP:
        return None
    key = first.low + second.sing
    sch = q.eng.phrases.get(key)
    end, most = i + 2, 0.85
    if not sch and second.low == second.sing:
        # "summer camp kids" for a summercamper table: the compound with the agent ending "-er" names
        # the people of the thing; a noun for people after it ("students", "kids") is part of the name
        key = first.low + second.low + "er"
        sch = [e for e in q.eng.phrases.get(key, ()) if e[0] == "table"]
        if end < len(q.toks) and relations(q.toks[end].sing).kind == ("person",):
            end += 1
        most = AGENT_COMPOUND_WEIGHT
    if not sch:
        return None
    kinds = {k for k, *_ in sch}
    kind = "table" if "table" in kinds else "column" if "column" in kinds else None
    if kind is None:
        return None
    cands = [(t, c, min(w, most)) for k, t, c, w in sch if k == kind or (kind == "table" and k == "column")]
    return Mention(kind, i, end, cands, key)


#: how much a table named by the closed compound of two words and "-er" ("high school" for highschooler) is trusted
AGENT_COMPOUND_WEIGHT = 0.8
