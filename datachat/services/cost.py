"""Cost limits before running: ask the database what a query will read and refuse it when too much.

Where the engine can estimate (``EXPLAIN`` on MariaDB/MySQL and PostgreSQL, ``EXPLAIN ESTIMATE`` on
ClickHouse, a dry run on BigQuery), a checked statement is estimated first; over the source's
ceiling it is refused with :class:`QueryTooExpensive` (code ``query_too_expensive``), whose message
says what it would read and what would be cheaper. Engines with no estimate pass (the statement
timeout still applies).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy.engine import Connection, Engine

from datachat.errors import DatachatError

__all__ = ["Estimate", "QueryTooExpensive", "enforce_ceiling", "estimate"]

CHEAPER = "a narrower question would be cheaper: add a date range or a filter, or ask for a total instead of a list"


class QueryTooExpensive(DatachatError):
    """The estimate is over the source's ceiling; ``str()`` is safe to show."""

    code = "query_too_expensive"


@dataclass(frozen=True)
class Estimate:
    """What the database expects a statement to read: ``rows`` and/or ``bytes`` (None when unknown)."""

    rows: int | None = None
    bytes: int | None = None
    method: str = ""


def _mysql(connection: Connection, sql: str) -> Estimate:
    result = connection.exec_driver_sql("EXPLAIN " + sql.replace("%", "%%"))
    keys = list(result.keys())
    rows = sum(int(row[keys.index("rows")] or 0) for row in result.fetchall())
    return Estimate(rows=rows, method="EXPLAIN")


def _clickhouse(connection: Connection, sql: str) -> Estimate:
    rows = connection.exec_driver_sql("EXPLAIN ESTIMATE " + sql).fetchall()
    return Estimate(rows=sum(int(r[3]) for r in rows), method="EXPLAIN ESTIMATE")


def _postgres(connection: Connection, sql: str) -> Estimate:
    plan = connection.exec_driver_sql("EXPLAIN (FORMAT JSON) " + sql.replace("%", "%%")).scalar()
    plan = json.loads(plan) if isinstance(plan, str) else plan
    total, stack = 0, [plan[0]["Plan"]]
    while stack:  # rows each scan node expects to read
        node = stack.pop()
        if "Scan" in node.get("Node Type", ""):
            total += int(node.get("Plan Rows", 0))
        stack.extend(node.get("Plans", []))
    return Estimate(rows=total, method="EXPLAIN")


def _bigquery(connection: Connection, sql: str) -> Estimate:  # unverified here: no BigQuery to test against
    from google.cloud import bigquery

    client = connection.connection.dbapi_connection._client
    job = client.query(sql, job_config=bigquery.QueryJobConfig(dry_run=True, use_query_cache=False))
    return Estimate(bytes=int(job.total_bytes_processed or 0), method="dry run")


_ESTIMATORS = {"mysql": _mysql, "mariadb": _mysql, "clickhouse": _clickhouse, "clickhousedb": _clickhouse,
               "chdb": _clickhouse, "postgresql": _postgres, "bigquery": _bigquery}


def estimate(engine: Engine, sql: str) -> Estimate | None:
    """The database's estimate for ``sql`` (already checked by the guard), or None when it has none."""
    estimator = _ESTIMATORS.get(engine.dialect.name)
    if estimator is None:
        return None
    with engine.connect() as connection:
        try:
            return estimator(connection, sql)
        finally:
            connection.rollback()


def enforce_ceiling(engine: Engine, sql: str, *, max_rows: int | None, max_bytes: int | None = None) -> Estimate | None:
    """Estimate ``sql`` and raise :class:`QueryTooExpensive` when it is over a ceiling (None: no ceiling)."""
    if not max_rows and not max_bytes:
        return None
    found = estimate(engine, sql)
    if found is None:
        return None
    if max_rows and found.rows is not None and found.rows > max_rows:
        raise QueryTooExpensive(f"this query would read about {found.rows:,} rows ({found.method}), over this "
                                f"source's limit of {max_rows:,}; {CHEAPER}")
    if max_bytes and found.bytes is not None and found.bytes > max_bytes:
        raise QueryTooExpensive(f"this query would process about {found.bytes:,} bytes ({found.method}), over "
                                f"this source's limit of {max_bytes:,}; {CHEAPER}")
    return found
