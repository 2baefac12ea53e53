"""A reference column named by the head word of the table it points at (``programmes.channel`` to
``tv_channels.id``): "channels" are the rows of that table, not the reference's stored numbers; where the
referenced column is itself named so (``votes.state`` to ``area_states.state``) the word stays the column. And
an "X first" span with a column inside it orders every row by that column; an age kept as text orders as an
age."""

from __future__ import annotations

import pytest

from .conftest import assert_answers_with, engine_from_statements


@pytest.fixture(scope="module")
def broadcast(tmp_path_factory):
    return engine_from_statements(
        tmp_path_factory,
        "broadcast",
        [
            "CREATE TABLE tv_channels (id INTEGER PRIMARY KEY, series_name TEXT, language TEXT, country TEXT)",
            "CREATE TABLE programmes (id INTEGER PRIMARY KEY, title TEXT, production_code TEXT,"
            " channel INTEGER REFERENCES tv_channels(id))",
            "CREATE TABLE area_states (state TEXT PRIMARY KEY, area_code INTEGER)",
            "CREATE TABLE votes (id INTEGER PRIMARY KEY, phone_number TEXT, state TEXT REFERENCES area_states(state))",
            "CREATE TABLE presenters (id INTEGER PRIMARY KEY, name TEXT, age TEXT, level INTEGER)",
            "INSERT INTO tv_channels VALUES (701,'Sky Arts','English','UK'),(702,'Rai Uno','Italian','Italy'),"
            "(703,'MTV Rocks','English','UK'),(704,'Canale 5','Italian','Italy'),(705,'TF1','French','France')",
            "INSERT INTO programmes VALUES (1,'Dawn','P1',701),(2,'Noon','P2',701),(3,'Dusk','P3',702),"
            "(4,'Night','P4',703),(5,'Late','P5',701)",
            "INSERT INTO area_states VALUES ('NY',212),('CA',415),('TX',512)",
            "INSERT INTO votes VALUES (1,'555-01','NY'),(2,'555-02','CA'),(3,'555-03','NY'),(4,'555-04','TX')",
            "INSERT INTO presenters VALUES (1,'Ann','41',3),(2,'Bo','29',5),(3,'Cy','35',1),(4,'Di','52',4)",
        ],
    )


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "channels" are the rows of tv_channels, not programmes.channel's numbers
        ("how many channels broadcast in English", "SELECT COUNT(*) FROM tv_channels WHERE language = 'English'"),
        ("list the channels in Italian", "SELECT series_name FROM tv_channels WHERE language = 'Italian'"),
        ("which language is used by the fewest TV channels, and how many channels use it",
         "SELECT language, COUNT(*) FROM tv_channels GROUP BY language ORDER BY COUNT(*) LIMIT 1"),
        ("country of the channels not in English", "SELECT country FROM tv_channels WHERE language <> 'English'"),
        # the referenced column named as the reference is: the votes' own state
        ("phone number and state of each vote", "SELECT phone_number, state FROM votes"),
    ],
)  # fmt: skip
def test_reference_named_after_its_table(broadcast, question, expected):
    assert_answers_with(broadcast, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("presenters, highest level first", "SELECT name, level FROM presenters ORDER BY level DESC"),
        ("presenter names, lowest level first", "SELECT name, level FROM presenters ORDER BY level"),
        ("list the presenters' names from youngest to oldest", "SELECT name FROM presenters ORDER BY age"),
    ],
)
def test_every_row_in_the_order_of_the_column_named(broadcast, question, expected):
    sa_engine, engine = broadcast
    t = engine.translate(question)
    assert t.sql, (t.error, t.clarification)
    assert t.frame.limit is None, t.sql  # every row, not the one at an end
    with sa_engine.connect() as c:
        ordered = [r[0] for r in c.exec_driver_sql(t.sql).fetchall()]
        wanted = [r[0] for r in c.exec_driver_sql(expected).fetchall()]
    assert ordered == wanted, t.sql
