"""Human tasks: a ``form`` step opens one and waits; a person allowed to answer it completes the step.

- ``open_task(run)``: the form step's handler: one ``HumanTask`` per visit of the step (a retried step finds the
  same task), then the step is parked: pending, picked up by no worker;
- ``can_process(task, user)``: every assignment given (user, group, permissions) must hold; superusers always may;
- ``complete_task(task, user, data)``: in one transaction, closes the task and completes the parked step (a claim
  like a worker's: a second submission, or a concurrent one, finds nothing to complete);
- ``tasks_for(user)``: the open tasks a person may answer.
"""

import json
import logging
import uuid
from datetime import timedelta
from typing import Any

from django.contrib.auth import get_user_model
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models, transaction
from django.utils import timezone
from django.utils.module_loading import import_string

from datachat.models.automation import Execution, StepRun
from datachat.models.human import HumanTask

from .steps import Outcome, StepContext, StepFailed

logger = logging.getLogger("datachat.automations")

__all__ = ["TaskClosed", "can_process", "complete_task", "form_class", "open_task", "tasks_for"]


class TaskClosed(Exception):
    """The task was already answered, cancelled, or its automation has moved on."""


def _assignment(run: StepContext) -> dict:
    """The step's ``assign``, its templates filled in; a selector whose values are all empty is dropped."""
    assign = run.render(run.step.get("assign") or {})
    out: dict = {}
    for key in ("user", "group"):
        selector = assign.get(key) or {}
        if isinstance(selector, dict) and any(v not in (None, "") for v in selector.values()):
            out[key] = selector
    permissions = [p for p in assign.get("permissions") or [] if p]
    if permissions:
        out["permissions"] = permissions
    return out


def open_task(run: StepContext) -> Outcome:
    """Open (or find, on a retry) this visit's task; the step then waits for its answer."""
    form_class(run.step["form"])  # fails the step early when the form cannot be loaded
    embed_id = run.data.get("embed_id") or run.automation.embed_id
    task, created = HumanTask.objects.get_or_create(visit=run.idempotency_key[:64], defaults={
        "execution": run.execution, "step_run": run.step_run, "step_id": run.step["id"], "embed_id": embed_id,
        "title": str(run.render(run.step.get("title") or run.step.get("description") or run.step["id"]))[:200],
        "description": str(run.render(run.step.get("description") or "")),
        "form": run.step["form"], "assignment": _assignment(run),
        "context": _jsonable(run.render(run.step.get("attach") or {})),
    })
    if not created:
        HumanTask.objects.filter(pk=task.pk).update(step_run=run.step_run)
    return Outcome(output={"task": str(task.pk)}, park=True)


def form_class(path: str):
    try:
        return import_string(path)
    except ImportError as exc:
        raise StepFailed(f"cannot load the form {path!r}: {exc}") from exc


def can_process(task: HumanTask, user) -> bool:
    """Whether ``user`` may answer ``task``: all of its user, group and permission assignments hold."""
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    assignment = task.assignment or {}
    if not assignment:
        return False
    try:
        if assignment.get("user") and not get_user_model().objects.filter(pk=user.pk, **assignment["user"]).exists():
            return False
        if assignment.get("group") and not user.groups.filter(**assignment["group"]).exists():
            return False
    except (TypeError, ValueError, models.FieldError):
        logger.warning("task %s: unusable assignment %r", task.pk, assignment)
        return False
    return not assignment.get("permissions") or user.has_perms(assignment["permissions"])


def tasks_for(user, *, status: str = HumanTask.OPEN) -> list[HumanTask]:
    """The tasks (open by default) ``user`` may answer, newest first."""
    if user is None or not user.is_authenticated:
        return []
    tasks = (HumanTask.objects.filter(status=status).select_related("execution__workflow__automation")
             .exclude(status=HumanTask.OPEN, execution__status__in=Execution.TERMINAL_STATUSES))
    return [task for task in tasks if can_process(task, user)]


def _jsonable(value: Any) -> Any:
    def default(obj):
        if isinstance(obj, models.Model):
            return obj.pk
        return DjangoJSONEncoder().default(obj)

    return json.loads(json.dumps(value, default=default))


def complete_task(task: HumanTask, user, data: dict, *, now=None, output: dict | None = None) -> Execution:
    """Close ``task`` with the form's ``data`` and complete its step; raises ``TaskClosed`` if that was done."""
    from datachat.conf import conf as settings

    from .interpreter import _complete, compiled

    now = now or timezone.now()
    data = _jsonable(data)
    worker = f"task-{uuid.UUID(str(task.pk)).hex[:16]}"
    with transaction.atomic():
        if not HumanTask.objects.filter(pk=task.pk, status=HumanTask.OPEN).update(
                status=HumanTask.DONE, result=data, completed_by=user if user and user.pk else None,
                completed_at=now):
            raise TaskClosed("this task is already closed")
        if not StepRun.objects.filter(pk=task.step_run_id, status=StepRun.PENDING).update(
                status=StepRun.PROCESSING, claimed_by=worker, started_at=now, status_changed_at=now,
                lease_expires_at=now + timedelta(seconds=settings.STEP_LEASE)):
            raise TaskClosed("the automation is no longer waiting for this task")
        step_run = StepRun.objects.select_related("execution__workflow").get(pk=task.step_run_id)
        step = compiled(step_run.execution.workflow).steps[step_run.step_id]
        result = {"task": str(task.pk), "data": data, "by": getattr(user, "pk", None), **(output or {})}
        updates = {step["model_key"]: output["pk"]} if step.get("model_key") and output and "pk" in output else None
        if _complete(step_run, step, worker, now, Outcome(output=result, data=updates), 0) is None:
            raise TaskClosed("the step was completed elsewhere")
    return step_run.execution
