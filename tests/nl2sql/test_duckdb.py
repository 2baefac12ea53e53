"""The same questions on the same data in DuckDB and SQLite give the same answers (dialect-specific SQL)."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from datachat.nl2sql import SemanticEngine, ValueIndex, reflect_schema, results_match, run_query

from .conftest import TODAY

duckdb = pytest.importorskip("duckdb")
pytest.importorskip("duckdb_engine")

QUESTIONS = [
    "how many orders were placed in 2025",
    "number of orders per month in 2024",
    "revenue by category",
    "orders per quarter",
    "number of orders by day of week",
    "which customer placed the most orders",
    "how many customers signed up last year",
    "average price per category",
    "top 5 products by revenue",
    "which category has the highest revenue",
    "average order value by channel",
    "how many products per category on average",
]


@pytest.fixture(scope="module")
def twins(tmp_path_factory):
    import sqlalchemy as sa

    from datachat.demo.shop import SHOP_SCHEMA, build_shop_database

    tmp = tmp_path_factory.mktemp("twins")
    lite = tmp / "shop.db"
    build_shop_database(lite)
    duck = tmp / "shop.duckdb"
    src = sqlite3.connect(lite)
    con = duckdb.connect(str(duck))
    for stmt in SHOP_SCHEMA.split(";"):
        if stmt.strip() and "CREATE TABLE" in stmt:
            con.execute(stmt)
    import pandas as pd

    for (table,) in src.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid"):
        frame = pd.read_sql_query(f'SELECT * FROM "{table}"', src)  # noqa: S608 - our own table names
        con.register("frame", frame)
        con.execute(f'INSERT INTO "{table}" SELECT * FROM frame')  # noqa: S608
        con.unregister("frame")
    con.close()
    src.close()
    engines = {}
    for name, url in (("sqlite", f"sqlite:///{lite}"), ("duckdb", f"duckdb:///{duck}")):
        eng = sa.create_engine(url)
        schema = reflect_schema(eng)
        engines[name] = (eng, SemanticEngine(schema, dialect=name, values=ValueIndex.build(eng, schema), today=TODAY))
    yield engines
    for eng, _ in engines.values():
        eng.dispose()


def _plain(rows):
    """Dates as ISO text; numbers to whole units (DECIMAL(10,2) in DuckDB rounds prices SQLite keeps as floats)."""
    out = []
    for r in rows:
        out.append(
            tuple(
                v.isoformat()[:10] if isinstance(v, (dt.date, dt.datetime)) else round(v) if isinstance(v, float) else v
                for v in r
            )
        )
    return out


@pytest.mark.parametrize("question", QUESTIONS)
def test_duckdb_matches_sqlite(twins, question):
    lite_eng, lite = twins["sqlite"]
    duck_eng, duck = twins["duckdb"]
    t_lite, t_duck = lite.translate(question), duck.translate(question)
    assert t_lite.sql and t_duck.sql, (t_lite.error, t_duck.error)
    a = _plain(run_query(lite_eng, t_lite.sql))
    b = _plain(run_query(duck_eng, t_duck.sql))
    if "month" in question or "quarter" in question or "day of week" in question:
        # buckets are labelled differently per dialect (text vs date); compare the measures
        a, b = sorted(r[-1] for r in a), sorted(r[-1] for r in b)
        assert a == b, (t_lite.sql, t_duck.sql)
    else:
        assert results_match(b, a, ordered=False), (t_lite.sql, t_duck.sql)
