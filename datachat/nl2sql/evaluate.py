"""Execution accuracy: do two SELECTs return the same result?"""

from __future__ import annotations

import itertools
import re
import sqlite3
import time
from collections import Counter
from pathlib import Path
from typing import Any

import sqlalchemy as sa


def _norm_cell(v: Any) -> Any:
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, float):
        if v.is_integer():
            return int(v)
        return round(v, 4)
    if isinstance(v, (bytes, bytearray)):
        return bytes(v)
    if v is None or isinstance(v, (int, str)):
        return v
    try:
        f = float(v)  # Decimal and friends
        return int(f) if f.is_integer() else round(f, 4)
    except (TypeError, ValueError):
        return str(v)


def run_query(source: Any, sql: str, timeout: float = 30.0) -> list[tuple]:
    """Run ``sql`` and return normalised rows: the one way a query is run for evaluation (tests and benches).

    Args:
        source: a SQLAlchemy engine, a database URL, a SQLite file path (opened read-only) or a sqlite3 connection.
        sql: the statement.
        timeout: on SQLite, the statement is interrupted after this many seconds (``sqlite3.OperationalError``),
            so one runaway query cannot stall a benchmark.
    """
    if isinstance(source, sqlite3.Connection):
        rows = _sqlite_rows(source, sql, timeout)
    elif isinstance(source, (str, Path)) and not str(source).startswith(("sqlite:", "postgresql", "duckdb", "mysql")):
        con = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=timeout)
        con.text_factory = lambda b: b.decode("utf-8", errors="replace")
        try:
            rows = _sqlite_rows(con, sql, timeout)
        finally:
            con.close()
    else:
        eng = sa.create_engine(source) if isinstance(source, str) else source
        with eng.connect() as conn:
            # The driver's own cursor, with no parameters: pymysql would otherwise read "%" in LIKE '%x%'
            # as a placeholder.
            cursor = conn.connection.dbapi_connection.cursor()
            try:
                cursor.execute(sql)
                rows = cursor.fetchall()
            finally:
                cursor.close()
    return [tuple(_norm_cell(v) for v in r) for r in rows]


def _sqlite_rows(con: sqlite3.Connection, sql: str, timeout: float) -> list:
    """``sql``'s rows on ``con``, interrupted once ``timeout`` seconds have passed."""
    deadline = time.monotonic() + timeout
    con.set_progress_handler(lambda: 1 if time.monotonic() > deadline else 0, 10000)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.set_progress_handler(None, 0)


def _has_order_by(sql: str) -> bool:
    return re.search(r"\border\s+by\b", sql, re.I) is not None


def results_match(pred: list[tuple], gold: list[tuple], ordered: bool) -> bool:
    """Compare result sets; columns may come in another order (same multiset of rows)."""
    if len(pred) != len(gold):
        return False
    if not gold:
        return True
    np, ng = len(pred[0]), len(gold[0])
    if np != ng:
        return False
    key = str
    gold_cmp = [tuple(key(v) for v in r) for r in gold]
    perms = itertools.permutations(range(np)) if np <= 5 else [tuple(range(np))]
    for perm in perms:
        p = [tuple(key(r[i]) for i in perm) for r in pred]
        if ordered:
            if p == gold_cmp:
                return True
        elif Counter(p) == Counter(gold_cmp):
            return True
    return False


def execution_match(source: Any, predicted_sql: str | None, gold_sql: str) -> bool:
    """True when ``predicted_sql`` returns the same rows as ``gold_sql`` on ``source``.

    Order matters only when the gold SQL has an ORDER BY. Column order does not matter.

    Args:
        source: a SQLAlchemy engine, a database URL, a SQLite file path or a sqlite3 connection.
        predicted_sql: the candidate (``None`` never matches).
        gold_sql: the reference query.
    """
    if not predicted_sql:
        return False
    try:
        gold = run_query(source, gold_sql)
    except Exception:  # noqa: BLE001
        return False
    try:
        pred = run_query(source, predicted_sql)
    except Exception:  # noqa: BLE001
        return False
    return results_match(pred, gold, ordered=_has_order_by(gold_sql) and len(gold) > 1)


def load_questions(path: str | Path) -> list[dict[str, Any]]:
    """Read a JSONL file of ``{"id", "question", "gold"?}`` objects (blank lines and ``#`` lines skipped)."""
    import json

    out = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(json.loads(line))
    return out


def evaluate_questions(
    database: Any,
    questions: str | Path | list[dict[str, Any]],
    engine: Any = None,
    include: dict[str, Any] | None = None,
    annotations: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Execution accuracy of the semantic engine on questions that carry a ``gold`` SQL.

    Args:
        database: a database URL or SQLAlchemy engine.
        questions: a JSONL path or a list of dicts with ``id``, ``question`` and ``gold``.
        engine: a ready :class:`SemanticEngine`; built (and cached) from ``database`` when omitted.

    Returns:
        ``{"correct", "total", "accuracy", "summary", "results": [{"id", "question", "sql", "error", "match"}]}``
        where ``summary`` is the line ``execution accuracy: K/N (P%)``.
    """
    from .cache import get_engine

    items = load_questions(questions) if isinstance(questions, (str, Path)) else list(questions)
    sa_engine = sa.create_engine(database) if isinstance(database, str) else database
    engine = engine or get_engine(sa_engine, include=include, annotations=annotations)
    results = []
    correct = total = 0
    for q in items:
        if not q.get("gold"):
            continue
        t = engine.translate(q["question"])
        ok = execution_match(sa_engine, t.sql, q["gold"])
        total += 1
        correct += ok
        results.append({"id": q.get("id"), "question": q["question"], "sql": t.sql, "error": t.error, "match": ok})
    acc = correct / total if total else 0.0
    return {
        "correct": correct,
        "total": total,
        "accuracy": acc,
        "summary": f"execution accuracy: {correct}/{total} ({100 * acc:.1f}%)",
        "results": results,
    }
