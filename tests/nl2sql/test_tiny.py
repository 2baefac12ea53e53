"""Table-driven checks on a tiny snake_case schema created in the test."""

from __future__ import annotations

import pytest

from datachat.nl2sql import run_query

CASES = [
    ("how many staff members are there?", [(5,)]),
    ("how many rows are in project", [(4,)]),
    ("number of staff members per department", [("Research", 2), ("Sales", 2), ("Support", 1)]),
    ("average salary by department", [("Research", 8000), ("Sales", 5250), ("Support", 4000)]),
    ("which department has the most staff members", [("Research",)]),
    ("how many projects are active", [(2,)]),
    ("staff members in Oslo departments", None),
    ("staff members hired in 2023", None),
    ("projects with a budget over 60000", None),
    ("staff members without a phone", None),
    ("who earns the most", [("Ada King",)]),
    ("who is the manager of Di Evans", [("Cy Diaz",)]),
    ("who leads the Comet project", [("Cy Diaz",)]),
    ("which department has the highest total salary", [("Research", 16000)]),
    ("total budget of active projects", [(175000,)]),
    ("which projects have a budget between 30000 and 80000", [("Beacon",), ("Comet",)]),
    ("how many staff were hired after 2021", [(3,)]),
    ("staff members with a salary above the average", None),
    ("number of projects per status", [("active", 2), ("done", 1), ("paused", 1)]),
]


@pytest.mark.parametrize(("question", "expected"), CASES)
def test_tiny_questions(tiny, question, expected):
    sa_engine, engine = tiny
    t = engine.translate(question)
    assert t.error is None, t.error
    assert t.sql and t.sql.startswith("SELECT")
    rows = run_query(sa_engine, t.sql)
    if expected is not None:
        assert sorted(rows) == sorted(expected), t.sql
    else:
        assert rows, t.sql
