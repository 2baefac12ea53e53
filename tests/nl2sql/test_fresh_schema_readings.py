"""Readings that went wrong on plain schemas the engine had never seen, table-driven on a made-up community
theatre (issue #13, precision on fresh schemas):

- a verb with a particle that makes it a state ("called off") is a condition, even where the verb alone is
  ignorable ("called": naming), and a noun after a preposition that relates the rows ("during intervals", "after
  refunds") is a condition too: the engine asks or declines rather than count every row;
- a generic money word ("revenue") is never read as a fee of its own kind (``booking_fee``), and "how many
  patrons" is never answered with a sum of another table's number;
- a ranking by a column of a table no word names ("the biggest spending patrons" by their home venue's
  capacity) is never the answer;
- of two references to one table, the one named for that table ("staff_id", beside "supervisor_id") is whose
  row it is, and a negation the statement expresses ("never worked") needs no question back.
"""

from __future__ import annotations

import pytest

from .conftest import engine_from_statements

_THEATRE = [
    "CREATE TABLE productions (id INTEGER PRIMARY KEY, title TEXT NOT NULL, genre TEXT NOT NULL)",
    "CREATE TABLE performances (id INTEGER PRIMARY KEY, production_id INTEGER REFERENCES productions(id),"
    " perf_date DATE NOT NULL, status TEXT NOT NULL)",
    "CREATE TABLE venues (id INTEGER PRIMARY KEY, name TEXT NOT NULL, capacity INTEGER NOT NULL)",
    "CREATE TABLE patrons (id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, town TEXT,"
    " home_venue_id INTEGER REFERENCES venues(id))",
    "CREATE TABLE bookings (id INTEGER PRIMARY KEY, performance_id INTEGER REFERENCES performances(id),"
    " patron_id INTEGER REFERENCES patrons(id), booked_on DATE NOT NULL, seats INTEGER NOT NULL,"
    " booking_fee REAL NOT NULL, channel TEXT NOT NULL)",
    "CREATE TABLE staff (id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL)",
    "CREATE TABLE shifts (id INTEGER PRIMARY KEY, staff_id INTEGER REFERENCES staff(id),"
    " supervisor_id INTEGER REFERENCES staff(id), shift_date DATE NOT NULL)",
    "CREATE TABLE incidents (id INTEGER PRIMARY KEY, performance_id INTEGER REFERENCES performances(id),"
    " happened_on DATE NOT NULL, part_cd TEXT NOT NULL)",
    "INSERT INTO productions VALUES (1,'Hamlet','DRAMA'),(2,'Annie','MUSICAL'),(3,'Noises Off','COMEDY')",
    "INSERT INTO performances VALUES (1,1,'2024-02-01','P'),(2,1,'2024-02-02','C'),(3,2,'2024-05-05','P'),"
    "(4,2,'2024-05-06','P'),(5,3,'2025-01-10','C'),(6,3,'2025-01-11','P')",
    "INSERT INTO venues VALUES (1,'Main House',400),(2,'Studio',80)",
    "INSERT INTO patrons VALUES (1,'Ann','Lee','Leeds',1),(2,'Bob','Hart','York',2),(3,'Cat','Moss','Leeds',2),"
    "(4,'Dev','Ng','Hull',1)",
    "INSERT INTO bookings VALUES (1,1,1,'2024-01-10',2,1.5,'WEB'),(2,3,1,'2024-04-01',4,1.5,'WEB'),"
    "(3,3,2,'2024-04-02',1,0,'BOX'),(4,4,3,'2024-04-20',3,1.5,'PHONE'),(5,6,2,'2024-12-01',2,0,'BOX')",
    "INSERT INTO staff VALUES (1,'Eve','Pike'),(2,'Fay','Reed'),(3,'Gus','Shaw'),(4,'Hal','Todd')",
    "INSERT INTO shifts VALUES (1,1,3,'2024-02-01'),(2,2,3,'2024-05-05'),(3,1,3,'2024-05-06'),(4,2,4,'2025-01-11')",
    "INSERT INTO incidents VALUES (1,1,'2024-02-01','SHOW'),(2,3,'2024-05-05','INTERVAL'),"
    "(3,4,'2024-05-06','INTERVAL'),(4,6,'2025-01-11','SHOW')",
]


@pytest.fixture(scope="module")
def theatre(tmp_path_factory):
    return engine_from_statements(tmp_path_factory, "community_theatre", _THEATRE)[1]


DOUBTED = [
    # (question, what an answer must hold to read every word; or what it must not hold)
    ("How many performances were called off in 2024?", '"status"', None),
    ("How many incidents happened during intervals in 2024?", '"part_cd"', None),
    ("Revenue by channel", None, '"booking_fee"'),
    ("How many patrons have never booked anything?", None, "SUM("),
    ("Who are our 3 biggest spending patrons?", None, '"capacity"'),
]


@pytest.mark.parametrize(("question", "needed", "wrong"), DOUBTED)
def test_a_word_or_measure_the_reading_would_lose_is_never_answered_without(theatre, question, needed, wrong):
    t = theatre.translate(question)
    if not t.sql:
        assert t.clarification is not None or t.error
        return
    assert needed is None or needed in t.sql, t.sql
    assert wrong is None or wrong not in t.sql, t.sql


def test_the_reference_named_for_its_table_is_whose_row_it_is(theatre):
    t = theatre.translate("Which staff have never worked a shift?")
    assert t.sql, (t.error, t.clarification)
    assert '"staff_id"' in t.sql and "supervisor_id" not in t.sql, t.sql
    assert "NOT" in t.sql


CONTROLS = [
    "How many performances were there in 2024?",
    "Booking fees by channel",
    "How many patrons are there?",
]


@pytest.mark.parametrize("question", CONTROLS)
def test_the_same_shapes_with_every_word_read_are_answered(theatre, question):
    t = theatre.translate(question)
    assert t.sql, (t.error, t.clarification)
