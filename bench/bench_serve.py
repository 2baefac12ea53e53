"""`datachat serve` under load: messages/s against a trivial view, latency percentiles, 5xx, lost or duplicated turns.

Usage (PostgreSQL and Redis on loopback; everything it sends goes to 127.0.0.1):
    .venv/bin/python bench/bench_serve.py [--clients 200] [--seconds 60] [--workers 2]
        [--mode load|sse|both] [--sse-clients 50] [--port 18390]
        [--pg postgresql://postgres@127.0.0.1:5432] [--database dc_bench_serve] [--redis redis://127.0.0.1:6379/3]

It (re)creates the app database ``--database`` on ``--pg`` (dropped first), migrates it, builds the demo shop
(SQLite) as the data source, issues an embed, and starts ``datachat serve --workers N`` with ``DJANGO_DEBUG=0``.

- ``load``: ``--clients`` clients for ``--seconds`` each open a session and ask questions one after another, each
  post with an ``Idempotency-Key``; a post that fails (connection error, 5xx, 503 overloaded) is retried with the
  same key. Then the same clients call ``GET /readyz`` (a Django view through the same middleware: one database
  and one cache round trip) for the same time. Prints messages/s, requests/s of the trivial view and their ratio,
  p50/p95/p99 of each, 5xx and 503 counts, and checks the app database: every acknowledged answer stored exactly
  once under its key, no key stored twice, every turn whole (one user message per answer).
- ``sse``: ``--sse-clients`` clients each ask one question with ``Accept: text/event-stream`` at the same time,
  while one client calls ``/readyz`` in a loop: time to the first event and to the last, and the probe's latency.

Prints ``skipped: ...`` and exits 0 when PostgreSQL or Redis is not reachable.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
QUESTIONS = [
    "how many orders are there?",
    "revenue by month",
    "top 5 products by revenue",
    "how many customers per country?",
    "average order total",
    "orders per status",
    "total revenue by category",
    "how many products are there?",
]
ORIGIN = "https://bench.example.com"


# --- the server -------------------------------------------------------------------------------------------------

@dataclass
class Server:
    """A running ``datachat serve`` and what a client needs to call it."""

    process: subprocess.Popen
    base: str
    key: str
    env: dict
    database_url: str

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=40)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def reachable(pg: str, redis_url: str) -> str | None:
    """None when both services answer, else why not."""
    try:
        import psycopg

        psycopg.connect(f"{pg}/postgres", connect_timeout=3).close()
    except Exception as exc:  # noqa: BLE001 - any failure: skip
        return f"PostgreSQL at {pg} is not reachable ({type(exc).__name__})"
    try:
        import redis

        redis.Redis.from_url(redis_url, socket_connect_timeout=2).ping()
    except Exception as exc:  # noqa: BLE001
        return f"Redis at {redis_url} is not reachable ({type(exc).__name__})"
    return None


def start_server(*, pg: str, database: str, redis_url: str, port: int, workers: int,
                 extra_env: dict | None = None, log=None) -> Server:
    """Recreate ``database``, migrate, seed the shop and an embed, and start ``datachat serve``."""
    import psycopg

    with psycopg.connect(f"{pg}/postgres", autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{database}"')
    workdir = Path(tempfile.mkdtemp(prefix="datachat-bench-serve-"))
    env = {**os.environ, "DATABASE_URL": f"{pg}/{database}", "REDIS_URL": redis_url, "DJANGO_DEBUG": "0",
           "DJANGO_SECRET_KEY": "bench-serve-" + uuid.uuid4().hex * 2, "DATACHAT_VAR_DIR": str(workdir),
           "DJANGO_SETTINGS_MODULE": "backend.settings", "DATACHAT_LLM": "off", **(extra_env or {})}
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)
    subprocess.run([BIN / "python", "manage.py", "migrate", "-v0"], cwd=REPO, env=env, check=True)  # noqa: S603
    shop = workdir / "shop.sqlite3"
    subprocess.run([BIN / "python", "-c", "import sys; from datachat.demo import build_shop_database as b; "  # noqa: S603
                    "b(sys.argv[1])", str(shop)], cwd=REPO, env=env, check=True)
    issued = subprocess.run([BIN / "datachat", "embed", "create", "--name", "bench", "--origin", ORIGIN,  # noqa: S603
                             "--rate-limit", "1000000", "--database", f"sqlite:///{shop}"],
                            cwd=REPO, env=env, check=True, capture_output=True, text=True).stdout
    key = json.loads(issued[issued.index("{"):])["publishable_key"]
    process = subprocess.Popen([BIN / "datachat", "serve", "--port", str(port), "--workers", str(workers)],  # noqa: S603
                               cwd=REPO, env=env, stdout=log or subprocess.DEVNULL, stderr=subprocess.STDOUT)
    server = Server(process, f"http://127.0.0.1:{port}", key, env, f"{pg}/{database}")
    wait_healthy(server, workers)
    return server


def wait_healthy(server: Server, workers: int, timeout: float = 120) -> set[int]:
    """Wait until ``workers`` distinct worker processes answer ``/healthz``; their pids."""
    import httpx

    pids: set[int] = set()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError("datachat serve exited during start-up")
        try:
            pids.add(httpx.get(server.base + "/healthz", timeout=2).json()["pid"])
            if len(pids) >= workers:
                return pids
        except httpx.HTTPError:
            time.sleep(0.3)
    raise RuntimeError(f"datachat serve did not answer /healthz from {workers} workers in {timeout:.0f} s")


# --- the clients ------------------------------------------------------------------------------------------------

@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    statuses: dict[int, int] = field(default_factory=dict)
    errors: int = 0  # connection errors and timeouts
    acknowledged: list[tuple[str, str, str]] = field(default_factory=list)  # (session, key, answer id)
    gave_up: int = 0

    def count(self, status: int) -> None:
        self.statuses[status] = self.statuses.get(status, 0) + 1

    @property
    def server_errors(self) -> int:
        return sum(n for status, n in self.statuses.items() if status >= 500 and status != 503)


def headers(key: str) -> dict:
    return {"X-Datachat-Key": key, "Origin": ORIGIN, "Content-Type": "application/json"}


async def ask(client, server: Server, session: str, question: str, tally: Tally, *, retries: int = 20) -> None:
    """One question with an Idempotency-Key, retried with the same key until it is answered."""
    import httpx

    key = uuid.uuid4().hex
    started = time.perf_counter()
    for attempt in range(retries):
        try:
            response = await client.post(f"{server.base}/api/v1/sessions/{session}/messages",
                                         json={"content": question}, headers={**headers(server.key),
                                                                              "Idempotency-Key": key})
        except httpx.HTTPError:
            tally.errors += 1
            await asyncio.sleep(min(0.1 * 2 ** attempt, 2))
            continue
        tally.count(response.status_code)
        if response.status_code == 200:
            tally.latencies.append(time.perf_counter() - started)
            tally.acknowledged.append((session, key, response.json()["id"]))
            return
        if response.status_code < 500:
            return
        await asyncio.sleep(float(response.headers.get("Retry-After", 1)) if attempt else 0.2)
    tally.gave_up += 1


async def new_session(client, server: Server) -> str:
    for _ in range(20):
        try:
            response = await client.post(f"{server.base}/api/v1/sessions", json={}, headers=headers(server.key))
            if response.status_code == 201:
                return response.json()["id"]
        except Exception:  # noqa: BLE001, S110 - retried
            pass
        await asyncio.sleep(0.5)
    raise RuntimeError("could not open a session")


async def message_load(server: Server, clients: int, seconds: float) -> tuple[Tally, float]:
    import httpx

    tally = Tally()
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(timeout=60, limits=limits) as client:
        sessions = await asyncio.gather(*(new_session(client, server) for _ in range(clients)))
        deadline = time.monotonic() + seconds

        async def one(session: str, n: int) -> None:
            rng = random.Random(n)  # noqa: S311
            while time.monotonic() < deadline:
                await ask(client, server, session, rng.choice(QUESTIONS), tally)

        started = time.monotonic()
        await asyncio.gather(*(one(s, n) for n, s in enumerate(sessions)))
        return tally, time.monotonic() - started


async def trivial_load(server: Server, clients: int, seconds: float, path: str = "/readyz") -> tuple[Tally, float]:
    import httpx

    tally = Tally()
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(timeout=60, limits=limits) as client:
        deadline = time.monotonic() + seconds

        async def one() -> None:
            while time.monotonic() < deadline:
                started = time.perf_counter()
                try:
                    response = await client.get(server.base + path)
                except httpx.HTTPError:
                    tally.errors += 1
                    continue
                tally.count(response.status_code)
                if response.status_code == 200:
                    tally.latencies.append(time.perf_counter() - started)

        started = time.monotonic()
        await asyncio.gather(*(one() for _ in range(clients)))
        return tally, time.monotonic() - started


def check_turns(database_url: str, acknowledged: list[tuple[str, str, str]]) -> dict:
    """Compare what clients were told with what the app database holds."""
    import psycopg

    with psycopg.connect(database_url) as conn:
        rows = conn.execute("SELECT session_id::text, idempotency_key, id::text FROM datachat_datachatmessage "
                            "WHERE role = 'assistant'").fetchall()
        users = conn.execute("SELECT count(*) FROM datachat_datachatmessage WHERE role = 'user'").fetchone()[0]
    stored: dict[tuple[str, str], list[str]] = {}
    for session, key, answer in rows:
        stored.setdefault((session.replace("-", ""), key), []).append(answer.replace("-", ""))
    lost = sum(1 for s, k, a in acknowledged if a.replace("-", "") not in stored.get((s.replace("-", ""), k), []))
    duplicated = sum(len(ids) - 1 for ids in stored.values() if len(ids) > 1)
    return {"acknowledged": len(acknowledged), "stored_answers": len(rows), "stored_questions": users,
            "lost": lost, "duplicated": duplicated, "half_written": abs(users - len(rows)),
            "stored_not_acknowledged": len(rows) - len({(s, k) for s, k, _ in acknowledged})}


def percentiles(values: list[float]) -> str:
    if not values:
        return "n/a"
    ordered = sorted(values)

    def at(q: float) -> float:
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000

    return f"p50 {at(0.50):.0f} ms, p95 {at(0.95):.0f} ms, p99 {at(0.99):.0f} ms"


# --- SSE ----------------------------------------------------------------------------------------------------------

async def sse_run(server: Server, clients: int) -> dict:
    import httpx

    firsts, lasts, probe, complete = [], [], [], 0
    async with httpx.AsyncClient(timeout=120, limits=httpx.Limits(max_connections=clients + 2)) as client:
        sessions = await asyncio.gather(*(new_session(client, server) for _ in range(clients)))
        done = asyncio.Event()

        async def stream(session: str, n: int) -> None:
            nonlocal complete
            started = time.perf_counter()
            first = None
            async with client.stream("POST", f"{server.base}/api/v1/sessions/{session}/messages",
                                     json={"content": QUESTIONS[n % len(QUESTIONS)]},
                                     headers={**headers(server.key), "Accept": "text/event-stream"}) as response:
                async for line in response.aiter_lines():
                    if line.startswith("event:"):
                        first = first or time.perf_counter() - started
                        if line.strip() == "event: message":
                            complete += 1
            firsts.append(first or float("nan"))
            lasts.append(time.perf_counter() - started)

        async def probing() -> None:
            while not done.is_set():
                started = time.perf_counter()
                response = await client.get(server.base + "/readyz")
                if response.status_code == 200:
                    probe.append(time.perf_counter() - started)
                await asyncio.sleep(0.05)

        prober = asyncio.create_task(probing())
        started = time.perf_counter()
        await asyncio.gather(*(stream(s, n) for n, s in enumerate(sessions)))
        elapsed = time.perf_counter() - started
        done.set()
        await prober
    return {"streams": clients, "complete": complete, "first_event": percentiles(firsts),
            "last_event": percentiles(lasts), "probe_readyz": percentiles(probe), "probes": len(probe),
            "elapsed_s": round(elapsed, 1)}


# --- main ---------------------------------------------------------------------------------------------------------

def pool_ceiling(server: Server, workers: int) -> tuple[int, int]:
    import psycopg

    size = int(server.env.get("DATACHAT_DB_POOL_SIZE", 14))
    with psycopg.connect(server.database_url) as conn:
        max_connections = int(conn.execute("SHOW max_connections").fetchone()[0])
    return workers * size, max_connections


def peak_connections(server: Server) -> int:
    import psycopg

    database = server.database_url.rsplit("/", 1)[-1]
    with psycopg.connect(server.database_url) as conn:
        return conn.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = %s", (database,)).fetchone()[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--mode", choices=["load", "sse", "both"], default="both")
    parser.add_argument("--sse-clients", type=int, default=50)
    parser.add_argument("--port", type=int, default=18390)
    parser.add_argument("--pg", default="postgresql://postgres@127.0.0.1:5432")
    parser.add_argument("--database", default="dc_bench_serve")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/3")
    parser.add_argument("--log", default=None, help="write the server's output here")
    args = parser.parse_args(argv)
    if not 1 <= args.clients <= 500 or not 1 <= args.seconds <= 300 or not 1 <= args.sse_clients <= 200:
        parser.error("bounded: --clients 1..500, --seconds 1..300, --sse-clients 1..200")
    why = reachable(args.pg, args.redis)
    if why:
        print(f"skipped: {why}")
        return 0
    log = open(args.log, "w") if args.log else None  # noqa: SIM115
    server = start_server(pg=args.pg, database=args.database, redis_url=args.redis, port=args.port,
                          workers=args.workers, log=log)
    try:
        ceiling, max_connections = pool_ceiling(server, args.workers)
        print(f"datachat serve --workers {args.workers}: pool ceiling {ceiling} connections "
              f"(workers x DATACHAT_DB_POOL_SIZE) vs max_connections {max_connections}")
        if args.mode in {"load", "both"}:
            tally, elapsed = asyncio.run(message_load(server, args.clients, args.seconds))
            connections = peak_connections(server)
            trivial, trivial_elapsed = asyncio.run(trivial_load(server, args.clients, args.seconds))
            turns = check_turns(server.database_url, tally.acknowledged)
            rate, trivial_rate = len(tally.latencies) / elapsed, len(trivial.latencies) / trivial_elapsed
            print(f"messages: {len(tally.latencies)} answered in {elapsed:.1f} s by {args.clients} clients = "
                  f"{rate:.1f}/s; {percentiles(tally.latencies)} (with retries)")
            print(f"  statuses {dict(sorted(tally.statuses.items()))}, 5xx other than 503: {tally.server_errors}, "
                  f"connection errors {tally.errors}, gave up {tally.gave_up}")
            print(f"trivial view GET /readyz: {len(trivial.latencies)} in {trivial_elapsed:.1f} s = "
                  f"{trivial_rate:.1f}/s; {percentiles(trivial.latencies)}; statuses "
                  f"{dict(sorted(trivial.statuses.items()))}")
            print(f"ratio messages/s : trivial/s = {rate / trivial_rate:.2f}")
            print(f"app-database connections after the message load: {connections}")
            print("turns: " + json.dumps(turns))
        if args.mode in {"sse", "both"}:
            print("sse: " + json.dumps(asyncio.run(sse_run(server, args.sse_clients))))
    finally:
        server.stop()
        if log:
            log.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
