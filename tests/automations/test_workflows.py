"""The interpreter: every step type, retries and on_error, waits on an injected clock, and a Python-class flow
running exactly like the same graph written as JSON.
"""

from datetime import UTC, datetime, timedelta

import pytest
from django.core import mail

from datachat import hooks
from datachat.automations import builtins, flow, interpreter
from datachat.automations.flow import this
from datachat.automations.graph import GraphInvalid, compile_graph
from datachat.automations.runtime import run_due
from datachat.models import Automation, Execution, StepRun, Workflow

pytestmark = pytest.mark.django_db

T0 = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
CALLS: list[str] = []
FAILURES: dict[str, int] = {}


@hooks.action("tests.remember")
def remember(run):
    CALLS.append(run.step["id"])
    return {"tag": run.params.get("tag"), "n": run.data["input"].get("n")}


@hooks.action("tests.flaky")
def flaky(run):
    left = FAILURES.get(run.step["id"], 0)
    if left:
        FAILURES[run.step["id"]] = left - 1
        raise RuntimeError("flaky failure")
    return {"ok": True}


class Sample(flow.Automation):
    """Every node kind the interpreter knows, in the flow class style."""

    first = flow.Execute("tests.remember", params={"tag": "a"})
    check = flow.If({"path": "input.vip"}).Then(this.fan).Else(this.plain)
    fan = flow.Split().Next(this.left).Next(this.right)
    left = flow.Execute("tests.remember", params={"tag": "l"}).Next(this.meet)
    right = flow.Execute(this.double).AfterWaitingFor(timedelta(hours=1)).Next(this.meet)
    meet = flow.Join()
    finish = flow.Execute("tests.remember", params={"tag": "f"}).SkipIf("input.quiet").Next(this.end)
    plain = flow.Execute("tests.remember", params={"tag": "p"})
    end = flow.End()

    def double(self, task):
        CALLS.append("right")
        return {"double": task.data["input"]["n"] * 2}


SAMPLE_JSON = {"steps": [
    {"id": "first", "type": "action", "handler": "tests.remember", "params": {"tag": "a"}},
    {"id": "check", "type": "condition", "if": {"path": "input.vip"}, "then": "fan", "else": "plain"},
    {"id": "fan", "type": "split", "branches": ["left", "right"]},
    {"id": "left", "type": "action", "handler": "tests.remember", "params": {"tag": "l"}, "next": "meet"},
    {"id": "right", "type": "action", "handler": "tests.automations.test_workflows.Sample.double",
     "after": {"for": 3600.0}, "next": "meet"},
    {"id": "meet", "type": "join"},
    {"id": "finish", "type": "action", "handler": "tests.remember", "params": {"tag": "f"},
     "skip_if": {"path": "input.quiet"}, "next": "end"},
    {"id": "plain", "type": "action", "handler": "tests.remember", "params": {"tag": "p"}},
    {"id": "end", "type": "end"},
]}


def make_workflow(graph, name="Test") -> Workflow:
    automation = Automation.objects.create(name=name)
    return Workflow.objects.create(automation=automation, graph=graph)


def run(workflow, payload, *, hours=3):
    """Start at T0, then tick the clock every 30 minutes; returns the execution and its trace."""
    CALLS.clear()
    execution = interpreter.start(workflow, payload=payload, now=T0, enqueue=False)
    for step in range(hours * 2 + 1):
        run_due(now=T0 + timedelta(minutes=30 * step))
    execution.refresh_from_db()
    trace = [(s.step_id, s.status, s.output) for s in execution.steps.order_by("pk")]
    return execution, trace, list(CALLS)


def test_class_compiles_to_the_json_graph():
    assert Sample.graph() == SAMPLE_JSON
    assert compile_graph(Sample.graph()).steps["meet"]["next"] == "finish"


@pytest.mark.parametrize("payload", [{"vip": True, "n": 21}, {"vip": True, "n": 2, "quiet": True}, {"vip": False}])
def test_class_and_json_run_identically(payload):
    by_class, trace_class, calls_class = run(make_workflow(Sample.graph(), "class"), payload)
    by_json, trace_json, calls_json = run(make_workflow(SAMPLE_JSON, "json"), payload)
    assert by_class.status == by_json.status == Execution.PROCESSED
    assert trace_class == trace_json
    assert calls_class == calls_json
    assert by_class.context["steps"] == by_json.context["steps"]


def test_split_join_and_wait_follow_the_clock():
    workflow = make_workflow(SAMPLE_JSON)
    CALLS.clear()
    execution = interpreter.start(workflow, payload={"vip": True, "n": 5}, now=T0, enqueue=False)
    run_due(now=T0)
    assert CALLS == ["first", "left"]  # "right" waits an hour; the join waits for it
    meet = StepRun.objects.filter(execution=execution, step_id="meet")
    assert meet.count() == 1 and not StepRun.objects.filter(step_id="finish").exists()
    run_due(now=T0 + timedelta(minutes=59))
    assert CALLS == ["first", "left"]
    run_due(now=T0 + timedelta(hours=1))
    assert CALLS == ["first", "left", "right", "finish"]
    execution.refresh_from_db()
    assert execution.status == Execution.PROCESSED
    assert execution.context["steps"]["right"]["output"] == {"double": 10}
    assert meet.count() == 2 and StepRun.objects.filter(execution=execution, step_id="finish").count() == 1
    assert execution.ended_at == T0 + timedelta(hours=1)


def test_skip_if_marks_the_step_skipped():
    execution, trace, calls = run(make_workflow(SAMPLE_JSON), {"vip": True, "n": 1, "quiet": True})
    assert ("finish", "processed", {"skipped": True}) in trace
    assert "finish" not in calls


def test_retry_then_success():
    FAILURES["work"] = 2
    graph = {"steps": [{"id": "work", "type": "action", "handler": "tests.flaky",
                        "retry": {"max_attempts": 3, "delay": 10, "backoff": 2}}]}
    execution = interpreter.start(make_workflow(graph), now=T0, enqueue=False)
    run_due(now=T0)
    run_due(now=T0 + timedelta(seconds=9))
    assert StepRun.objects.filter(execution=execution).count() == 2  # the retry is not due yet
    run_due(now=T0 + timedelta(seconds=10))
    run_due(now=T0 + timedelta(seconds=30))
    execution.refresh_from_db()
    attempts = list(execution.steps.order_by("pk").values_list("attempt", "status"))
    assert attempts == [(1, "failed"), (2, "failed"), (3, "processed")]
    assert execution.status == Execution.PROCESSED


def test_on_error_edge_after_the_last_attempt():
    FAILURES["work"] = 5
    graph = {"steps": [
        {"id": "work", "type": "action", "handler": "tests.flaky", "retry": {"max_attempts": 2, "delay": 1},
         "on_error": "recover"},
        {"id": "done", "type": "end"},
        {"id": "recover", "type": "action", "handler": "tests.remember", "params": {"tag": "r"}},
    ]}
    execution, trace, calls = run(make_workflow(graph), {})
    assert [t[:2] for t in trace] == [("work", "failed"), ("work", "failed"), ("recover", "processed")]
    assert execution.status == Execution.PROCESSED
    assert execution.context["steps"]["work"]["status"] == "failed"
    assert "flaky failure" in execution.context["steps"]["work"]["error"]


def test_failure_without_on_error_fails_the_execution():
    FAILURES["work"] = 1
    graph = {"steps": [{"id": "work", "type": "action", "handler": "tests.flaky"},
                       {"id": "after", "type": "action", "handler": "tests.remember"}]}
    execution, trace, calls = run(make_workflow(graph), {})
    assert execution.status == Execution.FAILED and "flaky failure" in execution.error
    assert [t[:2] for t in trace] == [("work", "failed")]
    assert calls == []


def test_wait_until_a_time_from_the_context():
    graph = {"steps": [{"id": "hold", "type": "wait", "until": "{{input.at}}"},
                       {"id": "go", "type": "action", "handler": "tests.remember"}]}
    CALLS.clear()
    execution = interpreter.start(make_workflow(graph), payload={"at": "2026-11-24T10:00:00Z"}, now=T0, enqueue=False)
    run_due(now=T0 + timedelta(hours=20))
    assert CALLS == []
    assert StepRun.objects.get(execution=execution, step_id="hold").available_at == datetime(
        2026, 11, 24, 10, tzinfo=UTC)
    run_due(now=datetime(2026, 11, 24, 10, tzinfo=UTC))
    assert CALLS == ["go"]


def test_send_email_through_django():  # the test environment's mailer keeps mail in mail.outbox
    graph = {"steps": [{"id": "mail", "type": "send_email", "to": ["{{input.to}}"], "subject": "Hi {{input.name}}",
                        "body": "n = {{input.n}}"}]}
    execution, trace, _ = run(make_workflow(graph), {"to": "ada@example.com", "name": "Ada", "n": 3})
    assert execution.status == Execution.PROCESSED
    [message] = mail.outbox
    assert message.to == ["ada@example.com"] and message.subject == "Hi Ada" and message.body == "n = 3"


def test_run_query_uses_the_embeds_guard(make_embed):
    embed, _ = make_embed(exposed={"orders": "*"})
    automation = Automation.objects.create(name="q", embed=embed)
    ok = Workflow.objects.create(automation=automation, graph={"steps": [
        {"id": "q", "type": "run_query", "sql": "SELECT COUNT(*) AS n FROM orders"}]})
    execution, trace, _ = run(ok, {}, hours=0)
    assert execution.status == Execution.PROCESSED
    assert trace[0][2]["columns"] == ["n"] and trace[0][2]["rows"][0][0] > 0
    denied = Workflow.objects.create(automation=automation, version=2, graph={"steps": [
        {"id": "q", "type": "run_query", "sql": "SELECT * FROM customers"}]})
    execution, trace, _ = run(denied, {}, hours=0)
    assert execution.status == Execution.FAILED and "no longer allowed" in execution.error


def test_threshold_alert_fires_once_per_crossing(make_embed, receiver, allow_loopback,
                                                 django_capture_on_commit_callbacks):
    from datachat.automations import webhooks

    embed, _ = make_embed()
    webhooks.subscribe(embed, receiver.url(), "alert.triggered")
    schedule = {"every": "day", "hour": 9, "minute": 0, "tz": "UTC"}

    def graph(op, value):
        return builtins.alert_graph(sql="SELECT COUNT(*) FROM orders", threshold={"op": op, "value": value},
                                    slots={"metric": "orders"})

    automation = builtins.create_scheduled(name="alert", kind="alert", embed_id=embed.pk, graph=graph(">", 0),
                                           schedule=schedule, config={}, now=T0)
    workflow = automation.live_workflow

    def day(n):
        with django_capture_on_commit_callbacks(execute=True):
            run_due(now=T0 + timedelta(days=n, hours=1, seconds=1))
        return len(receiver.requests)

    assert day(0) == 1  # crossed: alert
    assert day(1) == 1  # still crossed: no second alert
    workflow.graph = graph("<", 0)  # back to normal
    workflow.save()
    assert day(2) == 1
    workflow.graph = graph(">", 0)  # crossed again: alert again
    workflow.save()
    assert day(3) == 2
    assert Execution.objects.filter(workflow=workflow, status=Execution.PROCESSED).count() == 4


@pytest.mark.parametrize(("graph", "problem"), [
    ({"steps": []}, "no steps"),
    ({"steps": [{"id": "a", "type": "teleport"}]}, "unknown type"),
    ({"steps": [{"id": "a", "type": "action"}]}, "missing 'handler'"),
    ({"steps": [{"id": "a", "type": "end"}, {"id": "a", "type": "end"}]}, "unique"),
    ({"steps": [{"id": "a", "type": "condition", "if": True, "then": "zzz"}]}, "then 'zzz'"),
    ({"steps": [{"id": "a", "type": "wait"}]}, "a wait needs"),
])
def test_invalid_graphs(graph, problem):
    workflow = Workflow(graph=graph)
    with pytest.raises(GraphInvalid, match=problem):
        workflow.validate()


def test_unknown_action_fails_cleanly():
    execution, trace, _ = run(make_workflow({"steps": [{"id": "a", "type": "action", "handler": "nope.nothing"}]}), {})
    assert execution.status == Execution.FAILED and "no action registered" in execution.error


def test_flow_install_creates_a_live_workflow():
    automation = Sample.install(name="Sample flow", trigger={"event": "intent.contact_human"})
    assert automation.live_workflow.graph == SAMPLE_JSON
    again = Sample.install(name="Sample flow")
    assert again.pk == automation.pk
    assert list(automation.workflows.values_list("version", "is_live")) == [(2, True), (1, False)]
    assert automation.triggers.get().config == {"event": "intent.contact_human"}
