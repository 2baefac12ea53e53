"""Words a question uses for what it already named, on a made-up touring theatre company whose table of productions
is called ``show``: the command "Show" before what it lists, "identifier" for a key, a measured column said again
to show ("the maximum number of nights ... show the nights with the venue"), the column before "anything other
than" a value, and a superlative the statement cannot rank by (asked or declined, never listed unranked)."""

from __future__ import annotations

import pytest

from .conftest import assert_answers_with, engine_from_statements


@pytest.fixture(scope="module")
def theatre(tmp_path_factory):
    return engine_from_statements(
        tmp_path_factory,
        "theatre",
        [
            "CREATE TABLE director (director_id INTEGER PRIMARY KEY, name TEXT, nationality TEXT, age INTEGER)",
            "CREATE TABLE show (show_id INTEGER PRIMARY KEY, title TEXT, director_id INTEGER"
            " REFERENCES director(director_id), venue TEXT, nights INTEGER, rating TEXT)",
            "INSERT INTO director VALUES (1,'Ama Owusu','Ghanaian',51),(2,'Liam Byrne','Irish',38),"
            "(3,'Sofia Reyes','Mexican',44),(4,'Tom Hale','Irish',62)",
            "INSERT INTO show VALUES (1,'Low Tide',1,'Lyric',40,'4.5'),(2,'The Orchard',2,'Lyric',12,'3.9'),"
            "(3,'Salt',2,'Apollo',25,'4.1'),(4,'Night Ferry',3,'Apollo',60,'4.8'),"
            "(5,'Glasshouse',4,'Crucible',18,'3.2'),(6,'Kites',1,'Crucible',33,'4.0')",
        ],
    )


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "Show" opens the sentence before a name it lists: the command, not the table of productions
        ("Show director names from youngest to oldest", "SELECT name FROM director ORDER BY age"),
        ("Show titles of the shows at the Lyric", "SELECT title FROM show WHERE venue = 'Lyric'"),
        # "identifier": the key, as "id" is
        ("Give the identifiers of the directors aged over 50", "SELECT director_id FROM director WHERE age > 50"),
        ("Which director made the most shows? Give their identifier and name.",
         "SELECT director_id, name FROM director WHERE director_id = 1"),
        # the measured column said again names the figure, not a column to group by
        ("For each venue, what is the maximum number of nights? Show the nights along with the venue.",
         "SELECT venue, MAX(nights) FROM show GROUP BY venue"),
        ("what is the average number of nights per venue? show the nights and the venue",
         "SELECT venue, AVG(nights) FROM show GROUP BY venue"),
        # the column before "anything other than" a value is the filter's: the rows are listed, not the column
        ("List the directors whose nationality is anything other than Irish",
         "SELECT name FROM director WHERE nationality <> 'Irish'"),
        ("directors whose nationality is other than Irish", "SELECT name FROM director WHERE nationality <> 'Irish'"),
    ],
)  # fmt: skip
def test_words_for_what_the_question_already_named(theatre, question, expected):
    assert_answers_with(theatre, question, expected)


def test_a_count_said_again_keeps_its_grouping(theatre):
    # a count is no figure of the column it groups by: "each number of nights and how many shows ran that long"
    _, engine = theatre
    t = engine.translate("how many shows are there for each number of nights? show the nights")
    assert t.sql is None or 'GROUP BY "nights"' in t.sql, t.sql


@pytest.mark.parametrize(
    "question",
    [
        # ratings are stored as text: the engine cannot rank by them, so it must not list every show unranked
        "Among shows at the Apollo, which title has the greatest rating?",
        "which show has the highest rating",
    ],
)
def test_a_superlative_it_cannot_rank_by_is_never_dropped(theatre, question):
    _, engine = theatre
    t = engine.translate(question)
    assert t.sql is None or "ORDER BY" in t.sql.upper() or "MAX(" in t.sql.upper(), t.sql


def test_at_least_is_no_superlative(theatre):
    assert_answers_with(
        theatre,
        "directors with at least two shows",
        "SELECT d.name FROM director d JOIN show s ON s.director_id = d.director_id GROUP BY d.director_id"
        " HAVING COUNT(*) >= 2",
    )
