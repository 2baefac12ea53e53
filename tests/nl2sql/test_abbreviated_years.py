"""A year column whose name shortens "year" (``opened_yr``) is the year a period filters when it is the subject's
own, never a date of a related table ("sites opened before 1930": not the machines bought before then); a related
table's shortened year column stays unread when the measured rows have a date of their own ("ticket income in
2022": the day of each sale, not the year an exhibit was made)."""

from __future__ import annotations

import pytest

from .conftest import assert_answers_with, engine_from_statements


@pytest.fixture(scope="module")
def gardens(tmp_path_factory):
    return engine_from_statements(
        tmp_path_factory,
        "gardens",
        [
            "CREATE TABLE sites (id INTEGER PRIMARY KEY, site_name TEXT, opened_yr INTEGER, ward TEXT)",
            "CREATE TABLE equipment (id INTEGER PRIMARY KEY, site_id INTEGER REFERENCES sites(id), item TEXT,"
            " purchased_on DATE)",
            "CREATE TABLE exhibits (id INTEGER PRIMARY KEY, site_id INTEGER REFERENCES sites(id), title TEXT,"
            " made_yr INTEGER)",
            "CREATE TABLE ticket_sales (id INTEGER PRIMARY KEY, site_id INTEGER REFERENCES sites(id), sale_dt DATE,"
            " amount NUMERIC)",
            "INSERT INTO sites VALUES (1,'Elm Road',1921,'North'),(2,'Kingsway',1948,'East'),(3,'Glebe',1925,'North')",
            "INSERT INTO equipment VALUES (1,1,'Rotavator','2019-04-02'),(2,2,'Shredder','1925-06-01'),"
            "(3,3,'Mower','2022-03-09')",
            "INSERT INTO exhibits VALUES (1,1,'Old plough',2022),(2,2,'Seed drill',1890),(3,2,'Cart',2022)",
            "INSERT INTO ticket_sales VALUES (1,1,'2022-05-01',10),(2,2,'2022-06-01',30),(3,2,'2023-01-05',50),"
            "(4,3,'2022-07-14',20)",
        ],
    )


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("which sites opened before 1930", "SELECT site_name FROM sites WHERE opened_yr < 1930"),
        ("sites opened in 1925", "SELECT site_name FROM sites WHERE opened_yr = 1925"),
        ("how many sites in the North ward opened after 1920",
         "SELECT COUNT(*) FROM sites WHERE ward = 'North' AND opened_yr > 1920"),
        # a related table's shortened year: the sales are dated by their own day
        ("total ticket sales amount per site in 2022",
         "SELECT s.site_name, SUM(t.amount) FROM ticket_sales t JOIN sites s ON s.id = t.site_id"
         " WHERE t.sale_dt LIKE '2022%' GROUP BY s.id"),
    ],
)  # fmt: skip
def test_the_year_of_the_rows_named(gardens, question, expected):
    assert_answers_with(gardens, question, expected)
