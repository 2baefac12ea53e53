"""Workflow graphs as data, their validation and their compiled (every edge explicit) form.

A graph lists its steps in order; a step without ``next`` continues with the one after it::

    {"steps": [
        {"id": "fetch", "type": "run_query", "sql": "SELECT ...", "retry": {"max_attempts": 3}},
        {"id": "big", "type": "condition", "if": {"path": "steps.fetch.output.row_count", "op": ">", "value": 0},
         "then": "notify", "else": "done"},
        {"id": "notify", "type": "send_webhook", "event": "report.ready", "on_error": "done",
         "after": {"for": 60}},
        {"id": "done", "type": "end"}
    ]}

Step types (``datachat.automations.steps``): ``action``, ``condition``, ``wait``, ``split``, ``join``,
``run_query``, ``send_webhook``, ``send_email``, ``end``, ``repeat`` (start over at ``start``, default the first
step, when ``every`` says: ``{"seconds": n}`` or ``{"at": [h, m], "days": n}``), ``form`` (a ``HumanTask`` a
person answers: ``form``, ``assign``), ``send_message`` (``target``, ``message``, ``token``, ``data``). Every step
may carry:

- ``next``: the step that follows (default: the next in the list; ``null`` ends this path);
- ``on_error``: where to go when the step still fails after its retries (default: the execution fails);
- ``retry``: ``{"max_attempts": 1, "delay": 5, "backoff": 2}`` seconds, exponential;
- ``after``: ``{"for": seconds}`` or ``{"until": "ISO time" | "{{path}}"}``: wait before running;
- ``skip_if``: a condition; when true the step is skipped (output ``{"skipped": true}``);
- ``as_soon_as``: a condition; the step waits until it holds (re-checked every ``DATACHAT_AS_SOON_AS_RECHECK``
  seconds, and at once when the execution receives a message).

Conditions are data too: ``{"path": "steps.x.output.n", "op": "<", "value": 50}``, ``{"all": [...]}``,
``{"any": [...]}``, ``{"not": ...}``, ``{"call": "registered.action"}`` or a literal.
"""

from dataclasses import dataclass, field

__all__ = ["STEP_TYPES", "Compiled", "GraphInvalid", "compile_graph", "validate"]

STEP_TYPES = {"action", "condition", "wait", "split", "join", "run_query", "send_webhook", "send_email", "end",
              "repeat", "form", "send_message"}
_REQUIRED = {"action": ["handler"], "condition": ["if"], "split": ["branches"], "run_query": ["sql"],
             "send_webhook": ["event"], "send_email": ["to"], "form": ["form"], "send_message": ["target", "message"]}


class GraphInvalid(ValueError):
    """The graph cannot run; ``problems`` lists why."""

    def __init__(self, problems: list[str]):
        super().__init__("; ".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class Compiled:
    """A validated graph: ``steps[id]`` holds each step with ``next`` (and ``else``) resolved."""

    start: str
    steps: dict = field(default_factory=dict)

    def step(self, step_id: str) -> dict:
        return self.steps[step_id]


def _steps_of(graph: dict) -> list[dict]:
    steps = graph.get("steps") if isinstance(graph, dict) else None
    if isinstance(steps, dict):  # also accept {"id": {...}} in insertion order
        return [{"id": key, **value} for key, value in steps.items()]
    return steps if isinstance(steps, list) else []


def validate(graph: dict) -> None:
    """Raise ``GraphInvalid`` with every problem found, or return None.

    >>> validate({"steps": [{"id": "a", "type": "action", "handler": "x", "next": "b"}]})
    Traceback (most recent call last):
    ...
    datachat.automations.graph.GraphInvalid: step 'a': next 'b' is not a step
    """
    problems: list[str] = []
    steps = _steps_of(graph)
    if not steps:
        raise GraphInvalid(["the graph has no steps"])
    ids = [s.get("id") for s in steps if isinstance(s, dict)]
    if len(ids) != len(steps) or not all(isinstance(i, str) and i for i in ids):
        problems.append("every step needs a string id")
    if len(set(ids)) != len(ids):
        problems.append("step ids must be unique")
    known = set(ids)
    if graph.get("start") and graph["start"] not in known:
        problems.append(f"start {graph['start']!r} is not a step")
    for step in steps:
        if not isinstance(step, dict):
            continue
        sid, kind = step.get("id"), step.get("type")
        if kind not in STEP_TYPES:
            problems.append(f"step {sid!r}: unknown type {kind!r}")
            continue
        problems += [f"step {sid!r}: missing {key!r}" for key in _REQUIRED.get(kind, []) if key not in step]
        targets = [("next", step.get("next")), ("on_error", step.get("on_error"))]
        if kind == "condition":
            targets += [("then", step.get("then")), ("else", step.get("else"))]
        if kind == "repeat":
            targets.append(("start", step.get("start")))
        if kind == "split":
            branches = step.get("branches") or []
            if not isinstance(branches, list) or len(branches) < 1:
                problems.append(f"step {sid!r}: a split needs a list of branches")
            else:
                targets += [("branch", b) for b in branches]
        for label, target in targets:
            if target is not None and target not in known:
                problems.append(f"step {sid!r}: {label} {target!r} is not a step")
        retry = step.get("retry") or {}
        if not isinstance(retry, dict) or int(retry.get("max_attempts", 1)) < 1:
            problems.append(f"step {sid!r}: retry.max_attempts must be at least 1")
        wait = step.get("after") if kind != "wait" else step
        if kind == "wait" and "for" not in step and "until" not in step:
            problems.append(f"step {sid!r}: a wait needs 'for' (seconds) or 'until'")
        if wait and "for" in wait and not isinstance(wait["for"], int | float | str):
            problems.append(f"step {sid!r}: 'for' must be seconds")
    if problems:
        raise GraphInvalid(problems)


def compile_graph(graph: dict) -> Compiled:
    """Validate ``graph`` and make every edge explicit.

    >>> compiled = compile_graph({"steps": [{"id": "a", "type": "action", "handler": "x"}, {"id": "b", "type": "end"}]})
    >>> compiled.start, compiled.steps["a"]["next"], compiled.steps["b"]["next"]
    ('a', 'b', None)
    """
    validate(graph)
    steps = _steps_of(graph)
    compiled: dict[str, dict] = {}
    for index, step in enumerate(steps):
        following = steps[index + 1]["id"] if index + 1 < len(steps) else None
        resolved = dict(step)
        if step["type"] == "end":
            resolved["next"] = None
        else:
            resolved["next"] = step.get("next", following)
        if step["type"] == "condition":
            resolved["else"] = step.get("else", resolved["next"])
            resolved["then"] = step.get("then") or resolved["next"]
        if step["type"] == "repeat":
            resolved["start"] = step.get("start") or steps[0]["id"]
        if step["type"] == "split" and "join" not in step:
            resolved["join"] = _join_after(steps, step)
        compiled[step["id"]] = resolved
    return Compiled(start=graph.get("start") or steps[0]["id"], steps=compiled)


def _join_after(steps: list[dict], split: dict) -> str | None:
    """The first join declared after ``split``: where its branches meet again."""
    seen = False
    for step in steps:
        if step is split:
            seen = True
        elif seen and step["type"] == "join":
            return step["id"]
    return None
