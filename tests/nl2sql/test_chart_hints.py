"""The rendering a question asks for is read once, by the engine, into the frame's chart hint."""

from __future__ import annotations

import pytest

from datachat.nl2sql.chart_hint import find_chart_hint


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("revenue by month as a line chart", "line"),
        ("show it as a line", "line"),
        ("as a bar chart", "bar"),
        ("bars please", None),
        ("as bars", "bar"),
        ("pie chart", "pie"),
        ("make it a donut", "pie"),
        ("scatter plot of price and units", "scatter"),
        ("as an area chart", "area"),
        ("as a table", "table"),
        ("just the numbers", "table"),
        ("no chart", "table"),
        ("plot revenue by month", "bar"),
        ("a histogram of prices", "bar"),
        ("top 5 products", None),
        ("what is the timeline of orders", None),
        ("how many stations are on the line", None),
        ("", None),
    ],
)
def test_the_chart_hint_of_a_question(text, hint):
    found, used = find_chart_hint(text.lower().split())
    assert found == hint
    assert bool(used) == (hint is not None)


@pytest.mark.parametrize(
    ("text", "hint", "rerender"),
    [
        ("as a line chart", "line", True),
        ("As a table", "table", True),
        ("pie chart please", "pie", True),
        ("can you show that as a bar chart instead?", "bar", True),
        ("show me this as a scatter plot", "scatter", True),
        ("revenue by country as a pie chart", "pie", False),
        ("top 5 products by revenue as a table", "table", False),
        ("what about Canada", None, False),
    ],
)
def test_a_rendering_request_redraws_the_previous_answer_only_when_it_asks_nothing_else(shop, text, hint, rerender):
    _, engine = shop
    previous = engine.translate("revenue by month")
    t = engine.translate(text, previous=previous)
    assert (t.chart_hint, t.rerender_only) == (hint, rerender)
    assert t.frame is not None and t.frame.chart_hint == hint
    if rerender:
        assert t.sql == previous.sql
