"""Questions that name a value, a column or an ordering only in part, read by general rules and scored as weak
links, table-driven on two made-up schemas: a van hire firm (depots with an opening date, vans with a body type
and a number of seats, service jobs with a kind listing alternatives 'Tyres/wheels') and a school (pupils with a
join date, clubs with a founding date).

- a value listing alternatives with a slash is named by one part or by its parts joined with "or" (not a
  value joining two things with "&");
- a name of several words is said with a word in full that the name cuts short ("equipment checks" for
  equip_checks), when every other word is the name's own;
- a number before a closed compound noun whose first word names a number column ("a 7 seatbelt van" for a
  column seats) filters that column;
- a date superlative beside a verb ("opened most recently", "the most recently founded club") ranks by the
  date column of the ranked table that names the verb;
- "first" or "last" right after such a verb ends the question: the earliest or latest by that date;
- "new" before the counted table's word, grouped by a grain of the date that starts its rows, is read;
- each such link scores lower than the same question said with the schema's own words."""

from __future__ import annotations

import pytest

from datachat.nl2sql import run_query

from .conftest import engine_from_statements

_VANS = [
    "CREATE TABLE depots (id INTEGER PRIMARY KEY, name TEXT, town TEXT, opened_on DATE)",
    "CREATE TABLE vans (id INTEGER PRIMARY KEY, depot_id INTEGER REFERENCES depots(id), reg TEXT, body TEXT,"
    " seats INTEGER, day_rate NUMERIC, reg_year INTEGER)",
    "CREATE TABLE service_jobs (id INTEGER PRIMARY KEY, van_id INTEGER REFERENCES vans(id), logged_on DATE,"
    " kind TEXT, cost NUMERIC, status TEXT)",
    "CREATE TABLE equip_checks (id INTEGER PRIMARY KEY, van_id INTEGER REFERENCES vans(id), done_on DATE, result TEXT)",
    "INSERT INTO equip_checks VALUES (1,1,'2024-01-01','passed'),(2,2,'2024-01-02','failed'),"
    "(3,3,'2024-01-03','passed')",
    "INSERT INTO depots VALUES (1,'North','Hull','2011-04-01'),(2,'South','Derby','2019-09-09'),"
    "(3,'East','Ely','2015-01-20')",
    "INSERT INTO vans VALUES (1,1,'AA1','Minibus',12,90,2019),(2,1,'AA2','Tipper',3,70,2019),"
    "(3,2,'BB1','Minibus',7,80,2021),(4,3,'CC1','Luton',3,60,2021),(5,3,'CC2','Minibus',7,85,2021)",
    "INSERT INTO service_jobs VALUES (1,1,'2024-01-05','Tyres/wheels',120,'open'),"
    "(2,2,'2024-02-11','Brakes',300,'closed'),(3,3,'2024-02-20','Tyres/wheels',80,'closed'),"
    "(4,4,'2023-11-02','Electrics/lights',55,'open'),(5,5,'2024-03-03','Tyres/wheels',95,'open'),"
    "(6,2,'2024-04-04','Body & paint',400,'closed')",
]

_SCHOOL = [
    "CREATE TABLE clubs (id INTEGER PRIMARY KEY, title TEXT, founded_on DATE)",
    "CREATE TABLE pupils (id INTEGER PRIMARY KEY, club_id INTEGER REFERENCES clubs(id), full_name TEXT,"
    " joined_on DATE, form TEXT)",
    "INSERT INTO clubs VALUES (1,'Chess','1999-09-01'),(2,'Drama','2012-09-01'),(3,'Robotics','2021-01-10')",
    "INSERT INTO pupils VALUES (1,1,'Ada Ng','2020-09-01','7A'),(2,2,'Ben Oz','2022-09-01','8B'),"
    "(3,3,'Cal Ry','2023-01-15','7A')",
]


@pytest.fixture(scope="module")
def vans(tmp_path_factory):
    return engine_from_statements(tmp_path_factory, "vans", _VANS)


@pytest.fixture(scope="module")
def school(tmp_path_factory):
    return engine_from_statements(tmp_path_factory, "school", _SCHOOL)


ANSWERED = [
    # a value listing alternatives, named by one of them or by its parts
    ("vans", "how many wheels jobs were logged", [(3,)]),
    ("vans", "how many service jobs for tyres or wheels are open", [(2,)]),
    ("vans", "total cost of lights service jobs", [(55,)]),
    # a number before a compound whose first word is a number column
    ("vans", "average day rate of a 7 seatbelt van", [(82.5,)]),
    # a name of several words said with a word in full that the name cuts short
    ("vans", "how many equipment checks were passed", [(2,)]),
    ("vans", "list the equipment checks that failed", [(2, 2, "2024-01-02", "failed")]),
    ("vans", "number of equipment checks per result", [("failed", 1), ("passed", 2)]),
    # a date superlative beside the verb a date column names
    ("vans", "which depot opened most recently", [("South",)]),
    ("vans", "which depot was opened most recently", [("South",)]),
    ("school", "the most recently founded club", [("Robotics",)]),
    ("school", "which pupil joined most recently", [("Cal Ry",)]),
    # "first" or "last" right after such a verb
    ("vans", "which depot opened first", [("North",)]),
    ("school", "which club was founded last", [("Robotics",)]),
    # "new" rows per grain of the date that starts them
    ("school", "number of new pupils each year", [("2020", 1), ("2022", 1), ("2023", 1)]),
]


@pytest.mark.parametrize(("db", "question", "rows"), ANSWERED)
def test_partial_links_answer(request, db, question, rows):
    sa_engine, engine = request.getfixturevalue(db)
    t = engine.translate(question)
    assert t.sql, (t.error, t.clarification)
    assert sorted(run_query(sa_engine, t.sql)) == sorted(rows), t.sql


WEAKER = [
    # (partial wording, the same question in the schema's own words)
    ("vans", "how many wheels jobs were logged", "how many tyres/wheels service jobs were logged"),
    ("vans", "how many vans have a 7 seatbelt layout", "how many vans have 7 seats"),
    ("school", "which club was founded most recently", "which club has the latest founded on"),
    ("vans", "how many equipment checks were passed", "how many equip checks were passed"),
]


@pytest.mark.parametrize(("db", "partial", "plain"), WEAKER)
def test_partial_links_score_lower(request, db, partial, plain):
    _, engine = request.getfixturevalue(db)
    weak, sure = engine.translate(partial, ask=False), engine.translate(plain, ask=False)
    assert weak.sql and sure.sql, (weak.error, sure.error)
    assert weak.score.value < sure.score.value, (weak.score, sure.score)
    # a partial link, or a word read as the shortened name it opens ("equipment" for an ``equip`` part): weak either way
    assert any(r.code in ("weak_link", "fuzzy") for r in weak.score.reasons), weak.score


def test_a_part_of_a_joined_value_names_no_value(vans):
    """ "&" joins two things in one value ('Body & paint'): a part of it is never read as that value."""
    _, engine = vans
    t = engine.translate("how many paint jobs were logged", ask=False)
    assert "Body & paint" not in (t.sql or ""), t.sql
    assert not any(link.kind == "value" for link in t.score.links), t.score.links


NOT_ANSWERED = [
    # a compound after no number is not read as the column
    ("vans", "how many seatbelt vans"),
    # a verb no date column of the ranked table names ranks nothing
    ("school", "which club closed most recently"),
    ("school", "which club closed first"),
]


@pytest.mark.parametrize(("db", "question"), NOT_ANSWERED)
def test_partial_links_are_not_invented(request, db, question):
    _, engine = request.getfixturevalue(db)
    t = engine.translate(question)
    assert t.sql is None, t.sql
