"""Run one validated statement on a data source: read-only, with a timeout and a row cap."""

import threading
import time
from dataclasses import dataclass

import pandas as pd
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError

from datachat.errors import DatachatError
from datachat.metrics import QUERY_SECONDS

from .cancel import Cancel, server_cancel


class QueryFailed(DatachatError):
    """The database refused or failed the statement; ``str()`` is safe to show."""

    code = "query_failed"


class QueryTimeout(QueryFailed):
    """The statement ran longer than the timeout and was cancelled."""

    code = "query_timeout"


class QueryCancelled(QueryFailed):
    """The statement was cancelled on request (the visitor left)."""

    code = "query_cancelled"


@dataclass
class QueryResult:
    frame: pd.DataFrame
    truncated: bool
    duration_ms: float


def run_query(sa_engine: Engine, sql: str, *, max_rows: int, timeout: float,
              cancel: Cancel | None = None) -> QueryResult:
    """Execute ``sql`` (already checked by ``sql_safety``, which caps it at ``max_rows``) and fetch the result.

    Returns at most ``max_rows`` rows; ``truncated`` says the cap was reached (the result may hold more).
    ``cancel`` (optional) stops the statement on the server when another thread calls ``cancel.cancel()``.
    """
    started = time.perf_counter()
    backend = sa_engine.dialect.name
    try:
        with sa_engine.connect() as connection:
            with _deadline(connection, backend, timeout):
                if cancel is not None:
                    cancel.bind(server_cancel(connection))
                try:
                    result = connection.execute(text(sql).execution_options(no_parameters=True))
                    columns = list(result.keys())
                    rows = result.fetchmany(max_rows + 1)
                finally:
                    if cancel is not None:
                        cancel.unbind()
            connection.rollback()
    except Exception as exc:
        if cancel is not None and cancel.cancelled:
            raise QueryCancelled("the query was cancelled") from exc
        _raise_failed(exc, timeout)
    truncated = len(rows) >= max_rows
    frame = pd.DataFrame.from_records([tuple(row) for row in rows[:max_rows]], columns=columns)
    elapsed = time.perf_counter() - started
    QUERY_SECONDS.observe(elapsed)
    return QueryResult(frame=frame, truncated=truncated, duration_ms=elapsed * 1000)


def _raise_failed(exc: Exception, timeout: float) -> None:
    """Raise a driver error again as QueryTimeout or QueryFailed (chDB's errors are not wrapped by SQLAlchemy)."""
    if _is_timeout(exc):
        raise QueryTimeout(f"the query ran longer than {timeout:g} s and was stopped") from exc
    reason = exc.orig if isinstance(exc, DBAPIError) else exc
    raise QueryFailed(_first_line(reason)) from exc


def _first_line(exc: BaseException | None) -> str:
    return (str(exc) or type(exc).__name__).strip().splitlines()[0][:300]


def _is_timeout(exc: Exception) -> bool:
    message = str(getattr(exc, "orig", None) or exc).lower()
    return any(word in message for word in ("interrupted", "statement timeout", "canceling statement",
                                             "timeout exceeded", "max_statement_time", "timeout_exceeded"))


class _deadline:
    """Cancel the running statement after ``timeout`` seconds, the way each backend allows."""

    def __init__(self, connection, backend: str, timeout: float):
        self.connection, self.backend, self.timeout = connection, backend, timeout
        self.timer: threading.Timer | None = None

    def __enter__(self):
        raw = self.connection.connection.dbapi_connection
        if self.backend == "sqlite":
            deadline = time.monotonic() + self.timeout
            raw.set_progress_handler(lambda: 1 if time.monotonic() > deadline else 0, 10_000)
        elif self.backend == "postgresql":
            self.connection.exec_driver_sql(f"SET LOCAL statement_timeout = {int(self.timeout * 1000)}")
        elif self.backend in ("mysql", "mariadb"):
            if getattr(self.connection.dialect, "is_mariadb", False):  # MariaDB stops it on the server
                self.connection.exec_driver_sql(f"SET SESSION max_statement_time = {self.timeout:g}")
            else:
                self.connection.exec_driver_sql(f"SET SESSION MAX_EXECUTION_TIME = {int(self.timeout * 1000)}")
        elif self.backend in ("clickhouse", "clickhousedb", "chdb"):  # the server stops it
            self.connection.exec_driver_sql(f"SET max_execution_time = {max(1, round(self.timeout))}")
        elif hasattr(raw, "interrupt"):  # duckdb
            self.timer = threading.Timer(self.timeout, raw.interrupt)
            self.timer.start()
        return self

    def __exit__(self, *exc_info):
        if self.timer:
            self.timer.cancel()
        if self.backend == "sqlite":
            self.connection.connection.dbapi_connection.set_progress_handler(None, 0)
        return False
