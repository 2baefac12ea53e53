"""Items listed after a dash or a colon, contracted auxiliaries and a leading "%", table-driven on a made-up
climbing centre (issue #13: everyday phrasing of questions the engine answers when they are worded its way).

- "walls with at most 2 routes - name and height" reads as "name and height of walls with at most 2 routes"
  (``items_first``), while a tail that adds a condition, an ordering or a possessive stays where it is;
- "climbers who've logged ..." reads "who have logged ..." (``normalize.split_contractions``);
- "% of ascents ..." asks for a share: never answered as a plain list of rows.
"""

from __future__ import annotations

import pytest

from datachat.nl2sql.items_first import items_first

from .conftest import engine_from_statements

_CLIMBING = [
    "CREATE TABLE walls (id INTEGER PRIMARY KEY, name TEXT NOT NULL, height_m INTEGER NOT NULL)",
    "CREATE TABLE routes (id INTEGER PRIMARY KEY, wall_id INTEGER REFERENCES walls(id), route_name TEXT NOT NULL,"
    " grade TEXT NOT NULL)",
    "CREATE TABLE climbers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, level TEXT NOT NULL)",
    "CREATE TABLE ascents (id INTEGER PRIMARY KEY, climber_id INTEGER REFERENCES climbers(id),"
    " route_id INTEGER REFERENCES routes(id), climbed_on DATE NOT NULL, flashed INTEGER NOT NULL)",
    "INSERT INTO walls VALUES (1,'North Face',14),(2,'Cave',8),(3,'Slab',10)",
    "INSERT INTO routes VALUES (1,1,'Ridge','6a'),(2,1,'Crack','6b'),(3,1,'Arete','7a'),(4,2,'Roof','7b'),"
    "(5,3,'Smear','5c'),(6,3,'Pad','5b')",
    "INSERT INTO climbers VALUES (1,'Ana','advanced'),(2,'Ben','novice'),(3,'Cai','intermediate')",
    "INSERT INTO ascents VALUES (1,1,1,'2024-01-05',1),(2,1,3,'2024-02-01',0),(3,1,4,'2024-03-03',0),"
    "(4,2,5,'2024-03-09',1),(5,3,2,'2024-04-01',1),(6,3,6,'2024-05-05',0),(7,1,2,'2024-06-06',1)",
]


@pytest.fixture(scope="module")
def climbing(tmp_path_factory):
    return engine_from_statements(tmp_path_factory, "climbing_centre", _CLIMBING)[1]


READ = [
    # (question, what the answer must hold)
    ("walls with at most 2 routes - name and height", ("HAVING COUNT(*) <= 2", '"height_m"')),
    ("climbers who've logged more than 2 ascents: name and level", ("HAVING COUNT(*) > 2", '"level"')),
]


@pytest.mark.parametrize(("question", "needed"), READ)
def test_items_after_a_dash_are_shown_of_the_rows_before_it(climbing, question, needed):
    t = climbing.translate(question)
    assert t.sql, (t.error, t.clarification)
    for part in needed:
        assert part in t.sql, t.sql


KEPT = [
    "ascents by month: 2024 only",
    "routes - sorted by grade",
    "which walls have 2 routes - name and height",
    "dogs whose owners live in Leeds - owner's name and the dog's name",
    "show walls - name and height",
]


@pytest.mark.parametrize("question", KEPT)
def test_a_tail_that_is_no_plain_list_stays_where_it_is(question):
    assert items_first(question) == question


def test_a_leading_percent_sign_asks_for_a_share(climbing):
    t = climbing.translate("% of ascents that were flashed")
    assert not t.sql or "flashed" in t.sql and ("/" in t.sql or "AVG" in t.sql), t.sql
