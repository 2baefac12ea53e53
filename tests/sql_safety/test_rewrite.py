"""Accepted statements: pinned rewrites, and analyst queries that must keep their results."""

from __future__ import annotations

import pytest
import sqlglot

from sql_safety import check
from tests.sql_safety.helpers import POLICIES, load_sql_fixtures, policy, rows

REWRITES = load_sql_fixtures("rewrite.sql", pairs=True)
BENIGN = load_sql_fixtures("benign.sql", pairs=False)


def _policy_for(meta: dict[str, str]):
    overrides = {}
    if "dialect" in meta:
        overrides["dialect"] = meta["dialect"]
    if "row_filter_value" in meta:
        filters = dict(POLICIES[meta.get("policy", "attack")]["row_filters"])
        filters["Customer"] = {"column": "LastName", "value": meta["row_filter_value"]}
        overrides["row_filters"] = filters
    return policy(meta.get("policy", "attack"), **overrides)


@pytest.mark.parametrize(("meta", "pair"), REWRITES, ids=[m["title"] for m, _ in REWRITES])
def test_rewrite_is_pinned(meta, pair):
    source, expected = pair
    safe = check(source, _policy_for(meta))
    assert safe.sql == expected
    # The output is itself one well-formed statement in the policy's dialect.
    assert len(sqlglot.parse(safe.sql, read=safe.dialect)) == 1


def test_there_are_at_least_30_benign_queries():
    assert len(BENIGN) >= 30


@pytest.mark.parametrize(("meta", "statement"), BENIGN, ids=[m["title"] for m, _ in BENIGN])
def test_benign_query_keeps_its_result(meta, statement, chinook):
    (sql,) = statement
    safe = check(sql, policy(meta.get("policy", "analyst")))
    assert rows(chinook, safe.sql) == rows(chinook, sql)


def test_benign_ordered_query_keeps_its_order(chinook):
    sql = 'SELECT "Country", COUNT(*) AS "count" FROM "Customer" GROUP BY "Country" ORDER BY "count" DESC, "Country"'
    safe = check(sql, policy("analyst", max_rows=5))
    assert chinook.execute(safe.sql).fetchall() == chinook.execute(sql).fetchall()[:5]


@pytest.mark.parametrize(
    ("sql", "max_rows", "expected"),
    [
        ("SELECT InvoiceId FROM Invoice", 10, 10),
        ("SELECT InvoiceId FROM Invoice LIMIT 3", 10, 3),
        ("SELECT InvoiceId FROM Invoice LIMIT 300", 10, 10),
        ("SELECT InvoiceId FROM Invoice LIMIT -1", 10, 10),
        ("SELECT InvoiceId FROM Invoice LIMIT 5 OFFSET 410", 10, 2),
        ("SELECT InvoiceId FROM Invoice UNION ALL SELECT InvoiceId FROM Invoice", 50, 50),
        ("SELECT * FROM (SELECT InvoiceId FROM Invoice LIMIT 500) UNION SELECT 1", 20, 20),
        ("WITH x AS (SELECT InvoiceId FROM Invoice) SELECT * FROM x, x AS y", 25, 25),
        ("VALUES (1), (2), (3)", 2, 2),
    ],
)
def test_row_cap_holds_whatever_the_limit(sql, max_rows, expected, chinook):
    safe = check(sql, policy("analyst", max_rows=max_rows))
    assert len(chinook.execute(safe.sql).fetchall()) == expected
