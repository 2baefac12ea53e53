"""Which date a period filters, on a made-up fun-run organiser: a period said right after the noun of rows dated as
themselves (``event_date`` of events) dates those rows, not the entries counted for them; a verb that another
word says (WordNet synonyms: "finished" for completed) picks the date column named by it. People's own dates
(``joined_on``) and a noun that is a participle too (``set_up_on``: "set") are no such dates."""

from __future__ import annotations

import pytest

from .conftest import assert_answers_with, engine_from_statements


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    return engine_from_statements(
        tmp_path_factory,
        "runs",
        [
            "CREATE TABLE events (id INTEGER PRIMARY KEY, event_name TEXT, town TEXT, event_date DATE)",
            "CREATE TABLE runners (id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, joined_on DATE)",
            "CREATE TABLE entries (id INTEGER PRIMARY KEY, event_id INTEGER REFERENCES events(id), runner_id INTEGER"
            " REFERENCES runners(id), entry_dt DATE, fee NUMERIC)",
            "CREATE TABLE repairs (id INTEGER PRIMARY KEY, runner_id INTEGER REFERENCES runners(id), item TEXT,"
            " booked_on DATE, completed_date DATE)",
            "INSERT INTO events VALUES (1,'Spring Dash','Leeds','2024-04-06'),(2,'New Year Run','York','2025-01-01'),"
            "(3,'Autumn 10k','Leeds','2024-10-12')",
            "INSERT INTO runners VALUES (1,'Ann','Lee','2023-05-01'),(2,'Bo','Kim','2024-02-11'),"
            "(3,'Cy','Fox','2024-11-30')",
            # entries for the New Year run were made in 2024, for the Spring Dash in 2023 and 2024
            "INSERT INTO entries VALUES (1,1,1,'2023-12-20',10),(2,1,2,'2024-03-01',10),(3,2,1,'2024-12-01',12),"
            "(4,2,2,'2024-12-05',12),(5,2,3,'2024-12-28',12),(6,3,3,'2024-09-01',15)",
            # finished in 2025: Bo twice, Ann once; booked in 2025: Ann twice (not finished yet), Bo twice
            "INSERT INTO repairs VALUES (1,1,'watch','2024-12-20','2025-01-04'),(2,2,'shoes','2025-01-02',"
            "'2025-01-09'),(3,3,'watch','2024-11-01','2024-11-20'),(4,2,'watch','2025-01-20','2025-02-01'),"
            "(5,1,'shoes','2025-01-03',NULL),(6,1,'watch','2025-01-05',NULL)",
        ],
    )


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the events of 2024, not the entries made in 2024 (that would add the New Year run, held in 2025)
        ("which events in 2024 had more than 1 entry",
         "SELECT e.event_name FROM events e JOIN entries n ON n.event_id = e.id"
         " WHERE e.event_date LIKE '2024%' GROUP BY e.id HAVING COUNT(*) > 1"),
        # "finished" says what completed_date records; booked_on would count other repairs
        ("how many repairs were finished in 2025", "SELECT COUNT(*) FROM repairs WHERE completed_date LIKE '2025%'"),
        ("which runner finished the most repairs in 2025",
         "SELECT r.first_name, r.last_name FROM repairs p JOIN runners r ON r.id = p.runner_id"
         " WHERE p.completed_date LIKE '2025%' GROUP BY r.id ORDER BY COUNT(*) DESC LIMIT 1"),
    ],
)  # fmt: skip
def test_the_period_dates_the_rows_it_is_said_of(runs, question, expected):
    assert_answers_with(runs, question, expected)


def test_a_persons_own_date_is_not_the_period_of_their_entries(runs):
    """ "each runner in 2024": runners are dated by when they joined, which is no date of the entries counted."""
    sa_engine, engine = runs
    t = engine.translate("how many entries did each runner make in 2024", ask=False)
    assert t.sql and "joined_on" not in t.sql, t.sql


@pytest.fixture(scope="module")
def climbs(tmp_path_factory):
    return engine_from_statements(
        tmp_path_factory,
        "climbs",
        [
            "CREATE TABLE route_setters (id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, started_on DATE)",
            "CREATE TABLE routes (id INTEGER PRIMARY KEY, setter_id INTEGER REFERENCES route_setters(id), grade TEXT,"
            " set_on DATE NOT NULL, stripped_on DATE)",
            "INSERT INTO route_setters VALUES (1,'Ann','Lee','2020-01-01'),(2,'Bo','Kim','2021-01-01'),"
            "(3,'Cy','Fox','2022-01-01')",
            "INSERT INTO routes VALUES (1,1,'6a','2024-01-01',NULL),(2,1,'6b','2024-02-01','2024-05-01'),"
            "(3,2,'7a','2024-03-01',NULL),(4,1,'5c','2024-04-01',NULL)",
        ],
    )


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "set" (an adjective too) names the routes' own event, set_on: no state left unread
        ("top 2 route setters by number of routes set",
         "SELECT s.first_name, s.last_name, COUNT(*) FROM routes r JOIN route_setters s ON s.id = r.setter_id"
         " GROUP BY s.id ORDER BY COUNT(*) DESC LIMIT 2"),
        # a route stripped is no longer up: "at the moment" keeps the others
        ("how many routes are up at the moment", "SELECT COUNT(*) FROM routes WHERE stripped_on IS NULL"),
    ],
)  # fmt: skip
def test_an_event_verb_is_no_state_and_an_end_date_is(climbs, question, expected):
    assert_answers_with(climbs, question, expected)
