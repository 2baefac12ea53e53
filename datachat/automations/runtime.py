"""The scheduler: ``run_due(now)`` does every piece of work that is due at ``now``.

It takes over work of dead workers (expired leases), fires schedule triggers, dispatches events still pending,
runs ready workflow steps, makes due webhook attempts and runs due jobs, repeating until nothing is left.
``datachat worker`` calls it every ``DATACHAT_SCHEDULER_INTERVAL`` seconds beside the task worker; tests call it
with a ``now`` of their choosing to move the clock instead of sleeping.
"""

import importlib
import logging
import threading
from datetime import datetime

from django.db import close_old_connections, transaction
from django.db.utils import OperationalError
from django.utils import timezone
from django.utils.module_loading import autodiscover_modules

from datachat.conf import conf
from datachat.models.automation import Event, Job, Trigger, WebhookDelivery

from . import events, interpreter, jobs, webhooks
from .schedules import next_after

logger = logging.getLogger("datachat.automations")

__all__ = ["fire_schedules", "load_modules", "run_due", "run_worker", "serve"]

_loaded = threading.Lock()
_loaded_modules: set[str] = set()


def load_modules() -> None:
    """Import ``<app>.automations`` of every installed app and the ``DATACHAT_AUTOMATION_MODULES``, so their
    actions, job types and flows are registered in this process.
    """
    with _loaded:
        wanted = set(conf.AUTOMATION_MODULES)
        if "*autodiscover*" not in _loaded_modules:
            autodiscover_modules("automations")
            _loaded_modules.add("*autodiscover*")
        for name in sorted(wanted - _loaded_modules):
            importlib.import_module(name)
            _loaded_modules.add(name)
        from . import builtins  # noqa: F401


def fire_schedules(*, now: datetime) -> int:
    """Start the workflow of every schedule trigger that is due; each due time starts exactly one execution."""
    fired = 0
    for trigger in Trigger.objects.filter(type=Trigger.SCHEDULE, enabled=True, automation__enabled=True,
                                          next_run_at__isnull=True):
        trigger.next_run_at = next_after(trigger.config.get("schedule") or {}, now)
        trigger.save(update_fields=["next_run_at", "updated_at"])
    due = Trigger.objects.filter(type=Trigger.SCHEDULE, enabled=True, automation__enabled=True, next_run_at__lte=now)
    for trigger in due.select_related("automation"):
        spec = trigger.config.get("schedule") or {}
        with transaction.atomic():
            # Missed runs (the worker was down) are caught up once, not once per missed slot.
            if not Trigger.objects.filter(pk=trigger.pk, next_run_at=trigger.next_run_at).update(
                    next_run_at=next_after(spec, now), last_run_at=now):
                continue
            workflow = trigger.automation.live_workflow
            if workflow is None:
                continue
            payload = {**trigger.extract_payload(None), "scheduled_for": trigger.next_run_at.isoformat()}
            interpreter.start(workflow, trigger=trigger, payload=payload, now=now)
            fired += 1
    return fired


def run_due(now: datetime | None = None, *, worker: str = "", rounds: int = 20) -> dict:
    """Do all work due at ``now`` (default: the current time); returns counts per kind of work."""
    load_modules()
    worker = worker or interpreter.worker_name()
    totals = {"recovered": 0, "scheduled": 0, "events": 0, "steps": 0, "deliveries": 0, "jobs": 0}
    for _ in range(rounds):
        moment = now or timezone.now()
        done = {
            "recovered": interpreter.recover_lost(now=moment) + _recover_deliveries(moment),
            "scheduled": fire_schedules(now=moment),
            "events": sum(events.dispatch(pk, now=moment) for pk in Event.objects.filter(
                status=Event.PENDING).order_by("created_at").values_list("pk", flat=True)[:100]),
            "steps": interpreter.advance(now=moment, worker=worker, limit=200),
            "deliveries": sum(webhooks.deliver(pk, now=moment, worker=worker) is not None
                              for pk in WebhookDelivery.objects.filter(
                                  status=WebhookDelivery.PENDING, next_attempt_at__lte=moment,
                              ).order_by("next_attempt_at").values_list("pk", flat=True)[:100]),
            "jobs": sum(jobs.execute_job(job, now=moment) for job in Job.objects.filter(
                status=Job.PENDING, scheduled_at__lte=moment)[:20]),
        }
        for key, value in done.items():
            totals[key] += value
        if not any(done.values()):
            break
    return totals


def _recover_deliveries(now: datetime) -> int:
    """Deliveries whose worker died mid-attempt go back to pending, with the same webhook-id."""
    return WebhookDelivery.objects.filter(status=WebhookDelivery.PROCESSING, lease_expires_at__lt=now).update(
        status=WebhookDelivery.PENDING, claimed_by="", lease_expires_at=None, next_attempt_at=now,
        status_changed_at=now)


def serve(*, interval: float | None = None, stop: threading.Event | None = None) -> None:
    """Call ``run_due`` every ``interval`` seconds until ``stop`` is set (the worker's scheduler thread)."""
    stop = stop or threading.Event()
    interval = conf.SCHEDULER_INTERVAL if interval is None else interval
    while not stop.is_set():
        try:
            close_old_connections()
            run_due()
        except OperationalError:  # e.g. SQLite busy with the task worker's write; try again on the next tick
            logger.info("scheduler tick skipped: database busy", exc_info=True)
        except Exception:
            logger.exception("scheduler tick failed")
        stop.wait(interval)


def run_worker(*, tick: float | None = None, interval: float = 1.0, worker_id: str | None = None,
               scheduler: bool = True, say=print) -> None:
    """The ``datachat worker`` process: the scheduler in a thread, and the task worker when the backend is
    ``django_tasks_db`` (other backends, e.g. RQ or Celery, have their own workers: only the scheduler runs).
    """
    from django.core.management import call_command
    from django.tasks import task_backends

    load_modules()
    backend = task_backends["default"]
    stop = threading.Event()
    if scheduler:
        threading.Thread(target=serve, kwargs={"interval": tick, "stop": stop}, name="datachat-scheduler",
                         daemon=True).start()
    try:
        if type(backend).__module__.startswith("django_tasks_db"):
            extra = {"worker_id": worker_id} if worker_id else {}
            call_command("db_worker", interval=interval, reload=False, startup_delay=False, queue_name="*", **extra)
        else:
            say(f"Task backend {type(backend).__name__}: its own workers run the tasks; running the scheduler only.")
            stop.wait()
    finally:
        stop.set()
