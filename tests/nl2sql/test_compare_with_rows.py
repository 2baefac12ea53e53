"""Comparisons with the rows of a quantifier, on a made-up council's parks: "larger than every park in Camden"
is larger than the largest of them, "than at least one park in Camden" than the smallest, "than any park in
Camden" may mean either, so the engine asks with both; a value said before the comparison keeps the compared rows
and one said after it the rows compared with ("Islington parks larger than all parks in Camden"), and the
comparative may come before its column ("bigger in area than")."""

from __future__ import annotations

import pytest

from .conftest import assert_answers_with, engine_from_statements


@pytest.fixture(scope="module")
def parks(tmp_path_factory):
    return engine_from_statements(
        tmp_path_factory,
        "parks",
        [
            "CREATE TABLE parks (id INTEGER PRIMARY KEY, name TEXT, borough TEXT, area_ha REAL, visitors INTEGER)",
            "INSERT INTO parks VALUES (1,'Regent','Camden',166,900),(2,'Waterlow','Camden',11,120),"
            "(3,'Highbury Fields','Islington',12,300),(4,'Caledonian','Islington',20,150),"
            "(5,'Victoria','Hackney',86,700),(6,'London Fields','Hackney',12.6,400),(7,'Clissold','Hackney',22,350),"
            "(8,'Finsbury','Islington',200,800)",
        ],
    )


# (question, SQL the answer must return the rows of)
COMPARISONS = [
    ("parks larger than every park in Camden",
     "SELECT name FROM parks WHERE area_ha > (SELECT MAX(area_ha) FROM parks WHERE borough = 'Camden')"),
    ("parks larger than at least one park in Camden",
     "SELECT name FROM parks WHERE area_ha > (SELECT MIN(area_ha) FROM parks WHERE borough = 'Camden')"),
    ("parks whose area exceeds that of at least one park in Hackney",
     "SELECT name FROM parks WHERE area_ha > (SELECT MIN(area_ha) FROM parks WHERE borough = 'Hackney')"),
    ("parks with more visitors than at least one park in Hackney",
     "SELECT name FROM parks WHERE visitors > (SELECT MIN(visitors) FROM parks WHERE borough = 'Hackney')"),
    ("Islington parks larger than all parks in Hackney",
     "SELECT name FROM parks WHERE borough = 'Islington'"
     " AND area_ha > (SELECT MAX(area_ha) FROM parks WHERE borough = 'Hackney')"),
    ("parks bigger in area than the smallest park in Hackney",
     "SELECT name FROM parks WHERE area_ha > (SELECT MIN(area_ha) FROM parks WHERE borough = 'Hackney')"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "expected"), COMPARISONS)
def test_a_quantifier_picks_the_figure_compared_with(parks, question, expected):
    assert_answers_with(parks, question, expected)


@pytest.mark.parametrize(
    "question", ["parks larger than any park in Camden", "parks with more visitors than any park in Hackney"]
)
def test_any_asks_between_every_and_at_least_one(parks, question):
    _, engine = parks
    t = engine.translate(question)
    assert t.sql is None and t.clarification is not None, t.sql
    asked = [o.question for o in t.clarification.options]
    answers = {engine.translate(q).sql for q in asked}
    assert len(asked) == 2 and None not in answers and len(answers) == 2, asked
    assert any("MAX(" in sql for sql in answers) and any("MIN(" in sql for sql in answers), answers
