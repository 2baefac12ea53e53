"""Which columns of a table say whether a row is still in force: its state columns.

Three kinds, read from the schema (and the value index where one is given):

- an **end date**: a nullable date column, beside another date of the table (the row's start), whose name says
  when the row stopped being in force (:data:`~.patterns.END_DATE_WORDS`: ``term_dt``, ``close_date``; a short
  name word abbreviating one, ``wdrn_dt``). While it holds no value the row is current;
- an **active flag**: a yes/no column named as being in force (:data:`~.patterns.ACTIVE_FLAG_WORDS`:
  ``is_active``, ``actv``, ``live``); 1 while the row is current;
- with a value index, any other **flag** (a column holding only a yes/no pair) and any **status code** column:
  a text column of two to :data:`~.values.MAX_STATUS_CODES` distinct values, each at most four characters and
  no digit (not a reference such as 'A1'), not named after the table (``site_cd`` of sites: each row's own code),
  and a **worded status**: a text column named as a status (:data:`~.patterns.STATUS_COLUMN_WORDS`) of two to
  :data:`~.values.MAX_STATUS_CODES` values of any length ('Ordered', 'Arrived', 'Collected').

:func:`in_force` gives the columns a word like "current" or "former" reads (end dates and active flags);
:func:`has_state` says whether a table has any state column, so a state word the engine left unused there
drops a filter (see :mod:`.clarify`).

    >>> from datachat.nl2sql.schema import Column, Table
    >>> staff = Table("staff", [Column("id", "integer", primary_key=True), Column("hired", "date", nullable=False),
    ...                         Column("term_dt", "date"), Column("name")])
    >>> in_force(staff)
    (('term_dt', 'end'),)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import singular, split_identifier
from .patterns import ACTIVE_FLAG_WORDS, END_DATE_WORDS, STATUS_COLUMN_WORDS
from .schema import DATE_FAMILIES
from .spelling import abbreviates, codes_word, shortens

if TYPE_CHECKING:
    from .schema import Column, Table
    from .values import ValueIndex

#: the longest value of a status code column (a state written as a short code: 'A', 'PND', 'OPEN')
MAX_CODE_LENGTH = 4


def _names_one_of(name: str, words: frozenset[str]) -> bool:
    """Whether a column name has a word of ``words``, or a short word abbreviating one ("actv", "wdrn")."""
    parts = [w.lower() for w in split_identifier(name)]
    return any(p in words or (len(p) >= 3 and any(abbreviates(p, w) for w in words)) for p in parts)


def _dates(table: Table) -> list[Column]:
    return [c for c in table.columns if c.family in DATE_FAMILIES]


def end_dates(table: Table) -> list[str]:
    """The table's nullable end dates (see the module docstring)."""
    dates = _dates(table)
    if len(dates) < 2:
        return []
    return [c.name for c in dates if c.nullable and not c.primary_key and _names_one_of(c.name, END_DATE_WORDS)]


def active_flags(table: Table) -> list[str]:
    """The table's yes/no columns named as being in force (see the module docstring)."""
    return [
        c.name
        for c in table.columns
        if c.family in ("integer", "boolean")
        and not c.primary_key
        and split_identifier(c.name)[-1].lower() != "id"  # current_address_id: a reference, no flag
        and _names_one_of(c.name, ACTIVE_FLAG_WORDS)
    ]


def in_force(table: Table) -> tuple[tuple[str, str], ...]:
    """``(column, kind)`` for each end date (``"end"``) and active flag (``"flag"``) of the table."""
    return tuple((c, "end") for c in end_dates(table)) + tuple((c, "flag") for c in active_flags(table))


def short_code_columns(table: Table, values: ValueIndex | None) -> list[str]:
    """The table's text columns of a few short codes of any kind (a status, a source, a type: 'E', 'A')."""
    if values is None:
        return []
    from .values import MAX_STATUS_CODES

    out = []
    for c in table.columns:
        key = f"{table.name}.{c.name}"
        if c.primary_key or c.family != "text" or not 2 <= values.cardinality.get(key, 0) <= MAX_STATUS_CODES:
            continue
        vals = values.column_values(key)
        if vals and all(len(v) <= MAX_CODE_LENGTH for v in vals):
            out.append(c.name)
    return out


def state_codes(table: Table, values: ValueIndex | None) -> list[str]:
    """The table's status code columns (see the module docstring)."""
    own = {singular(w.lower()) for w in split_identifier(table.name)}
    return [
        c
        for c in short_code_columns(table, values)
        if split_identifier(c)[0].lower() not in own  # "site_cd" of sites: each row's own code, no state
        and not any(ch.isdigit() for v in values.column_values(f"{table.name}.{c}") for ch in v)  # 'A1': a reference
    ]


def names_status(column: str, *, shortened: bool = False) -> bool:
    """Whether a column's name says it holds a status (:data:`~.patterns.STATUS_COLUMN_WORDS`: ``agr_status``);
    with ``shortened``, also by a short form of such a word (``inv_stat``, ``sts_cd``: :func:`.spelling.shortens`)."""
    return any(
        p in STATUS_COLUMN_WORDS or (shortened and any(shortens(p, w) for w in STATUS_COLUMN_WORDS))
        for p in (w.lower() for w in split_identifier(column))
    )


def coded_statuses(table: Table, values: ValueIndex | None, *, shortened: bool = False) -> list[str]:
    """The status code columns, and the columns of short codes named as a status even when named after the table
    (``agr_status`` of agreements; with ``shortened``, also by a short form of a status word: ``entry_sts``): the
    columns a state word such as "active" may name a code of."""
    named = [c for c in short_code_columns(table, values) if names_status(c, shortened=shortened)]
    return list(dict.fromkeys([*state_codes(table, values), *named]))


def worded_statuses(table: Table, values: ValueIndex | None) -> list[str]:
    """The table's status columns of a few values spelt out ('Arrived', 'Collected'): named as a status (see the
    module docstring), not already a status code column."""
    if values is None:
        return []
    from .values import MAX_STATUS_CODES

    codes = set(state_codes(table, values))
    return [
        c.name
        for c in table.columns
        if c.family == "text"
        and not c.primary_key
        and c.name not in codes
        and names_status(c.name)
        and 2 <= values.cardinality.get(f"{table.name}.{c.name}", 0) <= MAX_STATUS_CODES
    ]


def state_columns(table: Table, values: ValueIndex | None = None) -> frozenset[str]:
    """Every state column of the table (see the module docstring)."""
    flags = {
        c.name for c in table.columns if values is not None and not c.primary_key and values.flag_pair(table.name, c)
    }
    codes = set(state_codes(table, values)) | set(worded_statuses(table, values))
    return frozenset({c for c, _ in in_force(table)} | flags | codes)


def has_state(table: Table, values: ValueIndex | None = None, *, codes: bool = True) -> bool:
    """Whether the table has a state column of any kind (see the module docstring); with ``codes=False`` a
    flag or an end date only (a short code column may be a type: 'M'/'F')."""
    if in_force(table):
        return True
    if values is None:
        return False
    if any(not c.primary_key and values.flag_pair(table.name, c) is not None for c in table.columns):
        return True
    return codes and bool(state_codes(table, values) or worded_statuses(table, values))


def may_code_state(table: Table | None, values: ValueIndex | None, word: str) -> bool:
    """Whether a status code column of ``table`` (:func:`state_codes`, or one named as a status even in short:
    ``entry_sts``) holds a code that may stand for ``word``: its first letter ('R' for "refunded") or an
    abbreviation of it ('CNL' for "cancelled"). Such a word said of the rows may name that state.

    >>> from datachat.nl2sql.schema import Column, Table
    >>> from datachat.nl2sql.values import ValueIndex
    >>> entries = Table("entries", [Column("id", "integer", primary_key=True), Column("entry_sts")])
    >>> values = ValueIndex.from_dict({"entries": {v.lower(): [["entries", "entry_sts", v]] for v in "CRW"},
    ...                                "cardinality": {"entries.entry_sts": 3}})
    >>> may_code_state(entries, values, "refunded"), may_code_state(entries, values, "failed")
    (True, False)
    """
    if table is None or values is None:
        return False
    low = word.lower()
    return any(
        codes_word(code, low)
        for column in coded_statuses(table, values, shortened=True)
        for code in values.column_values(f"{table.name}.{column}")
    )
