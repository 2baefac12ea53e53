"""Verbs that name a table of events, on made-up schemas: a tool-rental shop and a clinic.

"rented" names the rentals, "visited" the visits (WordNet's derivations, found from either side); "the most
<verb>ed X" ranks X by its count of event rows, "never <verb>ed" keeps the rows with no event, a year after the
verb dates the events, "from May to July 2024" is a range of whole months, and a column named for a unit
("pages", "height_cm") answers to the measure's adjective.
"""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from datachat.nl2sql.dates import find_date_range

from .conftest import TODAY, engine_from_statements

RENTAL = [
    "CREATE TABLE depots (id INTEGER PRIMARY KEY, name TEXT, city TEXT)",
    "CREATE TABLE tools (id INTEGER PRIMARY KEY, name TEXT, category TEXT, weight REAL, depot_id INTEGER"
    " REFERENCES depots(id))",
    "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT, city TEXT)",
    "CREATE TABLE rentals (id INTEGER PRIMARY KEY, tool_id INTEGER REFERENCES tools(id), customer_id INTEGER"
    " REFERENCES customers(id), depot_id INTEGER REFERENCES depots(id), rental_date DATE)",
    "INSERT INTO depots VALUES (1,'North Yard','Leeds'),(2,'South Yard','Bristol')",
    "INSERT INTO tools VALUES (1,'Drill','Power',2.5,1),(2,'Ladder','Access',12.0,1),(3,'Mixer','Concrete',40.0,2),"
    "(4,'Saw','Power',3.1,2)",
    "INSERT INTO customers VALUES (1,'Ann Lee','Leeds'),(2,'Bob Ray','Leeds'),(3,'Cat Orr','Bristol'),"
    "(4,'Dan Poe','York')",
    "INSERT INTO rentals VALUES (1,1,1,1,'2024-01-10'),(2,1,2,1,'2024-05-03'),(3,2,1,1,'2024-06-20'),"
    "(4,3,3,2,'2024-07-01'),(5,1,3,2,'2023-12-01'),(6,2,2,1,'2024-08-02')",
]

CLINIC = [
    "CREATE TABLE doctors (id INTEGER PRIMARY KEY, name TEXT, specialty TEXT)",
    "CREATE TABLE patients (id INTEGER PRIMARY KEY, name TEXT, city TEXT, height_cm INTEGER)",
    "CREATE TABLE visits (id INTEGER PRIMARY KEY, patient_id INTEGER REFERENCES patients(id), doctor_id INTEGER"
    " REFERENCES doctors(id), visit_date DATE)",
    "INSERT INTO doctors VALUES (1,'Dr Aune','Cardiology'),(2,'Dr Berg','Pediatrics'),(3,'Dr Dahl','Cardiology')",
    "INSERT INTO patients VALUES (1,'Ola Nord','Oslo',180),(2,'Kari Sol','Oslo',165),(3,'Per Vik','Bergen',172),"
    "(4,'Liv Ask','Tromso',158)",
    "INSERT INTO visits VALUES (1,1,1,'2024-01-10'),(2,1,2,'2024-03-05'),(3,2,1,'2024-06-20'),(4,3,3,'2024-07-01'),"
    "(5,1,1,'2023-12-01'),(6,2,1,'2024-08-15')",
]


@pytest.fixture(scope="module")
def rental(tmp_path_factory):
    return engine_from_statements(tmp_path_factory, "rental", RENTAL)


@pytest.fixture(scope="module")
def clinic(tmp_path_factory):
    return engine_from_statements(tmp_path_factory, "clinic", CLINIC)


def _rows(pair, question):
    sa_engine, engine = pair
    t = engine.translate(question)
    assert t.sql, (question, t.error, t.clarification)
    with sa_engine.connect() as c:
        return [tuple(r) for r in c.exec_driver_sql(t.sql).fetchall()]


RENTAL_CASES = [
    ("how many tools were rented in 2024", [(3,)]),
    ("which tool was rented the most", [("Drill",)]),
    ("the most rented tool", [("Drill",)]),
    ("which depot rents out the most tools", [("North Yard",)]),
    ("which depot rents out the most", [("North Yard",)]),
    ("which category is rented most often", [("Power",)]),
    ("customers who never rented a tool", [("Dan Poe",)]),
    ("how many tools were never rented", [(1,)]),
    ("how many customers rented tools in 2023", [(1,)]),
    ("how many rentals were there from May to July 2024", [(3,)]),
    ("which city do most of our customers live in", [("Leeds",)]),
    ("the heaviest tool", [("Mixer",)]),
    ("which customer rented the most tools in 2024", [("Ann Lee",)]),
    ("which depot has the most tools", [("North Yard",)]),
    ("which tools were rented in 2024", [("Drill",), ("Ladder",), ("Mixer",)]),
]


@pytest.mark.parametrize(("question", "expected"), RENTAL_CASES)
def test_rental_events(rental, question, expected):
    assert sorted(r[: len(expected[0])] for r in _rows(rental, question)) == sorted(expected)


CLINIC_CASES = [
    ("which doctor was visited the most", [("Dr Aune",)]),
    ("which specialty is visited most often", [("Cardiology",)]),
    ("patients who never visited a doctor", [("Liv Ask",)]),
    ("how many patients visited a doctor in 2024", [(3,)]),
    ("the tallest patient", [("Ola Nord",)]),
    ("which city has the tallest patients on average", [("Oslo",)]),
]


@pytest.mark.parametrize(("question", "expected"), CLINIC_CASES)
def test_clinic_events(clinic, question, expected):
    assert [r[: len(expected[0])] for r in _rows(clinic, question)] == expected


def test_most_rented_ranks_by_event_count(rental):
    _, engine = rental
    sql = engine.translate("the 2 most rented tools").sql
    tree = sa.text(sql)  # it parses
    assert tree is not None and "COUNT(*)" in sql and "GROUP BY" in sql and "LIMIT 2" in sql


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("rentals from may to july 2024", "2024-05-01", "2024-08-01"),
        ("between november 2023 and february 2024", "2023-11-01", "2024-03-01"),
        ("from november to february 2024", "2023-11-01", "2024-03-01"),
        ("from may 2023 to june 2024", "2023-05-01", "2024-07-01"),
    ],
)
def test_month_ranges(phrase, start, end):
    dr = find_date_range(phrase.split(), TODAY)
    assert (dr.start.isoformat(), dr.end.isoformat()) == (start, end)
