"""Follow-ups refine the previous query; unanswerable questions say why and suggest others."""

from __future__ import annotations

import json

import pytest

from datachat.nl2sql import run_query

# (first question, follow-up, text that must appear in the follow-up SQL, text that must not)
FOLLOW_UPS = [
    (
        "total sales by billing country",
        "only for 2024",
        ["\"InvoiceDate\" >= '2024-01-01'", 'GROUP BY "BillingCountry"'],
        [],
    ),
    ("number of tracks per genre", "now by media type", ['"MediaType"."Name"'], ['"Genre"."Name", COUNT']),
    ("how many customers are from Brazil?", "what about Canada?", ["\"Country\" = 'Canada'"], ["Brazil"]),
    ("how many customers are from Brazil?", "and also Canada", ["IN ('Brazil', 'Canada')"], []),
    ("how many invoices", "by month", ["STRFTIME('%Y-%m'", "COUNT(*)"], []),
    ("list customers from Germany", "sorted by city", ['ORDER BY "City" ASC', "'Germany'"], []),
    ("average invoice total per billing country", "excluding USA", ["<> 'USA'", "AVG("], []),
    ("total sales by billing country", "top 5", ['ORDER BY SUM("Total") DESC LIMIT 5'], []),
]


def assert_follow_up(sa_engine, engine, first, follow, present, absent):
    """``follow`` after ``first`` translates to SQL holding every ``present`` text and no ``absent`` one, and runs."""
    t1 = engine.translate(first)
    assert t1.sql, t1.error
    state = json.loads(json.dumps(t1.state))  # the state survives a round trip through JSON (session storage)
    t2 = engine.translate(follow, previous=state)
    assert t2.sql, t2.error
    for text in present:
        assert text in t2.sql, t2.sql
    for text in absent:
        assert text not in t2.sql, t2.sql
    run_query(sa_engine, t2.sql)


@pytest.mark.parametrize(("first", "follow", "present", "absent"), FOLLOW_UPS)
def test_follow_up_refines_previous(chinook, first, follow, present, absent):
    assert_follow_up(*chinook, first, follow, present, absent)


@pytest.mark.parametrize(
    ("follow", "chart"),
    [
        ("show it as a table", "table"),
        ("as a line chart", "line"),
        ("show that as a pie chart", "pie"),
        ("as a bar chart", "bar"),
    ],
)
def test_presentation_follow_up_reuses_sql(chinook, follow, chart):
    _, engine = chinook
    t1 = engine.translate("total sales per year")
    t2 = engine.translate(follow, previous=t1.state)
    assert t2.rerender_only is True
    assert t2.chart_hint == chart
    assert t2.sql == t1.sql


def test_chart_hint_in_a_new_question(chinook):
    _, engine = chinook
    t = engine.translate("monthly revenue as a line chart")
    assert t.chart_hint == "line" and not t.rerender_only
    assert "STRFTIME('%Y-%m'" in t.sql


CANNOT = [
    ("what is the weather in Paris tomorrow", "weather"),
    ("tell me a joke", "joke"),
    ("how many unicorns are there", "unicorns"),
    ("delete all customers", "only read"),
]


@pytest.mark.parametrize(("question", "hint"), CANNOT)
def test_cannot_answer_explains_and_suggests(chinook, question, hint):
    _, engine = chinook
    t = engine.translate(question)
    assert t.sql is None
    assert t.error and hint in t.error
    assert len(t.suggestions) >= 2


def test_suggestions_are_answerable(chinook, shop):
    for sa_engine, engine in (chinook, shop):
        suggestions = engine.suggestions(6)
        assert len(suggestions) >= 4
        for s in suggestions:
            t = engine.translate(s)
            assert t.sql, (s, t.error)
            run_query(sa_engine, t.sql)


def test_foreign_questions_never_crash_and_always_run(chinook):
    """Questions written for other databases either get valid SQL, a question back or a clear 'cannot answer'."""
    sa_engine, engine = chinook
    previous = None
    for q in [
        "How many singers do we have?",
        "What are the names of the stadiums with the highest capacity?",
        "Show the name and the release year of the song by the youngest singer.",
        "What is the average weight of all dogs that belong to owners in Virginia?",
        "List the names of all poker players ordered by their earnings in descending order.",
        "only those from France",
        "now by country",
        "",
        "???",
        "SELECT * FROM Customer",
    ]:
        t = engine.translate(q, previous=previous)
        assert (t.sql is None) == (t.error is not None or t.clarification is not None)
        if t.sql:
            run_query(sa_engine, t.sql)
            previous = t.state
        else:
            assert t.suggestions or (t.clarification and t.clarification.options)


# Context only where the question is incomplete: (database, first question, next question, text the next SQL
# must contain, text it must not). A follow-up phrase or a question lacking a measure and a subject merges; a
# complete question (its own measure or subject) starts fresh and inherits no filter, grouping or measure.
CONTEXT = [
    # merges: incomplete, or said to be a follow-up
    ("shop", "units sold by category", "what about revenue instead", ['"unit_price" * ', '"categories"'],
     ['SUM("order_items"."quantity")']),
    ("shop", "customers from Canada", "how many are there", ["COUNT(*)", "'Canada'"], ['"email"']),
    ("shop", "average product price by category", "sorted from highest to lowest",
     ['ORDER BY AVG("products"."price") DESC'], []),
    ("shop", "number of orders by status", "in 2024", ["'2024-01-01'", 'GROUP BY "status"'], []),
    ("chinook", "customers from Brazil", "how many are there", ["COUNT(*)", "'Brazil'"], []),
    ("chinook", "total sales by billing country", "sorted from lowest to highest", ['ORDER BY SUM("Total") ASC'], []),
    ("chinook", "number of invoices by billing country", "what about total sales instead",
     ['SUM("Total")', 'GROUP BY "BillingCountry"'], ["COUNT(*)"]),
    ("shop", "revenue by month in 2025", "excluding cancelled orders", ["<> 'cancelled'", "'2025-01-01'", "'%Y-%m'"],
     []),
    ("shop", "revenue by month in 2025", "in descending order", ["'2025-01-01'", 'ORDER BY SUM("order_items"'], []),
    ("chinook", "average track length per genre", "what about the maximum", ['MAX("Track"."Milliseconds")', '"Genre"'],
     ["AVG("]),
    ("chinook", "total sales by billing country", "and the average?", ['AVG("Total")', 'GROUP BY "BillingCountry"'],
     ["SUM("]),
    ("shop", "How many customers are in Germany?", "ok, and what about France", ["COUNT(*)", "'France'"], ["Germany"]),
    ("shop", "revenue by category", "now average price", ['AVG("products"."price")', 'GROUP BY "categories"'],
     ['GROUP BY "price"']),
    ("shop", "units sold by category", "what about revenue by channel instead", ['"unit_price" * ', '"channel"'],
     ['"categories"']),
    # fresh: a complete question keeps nothing of the previous one
    ("shop", "revenue by month in 2025", "and how many customers signed up in 2024?", ['FROM "customers"'],
     ["order_date", "unit_price"]),
    ("shop", "orders in 2025", "revenue by year", ["SUM(", "'%Y'"], ["2025-01-01"]),
    ("shop", "top 5 products by units sold", "break down revenue by category", ['"unit_price" * '],
     ['"order_items"."quantity" FROM']),
    ("shop", "customers from Japan", "average product price", ['AVG("price")'], ["Japan"]),
    ("shop", "revenue in 2024", "number of customers per segment", ['GROUP BY "segment"'], ["2024", "unit_price"]),
    ("chinook", "invoices in 2023", "total sales by year", ['SUM("Total")', "'%Y'"], ["2023-01-01"]),
    ("chinook", "number of tracks per genre", "average track length by media type",
     ['AVG("Track"."Milliseconds")', '"MediaType"'], ['"Genre"']),
    ("chinook", "customers from Brazil", "how many employees are there", ['FROM "Employee"'], ["Brazil"]),
]  # fmt: skip


@pytest.mark.parametrize(("db", "first", "follow", "present", "absent"), CONTEXT)
def test_context_only_where_the_question_is_incomplete(request, db, first, follow, present, absent):
    assert_follow_up(*request.getfixturevalue(db), first, follow, present, absent)


# An out-of-scope question is declined whatever came before: (database, first question, next question, a word
# the decline must name).
DECLINED_AFTER = [
    ("shop", "How many customers are in Paris?", "what's the weather in Paris tomorrow", "weather"),
    ("shop", "how many orders were shipped in 2024", "what is the capital of France", "capital"),
    ("shop", "revenue by month in 2025", "tell me a joke", "joke"),
    ("chinook", "how many customers are from Paris", "what is the weather in Paris tomorrow", "weather"),
    ("chinook", "total sales by billing country", "who is the president of France", "president"),
    ("chinook", "customers from Brazil", "who won the world cup", "won"),
    ("shop", "How many customers are in Germany?", "okay, what is the weather in Paris", "weather"),
]


@pytest.mark.parametrize(("db", "first", "follow", "hint"), DECLINED_AFTER)
def test_out_of_scope_is_declined_whatever_came_before(request, db, first, follow, hint):
    _, engine = request.getfixturevalue(db)
    t1 = engine.translate(first)
    assert t1.sql, t1.error
    t2 = engine.translate(follow, previous=t1.state)
    assert t2.sql is None, t2.sql
    assert t2.error and hint in t2.error
    assert t2.suggestions
