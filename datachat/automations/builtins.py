"""The built-in automations, registered through ``datachat.hooks`` like any app's:

- ``schedule_report``: re-run the conversation's SQL on the asked schedule and deliver the result (event
  ``report.ready`` to the embed's webhooks; an email too when an address was given);
- ``alert_threshold``: check the metric on a schedule and raise ``alert.triggered`` once per crossing;
- ``export_data``: a Job that runs the query and raises ``export.ready`` with the CSV;
- ``feedback``: marks the previous answer helpful or not;
- ``contact_human`` (in ``contact``): a task for the support group, answered into the visitor's chat.

With ``DATACHAT_REPORT_APPROVAL_GROUP`` set, reports and alerts wait for that group's approval before sending.
"""

import csv
import io
import logging

from django.utils import timezone

from datachat import hooks
from datachat.models import DataChatMessage
from datachat.models.automation import Automation, Event, Execution, Trigger, Workflow

from .contact import approval_steps
from .schedules import next_after

logger = logging.getLogger("datachat.automations")

__all__ = ["alert_graph", "create_scheduled", "report_graph"]


def _sql_of(event: Event) -> str | None:
    """The SQL the conversation is about: this answer's, else the session's last answered question's."""
    data = event.payload or {}
    if data.get("sql"):
        return data["sql"]
    last = (DataChatMessage.objects.filter(session_id=data.get("session_id"), role=DataChatMessage.ASSISTANT)
            .exclude(sql="").order_by("-created_at").first())
    return last.sql if last else None


def _identity_of(event: Event) -> dict | None:
    """The identified visitor of the conversation (``sub`` and claims, never a token), kept so the automation
    later sees only that visitor's rows; None for an anonymous conversation."""
    from datachat.models import DataChatSession

    session = DataChatSession.objects.filter(pk=(event.payload or {}).get("session_id")).first()
    if session is None or not session.identity_sub:
        return None
    return {"sub": session.identity_sub, "claims": session.identity_claims or {}}


def report_graph(*, sql: str, question: str, slots: dict) -> dict:
    """Run the saved query, then deliver it (webhook event ``report.ready``, plus email when asked)."""
    data = {"question": question, "metric": slots.get("metric"), "schedule": (slots.get("schedule") or {}).get("text"),
            "scheduled_for": "{{input.scheduled_for}}", "result": "{{steps.query.output}}"}
    steps = [
        {"id": "query", "type": "run_query", "sql": sql, "retry": {"max_attempts": 3, "delay": 60}},
        *approval_steps(before="deliver", skip_to="done",
                        title=f"Approve the report: {slots.get('metric') or question}"),
        {"id": "deliver", "type": "send_webhook", "event": "report.ready", "data": data,
         "retry": {"max_attempts": 3, "delay": 60}},
    ]
    if slots.get("email"):
        steps.append({"id": "email", "type": "send_email", "to": [slots["email"]],
                      "subject": f"Your report: {slots.get('metric') or question}",
                      "body": "{{steps.query.output}}", "retry": {"max_attempts": 3, "delay": 60}})
    steps.append({"id": "done", "type": "end"})
    return {"steps": steps}


def alert_graph(*, sql: str, threshold: dict, slots: dict) -> dict:
    """Run the query, compare the latest value with the threshold, alert on a new crossing only."""
    approval = approval_steps(before="notify", skip_to="done", title=f"Approve the alert: {slots.get('metric')}")
    return {"steps": [
        {"id": "query", "type": "run_query", "sql": sql, "retry": {"max_attempts": 3, "delay": 60}},
        {"id": "check", "type": "action", "handler": "datachat.check_threshold", "params": {"threshold": threshold}},
        {"id": "crossed", "type": "condition", "if": {"path": "steps.check.output.fire"},
         "then": "approve" if approval else "notify", "else": "done"},
        *approval,
        {"id": "notify", "type": "send_webhook", "event": "alert.triggered",
         "data": {"metric": slots.get("metric"), "threshold": threshold, "value": "{{steps.check.output.value}}"},
         "retry": {"max_attempts": 3, "delay": 60}},
        {"id": "done", "type": "end"},
    ]}


def create_scheduled(*, name: str, kind: str, embed_id, graph: dict, schedule: dict, config: dict,
                     source_event: Event | None = None, now=None) -> Automation:
    """An automation with one live workflow and one schedule trigger."""
    now = now or timezone.now()
    automation = Automation.objects.create(name=name[:200], kind=kind, embed_id=embed_id, config=config,
                                           source_event=source_event)
    workflow = Workflow(automation=automation, version=1, graph=graph, is_live=True)
    workflow.validate()
    workflow.save()
    Trigger.objects.create(automation=automation, type=Trigger.SCHEDULE, config={"schedule": schedule},
                           next_run_at=next_after(schedule, now))
    return automation


@hooks.on_intent("schedule_report")
def schedule_report(event: Event) -> Automation | None:
    data, slots = event.payload or {}, (event.payload or {}).get("slots") or {}
    sql, schedule = _sql_of(event), slots.get("schedule")
    if not sql or not schedule or not event.embed_id:
        logger.info("schedule_report from %s: no SQL or schedule to work with", data.get("session_id"))
        return None
    return create_scheduled(
        name=f"Report: {slots.get('metric') or data.get('question')} ({schedule.get('text')})", kind="report",
        embed_id=event.embed_id, graph=report_graph(sql=sql, question=data.get("question", ""), slots=slots),
        schedule=schedule, source_event=event,
        config={"sql": sql, "question": data.get("question"), "session_id": data.get("session_id"), "slots": slots,
                "identity": _identity_of(event)})


@hooks.on_intent("alert_threshold")
def alert_threshold(event: Event) -> Automation | None:
    data, slots = event.payload or {}, (event.payload or {}).get("slots") or {}
    sql, threshold = _sql_of(event), slots.get("threshold")
    if not sql or not threshold or not event.embed_id:
        logger.info("alert_threshold from %s: no SQL or threshold to work with", data.get("session_id"))
        return None
    schedule = slots.get("schedule") or {"every": "day", "hour": 9, "minute": 0, "tz": "UTC"}
    return create_scheduled(
        name=f"Alert: {slots.get('metric')} {threshold['op']} {threshold['value']}", kind="alert",
        embed_id=event.embed_id, graph=alert_graph(sql=sql, threshold=threshold, slots=slots), schedule=schedule,
        source_event=event, config={"sql": sql, "question": data.get("question"), "slots": slots,
                                    "identity": _identity_of(event)})


@hooks.on_intent("export_data")
def export_data(event: Event) -> None:
    from .jobs import create_job

    sql = _sql_of(event)
    if sql and event.embed_id:
        create_job("export", {"sql": sql, "format": ((event.payload or {}).get("slots") or {}).get("format", "csv"),
                              "question": (event.payload or {}).get("question"), "identity": _identity_of(event)},
                   embed_id=event.embed_id, event=event)


@hooks.on_intent("feedback")
def feedback(event: Event) -> None:
    data = event.payload or {}
    previous = (DataChatMessage.objects.filter(session_id=data.get("session_id"), role=DataChatMessage.ASSISTANT)
                .exclude(pk=data.get("message_id")).order_by("-created_at").first())
    if previous is not None:
        previous.helpful = ((data.get("slots") or {}).get("sentiment") == "positive")
        previous.save(update_fields=["helpful", "updated_at"])


def _latest_value(output: dict | None):
    """The metric's current value: the last numeric cell of the last row of the query result."""
    for row in reversed((output or {}).get("rows") or []):
        for cell in reversed(row):
            if isinstance(cell, int | float) and not isinstance(cell, bool):
                return cell
    return None


@hooks.action("datachat.check_threshold")
def check_threshold(run) -> dict:
    """Compare the latest value with the threshold; ``fire`` only on a new crossing (the last run's
    ``crossed`` is read from the previous execution's rows, so the alert state is data, not a side effect).
    """
    threshold = run.params["threshold"]
    value = _latest_value(dig_output(run.data, "query"))
    crossed = value is not None and (value < threshold["value"] if threshold["op"] == "<" else value >
                                     threshold["value"])
    previous = (Execution.objects.filter(workflow__automation=run.automation, status=Execution.PROCESSED)
                .exclude(pk=run.execution.pk).order_by("-created_at").first())
    was_crossed = bool(previous and ((previous.context.get("steps") or {}).get("check") or {}).get(
        "output", {}).get("crossed"))
    return {"value": value, "crossed": crossed, "fire": crossed and not was_crossed}


def dig_output(data: dict, step_id: str) -> dict | None:
    return ((data.get("steps") or {}).get(step_id) or {}).get("output")


@hooks.job_type("export")
def run_export(job) -> dict:
    """Run the saved query through the guard and raise ``export.ready`` with the CSV."""
    from .events import record_event
    from .steps import saved_query

    result = saved_query(job.embed_id, job.params["sql"], max_rows=100_000, identity=job.params.get("identity"))
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(result["columns"])
    writer.writerows(result["rows"])
    data = {"job_id": str(job.pk), "format": "csv", "row_count": result["row_count"],
            "truncated": result["truncated"], "question": job.params.get("question"), "csv": out.getvalue()}
    record_event("export.ready", data, embed_id=job.embed_id, source="job",
                 trace_id=job.event.trace_id if job.event_id else None)
    return {"row_count": data["row_count"], "truncated": data["truncated"], "bytes": len(data["csv"])}
