"""Relations denied of rows, on a made-up bus company: a negated relation said of an attribute many rows share is
said of the value ("regions with no routes": no depot of the region runs one), of the rows themselves when they
are named ("the region of depots with no routes"); a participle and its preposition between the negation and the
table ("descriptions not used by any route") leave the table out of the subject; a relation two steps away
("route types never run on any journey") is reached by the sub-query; and an adjective before the rows' noun read
as a value of rows each has many of ("active depots" for routes' status) is a doubt."""

from __future__ import annotations

import pytest

from .conftest import assert_answers_with, engine_from_statements


@pytest.fixture(scope="module")
def buses(tmp_path_factory):
    return engine_from_statements(
        tmp_path_factory,
        "buses",
        [
            "CREATE TABLE depots (id INTEGER PRIMARY KEY, name TEXT, region TEXT)",
            "CREATE TABLE route_types (code TEXT PRIMARY KEY, description TEXT)",
            "CREATE TABLE routes (id INTEGER PRIMARY KEY, depot_id INTEGER REFERENCES depots(id), route_code TEXT,"
            " type_code TEXT REFERENCES route_types(code), status TEXT)",
            "CREATE TABLE journeys (id INTEGER PRIMARY KEY, route_id INTEGER REFERENCES routes(id), run_date DATE,"
            " passengers INTEGER)",
            "INSERT INTO depots VALUES (1,'Harehills','North'),(2,'Headingley','North'),(3,'Beeston','South'),"
            "(4,'Seacroft','East'),(5,'Cross Gates','East')",
            "INSERT INTO route_types VALUES ('EXP','Express'),('LOC','Local'),('SCH','School'),('NGT','Night')",
            "INSERT INTO routes VALUES (1,1,'X1','EXP','Active'),(2,1,'11','LOC','Active'),(3,4,'40','LOC','Active'),"
            "(4,4,'S4','SCH','Withdrawn'),(5,5,'N5','NGT','Withdrawn')",
            "INSERT INTO journeys VALUES (1,1,'2024-03-01',40),(2,2,'2024-03-01',25),(3,3,'2024-03-02',31),"
            "(4,2,'2024-03-02',18)",
        ],
    )


# (question, SQL the answer must return the rows of)
NEGATED = [
    ("regions with no routes",
     "SELECT DISTINCT region FROM depots WHERE region NOT IN"
     " (SELECT d.region FROM depots d JOIN routes r ON r.depot_id = d.id)"),
    ("which depots have no routes", "SELECT name FROM depots WHERE id NOT IN (SELECT depot_id FROM routes)"),
    ("codes of route types that are not used by any route",
     "SELECT code FROM route_types WHERE code NOT IN (SELECT type_code FROM routes)"),
    ("show all descriptions that are not used by any route",
     "SELECT description FROM route_types WHERE code NOT IN (SELECT type_code FROM routes)"),
    ("descriptions of route types never run on any journey",
     "SELECT description FROM route_types WHERE code NOT IN"
     " (SELECT r.type_code FROM routes r JOIN journeys j ON j.route_id = r.id)"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "expected"), NEGATED)
def test_a_negated_relation_is_said_of_what_is_listed(buses, question, expected):
    assert_answers_with(buses, question, expected)


def test_the_rows_named_keep_the_negation_their_own(buses):
    # "the region of the depots that have no routes": each such depot's region, not regions with none at all
    _, engine = buses
    t = engine.translate("the region of the depots that have no routes")
    assert t.sql is None or 'NOT "region" IN' not in t.sql, t.sql


@pytest.mark.parametrize("question", ["how many active depots are there", "list the active depots"])
def test_an_adjective_of_the_rows_is_not_a_value_of_rows_they_have_many_of(buses, question):
    # 'Active' is a route's status: "active depots" are not depots with some active route
    _, engine = buses
    t = engine.translate(question)
    assert t.sql is None or "status" not in t.sql, t.sql
