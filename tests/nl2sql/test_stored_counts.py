"""A count a column stores ("population": how many people) asked with "how many" of several rows is their sum, of
one row by its name that row's own figure, and "how many" listed row by row is a doubt even when a sub-query
keeps the rows, on a made-up county's towns."""

from __future__ import annotations

import pytest

from .conftest import assert_answers_with, engine_from_statements


@pytest.fixture(scope="module")
def towns(tmp_path_factory):
    return engine_from_statements(
        tmp_path_factory,
        "towns",
        [
            "CREATE TABLE towns (id INTEGER PRIMARY KEY, name TEXT, county TEXT, population INTEGER)",
            "CREATE TABLE libraries (id INTEGER PRIMARY KEY, town_id INTEGER REFERENCES towns(id), name TEXT)",
            "INSERT INTO towns VALUES (1,'Ashford','Kent',74000),(2,'Whitstable','Kent',32000),"
            "(3,'Lewes','Sussex',17000),(4,'Rye','Sussex',4500),(5,'Hastings','Sussex',91000)",
            "INSERT INTO libraries VALUES (1,1,'Ashford Gateway'),(2,3,'Lewes Library'),(3,5,'Hastings Library')",
        ],
    )


# (question, SQL the answer must return the rows of)
STORED_COUNTS = [
    ("how many people live in Sussex", "SELECT SUM(population) FROM towns WHERE county = 'Sussex'"),
    ("how many people live in Kent?", "SELECT SUM(population) FROM towns WHERE county = 'Kent'"),
    ("how many people live in Ashford", "SELECT population FROM towns WHERE name = 'Ashford'"),
    ("how many people live in towns that have no library",
     "SELECT SUM(population) FROM towns WHERE id NOT IN (SELECT town_id FROM libraries)"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "expected"), STORED_COUNTS)
def test_how_many_of_a_stored_count_is_one_figure(towns, question, expected):
    assert_answers_with(towns, question, expected)


def test_a_stored_count_for_each_group_is_not_summed_over_all(towns):
    _, engine = towns
    t = engine.translate("how many people live in each county")
    assert t.sql is None or "GROUP BY" in t.sql, t.sql
