"""Text matches, person names and measure words, table-driven on a made-up garden-centre schema: a contains-match
only tests a text column that is no key nor reference, never a person's name for a word no row holds, and
"including <word>" no row holds is no text to look for in a label; a common English word typed in lower case is
no person's stored name; "how much" is a sum, never a count, and per group the subject's one generic money
column; "total" with no aggregate, and "X and its Y" showing Y only, are doubts. Each wrong reading is asked or
declined, never answered; the readings beside them that are right stay answered."""

from __future__ import annotations

import pytest

from datachat.nl2sql.lexicon import names_person

from .conftest import engine_from_statements

_ROWS = [
    "CREATE TABLE clients (id INTEGER PRIMARY KEY, first_nm TEXT, last_nm TEXT, town TEXT)",
    "CREATE TABLE plants (id INTEGER PRIMARY KEY, plant_nm TEXT, colour TEXT, price NUMERIC)",
    "CREATE TABLE sales (id INTEGER PRIMARY KEY, client_id INTEGER REFERENCES clients(id),"
    " plant_id INTEGER REFERENCES plants(id), sale_dt DATE, qty INTEGER, status TEXT)",
    "CREATE TABLE receipts (id INTEGER PRIMARY KEY, sale_id INTEGER REFERENCES sales(id), pay_method TEXT,"
    " paid_dt DATE, amt NUMERIC)",
    "INSERT INTO clients VALUES (1,'Ada','Wood','Ely'),(2,'Bo','Frost','Diss'),(3,'Cal','Hill','Ely'),"
    "(4,'Di','Young','Bude')",
    "INSERT INTO plants VALUES (1,'Lavender','Purple',6),(2,'Fern','Green',9),(3,'Holly','Green',14),"
    "(4,'Tulip','Red',3)",
    "INSERT INTO sales VALUES (1,1,1,'2024-02-01',2,'PAID'),(2,2,2,'2024-03-02',1,'REFUNDED'),"
    "(3,3,3,'2025-01-03',4,'PAID'),(4,4,4,'2025-02-04',3,'PAID'),(5,1,2,'2025-03-05',1,'PAID')",
    "INSERT INTO receipts VALUES (1,1,'card','2024-02-01',12),(2,2,'cash','2024-03-02',9),"
    "(3,3,'card','2025-01-03',56),(4,4,'cash','2025-02-04',9),(5,5,'card','2025-03-05',9)",
]


@pytest.fixture(scope="module")
def garden(tmp_path_factory):
    return engine_from_statements(tmp_path_factory, "garden", _ROWS)


NOT_ANSWERED = [
    # "including" a word no row holds: no contains-match on a key (receipts have no name) nor on a label
    "total receipts including gst in 2024",
    "which clients bought plants including gst",
    "list sales including gst",
    # a common word typed in lower case is no client's surname
    "plants sold to wood",
    "what is the young plant price",
    # "how much" answered with a count of rows (sales have no money column of their own)
    "how much did we sell by each status",
    # per group, a plant's unit price is no money taken: no sum of the catalogue's prices per colour
    "how much was sold per colour",
    # "total" with no aggregate in the statement: one figure was asked, not a list
    "total paid in 2025",
    # the plant was asked for as well as its colour
    "which plant is the most expensive and what is its colour",
]


@pytest.mark.parametrize("question", NOT_ANSWERED)
def test_asked_or_declined(garden, question):
    _, engine = garden
    t = engine.translate(question)
    assert t.sql is None, t.sql


ANSWERED = [
    # a named column, a quoted text or a prefix stays a text match
    ("clients whose last name starts with F", "LIKE 'F%'"),
    ("which clients have a last name ending with d", "LIKE '%d'"),
    ("plants containing 'en'", "LIKE '%en%'"),
    ("plants containing fern", "plant_nm"),
    # a surname typed as a name is the client's
    ("sales to Wood", "'Wood'"),
    # "how much" per group: the sum of the one generic money column, not a count of rows
    ("how much did we take by each pay method in 2025", 'SUM("amt")'),
    ("how much money did we receive in 2025", "SUM("),
    ("sum of receipts in 2025", "SUM("),
    # "X and its Y": X's label and Y
    ("what is our most expensive plant and its price", '"plant_nm", "price"'),
    ("what is the cheapest plant and its colour", '"plant_nm", "colour"'),
]


@pytest.mark.parametrize(("question", "part"), ANSWERED)
def test_still_answered(garden, question, part):
    _, engine = garden
    t = engine.translate(question)
    assert t.sql and part in t.sql, (t.sql, t.score)


def test_no_verb_names_a_person(garden):
    """A verb of a name's part word ("lasted") names no person's name: nothing is grouped by surname."""
    _, engine = garden
    t = engine.translate("how many sales lasted a week")
    assert t.sql is None or "last_nm" not in t.sql, t.sql


@pytest.mark.parametrize(
    ("name", "person"),
    [("first_nm", True), ("lname", True), ("full_name", True), ("plant_nm", False), ("name", False)],
)
def test_names_person(name, person):
    assert names_person(name) is person
