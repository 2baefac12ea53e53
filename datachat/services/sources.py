"""SQLAlchemy engines (``sa_engine``) for data sources: one per URL, read-only where the database allows it.

Read-only sessions: SQLite ``mode=ro``, DuckDB ``read_only``, PostgreSQL and MariaDB/MySQL
``... TRANSACTION READ ONLY``, ClickHouse ``readonly = 2`` (no writes or DDL; per-query limits such as
``max_execution_time`` may still be set): a session setting in chDB, settings sent with every query to
a server (``clickhousedb://``, not verified here: no server of a usable release runs on these machines).
Trino, BigQuery and Snowflake have no session switch: give the URL a read-only role or service account.
"""

import threading
from collections import OrderedDict

from sqlalchemy import create_engine, event, inspect
from sqlalchemy.engine import URL, Engine, make_url

from datachat.conf import conf

#: pooled engines kept per process; beyond it the least recently used one is disposed (its pool closed)
MAX_ENGINES = 64

_lock = threading.Lock()
_engines: "OrderedDict[str, Engine]" = OrderedDict()  # URL -> engine, least recently used first


def read_only_url(url: str | URL) -> URL:
    """The URL to connect with: SQLite files open with ``mode=ro``, DuckDB files with ``read_only``."""
    parsed = make_url(url)
    backend = parsed.get_backend_name()
    if backend == "sqlite" and parsed.database and parsed.database != ":memory:" and "mode" not in parsed.query:
        database = parsed.database
        if not database.startswith("file:"):
            database = f"file:{database}"
        return parsed.set(database=database, query={**parsed.query, "mode": "ro", "uri": "true"})
    return parsed


def sa_engine(url: str) -> Engine:
    """A pooled engine for ``url`` (one per URL in this process, at most :data:`MAX_ENGINES`), read-only where
    supported."""
    with _lock:
        engine = _engines.get(url)
        if engine is not None:
            _engines.move_to_end(url)
            return engine
    engine = _create(url)
    evicted: list[Engine] = []
    with _lock:
        known = _engines.get(url)
        if known is not None:  # another thread built it meanwhile: keep one pool
            _engines.move_to_end(url)
            evicted.append(engine)
            engine = known
        else:
            _engines[url] = engine
            while len(_engines) > MAX_ENGINES:
                evicted.append(_engines.popitem(last=False)[1])
    for old in evicted:
        old.dispose()  # connections in use close when they are returned
    return engine


def _create(url: str) -> Engine:
    parsed = read_only_url(url)
    backend = parsed.get_backend_name()
    kwargs: dict = {"pool_pre_ping": True}
    if backend == "duckdb":
        kwargs["connect_args"] = {"read_only": True}
    if backend == "sqlite":
        kwargs["connect_args"] = {"check_same_thread": False}
    if backend in ("clickhousedb", "clickhouse"):  # HTTP is stateless: settings go with every query
        kwargs["connect_args"] = {"readonly": 2, "max_execution_time": max(1, round(conf.QUERY_TIMEOUT))}
    engine = create_engine(parsed, **kwargs)
    if backend in ("mysql", "mariadb"):

        @event.listens_for(engine, "connect")
        def _mysql_read_only(dbapi_connection, _record):  # MariaDB/MySQL: transactions may not write
            cursor = dbapi_connection.cursor()
            cursor.execute("SET SESSION TRANSACTION READ ONLY")
            cursor.close()

    if backend == "chdb":

        @event.listens_for(engine, "connect")
        def _clickhouse_read_only(dbapi_connection, _record):  # readonly=2: reads, and per-query settings
            cursor = dbapi_connection.cursor()
            cursor.execute("SET readonly = 2")
            cursor.close()

    if backend == "bigquery" and conf.MAX_BYTES_BILLED:

        @event.listens_for(engine, "connect")
        def _bytes_ceiling(dbapi_connection, _record):  # BigQuery fails, unbilled, a job over the ceiling
            from google.cloud.bigquery import QueryJobConfig

            dbapi_connection._client.default_query_job_config = QueryJobConfig(
                maximum_bytes_billed=conf.MAX_BYTES_BILLED
            )

    if backend == "postgresql":

        @event.listens_for(engine, "connect")
        def _read_only(dbapi_connection, _record):  # every session of this pool is read-only
            cursor = dbapi_connection.cursor()
            cursor.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
            cursor.close()
            dbapi_connection.commit()

    return engine


def table_names(url: str) -> list[str]:
    """Every table and view of the source's default schema."""
    inspector = inspect(sa_engine(url))
    return sorted({*inspector.get_table_names(), *inspector.get_view_names()})


def forget(url: str | None = None) -> None:
    """Drop and dispose the engine of ``url`` (every engine when ``None``): the source changed."""
    with _lock:
        dropped = list(_engines.values()) if url is None else [e for e in [_engines.pop(url, None)] if e]
        if url is None:
            _engines.clear()
    for engine in dropped:
        engine.dispose()
