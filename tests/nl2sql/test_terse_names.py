"""Terse column names read as written out, on made-up fitness-club and ferry schemas.

Abbreviations are expanded (``dob`` is a date of birth, ``amt`` an amount, ``join_dt`` a join date), a unit suffix
is dropped for linking (``weight_kg`` is the weight, ``duration_min`` the duration), a number column named for a
sum of money paid (``amt``, ``fee``) is what revenue words add up and what a question's money nouns ("charge",
"fee") name, and an age word over a date of birth reads the other way round (the youngest: the latest birth).
A whole-number column named as a state (``cancelled``, ``is_full``) said of the rows is a yes-or-no filter.
Where two money columns compete, a money noun names neither: the engine asks or declines instead of guessing.
"""

from __future__ import annotations

import pytest

from datachat.nl2sql.lexicon import (
    measure_words,
    name_words,
    names_birth,
    names_charge,
    names_flag,
    names_money,
    unit_suffix,
)

from .conftest import engine_from_statements

CLUB = [
    "CREATE TABLE members (id INTEGER PRIMARY KEY, full_name TEXT, dob DATE, join_dt DATE, weight_kg REAL)",
    "CREATE TABLE payments (id INTEGER PRIMARY KEY, member_id INTEGER REFERENCES members(id), amt NUMERIC,"
    " paid_on DATE)",
    "CREATE TABLE classes (id INTEGER PRIMARY KEY, title TEXT, duration_min INTEGER, room TEXT, cancelled INTEGER,"
    " is_full INTEGER)",
    "INSERT INTO members VALUES (1,'Ada Moss','1985-03-02','2020-05-01',70.5),(2,'Ben Holt','1999-11-20',"
    "'2021-02-11',82.0),(3,'Cy Rowe','1992-07-07','2021-09-30',64.0),(4,'Di Lane','1978-01-15','2019-12-01',58.5)",
    "INSERT INTO payments VALUES (1,1,40,'2024-01-05'),(2,1,40,'2024-02-05'),(3,2,55,'2024-03-10'),"
    "(4,3,25,'2023-06-01'),(5,4,90,'2024-07-19')",
    "INSERT INTO classes VALUES (1,'Spin',45,'A',0,1),(2,'Yoga',60,'B',1,0),(3,'Boxing',30,'A',0,0)",
]

FERRY = [
    "CREATE TABLE routes (id INTEGER PRIMARY KEY, name TEXT)",
    "CREATE TABLE tickets (id INTEGER PRIMARY KEY, route_id INTEGER REFERENCES routes(id), fare NUMERIC,"
    " port_fee NUMERIC, sail_dt DATE)",
    "INSERT INTO routes VALUES (1,'Isle Run'),(2,'Bay Hop')",
    "INSERT INTO tickets VALUES (1,1,30,5,'2024-01-01'),(2,2,12,2,'2024-02-01'),(3,1,28,5,'2024-03-01')",
]


@pytest.fixture(scope="module")
def club(tmp_path_factory):
    return engine_from_statements(tmp_path_factory, "club", CLUB)


@pytest.fixture(scope="module")
def ferry(tmp_path_factory):
    return engine_from_statements(tmp_path_factory, "ferry", FERRY)


NAMES = [
    (name_words, "dob", ("date", "of", "birth")),
    (name_words, "join_dt", ("join", "date")),
    (name_words, "reg_date", ("registration", "date")),
    (name_words, "amt", ("amount",)),
    (unit_suffix, ("weight", "kg"), "kg"),
    (unit_suffix, ("kg",), None),
    (unit_suffix, ("title",), None),
    (measure_words, "duration_min", ("duration",)),
    (measure_words, "dose_mg", ("dose",)),
    (measure_words, "length_m", ("length",)),
    (names_money, "amt", True),
    (names_money, "price_usd", True),
    (names_money, "unit_price", True),
    (names_money, "weight_kg", False),
    (names_money, "duration_min", False),
    (names_charge, "amt", True),
    (names_charge, "port_fee", True),
    (names_charge, "unit_price", False),
    (names_birth, "dob", True),
    (names_birth, "birth_dt", True),
    (names_birth, "join_dt", False),
    (lambda name: names_flag(name, "integer"), "cancelled", True),
    (lambda name: names_flag(name, "integer"), "is_full", True),
    (lambda name: names_flag(name, "integer"), "active_flag", True),
    (lambda name: names_flag(name, "integer"), "duration_min", False),
    (lambda name: names_flag(name, "integer"), "speed", False),
    (lambda name: names_flag(name, "text"), "cancelled", False),
]


@pytest.mark.parametrize(("read", "name", "expected"), NAMES)
def test_reading_a_name(read, name, expected):
    assert read(name) == expected


def test_min_beside_max_is_not_a_unit():
    assert unit_suffix(("temp", "min"), (("temp", "max"),)) is None
    assert unit_suffix(("temp", "min")) == "min"


def _run(pair, question):
    sa_engine, engine = pair
    t = engine.translate(question)
    assert t.sql, (question, t.error, t.clarification)
    with sa_engine.connect() as c:
        return t.sql, [tuple(r) for r in c.exec_driver_sql(t.sql).fetchall()]


CASES = [
    ("what is the average weight of the members", [(68.75,)], ("AVG", "weight_kg")),
    ("members born after 1990", [("Ben Holt",), ("Cy Rowe",)], ("dob",)),
    ("when was the youngest member born", [("1999-11-20",)], ("dob",)),
    ("who is the oldest member", [("Di Lane",)], ("dob",)),
    ("total revenue in 2024", [(225,)], ("SUM", "amt", "paid_on")),
    ("total takings in 2023", [(25,)], ("SUM", "amt")),
    ("average charge", [(50,)], ("AVG", "amt")),
    ("the average fee paid by Ada Moss", [(40,)], ("AVG", "amt")),
    ("average duration of a class", [(45,)], ("AVG", "duration_min")),
    ("how many members joined in 2021", [(2,)], ("join_dt",)),
    ("how many classes were cancelled", [(1,)], ('"cancelled" = 1',)),
    ("how many cancelled classes are there", [(1,)], ('"cancelled" = 1',)),
    ("classes that were not cancelled", [("Spin",), ("Boxing",)], ('"cancelled" = 0',)),  # the "no" value, not <> 1
    ("number of classes that are full", [(1,)], ('"is_full" = 1',)),
]


@pytest.mark.parametrize(("question", "expected", "present"), CASES)
def test_terse_names_are_read(club, question, expected, present):
    sql, rows = _run(club, question)
    assert sorted(r[: len(expected[0])] for r in rows) == sorted(expected), sql
    for word in present:
        assert word in sql, (question, sql)


def test_whether_asks_for_the_state_itself(club):
    _, engine = club
    t = engine.translate("list the classes and whether they were cancelled", ask=False)
    assert t.sql is None or '"cancelled" = ' not in t.sql, t.sql


@pytest.mark.parametrize("question", ["average charge", "total charge per route", "total revenue", "revenue per route"])
def test_two_money_columns_are_not_guessed(ferry, question):
    _, engine = ferry
    t = engine.translate(question)
    assert t.sql is None or ("fare" in t.sql and "port_fee" in t.sql), (question, t.sql)


KIOSK = [
    "CREATE TABLE snacks (id INTEGER PRIMARY KEY, label TEXT, unit_price NUMERIC, stock_qty INTEGER)",
    "INSERT INTO snacks VALUES (1,'Crisps',0.8,40),(2,'Flapjack',2.5,12),(3,'Nuts',1.9,30)",
]


@pytest.fixture(scope="module")
def kiosk(tmp_path_factory):
    return engine_from_statements(tmp_path_factory, "kiosk", KIOSK)


@pytest.mark.parametrize(
    ("question", "expected", "present"),
    [
        # the rows are shown by their describing column (a "label")
        ("snacks costing more than 2", [("Flapjack",)], ('"unit_price" > 2',)),
        ("snacks priced under 1", [("Crisps",)], ('"unit_price" < 1',)),
        ("total stock quantity", [(82,)], ("SUM", "stock_qty")),
    ],
)
def test_a_price_is_read_through_its_verbs(kiosk, question, expected, present):
    sql, rows = _run(kiosk, question)
    assert sorted(r[: len(expected[0])] for r in rows) == sorted(expected), sql
    for word in present:
        assert word in sql, (question, sql)
