"""The single registry (``datachat.hooks``): app intents, handlers, the signal, and the worker command."""

from io import StringIO

import pytest
from django.core.management import call_command

from datachat import hooks
from datachat.automations.events import record_event
from datachat.models import Event, Job
from datachat.services import intents

pytestmark = pytest.mark.django_db


@pytest.fixture
def cancel_intent():
    hooks.register_intent("cancel_order", patterns=[r"\bcancel\b.*\border\b"],
                          slots=lambda text: {"order": "".join(c for c in text if c.isdigit()) or None},
                          confirm="I've asked the shop to cancel order {order}.")
    seen = []

    @hooks.on_intent("cancel_order")
    def handler(event):
        seen.append(event.payload["slots"])

    yield seen
    hooks.unregister("cancel_order")
    hooks.unregister("", handler)


def test_app_intent_is_detected_confirmed_and_handled(widget, cancel_intent, django_capture_on_commit_callbacks):
    received = []

    def receiver(sender, event, **kwargs):
        received.append(event.type)

    hooks.event_raised.connect(receiver)
    try:
        session = widget.session()
        with django_capture_on_commit_callbacks(execute=True):
            body = widget.ask(session, "please cancel my order 1042").json()
    finally:
        hooks.event_raised.disconnect(receiver)
    assert body["intents"][0]["name"] == "cancel_order"
    assert body["intents"][0]["slots"] == {"order": "1042"}
    assert body["content"].endswith("I've asked the shop to cancel order 1042.")
    assert cancel_intent == [{"order": "1042"}]
    assert "intent.cancel_order" in received and "message.answered" in received  # a listener exists: recorded
    assert Event.objects.get(type="intent.cancel_order").status == Event.PROCESSED


def test_a_failing_handler_does_not_stop_the_others(make_embed, django_capture_on_commit_callbacks):
    embed, _ = make_embed()
    calls = []

    @hooks.on_event("custom.thing")
    def broken(event):
        Job.objects.create(type="half-written")
        raise RuntimeError("boom")

    @hooks.on_event("custom.thing")
    def fine(event):
        calls.append(event.pk)

    try:
        with django_capture_on_commit_callbacks(execute=True):
            event = record_event("custom.thing", {}, embed_id=embed.pk)
    finally:
        hooks.unregister("", broken)
        hooks.unregister("", fine)
    assert calls == [event.pk]
    assert not Job.objects.filter(type="half-written").exists()  # rolled back with its savepoint
    event.refresh_from_db()
    assert event.status == Event.PROCESSED


def test_llm_classifier_replaces_the_rules_when_allowed(settings):
    hooks.set_intent_classifier(lambda text: [{"name": "contact_human", "confidence": 0.9, "slots": {"team": "x"}},
                                              {"name": "not_registered"}])
    try:
        assert [i.name for i in intents.detect("hello there")] == ["contact_human"]
        settings.DATACHAT_LLM = "off"
        assert intents.detect("hello there") == []
    finally:
        hooks.set_intent_classifier(None)


@pytest.mark.parametrize(("text", "name", "slots"), [
    ("send me revenue by country every Monday at 9", "schedule_report",
     {"channel": "webhook", "metric": "revenue by country"}),
    ("email me revenue by country every Monday", "schedule_report", {"channel": "email"}),
    ("email revenue weekly to bob@example.com", "schedule_report", {"email": "bob@example.com"}),
    ("alert me when daily orders drop below 50", "alert_threshold",
     {"metric": "daily orders", "threshold": {"op": "<", "value": 50}}),
    ("notify me if revenue goes above 10k", "alert_threshold", {"threshold": {"op": ">", "value": 10000}}),
    ("export this", "export_data", {"format": "csv"}),
    ("download it as an excel spreadsheet", "export_data", {"format": "xlsx"}),
    ("I want to talk to sales", "contact_human", {"team": "sales"}),
    ("thanks!", "feedback", {"sentiment": "positive"}),
    ("that's wrong", "feedback", {"sentiment": "negative"}),
])
def test_builtin_intents(text, name, slots):
    [intent] = intents.detect(text)
    assert intent.name == name
    assert slots.items() <= intent.slots.items()
    assert 0.5 <= intent.confidence <= 1


@pytest.mark.parametrize("text", ["revenue by country", "how many orders per day", "top 5 products by sales"])
def test_questions_carry_no_intent(text):
    assert intents.detect(text) == []


def test_worker_command_with_the_immediate_backend():
    out = StringIO()
    call_command("datachat_worker", "--once", stdout=out)
    assert "scheduler pass" in out.getvalue()


def test_admin_pages_render(admin_client, make_embed, receiver, allow_loopback, django_capture_on_commit_callbacks):
    from datachat.automations import webhooks
    from tests.automations.test_workflows import SAMPLE_JSON, make_workflow, run

    embed, _ = make_embed()
    webhooks.subscribe(embed, receiver.url(), "intent.contact_human")
    with django_capture_on_commit_callbacks(execute=True):
        record_event("intent.contact_human", {}, embed_id=embed.pk)
    run(make_workflow(SAMPLE_JSON), {"vip": True, "n": 1})
    for model in ["automation", "workflow", "trigger", "event", "execution", "job", "webhookendpoint",
                  "webhookdelivery"]:
        if model in {"workflow", "trigger"}:
            continue  # edited inline on their automation
        response = admin_client.get(f"/admin/datachat/{model}/")
        assert response.status_code == 200, model
    from datachat.models import Execution, WebhookDelivery

    assert admin_client.get(f"/admin/datachat/execution/{Execution.objects.first().pk}/change/").status_code == 200
    assert admin_client.get(
        f"/admin/datachat/webhookdelivery/{WebhookDelivery.objects.first().pk}/change/").status_code == 200


def test_export_intent_runs_a_job_and_delivers_the_csv(widget, receiver, allow_loopback,
                                                       django_capture_on_commit_callbacks):
    from standardwebhooks.webhooks import Webhook

    from datachat.automations import webhooks

    _endpoint, secret = webhooks.subscribe(widget.embed, receiver.url("/exports"), "export.ready")
    session = widget.session()
    with django_capture_on_commit_callbacks(execute=True):
        widget.ask(session, "revenue by country")
        body = widget.ask(session, "export this as csv").json()
    assert body["intents"][0]["name"] == "export_data"
    job = Job.objects.get(type="export")
    assert job.status == Job.PROCESSED, job.error
    assert job.result["row_count"] > 0 and job.get_progress()["status"] == "processed"
    assert not job.cancel()  # too late: it ran
    [request] = receiver.requests
    payload = Webhook(secret).verify(request["body"], {k.lower(): v for k, v in request["headers"].items()})
    assert payload["type"] == "export.ready"
    assert payload["data"]["csv"].splitlines()[0].lower().startswith("country")


def test_feedback_intent_marks_the_previous_answer(widget, django_capture_on_commit_callbacks):
    from datachat.models import DataChatMessage

    session = widget.session()
    with django_capture_on_commit_callbacks(execute=True):
        first = widget.ask(session, "revenue by country").json()
        widget.ask(session, "that's wrong")
    assert DataChatMessage.objects.get(pk=first["id"]).helpful is False


def test_pending_job_can_be_cancelled(make_embed):
    from datetime import timedelta

    from django.utils import timezone

    from datachat.automations.jobs import create_job, execute_job

    job = create_job("export", {"sql": "SELECT 1"}, scheduled_at=timezone.now() + timedelta(hours=1))
    assert job.cancel()
    assert not execute_job(job, now=timezone.now() + timedelta(hours=2))
    assert job.status == Job.CANCELLED


def test_event_trigger_starts_a_workflow(make_embed, django_capture_on_commit_callbacks):
    from datachat.models import Execution
    from tests.automations.test_workflows import Sample

    embed, _ = make_embed()
    automation = Sample.install(name="on contact", trigger={"event": "intent.contact_human"})
    automation.triggers.update(filters={"data.slots.team": "sales"})
    with django_capture_on_commit_callbacks(execute=True):
        record_event("intent.contact_human", {"slots": {"team": "billing"}}, embed_id=embed.pk)
    assert not Execution.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        event = record_event("intent.contact_human", {"slots": {"team": "sales"}, "vip": False}, embed_id=embed.pk)
    execution = Execution.objects.get()
    assert execution.event == event and execution.context["input"]["slots"] == {"team": "sales"}
    assert execution.status == Execution.PROCESSED  # the immediate backend ran it after commit
    assert [s.step_id for s in execution.steps.order_by("pk")] == ["first", "check", "plain", "end"]


def test_message_answered_goes_to_its_subscribers(widget, receiver, allow_loopback,
                                                  django_capture_on_commit_callbacks):
    from datachat.automations import webhooks

    webhooks.subscribe(widget.embed, receiver.url(), "message.answered")
    session = widget.session()
    with django_capture_on_commit_callbacks(execute=True):
        body = widget.ask(session, "revenue by country").json()
    [request] = receiver.requests
    data = receiver.bodies()[0]["data"]
    assert request["path"] == "/hook"
    assert data["message_id"] == body["id"] and data["session_id"] == session and data["intents"] == []
    assert data["embed_id"] == str(widget.embed.pk) and data["question"] == "revenue by country"
