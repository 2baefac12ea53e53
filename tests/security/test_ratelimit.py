"""The sliding-window limiter on both backends: local memory (embedded default) and Redis (production)."""

import multiprocessing
import os
import threading
import uuid

from datachat import ratelimit


def key() -> str:
    return f"t-{uuid.uuid4().hex}"


def test_accepts_exactly_the_limit_then_refuses(any_cache):
    k = key()
    decisions = [ratelimit.hit(k, 5, now=1000.0 + i / 10) for i in range(8)]
    assert [d.allowed for d in decisions] == [True] * 5 + [False] * 3
    assert [d.remaining for d in decisions[:5]] == [4, 3, 2, 1, 0]
    refused = decisions[-1]
    assert refused.retry_after == 60  # 1060.0 - 1000.7, rounded up
    assert refused.headers()["Retry-After"] == str(refused.retry_after)
    assert refused.reset == 1060  # when the first accepted call (t=1000.0) leaves the window


def test_no_double_budget_across_a_window_boundary(any_cache):
    """A fixed window would accept 2x the limit around a boundary; the sliding window never does."""
    k = key()
    accepted = sum(ratelimit.hit(k, 10, now=59.0 + i * 0.1).allowed for i in range(20))  # 59.0 .. 60.9
    assert accepted == 10
    assert not ratelimit.hit(k, 10, now=118.9).allowed  # the calls at 59.0.. are still inside (58.9, 118.9]
    assert ratelimit.hit(k, 10, now=119.05).allowed  # the one at 59.0 has left


def test_refused_calls_do_not_extend_the_lockout(any_cache):
    k = key()
    assert ratelimit.hit(k, 1, now=0.0).allowed
    for second in range(1, 60):
        assert not ratelimit.hit(k, 1, now=float(second)).allowed
    assert ratelimit.hit(k, 1, now=60.5).allowed


def test_retry_after_and_headers(any_cache):
    k = key()
    ratelimit.hit(k, 2, now=100.0)
    ratelimit.hit(k, 2, now=130.0)
    refused = ratelimit.hit(k, 2, now=140.2)
    assert not refused.allowed
    assert refused.retry_after == 20  # 160.0 - 140.2, rounded up
    headers = refused.headers()
    assert headers == {"X-RateLimit-Limit": "2", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "160",
                       "Retry-After": "20"}
    assert "Retry-After" not in ratelimit.hit(key(), 2, now=140.2).headers()


def test_a_lowered_limit_waits_for_enough_calls_to_leave(any_cache):
    k = key()
    for i in range(5):
        ratelimit.hit(k, 10, now=float(i))
    refused = ratelimit.hit(k, 2, now=10.0)  # 5 in the window, limit now 2: the 4th oldest (t=3) must leave
    assert not refused.allowed and refused.reset == 63 and refused.retry_after == 53


def test_hit_all_is_all_or_nothing(any_cache):
    embed, visitor_a, visitor_b = key(), key(), key()
    for i in range(3):
        assert ratelimit.hit_all([(embed, 5), (visitor_a, 3)], group=embed, now=float(i)).allowed
    refused = ratelimit.hit_all([(embed, 5), (visitor_a, 3)], group=embed, now=3.0)
    assert not refused.allowed and refused.key == visitor_a and refused.limit == 3
    # the refused visitor did not spend the embed's budget: another visitor still gets the last two calls
    assert ratelimit.hit_all([(embed, 5), (visitor_b, 3)], group=embed, now=4.0).allowed
    last = ratelimit.hit_all([(embed, 5), (visitor_b, 3)], group=embed, now=5.0)
    assert last.allowed and last.key == embed and last.remaining == 0
    refused = ratelimit.hit_all([(embed, 5), (visitor_b, 3)], group=embed, now=6.0)
    assert not refused.allowed and refused.key == embed
    # and the embed's refusal did not spend visitor_b's budget
    assert ratelimit.hit_all([(visitor_b, 3)], group=embed, now=7.0).remaining == 0
    assert ratelimit.hit_all([(visitor_b, 3)], group=embed, now=8.0).allowed is False


def test_threads_share_one_exact_budget(any_cache):
    k, results = key(), []

    def worker():
        for _ in range(25):
            results.append(ratelimit.hit(k, 40).allowed)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 200 and sum(results) == 40


def _process_worker(redis_url: str, prefix: str, k: str, calls: int, queue) -> None:
    os.environ["DJANGO_SETTINGS_MODULE"] = "tests.settings"
    import django
    from django.conf import settings

    django.setup()
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache",
                                   "LOCATION": redis_url, "KEY_PREFIX": prefix}}
    from datachat import ratelimit as limiter

    queue.put(sum(limiter.hit(k, 30).allowed for _ in range(calls)))


def test_processes_sharing_redis_share_one_exact_budget(redis_url):
    """Limiter level: 4 spawned processes, 3x the limit between them, exactly the limit accepted."""
    context = multiprocessing.get_context("spawn")
    queue, k, prefix = context.Queue(), key(), f"mp-{uuid.uuid4().hex[:8]}"
    processes = [context.Process(target=_process_worker, args=(redis_url, prefix, k, 23, queue)) for _ in range(4)]
    for process in processes:
        process.start()
    accepted = [queue.get(timeout=60) for _ in processes]
    for process in processes:
        process.join(timeout=30)
    assert sum(accepted) == 30, accepted


def test_redis_uses_the_servers_clock(redis_url, settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": redis_url,
                                   "KEY_PREFIX": f"clock-{uuid.uuid4().hex[:8]}"}}
    import time

    decision = ratelimit.hit(key(), 3)
    assert abs(decision.reset - (time.time() + 60)) < 5


def test_other_backends_use_an_add_lock(settings, tmp_path):
    """The fallback for caches that are neither Redis nor local memory (file cache here) is exact too."""
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
                                   "LOCATION": str(tmp_path)}}
    k = key()
    assert [ratelimit.hit(k, 2, now=1.0 + i).allowed for i in range(3)] == [True, True, False]
