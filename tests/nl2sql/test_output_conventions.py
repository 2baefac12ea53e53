"""Two output conventions, table-driven on a small made-up schema built in the test: a count of what each row
of a referenced table holds ("how many boats are in each harbour") lists every such row, one holding nothing
with 0; a plain listing comes out in the order of its label."""

from __future__ import annotations

import json
import sqlite3

import pytest
import sqlalchemy as sa

from datachat.nl2sql import SemanticEngine
from datachat.nl2sql.frame import QueryFrame
from datachat.nl2sql.schema import reflect_schema
from datachat.nl2sql.values import ValueIndex

DDL = """
CREATE TABLE harbours (id INTEGER PRIMARY KEY, name TEXT NOT NULL, county TEXT);
CREATE TABLE boats (id INTEGER PRIMARY KEY, name TEXT NOT NULL, harbour_id INTEGER REFERENCES harbours(id),
                    length_m REAL, rig TEXT);
CREATE TABLE skippers (id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, email TEXT);
INSERT INTO harbours VALUES (1, 'Westbay', 'Kernow'), (2, 'Eastmouth', 'Kernow'), (3, 'Northpoint', 'Dyfed');
INSERT INTO boats VALUES (1, 'Seagull', 1, 8.5, 'sloop'), (2, 'Petrel', 1, 11.0, 'ketch'),
                         (3, 'Albatross', 2, 9.0, 'sloop');
INSERT INTO skippers VALUES (1, 'Zoe', 'Hart', 'z@x.org'), (2, 'Adam', 'Moss', 'a@x.org'),
                            (3, 'Adam', 'Ash', 'b@x.org');
"""


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    path = tmp_path_factory.mktemp("harbour") / "harbour.sqlite3"
    con = sqlite3.connect(path)
    con.executescript(DDL)
    con.commit()
    con.close()
    source = sa.create_engine(f"sqlite:///{path}")
    schema = reflect_schema(source)
    return SemanticEngine(schema, values=ValueIndex.build(source, schema)), source


def _rows(source, sql):
    with source.connect() as c:
        return [tuple(r) for r in c.exec_driver_sql(sql).fetchall()]


# (question, the rows expected as a set, whether the statement keeps empty groups with a LEFT JOIN)
COUNTS = [
    ("How many boats are in each harbour?", {("Westbay", 2), ("Eastmouth", 1), ("Northpoint", 0)}, True),
    ("number of boats moored at every harbour", {("Westbay", 2), ("Eastmouth", 1), ("Northpoint", 0)}, True),
    # the harbour as the subject of "have": only harbours that have boats
    ("How many boats does each harbour have?", {("Westbay", 2), ("Eastmouth", 1)}, False),
    ("For each harbour, how many boats are moored there?", {("Westbay", 2), ("Eastmouth", 1)}, False),
    # a filter on the boats would drop the empty harbours again: an inner join
    ("How many sloops are in each harbour?", {("Westbay", 1), ("Eastmouth", 1)}, False),
]


@pytest.mark.parametrize(("question", "rows", "left"), COUNTS, ids=[c[0] for c in COUNTS])
def test_count_per_parent(harbour, question, rows, left):
    engine, source = harbour
    t = engine.translate(question)
    assert t.sql, t.error or t.clarification
    assert ("LEFT JOIN" in t.sql) is left, t.sql
    assert set(_rows(source, t.sql)) == rows


# (question, the rows expected in order (their first columns), or None where no order is added)
LISTINGS = [
    ("list the harbours", [("Eastmouth",), ("Northpoint",), ("Westbay",)]),
    ("which boats are in Westbay", [("Petrel",), ("Seagull",)]),
    ("list the skippers", [("Adam", "Ash"), ("Adam", "Moss"), ("Zoe", "Hart")]),
    ("the 2 longest boats", None),  # a limit and its own order
    ("boats from shortest to longest", None),  # an order asked for
]


@pytest.mark.parametrize(("question", "ordered"), LISTINGS, ids=[c[0] for c in LISTINGS])
def test_listing_order(harbour, question, ordered):
    engine, source = harbour
    t = engine.translate(question)
    assert t.sql, t.error or t.clarification
    if ordered is None:
        assert t.sql.count("ORDER BY") == 1
        assert '"name" ASC' not in t.sql
        return
    assert "ORDER BY" in t.sql
    assert [r[: len(ordered[0])] for r in _rows(source, t.sql)] == ordered
    assert "order" not in t.explanation.lower()  # the order was not asked for: the sentence does not claim it


@pytest.mark.parametrize("question", ["How many boats are in each harbour?", "list the skippers"])
def test_a_stored_frame_plans_the_same_statement(harbour, question):
    engine, _ = harbour
    t = engine.translate(question)
    back = QueryFrame.from_dict(json.loads(json.dumps(t.state)))
    assert back == t.frame
    assert engine.sql_for_state(back) == t.sql


def test_a_follow_up_of_a_count_per_holder_is_read(harbour):
    engine, source = harbour
    first = engine.translate("How many boats are in each harbour?")
    t = engine.translate("only sloops", previous=first.frame)
    assert t.sql and "LEFT JOIN" not in t.sql, t.error
    assert set(_rows(source, t.sql)) == {("Westbay", 1), ("Eastmouth", 1)}
