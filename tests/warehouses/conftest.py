"""Real warehouses for the suite: MariaDB (local server) and ClickHouse (chDB in process).

Each is loaded with Chinook (full) and with one tenant's rows (customer 5) for the tenant oracle.
A warehouse that is not available skips its tests loudly, with the reason.
"""

from __future__ import annotations

import contextlib

import pytest
import sqlalchemy as sa

from tests.warehouses.chinook import CHINOOK
from tests.warehouses.servers import chdb_url, declared_keys, fresh_mysql_database

TENANT_KEEP = {"Invoice": "CustomerId = 5", "Customer": "CustomerId = 5"}


#: the chDB URL this process loaded (one embedded server per process, at one path)
_LOADED: dict[str, str] = {}


@pytest.fixture(scope="session", params=["mariadb", "clickhouse"])
def warehouse(request, tmp_path_factory):
    """``{"name", "dialect", "url", "tenant_url", "tenant_database", "annotations"}`` for one warehouse.

    ``tenant_database``: the database of ``tenant_url`` holding the tenant's copy (None: the default one).
    """
    if not CHINOOK.exists():
        pytest.skip(f"Chinook benchmark database not found at {CHINOOK} (../shared/benchmarks absent)")
    with contextlib.ExitStack() as stack:
        try:
            if request.param == "mariadb":
                url = stack.enter_context(fresh_mysql_database("full"))
                tenant = stack.enter_context(fresh_mysql_database("tenant", TENANT_KEEP))
                yield {"name": "mariadb", "dialect": "mysql", "url": url, "tenant_url": tenant,
                       "tenant_database": None, "annotations": None}
            else:
                # chDB serves one folder per process: the tenant's copy is a second database in it, and a
                # set-up again (pytest may re-create a parametrized session fixture) reuses the loaded folder.
                if "clickhouse" not in _LOADED:
                    url = chdb_url(tmp_path_factory.mktemp("chdb") / "chinook")
                    chdb_url(sa.make_url(url).database, TENANT_KEEP, database="tenant")
                    _LOADED["clickhouse"] = url
                url = _LOADED["clickhouse"]
                yield {"name": "clickhouse", "dialect": "clickhouse", "url": url, "tenant_url": url,
                       "tenant_database": "tenant", "annotations": {"foreign_keys": declared_keys()}}
        except RuntimeError as exc:
            pytest.skip(f"!!! {request.param} unavailable: {exc}")
