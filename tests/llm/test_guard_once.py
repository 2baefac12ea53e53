"""No statement reaches a data source unguarded, and none is guarded twice: on every path (semantic engine, model
answer, model repair, model fallback, workflow saved query) each statement the database runs is the output of
exactly one ``sql_safety.check`` call. Real guard, real SQLite, real HTTP model server; the guard is only observed.
"""

import re
from collections import Counter

import pytest
from sqlalchemy import event

import sql_safety
from datachat import hooks
from datachat.nl2sql import Translation
from datachat.services.pipeline import answer_question
from datachat.services.sources import sa_engine
from datachat.services.translators import Candidate

from .conftest import reply, status

pytestmark = pytest.mark.django_db

COUNT_ORDERS = "```sql\nSELECT COUNT(*) AS orders FROM orders\n```"
#: what the database runs besides the statements: catalogue reads of reflection, never a data query
_CATALOGUE = re.compile(r"^\s*PRAGMA\b|\bsqlite_(?:temp_)?master\b", re.IGNORECASE)
_EXPLAIN = re.compile(r"^\s*EXPLAIN(?:\s+QUERY\s+PLAN)?\s+", re.IGNORECASE)


@pytest.fixture
def observed(monkeypatch, shop_url, shop_scope):
    """``(checked, executed)``: the SQL each ``sql_safety.check`` returned, and each statement the source ran.

    The semantic engine is built first: its reflection and value index (distinct labels of the exposed text
    columns, read once per process and source, not per question) share the source's pooled connections.
    """
    from datachat.services.translators import SemanticTranslator

    SemanticTranslator(shop_scope())
    checked: list[str] = []
    executed: list[str] = []
    real_check = sql_safety.check

    def check(sql, policy, **kwargs):
        safe = real_check(sql, policy, **kwargs)
        checked.append(safe.sql)
        return safe

    def on_execute(conn, cursor, statement, parameters, context, executemany):
        if not _CATALOGUE.search(statement):
            executed.append(statement)

    monkeypatch.setattr(sql_safety, "check", check)
    engine = sa_engine(shop_url)
    event.listen(engine, "before_cursor_execute", on_execute)
    yield checked, executed
    event.remove(engine, "before_cursor_execute", on_execute)


def _model_answers(server, make_provider, *replies):
    make_provider(server)
    server.queue(*replies)


PATHS = {
    "semantic engine": dict(engine="semantic", replies=None, checks=1),
    "model answers at once": dict(engine="llm", replies=[reply(COUNT_ORDERS)], checks=1),
    "model repairs a hidden column": dict(
        engine="llm", replies=[reply("SELECT email FROM customers"), reply(COUNT_ORDERS)], checks=1),
    "model repairs a database error": dict(
        engine="llm", replies=[reply("SELECT no_such_column FROM orders"), reply(COUNT_ORDERS)], checks=2),
    "model is down, semantic answers": dict(engine="llm", replies=[status(500)] * 3, checks=1),
}


@pytest.mark.parametrize("path", PATHS, ids=list(PATHS))
def test_every_statement_run_was_checked_exactly_once(path, observed, openai_server, make_provider, shop_scope):
    case = PATHS[path]
    if case["replies"]:
        _model_answers(openai_server, make_provider, *case["replies"])
    checked, executed = observed
    result = answer_question(shop_scope(), "How many orders have we had?", engine=case["engine"])

    assert result.error is None, result.content
    queries = [s for s in executed if not _EXPLAIN.match(s)]
    assert queries == [result.sql]  # one data query ran: the answer's
    times_checked = Counter(checked)
    for statement in executed:  # the plan requests of the repair loop too
        assert times_checked[_EXPLAIN.sub("", statement)] == 1, (statement, checked)
    assert len(checked) == case["checks"]  # accepted statements plus those the guard itself refused are not here


class _Fixed:
    """A translator that proposes one fixed statement and never guards it."""

    name = "fixed"

    def __init__(self, sql):
        self.sql = sql

    def translate(self, question, *, previous, history):
        return Candidate(Translation(sql=self.sql))

    def suggestions(self, n=4):
        return []


@pytest.mark.parametrize("sql, code", [
    ("SELECT email FROM customers", "column_not_allowed"),
    ("DELETE FROM orders", "statement_not_allowed"),
    ("SELECT * FROM secret_table", "table_not_allowed"),
])
def test_a_refused_statement_keeps_the_guards_code(sql, code, observed, shop_scope):
    checked, executed = observed
    result = answer_question(shop_scope(), "anything", translator=_Fixed(sql))
    assert result.error["code"] == code
    assert not executed and not checked


def test_the_pipeline_guards_a_statement_the_translator_left_unguarded(observed, shop_scope):
    """A follow-up without new SQL re-runs the stored statement: guarded again, once, before it runs."""
    checked, executed = observed
    first = answer_question(shop_scope(), "revenue by country", engine="semantic")
    assert first.error is None
    checked.clear()
    executed.clear()
    second = answer_question(shop_scope(), "revenue by country", engine="semantic",
                             previous={"state": first.state, "sql": first.sql, "data": first.data})
    assert second.error is None
    assert [s for s in executed] == [second.sql] and Counter(checked)[second.sql] == 1


def test_workflow_saved_query_is_checked_once(observed, make_embed):
    embed, _ = make_embed()
    checked, executed = observed
    result = hooks.saved_query_runner()(embed.pk, "SELECT COUNT(*) AS n FROM orders", max_rows=10)
    assert executed == [result["sql"]] and checked == [result["sql"]]
