"""A row's label on terse schemas with no name column, on a made-up boatyard.

A table with no name or title is shown by its one describing column ("hull_descr"), else by an identifier
named for the table, its words shortened or as initials ("slp_no" of slips, "rj_ref" of repair_jobs) or a
registration number; its key only when nothing fits. A listing naming no column, a ranking and "the things
with their X" then show that label.
"""

from __future__ import annotations

import pytest

from datachat.nl2sql.sqlgen import Planner

from .conftest import engine_from_statements

BOATYARD = [
    "CREATE TABLE boats (id INTEGER PRIMARY KEY, reg_no TEXT, make TEXT, hull TEXT, len_m NUMERIC)",
    "CREATE TABLE hulls (id INTEGER PRIMARY KEY, hull_descr TEXT, material TEXT, weight_kg NUMERIC)",
    "CREATE TABLE slips (id INTEGER PRIMARY KEY, slip_no TEXT, berth TEXT, depth_m NUMERIC)",
    "CREATE TABLE repair_jobs (id INTEGER PRIMARY KEY, rj_ref TEXT, boat_id INTEGER REFERENCES boats(id),"
    " hull_id INTEGER REFERENCES hulls(id), hrs NUMERIC, job_dt DATE)",
    "CREATE TABLE tides (id INTEGER PRIMARY KEY, level_m NUMERIC, note TEXT)",
    "CREATE TABLE kinds (kind_cd TEXT PRIMARY KEY, descr TEXT)",
    "INSERT INTO boats VALUES (1,'AB-1','Fjord','GRP',8.5),(2,'AB-2','Nimbus','Wood',9.1),(3,'AB-3','Fjord','GRP',7)",
    "INSERT INTO hulls VALUES (1,'Round bilge','Oak',900),(2,'Hard chine','Steel',700),(3,'Catamaran','Alloy',1200)",
    "INSERT INTO slips VALUES (1,'S1','North',2.0),(2,'S2','South',3.5)",
    "INSERT INTO repair_jobs VALUES (1,'J-1',1,1,3,'2024-01-02'),(2,'J-2',1,2,5,'2024-02-03'),"
    "(3,'J-3',2,3,1,'2024-03-04')",
    "INSERT INTO tides VALUES (1,1.2,'low'),(2,3.4,'high')",
    "INSERT INTO kinds VALUES ('M','Motor'),('S','Sail')",
]


@pytest.fixture(scope="module")
def boatyard(tmp_path_factory):
    return engine_from_statements(tmp_path_factory, "boatyard", BOATYARD)[1]


LABELS = [
    ("hulls", ["hull_descr"]),  # a describing column, shortened
    ("boats", ["reg_no"]),  # a registration number
    ("slips", ["slip_no"]),  # the table's own number
    ("repair_jobs", ["rj_ref"]),  # the table's initials and a reference
    ("tides", ["id"]),  # nothing fits: the key
    ("kinds", ["descr"]),  # a code-keyed lookup's description
]


@pytest.mark.parametrize(("table", "expected"), LABELS)
def test_label_columns(boatyard, table, expected):
    assert Planner(boatyard.schema).label_columns(table) == expected


SHOWN = [
    ("List the steel hulls", ['"hull_descr"'], ['"weight_kg"']),
    ("hulls and their material", ['"hull_descr"', '"material"'], []),
    ("Which hull had the most repair jobs?", ['"hull_descr"'], []),
    ("Show the boats with their length", ['"reg_no"', '"len_m"'], []),
    # the rows' own column asked for after a filter: the rows are shown too
    ("Show the boats built by Nimbus with their length", ['"reg_no"', '"len_m"'], ['"make"']),
    ("List the hulls in Steel and their weight", ['"hull_descr"', '"weight_kg"'], []),
]


@pytest.mark.parametrize(("question", "shown", "not_shown"), SHOWN)
def test_listing_shows_label(boatyard, question, shown, not_shown):
    sql = boatyard.translate(question).sql or ""
    select = sql.split(" FROM ")[0]
    for col in shown:
        assert col in select, sql
    for col in not_shown:
        assert col not in select, sql
