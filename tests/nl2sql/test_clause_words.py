"""Words inside a condition that are no column to show or table to join, on three made-up schemas: a column word as
the subject of a clause ("regions where people speak Dutch": people is no population), a column before "of" and
a table one of whose own columns has every word of it ("the other details of the students"), a verb of
transfer with a particle ("races that sold out": no race with some entry), and a verb after a comparison ("players
taller than 200 earn ...": the height is compared, not the earnings)."""

from __future__ import annotations

import pytest

from .conftest import assert_answers_with, engine_from_statements


@pytest.fixture(scope="module")
def atlas(tmp_path_factory):
    return engine_from_statements(
        tmp_path_factory,
        "atlas",
        [
            "CREATE TABLE nation (code TEXT PRIMARY KEY, name TEXT, region TEXT, population INTEGER)",
            "CREATE TABLE tongue (nation_code TEXT REFERENCES nation(code), language TEXT, pct REAL)",
            "INSERT INTO nation VALUES ('NL','Netherlands','Western Europe',17000000),"
            "('SR','Suriname','South America',600000),('FR','France','Western Europe',68000000),"
            "('KE','Kenya','East Africa',54000000)",
            "INSERT INTO tongue VALUES ('NL','Dutch',95),('SR','Dutch',60),('FR','French',97),('KE','Swahili',80),"
            "('KE','English',20)",
        ],
    )


@pytest.mark.parametrize(
    "question",
    ["In which regions do people speak Dutch?", "which regions are there where people speak English"],
)
def test_a_clause_subject_is_no_column_to_show(atlas, question):
    _, engine = atlas
    t = engine.translate(question)
    assert t.sql is None or "population" not in t.sql.lower(), t.sql


def test_a_column_to_show_still_shows(atlas):
    assert_answers_with(
        atlas,
        "region and population of nations whose language is Dutch",
        "SELECT n.region, n.population FROM nation n JOIN tongue t ON t.nation_code = n.code"
        " WHERE t.language = 'Dutch'",
    )


@pytest.fixture(scope="module")
def college(tmp_path_factory):
    return engine_from_statements(
        tmp_path_factory,
        "college",
        [
            "CREATE TABLE students (student_id INTEGER PRIMARY KEY, first_name TEXT, other_student_details TEXT)",
            "CREATE TABLE enrolments (enrolment_id INTEGER PRIMARY KEY, student_id INTEGER"
            " REFERENCES students(student_id), other_details TEXT)",
            "CREATE TABLE races (id INTEGER PRIMARY KEY, race_name TEXT, cap INTEGER)",
            "CREATE TABLE entries (id INTEGER PRIMARY KEY, race_id INTEGER REFERENCES races(id), entry_dt DATE,"
            " fee NUMERIC)",
            "INSERT INTO students VALUES (1,'Ann','prefers email'),(2,'Bo','part time'),(3,'Cy','mature student')",
            "INSERT INTO enrolments VALUES (1,1,'late'),(2,1,'transfer'),(3,2,'x'),(4,3,'y')",
            "INSERT INTO races VALUES (1,'5k',2),(2,'10k',3)",
            "INSERT INTO entries VALUES (1,1,'2024-01-02',10),(2,1,'2024-01-05',10),(3,2,'2024-02-01',15)",
        ],
    )


def test_a_column_of_a_named_table_is_not_taken_from_another(college):
    _, engine = college
    t = engine.translate("show the other details of all students")
    assert t.sql is None or "other_student_details" in t.sql, t.sql


def test_a_transfer_verb_with_a_particle_names_no_table(college):
    _, engine = college
    t = engine.translate("which races sold out")
    assert t.sql is None or "entries" not in t.sql, t.sql  # "some entry" is not "sold out"


@pytest.fixture(scope="module")
def club(tmp_path_factory):
    return engine_from_statements(
        tmp_path_factory,
        "club",
        [
            "CREATE TABLE players (id INTEGER PRIMARY KEY, name TEXT, height INTEGER, earnings NUMERIC)",
            "INSERT INTO players VALUES (1,'Al',190,500),(2,'Bea',205,900),(3,'Cas',210,300),(4,'Dee',180,250)",
        ],
    )


@pytest.mark.parametrize(
    "question",
    ["What do players taller than 200 earn on average?", "how much do players taller than 200 earn on average"],
)
def test_a_comparative_adjective_compares_its_own_measure_before_a_verb(club, question):
    # "taller than 200 earn": the height is compared, "earn" is the clause's verb (the earnings averaged)
    assert_answers_with(club, question, "SELECT AVG(earnings) FROM players WHERE height > 200")
