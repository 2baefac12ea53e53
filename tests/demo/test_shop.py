"""The demo shop database: deterministic, realistic sizes, real keys, two years of history."""

import datetime as dt
import doctest
import hashlib
import sqlite3

import pytest

import datachat.demo
import datachat.demo.shop
from datachat.demo import SHOP_ANNOTATIONS, SHOP_EXPOSED, build_shop_database

TABLES = ["customers", "categories", "products", "orders", "order_items"]


@pytest.fixture(scope="module")
def shop(tmp_path_factory):
    path = build_shop_database(tmp_path_factory.mktemp("shop") / "shop.db")
    conn = sqlite3.connect(path)
    yield conn
    conn.close()


def _dump(path):
    with sqlite3.connect(path) as conn:
        return list(conn.iterdump())


def test_rebuild_is_byte_identical(tmp_path):
    first = build_shop_database(tmp_path / "a.db")
    second = build_shop_database(str(tmp_path / "b.db"))
    assert first.read_bytes() == second.read_bytes()
    assert _dump(first) == _dump(second)


def test_rebuild_replaces_an_existing_file(tmp_path):
    path = tmp_path / "shop.db"
    path.write_bytes(b"not a database")
    build_shop_database(path)
    assert _dump(path) == _dump(build_shop_database(tmp_path / "fresh.db"))


@pytest.mark.parametrize(
    ("table", "low", "high"),
    [
        ("customers", 300, 600),
        ("categories", 6, 6),
        ("products", 35, 45),
        ("orders", 2000, 6000),
        ("order_items", 3000, 15000),
    ],
)
def test_row_counts(shop, table, low, high):
    (count,) = shop.execute(f"SELECT COUNT(*) FROM {table}").fetchone()
    assert low <= count <= high


@pytest.mark.parametrize(
    ("table", "column", "parent"),
    [
        ("products", "category_id", "categories"),
        ("orders", "customer_id", "customers"),
        ("order_items", "order_id", "orders"),
        ("order_items", "product_id", "products"),
    ],
)
def test_foreign_keys_are_declared_and_hold(shop, table, column, parent):
    keys = {(row[3], row[2], row[4]) for row in shop.execute(f"PRAGMA foreign_key_list({table})")}
    assert (column, parent, "id") in keys
    (orphans,) = shop.execute(
        f"SELECT COUNT(*) FROM {table} t LEFT JOIN {parent} p ON p.id = t.{column} WHERE p.id IS NULL"
    ).fetchone()
    assert orphans == 0


def test_foreign_key_check_is_clean(shop):
    assert shop.execute("PRAGMA foreign_key_check").fetchall() == []


@pytest.mark.parametrize("table", TABLES)
def test_every_table_has_an_integer_primary_key(shop, table):
    columns = shop.execute(f"PRAGMA table_info({table})").fetchall()
    primary = [(c[1], c[2]) for c in columns if c[5]]
    assert primary == [("id", "INTEGER")]


def test_order_dates_span_two_full_years(shop):
    first, last = shop.execute("SELECT MIN(order_date), MAX(order_date) FROM orders").fetchone()
    assert (first, last) == ("2024-01-01", "2025-12-31") or (
        dt.date.fromisoformat(last) - dt.date.fromisoformat(first)
    ).days >= 2 * 365 - 7
    months = shop.execute("SELECT COUNT(DISTINCT substr(order_date, 1, 7)) FROM orders").fetchone()[0]
    assert months == 24


def test_orders_never_precede_the_customers_signup(shop):
    (early,) = shop.execute(
        "SELECT COUNT(*) FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.order_date < c.signup_date"
    ).fetchone()
    assert early == 0


def test_history_shows_growth_and_a_holiday_peak(shop):
    revenue = dict(
        shop.execute(
            "SELECT substr(o.order_date, 1, 7), SUM(i.quantity * i.unit_price) "
            "FROM orders o JOIN order_items i ON i.order_id = o.id GROUP BY 1"
        ).fetchall()
    )
    by_year = {year: sum(v for k, v in revenue.items() if k.startswith(year)) for year in ("2024", "2025")}
    assert by_year["2025"] > 1.15 * by_year["2024"]
    for year in ("2024", "2025"):
        assert revenue[f"{year}-12"] > 1.3 * revenue[f"{year}-02"]


def test_categorical_columns_use_the_documented_values(shop):
    columns = SHOP_ANNOTATIONS["columns"]
    for qualified in ("customers.segment", "orders.status", "orders.channel"):
        table, column = qualified.split(".")
        values = {row[0] for row in shop.execute(f"SELECT DISTINCT {column} FROM {table}")}
        assert values == set(columns[qualified]["values"])


def test_countries_and_categories_are_varied(shop):
    (countries,) = shop.execute("SELECT COUNT(DISTINCT country) FROM customers").fetchone()
    assert countries == 12
    per_category = shop.execute("SELECT COUNT(*) FROM products GROUP BY category_id").fetchall()
    assert len(per_category) == 6 and min(n for (n,) in per_category) >= 5


def test_emails_are_unique_and_on_a_reserved_domain(shop):
    emails = [row[0] for row in shop.execute("SELECT email FROM customers")]
    assert len(emails) == len(set(emails))
    assert all(e.endswith("@example.com") and e.isascii() for e in emails)


def test_annotations_refer_to_real_tables_and_columns(shop):
    real = {t: {c[1] for c in shop.execute(f"PRAGMA table_info({t})")} for t in TABLES}
    assert set(SHOP_ANNOTATIONS["tables"]) == set(real)
    for qualified in SHOP_ANNOTATIONS["columns"]:
        table, column = qualified.split(".")
        assert column in real[table], qualified
    assert set(SHOP_ANNOTATIONS["tables"]["orders"]["synonyms"]) >= {"sales", "purchases"}


def test_metrics_run_on_the_database(shop):
    for name, expression in SHOP_ANNOTATIONS["metrics"].items():
        sql = (
            f"SELECT {expression} FROM orders JOIN order_items ON order_items.order_id = orders.id "
            "JOIN products ON products.id = order_items.product_id"
        )
        (value,) = shop.execute(sql).fetchone()
        assert value and value > 0, name


def test_exposed_hides_only_personal_columns(shop):
    assert set(SHOP_EXPOSED) == set(TABLES)
    customers = {c[1] for c in shop.execute("PRAGMA table_info(customers)")}
    assert set(SHOP_EXPOSED["customers"]) == customers - {"email", "last_name"}
    assert all(SHOP_EXPOSED[t] == "*" for t in TABLES if t != "customers")


def test_build_is_fast_enough_for_the_demo_command(tmp_path):
    # `datachat demo` seeds on a fresh machine; the fixed seed makes content independent of when it runs.
    path = build_shop_database(tmp_path / "shop.db")
    assert hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("module", [datachat.demo, datachat.demo.shop])
def test_docstring_examples(module):
    result = doctest.testmod(module)
    assert result.attempted > 0 and result.failed == 0


def test_money_columns_are_real_numbers(shop):
    # Declared REAL so that 79.00 stays a float: a result's "revenue" types as number whatever the values.
    for table, column in (("products", "price"), ("products", "cost"), ("order_items", "unit_price")):
        types = {row[0] for row in shop.execute(f"SELECT DISTINCT typeof({column}) FROM {table}")}
        assert types == {"real"}, (table, column, types)


def test_command_line_builds_the_database(tmp_path, capsys):
    from datachat.demo.__main__ import main

    assert main([str(tmp_path / "cli.db")]) == 0
    assert "4,200 orders" in capsys.readouterr().out
    assert (tmp_path / "cli.db").read_bytes() == build_shop_database(tmp_path / "again.db").read_bytes()
