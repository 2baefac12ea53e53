"""Load what the engine reads lazily (lemma and word-frequency tables, WordNet's table, fuzzy matching) before the
first question, so a fresh server process pays it at start-up instead of on its first visitor's answer."""

from __future__ import annotations

import sqlalchemy as sa

from .engine import SemanticEngine
from .schema import reflect_schema
from .values import ValueIndex

_SCHEMA = (
    "CREATE TABLE teams (id INTEGER PRIMARY KEY, name TEXT, city TEXT)",
    "CREATE TABLE games (id INTEGER PRIMARY KEY, team_id INTEGER REFERENCES teams(id), played_on DATE, score INTEGER)",
    "INSERT INTO teams VALUES (1, 'Otters', 'Leeds'), (2, 'Herons', 'York')",
    "INSERT INTO games VALUES (1, 1, '2024-03-01', 3), (2, 2, '2024-04-02', 5)",
)


def warm() -> None:
    """Answer a few questions on a two-table schema in memory: every lazy import and table is then loaded."""
    engine = sa.create_engine("sqlite://")
    with engine.begin() as connection:
        for statement in _SCHEMA:
            connection.exec_driver_sql(statement)
    schema = reflect_schema(engine)
    semantic = SemanticEngine(schema, values=ValueIndex.build(engine, schema))
    for question in ("average scor per team in 2024", "which teams never playd in Yrok", "how many games were won"):
        semantic.translate(question)
    engine.dispose()
