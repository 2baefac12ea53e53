"""Messages to automation instances: ``receive_<message>(self, token, data)`` methods of a flow class.

Every message sent is recorded as an ``AutomationMessage``; one that cannot be delivered (no such receiver,
required data missing, the instance has finished, no instance running) is kept with the reason. A receiver runs
with its execution's row locked, so it never races a step's transition; what it sets in ``self.data`` is saved
when it returns, and steps waiting ``AsSoonAs`` are checked again at once.
"""

import logging
import uuid
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.module_loading import import_string

from datachat.models.automation import Execution, StepRun
from datachat.models.human import AutomationMessage

logger = logging.getLogger("datachat.automations")

__all__ = ["RECEIVED", "class_path", "deliver", "missing_data", "running", "send_from_step"]

#: A receiver returning this stops a broadcast.
RECEIVED = "received"
_NOT_RUN = (Execution.PENDING, Execution.PROCESSING)


def class_path(cls) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


def missing_data(receiver, data: Any) -> list[str]:
    """The required data (``@require_data_parameters``) that ``data`` lacks or has with the wrong type."""
    required = getattr(receiver, "required_data", {}) or {}
    source = data.GET if hasattr(data, "GET") else (data if isinstance(data, dict) else {})
    return [f"{name} ({kind.__name__})" for name, kind in required.items()
            if name not in source or not isinstance(source[name], kind)]


def running(cls):
    """The executions of ``cls`` that have not finished."""
    return Execution.objects.filter(workflow__automation__config__flow=class_path(cls), status__in=_NOT_RUN)


def _record(cls, execution, message, token, data, key, reason="", result=None) -> AutomationMessage:
    stored = data if isinstance(data, dict | list | str | int | float | bool) or data is None else str(data)
    return AutomationMessage.objects.create(
        automation_class=class_path(cls), execution=execution, message=message[:100], token=(token or "")[:200],
        data=stored,
        key=key, delivered=not reason, reason=reason[:300], result=result if reason == "" else None)


def deliver(cls, execution: Execution | None, message: str, token: str | None, data: Any, *,
            key: str | None = None) -> AutomationMessage:
    """Call ``receive_<message>`` on the instance of ``cls`` bound to ``execution``; returns the record."""
    receiver = getattr(cls, f"receive_{message}", None)
    if execution is None:
        return _record(cls, None, message, token, data, key, "no running instance")
    if not callable(receiver):
        return _record(cls, execution, message, token, data, key, f"{cls.__name__} has no receiver receive_{message}")
    if missing := missing_data(receiver, data):
        return _record(cls, execution, message, token, data, key, "required data missing: " + ", ".join(missing))
    with transaction.atomic():
        locked = Execution.objects.select_for_update().get(pk=execution.pk)
        if locked.status not in _NOT_RUN:
            return _record(cls, locked, message, token, data, key, f"the instance has {locked.status}")
        instance = cls(automation=locked, autorun=False)
        result = receiver(instance, token, data)
        instance.save()
        now = timezone.now()
        woken = StepRun.objects.filter(execution=locked, status=StepRun.PENDING, input__held=True).update(
            available_at=now)
        record = _record(cls, locked, message, token, data, key,
                         result=result if isinstance(result, str | int | float | bool | dict | list) else None)
        if woken:
            from .tasks import advance_execution, enqueue_on_commit

            enqueue_on_commit(advance_execution, str(locked.pk))
    return record


def _target_class(target: Any):
    path = target.get("class") if isinstance(target, dict) else None
    return import_string(path) if path else None


def send_from_step(run) -> dict:
    """A ``send_message`` step: to one instance (``{"id": ...}``, default class: the sender's) or to every running
    instance of a class (``{"class": "dotted.Path"}``). Each target gets the message once per visit of the step.
    """
    from .steps import StepFailed

    target = run.render(run.step["target"])
    message, token, data = run.step["message"], run.render(run.step.get("token")), run.render(run.step.get("data"))
    visit = run.idempotency_key[:60]
    if isinstance(target, dict) and target.get("id"):
        execution = Execution.objects.select_related("workflow__automation").filter(
            pk=_uuid(target["id"])).first()
        cls = _target_class(target) or (_class_of(execution) if execution else None)
        if cls is None:
            raise StepFailed(f"no automation instance {target['id']!r}")
        targets = [execution]
    else:
        cls = _target_class(target)
        if cls is None:
            raise StepFailed(f"not a message target: {target!r}")
        targets = list(running(cls).exclude(pk=run.execution.pk)) or [None]
    results = []
    for execution in targets:
        key = f"{visit}:{execution.pk if execution else 'none'}"
        record = AutomationMessage.objects.filter(key=key).first() or deliver(cls, execution, message, token, data,
                                                                               key=key)
        results.append({"execution": str(record.execution_id) if record.execution_id else None,
                        "delivered": record.delivered, "reason": record.reason})
        if record.delivered and record.result == RECEIVED:
            break
    return {"message": message, "sent": results}


def _uuid(value: Any):
    try:
        return uuid.UUID(str(value))
    except ValueError:
        return None


def _class_of(execution: Execution):
    path = (execution.workflow.automation.config or {}).get("flow")
    try:
        return import_string(path) if path else None
    except ImportError:
        return None
