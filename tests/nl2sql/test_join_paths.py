"""Which foreign-key path joins two tables when several shortest ones exist, on a made-up gallery group.

Paintings and shows both point at the venue they are at, and ``show_items`` points at a show and a painting.
Two paths of two joins link a painting to a show: through the venue they share, or through the show's items.
Rows that only point at the same parent are not related to each other, so the path through the table pointing
at both wins (``sqlgen._shares_parent``); with no such table the shared parent is the only path and is kept.
"""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from datachat.nl2sql.sqlgen import Planner

from .conftest import engine_from_statements

GALLERIES = [
    "CREATE TABLE venues (id INTEGER PRIMARY KEY, venue_nm TEXT, town TEXT)",
    "CREATE TABLE paintings (id INTEGER PRIMARY KEY, ttl TEXT, venue_id INTEGER REFERENCES venues(id), yr INTEGER)",
    "CREATE TABLE shows (id INTEGER PRIMARY KEY, show_ttl TEXT, venue_id INTEGER REFERENCES venues(id))",
    "CREATE TABLE show_items (id INTEGER PRIMARY KEY, show_id INTEGER REFERENCES shows(id),"
    " painting_id INTEGER REFERENCES paintings(id))",
    "CREATE TABLE guards (id INTEGER PRIMARY KEY, guard_nm TEXT, venue_id INTEGER REFERENCES venues(id))",
    "INSERT INTO venues VALUES (1,'Mill Gallery','Leeds'),(2,'Quay House','Hull')",
    "INSERT INTO paintings VALUES (1,'Harbour',1,1901),(2,'Moor',1,1923),(3,'Dock',1,1930),(4,'Pier',2,1950)",
    "INSERT INTO shows VALUES (1,'Northern Light',1),(2,'Water',2)",
    "INSERT INTO show_items VALUES (1,1,1),(2,2,4),(3,2,1)",
    "INSERT INTO guards VALUES (1,'Ada Moss',1),(2,'Ben Holt',2)",
]


@pytest.fixture(scope="module")
def galleries(tmp_path_factory):
    return engine_from_statements(tmp_path_factory, "galleries", GALLERIES)


PATHS = [
    ("paintings", "shows", ["show_items", "shows"]),  # the show's items, not the venue both are at
    ("shows", "paintings", ["show_items", "paintings"]),
    ("guards", "shows", ["venues", "shows"]),  # nothing points at both: the shared venue is the only path
    ("paintings", "venues", ["venues"]),
]


@pytest.mark.parametrize(("start", "end", "through"), PATHS)
def test_the_path_through_a_table_pointing_at_both_wins(galleries, start, end, through):
    _, engine = galleries
    assert [edge[1] for edge in Planner(engine.schema).path(start, end)] == through


def test_a_count_across_the_items_counts_the_shows_paintings(galleries):
    database, engine = galleries
    t = engine.translate("How many paintings were in the Northern Light show?")
    assert t.sql and "show_items" in t.sql
    with database.connect() as connection:
        got = connection.execute(sa.text(t.sql)).scalar()
    assert got == 1  # one painting in that show, though three hang at its venue
