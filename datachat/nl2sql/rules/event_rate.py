"""A rate named by its event or state: "the cancellation rate of bookings", "late rate by carrier", "which branch
has the highest churn rate". The share of the counted rows meeting one condition, shown as the conditional-share
rule shows it (:mod:`.conditional_share`: ``100.0 * SUM(CASE WHEN P THEN 1 ELSE 0 END) / COUNT(*)``).

The word before a ratio noun (:data:`~datachat.nl2sql.patterns.RATIO_NOUNS`), a noun of an event ("cancellation",
"return") or an adjective of a state ("late"), says the condition P, read through the readers of states the
engine has for participles: a nullable date its verb names (:func:`.state_dates.dated_readings`: the rows it
holds a value for), a status code that abbreviates or begins with the verb's forms, or a value spelling them
out, and a yes/no flag whose name's words it says (``is_late``, ``churned``, ``no_show_flg``: the rows where it
says yes). The counted rows are those of the table named after "of" ("the return rate of orders"), else of the
one table holding the condition. The rule fires only when exactly one condition fits: with none, or two, the
words stay unread, so the engine asks or declines (a ratio noun left in a statement that divides nothing is a
dropped measure, :mod:`..clarify`). A stored rate (``int_rate``, ``tax_rate``) is named by its own words and is
no event's rate: it stays the column. Grouping and date filters stay; a superlative before the event word
("the highest churn rate") ranks by the share.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from lemminflect import getInflection

from ..frame import Field, Filter, Order, QueryFrame
from ..lexicon import names_role, split_identifier
from ..patterns import (
    DETERMINERS,
    EVENT_VERBS,
    FIRST_ASC_WORDS,
    FIRST_DESC_WORDS,
    FLAG_MARK_PARTS,
    FLAG_PREFIXES,
    RATE_ROWS_LEADS,
    RATIO_NOUNS,
    STOP,
)
from ..row_state import names_status, state_codes
from ..spelling import abbreviates, shortens
from ..wordnet import event_verbs
from .state_dates import dated_readings

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from ..interpret import LinkedQuestion
    from ..schema import Table
    from ..values import ValueIndex

_NONE: frozenset[int] = frozenset()
#: words between "of" and the counted rows' name ("the return rate of all the orders")
_DETERMINERS = DETERMINERS | {"all", "our"}
#: the label of a condition read from a code's one letter (:func:`_initial`)
INITIAL = "initial"


def _phrase(words: Sequence[str], r: int) -> tuple[int, ...]:
    """The positions of the words before the ratio noun at ``r`` that say the event: the word right before it,
    with those hyphens join to it ("no-show")."""
    at = [r - 1]
    while at[0] >= 2 and words[at[0] - 1] == "-" and words[at[0] - 2].isalpha():
        at[:0] = [at[0] - 2, at[0] - 1]
    return tuple(at)


def _forms(word: str) -> tuple[frozenset[str], frozenset[str]]:
    """The forms a condition may be named by: the verbs a noun names the event of ("cancellation" -> cancel) with
    their past forms, and the word itself (an adjective: "late"); and the past participles alone."""
    verbs = [v for v in event_verbs(word) if v.isalpha()]
    participles = {p for v in verbs for p in (getInflection(v, tag="VBN") or ())}
    past = {p for v in verbs for p in (getInflection(v, tag="VBD") or ())}
    return frozenset({word, *verbs, *participles, *past}), frozenset(participles)


def _flags(values: ValueIndex, table: Table, said: set[str], forms: frozenset[str]) -> list[Filter]:
    """The yes/no columns of the table whose name's words (its flag marks aside) are all said, whole or
    shortened: the rows where the flag says yes."""
    out = []
    for c in table.columns:
        pair = values.flag_pair(table.name, c) if not c.primary_key else None
        if pair is None:
            continue
        parts = [p.lower() for p in split_identifier(c.name)]
        parts = [
            p for i, p in enumerate(parts) if not names_role(p, FLAG_MARK_PARTS) and not (i == 0 and p in FLAG_PREFIXES)
        ]
        words = said | forms
        if parts and all(any(p == w or shortens(p, w) for w in words) for p in parts):
            out.append(Filter(Field("column", table=table.name, column=c.name), "=", pair[0]))
    return out


def _initial(column: str, codes: set[str], participles: frozenset[str]) -> str | None:
    """The one-letter code of a column named as a status, coded by initials only, that a participle's first
    letter is ('C' for completed in a status of 'A', 'C', 'D'): a reading the engine cannot be sure of alone."""
    if not names_status(column, shortened=True) or not codes or any(len(c) != 1 for c in codes):
        return None
    return next((c for c in sorted(codes) if any(p[:1] == c.lower() for p in participles)), None)


def _codes(values: ValueIndex, table: Table, forms: frozenset[str], participles: frozenset[str]) -> list[Filter]:
    """The status codes of the table the forms name: a code that abbreviates one ('RTN' for returned), begins
    one ('CAN' for cancelled), or spells one out ('cancelled'); and the one-letter code a participle begins in a
    status column of initials (:func:`_initial`, labelled ``"initial"``: never an answer alone)."""
    found = []
    for column in state_codes(table, values):
        if values.flag_pair(table.name, table.column(column)) is not None:
            continue
        stored = {
            h.value
            for k in values.column_values(f"{table.name}.{column}")
            for h in values.lookup(k)
            if (h.table, h.column) == (table.name, column)
        }
        for v in sorted(stored, key=str):
            text = str(v)
            low = text.lower()
            if low in forms or (
                len(low) >= 3 and any(f.startswith(low) or (text.isupper() and abbreviates(low, f)) for f in forms)
            ):
                found.append(Filter(Field("column", table=table.name, column=column), "=", v))
        initial = _initial(column, {str(v) for v in stored}, participles)
        if initial is not None:
            found.append(Filter(Field("column", table=table.name, column=column), "=", initial, label=INITIAL))
    return found


def _dates(table: Table, participles: frozenset[str]) -> list[Filter]:
    """The nullable dates of the table the participles' verb names: the rows the event happened to."""
    columns = {c for p in sorted(participles) for happened, cs in dated_readings(table, p) if happened for c in cs}
    return [
        Filter(Field("column", table=table.name, column=c), "is not null", has_value=False) for c in sorted(columns)
    ]


def conditions(values: ValueIndex, tables: Iterable[Table], said: tuple[str, ...]) -> list[Filter]:
    """Every condition of the tables' rows the event words ``said`` (the last one the head) may name; no date
    for a verb that only says the row exists ("delivery": every shipment has its delivery date)."""
    forms, participles = _forms(said[-1])
    # a compound's head ("no-show") is not what its first letter codes
    initials = participles if len(said) == 1 else frozenset()
    out = []
    for table in tables:
        dates = [] if forms & EVENT_VERBS else _dates(table, participles)
        out += [*dates, *_codes(values, table, forms, initials), *_flags(values, table, set(said), forms)]
    return out


def _existence(word: str) -> bool:
    """Whether a noun names only the event by which a row exists ("delivery", "booking")."""
    return bool(_forms(word)[0] & EVENT_VERBS)


def event_words(words: Sequence[str], r: int, rows: str | None) -> tuple[tuple[int, ...], tuple[str, ...]] | None:
    """The positions of the words saying the event of the ratio noun at ``r`` and the words themselves, the
    head last: the word before it with those hyphens join to it ("no-show"); the word before that when the word
    before names the rows (``rows``, their table: "the late shipment rate") or only their own event ("the late
    delivery rate"). ``None`` when the rows are named with no state said of them."""
    phrase = _phrase(words, r)
    modified = r >= 2 and words[r - 2].isalpha() and words[r - 2] not in STOP
    if rows and not modified:
        return None
    if len(phrase) == 1 and modified and (rows or _existence(words[r - 1])):
        return (r - 2, r - 1), (words[r - 2],)
    return phrase, tuple(words[i] for i in phrase if words[i] != "-")


def counted_position(words: Sequence[str], r: int) -> int | None:
    """Where the counted rows are named after the ratio noun at ``r`` ("rate of | the | orders"), if "of", "for" or
    "among" follows (:data:`~datachat.nl2sql.patterns.RATE_ROWS_LEADS`)."""
    if r + 1 >= len(words) or words[r + 1] not in RATE_ROWS_LEADS:
        return None
    j = r + 2
    while j < len(words) and words[j] in _DETERMINERS:
        j += 1
    return j if j < len(words) else None


def _stored(question: LinkedQuestion, r: int, phrase: tuple[int, ...]) -> bool:
    """Whether the ratio noun and the words before it name one stored column ("tax rate" for ``tax_rate``)."""
    column = question.column_at(r)
    return column is not None and any(question.column_at(i) == column for i in phrase)


def _superlative(question: LinkedQuestion, start: int) -> tuple[int, str] | None:
    """The superlative right before the event words ("the highest | churn rate") and its direction."""
    k = start - 1
    if k < 0:
        return None
    word = question.words[k]
    return (k, "desc") if word in FIRST_DESC_WORDS else (k, "asc") if word in FIRST_ASC_WORDS else None


def _read(question: LinkedQuestion) -> tuple[int, tuple[int, ...], str, Filter] | None:
    """The ratio noun, its event words, the counted table and the one condition; ``None`` when no event rate is
    said or its condition is not exactly one."""
    planner, values = question.planner, question.values
    if planner is None or values is None:
        return None
    words = question.words
    for r in range(1, len(words)):
        if words[r] not in RATIO_NOUNS or not words[r - 1].isalpha():
            continue
        if _stored(question, r, _phrase(words, r)):
            continue  # "tax rate": a stored column
        rows = question.table_at(r - 1)
        if r not in question.unread and (question.column_at(r) is None or rows):
            continue  # the ratio noun is read otherwise, or a stored rate named by its table ("loan rate")
        at = counted_position(words, r)
        named = question.table_at(at) if at is not None else None
        read = event_words(words, r, rows)
        if read is None or (rows and named and named != rows):
            continue
        phrase, said = read
        named = rows or named
        tables = [t for t in ([planner.schema.table(named)] if named else planner.schema.tables) if t is not None]
        found = conditions(values, tables, said)
        if len(found) != 1 or found[0].label == INITIAL:
            return None  # none or two: the engine asks (:mod:`..clarify`) or declines over the words left unread
        return r, phrase, found[0].field.table or "", found[0]
    return None


def event_rate(question: LinkedQuestion, frame: QueryFrame) -> tuple[QueryFrame, frozenset[int]]:
    """The share of the counted rows meeting the condition the word before a ratio noun names (see the module
    docstring)."""
    read = _read(question)
    if read is None or frame.nesting is not None or frame.self_join is not None:
        return frame, _NONE
    r, phrase, table, cond = read
    # what the parse read the event words and the ratio noun as (a flag, a date, a stored rate) is the share now
    named = {question.column_at(i) for i in (*phrase, r)} - {None}
    cond_column = (cond.field.table, cond.field.column)

    def stays(f: Field) -> bool:
        return f.kind in ("column", "entity", "bucket") and (f.table, f.column) not in named | {cond_column}

    group = tuple(f for f in frame.group if stays(f))
    sup = _superlative(question, phrase[0])
    if not group and sup is not None:
        # "which branch has the highest churn rate": the rows named before the superlative are ranked
        ranked = next((t for j in range(sup[0]) if (t := question.table_at(j)) and t != table), None)
        if ranked is None:
            return frame, _NONE
        group = (Field("entity", table=ranked),)
    filters = tuple(
        f
        for f in frame.filters
        if (f.field.table, f.field.column) not in named | {cond_column}
        and not set(question.filter_positions(f.field.table, f.field.column)) & set(phrase)
    )
    share = Field("share", table=table, conds=(cond,))
    consumed = {*phrase, r}
    order: tuple[Order, ...] = ()
    limit = None
    if sup is not None and group:
        consumed.add(sup[0])
        order, limit = (Order(share, sup[1]),), frame.limit or 1
    elif group:
        # a period grouping keeps its order in time; other groups come largest share first
        order = tuple(o for o in frame.order if o.field in group and o.field.kind == "bucket") or (
            Order(share, "desc"),
        )
    new = replace(
        frame,
        base=table,
        select=(*group, share),
        group=group,
        filters=filters,
        having=(),
        order=order,
        limit=limit,
        distinct=None,
        joins=None,
        order_implied=bool(order) and sup is None,
    )
    return new, frozenset(consumed)
