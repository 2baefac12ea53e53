"""``datachat demo`` as a user runs it: a real process with its worker, stopped by SIGTERM or SIGINT."""

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def children_of(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    if not path.exists():
        pytest.skip("needs Linux /proc to see the worker process")
    return [int(p) for p in path.read_text().split()]


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_demo_stops_its_worker(tmp_path, signum):
    env = {**os.environ, "DATACHAT_VAR_DIR": str(tmp_path), "DJANGO_SETTINGS_MODULE": "backend.settings",
           "DATABASE_URL": f"sqlite:///{tmp_path / 'app.sqlite3'}", "PYTHONUNBUFFERED": "1"}
    env.pop("REDIS_URL", None)
    demo = subprocess.Popen([sys.executable, "-m", "datachat.cli", "demo", "--port", str(free_port())],  # noqa: S603
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 120
        workers: list[int] = []
        while time.monotonic() < deadline and not workers:
            if demo.poll() is not None:
                pytest.fail("demo exited early:\n" + demo.stdout.read())
            workers = children_of(demo.pid)
            time.sleep(0.3)
        assert workers, "the demo started no worker"
        time.sleep(1)
        demo.send_signal(signum)
        demo.wait(timeout=30)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and any(alive(pid) for pid in workers):
            time.sleep(0.2)
        assert not any(alive(pid) for pid in workers), "the worker outlived the demo"
    finally:
        if demo.poll() is None:
            demo.kill()
            demo.wait()
