from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import sqlalchemy as sa

from datachat.nl2sql import SemanticEngine, ValueIndex, reflect_schema

REPO = Path(__file__).resolve().parents[2]
BENCH = REPO.parent / "shared" / "benchmarks"
CHINOOK = BENCH / "chinook" / "Chinook_Sqlite.sqlite"
DEV = Path(__file__).resolve().parent / "dev"
TODAY = dt.date(2025, 12, 31)


def engine_for(url: str, **kw) -> tuple[sa.Engine, SemanticEngine]:
    sa_engine = sa.create_engine(url)
    schema = reflect_schema(sa_engine, include=kw.pop("include", None), annotations=kw.pop("annotations", None))
    values = ValueIndex.build(sa_engine, schema)
    return sa_engine, SemanticEngine(schema, values=values, today=kw.pop("today", TODAY), **kw)


def sorted_rows(sa_engine: sa.Engine, sql: str) -> list[tuple]:
    """The rows ``sql`` returns, sorted by their text (so None and mixed types sort too): an answer to compare
    with another whatever order either came in."""
    with sa_engine.connect() as c:
        return sorted((tuple(r) for r in c.exec_driver_sql(sql).fetchall()), key=str)


def assert_answers_with(engines: tuple[sa.Engine, SemanticEngine], question: str, expected: str) -> None:
    """The engine answers ``question`` (no clarification, no decline) with the rows ``expected`` returns, in any
    order."""
    sa_engine, engine = engines
    t = engine.translate(question)
    assert t.sql, (t.error, t.clarification)
    assert sorted_rows(sa_engine, t.sql) == sorted_rows(sa_engine, expected), t.sql


def engine_from_statements(tmp_path_factory, name: str, statements: list[str], **kw):
    """A SQLite database made by running ``statements`` in a fresh folder, with its engines (``engine_for``)."""
    path = tmp_path_factory.mktemp(name) / f"{name}.db"
    with sa.create_engine(f"sqlite:///{path}").begin() as c:
        for stmt in statements:
            c.exec_driver_sql(stmt)
    return engine_for(f"sqlite:///{path}", **kw)


@pytest.fixture(scope="session")
def chinook():
    if not CHINOOK.exists():
        pytest.skip(f"Chinook benchmark database not found at {CHINOOK}")
    return engine_for(f"sqlite:///{CHINOOK}")


@pytest.fixture(scope="session")
def tiny(tmp_path_factory):
    """A small snake_case schema, made up here, to show nothing is tuned to one database."""
    return engine_from_statements(
        tmp_path_factory,
        "tiny",
        [
            "CREATE TABLE department (id INTEGER PRIMARY KEY, dept_name TEXT, city TEXT)",
            "CREATE TABLE staff_member (id INTEGER PRIMARY KEY, full_name TEXT, department_id INTEGER"
            " REFERENCES department(id), salary NUMERIC, hired_on DATE, manager_id INTEGER REFERENCES staff_member(id),"
            " phone TEXT)",
            "CREATE TABLE project (id INTEGER PRIMARY KEY, title TEXT, budget NUMERIC, lead_id INTEGER"
            " REFERENCES staff_member(id), status TEXT)",
            "INSERT INTO department VALUES (1,'Research','Oslo'),(2,'Sales','Lima'),(3,'Support','Oslo')",
            "INSERT INTO staff_member VALUES (1,'Ada King',1,9000,'2019-03-01',NULL,'555-1'),"
            "(2,'Bo Chen',1,7000,'2021-06-15',1,NULL),(3,'Cy Diaz',2,5000,'2022-01-10',1,'555-3'),"
            "(4,'Di Evans',2,5500,'2023-07-01',3,NULL),(5,'Ed Fox',3,4000,'2023-11-20',3,'555-5')",
            "INSERT INTO project VALUES (1,'Atlas',100000,1,'active'),(2,'Beacon',50000,2,'done'),"
            "(3,'Comet',75000,3,'active'),(4,'Delta',20000,3,'paused')",
        ],
    )


@pytest.fixture(scope="session")
def shop(tmp_path_factory):
    try:
        from datachat.demo.shop import build_shop_database
    except ImportError as exc:  # pragma: no cover - the demo module ships with the app
        pytest.skip(f"demo shop database builder unavailable: {exc}")
    path = tmp_path_factory.mktemp("shop") / "shop.db"
    build_shop_database(path)
    return engine_for(f"sqlite:///{path}")


@pytest.fixture(scope="session")
def library(tmp_path_factory):
    """The made-up library database (``library.py``) with its engine: the ``library`` dev set's schema."""
    from .library import build_library_database

    path = build_library_database(tmp_path_factory.mktemp("library") / "library.sqlite3")
    return engine_for(f"sqlite:///{path}")
