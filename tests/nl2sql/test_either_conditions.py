"""Two conditions on different columns joined by "or" hold as alternatives ("cars with 8 cylinders or made before
1980"), the rule :mod:`datachat.nl2sql.rules.any_of`; "and" still asks for both, and alternatives on one column
stay one condition on it."""

from __future__ import annotations

import json

import pytest

from datachat.nl2sql.frame import Field, Filter, QueryFrame

from .conftest import assert_answers_with, engine_from_statements


@pytest.fixture(scope="module")
def garage(tmp_path_factory):
    return engine_from_statements(
        tmp_path_factory,
        "garage",
        [
            "CREATE TABLE makers (id INTEGER PRIMARY KEY, maker_name TEXT, country TEXT)",
            "CREATE TABLE cars (id INTEGER PRIMARY KEY, name TEXT, maker_id INTEGER REFERENCES makers(id),"
            " cylinders INTEGER, weight INTEGER, year INTEGER)",
            "INSERT INTO makers VALUES (1,'Ford','USA'),(2,'Fiat','Italy'),(3,'Volvo','Sweden')",
            "INSERT INTO cars VALUES (1,'Torino',1,8,3500,1970),(2,'Pinto',1,4,2300,1981),(3,'Uno',2,4,1800,1983),"
            "(4,'Volvo 240',3,4,2900,1976),(5,'Galaxie',1,8,4300,1982),(6,'Panda',2,4,1600,1985)",
        ],
    )


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("cars with 8 cylinders or made before 1980",
         "SELECT name FROM cars WHERE cylinders = 8 OR year < 1980"),
        ("how many cars either have 8 cylinders or were built before 1980",
         "SELECT COUNT(*) FROM cars WHERE cylinders = 8 OR year < 1980"),
        ("cars that weigh more than 4000 or have fewer than 5 cylinders",
         "SELECT name FROM cars WHERE weight > 4000 OR cylinders < 5"),
        # "and" keeps both; "or" between two values of one column is one condition on it
        ("cars with 8 cylinders and made before 1980",
         "SELECT name FROM cars WHERE cylinders = 8 AND year < 1980"),
        ("how many cars were made in 1970 or 1983", "SELECT COUNT(*) FROM cars WHERE year IN (1970, 1983)"),
        # each value said with its column: one condition on it all the same
        ("cars with 4 cylinders or 8 cylinders", "SELECT name FROM cars WHERE cylinders IN (4, 8)"),
        ("how many cars weigh 3500 or weigh 1800", "SELECT COUNT(*) FROM cars WHERE weight IN (3500, 1800)"),
    ],
)  # fmt: skip
def test_conditions_joined_by_or(garage, question, expected):
    assert_answers_with(garage, question, expected)


def test_the_explanation_says_or(garage):
    _, engine = garage
    t = engine.translate("cars with 8 cylinders or made before 1980")
    assert " or " in t.explanation and "1980" in t.explanation, t.explanation


def test_an_any_filter_keeps_its_alternatives_through_the_stored_state():
    cyl = Filter(Field("column", table="cars", column="cylinders"), "=", 8)
    year = Filter(Field("column", table="cars", column="year"), "<", 1980)
    frame = QueryFrame(
        base="cars", select=(Field("entity", table="cars"),), filters=(Filter(cyl.field, "any", (cyl, year)),)
    )
    again = QueryFrame.from_dict(json.loads(json.dumps(frame.to_dict())))  # as a message stores it
    assert again.filters == frame.filters
