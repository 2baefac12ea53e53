"""``datachat serve`` for real, on loopback: streaming, idempotent retries, a worker killed mid-load.

Each test starts the server (2 uvicorn workers) on PostgreSQL and Redis with ``bench/bench_serve.py``'s helpers;
skipped loudly when either service is down.
"""

import asyncio
import os
import signal
import socket
import sys
import time

import httpx
import pytest

from bench import bench_serve

pytestmark = [pytest.mark.postgres, pytest.mark.redis]

PG = os.environ.get("DATACHAT_TEST_PG", "postgresql://postgres@127.0.0.1:5432")
REDIS = os.environ.get("DATACHAT_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
DATABASE = os.environ.get("DATACHAT_TEST_SERVE_DATABASE", "datachat_test_serve")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start(name: str, **env):
    why = bench_serve.reachable(PG, REDIS)
    if why:
        message = f"!!! {why}: SKIPPING the real-server test !!!"
        print(message, file=sys.stderr)
        pytest.skip(message)
    return bench_serve.start_server(pg=PG, database=f"{DATABASE}_{name}", redis_url=REDIS, port=free_port(),
                                    workers=2, extra_env=env)


@pytest.fixture(scope="module")
def server():
    running = start("shared")
    yield running
    running.stop()


@pytest.fixture
def small_pool_server():
    """Two workers with 3 pooled connections each, 2 request slots and 1 stream thread."""
    running = start("pool", DATACHAT_DB_POOL_SIZE="3", DATACHAT_DB_POOL_TIMEOUT="3",
                    DATACHAT_WORKER_CONCURRENCY="2", DATACHAT_STREAM_THREADS="1")
    yield running
    running.stop()


@pytest.fixture
def own_server():
    """A server of its own, for a test that kills one of its workers."""
    running = start("kill")
    yield running
    running.stop()


def open_session(server) -> str:
    headers = bench_serve.headers(server.key)
    response = httpx.post(f"{server.base}/api/v1/sessions", json={}, headers=headers, timeout=60)
    assert response.status_code == 201, response.text
    return response.json()["id"]


def test_sse_progress_arrives_before_the_answer(server):
    session = open_session(server)
    arrivals = []  # (seconds since the post, event names in the chunk)
    started = time.perf_counter()
    with httpx.stream("POST", f"{server.base}/api/v1/sessions/{session}/messages",
                      json={"content": "revenue by month"}, timeout=60,
                      headers={**bench_serve.headers(server.key), "Accept": "text/event-stream"}) as response:
        assert response.status_code == 200 and response.headers["content-type"].startswith("text/event-stream")
        assert response.headers.get("x-request-id")
        for chunk in response.iter_raw():
            names = [line[len("event: "):] for line in chunk.decode().splitlines() if line.startswith("event: ")]
            arrivals.append((time.perf_counter() - started, names))
    events = [name for _at, names in arrivals for name in names]
    assert events[0] == "progress" and events[-1] == "message" and "error" not in events
    first_progress = next(at for at, names in arrivals if "progress" in names)
    answer = next(at for at, names in arrivals if "message" in names)
    assert "message" not in arrivals[0][1]  # the first progress event was sent on its own, not with the answer
    assert first_progress < answer


def test_many_open_streams_do_not_exhaust_a_small_pool(small_pool_server):
    server = small_pool_server

    async def streams():
        async with httpx.AsyncClient(timeout=120) as client:
            sessions = await asyncio.gather(*(bench_serve.new_session(client, server) for _ in range(16)))

            async def one(session, n):
                async with client.stream("POST", f"{server.base}/api/v1/sessions/{session}/messages",
                                         json={"content": bench_serve.QUESTIONS[n % 8]},
                                         headers={**bench_serve.headers(server.key), "Accept": "text/event-stream"}
                                         ) as response:
                    return [line for line in [x async for x in response.aiter_lines()] if line.startswith("event:")]

            return await asyncio.gather(*(one(s, n) for n, s in enumerate(sessions)))

    for events in asyncio.run(streams()):
        assert events[-1] == "event: message" and "event: error" not in events


def test_retries_with_one_key_store_one_turn_even_concurrently(server):
    session = open_session(server)
    url = f"{server.base}/api/v1/sessions/{session}/messages"
    headers = {**bench_serve.headers(server.key), "Idempotency-Key": "question-1"}

    async def post_all():
        async with httpx.AsyncClient(timeout=60) as client:
            return await asyncio.gather(*(client.post(url, json={"content": "how many orders are there?"},
                                                      headers=headers) for _ in range(6)))

    responses = asyncio.run(post_all())
    assert [r.status_code for r in responses] == [200] * 6
    assert len({r.json()["id"] for r in responses}) == 1
    again = httpx.post(url, json={"content": "how many orders are there?"}, headers=headers, timeout=60)
    assert again.json()["id"] == responses[0].json()["id"]
    history = httpx.get(url, headers=bench_serve.headers(server.key), timeout=60).json()
    assert [m["role"] for m in history] == ["user", "assistant"]


def test_kill_9_of_a_worker_mid_load_loses_no_turn(own_server):
    server = own_server
    pids = bench_serve.wait_healthy(server, 2)

    async def load() -> bench_serve.Tally:
        tally = bench_serve.Tally()
        async with httpx.AsyncClient(timeout=60) as client:
            sessions = await asyncio.gather(*(bench_serve.new_session(client, server) for _ in range(8)))
            deadline = time.monotonic() + 8

            async def one(session, n):
                while time.monotonic() < deadline:
                    await bench_serve.ask(client, server, session, bench_serve.QUESTIONS[n % 8], tally)
                    n += 1

            async def killer():
                await asyncio.sleep(2.5)
                os.kill(min(pids), signal.SIGKILL)

            await asyncio.gather(killer(), *(one(s, n) for n, s in enumerate(sessions)))
        return tally

    tally = asyncio.run(load())
    assert len(tally.acknowledged) >= 8 and tally.gave_up == 0
    turns = bench_serve.check_turns(server.database_url, tally.acknowledged)
    assert turns["lost"] == 0 and turns["duplicated"] == 0 and turns["half_written"] == 0, turns
    assert len(bench_serve.wait_healthy(server, 2, timeout=60) - {min(pids)}) >= 1  # still serving
