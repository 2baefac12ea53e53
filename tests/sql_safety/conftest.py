"""Fixtures for the sql_safety suite: the Chinook database and per-tenant copies of it."""

from __future__ import annotations

import sqlite3

import pytest

from tests.sql_safety.helpers import CHINOOK, tenant_copy

#: Tenants the oracle tests use: name -> (row filters for the policy, condition per table for the copy).
TENANTS = {
    "customer5": (
        {"Invoice": {"column": "CustomerId", "value": 5}, "Customer": {"column": "CustomerId", "value": 5}},
        {"Invoice": "CustomerId = 5", "Customer": "CustomerId = 5"},
    ),
    "customer42": (
        {"Invoice": {"column": "CustomerId", "value": 42}, "Customer": {"column": "CustomerId", "value": 42}},
        {"Invoice": "CustomerId = 42", "Customer": "CustomerId = 42"},
    ),
    "brazil": (
        {"Invoice": {"column": "BillingCountry", "value": "Brazil"},
         "Customer": {"column": "Country", "value": "Brazil"}},
        {"Invoice": "BillingCountry = 'Brazil'", "Customer": "Country = 'Brazil'"},
    ),
}


@pytest.fixture(scope="session")
def chinook_path():
    if not CHINOOK.exists():
        pytest.skip(f"Chinook benchmark database not found at {CHINOOK} (../shared/benchmarks absent)")
    return CHINOOK


@pytest.fixture(scope="session")
def chinook(chinook_path):
    connection = sqlite3.connect(f"file:{chinook_path}?mode=ro", uri=True, check_same_thread=False)
    yield connection
    connection.close()


@pytest.fixture(scope="session")
def tenant_dbs(chinook_path, tmp_path_factory):
    """Tenant name -> read-only connection to a Chinook copy holding only that tenant's rows."""
    folder = tmp_path_factory.mktemp("tenants")
    connections = {}
    for name, (_, keep) in TENANTS.items():
        path = tenant_copy(chinook_path, folder / f"{name}.sqlite", keep)
        connections[name] = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    yield connections
    for connection in connections.values():
        connection.close()
