"""Where a table refers to another twice (a student's current and permanent address), a word naming one of the
references in any form ("currently", "permanent") makes every join between the two follow it (the frame's
``via``, :mod:`datachat.nl2sql.rules.named_references`); with no such word the reading stays a choice. And a plural
noun after "all" that the reading leaves out ("the address id and all lines") is a word left unread, never a verb
relating the tables."""

from __future__ import annotations

import json

import pytest

from datachat.nl2sql.frame import QueryFrame

from .conftest import assert_answers_with, engine_from_statements


@pytest.fixture(scope="module")
def campus(tmp_path_factory):
    return engine_from_statements(
        tmp_path_factory,
        "campus",
        [
            "CREATE TABLE addresses (address_id INTEGER PRIMARY KEY, line_1 TEXT, line_2 TEXT, city TEXT, state TEXT)",
            "CREATE TABLE students (student_id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT,"
            " current_address_id INTEGER REFERENCES addresses(address_id),"
            " permanent_address_id INTEGER REFERENCES addresses(address_id))",
            "INSERT INTO addresses VALUES (1,'1 Elm St','Flat 2','Akron','Ohio'),(2,'9 Oak Rd',NULL,'Austin','Texas'),"
            "(3,'4 Bay Ave','Unit 7','Dayton','Ohio'),(4,'2 Pine Ct',NULL,'Waco','Texas')",
            "INSERT INTO students VALUES (1,'Ann','Lee',1,2),(2,'Bo','Kim',1,4),(3,'Cy','Fox',3,3),(4,'Di','Roy',2,1),"
            "(5,'Ed','Orr',1,2)",
        ],
    )


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how many different addresses do students currently live at",
         "SELECT COUNT(DISTINCT current_address_id) FROM students"),
        ("last names of students currently living in Ohio",
         "SELECT s.last_name FROM students s JOIN addresses a ON a.address_id = s.current_address_id"
         " WHERE a.state = 'Ohio'"),
        ("first names of students whose permanent address is in Texas",
         "SELECT s.first_name FROM students s JOIN addresses a ON a.address_id = s.permanent_address_id"
         " WHERE a.state = 'Texas'"),
        ("which address has the most students currently living there? show the address id",
         "SELECT 1"),
    ],
)  # fmt: skip
def test_the_reference_a_word_names(campus, question, expected):
    assert_answers_with(campus, question, expected)


def test_the_named_reference_is_kept_with_the_frame(campus):
    _, engine = campus
    t = engine.translate("last names of students currently living in Ohio")
    assert t.frame.via == ("students.current_address_id",)
    assert QueryFrame.from_dict(json.loads(json.dumps(t.frame.to_dict()))).via == t.frame.via
    assert "currently" not in t.unused


def test_all_lines_left_out_is_not_answered(campus):
    _, engine = campus
    question = "which address has the most students currently living there? list the address id and all lines"
    assert engine.translate(question).sql is None
    assert "lines" in [r.detail for r in engine.translate(question, ask=False).score.reasons]


def test_a_reference_named_current_is_no_yes_no_flag(campus):
    _, engine = campus
    sql = engine.translate("how many current students are there", ask=False).sql or ""
    assert 'current_address_id" = 1' not in sql, sql


def test_two_references_named_and_one_followed_is_not_answered(campus):
    _, engine = campus
    question = "first names of students whose permanent address is different from their current one"
    assert engine.translate(question).sql is None
