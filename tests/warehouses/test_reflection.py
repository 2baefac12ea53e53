"""Reflection on real warehouses: tables, columns, keys, and comments as descriptions."""

from __future__ import annotations

import os

import pytest
import sqlalchemy as sa

from datachat.nl2sql import reflect_schema
from tests.warehouses.servers import MYSQL, mysql_admin

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


@pytest.fixture(params=["mariadb", "clickhouse"])
def source(request, tmp_path):
    if request.param == "mariadb":
        try:
            admin = mysql_admin()
        except RuntimeError as exc:
            pytest.skip(f"!!! {exc}")
        database = f"dc_test_reflect_{os.getpid()}"
        with admin.connect() as connection:
            connection.exec_driver_sql(f"DROP DATABASE IF EXISTS {database}")
            connection.exec_driver_sql(f"CREATE DATABASE {database}")
        url = sa.make_url(MYSQL).set(database=database)
    else:
        pytest.importorskip("chdb_sqlalchemy", reason="chDB not installed (pip install datachat[chdb])")
        url = f"chdb:///{tmp_path / 'reflect'}"
    engine = sa.create_engine(url)
    with engine.connect() as connection:
        for statement in DDL[request.param]:
            connection.exec_driver_sql(statement)
        connection.commit()
    yield request.param, engine
    engine.dispose()
    if request.param == "mariadb":
        with admin.connect() as connection:
            connection.exec_driver_sql(f"DROP DATABASE IF EXISTS {database}")


def test_tables_columns_keys_and_comments(source):
    name, engine = source
    schema = reflect_schema(engine)
    shop, sale = schema.table("shop"), schema.table("sale")
    assert shop.description == "One store"
    assert shop.column("name").description == "Shop name as shown"
    assert sale.column("shop_id").description == "Where it was sold"
    assert shop.primary_key == ["id"]
    assert sale.column("amount").family == "number"
    # MariaDB declares the key; ClickHouse has none, so the engine infers it from the name shop_id.
    links = {(fk.table, fk.column, fk.ref_table, fk.ref_column, fk.inferred) for fk in schema.foreign_keys}
    assert ("sale", "shop_id", "shop", "id", name == "clickhouse") in links


def test_exposed_part_only(source):
    _, engine = source
    schema = reflect_schema(engine, include={"sale": ["id", "amount"]})
    assert [t.name for t in schema.tables] == ["sale"]
    assert [c.name for c in schema.tables[0].columns] == ["id", "amount"]
