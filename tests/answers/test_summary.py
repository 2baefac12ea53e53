"""Summaries: the total or the leader and its share, the trend, the row count, numbers for people."""

import pytest

from datachat.services.results import to_table
from datachat.services.summary import (
    format_number,
    format_percent,
    format_time,
    render_summary,
    summarize,
    summary_facts,
)
from tests.answers.conftest import ORDERS_ITEMS, REVENUE

CUSTOMER_JOIN = "JOIN customers c ON c.id = o.customer_id"

# (question, SQL, expected kind, phrases the summary must contain)
CASES = [
    ("total revenue", f"SELECT {REVENUE} AS revenue {ORDERS_ITEMS}", "value", ["Revenue: ", "."]),
    ("how many orders", "SELECT COUNT(*) FROM orders", "value", ["Count: 4,200."]),
    ("first order", "SELECT MIN(order_date) AS first_order FROM orders", "value", ["First order: Jan 1, 2024."]),
    (
        "order stats",
        f"SELECT COUNT(DISTINCT o.id) AS orders, AVG(i.unit_price) AS avg_price {ORDERS_ITEMS}",
        "record",
        ["Orders: 4,200; Average price: "],
    ),
    (
        "revenue by country",
        f"SELECT c.country, {REVENUE} AS revenue {ORDERS_ITEMS} {CUSTOMER_JOIN} GROUP BY 1",
        "ranking",
        ["United States has the highest revenue: ", "% of the ", " total across 12 countries", "Next is "],
    ),
    (
        "which country has the lowest revenue",
        f"SELECT c.country, {REVENUE} AS revenue {ORDERS_ITEMS} {CUSTOMER_JOIN} GROUP BY 1",
        "ranking",
        ["India has the lowest revenue"],
    ),
    (
        "revenue by month",
        f"SELECT strftime('%Y-%m', o.order_date) AS month, {REVENUE} AS revenue {ORDERS_ITEMS} GROUP BY 1",
        "trend",
        ["Revenue went from ", " in Jan 2024 to ", " in Dec 2025 (+", "%) over 24 months"],
    ),
    (
        "orders per day",
        "SELECT order_date, COUNT(*) AS orders FROM orders GROUP BY 1",
        "trend",
        [" on Jan 1, 2024 to ", " on Dec 31, 2025", " days, peaking at "],
    ),
    (
        "monthly revenue by channel",
        f"SELECT strftime('%Y-%m', o.order_date) AS month, o.channel, {REVENUE} AS revenue {ORDERS_ITEMS} "
        "GROUP BY 1, 2",
        "trend",
        ["over 24 months", "Web is the largest of 4 channels with "],
    ),
    (
        "revenue by channel and status",
        f"SELECT o.channel, o.status, {REVENUE} AS revenue {ORDERS_ITEMS} GROUP BY 1, 2",
        "breakdown",
        ["Web / shipped has the highest revenue", "across 16 combinations"],
    ),
    (
        "price and units",
        "SELECT p.name, p.price, SUM(i.quantity) AS units_sold FROM products p "
        "JOIN order_items i ON i.product_id = p.id GROUP BY 1, 2",
        "relationship",
        ["Price and units sold show a ", " negative relationship across 40 rows (r = -0."],
    ),
    ("list", "SELECT first_name, country FROM customers LIMIT 20", "list", ["20 rows."]),
    ("prices", "SELECT price FROM products", "values", ["40 values of price, from 9 to 249"]),
    ("nothing", "SELECT * FROM orders WHERE 0", "empty", ["No rows matched the question."]),
    ("one customer", "SELECT first_name, country FROM customers LIMIT 1", "record", ["First name: "]),
    ("two customers", "SELECT first_name, country FROM customers LIMIT 2", "list", ["2 rows."]),
    ("one price", "SELECT price FROM products LIMIT 2", "values", ["2 values of price"]),
]


@pytest.mark.parametrize(("rows", "text"), [
    (1, "1 row. The result was cut at 1 row, so these figures cover only those rows."),
    (2, "2 rows. The result was cut at 2 rows, so these figures cover only those rows."),
])
def test_counts_agree_with_their_nouns(rows, text):
    assert render_summary({"kind": "list", "rows": rows, "truncated": True}) == text


def test_top_n_share_is_against_the_rows_shown_and_says_so(ask, query):
    df = query(f"SELECT c.country, {REVENUE} AS revenue {ORDERS_ITEMS} {CUSTOMER_JOIN} GROUP BY 1 "
               "ORDER BY 2 DESC LIMIT 3")
    frame = ask("top 3 countries by revenue")
    assert frame is not None and frame.limit == 3
    text = summarize(to_table(df), frame)
    assert f"{format_percent(df['revenue'].max() / df['revenue'].sum())} of the " in text
    assert "these 3 countries add up to" in text and "total" not in text


def test_a_cut_ranking_states_no_share(ask, query):
    df = query(f"SELECT c.country, {REVENUE} AS revenue {ORDERS_ITEMS} {CUSTOMER_JOIN} GROUP BY 1 LIMIT 4")
    facts = summary_facts(to_table(df, truncated=True), ask("revenue by country"))
    assert facts["leader"]["share"] is None and facts["total"] is None
    assert "%" not in summarize(to_table(df, truncated=True), ask("revenue by country"))


@pytest.mark.parametrize(("question", "sql", "kind", "phrases"), CASES, ids=[c[0] for c in CASES])
def test_summaries_of_real_results(ask, query, question, sql, kind, phrases):
    table = to_table(query(sql))
    facts = summary_facts(table, ask(question))
    text = summarize(table, ask(question))
    assert facts["kind"] == kind
    assert facts["rows"] == len(table["rows"])
    for phrase in phrases:
        assert phrase in text, (phrase, text)
    assert len(text) < 300
    assert summarize(table, ask(question)) == text  # deterministic


def test_leader_share_is_the_right_number(ask, query):
    df = query(f"SELECT c.country, {REVENUE} AS revenue {ORDERS_ITEMS} {CUSTOMER_JOIN} GROUP BY 1")
    facts = summary_facts(to_table(df), ask("revenue by country"))
    assert facts["leader"]["label"] == df.loc[df["revenue"].idxmax(), "country"]
    assert facts["leader"]["share"] == pytest.approx(df["revenue"].max() / df["revenue"].sum())
    assert facts["total"] == pytest.approx(df["revenue"].sum())


def test_trend_facts(query):
    df = query(f"SELECT strftime('%Y-%m', o.order_date) AS month, {REVENUE} AS revenue {ORDERS_ITEMS} GROUP BY 1")
    facts = summary_facts(to_table(df))
    assert facts["first"]["label"] == "Jan 2024" and facts["last"]["label"] == "Dec 2025"
    assert facts["change"] == pytest.approx(df["revenue"].iloc[-1] / df["revenue"].iloc[0] - 1)
    assert facts["periods"] == 24


def test_truncated_results_say_so(query):
    table = to_table(query("SELECT first_name, country FROM customers LIMIT 5"), truncated=True)
    assert summarize(table) == "5 rows. The result was cut at 5 rows, so these figures cover only those rows."


def test_negative_measures_have_no_share():
    table = {
        "columns": [{"name": "region", "type": "string"}, {"name": "profit", "type": "number"}],
        "rows": [["North", 50.0], ["South", -20.0]],
        "truncated": False,
    }
    assert summarize(table) == "North has the highest profit: 50, across 2 regions. Next is South with -20."


@pytest.mark.parametrize(
    ("value", "name", "text"),
    [
        (1_234_567.8, "", "1.23M"),
        (2_500_000_000, "", "2.5B"),
        (98_765.432, "", "98,765"),
        (4200, "", "4,200"),
        (45.678, "", "45.68"),
        (45.5, "", "45.5"),
        (0.01234, "", "0.0123"),
        (0.25, "conversion_rate", "25%"),
        (-1500.0, "", "-1,500"),
        (None, "", "no value"),
        (float("nan"), "", "no value"),
        (True, "", "yes"),
        ("France", "", "France"),
    ],
)
def test_format_number(value, name, text):
    assert format_number(value, name) == text


def test_format_percent_and_time():
    assert format_percent(1.72, signed=True) == "+172%"
    assert format_percent(-0.004, signed=True) == "-<1%"
    assert format_time("2025-12") == "Dec 2025"
    assert format_time("2024-01-01", "year") == "2024"
    assert format_time("2024-Q1", "quarter") == "2024-Q1"
    assert format_time("2024-13-45") == "2024-13-45"


@pytest.mark.parametrize(
    ("question", "totals"),
    [("revenue by category 2024 vs 2025", True), ("average price by category 2024 vs 2025", False)],
)
def test_two_periods_are_compared_not_correlated(ask, query, question, totals):
    frame = ask(question)
    df = query(frame.sql)
    facts = summary_facts(to_table(df), frame)
    assert facts["kind"] == "comparison" and facts["count"] == len(df)
    first, second = df.columns[1], df.columns[2]
    if totals:
        assert facts["totals"] == pytest.approx([df[first].sum(), df[second].sum()])
    else:
        assert facts["totals"] is None  # averages do not add up
    moved = (df[second].fillna(0) - df[first].fillna(0)).abs().idxmax()
    assert facts["mover"]["label"] == df.loc[moved, df.columns[0]]
    text = summarize(to_table(df), frame)
    assert "differs most" in text and "relationship" not in text
