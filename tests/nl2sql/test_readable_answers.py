"""What people see of an answer: column names, rankings, nested averages, row order and the explanation.

Each table runs on the demo shop (plain and with its annotations, as the demo embed calls it) and on a
small snake_case schema made up here (sales of widgets in stores), to show that the rules are general.
"""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from datachat.nl2sql import execution_match, run_query

from .conftest import engine_for

SNAKE_DDL = [
    "CREATE TABLE widget_kind (id INTEGER PRIMARY KEY, name TEXT)",
    "CREATE TABLE widget (id INTEGER PRIMARY KEY, name TEXT, widget_kind_id INTEGER REFERENCES widget_kind(id),"
    " list_price REAL)",
    "CREATE TABLE store (id INTEGER PRIMARY KEY, store_name TEXT, region TEXT)",
    "CREATE TABLE sale (id INTEGER PRIMARY KEY, store_id INTEGER REFERENCES store(id), sold_on DATE, channel TEXT)",
    "CREATE TABLE sale_line (id INTEGER PRIMARY KEY, sale_id INTEGER REFERENCES sale(id),"
    " widget_id INTEGER REFERENCES widget(id), qty INTEGER, unit_price REAL)",
    "INSERT INTO widget_kind VALUES (1, 'Gear'), (2, 'Tool')",
    "INSERT INTO widget VALUES (1, 'Sprocket', 1, 11.0), (2, 'Cog', 1, 5.0), (3, 'Wrench', 2, 27.0),"
    " (4, 'Hammer', 2, 31.0)",
    "INSERT INTO store VALUES (1, 'North Hub', 'north'), (2, 'South Hub', 'south')",
    "INSERT INTO sale VALUES (1, 1, '2024-01-05', 'online'), (2, 1, '2024-01-20', 'kiosk'),"
    " (3, 2, '2024-02-03', 'online'), (4, 2, '2024-03-15', 'online'), (5, 1, '2024-03-28', 'kiosk')",
    # sale totals: 1 -> 45, 2 -> 20, 3 -> 40, 4 -> 50, 5 -> 100
    "INSERT INTO sale_line VALUES (1, 1, 1, 2, 10.0), (2, 1, 3, 1, 25.0), (3, 2, 2, 5, 4.0), (4, 3, 4, 1, 30.0),"
    " (5, 3, 1, 1, 10.0), (6, 4, 3, 2, 25.0), (7, 5, 2, 10, 4.0), (8, 5, 4, 2, 30.0)",
]


@pytest.fixture(scope="module")
def snake(tmp_path_factory):
    path = tmp_path_factory.mktemp("snake") / "widgets.db"
    eng = sa.create_engine(f"sqlite:///{path}")
    with eng.begin() as c:
        for stmt in SNAKE_DDL:
            c.exec_driver_sql(stmt)
    return engine_for(f"sqlite:///{path}")


@pytest.fixture(scope="module")
def shop_annotated(shop):
    from datachat.demo import SHOP_ANNOTATIONS, SHOP_EXPOSED

    sa_engine, _ = shop
    return engine_for(sa_engine.url.render_as_string(), annotations=SHOP_ANNOTATIONS, include=SHOP_EXPOSED)


@pytest.fixture
def db(request):
    return request.getfixturevalue(request.param)


def columns(sa_engine: sa.Engine, sql: str) -> list[str]:
    with sa_engine.connect() as c:
        return list(c.exec_driver_sql(sql).keys())


# ---- 1. every selected expression has a short, human, unique name -------------------------------------
ALIASES = [
    ("shop", "How many orders are there?", ["number_of_orders"]),
    ("shop", "revenue by category", ["category", "revenue"]),
    ("shop", "orders per month", ["month", "number_of_orders"]),
    ("shop", "number of orders per year", ["year", "number_of_orders"]),
    ("shop", "revenue per quarter", ["quarter", "revenue"]),
    ("shop", "average price by category", ["category", "average_price"]),
    ("shop", "total quantity by product", ["product", "total_quantity"]),
    ("shop", "number of customers by country", ["country", "number_of_customers"]),
    ("shop", "how many different cities do customers live in", ["number_of_cities"]),
    ("shop", "how many products per category on average", ["average_number_of_products_per_category"]),
    ("shop", "what percentage of orders were cancelled", ["percentage"]),
    ("shop_annotated", "revenue by category", ["category", "revenue"]),
    ("shop_annotated", "units sold by category", ["category", "units_sold"]),
    ("shop_annotated", "gross margin by category", ["category", "gross_margin"]),
    ("shop_annotated", "average order value", ["average_order_value"]),
    ("snake", "revenue by widget kind", ["widget_kind", "revenue"]),
    ("snake", "number of sales per month", ["month", "number_of_sales"]),
    ("snake", "average list price by widget kind", ["widget_kind", "average_list_price"]),
    ("snake", "total qty by widget", ["widget", "total_qty"]),
    ("snake", "sales by store", ["store_name", "number_of_sales"]),
    ("snake", "how many sales per store on average", ["average_number_of_sales_per_store"]),
]


@pytest.mark.parametrize(("db", "question", "names"), ALIASES, indirect=["db"])
def test_result_columns_have_readable_names(db, question, names):
    sa_engine, engine = db
    t = engine.translate(question)
    assert t.sql, t.error
    assert columns(sa_engine, t.sql) == names, t.sql


def test_aliases_use_the_dialect_quoting(shop):
    from datachat.nl2sql import SemanticEngine

    _, base = shop
    for dialect, quoted in (("mysql", "AS `revenue`"), ("postgres", 'AS "revenue"'), ("duckdb", 'AS "revenue"')):
        sql = SemanticEngine(base.schema, dialect=dialect, values=base.values).translate("revenue by category").sql
        assert quoted in sql, sql


def test_two_columns_of_one_name_are_told_apart(chinook):
    sa_engine, engine = chinook
    t = engine.translate("list tracks with their album title and artist name")
    assert columns(sa_engine, t.sql) == ["track", "album", "artist"], t.sql


# ---- 2. top/bottom N and superlatives group by the entity and show the measure -------------------------
RANKINGS = [
    (
        "shop",
        "top 5 products by revenue",
        "SELECT p.name, SUM(oi.unit_price * oi.quantity) AS r FROM order_items oi JOIN products p"
        " ON oi.product_id = p.id GROUP BY p.id ORDER BY r DESC LIMIT 5",
    ),
    (
        "shop",
        "bottom 3 products by revenue",
        "SELECT p.name, SUM(oi.unit_price * oi.quantity) AS r FROM order_items oi JOIN products p"
        " ON oi.product_id = p.id GROUP BY p.id ORDER BY r ASC LIMIT 3",
    ),
    (
        "shop",
        "which category has the highest revenue",
        "SELECT c.name, SUM(oi.unit_price * oi.quantity) AS r FROM order_items oi JOIN products p"
        " ON oi.product_id = p.id JOIN categories c ON p.category_id = c.id GROUP BY c.id ORDER BY r DESC LIMIT 1",
    ),
    (
        "shop_annotated",
        "top 5 products by revenue",
        "SELECT p.name, SUM(oi.unit_price * oi.quantity) AS r FROM order_items oi JOIN products p"
        " ON oi.product_id = p.id GROUP BY p.id ORDER BY r DESC LIMIT 5",
    ),
    (
        "shop_annotated",
        "which category has the highest revenue",
        "SELECT c.name, SUM(oi.unit_price * oi.quantity) AS r FROM order_items oi JOIN products p"
        " ON oi.product_id = p.id JOIN categories c ON p.category_id = c.id GROUP BY c.id ORDER BY r DESC LIMIT 1",
    ),
    ("snake", "top 2 widgets by revenue", "SELECT 'Hammer', 90.0 UNION ALL SELECT 'Wrench', 75.0 ORDER BY 2 DESC"),
    ("snake", "bottom 2 widgets by revenue", "SELECT 'Sprocket', 30.0 UNION ALL SELECT 'Cog', 60.0 ORDER BY 2"),
    ("snake", "which store has the highest revenue", "SELECT 'North Hub', 165.0"),
    ("snake", "which widget has the highest average unit price", "SELECT 'Hammer', 30.0"),
    (
        "snake",
        "top 3 stores by number of sales",
        "SELECT 'North Hub', 3 UNION ALL SELECT 'South Hub', 2 ORDER BY 2 DESC",
    ),
]


@pytest.mark.parametrize(("db", "question", "gold"), RANKINGS, indirect=["db"])
def test_rankings_group_by_the_entity_and_show_the_measure(db, question, gold):
    sa_engine, engine = db
    t = engine.translate(question)
    assert t.sql, t.error
    assert "GROUP BY" in t.sql and "LIMIT" in t.sql, t.sql
    assert execution_match(sa_engine, t.sql, gold), t.sql


# ---- 3. nested aggregates keep the asked dimension ---------------------------------------------------------
NESTED = [
    (
        "shop",
        "average order value by channel",
        "SELECT channel, AVG(v) AS a FROM (SELECT o.channel, SUM(oi.unit_price * oi.quantity) AS v FROM orders o"
        " JOIN order_items oi ON oi.order_id = o.id GROUP BY o.id) GROUP BY channel ORDER BY a DESC",
    ),
    (
        "shop",
        "average order value per month",
        "SELECT m, AVG(v) FROM (SELECT strftime('%Y-%m', o.order_date) AS m, SUM(oi.unit_price * oi.quantity) AS v"
        " FROM orders o JOIN order_items oi ON oi.order_id = o.id GROUP BY o.id) GROUP BY m ORDER BY m",
    ),
    (
        "shop_annotated",
        "average order value by channel",
        "SELECT channel, AVG(v) AS a FROM (SELECT o.channel, SUM(oi.unit_price * oi.quantity) AS v FROM orders o"
        " JOIN order_items oi ON oi.order_id = o.id GROUP BY o.id) GROUP BY channel ORDER BY a DESC",
    ),
    ("snake", "average sale value by channel", "SELECT 'kiosk', 60.0 UNION ALL SELECT 'online', 45.0 ORDER BY 2 DESC"),
    ("snake", "how many sales per store on average", "SELECT 2.5"),
]


@pytest.mark.parametrize(("db", "question", "gold"), NESTED, indirect=["db"])
def test_nested_aggregates_group_the_outer_query_by_the_dimension(db, question, gold):
    sa_engine, engine = db
    t = engine.translate(question)
    assert t.sql, t.error
    assert execution_match(sa_engine, t.sql, gold), t.sql


# ---- 4. grouped results are ordered: time ascending, categories by the measure ----------------------------
ORDERED = [
    (
        "shop",
        "orders per month",
        "SELECT strftime('%Y-%m', order_date) AS m, COUNT(*) FROM orders GROUP BY m ORDER BY m",
    ),
    (
        "shop",
        "revenue by category",
        "SELECT c.name, SUM(oi.unit_price * oi.quantity) AS r FROM order_items oi JOIN products p"
        " ON oi.product_id = p.id JOIN categories c ON p.category_id = c.id GROUP BY c.id ORDER BY r DESC",
    ),
    ("shop", "number of orders by status", "SELECT status, COUNT(*) AS n FROM orders GROUP BY status ORDER BY n DESC"),
    (
        "shop",
        "number of customers by country, sorted alphabetically",
        "SELECT country, COUNT(*) FROM customers GROUP BY country ORDER BY country",
    ),
    (
        "shop_annotated",
        "revenue by month",
        "SELECT strftime('%Y-%m', o.order_date) AS m, SUM(oi.unit_price * oi.quantity) FROM order_items oi"
        " JOIN orders o ON oi.order_id = o.id GROUP BY m ORDER BY m",
    ),
    (
        "snake",
        "revenue per month",
        "SELECT '2024-01', 65.0 UNION ALL SELECT '2024-02', 40.0 UNION ALL SELECT '2024-03', 150.0 ORDER BY 1",
    ),
    ("snake", "revenue by widget kind", "SELECT 'Tool', 165.0 UNION ALL SELECT 'Gear', 90.0 ORDER BY 2 DESC"),
    ("snake", "sales by store", "SELECT 'North Hub', 3 UNION ALL SELECT 'South Hub', 2 ORDER BY 2 DESC"),
]


@pytest.mark.parametrize(("db", "question", "gold"), ORDERED, indirect=["db"])
def test_grouped_results_are_ordered(db, question, gold):
    sa_engine, engine = db
    t = engine.translate(question)
    assert t.sql, t.error
    assert "ORDER BY" in t.sql, t.sql
    assert execution_match(sa_engine, t.sql, gold), t.sql


def test_a_follow_up_regroup_reorders(shop):
    sa_engine, engine = shop
    first = engine.translate("revenue by category")
    second = engine.translate("now by month", previous=first)
    assert second.sql, second.error
    months = [r[0] for r in run_query(sa_engine, second.sql)]
    assert len(months) == 24 and months == sorted(months), second.sql


# ---- 5. one short readable sentence, still naming what was not used -----------------------------------------
EXPLANATIONS = [
    ("shop", "How many orders are there?", "Number of orders"),
    ("shop", "revenue by category", "Revenue by category"),
    ("shop", "Number of orders per month in 2025", "Number of orders per month in 2025"),
    ("shop", "top 5 products by revenue", "Top 5 products by revenue"),
    ("shop", "bottom 3 products by revenue", "Bottom 3 products by revenue"),
    ("shop", "which category has the highest revenue", "The category with the highest revenue"),
    ("shop", "which channel has the most orders", "The channel with the most orders"),
    ("shop", "average order value by channel", "Average order value by channel"),
    ("shop", "how many products per category on average", "Average number of products per category"),
    ("shop", "how many orders were cancelled", "Number of orders where status is cancelled"),
    ("shop", "what percentage of orders were cancelled", "Percentage of orders where status is cancelled"),
    ("shop", "customers with more than 20 orders", "Customers with more than 20 orders"),
    ("shop", "products sorted by price", "Products, sorted by price (lowest first)"),
    ("shop", "How many orders were placed in 2025?", "Number of orders in 2025 (not used: 'placed')"),
    ("shop_annotated", "gross margin by category", "Gross margin by category"),
    ("snake", "revenue by widget kind", "Revenue by widget kind"),
    ("snake", "top 2 widgets by revenue", "Top 2 widgets by revenue"),
    ("snake", "number of sales per month", "Number of sales per month"),
    ("snake", "average sale value by channel", "Average sale value by channel"),
]


@pytest.mark.parametrize(("db", "question", "text"), EXPLANATIONS, indirect=["db"])
def test_explanation_is_one_short_sentence(db, question, text):
    _, engine = db
    t = engine.translate(question)
    assert t.sql, t.error
    assert t.explanation == text
