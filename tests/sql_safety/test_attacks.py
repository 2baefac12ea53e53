"""Rejected statements: every row must raise the named error class, never pass."""

from __future__ import annotations

import pytest

from sql_safety import (
    ColumnNotAllowed,
    ConstructNotAllowed,
    FunctionNotAllowed,
    LimitNotAllowed,
    NothingSelected,
    ParseFailed,
    SqlSafetyError,
    StatementNotAllowed,
    TableNotAllowed,
    check,
)
from tests.sql_safety.helpers import policy

PG, DUCK, MY = "postgres", "duckdb", "mysql"

#: (dialect or None for sqlite, sql, error class). Policy: helpers.POLICIES["attack"].
ATTACKS = [
    # -- does not parse, or more than one statement --------------------------------------------
    (None, "SELECT 1; DROP TABLE Invoice", ParseFailed),
    (None, "SELECT * FROM Invoice; SELECT * FROM Customer", ParseFailed),
    (None, "SELEC * FROM Invoice", ParseFailed),
    (None, "", ParseFailed),
    (None, "   ;  ", ParseFailed),
    (None, "SELECT * FROM Invoice WHERE (", ParseFailed),
    (None, "SELECT 'unterminated", ParseFailed),
    # -- not a read-only query ------------------------------------------------------------------
    (None, "DELETE FROM Invoice", StatementNotAllowed),
    (None, "UPDATE Invoice SET Total = 0", StatementNotAllowed),
    (None, "INSERT INTO Invoice (InvoiceId) VALUES (1)", StatementNotAllowed),
    (None, "INSERT INTO Genre SELECT * FROM Genre", StatementNotAllowed),
    (None, "REPLACE INTO Genre VALUES (1, 'x')", StatementNotAllowed),
    (None, "DROP TABLE Invoice", StatementNotAllowed),
    (None, "CREATE TABLE loot AS SELECT * FROM Invoice", StatementNotAllowed),
    (None, "CREATE VIEW v AS SELECT * FROM Customer", StatementNotAllowed),
    (None, "ALTER TABLE Invoice ADD COLUMN x INT", StatementNotAllowed),
    (None, "PRAGMA table_info(Customer)", StatementNotAllowed),
    (None, "ATTACH DATABASE '/tmp/loot.db' AS loot", StatementNotAllowed),
    (None, "VACUUM INTO '/tmp/copy.db'", StatementNotAllowed),
    (None, "BEGIN", StatementNotAllowed),
    (None, "EXPLAIN SELECT * FROM Invoice", StatementNotAllowed),
    (PG, "WITH d AS (DELETE FROM \"Invoice\" RETURNING *) SELECT * FROM d", StatementNotAllowed),
    (PG, "WITH u AS (UPDATE \"Invoice\" SET \"Total\" = 0 RETURNING 1) SELECT 1", StatementNotAllowed),
    (PG, 'SELECT * INTO loot FROM "Invoice"', StatementNotAllowed),
    (PG, 'SELECT * FROM "Invoice" FOR UPDATE', StatementNotAllowed),
    (PG, 'SELECT * FROM "Invoice" FOR SHARE', StatementNotAllowed),
    (PG, "SET search_path = evil", StatementNotAllowed),
    (PG, "COPY \"Invoice\" TO '/tmp/loot.csv'", StatementNotAllowed),
    (PG, "TRUNCATE \"Invoice\"", StatementNotAllowed),
    (PG, "GRANT ALL ON \"Invoice\" TO public", StatementNotAllowed),
    (MY, "SELECT * FROM Invoice INTO OUTFILE '/tmp/loot'", ParseFailed),  # sqlglot cannot parse it
    (MY, "LOAD DATA INFILE '/etc/passwd' INTO TABLE Genre", ParseFailed),
    (DUCK, "COPY Invoice TO '/tmp/loot.parquet'", StatementNotAllowed),
    (DUCK, "INSTALL httpfs", StatementNotAllowed),
    (None, "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT n FROM r", StatementNotAllowed),
    # -- tables outside the allowlist, system catalogs ----------------------------------------
    (None, "SELECT * FROM Employee", TableNotAllowed),
    (None, 'SELECT * FROM "Employee"', TableNotAllowed),
    (None, "SELECT * FROM sqlite_master", TableNotAllowed),
    (None, "SELECT name FROM sqlite_schema", TableNotAllowed),
    (None, "SELECT * FROM sqlite_temp_master", TableNotAllowed),
    (None, "SELECT * FROM main.sqlite_master", TableNotAllowed),
    (None, "SELECT * FROM pragma_table_info('Customer')", TableNotAllowed),
    (None, "SELECT * FROM Invoice, pragma_database_list", TableNotAllowed),
    (None, "SELECT * FROM temp.Invoice", TableNotAllowed),
    (None, "SELECT * FROM loot.Invoice", TableNotAllowed),
    (None, "SELECT Total FROM Invoice WHERE CustomerId IN (SELECT EmployeeId FROM Employee)", TableNotAllowed),
    (None, "WITH e AS (SELECT * FROM Employee) SELECT * FROM e", TableNotAllowed),
    (None, "SELECT InvoiceId FROM Invoice UNION SELECT EmployeeId FROM Employee", TableNotAllowed),
    (None, "SELECT * FROM Invoice i LEFT JOIN Employee e ON 1 = 1", TableNotAllowed),
    (None, "SELECT (SELECT MAX(Password) FROM Users)", TableNotAllowed),
    (PG, "SELECT * FROM information_schema.tables", TableNotAllowed),
    (PG, "SELECT usename, passwd FROM pg_catalog.pg_shadow", TableNotAllowed),
    (PG, "SELECT * FROM pg_user", TableNotAllowed),
    (PG, "SELECT * FROM Invoice", TableNotAllowed),  # folds to invoice; the policy names "Invoice"
    (PG, "SELECT * FROM public.\"Employee\"", TableNotAllowed),
    (DUCK, "SELECT * FROM '/etc/passwd'", TableNotAllowed),
    (DUCK, "SELECT * FROM duckdb_tables()", TableNotAllowed),
    (DUCK, "SELECT * FROM read_csv('/etc/passwd')", ConstructNotAllowed),
    (PG, "SELECT * FROM generate_series(1, 1000000000)", ConstructNotAllowed),
    (None, "SELECT * FROM (Customer JOIN Invoice ON 1 = 1)", ConstructNotAllowed),
    # -- columns outside the allowlist, wherever they appear -----------------------------------
    (None, "SELECT Email FROM Customer", ColumnNotAllowed),
    (None, "SELECT c.Email FROM Customer c", ColumnNotAllowed),
    (None, "SELECT Customer.Email FROM Customer", ColumnNotAllowed),
    (None, 'SELECT "Email" FROM "Customer"', ColumnNotAllowed),
    (None, "SELECT EMAIL FROM customer", ColumnNotAllowed),
    (None, "SELECT CustomerId FROM Customer WHERE Email LIKE '%@gmail.com'", ColumnNotAllowed),
    (None, "SELECT Country FROM Customer GROUP BY Email", ColumnNotAllowed),
    (None, "SELECT Country FROM Customer ORDER BY Phone", ColumnNotAllowed),
    (None, "SELECT Country FROM Customer GROUP BY Country HAVING MAX(Email) > ''", ColumnNotAllowed),
    (None, "SELECT (SELECT Email FROM Customer LIMIT 1)", ColumnNotAllowed),
    (None, "SELECT Total FROM Invoice i WHERE EXISTS (SELECT 1 FROM Customer c WHERE c.CustomerId = "
           "i.CustomerId AND c.Email LIKE 'a%')", ColumnNotAllowed),
    (None, "SELECT x.Email FROM (SELECT * FROM Customer) x", ColumnNotAllowed),
    (None, "SELECT Email FROM (SELECT * FROM Customer)", ColumnNotAllowed),
    (None, "WITH c AS (SELECT * FROM Customer) SELECT Email FROM c", ColumnNotAllowed),
    (None, "WITH c AS (SELECT Email AS e FROM Customer) SELECT e FROM c", ColumnNotAllowed),
    (None, "SELECT * FROM Customer JOIN Invoice USING (Email)", ColumnNotAllowed),
    (None, "SELECT Composer FROM Track", ColumnNotAllowed),
    (None, "SELECT t.Milliseconds FROM Track t JOIN Genre g ON g.GenreId = t.GenreId", ColumnNotAllowed),
    (None, "SELECT g.Name FROM Genre g JOIN Track t ON t.Bytes > 0", ColumnNotAllowed),
    (None, "SELECT FirstName FROM Customer UNION SELECT Email FROM Customer", ColumnNotAllowed),
    (None, "SELECT FirstName FROM Customer ORDER BY (SELECT Phone FROM Customer LIMIT 1)", ColumnNotAllowed),
    (None, "SELECT ROW_NUMBER() OVER (ORDER BY Email) FROM Customer", ColumnNotAllowed),
    (None, "SELECT COUNT(DISTINCT Email) FROM Customer", ColumnNotAllowed),
    (None, "SELECT CASE WHEN Email LIKE 'a%' THEN 1 END FROM Customer", ColumnNotAllowed),
    (None, "SELECT CAST(SupportRepId AS TEXT) FROM Customer", ColumnNotAllowed),
    (None, "SELECT Country FROM Customer c WHERE c.CustomerId IN (VALUES (c.Fax))", ColumnNotAllowed),
    (None, "SELECT Customer.Email FROM Customer AS c", ColumnNotAllowed),
    (None, "SELECT Email", ColumnNotAllowed),
    # an unqualified name inside a scope with Customer is Customer's (maybe hidden) column
    (None, "SELECT Total FROM Invoice WHERE EXISTS (SELECT 1 FROM Customer WHERE Email IS NOT NULL)",
     ColumnNotAllowed),
    (None, "SELECT main.Customer.Email FROM Customer", ConstructNotAllowed),
    (None, "SELECT a.Country FROM Customer a, Invoice a", ConstructNotAllowed),
    (PG, 'SELECT DISTINCT ON ("Email") "Country" FROM "Customer"', ColumnNotAllowed),
    (PG, 'SELECT "Country" FROM "Customer" c WHERE EXISTS (SELECT 1 WHERE c."Phone" IS NULL)', ColumnNotAllowed),
    (None, "(SELECT Total FROM Invoice) LIMIT 100000", StatementNotAllowed),
    (PG, 'SELECT user FROM "Invoice"', ConstructNotAllowed),
    (PG, 'SELECT "Email" FROM "Customer"', ColumnNotAllowed),
    (PG, 'SELECT "country" FROM "Customer"', ColumnNotAllowed),  # PostgreSQL: quoted is exact
    # -- functions outside the allowlist --------------------------------------------------------
    (None, "SELECT load_extension('/tmp/evil.so')", FunctionNotAllowed),
    (None, "SELECT zeroblob(1000000000)", FunctionNotAllowed),
    (None, "SELECT randomblob(1000000000)", FunctionNotAllowed),
    (None, "SELECT hex(randomblob(1000000000))", FunctionNotAllowed),
    (None, "SELECT readfile('/etc/passwd')", FunctionNotAllowed),
    (None, "SELECT writefile('/tmp/x', 'y')", FunctionNotAllowed),
    (None, "SELECT printf('%.*c', 1000000000, 'x')", FunctionNotAllowed),
    (None, "SELECT repeat('x', 1000000000)", FunctionNotAllowed),
    (None, "SELECT substr(FirstName, 1) FROM Customer WHERE sqlite_version() > ''", FunctionNotAllowed),
    (None, "SELECT Total FROM Invoice WHERE Total > (SELECT changes())", FunctionNotAllowed),
    (PG, "SELECT pg_sleep(10)", FunctionNotAllowed),
    (PG, "SELECT pg_read_file('/etc/passwd')", FunctionNotAllowed),
    (PG, "SELECT set_config('search_path', 'evil', false)", FunctionNotAllowed),
    (PG, "SELECT nextval('invoice_seq')", FunctionNotAllowed),
    (PG, "SELECT setval('invoice_seq', 1)", FunctionNotAllowed),
    (PG, "SELECT current_setting('data_directory')", FunctionNotAllowed),
    (PG, "SELECT lo_import('/etc/passwd')", FunctionNotAllowed),
    (PG, "SELECT dblink('host=evil', 'SELECT 1')", FunctionNotAllowed),
    (PG, "SELECT current_user", FunctionNotAllowed),
    (PG, "SELECT lpad('x', 1000000000, 'y')", FunctionNotAllowed),
    (PG, "SELECT pg_catalog.pg_sleep(1)", ConstructNotAllowed),
    (PG, "SELECT CAST('pg_authid' AS regclass)", ConstructNotAllowed),
    (PG, "SELECT $1", ConstructNotAllowed),
    (MY, "SELECT sleep(10)", FunctionNotAllowed),
    (MY, "SELECT benchmark(100000000, md5('x'))", FunctionNotAllowed),
    (MY, "SELECT load_file('/etc/passwd')", FunctionNotAllowed),
    (MY, "SELECT @@version", ConstructNotAllowed),
    (MY, "SELECT @a := 1", ConstructNotAllowed),
    (DUCK, "SELECT getenv('HOME')", FunctionNotAllowed),
    (DUCK, "SELECT * EXCLUDE (Total) FROM Invoice", ConstructNotAllowed),
    (None, "SELECT * FROM Invoice WHERE CustomerId = ?", ConstructNotAllowed),
    (None, "SELECT * FROM Invoice WHERE CustomerId = :tenant", ConstructNotAllowed),
    # -- text the generator would write out verbatim (units, collations) ------------------------
    (PG, "SELECT date_part('epoch FROM \"InvoiceDate\") AS x, (SELECT 1', \"InvoiceDate\") FROM \"Invoice\"",
     ConstructNotAllowed),
    (PG, "SELECT date_part('day) FROM \"Employee\" --', \"InvoiceDate\") FROM \"Invoice\"", ConstructNotAllowed),
    (None, "SELECT Name FROM Genre ORDER BY Name COLLATE \"nocase, (SELECT 1)\"", ConstructNotAllowed),
    # -- limits the cap cannot reason about ----------------------------------------------------
    (None, "SELECT * FROM Invoice LIMIT (SELECT 100000)", LimitNotAllowed),
    (None, "SELECT * FROM Invoice LIMIT 1 + 1", LimitNotAllowed),
    (None, "SELECT * FROM Invoice LIMIT 10 OFFSET -1", LimitNotAllowed),
    (PG, 'SELECT * FROM "Invoice" FETCH FIRST 50 PERCENT ROWS ONLY', LimitNotAllowed),
    (PG, 'SELECT * FROM "Invoice" ORDER BY "Total" FETCH FIRST 1 ROWS WITH TIES', LimitNotAllowed),
]


def _id(row) -> str:
    dialect, sql, _ = row
    return f"{dialect or 'sqlite'}: {sql[:70]}"


def test_there_are_at_least_60_attacks():
    assert len(ATTACKS) >= 60


@pytest.mark.parametrize(("dialect", "sql", "error"), ATTACKS, ids=[_id(r) for r in ATTACKS])
def test_attack_is_rejected(dialect, sql, error):
    with pytest.raises(error) as caught:
        check(sql, policy("attack", **({"dialect": dialect} if dialect else {})))
    # One clear sentence: non-empty, one line, no Python noise.
    reason = caught.value.reason
    assert reason and "\n" not in reason and str(caught.value) == reason
    assert "Traceback" not in reason and "<" not in reason


@pytest.mark.parametrize(
    ("sql", "reason"),
    [
        ("SELECT Email FROM Customer", "column Customer.Email is not exposed"),
        ("SELECT c.Email FROM Customer AS c", "column Customer.Email is not exposed"),
        ("SELECT Country FROM Customer ORDER BY Phone", "column Customer.Phone is not exposed"),
        ("SELECT * FROM Employee", "table Employee is not exposed"),
        ("SELECT * FROM sqlite_master", "system catalog sqlite_master is never exposed"),
        ("DELETE FROM Invoice", "only read-only queries are allowed, not DELETE"),
        ("SELECT 1; SELECT 2", "exactly one statement is allowed, got 2"),
        ("SELECT load_extension('x')", "function LOAD_EXTENSION is not allowed"),
        ("SELECT Name FROM Track t JOIN Customer c ON 1 = 1 WHERE Bytes > 0",
         "column Bytes is not exposed by any of Customer, Track"),
        ("SELECT * FROM Invoice WHERE (",
         "the query does not parse as SQLite SQL: incomplete expression near '(' (line 1, column 29)"),
    ],
)
def test_reasons_name_what_failed(sql, reason):
    with pytest.raises(SqlSafetyError) as caught:
        check(sql, policy("attack"))
    assert caught.value.reason == reason


def test_postgres_reason_hints_at_quoting():
    with pytest.raises(TableNotAllowed) as caught:
        check("SELECT * FROM Invoice", policy("attack", dialect="postgres"))
    assert caught.value.reason == (
        'table invoice is not exposed (did you mean "Invoice"? PostgreSQL folds unquoted names to lower case)'
    )


def test_parse_errors_carry_position():
    with pytest.raises(ParseFailed) as caught:
        check("SELECT * FROM Invoice WHERE (", policy("attack"))
    assert caught.value.errors and caught.value.line == 1


def test_rejected_column_carries_position():
    with pytest.raises(ColumnNotAllowed) as caught:
        check("SELECT Country,\n  Email FROM Customer", policy("attack"))
    assert (caught.value.line, caught.value.col) == (2, 7)


@pytest.mark.parametrize("sql", ["SELECT", "SELECT FROM Invoice", "SELECT * FROM Invoice WHERE Total IN (SELECT)",
                                 "SELECT 1 UNION SELECT"])
def test_a_query_that_selects_nothing_has_its_own_code(sql):
    with pytest.raises(StatementNotAllowed) as caught:
        check(sql, policy("attack"))
    assert caught.value.code in {"nothing_selected", "sql_parse_failed"}
    if sql == "SELECT":
        assert caught.value.code == "nothing_selected"


@pytest.mark.parametrize("error", [ParseFailed, StatementNotAllowed, TableNotAllowed, ColumnNotAllowed,
                                   FunctionNotAllowed, ConstructNotAllowed, LimitNotAllowed, NothingSelected])
def test_every_error_is_a_sql_safety_error_with_a_code(error):
    assert issubclass(error, SqlSafetyError) and error.code != SqlSafetyError.code
