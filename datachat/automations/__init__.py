"""Automations: chat intents to events, webhooks and durable workflows.

Modules (implementation is private to each; the supported names are re-exported here, lazily, so importing
this package never touches the models before Django is ready):

- ``schedules``: schedules said in words and their next run (pure Python);
- ``graph``: workflow graphs as data, ``validate`` and ``compile_graph``;
- ``flow``: the Python-class way to declare a workflow, compiled to the same graph;
- ``steps`` / ``interpreter``: the step types and the interpreter (state only in rows, claim + lease);
- ``events``: record an event in the caller's transaction, dispatch it after commit;
- ``webhooks``: Standard Webhooks signing, subscriptions, delivery with retries;
- ``jobs``: one-off asynchronous jobs; ``builtins``: scheduled reports, threshold alerts, exports;
- ``tasks``: the ``django.tasks`` tasks; ``runtime``: the scheduler tick ``run_due(now)``;
- ``repeat``: when a ``Repeat`` comes round; ``human``/``views``/``urls``: human tasks (form steps) and their
  task list; ``messaging``: messages between automations; ``contact``: "talk to a human" and report approval;
  ``history``: deleting finished runs.

Extension goes through ``datachat.hooks``.
"""

from importlib import import_module

__all__ = ["advance", "dispatch", "record_event", "run_due", "start", "subscribe"]

_WHERE = {"advance": "interpreter", "start": "interpreter", "dispatch": "events", "record_event": "events",
          "run_due": "runtime", "subscribe": "webhooks"}


def __getattr__(name: str):
    if name in _WHERE:
        return getattr(import_module(f"{__name__}.{_WHERE[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
