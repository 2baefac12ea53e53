"""The chart chooser: result shapes to marks and encodings, hints, theme; every spec is valid Vega-Lite."""

import json

import pandas as pd
import pytest

from datachat.services.charts import DEFAULT_THEME, choose_chart, number_format
from datachat.services.exports import render_chart
from datachat.services.results import to_table
from tests.answers.conftest import ORDERS_ITEMS, REVENUE, assert_valid_vegalite

CATEGORY_JOIN = "JOIN products p ON p.id = i.product_id JOIN categories cat ON cat.id = p.category_id"
CUSTOMER_JOIN = "JOIN customers c ON c.id = o.customer_id"

# (id, question, SQL, kind, mark, {channel: (field, type)})  kind None means no chart.
SHAPES = [
    ("single value", "total revenue", f"SELECT {REVENUE} AS revenue {ORDERS_ITEMS}", None, None, {}),
    (
        "single row",
        "order stats",
        f"SELECT COUNT(DISTINCT o.id) AS orders, {REVENUE} AS revenue {ORDERS_ITEMS}",
        None,
        None,
        {},
    ),
    (
        "month and measure",
        "revenue by month",
        f"SELECT strftime('%Y-%m', o.order_date) AS month, {REVENUE} AS revenue {ORDERS_ITEMS} GROUP BY 1",
        "line",
        "line",
        {"x": ("month", "temporal"), "y": ("revenue", "quantitative")},
    ),
    (
        "days and count",
        "orders per day",
        "SELECT order_date, COUNT(*) AS orders FROM orders GROUP BY 1",
        "line",
        "line",
        {"x": ("order_date", "temporal"), "y": ("orders", "quantitative")},
    ),
    (
        "few months",
        "revenue by month in late 2025",
        f"SELECT date(o.order_date, 'start of month') AS month, {REVENUE} AS revenue {ORDERS_ITEMS} "
        "WHERE o.order_date >= '2025-09-01' GROUP BY 1",
        "bar",
        "bar",
        {"x": ("month", "ordinal"), "y": ("revenue", "quantitative")},
    ),
    (
        "year numbers",
        "revenue per year",
        f"SELECT CAST(strftime('%Y', o.order_date) AS INTEGER) AS year, {REVENUE} AS revenue {ORDERS_ITEMS} GROUP BY 1",
        "bar",
        "bar",
        {"x": ("year", "ordinal"), "y": ("revenue", "quantitative")},
    ),
    (
        "quarters",
        "quarterly revenue",
        f"SELECT strftime('%Y', o.order_date) || '-Q' || ((CAST(strftime('%m', o.order_date) AS INTEGER) + 2) / 3) "
        f"AS quarter, {REVENUE} AS revenue {ORDERS_ITEMS} GROUP BY 1",
        "line",
        "line",
        {"x": ("quarter", "ordinal"), "y": ("revenue", "quantitative")},
    ),
    (
        "short categories",
        "revenue by channel",
        f"SELECT o.channel, {REVENUE} AS revenue {ORDERS_ITEMS} GROUP BY 1",
        "bar",
        "bar",
        {"x": ("channel", "nominal"), "y": ("revenue", "quantitative")},
    ),
    (
        "long labels",
        "revenue by country",
        f"SELECT c.country, {REVENUE} AS revenue {ORDERS_ITEMS} {CUSTOMER_JOIN} GROUP BY 1",
        "hbar",
        "bar",
        {"y": ("country", "nominal"), "x": ("revenue", "quantitative")},
    ),
    (
        "many categories",
        "revenue by product",
        f"SELECT p.name AS product, {REVENUE} AS revenue {ORDERS_ITEMS} {CATEGORY_JOIN} GROUP BY 1",
        "hbar",
        "bar",
        {"y": ("product", "nominal"), "x": ("revenue", "quantitative")},
    ),
    (
        "too many categories",
        "revenue by customer",
        f"SELECT c.first_name || ' ' || c.id AS customer, {REVENUE} AS revenue {ORDERS_ITEMS} {CUSTOMER_JOIN} "
        "GROUP BY c.id",
        None,
        None,
        {},
    ),
    (
        "share",
        "share of revenue by category",
        f"SELECT cat.name AS category, {REVENUE} AS revenue {ORDERS_ITEMS} {CATEGORY_JOIN} GROUP BY 1",
        "arc",
        "arc",
        {"theta": ("revenue", "quantitative"), "color": ("category", "nominal")},
    ),
    (
        "share of many",
        "percentage of revenue by country",
        f"SELECT c.country, {REVENUE} AS revenue {ORDERS_ITEMS} {CUSTOMER_JOIN} GROUP BY 1",
        "hbar",
        "bar",
        {"y": ("country", "nominal")},
    ),
    (
        "two categories",
        "revenue by channel and status",
        f"SELECT o.channel, o.status, {REVENUE} AS revenue {ORDERS_ITEMS} GROUP BY 1, 2",
        "grouped",
        "bar",
        {"x": ("channel", "nominal"), "color": ("status", "nominal"), "xOffset": ("status", "nominal")},
    ),
    (
        "breakdown of two categories",
        "revenue breakdown by category and segment",
        f"SELECT cat.name AS category, c.segment, {REVENUE} AS revenue {ORDERS_ITEMS} {CATEGORY_JOIN} "
        f"{CUSTOMER_JOIN} GROUP BY 1, 2",
        "stacked",
        "bar",
        {"x": ("category", "nominal"), "color": ("segment", "nominal")},
    ),
    (
        "time by category",
        "monthly revenue by channel",
        f"SELECT strftime('%Y-%m', o.order_date) AS month, o.channel, {REVENUE} AS revenue {ORDERS_ITEMS} "
        "GROUP BY 1, 2",
        "line",
        "line",
        {"x": ("month", "temporal"), "color": ("channel", "nominal")},
    ),
    (
        "two measures over time",
        "monthly revenue and orders",
        f"SELECT strftime('%Y-%m', o.order_date) AS month, {REVENUE} AS revenue, COUNT(DISTINCT o.id) AS orders "
        f"{ORDERS_ITEMS} GROUP BY 1",
        "line",
        None,  # layered: one line per measure, each with its own axis
        {},
    ),
    (
        "two measures",
        "price against units sold",
        "SELECT p.name, p.price, SUM(i.quantity) AS units_sold FROM products p "
        "JOIN order_items i ON i.product_id = p.id GROUP BY 1, 2",
        "scatter",
        "point",
        {"x": ("price", "quantitative"), "y": ("units_sold", "quantitative")},
    ),
    (
        "text result",
        "list customers",
        "SELECT first_name, email, country, city FROM customers LIMIT 20",
        None,
        None,
        {},
    ),
    ("wide result", "everything", "SELECT * FROM orders LIMIT 50", None, None, {}),
    ("empty", "nothing", "SELECT country, COUNT(*) AS n FROM customers WHERE 0 GROUP BY 1", None, None, {}),
]


def _kind(spec):
    return spec["usermeta"]["datachat"]["kind"]


def _mark(spec):
    mark = spec.get("mark") or spec["layer"][0]["mark"]
    return mark["type"] if isinstance(mark, dict) else mark


def _encoding(spec):
    if "encoding" in spec:
        return spec["encoding"]
    return spec["layer"][0]["encoding"]


def _walk(node):
    if isinstance(node, dict):
        for key, value in node.items():
            yield key, value
            yield from _walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk(value)


@pytest.mark.parametrize(("name", "question", "sql", "kind", "mark", "encodings"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape_to_chart(ask, query, vegalite_validator, name, question, sql, kind, mark, encodings):
    df = query(sql)
    spec = choose_chart(df, ask(question))
    if kind is None:
        assert spec is None
        return
    assert spec is not None
    assert _kind(spec) == kind
    if mark is not None:
        assert _mark(spec) == mark
    encoding = _encoding(spec)
    for channel, (field, type_) in encodings.items():
        assert encoding[channel]["field"] == field, channel
        assert encoding[channel]["type"] == type_, channel
    assert_valid_vegalite(vegalite_validator, spec)
    # Inline data only: nothing to fetch, and only the columns drawn.
    assert "values" in spec["data"] and not any(key == "url" for key, _ in _walk(spec))
    assert "tooltip" in encoding
    json.dumps(spec, allow_nan=False)


@pytest.mark.parametrize(
    ("sql_key", "hint", "kind"),
    [
        ("months", "bar", "bar"),
        ("months", "area", "area"),
        ("months", "pie", "arc"),
        ("months", "table", None),
        ("months", "scatter", "line"),  # one measure: a scatter is impossible, the automatic choice stands
        ("countries", "line", "line"),
        ("countries", "pie", "arc"),
        ("countries", "bar", "hbar"),
        ("two_measures", "scatter", "scatter"),
        ("two_measures", "line", "line"),
        ("channel_status", "bar", "grouped"),
        ("country_two_measures", "bar", "grouped"),  # measures side by side per category
        ("channel_status", "line", "line"),
        ("list", "pie", None),
        ("single", "bar", None),
    ],
)
def test_hints_override(query, vegalite_validator, sql_key, hint, kind):
    sql = {
        "months": f"SELECT strftime('%Y-%m', o.order_date) AS month, {REVENUE} AS revenue {ORDERS_ITEMS} GROUP BY 1",
        "countries": f"SELECT c.country, {REVENUE} AS revenue {ORDERS_ITEMS} {CUSTOMER_JOIN} GROUP BY 1",
        "two_measures": f"SELECT strftime('%Y-%m', o.order_date) AS month, {REVENUE} AS revenue, "
        f"SUM(i.quantity) AS units {ORDERS_ITEMS} GROUP BY 1",
        "country_two_measures": "SELECT c.country, SUM(CASE WHEN o.order_date < '2025' THEN i.quantity END) AS "
        f"units_2024, SUM(CASE WHEN o.order_date >= '2025' THEN i.quantity END) AS units_2025 {ORDERS_ITEMS} "
        f"{CUSTOMER_JOIN} WHERE o.order_date >= '2024' GROUP BY 1",
        "channel_status": f"SELECT o.channel, o.status, {REVENUE} AS revenue {ORDERS_ITEMS} GROUP BY 1, 2",
        "list": "SELECT first_name, country FROM customers LIMIT 10",
        "single": f"SELECT {REVENUE} AS revenue {ORDERS_ITEMS}",
    }[sql_key]
    spec = choose_chart(query(sql), hint=hint)
    assert (spec and _kind(spec)) == kind or (spec is None and kind is None)
    if spec is not None:
        assert_valid_vegalite(vegalite_validator, spec)


def test_pie_keeps_eight_slices_and_adds_up_the_rest(ask, query, vegalite_validator):
    df = query(f"SELECT c.country, {REVENUE} AS revenue {ORDERS_ITEMS} {CUSTOMER_JOIN} GROUP BY 1")
    spec = choose_chart(df, ask("revenue by country as a pie chart"))
    values = spec["data"]["values"]
    assert len(values) == 8 and values[-1]["country"] == "Other"
    assert sum(v["revenue"] for v in values) == pytest.approx(df["revenue"].sum())
    assert sum(v["_share"] for v in values) == pytest.approx(1)
    color = spec["layer"][0]["encoding"]["color"]
    assert color["scale"]["domain"][-1] == "Other" and color["scale"]["range"][-1] == DEFAULT_THEME["muted"]
    assert_valid_vegalite(vegalite_validator, spec)


def test_the_question_carries_a_hint(ask, query):
    df = query(f"SELECT o.channel, {REVENUE} AS revenue {ORDERS_ITEMS} GROUP BY 1")
    assert _kind(choose_chart(df, ask("revenue by channel as a pie chart"))) == "arc"
    assert choose_chart(df, ask("revenue by channel, just the table")) is None
    assert _kind(choose_chart(df, ask("revenue by channel as a line chart"), hint="bar")) == "bar"  # explicit wins


def test_periods_side_by_side_are_grouped_bars(ask, query, vegalite_validator):
    question = "revenue by category 2024 vs 2025"
    frame = ask(question)
    spec = choose_chart(query(frame.sql), frame)
    assert _kind(spec) == "grouped"
    assert spec["usermeta"]["datachat"]["y"] == ["revenue_2024", "revenue_2025"]
    assert_valid_vegalite(vegalite_validator, spec)


def test_bars_are_sorted_by_value(ask, query):
    df = query(f"SELECT o.channel, {REVENUE} AS revenue {ORDERS_ITEMS} GROUP BY 1 ORDER BY 1")
    spec = choose_chart(df, ask("revenue by channel"))
    assert spec["encoding"]["x"]["sort"] == "-y"
    hbar = choose_chart(query(f"SELECT c.country, {REVENUE} AS revenue {ORDERS_ITEMS} {CUSTOMER_JOIN} GROUP BY 1"))
    assert hbar["encoding"]["y"]["sort"] == "-x"


def test_grouped_bars_order_categories_by_total(ask, query):
    df = query(f"SELECT o.channel, o.status, {REVENUE} AS revenue {ORDERS_ITEMS} GROUP BY 1, 2")
    spec = choose_chart(df, ask("revenue by channel and status"))
    totals = df.groupby("channel")["revenue"].sum().sort_values(ascending=False)
    assert spec["encoding"]["x"]["sort"] == list(totals.index)


def test_theme_colours_and_font(ask, query, vegalite_validator):
    df = query(f"SELECT o.channel, o.status, {REVENUE} AS revenue {ORDERS_ITEMS} GROUP BY 1, 2")
    theme = {"primary": "#ff0066", "palette": ["#111111", "#222222", "#333333", "#444444"], "font": "Georgia"}
    spec = choose_chart(df, ask("revenue by channel and status"), theme=theme)
    assert spec["config"]["range"]["category"] == theme["palette"]
    assert spec["config"]["font"] == "Georgia"
    single = choose_chart(
        query(f"SELECT o.channel, {REVENUE} AS r {ORDERS_ITEMS} GROUP BY 1"), theme={"primary": "#ff0066"}
    )
    assert single["mark"]["color"] == "#ff0066"
    assert single["config"]["range"]["category"][0] == "#ff0066"
    default = choose_chart(query(f"SELECT o.channel, {REVENUE} AS r {ORDERS_ITEMS} GROUP BY 1"))
    assert default["mark"]["color"] == DEFAULT_THEME["primary"]
    assert_valid_vegalite(vegalite_validator, spec)


def test_axis_titles_are_human_and_formats_follow_magnitude(query):
    spec = choose_chart(
        query(f"SELECT o.channel AS sales_channel, {REVENUE} AS total_revenue {ORDERS_ITEMS} GROUP BY 1")
    )
    assert spec["encoding"]["x"]["title"] == "Sales channel"
    assert spec["encoding"]["y"]["axis"]["title"] == "Total revenue"
    assert spec["encoding"]["y"]["axis"]["format"] == ".3~s"  # hundreds of thousands: 100k, 200k
    tooltip = {t["field"]: t for t in spec["encoding"]["tooltip"]}
    assert tooltip["total_revenue"]["format"] == ",.0f"


def test_field_names_with_dots_and_brackets_are_escaped(vegalite_validator):
    df = pd.DataFrame({"o.channel": ["web", "store", "mobile"], "SUM(x[1])": [3.0, 2.0, 1.0]})
    spec = choose_chart(df)
    assert spec["encoding"]["x"]["field"] == "o\\.channel"
    assert spec["encoding"]["y"]["field"] == "SUM(x\\[1\\])"
    assert spec["data"]["values"][0] == {"o.channel": "web", "SUM(x[1])": 3.0}
    assert_valid_vegalite(vegalite_validator, spec)


def test_repeated_column_names_get_their_own_fields(vegalite_validator):
    df = pd.DataFrame([["web", 1.0, 10.0], ["store", 2.0, 30.0], ["app", 3.0, 20.0], ["tel", 5.0, 1.0]])
    df.columns = ["name", "value", "value"]
    spec = choose_chart(df)
    assert _kind(spec) == "scatter"
    assert spec["encoding"]["y"]["field"] == "value (2)"
    assert_valid_vegalite(vegalite_validator, spec)


def test_unknown_hint_is_an_error():
    with pytest.raises(ValueError, match="unknown chart hint"):
        choose_chart(to_table(pd.DataFrame({"a": ["x", "y"], "b": [1, 2]})), hint="radar")


@pytest.mark.parametrize(
    ("values", "name", "fmt"),
    [
        ([1_500_000.0], "", ".3~s"),
        ([250_000.0, 10.0], "", ".3~s"),
        ([5000.5], "", ",.0f"),
        ([12, 40], "", ",.0f"),
        ([12.5, 40.25], "", ",.2~f"),
        ([0.012, 0.5], "", ".3~g"),
        ([0.25, 0.5], "share_of_total", ".0%"),
        ([25.5, 50.0], "share_pct", ",.2~f"),
        ([None, float("nan")], "", ","),
    ],
)
def test_number_format(values, name, fmt):
    assert number_format(values, name) == fmt


def test_big_results_chart_quickly_and_inline(ask, query):
    df = query("SELECT order_date, COUNT(*) AS orders FROM orders GROUP BY 1")
    spec = choose_chart(df, ask("orders per day"))
    assert len(spec["data"]["values"]) == len(df)
    assert set(spec["data"]["values"][0]) == {"order_date", "orders"}
    assert spec["mark"]["point"] is False  # hundreds of points: the line alone


def test_dark_theme_and_bad_theme_values(query, vegalite_validator):
    df = query(f"SELECT o.channel, {REVENUE} AS revenue {ORDERS_ITEMS} GROUP BY 1")
    dark = choose_chart(df, theme={"dark": "dark", "primary": "#22d3ee"})
    assert dark["background"] == "#111827" and dark["config"]["axis"]["labelColor"] == "#9ca3af"
    assert dark["mark"]["color"] == "#22d3ee"
    odd = choose_chart(df, theme={"primary": 12, "width": "wide", "height": 10_000, "palette": [], "x": "y"})
    assert odd["mark"]["color"] == DEFAULT_THEME["primary"]
    assert (odd["width"], odd["height"]) == (DEFAULT_THEME["width"], DEFAULT_THEME["height"])
    assert_valid_vegalite(vegalite_validator, dark)
    assert_valid_vegalite(vegalite_validator, odd)


def test_repeated_dates_are_added_up(query, vegalite_validator):
    df = query(
        "SELECT o.order_date, i.quantity * i.unit_price AS amount FROM order_items i "
        "JOIN orders o ON o.id = i.order_id ORDER BY i.id LIMIT 500"
    )
    spec = choose_chart(df)
    assert spec["usermeta"]["datachat"]["aggregate"] == "sum"
    values = spec["data"]["values"]
    assert len(values) == df["order_date"].nunique()
    assert sum(v["amount"] for v in values) == pytest.approx(df["amount"].sum())
    assert_valid_vegalite(vegalite_validator, spec)


@pytest.mark.parametrize(("name", "question", "sql", "kind", "mark", "encodings"), SHAPES, ids=[s[0] for s in SHAPES])
def test_every_chart_renders(ask, query, name, question, sql, kind, mark, encodings):
    spec = choose_chart(query(sql), ask(question))
    if spec is not None:
        svg = render_chart(spec, "svg")
        assert svg.startswith(b"<svg") and b"NaN" not in svg
