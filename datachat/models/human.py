"""Human tasks (a ``Form`` step waiting for a person) and messages between automations.

A ``HumanTask`` is created by a form step and names who may answer it (a user, a group, permissions: all that are
given must hold; superusers always may). Answering it completes the waiting step in the same request. An
``AutomationMessage`` records every message sent to an automation instance, delivered or not (with the reason).
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .automation import Execution, StepRun
from .base import TimeStampedModel, UUIDModel
from .chat import ChatEmbed


class HumanTask(UUIDModel, TimeStampedModel):
    """A form a person has to fill before the automation goes on."""

    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"
    STATUS_CHOICES = [(OPEN, _("open")), (DONE, _("done")), (CANCELLED, _("cancelled"))]

    execution = models.ForeignKey(Execution, on_delete=models.CASCADE, related_name="human_tasks")
    step_run = models.ForeignKey(StepRun, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    step_id = models.CharField(_("step"), max_length=100)
    visit = models.CharField(_("step visit"), max_length=64, unique=True,
                             help_text=_("One task per visit of a form step, however often the step is retried."))
    embed = models.ForeignKey(ChatEmbed, on_delete=models.CASCADE, null=True, blank=True, related_name="human_tasks")
    title = models.CharField(_("title"), max_length=200, blank=True, default="")
    description = models.TextField(_("description"), blank=True, default="")
    form = models.CharField(_("form class"), max_length=300)
    assignment = models.JSONField(_("assigned to"), default=dict, blank=True,
                                  help_text=_('{"user": {...}, "group": {...}, "permissions": [...]}: all must hold.'))
    context = models.JSONField(_("context"), default=dict, blank=True,
                               help_text=_("What the person needs to see, e.g. the conversation."))
    status = models.CharField(_("status"), max_length=20, choices=STATUS_CHOICES, default=OPEN, db_index=True)
    result = models.JSONField(_("result"), null=True, blank=True)
    completed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                     related_name="+")
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("human task")

    def __str__(self) -> str:
        return self.title or f"{self.step_id} ({self.status})"


class AutomationMessage(TimeStampedModel):
    """One message sent to an automation (class or instance); ``delivered`` is False with a ``reason`` when not."""

    automation_class = models.CharField(_("automation class"), max_length=300, db_index=True)
    execution = models.ForeignKey(Execution, on_delete=models.SET_NULL, null=True, blank=True,
                                  related_name="messages")
    message = models.CharField(_("message"), max_length=100)
    token = models.CharField(_("token"), max_length=200, blank=True, default="")
    data = models.JSONField(_("data"), null=True, blank=True)
    key = models.CharField(_("idempotency key"), max_length=100, null=True, blank=True, unique=True,
                           help_text=_("Set by a SendMessage step, so a retried step sends once."))
    delivered = models.BooleanField(_("delivered"), default=False)
    reason = models.CharField(_("reason"), max_length=300, blank=True, default="")
    result = models.JSONField(_("result"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("automation message")

    def __str__(self) -> str:
        return f"{self.message} -> {self.automation_class} ({'delivered' if self.delivered else self.reason})"
