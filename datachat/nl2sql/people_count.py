"""A count of people said as one noun: "headcount" (WordNet: a count of people, a kind of count).

"current headcount per office" asks how many people rows there are, so the word reads as "number of <the table>"
when one table's name is a noun for a person (WordNet), else "number of people" (which the engine links to a table
of persons, or to none); after a noun naming a table ("porter headcount") as "count" of that table. A schema with a
number column named as a count ("emp_cnt", "staff_count") may hold the headcount itself, so there the word is left
as written and the engine asks or declines.

    >>> from datachat.nl2sql.schema import Column, Schema, Table
    >>> clerks = Table("clerks", [Column("id", "integer", primary_key=True), Column("name")])
    >>> accounts = Table("accounts", [Column("id", "integer", primary_key=True), Column("emp_cnt", "integer")])
    >>> as_count("current headcount per office", Schema([clerks]), lambda w: False)
    'current number of clerks per office'
    >>> as_count("porter headcount per depot", Schema([clerks]), lambda w: w == "porter")
    'porter count per depot'
    >>> as_count("average headcount of accounts", Schema([accounts]), lambda w: False)
    'average headcount of accounts'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from .lexicon import singular, split_identifier
from .patterns import PEOPLE_COUNT_WORDS
from .spelling import shortens
from .wordnet import relations

if TYPE_CHECKING:
    from .schema import Schema

_WORD = re.compile(r"[A-Za-z]+")
#: words of a number column's name that say it counts something ("emp_cnt", "staff_count")
COUNT_NAME_WORDS = ("count", "headcount")


def _counts_in_a_column(schema: Schema) -> bool:
    """Whether a number column's name says it is a count (``emp_cnt``): the headcount may be stored."""
    for table in schema.tables:
        for column in table.columns:
            if column.family not in ("integer", "number") or column.primary_key:
                continue
            parts = [p.lower() for p in split_identifier(column.name)]
            if any(p in COUNT_NAME_WORDS or any(shortens(p, w, 1) for w in COUNT_NAME_WORDS) for p in parts):
                return True
    return False


def _people_tables(schema: Schema) -> list[str]:
    """The tables whose name's last word is a noun for a person (WordNet: "rowers", "crew_members")."""
    out = []
    for table in schema.tables:
        parts = split_identifier(table.name)
        if parts and relations(singular(parts[-1].lower())).kind == ("person",):
            out.append(table.name)
    return out


def as_count(question: str, schema: Schema, names_table: Callable[[str], bool]) -> str:
    """The question with a people-count noun written as the count it asks for (see the module docstring);
    ``names_table`` says whether a word names a table of the schema."""
    words = list(_WORD.finditer(question))
    found = [k for k, m in enumerate(words) if m.group().lower() in PEOPLE_COUNT_WORDS]
    if not found or _counts_in_a_column(schema):
        return question
    people = _people_tables(schema)
    counted = f"number of {' '.join(w.lower() for w in split_identifier(people[0]))}" if len(people) == 1 else ""
    out, last = [], 0
    for k in found:
        m = words[k]
        before = words[k - 1].group().lower() if k else ""
        said = "count" if before and names_table(before) else counted or "number of people"
        out += [question[last : m.start()], said]
        last = m.end()
    return "".join(out) + question[last:]
