"""A noun that names a table only as the role of a reference to it ("bakers" for ``staff`` through
``batches.baker_id``) and is also spelt as a value of that table ('Baker', beside 'Head Baker'), on a made-up
bakery: used without the reference, the engine cannot tell every member of staff from those with that role, so
it does not answer; used through the reference ("which baker made the most batches") it answers. A value no other
value contains ('Driver') reads as those rows, as before."""

from __future__ import annotations

import pytest

from .conftest import assert_answers_with, engine_from_statements


@pytest.fixture(scope="module")
def bakery(tmp_path_factory):
    return engine_from_statements(
        tmp_path_factory,
        "bakery",
        [
            "CREATE TABLE staff (id INTEGER PRIMARY KEY, name TEXT, role TEXT, hourly_rate NUMERIC)",
            "CREATE TABLE batches (id INTEGER PRIMARY KEY, baker_id INTEGER REFERENCES staff(id), baked_on DATE,"
            " loaves INTEGER)",
            "CREATE TABLE deliveries (id INTEGER PRIMARY KEY, driver_id INTEGER REFERENCES staff(id),"
            " delivered_on DATE)",
            "INSERT INTO staff VALUES (1,'Ann','Baker',13),(2,'Bo','Head Baker',17),(3,'Cy','Counter Assistant',11),"
            "(4,'Di','Driver',12),(5,'Ed','Baker',13),(6,'Flo','Manager',20)",
            "INSERT INTO batches VALUES (1,1,'2025-01-02',40),(2,1,'2025-01-03',42),(3,2,'2025-01-03',30),"
            "(4,5,'2025-01-04',38)",
            "INSERT INTO deliveries VALUES (1,4,'2025-01-02'),(2,4,'2025-01-03')",
        ],
    )


def test_a_role_also_spelt_as_a_value_is_not_every_row(bakery):
    _, engine = bakery
    t = engine.translate("average hourly rate of our bakers")
    assert t.sql is None, t.sql  # every member of staff, or those whose role is Baker (or Head Baker)?


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("which baker made the most batches",
         "SELECT s.name FROM batches b JOIN staff s ON s.id = b.baker_id GROUP BY s.id ORDER BY COUNT(*) DESC LIMIT 1"),
        ("average hourly rate of our drivers", "SELECT AVG(hourly_rate) FROM staff WHERE role = 'Driver'"),
    ],
)  # fmt: skip
def test_a_role_used_through_its_reference_or_a_value_alone_is_answered(bakery, question, expected):
    assert_answers_with(bakery, question, expected)
