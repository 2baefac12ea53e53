"""Server-sent events under ASGI: blocking work in a bounded thread pool, each event sent as it happens.

``stream(work)`` runs the iterator ``work()`` in one thread of ``POOL`` (``DATACHAT_STREAM_THREADS`` per
process, default 4) and yields its items on the event loop as they come, with ``HEARTBEAT`` between them
when nothing happens for ``DATACHAT_SSE_HEARTBEAT`` seconds (default 15). An open stream holds no request
slot and no thread while it waits. When the client goes away the server cancels the generator; the work is
then told to stop and is closed before its next step (a turn not yet written is not written).
"""

import asyncio
import os
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor

POOL = ThreadPoolExecutor(max_workers=int(os.environ.get("DATACHAT_STREAM_THREADS", 4)),
                          thread_name_prefix="datachat-stream")
HEARTBEAT = object()
_DONE = object()


def heartbeat_seconds() -> float:
    return float(os.environ.get("DATACHAT_SSE_HEARTBEAT", 15))


async def stream(work: Callable[[], Iterator], *, heartbeat: float | None = None) -> AsyncIterator:
    """Yield the items of ``work()`` (run in ``POOL``) as they are produced, ``HEARTBEAT`` while waiting."""
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue = asyncio.Queue()
    stop = threading.Event()
    heartbeat = heartbeat_seconds() if heartbeat is None else heartbeat

    def put(item) -> None:
        loop.call_soon_threadsafe(queue.put_nowait, item)

    def produce() -> None:
        from django.db import connections

        iterator = None
        try:
            if stop.is_set():
                return
            iterator = work()
            for item in iterator:
                put(item)
                if stop.is_set():
                    break
        except BaseException as exc:  # handed to the consumer, which re-raises it on the event loop
            put(exc)
        finally:
            if iterator is not None and hasattr(iterator, "close"):
                iterator.close()
            connections.close_all()  # this thread's app-database connection goes back to the pool
            put(_DONE)

    future = loop.run_in_executor(POOL, produce)
    try:
        while True:
            try:
                item = await asyncio.wait_for(queue.get(), heartbeat)
            except TimeoutError:
                yield HEARTBEAT
                continue
            if item is _DONE:
                break
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        if not future.done():
            future.add_done_callback(lambda f: f.exception())  # collected, never left unretrieved
