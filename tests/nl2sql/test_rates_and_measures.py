"""Rates, measured rows and one-to-many listings, on made-up gym, garage, studio and restaurant schemas.

"50 a month" / "60 per hour" is a rate and "the fee per month" the rate's column (a closing "on average" its
mean): it compares the column named for the unit ("monthly_fee", "hourly_rate"), never a grouping or the column
the unit word alone names; a year dates the rows whose numbers are measured, not an unnamed year attribute of the
subject; a plain listing of rows reached through a one-to-many join shows each row once; "five-door" is a column
equal to the number, "above the third floor" a comparison with the ordinal's number; "<amount> <verb>ed at each
<row>" adds the amount up per row; "the total value of <rows>" adds up their money column; "gets <verb>ed" is a
passive; "earned the most from <rows>" ranks by the money of those rows, dated by their own date; a word naming
a column exactly and its already named table loosely is the column.
"""

from __future__ import annotations

import pytest

from .conftest import engine_from_statements

GYM = [
    "CREATE TABLE gyms (id INTEGER PRIMARY KEY, name TEXT, city TEXT, opened_year INTEGER)",
    "CREATE TABLE trainers (id INTEGER PRIMARY KEY, name TEXT, gym_id INTEGER REFERENCES gyms(id))",
    "CREATE TABLE members (id INTEGER PRIMARY KEY, name TEXT, city TEXT, plan TEXT, monthly_fee NUMERIC)",
    "CREATE TABLE sessions (id INTEGER PRIMARY KEY, member_id INTEGER REFERENCES members(id), trainer_id INTEGER"
    " REFERENCES trainers(id), gym_id INTEGER REFERENCES gyms(id), start_at DATE, minutes INTEGER, fee NUMERIC,"
    " status TEXT)",
    "INSERT INTO gyms VALUES (1,'Iron Hall','Leeds',2024),(2,'Core Club','York',1999)",
    "INSERT INTO trainers VALUES (1,'Tia',1),(2,'Ugo',2)",
    "INSERT INTO members VALUES (1,'Ann','Leeds','Gold',60),(2,'Bob','York','Basic',25),(3,'Cat','Hull','Gold',70)",
    "INSERT INTO sessions VALUES (1,1,1,1,'2024-01-10',60,20,'done'),(2,1,1,1,'2024-02-10',45,15,'done'),"
    "(3,2,2,2,'2024-03-01',30,10,'missed'),(4,3,2,2,'2023-05-05',90,30,'done'),(5,2,1,1,'2025-01-01',60,20,'done')",
]

GARAGE = [
    "CREATE TABLE garages (id INTEGER PRIMARY KEY, name TEXT, city TEXT)",
    "CREATE TABLE cars (id INTEGER PRIMARY KEY, plate TEXT, make TEXT, hourly_rate NUMERIC, doors INTEGER)",
    "CREATE TABLE repairs (id INTEGER PRIMARY KEY, car_id INTEGER REFERENCES cars(id), garage_id INTEGER"
    " REFERENCES garages(id), repaired_on DATE, hours INTEGER, cost NUMERIC)",
    "INSERT INTO garages VALUES (1,'North Works','Leeds'),(2,'South Works','York')",
    "INSERT INTO cars VALUES (1,'AB1','Ford',40,5),(2,'CD2','Fiat',55,3),(3,'EF3','Ford',70,5)",
    "INSERT INTO repairs VALUES (1,1,1,'2024-01-10',3,300),(2,1,1,'2024-05-03',2,150),(3,2,2,'2024-06-20',5,800),"
    "(4,3,2,'2023-07-01',1,90)",
]

STUDIO = [
    "CREATE TABLE studios (id INTEGER PRIMARY KEY, name TEXT, founded_year INTEGER)",
    "CREATE TABLE lessons (id INTEGER PRIMARY KEY, studio_id INTEGER REFERENCES studios(id), taught_on DATE,"
    " total_amount NUMERIC)",
    "INSERT INTO studios VALUES (1,'Blue Room',2024),(2,'Red Room',2010)",
    "INSERT INTO lessons VALUES (1,1,'2024-02-01',50),(2,2,'2024-03-01',30),(3,2,'2024-04-01',30),"
    "(4,1,'2023-05-01',500)",
]

EATERY = [
    "CREATE TABLE restaurants (id INTEGER PRIMARY KEY, name TEXT, city TEXT)",
    "CREATE TABLE reviews (id INTEGER PRIMARY KEY, restaurant_id INTEGER REFERENCES restaurants(id), rating INTEGER,"
    " posted_on DATE)",
    "INSERT INTO restaurants VALUES (1,'Olive','Leeds'),(2,'Basil','York')",
    "INSERT INTO reviews VALUES (1,1,5,'2024-01-01'),(2,1,4,'2024-02-01'),(3,2,5,'2024-03-01'),(4,2,2,'2024-04-01')",
]


@pytest.fixture(scope="module")
def eatery(tmp_path_factory):
    return engine_from_statements(tmp_path_factory, "eatery", EATERY)


@pytest.fixture(scope="module")
def studio(tmp_path_factory):
    return engine_from_statements(tmp_path_factory, "studio", STUDIO)


@pytest.fixture(scope="module")
def gym(tmp_path_factory):
    return engine_from_statements(tmp_path_factory, "gym", GYM)


@pytest.fixture(scope="module")
def garage(tmp_path_factory):
    return engine_from_statements(tmp_path_factory, "garage", GARAGE)


def _run(pair, question):
    sa_engine, engine = pair
    t = engine.translate(question)
    assert t.sql, (question, t.error, t.clarification)
    with sa_engine.connect() as c:
        return t.sql, [tuple(r) for r in c.exec_driver_sql(t.sql).fetchall()]


CASES = [
    ("gym", "how many members pay more than 50 a month", [(2,)], ("monthly_fee",), ("GROUP BY",)),
    ("gym", "members paying over 50 per month", [("Ann",), ("Cat",)], ("monthly_fee",), ("GROUP BY",)),
    ("garage", "how many cars cost more than 50 an hour", [(2,)], ("hourly_rate",), ("GROUP BY", "repairs")),
    ("gym", "number of sessions per month", None, ("GROUP BY",), ()),
    ("gym", "which members trained with Tia", [("Ann",), ("Bob",)], ("DISTINCT",), ()),
    ("garage", "plates of cars repaired at North Works", [("AB1",)], ("DISTINCT",), ()),
    ("garage", "total value of repairs in 2024", [(1250,)], ("SUM",), ()),
    ("garage", "the plates of the five-door cars", [("AB1",), ("EF3",)], ("doors",), ()),
    ("garage", "how many 3-door cars are there", [(1,)], ("doors",), ()),
    ("garage", "how many cars have more than the third door", [(2,)], ("doors",), ()),
    ("garage", "hours repaired at each garage in 2024", [("North Works", 5), ("South Works", 5)], ("SUM",), ()),
    ("gym", "average fee per month of Gold members", [(65,)], ("monthly_fee",), ("sessions",)),
    ("garage", "average cost per hour of a Ford", [(55,)], ("hourly_rate",), ("repairs",)),
    ("eatery", "how many reviews have a rating of 5", [(2,)], ("rating",), ()),
    ("eatery", "number of reviews for each rating", [(2, 1), (4, 1), (5, 2)], ("GROUP BY",), ()),
    ("garage", "what does a Ford cost per hour on average", [(55,)], ("AVG", "hourly_rate"), ("repairs",)),
    ("garage", "which make gets repaired most often", [("Ford",)], ("COUNT",), ()),
    ("studio", "which studio earned the most from lessons in 2024", [("Red Room",)], ("taught_on",), ("founded",)),
    ("gym", "minutes for each gym in 2024", None, ("start_at",), ("opened_year",)),
]


@pytest.mark.parametrize(("db", "question", "expected", "present", "absent"), CASES)
def test_rates_and_measures(gym, garage, studio, eatery, db, question, expected, present, absent):
    sql, rows = _run({"gym": gym, "garage": garage, "studio": studio, "eatery": eatery}[db], question)
    if expected is not None:
        assert sorted(r[: len(expected[0])] for r in rows) == sorted(expected), sql
    for word in present:
        assert word in sql, (question, sql)
    for word in absent:
        assert word not in sql, (question, sql)
