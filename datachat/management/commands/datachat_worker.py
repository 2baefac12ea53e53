"""``manage.py datachat_worker`` (also ``datachat worker``): the background worker of Datachat.

With the ``django_tasks_db`` backend it runs the backend's worker (``db_worker``) and, in a thread beside it, the
scheduler (``run_due`` every ``--tick`` seconds: schedules, waits, retries, lost-worker recovery). With any other
backend (RQ, Celery: their own workers run the tasks) it runs only the scheduler.
"""

from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Run the background worker that executes Datachat's tasks (automations, webhooks, schedules)."

    def add_arguments(self, parser):
        parser.add_argument("--tick", type=float, default=None,
                            help="seconds between scheduler passes (default DATACHAT_SCHEDULER_INTERVAL, 5)")
        parser.add_argument("--interval", type=float, default=1.0, help="task queue polling interval (db backend)")
        parser.add_argument("--once", action="store_true", help="run one scheduler pass and exit (e.g. from cron)")
        parser.add_argument("--no-scheduler", action="store_true", help="run only the task worker")
        parser.add_argument("--worker-id", default=None, help="unique id of this worker (db backend)")

    def handle(self, *args, **options):
        from datachat.automations.runtime import run_due, run_worker

        if options["once"]:
            self.stdout.write(f"scheduler pass: {run_due()}")
            return
        run_worker(tick=options["tick"], interval=options["interval"], worker_id=options["worker_id"],
                   scheduler=not options["no_scheduler"], say=self.stdout.write)
