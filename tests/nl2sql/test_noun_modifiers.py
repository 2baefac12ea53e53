"""A plain word before a table's name qualifies the rows asked for: when nothing places it, the engine asks or
declines instead of counting every row. A word after a subject ("garages that service vans") is a verb, which only
lowers the score, and a question in the schema's own words still answers."""

from __future__ import annotations

import pytest

from .conftest import engine_from_statements

GARAGE = [
    "CREATE TABLE vans (id INTEGER PRIMARY KEY, plate TEXT, colour TEXT)",
    "CREATE TABLE jobs (id INTEGER PRIMARY KEY, van_id INTEGER REFERENCES vans (id), kind TEXT, cost REAL)",
    "INSERT INTO vans VALUES (1,'AB12 CDE','white'),(2,'FG34 HIJ','blue')",
    "INSERT INTO jobs VALUES (1,1,'service',120.0),(2,1,'tyres',300.0),(3,2,'service',95.5)",
]


@pytest.fixture(scope="module")
def garage(tmp_path_factory):
    return engine_from_statements(tmp_path_factory, "garage", GARAGE)[1]


@pytest.mark.parametrize(
    "question",
    [
        "how many paint jobs are there",  # "paint": a noun and a verb, after a quantifier
        "total cost of the repair jobs",  # after a determiner
        "list all trial vans",  # after "all"
        "number of 3 gift jobs",  # after a number
    ],
)
def test_an_unplaced_noun_before_a_table_is_not_dropped(garage, question):
    t = garage.translate(question)
    assert t.sql is None, (question, t.sql)
    word = next(w for w in ("paint", "repair", "trial", "gift") if w in question)
    assert word in (t.error or "") + (t.clarification.message if t.clarification else ""), (question, t.error)


@pytest.mark.parametrize("question", ["how many jobs are there", "total cost of the jobs", "list all vans"])
def test_the_same_questions_without_it_answer(garage, question):
    assert garage.translate(question).sql is not None, question
