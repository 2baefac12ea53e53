"""The manual's examples run to completion by the scheduler pass of the worker (``run_due``) on an injected
clock: WebinarWorkflow, IssueDiscussion (with its moderators' form), messages with required data, AsSoonAs,
SendMessage, Repeat over three days; plus the class API against the same graph written as JSON.
"""

from datetime import datetime, timedelta

import pytest
from django.contrib.auth.models import Group, User
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from datachat import hooks
from datachat.automations import flow
from datachat.automations.flow import this
from datachat.automations.runtime import run_due
from datachat.models import Automation, AutomationMessage, Execution, HumanTask, StepRun, Workflow
from tests.automations import manual_flows as flows

pytestmark = pytest.mark.django_db


def steps_of(execution_id) -> list[str]:
    return list(StepRun.objects.filter(execution_id=execution_id, status=StepRun.PROCESSED).order_by("pk")
                .values_list("step_id", flat=True))


def execution(instance) -> Execution:
    return Execution.objects.get(pk=instance.id)


def test_webinar_sends_each_mail_at_its_time():
    starts = timezone.now() + timedelta(days=2)
    webinar = flows.WebinarWorkflow(email="ada@example.com", starts_at=starts.isoformat())
    run_due(now=timezone.now())
    assert [m.subject for m in mail.outbox] == ["Webinar: welcome"]
    run_due(now=starts - timedelta(minutes=31))
    assert len(mail.outbox) == 1  # not before half an hour before the start
    run_due(now=starts - timedelta(minutes=30))
    assert [m.subject for m in mail.outbox][-1] == "Webinar: reminder"
    run_due(now=starts + timedelta(minutes=119))
    assert len(mail.outbox) == 2  # the replay offer comes 150 minutes after the reminder
    run_due(now=starts + timedelta(minutes=120))
    assert [m.to for m in mail.outbox] == [["ada@example.com"]] * 3
    assert webinar.is_finished() and execution(webinar).status == Execution.PROCESSED
    assert webinar.data["sent"] == ["welcome", "reminder", "replay"]
    assert steps_of(webinar.id) == ["start", "send_welcome_mail", "send_reminder", "send_replay_offer", "end"]


@pytest.fixture
def moderators(db):
    group = Group.objects.create(name="Moderators")
    member = User.objects.create_user("mod", password="pw")
    member.groups.add(group)
    outsider = User.objects.create_user("outsider", password="pw")
    return member, outsider


def test_issue_discussion_week(client, moderators):
    member, outsider = moderators
    issue = flows.IssueDiscussion(deadline=(timezone.now() + timedelta(days=7)).isoformat(), conf_call=True,
                                  issues=["printer", "coffee"])
    t0 = timezone.now()
    kept = issue.send_message("new_mail", None, {"from": "no subject"})
    assert not kept.delivered and kept.reason == "required data missing: subject (str)"
    assert issue.send_message("new_mail", None, {"subject": "The printer again"}).delivered

    run_due(now=t0)
    task = HumanTask.objects.get(execution_id=issue.id)
    assert task.status == HumanTask.OPEN and task.assignment == {"group": {"name": "Moderators"}}
    assert steps_of(issue.id).count("join") == 1  # the call branch arrived; moderation waits for a person

    client.force_login(outsider)
    assert client.get(reverse("datachat-automations:task-list")).content.count(b"Moderate the new mails") == 0
    page = reverse("datachat-automations:task-form", args=[task.pk])
    assert client.get(page).status_code == 403
    assert client.post(page, {"seen": 1}).status_code == 403
    client.force_login(member)
    assert b"Moderate the new mails" in client.get(reverse("datachat-automations:task-list")).content
    assert client.get(page).status_code == 200
    assert client.post(page, {"seen": "many"}).status_code == 200  # invalid: shown again, nothing completed
    assert HumanTask.objects.get(pk=task.pk).status == HumanTask.OPEN
    answered = client.post(page + "?back=/somewhere/", {"seen": 1, "back": "/somewhere/"})
    assert answered.status_code == 302 and answered["Location"] == "/somewhere/"
    assert client.post(page, {"seen": 1}).status_code == 409  # answered once only
    task.refresh_from_db()
    assert task.status == HumanTask.DONE and task.completed_by == member and task.result["seen"] == 1

    run_due(now=t0 + timedelta(hours=1, minutes=1))  # hourly check: no new mail, deadline not reached
    assert "repeat" in steps_of(issue.id) and execution(issue).status == Execution.PROCESSING
    run_due(now=t0 + timedelta(days=6, minutes=1))
    assert len(issue.refresh().data["warnings"]) == 1
    run_due(now=t0 + timedelta(days=7, hours=2))
    done = execution(issue)
    assert done.status == Execution.PROCESSED, done.error
    ran = steps_of(issue.id)
    assert ran.count("join") == 3 and ran.count("moderate") == 1 and ran.count("moderate_call") == 1
    assert ran[-2:] == ["evaluate", "end"], " ".join(ran)
    assert done.context["steps"]["evaluate"]["output"] == {"mails": 1, "warnings": 1}


def test_messages_receivers_and_as_soon_as():
    weekly = flows.Newsletter(list_name="weekly", size=2)
    assert flows.Newsletter(list_name="weekly").id == weekly.id  # unique per list name
    t0 = timezone.now()
    run_due(now=t0)
    held = StepRun.objects.get(execution_id=weekly.id, step_id="close_list")
    assert held.status == StepRun.PENDING and held.input.get("held")
    run_due(now=t0 + timedelta(minutes=2))
    assert steps_of(weekly.id) == ["open_list"]  # checked again, still not full

    assert weekly.send_message("update_subscriber", "subscribe", {"email": "a@example.com"}).result == 1
    assert flows.Newsletter.dispatch_message(str(weekly.id), "update_subscriber", "subscribe",
                                             {"email": "b@example.com"}).delivered
    assert flows.Newsletter.satisfies_data_requirements("update_subscriber", {"email": "x"})
    assert not flows.Newsletter.satisfies_data_requirements("update_subscriber", {"email": 3})
    run_due(now=t0 + timedelta(minutes=3))
    assert weekly.is_finished()
    assert execution(weekly).context["steps"]["close_list"]["output"] == {
        "closed_with": ["a@example.com", "b@example.com"]}

    late = weekly.send_message("update_subscriber", "subscribe", {"email": "c@example.com"})
    assert not late.delivered and late.reason == "the instance has processed"
    unknown = flows.Newsletter.dispatch_message(str(weekly.id), "shout", None, {})
    assert not unknown.delivered and "no receiver receive_shout" in unknown.reason
    assert AutomationMessage.objects.filter(delivered=False).count() == 2


def test_broadcast_create_on_message_and_send_message_node():
    first = flows.Newsletter(list_name="a", size=5)
    second = flows.Newsletter(list_name="b", size=5)
    assert flows.Newsletter.broadcast_message("ping", "zzz", {}) == ["not me", "not me"]
    assert flows.Newsletter.broadcast_message("ping", "a", {}) == ["received"]  # caught by the first
    created = flows.Newsletter.create_on_message("update_subscriber", "subscribe",
                                                 {"email": "x@example.com", "list_name": "c"})
    assert created.data["list_name"] == "c" and created.data["subscribers"] == ["x@example.com"]
    assert steps_of(created.id) == []  # the message came before the first step

    flows.Announcer(email="new@example.com")
    t0 = timezone.now()
    run_due(now=t0)
    for instance in (first, second, created):
        assert "new@example.com" in instance.refresh().data["subscribers"]
    run_due(now=t0 + timedelta(minutes=5))  # a retried step would not send twice: one record per target
    assert AutomationMessage.objects.filter(key__isnull=False, delivered=True).count() == 3


def test_repeat_every_morning_over_three_days():
    metric = flows.DailyMetric()
    t0 = timezone.now() + timedelta(days=1)
    t0 = t0.replace(hour=7, minute=0, second=0, microsecond=0)
    run_due(now=t0)
    for day in range(3):
        nine = t0.replace(hour=9) + timedelta(days=day)
        run_due(now=nine - timedelta(minutes=1))
        assert len(metric.refresh().data["measured_at"]) == day + 1
        run_due(now=nine)
        assert len(metric.refresh().data["measured_at"]) == day + 2
    times = [datetime.fromisoformat(t) for t in metric.data["measured_at"]]
    assert [t.hour for t in times[1:]] == [9, 9, 9] and len({t.date() for t in times[1:]}) == 3
    assert execution(metric).status == Execution.PROCESSING  # a repeating automation never ends
    assert execution(metric).context["steps"]["again"]["output"]["rounds"] == 3


COUNTS: list[str] = []
GATE = {"open": False}


@hooks.action("tests.count")
def count(run):
    COUNTS.append(run.step["id"])
    run.data["n"] = run.data.get("n", 0) + 1


@hooks.action("tests.gate_open")
def gate_open(run):
    return GATE["open"]


class Ticker(flow.Automation):
    tick = flow.Execute("tests.count")
    done = flow.Execute("tests.count").AsSoonAs({"call": "tests.gate_open"})
    again = flow.Repeat(this.tick).EveryNMinutes(10)


TICKER_JSON = {"steps": [
    {"id": "tick", "type": "action", "handler": "tests.count"},
    {"id": "done", "type": "action", "handler": "tests.count", "as_soon_as": {"call": "tests.gate_open"}},
    {"id": "again", "type": "repeat", "start": "tick", "every": {"seconds": 600.0}},
]}


def test_class_and_json_graphs_run_alike():
    from datachat.automations import interpreter

    assert Ticker.graph() == TICKER_JSON
    runs = []
    for graph in (Ticker.graph(), TICKER_JSON):
        COUNTS.clear()
        GATE["open"] = False
        workflow = Workflow.objects.create(automation=Automation.objects.create(name=f"t{len(runs)}"), graph=graph)
        t0 = timezone.now()
        started = interpreter.start(workflow, now=t0, enqueue=False)
        for minutes in range(0, 41, 5):
            GATE["open"] = minutes >= 20  # AsSoonAs: closed for the first 20 minutes
            run_due(now=t0 + timedelta(minutes=minutes))
        runs.append((list(COUNTS), steps_of(started.pk), Execution.objects.get(pk=started.pk).context["n"]))
    assert runs[0] == runs[1]
    calls, ran, n = runs[0]
    assert calls == ["tick", "done", "tick", "done", "tick", "done"] and n == 6
    assert ran.count("again") == 2  # reached at 20, 30 and 40: came round at 30 and 40, the next is due at 50


def test_discovery_and_management_commands(settings):
    found = dict(flow.get_automations(app="tests.testapp"))
    assert found == {"tests.testapp.automations.Tidy": "Tidy up"}
    settings.DATACHAT_AUTOMATION_MODULES = ["tests.automations.manual_flows"]
    names = dict(flow.get_automations())
    assert names["tests.automations.manual_flows.WebinarWorkflow"] == "Webinar preparation"
    assert names["tests.automations.manual_flows.DailyMetric"] == "Automation DailyMetric"

    newsletter = flows.Newsletter(list_name="cmd", size=0)
    call_command("automation_step")
    assert newsletter.is_finished()
    call_command("automation_delete_history", "1")
    assert Execution.objects.filter(pk=newsletter.id).exists()  # ended just now: kept
    Execution.objects.filter(pk=newsletter.id).update(ended_at=timezone.now() - timedelta(days=2))
    call_command("automation_delete_history", "1")
    assert not Execution.objects.filter(pk=newsletter.id).exists()
