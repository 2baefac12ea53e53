"""A noun that names a table only as the role of a reference to it ("bakers" for ``staff`` through
``batches.baker_id``) and is also spelt as a value of that table ('Baker', beside 'Head Baker'), on a made-up
bakery: used without the reference, the engine cannot tell every member of staff from those with that role, so
it does not answer; used through the reference ("which baker made the most batches") it answers. A value no other
value contains ('Driver') reads as those rows, as before. And the table a plain verb is said of ("which template
type code do documents use most often") is the rows counted, the thing before it what they are grouped by; "number"
listed beside "name" is the rows' own number (``contestant_number``), not a count nor a phone number."""

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


@pytest.fixture(scope="module")
def documents(tmp_path_factory):
    return engine_from_statements(
        tmp_path_factory,
        "documents",
        [
            "CREATE TABLE templates (template_id INTEGER PRIMARY KEY, template_type_code TEXT, version INTEGER)",
            "CREATE TABLE documents (document_id INTEGER PRIMARY KEY, template_id INTEGER"
            " REFERENCES templates(template_id), document_name TEXT)",
            "INSERT INTO templates VALUES (1,'PPT',1),(2,'CV',1),(3,'PPT',2),(4,'BK',1)",
            "INSERT INTO documents VALUES (1,1,'Deck A'),(2,3,'Deck B'),(3,2,'My CV'),(4,1,'Deck C'),(5,4,'Book')",
        ],
    )


@pytest.mark.parametrize(
    "question",
    ["which template type code do documents use most often", "the template type code that documents use most often"],
)
def test_the_object_a_table_uses_most_often(documents, question):
    """The thing counted comes before the table that is the plain verb's subject ("do documents use")."""
    assert_answers_with(
        documents,
        question,
        "SELECT t.template_type_code FROM documents d JOIN templates t ON t.template_id = d.template_id"
        " GROUP BY t.template_type_code ORDER BY COUNT(*) DESC LIMIT 1",
    )


@pytest.fixture(scope="module")
def contest(tmp_path_factory):
    return engine_from_statements(
        tmp_path_factory,
        "contest",
        [
            "CREATE TABLE contestant (contestant_number INTEGER PRIMARY KEY, contestant_name TEXT, phone_number TEXT)",
            "CREATE TABLE vote (vote_id INTEGER PRIMARY KEY, contestant_number INTEGER"
            " REFERENCES contestant(contestant_number), state TEXT)",
            "INSERT INTO contestant VALUES (1,'Ann','0771'),(2,'Bo','0772'),(3,'Cy','0773')",
            "INSERT INTO vote VALUES (1,1,'NY'),(2,1,'CA'),(3,2,'NY'),(4,1,'TX'),(5,3,'CA'),(6,3,'NY')",
        ],
    )


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "number" listed beside "name" is the contestants' own number, not the phone number nor a count
        ("which contestants got 2 or more votes? number and name please",
         "SELECT c.contestant_number, c.contestant_name FROM contestant c JOIN vote v"
         " ON v.contestant_number = c.contestant_number GROUP BY c.contestant_number HAVING COUNT(*) >= 2"),
        ("which contestant got the fewest votes? give the number and name",
         "SELECT c.contestant_number, c.contestant_name FROM contestant c JOIN vote v"
         " ON v.contestant_number = c.contestant_number GROUP BY c.contestant_number ORDER BY COUNT(*) ASC LIMIT 1"),
    ],
)  # fmt: skip
def test_number_listed_beside_a_column_is_the_rows_own_number(contest, question, expected):
    assert_answers_with(contest, question, expected)
