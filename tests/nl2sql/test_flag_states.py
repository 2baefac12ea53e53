"""Yes/no columns said as a state of the rows, one concept (``ValueIndex.flag_pair``), table-driven on a made-up
cattery: a whole-number column named as a state (``neutered``), a boolean (``is_indoor``), a text column whose
data holds only a yes/no pair (``chipped``: 'Y'/'N'), and whole numbers that only look like states.

- said as an adjective ("neutered cats"), after "be" ("have been neutered") or negated ("not neutered", "never
  verified", "aren't"), the column keeps the rows where it says yes, or no when negated: the "no" value itself
  (``= 0``, ``= 'N'``), never ``<> yes``;
- "whether they are neutered" asks for the column, not a filter;
- a column named as a state whose data holds other numbers is no flag."""

from __future__ import annotations

import pytest

from datachat.nl2sql import ValueIndex, run_query

from .conftest import engine_from_statements

_CATTERY = [
    "CREATE TABLE keepers (id INTEGER PRIMARY KEY, name TEXT, town TEXT)",
    "CREATE TABLE cats (id INTEGER PRIMARY KEY, keeper_id INTEGER REFERENCES keepers(id), name TEXT,"
    " neutered INTEGER, is_indoor BOOLEAN, chipped TEXT, weight REAL, has_siblings INTEGER)",
    "CREATE TABLE members (id INTEGER PRIMARY KEY, name TEXT, verified INTEGER)",
    "INSERT INTO keepers VALUES (1,'Ann','Leeds'),(2,'Bo','York')",
    "INSERT INTO cats VALUES (1,1,'Tom',1,1,'Y',4.0,0),(2,1,'Kit',0,0,'N',3.0,2),(3,2,'Max',1,0,'Y',5.0,1),"
    "(4,2,'Sox',0,1,'N',3.5,0),(5,2,'Pip',1,1,'N',2.5,3)",
    "INSERT INTO members VALUES (1,'Al',1),(2,'Bea',0),(3,'Cy',1)",
]


@pytest.fixture(scope="module")
def cattery(tmp_path_factory):
    return engine_from_statements(tmp_path_factory, "cattery", _CATTERY)


STATES = [
    # (question, rows, what the filter must say)
    ("how many neutered cats are there", [(3,)], '"neutered" = 1'),
    ("how many cats have been neutered", [(3,)], '"neutered" = 1'),
    ("how many cats are not neutered", [(2,)], '"neutered" = 0'),
    ("how many cats have not been neutered", [(2,)], '"neutered" = 0'),
    ("how many cats aren't neutered", [(2,)], '"neutered" = 0'),
    ("average weight of neutered cats", [(round((4.0 + 5.0 + 2.5) / 3, 4),)], '"neutered" = 1'),
    ("how many indoor cats", [(3,)], '"is_indoor" = 1'),
    ("how many cats are not indoor", [(2,)], '"is_indoor" = 0'),
    ("how many cats are chipped", [(2,)], "\"chipped\" = 'Y'"),
    ("how many cats are not chipped", [(3,)], "\"chipped\" = 'N'"),
    ("names of members who were never verified", [("Bea",)], '"verified" = 0'),
    ("how many members are verified", [(2,)], '"verified" = 1'),
]


@pytest.mark.parametrize(("question", "rows", "test"), STATES)
def test_a_state_said_of_the_rows_keeps_its_value(cattery, question, rows, test):
    sa_engine, engine = cattery
    t = engine.translate(question)
    assert t.sql, (t.error, t.clarification)
    assert test in t.sql and "<>" not in t.sql, t.sql
    assert sorted(run_query(sa_engine, t.sql)) == sorted(rows), t.sql


@pytest.mark.parametrize("question", ["list the cats and whether they are neutered", "cats and whether chipped"])
def test_whether_asks_for_the_column_itself(cattery, question):
    _, engine = cattery
    t = engine.translate(question, ask=False)
    assert t.sql is None or "WHERE" not in t.sql, t.sql


def test_the_flag_pair_comes_from_the_data_the_type_or_the_name(cattery):
    _, engine = cattery
    cats = engine.schema.table("cats")
    pairs = {c.name: engine.values.flag_pair("cats", c) for c in cats.columns}
    assert pairs == {
        "id": None,
        "keeper_id": None,
        "name": None,
        "neutered": (1, 0),
        "is_indoor": (1, 0),
        "chipped": ("Y", "N"),
        "weight": None,
        "has_siblings": None,  # named as a state, but its data holds other numbers
    }
    restored = ValueIndex.from_dict(engine.values.to_dict())
    assert {c.name: restored.flag_pair("cats", c) for c in cats.columns} == pairs


def test_a_boolean_or_a_state_name_is_a_flag_with_no_data_read(cattery):
    _, engine = cattery
    cats = engine.schema.table("cats")
    empty = ValueIndex()
    assert empty.flag_pair("cats", cats.column("is_indoor")) == (True, False)
    assert empty.flag_pair("cats", cats.column("neutered")) == (1, 0)
    assert empty.flag_pair("cats", cats.column("weight")) is None
