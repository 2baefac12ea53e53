"""Run by the durability test in its own processes: ``setup`` starts a workflow, ``report <id>`` prints its rows.

Usage: ``python -m tests.automations.durability_driver setup|report EXECUTION_ID`` with ``DATABASE_URL`` and
``DATACHAT_TASKS_BACKEND`` set by the test.
"""

import json
import os
import sys

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "backend.settings")


def main(argv: list[str]) -> int:
    import django

    django.setup()
    from datachat.automations import interpreter
    from datachat.models import Automation, Execution, Workflow
    from tests.automations.durable_actions import GRAPH

    if argv[0] == "setup-form":  # a SignOff automation: its form step will wait for a moderator
        from tests.automations.manual_flows import SignOff

        print(SignOff().id)
        return 0
    if argv[0] == "answer":  # a superuser answers the execution's open task (twice: the second must be refused)
        from django.contrib.auth.models import User

        from datachat.automations.human import TaskClosed, complete_task
        from datachat.models import HumanTask

        boss = User.objects.filter(username="boss").first() or User.objects.create_superuser("boss", password="pw")
        task = HumanTask.objects.get(execution_id=argv[1])
        outcomes = []
        for _ in range(2):
            try:
                complete_task(HumanTask.objects.get(pk=task.pk), boss, {"seen": int(argv[2]), "note": ""})
                outcomes.append("completed")
            except TaskClosed:
                outcomes.append("closed")
        print(json.dumps(outcomes))
        return 0
    if argv[0] == "setup":
        automation = Automation.objects.create(name="durability")
        workflow = Workflow.objects.create(automation=automation, graph=GRAPH)
        execution = interpreter.start(workflow, payload={})  # the advance task is queued for the worker on commit
        print(execution.pk)
        return 0
    execution = Execution.objects.get(pk=argv[1])
    print(json.dumps({
        "status": execution.status,
        "error": execution.error,
        "steps": [{"step": s.step_id, "attempt": s.attempt, "status": s.status, "error": s.error[:200],
                   "claimed_by": s.claimed_by, "output": s.output}
                  for s in execution.steps.order_by("pk")],
        "tasks": [{"status": t.status, "result": t.result} for t in execution.human_tasks.order_by("created_at")],
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
