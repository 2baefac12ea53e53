from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Run the background worker that executes Datachat's tasks (automations, webhooks, schedules)."

    def handle(self, *args, **options):
        from django.tasks import task_backends

        backend = task_backends["default"]
        if type(backend).__module__.startswith("django_tasks_db"):
            call_command("db_worker")
        else:
            where = "in-process" if "Immediate" in type(backend).__name__ else "in its own worker"
            name = type(backend).__name__
            self.stdout.write(f"The task backend {name} needs no Datachat worker (it runs tasks {where}).")
