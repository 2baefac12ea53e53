"""What the made-up dev-set databases (``library.py``, ``hotel.py``, ``vetclinic.py``, ``fleet.py``) share: a
random day and writing a schema and its generated rows to a SQLite file."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from pathlib import Path


def random_day(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    """A day from ``start`` to ``end``, both included."""
    return start + dt.timedelta(days=rng.randrange((end - start).days + 1))


def write_database(path: str | Path, schema: str, rows: dict[str, list[tuple]]) -> Path:
    """Write ``schema`` (a SQL script) and ``rows`` (per table) to the SQLite file ``path``, replacing a file
    there, and return the path as a :class:`~pathlib.Path`."""
    path = Path(path)
    path.unlink(missing_ok=True)
    connection = sqlite3.connect(path)
    try:
        connection.executescript(schema)
        for table, table_rows in rows.items():
            marks = ", ".join("?" * len(table_rows[0]))
            connection.executemany(f"INSERT INTO {table} VALUES ({marks})", table_rows)  # noqa: S608 - our own names
        connection.commit()
    finally:
        connection.close()
    return path
