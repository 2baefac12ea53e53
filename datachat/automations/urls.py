"""``include("datachat.automations.urls")``: the task list and the task forms."""

from django.urls import path

from . import views

app_name = "datachat-automations"

urlpatterns = [
    path("tasks/", views.task_list, name="task-list"),
    path("tasks/<uuid:task_id>/", views.task_form, name="task-form"),
]
