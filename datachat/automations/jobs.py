"""Jobs: one-off asynchronous work (an export...) run by the handler registered for their ``type``."""

import logging
import traceback
from datetime import datetime

from django.db import transaction
from django.utils import timezone

from datachat import hooks
from datachat.models.automation import Job

logger = logging.getLogger("datachat.automations")

__all__ = ["create_job", "execute_job"]


def create_job(type: str, params: dict, *, embed_id=None, event=None, scheduled_at: datetime | None = None,
               priority: int = 0) -> Job:
    """Store a pending job; the task queue runs it after commit (or the scheduler, once it is due)."""
    from .tasks import enqueue_on_commit, run_job

    job = Job.objects.create(type=type, params=params, embed_id=embed_id, event=event, priority=priority,
                             scheduled_at=scheduled_at or timezone.now())
    if scheduled_at is None:
        enqueue_on_commit(run_job, str(job.pk))
    return job


def execute_job(job: Job, *, now: datetime | None = None) -> bool:
    """Claim ``job`` (pending and due) and run its handler; False when it was not ours to run."""
    now = now or timezone.now()
    if not Job.objects.filter(pk=job.pk, status=Job.PENDING, scheduled_at__lte=now).update(
            status=Job.PROCESSING, started_at=now, status_changed_at=now):
        return False
    job.refresh_from_db()
    handler = hooks.job_types().get(job.type)
    if handler is None:
        from .runtime import load_modules

        load_modules()
        handler = hooks.job_types().get(job.type)
    try:
        if handler is None:
            raise LookupError(f"no job type {job.type!r} is registered")
        with transaction.atomic():
            result = handler(job)
            Job.objects.filter(pk=job.pk).update(status=Job.PROCESSED, result=result, ended_at=timezone.now(),
                                                 status_changed_at=timezone.now())
    except Exception as exc:
        logger.exception("job %s (%s) failed", job.pk, job.type)
        Job.objects.filter(pk=job.pk).update(status=Job.FAILED, ended_at=timezone.now(), status_changed_at=now,
                                             error=f"{type(exc).__name__}: {exc}\n{traceback.format_exc(limit=5)}")
    job.refresh_from_db()
    return True
