"""The warehouses the tests and benches use: a scratch MariaDB/MySQL database, ClickHouse in chDB.

MariaDB: ``DATACHAT_TEST_MYSQL`` (default ``mysql+pymysql://root@127.0.0.1:3306``) names the server;
each caller gets its own ``<prefix>_<name>_<pid>`` database, dropped afterwards. ClickHouse runs in
process through chDB (``chdb:///path``): Debian's ``clickhouse-server`` package is release 18.16,
which cannot run queries that join more than two tables. A server reachable at
``DATACHAT_TEST_CLICKHOUSE`` (a ``clickhousedb://`` URL) is used by the server tests when set.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import sqlalchemy as sa

from tests.warehouses.chinook import CHINOOK, load

MYSQL = os.environ.get("DATACHAT_TEST_MYSQL", "mysql+pymysql://root@127.0.0.1:3306")
PREFIX = os.environ.get("DATACHAT_TEST_MYSQL_PREFIX", "dc_test")


def mysql_admin() -> sa.Engine:
    """An engine on the MariaDB server, or RuntimeError saying why there is none."""
    try:
        import pymysql  # noqa: F401
    except ImportError as exc:
        raise RuntimeError("pymysql is not installed (pip install datachat[mysql])") from exc
    engine = sa.create_engine(MYSQL, pool_pre_ping=True, connect_args={"connect_timeout": 3})
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT 1")
    except sa.exc.OperationalError as exc:
        raise RuntimeError(f"MariaDB/MySQL not reachable at {MYSQL}: {exc.orig}") from exc
    return engine


@contextlib.contextmanager
def fresh_mysql_database(name: str, keep: dict[str, str] | None = None) -> Iterator[str]:
    """A new database holding Chinook (only the ``keep`` rows); yields its URL, drops it after."""
    admin = mysql_admin()
    database = f"{PREFIX}_{name}_{os.getpid()}"
    with admin.connect() as connection:
        connection.exec_driver_sql(f"DROP DATABASE IF EXISTS `{database}`")
        connection.exec_driver_sql(f"CREATE DATABASE `{database}` CHARACTER SET utf8mb4")
    url = sa.make_url(MYSQL).set(database=database).render_as_string(hide_password=False)
    try:
        engine = load(url, keep)
        engine.dispose()
        yield url
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f"DROP DATABASE IF EXISTS `{database}`")
        admin.dispose()


def chdb_url(folder: Path, keep: dict[str, str] | None = None, database: str | None = None) -> str:
    """Load Chinook into chDB at ``folder`` (into ``database`` when given, else the default one); return
    the URL (RuntimeError without chDB). One process serves one chDB folder at a time."""
    try:
        import chdb_sqlalchemy  # noqa: F401
    except ImportError as exc:
        raise RuntimeError("chDB is not installed (pip install datachat[chdb])") from exc
    url = f"chdb:///{folder}"
    engine = load(url, keep, database=database)
    engine.dispose()
    return url


def declared_keys(path: Path = CHINOOK) -> list[str]:
    """The foreign keys a SQLite file declares, as ``"T.c -> R.k"`` annotations (for key-less warehouses)."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return [f"{t}.{row[3]} -> {row[2]}.{row[4]}" for t in tables
                for row in connection.execute(f'PRAGMA foreign_key_list("{t}")')]
    finally:
        connection.close()
