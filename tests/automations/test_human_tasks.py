"""Human tasks end to end: a visitor asks for a person, a support group member answers in the task list, the
visitor's session history (what the widget shows) holds the answer; others get 403; the embed's secret key reads
the tasks; a scheduled report waits for an analyst's approval.
"""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client
from django.urls import reverse

from datachat.automations.runtime import run_due
from datachat.models import Automation, Event, Execution, HumanTask, StepRun, Trigger

pytestmark = pytest.mark.django_db(transaction=True)


def person(name: str, group: str | None = None) -> Client:
    user = User.objects.create_user(name, password="pw")
    if group:
        user.groups.add(Group.objects.get_or_create(name=group)[0])
    browser = Client()
    browser.force_login(user)
    return browser


def test_visitor_talks_to_a_human(widget, settings, secret_client):
    settings.DATACHAT_CONTACT_HUMAN_GROUP = "Support"
    member, outsider = person("sam", "Support"), person("olga", "Sales")
    session = widget.session()
    reply = widget.ask(session, "can I talk to a human please?")
    assert reply.status_code == 200, reply.content
    assert "contact_human" in [i["name"] for i in reply.json()["intents"]]

    task = HumanTask.objects.get()
    assert task.status == HumanTask.OPEN and task.embed_id == widget.embed.pk
    assert task.assignment == {"group": {"name": "Support"}}
    assert "talk to a human" in task.context["conversation"][0]["content"]
    assert StepRun.objects.get(step_id="ask").status == StepRun.PENDING  # parked, no worker holds it

    api = secret_client(widget.secret)
    listed = api.get("/tasks")
    assert listed.status_code == 200 and [t["id"] for t in listed.json()] == [str(task.pk)]
    assert api.get(f"/tasks/{task.pk}").json()["context"]["session_id"] == session
    assert Client().get("/api/v1/tasks").status_code == 401
    assert api.get("/tasks?status=bogus").json()["error"]["code"] == "invalid_status"

    page = reverse("datachat-automations:task-form", args=[task.pk])
    assert str(task.pk) not in outsider.get(reverse("datachat-automations:task-list")).content.decode()
    assert outsider.get(page).status_code == 403
    assert outsider.post(page, {"answer": "not mine"}).status_code == 403
    assert Client().get(page).status_code == 302  # signed out: to the login page

    listing = member.get(reverse("datachat-automations:task-list")).content.decode()
    assert page in listing
    shown = member.get(page)
    assert shown.status_code == 200 and "talk to a human" in shown.content.decode()
    done = member.post(page, {"answer": "Hi, this is Sam from support. How can I help?"})
    assert done.status_code == 302 and done["Location"] == reverse("datachat-automations:task-list")

    history = widget.get(f"/sessions/{session}/messages").json()
    assert history[-1]["role"] == "assistant"
    assert history[-1]["content"] == "Hi, this is Sam from support. How can I help?"
    assert Execution.objects.get(pk=task.execution_id).status == Execution.PROCESSED
    assert api.get(f"/tasks/{task.pk}").json()["status"] == "done"
    assert member.post(page, {"answer": "again"}).status_code == 409


@pytest.mark.parametrize("approve", [True, False])
def test_scheduled_report_waits_for_approval(widget, settings, approve):
    settings.DATACHAT_REPORT_APPROVAL_GROUP = "Analysts"
    analyst, other = person("ana", "Analysts"), person("bob")
    session = widget.session()
    assert widget.ask(session, "send me revenue by country every Monday at 9").status_code == 200
    trigger = Trigger.objects.get(automation=Automation.objects.get(kind="report"), type=Trigger.SCHEDULE)
    run_due(now=trigger.next_run_at + timedelta(seconds=5))
    task = HumanTask.objects.get(step_id="approve")
    assert task.context["result"]["row_count"] > 0 and not Event.objects.filter(type="report.ready").exists()

    page = reverse("datachat-automations:task-form", args=[task.pk])
    assert other.post(page, {"approve": "on"}).status_code == 403
    assert analyst.post(page, {"approve": "on"} if approve else {"note": "numbers look off"}).status_code == 302
    execution = Execution.objects.get(pk=task.execution_id)
    assert execution.status == Execution.PROCESSED, execution.error
    sent = list(execution.steps.filter(status=StepRun.PROCESSED).order_by("pk").values_list("step_id", flat=True))
    assert sent == (["query", "approve", "approved", "deliver", "done"] if approve
                    else ["query", "approve", "approved", "done"])
    assert Event.objects.filter(type="report.ready").exists() is approve
