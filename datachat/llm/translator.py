"""The ``llm`` engine: a model writes the SQL, and is never trusted.

For each question: build the context (relevant tables, values, earlier turns, examples), render the live
``text-to-sql`` prompt, call the provider, then prove the SQL with the same guard the pipeline uses and ask the
database to plan it (``EXPLAIN``, nothing is read). When either refuses, the reason goes back to the model and
it tries again, at most ``DATACHAT_LLM_MAX_REPAIRS`` times; then it answers or refuses clearly. The answer is a
``Candidate`` that carries the guarded ``SafeQuery``, so the pipeline runs it without guarding it twice.

When the provider is down (connection error, timeout, 5xx or 429 after retries) or none is configured, the
semantic engine answers instead and ``name`` says so ("semantic"), which is what the message records.
"""

from __future__ import annotations

import logging
import re
import time

import httpx  # noqa: F401 - the llm extra; without it the engine registry falls back to semantic

import sql_safety
from datachat.conf import conf
from datachat.nl2sql import Translation
from datachat.services.execute import QueryFailed, QueryTimeout, run_query
from datachat.services.guard import Scope, guard
from datachat.services.sources import sa_engine
from datachat.services.translators import Candidate, SemanticTranslator

from .budget import check_budget
from .clients import Message, make_client
from .context import build_context
from .errors import BudgetExhausted, LLMError
from .examples import examples_for
from .prompts import REPAIR, TEXT_TO_SQL, live_template
from .providers import ResolvedProvider, resolve_provider
from .records import record_call

logger = logging.getLogger("datachat.llm")

CANNOT = "I can't answer that from this data."
GAVE_UP = "I couldn't write a query I can safely run for that question. Try asking it another way."
_FENCE = re.compile(r"```(?:sql|SQL)?\s*\n?(.*?)```", re.DOTALL)
#: where a statement starts in an unfenced reply; writes are extracted too, so that the guard judges them
_STATEMENT = re.compile(r"^\s*(SELECT|WITH|INSERT|UPDATE|DELETE|REPLACE|MERGE|UPSERT|DROP|ALTER|CREATE|TRUNCATE|"
                        r"ATTACH|DETACH|PRAGMA|VACUUM|GRANT|REVOKE|COPY|CALL|EXEC|EXECUTE|SET|LOAD|INSTALL)\b",
                        re.IGNORECASE | re.MULTILINE)
_START = re.compile(r"\b(SELECT|WITH)\b", re.IGNORECASE)
_CANNOT = re.compile(r"^\s*CANNOT_ANSWER\b\s*:?\s*(.*)", re.IGNORECASE | re.DOTALL)


def extract_sql(reply: str) -> tuple[str | None, str | None]:
    """(sql, None) from a model reply, or (None, reason) when it declined with ``CANNOT_ANSWER``.

    >>> extract_sql("Here you go:\\n```sql\\nSELECT 1;\\n```")
    ('SELECT 1', None)
    >>> extract_sql("CANNOT_ANSWER: no salary column")
    (None, 'no salary column')
    >>> extract_sql("select count(*) from orders")
    ('select count(*) from orders', None)
    >>> extract_sql("Okay.\\nDROP TABLE orders")
    ('DROP TABLE orders', None)
    """
    reply = reply or ""
    declined = _CANNOT.match(reply)
    if declined:
        return None, declined.group(1).strip() or "declined"
    fenced = _FENCE.search(reply)
    text = fenced.group(1) if fenced else reply
    start = _STATEMENT.search(text) or _START.search(text)
    if not start:
        return None, None
    return text[start.start():].strip().rstrip(";").strip() or None, None


class LLMTranslator:
    """Question -> SQL with a model, a repair loop and a fallback. One instance answers one question at a time."""

    name = "llm"

    def __init__(self, scope: Scope, *, provider: ResolvedProvider | None = None, transport=None):
        self.scope = scope
        self.provider = provider
        self.transport = transport  # httpx's seam, for callers that bring their own transport
        self.attempts = 0
        self._semantic: SemanticTranslator | None = None

    @property
    def semantic(self) -> SemanticTranslator:
        if self._semantic is None:
            self._semantic = SemanticTranslator(self.scope)
        return self._semantic

    def suggestions(self, n: int = 4) -> list[str]:
        return self.semantic.suggestions(n)

    def _verified(self, question: str) -> list[tuple[str, str]]:
        """The semantic model's verified questions nearest to ``question`` (few-shot examples)."""
        if self.scope.semantic is None:
            return []
        from datachat.semantic.prompting import verified_examples

        return verified_examples(self.scope.semantic, question)

    def translate(self, question: str, *, previous: dict | None = None,
                  history: list[dict] | None = None) -> Candidate:
        self.name, self.attempts = "llm", 0
        history = history or []
        if not conf.LLM_ENABLED:
            return self._fallback(question, previous, history, "DATACHAT_LLM=off")
        resolved = self.provider or resolve_provider()
        if resolved is None:
            return self._fallback(question, previous, history, "no model provider is configured")
        try:
            check_budget(self.scope.embed_id)
        except BudgetExhausted as exc:
            return Candidate(Translation(error=str(exc), state={"engine": "llm", "budget_exhausted": True}))

        schema_engine = self.semantic.semantic_engine
        context = build_context(
            schema_engine.schema, question, dialect=self.scope.dialect, values=schema_engine.values,
            history=history, examples=self._verified(question) + examples_for(self.scope, question, conf.LLM_EXAMPLES),
            max_tables=conf.LLM_MAX_TABLES, no_samples=set(self.scope.row_filters or {}),
        )
        if self.scope.semantic is not None:
            from datachat.semantic.prompting import model_notes

            notes = model_notes(self.scope.semantic, question, context.tables)
            context.schema = f"{context.schema}\n\n{notes}" if notes else context.schema
        template, repair = live_template(TEXT_TO_SQL), live_template(REPAIR)
        system, user = template.render(context.variables(question))
        messages = [Message("user", user)]
        reasons: list[str] = []
        client = make_client(resolved.settings, transport=self.transport)
        try:
            for attempt in range(1, conf.LLM_MAX_REPAIRS + 2):
                self.attempts = attempt
                if attempt > 1:
                    try:
                        check_budget(self.scope.embed_id)
                    except BudgetExhausted as exc:
                        return Candidate(Translation(error=str(exc),
                                                     state={"engine": "llm", "budget_exhausted": True}))
                started = time.perf_counter()
                try:
                    completion = client.complete(system, messages)
                except LLMError as exc:
                    self._record(resolved, template, attempt, error=exc,
                                 latency_ms=int((time.perf_counter() - started) * 1000))
                    return self._fallback(question, previous, history, str(exc))
                self._record(resolved, template, attempt, completion=completion,
                             prompt_text=system + "".join(m.content for m in messages))
                sql, declined = extract_sql(completion.text)
                if declined is not None:
                    logger.info("model declined %r: %s", question, declined[:200])
                    return Candidate(Translation(error=CANNOT, suggestions=self.suggestions(3),
                                                 state={"engine": "llm", "declined": declined[:500]}))
                safe, reason = self.check(sql) if sql else (None, "the reply held no SQL query")
                if safe is not None:
                    return Candidate(
                        Translation(sql=safe.sql, state={"engine": "llm", "llm_sql": sql, "question": question,
                                                         "attempts": attempt, "repairs": reasons}),
                        safe=safe, guarded_for=self.scope, meta={"attempts": attempt, "repairs": reasons})
                logger.info("attempt %d for %r refused: %s", attempt, question, reason)
                reasons.append(reason)
                messages += [Message("assistant", completion.text),
                             Message("user", repair.render({"error": reason})[1])]
        finally:
            client.close()
        return Candidate(Translation(error=GAVE_UP, suggestions=self.suggestions(3),
                                     state={"engine": "llm", "repairs": reasons, "attempts": self.attempts}),
                         meta={"attempts": self.attempts, "repairs": reasons})

    def check(self, sql: str) -> tuple[sql_safety.SafeQuery | None, str | None]:
        """``(safe, None)`` when ``sql`` passes the guard and the database can plan it; else ``(None, reason)``,
        the reason for the model."""
        try:
            safe = guard(sql, self.scope)
        except sql_safety.SqlSafetyError as exc:
            return None, f"the SQL guard rejected it: {exc}"
        prefix = "EXPLAIN QUERY PLAN " if self.scope.dialect == "sqlite" else "EXPLAIN "
        try:
            # EXPLAIN of the guarded statement: names, types and syntax are checked, no row is read.
            run_query(sa_engine(self.scope.url), prefix + safe.sql, max_rows=1,
                      timeout=min(conf.QUERY_TIMEOUT, 5.0))
        except QueryTimeout:
            return safe, None  # planning slowly is not an error; the pipeline's own timeout still applies
        except QueryFailed as exc:
            return None, f"the database rejected it: {exc}"
        return safe, None

    def _fallback(self, question: str, previous: dict | None, history: list[dict], reason: str) -> Candidate:
        logger.warning("LLM engine unavailable (%s); the semantic engine answers", reason)
        self.name = "semantic"
        if previous and previous.get("engine") == "llm":  # an LLM turn's state means nothing to the semantic engine
            previous = None
        candidate = self.semantic.translate(question, previous=previous, history=history)
        return Candidate(candidate.translation, meta={"fallback_reason": reason})

    def _record(self, resolved: ResolvedProvider, template, attempt: int, **kwargs) -> None:
        record_call(resolved.settings, prompt_slug=template.slug, prompt_version=template.version or None,
                    attempt=attempt, embed_id=self.scope.embed_id or None, tenant_id=self.scope.tenant_id,
                    price_params=resolved.price_params, **kwargs)
