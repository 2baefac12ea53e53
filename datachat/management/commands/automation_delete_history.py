"""``manage.py automation_delete_history [DAYS]``: delete executions that ended more than DAYS (default 30) ago,
with their steps, tasks and messages."""

from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Delete the history of automation runs that finished more than DAYS days ago (default 30)."

    def add_arguments(self, parser):
        parser.add_argument("days", nargs="?", type=int, default=30)

    def handle(self, *args, **options):
        from datachat.automations.history import delete_history

        total, per_model = delete_history(days=options["days"])
        self.stdout.write(f"deleted {total} rows: " + ", ".join(f"{k}: {v}" for k, v in sorted(per_model.items())))
