"""The repair loop, the fallback, the records and the budget, through the real pipeline and real HTTP."""

import sqlite3
from decimal import Decimal

import pytest

from datachat.llm.translator import CANNOT, GAVE_UP
from datachat.models import LLMRequest, LLMUsage
from datachat.services.pipeline import answer_question

from .conftest import delay, reply, status

pytestmark = pytest.mark.django_db

COUNT_ORDERS = "```sql\nSELECT COUNT(*) AS orders FROM orders\n```"


def shop_orders(shop_path):
    with sqlite3.connect(shop_path) as connection:
        return connection.execute("SELECT COUNT(*) FROM orders").fetchone()[0]


@pytest.fixture(params=["openai", "anthropic"])
def server(request, openai_server, anthropic_server, make_provider):
    server = openai_server if request.param == "openai" else anthropic_server
    make_provider(server, model="gpt-4o-mini" if request.param == "openai" else "claude-3-5-haiku-latest")
    return server


def test_valid_sql_is_answered_by_the_model(server, shop_scope, shop_path):
    server.queue(reply(COUNT_ORDERS, tokens_in=900, tokens_out=20))
    result = answer_question(shop_scope(), "How many orders have we had?")
    assert result.error is None, result.content
    assert result.engine == "llm"
    assert result.data["rows"] == [[shop_orders(shop_path)]]
    assert "COUNT(*)" in result.sql
    request = LLMRequest.objects.get()
    assert request.success and request.prompt_slug == "text-to-sql" and request.prompt_version == 1
    assert (request.tokens_in, request.tokens_out) == (900, 20)
    usage = LLMUsage.objects.get()
    assert (usage.tokens_in, usage.tokens_out) == (900, 20)
    assert usage.cost > 0


def test_cost_comes_from_the_price_table(openai_server, make_provider, shop_scope):
    make_provider(openai_server, model="gpt-4o-mini")
    openai_server.queue(reply(COUNT_ORDERS, tokens_in=1_000_000, tokens_out=1_000_000))
    answer_question(shop_scope(), "How many orders?")
    assert LLMUsage.objects.get().cost == Decimal("0.750000")  # 0.15 + 0.60 per million


def test_hidden_column_is_repaired_not_shown(server, shop_scope):
    server.queue(reply("SELECT email FROM customers"), reply("SELECT first_name FROM customers ORDER BY id"))
    result = answer_question(shop_scope(), "What are our customers' emails?")
    assert result.error is None
    assert [c["name"] for c in result.data["columns"]] == ["first_name"]
    assert "@" not in str(result.data["rows"])
    first, second = server.requests
    assert "email" not in str(first["json"]).lower().replace("emails?", "")  # never described to the model
    repair = str(second["json"])
    assert "guard rejected" in repair and "email" in repair
    assert LLMRequest.objects.filter(success=True).count() == 2
    assert sorted(LLMRequest.objects.values_list("attempt", flat=True)) == [1, 2]


def test_broken_sql_gets_the_database_error_back(server, shop_scope):
    server.queue(reply("SELECT no_such_column FROM orders"), reply(COUNT_ORDERS))
    result = answer_question(shop_scope(), "How many orders?")
    assert result.error is None and result.engine == "llm"
    assert "no such column" in str(server.requests[1]["json"])
    assert result.sql.count("no_such_column") == 0


def test_reply_without_sql_is_repaired(openai_server, make_provider, shop_scope):
    make_provider(openai_server)
    openai_server.queue(reply("Sure! Orders are great."), reply(COUNT_ORDERS))
    assert answer_question(shop_scope(), "How many orders?").error is None
    assert "held no SQL" in str(openai_server.requests[1]["json"])


def test_repairs_are_bounded_then_a_clear_refusal(server, shop_scope, settings):
    settings.DATACHAT_LLM_MAX_REPAIRS = 1
    server.queue(reply("SELECT nope FROM orders"), reply("SELECT nope2 FROM orders"), reply(COUNT_ORDERS))
    result = answer_question(shop_scope(), "How many orders?")
    assert result.error is not None and result.sql is None
    assert result.content.startswith(GAVE_UP)
    assert len(server.requests) == 2


def test_model_may_decline(server, shop_scope):
    server.queue(reply("CANNOT_ANSWER: there is no weather data"))
    result = answer_question(shop_scope(), "What was the weather in Paris?")
    assert result.error["code"] == "not_understood"
    assert result.content.startswith(CANNOT)
    assert "weather data" not in result.content  # the model's words are never shown


@pytest.mark.parametrize("failure", [
    [status(500), status(500)],
    [status(429, retry_after=0), status(429, retry_after=0)],
    [delay(1.0), delay(1.0)],
], ids=["5xx", "429", "timeout"])
def test_provider_down_falls_back_to_the_semantic_engine(openai_server, make_provider, shop_scope, failure):
    make_provider(openai_server, timeout=0.3)
    openai_server.queue(*failure)
    result = answer_question(shop_scope(), "how many orders")
    assert result.error is None
    assert result.engine == "semantic"
    request = LLMRequest.objects.get()
    assert not request.success and request.error
    assert not LLMUsage.objects.exists()


def test_unreachable_provider_falls_back(db, shop_scope):
    from datachat.models import LLMModelConfig, LLMProvider

    provider = LLMProvider.objects.create(name="down", provider_type="openai", is_default=True,
                                          config={"base_url": "http://127.0.0.1:9/v1", "timeout": 0.5,
                                                  "max_retries": 0})
    LLMModelConfig.objects.create(provider=provider, model_id="m")
    result = answer_question(shop_scope(), "how many orders")
    assert result.error is None and result.engine == "semantic"


def test_no_provider_means_semantic(shop_scope):
    result = answer_question(shop_scope(), "how many orders")
    assert result.engine == "semantic" and result.error is None


def test_llm_off_never_calls_a_model(openai_server, make_provider, shop_scope, settings):
    make_provider(openai_server)
    settings.DATACHAT_LLM = "off"
    result = answer_question(shop_scope(), "how many orders", engine="llm")
    assert result.engine == "semantic"
    assert openai_server.requests == []


def test_rate_limit_then_success_is_one_recorded_call(openai_server, make_provider, shop_scope):
    make_provider(openai_server)
    openai_server.queue(status(429, retry_after=0), reply(COUNT_ORDERS))
    result = answer_question(shop_scope(), "How many orders?")
    assert result.engine == "llm" and result.error is None
    assert LLMRequest.objects.get().success


def test_local_server_without_usage_gets_estimated_tokens(openai_server, make_provider, shop_scope):
    make_provider(openai_server, model="llama3.2")
    openai_server.queue(reply(COUNT_ORDERS, usage=False))
    answer_question(shop_scope(), "How many orders?")
    usage = LLMUsage.objects.get()
    assert usage.estimated and usage.tokens_in > 100 and usage.cost == 0


class TestBudget:
    def test_spent_budget_refuses_politely_without_calling(self, openai_server, make_provider, shop_scope,
                                                           make_embed):
        make_provider(openai_server)
        embed, _ = make_embed(monthly_token_budget=1000, engine="llm", tenant_id="acme")
        LLMUsage.objects.create(embed=embed, tenant_id="acme", model="gpt-4o-mini", tokens_in=900,
                                tokens_out=100)
        result = answer_question(shop_scope(embed_id=str(embed.pk), tenant_id="acme"), "How many orders?")
        assert result.error is not None and result.sql is None
        assert "allowance" in result.content
        assert openai_server.requests == []

    def test_usage_counts_against_the_budget(self, openai_server, make_provider, shop_scope, make_embed):
        make_provider(openai_server)
        embed, _ = make_embed(monthly_token_budget=1500, engine="llm", tenant_id="acme")
        scope = shop_scope(embed_id=str(embed.pk), tenant_id="acme")
        openai_server.queue(reply(COUNT_ORDERS, tokens_in=1400, tokens_out=100), reply(COUNT_ORDERS))
        assert answer_question(scope, "How many orders?").error is None
        usage = LLMUsage.objects.get()
        assert (usage.embed_id, usage.tenant_id) == (embed.pk, "acme")
        second = answer_question(scope, "How many orders again?")
        assert "allowance" in second.content
        assert len(openai_server.requests) == 1

    def test_last_month_does_not_count(self, openai_server, make_provider, shop_scope, make_embed):
        from datetime import timedelta

        from datachat.llm.budget import month_start

        make_provider(openai_server)
        embed, _ = make_embed(monthly_token_budget=1000, engine="llm")
        old = LLMUsage.objects.create(embed=embed, model="m", tokens_in=5000)
        LLMUsage.objects.filter(pk=old.pk).update(created_at=month_start() - timedelta(days=1))
        openai_server.queue(reply(COUNT_ORDERS))
        assert answer_question(shop_scope(embed_id=str(embed.pk)), "How many orders?").error is None

    def test_budget_runs_out_between_repairs(self, openai_server, make_provider, shop_scope, make_embed):
        make_provider(openai_server)
        embed, _ = make_embed(monthly_token_budget=500, engine="llm")
        openai_server.queue(reply("SELECT nope FROM orders", tokens_in=450, tokens_out=60), reply(COUNT_ORDERS))
        result = answer_question(shop_scope(embed_id=str(embed.pk)), "How many orders?")
        assert "allowance" in result.content
        assert len(openai_server.requests) == 1
