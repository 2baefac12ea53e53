"""The entity-ranking rule: table-driven on frames (the pure function), then end to end on three schemas."""

from __future__ import annotations

import pytest

from datachat.nl2sql.frame import Field, Order, QueryFrame
from datachat.nl2sql.interpret import LinkedQuestion
from datachat.nl2sql.rules.rank_entities import rank_entities
from datachat.nl2sql.schema import Column, ForeignKey, Schema, Table
from datachat.nl2sql.sqlgen import Planner

from .conftest import engine_from_statements

#: customers -< orders -< lines: grouping an order's amount by its lines would count it once per line
PLANNER = Planner(
    Schema(
        tables=[
            Table("customers", [Column("id", "integer", primary_key=True), Column("name")], ["id"]),
            Table("orders", [Column("id", "integer", primary_key=True), Column("customer_id", "integer"),
                             Column("amount", "number"), Column("channel")], ["id"]),
            Table("lines", [Column("id", "integer", primary_key=True), Column("order_id", "integer")], ["id"]),
        ],
        foreign_keys=[ForeignKey("orders", "customer_id", "customers", "id"),
                      ForeignKey("lines", "order_id", "orders", "id")],
    )
)  # fmt: skip

COUNT = Field("aggregate", fn="count", table="orders")
SUM = Field("aggregate", fn="sum", table="orders", column="amount")
CHANNEL = Field("column", table="orders", column="channel")


def question(words: str, unread: set[int], tables: dict[int, str]) -> LinkedQuestion:
    ws = tuple(words.split())
    return LinkedQuestion(ws, frozenset(unread), tuple(tables.get(i) for i in range(len(ws))), planner=PLANNER)


def frame(*measures, **extra) -> QueryFrame:
    return QueryFrame(base="orders", select=measures or (SUM,), **{"joins": ("customers",), **extra})


CUSTOMERS_AT_2 = {2: "customers"}
CUSTOMERS_AT_0 = {0: "customers"}
# (id, words, unread, tables by position, frame, (entity, direction, limit) after or None, consumed)
CASES = [
    ("top n", "top 5 customers by amount", set(), CUSTOMERS_AT_2, frame(limit=5), ("customers", "desc", 5), set()),
    ("bottom n", "bottom 3 customers by amount", set(), CUSTOMERS_AT_2, frame(limit=3), ("customers", "asc", 3),
     set()),
    ("ranked", "customers ranked by number of orders", {1}, CUSTOMERS_AT_0, frame(COUNT),
     ("customers", "desc", None), {1}),
    ("no ranking asked", "customers and their amount", set(), CUSTOMERS_AT_0, frame(), None, set()),
    ("rank word already read", "customers ranked by amount", set(), CUSTOMERS_AT_0, frame(), None, set()),
    ("already grouped", "top 5 channels by amount", set(), {},
     frame(CHANNEL, SUM, group=(CHANNEL,), limit=5, joins=None), None, set()),
    ("the table is not only joined", "top 5 customers by amount", set(), CUSTOMERS_AT_2, frame(limit=5, joins=None),
     None, set()),
    ("the table is what is measured", "top 5 orders by number", set(), {2: "orders"},
     frame(COUNT, limit=5, joins=("orders",)), None, set()),
    ("sorted, smallest first", "customers sorted by amount", {1}, CUSTOMERS_AT_0, frame(),
     ("customers", "asc", None), {1}),
    ("a breakdown by the measure", "customers by amount", set(), CUSTOMERS_AT_0, frame(), ("customers", "desc", None),
     set()),
    ("grouping would repeat the measured rows", "top 5 lines by amount", set(), {2: "lines"},
     frame(limit=5, joins=("lines",)), None, set()),
    ("two measures", "top 5 customers by amount", set(), CUSTOMERS_AT_2, frame(SUM, COUNT, limit=5), None, set()),
    ("ordered by the measure", "customers by amount from high to low", set(), CUSTOMERS_AT_0,
     frame(order=(Order(SUM, "asc"),)), ("customers", "asc", None), set()),
    ("an implied order is no ranking", "customers and their amount", set(), CUSTOMERS_AT_0,
     frame(order=(Order(SUM, "desc"),), order_implied=True), None, set()),
    ("a total sorted by a label", "rank the customers by amount", set(), {2: "customers"},
     frame(joins=None, order=(Order(Field("column", table="customers", column="name")),)),
     ("customers", "desc", None), set()),
    ("sorted, not ranked: its direction stays", "sort the customers by amount", set(), {2: "customers"},
     frame(joins=None, order=(Order(Field("column", table="customers", column="name")),)),
     ("customers", "asc", None), set()),
    ("a label sort with no ordering word", "customers amount", set(), {0: "customers"},
     frame(joins=None, order=(Order(Field("column", table="customers", column="name")),)), None, set()),
]  # fmt: skip


@pytest.mark.parametrize(("words", "unread", "tables", "before", "after", "consumed"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])  # fmt: skip
def test_rank_entities_rule(words, unread, tables, before, after, consumed):
    new, used = rank_entities(question(words, unread, tables), before)
    assert used == consumed
    if after is None:
        assert new == before
        return
    entity, direction, limit = after
    assert new.group == (Field("entity", table=entity),) and new.select[0] == new.group[0]
    assert new.order == (Order(before.measures[0], direction),) and new.limit == limit
    assert new.measures == before.measures and entity not in (new.joins or ())


AMOUNT = Field("column", table="orders", column="amount")
LISTED = QueryFrame(base="customers", select=(Field("entity", table="customers"),), order=(Order(AMOUNT),))


@pytest.mark.parametrize(
    ("words", "before", "direction"),
    [
        ("customers ranked by amount", LISTED, "desc"),
        ("customers ranked by amount , lowest first", LISTED, "asc"),
        ("customers sorted by amount", LISTED, None),  # no ranking word: the ordering stays
        ("orders ranked by amount", QueryFrame(base="orders", select=(AMOUNT,), order=(Order(AMOUNT),)), None),
    ],
)
def test_rows_ranked_by_a_number_of_the_rows_under_them(words, before, direction):
    new, _ = rank_entities(question(words, {1}, {0: before.base}), before)
    if direction is None:
        assert new == before
        return
    total = Field("aggregate", fn="sum", table="orders", column="amount")
    assert new.group == (Field("entity", table="customers"),) and new.order == (Order(total, direction),)


def _rows(source, sql):
    with source.connect() as c:
        return [tuple(r) for r in c.exec_driver_sql(sql).fetchall()]


@pytest.mark.parametrize(
    ("question", "n", "per_entity"),
    [
        ("top 5 customers by total spend", 5,
         "SELECT SUM(i.unit_price * i.quantity) FROM order_items i JOIN orders o ON o.id = i.order_id "
         "GROUP BY o.customer_id"),
        ("the 3 customers with the most orders", 3, "SELECT COUNT(*) FROM orders GROUP BY customer_id"),
        ("customers ranked by number of orders", None, "SELECT COUNT(*) FROM orders GROUP BY customer_id"),
        ("customers by total spend", None,
         "SELECT SUM(i.unit_price * i.quantity) FROM order_items i JOIN orders o ON o.id = i.order_id "
         "GROUP BY o.customer_id"),
        ("products ranked by total quantity", None, "SELECT SUM(quantity) FROM order_items GROUP BY product_id"),
    ],
)  # fmt: skip
def test_entities_ranked_on_the_shop(shop, question, n, per_entity):
    source, engine = shop
    t = engine.translate(question)
    ranked = "products" if "products" in question else "customers"
    assert t.sql and not t.unused and t.frame.group[0].table == ranked, t.explanation
    values = [r[-1] for r in _rows(source, t.sql)]
    expected = sorted((r[0] for r in _rows(source, per_entity)), reverse=True)
    assert values == pytest.approx(expected[:n] if n else expected)  # the largest first, one row per customer


def test_entities_ranked_on_other_schemas(chinook, tiny):
    source, engine = chinook
    t = engine.translate("rank the albums by number of tracks")
    rows = _rows(source, t.sql)
    assert len(rows) == _rows(source, "SELECT COUNT(DISTINCT AlbumId) FROM Track")[0][0]
    assert [r[-1] for r in rows] == sorted((r[-1] for r in rows), reverse=True)
    source, engine = tiny
    t = engine.translate("top 2 departments by total salary")
    assert _rows(source, t.sql) == [("Research", 16000), ("Sales", 10500)]
    t = engine.translate("departments ranked by number of staff members")
    assert [r[-1] for r in _rows(source, t.sql)] == [2, 2, 1]
    source, engine = chinook
    t = engine.translate("top 5 artists by number of tracks")
    rows = _rows(source, t.sql)
    assert len(rows) == 5 and [r[-1] for r in rows] == sorted((r[-1] for r in rows), reverse=True)
    # "spent" named the invoice total only through a hand-typed synonym list (removed); the schema's own words
    t = engine.translate("customers ranked by invoice total")
    rows = _rows(source, t.sql)
    assert len(rows) == _rows(source, "SELECT COUNT(DISTINCT CustomerId) FROM Invoice")[0][0]
    assert [r[-1] for r in rows] == sorted((r[-1] for r in rows), reverse=True)


# orders carry the country and city they ship to: many orders share one, so ranking them ranks their totals
SHIPPING = [
    "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)",
    "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(id), ship_country TEXT,"
    " ship_city TEXT, amount REAL)",
    "INSERT INTO customers VALUES (1, 'Ann'), (2, 'Bob')",
    "INSERT INTO orders VALUES (1, 1, 'France', 'Paris', 10), (2, 2, 'Spain', 'Madrid', 50),"
    " (3, 2, 'Spain', 'Madrid', 5), (4, 1, 'Italy', 'Rome', 30), (5, 1, 'Italy', 'Rome', 30)",
]


@pytest.fixture(scope="module")
def shipping(tmp_path_factory):
    return engine_from_statements(tmp_path_factory, "shipping", SHIPPING)


@pytest.mark.parametrize(
    ("question", "rows"),
    [
        ("top 2 ship countries by total amount", [("Italy", 60.0), ("Spain", 55.0)]),
        ("which ship city has the highest total amount?", [("Rome", 60.0)]),
        ("bottom 1 ship country by total amount", [("France", 10.0)]),
    ],
)
def test_shared_column_values_ranked_by_their_total(shipping, question, rows):
    source, engine = shipping
    sql = engine.translate(question).sql
    assert "GROUP BY" in sql and "SUM(" in sql, sql
    assert [tuple(r) for r in _rows(source, sql)] == rows


def test_shared_column_values_not_totalled_without_a_total(shipping):
    # one order's amount, not said to be a total: the city of the largest order
    sql = shipping[1].translate("which ship city has the highest amount?").sql
    assert sql is None or "SUM(" not in sql, sql
