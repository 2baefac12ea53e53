"""The workflow interpreter. Its whole state is rows: an ``Execution`` (with its ``context``) and its
``StepRun``s; no node object lives between two steps, so any worker can pick up any execution.

A step runs in three moves:

1. **claim**: ``UPDATE steprun SET status='processing', claimed_by=<me>, lease=... WHERE id=... AND
   status='pending' AND available_at <= now``; one worker wins, the others see 0 rows;
2. **work**: the step type's handler runs outside any transaction (it may call HTTP, send mail...), while a
   heartbeat renews the lease of long steps;
3. **transition**: in one transaction, with the execution row locked, the StepRun becomes ``processed`` only if
   it is still ``processing`` and ours, its output goes into the context and the next StepRuns are created
   (``(parent, step_id, branch)`` is unique, so an edge is never taken twice).

A worker that dies between 1 and 3 leaves its StepRun ``processing`` with a lease that runs out;
``recover_lost`` marks that attempt failed ("worker lost") and creates the next attempt. Steps that completed are
never run again; the interrupted one runs again (at least once), with the same ``idempotency_key``.
"""

import logging
import threading
import time
import traceback
import uuid
from datetime import UTC, datetime, timedelta

from django.db import connection, transaction
from django.db.utils import IntegrityError
from django.utils import timezone

from datachat.conf import conf
from datachat.models.automation import Event, Execution, StepRun, Trigger, Workflow

from .steps import HANDLERS, Outcome, StepContext, due_time, evaluate

logger = logging.getLogger("datachat.automations")

__all__ = ["advance", "claim_step", "recover_lost", "run_step", "start"]

#: Extra attempts allowed for steps whose worker died (beyond the step's own retry policy).
LOST_WORKER_ATTEMPTS = 3
ACTIVE = (StepRun.PENDING, StepRun.PROCESSING)
_compiled_cache: dict[tuple, object] = {}


def worker_name() -> str:
    return f"{threading.current_thread().name[:20]}-{uuid.uuid4().hex[:12]}"


def compiled(workflow: Workflow):
    key = (workflow.pk, workflow.updated_at)
    if key not in _compiled_cache:
        if len(_compiled_cache) > 256:
            _compiled_cache.clear()
        _compiled_cache[key] = workflow.compile()
    return _compiled_cache[key]


def start(workflow: Workflow, *, event: Event | None = None, trigger: Trigger | None = None,
          payload: dict | None = None, now: datetime | None = None, enqueue: bool = True) -> Execution:
    """Create an execution of ``workflow`` and its first step; a worker runs it after commit."""
    now = now or timezone.now()
    graph = compiled(workflow)
    with transaction.atomic():
        execution = Execution.objects.create(
            workflow=workflow, event=event, trigger=trigger, started_at=now,
            context={"input": payload or {}, "steps": {}, "vars": {}},
        )
        StepRun.objects.create(execution=execution, step_id=graph.start, available_at=now,
                               input={"visit": uuid.uuid4().hex})
        if enqueue:
            from .tasks import advance_execution, enqueue_on_commit

            enqueue_on_commit(advance_execution, str(execution.pk))
    return execution


def claim_step(step_run_id: int, *, now: datetime, worker: str) -> bool:
    lease = now + timedelta(seconds=conf.STEP_LEASE)
    return bool(StepRun.objects.filter(pk=step_run_id, status=StepRun.PENDING, available_at__lte=now).update(
        status=StepRun.PROCESSING, claimed_by=worker, lease_expires_at=lease, started_at=now, status_changed_at=now))


def advance(execution_id=None, *, now: datetime | None = None, worker: str = "", limit: int = 1000) -> int:
    """Run ready steps (of one execution, or of all) until none is ready; returns how many ran."""
    worker = worker or worker_name()
    ran = 0
    while ran < limit:
        moment = now or timezone.now()
        ready = StepRun.objects.filter(status=StepRun.PENDING, available_at__lte=moment)
        if execution_id is not None:
            ready = ready.filter(execution_id=execution_id)
        ids = list(ready.order_by("available_at", "pk").values_list("pk", flat=True)[:20])
        progressed = False
        for step_run_id in ids:
            if claim_step(step_run_id, now=moment, worker=worker):
                run_step(step_run_id, now=moment, worker=worker)
                ran += 1
                progressed = True
        if not progressed:
            break
    return ran


class _Heartbeat:
    """Renew the lease of a long step every third of the lease, so a live worker keeps its claim."""

    def __init__(self, model, pk, worker: str):
        self.model, self.pk, self.worker = model, pk, worker
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._beat, daemon=True, name=f"heartbeat-{pk}")

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        self.thread.join(timeout=5)
        return False

    def _beat(self):
        interval = max(conf.STEP_LEASE / 3, 0.2)
        try:
            while not self.stop.wait(interval):
                try:
                    self.model.objects.filter(pk=self.pk, claimed_by=self.worker, status="processing").update(
                        lease_expires_at=timezone.now() + timedelta(seconds=conf.STEP_LEASE))
                except Exception:  # a busy SQLite file; the next beat tries again
                    logger.debug("heartbeat of %s %s failed", self.model.__name__, self.pk, exc_info=True)
        finally:
            connection.close()


def run_step(step_run_id: int, *, now: datetime, worker: str) -> str | None:
    """Run one claimed StepRun and take its transition; returns its new status (None if no longer ours)."""
    step_run = StepRun.objects.select_related("execution__workflow__automation", "execution__event").get(
        pk=step_run_id)
    execution = step_run.execution
    if execution.status in Execution.TERMINAL_STATUSES:
        StepRun.objects.filter(pk=step_run.pk, claimed_by=worker).update(status=StepRun.CANCELLED, ended_at=now)
        return StepRun.CANCELLED
    if execution.status == Execution.PENDING:
        Execution.objects.filter(pk=execution.pk, status=Execution.PENDING).update(
            status=Execution.PROCESSING, status_changed_at=now)
    graph = compiled(execution.workflow)
    step = graph.steps.get(step_run.step_id)
    if step is None:
        return _fail(step_run, {"id": step_run.step_id}, worker, now, f"the workflow has no step {step_run.step_id!r}",
                     0)
    run = StepContext(execution=execution, step_run=step_run, step=step, now=now, data=execution.context or {})
    started = time.perf_counter()
    try:
        due = due_time(step, step_run, run.data)
        if due is not None and due > now:
            StepRun.objects.filter(pk=step_run.pk, status=StepRun.PROCESSING, claimed_by=worker).update(
                status=StepRun.PENDING, available_at=due, claimed_by="", lease_expires_at=None,
                input={**step_run.input, "due": due.isoformat()}, status_changed_at=now)
            return StepRun.PENDING
        if step.get("skip_if") is not None and evaluate(step["skip_if"], run):
            outcome = Outcome(output={"skipped": True})
        elif step.get("as_soon_as") is not None and not evaluate(step["as_soon_as"], run):
            return _hold(step_run, worker, now, now + timedelta(seconds=conf.AS_SOON_AS_RECHECK))
        else:
            with _Heartbeat(StepRun, step_run.pk, worker):
                outcome = HANDLERS[step["type"]](run)
    except Exception as exc:
        logger.info("step %s of execution %s failed: %s", step_run.step_id, execution.pk, exc)
        error = f"{type(exc).__name__}: {exc}\n{traceback.format_exc(limit=5)}"
        return _fail(step_run, step, worker, now, error, _ms(started))
    if outcome.park:
        return _hold(step_run, worker, now, PARKED_UNTIL, parked=outcome.output)
    return _complete(step_run, step, worker, now, outcome, _ms(started))


#: ``available_at`` of a step that waits for someone to complete it (a form): no scheduler tick picks it up.
PARKED_UNTIL = datetime(9999, 1, 1, tzinfo=UTC)


def _hold(step_run: StepRun, worker: str, now: datetime, until: datetime, *, parked=None) -> str:
    """Give the claimed step back, pending until ``until``: an ``AsSoonAs`` that does not hold yet (re-checked
    then), or a step parked for a person (``parked``: what it handed out, e.g. the task id).
    """
    extra = {"held": True} if parked is None else {"parked": parked}
    StepRun.objects.filter(pk=step_run.pk, status=StepRun.PROCESSING, claimed_by=worker).update(
        status=StepRun.PENDING, available_at=until, claimed_by="", lease_expires_at=None,
        input={**step_run.input, **extra}, status_changed_at=now)
    return StepRun.PENDING


def _ms(started: float) -> int:
    return int((time.perf_counter() - started) * 1000)


def _create_step(execution: Execution, parent: StepRun, step_id: str, branch: str, *, now: datetime,
                 attempt: int = 1, visit: str | None = None) -> StepRun:
    return StepRun.objects.create(execution=execution, parent=parent, step_id=step_id, branch=branch,
                                  attempt=attempt, available_at=now, input={"visit": visit or uuid.uuid4().hex})


def _complete(step_run: StepRun, step: dict, worker: str, now: datetime, outcome: Outcome, ms: int) -> str | None:
    try:
        with transaction.atomic():
            # Rows are always locked StepRun first, then Execution (here, in _fail and in recover_lost).
            taken = StepRun.objects.filter(pk=step_run.pk, status=StepRun.PROCESSING, claimed_by=worker).update(
                status=StepRun.PROCESSED, output=outcome.output, ended_at=now, duration_ms=ms, lease_expires_at=None,
                status_changed_at=now)
            if not taken:
                raise _LostClaim
            execution = Execution.objects.select_for_update().get(pk=step_run.execution_id)
            context = execution.context or {}
            context.setdefault("steps", {})[step_run.step_id] = {"status": "processed", "output": outcome.output}
            for key, value in (outcome.data or {}).items():
                if key != "steps":
                    context[key] = value
            execution.context = context
            if execution.status in Execution.TERMINAL_STATUSES:
                execution.save(update_fields=["context", "updated_at"])
                return StepRun.PROCESSED
            if outcome.next is not None:
                following = [(target, branch) for target, branch in outcome.next if target]
            elif step.get("next"):
                following = [(step["next"], step_run.branch)]
            else:
                following = []
            if step["type"] == "join":
                following = _join(execution, step_run, step)
            if outcome.end:
                _finish(execution, Execution.PROCESSED, now)
            else:
                for target, branch in following:
                    _create_step(execution, step_run, target, branch, now=now)
                if not following and not execution.steps.filter(status__in=ACTIVE).exists():
                    _finish(execution, Execution.PROCESSED, now)
            execution.save()
    except _LostClaim:
        logger.warning("step run %s: lease lost before completion; the result is dropped", step_run.pk)
        return None
    except IntegrityError:
        logger.warning("step run %s: transition already taken", step_run.pk)
        return None
    return StepRun.PROCESSED


class _LostClaim(Exception):
    pass


def _join(execution: Execution, step_run: StepRun, step: dict) -> list[tuple[str, str]]:
    """The join's next step once every branch of its split has arrived (the execution row is locked)."""
    if "/" not in step_run.branch:
        return [(step["next"], step_run.branch)] if step.get("next") else []
    prefix = step_run.branch.rsplit(".", 1)[0]
    outer, split_id = prefix.rsplit("/", 1)
    split = StepRun.objects.filter(pk=int(split_id)).first()
    expected = (split.output or {}).get("branches", 1) if split else 1
    arrived = execution.steps.filter(step_id=step_run.step_id, status=StepRun.PROCESSED,
                                     branch__startswith=prefix + ".").count()
    if arrived < expected:
        return []
    return [(step["next"], outer)] if step.get("next") else []


def _finish(execution: Execution, status: str, now: datetime, error: str = "") -> None:
    execution.status = status
    execution.ended_at = now
    execution.error = error[:5000]
    execution.steps.filter(status=StepRun.PENDING).update(status=StepRun.CANCELLED, status_changed_at=now)


def _fail(step_run: StepRun, step: dict, worker: str, now: datetime, error: str, ms: int) -> str | None:
    with transaction.atomic():
        taken = StepRun.objects.filter(pk=step_run.pk, status=StepRun.PROCESSING, claimed_by=worker).update(
            status=StepRun.FAILED, error=error[:5000], ended_at=now, duration_ms=ms, lease_expires_at=None,
            status_changed_at=now)
        if not taken:
            return None
        execution = Execution.objects.select_for_update().get(pk=step_run.execution_id)
        _after_failure(execution, step_run, step, now, error.splitlines()[0] if error else "failed")
    return StepRun.FAILED


def _after_failure(execution: Execution, step_run: StepRun, step: dict, now: datetime, error: str, *,
                   lost: bool = False) -> None:
    """Retry, follow ``on_error``, or fail the execution (the execution row is locked by the caller)."""
    if execution.status in Execution.TERMINAL_STATUSES:
        return
    retry = step.get("retry") or {}
    max_attempts = int(retry.get("max_attempts", 1))
    visit = step_run.input.get("visit")
    if step_run.attempt < max_attempts or (lost and step_run.attempt < max_attempts + LOST_WORKER_ATTEMPTS):
        delay = 0.0 if lost else float(retry.get("delay", 5)) * float(retry.get("backoff", 2)) ** (
            step_run.attempt - 1)
        _create_step(execution, step_run, step_run.step_id, step_run.branch, now=now + timedelta(seconds=delay),
                     attempt=step_run.attempt + 1, visit=visit)
    elif step.get("on_error"):
        context = execution.context or {}
        context.setdefault("steps", {})[step_run.step_id] = {"status": "failed", "error": error}
        execution.context = context
        _create_step(execution, step_run, step["on_error"], step_run.branch, now=now)
    else:
        _finish(execution, Execution.FAILED, now, f"step {step_run.step_id!r}: {error}")
    execution.save()


def recover_lost(*, now: datetime | None = None) -> int:
    """Take over steps whose worker died (lease expired): that attempt fails, the next one is created."""
    now = now or timezone.now()
    recovered = 0
    for step_run in StepRun.objects.filter(status=StepRun.PROCESSING, lease_expires_at__lt=now).select_related(
            "execution__workflow")[:100]:
        with transaction.atomic():
            taken = StepRun.objects.filter(pk=step_run.pk, status=StepRun.PROCESSING,
                                           lease_expires_at__lt=now).update(
                status=StepRun.FAILED, error=f"worker lost ({step_run.claimed_by}): the lease ran out",
                ended_at=now, lease_expires_at=None, status_changed_at=now)
            if not taken:
                continue
            execution = Execution.objects.select_for_update().get(pk=step_run.execution_id)
            step = compiled(execution.workflow).steps.get(step_run.step_id, {"id": step_run.step_id})
            _after_failure(execution, step_run, step, now, "worker lost", lost=True)
            recovered += 1
            logger.warning("step %s of execution %s: worker %s lost, attempt %d created", step_run.step_id,
                           execution.pk, step_run.claimed_by, step_run.attempt + 1)
    return recovered

