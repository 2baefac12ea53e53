""" "For every teacher, give me their age and home town" lists each row's columns: the "for each" names the rows
listed, not groups to compute something for (no count is made up) nor an item to show, on a made-up music
school; with a word asking for a figure it still groups, "for each" ending the question groups by the column
listed first, and "its"/"their" says whose columns are listed."""

from __future__ import annotations

import pytest

from .conftest import assert_answers_with, engine_from_statements


@pytest.fixture(scope="module")
def music(tmp_path_factory):
    return engine_from_statements(
        tmp_path_factory,
        "music",
        [
            "CREATE TABLE tutors (tutor_id INTEGER PRIMARY KEY, name TEXT, age INTEGER, hometown TEXT,"
            " phone_number TEXT)",
            "CREATE TABLE lessons (lesson_id INTEGER PRIMARY KEY, tutor_id INTEGER REFERENCES tutors(tutor_id),"
            " name TEXT, instrument TEXT, fee NUMERIC)",
            "INSERT INTO tutors VALUES (1,'Ada Vale',34,'Leeds','0113 496 0001'),"
            "(2,'Ben Ode',51,'York','01904 496 002'),(3,'Cy Ray',28,'Leeds','0113 496 0003')",
            "INSERT INTO lessons VALUES (1,1,'Grade 1','piano',30),(2,1,'Grade 2','violin',35),"
            "(3,2,'Grade 1','piano',30),(4,3,'Taster','drums',25)",
        ],
    )


@pytest.mark.parametrize(
    "question",
    [
        "For every tutor, give me their age and their home town.",
        "for each tutor, show the age and hometown",
    ],
)
def test_for_each_row_lists_its_columns(music, question):
    assert_answers_with(music, question, "SELECT age, hometown FROM tutors")


@pytest.mark.parametrize(
    "question",
    ["Give the id, phone number and age of every tutor.", "For each tutor, show its id, phone number and age."],
)
def test_a_column_named_number_asks_for_no_figure(music, question):
    # "phone number" is a column: no count per tutor is asked, each tutor's columns are listed
    assert_answers_with(music, question, "SELECT tutor_id, phone_number, age FROM tutors")


def test_for_each_with_a_figure_still_groups(music):
    assert_answers_with(
        music,
        "for each tutor, how many lessons are there",
        "SELECT t.name, COUNT(*) FROM lessons l JOIN tutors t ON t.tutor_id = l.tutor_id GROUP BY t.tutor_id",
    )


def test_plus_joins_a_list_as_and_does(music):
    assert_answers_with(
        music,
        "For every instrument, show the mean and the highest fee of the lessons, plus the instrument.",
        "SELECT instrument, AVG(fee), MAX(fee) FROM lessons GROUP BY instrument",
    )


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "its"/"their" is the rows after "each", or the rows the question is about: their id and name
        ("For each tutor, list their id, name, and how many lessons they give?",
         "SELECT t.tutor_id, t.name, COUNT(*) FROM lessons l JOIN tutors t ON t.tutor_id = l.tutor_id"
         " GROUP BY t.tutor_id"),
        ("how many lessons has each tutor given? show their names",
         "SELECT t.name, COUNT(*) FROM lessons l JOIN tutors t ON t.tutor_id = l.tutor_id GROUP BY t.tutor_id"),
    ],
)  # fmt: skip
def test_an_owner_pronoun_names_whose_columns(music, question, expected):
    assert_answers_with(music, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "Show all instruments and the number of lessons for each.",
        "What are the different instruments, and how many lessons are there for each?",
        "Please show the different instruments and the corresponding number of lessons.",
        # "each one", "each of them": the pronoun refers back to the column listed
        "which instruments are taught in lessons and how many lessons use each one?",
        "Show all instruments and the number of lessons for each of them.",
    ],
)
def test_for_each_at_the_end_groups_by_the_column_listed(music, question):
    assert_answers_with(music, question, "SELECT instrument, COUNT(*) FROM lessons GROUP BY instrument")


def test_how_many_it_has_counts_the_rows_ranked(music):
    # "how many it has": the pronoun stands for the lessons counted, no word left unread
    assert_answers_with(
        music,
        "Tell me which instrument has the most lessons and how many it has.",
        "SELECT instrument, COUNT(*) FROM lessons GROUP BY instrument ORDER BY COUNT(*) DESC LIMIT 1",
    )
