"""Small helpers for the sql_safety tests: fixture-file loading, policies, result comparison."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from sql_safety import Policy

FIXTURES = Path(__file__).resolve().parent / "fixtures"
BENCHMARKS = Path(__file__).resolve().parents[2].parent / "shared" / "benchmarks"
CHINOOK = BENCHMARKS / "chinook" / "Chinook_Sqlite.sqlite"
CHINOOK_PG = BENCHMARKS / "chinook" / "Chinook_PostgreSql.sql"

#: Policies the fixture files name in their ``# policy:`` header.
POLICIES = {
    # What the analyst queries use: most of Chinook, personal data of people hidden.
    "analyst": {
        "dialect": "sqlite",
        "tables": {
            "Album": "*", "Artist": "*", "Genre": "*", "MediaType": "*", "Playlist": "*",
            "PlaylistTrack": "*", "Track": "*", "Invoice": "*", "InvoiceLine": "*",
            "Customer": ["CustomerId", "FirstName", "LastName", "Company", "City", "State",
                         "Country", "SupportRepId"],
            "Employee": ["EmployeeId", "FirstName", "LastName", "Title", "ReportsTo", "HireDate",
                         "City", "Country"],
        },
        "max_rows": 100000,
    },
    # Tenant 5: its invoices and its own customer row only.
    "tenant": {
        "dialect": "sqlite",
        "tables": {
            "Invoice": "*", "InvoiceLine": "*", "Track": "*", "Genre": "*",
            "Customer": ["CustomerId", "FirstName", "LastName", "Country", "City", "SupportRepId"],
        },
        "max_rows": 100000,
        "row_filters": {"Invoice": {"column": "CustomerId", "value": 5},
                        "Customer": {"column": "CustomerId", "value": 5}},
    },
    # The small policy the attack table runs against.
    "attack": {
        "dialect": "sqlite",
        "tables": {
            "Invoice": "*", "InvoiceLine": "*", "Genre": "*",
            "Customer": ["CustomerId", "FirstName", "Country", "City"],
            "Track": ["TrackId", "Name", "GenreId", "UnitPrice"],
        },
        "max_rows": 1000,
        "row_filters": {"Invoice": {"column": "CustomerId", "value": 5},
                        "Customer": {"column": "CustomerId", "value": 5}},
    },
}


def policy(name: str = "attack", **overrides) -> Policy:
    """A named test policy, with top-level keys overridden (a small factory)."""
    data = dict(POLICIES[name])
    data.update(overrides)
    return Policy.from_dict(data)


def load_sql_fixtures(name: str, pairs: bool) -> list[tuple[dict[str, str], list[str]]]:
    """Read ``fixtures/NAME``: statements end with ``;`` at the end of a line.

    ``# key: value`` lines set metadata (``title``, ``dialect``, ``policy``, ``error``) for the
    next case; with ``pairs`` each case is ``input; expected;``, otherwise one statement.
    """
    cases: list[tuple[dict[str, str], list[str]]] = []
    meta: dict[str, str] = {}
    buffer: list[str] = []
    statements: list[str] = []
    for line in (FIXTURES / name).read_text(encoding="utf-8").splitlines():
        header = re.match(r"^#\s*(\w+):\s*(.*)$", line)
        if header and not buffer:
            meta[header.group(1)] = header.group(2).strip()
            continue
        if not buffer and (not line.strip() or line.startswith("#")):
            continue  # blank line or free comment between cases
        buffer.append(line)
        if line.rstrip().endswith(";"):
            statements.append("\n".join(buffer).rstrip()[:-1].strip())
            buffer = []
            if len(statements) == (2 if pairs else 1):
                cases.append((meta, statements))
                meta, statements = {}, []
    assert not buffer and not statements, f"{name}: unterminated case {buffer or statements}"
    return cases


def _plain(value):
    # Float sums depend on the order rows are added in; compare them to 9 digits.
    return round(value, 9) if isinstance(value, float) else value


def rows(connection, sql: str) -> list[tuple]:
    """All rows of ``sql``, as a sorted list (a multiset) for order-insensitive comparison."""
    result = connection.execute(sql).fetchall()
    return sorted((tuple(_plain(v) for v in r) for r in result), key=repr)


def tenant_copy(source: Path, target: Path, keep: dict[str, str]) -> Path:
    """Copy a SQLite database, keeping only rows matching ``keep`` (table -> SQL condition)."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    src.backup(dst)
    src.close()
    for table, condition in keep.items():
        dst.execute(f'DELETE FROM "{table}" WHERE NOT ({condition})')
    dst.commit()
    dst.close()
    return target
