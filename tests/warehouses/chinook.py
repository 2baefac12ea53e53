"""Load the Chinook SQLite benchmark into MariaDB/MySQL or ClickHouse (chDB or a server).

Reads ``../shared/benchmarks/chinook/Chinook_Sqlite.sqlite`` at run time (the data is never copied
into the project). ``keep`` maps a table to a SQLite condition: only matching rows are loaded, which
is how the tenant oracle builds a database holding one tenant's rows.

    python -m tests.warehouses.chinook mysql+pymysql://root@127.0.0.1:3306/dc_chinook
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import sqlalchemy as sa

CHINOOK = Path(__file__).resolve().parents[2].parent / "shared" / "benchmarks" / "chinook" / "Chinook_Sqlite.sqlite"

#: Declared SQLite type -> ClickHouse type (ClickHouse needs Nullable() for NULL-able columns).
_CLICKHOUSE_TYPES = {"INTEGER": "Int64", "NUMERIC": "Decimal(10, 2)", "DATETIME": "DateTime"}


def _tables(source: sqlite3.Connection) -> list[str]:
    return [r[0] for r in source.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                         "AND name NOT LIKE 'sqlite_%' ORDER BY name")]


def _columns(source: sqlite3.Connection, table: str) -> list[tuple[str, str, bool, int]]:
    """(name, declared type, nullable, position in the primary key or 0)."""
    return [(r[1], r[2].upper(), not r[3], r[5]) for r in source.execute(f'PRAGMA table_info("{table}")')]


def _clickhouse_ddl(table: str, columns) -> str:
    parts = []
    for name, declared, nullable, _ in columns:
        kind = next((v for k, v in _CLICKHOUSE_TYPES.items() if declared.startswith(k)), "String")
        parts.append(f'"{name}" {f"Nullable({kind})" if nullable else kind}')
    keys = [c[0] for c in sorted(columns, key=lambda c: c[3]) if c[3]]
    order = "(" + ", ".join(f'"{k}"' for k in keys) + ")" if keys else "tuple()"
    return f'CREATE TABLE "{table}" ({", ".join(parts)}) ENGINE = MergeTree PRIMARY KEY {order} ORDER BY {order}'


def _rows(source: sqlite3.Connection, table: str, keep: dict[str, str]) -> list[tuple]:
    where = f" WHERE {keep[table]}" if table in keep else ""
    return source.execute(f'SELECT * FROM "{table}"{where}').fetchall()


def load(url: str | sa.Engine, keep: dict[str, str] | None = None, chinook: Path = CHINOOK,
         database: str | None = None) -> sa.Engine:
    """Create the Chinook tables in the (empty) database at ``url`` and copy the rows; return its engine.

    ``database`` (ClickHouse only) loads into that database of the server instead of the default one:
    chDB serves one data directory per process, so a second copy lives beside the first.
    """
    keep = keep or {}
    engine = sa.create_engine(url) if isinstance(url, str) else url
    source = sqlite3.connect(f"file:{chinook}?mode=ro", uri=True)
    try:
        if engine.dialect.name in ("chdb", "clickhouse", "clickhousedb"):
            _load_clickhouse(engine, source, keep, database)
        else:
            _load_sqlalchemy(engine, source, keep)
    finally:
        source.close()
    return engine


def _load_sqlalchemy(engine: sa.Engine, source: sqlite3.Connection, keep: dict[str, str]) -> None:
    """Generic path (MariaDB/MySQL): reflect the SQLite schema with its keys and recreate it."""
    sqlite_engine = sa.create_engine("sqlite://", creator=lambda: source)
    metadata = sa.MetaData()
    metadata.reflect(sqlite_engine)
    for table in metadata.tables.values():
        for column in table.columns:
            if isinstance(column.type, sa.String) and column.type.length is None:
                column.type = sa.String(255)
    metadata.create_all(engine)
    with engine.begin() as connection:
        if keep and engine.dialect.name in ("mysql", "mariadb"):  # a tenant's copy keeps dangling line rows
            connection.exec_driver_sql("SET FOREIGN_KEY_CHECKS = 0")
        for table in metadata.sorted_tables:
            rows = _rows(source, table.name, keep)
            names = [c.name for c in table.columns]
            for start in range(0, len(rows), 2000):
                chunk = [dict(zip(names, row, strict=True)) for row in rows[start:start + 2000]]
                connection.execute(table.insert(), chunk)


def _literal(value) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, int | float):
        return repr(value)
    return "'" + str(value).replace("\\", "\\\\").replace("'", "\\'") + "'"


def _load_clickhouse(engine: sa.Engine, source: sqlite3.Connection, keep: dict[str, str],
                     database: str | None) -> None:
    prefix = f'"{database}".' if database else ""
    with engine.connect() as connection:
        if database:
            connection.exec_driver_sql(f'CREATE DATABASE IF NOT EXISTS "{database}"')
        for table in _tables(source):
            columns = _columns(source, table)
            connection.exec_driver_sql(f'DROP TABLE IF EXISTS {prefix}"{table}"')
            ddl = _clickhouse_ddl(table, columns)
            connection.exec_driver_sql(ddl.replace("CREATE TABLE ", f"CREATE TABLE {prefix}", 1))
            rows = _rows(source, table, keep)
            for start in range(0, len(rows), 2000):
                values = ", ".join("(" + ", ".join(_literal(v) for v in row) + ")" for row in rows[start:start + 2000])
                connection.exec_driver_sql(f'INSERT INTO {prefix}"{table}" VALUES {values}')


if __name__ == "__main__":
    load(sys.argv[1])
    print(f"Chinook loaded into {sa.make_url(sys.argv[1]).render_as_string(hide_password=True)}")
