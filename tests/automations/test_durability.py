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


def _worker_env(database_url: str, tmp_path, modules: str) -> tuple:
    """The marker file the actions append to and the environment of a worker process running ``modules``."""
    markers = tmp_path / "markers.txt"
    markers.touch()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "backend.settings",
        "DATABASE_URL": database_url,
        "DATACHAT_VAR_DIR": str(tmp_path),
        "DATACHAT_TASKS_BACKEND": "django_tasks_db.DatabaseBackend",
        "DATACHAT_STEP_LEASE": "1.5",
        "DATACHAT_AUTOMATION_MODULES": modules,
        "DURABILITY_MARKERS": str(markers),
        "DJANGO_DEBUG": "0",
        "PYTHONPATH": str(ROOT),
    }
    return markers, env


def test_killed_worker_mid_workflow_is_finished_by_another(database_url, tmp_path):
    markers, env = _worker_env(database_url, tmp_path, "tests.automations.durable_actions")

    def run(*args, check=True):
        return subprocess.run([sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True,
                              timeout=120, check=check)

    def worker(name):
        return subprocess.Popen([sys.executable, "manage.py", "datachat_worker", "--tick", "0.3", "--interval", "0.1",
                                 "--worker-id", name], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)

    def lines():
        return markers.read_text().split()

    def report():
        return json.loads(run("-m", "tests.automations.durability_driver", "report", execution_id).stdout)

    run("manage.py", "migrate", "--no-input", "-v", "0")
    execution_id = run("-m", "tests.automations.durability_driver", "setup").stdout.strip()

    first = worker("first")
    try:
        wait_for(lambda: any(line.startswith("b:start") for line in lines()), 60, "step b to start")
    finally:
        first.send_signal(signal.SIGKILL)  # no clean shutdown: the process just dies mid-step
        first.wait(timeout=10)
    state = report()
    assert state["status"] == "processing"
    assert [(s["step"], s["status"]) for s in state["steps"]] == [("a", "processed"), ("b", "processing")]

    second = worker("second")
    try:
        wait_for(lambda: any(line.startswith("c:done") for line in lines()), 60, "step c to run")
        state = wait_for(lambda: (r := report())["status"] in {"processed", "failed"} and r, 60,
                         "the second worker to finish the execution")
    finally:
        second.send_signal(signal.SIGTERM)
        second.wait(timeout=20)

    assert state["status"] == "processed", state
    steps = [(s["step"], s["attempt"], s["status"]) for s in state["steps"]]
    assert steps == [("a", 1, "processed"), ("b", 1, "failed"), ("b", 2, "processed"), ("c", 1, "processed"),
                     ("end", 1, "processed")]
    assert "worker lost" in state["steps"][1]["error"]
    for step in ("a", "b", "c", "end"):  # every step completed exactly once
        assert sum(1 for s in state["steps"] if s["step"] == step and s["status"] == "processed") == 1

    done = [line.rsplit(":", 1) for line in lines()]
    first_pid, second_pid = str(first.pid), str(second.pid)
    assert done.count(["a:done", first_pid]) == 1
    assert [pid for text, pid in done if text == "b:start"] == [first_pid, second_pid]  # interrupted, then resumed
    assert [pid for text, pid in done if text == "b:done"] == [second_pid]
    assert [pid for text, pid in done if text == "c:done"] == [second_pid]
    assert sum(1 for text, _pid in done if text.endswith(":done")) == 3


def test_killed_worker_while_a_form_waits_loses_nothing(database_url, tmp_path):
    """A form step waits for a person; the worker is killed; the answer comes; another worker finishes the run."""
    markers, env = _worker_env(database_url, tmp_path, "tests.automations.manual_flows")

    def run(*args):
        return subprocess.run([sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True,
                              timeout=120, check=True)

    def worker(name):
        return subprocess.Popen([sys.executable, "manage.py", "datachat_worker", "--tick", "0.3", "--interval", "0.1",
                                 "--worker-id", name], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)

    def report():
        return json.loads(run("-m", "tests.automations.durability_driver", "report", execution_id).stdout)

    run("manage.py", "migrate", "--no-input", "-v", "0")
    execution_id = run("-m", "tests.automations.durability_driver", "setup-form").stdout.strip()

    first = worker("first")
    try:
        wait_for(lambda: report()["tasks"], 60, "the form step to open its task")
        time.sleep(1)  # a few scheduler ticks pass over the waiting step
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=10)
    state = report()
    assert [(s["step"], s["status"]) for s in state["steps"]] == [("prepare", "processed"), ("sign", "pending")]
    assert [t["status"] for t in state["tasks"]] == ["open"]

    answered = json.loads(run("-m", "tests.automations.durability_driver", "answer", execution_id, "3").stdout)
    assert answered == ["completed", "closed"]  # a second answer finds nothing left to complete

    second = worker("second")
    try:
        state = wait_for(lambda: (r := report())["status"] in {"processed", "failed"} and r, 60,
                         "the second worker to finish the execution")
    finally:
        second.send_signal(signal.SIGTERM)
        second.wait(timeout=20)
    assert state["status"] == "processed", state
    assert [(s["step"], s["attempt"], s["status"]) for s in state["steps"]] == [
        ("prepare", 1, "processed"), ("sign", 1, "processed"), ("publish", 1, "processed"), ("end", 1, "processed")]
    assert state["steps"][1]["output"]["data"] == {"seen": 3, "note": ""}
    assert markers.read_text().split() == ["prepare", "publish:3"]  # each side effect exactly once
