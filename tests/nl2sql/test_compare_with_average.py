"""Comparisons with an average, on a made-up parcel courier.

- A group's own average against the average over all rows: "depots with an average fee above the average",
  "... higher than the average of all parcels", "... above the overall average fee" read HAVING AVG(fee) >
  (SELECT AVG(fee) FROM parcels), the depots grouped; never a row condition on each parcel's fee.
- "the overall average" is the average over all rows, like "the average".
- A comparative of size said of a table's rows with no column named ("gifts bigger than the average gift",
  "gifts smaller than average") compares the rows' one amount: the table's only number column named as a generic
  sum of money ("amt", "tot_amt"). With no such column, or several, the comparative is not read.
- "an average <table> higher than the average of all <table>": the table's amount averaged per group (HAVING); so
  is "an average <table> <column>" ("an average parcel fee"), the column's own table said between.
- A comparative of an adjective naming a measure ("taller", "heavier", "lighter") and "more/less <adjective>"
  ("more expensive") before "than" an average compare the column the adjective names; "less" turns the direction.
"""

from __future__ import annotations

import pytest

from .conftest import engine_from_statements, sorted_rows

COURIER = [
    "CREATE TABLE depots (id INTEGER PRIMARY KEY, depot_name TEXT, town TEXT)",
    "CREATE TABLE parcels (id INTEGER PRIMARY KEY, depot_id INTEGER REFERENCES depots(id), weight_kg REAL,"
    " fee REAL, sent_on DATE, status TEXT)",
    "CREATE TABLE senders (id INTEGER PRIMARY KEY, full_name TEXT)",
    "CREATE TABLE gifts (id INTEGER PRIMARY KEY, sender_id INTEGER REFERENCES senders(id), amt REAL, given_on DATE)",
    "CREATE TABLE crates (id INTEGER PRIMARY KEY, label TEXT, list_price REAL, ship_cost REAL)",
    "INSERT INTO depots VALUES (1,'North','Leeds'),(2,'South','York'),(3,'East','Hull')",
    "INSERT INTO parcels VALUES (1,1,2.5,10,'2024-01-01','sent'),(2,1,7.5,20,'2024-02-01','lost'),"
    "(3,2,1.0,5,'2024-03-01','sent'),(4,3,9,30,'2024-03-05','sent'),(5,3,4,35,'2024-04-05','lost'),"
    "(6,2,3,8,'2024-05-01','sent')",
    "INSERT INTO senders VALUES (1,'Ann Lee'),(2,'Bo Chan'),(3,'Cy Park')",
    "INSERT INTO gifts VALUES (1,1,10,'2024-01-01'),(2,2,50,'2024-02-01'),(3,1,70,'2024-02-03'),"
    "(4,3,5,'2024-03-01'),(5,3,15,'2024-03-02')",
    "INSERT INTO crates VALUES (1,'small',5,2),(2,'big',50,9)",
    "CREATE TABLE lamps (id INTEGER PRIMARY KEY, lamp_name TEXT, price REAL, height_cm REAL)",
    "INSERT INTO lamps VALUES (1,'Orb',30,40),(2,'Arc',80,120),(3,'Pin',20,25),(4,'Cone',45,60)",
]


@pytest.fixture(scope="module")
def courier(tmp_path_factory):
    return engine_from_statements(tmp_path_factory, "courier", COURIER)


ANSWERED = [
    # a group's own average against all rows' average
    (
        "Which depots have an average fee above the average?",
        "SELECT d.depot_name FROM depots d JOIN parcels p ON p.depot_id = d.id GROUP BY d.id"
        " HAVING AVG(p.fee) > (SELECT AVG(fee) FROM parcels)",
        "HAVING AVG(",
    ),
    (
        "which depots have an average fee higher than the average of all parcels",
        "SELECT d.depot_name FROM depots d JOIN parcels p ON p.depot_id = d.id GROUP BY d.id"
        " HAVING AVG(p.fee) > (SELECT AVG(fee) FROM parcels)",
        "HAVING AVG(",
    ),
    (
        "depots whose average fee is below the overall average fee",
        "SELECT d.depot_name FROM depots d JOIN parcels p ON p.depot_id = d.id GROUP BY d.id"
        " HAVING AVG(p.fee) < (SELECT AVG(fee) FROM parcels)",
        "HAVING AVG(",
    ),
    (
        "how many depots have an average fee above the average",
        "SELECT COUNT(*) FROM (SELECT depot_id FROM parcels GROUP BY depot_id"
        " HAVING AVG(fee) > (SELECT AVG(fee) FROM parcels))",
        "HAVING AVG(",
    ),
    # a row's value against the overall average
    (
        "parcels with a fee under the overall average",
        "SELECT * FROM parcels WHERE fee < (SELECT AVG(fee) FROM parcels)",
        "(SELECT AVG(",
    ),
    # a comparative of size with no column named: the rows' one amount
    (
        "How many gifts were bigger than the average gift?",
        "SELECT COUNT(*) FROM gifts WHERE amt > (SELECT AVG(amt) FROM gifts)",
        '"amt" > (SELECT AVG(',
    ),
    (
        "gifts smaller than average",
        "SELECT * FROM gifts WHERE amt < (SELECT AVG(amt) FROM gifts)",
        '"amt" < (SELECT AVG(',
    ),
    # the table's amount averaged per group
    (
        "which senders have an average gift larger than the average of all gifts",
        "SELECT s.full_name FROM senders s JOIN gifts g ON g.sender_id = s.id GROUP BY s.id"
        " HAVING AVG(g.amt) > (SELECT AVG(amt) FROM gifts)",
        "HAVING AVG(",
    ),
    (
        "depots whose average parcel fee is above the average",
        "SELECT d.depot_name FROM depots d JOIN parcels p ON p.depot_id = d.id GROUP BY d.id"
        " HAVING AVG(p.fee) > (SELECT AVG(fee) FROM parcels)",
        "HAVING AVG(",
    ),
    # a comparative of an adjective naming a measure
    (
        "parcels heavier than average",
        "SELECT * FROM parcels WHERE weight_kg > (SELECT AVG(weight_kg) FROM parcels)",
        "(SELECT AVG(",
    ),
    (
        "how many parcels are lighter than the average parcel",
        "SELECT COUNT(*) FROM parcels WHERE weight_kg < (SELECT AVG(weight_kg) FROM parcels)",
        "(SELECT AVG(",
    ),
    (
        "lamps taller than average",
        "SELECT lamp_name FROM lamps WHERE height_cm > (SELECT AVG(height_cm) FROM lamps)",
        "(SELECT AVG(",
    ),
    (
        "lamps more expensive than the average lamp",
        "SELECT lamp_name FROM lamps WHERE price > (SELECT AVG(price) FROM lamps)",
        "(SELECT AVG(",
    ),
    (
        "lamps less expensive than average",
        "SELECT lamp_name FROM lamps WHERE price < (SELECT AVG(price) FROM lamps)",
        "(SELECT AVG(",
    ),
]


@pytest.mark.parametrize(("question", "expected", "part"), ANSWERED)
def test_answered(courier, question, expected, part):
    sa_engine, eng = courier
    t = eng.translate(question)
    assert t.sql is not None and part in t.sql, (t.sql, t.score)
    got, want = sorted_rows(sa_engine, t.sql), sorted_rows(sa_engine, expected)
    assert got == want, (t.sql, got, want)


NOT_ANSWERED = [
    # "bigger" of a parcel: a weight or a fee, neither a generic amount; the comparative stays unread
    "How many parcels were bigger than the average parcel?",
    # two sums of money, neither generic: which one is bigger is not said
    "crates bigger than the average crate",
]


@pytest.mark.parametrize("question", NOT_ANSWERED)
def test_not_answered(courier, question):
    t = courier[1].translate(question)
    assert t.sql is None, t.sql
