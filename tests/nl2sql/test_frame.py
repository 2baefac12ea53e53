"""The question frame: typed, frozen, free of private keys, and a faithful stored form for follow-ups."""

from __future__ import annotations

import dataclasses
import json

import pytest

from datachat.nl2sql import QueryFrame
from datachat.nl2sql.frame import Field, Filter, Order, SubQuery

from .conftest import DEV


def _questions(name: str) -> list[str]:
    return [json.loads(line)["question"] for line in (DEV / f"{name}.jsonl").read_text().splitlines()]


#: Sets where some questions are declined since the hand-typed synonym list was removed: chinook asks for "songs"
#: (its table is Track) and "purchased" (its table is Invoice), which no general rule links.
DECLINED = {"chinook"}


@pytest.mark.parametrize("name", ["chinook", "shop"])
def test_every_dev_answer_carries_a_frame_that_survives_storage_and_plans_the_same_sql(name, request):
    _, engine = request.getfixturevalue(name)
    for q in _questions(name):
        t = engine.translate(q, ask=False)  # the reading itself, also where the engine asks about it
        if t.sql is None and t.error and name in DECLINED:
            continue  # a question the engine now declines (DECLINED): no reading, no frame
        assert t.frame is not None, q
        stored = json.loads(json.dumps(t.state))
        assert not [k for k in stored if k.startswith("_")], q
        back = QueryFrame.from_dict(stored)
        assert back == t.frame, q
        assert engine.sql_for_state(back) == t.sql, q


def test_a_frame_is_frozen():
    f = QueryFrame(base="t")
    with pytest.raises(dataclasses.FrozenInstanceError):
        f.base = "u"  # type: ignore[misc]


COUNT = Field("aggregate", fn="count", table="orders")
MONTH = Field("bucket", table="orders", column="placed_at", unit="month")
CITY = Field("column", table="customers", column="city")


@pytest.mark.parametrize(
    ("frame", "measures", "dimensions", "grain", "direction"),
    [
        (QueryFrame(base="orders", select=(COUNT,)), (COUNT,), (), None, None),
        (
            QueryFrame(base="orders", select=(MONTH, COUNT), group=(MONTH,), order=(Order(MONTH, "asc"),)),
            (COUNT,), (MONTH,), "month", None,
        ),
        (
            QueryFrame(base="orders", select=(CITY, COUNT), group=(CITY,), order=(Order(COUNT, "asc"),), limit=3),
            (COUNT,), (CITY,), None, "asc",
        ),
    ],
)  # fmt: skip
def test_the_roles_an_answer_reads_from_a_frame(frame, measures, dimensions, grain, direction):
    assert (frame.measures, frame.dimensions, frame.grain, frame.direction) == (measures, dimensions, grain, direction)
    assert QueryFrame.from_dict(json.loads(json.dumps(frame.to_dict()))) == frame


def test_sub_queries_and_value_lists_round_trip():
    price = Field("column", table="p", column="price")
    frame = QueryFrame(
        base="p",
        select=(price,),
        filters=(
            Filter(price, "> sub", SubQuery("p", "price", "avg")),
            Filter(price, "between", (1, 5)),
            Filter(Field("column", table="p", column="note"), "is null", has_value=False, blank=True),
        ),
    )
    assert QueryFrame.from_dict(json.loads(json.dumps(frame.to_dict()))) == frame


def test_a_state_stored_before_the_frame_still_reads_as_one():
    old = {"base": "t", "select": [{"kind": "col", "t": "t", "c": "a"}], "where": [], "group": [], "having": [],
           "order": [], "limit": None, "sql": "SELECT 1", "chart": None, "explanation": "",
           "_default_order": True}  # fmt: skip
    frame = QueryFrame.from_dict(old)
    assert frame is not None and frame.order_implied and frame.select == (Field("column", table="t", column="a"),)
    assert QueryFrame.from_dict({"engine": "llm"}) is None
