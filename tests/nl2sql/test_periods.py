"""Periods and the date column they filter, on a made-up gym.

A period is a year, a month ("in February 2024", "March of 2024", "March last year", "in March"), a quarter, a day
or a range of days ("between 1 May and 31 July 2024", "on 2024-03-05"). It filters the date of the rows counted
or summed, unless a verb next to it names another date of theirs ("born": the date of birth, "joined": the join
date, "hired": the hire date). Dates kept as text in ISO form ("2024-03-05") behave as dates.
"""

from __future__ import annotations

import datetime as dt

import pytest

from datachat.nl2sql.dates import find_date_range
from datachat.nl2sql.engine import _tokens
from datachat.nl2sql.values import text_date_kind

from .conftest import engine_from_statements

GYM = [
    "CREATE TABLE coaches (id INTEGER PRIMARY KEY, name TEXT, hired_on TEXT)",
    "CREATE TABLE members (id INTEGER PRIMARY KEY, name TEXT, city TEXT, join_date DATE, birth_date DATE)",
    "CREATE TABLE sessions (id INTEGER PRIMARY KEY, member_id INTEGER REFERENCES members(id), coach_id INTEGER"
    " REFERENCES coaches(id), session_dt TEXT, minutes INTEGER, fee REAL)",
    "INSERT INTO coaches VALUES (1,'Ines Roth','2019-04-01'),(2,'Omar Said','2020-09-15'),(3,'Lea Wong','2020-01-20')",
    "INSERT INTO members VALUES (1,'Ann Lee','Leeds','2022-03-01','1985-06-02'),(2,'Bob Ray','York','2023-01-10',"
    "'1992-11-30'),(3,'Cy Orr','Leeds','2023-07-04','2001-02-14'),(4,'Di Poe','Hull','2024-02-20','1978-09-09')",
    "INSERT INTO sessions VALUES (1,1,1,'2024-01-15',60,20.0),(2,2,1,'2024-02-03',45,15.0),"
    "(3,2,2,'2024-02-28',30,10.0),(4,3,2,'2024-03-05',60,20.0),(5,1,3,'2024-05-01',60,25.0),"
    "(6,4,3,'2024-07-31',90,30.0),(7,3,1,'2024-08-01',30,10.0),(8,1,2,'2023-11-11',45,15.0)",
]


@pytest.fixture(scope="module")
def gym(tmp_path_factory):
    return engine_from_statements(tmp_path_factory, "gym", GYM)


def _answer(pair, question):
    sa_engine, engine = pair
    t = engine.translate(question)
    assert t.sql, (question, t.error, t.clarification)
    with sa_engine.connect() as c:
        return t, sorted(tuple(r) for r in c.exec_driver_sql(t.sql).fetchall())


CASES = [
    # month + year, quarters, ranges of months and of days, a day, open ranges
    ("how many sessions were there in February 2024", [(2,)]),
    ("how many sessions in March of 2024", [(1,)]),
    ("how many sessions in the first quarter of 2024", [(4,)]),
    ("how many sessions in Q3 2024", [(2,)]),
    ("how many sessions from March to June 2024", [(2,)]),
    ("how many sessions between 1 May and 31 July 2024", [(2,)]),
    ("how many sessions from 1 February 2024 to 5 March 2024", [(3,)]),
    ("how many sessions on 2024-03-05", [(1,)]),
    ("total fee since 2024", [(130.0,)]),
    ("total fee before 1 February 2024", [(35.0,)]),
    # a month alone: the latest such month up to the data's last day
    ("how many sessions in March", [(1,)]),
    # the verb next to the period picks the date column
    ("which members were born after 1990", [("Bob Ray",), ("Cy Orr",)]),
    ("how many members joined in 2023", [(2,)]),
    ("how many coaches were hired in 2020", [(2,)]),
    ("when was our youngest member born", [("2001-02-14",)]),
    ("when was the oldest member born", [("1978-09-09",)]),
]


@pytest.mark.parametrize(("question", "expected"), CASES)
def test_a_period_filters_the_right_date(gym, question, expected):
    t, rows = _answer(gym, question)
    assert rows == expected, t.sql
    assert not t.unused, t.unused


def test_born_filters_the_members_own_birth_date_not_their_sessions(gym):
    t, _ = _answer(gym, "which members were born after 1990")
    assert "birth_date" in t.sql and "session" not in t.sql


def test_a_text_column_of_iso_dates_reads_as_a_date(gym):
    _, engine = gym
    assert engine.schema.table("sessions").column("session_dt").family == "date"
    assert engine.schema.table("coaches").column("hired_on").stored_as_text
    assert engine.values.date_ranges["sessions.session_dt"] == ["2023-11-11", "2024-08-01"]


def test_a_month_alone_says_which_year_it_read(gym):
    t, _ = _answer(gym, "how many sessions in March")
    assert "2024-03-01" in t.sql and "latest date in the data" in t.explanation


TODAY = dt.date(2025, 6, 15)

RANGES = [
    ("between 1 may and 31 july 2023", ("2023-05-01", "2023-08-01")),
    ("from may 1st to july 31st , 2023", ("2023-05-01", "2023-08-01")),
    ("from 1 december 2022 to 31 january 2023", ("2022-12-01", "2023-02-01")),
    ("from 20 december to 10 january 2024", ("2023-12-20", "2024-01-11")),
    ("on 2023-05-01", ("2023-05-01", "2023-05-02")),
    ("since 3 march 2021", ("2021-03-03", None)),
    ("after 3 march 2021", ("2021-03-04", None)),
    ("before 5 march 2024", (None, "2024-03-05")),
    ("in march of 2023", ("2023-03-01", "2023-04-01")),
    ("in march last year", ("2024-03-01", "2024-04-01")),
    ("in march this year", ("2025-03-01", "2025-04-01")),
    ("visits in march", ("2025-03-01", "2025-04-01")),
    ("visits in september", ("2024-09-01", "2024-10-01")),
    ("from 2023-01-01 to 2023-03-31", ("2023-01-01", "2023-04-01")),
    ("the fourth quarter of 2022", ("2022-10-01", "2023-01-01")),
]


@pytest.mark.parametrize(("phrase", "expected"), RANGES)
def test_date_phrases(phrase, expected):
    dr = find_date_range([t.low for t in _tokens(phrase)], TODAY)
    assert dr is not None
    got = (dr.start.isoformat() if dr.start else None, dr.end.isoformat() if dr.end else None)
    assert got == expected


NOT_DATES = [
    "may i see the visits",  # "may" is a verb, not a month, when no day or year goes with it
    "between 40 and 50 members",
    "in march 31 members",  # no year: not a day
]


@pytest.mark.parametrize("phrase", NOT_DATES)
def test_not_date_phrases(phrase):
    dr = find_date_range([t.low for t in _tokens(phrase)], TODAY)
    assert dr is None or dr.relative is False or dr.first > 1, dr


TEXT_DATES = [
    (["2024-03-05", "2023-12-31"], "seen", "date"),
    (["2024-03-05 10:30:00", "2024-03-06T08:00"], "started", "datetime"),
    (["2024-03-05"] * 19 + ["unknown"], "visit_dt", "date"),  # a date name tolerates a stray value
    (["2024-03-05"] * 19 + ["unknown"], "note", None),
    (["12", "13"], "visit_dt", None),
    (["ACME-2024-01"], "code", None),
    ([], "joined_on", None),
]


@pytest.mark.parametrize(("values", "name", "kind"), TEXT_DATES)
def test_text_date_kind(values, name, kind):
    assert text_date_kind(values, name) == kind


# A project's start and end both date it, the start first (the row's period is its interval's start); a car's
# inspection and insurance dates are two events, neither before the other in the data: a period asks which.
PROJECTS = [
    "CREATE TABLE projects (id INTEGER PRIMARY KEY, title TEXT, start_date DATE, end_date DATE, budget REAL)",
    "INSERT INTO projects VALUES (1,'Apollo','2022-11-01','2023-02-01',100),(2,'Boreas','2023-03-01','2023-09-30',50),"
    "(3,'Ceres','2023-12-01','2024-04-01',70)",
    "CREATE TABLE cars (id INTEGER PRIMARY KEY, plate TEXT, inspected DATE, insured DATE, value REAL)",
    "INSERT INTO cars VALUES (1,'AB12','2024-05-01','2022-01-10',9000),(2,'CD34','2021-02-01','2023-03-03',4000),"
    "(3,'EF56','2023-08-08','2023-01-01',7000)",
]


@pytest.fixture(scope="module")
def projects(tmp_path_factory):
    return engine_from_statements(tmp_path_factory, "projects", PROJECTS)


@pytest.mark.parametrize(
    ("question", "expected"), [("how many projects in 2023", [(2,)]), ("total budget in 2023", [(120.0,)])]
)
def test_an_interval_is_dated_by_its_start(projects, question, expected):
    t, rows = _answer(projects, question)
    assert rows == expected and "start_date" in t.sql


@pytest.mark.parametrize("question", ["how many cars in 2023", "total value of cars in 2023"])
def test_two_dates_with_nothing_to_choose_between_them_ask(projects, question):
    _, engine = projects
    t = engine.translate(question)
    assert t.sql is None and t.clarification is not None
    asked = [engine.translate(o.question).sql for o in t.clarification.options]
    assert len(asked) == 2 and any('"inspected"' in s for s in asked) and any('"insured"' in s for s in asked)


VERB_CHOICE = [
    ("how many projects ended in 2023", "end_date"),
    ("projects that started in 2023", "start_date"),
    ("how many cars were insured in 2023", "insured"),
]


@pytest.mark.parametrize(("question", "column"), VERB_CHOICE)
def test_a_verb_chooses_between_two_dates(projects, question, column):
    t = projects[1].translate(question)
    assert t.sql and f'"{column}"' in t.sql and t.clarification is None


# A value held by an entity table (a mechanic's skill) and by an event table (a repair's kind): with a period, the
# events are what the period dates, so the question is never read unasked as mechanics hired in that period.
GARAGE = [
    "CREATE TABLE mechanics (id INTEGER PRIMARY KEY, name TEXT, skill TEXT, hired DATE)",
    "CREATE TABLE repairs (id INTEGER PRIMARY KEY, mechanic_id INTEGER REFERENCES mechanics(id), kind TEXT,"
    " repaired_on DATE, cost REAL)",
    "INSERT INTO mechanics VALUES (1,'Ada','Brakes','2024-05-02'),(2,'Ben','Tyres','2019-03-01')",
    "INSERT INTO repairs VALUES (1,1,'Brakes','2024-05-03',120),(2,2,'Tyres','2024-05-04',80),"
    "(3,1,'Brakes','2024-05-20',150),(4,2,'Brakes','2024-06-01',90)",
]


@pytest.fixture(scope="module")
def garage(tmp_path_factory):
    return engine_from_statements(tmp_path_factory, "garage", GARAGE)


@pytest.mark.parametrize("question", ["how many brakes in May 2024", "number of brakes between 1 May and 31 May 2024"])
def test_a_period_with_a_value_of_two_tables_dates_the_events(garage, question):
    sa_engine, engine = garage
    t = engine.translate(question)
    assert t.sql or t.clarification, t.error
    readings = [t.sql] if t.sql else [engine.translate(o.question).sql for o in t.clarification.options]
    assert t.sql is None or "repaired_on" in t.sql  # never the mechanics hired then, unasked
    assert any(s and "repaired_on" in s for s in readings)


@pytest.mark.parametrize(
    ("dialect", "cast"), [("postgres", True), ("duckdb", True), ("sqlite", False), ("mysql", False)]
)
def test_a_text_date_is_cast_before_date_functions_that_need_a_date(gym, dialect, cast):
    from datachat.nl2sql.engine import SemanticEngine

    _, engine = gym
    other = SemanticEngine(engine.schema, dialect=dialect, values=engine.values, today=engine.today)
    sql = other.translate("number of sessions per month in 2024").sql
    assert ("CAST(" in sql) is cast, sql
