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

More nodes: ``Repeat`` (start over on a schedule: ``.At(h, m)``, ``.EveryDay()``, ``.EveryNDays(n)``,
``.EveryHour(n)``, ``.EveryNMinutes(n)``), ``Form``/``ModelForm`` (a person fills a form: ``.User()``, ``.Group()``,
``.Permission()``), ``SendMessage`` (to ``receive_<message>`` methods of other automations).

Modifiers (each returns the node, so they chain): ``.Next(node)``, ``.AfterWaitingFor(timedelta | seconds)``,
``.AfterWaitingUntil(datetime | "{{path}}" | callable)``, ``.AsSoonAs(condition)``, ``.SkipIf(condition)``,
``.OnError(node)``, ``.Retry(n, delay, backoff)``; ``If`` adds ``.Then()``/``.Else()``, ``Split`` takes one
``.Next()`` per branch. Nodes are referred
to as ``this.name``, ``"self.name"`` or ``"name"``. Methods used by ``Execute``/``If``/``SkipIf`` take
``(self, task)`` where ``task.data`` is the execution's context; they are registered as actions named
``module.Class.method`` when the class is defined, so any worker that imports the module can run them.

Instances (``WeeklyDigest(key=value)`` starts one run), messages and human tasks: see ``docs/automations.md``.
"""

from datetime import datetime, timedelta
from typing import Any

from datachat import hooks

from .graph import compile_graph

__all__ = ["Automation", "End", "Execute", "Form", "If", "Join", "ModelForm", "Repeat", "RunQuery", "SendEmail",
           "SendMessage", "SendWebhook", "Split", "This", "Wait", "get_automations", "require_data_parameters", "this"]


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


def _seconds(value: Any) -> Any:
    return value.total_seconds() if isinstance(value, timedelta) else value


def _is_callable(value: Any) -> bool:
    """A method (``this.x``, ``"self.x"``) or a function, called when the step runs."""
    return isinstance(value, Ref) or (isinstance(value, str) and value.startswith("self.")) or (
        callable(value) and not isinstance(value, type))


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

    def AfterWaitingUntil(self, when: Any) -> "Node":  # noqa: N802
        """Wait until ``when``: a datetime, ``"{{path}}"``, or a callable ``(task) -> datetime``."""
        self._extra["after"] = {"until": when.isoformat() if isinstance(when, datetime) else when}
        return self

    def SkipIf(self, condition: Any) -> "Node":  # noqa: N802
        self._extra["skip_if"] = condition
        return self

    def AsSoonAs(self, condition: Any) -> "Node":  # noqa: N802
        """Wait until ``condition`` holds; it is checked again by the scheduler (and when a message arrives)."""
        self._extra["as_soon_as"] = condition
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
        if "as_soon_as" in extra:
            extra["as_soon_as"] = flow._condition(extra["as_soon_as"])
        if "after" in extra:
            extra["after"] = {key: {"call": flow._action(value)} if _is_callable(value) else value
                              for key, value in extra["after"].items()}
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


class Repeat(Node):
    """Start over at ``start`` (default: the first node) when the schedule says; an automation that never ends.

    ``.At(hour, minute)`` (daily at that time), ``.EveryDay()``, ``.EveryNDays(n)``, ``.EveryHour(hours=1)``,
    ``.EveryNMinutes(n)``; interval repeats count from the first time the node is reached.
    """

    type = "repeat"

    def __init__(self, start: Any = None, *, description: str = ""):
        super().__init__(description=description)
        self.start, self._every, self._days, self._at = start, 86400.0, 1, None

    def At(self, hour: int, minute: int = 0) -> "Repeat":  # noqa: N802
        self._at = [int(hour), int(minute)]
        return self

    def EveryHour(self, hours: float = 1) -> "Repeat":  # noqa: N802
        self._every = 3600.0 * hours
        return self

    def EveryNMinutes(self, minutes: float) -> "Repeat":  # noqa: N802
        self._every = 60.0 * minutes
        return self

    def EveryNDays(self, days: int) -> "Repeat":  # noqa: N802
        self._every, self._days = 86400.0 * days, int(days)
        return self

    def EveryDay(self) -> "Repeat":  # noqa: N802
        return self.EveryNDays(1)

    def fields(self, flow):
        every = {"at": self._at, "days": self._days} if self._at else {"seconds": self._every}
        step = {"every": every}
        if self.start is not None:
            step["start"] = _node_name(self.start)
        return step

    def to_step(self, flow):
        step = super().to_step(flow)
        step.pop("next", None)
        return step


def _dotted(obj: Any) -> str:
    return obj if isinstance(obj, str) else f"{obj.__module__}.{obj.__qualname__}"


class Form(Node):
    """Wait for a person to fill ``form`` (a Django form class or its dotted path); its cleaned data becomes the
    step's output (``steps.<name>.output.data``). Assign it with ``.User(**lookup)``, ``.Group(**lookup)`` and
    ``.Permission("app.codename")`` (repeatable): all given must hold; superusers always may.

    ``attach`` (templates allowed) is shown with the task, e.g. ``{"conversation": "{{conversation}}"}``.
    """

    type = "form"

    def __init__(self, form: Any, template_name: str | None = None, success_url: str | None = None,
                 description: str = "", context: dict | None = None, *, title: str = "", attach: Any = None):
        super().__init__(description=description)
        self.form, self.template_name, self.success_url = form, template_name, success_url
        self.context, self.title, self.attach = dict(context or {}), title, attach
        self._assign: dict = {}

    def User(self, **lookup: Any) -> "Form":  # noqa: N802
        self._assign["user"] = lookup
        return self

    def Group(self, **lookup: Any) -> "Form":  # noqa: N802
        self._assign["group"] = lookup
        return self

    def Permission(self, permission: str) -> "Form":  # noqa: N802
        self._assign.setdefault("permissions", []).append(permission)
        return self

    def fields(self, flow):
        step = {"form": _dotted(self.form), "assign": self._assign}
        template = self.template_name or getattr(flow, "default_template_name", None)
        context = {**(getattr(flow, "context", None) or {}), **self.context}
        for key, value in (("template_name", template), ("success_url", self.success_url), ("context", context),
                           ("title", self.title), ("attach", self.attach)):
            if value:
                step[key] = value
        return step


class ModelForm(Form):
    """A ``Form`` on a Django ``ModelForm``: it edits the instance whose primary key is ``data[key]`` (or creates
    one), and stores the saved instance's key there."""

    def __init__(self, form: Any, key: str, template_name: str | None = None, description: str = "", **kwargs: Any):
        super().__init__(form, template_name=template_name, description=description, **kwargs)
        self.key = key

    def fields(self, flow):
        return {**super().fields(flow), "model_key": self.key}


class SendMessage(Node):
    """Send ``message`` to other automations: ``target`` is an automation class or its dotted path (every running
    instance), an instance, or an instance id (also ``"{{path}}"``)."""

    type = "send_message"

    def __init__(self, target: Any, message: str, token: str | None = None, data: Any = None, *,
                 description: str = ""):
        super().__init__(description=description)
        self.target, self.message, self.token, self.data = target, message, token, data

    def fields(self, flow):
        target = self.target
        if isinstance(target, type) and issubclass(target, Automation):
            target = {"class": _dotted(target)}
        elif isinstance(target, Automation):
            target = {"id": str(target.id)}
        elif isinstance(target, str) and "{{" not in target and "." in target:
            target = {"class": target}
        else:
            target = {"id": str(target)}
        step = {"target": target, "message": self.message}
        if self.token is not None:
            step["token"] = self.token
        if self.data is not None:
            step["data"] = self.data
        return step


def require_data_parameters(**required: type):
    """Declare the data a receiver needs, e.g. ``@require_data_parameters(email=str)``: a message without it (or
    with another type) is not delivered, and kept with the reason."""

    def decorate(receiver):
        receiver.required_data = dict(required)
        return receiver

    return decorate


_registry: dict[str, type] = {}


def get_automations(app: str | None = None) -> list[tuple[str, str]]:
    """``[(dotted path, verbose name)]`` of the automations declared in ``automations.py`` modules (of ``app``
    only when given) and in ``DATACHAT_AUTOMATION_MODULES``."""
    from datachat.conf import conf as settings

    from .runtime import load_modules

    load_modules()
    extra = set(settings.AUTOMATION_MODULES)
    found = []
    for path, cls in sorted(_registry.items()):
        module = cls.__module__
        if app is not None:
            if module != f"{app}.automations":
                continue
        elif module.rsplit(".", 1)[-1] != "automations" and module not in extra:
            continue
        found.append((path, cls.get_verbose_name()))
    return found


class Automation:
    """Subclass with nodes as attributes; ``graph()`` is the JSON graph, ``install()`` stores it.

    An instance is one run: ``MyFlow(key=value)`` stores the workflow if needed and starts an execution whose
    context holds the keyword arguments (models by primary key); ``MyFlow(automation=execution_or_id)`` binds to
    an existing one. ``self.data`` is the execution's context, ``self.save()`` writes it back.
    """

    unique: bool | tuple = False
    context: dict = {}

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
            _registry[_dotted(cls)] = cls
            cls.graph()  # registers the methods the nodes use, and fails early on a broken graph
            compile_graph(cls.graph())

    @classmethod
    def get_verbose_name(cls) -> str:
        meta = getattr(cls, "Meta", None)
        return str(getattr(meta, "verbose_name", "") or f"Automation {cls.__name__}")

    @classmethod
    def get_verbose_name_plural(cls) -> str:
        meta = getattr(cls, "Meta", None)
        return str(getattr(meta, "verbose_name_plural", "") or f"Automations {cls.__name__}")

    @classmethod
    def get_automation_class_name(cls) -> str:
        return _dotted(cls)

    # Instances ---------------------------------------------------------------------------------------------------
    def __init__(self, automation: Any = None, automation_id: Any = None, autorun: bool = True, **kwargs: Any):
        from datachat.models.automation import Execution

        if automation is not None or automation_id is not None:
            bound = automation if isinstance(automation, Execution) else Execution.objects.get(
                pk=automation_id if automation_id is not None else getattr(automation, "id", automation))
            self._execution, self.data = bound, bound.context or {}
            return
        self._execution = self._start(kwargs, autorun=autorun)
        self.data = self._execution.context

    @classmethod
    def _bind(cls, task: Any) -> "Automation":
        """The instance a step's method runs on: ``self.data`` is the step's context (the same dict)."""
        instance = cls.__new__(cls)
        instance._execution = getattr(task, "execution", None)
        instance.data = task.data
        instance._in_step = True
        return instance

    @classmethod
    def live_workflow(cls):
        """The stored workflow of this class (stored, or stored again as a new version, when the graph changed)."""
        from datachat.models.automation import Automation as AutomationModel

        stored = AutomationModel.objects.filter(config__flow=_dotted(cls), embed=None).order_by("created_at").first()
        live = stored.live_workflow if stored else None
        if live is None or live.graph != cls.graph():
            live = cls.install(name=stored.name if stored else None).live_workflow
        return live

    @classmethod
    def _start(cls, kwargs: dict, *, autorun: bool):
        from django.db import transaction

        from datachat.models.automation import Execution

        from . import interpreter
        from .human import _jsonable

        data = _jsonable(kwargs)
        existing = cls._unique_match(data)
        if existing is not None:
            return existing
        with transaction.atomic():
            execution = interpreter.start(cls.live_workflow(), payload=data, enqueue=autorun)
            execution.context = {**execution.context, **data}
            Execution.objects.filter(pk=execution.pk).update(context=execution.context)
        return execution

    @classmethod
    def _unique_match(cls, data: dict):
        if not cls.unique:
            return None
        from .messaging import running

        for execution in running(cls).order_by("created_at"):
            if cls.unique is True or all((execution.context or {}).get(k) == data.get(k) for k in cls.unique):
                return execution
        return None

    @property
    def id(self):
        return self._execution.pk

    _in_step = False

    def save(self) -> None:
        """Write ``self.data`` back: its top-level keys (not ``steps``), with the execution's row locked. Inside a
        step it does nothing: the interpreter keeps what the step changed when the step completes."""
        from django.db import transaction

        from datachat.models.automation import Execution

        if self._in_step:
            return
        with transaction.atomic():
            execution = Execution.objects.select_for_update().get(pk=self._execution.pk)
            context = execution.context or {}
            context.update({k: v for k, v in self.data.items() if k != "steps"})
            Execution.objects.filter(pk=execution.pk).update(context=context)

    def refresh(self) -> "Automation":
        self._execution.refresh_from_db()
        self.data = self._execution.context
        return self

    def run(self) -> int:
        """Run the steps of this instance that are due now (the worker does this too); returns how many ran."""
        from . import interpreter

        ran = interpreter.advance(self._execution.pk)
        self.refresh()
        return ran

    def is_finished(self) -> bool:
        return self.refresh()._execution.status in self._execution.TERMINAL_STATUSES

    def kill(self) -> None:
        self._execution.delete()

    # Messages ----------------------------------------------------------------------------------------------------
    def send_message(self, message: str, token: str | None = None, data: Any = None):
        """Call this instance's ``receive_<message>(token, data)``; returns the ``AutomationMessage`` record."""
        from .messaging import deliver

        record = deliver(type(self), self._execution, message, token, data)
        self.refresh()
        return record

    @classmethod
    def dispatch_message(cls, automation: Any, message: str, token: str | None = None, data: Any = None):
        """``send_message`` to an instance, or to the instance with this id."""
        if not isinstance(automation, Automation):
            from datachat.models.automation import Execution

            from .messaging import _uuid, deliver

            execution = Execution.objects.filter(pk=_uuid(automation)).first()
            if execution is None:
                return deliver(cls, None, message, token, data)
            automation = cls(automation=execution)
        return automation.send_message(message, token, data)

    @classmethod
    def create_on_message(cls, message: str, token: str | None = None, data: Any = None) -> "Automation":
        """Start an instance and send it the message before its first step runs."""
        from django.db import transaction

        from .messaging import deliver
        from .tasks import advance_execution, enqueue_on_commit

        keys = cls.unique if isinstance(cls.unique, tuple | list) else ()
        source = data.GET if hasattr(data, "GET") else (data if isinstance(data, dict) else {})
        with transaction.atomic():
            instance = cls(autorun=False, **{k: source.get(k) for k in keys})
            deliver(cls, instance._execution, message, token, data)
            enqueue_on_commit(advance_execution, str(instance.id))
        return instance.refresh()

    @classmethod
    def broadcast_message(cls, message: str, token: str | None = None, data: Any = None) -> list:
        """Send the message to every running instance; one returning ``"received"`` stops the broadcast.
        Returns the receivers' return values."""
        from .messaging import RECEIVED, deliver, running

        results = []
        for execution in running(cls).order_by("created_at"):
            record = deliver(cls, execution, message, token, data)
            if record.delivered:
                results.append(record.result)
                if record.result == RECEIVED:
                    break
        return results

    @classmethod
    def satisfies_data_requirements(cls, message: str, data: Any) -> bool:
        from .messaging import missing_data

        receiver = getattr(cls, f"receive_{message}", None)
        return callable(receiver) and not missing_data(receiver, data)

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
                hooks.action(name)(lambda run, _m=method: getattr(cls._bind(run), _m)(run))
            return name
        if callable(func):
            name = f"{func.__module__}.{func.__qualname__}"
            if func.__name__ == "<lambda>":  # stable across processes: the class and the line it is written on
                name = f"{cls.__module__}.{cls.__qualname__}.<lambda@{func.__code__.co_firstlineno}>"
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
                name=name, embed=embed, defaults={"config": {"flow": _dotted(cls)}})
            if (automation.config or {}).get("flow") != _dotted(cls):
                automation.config = {**(automation.config or {}), "flow": _dotted(cls)}
                automation.save(update_fields=["config", "updated_at"])
            last = automation.workflows.order_by("-version").first()
            automation.workflows.update(is_live=False)
            Workflow.objects.create(automation=automation, version=(last.version + 1) if last else 1,
                                    graph=cls.graph(), is_live=True)
            if trigger:
                kind = Trigger.SCHEDULE if "schedule" in trigger else Trigger.EVENT
                Trigger.objects.get_or_create(automation=automation, type=kind, config=trigger)
        return automation
