"""The one way to extend Datachat's automations: a registry of intents, handlers, actions and job types.

Subscribers of an event (``intent.<name>``, ``message.answered``, ``report.ready``...), once the transaction that
recorded it has committed. The event is dispatched once, in one transaction that also marks it processed:

1. Python handlers registered with ``@on_intent("schedule_report")`` (or ``@on_event("message.answered")``), each
   in a savepoint: a failing handler is logged and rolled back, the others still run;
2. workflow ``Trigger`` rows whose ``matches(event)`` is true: each starts an ``Execution`` (durable);
3. webhook subscriptions: one ``WebhookDelivery`` per endpoint, retried with backoff (durable);
4. after that commit, the ``event_raised`` Django signal (in-process, best effort, never retried).

Apps register their own intents and workflow actions here, usually in ``AppConfig.ready()``::

    from datachat import hooks

    hooks.register_intent("cancel_order", patterns=[r"\\bcancel\\b.*\\border\\b"],
                          confirm="I've asked the shop team to cancel that order.")

    @hooks.on_intent("cancel_order")
    def cancel(event):
        ...

    @hooks.action("crm.create_ticket")
    def create_ticket(run):  # run: datachat.automations.steps.StepContext
        return {"ticket": 42}

The registry is also how a lower layer reaches a higher one without importing it (ARCHITECTURE.md, "Layers"):
``DatachatConfig.ready()`` registers the model translator and intent classifier of ``datachat.llm`` for
``datachat.services``, and the saved-query runner of ``datachat.services`` for ``datachat.automations``.
"""

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.dispatch import Signal

logger = logging.getLogger("datachat.hooks")

__all__ = [
    "IntentSpec", "action", "actions", "event_raised", "get_action", "get_intent", "handlers_for", "intents",
    "job_type", "job_types", "on_event", "on_intent", "register_intent", "set_intent_classifier",
    "intent_classifier", "model_intent_classifier", "register_translator", "saved_query_runner",
    "set_model_intent_classifier", "set_saved_query_runner", "translators", "unregister",
]

#: Sent after commit for every recorded Event, with ``event=<Event>``. Receivers run in the process that
#: stored the message; exceptions are logged and swallowed (use a handler or a workflow for durable work).
event_raised = Signal()


@dataclass
class IntentSpec:
    """An intent that chat messages may carry.

    ``patterns`` are regular expressions (case-insensitive) tried by the rule-based detector; ``slots`` is an
    optional ``callable(text) -> dict`` extracting the slots; ``confirm`` the sentence (``str.format`` with the
    slots) added to the answer when the intent is detected. A ``standalone`` intent ("let me talk to sales") is
    a request, not a data question: no query is run for a message that carries only such intents.
    """

    name: str
    patterns: list[str] = field(default_factory=list)
    slots: Callable[[str], dict] | None = None
    confirm: str | Callable[[dict], str] = ""
    builtin: bool = False
    description: str = ""
    standalone: bool = False

    def compiled(self) -> list[re.Pattern]:
        return [re.compile(p, re.IGNORECASE) for p in self.patterns]


_intents: dict[str, IntentSpec] = {}
_handlers: dict[str, list[Callable]] = {}
_actions: dict[str, Callable] = {}
_job_types: dict[str, Callable] = {}
_classifier: list[Callable] = []
_model_classifier: list[Callable] = []
_translators: dict[str, Callable] = {}
_saved_query_runner: list[Callable] = []


def register_intent(name: str, *, patterns=(), slots=None, confirm="", description="", builtin=False,
                    standalone=False) -> IntentSpec:
    """Add (or replace) the intent ``name``; returns its spec. ``description`` is what the model is told."""
    spec = IntentSpec(name=name, patterns=list(patterns), slots=slots, confirm=confirm, builtin=builtin,
                      description=description, standalone=standalone)
    _intents[name] = spec
    return spec


def intents() -> dict[str, IntentSpec]:
    """Every registered intent by name (the built-in ones are registered by ``datachat.services.intents``)."""
    return dict(_intents)


def get_intent(name: str) -> IntentSpec | None:
    return _intents.get(name)


def on_event(event_type: str) -> Callable[[Callable], Callable]:
    """Register ``handler(event)`` for events of ``event_type`` (``"*"`` for all). Called after commit."""

    def register(handler: Callable) -> Callable:
        bucket = _handlers.setdefault(event_type, [])
        if handler not in bucket:
            bucket.append(handler)
        return handler

    return register


def on_intent(name: str) -> Callable[[Callable], Callable]:
    """Register ``handler(event)`` for the intent ``name`` (the event ``intent.<name>``)."""
    return on_event(f"intent.{name}")


def handlers_for(event_type: str) -> list[Callable]:
    return [*_handlers.get(event_type, []), *_handlers.get("*", [])]


def action(name: str) -> Callable[[Callable], Callable]:
    """Register a workflow action: ``handler(run) -> JSON-able output``, used by ``{"type": "action"}`` steps."""

    def register(handler: Callable) -> Callable:
        _actions[name] = handler
        return handler

    return register


def actions() -> dict[str, Callable]:
    return dict(_actions)


def get_action(name: str) -> Callable | None:
    return _actions.get(name)


def job_type(name: str) -> Callable[[Callable], Callable]:
    """Register ``handler(job) -> result`` run by ``automations.jobs.execute_job`` for jobs of type ``name``."""

    def register(handler: Callable) -> Callable:
        _job_types[name] = handler
        return handler

    return register


def job_types() -> dict[str, Callable]:
    return dict(_job_types)


def set_intent_classifier(classifier: Callable[[str], list[dict]] | None) -> None:
    """Use ``classifier(text) -> [{"name", "confidence", "slots"}]`` instead of the rules (and instead of the
    model, which is used by default when ``DATACHAT_ENGINE=llm``). Returning None (or raising) falls back to the
    rule-based detector for that message.
    """
    _classifier.clear()
    if classifier is not None:
        _classifier.append(classifier)


def intent_classifier() -> Callable[[str], list[dict]] | None:
    return _classifier[0] if _classifier else None


def set_model_intent_classifier(classifier: Callable[[str], list[dict] | None] | None) -> None:
    """The model's classifier (registered by ``datachat.llm``), used when no classifier is set above,
    ``DATACHAT_ENGINE=llm`` and ``DATACHAT_INTENT_ENGINE`` is not ``rules``; None from it means "use the rules".
    """
    _model_classifier.clear()
    if classifier is not None:
        _model_classifier.append(classifier)


def model_intent_classifier() -> Callable[[str], list[dict] | None] | None:
    return _model_classifier[0] if _model_classifier else None


def register_translator(name: str, factory: Callable[[Any], Any]) -> None:
    """Make ``factory(scope) -> Translator`` answer questions for ``DATACHAT_ENGINE`` (or an embed's) ``name``.

    ``semantic`` (``datachat.nl2sql``) is built in; ``datachat.llm`` registers ``llm``.
    """
    _translators[name] = factory


def translators() -> dict[str, Callable[[Any], Any]]:
    return dict(_translators)


def set_saved_query_runner(runner: Callable[..., dict] | None) -> None:
    """``runner(embed_id, sql, *, max_rows, identity) -> {"sql", "columns", "rows", "row_count", "truncated"}``: how
    workflows re-run a saved query through the guard (registered by ``datachat.services``)."""
    _saved_query_runner.clear()
    if runner is not None:
        _saved_query_runner.append(runner)


def saved_query_runner() -> Callable[..., dict] | None:
    return _saved_query_runner[0] if _saved_query_runner else None


def unregister(name: str, thing: Any = None) -> None:
    """Remove an intent, action or job type by name (or one handler of an event). Mostly for tests."""
    if thing is not None:
        for bucket in _handlers.values():
            if thing in bucket:
                bucket.remove(thing)
        return
    for registry in (_intents, _actions, _job_types, _translators):
        registry.pop(name, None)
