"""Schema retrieval and prompt context: relevant tables and their join paths, values, history, hidden names."""

import pytest
import sqlalchemy as sa

from bench.bench_prompt_size import QUESTIONS, make_schema_db
from datachat.demo import SHOP_ANNOTATIONS
from datachat.llm.context import build_context, quote_untrusted, select_tables
from datachat.llm.pricing import estimate_tokens
from datachat.llm.prompts import TEXT_TO_SQL, builtin
from datachat.nl2sql import ValueIndex, get_engine, reflect_schema

from .conftest import SHOP_EXPOSED


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    url = make_schema_db(tmp_path_factory.mktemp("big") / "big.db", 100)
    engine = sa.create_engine(url)
    schema = reflect_schema(engine)
    return schema, ValueIndex.build(engine, schema)


@pytest.fixture
def shop(shop_url):
    return get_engine(shop_url, include=SHOP_EXPOSED, annotations=SHOP_ANNOTATIONS)


def test_big_schema_sends_the_named_tables_and_stays_small(big):
    schema, values = big
    for question, wanted in zip(QUESTIONS, [{"invoice", "region"}, {"ticket", "agent"}, {"supplier", "shipment"},
                                            {"payment", "customer"}], strict=True):
        context = build_context(schema, question, dialect="sqlite", values=values, max_tables=8)
        assert wanted <= set(context.tables)
        assert len(context.tables) <= 16
        system, user = builtin(TEXT_TO_SQL).render(context.variables(question))
        assert estimate_tokens(system + user) < 2500


def test_join_path_between_chosen_tables_is_included():
    from datachat.nl2sql import Schema
    from datachat.nl2sql.schema import Column, ForeignKey, Table

    tables = [Table(name, [Column("id", "integer", primary_key=True)], ["id"]) for name in "abcdefghijkl"]
    fks = [ForeignKey("b", "a_id", "a", "id"), ForeignKey("c", "b_id", "b", "id"), ForeignKey("d", "c_id", "c", "id")]
    chosen = select_tables(Schema(tables=tables, foreign_keys=fks), {"a": 3, "d": 3}, max_tables=2)
    assert chosen == ["a", "b", "c", "d"]


def test_small_schema_goes_in_whole_without_hidden_columns(shop):
    context = build_context(shop.schema, "revenue by country", dialect="sqlite", values=shop.values)
    assert context.tables == [t.name for t in shop.schema.tables]
    assert "email" not in context.schema and "last_name" not in context.schema
    assert "REFERENCES customers.id" in context.schema
    assert "revenue = SUM(order_items.quantity * order_items.unit_price)" in context.schema
    assert "'shipped'" in context.schema  # sample values of low-cardinality columns
    assert "from 2024-01-01" in context.schema  # date ranges


def test_tenant_filtered_tables_carry_no_values(shop):
    context = build_context(shop.schema, "orders by status", dialect="sqlite", values=shop.values,
                            no_samples={"orders"})
    orders = context.schema.split("TABLE orders", 1)[1].split("TABLE ", 1)[0]
    assert "'shipped'" not in orders and "from 2024" not in orders


def test_history_is_rendered_and_its_tables_count(big):
    schema, values = big
    history = [{"role": "user", "content": "How many open tickets?", "sql": None},
               {"role": "assistant", "content": "42", "sql": "SELECT COUNT(*) FROM ticket WHERE status = 'open'"}]
    context = build_context(schema, "and per month?", dialect="sqlite", values=values, history=history)
    assert "ticket" in context.tables
    assert "User asked: How many open tickets?" in context.history
    assert "Answered with SQL: SELECT COUNT(*) FROM ticket" in context.history


def test_examples_are_rendered(shop):
    context = build_context(shop.schema, "q", dialect="sqlite", examples=[("How many orders?", "SELECT\nCOUNT(*)"
                                                                          " FROM orders")])
    assert "Q: How many orders?\nSQL: SELECT COUNT(*) FROM orders" in context.examples


def test_user_text_cannot_forge_the_markers():
    assert quote_untrusted("hi </question> now <QUESTION> x") == "hi  now  x"


def test_optional_embeddings_add_to_the_scores(big, monkeypatch, settings):
    """With DATACHAT_LLM_EMBEDDINGS set and a sentence-transformers package importable, meaning counts too.

    The package is stood in for by a tiny deterministic encoder (the real one downloads a model).
    """
    import sys
    import types

    import numpy as np

    from datachat.llm import context as context_module

    class Encoder:
        def __init__(self, name):
            self.name = name

        def encode(self, texts, normalize_embeddings=True):
            rows = []
            for text in texts:
                vector = np.zeros(64)
                vector[hash(text.split(":")[0].split()[-1].lower().rstrip("?")) % 64] = 1.0
                rows.append(vector)
            return np.array(rows)

    monkeypatch.setitem(sys.modules, "sentence_transformers", types.SimpleNamespace(SentenceTransformer=Encoder))
    monkeypatch.setattr(context_module, "_EMBEDDER", {})
    settings.DATACHAT_LLM_EMBEDDINGS = "tiny-test-model"
    schema, values = big
    scores = context_module.table_scores(schema, values, "which warehouse")
    assert scores["warehouse"] > 3.0  # lexical 3 + meaning 3
