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
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
