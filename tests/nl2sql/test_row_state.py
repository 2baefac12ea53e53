"""Rows in force, or no longer, said with a word no column is named after, table-driven on a made-up sailing
club (:mod:`datachat.nl2sql.row_state`, :mod:`datachat.nl2sql.rules.row_state`, ``clarify._drops_state``):

- "current", "currently", "still", "active" (and "former", "ex", "no longer") on a table with one nullable end
  date or one active flag read as ``end IS NULL`` / ``flag = 1`` (``IS NOT NULL`` / ``= 0``);
- on a table with two candidates, or only a status code or another flag, the word is a dropped filter: the
  engine asks or declines, never counts every row;
- on a table with no state column the word changes nothing, as before;
- "open" / "closed" read the one short code column holding a code for each ('O' and 'C');
- "live in", "ended up": a verb with its complement, not a state."""

from __future__ import annotations

import pytest

from datachat.nl2sql import run_query

from .conftest import engine_from_statements

_CLUB = [
    "CREATE TABLE harbours (id INTEGER PRIMARY KEY, name TEXT NOT NULL, county TEXT NOT NULL)",
    "CREATE TABLE sailors (id INTEGER PRIMARY KEY, name TEXT NOT NULL, town TEXT NOT NULL,"
    " joined DATE NOT NULL, resigned_on DATE, harbour_id INTEGER REFERENCES harbours(id))",
    "CREATE TABLE dinghies (id INTEGER PRIMARY KEY, dinghy_name TEXT NOT NULL, built DATE NOT NULL,"
    " actv INTEGER NOT NULL, hull TEXT NOT NULL)",
    "CREATE TABLE berths (id INTEGER PRIMARY KEY, berth_ref TEXT NOT NULL, start_dt DATE NOT NULL,"
    " end_dt DATE, closed_dt DATE, fee INTEGER NOT NULL)",
    "CREATE TABLE regattas (id INTEGER PRIMARY KEY, title TEXT NOT NULL, held DATE NOT NULL, phase TEXT NOT NULL)",
    "CREATE TABLE slipways (id INTEGER PRIMARY KEY, slip_name TEXT NOT NULL, cond TEXT NOT NULL)",
    "INSERT INTO slipways VALUES (1,'North slip','O'),(2,'South slip','C'),(3,'East slip','O')",
    "INSERT INTO harbours VALUES (1,'Westmouth','Kent'),(2,'Eastcliff','Devon'),(3,'Northhaven','Devon')",
    "INSERT INTO sailors VALUES (1,'Ada','Dover','2019-04-01',NULL,1),(2,'Ben','Deal','2018-02-11','2022-06-30',1),"
    "(3,'Cat','Dover','2020-09-15',NULL,2),(4,'Dan','Looe','2021-03-03','2023-01-31',3),"
    "(5,'Eve','Looe','2022-07-07',NULL,3)",
    "INSERT INTO dinghies VALUES (1,'Gull','2010-05-01',1,'GRP'),(2,'Tern','2012-05-01',0,'WD'),"
    "(3,'Skua','2015-05-01',1,'GRP'),(4,'Puffin','2016-05-01',1,'WD')",
    "INSERT INTO berths VALUES (1,'A1','2020-01-01',NULL,NULL,300),(2,'A2','2020-01-01','2021-01-01',NULL,250),"
    "(3,'B1','2021-01-01',NULL,'2022-05-05',400)",
    "INSERT INTO regattas VALUES (1,'Spring Cup','2024-04-01','RUN'),(2,'Summer Cup','2024-07-01','FIN'),"
    "(3,'Autumn Cup','2024-10-01','FIN')",
]


@pytest.fixture(scope="module")
def club(tmp_path_factory):
    return engine_from_statements(tmp_path_factory, "sailing_club", _CLUB)


IN_FORCE = [
    # (question, rows, what the statement must test)
    ("how many current sailors are there", [(3,)], '"resigned_on" IS NULL'),
    ("how many sailors do we currently have", [(3,)], '"resigned_on" IS NULL'),
    ("names of sailors still with the club", None, '"resigned_on" IS NULL'),
    ("how many former sailors are there", [(2,)], 'NOT "resigned_on" IS NULL'),
    ("how many sailors are no longer with the club", None, 'NOT "resigned_on" IS NULL'),
    ("how many active dinghies are there", [(3,)], '"actv" = 1'),
    ("how many inactive dinghies", [(1,)], '"actv" = 0'),
    # a participle whose verb the end date's name says (rules.state_dates): the event happened
    ("how many sailors have resigned", [(2,)], 'NOT "resigned_on" IS NULL'),
    # a state and its opposite stored as their first letters in one short code column
    ("how many open slipways", [(2,)], "\"cond\" = 'O'"),
    ("names of closed slipways", [("South slip",)], "\"cond\" = 'C'"),
    ("which slipways are currently open", [("East slip",), ("North slip",)], "\"cond\" = 'O'"),
]


@pytest.mark.parametrize(("question", "rows", "test"), IN_FORCE)
def test_one_state_column_reads_the_word(club, question, rows, test):
    sa_engine, engine = club
    t = engine.translate(question)
    assert t.sql, (t.error, t.clarification)
    assert test in t.sql, t.sql
    if rows is not None:
        assert sorted(run_query(sa_engine, t.sql)) == rows, t.sql


DROPPED = [
    # a state word on a table whose state it cannot pick alone: two end dates, a status code only
    "how many current berths are there",
    "list the former berths",
    "how many regattas are currently running",
    "which regattas are still open",
]


@pytest.mark.parametrize("question", DROPPED)
def test_a_state_word_nothing_read_is_never_dropped(club, question):
    _, engine = club
    t = engine.translate(question)
    assert not t.sql, t.sql
    said = (t.error or "") + (t.clarification.message if t.clarification else "")
    assert said, t


IGNORED = [
    # no state column: the word says nothing the data could test, the rows are read as before
    ("how many current harbours are there", [(3,)]),
    ("names of harbours currently in Devon", [("Eastcliff",), ("Northhaven",)]),
    # a verb with its complement: where the rows are, not their state
    ("how many sailors live in Looe", [(2,)]),
]


@pytest.mark.parametrize(("question", "rows"), IGNORED)
def test_no_state_column_leaves_the_word_harmless(club, question, rows):
    sa_engine, engine = club
    t = engine.translate(question)
    assert t.sql, (t.error, t.clarification)
    assert "IS NULL" not in t.sql and "actv" not in t.sql, t.sql
    assert sorted(run_query(sa_engine, t.sql)) == rows, t.sql


ASKED = [
    # (question, a column every offered state option's statement tests)
    ("how many current berths are there", ("end_dt", "closed_dt")),
    ("list the former berths", ("end_dt", "closed_dt")),
    ("how many regattas are currently running", ("phase",)),
]


@pytest.mark.parametrize(("question", "columns"), ASKED)
def test_the_question_back_offers_the_state_columns(club, question, columns):
    _, engine = club
    t = engine.translate(question)
    assert t.clarification is not None, (t.sql, t.error)
    offered = [engine.translate(o.question).sql or "" for o in t.clarification.options]
    for column in columns:
        assert any(f'"{column}"' in sql for sql in offered), offered
