"""What each step type does. A handler gets a ``StepContext`` and returns an ``Outcome`` (or raises).

Handlers must not touch the execution's rows: the interpreter (``interpreter``) records the outcome and takes the
transition in one transaction. Side effects that must not repeat use ``run.idempotency_key`` (the same for
every attempt of one visit of a step).
"""

import copy
import json
import logging
import re
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.core.mail import send_mail
from django.utils.dateparse import parse_datetime

from datachat import hooks
from datachat.models.automation import Event, Execution, StepRun, dig

logger = logging.getLogger("datachat.automations")

__all__ = ["HANDLERS", "Outcome", "StepContext", "StepFailed", "due_time", "evaluate", "render", "resolve_action",
           "saved_query"]

_TEMPLATE = re.compile(r"\{\{\s*([\w.\-]+)\s*\}\}")


class StepFailed(Exception):
    """A step could not do its work; the message is stored on the StepRun."""


@dataclass
class Outcome:
    """What a step produced. ``next``: ``[(step_id, branch)]`` replacing the step's default edge; ``data``: keys
    of the execution's context to set (beside ``steps``); ``park``: the step waits for someone (a person, a
    message) to complete it, it stays pending and no worker picks it up again.
    """

    output: Any = None
    next: list[tuple[str, str]] | None = None
    end: bool = False
    data: dict | None = None
    park: bool = False


@dataclass
class StepContext:
    """One step being run: ``data`` is the execution's context (``input``, ``steps``, ``vars``)."""

    execution: Execution
    step_run: StepRun
    step: dict
    now: datetime
    data: dict = field(default_factory=dict)

    @property
    def params(self) -> dict:
        return render(self.step.get("params") or {}, self.data)

    @property
    def idempotency_key(self) -> str:
        return str(self.step_run.input.get("visit") or f"{self.execution.pk}:{self.step_run.pk}")

    @property
    def automation(self):
        return self.execution.workflow.automation

    def render(self, value: Any) -> Any:
        return render(value, self.data)


def render(value: Any, data: dict) -> Any:
    """Replace ``{{ path }}`` in strings (recursively in lists and dicts) with values from ``data``.

    A string that is only one template becomes the value itself (a list stays a list).

    >>> render({"n": "{{ steps.q.output.row_count }}", "t": "rows: {{steps.q.output.row_count}}"},
    ...        {"steps": {"q": {"output": {"row_count": 3}}}})
    {'n': 3, 't': 'rows: 3'}
    """
    if isinstance(value, str):
        whole = _TEMPLATE.fullmatch(value.strip())
        if whole:
            return dig(data, whole.group(1))
        return _TEMPLATE.sub(lambda m: _text(dig(data, m.group(1), "")), value)
    if isinstance(value, list):
        return [render(v, data) for v in value]
    if isinstance(value, dict):
        return {k: render(v, data) for k, v in value.items()}
    return value


def _text(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, default=str)


_OPS = {
    "==": lambda a, b: a == b, "!=": lambda a, b: a != b,
    "<": lambda a, b: a is not None and a < b, "<=": lambda a, b: a is not None and a <= b,
    ">": lambda a, b: a is not None and a > b, ">=": lambda a, b: a is not None and a >= b,
    "in": lambda a, b: a in (b or ()), "contains": lambda a, b: b in (a or ()),
    "exists": lambda a, b: a is not None,
}


def evaluate(expr: Any, run: StepContext) -> bool:
    """The truth of a condition (see ``graph``'s docstring for the forms)."""
    if isinstance(expr, dict):
        if "all" in expr:
            return all(evaluate(e, run) for e in expr["all"])
        if "any" in expr:
            return any(evaluate(e, run) for e in expr["any"])
        if "not" in expr:
            return not evaluate(expr["not"], run)
        if "call" in expr:
            return bool(resolve_action(expr["call"])(run))
        if "path" in expr:
            value = dig(run.data, expr["path"])
            op = expr.get("op")
            if op is None:
                return bool(value)
            if op not in _OPS:
                raise StepFailed(f"unknown operator {op!r}")
            try:
                return bool(_OPS[op](value, run.render(expr.get("value"))))
            except TypeError as exc:
                raise StepFailed(f"cannot compare {value!r} {op} {expr.get('value')!r}") from exc
        raise StepFailed(f"not a condition: {expr!r}")
    if isinstance(expr, str):
        return bool(dig(run.data, expr))
    return bool(expr)


def resolve_action(name: str):
    handler = hooks.get_action(name)
    if handler is None:
        from .runtime import load_modules

        load_modules()
        handler = hooks.get_action(name)
    if handler is None:
        raise StepFailed(f"no action registered as {name!r}")
    return handler


def do_action(run: StepContext) -> Outcome:
    """Call the action; keys of ``run.data`` it set or changed (beside ``steps``) are kept in the context (for
    each such top-level key, the action's value replaces the stored one)."""
    before = copy.deepcopy({k: v for k, v in run.data.items() if k != "steps"})
    result = resolve_action(run.step["handler"])(run)
    outcome = result if isinstance(result, Outcome) else Outcome(output=result)
    changed = {k: v for k, v in run.data.items() if k != "steps" and (k not in before or before[k] != v)}
    if changed:
        outcome.data = {**changed, **(outcome.data or {})}
    return outcome


def do_condition(run: StepContext) -> Outcome:
    result = evaluate(run.step["if"], run)
    target = run.step["then"] if result else run.step.get("else")
    return Outcome(output={"result": result}, next=[(target, run.step_run.branch)] if target else [])


def do_wait(run: StepContext) -> Outcome:
    return Outcome(output={"waited_until": run.step_run.input.get("due"), "resumed_at": run.now.isoformat()})


def do_split(run: StepContext) -> Outcome:
    branches = run.step["branches"]
    prefix = f"{run.step_run.branch}/{run.step_run.pk}"
    return Outcome(output={"branches": len(branches)},
                   next=[(target, f"{prefix}.{index}") for index, target in enumerate(branches)])


def do_join(run: StepContext) -> Outcome:
    branch = run.step_run.branch
    index = int(branch.rsplit(".", 1)[1]) if "/" in branch else None
    return Outcome(output={"branch": index})  # the interpreter decides when every branch has arrived


def do_end(run: StepContext) -> Outcome:
    return Outcome(output=None, end=True)


def saved_query(embed_id, sql: str, *, max_rows: int = 1000, identity: dict | None = None) -> dict:
    """Re-run a saved query through the guard, with the embed's tables, columns and row filters, the claim
    filters filled from the stored ``identity`` (``{"sub", "claims"}``) of the visitor who asked for it.

    Stops (``StepFailed``) once the embed is inactive or has no usable publishable key (revoked).

    Returns ``{"sql", "columns", "rows", "row_count", "truncated"}`` (JSON-able); raises ``StepFailed``. The
    runner is ``datachat.services.saved_queries.run_saved_query``, registered in ``datachat.hooks``.
    """
    runner = hooks.saved_query_runner()
    if runner is None:
        raise StepFailed("no saved-query runner is registered (is the datachat app installed?)")
    return runner(embed_id, sql, max_rows=max_rows, identity=identity)


def do_run_query(run: StepContext) -> Outcome:
    embed_id = run.render(run.step.get("embed")) or run.automation.embed_id
    return Outcome(output=saved_query(embed_id, run.render(run.step["sql"]),
                                      max_rows=int(run.step.get("max_rows", 1000)),
                                      identity=(run.automation.config or {}).get("identity")))


def do_send_webhook(run: StepContext) -> Outcome:
    """Raise an event (e.g. ``report.ready``); the embed's subscriptions to it receive a signed delivery.

    The event id is derived from the step's idempotency key, so a retried step never sends a second message.
    """
    from .events import record_event

    embed_id = run.automation.embed_id
    event_id = uuid.uuid5(uuid.NAMESPACE_URL, f"datachat:step:{run.idempotency_key}")
    existing = Event.objects.filter(pk=event_id).first()
    if existing is None:
        data = run.render(run.step.get("data") or {})
        data = {"automation_id": str(run.automation.pk), "execution_id": str(run.execution.pk), **data}
        trace = run.execution.event.trace_id if run.execution.event_id else None
        existing = record_event(run.render(run.step["event"]), data, embed_id=embed_id, source="workflow",
                                trace_id=trace, pk=event_id)
    return Outcome(output={"event_id": str(existing.pk), "type": existing.type})


def do_send_email(run: StepContext) -> Outcome:
    """Send one email through Django's email backend (``EMAIL_BACKEND``)."""
    to = run.render(run.step["to"])
    to = [to] if isinstance(to, str) else list(to or [])
    if not to:
        raise StepFailed("no recipient")
    subject = str(run.render(run.step.get("subject", "Datachat")))
    body = run.render(run.step.get("body", ""))
    sent = send_mail(subject, body if isinstance(body, str) else json.dumps(body, indent=2, default=str),
                     run.step.get("from") or None, to, fail_silently=False)
    return Outcome(output={"sent": sent, "to": to})


def do_repeat(run: StepContext) -> Outcome:
    """Go back to the repeat's ``start`` (its due time has come); the first round's time anchors the next ones."""
    previous = dig(run.data, f"steps.{run.step['id']}.output") or {}
    anchor = previous.get("anchor") or run.step_run.input.get("due") or run.now.isoformat()
    return Outcome(output={"anchor": anchor, "rounds": int(previous.get("rounds", 0)) + 1,
                           "resumed_at": run.now.isoformat()},
                   next=[(run.step["start"], run.step_run.branch)])


def do_form(run: StepContext) -> Outcome:
    from .human import open_task

    return open_task(run)


def do_send_message(run: StepContext) -> Outcome:
    from .messaging import send_from_step

    return Outcome(output=send_from_step(run))


HANDLERS = {
    "action": do_action, "condition": do_condition, "wait": do_wait, "split": do_split, "join": do_join,
    "end": do_end, "run_query": do_run_query, "send_webhook": do_send_webhook, "send_email": do_send_email,
    "repeat": do_repeat, "form": do_form, "send_message": do_send_message,
}


def due_time(step: dict, step_run: StepRun, data: dict) -> datetime | None:
    """When a ``wait`` step (or a step's ``after``) lets the step run; None when it need not wait."""
    from datetime import UTC, timedelta

    if step_run.input.get("due"):
        return parse_datetime(step_run.input["due"])
    if step["type"] == "repeat":
        from .repeat import repeat_due

        return repeat_due(step.get("every") or {}, reached=step_run.available_at,
                          anchor=dig(data, f"steps.{step['id']}.output.anchor"))
    spec = step if step["type"] == "wait" else step.get("after")
    if not spec:
        return None
    if "until" in spec:
        value = spec["until"]
        if isinstance(value, dict) and "call" in value:  # a callable of the flow: ``(task) -> datetime``
            value = resolve_action(value["call"])(_Probe(data=data, step=step, step_run=step_run))
        value = render(value, data)
        until = value if isinstance(value, datetime) else parse_datetime(str(value or ""))
        if until is None:
            raise StepFailed(f"cannot wait until {value!r}")
        return until if until.tzinfo else until.replace(tzinfo=UTC)
    seconds = spec.get("for", 0)
    if isinstance(seconds, dict) and "call" in seconds:
        seconds = resolve_action(seconds["call"])(_Probe(data=data, step=step, step_run=step_run))
    seconds = render(seconds, data)
    seconds = seconds.total_seconds() if isinstance(seconds, timedelta) else float(seconds or 0)
    return step_run.available_at + timedelta(seconds=seconds)



@dataclass
class _Probe:
    """What a wait's callable gets as its ``task``: the context (``data``) and the step, nothing to run."""

    data: dict
    step: dict
    step_run: StepRun
