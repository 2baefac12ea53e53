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

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.utils import timezone

from datachat import hooks
from datachat.models.automation import Automation, Event, Trigger, WebhookEndpoint

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
    """Whether anything listens to ``type`` events of the embed (to skip recording unheard events).

    The subscriptions are read from the cache (``_webhook_events``, ``_trigger_events``), dropped there after
    every save of an endpoint, trigger or automation, so a busy chat does not query them per message.
    """
    from . import builtins  # noqa: F401  (registers the built-in handlers)

    if hooks.handlers_for(type) or hooks.event_raised.has_listeners(Event):
        return True
    if embed_id and any(fnmatch.fnmatchcase(type, pattern) for pattern in _webhook_events(embed_id)):
        return True
    return any(  # filters are not looked at: the payload is not known yet
        fnmatch.fnmatchcase(type, pattern) and (not owner or owner == str(embed_id or ""))
        for owner, pattern in _trigger_events())


SUBSCRIPTIONS = "datachat:subscriptions"
SUBSCRIPTIONS_TTL = 60


def _webhook_events(embed_id) -> list[str]:
    name = f"{SUBSCRIPTIONS}:webhooks:{embed_id}"
    events = cache.get(name)
    if events is None:
        events = list(WebhookEndpoint.objects.filter(embed_id=embed_id, is_active=True).values_list("event", flat=True))
        cache.set(name, events, SUBSCRIPTIONS_TTL)
    return events


def _trigger_events() -> list[tuple[str, str]]:
    name = f"{SUBSCRIPTIONS}:triggers"
    events = cache.get(name)
    if events is None:
        triggers = Trigger.objects.filter(type=Trigger.EVENT, enabled=True, automation__enabled=True)
        events = [(str(t.automation.embed_id or ""), t.config.get("event") or "")
                  for t in triggers.select_related("automation")]
        cache.set(name, events, SUBSCRIPTIONS_TTL)
    return events


def _subscriptions_changed(sender, instance, **kwargs) -> None:
    if sender is WebhookEndpoint:
        names = [f"{SUBSCRIPTIONS}:webhooks:{instance.embed_id}"]
    else:
        names = [f"{SUBSCRIPTIONS}:triggers"]
    cache.delete_many(names)
    transaction.on_commit(lambda: cache.delete_many(names))


for _model in (WebhookEndpoint, Trigger, Automation):
    post_save.connect(_subscriptions_changed, sender=_model, dispatch_uid=f"datachat-subscriptions-{_model.__name__}")
    post_delete.connect(_subscriptions_changed, sender=_model,
                        dispatch_uid=f"datachat-subscriptions-gone-{_model.__name__}")


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
