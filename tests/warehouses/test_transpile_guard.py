"""Trino, BigQuery, Snowflake (no server here): the engine's SQL transpiled and the guard, table-driven.

Unverified: these statements never run on a real Trino, BigQuery or Snowflake; the tests prove only that
sqlglot writes them and the guard accepts the safe ones and refuses the dangerous ones.
"""

from __future__ import annotations

import pytest

from datachat.nl2sql.schema import Column, ForeignKey, Schema, Table
from datachat.nl2sql.transpile import transpiling
from sql_safety import Policy, SqlSafetyError, check

SCHEMA = Schema(
    tables=[
        Table("Customer", [Column("CustomerId", "integer", primary_key=True), Column("Country")], ["CustomerId"]),
        Table("Invoice", [Column("InvoiceId", "integer", primary_key=True), Column("CustomerId", "integer"),
                          Column("InvoiceDate", "datetime"), Column("Total", "number")], ["InvoiceId"]),
    ],
    foreign_keys=[ForeignKey("Invoice", "CustomerId", "Customer", "CustomerId")],
)
POLICY = {"tables": {"Customer": "*", "Invoice": "*"}, "max_rows": 100,
          "row_filters": {"Invoice": {"column": "CustomerId", "value": 5}}}
QUESTIONS = ["how many invoices are there?", "total by country", "total by year", "top 3 countries by total"]
WAREHOUSES = ["trino", "bigquery", "snowflake", "clickhouse"]

DANGEROUS = [
    ("trino", "SELECT * FROM system.runtime.queries"),
    ("trino", "SELECT * FROM hive.default.Invoice"),
    ("trino", "SELECT * FROM other_schema.Invoice"),
    ("trino", "SELECT * FROM TABLE(system.query(query => 'SELECT 1'))"),
    ("bigquery", "SELECT * FROM EXTERNAL_QUERY('conn', 'SELECT * FROM secrets')"),
    ("bigquery", "DECLARE x INT64; SELECT 1"),
    ("bigquery", "BEGIN SELECT 1; END"),
    ("bigquery", "EXECUTE IMMEDIATE 'SELECT 1'"),
    ("bigquery", "SELECT * FROM `other-project.ds.Invoice`"),
    ("bigquery", "SELECT * FROM `region-us`.INFORMATION_SCHEMA.JOBS"),
    ("bigquery", "SELECT * FROM Invoice FOR SYSTEM_TIME AS OF TIMESTAMP '2020-01-01'"),
    ("bigquery", "SELECT SESSION_USER()"),
    ("snowflake", "SELECT * FROM TABLE(RESULT_SCAN(LAST_QUERY_ID()))"),
    ("snowflake", "SELECT SYSTEM$WHITELIST()"),
    ("snowflake", "SELECT * FROM @stage"),
    ("snowflake", "SELECT * FROM snowflake.account_usage.query_history"),
    ("snowflake", "COPY INTO @s FROM Invoice"),
    ("snowflake", "SELECT * FROM TABLE(GENERATOR(ROWCOUNT => 1e9))"),
    ("snowflake", 'SELECT * FROM "Invoice" AT(OFFSET => -60)'),
    ("snowflake", "CALL proc()"),
]


@pytest.mark.parametrize("dialect", WAREHOUSES)
@pytest.mark.parametrize("question", QUESTIONS)
def test_engine_sql_is_written_in_the_dialect_and_passes_the_guard(dialect, question):
    engine = transpiling(SCHEMA, dialect)
    sql = engine.translate(question).sql
    assert sql, question
    safe = check(sql, Policy.from_dict({"dialect": dialect, **POLICY}))
    assert "Invoice" in safe.tables or "Customer" in safe.tables
    if "Invoice" in safe.tables:
        assert "= 5" in safe.sql  # the tenant filter is in place


@pytest.mark.parametrize(("dialect", "sql"), DANGEROUS)
def test_dangerous_constructs_are_refused(dialect, sql):
    with pytest.raises(SqlSafetyError):
        check(sql, Policy.from_dict({"dialect": dialect, **POLICY}))


def test_snowflake_folds_unquoted_names_to_upper_case():
    policy = Policy.from_dict({"dialect": "snowflake", "tables": {"INVOICE": "*"}})
    assert check("SELECT total FROM invoice", policy).tables == {"INVOICE"}
    with pytest.raises(SqlSafetyError, match="upper case"):
        check("SELECT 1 FROM Invoice", Policy.from_dict({"dialect": "snowflake", "tables": {"Invoice": "*"}}))


def test_clickhouse_names_are_case_sensitive():
    policy = Policy.from_dict({"dialect": "clickhouse", "tables": {"Invoice": "*"}})
    assert check("SELECT 1 FROM Invoice", policy).tables == {"Invoice"}
    with pytest.raises(SqlSafetyError):
        check("SELECT 1 FROM invoice", policy)
