"""The ``vetclinic`` dev set: made-up veterinary clinics, written without seeing the engine, its gold verified."""

from __future__ import annotations

import sqlite3

import pytest

from datachat.nl2sql import load_questions, run_query

from .conftest import DEV
from .vetclinic import build_vetclinic_database

#: every table of the veterinary clinics, and how many rows the fixed seed gives it
ROWS = {"vets": 7, "owners": 110, "pets": 160, "visits": 600, "medications": 14, "prescriptions": 607}


@pytest.fixture(scope="module")
def vetclinic_db(tmp_path_factory):
    import sqlalchemy as sa

    return sa.create_engine(
        f"sqlite:///{build_vetclinic_database(tmp_path_factory.mktemp('vetclinic') / 'vetclinic.sqlite3')}"
    )


def test_the_database_is_the_same_on_every_build(tmp_path):
    dumps = []
    for name in ("a.sqlite3", "b.sqlite3"):
        connection = sqlite3.connect(build_vetclinic_database(tmp_path / name))
        dumps.append(list(connection.iterdump()))
        assert {t: connection.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ROWS} == ROWS  # noqa: S608
        connection.close()
    assert dumps[0] == dumps[1]


def test_every_gold_query_returns_rows(vetclinic_db):
    questions = load_questions(DEV / "vetclinic.jsonl")
    assert len({q["id"] for q in questions}) == len({q["question"] for q in questions}) == len(questions) == 40
    for q in questions:
        rows = run_query(vetclinic_db, q["gold"])
        assert rows and rows != [(None,)] and rows != [(0,)], q["id"]  # an empty gold makes any empty answer right


def test_rankings_have_no_tie_at_their_cut(vetclinic_db):
    """A ranking's gold is only one right answer when the row after the cut scores less than the last row kept."""
    for q in load_questions(DEV / "vetclinic.jsonl"):
        gold = q["gold"]
        if " LIMIT " not in gold or "ORDER BY" not in gold:
            continue
        body, limit = gold.rsplit(" LIMIT ", 1)
        order = body.rsplit("ORDER BY", 1)[1].split()[0]
        ranked = run_query(vetclinic_db, body.replace("SELECT ", f"SELECT {order}, ", 1))
        cut = int(limit)
        assert len(ranked) > cut, q["id"]
        assert ranked[cut - 1][0] != ranked[cut][0], q["id"]
