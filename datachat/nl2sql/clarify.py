"""Ask instead of guessing: turn a translation that left words it could not place into a clarification.

Every content word of a complete question is either used by a rule or reported in ``Translation.unused``.
This stage sorts each unused word into one of six kinds:

- ``ignorable``: politeness and framing words (``IGNORABLE_WORDS`` in :mod:`.patterns`; not before a particle
  that makes a state, "called off") or a long word a letter or two away from one; words a rule reads from the
  whole question (``COMPOSITION_WORDS``, ``ORDER_WORDS``); a weekday after "every" (a recurrence for a scheduled
  report, never a filter);
- ``covered``: its lemma (or a synonym, or a shared stem of 5+ letters) names a table or column the SQL
  already reads ("enrolment" when the query reads ``Enrollment``); a select list showing every column of a
  table (the default) reads none of them by choice; a negation word when the statement negates as often as the
  question does ("never had an appointment" read as NOT IN);
- ``unshown``: it names a column only such a default select list shows ("when is the loan due"): the question
  asked for that column, so it weighs as an unknown noun and the engine asks;
- ``comparison``: a comparative right before "than" in a query that compares ("costlier than 50"): the
  comparison rule read it;
- ``relation``: an inflected verb ("owned", "enrolled", "hosted") in a query that joins tables: the join
  already expresses the relation the verb names; not a word linking read as a short name the statement then
  left out ("total advances paid" with ``adv_amt`` unread: ``dropped``, :func:`_link_unread`);
- ``dropped``: a word that carries a condition or a measure nothing read, weighed as an unknown noun: "percentage"
  (``PERCENT_LEADS``) before "of" with no share computed, a part of a hyphenated modifier ("half-price
  tickets"), or a past participle whose leading letters a status code of the data abbreviates ("voided" and
  'VDX', :func:`_names_status`), or a word saying which state the rows are in ("current", "still", "former",
  "closed": ``ROW_STATE_WORDS``) of a table with state columns (a flag, a short status code, a nullable end date:
  :func:`_drops_state`), or a participle or adjective ("rejected", "written off", "are prepay") on a table the
  reading reads with a status column (short codes, or a few statuses spelt out) it does not test
  (:func:`_code_states`; not an event verb, a verb measuring the row ("lasted more than"), a
  verb with its complement, nor a word a date column's name says), asked about with that column's codes: the
  reading would drop a filter or a share it was asked for;
- ``unknown``: anything else. These are the words that matter.

Weights. ``penalty`` weighs each unknown word: ``NOUN_PENALTY`` for a noun, adjective or token no lemma
explains (also a noun after a grouping word, "by colour", or a bare verb there, a noun misspelt): these stay
kind ``unknown`` and the engine never answers with one; a word the morphology library reads as a verb
(``VERB_PENALTY``, "placed", "signed up", "billed": the row itself is the event) or only as an adverb
(``ADVERB_PENALTY``) becomes a ``loose_word`` that lowers the score, except where it says a condition: a noun
after a place preposition ("in stock") beside another unread word or a contrast ("rather than", "instead of",
"not ... but": :func:`_place_noun`), or the head of a noun phrase whose modifier the reading leaves unread ("the
spring drive": :func:`_unread_compound`), a noun after a preposition relating the rows to other things
(``CONDITION_PREPOSITIONS``: "during matches", "after refunds"), or a noun after "what" that no name follows ("and
what type they are") weighs as an unknown noun. The score itself, its other doubts (close
readings, dropped numbers, measures and negations, weak links, join choices) and the threshold live in
:mod:`.confidence`. Forcing a question on every verb too was measured: it asks 11 shop and 10 Chinook
questions answered right for 2 points of Spider precision, so verbs only lower the score.

A question that opens with a request verb (``REQUEST_VERBS``: "alert me when ...", "email me ... every
Monday") is answered as read: its remaining words belong to the request, which the intent layer confirms.

Every option is a full question verified by translating it: it is kept only when the engine answers it
confidently (``ask=False``, score at the threshold), its SQL holds what that reading needs, and it reads
differently (SQL and label) from the options before it and from the doubted reading itself (an option with the
held-back SQL would offer the reading the engine did not trust). Each clarification is one short sentence naming
the words in doubt, and 2-4 options labelled by what they compute (the engine's explanation without its note of
unused words; the option's question when the explanation is only a table's name); names are written as words
("ref item type code", "order items"). With fewer than two options the engine declines, naming the words or
doubts and suggesting the options it found and questions it can answer. No partial answer is returned: the
held-back reading's SQL and frame stay out.

- Two close readings of one mention (a column of two tables, a value in two columns): each option replaces the
  mention's words by words naming one reading ("supplier city", "warehouse city Oslo").
- An unknown word (or an unused verb or adverb): the question with the word replaced by the schema's nearest
  names (a table or column whose name is its lemma, a synonym, a WordNet synonym, a verb WordNet derives from
  it, "directed by" for "director", or a close spelling), by a value it fuzzily matches, or without it; else by
  the subject's columns of the type its place asks for (few-valued columns after "by"/"per", number columns
  after an aggregate word). Never a name the schema does not hold. Options for other doubts are not offered
  for an unknown word: they would not place it. The reading that leaves the word aside is offered last, beside
  a reading that places it, only where nothing else is in doubt and nothing asked would be lost (the word is
  no grouping, measure, counted thing, comparison or ranking: :func:`_aside`).
- A dropped grouping, measure or column, or an unplaced column (:mod:`.confidence`), in this order: the
  reading's own frame with the doubt repaired and all else it read kept (a grouping no word asked for taken
  out; a dropped column shown, or counted as different values: :func:`_repaired_frames`); the reading stated
  in the engine's own words (its explanation naming every column it shows; never when it leaves out a
  negation, which would offer the opposite; kept only when its SQL differs from the doubted one); the reading
  with the doubt expressed: grouped by the words ("average weight by breed"), the aggregate word over the
  subject's number columns ("the average price"), a column the question named of the rows the reading picks
  ("phone of members where town is Oslo"); last, that column of all rows of the subject ("email of
  customers"), never a column of another table (that would ask about another subject). An option built from
  a frame is kept only when it reads back as what it says (:func:`_reads_back`).
  At most ``MAX_TRIES`` translations verify them, so asking stays cheap.
"""

from __future__ import annotations

import calendar as _calendar
import datetime as dt
import re
import weakref
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .confidence import THRESHOLD, WEAK, Evidence, Link, Reason, Score, confidence
from .dates import find_date_range
from .doubts import parsed
from .dropped import DATE_LITERAL
from .lexicon import inflected_verb, past_participle_of, singular, split_identifier, synonyms
from .patterns import (
    AGG_WORDS,
    ASKER_PREPOSITIONS,
    BE_FORMS,
    COMPOSITION_WORDS,
    CONDITION_PREPOSITIONS,
    DATE_PREPOSITIONS,
    DESTINATION_NAME_WORDS,
    DETERMINERS,
    DISTINCT_WORDS,
    EVENT_VERBS,
    GROUP_LEADS,
    HOLDING_PREPOSITIONS,
    IGNORABLE_WORDS,
    LEADING_WORDS,
    MEASURE_SQL,
    MEASURED_LEADS,
    MODIFIER_LEADS,
    MOVEMENT_VERBS,
    NEGATION_WORDS,
    NOUN_LEADS,
    ORDER_WORDS,
    ORIGIN_NAME_WORDS,
    PERCENT_LEADS,
    RATIO_NOUNS,
    REQUEST_VERBS,
    ROW_STATE_KEEPS,
    ROW_STATE_WORDS,
    STATE_ADVERB_STRESS,
    STATE_ADVERBS,
    STATE_PARTICLES,
    STATE_VERB_PARTICLES,
    STOP,
    VERB_COMPLEMENT_LEADS,
    WH_DETERMINERS,
    WHAT_OBJECT_AUX,
)
from .result import Clarification, Option, Translation
from .row_state import (
    coded_statuses,
    has_state,
    in_force,
    may_code_state,
    names_status,
    short_code_columns,
    state_codes,
    state_columns,
    worded_statuses,
)
from .schema import DATE_FAMILIES
from .spelling import dates_event
from .tokens import _plural, _words
from .wordnet import relations, synonyms_of

if TYPE_CHECKING:
    from collections.abc import Iterator

    from .engine import SemanticEngine
    from .frame import Filter, QueryFrame
    from .schema import Schema, Table

WEEKDAYS = frozenset(d.lower() for d in _calendar.day_name)
#: prepositions that lead a time after a participle ("scrapped in 2023"), and the words that start a relative
#: period after one ("in last year", "since this month")
TIME_PREPOSITIONS = frozenset({"in", "on", "during", "since", "before", "after", "between", "from", "until"})
TIME_DEICTICS = frozenset({"last", "this", "next", "past", "previous"})
VERB_PENALTY = 0.15
#: prepositions of place: the noun after one says where the rows are, a condition (never a verb: "in store")
PLACE_PREPOSITIONS = frozenset({"in", "on", "at", "into", "onto", "inside", "outside", "within", "under", "beneath"})
#: words that open a noun phrase ("the", "our"): a word between one and a noun modifies that noun
MODIFIER_PHRASE_LEADS = DETERMINERS | frozenset({"our", "my", "your", "his", "her", "this", "that", "these", "those"})
#: contrast words and the word that completes them ("rather than", "instead of"): one condition set against another
CONTRAST_LEADS = {"rather": "than", "instead": "of"}
ADVERB_PENALTY = 0.2
NOUN_PENALTY = 0.4
MAX_OPTIONS = 4


@dataclass(frozen=True)
class WordKind:
    word: str
    kind: str  # ignorable | covered | comparison | relation | unshown | dropped | unknown
    after: str = ""  # the word before it in the question
    then: str = ""  # the word after it
    lead: str = ""  # the word before it past a determiner ("in the store": "in")


@lru_cache(maxsize=4096)
def lemmas(word: str) -> frozenset[str]:
    """The word, its singular and every lemma the morphology library knows for it."""
    from lemminflect import getAllLemmas

    low = word.lower()
    out = {low, singular(low)}
    for forms in getAllLemmas(low).values():
        out.update(forms)
    return frozenset(out)


def _read_names(sql: str, dialect: str, schema: Schema | None = None) -> tuple[set[str], int]:
    """Lower-cased words of the tables and columns the SQL reads, and how many distinct tables it reads. A
    select list that shows every column of a table (the default when no column was asked for) reads none of
    them by choice: only the table's name and the columns read elsewhere count, so a word naming one of its
    columns ("the loan's due date") is still a word the reading did not place."""
    from sqlglot import exp

    tree = parsed(sql, dialect)
    tables = {t.name for t in tree.find_all(exp.Table)}
    columns = list(tree.find_all(exp.Column))
    shown = _all_columns_shown(tree, schema) if schema is not None else set()
    elsewhere = {c.name for c in columns if not _in_select_list(c, tree)}
    names = set(tables) | {c.name for c in columns if c.name not in shown or c.name in elsewhere}
    words: set[str] = set()
    for name in names:
        for w in split_identifier(name):
            words.add(w.lower())
            words.add(singular(w.lower()))
    return words, len({t.lower() for t in tables})


def _list_items(question: str) -> set[str]:
    """Lower-cased words the question lists as items: each occurrence right before "and" or a comma that is no
    complement of another name ("songs and their years", "name and level, ..."; not "date of founding,")."""
    raw = question.split()
    words = [w.strip("?,.!;:'\"").lower() for w in raw]
    out = set()
    for i, w in enumerate(words):
        ends_list = raw[i].rstrip("?.!;:'\"").endswith(",") or (i + 1 < len(words) and words[i + 1] == "and")
        if ends_list and not (i and words[i - 1] == "of"):
            out.add(w)
    return out


def _table_words(sql: str | None, dialect: str) -> set[str]:
    """Lower-cased words (and their singulars) of the tables the SQL reads."""
    from sqlglot import exp

    try:
        tables = {t.name for t in parsed(sql, dialect).find_all(exp.Table)} if sql else set()
    except Exception:  # noqa: BLE001 - an unparsable statement reads no table
        return set()
    return {f for name in tables for w in split_identifier(name) for f in (w.lower(), singular(w.lower()))}


def _in_select_list(column: object, tree: object) -> bool:
    from sqlglot import exp

    node = column
    while node is not None and node.parent is not tree:
        node = node.parent
    return node is not None and isinstance(tree, exp.Select) and node in tree.expressions


def _all_columns_shown(tree: object, schema: Schema) -> set[str]:
    """The columns of the outer select list when it is every column of one table (at least three), else none."""
    from sqlglot import exp

    if not isinstance(tree, exp.Select) or not all(isinstance(e, exp.Column) for e in tree.expressions):
        return set()
    shown = {e.name for e in tree.expressions}
    for table in schema.tables:
        names = {c.name for c in table.columns}
        if len(names) >= 3 and names <= shown:
            return names
    return set()


@lru_cache(maxsize=4096)
def _misspelt_ignorable(word: str) -> bool:
    """A long word one or two letters away from an ignorable word ("corresonding")."""
    from rapidfuzz import fuzz, process

    if len(word) < 7:
        return False
    return process.extractOne(word, IGNORABLE_WORDS, scorer=fuzz.ratio, score_cutoff=90) is not None


def _covered(word: str, names: set[str]) -> bool:
    forms = lemmas(word)
    if forms & names:
        return True
    if any(s in names for f in forms for s in synonyms(f)):
        return True
    return any(len(f) >= 5 and len(n) >= 5 and f[:5] == n[:5] for f in forms for n in names)


@lru_cache(maxsize=4096)
def _negations(sql: str, dialect: str) -> int:
    """How many negations a statement makes: NOT (but the NOT NULL guard of a NOT IN), <> and EXCEPT."""
    from sqlglot import exp

    try:
        tree = parsed(sql, dialect)
    except Exception:  # noqa: BLE001 - an unparsable statement negates nothing we can count
        return 0
    nots = [n for n in tree.find_all(exp.Not) if not isinstance(n.this, exp.Is)]
    return len(nots) + len(list(tree.find_all(exp.NEQ))) + len(list(tree.find_all(exp.Except)))


def _link_unread(translation: Translation, word: str, names: set[str]) -> bool:
    """Whether linking read ``word`` as a schema name (a short name it spells out, a misspelling) that the
    statement does not read: the word names something of the data, so it is no verb relating two tables."""
    for link in translation.links:
        if word in link.words.lower().split() and link.source == "fuzzy":
            read = {singular(w.lower()) for part in link.read_as.split() for w in split_identifier(part)}
            if read and not read <= names:
                return True
    return False


def word_kinds(translation: Translation, engine: SemanticEngine, question: str = "") -> list[WordKind]:
    """Sort the translation's unused words (see the module docstring)."""
    words = [w.strip("?,.!;:'\"").lower() for w in question.split()]
    before = {w: words[i - 1] for i, w in reversed(list(enumerate(words))) if i}
    lead = {w: _lead(words, i) for i, w in reversed(list(enumerate(words))) if i}
    after = {w: _next_word(words, i) for i, w in reversed(list(enumerate(words))) if i + 1 < len(words)}
    compares = any(op in (translation.sql or "") for op in (" > ", " < ", " >= ", " <= "))
    if not translation.unused or not translation.sql:
        return []
    try:
        names, n_tables = _read_names(translation.sql, engine.dialect, engine.schema)
        shown, _ = _read_names(translation.sql, engine.dialect)
    except Exception:  # noqa: BLE001 - an unparsable statement covers nothing
        names, shown, n_tables = set(), set(), 1
    table_words = _table_words(translation.sql, engine.dialect)
    listed = _list_items(question)
    out = []
    hyphenated = {part for w in words if "-" in w for part in w.split("-") if part.isalpha()}
    unused = {w.lower() for w in translation.unused}
    # parsed only when a negation word is left over to weigh against it
    negations = _negations(translation.sql, engine.dialect) if unused & NEGATION_WORDS else 0
    for word in translation.unused:
        low = word.lower()
        stress = low in STATE_ADVERB_STRESS and after.get(low) in STATE_ADVERBS
        if (low in STATE_ADVERBS or stress) and _tests_state(engine, translation):
            # "sites currently open" read as the status 'O': the adverb says no more; unless the word it stresses
            # is one nothing read ("term fees still owed" where only a cancelled status was tested)
            kind = "unknown" if _stresses_unused(low, after, unused) else "ignorable"
        elif _drops_state(engine, translation, low, after.get(low, "")):
            kind = "dropped"  # "current members" on a table with an end date or a flag: a state nothing tested
        elif (low in IGNORABLE_WORDS or lemmas(low) & IGNORABLE_WORDS or _misspelt_ignorable(low)) and after.get(
            low
        ) not in STATE_PARTICLES:
            kind = "ignorable"  # not before a particle: "called off" says a state, "called" alone only names
        elif low in NEGATION_WORDS and sum(w in NEGATION_WORDS for w in words) <= negations:
            kind = "covered"  # "never had an appointment" read as NOT IN: the statement negates as often as asked
        elif low in PERCENT_LEADS and after.get(low) == "of":
            kind = "dropped"  # "what percentage of parcels ...": a share asked for that nothing computed
        elif low in RATIO_NOUNS and "/" not in translation.sql:
            kind = "dropped"  # "the highest return rate": one amount over another, which nothing divides
        elif after.get(low) in RATIO_NOUNS and after[low] in unused and "/" not in translation.sql:
            kind = "dropped"  # "the damage rate": the event the rate counts, a condition nothing read
        elif lemmas(low) & MOVEMENT_VERBS and names & (ORIGIN_NAME_WORDS | DESTINATION_NAME_WORDS):
            kind = "covered"  # "landing at APG" read as DestAirport: the verb says which end of the movement
        elif _dates_read(engine, translation, low):
            kind = "covered"  # "released each month" read by rel_dt: the date the verb's event happened
        elif _dates_state(engine, translation, low, after.get(low, "")):
            kind = "dropped"  # "resolved issues" with resolved_dt and resolved_confirm_dt: a state nothing tested
        elif low in hyphenated or _names_status(engine, low):
            kind = "dropped"  # "half-price tickets", a verb a status code abbreviates: a condition on the rows
        elif low in COMPOSITION_WORDS or low in ORDER_WORDS:
            kind = "ignorable"  # read from the whole question (how to chart it, that it is ordered)
        elif low in WEEKDAYS and before.get(low) in ("every", "each"):
            kind = "ignorable"  # "every Monday": a recurrence (a scheduled report), never a filter
        elif compares and after.get(low) == "than":
            kind = "comparison"
        elif _covered(low, names) and not (low in listed and not _covered(low, table_words)):
            kind = "covered"  # a listed item only a column of more words holds was asked for on its own
        elif _covered(low, shown):
            kind = "unshown"  # names a column shown only because every column is: it asked for that one
        elif _other_date(engine, translation, low):
            kind = "dropped"  # "shipping in 2023" on a statement dating the rows by their creation: the wrong date
        elif _code_states(engine, translation, low, before.get(low, ""), after.get(low, "")):
            kind = "dropped"  # "rejected claims" on a table with an untested status code: a state nothing tested
        elif _restricts_rows(engine, translation, low, after.get(low, "")):
            kind = "dropped"  # "estimated reads" on a table with a source code: which rows, left unplaced
        elif _link_unread(translation, low, names):
            kind = "dropped"  # "total advances paid" read 'advances' as ``adv`` and then left it out
        elif (
            n_tables > 1
            and (before.get(low) not in GROUP_LEADS or low.endswith("ing"))  # "by sever": a grouping misspelt
            and not (low.endswith("s") and before.get(low) in NOUN_LEADS)  # "all lines": a plural, no verb
            and inflected_verb(low)
            and not _modifies_column(low, before.get(low, ""), after.get(low, ""), names, table_words)
        ):
            kind = "relation"
        else:
            kind = "unknown"
        out.append(WordKind(word, kind, before.get(low, ""), after.get(low, ""), lead.get(low, "")))
    return out


def _stresses_unused(low: str, after: dict[str, str], unused: set[str]) -> bool:
    """Whether the state adverb ``low`` stands before a content word the reading left unused."""
    then = after.get(low, "")
    return low in STATE_ADVERBS and then in unused and then.isalpha() and then not in STOP


def _lead(words: list[str], i: int) -> str:
    """The word before ``words[i]`` past one determiner ("on the shelf": "on")."""
    j = i - 1
    if j > 0 and words[j] in DETERMINERS:
        j -= 1
    return words[j]


def _modifies_column(word: str, prev: str, nxt: str, names: set[str], table_words: set[str]) -> bool:
    """Whether a present participle stands before the word of a column the statement reads, not of a table, and
    not after a table's noun ("have charging points", not "stations using points"): it says which kind of that
    thing is meant, no relation between tables."""
    if not word.endswith("ing") or not nxt or (prev and _covered(prev, table_words)):
        return False
    return _covered(nxt, names) and not _covered(nxt, table_words)


def _dates_read(engine: SemanticEngine, translation: Translation, word: str) -> bool:
    """Whether the statement reads a date column whose name says the verb's event (:func:`.spelling.dates_event`:
    "released" and ``rel_dt``): the verb is read as that date."""
    from lemminflect import getAllLemmas

    forms = {word, *getAllLemmas(word).get("VERB", ())}
    try:
        tree = parsed(translation.sql, engine.dialect)
    except Exception:  # noqa: BLE001 - an unparsable statement reads nothing
        return False
    return _event_dated(engine, tree, forms, read=True)


def _dates_state(engine: SemanticEngine, translation: Translation, word: str, then: str) -> bool:
    """Whether ``word`` is a participle whose verb names a nullable date of the subject the statement does not
    read (:func:`.rules.state_dates.dated_readings`: "resolved" and ``resolved_dt``): it kept the rows whose
    event happened (or not), so left unused it is a dropped filter, not a loose word. Not for a verb with its
    complement ("resolved by")."""
    if then in VERB_COMPLEMENT_LEADS or not word.isalpha():
        return False
    return bool(_date_clauses(engine, translation, word))


def _other_date(engine: SemanticEngine, translation: Translation, word: str) -> bool:
    """Whether an unused verb names the event of a date column (:func:`.spelling.dates_event`: "shipping" and
    ``close_dt``) of a table the statement reads, that the statement does not read while it keeps a period on
    another date: the period was placed on a date the question did not name."""
    from lemminflect import getAllLemmas
    from sqlglot import exp

    forms = set(getAllLemmas(word).get("VERB", ()))
    if not forms:
        return False
    try:
        tree = parsed(translation.sql, engine.dialect)
    except Exception:  # noqa: BLE001 - an unparsable statement reads nothing
        return False
    periods = [
        c.name.lower()
        for cmp in tree.find_all(exp.GTE, exp.GT, exp.LT, exp.LTE, exp.Between)
        if any(DATE_LITERAL.fullmatch(str(lit.this)) for lit in cmp.find_all(exp.Literal))
        for c in cmp.find_all(exp.Column)
    ]
    if not periods:
        return False
    return _event_dated(engine, tree, forms | {word}, read=False)


def _event_dated(engine: SemanticEngine, tree: Any, forms: set[str], read: bool) -> bool:
    """Whether a table the statement reads has a date column whose name says the verb's event
    (:func:`.spelling.dates_event`) that the statement reads (``read``) or does not read."""
    from sqlglot import exp

    columns = {c.name.lower() for c in tree.find_all(exp.Column)}
    for name in {t.name for t in tree.find_all(exp.Table)}:
        table = engine.schema.table(name)
        if table is not None and any(
            (c.name.lower() in columns) == read and dates_event(c, forms) for c in table.columns
        ):
            return True
    return False


def _drops_state(engine: SemanticEngine, translation: Translation, word: str, then: str) -> bool:
    """Whether ``word`` says which state the rows are in (:data:`..patterns.ROW_STATE_WORDS`: "current",
    "still", "former", "closed", "lapsed") of a table with state columns (:func:`.row_state.has_state`: a flag, a
    short status code, a nullable end date): the subject, or the table the next word names. Left unused there,
    the reading counts or lists every row where the question kept some (a dropped filter); on a table with no
    state column the word says nothing the data could test ("current" stays ignorable)."""
    if word not in ROW_STATE_WORDS or translation.frame is None:
        return False
    if then in STATE_VERB_PARTICLES and word not in STATE_ADVERBS:
        return False  # "live in", "ended up": a verb with its complement, not a state
    names = [translation.frame.base] + [e[1] for e in engine.phrases.get(singular(then), ()) if e[0] == "table"]
    for name in dict.fromkeys(n for n in names if n):
        table = engine.schema.table(name)
        if table is not None and has_state(table, engine.values):
            return True
    return False


def _code_states(
    engine: SemanticEngine, translation: Translation, word: str, before: str, then: str
) -> list[tuple[str, str]]:
    """The status columns (:func:`.row_state.state_codes`, :func:`.row_state.worded_statuses`) an unused participle
    or adjective may say a value of ("rejected claims", "loans written off", "plans that are prepaid", "repairs
    completed" of 'Closed'): those of the subject and of the tables the statement reads that it does not test.
    Left unused, the reading counts or lists every row where the question kept the rows in one state (a dropped
    filter). None for an event verb (:data:`..patterns.EVENT_VERBS`: "placed", "made": the row is the event)
    unless a particle makes it a state (:data:`..patterns.STATE_PARTICLES`: "written off"), for a verb with its
    complement ("based in") or a measure (:data:`..patterns.MEASURED_LEADS`: "lasted more than"), for an
    adjective before a column's name ("short code": it qualifies the column), for a word a date column's name
    says ("shipped" and ``ship_dt``: the date tells when, the verb that it happened), and for the state words
    :func:`_drops_state` weighs."""
    from lemminflect import getAllLemmas
    from sqlglot import exp

    frame = translation.frame
    if frame is None or not frame.base or engine.values is None or word in ROW_STATE_WORDS or not word.isalpha():
        return []
    found = getAllLemmas(word)
    verbs = set(found.get("VERB", ()))
    if not (past_participle_of(word) or "ADJ" in found or (verbs and before in BE_FORMS)) or _graded(word):
        return []
    if then in MEASURED_LEADS:
        return []  # "lasted more than 7 nights": a verb measuring the row, no state of it
    running = before in BE_FORMS and word.endswith("ing") and then in PLACE_PREPOSITIONS
    if (then in VERB_COMPLEMENT_LEADS and not running) or (before == "as" and then == "as"):
        # "based in", "rejected by", "taken a trip"; "as well as": a verb with its complement, a phrase; not a
        # verb going on somewhere ("lifts are running at Eagle Ridge": where, and in which state)
        return []
    if any(e[0] == "column" for e in engine.phrases.get(singular(then), ())):
        return []  # "short code": it qualifies the column named next, not the rows
    forms = {word, *verbs}
    if forms & EVENT_VERBS and then not in STATE_PARTICLES:
        return []
    try:
        tree = parsed(translation.sql, engine.dialect)
    except Exception:  # noqa: BLE001 - an unparsable statement is judged elsewhere
        return []
    names = list(dict.fromkeys([frame.base, *(t.name for t in tree.find_all(exp.Table))]))
    tables = [t for t in (engine.schema.table(n) for n in names) if t is not None]
    tested = {
        (c.table, c.name)
        for node in (*tree.find_all(exp.Where), *tree.find_all(exp.Having))
        for c in node.find_all(exp.Column)
    }
    out = []
    for table in tables:
        for column in table.columns:
            if dates_event(column, forms):
                return []  # "shipped" and ship_dt: the date says when it happened
        # a status spelt out holds its adjectives in its own words: only a verb's participle may name one
        worded = worded_statuses(table, engine.values) if past_participle_of(word) else []
        for column in state_codes(table, engine.values) + worded:
            if (table.name, column) in tested or ("", column) in tested:
                continue
            if engine.values.flag_pair(table.name, table.column(column)) is None:
                out.append((table.name, column))  # a yes/no pair ('Y'/'N') is a flag, which a verb rarely says
    return out


def _next_word(words: list[str], i: int) -> str:
    """The word after ``words[i]`` as its verb phrase goes on: none when the words there say when
    (:func:`_time_complement`), for a period dates the rows and is no complement of the word."""
    beyond = words[i + 2] if i + 2 < len(words) else ""
    return "" if _time_complement(words[i + 1], beyond) else words[i + 1]


def _time_complement(then: str, beyond: str) -> bool:
    """Whether the words after a participle say when ("scrapped in 2023", "refunded during March", "closed since
    last May"): a time, not the verb's complement, so the participle still says a state of the rows."""
    from .dates import MONTHS

    return then in TIME_PREPOSITIONS and (
        (beyond.isdigit() and len(beyond) == 4) or beyond in MONTHS or beyond in TIME_DEICTICS
    )


def _tests_state(engine: SemanticEngine, translation: Translation) -> bool:
    """Whether the reading keeps the subject's rows by one of its state columns (:func:`.row_state.state_columns`)."""
    frame = translation.frame
    table = engine.schema.table(frame.base) if frame is not None and frame.base else None
    if table is None:
        return False
    states = state_columns(table, engine.values)
    return any(
        f.field.table == table.name and (f.field.column in states or _tests_kind(engine, table, f))
        for f in frame.filters
    )


def _tests_kind(engine: SemanticEngine, table: Table, test: Filter) -> bool:
    """Whether a filter keeps the rows in one state another way: an empty or filled nullable date ("closed_dt IS
    NULL"), or one value of a text column of a few distinct values (a status spelt out: 'LIVE', 'DRAFT')."""
    from .values import MAX_STATUS_CODES

    column = table.column(test.field.column) if test.field.column else None
    if column is None:
        return False
    if column.family in DATE_FAMILIES:
        return column.nullable and test.op in ("is null", "is not null")
    key = f"{table.name}.{column.name}"
    return (
        column.family == "text"
        and test.op == "="
        and engine.values is not None
        and 2 <= engine.values.cardinality.get(key, 0) <= MAX_STATUS_CODES
    )


def _state_clauses(engine: SemanticEngine, translation: Translation, word: str) -> list[str]:
    """For a state word of the subject (:data:`..patterns.ROW_STATE_WORDS`), the clauses that test each of its
    state columns as the word says (:data:`..patterns.ROW_STATE_KEEPS` in force, others no longer): "where
    term dt is empty" (an end date), "where active is 1" (a flag), "where status is O" (each code)."""
    base = translation.frame.base if translation.frame else None
    table = engine.schema.table(base) if base and word.lower() in ROW_STATE_WORDS else None
    if table is None:
        return []
    keeps = word.lower() in ROW_STATE_KEEPS
    out = []
    for column, kind in in_force(table):
        said = " ".join(w.lower() for w in split_identifier(column))
        if kind == "end":
            out.append(f"where {said} is {'empty' if keeps else 'not empty'}")
        else:
            out.append(f"where {said} is {1 if keeps else 0}")
    codes = []
    for column in coded_statuses(table, engine.values):
        said = " ".join(w.lower() for w in split_identifier(column))
        stored = {
            v
            for k in engine.values.column_values(f"{table.name}.{column}")
            for v in _stored(engine, table.name, column, k)
        }
        codes += [(said, v) for v in sorted(stored, key=str)]
    # the codes the word may stand for first ('A' for "active"), in any column; quoted: 'A' is no article
    codes.sort(key=lambda c: not str(c[1]).lower().startswith(word[:1].lower()))
    out += [f"where {said} is '{v}'" for said, v in codes]
    return out[:MAX_OPTIONS]


def _date_clauses(engine: SemanticEngine, translation: Translation, word: str) -> list[str]:
    """For a participle whose verb names two or more nullable dates of the subject (:mod:`.rules.state_dates`
    reads one alone), the clauses testing each as the word says: "where resolved dt is not empty"."""
    from .rules.state_dates import dated_readings

    base = translation.frame.base if translation.frame else None
    table = engine.schema.table(base) if base else None
    if table is None:
        return []
    out = []
    for happened, columns in dated_readings(table, word.lower()):
        for column in columns:
            said = " ".join(w.lower() for w in split_identifier(column))
            out.append(f"where {said} is {'not empty' if happened else 'empty'}")
    return out[:MAX_OPTIONS]


def _code_clauses(
    engine: SemanticEngine, translation: Translation, question: str, word: str
) -> tuple[list[str], list[str]]:
    """For a participle or adjective that may name a status code (:func:`_code_states`), the words that say it
    (with its particle: "written off") and the clauses testing each code of those columns ("where claim status
    is R"), the codes starting with the word's first letter first."""
    lows = [w.strip("?,.!;:'\"").lower() for w in question.split()]
    low = word.lower()
    if low not in lows:
        return [], []
    at = lows.index(low)
    before = lows[at - 1] if at else ""
    then = lows[at + 1] if at + 1 < len(lows) else ""
    columns = _code_states(engine, translation, low, before, _next_word(lows, at) if then else "")
    if not columns:
        return [], []
    said = [word, then] if then in STATE_PARTICLES else [word]
    ranked = []
    for n, (table, column) in enumerate(columns):
        parts = [w.lower() for w in split_identifier(column)]
        name = " ".join(parts)
        # a column named as a status ("stat", "state") before another short code column ("title", "pref")
        status = names_status(column, shortened=True)
        stored = {
            v for k in engine.values.column_values(f"{table}.{column}") for v in _stored(engine, table, column, k)
        }
        ranked += [((not v.lower().startswith(low[:1]), not status, n, v), f"where {name} is {v}") for v in stored]
    return said, [clause for _, clause in sorted(ranked)]


def _rate_questions(engine: SemanticEngine, question: str, unknown: list[str]) -> list[str]:
    """For a ratio noun left unread after the words of an event ("the return rate"), which
    :mod:`.rules.event_rate` reads as two conditions or more, the question with each: "<event> rate [of <rows>]"
    said as "proportion of <rows>" (a "percentage" may name a column of its own), the condition after "where"
    ("where state is RTN", "where returned on is not empty")."""
    from .rules.event_rate import conditions, counted_position, event_words

    if engine.values is None:
        return []
    words = [w.strip("?,.!;:'\"").lower() for w in question.split()]
    # "no-show" is one word of the question's text, three of the engine's
    words = [p for w in words for p in re.split(r"(-)", w) if p]
    low = {w.lower() for w in unknown}
    out = []
    for r, word in enumerate(words):
        if word not in RATIO_NOUNS or word not in low or not r:
            continue
        rows = _named_table(engine, words[r - 1])
        at = counted_position(words, r)
        named = _named_table(engine, words[at]) if at is not None else None
        read = event_words(words, r, rows)
        if read is None:
            continue
        tables = [t for t in ([engine.schema.table(rows or named)] if rows or named else engine.schema.tables) if t]
        found = conditions(engine.values, tables, read[1])
        if len(found) < 2:
            continue
        end = at + 1 if at is not None and named else r + 1
        for cond in found[:MAX_OPTIONS]:
            column = " ".join(w.lower() for w in split_identifier(cond.field.column or ""))
            said = f"{column} is not empty" if cond.op == "is not null" else f"{column} is {cond.value}"
            counted = " ".join(w.lower() for w in split_identifier(cond.field.table or ""))
            out.append(" ".join([*words[: read[0][0]], "proportion", "of", counted, *words[end:], "where", said]))
    return out


def _named_table(engine: SemanticEngine, word: str) -> str | None:
    """The table a word names by its name, singular or plural ("parcel", "parcels")."""
    return next((t.name for t in engine.schema.tables if singular(t.name.lower()) == singular(word)), None)


def _stem(question: str) -> str:
    """The question, its state words taken out, without the auxiliaries left dangling at its end ("which members
    have", "which sites are"): a clause testing a state column follows it."""
    words = question.rstrip("?.! ").split()
    while len(words) > 2 and words[-1].lower() in (*BE_FORMS, "have", "has", "had"):
        words.pop()
    return " ".join(words)


def _stored(engine: SemanticEngine, table: str, column: str, key: str) -> list[str]:
    """The values of one column as stored that an index key stands for ('RUN' for "run")."""
    return [str(v) for t, c, v in engine.values.entries.get(key, ()) if (t, c) == (table, column)]


def _names_status(engine: SemanticEngine, word: str) -> bool:
    """Whether ``word`` is an inflected verb ("voided") whose leading letters a status code of the data
    abbreviates ('VDX'; :meth:`.ValueIndex.by_abbreviation` with ``whole=False``): it likely names a state of
    the rows that no rule read, so leaving it out would drop a filter."""
    verbs = past_participle_of(word)
    if not verbs or engine.values is None:
        return False
    return bool(engine.values.by_abbreviation(frozenset({word, *verbs}), whole=False))


def _schema_match(engine: SemanticEngine, word: str) -> list[str]:
    """Schema phrases (table or column words) a possibly misspelt or synonymous word may mean."""
    from rapidfuzz import fuzz, process

    low = word.lower()
    out: list[str] = []
    near = [s for f in lemmas(low) for s in (*synonyms(f), *synonyms_of(f))]
    for form in [*lemmas(low), *(singular(n) for n in near)]:
        if form in engine.phrases and form != low:
            out.append(form)
    out += _derived_match(engine, low)
    if len(low) >= 4:
        for key, _score, _ in process.extract(
            singular(low), [*engine._phrase_keys, *_question_words()], scorer=fuzz.ratio, score_cutoff=75, limit=3
        ):
            out.append(_spaced(engine, key))
    return list(dict.fromkeys(out))


def _spaced(engine: SemanticEngine, key: str) -> str:
    """A name's words as a question writes them ("posted on"), not the run-together key ("postedon") the
    lexicon also holds for names typed as one word."""
    entries = engine.phrases.get(key, ())
    for phrase, found in engine.phrases.items():
        if " " in phrase and phrase.replace(" ", "") == key and found == entries:
            return phrase
    return key


def _derived_match(engine: SemanticEngine, word: str) -> list[str]:
    """Schema names (a table or column's own name) holding a form of a verb WordNet derives from the word
    ("directed by" for "director", "attended" for "attendance")."""
    verbs = {v for f in lemmas(word) for v in relations(f).derived} - lemmas(word)
    if not verbs:
        return []
    out = []
    for key, entries in engine.phrases.items():
        if not any(e[0] in ("table", "column") and e[3] >= 0.9 for e in entries):
            continue
        if any(lemmas(w) & verbs for w in key.split()):
            out.append(key)
    return out[:2]


@lru_cache(maxsize=1)
def _question_words() -> tuple[str, ...]:
    """Words the rules read (aggregates, comparisons, frequency...): a misspelling may mean one of them."""
    from . import patterns

    words = set(patterns.AGG_WORDS) | patterns.FREQUENT_WORDS | set(patterns.NUM_WORDS) | set(patterns.ADJ_COLUMNS)
    words |= {w for phrase, _op in patterns.CMP_WORDS for w in phrase}
    return tuple(sorted(w for w in words if len(w) >= 4))


def _groupable_columns(engine: SemanticEngine, translation: Translation, limit: int = 3) -> list[str]:
    """Words of the few-valued columns of the tables the reading reads, or their neighbours ("segment",
    "country"): what an unknown word after "by" or "per" most often stands for."""
    import sqlglot
    from sqlglot import exp

    try:
        tree = sqlglot.parse_one(translation.sql or "", read=engine.dialect)
    except Exception:  # noqa: BLE001 - an unparsable statement suggests nothing
        return []
    read = {t.name for t in tree.find_all(exp.Table)}
    near = read | {n[0] for t in read for n in engine.planner.adj.get(t, ())}
    found = []
    for t in engine.schema.tables:
        if t.name not in near:
            continue
        for c in t.columns:
            key = f"{t.name}.{c.name}"
            if 2 <= engine.values.cardinality.get(key, 0) <= 50 and engine.values.coverage.get(key, 1.0) >= 0.9:
                found.append((t.name not in read, engine.values.cardinality[key], _column_words(t.name, c.name)))
    return list(dict.fromkeys(w for *_, w in sorted(found)))[:limit]


def _column_words(table: str, column: str) -> str:
    """How a question names a column: "segment"; a bare name column by its table ("category name")."""
    words = [w.lower() for w in split_identifier(column)]
    if words in (["name"], ["title"]):
        words = [singular(w.lower()) for w in split_identifier(table)] + words
    return " ".join(words)


def _value_match(engine: SemanticEngine, word: str) -> list[str]:
    hits = engine.values.fuzzy(word.lower())
    return list(dict.fromkeys(str(h.value) for h in hits))[:2]


@lru_cache(maxsize=4096)
def penalty(word: str, after: str = "") -> float:
    """How much an unknown word lowers confidence (see the module docstring)."""
    from lemminflect import getAllLemmas

    found = getAllLemmas(word.lower())
    if after in GROUP_LEADS and ("NOUN" in found or not word.lower().endswith("ing")):
        return NOUN_PENALTY  # "by colour": a grouping was asked for (a bare verb cannot stand there: a noun misspelt)
    if "VERB" in found or "AUX" in found:
        return VERB_PENALTY
    if set(found) == {"ADV"}:
        return ADVERB_PENALTY
    return NOUN_PENALTY


def _weight(kind: WordKind, engine: SemanticEngine, base: str | None = None) -> float:
    """:func:`penalty`, except that an adjective in its plain form right before a word naming a table ("the
    premium members"), or a noun that is also a verb there after a determiner or quantifier ("how many gift
    orders", :data:`..patterns.MODIFIER_LEADS`), qualifies the rows asked for: a condition the engine could not
    place, weighed as a noun."""
    from lemminflect import getAllLemmas

    p = penalty(kind.word, kind.after)
    if p >= NOUN_PENALTY:
        return p
    word = kind.word.lower()
    found = getAllLemmas(word)
    if (
        base
        and kind.then.lower() not in (*STATE_VERB_PARTICLES, *GROUP_LEADS)
        and not (kind.after.lower() == "as" == kind.then.lower())  # "as well as", "as long as": a comparison
        and _describes_state(engine, base, word, found)
    ):
        return NOUN_PENALTY
    if _outcome_code(engine, base, word, kind.after.lower(), kind.then.lower(), found):
        return NOUN_PENALTY  # "entries that were refunded" beside a status code 'R': a dropped condition
    plain = all(word in forms for forms in found.values())  # "placed" (the verb "place") is an event
    names_table = any(e[0] == "table" for e in engine.phrases.get(singular(kind.then.lower()), ()))
    after = kind.after.lower()
    if after in NOUN_LEADS and word.endswith("s") and "NOUN" in found and not kind.then.isalpha():
        return NOUN_PENALTY  # "... and all lines.": a plural noun asked for that the reading left out
    if after in CONDITION_PREPOSITIONS and "NOUN" in found and not word.endswith("ing"):
        return NOUN_PENALTY  # "injuries during matches": a noun where no verb stands, a condition left unplaced
    if after in WH_DETERMINERS and "NOUN" in found and not names_table and not _names_column(engine, kind.then.lower()):
        return NOUN_PENALTY  # "and what type they are": a noun after "what" asks for something the reading left out
    qualifies_column = _names_column(engine, kind.then.lower())
    if _noun_phrase_head(word, after, kind.lead.lower(), found, names_table) and not qualifies_column:
        return NOUN_PENALTY
    if _opening_compound(word, after, kind.then.lower(), found):
        return NOUN_PENALTY
    if (names_table or qualifies_column) and _noun_adjunct(word, after, kind.then.lower(), found):
        return NOUN_PENALTY
    modifier = "ADJ" in found or ("NOUN" in found and (after in MODIFIER_LEADS or after.isdigit()))
    before_table = any(e[0] == "table" for e in engine.phrases.get(singular(after), ()))
    if word.endswith("ing") and not names_table and not before_table and _names_column(engine, kind.then.lower()):
        return NOUN_PENALTY  # "charging points": which kind of the column's thing, a condition left unplaced
    return NOUN_PENALTY if modifier and plain and names_table else p


def _noun_phrase_head(word: str, after: str, lead: str, found: dict[str, tuple[str, ...]], names_table: bool) -> bool:
    """Whether an unused word that may be a noun or a verb ("crates", "stall") stands where only a noun can: right
    after a determiner opening the question's noun phrase ("list the crates that"; no verb follows one), or
    opening the question before a table's noun ("stall orders": a noun modifying that noun). Said there, it
    names which rows are meant, a condition or a subject the reading left out, not the row's event. Not after a
    preposition ("on the shelf", "across the firm": where the rows are, which :func:`_place_noun` weighs), and
    a participle or gerund ("the taken seats", "the booking") may still be a verb's form and stays one."""
    if "NOUN" not in found or word.endswith(("ing", "ed")):
        return False
    if after in DETERMINERS:
        return not _is_preposition(lead)
    return not after and names_table and word in found["NOUN"]


def _opening_compound(word: str, after: str, then: str, found: dict[str, tuple[str, ...]]) -> bool:
    """Whether an unused word that may be a noun or a verb opens the question right before another noun ("wage
    bill for the Leeds shifts"): a noun compound naming what is asked, which the reading left out."""
    from lemminflect import getAllLemmas

    if after or "NOUN" not in found or word.endswith(("ing", "ed")) or word not in found["NOUN"]:
        return False
    return bool(then) and then.isalpha() and then not in STOP and "NOUN" in getAllLemmas(then)


def _noun_adjunct(word: str, after: str, then: str, found: dict[str, tuple[str, ...]]) -> bool:
    """Whether an unused word that may be a noun or a verb stands between a participle or an adjective and the
    noun of a table or column ("approved travel claims", "late repair costs"): no verb stands there, so it is a
    noun modifying the head, naming which rows are meant. Not before a verb's form ("the last date created": the
    word is the head there, the participle after it its complement)."""
    from lemminflect import getAllLemmas

    if "NOUN" not in found or word.endswith(("ing", "ed")) or word not in found["NOUN"] or not after:
        return False
    if "NOUN" not in getAllLemmas(then) or past_participle_of(then):
        return False
    before = getAllLemmas(after)
    return "ADJ" in before or bool(past_participle_of(after) and "NOUN" not in before)


def _is_preposition(word: str) -> bool:
    """Whether ``word`` is a preposition (a place, a time, or a complement's lead: "on", "across", "for")."""
    return word in PLACE_PREPOSITIONS | TIME_PREPOSITIONS | STATE_VERB_PARTICLES | HOLDING_PREPOSITIONS | (
        ASKER_PREPOSITIONS | DATE_PREPOSITIONS
    )


def _place_noun(kind: WordKind) -> bool:
    """Whether an unused word is a noun after a place preposition (``PLACE_PREPOSITIONS``: "in stock", "on the
    shelf"; a verb cannot stand there, so a word that is both is the noun): it says where the rows are, a
    condition, not the row's event."""
    from lemminflect import getAllLemmas

    word = kind.word.lower()
    return kind.lead.lower() in PLACE_PREPOSITIONS and "NOUN" in getAllLemmas(word) and not word.endswith("ing")


def _contrasts(lows: list[str]) -> bool:
    """Whether the question sets one condition against another ("rather than", "instead of", "not ... but")."""
    pairs = any(CONTRAST_LEADS.get(w) == n for w, n in zip(lows, lows[1:], strict=False))
    return pairs or ("not" in lows and "but" in lows[lows.index("not") + 1 :])


def _names_column(engine: SemanticEngine, word: str) -> bool:
    """Whether ``word`` (or its singular) names a column of the schema."""
    return any(e[0] == "column" for w in {word, singular(word)} for e in engine.phrases.get(w, ()))


def _restricts_rows(engine: SemanticEngine, translation: Translation, word: str, then: str) -> bool:
    """Whether an unused past participle stands right before the noun of the rows asked about, on a table with
    a state or a column of short codes (:func:`_has_state`), and is no event verb ("placed": the row is the
    event): it says which rows are meant ("estimated readings", "reviewed observations")."""
    from lemminflect import getAllLemmas, getInflection

    base = translation.frame.base if translation.frame else None
    verbs = getAllLemmas(word).get("VERB", ())
    if not base or not then or not any(word != v and word in getInflection(v, "VBN") for v in verbs):
        return False
    if {*verbs, word} & EVENT_VERBS:
        return False
    return _names_rows(engine, base, then) and _has_state(engine, base)


def _names_rows(engine: SemanticEngine, base: str, word: str) -> bool:
    """Whether ``word`` names the rows asked about: the base table, by its name or one of its name's words
    ("reads" of a ``meter_reads`` table)."""
    noun = singular(word)
    if any(e[0] == "table" and e[1] == base for e in engine.phrases.get(noun, ())):
        return True
    return noun in {singular(w.lower()) for w in split_identifier(base)}


def _has_state(engine: SemanticEngine, base: str) -> bool:
    """Whether the base table has a state (:func:`.row_state.has_state`) or a column of a few short codes of
    any kind (a source, a type: 'E' estimated, 'A' actual), which a participle before its noun may name."""
    table = engine.schema.table(base)
    return table is not None and (has_state(table, engine.values) or bool(short_code_columns(table, engine.values)))


def _describes_state(engine: SemanticEngine, base: str, word: str, found: dict[str, tuple[str, ...]]) -> bool:
    """Whether an unused adjective ("short", "withdrawn"; no verb with its complement after it: "collected per
    month") may say which state the rows of the subject are in: no event verb (:data:`..patterns.EVENT_VERBS`:
    "placed", "signed": the row is the event), no word a date column of the subject names ("set" and ``set_on``)
    and the subject has a yes/no flag or an end date (:func:`.row_state.has_state` without codes). A participle
    that is no adjective ("taken", "spoken") says what was done more often than a state: it stays a loose word."""
    if "ADJ" not in found:
        return False
    if {*found.get("VERB", ()), word} & EVENT_VERBS:
        return False
    table = engine.schema.table(base)
    if table is not None and any(dates_event(c, {word, *found.get("VERB", ())}) for c in table.columns):
        return False  # "routes set" beside set_on: the rows' own event, which that date tells, no state
    return table is not None and has_state(table, engine.values, codes=False)


def _outcome_code(engine: SemanticEngine, base: str | None, word: str, after: str, then: str, found: dict) -> bool:
    """Whether an unused past participle ("refunded", "withdrawn") or a noun after "on" or "in" ("on hold") may be
    a state a status code of the subject's table stands for (:func:`.row_state.may_code_state`). Not the row's own
    event (:data:`..patterns.EVENT_VERBS`) nor a verb with a complement after it ("came in", "paid by"): those say
    what happened, not how it ended."""
    if not base:
        return False
    held = after in STATE_PREPOSITIONS and "NOUN" in found
    said = past_participle_of(word) and not {*found.get("VERB", ())} & EVENT_VERBS and not _is_preposition(then)
    return bool(held or said) and may_code_state(engine.schema.table(base), engine.values, word)


def _without(question: str, words: list[str]) -> str:
    """The question without ``words`` and the function words that led to them ("by flavour", "of gizmos";
    :data:`..patterns.LEADING_WORDS`, never the question's framing: "how many")."""
    drop = {w.lower() for w in words}
    kept: list[str] = []
    for w in question.split():
        core = w.strip("?,.!;:").lower()
        if core in drop:
            while kept and kept[-1].lower() in LEADING_WORDS and len(kept) > 1:
                kept.pop()
            if w[-1:] in "?.!" and kept:
                kept[-1] += w[-1]
            continue
        kept.append(w)
    while len(kept) > 1 and kept[0].lower().strip(",") in ("and", "or"):
        kept.pop(0)  # the first of two listed items left out: the list starts with the second
    return " ".join(kept)


def _replace(question: str, word: str, by: str) -> str:
    out = []
    done = False
    for w in question.split():
        core = w.strip("?,.!;:")
        if not done and core.lower() == word.lower():
            out.append(w.replace(core, by))
            done = True
        else:
            out.append(w)
    return " ".join(out)


def _clean(engine: SemanticEngine, question: str) -> Translation | None:
    """The question's translation when the engine would answer it as it stands."""
    t = engine.translate(question, ask=False)
    if not t.sql or (t.score is not None and not t.score.answers(THRESHOLD)):
        return None
    return t


_SUGGESTED: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def answerable_suggestions(engine: SemanticEngine) -> list[str]:
    """The engine's starter questions that it answers confidently (verified once per engine): a decline suggests
    only questions that would not be declined or asked about in turn."""
    if engine not in _SUGGESTED:
        _SUGGESTED[engine] = []  # a suggestion that is itself declined suggests nothing while this runs
        _SUGGESTED[engine] = [q for q in engine.suggestions(4) if _clean(engine, q) is not None]
    return list(_SUGGESTED[engine])


def _label(t: Translation, fallback: str) -> str:
    """What an option's question computes, in the engine's words: its explanation without the note of words it
    did not use (an option is chosen for what it reads). A bare table name says less than the option's own
    question ("Members" for "phone of members"), so the question is shown then."""
    import re

    text = re.sub(r"\s*\(not used:[^)]*\)", "", t.explanation or "").strip() or fallback.strip()
    if len(text.split()) < len(fallback.split()) and not any(w in text.lower().split() for w in ("by", "where", "of")):
        text = fallback.strip()
    return text[:1].upper() + text[1:]


def _aside(question: str, score: Score, unknown: list[str]) -> bool:
    """Whether the reading that leaves the unknown words aside may be offered beside readings that place them:
    nothing else is in doubt (no other doubt weighs as much as a noun, and the score without the words would
    answer), and no word stands where a grouping, a measure or a comparison was asked ("by colour", "average
    girth", "how many different breeds", "heavier than 40", "youngest first": leaving it aside would drop what
    was asked)."""
    lows = [w.strip("?,.!;:'\"").lower() for w in question.split()]
    for word in unknown:
        at = lows.index(word.lower()) if word.lower() in lows else 0
        if at and lows[at - 1] in (*GROUP_LEADS, *AGG_WORDS, *DISTINCT_WORDS) or lows[at + 1 : at + 2] == ["than"]:
            return False
        if _graded(word):
            return False
    others = [r for r in score.reasons if r.code not in ("unknown", "loose_word")]
    if any(r.penalty >= NOUN_PENALTY for r in others):
        return False
    return 1.0 - sum(r.penalty for r in others) >= THRESHOLD - 1e-9


@lru_cache(maxsize=4096)
def _graded(word: str) -> bool:
    """An adjective or adverb in a graded form ("heavier", "youngest"): it compares or ranks rows."""
    from lemminflect import getAllLemmas

    found = getAllLemmas(word.lower())
    graded = [lemma for pos in ("ADJ", "ADV") for lemma in found.get(pos, ())]
    return bool(graded) and word.lower() not in graded


def options(
    translation: Translation, question: str, engine: SemanticEngine, unknown: list[str], score: Score | None = None
) -> list[Option]:
    """2-4 verified full questions for the words the translation could not place: the question with each word
    read as the schema's nearest names or values, without it, or (the last one) the reading as made when it
    may leave the words aside (:func:`_aside`); else, after a grouping or an aggregate word, the subject's
    columns of the type its place asks for."""
    found: list[Option] = []
    aside = score is not None and bool(score.unknown_words) and _aside(question, score, unknown)
    # the doubted reading is never offered, but last where it may leave the words aside
    seen_sql: set[str] = {translation.sql} if translation.sql else set()
    seen_labels: set[str] = set()

    def offer(q: str, built: bool = False) -> None:
        if len(found) >= MAX_OPTIONS or q.strip().lower() == question.strip().lower():
            return
        t = _clean(engine, q)
        if t is None or (built and not _reads_back(engine, t, q)):
            return
        label = _label(t, q)
        if t.sql in seen_sql or label in seen_labels:
            return
        seen_sql.add(t.sql)
        seen_labels.add(label)
        found.append(Option(label, q))

    for q in _rate_questions(engine, question, unknown):
        offer(q)
    states = [w for w in unknown if w.lower() in ROW_STATE_WORDS]
    for word in states:
        for clause in _state_clauses(engine, translation, word):
            offer(f"{_stem(_without(question, states))} {clause}")
    for word in unknown:
        for clause in _date_clauses(engine, translation, word):
            offer(f"{_stem(_without(question, [word]))} {clause}")
    for word in unknown:
        said, clauses = _code_clauses(engine, translation, question, word)
        for clause in clauses:
            offer(f"{_stem(_without(question, said))} {clause}")
    for word in unknown:
        for phrase in _schema_match(engine, word):
            offer(_replace(question, word, phrase))
        for value in _value_match(engine, word):
            offer(_replace(question, word, value))
    offer(_without(question, unknown))
    if aside and found and translation.sql:
        seen_sql.discard(translation.sql)
        offer(_without(question, unknown))
        stated, reads = _stated(engine, translation.frame) if translation.frame is not None else ("", "")
        if stated and reads == translation.sql and translation.sql not in seen_sql:
            offer(stated, built=True)
        seen_sql.add(translation.sql)
    if len(found) < 2:
        lows = [w.strip("?,.!;:").lower() for w in question.split()]
        for word in unknown:
            at = lows.index(word.lower()) if word.lower() in lows else 0
            if at and lows[at - 1] in GROUP_LEADS:
                for column in _groupable_columns(engine, translation):
                    offer(_replace(question, word, column))
            elif at and lows[at - 1] in AGG_WORDS:
                # a measure ("average girth"): the subject's number columns
                base = translation.frame.base if translation.frame else None
                for column in _subject_columns(engine, base, NUMBER_FAMILIES):
                    offer(_replace(question, word, column))
    return found


#: how many candidate questions one clarification translates to verify them (each costs one translation)
MAX_TRIES = 6


def _reading(t: Translation) -> str:
    """The reading the engine made, in its own words: its explanation without its notes in brackets (unused
    words, misspellings read, sort direction)."""
    import re

    return re.sub(r"\s*\([^)]*\)", "", t.explanation or "").strip()


def _groupable(engine: SemanticEngine, table: str | None, column: str | None) -> bool:
    """A few-valued column (2-50 distinct values): one a question groups by."""
    return 2 <= engine.values.cardinality.get(f"{table}.{column}", 0) <= 50


#: the type families a measure is computed over
NUMBER_FAMILIES = ("integer", "number")


def _subject_columns(engine: SemanticEngine, base: str | None, families: tuple[str, ...], limit: int = 2) -> list[str]:
    """Words of the subject table's columns of some type families (no keys), as a question names them."""
    table = next((t for t in engine.schema.tables if t.name == base), None)
    if table is None:
        return []
    keys = {fk.column for fk in engine.schema.foreign_keys if fk.table == base}
    cols = [
        c
        for c in table.columns
        if c.family in families and not c.primary_key and c.name not in keys and split_identifier(c.name)[-1:] != ["id"]
    ]
    return [_column_words(table.name, c.name) for c in cols][:limit]


def _names_next(question: str, word: str, links: tuple[Link, ...]) -> bool:
    """Whether the word after ``word`` in the question starts a table or column mention ("average mpg")."""
    lows = [w.strip("?,.!;:").lower() for w in question.split()]
    at = lows.index(word.lower()) if word.lower() in lows else -1
    nxt = lows[at + 1] if 0 <= at < len(lows) - 1 else ""
    return bool(nxt) and any(x.kind in ("table", "column") and x.words.lower().split()[:1] == [nxt] for x in links)


def _doubt_candidates(
    reason: Reason,
    question: str,
    engine: SemanticEngine,
    reading: str,
    frame: QueryFrame | None,
    links: tuple[Link, ...],
) -> Iterator[tuple[str, tuple[str, ...], bool]]:
    """Full questions stating one reading of a doubt in the engine's own words, each with what its SQL must
    hold to count as that reading (a GROUP BY for a grouping, the aggregate for a measure) and whether it was
    built from a frame."""
    words = reason.detail
    base = frame.base if frame is not None else None
    if reason.code == "one_sided_event" and words:
        for clause in _side_clauses(engine, frame, words):
            yield f"{_stem(question)} {clause}", (), False
    elif reason.code == "any_or_every" and words:
        said = re.search(r"\b" + r"\W+".join(map(re.escape, words.split())) + r"\b", question, re.IGNORECASE)
        for quantifier in ("every", "at least one"):  # more than the largest of them, or than the smallest
            if said is None:
                yield _replace(question, "any", quantifier), ("(SELECT",), False
            else:
                phrase = said.group(0)
                yield question.replace(phrase, phrase[: -len("any")] + quantifier, 1), ("(SELECT",), False
    elif reason.code == "dropped_grouping" and words and reading and " by " not in reading:
        yield f"{reading} by {words}", ("GROUP BY",), False
    elif reason.code == "dropped_measure" and words and not _names_next(question, words, links):
        needs = MEASURE_SQL.get(words.lower(), ())
        for column in _subject_columns(engine, base, NUMBER_FAMILIES):
            yield _replace(question, words, f"{words} {column}"), needs, False
    elif reason.code in ("dropped_column", "unplaced_column", "loose_column") and words:
        link = reason.link or next((x for x in links if x.words == words and x.kind == "column"), None)
        if link is None or not link.table:
            return
        named = _column_words(link.table, link.column) if link.column else words
        # a column the select list only shows by default is grouped by only where the reading computes a figure
        grouped = reason.code == "dropped_column" or (frame is not None and not _listing(frame))
        if grouped and reading and " by " not in reading and _groupable(engine, link.table, link.column):
            yield f"{reading} by {named}", ("GROUP BY",), False
        rows, _ = _column_of_rows(engine, frame, link)
        if rows:
            yield rows, (), True


def _side_clauses(engine: SemanticEngine, frame: QueryFrame | None, word: str) -> list[str]:
    """For a verb that says one side of a two-sided event (:mod:`.sides`: "lent", "borrowed"), a clause testing
    each code of the side columns of the tables the reading reads: "where dir is 'O'", "where dir is 'I'"."""
    from .sides import one_sided

    if frame is None or engine.values is None:
        return []
    out = []
    for name in dict.fromkeys([frame.base, *(e[1] for e in engine.phrases.get(word, ()) if e[0] == "table")]):
        table = engine.schema.table(name) if name else None
        if table is None:
            continue
        for column in one_sided(word, table, engine.values, engine.phrases):
            said = " ".join(w.lower() for w in split_identifier(column))
            stored = {
                v
                for k in engine.values.column_values(f"{table.name}.{column}")
                for v in _stored(engine, table.name, column, k)
            }
            out += [f"where {said} is '{v}'" for v in sorted(stored)]  # quoted: 'I' is no pronoun
    return out[:MAX_OPTIONS]


def _plain_column(reason: Reason, links: tuple[Link, ...], base: str | None) -> str:
    """The column a doubt names, of all rows of the subject ("phone of members"): the last resort, as it
    drops whatever else the question asked; never a column of another table (that asks about another subject)."""
    if reason.code not in ("dropped_column", "unplaced_column") or not reason.detail:
        return ""
    link = reason.link or next((x for x in links if x.words == reason.detail and x.kind == "column"), None)
    if link is None or not link.table or (base is not None and link.table != base):
        return ""
    named = _column_words(link.table, link.column) if link.column else reason.detail
    return f"{named} of {_table_plural(link.table)}"


#: doubts whose words name columns the reading groups by although the question did not ask for them
STRAY_GROUPINGS = frozenset({"stray_grouping", "unasked_grouping"})


def _listing(frame: QueryFrame) -> bool:
    """Whether a frame lists rows: no aggregate, grouping, condition on groups or nesting."""
    plain = all(f.kind in ("column", "entity") for f in frame.select)
    return plain and not frame.group and not frame.having and frame.nesting is None


def _stated(engine: SemanticEngine, frame: QueryFrame) -> tuple[str, str]:
    """A frame said as a question (its explanation naming every column it shows) and its statement; ("", "")
    when the planner cannot state it."""
    from .explain import explain

    try:
        return explain(frame, engine.planner, shown=True), engine.planner.to_sql(frame)
    except Exception:  # noqa: BLE001 - a frame the planner cannot state is not offered
        return "", ""


def _reads_back(engine: SemanticEngine, t: Translation, question: str) -> bool:
    """Whether an option built from a frame reads back as what it says: its translation, stated the same way,
    is its own words (an explanation's words do not always read back: "matches '%x%'" may be read as a value),
    so its label never says something other than its question."""
    return t.frame is not None and _stated(engine, t.frame)[0].lower() == question.strip().lower()


def _column_of_rows(engine: SemanticEngine, frame: QueryFrame | None, link: Link) -> tuple[str, str]:
    """One column the question named, of the rows the reading picks ("phone of members where town is Oslo"):
    the reading's filters, ranking and joins kept, only what it shows replaced. "" when the reading does not
    list rows of that column's table, or picks them by nothing (the plain "phone of members" says it); with
    the statement it must read back as (:func:`_stated`)."""
    from .frame import Field

    if frame is None or not _listing(frame) or not (frame.filters or frame.order) or link.table != frame.base:
        return "", ""  # another table's column would re-read the question about another subject
    return _stated(engine, replace(frame, select=(Field("column", link.table, link.column),)))


def _column_link(words: str, links: tuple[Link, ...]) -> Link | None:
    """The column link a doubt's words name (its text or its words as the question wrote them)."""
    low = words.lower()
    return next(
        (x for x in links if x.kind == "column" and x.table and x.column and low in (x.text.lower(), x.words.lower())),
        None,
    )


def _counts_values(question: str, words: str) -> bool:
    """Whether the question counts the values of the column its ``words`` name: it asks for different ones
    ("how many different cities") or the words follow "how many" closely ("how many kinds of plans")."""
    lows = [w.strip("?,.!;:'\"").lower() for w in question.split()]
    first = words.lower().split()[:1]
    at = lows.index(first[0]) if first and first[0] in lows else -1
    return bool(DISTINCT_WORDS & set(lows)) or (at > 0 and "many" in lows[max(0, at - 3) : at])


def _repaired_frames(frame: QueryFrame, score: Score, question: str = "") -> Iterator[QueryFrame]:
    """The reading's own frame with one doubt repaired and everything else kept (its filters, joins, ranking,
    grouping): the groupings no word asked for taken out (``stray_grouping``, ``unasked_grouping``), or a
    dropped column put back (``dropped_column``: shown beside a listing; by a count of all rows, its different
    values counted where the question counts them, "how many different cities", or the column itself of the
    rows counted)."""
    from .frame import Field

    strays = {
        (x.table, x.column)
        for r in score.reasons
        if r.code in STRAY_GROUPINGS
        for x in [_column_link(r.detail, score.links)]
        if x is not None
    }
    if strays and frame.group:
        group = tuple(g for g in frame.group if (g.table, g.column) not in strays)
        if group and group != frame.group:
            select = tuple(f for f in frame.select if f.kind != "column" or (f.table, f.column) not in strays)
            yield replace(frame, group=group, select=select)
    for r in score.reasons:
        x = _column_link(r.detail, score.links) if r.code == "dropped_column" else None
        if x is None:
            continue
        shown = Field("column", x.table, x.column)
        if _listing(frame) and shown not in frame.select:
            yield replace(frame, select=(*frame.select, shown))
        counted = [f for f in frame.select if f.kind == "aggregate" and f.fn == "count" and not f.column]
        if counted and len(frame.select) == 1 and not frame.group and not frame.having:
            # a count of all rows where a column was asked for: its different values counted (where the
            # question counts them), or the column itself of the rows counted ("number" read as a count)
            if _counts_values(question, r.detail):
                yield replace(frame, select=(Field("aggregate", x.table, x.column, fn="count", distinct=True),))
            yield replace(frame, select=(shown,), order=(), limit=None)


def _quantity_frames(frame: QueryFrame, score: Score, engine: SemanticEngine) -> Iterator[QueryFrame]:
    """For ``rows_or_quantity``: the reading's own frame with its count of rows replaced by the sum of the quantity
    a related table records of them (everything else kept)."""
    from .frame import Field
    from .parse.quantities import rival_quantity

    for r in score.reasons:
        if r.code != "rows_or_quantity":
            continue
        for f in frame.select:
            if f.kind != "aggregate" or f.fn != "count" or f.column or not f.table:
                continue
            rival = rival_quantity(engine.schema, f.table)
            if rival is None:
                continue
            total = Field("aggregate", rival[0], rival[1], fn="sum")
            swap = {f: total}
            yield replace(
                frame,
                base=rival[0],
                select=tuple(swap.get(x, x) for x in frame.select),
                order=tuple(replace(o, field=swap.get(o.field, o.field)) for o in frame.order),
            )
            return


def _repair_candidates(
    translation: Translation, engine: SemanticEngine, score: Score, question: str
) -> list[tuple[str, str]]:
    """:func:`_repaired_frames` stated as questions, each with its statement (:func:`_stated`; only those whose
    statement differs from the reading's)."""
    frame = translation.frame
    if frame is None:
        return []
    repaired = [*_quantity_frames(frame, score, engine), *_repaired_frames(frame, score, question)]
    stated = (_stated(engine, f) for f in repaired)
    return [(text, sql) for text, sql in stated if text and sql != translation.sql]


#: the prepositions before a noun naming the state rows are in ("on hold", "in progress")
STATE_PREPOSITIONS = frozenset({"on", "in"})

#: Doubts that are a choice between two readings the data supports, either of which may be meant.
CLOSE_CALLS = frozenset({"close_column", "close_value", "rows_or_quantity", "any_or_every"})


def doubt_options(
    translation: Translation, question: str, engine: SemanticEngine, score: Score, found: list[Option]
) -> list[Option]:
    """Options for doubts other than close readings, each verified like :func:`options` (translates
    confidently, its SQL holds what the reading needs, reads differently from the others); ``found`` are kept
    first. In order: the reading with a doubt repaired in its own frame (:func:`_repaired_frames`: everything
    else it read kept), the reading as made (stated with every column it shows), then each doubt stated
    explicitly (a dropped grouping or measure put back; a column the question named, of the rows the reading
    picks)."""
    frame = translation.frame
    reading = _reading(translation)
    out = list(found)
    seen = {o.question.lower() for o in out} | {o.label for o in out} | {question.strip().lower()}
    # the held-back reading is offered again only as one side of a close call between readings; a reading
    # that lost or invented something (a dropped grouping, a stray one) is never offered
    flawed = any(r.code not in CLOSE_CALLS for r in score.reasons if r.penalty >= 0.4)
    sqls: set[str] = {translation.sql} if translation.sql and flawed else set()
    # each candidate: its question, what its SQL must hold, and whether it was built from a frame (then it must
    # read back as what it says, :func:`_reads_back`)
    candidates = [(q, (), True) for q, _ in _repair_candidates(translation, engine, score, question)]
    if reading and not any(r.code == "dropped_negation" for r in score.reasons):
        # the reading as made, stated (never when it leaves out a negation: that would offer the opposite)
        stated, sql = _stated(engine, frame) if frame is not None else ("", "")
        candidates.append((stated if stated and sql == translation.sql else reading, (), False))
    doubts = sorted(score.reasons, key=lambda r: -r.penalty)
    candidates += [c for r in doubts for c in _doubt_candidates(r, question, engine, reading, frame, score.links)]
    base = frame.base if frame is not None else None
    candidates += [(q, (), False) for r in doubts for q in [_plain_column(r, score.links, base)] if q]
    tries = 0
    for q, needs, built in dict.fromkeys(candidates):
        if len(out) >= MAX_OPTIONS or tries >= MAX_TRIES:
            break
        if q.strip().lower() in seen:
            continue
        tries += 1
        t = _clean(engine, q)
        wrong = t is None or t.sql in sqls or (built and not _reads_back(engine, t, q))
        if wrong or (needs and not any(n in t.sql.upper() for n in needs)):
            continue
        label = _label(t, q)
        if label in seen:
            continue
        seen |= {q.strip().lower(), label}
        sqls.add(t.sql)
        out.append(Option(label, q))
    return out


def clarify(
    translation: Translation, question: str, engine: SemanticEngine, evidence: Evidence, *, ask: bool = True
) -> Translation:
    """The translation with its :class:`Score` when it is confident enough; otherwise a clarification (or a
    decline). ``ask=False`` only scores."""
    words = question.split()
    request = bool(words) and words[0].lower().strip(",.:") in REQUEST_VERBS
    # a delivery request: its remaining words belong to the request, which the intent layer confirms
    kinds = [] if request else word_kinds(translation, engine, question)
    base = translation.frame.base if translation.frame else None
    weighed = [
        (k.word, _weight(k, engine, base) if k.kind == "unknown" else NOUN_PENALTY)
        for k in kinds
        if k.kind in ("unknown", "unshown", "dropped")
    ]
    lows = [w.lower().strip(",.?!;:") for w in words]
    weighed = [
        (w, NOUN_PENALTY if p < NOUN_PENALTY and _unread_compound(w, lows, translation, evidence) else p)
        for w, p in weighed
    ]
    if _contrasts(lows) or sum(p < NOUN_PENALTY for _, p in weighed) >= 2:
        # two unread words, or a contrast: a noun after a place preposition ("in stock") is a condition dropped,
        # not a loose word beside another
        placed = {k.word for k in kinds if k.kind == "unknown" and _place_noun(k)}
        weighed = [(w, NOUN_PENALTY if w in placed else p) for w, p in weighed]
    if lows[:1] == ["what"] and lows[1:2] and lows[1] in WHAT_OBJECT_AUX:
        # "what do staff teach": "what" is the verb's object, so an unplaced verb is the thing asked for
        weighed = [(w, NOUN_PENALTY if p == VERB_PENALTY else p) for w, p in weighed]
    score = confidence(
        replace(
            evidence,
            unknown=tuple(w for w, p in weighed if p >= NOUN_PENALTY),
            loose=tuple((w, p) for w, p in weighed if p < NOUN_PENALTY),
        )
    )
    translation = replace(translation, score=score)
    if not ask or request or score.answers(THRESHOLD):
        return translation
    return ask_about(translation, question, engine, score)


def _unread_compound(word: str, lows: list[str], translation: Translation, evidence: Evidence) -> bool:
    """Whether an unused word that may be a noun heads a noun phrase whose modifier the reading leaves unread
    ("the spring catalogue", "our research team": a determiner, a word no rule used or one linked but unused, then
    the word): the modifier says which of the head's things is meant, a filter the reading dropped, so the head
    weighs as an unknown noun, not as a verb naming the row's event."""
    from lemminflect import getAllLemmas

    low = word.lower()
    if "NOUN" not in getAllLemmas(low) or low.endswith("ing"):
        return False
    sql = translation.sql or ""
    # a word naming a table the statement reads ("a transcript release" over the transcripts) is read too
    read = {
        x.lower()
        for k in evidence.links
        if k.used or (k.kind == "table" and k.weight >= WEAK and f'"{k.table}"' in sql)
        for x in str(k.words).split()
    }
    unread = {w.lower() for w in translation.unused} | {
        x.lower() for k in evidence.links if not k.used for x in str(k.words).split() if x.lower() not in read
    }
    return any(
        i >= 2 and lows[i - 1] in unread and lows[i - 2] in MODIFIER_PHRASE_LEADS
        for i, w in enumerate(lows)
        if w == low
    )


def ask_about(translation: Translation, question: str, engine: SemanticEngine, score: Score) -> Translation:
    """A clarification for a reading below the threshold (:func:`_ask`), held to the public contract: 2-4
    options; a question back with fewer is declined instead, suggesting what it found."""
    asked = _ask(translation, question, engine, score)
    found = asked.clarification.options if asked.clarification is not None else ()
    if asked.clarification is None or 2 <= len(found) <= MAX_OPTIONS:
        return asked
    if len(found) > MAX_OPTIONS:
        return replace(asked, clarification=Clarification(asked.clarification.message, found[:MAX_OPTIONS]))
    suggestions = [o.question for o in found] + answerable_suggestions(engine)
    suggestions = list(dict.fromkeys(suggestions))[:4]
    return Translation(error=_decline_message(score), suggestions=suggestions, unused=asked.unused, score=score)


def _ask(translation: Translation, question: str, engine: SemanticEngine, score: Score) -> Translation:
    """Two close readings first (one option per reading), a kin word's readings, else 2-4 verified full
    questions built for its doubts (:func:`doubt_options`), else a decline naming them."""
    kin = _ask_kin(question, engine, score)
    if kin is not None:
        return kin
    unknown = list(dict.fromkeys(score.unknown_words or score.loose_words))
    if not score.unknown_words and score.close():
        asked = _ask_between(translation, question, engine, score)
        if asked.clarification is not None:
            return asked
    found = options(translation, question, engine, unknown, score) if unknown else []
    if len(found) < 2 and not score.unknown_words:
        # an unknown word is the doubt to ask about; other doubts' options would not place it
        found = doubt_options(translation, question, engine, score, found)
    quoted = ", ".join(f"'{w}'" for w in unknown)
    if len(found) < 2:
        error = (
            f"I am not sure how to read {quoted} in this data, so I would rather not guess."
            if score.unknown_words
            else _decline_message(score)
        )
        suggestions = [o.question for o in found] + answerable_suggestions(engine)
        return Translation(
            error=error, suggestions=list(dict.fromkeys(suggestions))[:4], unused=translation.unused, score=score
        )
    message = (
        f"I could not place {quoted} in this data; which of these did you mean?"
        if score.unknown_words
        else f"I am not sure how to read {_doubt_words(score)} here; which of these did you mean?"
    )
    return Translation(clarification=Clarification(message, tuple(found)), unused=translation.unused, score=score)


def _ask_kin(question: str, engine: SemanticEngine, score: Score) -> Translation | None:
    """A table reached by a kin word ("clients" for owners; "songs" for a table with a composer column,
    :func:`..parse.kin.maker_tables`): ask which reading was meant, 2-4 verified options
    (:func:`_kin_options`): "By clients, do you mean owners or mechanics?". With one verified option only, a
    decline suggesting it; None when no kin link is in doubt or no reading verifies."""
    for reason in score.reasons:
        if reason.code != "kin_link" or reason.link is None:
            continue
        word = reason.link.words
        found, tables = _kin_options(question, engine, score, word)
        if len(found) >= 2:
            message = f"By {word}, do you mean {' or '.join(tables)}?"
            return Translation(clarification=Clarification(message, tuple(found)), score=score)
        if found:
            error = f"I am not sure that by '{word}' you mean {tables[0]}, so I would rather not guess."
            suggestions = [found[0].question, *answerable_suggestions(engine)]
            return Translation(error=error, suggestions=list(dict.fromkeys(suggestions))[:4], score=score)
    return None


def _kin_options(question: str, engine: SemanticEngine, score: Score, word: str) -> tuple[list[Option], list[str]]:
    """Verified options for a kin word, with the table words they name: the question with the word replaced by
    each closest kin table's name, then by the next-closest kin tables' names (at most ``MAX_OPTIONS``, within
    ``MAX_TRIES`` translations past the closest), each reading differently (SQL)."""
    from .parse.kin import beside_tables, kin_ranking, kin_tables, maker_tables, rare_sense_tables

    lemma = singular(word.lower())
    evident = {x.table for x in score.links if x.kind in ("value", "column") and x.table and x.rival is None}
    named = {x.table for x in score.links if x.kind == "table" and x.table and not x.kin}
    beside = beside_tables(engine.schema, engine.planner, named)
    closest = (
        rare_sense_tables(engine.schema, lemma)
        or kin_tables(engine.schema, lemma, evident, beside)[0]
        or maker_tables(engine.schema, lemma)
    )
    rest = [t for t, _ in kin_ranking(engine.schema, lemma) if t not in closest]
    found: list[Option] = []
    tables: list[str] = []
    sqls: set[str] = set()
    for k, table in enumerate([*closest, *rest]):
        if len(found) >= MAX_OPTIONS or k >= len(closest) + MAX_TRIES:
            break
        name = _table_plural(table)
        q = _replace(question, word, name)
        t = _clean(engine, q)
        if t is not None and name not in tables and t.sql not in sqls:
            sqls.add(t.sql)
            tables.append(name)
            found.append(Option(_label(t, q), q))
    return found, tables


def _reading_words(table: str, column: str | None) -> str:
    """Words naming one table or column without ambiguity: "customer city", "order"; table words the column
    name repeats are said once ("ref item type" and "item type code": "ref item type code")."""
    tw = [singular(w.lower()) for w in split_identifier(table)]
    if column is None:
        return " ".join(tw)
    cw = [w.lower() for w in split_identifier(column)]
    if [singular(w) for w in cw[: len(tw)]] == tw:
        return " ".join(cw)
    overlap = next((n for n in range(min(len(tw), len(cw)), 0, -1) if tw[-n:] == [singular(w) for w in cw[:n]]), 0)
    return " ".join(tw[: len(tw) - overlap] + cw)


def _table_plural(table: str) -> str:
    """A table's words with the last one in the plural as a question writes them: "order items"; a word already
    plural or one with no plural ("data", "staff") stays."""
    from lemminflect import getInflection

    words = _words(table).split()
    if not words:
        return table
    last = words[-1].lower()
    forms = getInflection(last, "NNS")
    if singular(last) != last or forms[:1] == (last,):
        return " ".join(words)
    return " ".join([*words[:-1], forms[0] if forms else _plural(last)])


def _respan(question: str, link: Link, table: str, column: str | None) -> str | None:
    """The question with the mention's words replaced by words that name one reading of it."""
    import re

    name = _reading_words(table, column)
    pattern = r"\s*".join(re.escape(w) for w in link.words.split())
    found = re.search(rf"(?<!\w){pattern}(?!\w)", question, flags=re.IGNORECASE) if pattern else None
    if found is None:
        return None
    if link.kind == "value":
        by = f"{name} {found.group(0)}"
    elif _is_period(link.words):
        by = f"with {name} {found.group(0)}"  # "in 2023": with start date in 2023
    else:
        by = name
    return question[: found.start()] + by + question[found.end() :]


def _is_period(words: str) -> bool:
    """Whether words are a period as a whole ("in 2023", "last month")."""
    toks = words.lower().split()
    found = find_date_range(toks, dt.date.today())
    return found is not None and found.last == len(toks) and found.first <= 1


def _reads(t: Translation, link: Link, table: str, column: str | None) -> bool:
    """Whether a translation links a mention of the same kind to ``(table, column)``."""
    links = t.score.links if t.score is not None else ()
    return any(x.kind == link.kind and (x.table, x.column) == (table, column) for x in links)


def _ask_between(translation: Translation, question: str, engine: SemanticEngine, score: Score) -> Translation:
    """Two close readings of one mention: ask which one, each option a full question that reads it."""
    for reason in score.close():
        link = reason.link
        if link is None or link.rival is None:
            continue
        found: list[Option] = []
        for table, column in ((link.table, link.column), link.rival):
            q = _respan(question, link, table, column)
            t = _clean(engine, q) if q else None
            if t is None or not _reads(t, link, table, column):
                break
            found.append(Option(f"{_label(t, q)} ({_reading_words(table, column)})", q))
        if len(found) == 2 and found[0].question != found[1].question:
            message = f"'{link.words}' could mean two things in this data; which one did you mean?"
            return Translation(clarification=Clarification(message, tuple(found)), score=score)
    return Translation(error=_decline_message(score), suggestions=answerable_suggestions(engine), score=score)


#: how a decline names each doubt (a doubt with no words of its own is named by its phrase)
DOUBTS = {
    "dropped_column": "the reading does not use {}",
    "dropped_number": "the reading does not use {}",
    "dropped_measure": "the reading does not compute {}",
    "dropped_negation": "the reading does not express the negation",
    "dropped_grouping": "the reading does not give a figure for each {}",
    "constant_measure": "the reading counts each of the {} as one, so it ranks nothing",
    "one_row_test": "the reading tests {} on one row, not both together",
    "counted_amount": "the reading counts the values of {}, which is an amount itself",
    "odd_measure": "the reading sums or averages {}, which holds no amount",
    "rows_or_quantity": "{} may be the rows counted or the number a related table records of them",
    "bare_key": "the reading shows only {}, which the question does not ask for",
    "dropped_item": "the reading does not show {}",
    "name_guess": "the reading takes {} for a person's name",
    "stray_grouping": "the reading makes a group for each {} as well",
    "shown_flag": "the reading shows {} instead of keeping the rows it holds for",
    "uncounted": "the reading lists values where {} asks for one figure",
    "joined_period": "the reading dates the rows by {} of a related table, not their own date",
    "thing_period": "the reading dates the rows by {}, a date of what they refer to, not of an event",
    "ungrouped_column": "the reading shows {} of one row beside a figure over all rows",
    "unasked_grouping": "the reading gives a figure for each {}, which the question does not ask for",
    "unplaced_column": "it is not clear what {} is for",
    "foreign_column": "the reading takes {} from a related table, not the one the question names before it",
    "loose_column": "it is not clear what {} is for",
    "close_column": "{} fits more than one column",
    "close_value": "{} is found in more than one column",
    "loose_word": "{} is not placed",
    "join_choice": "{} can be joined in more than one way",
    "long_join": "the reading joins {} tables",
    "counted_label": "the reading counts the {} named by the value itself",
    "far_subject": "the reading lists {} through a long join, while the values named lie in a nearer table",
    "unnamed_ranking": "the reading ranks by {}, of rows no word of the question names",
    "dropped_universal": "the reading keeps rows related to any one, not to {}",
    "value_owner": "the reading keeps {} on other rows than the ones it describes",
    "thing_for_who": "the question asks who, and the reading answers with {}, which are not people",
    "unscoped_comparison": "the reading compares with a figure over all rows, not only those {} keeps",
    "one_sided_event": "the reading does not keep the rows on the side {} says",
    "hyphened_modifier": "the reading does not keep the rows {} describes",
    "any_or_every": "{} may mean more than every one of them or more than at least one",
}


def _doubts(score: Score, n: int = 2) -> str:
    """The ``n`` doubts that weigh most, named by their words ("the reading does not use '30'")."""
    doubts: list[str] = []
    for reason in sorted(score.reasons, key=lambda r: (r.code == "unplaced_column", -r.penalty)):
        template = DOUBTS.get(reason.code)
        if template and reason.detail != "" or reason.code == "dropped_negation":
            doubts.append(template.format(f"'{_said(reason.detail)}'"))
    return "; ".join(list(dict.fromkeys(doubts))[:n])


def _doubt_words(score: Score) -> str:
    """The words of the doubt that weighs most, quoted as a question says them, for a one-sentence question back."""
    for reason in sorted(score.reasons, key=lambda r: (r.code == "unplaced_column", -r.penalty)):
        if reason.code in DOUBTS and reason.detail:
            return f"'{_said(reason.detail)}'"
    return "all of that"


def _said(detail: str) -> str:
    """A doubt's detail as words: a raw column name ("unit_price") with its underscores as spaces."""
    return " ".join(split_identifier(detail)).lower() if "_" in detail else detail


def _decline_message(score: Score) -> str:
    """One sentence naming the doubts that weigh most (the words where there are some)."""
    said = _doubts(score)
    return (
        f"I am not sure enough of this reading ({said}), so I would rather not guess."
        if said
        else ("I am not sure enough of how to read that question in this data, so I would rather not guess.")
    )
