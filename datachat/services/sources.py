"""SQLAlchemy engines (``sa_engine``) for data sources: one per URL, read-only where the database allows it."""

import threading
from functools import lru_cache

from sqlalchemy import create_engine, event, inspect
from sqlalchemy.engine import URL, Engine, make_url

_lock = threading.Lock()


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


@lru_cache(maxsize=64)
def sa_engine(url: str) -> Engine:
    """A pooled engine for ``url`` (cached per URL), opened read-only where supported."""
    parsed = read_only_url(url)
    backend = parsed.get_backend_name()
    kwargs: dict = {"pool_pre_ping": True}
    if backend == "duckdb":
        kwargs["connect_args"] = {"read_only": True}
    if backend == "sqlite":
        kwargs["connect_args"] = {"check_same_thread": False}
    engine = create_engine(parsed, **kwargs)
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


def forget(url: str) -> None:
    """Drop cached engines (after a data source's URL changed)."""
    with _lock:
        sa_engine.cache_clear()
