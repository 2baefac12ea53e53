"""The ASGI gate: /healthz without Django, bounded concurrency, 503 ``overloaded`` with Retry-After past the line."""

import asyncio
import json

from datachat.gate import Gate


def call(app, path="/x"):
    """Run one HTTP request through ``app``; (status, headers, body)."""
    sent = []

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message):
        sent.append(message)

    async def run():
        await app({"type": "http", "path": path, "method": "GET", "headers": []}, receive, send)

    return run, sent


def result(sent):
    start = next(m for m in sent if m["type"] == "http.response.start")
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return start["status"], dict(start["headers"]), body


def slow_app(seconds: float, counter: dict):
    async def app(scope, receive, send):
        counter["now"] += 1
        counter["peak"] = max(counter["peak"], counter["now"])
        await asyncio.sleep(seconds)
        counter["now"] -= 1
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/plain")]})
        await send({"type": "http.response.body", "body": b"ok"})

    return app


def test_healthz_is_answered_without_the_app():
    async def broken(scope, receive, send):
        raise AssertionError("the app must not be called")

    run, sent = call(Gate(broken), "/healthz")
    asyncio.run(run())
    status, headers, body = result(sent)
    assert status == 200 and json.loads(body)["status"] == "ok"


def test_concurrency_is_bounded_and_overload_is_503_with_retry_after():
    counter = {"now": 0, "peak": 0}
    gate = Gate(slow_app(0.2, counter), concurrency=2, queue_limit=3, queue_timeout=5)

    async def burst():
        runs = [call(gate) for _ in range(8)]
        await asyncio.gather(*(run() for run, _sent in runs))
        return [result(sent) for _run, sent in runs]

    results = asyncio.run(burst())
    statuses = sorted(status for status, _h, _b in results)
    assert counter["peak"] == 2  # never more than the bound at once
    assert statuses == [200] * 5 + [503] * 3  # 2 working + 3 waiting; the rest refused at once
    refused = next((h, b) for s, h, b in results if s == 503)
    assert refused[0][b"retry-after"] == b"2"
    assert json.loads(refused[1]) == {"error": {"code": "overloaded", "message": "The server is busy; please retry."}}


def test_a_wait_longer_than_the_queue_timeout_is_503():
    counter = {"now": 0, "peak": 0}
    gate = Gate(slow_app(0.5, counter), concurrency=1, queue_limit=10, queue_timeout=0.1)

    async def two():
        runs = [call(gate) for _ in range(2)]
        await asyncio.gather(*(run() for run, _sent in runs))
        return sorted(result(sent)[0] for _run, sent in runs)

    assert asyncio.run(two()) == [200, 503]


def test_a_stream_frees_its_slot_once_it_starts():
    async def stream_app(scope, receive, send):
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type",
                                                                                b"text/event-stream")]})
        await asyncio.sleep(0.3)
        await send({"type": "http.response.body", "body": b"event: message\n\n"})

    gate = Gate(stream_app, concurrency=1, queue_limit=10, queue_timeout=0.2)

    async def three():
        runs = [call(gate) for _ in range(3)]
        await asyncio.gather(*(run() for run, _sent in runs))
        return [result(sent)[0] for _run, sent in runs]

    assert asyncio.run(three()) == [200, 200, 200]


def test_a_request_that_does_not_start_in_time_is_504_and_keeps_its_slot():
    counter = {"now": 0, "peak": 0}
    gate = Gate(slow_app(0.4, counter), concurrency=1, queue_timeout=5, request_timeout=0.1)

    async def two():
        runs = [call(gate) for _ in range(2)]
        await asyncio.gather(*(run() for run, _sent in runs))
        return [result(sent) for _run, sent in runs], [len(sent) for _run, sent in runs]

    results, counts = asyncio.run(two())
    for status, headers, body in results:
        assert status == 504 and json.loads(body)["error"]["code"] == "request_timeout"
    assert counts == [2, 2]  # what the view wrote after the 504 was dropped
    assert counter["peak"] == 1  # the timed-out work still held its slot: the bound held


def test_a_started_stream_is_not_cut_by_the_request_timeout():
    async def stream(scope, receive, send):
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/event-stream")]})
        for n in range(3):
            await asyncio.sleep(0.1)
            await send({"type": "http.response.body", "body": f"data: {n}\n\n".encode(), "more_body": True})
        await send({"type": "http.response.body", "body": b""})

    run, sent = call(Gate(stream, request_timeout=0.05))
    asyncio.run(run())
    status, _headers, body = result(sent)
    assert status == 200 and body.count(b"data:") == 3
