"""Schedules said in words ("every Monday at 9", "daily at 17:30", "every 15 minutes") and their next run.

A schedule is a small JSON object, stored on a ``Trigger``::

    {"every": "week", "weekdays": [0], "hour": 9, "minute": 0, "tz": "UTC"}

``every`` is one of ``minutes`` (with ``interval``), ``hour``, ``day``, ``week`` (with ``weekdays``, Monday = 0)
or ``month`` (with ``day``). Pure Python, no Django: the intent detector and the scheduler both use it.
"""

import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

__all__ = ["describe", "next_after", "parse_schedule"]

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_DAY = r"(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day|nesday|sday|urday|rsday)?s?"
_TIME = re.compile(
    r"\b(?:at\s+)?(?:(noon|midday|midnight)|(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.|h|o'?clock)?)\b",
    re.IGNORECASE,
)
_AT_TIME = re.compile(r"\bat\s+(noon|midday|midnight|\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|h|o'?clock)?)",
                      re.IGNORECASE)


def _weekday(token: str) -> int:
    token = token.lower()[:3]
    return [d[:3] for d in WEEKDAYS].index(token)


def _time_of(text: str) -> tuple[int, int] | None:
    at = _AT_TIME.search(text)
    if not at:
        morning = re.search(r"\bmorning\b", text, re.IGNORECASE)
        evening = re.search(r"\bevening\b", text, re.IGNORECASE)
        return (8, 0) if morning else (18, 0) if evening else None
    match = _TIME.match(at.group(1).strip())
    if match is None:
        return None
    word, hour, minute, suffix = match.groups()
    if word:
        return (0, 0) if word.lower() == "midnight" else (12, 0)
    h, m = int(hour), int(minute or 0)
    suffix = (suffix or "").lower().replace(".", "")
    if suffix == "pm" and h < 12:
        h += 12
    elif suffix == "am" and h == 12:
        h = 0
    if h > 23 or m > 59:
        return None
    return h, m


def parse_schedule(text: str, *, tz: str = "UTC") -> dict | None:
    """The schedule said in ``text``, or None when it names none.

    Args:
        text: a chat message, e.g. "email me revenue by country every Monday at 9".
        tz: the time zone the hours are meant in.

    Returns:
        A schedule object (see the module docstring) with a ``text`` description.

    >>> parse_schedule("send me revenue by country every Monday at 9")["weekdays"]
    [0]
    >>> parse_schedule("daily at 5:30pm")["hour"], parse_schedule("daily at 5:30pm")["minute"]
    (17, 30)
    >>> parse_schedule("every 15 minutes")["interval"]
    15
    >>> parse_schedule("revenue by country") is None
    True
    """
    lowered = text.lower()
    spec: dict | None = None
    minutes = re.search(r"\bevery\s+(\d{1,3})\s*(?:minutes|mins?)\b", lowered)
    hours = re.search(r"\bevery\s+(\d{1,2})\s*hours?\b", lowered)
    if minutes:
        spec = {"every": "minutes", "interval": max(1, int(minutes.group(1)))}
    elif hours:
        spec = {"every": "minutes", "interval": 60 * max(1, int(hours.group(1)))}
    elif re.search(r"\b(hourly|every\s+hour)\b", lowered):
        spec = {"every": "hour", "minute": 0}
    elif re.search(r"\b(every\s+weekday|on\s+weekdays|every\s+working\s+day|each\s+weekday)\b", lowered):
        spec = {"every": "week", "weekdays": [0, 1, 2, 3, 4]}
    elif days := re.findall(rf"\b(?:every|each|on)\s+((?:{_DAY}(?:\s*(?:,|and)\s*)?)+)", lowered):
        names = re.findall(_DAY, " ".join(d[0] for d in days))
        spec = {"every": "week", "weekdays": sorted({_weekday(n[0]) for n in names})}
    elif re.search(r"\b(weekly|every\s+week|each\s+week|once\s+a\s+week)\b", lowered):
        spec = {"every": "week", "weekdays": [0]}
    elif re.search(r"\b(daily|every\s+day|each\s+day|every\s+morning|every\s+evening|every\s+night|once\s+a\s+day)\b",
                   lowered):
        spec = {"every": "day"}
    elif re.search(r"\b(monthly|every\s+month|each\s+month|once\s+a\s+month)\b", lowered):
        spec = {"every": "month", "day": 1}
    if spec is None:
        return None
    if spec["every"] in {"day", "week", "month"}:
        hour, minute = _time_of(text) or (9, 0)
        spec.update(hour=hour, minute=minute)
    spec["tz"] = tz
    spec["text"] = describe(spec)
    return spec


def describe(spec: dict) -> str:
    """Human words for a schedule.

    >>> describe({"every": "week", "weekdays": [0], "hour": 9, "minute": 0})
    'every Monday at 09:00'
    """
    at = f"at {spec.get('hour', 0):02d}:{spec.get('minute', 0):02d}"
    every = spec.get("every")
    if every == "minutes":
        n = spec.get("interval", 1)
        return f"every {n} minutes" if n % 60 else f"every {n // 60} hour{'s' if n > 60 else ''}"
    if every == "hour":
        return "every hour"
    if every == "day":
        return f"every day {at}"
    if every == "month":
        return f"on day {spec.get('day', 1)} of every month {at}"
    days = spec.get("weekdays") or [0]
    if days == [0, 1, 2, 3, 4]:
        return f"every weekday {at}"
    names = [WEEKDAYS[d].capitalize() for d in days]
    return f"every {' and '.join(names)} {at}"


def next_after(spec: dict, now: datetime) -> datetime:
    """The first time strictly after ``now`` when the schedule is due (an aware UTC datetime).

    >>> next_after({"every": "week", "weekdays": [0], "hour": 9, "minute": 0}, datetime(2026, 11, 22, tzinfo=UTC))
    datetime.datetime(2026, 11, 23, 9, 0, tzinfo=datetime.timezone.utc)
    """
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    zone = ZoneInfo(spec.get("tz") or "UTC")
    local = now.astimezone(zone)
    every = spec.get("every", "day")
    if every == "minutes":
        step = timedelta(minutes=max(1, int(spec.get("interval", 1))))
        base = local.replace(second=0, microsecond=0)
        return (base + step).astimezone(UTC)
    if every == "hour":
        candidate = local.replace(minute=int(spec.get("minute", 0)), second=0, microsecond=0)
        if candidate <= local:
            candidate += timedelta(hours=1)
        return candidate.astimezone(UTC)
    hour, minute = int(spec.get("hour", 9)), int(spec.get("minute", 0))
    for offset in range(0, 400):
        day = (local + timedelta(days=offset)).date()
        candidate = datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone)
        if candidate <= local:
            continue
        if every == "day":
            return candidate.astimezone(UTC)
        if every == "week" and day.weekday() in (spec.get("weekdays") or [0]):
            return candidate.astimezone(UTC)
        if every == "month" and day.day == int(spec.get("day", 1)):
            return candidate.astimezone(UTC)
    raise ValueError(f"schedule {spec!r} never comes due")
