"""Run one validated statement on a data source: read-only, with a timeout and a row cap."""

import threading
import time
from dataclasses import dataclass

import pandas as pd
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from datachat.metrics import QUERY_SECONDS


class QueryFailed(Exception):
    """The database refused or failed the statement; ``str()`` is safe to show."""


class QueryTimeout(QueryFailed):
    """The statement ran longer than the timeout and was cancelled."""


@dataclass
class QueryResult:
    frame: pd.DataFrame
    truncated: bool
    duration_ms: float


def run_query(engine: Engine, sql: str, *, max_rows: int, timeout: float) -> QueryResult:
    """Execute ``sql`` (already checked by ``sql_safety``, which caps it at ``max_rows``) and fetch the result.

    Returns at most ``max_rows`` rows; ``truncated`` says the cap was reached (the result may hold more).
    """
    started = time.perf_counter()
    backend = engine.dialect.name
    try:
        with engine.connect() as connection:
            with _deadline(connection, backend, timeout):
                result = connection.execute(text(sql).execution_options(no_parameters=True))
                columns = list(result.keys())
                rows = result.fetchmany(max_rows + 1)
            connection.rollback()
    except DBAPIError as exc:
        if _is_timeout(exc):
            raise QueryTimeout(f"the query ran longer than {timeout:g} s and was stopped") from exc
        raise QueryFailed(_first_line(exc.orig)) from exc
    except SQLAlchemyError as exc:
        raise QueryFailed(_first_line(exc)) from exc
    truncated = len(rows) >= max_rows
    frame = pd.DataFrame.from_records([tuple(row) for row in rows[:max_rows]], columns=columns)
    elapsed = time.perf_counter() - started
    QUERY_SECONDS.observe(elapsed)
    return QueryResult(frame=frame, truncated=truncated, duration_ms=elapsed * 1000)


def _first_line(exc: BaseException | None) -> str:
    return (str(exc) or type(exc).__name__).strip().splitlines()[0][:300]


def _is_timeout(exc: DBAPIError) -> bool:
    message = str(exc.orig).lower()
    return "interrupted" in message or "statement timeout" in message or "canceling statement" in message


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
        elif self.backend == "mysql":
            self.connection.exec_driver_sql(f"SET SESSION MAX_EXECUTION_TIME = {int(self.timeout * 1000)}")
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
