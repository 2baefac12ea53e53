"""build_answer: the typed data, the chart, the summary and its facts, re-rendering, an LLM seam."""

import json

import pytest

from datachat.services.answers import Answer, build_answer
from tests.answers.conftest import ORDERS_ITEMS, REVENUE

MONTHLY = f"SELECT strftime('%Y-%m', o.order_date) AS month, {REVENUE} AS revenue {ORDERS_ITEMS} GROUP BY 1"
BY_CHANNEL = f"SELECT o.channel, {REVENUE} AS revenue {ORDERS_ITEMS} GROUP BY 1"


@pytest.mark.parametrize(
    ("sql", "display"),
    [
        (f"SELECT {REVENUE} AS revenue {ORDERS_ITEMS}", "number"),
        (f"SELECT COUNT(*) AS orders, {REVENUE} AS revenue {ORDERS_ITEMS}", "number"),
        ("SELECT MIN(order_date) AS first_order FROM orders", "table"),
        ("SELECT first_name, country, city FROM customers LIMIT 1", "table"),
        (MONTHLY, "chart"),
        ("SELECT first_name, country FROM customers LIMIT 10", "table"),
        ("SELECT * FROM orders WHERE 0", "empty"),
    ],
)
def test_display(query, sql, display):
    answer = build_answer(query(sql))
    assert answer.display == display
    assert (answer.chart is not None) == (display == "chart")


def test_answer_is_json_and_matches_the_contract(ask, query):
    answer = build_answer(query(MONTHLY), ask("revenue by month"), truncated=True)
    assert isinstance(answer, Answer)
    assert set(answer.data) == {"columns", "rows", "truncated"}
    assert answer.data["truncated"] is True
    assert answer.data["columns"] == [{"name": "month", "type": "string"}, {"name": "revenue", "type": "number"}]
    assert answer.facts["kind"] == "trend" and answer.facts["chart"] == "line"
    assert "cut at 24 rows" in answer.summary
    json.dumps(answer.to_dict(), allow_nan=False)


def test_follow_up_re_renders_the_stored_data(ask, query):
    asked = ask("revenue by channel")
    first = build_answer(query(BY_CHANNEL), asked)
    assert first.chart["usermeta"]["datachat"]["kind"] == "bar"
    stored = json.loads(json.dumps(first.data))  # as persisted on the message
    for text, kind in [("as a pie chart", "arc"), ("as a line chart", "line"), ("as a bar chart", "bar")]:
        again = build_answer(stored, ask(text, asked))
        assert again.chart["usermeta"]["datachat"]["kind"] == kind
        assert again.data == first.data
        assert again.chart_hint == text.split()[2]
    table_only = build_answer(stored, ask("as a table", asked))
    assert table_only.chart is None and table_only.display == "table" and table_only.chart_hint == "table"
    assert build_answer(stored, chart_hint="pie").chart["usermeta"]["datachat"]["kind"] == "arc"


def test_impossible_hint_is_explained(ask, query):
    asked = ask("first name and country of customers as a pie chart")
    answer = build_answer(query("SELECT first_name, country FROM customers LIMIT 10"), asked)
    assert answer.chart is None
    assert "can't draw this result as a pie chart" in answer.summary
    assert answer.facts["chart_note"]


def test_unknown_hint_is_an_error(query):
    with pytest.raises(ValueError):
        build_answer(query(BY_CHANNEL), chart_hint="radar")


def test_theme_reaches_the_chart(query):
    answer = build_answer(query(BY_CHANNEL), theme={"primary": "#123456"})
    assert answer.chart["mark"]["color"] == "#123456"


def test_llm_phrasing_uses_the_facts_and_falls_back(ask, query):
    seen = {}

    def phrase(facts):
        seen.update(facts)
        return f"Channel {facts['leader']['label']} leads."

    answer = build_answer(query(BY_CHANNEL), ask("revenue by channel"), phrase=phrase)
    assert answer.summary == "Channel web leads."
    assert seen["kind"] == "ranking" and "rows" in seen

    def broken(facts):
        raise TimeoutError("model down")

    fallback = build_answer(query(BY_CHANNEL), ask("revenue by channel"), phrase=broken)
    assert fallback.summary.startswith("Web has the highest revenue")
    assert build_answer(query(BY_CHANNEL), phrase=lambda facts: "  ").summary == fallback.summary


def test_without_a_frame_the_answer_comes_from_the_result_shape_alone(ask, query):
    """A translator with no frame (the LLM) still gets a chart and summary; the frame only adds intent."""
    df = query(f"SELECT c.country, {REVENUE} AS revenue {ORDERS_ITEMS} JOIN customers c ON c.id = o.customer_id "
               "GROUP BY 1")  # fmt: skip
    plain = build_answer(df)
    assert plain.chart["usermeta"]["datachat"]["kind"] in ("bar", "hbar") and plain.facts["order"] == "highest"
    lowest = build_answer(df, ask("which country has the lowest revenue"))
    assert lowest.facts["order"] == "lowest" and lowest.facts["leader"]["label"] != plain.facts["leader"]["label"]
    channels = query(BY_CHANNEL)
    assert build_answer(channels).chart["usermeta"]["datachat"]["kind"] == "bar"
    assert build_answer(channels, ask("share of revenue by channel")).chart["usermeta"]["datachat"]["kind"] == "arc"
