"""Everyday wordings of comparisons, alternatives, negation and order, on a made-up hiking club: two bounds joined
by "or" are alternatives, an age said with its unit ("20 years old") is compared with the age column, a unit or
a column may stand between a number and "or less", "apart from X" excludes X, a negated contraction ("isn't")
is read as "not", "Z to A" orders a text column, and "no duplicates" lists each row once. Whatever the words
cannot place (an age over a table with only a birth date) is not answered."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from datachat.nl2sql.normalize import split_contractions

from .conftest import engine_from_statements

_ROWS = [
    "CREATE TABLE guide (id INTEGER PRIMARY KEY, guide_name TEXT, age INTEGER, home_town TEXT)",
    "CREATE TABLE hiker (id INTEGER PRIMARY KEY, hiker_name TEXT, birth_date DATE, city TEXT)",
    "CREATE TABLE trail (id INTEGER PRIMARY KEY, trail_name TEXT, length_km INTEGER, region TEXT,"
    " opened_year INTEGER, guide_id INTEGER REFERENCES guide(id))",
    "CREATE TABLE ranger (id INTEGER PRIMARY KEY, ranger_name TEXT, age TEXT, height_cm INTEGER, weight_kg INTEGER)",
    "INSERT INTO ranger VALUES (1,'Ivy Holt','9',140,35),(2,'Jo Scar','31',181,80),(3,'Kit Wray','40',172,66)",
    "CREATE TABLE walk (id INTEGER PRIMARY KEY, hiker_id INTEGER REFERENCES hiker(id),"
    " trail_id INTEGER REFERENCES trail(id), walk_date DATE)",
    "INSERT INTO guide VALUES (1,'Ada Moss',41,'Keswick'),(2,'Ben Fell',45,'Ambleside'),(3,'Cy Tarn',43,'Keswick'),"
    "(4,'Di Crag',28,'Troutbeck')",
    "INSERT INTO hiker VALUES (1,'Eve Pike','1990-02-01','Leeds'),(2,'Finn Ghyll','1985-06-09','York'),"
    "(3,'Gus Beck','2000-08-30','Leeds'),(4,'Hal Dale','1979-01-15','Hull')",
    "INSERT INTO trail VALUES (1,'High Ridge',12,'North',1995,1),(2,'Low Path',4,'South',2005,2),"
    "(3,'Lake Loop',7,'North',2012,1),(4,'Fell Run',20,'West',1988,3)",
    "INSERT INTO walk VALUES (1,1,1,'2024-01-02'),(2,1,2,'2024-02-02'),(3,2,1,'2022-03-02'),(4,3,4,'2025-04-02')",
]


@pytest.fixture(scope="module")
def hikes(tmp_path_factory):
    return engine_from_statements(tmp_path_factory, "hikes", _ROWS)


def _rows(hikes, question):
    sa_engine, engine = hikes
    t = engine.translate(question)
    assert t.sql, (question, t.error, t.clarification)
    with sa_engine.connect() as c:
        return [tuple(r) for r in c.execute(sa.text(t.sql))], t


CASES = [
    # two bounds of one column joined by "or": either holds
    ("trails longer than 15 or shorter than 5", {"Low Path", "Fell Run"}),
    ("trails that opened after 2010 or before 1990", {"Lake Loop", "Fell Run"}),
    ("how many walks were there after 2024 or before 2023", {2}),
    ("how many walks were there after March 2024 or before February 2024", {3}),
    # an age with its unit, alone, listed or compared
    ("guides that are 41 or 43 years old", {"Ada Moss", "Cy Tarn"}),
    ("which guides are 45 years old", {"Ben Fell"}),
    ("guides over 44 years old", {"Ben Fell"}),
    ("trails of a guide who is 45 years old", {"Low Path"}),
    ("guides aged either 41 or 43", {"Ada Moss", "Cy Tarn"}),
    # a comparison turned around by "not" is read, the negation with it
    ("guides whose age is not higher than 41", {"Ada Moss", "Di Crag"}),
    # an age kept as text is only compared for equality, as text
    ("rangers that are 9 or 31 years old", {"Ivy Holt", "Jo Scar"}),
    ("rangers aged 40", {"Kit Wray"}),
    # a unit or a column between the number and its comparison
    ("trails of 7 km or less", {"Low Path", "Lake Loop"}),
    ("trails 10 km or longer", {"High Ridge", "Fell Run"}),
    ("guides 30 or younger", {"Di Crag"}),
    # a comparative naming a measure, before "than"
    ("rangers taller than 175", {"Jo Scar"}),
    ("rangers lighter than 70", {"Ivy Holt", "Kit Wray"}),
    # exclusion phrases
    ("list every guide apart from Ada Moss", {"Ben Fell", "Cy Tarn", "Di Crag"}),
    ("guides other than Cy Tarn from Keswick", {"Ada Moss"}),
    ("guides except Ada Moss and Cy Tarn", {"Ben Fell", "Di Crag"}),
    # negated contractions
    ("trails whose region isn't North", {"Low Path", "Fell Run"}),
    ("hikers that didn't walk a trail", {"Hal Dale"}),
    ("hikers who haven't walked any trail", {"Hal Dale"}),
]


@pytest.mark.parametrize(("question", "expected"), CASES)
def test_phrasings(hikes, question, expected):
    rows, t = _rows(hikes, question)
    got = {v for r in rows for v in r if v in expected or isinstance(v, int) and v in expected}
    assert got == expected, t.sql
    named = {v for r in rows for v in r if isinstance(v, str) and " " in v}
    assert named <= expected | {None}, t.sql  # no other row's name comes back


@pytest.mark.parametrize(
    ("question", "first", "count"),
    [
        ("guide names Z to A", "Di Crag", 4),
        ("guide names A to Z", "Ada Moss", 4),
        ("guide home towns Z to A", "Troutbeck", 4),
        ("regions of trails, no duplicates", None, 3),
        ("trail regions without repeats", None, 3),
    ],
)
def test_order_and_repeats(hikes, question, first, count):
    rows, t = _rows(hikes, question)
    assert len(rows) == count, t.sql
    if first is not None:
        assert rows[0][0] == first, t.sql
    else:
        assert "DISTINCT" in t.sql


@pytest.mark.parametrize(
    "question",
    [
        "hikers who are 30 years old",  # a birth date only: no age to compare with
        "rangers over 30 years old",  # an age kept as text has no numeric order
        "list every guide apart from",
        "trails that opened after 2010 or before March 1990",  # a month said of a year column
    ],
)
def test_what_cannot_be_placed_is_not_answered(hikes, question):
    _, engine = hikes
    assert engine.translate(question).sql is None


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["it", "isn", "'", "t", "red"], ["it", "is", "not", "red"]),
        (["they", "don", "’", "t", "go"], ["they", "do", "not", "go"]),
        (["we", "won", "'", "t"], ["we", "will", "not"]),
        (["you", "can", "'", "t"], ["you", "can", "not"]),
        (["havent", "seen"], ["have", "not", "seen"]),
        (["the", "'", "t", "'"], ["the", "'", "t", "'"]),  # a quoted letter is no contraction
    ],
)
def test_negated_contractions_split(words, expected):
    assert split_contractions(words) == expected
