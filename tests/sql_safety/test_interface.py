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


# Functions and syntax analysts reach for, per dialect: all must pass under a "*" policy.
ANALYST_SQL = {
    "postgres": [
        'SELECT "Total"::numeric(10,2), CAST("Total" AS DOUBLE PRECISION), CAST("InvoiceId" AS TEXT), '
        'CAST("InvoiceDate" AS DATE), CAST("Total" AS REAL), CAST("BillingCity" AS VARCHAR(10)) FROM "Invoice"',
        'SELECT COUNT(*) FILTER (WHERE "Total" > 5), PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY "Total"), '
        "STRING_AGG(\"BillingCity\", ', ') FROM \"Invoice\"",
        "SELECT \"InvoiceDate\" + INTERVAL '1 day', NOW() - INTERVAL '30 days', CURRENT_DATE, AGE(\"InvoiceDate\") "
        "FROM \"Invoice\" WHERE \"InvoiceDate\" > CURRENT_DATE - INTERVAL '5 years'",
        "SELECT EXTRACT(EPOCH FROM \"InvoiceDate\"), date_part('year', \"InvoiceDate\"), "
        "\"BillingCity\" IS DISTINCT FROM 'x', \"BillingCity\" ILIKE '%a%' FROM \"Invoice\"",
        'SELECT "BillingCountry", SUM("Total") AS s, SUM("Total") * 100.0 / SUM(SUM("Total")) OVER () AS pct '
        'FROM "Invoice" GROUP BY "BillingCountry" ORDER BY s DESC NULLS LAST',
        'SELECT NTILE(4) OVER (ORDER BY "Total"), LEAD("Total", 1, 0) OVER w FROM "Invoice" '
        'WINDOW w AS (ORDER BY "InvoiceDate")',
        "SELECT GREATEST(1, 2), LEAST(1, 2), ABS(-1), ROUND(1.234, 2), CEIL(1.2), FLOOR(1.2), POWER(2, 3), "
        "SQRT(4), LN(2), MOD(5, 2), TRUNC(2.5)",
        "SELECT UPPER(\"BillingCity\"), LENGTH(\"BillingCity\"), SUBSTRING(\"BillingCity\" FROM 1 FOR 3), "
        "TRIM(\"BillingCity\"), REPLACE(\"BillingCity\", 'a', 'b'), POSITION('a' IN \"BillingCity\"), "
        "LEFT(\"BillingCity\", 2), CONCAT(\"BillingCity\", 'x'), SPLIT_PART(\"BillingCity\", ' ', 1) FROM \"Invoice\"",
        "SELECT to_char(\"InvoiceDate\", 'YYYY-\"Q\"Q'), to_char(\"InvoiceDate\", 'Mon DD, YYYY') FROM \"Invoice\"",
        "SELECT DATE_TRUNC('week', \"InvoiceDate\")::date AS w, COUNT(*) FROM \"Invoice\" GROUP BY 1 ORDER BY 1",
        "SELECT CASE \"BillingCountry\" WHEN 'USA' THEN 1 ELSE 0 END, COALESCE(\"BillingState\", 'n/a'), "
        'NULLIF("Total", 0) FROM "Invoice"',
        'SELECT BOOL_OR("Total" > 10), EVERY("Total" > 0), STDDEV("Total"), VARIANCE("Total"), '
        'MODE() WITHIN GROUP (ORDER BY "BillingCountry") FROM "Invoice"',
    ],
    "sqlite": [
        "SELECT date('now', '-30 days'), datetime(InvoiceDate, 'start of month'), "
        "julianday('now') - julianday(InvoiceDate), strftime('%w', InvoiceDate), "
        "CAST(strftime('%m', InvoiceDate) AS INTEGER), IIF(Total > 5, 'a', 'b'), INSTR(BillingCity, 'a') FROM Invoice",
        "SELECT BillingCity FROM Invoice ORDER BY BillingCity COLLATE NOCASE",
        "SELECT total(Total), avg(Total), count(DISTINCT BillingCity), group_concat(DISTINCT BillingCountry), "
        "min(Total, 5), max(Total) FROM Invoice",
        "SELECT substr(BillingCity, 1, 3) || '-' || upper(BillingCountry), typeof(Total), round(Total), abs(Total), "
        "ltrim(BillingCity), length(BillingCity), coalesce(BillingState, ''), ifnull(BillingState, '') FROM Invoice",
        "SELECT CAST(Total AS REAL), CAST(Total AS NUMERIC), CAST(InvoiceId AS TEXT), Total / 2.0, InvoiceId % 2, "
        "-Total FROM Invoice",
        "SELECT InvoiceDate FROM Invoice WHERE InvoiceDate BETWEEN '2010-01-01' AND '2011-01-01' "
        "AND BillingCity GLOB 'S*' AND BillingCity LIKE 'S%' ESCAPE '!'",
        "SELECT sign(Total), unixepoch(InvoiceDate), time(InvoiceDate), datetime('now') FROM Invoice",
    ],
    "duckdb": [
        "SELECT date_trunc('month', InvoiceDate), date_part('year', InvoiceDate), "
        "datediff('day', InvoiceDate, current_date), InvoiceDate + INTERVAL 1 DAY, strftime(InvoiceDate, '%Y-%m'), "
        "year(InvoiceDate), monthname(InvoiceDate), dayname(InvoiceDate), epoch(InvoiceDate), "
        "make_date(2020, 1, 1) FROM Invoice",
        "SELECT median(Total), quantile_cont(Total, 0.9), string_agg(BillingCity, ','), count_if(Total > 5), "
        "any_value(BillingCity), arg_max(BillingCity, Total) FROM Invoice",
        "SELECT BillingCountry, SUM(Total) FROM Invoice GROUP BY ALL ORDER BY ALL",
        "SELECT * FROM Invoice QUALIFY ROW_NUMBER() OVER (PARTITION BY BillingCountry ORDER BY Total DESC) = 1",
        "SELECT CAST(Total AS DECIMAL(10,2)), Total::INTEGER, TRY_CAST(BillingCity AS INTEGER) FROM Invoice",
    ],
    "mysql": [
        "SELECT DATE_FORMAT(InvoiceDate, '%Y-%m'), YEAR(InvoiceDate), MONTH(InvoiceDate), DAYNAME(InvoiceDate), "
        "MONTHNAME(InvoiceDate), NOW(), CURDATE(), DATEDIFF(NOW(), InvoiceDate), "
        "TIMESTAMPDIFF(DAY, InvoiceDate, NOW()), DATE_ADD(InvoiceDate, INTERVAL 1 DAY), "
        "DATE_SUB(InvoiceDate, INTERVAL 1 MONTH) FROM Invoice",
        "SELECT IFNULL(BillingState, 'x'), IF(Total > 5, 1, 0), CONCAT_WS('-', BillingCity, BillingCountry), "
        "GROUP_CONCAT(BillingCity SEPARATOR ', '), CAST(Total AS SIGNED), CAST(Total AS DECIMAL(10,2)), "
        "CAST(InvoiceId AS CHAR), TRUNCATE(Total, 1), ROUND(Total, 1) FROM Invoice",
        "SELECT `BillingCity` FROM `Invoice` WHERE `BillingCity` REGEXP '^S' LIMIT 5",
    ],
}


@pytest.mark.parametrize(("dialect", "sql"), [(d, s) for d, sqls in ANALYST_SQL.items() for s in sqls])
def test_analyst_functions_pass(dialect, sql):
    check(sql, Policy.from_dict({"dialect": dialect, "tables": {"Invoice": "*"}}))


@pytest.mark.parametrize("sql", ANALYST_SQL["sqlite"])
def test_analyst_sqlite_rewrite_keeps_results(sql, chinook):
    from tests.sql_safety.helpers import rows

    safe = check(sql, Policy.from_dict({"dialect": "sqlite", "tables": {"Invoice": "*"}, "max_rows": 100000}))
    volatile = "now" in sql  # date('now') may tick between the two runs
    if not volatile:
        assert rows(chinook, safe.sql) == rows(chinook, sql)
    else:
        assert len(chinook.execute(safe.sql).fetchall()) == len(chinook.execute(sql).fetchall())
