"""Yes/no columns with terse names said in plain words, table-driven on a made-up parcel carrier: a flag column
whose name, its flag markers dropped (``is_``, ``_flg``), is a shortened word (``is_rfr``: refrigerated,
``frg_flg``: fragile, ``actv``: active, ``dmg_flg``: damaged) or the initials of a phrase (``hd``: home delivery).

- said before the noun of the rows ("refrigerated depots"), after a form of "be" ("parcels are fragile"), after
  "with", after an adjective and its preposition ("eligible for home delivery") or as the complement of a verb
  said of the rows ("arrived damaged"), the column keeps the rows where the data says yes ('Y', 1);
- "non-", "not" or a negating prefix ("inactive") keeps those where it says no;
- two flag columns that fit the words: neither is read;
- words qualifying another noun after them are no state of the rows."""

from __future__ import annotations

import pytest

from datachat.nl2sql import run_query

from .conftest import engine_from_statements

_CARRIER = [
    "CREATE TABLE depots (id INTEGER PRIMARY KEY, name TEXT, town TEXT, is_rfr INTEGER, actv INTEGER)",
    "CREATE TABLE parcels (id INTEGER PRIMARY KEY, depot_id INTEGER REFERENCES depots(id), weight REAL,"
    " frg_flg TEXT, hd INTEGER, dmg_flg INTEGER)",
    "INSERT INTO depots VALUES (1,'North','Leeds',1,1),(2,'South','Hove',0,1),(3,'East','Hull',1,0)",
    "INSERT INTO parcels VALUES (1,1,2.0,'Y',1,0),(2,1,3.0,'N',0,1),(3,2,1.0,'N',1,0),(4,3,5.0,'Y',1,0),"
    "(5,2,4.0,'N',0,0)",
]

#: two flag columns whose names both shorten one word
_TWINS = [
    "CREATE TABLE depots (id INTEGER PRIMARY KEY, name TEXT, is_rfr INTEGER, rfrg_flg INTEGER)",
    "INSERT INTO depots VALUES (1,'North',1,0),(2,'South',0,1)",
]


@pytest.fixture(scope="module")
def carrier(tmp_path_factory):
    return engine_from_statements(tmp_path_factory, "carrier", _CARRIER)


STATES = [
    # (question, rows, what the filter must say)
    ("list the refrigerated depots", [("North",), ("East",)], '"is_rfr" = 1'),
    ("which depots are refrigerated", [("North",), ("East",)], '"is_rfr" = 1'),
    ("how many fragile parcels are there", [(2,)], "\"frg_flg\" = 'Y'"),
    ("how many parcels are fragile", [(2,)], "\"frg_flg\" = 'Y'"),
    ("how many non-fragile parcels are there", [(3,)], "\"frg_flg\" = 'N'"),
    ("how many parcels are not fragile", [(3,)], "\"frg_flg\" = 'N'"),
    ("how many home delivery parcels are there", [(3,)], '"hd" = 1'),
    ("how many parcels are eligible for home delivery", [(3,)], '"hd" = 1'),
    ("list the inactive depots", [("East",)], '"actv" = 0'),
    ("how many parcels arrived damaged", [(1,)], '"dmg_flg" = 1'),
]


@pytest.mark.parametrize(("question", "rows", "test"), STATES)
def test_a_terse_flag_said_in_plain_words_keeps_its_value(carrier, question, rows, test):
    sa_engine, engine = carrier
    t = engine.translate(question)
    assert t.sql, (t.error, t.clarification)
    assert test in t.sql, t.sql
    assert sorted(run_query(sa_engine, t.sql)) == sorted(rows), t.sql


def test_a_word_read_from_letters_is_a_weak_link(carrier):
    _, engine = carrier
    t = engine.translate("list the refrigerated depots")
    assert any(r.code == "fuzzy" for r in t.score.reasons), t.score.reasons


@pytest.mark.parametrize(
    "question",
    [
        "average weight of parcels sent from depots with refrigerated vans",  # qualifies "vans", no state
        "which depots are near refrigerated warehouses",  # qualifies "warehouses", no state
    ],
)
def test_words_qualifying_another_noun_are_no_state(carrier, question):
    _, engine = carrier
    t = engine.translate(question, ask=False)
    assert t.sql is None or "is_rfr" not in t.sql, t.sql


def test_two_flag_columns_that_fit_read_neither(tmp_path_factory):
    _, engine = engine_from_statements(tmp_path_factory, "twins", _TWINS)
    t = engine.translate("list the refrigerated depots", ask=False)
    assert t.sql is None or ("is_rfr" not in t.sql and "rfrg_flg" not in t.sql), t.sql


def test_a_hyphened_phrase_reads_its_initials(tmp_path_factory):
    statements = [
        "CREATE TABLE teams (id INTEGER PRIMARY KEY, title TEXT)",
        "CREATE TABLE callers (id INTEGER PRIMARY KEY, team_id INTEGER REFERENCES teams(id), name TEXT, dnc INTEGER)",
        "INSERT INTO teams VALUES (1,'Red'),(2,'Blue'),(3,'Green')",
        "INSERT INTO callers VALUES (1,1,'Ann',1),(2,1,'Bo',0),(3,2,'Cy',1),(4,3,'Di',0)",
    ]
    sa_engine, engine = engine_from_statements(tmp_path_factory, "callers", statements)
    t = engine.translate("how many do-not-call callers are there")
    assert t.sql and '"dnc" = 1' in t.sql, (t.sql, t.error)
    assert run_query(sa_engine, t.sql) == [(2,)]
    # the "not" inside the phrase is the phrase's own: no team is left out for it
    t = engine.translate("which teams have do-not-call callers")
    assert t.sql and "NOT" not in t.sql, (t.sql, t.error)
    assert sorted(run_query(sa_engine, t.sql)) == [("Blue",), ("Red",)]
