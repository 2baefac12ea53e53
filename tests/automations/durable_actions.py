"""Actions of the durability test, imported by the worker processes (``DATACHAT_AUTOMATION_MODULES``).

Each appends a line to the file named by ``DURABILITY_MARKERS`` (with its process id) so the test can count
what ran where.
"""

import os
import time

from datachat import hooks


def _mark(text: str) -> None:
    with open(os.environ["DURABILITY_MARKERS"], "a") as markers:
        markers.write(f"{text}:{os.getpid()}\n")
        markers.flush()
        os.fsync(markers.fileno())


@hooks.action("durability.mark")
def mark(run):
    _mark(f"{run.step['id']}:done")
    return {"pid": os.getpid()}


@hooks.action("durability.slow")
def slow(run):
    _mark(f"{run.step['id']}:start")
    time.sleep(float(run.params.get("seconds", 4)))
    _mark(f"{run.step['id']}:done")
    return {"pid": os.getpid()}


GRAPH = {"steps": [
    {"id": "a", "type": "action", "handler": "durability.mark"},
    {"id": "b", "type": "action", "handler": "durability.slow", "params": {"seconds": 4}},
    {"id": "c", "type": "action", "handler": "durability.mark"},
    {"id": "end", "type": "end"},
]}
