"""Django admin for automations: definitions are editable, run logs (events, executions, steps, deliveries) are
read-only.
"""

import json

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _

from datachat.admin_base import ReadOnlyInlineMixin, ReadOnlyMixin
from datachat.models.automation import (
    Automation,
    Event,
    Execution,
    Job,
    StepRun,
    Trigger,
    WebhookDelivery,
    WebhookEndpoint,
    Workflow,
)
from datachat.models.human import AutomationMessage, HumanTask


class WorkflowInline(admin.StackedInline):
    model = Workflow
    extra = 0
    fields = ["version", "is_live", "graph"]


class TriggerInline(admin.TabularInline):
    model = Trigger
    extra = 0
    fields = ["type", "config", "filters", "enabled", "next_run_at", "last_run_at"]
    readonly_fields = ["last_run_at"]


@admin.register(Automation)
class AutomationAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "embed", "enabled", "created_at"]
    list_filter = ["kind", "enabled"]
    search_fields = ["name", "slug"]
    readonly_fields = ["source_event"]
    inlines = [WorkflowInline, TriggerInline]

    def save_formset(self, request, form, formset, change):
        for instance in formset.save(commit=False):
            if isinstance(instance, Workflow):
                try:
                    instance.validate()
                except ValueError as exc:
                    messages.error(request, _("Workflow v%(v)s is invalid: %(e)s") % {"v": instance.version,
                                                                                        "e": exc})
                    continue
            instance.save()
        formset.save_m2m()


class StepRunInline(ReadOnlyInlineMixin, admin.TabularInline):
    model = StepRun
    fields = ["step_id", "branch", "attempt", "status", "duration_ms", "error", "available_at", "claimed_by"]
    readonly_fields = fields


@admin.register(Execution)
class ExecutionAdmin(ReadOnlyMixin, admin.ModelAdmin):
    list_display = ["created_at", "workflow", "status", "started_at", "ended_at"]
    list_filter = ["status"]
    date_hierarchy = "created_at"
    readonly_fields = ["workflow", "event", "trigger", "status", "started_at", "ended_at", "pretty_context", "error"]
    exclude = ["context"]
    inlines = [StepRunInline]

    @admin.display(description=_("context"))
    def pretty_context(self, obj):
        return json.dumps(obj.context, indent=2, default=str)[:20000]


@admin.register(Event)
class EventAdmin(ReadOnlyMixin, admin.ModelAdmin):
    list_display = ["created_at", "type", "source", "embed", "status"]
    list_filter = ["type", "source", "status"]
    search_fields = ["type", "trace_id"]
    date_hierarchy = "created_at"
    readonly_fields = ["type", "payload", "source", "trace_id", "embed", "status", "dispatched_at"]


@admin.register(Job)
class JobAdmin(ReadOnlyMixin, admin.ModelAdmin):
    list_display = ["created_at", "type", "status", "priority", "scheduled_at"]
    list_filter = ["type", "status"]
    date_hierarchy = "created_at"
    readonly_fields = ["type", "status", "params", "result", "progress", "error", "priority", "scheduled_at",
                       "started_at", "ended_at", "embed", "event"]
    actions = ["cancel"]

    @admin.action(description=_("Cancel jobs that have not started"))
    def cancel(self, request, queryset):
        cancelled = sum(job.cancel() for job in queryset)
        messages.success(request, _("%(n)d jobs cancelled.") % {"n": cancelled})


@admin.register(WebhookEndpoint)
class WebhookEndpointAdmin(admin.ModelAdmin):
    list_display = ["target_url", "event", "embed", "is_active", "failure_count", "last_success_at"]
    list_filter = ["is_active", "event"]
    search_fields = ["target_url", "event"]
    fields = ["embed", "target_url", "event", "is_active", "disabled_at", "disabled_reason", "failure_count",
              "slow_until", "previous_secret_expires_at", "last_success_at"]
    readonly_fields = ["disabled_at", "disabled_reason", "failure_count", "slow_until", "previous_secret_expires_at",
                       "last_success_at"]
    actions = ["rotate"]

    def has_add_permission(self, request, obj=None):
        return False  # subscriptions come from the REST Hooks API, which returns the secret once

    @admin.action(description=_("Rotate the signing secret (the old one signs too for 24 hours)"))
    def rotate(self, request, queryset):
        for endpoint in queryset:
            messages.warning(request, _("New secret for %(url)s (shown once): %(secret)s") % {
                "url": endpoint.target_url, "secret": endpoint.rotate_secret()})


@admin.register(WebhookDelivery)
class WebhookDeliveryAdmin(ReadOnlyMixin, admin.ModelAdmin):
    list_display = ["created_at", "message_id", "endpoint", "status", "attempts", "response_status",
                    "next_attempt_at"]
    list_filter = ["status", "response_status"]
    search_fields = ["message_id", "endpoint__target_url"]
    date_hierarchy = "created_at"
    readonly_fields = ["endpoint", "event", "message_id", "status", "attempts", "next_attempt_at",
                       "response_status", "error", "delivered_at", "log", "body"]


@admin.register(HumanTask)
class HumanTaskAdmin(ReadOnlyMixin, admin.ModelAdmin):
    """Every task (open and done); people answer theirs in the task list (``automations/tasks/``)."""

    list_display = ["created_at", "title", "status", "step_id", "completed_by", "completed_at", "open_link"]
    list_filter = ["status"]
    search_fields = ["title", "description"]
    readonly_fields = ["execution", "step_id", "title", "description", "form", "assignment", "context", "status",
                       "result", "completed_by", "completed_at", "embed"]
    exclude = ["step_run", "visit"]

    @admin.display(description=_("answer"))
    def open_link(self, obj):
        from django.urls import reverse
        from django.utils.html import format_html

        if obj.status != HumanTask.OPEN:
            return ""
        return format_html('<a href="{}">{}</a>', reverse("datachat-automations:task-form", args=[obj.pk]), _("open"))


@admin.register(AutomationMessage)
class AutomationMessageAdmin(ReadOnlyMixin, admin.ModelAdmin):
    list_display = ["created_at", "message", "automation_class", "execution", "delivered", "reason"]
    list_filter = ["delivered"]
    search_fields = ["message", "automation_class", "reason"]
    readonly_fields = ["automation_class", "execution", "message", "token", "data", "key", "delivered", "reason",
                       "result"]
