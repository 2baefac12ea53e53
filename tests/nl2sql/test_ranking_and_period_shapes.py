"""Shapes of ranking and period questions, table-driven on a made-up newsroom (issue #13):

- "each month of <year>" / "per quarter of <year>" groups by the bucket and keeps the year; "each month of the
  year" answered with one figure is a dropped grouping (a doubt, never a confident total);
- a comparison with a column or a figure ("more than their quota") is never dropped silently;
- ranking authors by an additive quantity of their bulletins ("the most words", "top 2 by words") sums it; a
  word of one row ("longest single bulletin") keeps MAX."""

from __future__ import annotations

import pytest

from datachat.nl2sql import run_query

from .conftest import engine_from_statements

_NEWSROOM = [
    "CREATE TABLE writers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, quota INTEGER NOT NULL)",
    "CREATE TABLE bulletins (id INTEGER PRIMARY KEY, headline TEXT NOT NULL,"
    " writer_id INTEGER REFERENCES writers(id), made_dt DATE, words INTEGER NOT NULL)",
    "INSERT INTO writers VALUES (1,'Ann',250),(2,'Bob',400),(3,'Cy',100)",
    "INSERT INTO bulletins VALUES (1,'A',1,'2024-01-05',100),(2,'B',1,'2024-01-20',200),(3,'C',2,'2024-03-02',250),"
    "(4,'D',2,'2023-03-02',70),(5,'E',3,'2024-05-05',260),(6,'F',3,'2024-05-09',10)",
]


@pytest.fixture(scope="module")
def newsroom(tmp_path_factory):
    return engine_from_statements(tmp_path_factory, "newsroom", _NEWSROOM)


PERIODS = [
    # (question, rows)
    ("how many bulletins were made in each month of 2024", [("2024-01", 2), ("2024-03", 1), ("2024-05", 2)]),
    ("number of bulletins per quarter of 2024", [("2024-Q1", 3), ("2024-Q2", 2)]),
]


@pytest.mark.parametrize(("question", "rows"), PERIODS)
def test_a_bucket_of_a_year_groups_and_filters(newsroom, question, rows):
    sa_engine, engine = newsroom
    t = engine.translate(question)
    assert t.sql, (t.error, t.clarification)
    assert sorted(run_query(sa_engine, t.sql)) == rows, t.sql


def test_each_period_answered_with_one_figure_is_doubted(newsroom):
    _, engine = newsroom
    t = engine.translate("how many bulletins were made in each month of the year")
    assert not t.sql or "GROUP BY" in t.sql, t.sql


SUMMED = [
    # (question, rows): a quantity of the writers' bulletins, added up per writer
    ("which writer has the most words", [("Bob",)]),  # 320 words over two bulletins; Cy has the longest one
    ("top 2 writers by words", [("Ann",), ("Bob",)]),
]


@pytest.mark.parametrize(("question", "rows"), SUMMED)
def test_ranking_by_a_quantity_of_child_rows_sums_it(newsroom, question, rows):
    sa_engine, engine = newsroom
    t = engine.translate(question)
    assert t.sql, (t.error, t.clarification)
    assert "MAX(" not in t.sql and "SUM(" in t.sql, t.sql
    assert sorted(r[:1] for r in run_query(sa_engine, t.sql)) == rows, t.sql


COMPARED = [
    # a comparison with a column or a figure (no number), or with a number: answered only with a comparison
    "which writers have written more than their quota",
    "which writers wrote more words than their quota",
    "which writers have a quota above the average",
    "writers with a quota higher than 300",
]


@pytest.mark.parametrize("question", COMPARED)
def test_a_comparison_with_a_column_is_never_dropped(newsroom, question):
    _, engine = newsroom
    t = engine.translate(question)
    if t.sql:
        assert any(op in t.sql for op in (" > ", " < ", " >= ", " <= ")), t.sql


def test_a_table_total_answered_with_a_count_is_doubted(newsroom):
    # "the bulletin total" asks for a sum of what the bulletins hold, not how many there are
    _, engine = newsroom
    t = engine.translate("show the bulletin total for each month of 2024")
    assert not t.sql or "COUNT(" not in t.sql, t.sql
