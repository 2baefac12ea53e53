"""SSE plumbing: items flow as produced, heartbeats while waiting, a gone client stops the work."""

import asyncio
import threading
import time

from datachat import streaming


def slow_items(n: int, pause: float, log: dict):
    try:
        for i in range(n):
            time.sleep(pause)
            log["produced"] += 1
            yield i
    finally:
        log["closed"] = True


def test_items_arrive_as_they_are_produced_with_heartbeats_between():
    log = {"produced": 0, "closed": False}

    async def consume():
        seen = []
        async for item in streaming.stream(lambda: slow_items(3, 0.25, log), heartbeat=0.1):
            seen.append((item, log["produced"]))
        return seen

    seen = asyncio.run(consume())
    items = [(item, produced) for item, produced in seen if item is not streaming.HEARTBEAT]
    assert items == [(0, 1), (1, 2), (2, 3)]  # each item was handed over before the next was made
    assert any(item is streaming.HEARTBEAT for item, _ in seen)
    assert log["closed"]


def test_a_client_that_goes_away_stops_the_work():
    log = {"produced": 0, "closed": False}
    done = threading.Event()

    def work():
        try:
            yield from slow_items(50, 0.05, log)
        finally:
            done.set()

    async def consume_one_then_leave():
        events = streaming.stream(work, heartbeat=1)
        assert await events.__anext__() == 0
        await events.aclose()  # what the server does when the client disconnects

    asyncio.run(consume_one_then_leave())
    assert done.wait(5) and log["closed"]
    assert log["produced"] < 10  # stopped after a step or two, not run to the end


def test_an_error_in_the_work_reaches_the_consumer():
    def failing():
        yield 1
        raise ValueError("boom")

    async def consume():
        seen = []
        try:
            async for item in streaming.stream(failing, heartbeat=1):
                seen.append(item)
        except ValueError as exc:
            return seen, str(exc)
        return seen, None

    assert asyncio.run(consume()) == ([1], "boom")
