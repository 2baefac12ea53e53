"""The seed manual's example automations, written again in our own words, used by the tests (and by the worker
processes of the durability test, which import this module through ``DATACHAT_AUTOMATION_MODULES``).

- ``WebinarWorkflow``: welcome mail, a reminder before the session, a replay offer 150 minutes after it;
- ``IssueDiscussion``: a week of moderating mails (a form for the Moderators group, checked hourly), a deadline
  warning, an optional call, all joined before the evaluation;
- ``Newsletter``/``Announcer``: receivers with required data, ``AsSoonAs`` on what the messages brought,
  ``SendMessage`` to every running newsletter;
- ``DailyMetric``: a ``Repeat`` every morning at 9;
- ``SignOff``: one form step between two actions, for the kill -9 test.
"""

import os
from datetime import datetime, timedelta

from django import forms
from django.core.mail import send_mail

from datachat.automations import flow
from datachat.automations.flow import this


def _mail(task, what: str) -> None:
    send_mail(f"Webinar: {what}", what, None, [task.data["email"]])
    task.data.setdefault("sent", []).append(what)


def send_welcome_mail(task):
    _mail(task, "welcome")


def send_reminder_mail(task):
    _mail(task, "reminder")


def send_replay_mail(task):
    _mail(task, "replay")


def reminder_time(task) -> datetime:
    """Half an hour before the session starts."""
    return datetime.fromisoformat(task.data["starts_at"]) - timedelta(minutes=30)


class WebinarWorkflow(flow.Automation):
    class Meta:
        verbose_name = "Webinar preparation"

    start = flow.Execute(this.init)
    send_welcome_mail = flow.Execute(send_welcome_mail)
    send_reminder = flow.Execute(send_reminder_mail).AfterWaitingUntil(reminder_time)
    send_replay_offer = flow.Execute(send_replay_mail).AfterWaitingFor(timedelta(minutes=150))
    end = flow.End()

    def init(self, task):
        self.data["sent"] = []


class MailModeration(forms.Form):
    seen = forms.IntegerField(min_value=0, help_text="How many mails of the inbox were moderated.")
    note = forms.CharField(required=False)


class IssueDiscussion(flow.Automation):
    start = flow.Execute(this.publish_announcement)
    parallel = flow.Split().Next(this.moderation).Next(this.warning).Next(this.conf_call)

    moderation = flow.If(this.no_new_mails).Then(this.repeat)
    moderate = flow.Form(MailModeration, description="Moderate the new mails").Group(name="Moderators")
    repeat = (flow.If(this.moderation_deadline_reached)
              .Then(this.join)
              .Else(this.moderation)
              ).AfterWaitingFor(timedelta(hours=1))

    warning = (flow.Execute(this.send_deadline_warning)
               .AfterWaitingFor(timedelta(days=6))
               .Next(this.join))

    conf_call = flow.If(this.conf_call_this_week).Then(this.moderate_call).Else(this.join)
    moderate_call = flow.Execute(this.block_calendar)

    join = flow.Join()
    evaluate = flow.Execute(this.summarize)  # a method may not share its node's name: it would replace it
    end = flow.End()

    def publish_announcement(self, task):
        self.data.setdefault("inbox", [])
        return {"announced": len(self.data.get("issues", []))}

    def no_new_mails(self, task):
        seen = ((task.data["steps"].get("moderate") or {}).get("output") or {}).get("data", {}).get("seen", 0)
        return len(task.data.get("inbox", [])) <= seen

    def moderation_deadline_reached(self, task):
        return task.now >= datetime.fromisoformat(task.data["deadline"])

    def send_deadline_warning(self, task):
        self.data.setdefault("warnings", []).append(task.now.isoformat())

    def conf_call_this_week(self, task):
        return bool(task.data.get("conf_call"))

    def block_calendar(self, task):
        return {"blocked": True}

    def summarize(self, task):
        return {"mails": len(task.data.get("inbox", [])), "warnings": len(task.data.get("warnings", []))}

    @flow.require_data_parameters(subject=str)
    def receive_new_mail(self, token, data):
        self.data.setdefault("inbox", []).append(data["subject"])
        self.save()


class Newsletter(flow.Automation):
    unique = ("list_name",)

    open_list = flow.Execute(this.open)
    close_list = flow.Execute(this.close).AsSoonAs(this.list_full)
    end = flow.End()

    def open(self, task):
        self.data.setdefault("subscribers", [])

    def list_full(self, task):
        return len(task.data.get("subscribers", [])) >= int(task.data.get("size", 2))

    def close(self, task):
        return {"closed_with": list(task.data["subscribers"])}

    @flow.require_data_parameters(email=str)
    def receive_update_subscriber(self, token, data):
        subscribers = self.data.setdefault("subscribers", [])
        if token == "subscribe" and data["email"] not in subscribers:
            subscribers.append(data["email"])
        elif token == "unsubscribe" and data["email"] in subscribers:
            subscribers.remove(data["email"])
        self.save()
        return len(subscribers)

    def receive_ping(self, token, data):
        return "received" if token == self.data.get("list_name") else "not me"


class Announcer(flow.Automation):
    tell = flow.SendMessage(Newsletter, "update_subscriber", token="subscribe", data={"email": "{{input.email}}"})
    end = flow.End()


class DailyMetric(flow.Automation):
    measure = flow.Execute(this.take_measure)
    again = flow.Repeat().At(9, 0)

    def take_measure(self, task):
        self.data.setdefault("measured_at", []).append(task.now.isoformat())


def _mark(task, what: str) -> None:
    """Append to the durability test's marker file: one line per time a side effect really happened."""
    path = os.environ.get("DURABILITY_MARKERS")
    if path:
        with open(path, "a") as markers:
            markers.write(f"{what}\n")


class SignOff(flow.Automation):
    prepare = flow.Execute(this.get_ready)
    sign = flow.Form(MailModeration, title="Sign off").Group(name="Moderators")
    publish = flow.Execute(this.make_public)
    end = flow.End()

    def get_ready(self, task):
        _mark(task, "prepare")

    def make_public(self, task):
        _mark(task, f"publish:{task.data['steps']['sign']['output']['data']['seen']}")

