"""The LLM engine's prompt carries the relevant part of the semantic model and the nearest verified questions."""

import pytest

from datachat.services.pipeline import answer_question

from .conftest import reply

pytestmark = pytest.mark.django_db

MARGIN_SQL = ("```sql\nSELECT (SUM(oi.quantity * oi.unit_price) - SUM(oi.quantity * p.cost)) / "
              "SUM(oi.quantity * oi.unit_price) AS margin FROM order_items oi JOIN products p "
              "ON oi.product_id = p.id\n```")


def test_prompt_has_definitions_and_verified_questions(openai_server, make_provider, shop_scope):
    make_provider(openai_server)
    openai_server.queue(reply(MARGIN_SQL))
    result = answer_question(shop_scope(), "what is our profit margin for completed orders")
    assert result.error is None, result.content
    prompt = "\n".join(m["content"] for m in openai_server.requests[0]["json"]["messages"])
    assert "metric margin ((revenue - cost) / revenue)" in prompt
    assert "segment completed orders: rows of orders where status = 'shipped'" in prompt
    assert "which category has the best profit margin" in prompt  # the nearest verified question, as an example


def test_without_a_model_the_prompt_has_no_definitions(openai_server, make_provider, shop_scope):
    make_provider(openai_server)
    openai_server.queue(reply(MARGIN_SQL))
    answer_question(shop_scope(semantic=None), "what is our profit margin")
    assert "Definitions" not in str(openai_server.requests[0]["json"])
