"""The rate limit under real concurrency: 4 server processes sharing one Redis and one app database.

Each process is a real uvicorn serving ``backend.asgi``, on PostgreSQL when it runs locally (a throw-away
database; SQLite otherwise) and the local Redis; the client spreads 3x the embed's limit over them
round-robin, from 32 threads, inside one window. Exactly ``limit`` calls may be accepted. The sliding window
makes this exact wherever the burst falls in time (no window boundary to straddle); the test only checks
that the whole burst took less than the window.
"""

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from .conftest import redis_or_skip

ROOT = Path(__file__).resolve().parents[2]
LIMIT = 50
PROCESSES = 4
ORIGIN = "http://load.example.test"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def request(url: str, *, method: str = "GET", data: bytes | None = None, headers: dict | None = None):
    req = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=30) as response:  # noqa: S310 (our own local server)
            return response.status, {k.lower(): v for k, v in response.headers.items()}, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, {k.lower(): v for k, v in exc.headers.items()}, exc.read()


PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"


@pytest.fixture
def app_database(tmp_path):
    """A fresh PostgreSQL database for the server processes, or a SQLite file when PostgreSQL is not running."""
    try:
        import psycopg

        admin = psycopg.connect(PG_ADMIN, autocommit=True, connect_timeout=2)
    except Exception:
        yield f"sqlite:///{tmp_path / 'app.sqlite3'}"
        return
    name = f"datachat_rl_{os.getpid()}_{int(time.time())}"
    admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"postgresql://postgres@127.0.0.1:5432/{name}"
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


@pytest.fixture
def servers(tmp_path, shop_path, app_database):
    """Issue an embed with the CLI, then start PROCESSES uvicorn servers on one Redis and one app database."""
    redis_url = redis_or_skip()
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "backend.settings", "DATACHAT_VAR_DIR": str(tmp_path),
           "DATABASE_URL": app_database, "REDIS_URL": redis_url, "DATACHAT_LLM": "off",
           "DJANGO_DEBUG": "0", "DJANGO_ALLOWED_HOSTS": "127.0.0.1"}
    created = subprocess.run(
        [sys.executable, "-m", "datachat.cli", "embed", "create", "--name", "Load", "--origin", ORIGIN,
         "--rate-limit", str(LIMIT), "--database", f"sqlite:///{shop_path}"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert created.returncode == 0, created.stderr
    issued = json.loads(created.stdout)
    ports = [free_port() for _ in range(PROCESSES)]
    processes = [subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "backend.asgi:application", "--host", "127.0.0.1", "--port", str(port),
         "--log-level", "warning"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        for port in ports]
    try:
        bases = [f"http://127.0.0.1:{port}" for port in ports]
        deadline = time.monotonic() + 90
        for base, process in zip(bases, processes, strict=True):
            while True:
                assert process.poll() is None, process.stderr.read().decode()
                try:
                    if request(f"{base}/api/v1/openapi.json")[0] == 200:
                        break
                except OSError:
                    pass
                assert time.monotonic() < deadline, "the servers did not start"
                time.sleep(0.2)
        yield bases, issued
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()


def test_four_processes_accept_exactly_the_limit(servers, app_database, capsys):
    bases, issued = servers
    db = app_database.split(":", 1)[0]
    headers = {"X-Datachat-Key": issued["publishable_key"], "Origin": ORIGIN, "Content-Type": "application/json"}

    # a real preflight, answered by a real server (it costs nothing against the limit)
    status, preflight, _body = request(f"{bases[0]}/api/v1/sessions", method="OPTIONS", headers={
        "Origin": ORIGIN, "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type,x-datachat-key"})
    assert status == 200 and preflight["access-control-allow-origin"] == ORIGIN

    started = time.monotonic()
    status, first, body = request(f"{bases[0]}/api/v1/sessions", method="POST", data=b"{}", headers=headers)
    assert status == 201 and first["x-ratelimit-remaining"] == str(LIMIT - 1)
    path = f"/api/v1/sessions/{json.loads(body)['id']}/messages"

    def call(number: int):
        base = bases[number % len(bases)]
        status, response_headers, _ = request(f"{base}{path}", headers=headers)
        return base, status, response_headers

    with ThreadPoolExecutor(max_workers=32) as pool:
        results = list(pool.map(call, range(3 * LIMIT - 1)))
    elapsed = time.monotonic() - started
    assert elapsed < 55, f"the burst took {elapsed:.1f}s, longer than one window"

    statuses = Counter(status for _base, status, _headers in results)
    assert set(statuses) <= {200, 429}, (statuses, [r for r in results if r[1] not in (200, 429)][:3])
    accepted = 1 + statuses[200]  # the session itself was the first accepted call
    with capsys.disabled():
        print(f"\n[rate limit] {PROCESSES} uvicorn processes, one Redis, app DB {db}: "
              f"{3 * LIMIT} calls in {elapsed:.1f}s, "
              f"accepted {accepted}/{LIMIT}, refused {statuses[429]}")
    assert accepted == LIMIT
    assert all(any(base == b and s == 200 for b, s, _h in results) for base in bases)  # every process served
    for _base, status, response_headers in results:
        assert {"x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset"} <= set(response_headers)
        if status == 429:
            assert 1 <= int(response_headers["retry-after"]) <= 60
            assert response_headers["x-ratelimit-remaining"] == "0"
