"""A sort command ("sort X by Y"): its object X is shown and Y, after "by", is the order (made-up schema)."""

from __future__ import annotations

import pytest

from .conftest import engine_from_statements


@pytest.fixture(scope="module")
def crew(tmp_path_factory):
    return engine_from_statements(
        tmp_path_factory,
        "crew",
        [
            "CREATE TABLE sailors (id INTEGER PRIMARY KEY, name TEXT, rank_level INTEGER, years_at_sea INTEGER)",
            "INSERT INTO sailors VALUES (1,'Zed',3,12),(2,'Amy',1,30),(3,'Kai',2,4)",
        ],
    )


# (question, the rows in order)
SORTED = [
    ("sort sailor names by their years at sea", [("Kai",), ("Zed",), ("Amy",)]),
    ("Sort the sailor names by years at sea in descending order.", [("Amy",), ("Zed",), ("Kai",)]),
    ("sailor names sorted by years at sea", [("Kai",), ("Zed",), ("Amy",)]),  # "by" right after the verb
]


@pytest.mark.parametrize(("question", "rows"), SORTED)
def test_sort_shows_its_object_ordered_by_what_follows_by(crew, question, rows):
    sa_engine, engine = crew
    t = engine.translate(question)
    assert t.sql, (t.error, t.clarification)
    with sa_engine.connect() as c:
        assert [tuple(r) for r in c.exec_driver_sql(t.sql).fetchall()] == rows, t.sql
