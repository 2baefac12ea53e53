"""Deleting the history of finished runs (for database size and privacy)."""

from datetime import timedelta

from django.utils import timezone

from datachat.models.automation import Execution

__all__ = ["delete_history"]


def delete_history(days: int = 30, *, now=None) -> tuple[int, dict]:
    """Delete executions that ended more than ``days`` ago, with their steps, tasks and messages' links.

    Returns Django's ``(total, {model: count})``; running executions are never touched.
    """
    cutoff = (now or timezone.now()) - timedelta(days=max(0, days))
    old = Execution.objects.filter(status__in=Execution.TERMINAL_STATUSES, ended_at__lt=cutoff)
    return old.delete()
