"""A passive verb ("are used by", "were signed by") is followed by who acts, not by a grouping (made-up schema)."""

from __future__ import annotations

import pytest

from .conftest import engine_from_statements


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    return engine_from_statements(
        tmp_path_factory,
        "office",
        [
            "CREATE TABLE forms (id INTEGER PRIMARY KEY, title TEXT)",
            "CREATE TABLE filings (id INTEGER PRIMARY KEY, form_id INTEGER REFERENCES forms(id), clerk TEXT)",
            "INSERT INTO forms VALUES (1,'Lease'),(2,'Permit'),(3,'Waiver')",
            "INSERT INTO filings VALUES (1,1,'Ode'),(2,1,'Pia'),(3,2,'Ode'),(4,2,'Ode')",
        ],
    )


# (question, rows): one figure, not one per acting row
PASSIVE_AGENTS = [
    ("how many distinct forms are used by filings", [(2,)]),
    ("how many different forms were used by filings", [(2,)]),
]


@pytest.mark.parametrize(("question", "rows"), PASSIVE_AGENTS)
def test_by_after_a_passive_verb_names_who_acts(office, question, rows):
    sa_engine, engine = office
    t = engine.translate(question)
    assert t.sql, (t.error, t.clarification)
    with sa_engine.connect() as c:
        assert [tuple(r) for r in c.exec_driver_sql(t.sql).fetchall()] == rows, t.sql
