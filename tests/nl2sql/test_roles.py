"""Types and roles of columns, table-driven on a tiny made-up schema: a year dates the counted table's own rows,
"per year" buckets their own date, "how many times" counts event rows, a negated event verb is a null date,
"average number of <numeric column>" is its average, an age adjective belongs to the noun it precedes, and a
superlative or a negation nothing can place is declined rather than dropped."""

from __future__ import annotations

import pytest

from datachat.nl2sql import run_query

from .conftest import engine_from_statements

# a small equipment rental: tools have a purchase year (an attribute), rentals are the dated events
_ROWS = [
    "CREATE TABLE shop_site (id INTEGER PRIMARY KEY, site_name TEXT)",
    "CREATE TABLE tool (id INTEGER PRIMARY KEY, tool_name TEXT, kind TEXT, purchase_year INTEGER, blades INTEGER,"
    " site_id INTEGER REFERENCES shop_site(id))",
    "CREATE TABLE renter (id INTEGER PRIMARY KEY, renter_name TEXT, signup_date DATE)",
    "CREATE TABLE rental (id INTEGER PRIMARY KEY, tool_id INTEGER REFERENCES tool(id),"
    " renter_id INTEGER REFERENCES renter(id), rented_date DATE NOT NULL, returned_date DATE)",
    "INSERT INTO shop_site VALUES (1,'North'),(2,'South')",
    "INSERT INTO tool VALUES (1,'Red Drill','drill',2024,3,1),(2,'Big Saw','saw',2019,9,1),"
    "(3,'Small Sander','sander',2022,2,2)",
    "INSERT INTO renter VALUES (1,'Ann Lee','2023-02-01'),(2,'Bob Ray','2024-05-09'),(3,'Cid Oz','2024-08-30')",
    "INSERT INTO rental VALUES (1,1,1,'2023-03-01','2023-03-04'),(2,2,1,'2024-01-10','2024-01-12'),"
    "(3,1,2,'2024-06-01',NULL),(4,1,3,'2024-09-15','2024-09-20'),(5,3,2,'2025-02-02',NULL),"
    "(6,2,3,'2024-11-11','2024-11-15')",
]


@pytest.fixture(scope="module")
def rentals(tmp_path_factory):
    return engine_from_statements(tmp_path_factory, "rentals", _ROWS)


CASES = [
    # a year filters the counted rows' own date, not the purchase year of the joined tools
    ("how many rentals were there in 2024", [(4,)]),
    ("number of rentals by kind in 2024", [("drill", 2), ("saw", 2)]),
    # a time grain groups by the counted rows' own date
    ("number of rentals per year", [("2023", 1), ("2024", 4), ("2025", 1)]),
    ("how many renters signed up each year", [("2023", 1), ("2024", 2)]),
    # a year column of the counted table itself still answers
    ("how many tools were purchased in 2024", [(1,)]),
    # "how many times" counts event rows, not distinct dates
    ("how many times was the Red Drill rented", [(3,)]),
    ("how many times were drills rented in 2024", [(2,)]),
    # a negated verb naming an optional date: the event has not happened yet
    ("how many rentals have not been returned yet", [(2,)]),
    ("how many rentals were returned in 2024", [(3,)]),
    # "average number of <numeric column>" averages the column
    ("average number of blades of the tools", [(14 / 3,)]),
    # the adjective belongs to the noun it precedes: the oldest tool by its own purchase year
    ("the oldest tool", [("Big Saw",)]),
    # "when" over a row ranked by its time asks for that time
    ("when was the oldest tool purchased", [(2019,)]),
    ("when did the first rental happen", [("2023-03-01",)]),
]


@pytest.mark.parametrize(("question", "expected"), CASES)
def test_roles(rentals, question, expected):
    sa_engine, engine = rentals
    t = engine.translate(question)
    assert t.sql, t.error
    rows = [tuple(round(v, 2) if isinstance(v, float) else v for v in r) for r in run_query(sa_engine, t.sql)]
    want = [tuple(round(v, 2) if isinstance(v, float) else v for v in r) for r in expected]
    assert sorted(rows, key=str) == sorted(want, key=str), t.sql


@pytest.mark.parametrize(
    "question",
    ["the cheapest rental", "the 2 longest rentals", "tools that were never serviced", "renters not insured"],
)
def test_a_superlative_or_negation_nothing_places_is_declined(rentals, question):
    _, engine = rentals
    t = engine.translate(question)
    assert t.sql is None, t.sql


_LOANS_IN = "SELECT COUNT(DISTINCT book_id) FROM loans WHERE loan_date >= '{0}-01-01' AND loan_date < '{1}-01-01'"


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        ("how many books were borrowed in 2024", _LOANS_IN.format(2024, 2025)),
        ("how many different books were borrowed in 2025", _LOANS_IN.format(2025, 2026)),
    ],
)
def test_a_verb_before_a_year_dates_the_event_it_names(library, question, gold):
    """The books have a publication year of their own, but "borrowed in 2024" dates the loans."""
    sa_engine, engine = library
    t = engine.translate(question)
    assert t.sql and "published_year" not in t.sql, t.sql
    assert run_query(sa_engine, t.sql) == run_query(sa_engine, gold)
