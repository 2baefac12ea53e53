"""The date of the event measured, table-driven on a small made-up taproom: a period dates the rows counted or
summed, or the event they belong to when they have none (a tab item's tab), never a thing they refer to (a
beer's launch) unless the words name that date; two events as likely are asked about; "when ... first/last"
reads the earliest or latest date of the event the clause names, filtered to the row asked about."""

from __future__ import annotations

import pytest

from datachat.nl2sql import run_query

from .conftest import engine_from_statements

_ROWS = [
    "CREATE TABLE guest (id INTEGER PRIMARY KEY, guest_name TEXT, signed_on DATE)",
    "CREATE TABLE brew (id INTEGER PRIMARY KEY, brew_name TEXT, launched_on DATE)",
    "CREATE TABLE tab (id INTEGER PRIMARY KEY, guest_id INTEGER REFERENCES guest(id), opened_at DATE)",
    "CREATE TABLE tab_item (id INTEGER PRIMARY KEY, tab_id INTEGER REFERENCES tab(id),"
    " brew_id INTEGER REFERENCES brew(id), pints INTEGER)",
    "CREATE TABLE tasting (id INTEGER PRIMARY KEY, brew_id INTEGER REFERENCES brew(id), tasted_on DATE, score INTEGER)",
    "CREATE TABLE cask_count (id INTEGER PRIMARY KEY, brew_id INTEGER REFERENCES brew(id), casks INTEGER)",
    "CREATE TABLE tour (id INTEGER PRIMARY KEY, tour_name TEXT)",
    "CREATE TABLE visit (id INTEGER PRIMARY KEY, tour_id INTEGER REFERENCES tour(id), ran_on DATE)",
    "CREATE TABLE voucher (id INTEGER PRIMARY KEY, guest_id INTEGER REFERENCES guest(id), sold_on DATE)",
    "CREATE TABLE ticket (id INTEGER PRIMARY KEY, visit_id INTEGER REFERENCES visit(id),"
    " voucher_id INTEGER REFERENCES voucher(id), price NUMERIC)",
    "INSERT INTO guest VALUES (1,'Halvard Moss','2020-01-01'),(2,'Ingrid Vale','2024-02-02')",
    "INSERT INTO brew VALUES (1,'Dark Harbour','2024-01-01'),(2,'Pale Meadow','2018-01-01')",
    "INSERT INTO tab VALUES (1,1,'2024-04-04'),(2,2,'2025-02-02'),(3,1,'2023-01-01')",
    "INSERT INTO tab_item VALUES (1,1,1,2),(2,1,2,1),(3,2,1,3),(4,3,2,4)",
    "INSERT INTO tasting VALUES (1,1,'2024-03-01',7),(2,1,'2025-06-01',9),(3,2,'2023-05-05',6)",
    "INSERT INTO cask_count VALUES (1,1,5),(2,2,7)",
    "INSERT INTO tour VALUES (1,'Cellar Walk')",
    "INSERT INTO visit VALUES (1,1,'2025-01-02'),(2,1,'2024-12-30')",
    "INSERT INTO voucher VALUES (1,1,'2024-12-01'),(2,2,'2025-01-01')",
    "INSERT INTO ticket VALUES (1,1,1,100),(2,2,2,50),(3,2,1,70)",
]


@pytest.fixture(scope="module")
def taproom(tmp_path_factory):
    return engine_from_statements(tmp_path_factory, "taproom", _ROWS)


ANSWERS = [
    # a fact with no date of its own: the event its name says it is part of (the tab), not the brew's launch
    ("total pints of each brew in 2024", [("Dark Harbour", 2), ("Pale Meadow", 1)]),
    ("count the tab items per guest in 2024", [("Halvard Moss", 2)]),
    # tastings with a date of their own: the period dates them, not the brew's launch
    ("brew tasting scores in 2024", [(7,)]),
    # the words name the thing's own date: it is read
    ("total casks of brews launched in 2024", [(5,)]),
    # when ... first/last: the earliest or latest date of the event the clause names, for the row asked about
    ("when did Halvard Moss last open a tab", [("2024-04-04",)]),
    ("when did Halvard Moss first open a tab", [("2023-01-01",)]),
    ("when was Dark Harbour last tasted", [("2025-06-01",)]),
    ("Ingrid Vale: when was her latest tab", [("2025-02-02",)]),
    # the verb names the row's own date: that date
    ("when did Ingrid Vale sign", [("2024-02-02",)]),
]


@pytest.mark.parametrize(("question", "expected"), ANSWERS)
def test_the_event_measured_dates_the_answer(taproom, question, expected):
    sa_engine, engine = taproom
    t = engine.translate(question)
    assert t.sql, t.error
    assert sorted(run_query(sa_engine, t.sql), key=str) == sorted(expected, key=str), t.sql


@pytest.mark.parametrize(
    "question",
    [
        # a ticket belongs to a visit (ran on) and to a voucher (sold on): which date a year means is asked
        "sum of ticket prices in 2025",
        "ticket price total per tour in 2025",
    ],
)
def test_two_events_as_likely_are_asked_about(taproom, question):
    t = taproom[1].translate(question)
    assert t.sql is None and t.clarification is not None, t.sql
    options = [o.question for o in t.clarification.options]
    assert len(options) == 2, options
    assert any("ran on" in o for o in options) and any("sold on" in o for o in options), options


@pytest.mark.parametrize(
    "question",
    [
        # cask counts have no date and belong to no event: a year is not the brew's launch
        "total casks per brew in 2024",
        # a listing of tab items by brew read on the brew's launch: not answered
        "pints poured of each brew in 2024",
    ],
)
def test_a_things_own_date_is_not_the_facts(taproom, question):
    t = taproom[1].translate(question)
    assert t.sql is None, t.sql
