"""The last word of a two-word column name names that column alone when no other column anywhere ends in it and it
says what the value is, not its kind ("areas" for ``surface_area``, above a rare sense of "area" for a country);
a last word several columns share ("fee" of ``pitch_fee`` and ``entry_fee``) or a generic one ("date") stays
unlinked."""

from __future__ import annotations

import pytest

from .conftest import assert_answers_with, engine_from_statements


@pytest.fixture(scope="module")
def atlas(tmp_path_factory):
    return engine_from_statements(
        tmp_path_factory,
        "atlas",
        [
            "CREATE TABLE country (code TEXT PRIMARY KEY, name TEXT, surface_area NUMERIC, population INTEGER,"
            " founding_date DATE)",
            "CREATE TABLE envoys (id INTEGER PRIMARY KEY, name TEXT, hometown TEXT)",
            "INSERT INTO envoys VALUES (1,'Ivo','Split'),(2,'Ana','Split'),(3,'Ben','Bath'),(4,'Cy','Bath'),"
            "(5,'Di','Ely')",
            "CREATE TABLE fair (id INTEGER PRIMARY KEY, code TEXT REFERENCES country(code), pitch_fee NUMERIC,"
            " entry_fee NUMERIC, opening_date DATE)",
            "INSERT INTO country VALUES ('AA','Aland',1580,30000,'1920-06-24'),('BB','Bora',9000,1200,'1801-01-01'),"
            "('CC','Cyra',450,88000,'1990-03-03')",
            "INSERT INTO fair VALUES (1,'AA',10,2,'2024-05-01'),(2,'CC',25,3,'2024-07-01')",
        ],
    )


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("names and areas of countries", "SELECT name, surface_area FROM country"),
        # the head of a closed compound ("town" of hometown) names it too
        ("which towns do at least two envoys come from",
         "SELECT hometown FROM envoys GROUP BY hometown HAVING COUNT(*) >= 2"),
        ("the 2 countries with the largest area",
         "SELECT name, surface_area FROM country ORDER BY surface_area DESC LIMIT 2"),
    ],
)  # fmt: skip
def test_a_column_named_by_its_last_word(atlas, question, expected):
    assert_answers_with(atlas, question, expected)


def test_a_shared_or_generic_last_word_names_no_one_column(atlas):
    _, engine = atlas
    area = {c: w for k, _, c, w in engine.phrases["area"] if k == "column"}
    assert area["surface_area"] > max(w for k, *_, w in engine.phrases["area"] if k == "table")
    for word in ("fee", "date"):  # as weak for each column it ends: no one of them picked
        weights = {w for k, *_, w in engine.phrases.get(word, []) if k == "column"}
        assert len(weights) <= 1 and all(w < area["surface_area"] for w in weights), (word, weights)
