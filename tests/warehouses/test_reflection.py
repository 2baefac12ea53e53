"""Reflection on real warehouses: tables, columns, keys, and comments as descriptions."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

from datachat.nl2sql import Schema, reflect_schema
from tests.warehouses.servers import MYSQL, mysql_admin

ROOT = Path(__file__).resolve().parents[2]

DDL = {
    "mariadb": [
        "CREATE TABLE shop (id INT PRIMARY KEY, name VARCHAR(40) COMMENT 'Shop name as shown') COMMENT 'One store'",
        "CREATE TABLE sale (id INT PRIMARY KEY, shop_id INT COMMENT 'Where it was sold', amount DECIMAL(10,2), "
        "FOREIGN KEY (shop_id) REFERENCES shop (id))",
    ],
    "clickhouse": [
        "CREATE TABLE shop (id Int64, name String COMMENT 'Shop name as shown') ENGINE = MergeTree ORDER BY id "
        "COMMENT 'One store'",
        "CREATE TABLE sale (id Int64, shop_id Int64 COMMENT 'Where it was sold', amount Decimal(10, 2)) "
        "ENGINE = MergeTree ORDER BY (id, shop_id)",
    ],
}


#: Runs in a child process: chDB serves one data folder per process, and the suite's is taken.
CHILD = """
import json, sys
import sqlalchemy as sa
from datachat.nl2sql import reflect_schema
engine = sa.create_engine(sys.argv[1])
with engine.connect() as connection:
    for statement in json.loads(sys.argv[2]):
        connection.exec_driver_sql(statement)
print(json.dumps([reflect_schema(engine).to_dict(), reflect_schema(engine, include=json.loads(sys.argv[3])).to_dict()]))
"""
INCLUDE = {"sale": ["id", "amount"]}


@pytest.fixture(params=["mariadb", "clickhouse"])
def schemas(request, tmp_path):
    """(source name, schema of everything, schema of INCLUDE only)."""
    if request.param == "clickhouse":
        pytest.importorskip("chdb_sqlalchemy", reason="chDB not installed (pip install datachat[chdb])")
        run = subprocess.run([sys.executable, "-c", CHILD, f"chdb:///{tmp_path / 'reflect'}",
                              json.dumps(DDL["clickhouse"]), json.dumps(INCLUDE)],
                             capture_output=True, text=True, check=True, cwd=ROOT)
        full, part = json.loads(run.stdout.strip().splitlines()[-1])
        yield request.param, Schema.from_dict(full), Schema.from_dict(part)
        return
    try:
        admin = mysql_admin()
    except RuntimeError as exc:
        pytest.skip(f"!!! {exc}")
    database = f"dc_test_reflect_{os.getpid()}"
    with admin.connect() as connection:
        connection.exec_driver_sql(f"DROP DATABASE IF EXISTS {database}")
        connection.exec_driver_sql(f"CREATE DATABASE {database}")
    engine = sa.create_engine(sa.make_url(MYSQL).set(database=database))
    try:
        with engine.begin() as connection:
            for statement in DDL["mariadb"]:
                connection.exec_driver_sql(statement)
        yield request.param, reflect_schema(engine), reflect_schema(engine, include=INCLUDE)
    finally:
        engine.dispose()
        with admin.connect() as connection:
            connection.exec_driver_sql(f"DROP DATABASE IF EXISTS {database}")


def test_tables_columns_keys_and_comments(schemas):
    name, schema, _ = schemas
    shop, sale = schema.table("shop"), schema.table("sale")
    assert shop.description == "One store"
    assert shop.column("name").description == "Shop name as shown"
    assert sale.column("shop_id").description == "Where it was sold"
    assert shop.primary_key == ["id"]
    assert sale.column("amount").family == "number"
    # MariaDB declares the key; ClickHouse has none, so the engine infers it from the name shop_id.
    links = {(fk.table, fk.column, fk.ref_table, fk.ref_column, fk.inferred) for fk in schema.foreign_keys}
    assert ("sale", "shop_id", "shop", "id", name == "clickhouse") in links


def test_exposed_part_only(schemas):
    _, _, schema = schemas
    assert [t.name for t in schema.tables] == ["sale"]
    assert [c.name for c in schema.tables[0].columns] == ["id", "amount"]
