"""Every dev-set question still translates as recorded in ``tests/nl2sql/baseline/`` (the same statement:
both sides rendered by sqlglot, so spelling such as ``!=``/``<>`` does not count), unless the change is listed,
with its reason, in ``baseline/changes.json`` (re-record with ``scripts/nl2sql_baseline.py record``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlglot

from .conftest import DEV

BASELINE = Path(__file__).resolve().parent / "baseline"


def _recorded(name: str) -> dict[str, dict]:
    rows = (json.loads(line) for line in (BASELINE / f"{name}.jsonl").read_text().splitlines() if line.strip())
    return {r["k"]: r for r in rows}


def _canonical(sql: str | None) -> str | None:
    return None if sql is None else sqlglot.parse_one(sql, read="sqlite").sql(dialect="sqlite")


def _explained() -> dict[str, str]:
    path = BASELINE / "changes.json"
    return json.loads(path.read_text()) if path.exists() else {}


@pytest.mark.parametrize("name", ["chinook", "shop"])
def test_dev_set_translations_match_the_baseline(name, request):
    _, engine = request.getfixturevalue(name)
    recorded, explained = _recorded(name), _explained()
    changed = []
    for line in (DEV / f"{name}.jsonl").read_text().splitlines():
        item = json.loads(line)
        t = engine.translate(item["question"])
        old = recorded[item["id"]]
        before = (_canonical(old["sql"]), old["x"], old["e"])
        if before != (_canonical(t.sql), t.explanation, t.error) and item["id"] not in explained:
            changed.append((item["id"], item["question"], old["sql"], t.sql, old["x"], t.explanation))
    assert not changed, "unexplained translation changes:\n" + "\n".join(map(str, changed))
