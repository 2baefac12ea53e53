"""A pytest plugin that records every translation the tests ask for (``-p tests.nl2sql.recorder``).

With ``DATACHAT_NL2SQL_RECORD=<file>`` set, each ``SemanticEngine.translate`` call appends one JSON line
keyed by the running test and the call's number within it; ``scripts/nl2sql_baseline.py`` uses it.
"""

from __future__ import annotations

import json
import os
from collections import Counter

import pytest

from datachat.nl2sql import SemanticEngine

_calls: Counter[str] = Counter()


@pytest.fixture(autouse=True, scope="session")
def _record_translations():
    target = os.environ.get("DATACHAT_NL2SQL_RECORD")
    if not target:
        yield
        return
    original = SemanticEngine.translate

    depth = [0]

    def translate(self, question, previous=None, **options):  # options: ``ask=False`` (clarify verifies so)
        depth[0] += 1
        try:
            t = original(self, question, previous, **options)
        finally:
            depth[0] -= 1
        if depth[0]:  # a translation the engine makes itself (verifying an option) is part of the outer one
            return t
        test = os.environ.get("PYTEST_CURRENT_TEST", "?").rsplit(" (", 1)[0]
        if "test_properties" in test:  # generated examples: their order and number are not stable
            return t
        _calls[test] += 1
        row = {"k": f"{test}#{_calls[test]}", "q": question, "sql": t.sql, "x": t.explanation, "e": t.error}
        with open(target, "a") as fh:
            fh.write(json.dumps(row, separators=(",", ":"), ensure_ascii=False) + "\n")
        return t

    SemanticEngine.translate = translate
    yield
    SemanticEngine.translate = original
