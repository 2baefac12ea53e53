"""Two uses of human tasks in the chat:

- "talk to a human" (intent ``contact_human``) starts ``ContactHuman``: a task for the group named by
  ``DATACHAT_CONTACT_HUMAN_GROUP`` with the conversation attached; the answer is added to the visitor's session as
  an assistant message, so the widget shows it (in the session's history, e.g. when it polls or is opened again);
- an approval before a scheduled report or alert goes out (``DATACHAT_REPORT_APPROVAL_GROUP``): ``approval_steps``
  puts an ``ApprovalForm`` task and a condition before the sending step of the built-in graphs.
"""

import logging

from django import forms
from django.utils.translation import gettext_lazy as _

from datachat import hooks
from datachat.conf import conf
from datachat.models import DataChatMessage

from . import flow
from .flow import this

logger = logging.getLogger("datachat.automations")

__all__ = ["AnswerForm", "ApprovalForm", "ContactHuman", "approval_steps", "contact_human"]

#: How many of the session's last messages a task shows.
CONVERSATION_TURNS = 20


class AnswerForm(forms.Form):
    answer = forms.CharField(label=_("Your answer to the visitor"), widget=forms.Textarea, max_length=4000)


class ApprovalForm(forms.Form):
    approve = forms.BooleanField(label=_("Send it"), required=False)
    note = forms.CharField(label=_("Note"), required=False, max_length=1000)


class ContactHuman(flow.Automation):
    """A visitor asked for a person: the support group answers in its task list, the visitor reads it in chat."""

    class Meta:
        verbose_name = _("Talk to a human")

    ask = (flow.Form(AnswerForm, title="A visitor asks to talk to a person: {{question}}",
                     description="Read the conversation and answer the visitor; the answer appears in their chat.",
                     attach={"conversation": "{{conversation}}", "session_id": "{{session_id}}"})
           .Group(name="{{group}}"))
    reply = flow.Execute(this.post_answer)
    end = flow.End()

    def post_answer(self, task):
        """Add the answer to the visitor's session (once, however often this step is retried)."""
        output = task.data["steps"]["ask"]["output"]
        session_id, task_id = task.data["session_id"], output["task"]
        message = DataChatMessage.objects.filter(session_id=session_id, engine="human",
                                                 state__human_task=task_id).first()
        if message is None:
            message = DataChatMessage.objects.create(session_id=session_id, role=DataChatMessage.ASSISTANT,
                                                     engine="human", content=output["data"]["answer"],
                                                     state={"human_task": task_id})
        return {"message_id": str(message.pk)}


def _conversation(session_id) -> list[dict]:
    messages = DataChatMessage.objects.filter(session_id=session_id).order_by("-created_at")[:CONVERSATION_TURNS]
    return [{"role": m.role, "content": m.content} for m in reversed(list(messages))]


@hooks.on_intent("contact_human")
def contact_human(event) -> ContactHuman | None:
    data = event.payload or {}
    if not data.get("session_id"):
        return None
    return ContactHuman(session_id=data["session_id"], embed_id=str(event.embed_id) if event.embed_id else None,
                        question=data.get("question", ""), group=conf.CONTACT_HUMAN_GROUP,
                        conversation=_conversation(data["session_id"]), event_id=str(event.pk))


def approval_steps(*, before: str, skip_to: str, title: str) -> list[dict]:
    """A task for the approval group, then go to ``before`` if approved, else to ``skip_to``; [] when no group is
    configured."""
    group = conf.REPORT_APPROVAL_GROUP
    if not group:
        return []
    return [
        {"id": "approve", "type": "form", "form": f"{__name__}.ApprovalForm", "title": title[:200],
         "description": "Check the result below; it is sent only when approved.",
         "assign": {"group": {"name": group}}, "attach": {"result": "{{steps.query.output}}"}},
        {"id": "approved", "type": "condition", "if": {"path": "steps.approve.output.data.approve"},
         "then": before, "else": skip_to},
    ]
