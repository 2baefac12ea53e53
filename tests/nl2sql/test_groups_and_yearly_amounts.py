"""Words for the rows as a group, a yearly amount, and "now", on a made-up chain of garages whose people are in an
``employee`` table: "staff" (and "staff members") names them, as WordNet's groups named after their members say
(no word list: ``groups`` in ``data/wordnet.tsv.gz``); "annual" before the salary of rows that are no dated
events says the amount is yearly, not that the total is split by the year they were hired. A group whose members
have names of their own ("school": teachers) names no table. "At the moment" and "right now" say "currently";
"is home to" is "has"; "alongside" joins a list."""

from __future__ import annotations

import pytest

from .conftest import assert_answers_with, engine_from_statements


@pytest.fixture(scope="module")
def garages(tmp_path_factory):
    return engine_from_statements(
        tmp_path_factory,
        "garages",
        [
            "CREATE TABLE garage (id INTEGER PRIMARY KEY, garage_name TEXT, city TEXT)",
            "CREATE TABLE employee (id INTEGER PRIMARY KEY, name TEXT, garage_id INTEGER REFERENCES garage(id),"
            " hired_on DATE, left_on DATE, base_salary NUMERIC)",
            "CREATE TABLE teacher (id INTEGER PRIMARY KEY, name TEXT, subject TEXT)",
            "CREATE TABLE vehicle (id INTEGER PRIMARY KEY, reg TEXT, garage_id INTEGER REFERENCES garage(id),"
            " bought_on DATE, sold_on DATE)",
            "INSERT INTO garage VALUES (1,'North Motors','Leeds'),(2,'South Motors','York'),(3,'East Motors','Leeds')",
            "INSERT INTO employee VALUES (1,'Ann',1,'2019-03-01',NULL,31000),(2,'Bo',1,'2021-06-01',NULL,28000),"
            "(3,'Cy',2,'2021-09-01','2024-01-31',30000),(4,'Di',2,'2023-02-01',NULL,26000),"
            "(5,'Ed',1,'2024-05-01',NULL,25000)",
            "INSERT INTO teacher VALUES (1,'Fay','Maths'),(2,'Gil','Art')",
            "INSERT INTO vehicle VALUES (1,'AB1',1,'2023-01-05','2024-02-01'),(2,'CD2',1,'2024-03-01',NULL),"
            "(3,'EF3',2,'2024-04-01',NULL),(4,'GH4',2,'2022-06-01','2023-01-10'),(5,'IJ5',2,'2025-01-03',NULL)",
        ],
    )


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how many staff are there", "SELECT COUNT(*) FROM employee"),
        ("how many staff members in total", "SELECT COUNT(*) FROM employee"),
        ("staff count for each garage, plus the garage name",
         "SELECT g.garage_name, COUNT(*) FROM employee e JOIN garage g ON g.id = e.garage_id GROUP BY g.id"),
        # a yearly salary of people, who are no dated events: one total per garage, not one per hiring year
        ("total annual base salary of staff in each garage",
         "SELECT g.garage_name, SUM(e.base_salary) FROM employee e JOIN garage g ON g.id = e.garage_id"
         " GROUP BY g.id"),
    ],
)  # fmt: skip
def test_staff_and_yearly_amounts(garages, question, expected):
    assert_answers_with(garages, question, expected)


def test_a_group_with_members_of_their_own_name_names_no_table(garages):
    """WordNet's school has teachers as members, but "schools" are not teachers."""
    _, engine = garages
    t = engine.translate("how many schools are there")
    assert t.sql is None, t.sql


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "at the moment", "right now" say "currently": the people who have not left
        ("how many staff work here at the moment", "SELECT COUNT(*) FROM employee WHERE left_on IS NULL"),
        ("how many employees are there right now", "SELECT COUNT(*) FROM employee WHERE left_on IS NULL"),
        # a thing sold is no longer held: "at the moment" keeps those not sold
        ("how many vehicles does each garage have at the moment",
         "SELECT g.garage_name, COUNT(*) FROM vehicle v JOIN garage g ON g.id = v.garage_id WHERE v.sold_on IS NULL"
         " GROUP BY g.id"),
        # "is home to" says "has"
        ("which city is home to the largest number of garages",
         "SELECT city FROM garage GROUP BY city ORDER BY COUNT(*) DESC LIMIT 1"),
        # "alongside" joins a list, as "along with" does
        ("each employee's name alongside the name of their garage",
         "SELECT e.name, g.garage_name FROM employee e JOIN garage g ON g.id = e.garage_id"),
    ],
)  # fmt: skip
def test_now_and_alongside(garages, question, expected):
    assert_answers_with(garages, question, expected)


@pytest.fixture(scope="module")
def workshop(tmp_path_factory):
    return engine_from_statements(
        tmp_path_factory,
        "workshop",
        [
            "CREATE TABLE customer (id INTEGER PRIMARY KEY, name TEXT)",
            "CREATE TABLE vehicle (id INTEGER PRIMARY KEY, reg TEXT, customer_id INTEGER REFERENCES customer(id))",
            "CREATE TABLE job_card (id INTEGER PRIMARY KEY, vehicle_id INTEGER REFERENCES vehicle(id), job_date DATE)",
            "INSERT INTO customer VALUES (1,'Ann'),(2,'Bo'),(3,'Cy'),(4,'Di')",
            "INSERT INTO vehicle VALUES (1,'AB1',1),(2,'CD2',1),(3,'EF3',2),(4,'GH4',3),(5,'IJ5',4)",
            "INSERT INTO job_card VALUES (1,1,'2024-01-02'),(2,3,'2024-02-03')",
        ],
    )


def test_any_after_a_negation_is_no_bucket(workshop):
    """ "Never ... on any of their vehicles": no job on any vehicle at all, one count; not a count per vehicle."""
    assert_answers_with(
        workshop,
        "how many customers have never had a job done on any of their vehicles",
        "SELECT COUNT(*) FROM customer WHERE id NOT IN"
        " (SELECT v.customer_id FROM vehicle v JOIN job_card j ON j.vehicle_id = v.id)",
    )
