"""A word for how rows ended ("refunded", "withdrawn", "on hold") where the rows' status is stored as a short code
that may stand for it ('R', 'W', 'H'), on a made-up swimming gala organiser: the engine does not count every row
(dropping the condition), nor read the verb as the one table of payments that references the rows; it asks or
declines. Event verbs and verbs with a complement ("came in", "paid by") are no such state."""

from __future__ import annotations

import pytest

from .conftest import assert_answers_with, engine_from_statements


@pytest.fixture(scope="module")
def gala(tmp_path_factory):
    return engine_from_statements(
        tmp_path_factory,
        "gala",
        [
            "CREATE TABLE clubs (id INTEGER PRIMARY KEY, club_name TEXT, town TEXT, acct_sts TEXT)",
            "CREATE TABLE entries (id INTEGER PRIMARY KEY, club_id INTEGER REFERENCES clubs(id), swimmer TEXT,"
            " entry_dt DATE, entry_sts TEXT, fee NUMERIC)",
            "CREATE TABLE donations (id INTEGER PRIMARY KEY, entry_id INTEGER REFERENCES entries(id), donated_on DATE,"
            " amount NUMERIC)",
            "INSERT INTO clubs VALUES (1,'Otters','Bath','A'),(2,'Dolphins','Frome','H'),(3,'Seals','Wells','A'),"
            "(4,'Pike','Bath','C')",
            "INSERT INTO entries VALUES (1,1,'Ann Lee','2024-02-01','C',12),(2,1,'Bo Kim','2024-02-03','R',12),"
            "(3,2,'Cy Fox','2024-03-09','C',15),(4,3,'Di Roy','2024-03-11','W',15),(5,3,'Ed Hay','2024-04-02','C',12),"
            "(6,2,'Flo Ng','2024-04-20','R',15)",
            "INSERT INTO donations VALUES (1,1,'2024-02-10',20),(2,3,'2024-03-15',35),(3,5,'2024-04-05',10)",
        ],
    )


@pytest.mark.parametrize(
    "question",
    [
        "how many entries were refunded",
        "how many entries were withdrawn in 2024",
        "which clubs are on hold",
        "list the entries that were refunded",
    ],
)
def test_a_state_a_code_may_stand_for_is_never_dropped(gala, question):
    _, engine = gala
    t = engine.translate(question)
    assert t.sql is None, t.sql  # every row counted, or the rows with a donation, would be a confident wrong answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # an event with its complement, and a verb no code stands for, still read as before
        ("how many entries came in during March 2024",
         "SELECT COUNT(*) FROM entries WHERE entry_dt BETWEEN '2024-03-01' AND '2024-03-31'"),
        ("how many entries were placed in 2024", "SELECT COUNT(*) FROM entries WHERE entry_dt LIKE '2024%'"),
    ],
)  # fmt: skip
def test_events_are_no_coded_state(gala, question, expected):
    assert_answers_with(gala, question, expected)
