"""The audit of refused calls (bad key, origin not allowed, rate limited), counted in the cache, written in batches.

A refused call costs no database write: ``note`` adds one to a counter in the cache per minute and group
(action, target, origin, scope). The groups of a finished minute are written as one ``AuditLog`` row each
(``changes = {"count", "minute"}``) by whichever process first notices the minute is over. A minute holds
at most ``MAX_GROUPS`` groups per action (so a flood of made-up keys cannot crowd out an embed's rate-limit
refusals); further ones are counted together in one overflow group per action. So a
flood of refusals adds a bounded number of rows per minute, whatever keys and origins it makes up.
Stored header values are stripped of control characters and truncated (``clean_header``).
"""

import hashlib
import json
import logging
import threading
import time
from datetime import UTC, datetime

from django.core.cache import cache

logger = logging.getLogger("datachat.auth")

MAX_GROUPS = 50  # distinct (target, origin, scope) groups per action and minute, over every embed
TTL = 24 * 3600  # counters of a minute no process flushed are dropped after a day
OVERFLOW = "(other)"
PREFIX = "datachat:refused"

_lock = threading.Lock()
_checked_minute = 0  # the last minute this process looked for unflushed minutes


def clean_header(value: str | None, limit: int = 200) -> str:
    """A header value safe to store: printable characters only, at most ``limit`` long."""
    return "".join(ch for ch in (value or "")[: limit * 2] if ch.isprintable())[:limit]


def current_minute() -> int:
    return int(time.time() // 60)


def note(action: str, *, target: str = "", origin: str = "", scope: str = "", minute: int | None = None) -> None:
    """Count one refused call of ``action`` for ``target`` (``embed:<id>``, ``pk_<lookup>``) from ``origin``.

    ``scope`` says which limit refused it (``embed``, ``visitor``) where that matters.
    """
    minute = current_minute() if minute is None else minute
    target, origin, scope = clean_header(target), clean_header(origin), clean_header(scope, 20)
    group = _group_key(minute, action, target, origin, scope)
    if cache.add(group, 0, TTL):  # a new group this minute: give it a slot, or count it in the overflow
        counter = f"{PREFIX}:{minute}:{action}:n"
        cache.add(counter, 0, TTL)
        slot = cache.incr(counter)
        if slot > MAX_GROUPS:
            cache.delete(group)
            group = _group_key(minute, action, OVERFLOW, OVERFLOW, "")
            if cache.add(group, 0, TTL):
                cache.set(f"{PREFIX}:{minute}:overflow:{action}", [action, OVERFLOW, OVERFLOW, ""], TTL)
        else:
            cache.set(f"{PREFIX}:{minute}:{action}:slot:{slot}", [action, target, origin, scope], TTL)
    cache.incr(group)
    flush_due(minute)


def flush_due(minute: int | None = None) -> None:
    """Write the finished minutes' counts, at most once a minute per process (cheap to call on every request)."""
    global _checked_minute
    minute = current_minute() if minute is None else minute
    with _lock:
        if _checked_minute >= minute:
            return
        first = max(_checked_minute, minute - 10) if _checked_minute else minute - 10
        _checked_minute = minute
    for past in range(first, minute):
        flush(past)


def flush(minute: int) -> int:
    """Write minute ``minute``'s groups as ``AuditLog`` rows (once, whichever process gets here first)."""
    from datachat.models import AuditLog

    if not cache.add(f"{PREFIX}:{minute}:flushed", 1, TTL):
        return 0
    groups = _groups(minute)
    if not groups:
        return 0
    counts = cache.get_many([_group_key(minute, *group) for group in groups])
    at = datetime.fromtimestamp(minute * 60, tz=UTC)
    rows = []
    for action, target, origin, scope in groups:
        count = counts.get(_group_key(minute, action, target, origin, scope)) or 0
        if count:
            changes = {"count": count, "minute": at.isoformat(), **({"scope": scope} if scope else {})}
            rows.append(AuditLog(action=action, target=target, origin=origin, changes=changes))
    AuditLog.objects.bulk_create(rows)
    return len(rows)


def _groups(minute: int) -> list[tuple[str, str, str, str]]:
    counters = cache.get_many([f"{PREFIX}:{minute}:{action}:n" for action in ACTIONS])
    names = []
    for action in ACTIONS:
        size = min(counters.get(f"{PREFIX}:{minute}:{action}:n") or 0, MAX_GROUPS)
        names += [f"{PREFIX}:{minute}:{action}:slot:{slot}" for slot in range(1, size + 1)]
        if size >= MAX_GROUPS:
            names.append(f"{PREFIX}:{minute}:overflow:{action}")
    found = cache.get_many(names)
    return [tuple(found[name]) for name in names if name in found]


#: the refusals counted here (``note`` of another action is counted but never written).
ACTIONS = ("widget.refused.bad_key", "widget.refused.origin", "widget.refused.identity", "widget.refused.rate_limit",
           "admin.refused.bad_key")


def _group_key(minute: int, action: str, target: str, origin: str, scope: str) -> str:
    digest = hashlib.sha256(json.dumps([action, target, origin, scope]).encode()).hexdigest()[:24]
    return f"{PREFIX}:{minute}:g:{digest}"
