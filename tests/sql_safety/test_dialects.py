"""Tenant oracle on real engines beside SQLite: DuckDB (in process) and PostgreSQL (local server).

DuckDB gets the same cases as test_tenant.py, on tables copied from Chinook. PostgreSQL gets a
scratch database loaded from the Chinook PostgreSQL script (customer, invoice, invoice_line only):
schema ``full_data`` holds every row, schema ``tenant_data`` only the tenant's; the rewritten query
runs on the first, the original on the second.
"""

from __future__ import annotations

import os
import re
import sqlite3

import pytest

from sql_safety import Policy, check
from tests.sql_safety.conftest import TENANTS
from tests.sql_safety.helpers import CHINOOK_PG, load_sql_fixtures, policy, rows

CASES = load_sql_fixtures("tenant.sql", pairs=False)
DUCK_TABLES = ("Invoice", "InvoiceLine", "Track", "Genre", "Customer")


# -- DuckDB ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def duck(chinook_path):
    duckdb = pytest.importorskip("duckdb", reason="duckdb not installed (optional extra)")
    pandas = pytest.importorskip("pandas")
    source = sqlite3.connect(f"file:{chinook_path}?mode=ro", uri=True)
    frames = {t: pandas.read_sql_query(f'SELECT * FROM "{t}"', source) for t in DUCK_TABLES}
    source.close()
    databases = {}
    for name, keep in [("full", {})] + [(t, spec[1]) for t, spec in TENANTS.items()]:
        connection = duckdb.connect(":memory:")
        for table, frame in frames.items():
            connection.register("frame", frame)
            connection.execute(f'CREATE TABLE "{table}" AS SELECT * FROM frame')
            connection.unregister("frame")
            if table in keep:
                connection.execute(f'DELETE FROM "{table}" WHERE NOT ({keep[table]})')
        databases[name] = connection
    yield databases
    for connection in databases.values():
        connection.close()


@pytest.mark.parametrize("tenant", ["customer5", "brazil"])
@pytest.mark.parametrize(("meta", "statement"), CASES, ids=[m["title"] for m, _ in CASES])
def test_duckdb_rewrite_sees_only_the_tenant_rows(meta, statement, tenant, duck):
    (sql,) = statement
    safe = check(sql, policy("tenant", dialect="duckdb", row_filters=TENANTS[tenant][0]))
    assert rows(duck["full"], safe.sql) == rows(duck[tenant], sql)


# -- PostgreSQL --------------------------------------------------------------------------------

PG_TABLES = ("customer", "invoice", "invoice_line")
PG_POLICY = {
    "dialect": "postgres",
    "tables": {"invoice": "*", "invoice_line": "*",
               "customer": ["customer_id", "first_name", "last_name", "country", "support_rep_id"]},
    "max_rows": 100000,
    "row_filters": {"invoice": {"column": "customer_id", "value": 5},
                    "customer": {"column": "customer_id", "value": 5}},
}
PG_CASES = [
    "SELECT invoice_id, total FROM invoice WHERE customer_id = 5 OR 1 = 1",
    "SELECT COUNT(*), SUM(total) FROM invoice",
    'SELECT "invoice_id" FROM "invoice" AS "i" WHERE "i"."total" > 0 OR TRUE',
    "SELECT i.invoice_id FROM public.invoice i",
    "SELECT a.invoice_id, b.invoice_id FROM invoice a JOIN invoice b ON a.invoice_id < b.invoice_id",
    "SELECT c.customer_id, i.invoice_id FROM customer c LEFT JOIN invoice i ON i.customer_id = c.customer_id OR 1 = 1",
    "SELECT i.invoice_id, c.customer_id FROM invoice i FULL OUTER JOIN customer c ON c.customer_id = i.customer_id",
    "SELECT il.invoice_line_id, i.customer_id FROM invoice_line il LEFT JOIN invoice i USING "
    "(invoice_id) WHERE il.invoice_line_id < 300",
    "SELECT COUNT(*) FROM invoice_line WHERE invoice_id IN (SELECT invoice_id FROM invoice)",
    "SELECT c.customer_id, (SELECT SUM(i.total) FROM invoice i WHERE i.customer_id = c.customer_id) FROM customer c",
    "WITH mine AS (SELECT * FROM invoice) SELECT customer_id, COUNT(*) FROM mine GROUP BY customer_id",
    "WITH invoice AS (SELECT * FROM public.invoice) SELECT COUNT(*) FROM invoice",
    "SELECT customer_id FROM invoice UNION SELECT customer_id FROM customer",
    "SELECT customer_id FROM customer INTERSECT SELECT customer_id FROM invoice",
    "SELECT invoice_id, RANK() OVER (ORDER BY total DESC, invoice_id) FROM invoice",
    "SELECT date_trunc('year', invoice_date) AS y, SUM(total) FROM invoice GROUP BY 1",
    "SELECT EXTRACT(YEAR FROM invoice_date) AS y, COUNT(DISTINCT customer_id) FROM invoice GROUP BY "
    "1 HAVING COUNT(*) > 0",
    "SELECT COUNT(*) FROM invoice NATURAL JOIN customer",
    "SELECT * FROM (SELECT customer_id, total FROM invoice WHERE customer_id <> 5) s",
    "SELECT EXISTS (SELECT 1 FROM invoice WHERE customer_id = 42)",
]


def _pg_statements(tables: tuple[str, ...]) -> list[str]:
    text = CHINOOK_PG.read_text(encoding="utf-8")
    keep = []
    for statement in re.split(r";\s*\n", text):
        body = statement.strip()
        for table in tables:
            if re.match(rf"(CREATE TABLE|INSERT INTO) {table}\b", body):
                keep.append(body)
    return keep


@pytest.fixture(scope="module")
def pg():
    psycopg = pytest.importorskip("psycopg", reason="psycopg not installed (postgres extra)")
    if not CHINOOK_PG.exists():
        pytest.skip(f"Chinook PostgreSQL script not found at {CHINOOK_PG}")
    dsn = os.environ.get("DATACHAT_TEST_POSTGRES", "host=127.0.0.1 port=5432 user=postgres")
    try:
        admin = psycopg.connect(dsn + " dbname=postgres", autocommit=True, connect_timeout=3)
    except psycopg.OperationalError as error:
        pytest.skip(f"PostgreSQL server not reachable at {dsn!r}: {error}")
    name = f"sql_safety_test_{os.getpid()}"
    admin.execute(f"DROP DATABASE IF EXISTS {name}")
    admin.execute(f"CREATE DATABASE {name}")
    try:
        connection = psycopg.connect(dsn + f" dbname={name}", autocommit=True)
        statements = _pg_statements(PG_TABLES)
        for schema, keep in (("full_data", False), ("tenant_data", True)):
            connection.execute(f"CREATE SCHEMA {schema}")
            connection.execute(f"SET search_path = {schema}")
            for statement in statements:
                connection.execute(statement)
            if keep:
                connection.execute("DELETE FROM invoice WHERE customer_id <> 5")
                connection.execute("DELETE FROM customer WHERE customer_id <> 5")
        yield connection
        connection.close()
    finally:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.close()


def _pg_rows(connection, schema: str, sql: str) -> list[tuple]:
    connection.execute(f"SET search_path = {schema}, public")
    # `public.invoice` in a case means the default schema; map it onto the schema under test.
    return rows(connection, sql.replace("public.", f"{schema}."))


@pytest.mark.postgres
@pytest.mark.parametrize("sql", PG_CASES)
def test_postgres_rewrite_sees_only_the_tenant_rows(sql, pg):
    safe = check(sql, Policy.from_dict(PG_POLICY))
    assert _pg_rows(pg, "full_data", safe.sql) == _pg_rows(pg, "tenant_data", sql)


@pytest.mark.postgres
def test_postgres_oracle_is_not_vacuous(pg):
    sql = "SELECT COUNT(*) FROM invoice"
    assert _pg_rows(pg, "full_data", sql) != _pg_rows(pg, "tenant_data", sql)


@pytest.mark.postgres
def test_postgres_hidden_column_is_really_gone(pg):
    safe = check("SELECT * FROM customer", Policy.from_dict(PG_POLICY))
    pg.execute("SET search_path = full_data")
    cursor = pg.execute(safe.sql)
    assert [d.name for d in cursor.description] == ["customer_id", "first_name", "last_name", "country",
                                                     "support_rep_id"]
    assert len(cursor.fetchall()) == 1
