"""Events: recorded in the caller's transaction, dispatched once after it commits.

Dispatch claims the event (``pending -> processing``) and, in the same transaction, runs the registered Python
handlers (each in a savepoint: one failing handler is logged and does not stop the others), starts the workflows
of matching triggers and creates one webhook delivery per subscription; then the event is ``processed``. If the
process dies before that commits, nothing of it is kept and the scheduler dispatches the event again. After the
commit the ``event_raised`` signal is sent (in-process, best effort), and the deliveries and executions go to the
task queue.
"""

import fnmatch
import logging
import uuid
from datetime import datetime

from django.db import transaction
from django.utils import timezone

from datachat import hooks
from datachat.models.automation import Event, Trigger, WebhookEndpoint

from . import interpreter, webhooks

logger = logging.getLogger("datachat.automations")

__all__ = ["dispatch", "has_subscribers", "record_event"]


def record_event(type: str, payload: dict, *, embed_id=None, source: str = "", trace_id=None, pk=None) -> Event:
    """Store an Event in the current transaction; it is dispatched after commit."""
    from .tasks import dispatch_event, enqueue_on_commit

    event = Event.objects.create(pk=pk or uuid.uuid4(), type=type, payload=payload, source=source,
                                 trace_id=trace_id or uuid.uuid4(), embed_id=embed_id)
    enqueue_on_commit(dispatch_event, str(event.pk))
    return event


def has_subscribers(type: str, embed_id=None) -> bool:
    """Whether anything listens to ``type`` events of the embed (to skip recording unheard events)."""
    from . import builtins  # noqa: F401  (registers the built-in handlers)

    if hooks.handlers_for(type) or hooks.event_raised.has_listeners(Event):
        return True
    if embed_id and any(fnmatch.fnmatchcase(type, pattern) for pattern in WebhookEndpoint.objects.filter(
            embed_id=embed_id, is_active=True).values_list("event", flat=True)):
        return True
    triggers = Trigger.objects.filter(type=Trigger.EVENT, enabled=True, automation__enabled=True)
    return any(  # filters are not looked at: the payload is not known yet
        fnmatch.fnmatchcase(type, t.config.get("event") or "")
        and (not t.automation.embed_id or str(t.automation.embed_id) == str(embed_id or ""))
        for t in triggers.select_related("automation"))


def dispatch(event_id, *, now: datetime | None = None) -> bool:
    """Deliver one event to its subscribers; False when it was already dispatched (or is being)."""
    from . import builtins  # noqa: F401  (registers the built-in handlers)
    from .tasks import advance_execution, deliver_webhook, enqueue_on_commit

    now = now or timezone.now()
    with transaction.atomic():
        if not Event.objects.filter(pk=event_id, status=Event.PENDING).update(
                status=Event.PROCESSING, status_changed_at=now):
            return False
        event = Event.objects.select_related("embed").get(pk=event_id)
        for handler in hooks.handlers_for(event.type):
            try:
                with transaction.atomic():
                    handler(event)
            except Exception:
                logger.exception("handler %r of %s failed", handler, event.type)
        triggers = Trigger.objects.filter(type=Trigger.EVENT, enabled=True, automation__enabled=True)
        for trigger in triggers.select_related("automation"):
            if trigger.matches(event) and (workflow := trigger.automation.live_workflow) is not None:
                execution = interpreter.start(workflow, event=event, trigger=trigger, now=now, enqueue=False,
                                         payload=trigger.extract_payload(event))
                enqueue_on_commit(advance_execution, str(execution.pk))
        for delivery in webhooks.fan_out(event, now=now):
            enqueue_on_commit(deliver_webhook, delivery.pk)
        Event.objects.filter(pk=event_id).update(status=Event.PROCESSED, dispatched_at=now, status_changed_at=now)
        transaction.on_commit(lambda: hooks.event_raised.send_robust(sender=Event, event=event))
    return True
