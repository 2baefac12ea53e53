"""The ASGI gate in front of Django: ``/healthz`` without Django, and bounded work per server process.

Django runs each synchronous view in a thread of its own, so without a bound every concurrent request holds a
thread and a database connection. The gate lets at most ``DATACHAT_WORKER_CONCURRENCY`` requests (default 8)
work at once; the next ones wait in line up to ``DATACHAT_QUEUE_TIMEOUT`` seconds (default 15) and then, like
those beyond ``DATACHAT_QUEUE_LIMIT`` waiting (default 500), get 503 ``overloaded`` with ``Retry-After``,
in the API's error envelope. A slot is freed once the response has started: a streamed answer (SSE) does its
work in the bounded stream pool of ``datachat.streaming``, not in a request slot.

A request whose response has not started within ``DATACHAT_REQUEST_TIMEOUT`` seconds (default 60, above the
query timeout) gets 504 ``request_timeout``; its slot stays taken until the view's thread is done, so the bound
holds, and what the view still writes is dropped (a retry with the same ``Idempotency-Key`` finds the turn).
A stream that has started is never cut.
"""

import asyncio
import json
import os
import time

HEALTH_PATH = "/healthz"


def _env_int(name: str, default: int) -> int:
    return int(os.environ.get(name, default))


class Gate:
    """ASGI middleware: answers ``/healthz`` itself and bounds the requests that reach ``app``."""

    def __init__(self, app, *, concurrency: int | None = None, queue_limit: int | None = None,
                 queue_timeout: float | None = None, request_timeout: float | None = None, retry_after: int = 2):
        self.app = app
        self.request_timeout = request_timeout or float(os.environ.get("DATACHAT_REQUEST_TIMEOUT", 60))
        self.concurrency = concurrency or _env_int("DATACHAT_WORKER_CONCURRENCY", 8)
        self.queue_limit = queue_limit if queue_limit is not None else _env_int("DATACHAT_QUEUE_LIMIT", 500)
        self.queue_timeout = queue_timeout or float(os.environ.get("DATACHAT_QUEUE_TIMEOUT", 15))
        self.retry_after = retry_after
        self.started = time.time()
        self._slots: asyncio.Semaphore | None = None
        self.waiting = 0
        self.active = 0

    @property
    def slots(self) -> asyncio.Semaphore:
        if self._slots is None:  # created on the server's event loop
            self._slots = asyncio.Semaphore(self.concurrency)
        return self._slots

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if scope["path"] == HEALTH_PATH:
            await _json(send, 200, {"status": "ok", "pid": os.getpid(), "uptime_s": int(time.time() - self.started)})
            return
        if self.waiting >= self.queue_limit:
            await self._overloaded(send)
            return
        self.waiting += 1
        try:
            await asyncio.wait_for(self.slots.acquire(), self.queue_timeout)
        except TimeoutError:
            await self._overloaded(send)
            return
        finally:
            self.waiting -= 1
        self.active += 1
        released = False

        def release():
            nonlocal released
            if not released:
                released = True
                self.active -= 1
                self.slots.release()

        started = asyncio.Event()
        timed_out = False

        async def send_and_release(message):
            if timed_out:
                return  # the client already has its 504
            if message["type"] == "http.response.start":
                started.set()
                if _is_stream(message):
                    release()  # the stream's work runs in its own bounded pool
            await send(message)

        work = asyncio.ensure_future(self.app(scope, receive, send_and_release))
        waiter = asyncio.ensure_future(started.wait())
        try:
            done, _ = await asyncio.wait({work, waiter}, timeout=self.request_timeout,
                                         return_when=asyncio.FIRST_COMPLETED)
            if not done:
                timed_out = True
                await self._timed_out(send)
            await work
        finally:
            waiter.cancel()
            release()

    async def _timed_out(self, send) -> None:
        from datachat import metrics

        metrics.TIMED_OUT.inc()
        await _json(send, 504, {"error": {"code": "request_timeout",
                                          "message": "The answer took too long; please retry."}},
                    headers=[(b"retry-after", str(self.retry_after).encode())])

    async def _overloaded(self, send) -> None:
        from datachat import metrics

        metrics.OVERLOADED.inc()
        await _json(send, 503, {"error": {"code": "overloaded", "message": "The server is busy; please retry."}},
                    headers=[(b"retry-after", str(self.retry_after).encode())])


def _is_stream(message: dict) -> bool:
    return any(name.lower() == b"content-type" and value.startswith(b"text/event-stream")
               for name, value in message.get("headers", []))


async def _json(send, status: int, body: dict, headers: list | None = None) -> None:
    payload = json.dumps(body).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode()),
                            *(headers or [])]})
    await send({"type": "http.response.body", "body": payload})
