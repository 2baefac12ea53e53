"""Stop a running statement from another thread, on the server where the database allows it.

``Cancel`` is a token: the executor binds it to the connection running the statement, and anyone
(the pipeline when the visitor leaves, a watchdog when the time is up) calls ``cancel()``:

* SQLite, DuckDB: the driver's ``interrupt()``;
* PostgreSQL: psycopg's ``cancel_safe()`` (the server's cancel request, like ``pg_cancel_backend``);
* MariaDB/MySQL: ``KILL QUERY <connection id>`` on a second connection;
* ClickHouse in chDB and others: none; the statement timeout (``max_execution_time``) still stops it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from sqlalchemy.engine import Connection

logger = logging.getLogger("datachat.cancel")

__all__ = ["Cancel", "server_cancel"]


class Cancel:
    """A cancel token for one statement; ``cancel()`` may come before, during or after it runs."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._action: Callable[[], None] | None = None
        self.cancelled = False

    def bind(self, action: Callable[[], None] | None) -> None:
        """Attach the way to stop the running statement (None: it cannot be stopped)."""
        with self._lock:
            self._action = action
            run = action if self.cancelled else None
        if run:
            _safely(run)

    def unbind(self) -> None:
        with self._lock:
            self._action = None

    def cancel(self) -> None:
        with self._lock:
            self.cancelled = True
            action = self._action
        if action:
            _safely(action)


def _safely(action: Callable[[], None]) -> None:
    try:
        action()
    except Exception as exc:  # noqa: BLE001 - cancelling is best effort; the timeout is the backstop
        logger.warning("could not cancel the running query: %s", exc)


def server_cancel(connection: Connection) -> Callable[[], None] | None:
    """How to stop what ``connection`` is running, from another thread; None when there is no way."""
    backend = connection.dialect.name
    raw = connection.connection.dbapi_connection
    if backend in ("sqlite", "duckdb") and hasattr(raw, "interrupt"):
        return raw.interrupt
    if backend == "postgresql":
        return getattr(raw, "cancel_safe", None) or getattr(raw, "cancel", None)
    if backend in ("mysql", "mariadb"):
        thread_id = connection.exec_driver_sql("SELECT CONNECTION_ID()").scalar()
        engine = connection.engine

        def kill() -> None:
            with engine.connect() as other:
                other.exec_driver_sql(f"KILL QUERY {int(thread_id)}")

        return kill
    return None
