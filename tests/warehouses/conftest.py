"""Real warehouses for the suite: MariaDB (local server) and ClickHouse (chDB in process).

Each is loaded with Chinook (full) and with one tenant's rows (customer 5) for the tenant oracle.
A warehouse that is not available skips its tests loudly, with the reason.
"""

from __future__ import annotations

import contextlib

import pytest

from tests.warehouses.chinook import CHINOOK
from tests.warehouses.servers import chdb_url, declared_keys, fresh_mysql_database

TENANT_KEEP = {"Invoice": "CustomerId = 5", "Customer": "CustomerId = 5"}


@pytest.fixture(scope="session", params=["mariadb", "clickhouse"])
def warehouse(request, tmp_path_factory):
    """``{"name", "dialect", "url", "tenant_url", "annotations"}`` for one loaded warehouse."""
    if not CHINOOK.exists():
        pytest.skip(f"Chinook benchmark database not found at {CHINOOK} (../shared/benchmarks absent)")
    with contextlib.ExitStack() as stack:
        try:
            if request.param == "mariadb":
                url = stack.enter_context(fresh_mysql_database("full"))
                tenant = stack.enter_context(fresh_mysql_database("tenant", TENANT_KEEP))
                yield {"name": "mariadb", "dialect": "mysql", "url": url, "tenant_url": tenant, "annotations": None}
            else:
                folder = tmp_path_factory.mktemp("chdb")
                url = chdb_url(folder / "full")
                tenant = chdb_url(folder / "tenant", TENANT_KEEP)
                yield {"name": "clickhouse", "dialect": "clickhouse", "url": url, "tenant_url": tenant,
                       "annotations": {"foreign_keys": declared_keys()}}
        except RuntimeError as exc:
            pytest.skip(f"!!! {request.param} unavailable: {exc}")
