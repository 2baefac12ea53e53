"""Who may answer a task: user, group and permissions must all hold; superusers always may; ModelForm steps save
the instance and keep its key."""

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from datachat.automations.human import can_process, tasks_for
from datachat.automations.runtime import run_due
from datachat.models import HumanTask
from tests.automations import manual_flows as flows
from tests.automations.model_flows import PageDraft
from tests.testapp.models import Page

pytestmark = pytest.mark.django_db


def make_user(name, *, groups=(), perms=(), superuser=False):
    user = User.objects.create_user(name, password="pw", is_superuser=superuser)
    for group in groups:
        user.groups.add(Group.objects.get_or_create(name=group)[0])
    for perm in perms:
        app, codename = perm.split(".")
        user.user_permissions.add(Permission.objects.get(content_type__app_label=app, codename=codename))
    return User.objects.get(pk=user.pk)  # fresh: no permission cache


ASSIGNMENTS = [
    # (assignment, user spec, may answer)
    ({"group": {"name": "Support"}}, {"groups": ["Support"]}, True),
    ({"group": {"name": "Support"}}, {"groups": ["Sales"]}, False),
    ({"user": {"username": "u"}}, {}, True),
    ({"user": {"username": "someone"}}, {}, False),
    ({"permissions": ["testapp.add_page"]}, {"perms": ["testapp.add_page"]}, True),
    ({"permissions": ["testapp.add_page", "testapp.change_page"]}, {"perms": ["testapp.add_page"]}, False),
    ({"group": {"name": "Support"}, "permissions": ["testapp.add_page"]}, {"groups": ["Support"]}, False),
    ({"group": {"name": "Support"}, "permissions": ["testapp.add_page"]},
     {"groups": ["Support"], "perms": ["testapp.add_page"]}, True),
    ({"group": {"name": "Support"}}, {"superuser": True}, True),
    ({}, {}, False),
    ({}, {"superuser": True}, True),
]


@pytest.mark.parametrize(("assignment", "spec", "allowed"), ASSIGNMENTS)
def test_all_assignments_must_hold(assignment, spec, allowed):
    user = make_user("u", **spec)
    execution = flows.Newsletter(list_name="x")._execution
    task = HumanTask.objects.create(execution=execution, step_id="s", visit="v", form="f", assignment=assignment)
    assert can_process(task, user) is allowed
    assert (task in tasks_for(user)) is allowed


def test_model_form_step_saves_the_instance(client):
    writer = make_user("writer", perms=["testapp.add_page"])
    reader = make_user("reader", perms=["testapp.add_page"])
    draft = PageDraft()
    run_due(now=timezone.now())
    task = HumanTask.objects.get(execution_id=draft.id)
    page = reverse("datachat-automations:task-form", args=[task.pk])
    browser = Client()
    browser.force_login(reader)
    assert browser.get(page).status_code == 403
    browser.force_login(writer)
    assert browser.post(page, {"title": "Hello"}).status_code == 302
    saved = Page.objects.get(title="Hello")
    assert draft.refresh().data["page"] == saved.pk and draft.is_finished()


def test_admin_lists_tasks_and_messages():
    boss = make_user("boss", superuser=True)
    User.objects.filter(pk=boss.pk).update(is_staff=True)
    newsletter = flows.Newsletter(list_name="admin")
    newsletter.send_message("nothing_here", None, {})
    HumanTask.objects.create(execution=newsletter._execution, step_id="s", visit="admin", form="f", title="Check me")
    browser = Client()
    browser.force_login(User.objects.get(pk=boss.pk))
    tasks = browser.get(reverse("admin:datachat_humantask_changelist"))
    assert tasks.status_code == 200 and "Check me" in tasks.content.decode()
    messages = browser.get(reverse("admin:datachat_automationmessage_changelist"))
    assert messages.status_code == 200 and "no receiver receive_nothing_here" in messages.content.decode()
