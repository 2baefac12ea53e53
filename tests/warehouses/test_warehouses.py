"""The guard, the engine, cost ceilings and timeouts on real warehouses (MariaDB, ClickHouse in chDB)."""

from __future__ import annotations

import re

import pytest
import sqlalchemy as sa
import sqlglot

from bench.bench_warehouses import accuracy
from datachat.services.cost import QueryTooExpensive, enforce_ceiling, estimate
from datachat.services.execute import QueryFailed, QueryTimeout, run_query
from datachat.services.sources import sa_engine as get_engine
from sql_safety import LimitNotAllowed, SqlSafetyError, check
from tests.sql_safety.conftest import TENANTS
from tests.sql_safety.helpers import load_sql_fixtures, policy, rows
from tests.sql_safety.test_attacks import ATTACKS
from tests.warehouses.chinook import CHINOOK

CASES = load_sql_fixtures("tenant.sql", pairs=False)

#: Dangerous constructs of each warehouse dialect; every one must be refused by the guard.
DIALECT_ATTACKS = {
    "mysql": [
        "SELECT * FROM Invoice INTO OUTFILE '/tmp/loot'",
        "SELECT * FROM Invoice INTO DUMPFILE '/tmp/loot'",
        "SELECT LOAD_FILE('/etc/passwd')",
        "SELECT SLEEP(10)",
        "SELECT BENCHMARK(100000000, MD5('x'))",
        "SELECT GET_LOCK('x', 10)",
        "SELECT * FROM mysql.user",
        "SELECT * FROM information_schema.TABLES",
        "SELECT 1 INTO @x",
        "SELECT @@hostname",
    ],
    "clickhouse": [
        "SELECT * FROM url('http://127.0.0.1:1/x', CSV, 'a String')",
        "SELECT * FROM file('/etc/passwd', 'LineAsString', 'line String')",
        "SELECT * FROM remote('127.0.0.1', system.users)",
        "SELECT * FROM s3('http://127.0.0.1:1/bucket/key')",
        "SELECT * FROM jdbc('jdbc:x', 'db', 't')",
        "SELECT * FROM mysql('127.0.0.1:3306', 'db', 't', 'root', '')",
        "SELECT * FROM numbers(1000000000000)",
        "SELECT * FROM Invoice SETTINGS max_execution_time = 100000",
        "SELECT * FROM Invoice FORMAT CSV",
        "SELECT * FROM Invoice INTO OUTFILE '/tmp/loot'",
        "SELECT * FROM system.tables",
        "SELECT sleep(3)",
        "SELECT * FROM Invoice FINAL",
        "SELECT * FROM Invoice ARRAY JOIN [1, 2] AS x",
    ],
}


def _policy(dialect: str):
    return policy("tenant", dialect=dialect, row_filters=TENANTS["customer5"][0])


def _in_database(sql: str, dialect: str, database: str | None) -> str:
    """``sql`` reading the Chinook tables of ``database`` (None: unchanged)."""
    if database is None:
        return sql
    tree = sqlglot.parse_one(sql, read=dialect)
    ctes = {cte.alias_or_name for cte in tree.find_all(sqlglot.exp.CTE)}
    for table in tree.find_all(sqlglot.exp.Table):
        if table.name not in ctes and not table.args.get("db"):
            table.set("db", sqlglot.exp.to_identifier(database, quoted=True))
    return tree.sql(dialect)


def _tenant_rows(warehouse, sql: str) -> list[tuple]:
    return _rows(warehouse["tenant_url"], _in_database(sql, warehouse["dialect"], warehouse["tenant_database"]))


def _rows(url: str, sql: str) -> list[tuple]:
    engine = get_engine(url) if url.startswith("chdb:") else sa.create_engine(url)
    with engine.connect() as connection:
        cursor = connection.connection.dbapi_connection.cursor()
        cursor.execute(sql)
        found = cursor.fetchall()
    if not url.startswith("chdb:"):  # chDB's one in-process server stays open for the session
        engine.dispose()
    return rows(_Fetched(found), "")


class _Fetched:  # adapts a fetched list to helpers.rows()
    def __init__(self, found):
        self.found = found

    def execute(self, _sql):
        return self

    def fetchall(self):
        return [tuple(float(v) if type(v).__name__ == "Decimal" else v for v in r) for r in self.found]


def _in_dialect(sql: str, dialect: str) -> str:
    return sqlglot.transpile(sql, read="sqlite", write=dialect)[0]


@pytest.mark.parametrize(("meta", "statement"), CASES, ids=[m["title"] for m, _ in CASES])
def test_tenant_oracle_on_the_server(meta, statement, warehouse):
    """The rewritten statement on the full database returns what the original returns on the tenant's copy."""
    if re.search(r"\bmain\.", statement[0]):
        pytest.skip("SQLite's schema qualifier main. has no warehouse counterpart (qualifiers are refused there)")
    sql = _in_dialect(statement[0], warehouse["dialect"])
    try:
        safe = check(sql, _policy(warehouse["dialect"]))
    except SqlSafetyError as exc:  # refusing is safe; passing must be exact
        pytest.skip(f"guard refuses the {warehouse['name']} form: {exc}")
    try:
        expected = _tenant_rows(warehouse, sql)
    except Exception as exc:  # noqa: BLE001 - SQLite syntax the server does not speak
        pytest.skip(f"{warehouse['name']} cannot run the case itself: {str(exc)[:120]}")
    assert _rows(warehouse["url"], safe.sql) == expected


def test_tenant_oracle_is_not_vacuous(warehouse):
    sql = "SELECT COUNT(*) FROM Invoice"
    assert _rows(warehouse["url"], sql) != _tenant_rows(warehouse, sql)


@pytest.mark.parametrize("attack", range(max(len(v) for v in DIALECT_ATTACKS.values())))
def test_dialect_attacks_are_refused(attack, warehouse):
    attacks = DIALECT_ATTACKS[warehouse["dialect"]]
    if attack >= len(attacks):
        pytest.skip("fewer attacks for this dialect")
    with pytest.raises(SqlSafetyError):
        check(attacks[attack], _policy(warehouse["dialect"]))


@pytest.mark.parametrize(("dialect", "sql", "error"), ATTACKS, ids=[str(i) for i in range(len(ATTACKS))])
def test_generic_attacks_transpiled_are_refused(dialect, sql, error, warehouse):
    """The guard's attack table, written again in the warehouse's dialect where sqlglot can."""
    if dialect not in (None, "mysql"):
        pytest.skip("attack written for another dialect")
    try:
        text = "; ".join(sqlglot.transpile(sql, read=dialect or "sqlite", write=warehouse["dialect"]))
    except sqlglot.errors.SqlglotError:
        text = sql
    if error is LimitNotAllowed and not re.search(r"LIMIT\s+\d+\s*$", sql) and re.search(r"LIMIT\s+\d+$", text):
        pytest.skip(f"sqlglot folded the LIMIT into a plain number: {text}")
    with pytest.raises(SqlSafetyError):
        check(text, policy("attack", dialect=warehouse["dialect"]))


def test_session_is_read_only(warehouse):
    engine = get_engine(warehouse["url"])
    with pytest.raises(sa.exc.DBAPIError), engine.connect() as connection:
        connection.exec_driver_sql("CREATE TABLE loot (x INT) ENGINE = Memory" if warehouse["dialect"] ==
                                   "clickhouse" else "CREATE TABLE loot (x INT)")


def test_dev_set_answers_like_sqlite(warehouse):
    correct, total, wrong, _ = accuracy(f"sqlite:///{CHINOOK}")
    got, total_here, wrong_here, _ = accuracy(warehouse["url"], annotations=warehouse["annotations"])
    assert (got, total_here) == (correct, total), wrong_here


def test_cost_ceiling_refuses_before_running(warehouse):
    engine = get_engine(warehouse["url"])
    sql = 'SELECT "Name" FROM "Track"' if warehouse["dialect"] == "clickhouse" else "SELECT Name FROM Track"
    found = estimate(engine, sql)
    assert found is not None and found.rows >= 3000
    with pytest.raises(QueryTooExpensive, match="rows") as refused:
        enforce_ceiling(engine, sql, max_rows=100)
    assert refused.value.code == "query_too_expensive" and "narrower" in str(refused.value)
    assert enforce_ceiling(engine, sql, max_rows=10_000_000).rows == found.rows


def test_statement_timeout_stops_the_query(warehouse):
    engine = get_engine(warehouse["url"])
    if warehouse["dialect"] == "clickhouse":
        sql = ('SELECT COUNT(*) FROM "Track" AS a, "Track" AS b, "Track" AS c, "Track" AS d '
               'WHERE a."Bytes" + b."Bytes" > c."Bytes" + d."Bytes"')
    else:
        sql = "SELECT COUNT(*) FROM Track a, Track b, Track c WHERE a.Bytes + b.Bytes > c.Bytes"
    with pytest.raises(QueryFailed) as stopped:
        run_query(engine, sql, max_rows=10, timeout=1)
    assert isinstance(stopped.value, QueryTimeout), stopped.value
