"""A reference a word names, where a table refers to another twice: "students currently living in North Carolina"
follows ``current_address_id``, not ``permanent_address_id``.

The planner joins two tables along the first of several references between them unless told otherwise. When a
word of the question (in any form: "currently" for ``current``) names the words that tell one reference from its
siblings and no sibling is named, the frame's ``via`` holds that reference, so every join between those tables
follows it; the naming words no stage read are read here.

    >>> from datachat.nl2sql.schema import Column, ForeignKey, Schema, Table
    >>> schema = Schema(tables=[Table("addresses", [Column("id", "integer", primary_key=True)], ["id"]),
    ...     Table("students", [Column("id", "integer", primary_key=True), Column("current_address_id", "integer"),
    ...                        Column("permanent_address_id", "integer")], ["id"])],
    ...     foreign_keys=[ForeignKey("students", "current_address_id", "addresses", "id"),
    ...                   ForeignKey("students", "permanent_address_id", "addresses", "id")])
    >>> named_reference(schema, ("students", "addresses"), ("students", "currently", "living", "there"))
    ('students.current_address_id', frozenset({1}))
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..lexicon import owner_reference, reference_words, word_forms
from ..sqlgen import edge_reference

if TYPE_CHECKING:
    from ..frame import QueryFrame
    from ..interpret import LinkedQuestion
    from ..schema import Schema

_NONE: frozenset[int] = frozenset()


def named_references(question: LinkedQuestion, frame: QueryFrame) -> tuple[QueryFrame, frozenset[int]]:
    """The rule: for each pair of tables the statement joins along one of several references, the reference
    a word names (:func:`named_reference`) goes into ``via``; its naming words that were unread are read."""
    planner = question.planner
    if planner is None or frame.base is None:
        return frame, _NONE
    edges = planner.join_tree(frame.base, planner.statement_tables(frame.to_state())) or []
    via = list(frame.via)
    read: set[int] = set()
    for edge in edges:
        table, _, ref = edge_reference(edge)
        found = named_reference(planner.schema, (table, ref), question.words)
        if found is not None and found[0] not in via:
            via.append(found[0])
            read |= found[1] & question.unread
    if not read and len(via) == len(frame.via):
        return frame, _NONE
    return replace(frame, via=tuple(via)), frozenset(read)


def named_reference(schema: Schema, pair: tuple[str, str], words: tuple[str, ...]) -> tuple[str, frozenset[int]] | None:
    """The one reference from ``pair[0]`` to ``pair[1]`` (of two or more) whose own words a question word
    names, as "table.column", and the positions of those words; None when none or several are named."""
    table, ref = pair
    siblings = [f for f in schema.foreign_keys if f.table == table and f.ref_table == ref and table != ref]
    if len(siblings) < 2 or any(owner_reference(f, siblings) for f in siblings):
        return None
    own = [reference_words(f) for f in siblings]
    common = set.intersection(*own)
    named = []
    for f, mine in zip(siblings, own, strict=True):
        at = frozenset(i for i, w in enumerate(words) if word_forms(w) & (mine - common))
        if at:
            named.append((f"{f.table}.{f.column}", at))
    return named[0] if len(named) == 1 else None
