"""The demo shop with its curated model answers questions that need it; without the model most fail."""

import pytest

from datachat.nl2sql import execution_match, get_engine
from datachat.semantic import to_engine_hints
from datachat.semantic.linking import Linker
from datachat.semantic.translate import translate_with_model

from .shop_questions import QUESTIONS


@pytest.fixture(scope="module")
def engines(shop_url, shop_model):
    return get_engine(shop_url, annotations=to_engine_hints(shop_model)), get_engine(shop_url), Linker(shop_model)


@pytest.mark.parametrize(("kind", "question", "gold"), QUESTIONS, ids=[q for _, q, _ in QUESTIONS])
def test_answers_with_the_model(engines, shop_sa, kind, question, gold):
    with_model, _, linker = engines
    result = translate_with_model(with_model, linker, question)
    assert execution_match(shop_sa, result.sql, gold), result.sql or result.error


def test_the_model_is_what_makes_the_difference(engines, shop_sa):
    _, plain, _ = engines
    right_without = [q for _, q, gold in QUESTIONS if execution_match(shop_sa, plain.translate(q).sql, gold)]
    assert len(QUESTIONS) >= 30
    assert len(right_without) <= len(QUESTIONS) // 3, right_without


@pytest.mark.parametrize(("question", "stated"), [
    ("margin by category", "margin = (revenue - cost) / revenue"),
    ("revenue from completed orders in 2025", "completed orders = orders where status = 'shipped'"),
    ("revenue in 2024", "dates of orders are orders.order_date"),
])
def test_interpretation_states_the_definitions(engines, question, stated):
    with_model, _, linker = engines
    assert stated in translate_with_model(with_model, linker, question).explanation


def test_verified_question_answers_with_its_sql(engines, shop_model):
    with_model, _, linker = engines
    verified = shop_model.verified_questions[0]
    result = translate_with_model(with_model, linker, "Top 5 customers by total spend?")
    assert result.sql == verified.sql and "Verified" in result.explanation


@pytest.mark.parametrize(("question", "column_sql"), [
    ("average cost of products", 'AVG("cost")'),
    ("products with cost above 100", '"cost" > 100'),
])
def test_a_metric_named_like_a_column_leaves_the_column_its_word(engines, question, column_sql):
    with_model, _, linker = engines
    result = translate_with_model(with_model, linker, question)
    assert column_sql in result.sql and "quantity" not in result.sql
    assert "using" not in result.explanation


def test_a_follow_up_keeps_the_segment(engines, shop_sa):
    with_model, _, linker = engines
    first = translate_with_model(with_model, linker, "completed orders by channel")
    follow = translate_with_model(with_model, linker, "only for 2024", previous=first.state)
    gold = ("SELECT channel, COUNT(*) FROM orders WHERE status = 'shipped' AND order_date >= '2024-01-01' "
            "AND order_date < '2025-01-01' GROUP BY channel")
    assert execution_match(shop_sa, follow.sql, gold), follow.sql
