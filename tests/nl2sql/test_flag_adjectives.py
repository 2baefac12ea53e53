"""A yes/no column said as an adjective before a column of its own rows ("vegan dishes": is_vegan = 1 over the dish
column), counted ("the number of distinct vegan dishes") or listed, "across <rows> that ..." read as the rows
taken, not a grouping, and the last noun of a counted phrase as what is counted ("cafe dishes"), on a made-up group
of cafes."""

from __future__ import annotations

import pytest

from .conftest import assert_answers_with, engine_from_statements


@pytest.fixture(scope="module")
def cafes(tmp_path_factory):
    return engine_from_statements(
        tmp_path_factory,
        "cafes",
        [
            "CREATE TABLE cafes (id INTEGER PRIMARY KEY, name TEXT, town TEXT, opened INTEGER)",
            "CREATE TABLE menu (id INTEGER PRIMARY KEY, cafe_id INTEGER REFERENCES cafes(id), dish TEXT,"
            " is_vegan INTEGER, price REAL)",
            "INSERT INTO cafes VALUES (1,'Cafe Rouge','York',2015),(2,'Bean There','Leeds',2021),"
            "(3,'The Nook','York',2012)",
            "INSERT INTO menu VALUES (1,1,'Falafel wrap',1,7.5),(2,1,'Ham sandwich',0,6),(3,1,'Lentil soup',1,5),"
            "(4,2,'Falafel wrap',1,8),(5,2,'Bacon roll',0,4.5),(6,3,'Lentil soup',1,5.5),(7,3,'Tofu bowl',1,9),"
            "(8,3,'Cheese toastie',0,5)",
        ],
    )


# (question, SQL the answer must return the rows of)
FLAGS = [
    ("what are the vegan dishes of Cafe Rouge",
     "SELECT m.dish FROM menu m JOIN cafes c ON c.id = m.cafe_id WHERE c.name = 'Cafe Rouge' AND m.is_vegan = 1"),
    ("what is the number of distinct vegan dishes at cafes opened before 2020",
     "SELECT COUNT(DISTINCT m.dish) FROM menu m JOIN cafes c ON c.id = m.cafe_id WHERE c.opened < 2020"
     " AND m.is_vegan = 1"),
    ("how many different vegan dishes are there among cafes opened before 2020",
     "SELECT COUNT(DISTINCT m.dish) FROM menu m JOIN cafes c ON c.id = m.cafe_id WHERE c.opened < 2020"
     " AND m.is_vegan = 1"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "expected"), FLAGS)
def test_a_flag_adjective_keeps_the_rows_of_the_column_it_qualifies(cafes, question, expected):
    assert_answers_with(cafes, question, expected)


def test_across_rows_that_are_kept_groups_nothing(cafes):
    # "across cafes that opened before 2020": one figure over those cafes, never one per cafe
    _, engine = cafes
    t = engine.translate("how many different vegan dishes are there across cafes that opened before 2020")
    assert t.sql is None or "GROUP BY" not in t.sql, t.sql


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how many distinct restaurant towns are there", "SELECT COUNT(DISTINCT town) FROM cafes"),
        ("number of different cafe dishes", "SELECT COUNT(DISTINCT dish) FROM menu"),
    ],
)
def test_the_last_noun_of_a_count_is_what_is_counted(cafes, question, expected):
    # "restaurant towns", "cafe dishes": the towns and the dishes, the noun before them only says whose
    assert_answers_with(cafes, question, expected)
