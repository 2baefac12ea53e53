"""``datachat demo``: migrate, seed, start a worker beside the server, serve until interrupted."""

import os
import signal
import subprocess
import sys

from django.core.management import call_command

from .seeding import seed_demo


def run_demo(*, port: int = 8000, host: str = "127.0.0.1", worker: bool = True) -> int:
    call_command("migrate", interactive=False, verbosity=0)
    info = seed_demo(port=port)
    print(f"Demo shop database: {info['database']}")
    print(f"Demo embed {info['embed_id']}, publishable key {info['publishable_key']}")
    print(f"Open http://{host}:{port}/  (API docs: http://{host}:{port}/api/v1/docs)", flush=True)
    worker_process = None
    if worker:
        env = {**os.environ, "DJANGO_SETTINGS_MODULE": os.environ.get("DJANGO_SETTINGS_MODULE", "backend.settings")}
        worker_process = subprocess.Popen([sys.executable, "-m", "datachat.cli", "worker"], env=env)  # noqa: S603
    previous = signal.signal(signal.SIGTERM, _interrupt)  # SIGTERM stops the demo like Ctrl-C (SIGINT)
    try:
        call_command("runserver", f"{host}:{port}", use_reloader=False, use_threading=True)
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        if worker_process is not None:
            stop_process(worker_process)
    return 0


def _interrupt(signum, frame) -> None:
    raise KeyboardInterrupt


def stop_process(process: subprocess.Popen, timeout: float = 10) -> None:
    """Ask a child process to stop (SIGTERM), and kill it if it has not within ``timeout`` seconds."""
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=timeout)
