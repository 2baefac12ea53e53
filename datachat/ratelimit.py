"""Sliding-window rate limits in Django's cache, exact and atomic across processes on Redis.

The algorithm is a sliding-window *log*: each key keeps the times of the calls it accepted during the last
``window`` seconds. A call is accepted when fewer than ``limit`` calls were accepted in the window that ends
now, and only then is its time added. So in *any* 60-second span at most ``limit`` calls are accepted; there
is no window boundary at which a client can spend two budgets back to back (as with a fixed window), and the
count does not drift (as with an interpolated "sliding counter"). Refused calls are not logged, so a client
that keeps knocking while limited is let in again as soon as its oldest accepted call leaves the window.

Several limits can be checked as one unit (``hit_all``): the call is accepted only if *every* limit has room,
and then it is counted against all of them. This is how the per-visitor limit sits beside the embed's limit
without a refused visitor spending the embed's budget, or an embed refusal spending the visitor's.

Backends, chosen from the type of ``django.core.cache.cache``:

- **Redis** (Django's ``RedisCache``, or django-redis): one Lua script per call does the trim / count / add on
  sorted sets (score = milliseconds) inside Redis, so any number of processes and hosts sharing that Redis see
  one consistent log. The clock is Redis' own ``TIME``, so app servers with skewed clocks still agree. The
  keys of one ``hit_all`` share a ``{hash tag}`` so the script also works on Redis Cluster.
- **Local memory** (the embedded default): the log is a list in the cache, read and written under a lock.
  ``LocMemCache`` lives inside one process, so a process lock makes it exact; it is not shared between
  processes, which is why production uses Redis.
- **Anything else** (Memcached, database, file cache): the same list, guarded by a short lock taken with
  ``cache.add`` (atomic on Memcached and the database cache). Correct but slower; prefer Redis.

Cost: on Redis one round trip (``EVALSHA``) per call and one sorted-set entry per accepted call for a window,
so memory grows with the limit (roughly 100 bytes per entry: 60/min is nothing, 100k/min is ~10 MB per busy key).
In local memory the log is pickled on each call, fine for the per-minute limits embeds use.

Headers (``Decision.headers()``): ``X-RateLimit-Limit`` is the limit that bound the call,
``X-RateLimit-Remaining`` what is left of it now, ``X-RateLimit-Reset`` the Unix time at which the next slot
frees (the oldest counted call leaves the window), and on refusal ``Retry-After`` the seconds until then.

>>> from django.core.cache import cache
>>> _ = cache.clear()
>>> [hit("doc", 2, now=100.0).allowed for _ in range(3)]
[True, True, False]
>>> hit("doc", 2, now=160.5).allowed  # the first two calls have left the window
True
"""

import functools
import math
import threading
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from django.core.cache import caches

WINDOW = 60
"""Seconds of the sliding window; an embed's ``rate_limit`` is calls per this window."""

PREFIX = "datachat:rl"


@dataclass(frozen=True)
class Decision:
    """The verdict on one call; ``reset`` is a Unix time, ``retry_after`` whole seconds (0 when allowed)."""

    allowed: bool
    limit: int
    remaining: int
    reset: int
    retry_after: int
    key: str = ""
    """Which of the limits checked together this decision is about (``hit_all``)."""

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
    """Count one call against ``key`` (at most ``limit`` per ``window`` seconds) and decide on it.

    Args:
        key: what is limited, e.g. ``"embed:<uuid>"``.
        limit: calls accepted per window.
        window: the window in seconds.
        now: the time of the call (tests); default the backend's clock.

    Returns:
        The ``Decision``.
    """
    return hit_all([(key, limit)], window=window, now=now)


def hit_all(limits: Sequence[tuple[str, int]], *, window: int = WINDOW, now: float | None = None,
            group: str | None = None) -> Decision:
    """Count one call against every ``(key, limit)`` at once: accepted only if all have room.

    Args:
        limits: the ``(key, limit)`` pairs; the first is the main one.
        window: the window in seconds.
        now: the time of the call (tests); default the backend's clock (Redis: the server's).
        group: a name shared by related keys (e.g. the embed id); on Redis it becomes the cluster hash tag.

    Returns:
        The refusing limit's ``Decision``, or, when accepted, that of the limit with the least room left.

    >>> from django.core.cache import cache
    >>> _ = cache.clear()
    >>> hit_all([("doc:embed", 10), ("doc:visitor", 1)], now=5.0).allowed
    True
    >>> refused = hit_all([("doc:embed", 10), ("doc:visitor", 1)], now=6.0)
    >>> (refused.allowed, refused.key, refused.limit, refused.retry_after)
    (False, 'doc:visitor', 1, 59)
    >>> hit("doc:embed", 10, now=7.0).remaining  # the refused call did not spend the embed's budget
    8
    """
    if not limits:
        raise ValueError("hit_all needs at least one limit")
    tag = group or limits[0][0]
    names = [f"{PREFIX}:{{{tag}}}:{key}" for key, _limit in limits]
    caps = [max(0, int(limit)) for _key, limit in limits]
    window_ms = int(window * 1000)
    now_ms = None if now is None else int(now * 1000)
    client = _redis_client()
    if client is not None:
        now_ms, states = _hit_redis(client, names, caps, window_ms, now_ms)
    else:
        now_ms = int(time.time() * 1000) if now_ms is None else now_ms
        states = _hit_cache(names, caps, window_ms, now_ms)
    return _decide([key for key, _limit in limits], caps, states, window_ms, now_ms)


def _decide(keys: list[str], caps: list[int], states: list[tuple[int, int | None]], window_ms: int,
            now_ms: int) -> Decision:
    """Turn ``(count before this call, time of the call whose expiry frees a slot)`` per limit into a Decision."""
    allowed = all(count < cap for cap, (count, _t) in zip(caps, states, strict=True))
    decisions = []
    for key, cap, (count, freeing) in zip(keys, caps, states, strict=True):
        used = count + 1 if allowed else count
        free_at = (freeing if freeing is not None else now_ms) + window_ms
        decisions.append(Decision(
            allowed=count < cap, limit=cap, remaining=max(0, cap - used), reset=math.ceil(free_at / 1000),
            retry_after=0 if count < cap else max(1, math.ceil((free_at - now_ms) / 1000)), key=key,
        ))
    if not allowed:
        worst = max((d for d in decisions if not d.allowed), key=lambda d: d.retry_after)
        return worst
    return min(decisions, key=lambda d: (d.remaining, -d.reset))


# --- Redis -------------------------------------------------------------------------------------------------

# KEYS: one sorted set per limit. ARGV: window_ms, member, now_ms ("" = Redis TIME), then one limit per key.
# Returns {now_ms, count_1, freeing_1, count_2, freeing_2, ...}: each key's count before this call and the
# score of the entry whose expiry frees the next slot (-1 when none).
_LUA = """
local window = tonumber(ARGV[1])
local now
if ARGV[3] == '' then
  local t = redis.call('TIME')
  now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
else
  now = tonumber(ARGV[3])
end
local out = {now}
local allowed = true
for i, key in ipairs(KEYS) do
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
  local count = redis.call('ZCARD', key)
  local limit = tonumber(ARGV[3 + i])
  if count >= limit then allowed = false end
  local index = 0
  if count >= limit then index = count - limit end
  local entry = redis.call('ZRANGE', key, index, index, 'WITHSCORES')
  out[#out + 1] = count
  if entry[2] then out[#out + 1] = tonumber(entry[2]) else out[#out + 1] = -1 end
end
if allowed then
  for _, key in ipairs(KEYS) do
    redis.call('ZADD', key, now, ARGV[2])
    redis.call('PEXPIRE', key, window + 1000)
  end
end
return out
"""


def _redis_client():
    """The raw redis-py client behind Django's cache, or None when the cache is not Redis."""
    real = _backend()
    module = type(real).__module__
    if module == "django.core.cache.backends.redis":
        return real._cache.get_client(None, write=True)
    if module.startswith("django_redis"):
        return real.client.get_client(write=True)
    return None


def _backend():
    return caches["default"]  # the backend itself, not the ``cache`` proxy, so its type tells what it is


@functools.cache
def _script():
    from redis.commands.core import Script

    return Script(None, _LUA.encode())  # bytes: the sha needs no client's encoder


def _hit_redis(client, names, caps, window_ms, now_ms):
    full = [_backend().make_key(name) for name in names]
    args = [window_ms, uuid.uuid4().hex, "" if now_ms is None else now_ms, *caps]
    reply = _script()(keys=full, args=args, client=client)
    now_ms = int(reply[0])
    states = [(int(reply[i]), None if int(reply[i + 1]) < 0 else int(reply[i + 1]))
              for i in range(1, len(reply), 2)]
    return now_ms, states


# --- Django's other caches ---------------------------------------------------------------------------------

_local_lock = threading.Lock()


def _hit_cache(names, caps, window_ms, now_ms):
    backend = _backend()
    if type(backend).__module__ == "django.core.cache.backends.locmem":
        with _local_lock:
            return _hit_logs(backend, names, caps, window_ms, now_ms)
    with _shared_lock(backend, names[0]):
        return _hit_logs(backend, names, caps, window_ms, now_ms)


def _hit_logs(backend, names, caps, window_ms, now_ms):
    logs = backend.get_many(names)
    states, kept = [], {}
    for name, cap in zip(names, caps, strict=True):
        log = [t for t in logs.get(name, []) if t > now_ms - window_ms]
        index = len(log) - cap if len(log) >= cap else 0
        states.append((len(log), log[index] if log else None))
        kept[name] = log
    if all(count < cap for cap, (count, _t) in zip(caps, states, strict=True)):
        for log in kept.values():
            log.append(now_ms)
            log.sort()
    backend.set_many(kept, timeout=math.ceil(window_ms / 1000) + 1)
    return states


class _shared_lock:
    """A best-effort cross-process lock made of ``cache.add`` (atomic on Memcached and the database cache)."""

    def __init__(self, backend, name: str, timeout: float = 2.0):
        self.backend, self.name, self.timeout, self.token = backend, f"{name}:lock", timeout, uuid.uuid4().hex

    def __enter__(self):
        deadline = time.monotonic() + self.timeout
        while not self.backend.add(self.name, self.token, timeout=math.ceil(self.timeout)):
            if time.monotonic() > deadline:  # a crashed holder: its lock expires with the timeout anyway
                break
            time.sleep(0.002)
        return self

    def __exit__(self, *exc):
        if self.backend.get(self.name) == self.token:
            self.backend.delete(self.name)
        return False
