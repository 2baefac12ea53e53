"""Which side of a two-sided event a verb says: a transfer's verb and its converse ("lend" and "borrow", "sell"
and "buy", WordNet's converses) both name the one table of that event, so reading the verb as the table says
nothing of which side the rows were on; where the table keeps the side in a column of two short codes
('I'/'O'), a reading that does not test that column answers for both sides (:func:`.dropped.one_sided_events`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import split_identifier
from .row_state import state_codes
from .wordnet import relations

if TYPE_CHECKING:
    from .schema import Table
    from .values import ValueIndex

#: how many codes a column saying a side holds: one per side
SIDES = 2


def converses(word: str) -> frozenset[str]:
    """The verbs naming the other side of the events ``word`` names ("borrow" for "lent"; none for "paid")."""
    from lemminflect import getAllLemmas

    verbs = {*getAllLemmas(word.lower()).get("VERB", ())}
    return frozenset(c for v in verbs for c in relations(v, "v").converses)


def names_own_table(word: str, table: Table) -> bool:
    """Whether ``word`` is (a form of) a word of the table's name ("loans" for loans): the table, no side."""
    from lemminflect import getAllLemmas

    own = {w.lower() for w in split_identifier(table.name)}
    forms = {word.lower(), *(f for fs in getAllLemmas(word.lower()).values() for f in fs)}
    return bool(forms & own) or any(f + "s" in own for f in forms)


def side_columns(table: Table, values: ValueIndex | None) -> list[str]:
    """The table's short code columns of exactly two codes (:func:`.row_state.state_codes`): a side each."""
    if values is None:
        return []
    return [c for c in state_codes(table, values) if values.cardinality.get(f"{table.name}.{c}", 0) == SIDES]


def one_sided(word: str, table: Table, values: ValueIndex | None, phrases: dict[str, list[tuple]]) -> list[str]:
    """The side columns (:func:`side_columns`) of ``table`` that a verb read as its event leaves open: the verb
    has a converse that names the same table ("lent" and "borrow" both finding loans), so the verb said which
    side; none when the word is the table's own noun or no converse names the table."""
    if names_own_table(word, table):
        return []
    other = converses(word)
    if not any(e[0] == "table" and e[1] == table.name for c in other for e in phrases.get(c, ())):
        return []
    return side_columns(table, values)
