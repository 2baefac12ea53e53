"""Terse schema names and misspelt everyday words, on a made-up marina (berth rental) database.

- A plural question word reads as a name shortening its singular ("regions" for ``rgn``).
- Of two names a word may shorten, the one ending as the word ends is read ("ctry" for country, not the "cnt"
  that stops at its "count").
- A name that is a word of its own may be the opening letters of a question word at least twice as long
  ("sub" of subscriptions) when that word heads its phrase; before a table's noun it is that noun's modifier.
- A misspelt everyday word is read as the one far more frequent word one typo away ("recieved" as received):
  it is then weighed as that word would be, not as an unknown one.
- Of two schema words a misspelling is one typo from, the one keeping its first letter is read.
"""

from __future__ import annotations

import pytest

from datachat.nl2sql.spelling import everyday_spelling, shortens

from .conftest import engine_from_statements

MARINA = [
    "CREATE TABLE ctry (ctry_cd TEXT PRIMARY KEY, ctry_nm TEXT)",
    "CREATE TABLE owners (id INTEGER PRIMARY KEY, own_nm TEXT, ctry_cd TEXT REFERENCES ctry(ctry_cd))",
    "CREATE TABLE berths (id INTEGER PRIMARY KEY, pontoon TEXT, len_m NUMERIC)",
    "CREATE TABLE subs (id INTEGER PRIMARY KEY, owner_id INTEGER REFERENCES owners(id),"
    " berth_id INTEGER REFERENCES berths(id), start_dt DATE, fee_amt NUMERIC, visit_cnt INTEGER)",
    "CREATE TABLE accounts (id INTEGER PRIMARY KEY, owner_id INTEGER REFERENCES owners(id), opened DATE)",
    "CREATE TABLE pmts (id INTEGER PRIMARY KEY, sub_id INTEGER REFERENCES subs(id), paid_dt DATE, rcvd_amt NUMERIC)",
    "INSERT INTO ctry VALUES ('FR','France'),('GB','United Kingdom'),('NL','Netherlands')",
    "INSERT INTO owners VALUES (1,'Ada Lowe','GB'),(2,'Luc Marin','FR'),(3,'Bram Vos','NL'),(4,'Ivy Hart','GB')",
    "INSERT INTO berths VALUES (1,'A',12),(2,'A',15),(3,'B',20)",
    "INSERT INTO subs VALUES (1,1,1,'2024-02-01',900,4),(2,2,2,'2024-05-01',1200,2),(3,3,3,'2025-01-10',1500,7),"
    "(4,1,2,'2025-03-01',1200,1)",
    "INSERT INTO accounts VALUES (1,1,'2023-01-01'),(2,2,'2023-06-01'),(3,4,'2024-01-01')",
    "INSERT INTO pmts VALUES (1,1,'2024-02-03',900),(2,2,'2024-05-02',600),(3,2,'2024-06-02',600),"
    "(4,3,'2025-01-12',1500)",
]


@pytest.fixture(scope="module")
def marina(tmp_path_factory):
    return engine_from_statements(tmp_path_factory, "marina", MARINA)[1]


@pytest.mark.parametrize(
    ("part", "word", "expected"),
    [
        ("ctry", "countries", True),  # the plural's singular
        ("addr", "addresses", True),
        ("rgn", "regions", True),
        ("ctry", "cities", False),
    ],
)
def test_a_plural_word_reads_a_name_shortening_its_singular(part, word, expected):
    assert shortens(part, word) is expected


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        ("how many countries are there", ['FROM "ctry"', "COUNT(*)"]),
        ("number of owners per country", ['"ctry"', "GROUP BY", '"owners"']),  # not the visit_cnt column
        ("how many subscriptions are there", ['FROM "subs"', "COUNT(*)"]),
        ("subscriptions per pontoon", ['"subs"', '"berths"."pontoon"', "GROUP BY"]),
    ],
)
def test_terse_names_read(marina, question, parts):
    t = marina.translate(question)
    assert t.sql is not None and all(p in t.sql for p in parts), (question, t.sql, t.error)
    assert any(link.source == "fuzzy" for link in t.links), "a shortened name is a weak link"


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("recieved", "received"),  # two letters swapped
        ("compnay", "company"),
        ("quartely", "quarterly"),  # one letter missing
        ("adress", "address"),  # "dress" is one typo away too, but with another first letter
        ("acounts", None),  # accounts and amounts: neither far more frequent
        ("wich", None),  # too short: one typo from too many words
        ("received", None),  # a word of its own
    ],
)
def test_everyday_spelling(word, expected):
    found = everyday_spelling(word)
    assert (found.target if found else None) == expected


def test_a_misspelt_everyday_word_weighs_as_the_word(marina):
    typed = marina.translate("total fee recieved from subscriptions in 2024", ask=False)
    spelt = marina.translate("total fee received from subscriptions in 2024", ask=False)
    assert typed.score is not None and spelt.score is not None
    assert [r.code for r in typed.score.reasons if r.code != "fuzzy"] == [
        r.code for r in spelt.score.reasons if r.code != "fuzzy"
    ]
    assert "unknown" not in {r.code for r in typed.score.reasons}


def test_a_misspelling_keeps_its_first_letter(marina):
    # "acounts" is one letter from "counts" (a count column's word) and from "account": the latter keeps the "a"
    t = marina.translate("how many acounts are there")
    assert t.sql is not None and 'FROM "accounts"' in t.sql, (t.sql, t.error)


def test_a_long_opening_before_a_table_noun_is_a_modifier(tmp_path_factory):
    schema = [
        "CREATE TABLE lines (id INTEGER PRIMARY KEY, line_nm TEXT)",
        "CREATE TABLE prod_runs (id INTEGER PRIMARY KEY, line_id INTEGER REFERENCES lines(id), run_dt DATE)",
        "INSERT INTO lines VALUES (1,'North'),(2,'South')",
        "INSERT INTO prod_runs VALUES (1,1,'2024-01-01'),(2,1,'2024-01-02'),(3,2,'2024-01-03')",
    ]
    engine = engine_from_statements(tmp_path_factory, "plant", schema)[1]
    t = engine.translate("how many production lines are there")
    # "production" says which lines; it is not the prod_runs table
    assert t.sql is None or '"prod_runs"' not in t.sql, t.sql
