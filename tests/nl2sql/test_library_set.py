"""The ``library`` dev set: a schema the engine was never tuned on, its questions written for it, gold verified."""

from __future__ import annotations

import sqlite3

from datachat.nl2sql import load_questions, run_query

from .conftest import DEV
from .library import build_library_database

#: every table of the library, and how many rows the fixed seed gives it
ROWS = {"branches": 5, "authors": 30, "books": 150, "members": 90, "loans": 600}


def test_the_database_is_the_same_on_every_build(tmp_path):
    dumps = []
    for name in ("a.sqlite3", "b.sqlite3"):
        connection = sqlite3.connect(build_library_database(tmp_path / name))
        dumps.append(list(connection.iterdump()))
        assert {t: connection.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ROWS} == ROWS  # noqa: S608
        connection.close()
    assert dumps[0] == dumps[1]


def test_every_gold_query_runs_and_returns_rows(library):
    sa_engine, _ = library
    questions = load_questions(DEV / "library.jsonl")
    assert len(questions) == 50
    assert len({q["id"] for q in questions}) == len({q["question"] for q in questions}) == 50
    for q in questions:
        assert set(q) == {"id", "question", "gold"}
        assert run_query(sa_engine, q["gold"]), q["id"]  # an empty gold would make any empty answer right


def test_rankings_have_no_tie_at_their_cut(library):
    """A ranking's gold is only one right answer when the row after the cut scores less than the last row kept."""
    sa_engine, _ = library
    for q in load_questions(DEV / "library.jsonl"):
        gold = q["gold"]
        if " LIMIT " not in gold or "ORDER BY" not in gold:
            continue
        body, limit = gold.rsplit(" LIMIT ", 1)
        order = body.rsplit("ORDER BY", 1)[1].split()[0]  # the ranked expression: COUNT(*), pages, AVG(pages)
        ranked = run_query(sa_engine, body.replace("SELECT ", f"SELECT {order}, ", 1))  # every row, score first
        cut = int(limit)
        assert len(ranked) > cut, q["id"]
        assert ranked[cut - 1][0] != ranked[cut][0], q["id"]
