"""``manage.py datachat_worker`` (also ``datachat worker``): the background worker of Datachat.

With the ``django_tasks_db`` backend it runs the backend's worker (``db_worker``) and, in a thread beside it, the
scheduler (``run_due`` every ``--tick`` seconds: schedules, waits, retries, lost-worker recovery). With any other
backend (RQ, Celery: their own workers run the tasks) it runs only the scheduler.
"""

import threading

from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Run the background worker that executes Datachat's tasks (automations, webhooks, schedules)."

    def add_arguments(self, parser):
        parser.add_argument("--tick", type=float, default=None,
                            help="seconds between scheduler passes (default DATACHAT_SCHEDULER_INTERVAL, 5)")
        parser.add_argument("--interval", type=float, default=1.0, help="task queue polling interval (db backend)")
        parser.add_argument("--once", action="store_true", help="run one scheduler pass and exit")
        parser.add_argument("--no-scheduler", action="store_true", help="run only the task worker")
        parser.add_argument("--worker-id", default=None, help="unique id of this worker (db backend)")

    def handle(self, *args, **options):
        from django.tasks import task_backends

        from datachat.automations.runtime import load_modules, run_due, serve

        load_modules()
        if options["once"]:
            self.stdout.write(f"scheduler pass: {run_due()}")
            return
        backend = task_backends["default"]
        uses_db = type(backend).__module__.startswith("django_tasks_db")
        stop = threading.Event()
        if not options["no_scheduler"]:
            scheduler = threading.Thread(target=serve, kwargs={"interval": options["tick"], "stop": stop},
                                         name="datachat-scheduler", daemon=True)
            scheduler.start()
        try:
            if uses_db:
                extra = {"worker_id": options["worker_id"]} if options["worker_id"] else {}
                call_command("db_worker", interval=options["interval"], reload=False, startup_delay=False,
                             queue_name="*", **extra)
            else:
                name = type(backend).__name__
                self.stdout.write(f"Task backend {name}: its own workers run the tasks; running the scheduler only.")
                stop.wait()
        finally:
            stop.set()
