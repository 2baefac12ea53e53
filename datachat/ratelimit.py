"""Per-minute rate limits in Django's cache, atomic across processes when the cache is Redis.

A fixed one-minute window per key: ``cache.add`` creates the counter, ``cache.incr`` (Redis ``INCR``,
locked in local memory) counts the call. So many workers sharing one Redis accept exactly ``limit``
calls per window.
"""

import time
from dataclasses import dataclass

from django.core.cache import cache

WINDOW = 60


@dataclass(frozen=True)
class Decision:
    allowed: bool
    limit: int
    remaining: int
    reset: int  # unix time at which the window ends
    retry_after: int  # seconds until a refused caller may retry (0 when allowed)

    def headers(self) -> dict[str, str]:
        headers = {
            "X-RateLimit-Limit": str(self.limit),
            "X-RateLimit-Remaining": str(self.remaining),
            "X-RateLimit-Reset": str(self.reset),
        }
        if not self.allowed:
            headers["Retry-After"] = str(self.retry_after)
        return headers


def hit(key: str, limit: int, *, window: int = WINDOW, now: float | None = None) -> Decision:
    """Count one call against ``key`` and decide whether it may go ahead."""
    now = time.time() if now is None else now
    start = int(now // window) * window
    reset = start + window
    counter = f"datachat:rl:{key}:{start}"
    cache.add(counter, 0, timeout=window + 5)
    try:
        count = cache.incr(counter)
    except ValueError:  # evicted between add and incr: start over
        cache.add(counter, 1, timeout=window + 5)
        count = 1
    allowed = count <= limit
    return Decision(
        allowed=allowed, limit=limit, remaining=max(0, limit - count), reset=reset,
        retry_after=0 if allowed else max(1, int(reset - now + 0.999)),
    )
