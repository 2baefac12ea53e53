"""Grouping words and money words around a table's noun, on small made-up schemas.

- A money word right before a noun naming a table ("sales agents") modifies that noun: no amount is asked by it,
  and a grouping word before the compound ("for each sales agent") still groups by the table.
- "Top N <people> by total <amount>" where the people are only named in a column of the table holding the
  amounts (no table of their own) groups by that name, so each person's rows add up.
"""

from __future__ import annotations

import sqlite3

import pytest

from .conftest import engine_from_statements

KIOSKS = [
    "CREATE TABLE agents (id INTEGER PRIMARY KEY, agent_nm TEXT)",
    "CREATE TABLE kiosks (id INTEGER PRIMARY KEY, kiosk_nm TEXT, agent_id INTEGER REFERENCES agents (id))",
    "CREATE TABLE receipts (id INTEGER PRIMARY KEY, kiosk_id INTEGER REFERENCES kiosks (id), amt REAL, paid_on DATE)",
    "CREATE TABLE pledges (id INTEGER PRIMARY KEY, backer_nm TEXT, amt REAL, pledged_on DATE)",
    "INSERT INTO agents VALUES (1,'Ada Moss'),(2,'Ben Reyes'),(3,'Cleo Park')",
    "INSERT INTO kiosks VALUES (1,'North Gate',1),(2,'Quay',1),(3,'Market',2)",
    "INSERT INTO receipts VALUES (1,1,10.0,'2023-05-01'),(2,2,20.0,'2023-06-01'),(3,3,5.0,'2023-07-01'),"
    "(4,3,7.0,'2022-01-01')",
    "INSERT INTO pledges VALUES (1,'Iris Vane',50.0,'2023-01-01'),(2,'Iris Vane',60.0,'2023-02-01'),"
    "(3,'Otto Lind',80.0,'2023-03-01'),(4,'Pia Holm',30.0,'2023-04-01')",
]


@pytest.fixture(scope="module")
def kiosks(tmp_path_factory):
    path = tmp_path_factory.mktemp("kiosks") / "kiosks.db"
    con = sqlite3.connect(path)
    for stmt in KIOSKS:
        con.execute(stmt)
    con.commit()
    engine = engine_from_statements(tmp_path_factory, "kiosks_engine", KIOSKS)[1]
    return engine, con


def _rows(con, sql):
    return sorted(tuple(r) for r in con.execute(sql).fetchall())


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # people named only in a column of the measured table: one row per person, their rows added up
        ("top 2 backers by total amount pledged", [("Iris Vane", 110.0), ("Otto Lind", 80.0)]),
        ("total amount per backer", [("Iris Vane", 110.0), ("Otto Lind", 80.0), ("Pia Holm", 30.0)]),
        ("backers ranked by total amount", [("Iris Vane", 110.0), ("Otto Lind", 80.0), ("Pia Holm", 30.0)]),
        # "per" the measured rows themselves still needs no grouping
        ("average amount per pledge", [(55.0,)]),
        # a grouping word before a compound whose first word is a money word groups by the table
        ("2023 sales totals for every sales agent", [("Ada Moss", 30.0), ("Ben Reyes", 5.0)]),
        # the question's own measure structure: the money word is the amount
        ("sales per agent", [("Ada Moss", 30.0), ("Ben Reyes", 12.0)]),
        ("revenue by agent", [("Ada Moss", 30.0), ("Ben Reyes", 12.0)]),
    ],
)
def test_grouped_answers(kiosks, question, expected):
    engine, con = kiosks
    t = engine.translate(question)
    assert t.sql, (question, t.error, t.clarification)
    assert _rows(con, t.sql) == sorted(expected), (question, t.sql)


@pytest.mark.parametrize(
    "question",
    [
        "which sales agents have no kiosks",
        "list the sales agents with no kiosks",
        "which revenue agents have no kiosks",
    ],
)
def test_a_money_word_modifying_a_table_noun_asks_no_amount(kiosks, question):
    engine, con = kiosks
    t = engine.translate(question)
    assert t.sql, (question, t.error, t.clarification)
    assert "SUM(" not in t.sql.upper(), (question, t.sql)
    assert _rows(con, t.sql) == [("Cleo Park",)], (question, t.sql)


@pytest.mark.parametrize("question", ["sales totals for every sales agent", "summed sales per sales agent"])
def test_never_the_ungrouped_total(kiosks, question):
    engine, _ = kiosks
    t = engine.translate(question)
    assert t.sql is None or "GROUP BY" in t.sql.upper(), (question, t.sql)
