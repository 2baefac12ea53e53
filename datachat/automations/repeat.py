"""When a ``Repeat`` node lets its automation start over: pure date arithmetic, no Django.

A repeat's ``every`` is ``{"seconds": n}`` (every n seconds, counted from the first round) and/or
``{"at": [hour, minute], "days": n}`` (at that time of day, every n days; ``tz`` names the zone, UTC by default).
"""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

__all__ = ["repeat_due"]


def repeat_due(every: dict, *, reached: datetime, anchor: str | None = None) -> datetime:
    """The first time strictly after ``reached`` when the repeat is due.

    ``anchor`` (ISO time) is the first round's due time: interval repeats stay on its grid, so a slow round does
    not make the next ones drift.

    >>> t = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    >>> repeat_due({"at": [9, 0]}, reached=t).isoformat()
    '2026-11-24T09:00:00+00:00'
    >>> repeat_due({"seconds": 3600}, reached=t + timedelta(minutes=70), anchor=t.isoformat()).isoformat()
    '2026-11-23T11:00:00+00:00'
    """
    if reached.tzinfo is None:
        reached = reached.replace(tzinfo=UTC)
    if every.get("at"):
        hour, minute = (int(v) for v in every["at"])
        zone = ZoneInfo(every.get("tz") or "UTC")
        local = reached.astimezone(zone)
        candidate = local.replace(hour=hour, minute=minute, second=0, microsecond=0)
        candidate += timedelta(days=max(1, int(every.get("days", 1))) - 1)
        while candidate <= local:
            candidate += timedelta(days=1)
        return candidate.astimezone(UTC)
    interval = timedelta(seconds=max(1.0, float(every.get("seconds") or 86400)))
    if not anchor:
        return reached + interval
    start = datetime.fromisoformat(anchor)
    if reached < start:
        return start
    rounds = (reached - start) // interval + 1
    return start + rounds * interval
