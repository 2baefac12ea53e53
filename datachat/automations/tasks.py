"""The background tasks, on Django's tasks API (``django.tasks``).

The backend is the project's ``TASKS`` setting: ``django_tasks_db.DatabaseBackend`` with its worker
(``datachat worker`` runs it together with the scheduler), or ``ImmediateBackend`` (in-process, the default of
tests and of the embedded set-up), or any other backend (RQ, Celery) by setting only. Tasks take only ids: the
state is in the rows, so a task that runs twice or never finds the work done or picks it up from the scheduler.
"""

import logging

from django.db import transaction
from django.tasks import task

logger = logging.getLogger("datachat.automations")

__all__ = ["advance_execution", "deliver_webhook", "dispatch_event", "enqueue", "enqueue_on_commit", "run_job",
           "tick"]


@task()
def dispatch_event(event_id: str) -> bool:
    from .events import dispatch

    return dispatch(event_id)


@task()
def advance_execution(execution_id: str) -> int:
    from .interpreter import advance

    return advance(execution_id)


@task()
def deliver_webhook(delivery_id: int) -> str | None:
    from .webhooks import deliver

    return deliver(delivery_id)


@task()
def run_job(job_id: str) -> bool:
    from datachat.models.automation import Job

    from .jobs import execute_job

    job = Job.objects.filter(pk=job_id).first()
    return bool(job and execute_job(job))


@task()
def tick() -> dict:
    """One scheduler pass (``run_due``); for backends whose own scheduler (e.g. Celery beat) calls it."""
    from .runtime import run_due

    return run_due()


def enqueue(task_, *args) -> None:
    """Enqueue, never raising: if the queue is unavailable the scheduler finds the work later."""
    try:
        task_.enqueue(*args)
    except Exception:
        logger.exception("could not enqueue %s%r; the scheduler will pick the work up", task_.name, args)


def enqueue_on_commit(task_, *args) -> None:
    transaction.on_commit(lambda: enqueue(task_, *args))
