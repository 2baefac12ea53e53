"""The share-of-total rule: table-driven on frames (the pure function), then end to end on the shop."""

from __future__ import annotations

import pytest

from datachat.nl2sql.frame import Field, QueryFrame
from datachat.nl2sql.interpret import LinkedQuestion
from datachat.nl2sql.rules.share_of_total import share_of_total

COUNT = Field("aggregate", fn="count", table="orders")
SUM = Field("aggregate", fn="sum", table="items", column="price")
AVG = Field("aggregate", fn="avg", table="items", column="price")
CHANNEL = Field("column", table="orders", column="channel")


def grouped(*measures, **extra) -> QueryFrame:
    return QueryFrame(base="orders", select=(CHANNEL, *measures), group=(CHANNEL,), **extra)


# (id, words, unread positions, frame, kinds selected after, positions consumed)
CASES = [
    ("count", "share of orders by channel", {0, 1}, grouped(COUNT), ["column", "share_of_total"], {0, 1}),
    ("sum", "percentage of price by channel", {0, 1}, grouped(SUM), ["column", "share_of_total"], {0, 1}),
    ("word already read", "share of orders by channel", set(), grouped(COUNT), ["column", "aggregate"], set()),
    ("no share word", "orders by channel", {0}, grouped(COUNT), ["column", "aggregate"], set()),
    ("an average has no share", "share of price by channel", {0, 1}, grouped(AVG), ["column", "aggregate"], set()),
    ("two measures", "share of orders by channel", {0, 1}, grouped(COUNT, SUM), ["column", "aggregate", "aggregate"],
     set()),
    ("not grouped", "share of orders", {0, 1}, QueryFrame(base="orders", select=(COUNT,)), ["aggregate"], set()),
    ("a ranking", "share of orders by channel", {0, 1}, grouped(COUNT, limit=3), ["column", "aggregate"], set()),
]  # fmt: skip


@pytest.mark.parametrize(("words", "unread", "frame", "kinds", "consumed"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])  # fmt: skip
def test_share_of_total_rule(words, unread, frame, kinds, consumed):
    new, used = share_of_total(LinkedQuestion(tuple(words.split()), frozenset(unread)), frame)
    assert [f.kind for f in new.select] == kinds
    assert used == consumed
    if used:
        assert new.measures[0].of == frame.measures[0] and new.group == frame.group and new.order == frame.order


@pytest.mark.parametrize(
    ("question", "name", "explanation"),
    [
        ("share of revenue by category", "share_of_revenue", "Share of revenue by category"),
        ("proportion of orders per channel", "share_of_orders", "Share of orders by channel"),
        ("percentage of customers per country", "share_of_customers", "Share of customers by country"),
    ],
)
def test_shares_end_to_end(shop, question, name, explanation):
    source, engine = shop
    t = engine.translate(question)
    assert t.explanation == explanation, t.sql
    with source.connect() as c:
        result = c.exec_driver_sql(t.sql)
        rows = result.fetchall()
        assert list(result.keys())[-1] == name
    shares = [r[-1] for r in rows]
    assert sum(shares) == pytest.approx(100.0)
    assert shares == sorted(shares, reverse=True)  # the largest share first


@pytest.mark.parametrize(
    ("db", "question", "name", "key"),
    [
        ("shop", "what share of revenue does each category have", "share_of_revenue", "categories"),
        ("shop", "share of orders per customer", "share_of_orders", "customers"),
        ("chinook", "what share of tracks does each genre have", "share_of_tracks", "Genre"),
        ("tiny", "what share of the budget does each staff member have", "share_of_total_budget", "staff_member"),
        ("shop", "what percentage of orders does every customer segment have", "share_of_orders", "customers"),
        ("chinook", "what share of invoices does each country have", "share_of_invoices", "Invoice"),
    ],
)
def test_each_y_is_the_grouping_of_a_share(request, db, question, name, key):
    source, engine = request.getfixturevalue(db)
    t = engine.translate(question)
    assert t.sql and not t.unused and t.frame.group[0].table == key, t.explanation
    with source.connect() as c:
        result = c.exec_driver_sql(t.sql)
        rows = result.fetchall()
        assert list(result.keys())[-1] == name
    shares = [r[-1] for r in rows]
    assert sum(shares) == pytest.approx(100.0) and shares == sorted(shares, reverse=True)
