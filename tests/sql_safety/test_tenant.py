"""Tenant row filters, checked by an oracle.

For each tenant: the rewritten statement on the full database must return exactly the rows the
original statement returns on a copy of the database holding only that tenant's rows.
"""

from __future__ import annotations

import pytest

from sql_safety import check
from tests.sql_safety.conftest import TENANTS
from tests.sql_safety.helpers import load_sql_fixtures, policy, rows

CASES = load_sql_fixtures("tenant.sql", pairs=False)


def tenant_policy(tenant: str):
    return policy("tenant", row_filters=TENANTS[tenant][0])


def test_there_are_enough_tenant_cases():
    assert len(CASES) >= 30


@pytest.mark.parametrize("tenant", sorted(TENANTS))
@pytest.mark.parametrize(("meta", "statement"), CASES, ids=[m["title"] for m, _ in CASES])
def test_rewrite_sees_only_the_tenant_rows(meta, statement, tenant, chinook, tenant_dbs):
    (sql,) = statement
    safe = check(sql, tenant_policy(tenant))
    assert rows(chinook, safe.sql) == rows(tenant_dbs[tenant], sql)


def test_oracle_is_not_vacuous(chinook, tenant_dbs):
    """The full database really holds other tenants' rows that an unguarded query would return."""
    sql = "SELECT COUNT(*) FROM Invoice WHERE CustomerId = 5 OR 1 = 1"
    assert chinook.execute(sql).fetchone()[0] > tenant_dbs["customer5"].execute(sql).fetchone()[0] > 0


def test_filter_column_need_not_be_exposed(chinook):
    """The filter column may be hidden from the query and still scopes the rows."""
    p = policy("tenant", tables={"Customer": ["FirstName"]},
               row_filters={"Customer": {"column": "CustomerId", "value": 5}})
    safe = check("SELECT FirstName FROM Customer WHERE 1 = 1 OR FirstName <> ''", p)
    assert chinook.execute(safe.sql).fetchall() == [("František",)]


@pytest.mark.parametrize("value", [5, 5.0, "5"])
def test_filter_values_are_typed_literals(value, chinook):
    p = policy("tenant", row_filters={"Invoice": {"column": "CustomerId", "value": value}})
    safe = check("SELECT COUNT(*) FROM Invoice", p)
    assert chinook.execute(safe.sql).fetchone()[0] == 7


def test_hostile_string_value_is_a_literal(chinook):
    value = "x' OR '1'='1"
    p = policy("tenant", row_filters={"Invoice": {"column": "BillingCountry", "value": value}})
    safe = check("SELECT COUNT(*) FROM Invoice", p)
    assert "'x'' OR ''1''=''1'" in safe.sql
    assert chinook.execute(safe.sql).fetchone()[0] == 0


def test_mysql_cte_names_are_matched_exactly():
    """MySQL may compare CTE names case-sensitively: a differently spelled reference is treated
    as the real table, so it is filtered either way."""
    p = policy("tenant", dialect="mysql")
    safe = check("WITH customer AS (SELECT 1 AS CustomerId) SELECT CustomerId FROM Customer", p)
    assert "WHERE `Customer`.`CustomerId` = 5" in safe.sql
    same = check("WITH customer AS (SELECT 1 AS CustomerId) SELECT CustomerId FROM customer", p)
    assert "WHERE" not in same.sql


def test_sqlite_cte_names_match_case_insensitively(chinook):
    sql = "WITH invoice AS (SELECT 1 AS CustomerId) SELECT CustomerId FROM INVOICE"
    safe = check(sql, policy("tenant"))
    assert chinook.execute(safe.sql).fetchall() == [(1,)]
