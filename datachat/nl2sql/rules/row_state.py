"""Rows still in force, or no longer: "current members", "staff still employed", "former tenants".

A word saying the rows are in force (:data:`~datachat.nl2sql.patterns.ROW_STATE_ON`: "current", "currently",
"active", "live", "still") or no longer (:data:`~datachat.nl2sql.patterns.ROW_STATE_OFF`: "former", "ex",
"inactive"; also "no longer", and an "on" word after "not") that no earlier stage read keeps the rows of the
subject by its one state column (:func:`~datachat.nl2sql.row_state.in_force`): a nullable end date holds no
value (``IS NULL``; ``IS NOT NULL`` for the opposite), or an active flag is 1 (0). The word names the subject when
no other table is named right after it; an adverb ("currently") beside a state word another stage read ("active"
as a status value) only says that again. With no such column the word stays unused (ignorable where the table has
no state column at all, :mod:`~datachat.nl2sql.clarify`); with two or more, or beside a status code the word
may stand for ('A' for "active", :func:`_coded_state`), the rule does not choose and the engine asks.

    >>> from datachat.nl2sql.frame import Field, QueryFrame
    >>> from datachat.nl2sql.interpret import LinkedQuestion
    >>> from datachat.nl2sql.schema import Column, Schema, Table
    >>> from datachat.nl2sql.sqlgen import Planner
    >>> members = Table("members", [Column("id", "integer", primary_key=True), Column("joined", "date"),
    ...                             Column("left_on", "date")])
    >>> planner = Planner(Schema([members]))
    >>> frame = QueryFrame(base="members", select=(Field("aggregate", fn="count", table="members"),))
    >>> words = ("how", "many", "current", "members")
    >>> new, used = row_state(LinkedQuestion(words, frozenset({2}), planner=planner), frame)
    >>> [(f.field.column, f.op) for f in new.filters], sorted(used)
    ([('left_on', 'is null')], [2])
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..frame import Field, Filter, QueryFrame
from ..patterns import ROW_STATE_OFF, ROW_STATE_ON, ROW_STATE_WORDS, STATE_ADVERBS, STATE_VERB_PARTICLES
from ..row_state import coded_statuses, in_force

if TYPE_CHECKING:
    from ..interpret import LinkedQuestion
    from ..schema import Table

#: words before an "on" word that turn it into its opposite ("not current")
NEGATIONS = ("not", "never", "no")


def _state(question: LinkedQuestion, i: int) -> tuple[bool, frozenset[int]] | None:
    """Whether word ``i`` keeps the rows in force (True) or no longer (False), and the positions it reads; None
    when it says neither, or a negation before it was read by another stage."""
    words = question.words
    word = words[i]
    before = words[i - 1] if i else ""
    if word == "longer" and before == "no" and i - 1 in question.unread:
        return False, frozenset({i - 1, i})
    if word in ROW_STATE_OFF:
        return False, frozenset({i})
    if word not in ROW_STATE_ON:
        return None
    if word not in STATE_ADVERBS and i + 1 < len(words) and words[i + 1] in STATE_VERB_PARTICLES:
        return None  # "live in": a verb with its complement
    if before in NEGATIONS:
        return (False, frozenset({i - 1, i})) if i - 1 in question.unread else None
    return True, frozenset({i})


def _described_table(question: LinkedQuestion, i: int) -> str | None:
    """The table named right after the state word at ``i``, past particles ("still out injured": the injuries)."""
    j = i + 1
    while j < len(question.words) and question.words[j] in STATE_VERB_PARTICLES:
        j += 1
    return question.table_at(j) if j < len(question.words) else None


def _coded_state(question: LinkedQuestion, table: Table, word: str) -> bool:
    """Whether a status code column of the table (:func:`~datachat.nl2sql.row_state.coded_statuses`) holds a code
    the state word may stand for: its first letter ('A' for "active") or a prefix of it ('ACT')."""
    for column in coded_statuses(table, question.values):
        for code in question.values.column_values(f"{table.name}.{column}"):
            if code == word[0] or (len(code) >= 2 and word.startswith(code)):
                return True
    return False


def row_state(question: LinkedQuestion, frame: QueryFrame) -> tuple[QueryFrame, frozenset[int]]:
    """The subject's rows kept by their one state column when an unread word says they are in force or not."""
    base = frame.base
    if question.planner is None or not base or frame.nesting is not None:
        return frame, frozenset()
    table = question.planner.schema.table(base)
    if table is None:
        return frame, frozenset()
    found = [(i, s) for i in sorted(question.unread) if (s := _state(question, i)) is not None]
    read = [i for i, w in enumerate(question.words) if w in ROW_STATE_WORDS and i not in question.unread]
    if found and read and all(question.words[i] in STATE_ADVERBS for i, _ in found):
        # "currently active" with "active" read already (a status value): the adverb says no more
        return frame, frozenset(i for i, _ in found)
    described = {_described_table(question, i) for i, _ in found}
    other = described.pop() if len(described) == 1 else None
    described_rows = question.planner.schema.table(other) if other not in (None, base) else None
    if described_rows is not None and len(in_force(described_rows)) == 1:
        # "players still out injured": the state of the injuries the words after it name, not the players'
        base, table = other, described_rows
    # a word before another table's name qualifies that table's rows, not the subject's
    found = [(i, s) for i, s in found if question.table_at(i + 1) in (None, base)]
    columns = in_force(table)
    if not found or len(columns) != 1 or len({on for _, (on, _) in found}) != 1:
        return frame, frozenset()
    if any(_coded_state(question, table, question.words[i]) for i, _ in found):
        return frame, frozenset()  # "active" beside a status code 'A': two state columns, the engine asks
    column, kind = columns[0]
    on = found[0][1][0]
    if any(f.field.table == base and f.field.column == column for f in frame.filters):
        return frame, frozenset()
    field = Field("column", table=base, column=column)
    if kind == "end":
        test = Filter(field, "is null" if on else "is not null", has_value=False)
    else:
        test = Filter(field, "=", 1 if on else 0)
    consumed = frozenset().union(*(used for _, (_, used) in found))
    return replace(frame, filters=(*frame.filters, test)), consumed
