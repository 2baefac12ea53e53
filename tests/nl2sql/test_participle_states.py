"""A participle that names a state of the rows, table-driven on a made-up kennel club (issue #13;
``clarify._code_states``, ``scan._named_state_code``):

- left unused on a table with a short status code the statement does not test, the participle (an adjective,
  a verb after a form of "be", an event verb with a state particle) is a dropped filter: the engine asks, with
  the column's codes as options, or declines; it never counts or lists every row;
- an event verb ("registered"), a verb with its complement ("judged by", "entered a show"), a participle a date
  column's name says, or a table with no such column, stay as before;
- the data decides a reading alone: a code of three letters or more the word starts with ('CAN' for
  "cancelled", a word itself, which the abbreviations leave out), or the one one-letter code of a status
  column when every other code is the initial of a known state word ('P' pending, 'W' withdrawn) and no
  other known state word shares the letter."""

from __future__ import annotations

import pytest

from datachat.nl2sql import run_query

from .conftest import engine_from_statements

_KENNEL = [
    "CREATE TABLE breeders (id INTEGER PRIMARY KEY, name TEXT NOT NULL, town TEXT NOT NULL)",
    "CREATE TABLE hounds (id INTEGER PRIMARY KEY, call_name TEXT NOT NULL, registered DATE NOT NULL,"
    " breeder_id INTEGER REFERENCES breeders(id), lic TEXT NOT NULL)",
    "CREATE TABLE entries (id INTEGER PRIMARY KEY, hound_id INTEGER REFERENCES hounds(id), show_dt DATE NOT NULL,"
    " fee INTEGER NOT NULL, ent_stat TEXT NOT NULL)",
    "CREATE TABLE litters (id INTEGER PRIMARY KEY, breeder_id INTEGER REFERENCES breeders(id),"
    " whelped_dt DATE NOT NULL, pups INTEGER NOT NULL, stage TEXT NOT NULL)",
    "CREATE TABLE shows (id INTEGER PRIMARY KEY, title TEXT NOT NULL, held DATE NOT NULL, venue TEXT NOT NULL)",
    "INSERT INTO breeders VALUES (1,'Ash Kennels','Leeds'),(2,'Birch Kennels','York')",
    "INSERT INTO hounds VALUES (1,'Rex','2020-01-01',1,'CAN'),(2,'Fly','2021-01-01',1,'FULL'),"
    "(3,'Tig','2021-06-01',2,'FULL'),(4,'Bo','2022-02-02',2,'LTD')",
    "INSERT INTO entries VALUES (1,1,'2024-03-01',20,'V'),(2,2,'2024-03-01',20,'P'),(3,3,'2024-04-01',25,'W'),"
    "(4,4,'2024-04-01',25,'V'),(5,1,'2024-05-01',30,'P')",
    "INSERT INTO litters VALUES (1,1,'2023-01-01',5,'WNG'),(2,2,'2023-05-05',4,'HOM'),(3,1,'2024-02-02',6,'HOM')",
    "INSERT INTO shows VALUES (1,'Spring Show','2024-03-01','Leeds'),(2,'Summer Show','2024-06-01','York')",
]


@pytest.fixture(scope="module")
def kennel(tmp_path_factory):
    return engine_from_statements(tmp_path_factory, "kennel_club", _KENNEL)


DROPPED = [
    # (question, the code options may offer)
    ("how many entries were withdrawn", "W"),
    ("how many entries have been paid back", "P"),
    ("list the weaned litters", "WNG"),
]


@pytest.mark.parametrize(("question", "code"), DROPPED)
def test_an_untested_status_code_makes_the_participle_a_dropped_filter(kennel, question, code):
    _, engine = kennel
    t = engine.translate(question)
    assert not t.sql, t.sql
    if t.clarification is not None:
        # a state word's options quote the code ('A' is no article); a participle's state it as stored
        ends = (f" is {code}", f" is '{code}'")
        assert any(o.question.endswith(ends) for o in t.clarification.options), t.clarification.options


KEPT = [
    # (question, rows): an event verb, a verb with its complement, a date column's participle, no code column
    ("how many hounds were registered in 2021", [(2,)]),
    ("how many entries were judged by the panel", None),
    ("how many hounds entered a show", None),
    ("how many litters were whelped in 2023", [(2,)]),
    ("how many shows were held in Leeds", [(1,)]),
]


@pytest.mark.parametrize(("question", "rows"), KEPT)
def test_event_verbs_and_complements_are_no_state(kennel, question, rows):
    sa_engine, engine = kennel
    t = engine.translate(question)
    if t.clarification is not None or t.error:
        words = {w.lower() for w in question.split()}
        assert not (set(t.unused) & words & {"registered", "judged", "entered", "whelped", "held"}), t.unused
        return
    if rows is not None:
        assert sorted(run_query(sa_engine, t.sql)) == rows, t.sql


READ = [
    # (question, what the statement must test, rows)
    ("how many hounds were cancelled", "\"lic\" = 'CAN'", [(1,)]),
    ("how many entries were verified", "\"ent_stat\" = 'V'", [(2,)]),
]


@pytest.mark.parametrize(("question", "test", "rows"), READ)
def test_the_data_decides_the_code(kennel, question, test, rows):
    sa_engine, engine = kennel
    t = engine.translate(question)
    assert t.sql, (t.error, t.clarification)
    assert test in t.sql, t.sql
    assert sorted(run_query(sa_engine, t.sql)) == rows, t.sql


def test_a_one_letter_code_another_state_word_may_stand_for_is_asked(kennel):
    # 'P' may be pending as well as postponed, 'W' withdrawn as well as waived: no one-letter reading
    _, engine = kennel
    for question in ("how many entries were postponed", "how many entries were waived"):
        t = engine.translate(question)
        assert not t.sql, t.sql


_BULLETINS = [
    "CREATE TABLE bulletins (id INTEGER PRIMARY KEY, headline TEXT NOT NULL, pub_dt DATE, stat TEXT NOT NULL)",
    "INSERT INTO bulletins VALUES (1,'A','2024-01-05','PUB'),(2,'B','2024-01-20','ARC'),(3,'C','2024-03-02','PUB'),"
    "(4,'D',NULL,'DRF'),(5,'E','2023-12-30','ARC')",
]


@pytest.fixture(scope="module")
def bulletins(tmp_path_factory):
    return engine_from_statements(tmp_path_factory, "bulletin_board", _BULLETINS)


@pytest.mark.parametrize(
    ("question", "rows"),
    [
        ("how many bulletins were published each month in 2024", [("2024-01", 2), ("2024-03", 1)]),
        ("how many bulletins were published in 2024", [(3,)]),
    ],
)
def test_a_participle_a_shortened_date_name_says_is_the_event_not_a_code(bulletins, question, rows):
    # pub_dt tells when a bulletin was published: 'PUB' (the state some of them are in now) is not the reading
    sa_engine, engine = bulletins
    t = engine.translate(question)
    assert t.sql and "'PUB'" not in t.sql, (t.sql, t.error)
    assert sorted(run_query(sa_engine, t.sql)) == rows, t.sql
