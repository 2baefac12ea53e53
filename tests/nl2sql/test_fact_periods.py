"""Whose date a period reads, which words a value's name keeps and what a money word adds up, table-driven on a
tiny made-up bakery chain: a period or a time grain no word places dates the rows measured (the receipts), not a
related table's own date (a branch's opening, a baker's start); a time word inside a stored value's name ("a
plan called Family Annual") groups nothing; a generic money word adds up the line items' price times quantity,
never a money column of its own kind (a tip) nor a cost paid out (purchases), unless the question says so."""

from __future__ import annotations

import pytest

from datachat.nl2sql import run_query

from .conftest import engine_from_statements

_ROWS = [
    "CREATE TABLE branch (id INTEGER PRIMARY KEY, branch_name TEXT, opened_on DATE)",
    "CREATE TABLE baker (id INTEGER PRIMARY KEY, baker_name TEXT, branch_id INTEGER REFERENCES branch(id),"
    " started_on DATE)",
    "CREATE TABLE receipt (id INTEGER PRIMARY KEY, branch_id INTEGER REFERENCES branch(id),"
    " baker_id INTEGER REFERENCES baker(id), sold_on DATE, loaves INTEGER, tip_amt NUMERIC)",
    "CREATE TABLE receipt_line (id INTEGER PRIMARY KEY, receipt_id INTEGER REFERENCES receipt(id), qty INTEGER,"
    " unit_price NUMERIC)",
    "CREATE TABLE purchase (id INTEGER PRIMARY KEY, branch_id INTEGER REFERENCES branch(id), bought_on DATE,"
    " qty INTEGER, unit_cost NUMERIC)",
    "CREATE TABLE plan (id INTEGER PRIMARY KEY, plan_name TEXT, price NUMERIC)",
    "CREATE TABLE member (id INTEGER PRIMARY KEY, member_name TEXT, plan_id INTEGER REFERENCES plan(id),"
    " joined_on DATE)",
    "INSERT INTO branch VALUES (1,'North','2024-03-01'),(2,'South','2019-05-05')",
    "INSERT INTO baker VALUES (1,'Ann',1,'2024-04-01'),(2,'Bo',2,'2020-01-01')",
    "INSERT INTO receipt VALUES (1,1,1,'2024-05-01',3,1.0),(2,2,2,'2024-06-01',5,2.0),(3,2,2,'2023-07-01',7,0.5),"
    "(4,1,1,'2025-01-10',2,0.0)",
    "INSERT INTO receipt_line VALUES (1,1,2,3.0),(2,2,1,10.0),(3,3,4,2.5),(4,4,1,4.0)",
    "INSERT INTO purchase VALUES (1,1,'2024-02-02',10,1.0),(2,2,'2024-03-03',20,0.5)",
    "INSERT INTO plan VALUES (1,'Weekly Saver',5),(2,'Family Annual',40)",
    "INSERT INTO member VALUES (1,'Cy',1,'2023-01-01'),(2,'Di',2,'2024-01-01'),(3,'Ed',1,'2024-02-02')",
]


@pytest.fixture(scope="module")
def bakery(tmp_path_factory):
    return engine_from_statements(tmp_path_factory, "bakery", _ROWS)


CASES = [
    # a period dates the rows summed or counted, not the branch's opening nor the baker's start
    ("total loaves per branch in 2024", [("North", 3), ("South", 5)]),
    ("number of receipts per baker in 2023", [("Bo", 1)]),
    # a time grain too buckets the rows summed
    (
        "total loaves per branch by month",
        [("2023-07", "South", 7), ("2024-05", "North", 3), ("2024-06", "South", 5), ("2025-01", "North", 2)],
    ),
    # a verb naming the related table's date still moves it there
    ("how many bakers started in 2024", [(1,)]),
    # a time word inside a stored value's name is the value's own word
    ("what is the price of the Family Annual plan", [(40,)]),
    ("how many members are on the Weekly Saver plan", [(2,)]),
    # a generic money word: the line items' price times quantity, not the tips nor the purchases' cost
    ("total sales per branch", [("North", 10), ("South", 20)]),
    ("total sales in 2024", [(16,)]),
    # the qualifier said: the tips
    ("total tip amount per branch", [("North", 1.0), ("South", 2.5)]),
]


@pytest.mark.parametrize(("question", "expected"), CASES)
def test_fact_periods(bakery, question, expected):
    sa_engine, engine = bakery
    t = engine.translate(question)
    assert t.sql, t.error
    rows = [tuple(round(v, 2) if isinstance(v, float) else v for v in r) for r in run_query(sa_engine, t.sql)]
    want = [tuple(round(v, 2) if isinstance(v, float) else v for v in r) for r in expected]
    assert sorted(rows, key=str) == sorted(want, key=str), t.sql


# a supplier's bills: three money columns, one of them named only as a total
_BILLS = [
    "CREATE TABLE client (id INTEGER PRIMARY KEY, client_name TEXT, since DATE)",
    "CREATE TABLE bill (id INTEGER PRIMARY KEY, client_id INTEGER REFERENCES client(id), issued_on DATE,"
    " net_amt NUMERIC, vat_amt NUMERIC, tot_amt NUMERIC)",
    "INSERT INTO client VALUES (1,'Acme','2020-01-01'),(2,'Bolt','2024-02-02')",
    "INSERT INTO bill VALUES (1,1,'2024-03-03',10,2,12),(2,2,'2023-01-01',5,1,6),(3,2,'2024-05-05',20,4,24)",
]


@pytest.fixture(scope="module")
def bills(tmp_path_factory):
    return engine_from_statements(tmp_path_factory, "bills", _BILLS)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # of several money columns, the one named only as a total; a participle read as the period's date
        ("the total value of the bills issued in 2023", [(6,)]),
        # the period dates the bills summed, not the client's own date
        ("total value of bills per client in 2024", [("Acme", 12), ("Bolt", 24)]),
    ],
)
def test_generic_money_column(bills, question, expected):
    sa_engine, engine = bills
    t = engine.translate(question)
    assert t.sql, t.error
    assert sorted(run_query(sa_engine, t.sql), key=str) == sorted(expected, key=str), t.sql
