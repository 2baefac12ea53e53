"""The period-comparison rule: table-driven on frames (the pure function), then end to end on three schemas."""

from __future__ import annotations

import datetime as dt

import pytest

from datachat.nl2sql.frame import Field, Filter, Order, QueryFrame
from datachat.nl2sql.interpret import LinkedQuestion
from datachat.nl2sql.rules.compare_periods import compare_periods

TODAY = dt.date(2025, 6, 30)
DAY = Field("column", table="orders", column="day")
YEAR = Field("column", table="games", column="year")
COUNT = Field("aggregate", fn="count", table="orders")
SUM = Field("aggregate", fn="sum", table="orders", column="amount")
METRIC = Field("metric", name="revenue")
CHANNEL = Field("column", table="orders", column="channel")


def in_year(y: int) -> Filter:
    return Filter(DAY, "range", (f"{y}-01-01", f"{y + 1}-01-01"), period=True, label=str(y))


def frame(*measures, filters=(in_year(2024),), **extra) -> QueryFrame:
    return QueryFrame(base="orders", select=measures or (COUNT,), filters=filters, **extra)


def unread_all(words: str, *read: int) -> frozenset[int]:
    return frozenset(range(len(words.split()))) - set(read)


# (id, words, positions already read, frame, the periods' labels or values after, positions consumed)
CASES = [
    ("vs", "orders in 2024 vs 2025", (0, 1, 2), frame(), ["2024", "2025"], {3, 4}),
    ("versus with a link word", "orders in 2024 versus in 2025", (0, 1, 2), frame(), ["2024", "2025"], {3, 4, 5}),
    ("compared to", "orders in 2024 compared to 2025", (0, 1, 2), frame(), ["2024", "2025"], {3, 4, 5}),
    ("against, relative periods", "orders this year against last year", (0, 1, 2),
     frame(filters=(Filter(DAY, "range", ("2025-01-01", "2026-01-01"), period=True, label="this year"),)),
     ["this year", "last year"], {3, 4, 5}),
    ("compare ... and", "compare orders in 2024 and 2025", (1, 2, 3), frame(), ["2024", "2025"], {0, 4, 5}),
    ("a sum, grouped", "amount by channel in 2024 vs 2025", (0, 1, 2, 3, 4),
     frame(CHANNEL, SUM, group=(CHANNEL,)), ["2024", "2025"], {5, 6}),
    ("a year column", "games in 2010 vs 2011", (0, 1, 2),
     frame(filters=(Filter(YEAR, "=", 2010, period=True),)), [2010, 2011], {3, 4}),
    ("quarters", "orders q1 2025 vs q1 2024", (0, 1, 2),
     frame(filters=(Filter(DAY, "range", ("2025-01-01", "2025-04-01"), period=True, label="Q1 2025"),)),
     ["Q1 2025", "Q1 2024"], {3, 4, 5}),
    ("months", "orders in march 2025 vs april 2025", (0, 1, 2, 3),
     frame(filters=(Filter(DAY, "range", ("2025-03-01", "2025-04-01"), period=True, label="March 2025"),)),
     ["March 2025", "April 2025"], {4, 5, 6}),
    ("the same period twice", "orders last month vs the previous month", (0, 1, 2),
     frame(filters=(Filter(DAY, "range", ("2025-05-01", "2025-06-01"), period=True, label="last month"),)),
     None, set()),
    ("no versus word", "orders in 2024 and 2025", (0, 1, 2), frame(), None, set()),
    ("versus word already read", "orders in 2024 vs 2025", (0, 1, 2, 3), frame(), None, set()),
    ("no second period", "orders in 2024 vs returns", (0, 1, 2), frame(), None, set()),
    ("the filter is not the first period", "orders in 2023 vs 2025", (0, 1, 2), frame(), None, set()),
    ("a metric cannot be split", "revenue in 2024 vs 2025", (0, 1, 2), frame(METRIC), None, set()),
    ("a ranking", "orders in 2024 vs 2025", (0, 1, 2), frame(limit=3), None, set()),
    ("two date filters", "orders in 2024 vs 2025", (0, 1, 2), frame(filters=(in_year(2024), in_year(2025))), None,
     set()),
]  # fmt: skip


@pytest.mark.parametrize(("words", "read", "before", "periods", "consumed"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])  # fmt: skip
def test_compare_periods_rule(words, read, before, periods, consumed):
    question = LinkedQuestion(tuple(words.split()), unread_all(words, *read), today=TODAY)
    after, used = compare_periods(question, before)
    assert used == consumed
    if periods is None:
        assert after == before
        return
    shown = [m.conds[0].label or m.conds[0].value for m in after.measures]
    assert shown == periods * len(before.measures)
    assert all(m.kind == "in_period" for m in after.measures)
    assert not after.time_range  # the periods live in the measures; the rows are those of either
    assert after.group == before.group
    assert after.chart_hint == ("bar" if before.group else None)


VERSUS = ("orders", "in", "2024", "vs", "2025")


def test_an_ordering_by_the_measure_follows_the_first_period():
    before = frame(CHANNEL, COUNT, group=(CHANNEL,), order=(Order(COUNT, "desc"),), order_implied=True)
    after, _ = compare_periods(LinkedQuestion(VERSUS, frozenset({3, 4}), today=TODAY), before)
    assert after.order == (Order(after.measures[0], "desc"),) and after.order_implied


def test_no_today_no_comparison():
    before = frame()
    assert compare_periods(LinkedQuestion(VERSUS, frozenset({3, 4})), before) == (before, frozenset())


def _rows(source, sql):
    with source.connect() as c:
        result = c.exec_driver_sql(sql)
        return list(result.keys()), [tuple(r) for r in result.fetchall()]


@pytest.mark.parametrize(
    ("question", "alone", "columns"),
    [
        ("compare revenue in 2024 vs 2025", ("revenue in 2024", "revenue in 2025"), ["revenue_2024", "revenue_2025"]),
        ("number of orders this year against last year", ("number of orders this year", "number of orders last year"),
         ["number_of_orders_this_year", "number_of_orders_last_year"]),
        ("orders in 2024 compared to 2025", ("number of orders in 2024", "number of orders in 2025"),
         ["number_of_orders_2024", "number_of_orders_2025"]),
    ],
)  # fmt: skip
def test_one_row_one_column_per_period_on_the_shop(shop, question, alone, columns):
    source, engine = shop
    t = engine.translate(question)
    assert t.sql and not t.unused, t.explanation
    names, rows = _rows(source, t.sql)
    assert names == columns and len(rows) == 1
    singles = [_rows(source, engine.translate(q).sql)[1][0][0] for q in alone]
    assert list(rows[0]) == pytest.approx(singles)  # each column is what the period alone answers
    for q in alone:  # the explanation names both periods
        assert q.split(" ", 1)[1].removeprefix("of ").split(" ", 1)[-1] in t.explanation.lower()


@pytest.mark.parametrize(
    ("question", "per_period"),
    [
        ("revenue by category 2024 vs 2025", ("revenue by category in 2024", "revenue by category in 2025")),
        ("number of orders per channel in 2024 versus 2025", ("number of orders per channel in 2024",
                                                              "number of orders per channel in 2025")),
    ],
)  # fmt: skip
def test_one_row_per_group_on_the_shop(shop, question, per_period):
    source, engine = shop
    t = engine.translate(question)
    assert t.chart_hint == "bar" and t.frame.group, t.explanation
    assert "2024" in t.explanation and "2025" in t.explanation
    _, rows = _rows(source, t.sql)
    for k, q in enumerate(per_period):
        alone = dict(_rows(source, engine.translate(q).sql)[1])
        got = {r[0]: r[1 + k] for r in rows if r[1 + k] is not None}
        assert got == pytest.approx(alone)


def test_periods_on_other_schemas(chinook, tiny):
    source, engine = tiny
    t = engine.translate("number of staff members hired in 2022 vs 2023")
    assert _rows(source, t.sql) == (["number_of_staff_members_2022", "number_of_staff_members_2023"], [(1, 2)])
    source, engine = chinook
    t = engine.translate("total of invoices by billing country in 2023 compared to 2024")
    names, rows = _rows(source, t.sql)
    assert names == ["BillingCountry", "total_2023", "total_2024"] and len(rows) > 5
    alone = dict(_rows(source, engine.translate("total of invoices by billing country in 2024").sql)[1])
    assert {r[0]: r[2] for r in rows if r[2] is not None} == pytest.approx(alone)


@pytest.mark.parametrize(
    "question",
    ["revenue in 2024 vs returns", "top 3 categories by revenue in 2024 vs 2025"],
)
def test_what_it_cannot_compare_it_does_not_answer_as_a_comparison(shop, question):
    t = shop[1].translate(question)
    assert t.frame is None or not any(m.kind == "in_period" for m in t.frame.measures)


def test_a_time_series_is_not_compared():
    month = Field("bucket", table="orders", column="day", unit="month")
    before = frame(month, COUNT, group=(month,))
    assert compare_periods(LinkedQuestion(VERSUS, frozenset({3, 4}), today=TODAY), before) == (before, frozenset())


def test_a_compare_lead_after_the_first_period(shop):
    t = shop[1].translate("how did revenue in 2025 compare with 2024")
    assert [m.conds[0].label for m in t.frame.measures] == ["2025", "2024"] and not t.unused
