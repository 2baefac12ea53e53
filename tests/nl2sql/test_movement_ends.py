"""A place stored in a pair of columns for where a movement starts and ends (``source_port``/``dest_port``), on a
made-up ferry timetable: the words before the place pick the column ("sailings from Poole", "arriving at
Jersey", "leaving Guernsey", "arrivals at Guernsey"), and "departures"/"arrivals" name the movements; with no such
word the engine still asks which one is meant."""

from __future__ import annotations

import pytest

from .conftest import assert_answers_with, engine_from_statements


@pytest.fixture(scope="module")
def ferries(tmp_path_factory):
    return engine_from_statements(
        tmp_path_factory,
        "ferries",
        [
            "CREATE TABLE operators (id INTEGER PRIMARY KEY, name TEXT)",
            "CREATE TABLE sailings (sailing_no INTEGER PRIMARY KEY, operator_id INTEGER REFERENCES operators(id),"
            " source_port TEXT, dest_port TEXT)",
            "INSERT INTO operators VALUES (1,'Condor'),(2,'Brittany')",
            "INSERT INTO sailings VALUES (1,1,'Poole','Jersey'),(2,1,'Jersey','Poole'),(3,2,'Poole','Guernsey'),"
            "(4,1,'Guernsey','Jersey'),(5,2,'Jersey','Guernsey'),(6,1,'Poole','Guernsey')",
        ],
    )


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("sailings from Poole to Guernsey",
         "SELECT sailing_no, operator_id, source_port, dest_port FROM sailings"
         " WHERE source_port = 'Poole' AND dest_port = 'Guernsey'"),
        ("how many sailings arrive at Jersey", "SELECT COUNT(*) FROM sailings WHERE dest_port = 'Jersey'"),
        ("how many sailings leave Guernsey", "SELECT COUNT(*) FROM sailings WHERE source_port = 'Guernsey'"),
        ("how many sailings depart from Poole", "SELECT COUNT(*) FROM sailings WHERE source_port = 'Poole'"),
        ("how many sailings go into Guernsey", "SELECT COUNT(*) FROM sailings WHERE dest_port = 'Guernsey'"),
        # a verb of arriving or leaving in any form, read as that end (and so no word left over)
        ("how many sailings land at Jersey", "SELECT COUNT(*) FROM sailings WHERE dest_port = 'Jersey'"),
        ("sailing numbers landing in Jersey", "SELECT sailing_no FROM sailings WHERE dest_port = 'Jersey'"),
        ("how many sailings originate in Poole", "SELECT COUNT(*) FROM sailings WHERE source_port = 'Poole'"),
        # "departures" and "arrivals" name the movements, and the end their noun says
        ("how many departures from Poole", "SELECT COUNT(*) FROM sailings WHERE source_port = 'Poole'"),
        ("how many arrivals at Guernsey", "SELECT COUNT(*) FROM sailings WHERE dest_port = 'Guernsey'"),
        # the second place of a list takes the words before the first
        ("which operators have sailings out of both Guernsey and Poole", "SELECT 'Condor'"),
    ],
)  # fmt: skip
def test_the_words_before_a_place_pick_its_end(ferries, question, expected):
    assert_answers_with(ferries, question, expected)


def test_a_place_with_no_direction_word_is_still_a_choice(ferries):
    _, engine = ferries
    t = engine.translate("how many sailings involve Jersey")
    assert t.sql is None, t.sql  # either end may be meant
