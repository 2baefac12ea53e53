"""Human tasks of the embed, read with its secret key (``Authorization: Bearer sk_...``), so a host app can show
them; people answer them in the task list (``/automations/tasks/``), where their permissions are checked."""


from django.http import HttpRequest
from ninja import Router, Schema, Status

from datachat.auth import secret_key
from datachat.errors import InvalidStatus, TaskNotFound
from datachat.models.automation import Execution
from datachat.models.human import HumanTask

from .paths import path_uuid
from .schemas import ErrorOut

router = Router(auth=secret_key, tags=["tasks"])

ERRORS = {401: ErrorOut, 404: ErrorOut, 422: ErrorOut}


class TaskOut(Schema):
    id: str
    title: str
    description: str
    status: str
    step: str
    assignment: dict
    context: dict
    result: dict | None = None
    created_at: str
    completed_at: str | None = None


def _json(task: HumanTask) -> dict:
    return {"id": str(task.pk), "title": task.title, "description": task.description, "status": task.status,
            "step": task.step_id, "assignment": task.assignment or {}, "context": task.context or {},
            "result": task.result, "created_at": task.created_at.isoformat(),
            "completed_at": task.completed_at.isoformat() if task.completed_at else None}


@router.get("/tasks", response={200: list[TaskOut], **ERRORS}, summary="The embed's human tasks")
def list_tasks(request: HttpRequest, status: str = HumanTask.OPEN):
    if status not in {choice for choice, _label in HumanTask.STATUS_CHOICES} | {"all"}:
        raise InvalidStatus("status is one of open, done, cancelled, all.")
    tasks = HumanTask.objects.filter(embed=request.auth).order_by("-created_at")
    if status != "all":
        tasks = tasks.filter(status=status)
    if status == HumanTask.OPEN:  # the automation ended some other way: nobody needs to answer any more
        tasks = tasks.exclude(execution__status__in=Execution.TERMINAL_STATUSES)
    return Status(200, [_json(t) for t in tasks[:200]])


@router.get("/tasks/{task_id}", response={200: TaskOut, **ERRORS}, summary="One human task")
def get_task(request: HttpRequest, task_id: str):
    pk = path_uuid(task_id)
    task = HumanTask.objects.filter(pk=pk, embed=request.auth).first() if pk else None
    if task is None:
        raise TaskNotFound("Unknown task.")
    return Status(200, _json(task))
