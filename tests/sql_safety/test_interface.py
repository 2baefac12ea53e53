"""The Python interface the pipeline codes against, and the SQL shapes the engine generates."""

from __future__ import annotations

import pytest

import sql_safety
from sql_safety import Policy, SafeQuery, SqlSafetyError, check, rewrite
from sql_safety.guard import RULES

ENGINE_POLICY = {
    "tables": {"Invoice": "*", "Customer": ["CustomerId", "FirstName", "Country"]},
    "max_rows": 1000,
    "row_filters": {"Invoice": {"column": "CustomerId", "value": 5}},
}


def engine_policy(dialect: str) -> Policy:
    return Policy.from_dict({"dialect": dialect, **ENGINE_POLICY})


def test_public_names():
    assert set(sql_safety.__all__) >= {"Policy", "check", "rewrite", "SafeQuery", "SqlSafetyError",
                                       "ParseFailed", "StatementNotAllowed", "TableNotAllowed",
                                       "ColumnNotAllowed", "FunctionNotAllowed", "PolicyError"}


def test_package_does_not_import_django():
    import subprocess
    import sys

    code = "import sys, sql_safety; sys.exit(any(m.startswith('django') for m in sys.modules))"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_safe_query_reports_tables_and_columns():
    safe = check("SELECT c.Country, SUM(i.Total) FROM Customer c JOIN Invoice i USING (CustomerId) "
                 "GROUP BY c.Country", engine_policy("sqlite"))
    assert isinstance(safe, SafeQuery) and safe.dialect == "sqlite"
    assert safe.tables == frozenset({"Invoice", "Customer"})
    assert safe.columns == frozenset({("Customer", "Country"), ("Customer", "CustomerId"),
                                      ("Invoice", "CustomerId"), ("Invoice", "Total")})
    assert str(safe) == safe.sql == rewrite(
        "SELECT c.Country, SUM(i.Total) FROM Customer c JOIN Invoice i USING (CustomerId) GROUP BY c.Country",
        engine_policy("sqlite"),
    )


def test_star_reports_exposed_columns():
    safe = check("SELECT * FROM Customer, Invoice", engine_policy("sqlite"))
    assert safe.columns == frozenset({("Customer", "CustomerId"), ("Customer", "FirstName"),
                                      ("Customer", "Country"), ("Invoice", "*")})


def test_output_alias_is_not_reported_as_a_column():
    safe = check('SELECT "Country", COUNT(*) AS "count" FROM "Customer" GROUP BY "Country" ORDER BY "count"',
                 engine_policy("sqlite"))
    assert safe.columns == frozenset({("Customer", "Country")})


def test_on_table_reports_each_table_once_after_success():
    seen = []
    check("SELECT FirstName FROM Customer WHERE CustomerId IN (SELECT CustomerId FROM Invoice) "
          "UNION SELECT Country FROM Customer",
          engine_policy("sqlite"), on_table=lambda table, columns: seen.append((table, columns)))
    assert seen == [("Customer", frozenset({"FirstName", "CustomerId", "Country"})),
                    ("Invoice", frozenset({"CustomerId"}))]


def test_on_table_not_called_on_rejection():
    seen = []
    with pytest.raises(SqlSafetyError):
        check("SELECT Email FROM Customer", engine_policy("sqlite"), on_table=lambda *a: seen.append(a))
    assert seen == []


def test_check_needs_a_policy_object():
    with pytest.raises(TypeError):
        check("SELECT 1", {"dialect": "sqlite"})  # type: ignore[arg-type]


def test_rules_run_in_documented_order():
    assert [r.__name__ for r in RULES] == ["reject_writes", "reject_unsafe_constructs", "enforce_allowlist",
                                           "add_tenant_filter", "enforce_row_limit"]


def test_rewrite_output_passes_the_guard_again():
    """Rewritten SQL is still a valid guarded query (useful when a caller re-checks stored SQL)."""
    policy = engine_policy("sqlite")
    first = check("SELECT Country, COUNT(*) AS n FROM Customer GROUP BY Country ORDER BY n DESC", policy)
    second = check(first.sql, policy)
    assert second.tables == first.tables


# Shapes the semantic engine generates, per dialect (quoted identifiers, aliases in ORDER BY and
# HAVING, CASE, CAST, date bucketing, COUNT(DISTINCT), windows, scalar subqueries, CTEs, LIKE).
ENGINE_SQL = {
    "sqlite": [
        'SELECT "Country", COUNT(*) AS "count" FROM "Customer" GROUP BY "Country" ORDER BY "count" DESC LIMIT 10',
        'SELECT strftime(\'%Y-%m\', "InvoiceDate") AS "month", SUM("Total") AS "total" FROM '
        '"Invoice" GROUP BY "month" ORDER BY "month"',
        'SELECT "Country", COUNT(DISTINCT "CustomerId") AS "n" FROM "Customer" GROUP BY "Country" '
        'HAVING "n" > 1 ORDER BY "n" DESC',
        'SELECT CASE WHEN "Total" >= 10 THEN \'high\' ELSE \'low\' END AS "band", COUNT(*) AS '
        '"count" FROM "Invoice" GROUP BY "band"',
        'SELECT CAST("Total" AS INTEGER) AS "t", ROW_NUMBER() OVER (ORDER BY "Total" DESC) AS "rank" FROM "Invoice"',
        'SELECT "FirstName", (SELECT COUNT(*) FROM "Invoice" AS "i" WHERE "i"."CustomerId" = '
        '"c"."CustomerId") AS "orders" FROM "Customer" AS "c"',
        'WITH "t" AS (SELECT "CustomerId", SUM("Total") AS "total" FROM "Invoice" GROUP BY '
        '"CustomerId") SELECT "c"."Country", "t"."total" FROM "t" JOIN "Customer" AS "c" ON '
        '"c"."CustomerId" = "t"."CustomerId" ORDER BY "t"."total" DESC',
        'SELECT "FirstName" FROM "Customer" WHERE "Country" LIKE \'B%\' ORDER BY "FirstName"',
    ],
    "postgres": [
        'SELECT "Country", COUNT(*) AS "count" FROM "Customer" GROUP BY "Country" ORDER BY "count" DESC LIMIT 10',
        'SELECT date_trunc(\'month\', "InvoiceDate") AS "month", SUM("Total") AS "total" FROM '
        '"Invoice" GROUP BY 1 ORDER BY 1',
        'SELECT EXTRACT(YEAR FROM "InvoiceDate") AS "year", AVG("Total")::numeric(10, 2) AS "avg" '
        'FROM "Invoice" GROUP BY 1',
        'SELECT "Country", COUNT(DISTINCT "CustomerId") AS "n" FROM "Customer" GROUP BY "Country" '
        'HAVING COUNT(DISTINCT "CustomerId") > 1 ORDER BY "n" DESC',
        'SELECT to_char("InvoiceDate", \'YYYY-MM\') AS "m", SUM("Total") FROM "Invoice" GROUP BY 1',
        'SELECT "FirstName" FROM "Customer" WHERE "Country" ILIKE \'b%\'',
        'SELECT "Total", LAG("Total") OVER (ORDER BY "InvoiceDate") AS "prev" FROM "Invoice"',
    ],
    "duckdb": [
        'SELECT "Country", COUNT(*) AS "count" FROM "Customer" GROUP BY "Country" ORDER BY "count" DESC LIMIT 10',
        'SELECT date_trunc(\'month\', "InvoiceDate") AS "month", SUM("Total") AS "total" FROM '
        '"Invoice" GROUP BY ALL ORDER BY 1',
        'SELECT strftime("InvoiceDate", \'%Y\') AS "y", COUNT(*) FROM "Invoice" GROUP BY 1',
        'SELECT EXTRACT(YEAR FROM "InvoiceDate") AS "year", median("Total") FROM "Invoice" GROUP BY 1',
    ],
    "mysql": [
        "SELECT `Country`, COUNT(*) AS `count` FROM `Customer` GROUP BY `Country` ORDER BY `count` DESC LIMIT 10",
        "SELECT DATE_FORMAT(`InvoiceDate`, '%Y-%m') AS `month`, SUM(`Total`) AS `total` FROM "
        "`Invoice` GROUP BY `month`",
        "SELECT YEAR(`InvoiceDate`) AS `y`, COUNT(DISTINCT `CustomerId`) AS `n` FROM `Invoice` GROUP "
        "BY `y` HAVING `n` > 0",
    ],
}


@pytest.mark.parametrize(
    ("dialect", "sql"), [(d, s) for d, sqls in ENGINE_SQL.items() for s in sqls]
)
def test_engine_shapes_pass(dialect, sql):
    safe = check(sql, engine_policy(dialect))
    assert safe.tables and safe.sql
