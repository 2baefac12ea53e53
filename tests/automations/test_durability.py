"""Kill a real worker process in the middle of a workflow; a second worker finishes it, no step runs twice.

The workers are ``manage.py datachat_worker`` processes (the ``django_tasks_db`` worker plus the scheduler) on a
database of their own: a SQLite file, or a fresh PostgreSQL database when ``DATABASE_URL`` points at PostgreSQL.
"""

import json
import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def database_url(tmp_path):
    app_url = os.environ.get("DATABASE_URL", "")
    if not app_url.startswith("postgres"):
        yield f"sqlite:///{tmp_path / 'durability.sqlite3'}"
        return
    import psycopg
    from sqlalchemy.engine import make_url

    parsed = make_url(app_url)
    name = f"datachat_durability_{uuid.uuid4().hex[:10]}"
    admin = parsed.set(database="postgres").render_as_string(hide_password=False).replace("+psycopg", "")
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield parsed.set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(admin, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def wait_for(predicate, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


class Workers:
    """Worker processes on one database, the marker file their actions append to, and the test driver."""

    def __init__(self, database_url: str, tmp_path: Path, modules: str) -> None:
        self.markers = tmp_path / "markers.txt"
        self.markers.touch()
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "backend.settings",
            "DATABASE_URL": database_url,
            "DATACHAT_VAR_DIR": str(tmp_path),
            "DATACHAT_TASKS_BACKEND": "django_tasks_db.DatabaseBackend",
            "DATACHAT_STEP_LEASE": "1.5",
            "DATACHAT_AUTOMATION_MODULES": modules,
            "DURABILITY_MARKERS": str(self.markers),
            "DJANGO_DEBUG": "0",
            "PYTHONPATH": str(ROOT),
        }

    def run(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, *args], cwd=ROOT, env=self.env, capture_output=True, text=True, timeout=120, check=True
        )

    def driver(self, *args: str) -> str:
        """``durability_driver``'s output: ``setup``, ``setup-form``, ``report ID``, ``answer ID VALUE``."""
        return self.run("-m", "tests.automations.durability_driver", *args).stdout

    def report(self, execution_id: str) -> dict:
        return json.loads(self.driver("report", execution_id))

    def start(self, name: str) -> subprocess.Popen:
        return subprocess.Popen(
            [sys.executable, "manage.py", "datachat_worker", "--tick", "0.3", "--interval", "0.1", "--worker-id", name],
            cwd=ROOT,
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def lines(self) -> list[str]:
        return self.markers.read_text().split()


def test_killed_worker_mid_workflow_is_finished_by_another(database_url, tmp_path):
    workers = Workers(database_url, tmp_path, "tests.automations.durable_actions")
    workers.run("manage.py", "migrate", "--no-input", "-v", "0")
    execution_id = workers.driver("setup").strip()

    first = workers.start("first")
    try:
        wait_for(lambda: any(line.startswith("b:start") for line in workers.lines()), 60, "step b to start")
    finally:
        first.send_signal(signal.SIGKILL)  # no clean shutdown: the process just dies mid-step
        first.wait(timeout=10)
    state = workers.report(execution_id)
    assert state["status"] == "processing"
    assert [(s["step"], s["status"]) for s in state["steps"]] == [("a", "processed"), ("b", "processing")]

    second = workers.start("second")
    try:
        wait_for(lambda: any(line.startswith("c:done") for line in workers.lines()), 60, "step c to run")
        state = wait_for(
            lambda: (r := workers.report(execution_id))["status"] in {"processed", "failed"} and r,
            60,
            "the second worker to finish the execution",
        )
    finally:
        second.send_signal(signal.SIGTERM)
        second.wait(timeout=20)

    assert state["status"] == "processed", state
    steps = [(s["step"], s["attempt"], s["status"]) for s in state["steps"]]
    assert steps == [
        ("a", 1, "processed"),
        ("b", 1, "failed"),
        ("b", 2, "processed"),
        ("c", 1, "processed"),
        ("end", 1, "processed"),
    ]
    assert "worker lost" in state["steps"][1]["error"]
    for step in ("a", "b", "c", "end"):  # every step completed exactly once
        assert sum(1 for s in state["steps"] if s["step"] == step and s["status"] == "processed") == 1

    done = [line.rsplit(":", 1) for line in workers.lines()]
    first_pid, second_pid = str(first.pid), str(second.pid)
    assert done.count(["a:done", first_pid]) == 1
    assert [pid for text, pid in done if text == "b:start"] == [first_pid, second_pid]  # interrupted, then resumed
    assert [pid for text, pid in done if text == "b:done"] == [second_pid]
    assert [pid for text, pid in done if text == "c:done"] == [second_pid]
    assert sum(1 for text, _pid in done if text.endswith(":done")) == 3


def test_killed_worker_while_a_form_waits_loses_nothing(database_url, tmp_path):
    """A form step waits for a person; the worker is killed; the answer comes; another worker finishes the run."""
    workers = Workers(database_url, tmp_path, "tests.automations.manual_flows")
    workers.run("manage.py", "migrate", "--no-input", "-v", "0")
    execution_id = workers.driver("setup-form").strip()

    first = workers.start("first")
    try:
        wait_for(lambda: workers.report(execution_id)["tasks"], 60, "the form step to open its task")
        time.sleep(1)  # a few scheduler ticks pass over the waiting step
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=10)
    state = workers.report(execution_id)
    assert [(s["step"], s["status"]) for s in state["steps"]] == [("prepare", "processed"), ("sign", "pending")]
    assert [t["status"] for t in state["tasks"]] == ["open"]

    answered = json.loads(workers.driver("answer", execution_id, "3"))
    assert answered == ["completed", "closed"]  # a second answer finds nothing left to complete

    second = workers.start("second")
    try:
        state = wait_for(
            lambda: (r := workers.report(execution_id))["status"] in {"processed", "failed"} and r,
            60,
            "the second worker to finish the execution",
        )
    finally:
        second.send_signal(signal.SIGTERM)
        second.wait(timeout=20)
    assert state["status"] == "processed", state
    assert [(s["step"], s["attempt"], s["status"]) for s in state["steps"]] == [
        ("prepare", 1, "processed"),
        ("sign", 1, "processed"),
        ("publish", 1, "processed"),
        ("end", 1, "processed"),
    ]
    assert state["steps"][1]["output"]["data"] == {"seen": 3, "note": ""}
    assert workers.lines() == ["prepare", "publish:3"]  # each side effect exactly once
