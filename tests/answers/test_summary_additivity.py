"""Averages and rates are not shares of a total."""

import pytest

from datachat.services.summary import summarize


@pytest.mark.parametrize(
    "measure, shares",
    [("revenue", True), ("number_of_orders", True), ("average_order_value", False), ("AVG(total)", False),
     ("conversion_rate", False), ("maximum_price", False)],
)
def test_shares_only_for_additive_measures(ask, measure, shares):
    table = {"columns": [{"name": "channel", "type": "string"}, {"name": measure, "type": "number"}],
             "rows": [["web", 300.0], ["store", 100.0], ["mobile", 200.0]], "truncated": False}
    text = summarize(table, ask(f"{measure} by channel"))
    assert text.startswith("Web has the highest")
    assert ("% of the" in text) is shares
    assert ("total across" in text) is shares


def test_trend_of_an_average_has_no_total(ask):
    table = {"columns": [{"name": "month", "type": "string"}, {"name": "average_order_value", "type": "number"}],
             "rows": [["2025-01", 10.0], ["2025-02", 12.0], ["2025-03", 15.0]], "truncated": False}
    assert "total" not in summarize(table, ask("average order value per month"))
