"""One question, end to end: translator -> guard -> execute -> answer (DESIGN.md steps 4 to 7).

Every statement that runs was proved by ``sql_safety.check`` exactly once: by the translator when its
``Candidate`` carries the ``SafeQuery`` for this scope (the model's repair loop), else here.
Django-free apart from settings: the API, the CLI and the benches all call ``answer_question``.
"""

import logging
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from sqlalchemy.exc import SQLAlchemyError

import sql_safety
from datachat.conf import conf

from .answers import build_answer
from .cancel import Cancel
from .cost import QueryTooExpensive, enforce_ceiling
from .execute import QueryCancelled, QueryFailed, QueryResult, QueryTimeout, run_query
from .guard import Scope, guard
from .sources import sa_engine
from .translators import Candidate, Translator, translator_for

logger = logging.getLogger("datachat.pipeline")

#: step -> label shown while it runs (streamed to the widget as SSE progress events).
STEPS = {
    "understanding": "Understanding…",
    "querying": "Running query…",
    "charting": "Drawing chart…",
    "answering": "Writing the answer…",
}

Progress = Callable[[str, str], None]


@dataclass
class Reply:
    """The assistant's answer to one question. ``error`` is None on success, else ``{"code", "message"}``."""

    question: str
    content: str
    sql: str | None = None
    data: dict | None = None
    chart: dict | None = None
    state: dict = field(default_factory=dict)
    suggestions: list[str] = field(default_factory=list)
    error: dict | None = None
    engine: str = ""
    duration_ms: int = 0
    facts: dict = field(default_factory=dict)
    #: what was computed, in plain words (empty for refusals)
    interpretation: str = ""
    #: ``{"message", "options": [{"label", "question"}]}`` when the engine asks instead of guessing
    clarification: dict | None = None

    def as_json(self, id=None) -> dict:
        """The ``datachat ask --json`` line (CONTRACT.md section 2)."""
        data = self.data or {}
        return {
            "id": id, "question": self.question, "sql": self.sql, "columns": data.get("columns"),
            "rows": data.get("rows"), "chart": self.chart, "answer": self.content,
            "interpretation": self.interpretation or None, "clarification": self.clarification,
            "error": None if self.error is None else self.error["message"],
        }


def _refusal(question: str, code: str, message: str, *, suggestions=(), **extra) -> Reply:
    content = message
    if suggestions:
        content += " You could ask: " + "; ".join(f"“{s}”" for s in suggestions)
    return Reply(question=question, content=content, error={"code": code, "message": message},
                 suggestions=list(suggestions), **extra)


@dataclass(frozen=True)
class Step:
    """A progress event: the named step has started."""

    step: str
    label: str


def _guarded(candidate: Candidate, sql: str, scope: Scope) -> sql_safety.SafeQuery:
    """The proved statement to run: the translator's own when it guarded this very SQL for this scope."""
    if candidate.safe is not None and candidate.guarded_for == scope and candidate.safe.sql == sql:
        return candidate.safe
    return guard(sql, scope)


#: Seconds between progress events while a query runs.
PROGRESS_INTERVAL = 2.0


def _run_with_progress(scope: Scope, sql: str) -> Iterator[Step | QueryResult]:
    """Run the query in a worker thread; yield a progress Step every ``PROGRESS_INTERVAL`` seconds, then
    its result. Closing the generator (the visitor left the stream) cancels the query on the server."""
    cancel = Cancel()
    outcome: dict = {}

    def work() -> None:
        try:
            outcome["result"] = run_query(sa_engine(scope.url), sql, max_rows=scope.max_rows,
                                          timeout=conf.QUERY_TIMEOUT, cancel=cancel)
        except Exception as exc:  # noqa: BLE001 - handed to the caller's thread below
            outcome["error"] = exc

    worker = threading.Thread(target=work, name="datachat-query", daemon=True)
    started = time.monotonic()
    worker.start()
    try:
        while True:
            worker.join(PROGRESS_INTERVAL)
            if not worker.is_alive():
                break
            # Past the timeout with no answer (a backend without a server-side timeout): stop it.
            if time.monotonic() - started > conf.QUERY_TIMEOUT + PROGRESS_INTERVAL:
                cancel.cancel()
            yield Step("querying", f"{STEPS['querying']} {int(time.monotonic() - started)} s")
    except GeneratorExit:
        cancel.cancel()
        raise
    if "error" in outcome:
        if isinstance(outcome["error"], QueryCancelled) and time.monotonic() - started > conf.QUERY_TIMEOUT:
            raise QueryTimeout(f"the query ran longer than {conf.QUERY_TIMEOUT:g} s and was stopped")
        raise outcome["error"]
    yield outcome["result"]


def answer_question(scope: Scope, question: str, *, on_progress: Progress | None = None, **options) -> Reply:
    """Answer ``question`` on ``scope``; ``on_progress(step, label)`` is called as each step starts.

    Takes the options of ``iter_answer``. Refusals are Replies with ``error`` set, never exceptions.
    """
    for event in iter_answer(scope, question, **options):
        if isinstance(event, Reply):
            return event
        if on_progress:
            on_progress(event.step, event.label)
    raise AssertionError("iter_answer ended without a reply")


def iter_answer(
    scope: Scope,
    question: str,
    *,
    previous: dict | None = None,
    history: list[dict] | None = None,
    theme: dict | None = None,
    engine: str | None = None,
    translator: Translator | None = None,
) -> Iterator[Step | Reply]:
    """Yield a ``Step`` as each step starts, then the ``Reply``.

    Args:
        previous: the session's last answer ``{"state", "sql", "data"}``, the base of follow-ups.
        history: earlier turns ``[{"role", "content", "sql"}]`` for translators that use them.
        theme: the embed's theme (chart colors).
        engine: force an engine by name; ``translator`` overrides it with an instance.
    """
    started = time.perf_counter()
    question = (question or "").strip()
    if not question:
        yield _refusal(question, "empty_question", "Please type a question.")
        return

    yield Step("understanding", STEPS["understanding"])
    previous = previous or {}
    try:
        translator = translator or translator_for(scope, engine)
        candidate = translator.translate(question, previous=previous.get("state") or None, history=history or [])
    except SQLAlchemyError as exc:  # the data source cannot be reached or reflected
        logger.warning("data source %s unavailable: %s", scope.key, exc)
        yield _refusal(question, "source_unavailable", "The data source is not reachable right now; try again later.")
        return
    translation = candidate.translation
    if translation.clarification is not None:
        asked = translation.clarification
        yield Reply(question=question, content=asked.message, clarification=asked.to_dict(),
                    suggestions=[o.question for o in asked.options], state=previous.get("state") or {},
                    engine=translator.name, duration_ms=int((time.perf_counter() - started) * 1000))
        return
    if translation.error or not (translation.sql or translation.rerender_only):
        yield _refusal(question, "not_understood", translation.error or "I could not turn that into a query.",
                       suggestions=translation.suggestions or translator.suggestions(3), engine=translator.name)
        return

    if translation.rerender_only and previous.get("sql") and previous.get("data"):
        # "show it as a line chart": redraw the last result; nothing new reaches the database.
        yield Step("charting", STEPS["charting"])
        built = build_answer(previous["data"], translation.frame, theme=theme, chart_hint=translation.chart_hint)
        yield Reply(question=question, content=built.summary, sql=previous["sql"], data=built.data,
                    chart=built.chart, state=previous.get("state") or translation.state, engine=translator.name,
                    facts=built.facts, interpretation=translation.explanation,
                    duration_ms=int((time.perf_counter() - started) * 1000))
        return
    sql = translation.sql or previous.get("sql")
    if not sql:  # "show it as a table" with nothing shown yet
        yield _refusal(question, "not_understood", "There is no earlier answer to show; ask a question first.",
                       suggestions=translator.suggestions(3), engine=translator.name)
        return
    try:
        safe = _guarded(candidate, sql, scope)
    except sql_safety.SqlSafetyError as exc:  # the refusal keeps the guard's own code (sql_safety.errors)
        logger.info("guard rejected %s SQL: %s", translator.name, exc)
        yield _refusal(question, exc.code, f"I can't run that query: {exc}", engine=translator.name,
                       state=translation.state)
        return

    yield Step("querying", STEPS["querying"])
    try:
        enforce_ceiling(sa_engine(scope.url), safe.sql, max_rows=scope.max_scan_rows or conf.MAX_SCAN_ROWS,
                        max_bytes=conf.MAX_BYTES_BILLED)
    except QueryTooExpensive as exc:
        yield _refusal(question, exc.code, f"I did not run that query: {exc}.", engine=translator.name,
                       state=translation.state)
        return
    except SQLAlchemyError as exc:  # no estimate: the statement timeout still bounds the query
        logger.info("cost estimate failed on %s: %s", scope.key, exc)
    try:
        result = None
        for event in _run_with_progress(scope, safe.sql):
            if isinstance(event, Step):
                yield event
            else:
                result = event
    except QueryTimeout as exc:
        yield _refusal(question, exc.code, f"The query took too long: {exc}.", engine=translator.name)
        return
    except QueryFailed as exc:
        yield _refusal(question, exc.code, f"The database could not run the query: {exc}.",
                       engine=translator.name)
        return

    yield Step("charting", STEPS["charting"])
    built = build_answer(result.frame, translation.frame, truncated=result.truncated, theme=theme,
                         chart_hint=translation.chart_hint)
    yield Step("answering", STEPS["answering"])
    content = built.summary
    if translation.explanation and translation.explanation not in content:
        content = f"{translation.explanation}. {content}" if content else translation.explanation
    yield Reply(
        question=question, content=content, sql=safe.sql, data=built.data, chart=built.chart,
        state=translation.state, engine=translator.name, facts=built.facts, interpretation=translation.explanation,
        duration_ms=int((time.perf_counter() - started) * 1000),
    )
