"""Which rows a question picks and which rows its period dates, on a made-up events company: "the heaviest load and
on which ticket" asks for the ticket, so a lone MAX is no answer; "this year's events" dates the events, not the
deals made for them."""

from __future__ import annotations

import pytest

from .conftest import assert_answers_with, engine_from_statements


@pytest.fixture(scope="module")
def events(tmp_path_factory):
    return engine_from_statements(
        tmp_path_factory,
        "events",
        [
            "CREATE TABLE events (id INTEGER PRIMARY KEY, event_name TEXT, event_date DATE)",
            "CREATE TABLE deals (id INTEGER PRIMARY KEY, event_id INTEGER REFERENCES events(id), sponsor TEXT,"
            " signed_dt DATE, deal_value NUMERIC)",
            "CREATE TABLE tickets (id INTEGER PRIMARY KEY, ticket_no TEXT, weighed_at DATE, gross_kg NUMERIC)",
            "INSERT INTO events VALUES (1,'Spring Run','2024-04-01'),(2,'Summer Run','2025-07-01'),"
            "(3,'Autumn Run','2025-10-01')",
            "INSERT INTO deals VALUES (1,1,'Acme','2023-11-01',500),(2,2,'Acme','2024-12-01',700),"
            "(3,3,'Bolt','2025-02-01',300),(4,1,'Bolt','2024-01-15',200)",
            "INSERT INTO tickets VALUES (1,'T-1','2025-01-02',30500),(2,'T-2','2025-01-03',41200),"
            "(3,'T-3','2025-01-04',28900)",
        ],
    )


@pytest.mark.parametrize(
    ("question", "picked"),
    [
        ("What is the heaviest gross weight ever recorded, and on which ticket?", "ticket_no"),
        ("what was the largest deal value and for which event", "event_name"),
    ],
)
def test_a_row_asked_for_is_never_answered_by_its_figure_alone(events, question, picked):
    _, engine = events
    t = engine.translate(question)
    assert t.sql is None or picked in t.sql, t.sql  # a lone MAX would not say which row


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("total value of the deals tied to this year's events",
         "SELECT SUM(d.deal_value) FROM deals d JOIN events e ON e.id = d.event_id WHERE e.event_date >= '2025-01-01'"),
        ("what is the total value of last year's deals",
         "SELECT SUM(deal_value) FROM deals WHERE signed_dt LIKE '2024%'"),
    ],
)  # fmt: skip
def test_a_period_owning_rows_dates_those_rows(events, question, expected):
    assert_answers_with(events, question, expected)


@pytest.fixture(scope="module")
def workshop(tmp_path_factory):
    return engine_from_statements(
        tmp_path_factory,
        "workshop",
        [
            "CREATE TABLE jobs (job_no INTEGER PRIMARY KEY, fitter TEXT, labour_hours NUMERIC, seats INTEGER)",
            "INSERT INTO jobs VALUES (1,'Kim',9,2),(2,'Lee',3,5),(3,'Lee',4,4),(4,'Lee',5,2),(5,'Kim',1,3)",
        ],
    )


def test_an_amount_done_by_a_shared_value_is_not_ranked_row_by_row(workshop):
    # Kim did the longest job (9 hours), Lee booked the most hours in all (12): one row's figure is no answer
    _, engine = workshop
    t = engine.translate("Which fitter has booked the most labour hours?")
    assert t.sql is None or "SUM(" in t.sql.upper(), t.sql
