"""Workflows declared as Python classes, in the spirit of django-automations; compiled to the same graph data.

Nodes are class attributes, run in the order they are declared unless a modifier says otherwise::

    from datetime import timedelta
    from datachat.automations import flow
    from datachat.automations.flow import this

    class WeeklyDigest(flow.Automation):
        fetch = flow.RunQuery("SELECT country, SUM(total) FROM orders GROUP BY 1").Retry(3)
        check = flow.If(this.has_rows).Then(this.notify).Else(this.done)
        notify = (flow.SendWebhook("report.ready", data={"rows": "{{steps.fetch.output.rows}}"})
                  .AfterWaitingFor(timedelta(minutes=5)).OnError(this.done))
        done = flow.End()

        def has_rows(self, task):
            return bool(task.data["steps"]["fetch"]["output"]["rows"])

    WeeklyDigest.graph()  # {"steps": [{"id": "fetch", "type": "run_query", ...}, ...]}

Modifiers (each returns the node, so they chain): ``.Next(node)``, ``.AfterWaitingFor(timedelta | seconds)``,
``.AfterWaitingUntil(datetime | "{{path}}")``, ``.SkipIf(condition)``, ``.OnError(node)``, ``.Retry(n, delay,
backoff)``; ``If`` adds ``.Then()``/``.Else()``, ``Split`` takes one ``.Next()`` per branch. Nodes are referred
to as ``this.name``, ``"self.name"`` or ``"name"``. Methods used by ``Execute``/``If``/``SkipIf`` take
``(self, task)`` where ``task.data`` is the execution's context; they are registered as actions named
``module.Class.method`` when the class is defined, so any worker that imports the module can run them.
"""

from datetime import datetime, timedelta
from typing import Any

from datachat import hooks

from .graph import compile_graph

__all__ = ["Automation", "End", "Execute", "If", "Join", "RunQuery", "SendEmail", "SendWebhook", "Split", "This",
           "Wait", "this"]


class Ref:
    """A forward reference to a node or method of the class being declared."""

    def __init__(self, name: str):
        self.name = name

    def __repr__(self) -> str:
        return f"this.{self.name}"


class This:
    """``this.name`` stands for ``self.name`` while the class body is being written."""

    def __getattr__(self, name: str) -> Ref:
        if name.startswith("__"):
            raise AttributeError(name)
        return Ref(name)


this = This()


def _node_name(target: Any) -> str | None:
    if target is None:
        return None
    if isinstance(target, Ref):
        return target.name
    if isinstance(target, Node):
        return target.name
    if isinstance(target, str):
        return target.removeprefix("self.")
    raise TypeError(f"not a node reference: {target!r}")


def _seconds(value: Any) -> float | str:
    return value.total_seconds() if isinstance(value, timedelta) else value


class Node:
    """Base of all nodes; only meaningful as an attribute of an ``Automation`` subclass."""

    type = ""

    def __init__(self, *args: Any, description: str = "", **kwargs: Any):
        self.description = description
        self.name: str | None = None
        self._next: Any = ...
        self._extra: dict = {}

    # Modifiers -----------------------------------------------------------------------------------------------
    def Next(self, node: Any) -> "Node":  # noqa: N802  (the flow API's spelling)
        self._next = node
        return self

    def AfterWaitingFor(self, delta: timedelta | float | str) -> "Node":  # noqa: N802
        self._extra["after"] = {"for": _seconds(delta)}
        return self

    def AfterWaitingUntil(self, when: datetime | str) -> "Node":  # noqa: N802
        self._extra["after"] = {"until": when.isoformat() if isinstance(when, datetime) else when}
        return self

    def SkipIf(self, condition: Any) -> "Node":  # noqa: N802
        self._extra["skip_if"] = condition
        return self

    def OnError(self, node: Any) -> "Node":  # noqa: N802
        self._extra["on_error"] = node
        return self

    def Retry(self, max_attempts: int = 3, delay: float | timedelta = 5, backoff: float = 2) -> "Node":  # noqa: N802
        self._extra["retry"] = {"max_attempts": max_attempts, "delay": _seconds(delay), "backoff": backoff}
        return self

    # Compilation ---------------------------------------------------------------------------------------------
    def fields(self, flow: "type[Automation]") -> dict:
        """The type-specific keys of this node's step."""
        return {}

    def to_step(self, flow: "type[Automation]") -> dict:
        step = {"id": self.name, "type": self.type, **self.fields(flow)}
        if self._next is not ...:
            step["next"] = _node_name(self._next)
        extra = dict(self._extra)
        if "on_error" in extra:
            extra["on_error"] = _node_name(extra["on_error"])
        if "skip_if" in extra:
            extra["skip_if"] = flow._condition(extra["skip_if"])
        step.update(extra)
        if self.description:
            step["description"] = self.description
        return step


class Execute(Node):
    """Run a callable: a method (``this.method``/``"self.method"``), a function, or a registered action name."""

    type = "action"

    def __init__(self, func: Any, *, params: dict | None = None, description: str = ""):
        super().__init__(description=description)
        self.func, self.params = func, params

    def fields(self, flow):
        step = {"handler": flow._action(self.func)}
        if self.params:
            step["params"] = self.params
        return step


class If(Node):
    """Branch on a condition: ``.Then(node)``, optionally ``.Else(node)`` (default: the next node)."""

    type = "condition"

    def __init__(self, condition: Any, *, description: str = ""):
        super().__init__(description=description)
        self.condition, self._then, self._else = condition, None, ...

    def Then(self, node: Any) -> "If":  # noqa: N802
        self._then = node
        return self

    def Else(self, node: Any) -> "If":  # noqa: N802
        self._else = node
        return self

    def fields(self, flow):
        step = {"if": flow._condition(self.condition), "then": _node_name(self._then)}
        if self._else is not ...:
            step["else"] = _node_name(self._else)
        return step


class Split(Node):
    """Start parallel paths, one per ``.Next()``; they meet again at the following ``Join``."""

    type = "split"

    def __init__(self, *, description: str = ""):
        super().__init__(description=description)
        self.branches: list = []

    def Next(self, node: Any) -> "Split":  # noqa: N802
        self.branches.append(node)
        return self

    def fields(self, flow):
        return {"branches": [_node_name(b) for b in self.branches]}

    def to_step(self, flow):
        step = super().to_step(flow)
        step.pop("next", None)
        return step


class Join(Node):
    """Wait until every path of the split before it has arrived."""

    type = "join"


class End(Node):
    """End the execution."""

    type = "end"


class Wait(Node):
    """Pause for ``seconds`` (or a ``timedelta``) or until a time (``datetime`` or ``"{{path}}"``)."""

    type = "wait"

    def __init__(self, seconds: float | timedelta | None = None, *, until: datetime | str | None = None,
                 description: str = ""):
        super().__init__(description=description)
        self.seconds, self.until = seconds, until

    def fields(self, flow):
        if self.until is not None:
            return {"until": self.until.isoformat() if isinstance(self.until, datetime) else self.until}
        return {"for": _seconds(self.seconds or 0)}


class RunQuery(Node):
    """Re-run a saved SQL query on the automation's embed (through the guard)."""

    type = "run_query"

    def __init__(self, sql: str, *, max_rows: int = 1000, description: str = ""):
        super().__init__(description=description)
        self.sql, self.max_rows = sql, max_rows

    def fields(self, flow):
        return {"sql": self.sql, "max_rows": self.max_rows}


class SendWebhook(Node):
    """Raise ``event`` with ``data``; the embed's webhook subscriptions to it receive a signed delivery."""

    type = "send_webhook"

    def __init__(self, event: str, *, data: dict | None = None, description: str = ""):
        super().__init__(description=description)
        self.event, self.data = event, data or {}

    def fields(self, flow):
        return {"event": self.event, "data": self.data}


class SendEmail(Node):
    """Send an email through Django's email backend."""

    type = "send_email"

    def __init__(self, to: str | list[str], *, subject: str = "", body: str = "", description: str = ""):
        super().__init__(description=description)
        self.to, self.subject, self.body = to, subject, body

    def fields(self, flow):
        return {"to": self.to if isinstance(self.to, list) else [self.to], "subject": self.subject, "body": self.body}


class Automation:
    """Subclass with nodes as attributes; ``graph()`` is the JSON graph, ``install()`` stores it."""

    _nodes: list[Node] = []

    def __init_subclass__(cls, **kwargs: Any):
        super().__init_subclass__(**kwargs)
        nodes = []
        for name, value in list(cls.__dict__.items()):
            if isinstance(value, Node):
                if name.startswith("_"):
                    raise TypeError(f"{cls.__name__}.{name}: node names may not start with '_'")
                value.name = name
                nodes.append(value)
        cls._nodes = nodes
        if nodes:
            cls.graph()  # registers the methods the nodes use, and fails early on a broken graph
            compile_graph(cls.graph())

    @classmethod
    def get_verbose_name(cls) -> str:
        meta = getattr(cls, "Meta", None)
        return str(getattr(meta, "verbose_name", "") or f"Automation {cls.__name__}")

    @classmethod
    def graph(cls) -> dict:
        return {"steps": [node.to_step(cls) for node in cls._nodes]}

    @classmethod
    def compile(cls):
        return compile_graph(cls.graph())

    @classmethod
    def _action(cls, func: Any) -> str:
        """The registered action name for ``func`` (registering methods and functions on first use)."""
        if isinstance(func, str) and not func.startswith("self."):
            return func
        if isinstance(func, Ref | str):
            method = _node_name(func)
            name = f"{cls.__module__}.{cls.__qualname__}.{method}"
            if hooks.get_action(name) is None:
                hooks.action(name)(lambda run, _m=method: getattr(cls(), _m)(run))
            return name
        if callable(func):
            name = f"{func.__module__}.{func.__qualname__}"
            if hooks.get_action(name) is None:
                hooks.action(name)(func)
            return name
        raise TypeError(f"{cls.__name__}: cannot execute {func!r}")

    @classmethod
    def _condition(cls, condition: Any) -> Any:
        if isinstance(condition, dict | bool) or condition is None:
            return condition
        if isinstance(condition, str) and not condition.startswith("self."):
            return {"path": condition}
        return {"call": cls._action(condition)}

    @classmethod
    def install(cls, *, name: str | None = None, embed=None, trigger: dict | None = None):
        """Store this flow as an Automation with a live Workflow (a new version if it exists); returns it.

        ``trigger``: ``{"event": "intent.*"}`` or ``{"schedule": {...}}`` to start it automatically.
        """
        from django.db import transaction

        from datachat.models.automation import Automation as AutomationModel
        from datachat.models.automation import Trigger, Workflow

        name = name or cls.get_verbose_name()
        with transaction.atomic():
            automation, _ = AutomationModel.objects.get_or_create(
                name=name, embed=embed, defaults={"config": {"flow": f"{cls.__module__}.{cls.__qualname__}"}})
            last = automation.workflows.order_by("-version").first()
            automation.workflows.update(is_live=False)
            Workflow.objects.create(automation=automation, version=(last.version + 1) if last else 1,
                                    graph=cls.graph(), is_live=True)
            if trigger:
                kind = Trigger.SCHEDULE if "schedule" in trigger else Trigger.EVENT
                Trigger.objects.get_or_create(automation=automation, type=kind, config=trigger)
        return automation
