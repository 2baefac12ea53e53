"""Two values of one column set against each other, and compound code words, on a made-up ferry operator.

- "A versus B", "A compared with B", "compare A and B", "A and B side by side": two values of one column with a
  versus word between them (or a joiner, after a compare lead or before "side by side") are one row each: the
  measure is grouped by the column; when the column holds more values than the two, the rows are kept to those two
  (``IN``). With no such word two values stay alternatives. A period comparison ("2024 vs 2025") is the period
  rule's and stays so.
- A word across a versus word from a stored code ("cash versus card") reads as the one other code of that code's
  column it begins with or whose initial it is; a column of a few short capital codes only. No code fits, or two:
  the word stays unread and the engine does not answer; a comparison is never made with one side dropped.
- A letter hyphened to a table's noun ("e-tickets") reads as the code of the two parts' initials in a column of
  short codes of that table.
- A noun WordNet makes a kind of an attribute's value ("women": female) reads as that value's one-letter code in
  the one column named for the attribute; a code in two such columns: neither.
- A column word right after a table's noun, read as a column of another table while the named table has columns of
  its own holding that word ("the booking amount"), is a doubt (``foreign_column``): the engine does not answer.
- A present participle right before a column word ("boarding gates") qualifies that column's thing: an unplaced
  condition, weighed as a noun, never a relation between tables.
"""

from __future__ import annotations

import pytest

from .conftest import engine_from_statements

FERRY = [
    "CREATE TABLE passengers (id INTEGER PRIMARY KEY, full_name TEXT, pax_type TEXT, town TEXT)",
    "CREATE TABLE tickets (id INTEGER PRIMARY KEY, passenger_id INTEGER REFERENCES passengers(id), tkt_type TEXT,"
    " pay_mthd TEXT, fare NUMERIC, sail_dt DATE)",
    "CREATE TABLE cabins (id INTEGER PRIMARY KEY, deck TEXT, cabin_cls TEXT, berths INTEGER)",
    "INSERT INTO passengers VALUES (1,'Ann Pike','S','Hull'),(2,'Bo Reed','A','York'),(3,'Cal Dunn','S','Hull'),"
    "(4,'Di Lowe','C','Leeds'),(5,'Ed Moss','A','York')",
    "INSERT INTO tickets VALUES (1,1,'ET','CASH',20,'2024-01-03'),(2,2,'PT','CARD',35,'2024-02-11'),"
    "(3,1,'ET','CARD',25,'2025-03-09'),(4,3,'PT','CASH',60,'2025-03-20'),(5,4,'ET','VCH',30,'2024-04-02'),"
    "(6,5,'PT','CARD',40,'2025-05-05')",
    "INSERT INTO cabins VALUES (1,'A','IN',2),(2,'B','OUT',4),(3,'B','IN',2)",
]


@pytest.fixture(scope="module")
def ferry(tmp_path_factory):
    return engine_from_statements(tmp_path_factory, "ferry", FERRY)[1]


ANSWERED = [
    # the two values the column holds: grouped, no filter needed
    ("average fare for e-tickets versus paper tickets", ['GROUP BY "tkt_type"', "AVG("], ["IN ("]),
    ("total fare of cash compared with card tickets", ['GROUP BY "pay_mthd"', "IN ('CASH', 'CARD')"], []),
    ("compare the average fare of cash and card tickets", ['GROUP BY "pay_mthd"', "IN ("], []),
    ("average fare for cash and card tickets side by side", ['GROUP BY "pay_mthd"', "IN ('CASH', 'CARD')"], []),
    # with no word setting them against each other, two values are alternatives, not groups
    ("total fare of cash tickets and card tickets", ["IN ('CASH', 'CARD')"], ["GROUP BY"]),
    # a letter hyphened to the table's noun: the initials code of that table
    ("how many e-tickets are there", ["\"tkt_type\" = 'ET'", "COUNT(*)"], []),
    # a period comparison stays the period rule's
    ("total fare in 2024 vs 2025", ["CASE WHEN"], ["GROUP BY"]),
]


@pytest.mark.parametrize(("question", "parts", "absent"), ANSWERED)
def test_answered(ferry, question, parts, absent):
    t = ferry.translate(question)
    assert t.sql is not None and all(p in t.sql for p in parts), (t.sql, t.score)
    assert not any(p in t.sql for p in absent), t.sql


NOT_ANSWERED = [
    # "gold" is no code of the payment column: the comparison is not made with one side dropped
    "total fare of cash compared with gold tickets",
    # neither word is a code the other side gives a column for ("cheque" begins no payment code)
    "total fare of voucher versus cheque tickets",
    # "bank" names no code of the payment column
    "average fare for card versus bank tickets",
]


@pytest.mark.parametrize("question", NOT_ANSWERED)
def test_not_answered(ferry, question):
    t = ferry.translate(question)
    assert t.sql is None, t.sql


def test_one_side_unread_is_a_doubt(ferry):
    t = ferry.translate("total fare of cash compared with gold tickets")
    assert t.sql is None and t.score is not None
    assert "gold" in {r.detail for r in t.score.reasons if r.code == "unknown"}


def test_foreign_column_doubt(tmp_path_factory):
    statements = [
        "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)",
        "CREATE TABLE bookings (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(id),"
        " net_amt NUMERIC, tot_amt NUMERIC)",
        "CREATE TABLE refunds (id INTEGER PRIMARY KEY, booking_id INTEGER REFERENCES bookings(id), amt NUMERIC)",
        "INSERT INTO customers VALUES (1,'Ann'),(2,'Bo')",
        "INSERT INTO bookings VALUES (1,1,10,12),(2,2,20,24)",
        "INSERT INTO refunds VALUES (1,1,5),(2,2,6)",
    ]
    eng = engine_from_statements(tmp_path_factory, "bookings", statements)[1]
    t = eng.translate("average booking amount")
    assert t.sql is None, t.sql
    assert "foreign_column" in {r.code for r in t.score.reasons}


def test_participle_before_column_is_unplaced(tmp_path_factory):
    statements = [
        "CREATE TABLE ports (id INTEGER PRIMARY KEY, name TEXT, gates INTEGER, shore_flag INTEGER)",
        "CREATE TABLE ferries (id INTEGER PRIMARY KEY, name TEXT)",
        "CREATE TABLE calls (id INTEGER PRIMARY KEY, port_id INTEGER REFERENCES ports(id),"
        " ferry_id INTEGER REFERENCES ferries(id))",
        "INSERT INTO ports VALUES (1,'Hull',4,1),(2,'York',2,0)",
        "INSERT INTO ferries VALUES (1,'Swan'),(2,'Gull')",
        "INSERT INTO calls VALUES (1,1,1),(2,2,2)",
    ]
    eng = engine_from_statements(tmp_path_factory, "ports", statements)[1]
    t = eng.translate("which ports have boarding gates for ferries")
    assert t.sql is None, t.sql


CREW = [
    "CREATE TABLE crew (id INTEGER PRIMARY KEY, full_name TEXT, sex TEXT, wage NUMERIC, rank_cd TEXT)",
    "CREATE TABLE cadets (id INTEGER PRIMARY KEY, full_name TEXT, sex TEXT, crew_id INTEGER REFERENCES crew(id))",
    "INSERT INTO crew VALUES (1,'Ann Pike','F',900,'MAN'),(2,'Bo Reed','M',700,'CPT'),(3,'Cal Dunn','M',650,'MAN')",
    "INSERT INTO cadets VALUES (1,'Di Lowe','F',1),(2,'Ed Moss','M',2)",
]


def test_attribute_nouns(tmp_path_factory):
    """A noun WordNet makes a kind of an attribute's value ("women": female) reads as that value's one-letter code
    in the one column named for the attribute; with the code in two tables' columns ("girls" of crew or cadets),
    neither."""
    crew_only = engine_from_statements(tmp_path_factory, "crew", CREW[:1] + CREW[2:3])[1]
    t = crew_only.translate("compare the mean wage of women and men")
    assert t.sql is not None and 'GROUP BY "sex"' in t.sql and "'MAN'" not in t.sql, t.sql
    t = crew_only.translate("how many women are there")
    assert t.sql is not None and "\"sex\" = 'F'" in t.sql, t.sql
    both = engine_from_statements(tmp_path_factory, "crew_cadets", CREW)[1]
    t = both.translate("how many girls are there")
    assert t.sql is None, t.sql
