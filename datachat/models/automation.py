"""Automations (the seed's ``automate_core``): Automation, Workflow, Trigger, Event, Execution, StepRun, Job,
plus webhook subscriptions and their delivery log.

Every row that is worked on follows the Task state machine of the seed: ``pending -> processing ->
processed | failed``. Work is claimed with a conditional ``UPDATE ... WHERE status = 'pending'`` (one winner,
on SQLite and PostgreSQL alike) and long work carries a lease (``claimed_by``, ``lease_expires_at``) that a
live worker renews; a row whose lease ran out belonged to a dead worker and is taken over.
"""

import fnmatch
import uuid
from datetime import timedelta
from typing import Any, ClassVar

from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from datachat.keys import new_webhook_secret

from .base import SluggedModel, StatusModel, TimeStampedModel, UUIDModel
from .chat import ChatEmbed
from .secrets import StoredSecret


def dig(data: Any, path: str, default: Any = None) -> Any:
    """``data["a"]["b"][0]`` for ``"a.b.0"``; ``default`` when any part is missing.

    >>> dig({"a": {"b": [10, 20]}}, "a.b.1")
    20
    """
    node = data
    for part in [p for p in str(path).split(".") if p]:
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list | tuple) and part.lstrip("-").isdigit() and -len(node) <= int(part) < len(node):
            node = node[int(part)]
        else:
            return default
    return node


class TaskStatusModel(StatusModel):
    """The seed's Task state machine: ``pending -> processing -> processed | failed``."""

    PENDING = "pending"
    PROCESSING = "processing"
    PROCESSED = "processed"
    FAILED = "failed"
    CANCELLED = "cancelled"

    STATUS_CHOICES: ClassVar = [
        (PENDING, _("pending")), (PROCESSING, _("processing")), (PROCESSED, _("processed")), (FAILED, _("failed")),
        (CANCELLED, _("cancelled")),
    ]
    INITIAL_STATUS: ClassVar = PENDING
    TRANSITIONS: ClassVar = {
        PENDING: {PROCESSING, CANCELLED, FAILED},
        PROCESSING: {PROCESSED, FAILED, PENDING},  # back to pending: a wait that is not due yet
        FAILED: {PENDING},  # retried by hand
    }
    TERMINAL_STATUSES: ClassVar = (PROCESSED, FAILED, CANCELLED)

    class Meta:
        abstract = True

    def start_processing(self) -> None:
        self.transition_to(self.PROCESSING)

    def complete_processing(self) -> None:
        self.transition_to(self.PROCESSED)

    def fail_processing(self) -> None:
        self.transition_to(self.FAILED)


class Automation(TimeStampedModel, SluggedModel):
    """Something that happens on its own: its triggers start its live workflow."""

    KIND_CHOICES = [("custom", _("custom")), ("report", _("scheduled report")), ("alert", _("threshold alert"))]

    name = models.CharField(_("name"), max_length=200)
    enabled = models.BooleanField(_("enabled"), default=True)
    config = models.JSONField(_("configuration"), default=dict, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=KIND_CHOICES, default="custom")
    embed = models.ForeignKey(ChatEmbed, on_delete=models.CASCADE, null=True, blank=True, related_name="automations",
                              help_text=_("Whose data it queries and whose webhooks it notifies."))
    source_event = models.ForeignKey("Event", on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
                                     help_text=_("The chat event that created it, if any."))

    class Meta:
        ordering = ["name"]
        verbose_name = _("automation")

    def __str__(self) -> str:
        return self.name

    @property
    def live_workflow(self) -> "Workflow | None":
        return self.workflows.filter(is_live=True).order_by("-version").first()


class Workflow(TimeStampedModel):
    """One version of an automation's graph (JSON data, see ``datachat.automations.graph``)."""

    automation = models.ForeignKey(Automation, on_delete=models.CASCADE, related_name="workflows")
    version = models.PositiveIntegerField(_("version"), default=1)
    graph = models.JSONField(_("graph"), default=dict)
    is_live = models.BooleanField(_("live"), default=True)

    class Meta:
        ordering = ["automation", "-version"]
        verbose_name = _("workflow")
        constraints = [models.UniqueConstraint(fields=["automation", "version"], name="datachat_workflow_version")]

    def __str__(self) -> str:
        return f"{self.automation} v{self.version}"

    def validate(self) -> None:
        """Raise ``datachat.automations.graph.GraphInvalid`` listing every problem of the graph."""
        from datachat.automations.graph import validate

        validate(self.graph)

    def compile(self):
        """The executable form: ``datachat.automations.graph.Compiled`` (validated, every edge explicit)."""
        from datachat.automations.graph import compile_graph

        return compile_graph(self.graph)


class Trigger(TimeStampedModel):
    """What starts an automation: an event type (with filters) or a schedule."""

    EVENT = "event"
    SCHEDULE = "schedule"
    TYPE_CHOICES = [(EVENT, _("event")), (SCHEDULE, _("schedule"))]

    automation = models.ForeignKey(Automation, on_delete=models.CASCADE, related_name="triggers")
    type = models.CharField(_("type"), max_length=20, choices=TYPE_CHOICES, default=EVENT)
    config = models.JSONField(_("configuration"), default=dict, blank=True,
                              help_text=_('{"event": "intent.*"} or {"schedule": {"every": "week", ...}}'))
    filters = models.JSONField(_("filters"), default=dict, blank=True,
                               help_text=_('Dotted path in the event -> required value, e.g. {"data.slots.channel": '
                                           '"email"}.'))
    enabled = models.BooleanField(_("enabled"), default=True)
    next_run_at = models.DateTimeField(_("next run at"), null=True, blank=True, db_index=True)
    last_run_at = models.DateTimeField(_("last run at"), null=True, blank=True)

    class Meta:
        ordering = ["automation", "pk"]
        verbose_name = _("trigger")

    def __str__(self) -> str:
        if self.type == self.SCHEDULE:
            return f"{self.automation}: {(self.config.get('schedule') or {}).get('text', 'schedule')}"
        return f"{self.automation}: on {self.config.get('event', '?')}"

    def matches(self, event: "Event") -> bool:
        """True when ``event`` starts this trigger's automation (type, embed and every filter match)."""
        if not self.enabled or self.type != self.EVENT:
            return False
        if not fnmatch.fnmatchcase(event.type, self.config.get("event") or ""):
            return False
        automation = self.automation
        if automation.embed_id and str(automation.embed_id) != str(event.embed_id or ""):
            return False
        document = {"type": event.type, "data": event.payload, "source": event.source}
        return all(dig(document, path) == wanted for path, wanted in (self.filters or {}).items())

    def extract_payload(self, event: "Event | None") -> dict:
        """The workflow's ``input``: the event's data, or only the paths named in ``config["payload"]``."""
        if event is None:
            return dict(self.config.get("input") or {})
        mapping = self.config.get("payload")
        if not mapping:
            return dict(event.payload or {})
        document = {"type": event.type, "data": event.payload, "source": event.source}
        return {name: dig(document, path) for name, path in mapping.items()}


class Event(UUIDModel, TimeStampedModel, TaskStatusModel):
    """Something that happened (an intent in a chat, a report ready). Dispatched once to its subscribers."""

    type = models.CharField(_("type"), max_length=100, db_index=True)
    payload = models.JSONField(_("payload"), default=dict, blank=True)
    source = models.CharField(_("source"), max_length=100, blank=True, default="")
    trace_id = models.UUIDField(_("trace id"), default=uuid.uuid4, db_index=True)
    embed = models.ForeignKey(ChatEmbed, on_delete=models.CASCADE, null=True, blank=True, related_name="events")
    dispatched_at = models.DateTimeField(_("dispatched at"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("event")

    def __str__(self) -> str:
        return f"{self.type} ({self.created_at:%Y-%m-%d %H:%M})" if self.created_at else self.type


class Execution(UUIDModel, TimeStampedModel, TaskStatusModel):
    """One run of a workflow. Its whole state is in this row (``context``) and its StepRuns."""

    workflow = models.ForeignKey(Workflow, on_delete=models.CASCADE, related_name="executions")
    event = models.ForeignKey(Event, on_delete=models.SET_NULL, null=True, blank=True, related_name="executions")
    trigger = models.ForeignKey(Trigger, on_delete=models.SET_NULL, null=True, blank=True, related_name="executions")
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    ended_at = models.DateTimeField(_("ended at"), null=True, blank=True)
    context = models.JSONField(_("context"), default=dict, blank=True)
    error = models.TextField(_("error"), blank=True, default="")

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("execution")

    def __str__(self) -> str:
        return f"{self.workflow} #{str(self.pk)[:8]} ({self.status})"


class StepRun(TimeStampedModel, TaskStatusModel):
    """One attempt at one step of an execution (a retry or a lost worker makes a new attempt row).

    ``parent`` is the StepRun whose completion created this one; (parent, step, branch) is unique, so a
    transition can never be taken twice.
    """

    execution = models.ForeignKey(Execution, on_delete=models.CASCADE, related_name="steps")
    parent = models.ForeignKey("self", on_delete=models.CASCADE, null=True, blank=True, related_name="children")
    step_id = models.CharField(_("step"), max_length=100)
    branch = models.CharField(_("branch"), max_length=200, blank=True, default="",
                              help_text=_("Which parallel path of a split this run belongs to."))
    attempt = models.PositiveSmallIntegerField(_("attempt"), default=1)
    input = models.JSONField(_("input"), default=dict, blank=True)
    output = models.JSONField(_("output"), null=True, blank=True)
    error = models.TextField(_("error"), blank=True, default="")
    duration_ms = models.PositiveIntegerField(_("duration (ms)"), null=True, blank=True)
    available_at = models.DateTimeField(_("available at"), default=timezone.now, db_index=True)
    claimed_by = models.CharField(_("claimed by"), max_length=64, blank=True, default="")
    lease_expires_at = models.DateTimeField(_("lease expires at"), null=True, blank=True, db_index=True)
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    ended_at = models.DateTimeField(_("ended at"), null=True, blank=True)

    class Meta:
        ordering = ["execution", "created_at", "pk"]
        verbose_name = _("step run")
        constraints = [
            models.UniqueConstraint(fields=["parent", "step_id", "branch"], name="datachat_steprun_transition"),
        ]

    def __str__(self) -> str:
        return f"{self.step_id} #{self.attempt} ({self.status})"


class Job(UUIDModel, TimeStampedModel, TaskStatusModel):
    """An asynchronous job (an export, a one-off query) run by a handler registered with ``hooks.job_type``."""

    type = models.CharField(_("type"), max_length=100, db_index=True)
    params = models.JSONField(_("parameters"), default=dict, blank=True)
    result = models.JSONField(_("result"), null=True, blank=True)
    priority = models.IntegerField(_("priority"), default=0)
    scheduled_at = models.DateTimeField(_("scheduled at"), default=timezone.now, db_index=True)
    progress = models.JSONField(_("progress"), default=dict, blank=True)
    error = models.TextField(_("error"), blank=True, default="")
    embed = models.ForeignKey(ChatEmbed, on_delete=models.CASCADE, null=True, blank=True, related_name="jobs")
    event = models.ForeignKey(Event, on_delete=models.SET_NULL, null=True, blank=True, related_name="jobs")
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    ended_at = models.DateTimeField(_("ended at"), null=True, blank=True)

    class Meta:
        ordering = ["-priority", "scheduled_at"]
        verbose_name = _("job")

    def __str__(self) -> str:
        return f"{self.type} ({self.status})"

    def cancel(self) -> bool:
        """Cancel a job that has not started; True when it was cancelled."""
        now = timezone.now()
        done = type(self).objects.filter(pk=self.pk, status=self.PENDING).update(
            status=self.CANCELLED, status_changed_at=now, ended_at=now)
        if done:
            self.refresh_from_db()
        return bool(done)

    def get_progress(self) -> dict:
        """``{"status", "progress", "started_at", "ended_at"}``; handlers write ``progress`` as they go."""
        return {"status": self.status, "progress": self.progress or {}, "started_at": self.started_at,
                "ended_at": self.ended_at}


class WebhookEndpoint(UUIDModel, TimeStampedModel):
    """A REST Hooks subscription: POST events of type ``event`` to ``target_url``, signed with a ``whsec_``
    secret (Standard Webhooks). During a rotation the previous secret signs too, until it expires.
    """

    embed = models.ForeignKey(ChatEmbed, on_delete=models.CASCADE, related_name="webhooks")
    target_url = models.URLField(_("target URL"), max_length=2000)
    event = models.CharField(_("event"), max_length=100, db_index=True,
                             help_text=_('e.g. "intent.schedule_report", "message.answered", "*" for all.'))
    is_active = models.BooleanField(_("active"), default=True)
    disabled_at = models.DateTimeField(_("disabled at"), null=True, blank=True)
    disabled_reason = models.CharField(_("disabled because"), max_length=200, blank=True, default="")
    failure_count = models.PositiveIntegerField(_("consecutive failures"), default=0)
    slow_until = models.DateTimeField(_("slowed down until"), null=True, blank=True,
                                      help_text=_("Set by 429/5xx answers: no attempts before then."))
    previous_secret_expires_at = models.DateTimeField(_("previous secret valid until"), null=True, blank=True)
    last_success_at = models.DateTimeField(_("last success at"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("webhook subscription")

    def __str__(self) -> str:
        return f"{self.event} -> {self.target_url}"

    @property
    def _secret_key(self) -> str:
        return f"webhook:{self.pk}"

    @property
    def secret(self) -> str:
        stored = StoredSecret.objects.filter(key=self._secret_key).first()
        return stored.get_value() if stored else ""

    def set_secret(self, value: str) -> None:
        StoredSecret.store(self._secret_key, value)

    def signing_secrets(self, now=None) -> list[str]:
        """The current secret, then the previous one while its grace period lasts."""
        now = now or timezone.now()
        secrets = [self.secret]
        if self.previous_secret_expires_at and self.previous_secret_expires_at > now:
            previous = StoredSecret.objects.filter(key=f"{self._secret_key}:previous").first()
            if previous:
                secrets.append(previous.get_value())
        return [s for s in secrets if s]

    def rotate_secret(self, *, grace: timedelta = timedelta(hours=24)) -> str:
        """Issue a new secret (returned once); the old one keeps signing for ``grace``."""
        with transaction.atomic():
            StoredSecret.store(f"{self._secret_key}:previous", self.secret)
            value = new_webhook_secret()
            self.set_secret(value)
            self.previous_secret_expires_at = timezone.now() + grace
            self.save(update_fields=["previous_secret_expires_at", "updated_at"])
        return value

    def disable(self, reason: str) -> None:
        self.is_active = False
        self.disabled_at = timezone.now()
        self.disabled_reason = reason[:200]
        self.save(update_fields=["is_active", "disabled_at", "disabled_reason", "updated_at"])

    def delete(self, *args, **kwargs):
        StoredSecret.objects.filter(key__startswith=self._secret_key).delete()
        return super().delete(*args, **kwargs)


class WebhookDelivery(TimeStampedModel, TaskStatusModel):
    """One message to one endpoint, with every attempt in ``log``. ``message_id`` is the ``webhook-id``
    header: the same on every retry, so receivers can drop duplicates.
    """

    endpoint = models.ForeignKey(WebhookEndpoint, on_delete=models.CASCADE, related_name="deliveries")
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="deliveries")
    message_id = models.CharField(_("webhook-id"), max_length=64, unique=True)
    body = models.TextField(_("body"))
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt at"), default=timezone.now, db_index=True)
    claimed_by = models.CharField(_("claimed by"), max_length=64, blank=True, default="")
    lease_expires_at = models.DateTimeField(_("lease expires at"), null=True, blank=True)
    response_status = models.PositiveSmallIntegerField(_("last response status"), null=True, blank=True)
    error = models.CharField(_("last error"), max_length=500, blank=True, default="")
    delivered_at = models.DateTimeField(_("delivered at"), null=True, blank=True)
    log = models.JSONField(_("attempt log"), default=list, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("webhook delivery")
        verbose_name_plural = _("webhook deliveries")
        constraints = [models.UniqueConstraint(fields=["endpoint", "event"], name="datachat_delivery_once")]

    def __str__(self) -> str:
        return f"{self.message_id} -> {self.endpoint.target_url} ({self.status})"
