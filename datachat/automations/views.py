"""The task list and the task form: Django views a host project can restyle by overriding the templates
``automations/task_list.html`` and ``automations/form_view.html`` (or a form step's ``template_name``).

Only people allowed to answer a task see or open it (403 otherwise), checked again when the form is submitted. A
valid submission completes the waiting step and runs the automation on, within the request.
"""

import logging

from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseForbidden
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods

from datachat.conf import conf
from datachat.models.human import HumanTask

from .human import TaskClosed, can_process, complete_task, form_class, tasks_for

logger = logging.getLogger("datachat.automations")

DEFAULT_TEMPLATE = "automations/form_view.html"


def _login(request: HttpRequest) -> HttpResponse:
    return redirect_to_login(request.get_full_path(), reverse("admin:login"))


def task_list(request: HttpRequest) -> HttpResponse:
    """The open tasks the signed-in person may answer."""
    if not request.user.is_authenticated:
        return _login(request)
    return render(request, "automations/task_list.html", {"tasks": tasks_for(request.user)})


def _step_of(task: HumanTask) -> dict:
    from .interpreter import compiled

    return compiled(task.execution.workflow).steps.get(task.step_id, {})


def _form(task: HumanTask, step: dict, data=None, files=None):
    cls = form_class(task.form)
    key = step.get("model_key")
    if key is None:
        return cls(data=data, files=files)
    model = cls._meta.model
    instance = model.objects.filter(pk=(task.execution.context or {}).get(key)).first()
    return cls(data=data, files=files, instance=instance)


def _next_url(request: HttpRequest, step: dict) -> str:
    if step.get("success_url"):
        return step["success_url"]
    back = request.POST.get("back") or request.GET.get("back")
    if back and url_has_allowed_host_and_scheme(back, {request.get_host()}, request.is_secure()):
        return back
    return reverse("datachat-automations:task-list")


@require_http_methods(["GET", "POST"])
def task_form(request: HttpRequest, task_id) -> HttpResponse:
    """Show the task's form; on a valid POST complete the task and continue the automation."""
    if not request.user.is_authenticated:
        return _login(request)
    task = HumanTask.objects.select_related("execution__workflow__automation").filter(pk=task_id).first()
    if task is None:
        raise Http404("no such task")
    if not can_process(task, request.user):
        return HttpResponseForbidden("You are not assigned to this task.")
    step = _step_of(task)
    if task.status != HumanTask.OPEN:
        return render(request, "automations/task_closed.html", {"task": task}, status=409)
    form = _form(task, step, request.POST, request.FILES) if request.method == "POST" else _form(task, step)
    if request.method == "POST" and form.is_valid():
        output = None
        if step.get("model_key"):
            output = {"pk": form.save().pk}
        try:
            execution = complete_task(task, request.user, form.cleaned_data, output=output)
        except TaskClosed:
            return render(request, "automations/task_closed.html", {"task": task}, status=409)
        _continue(execution.pk)
        return redirect(_next_url(request, step))
    automation = task.execution.workflow.automation
    context = {**conf.FORM_VIEW_CONTEXT, **(step.get("context") or {}), "task": task, "form": form,
               "automation": automation, "back": request.GET.get("back", ""),
               "description": task.description}
    return render(request, step.get("template_name") or DEFAULT_TEMPLATE, context)


def _continue(execution_id) -> None:
    """Run the steps the answer made ready, in this request (the worker would pick them up otherwise)."""
    from .interpreter import advance

    try:
        advance(execution_id)
    except Exception:  # the answer is stored; the scheduler retries what is left
        logger.exception("execution %s: continuing after a task answer failed", execution_id)
