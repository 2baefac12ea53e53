"""``manage.py automation_step``: one pass of the scheduler (due steps, waits, repeats, ``AsSoonAs`` checks,
schedules, events, deliveries), for an external scheduler such as cron; ``datachat worker`` does it continuously."""

from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Run every automation step that is due now, then exit."

    def handle(self, *args, **options):
        from datachat.automations.runtime import run_due

        done = run_due()
        self.stdout.write(", ".join(f"{key}: {value}" for key, value in done.items()))
