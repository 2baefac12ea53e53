"""Words a reading would silently drop on a schema of terse names, table-driven on a made-up beekeeping
association (issue #13, precision on schemas the engine was never tuned on):

- a state word after "as" ("recorded as collapsed") or before a period ("arrived damp in 2024") is a condition on
  the rows: the engine tests it or asks, never counts every row (``clarify._code_states``, ``clarify._next_word``);
- a word keeping the rows said again after a comparison's aggregate word ("the average of Buckfast hives") asks
  for the figure over those rows, not all rows (``unscoped_comparison``);
- a grouping word leads its noun over adjectives ("each open apiary": a figure per apiary);
- a ratio noun ("the loss rate") in a statement that divides nothing is a measure the reading dropped;
- "the apiaries alongside their towns" lists the apiaries, not the towns alone;

Each case checks what matters (the answer tests the condition, or the engine asks or declines), and a control
question of the same shape without the doubt is still answered."""

from __future__ import annotations

import pytest

from .conftest import engine_from_statements

_BEES = [
    "CREATE TABLE apiaries (id INTEGER PRIMARY KEY, apiary_cd TEXT NOT NULL, town TEXT NOT NULL,"
    " cntry TEXT NOT NULL, open_flg INTEGER NOT NULL, est DATE NOT NULL)",
    "CREATE TABLE hives (id INTEGER PRIMARY KEY, apiary_id INTEGER REFERENCES apiaries(id), hive_no TEXT NOT NULL,"
    " breed TEXT NOT NULL, frames INTEGER NOT NULL, hv_stat TEXT NOT NULL, installed DATE NOT NULL)",
    "CREATE TABLE harvests (id INTEGER PRIMARY KEY, hive_id INTEGER REFERENCES hives(id), harv_dt DATE NOT NULL,"
    " kg REAL NOT NULL, damp_flg INTEGER NOT NULL)",
    "INSERT INTO apiaries VALUES (1,'AP-LY','Lyon','FR',1,'2015-01-01'),(2,'AP-MC','Monaco','MC',1,'2016-01-01'),"
    "(3,'AP-BE','Berlin','DE',0,'2017-01-01'),(4,'AP-NI','Nice','FR',1,'2018-01-01')",
    "INSERT INTO hives VALUES (1,1,'H1','Buckfast',10,'LIV','2020-01-01'),(2,1,'H2','Carniolan',8,'DED','2020-02-01'),"
    "(3,2,'H3','Buckfast',12,'LIV','2021-01-01'),(4,3,'H4','Buckfast',6,'SLD','2021-03-01'),"
    "(5,4,'H5','Carniolan',9,'LIV','2022-01-01'),(6,4,'H6','Buckfast',14,'DED','2022-05-01')",
    "INSERT INTO harvests VALUES (1,1,'2024-06-01',12.5,0),(2,1,'2024-08-01',9.0,1),(3,3,'2024-07-01',15.0,0),"
    "(4,5,'2023-07-01',7.5,1),(5,6,'2024-09-01',11.0,1),(6,3,'2023-08-01',8.0,0)",
]


@pytest.fixture(scope="module")
def bees(tmp_path_factory):
    return engine_from_statements(tmp_path_factory, "bee_association", _BEES)


DOUBTED = [
    # (question, what an answer must hold to read every word: a state column tested, the rows' own label)
    ("How many hives are recorded as collapsed?", '"hv_stat"'),
    ("How many harvests arrived damp in 2024?", '"damp_flg"'),
    ("List our apiaries with the town each lies in.", '"apiary_cd"'),
]


@pytest.mark.parametrize(("question", "needed"), DOUBTED)
def test_a_word_the_reading_would_drop_is_read_or_asked_about(bees, question, needed):
    _, engine = bees
    t = engine.translate(question)
    if t.sql:
        assert needed in t.sql, t.sql
    else:
        assert t.clarification is not None or t.error, t


SCORED = [
    # (question, the doubt its reading must carry when the statement drops what the words ask)
    ("Which Buckfast hives have more frames than the average of Buckfast hives?", ("unscoped_comparison", "Buckfast")),
    ("How many hives does each open apiary have?", ("dropped_grouping", "apiary")),
    ("Which apiary has the highest hive loss rate?", ("unknown", "rate")),
]


@pytest.mark.parametrize(("question", "doubt"), SCORED)
def test_the_reading_carries_the_doubt_and_is_not_answered(bees, question, doubt):
    _, engine = bees
    t = engine.translate(question, ask=False)
    assert t.score is not None
    assert doubt in [(r.code, r.detail) for r in t.score.reasons], t.score.reasons
    assert not engine.translate(question).sql


CONTROLS = [
    # the same shapes with nothing dropped: still answered
    "How many hives are there?",
    "How many harvests were there in 2024?",
    "Which hives have more frames than the average?",
    "Which apiaries are in Lyon?",
    "List our apiaries with their town.",
]


@pytest.mark.parametrize("question", CONTROLS)
def test_the_same_shapes_with_nothing_dropped_are_answered(bees, question):
    _, engine = bees
    t = engine.translate(question)
    assert t.sql, (t.error, t.clarification)
