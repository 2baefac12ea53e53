"""Chinook dev-set accuracy of the semantic engine on SQLite, MariaDB and ClickHouse, side by side.

Each warehouse holds the same data (loaded by tests/warehouses/chinook.py). An answer is right when it
returns the gold SQL's result, the gold run on the SQLite original or, transpiled by sqlglot, on the
same engine. When the gold's LIMIT cuts through rows tied on its first ORDER BY key (the ranking the
question asks for; later keys only break ties), any of the tied rows
may be kept (engines break ties in their own order); the gold is re-run without the LIMIT to know them.

    python bench/bench_warehouses.py                      # MariaDB at DATACHAT_TEST_MYSQL, ClickHouse in chDB
    DATACHAT_TEST_MYSQL=mysql+pymysql://root@127.0.0.1:3306 python bench/bench_warehouses.py

A warehouse that is unavailable is reported as skipped, with the reason.
"""

from __future__ import annotations

import contextlib
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.warehouses.chinook import CHINOOK  # noqa: E402
from tests.warehouses.servers import chdb_url, declared_keys, fresh_mysql_database  # noqa: E402

DEV = ROOT / "tests" / "nl2sql" / "dev" / "chinook.jsonl"


def gold_sql(sql: str, dialect: str) -> str:
    """The SQLite gold query in ``dialect``; derived tables get the aliases MySQL requires."""
    import sqlglot
    from sqlglot.optimizer.qualify_tables import qualify_tables

    return qualify_tables(sqlglot.parse_one(sql, read="sqlite")).sql(dialect)


def _plain(row: tuple) -> tuple:
    """Numbers rounded to 4 places, whole ones as ints (98.99999999999999 and 99 are one answer)."""
    out = []
    for v in row:
        if isinstance(v, float):
            v = round(v, 4)
            v = int(v) if v.is_integer() else v
        out.append(v)
    return tuple(out)


def _cells(row: tuple) -> tuple:
    """A row as a sorted tuple of its printed values (answers may order their columns differently)."""
    return tuple(sorted(str(v) for v in _plain(row)))


def tied_gold(gold: str) -> tuple[list[tuple], list[tuple], int] | None:
    """For a gold query with ORDER BY and LIMIT n: every row it could return without the LIMIT, in order,
    with its ORDER BY key, run on the SQLite original. None for other queries."""
    import sqlglot
    from sqlglot import exp

    from datachat.nl2sql import run_query

    tree = sqlglot.parse_one(gold, read="sqlite")
    order, limit = tree.args.get("order"), tree.args.get("limit")
    if not isinstance(tree, exp.Select) or order is None or limit is None:
        return None
    width = len(tree.expressions)
    keyed = tree.copy()
    keyed.set("limit", None)
    # The first ORDER BY key is what the question ranks by; later keys only break its ties.
    for i, ordered in enumerate(order.expressions[:1]):
        key = ordered.this
        if isinstance(key, exp.Literal) and key.is_int:  # ORDER BY 2
            key = tree.expressions[int(key.name) - 1]
        keyed = keyed.select(exp.alias_(key.unalias().copy(), f"tie_key_{i}"))
    rows = run_query(CHINOOK, keyed.sql("sqlite"))
    return [r[:width] for r in rows], [r[width:] for r in rows], int(limit.expression.name)


def equal_under_ties(rows: list[tuple], full: list[tuple], keys: list[tuple], n: int) -> bool:
    """``rows`` is a valid answer of ``ORDER BY ... LIMIT n`` whose unlimited, ordered result is ``full``:
    every row ranked before the last kept key is there, the rest share that key, in key order."""
    n = min(n, len(full))
    if len(rows) != n or n == 0:
        return False
    boundary = keys[n - 1]
    rank = {}
    for i, key in enumerate(keys):
        rank.setdefault(key, i)
    pool: dict[tuple, list[int]] = {}
    for i, row in enumerate(full):
        if i < n or keys[i] == boundary:
            pool.setdefault(_cells(row), []).append(i)
    needed = {i for i in range(n) if keys[i] != boundary}
    ranks = []
    for row in rows:
        found = pool.get(_cells(row))
        if not found:
            return False
        i = found.pop(0)
        needed.discard(i)
        ranks.append(rank[keys[i]])
    return not needed and ranks == sorted(ranks)


def same_answer(rows: list[tuple], gold: list[tuple], ordered: bool, ties=None) -> bool:
    """Execution match; with ``ties`` (from :func:`tied_gold`) a LIMIT that cuts through tied rows may
    keep any of them (engines break ties in their own order)."""
    from datachat.nl2sql import results_match

    if results_match([_plain(r) for r in rows], [_plain(r) for r in gold], ordered=ordered and len(gold) > 1):
        return True
    return ties is not None and equal_under_ties(rows, *ties)


def accuracy(url, annotations=None) -> tuple[int, int, list[str], float]:
    """(correct, total, ids answered wrong, seconds) of the dev set on ``url``."""
    import sqlalchemy as sa

    from datachat.nl2sql import load_questions, run_query
    from datachat.nl2sql.cache import dialect_of, get_engine

    engine = sa.create_engine(url) if isinstance(url, str) else url
    semantic = get_engine(engine, annotations=annotations, refresh=True)
    correct, wrong, started = 0, [], time.perf_counter()
    questions = [q for q in load_questions(DEV) if q.get("gold")]
    for q in questions:
        golds = [run_query(CHINOOK, q["gold"])]
        with contextlib.suppress(Exception):  # SQLite-only syntax: the SQLite result is the reference
            golds.append(run_query(engine, gold_sql(q["gold"], dialect_of(engine))))
        sql = semantic.translate(q["question"]).sql
        try:
            rows = run_query(engine, sql) if sql else None
        except Exception:  # noqa: BLE001 - a failing query is a wrong answer
            rows = None
        ordered = "order by" in q["gold"].lower()
        ties = tied_gold(q["gold"])
        ok = rows is not None and any(same_answer(rows, gold, ordered, ties) for gold in golds)
        correct += ok
        if not ok:
            wrong.append(q["id"])
    return correct, len(questions), wrong, time.perf_counter() - started


def main() -> int:
    if not CHINOOK.exists():
        print(f"SKIP: Chinook not found at {CHINOOK} (../shared/benchmarks absent)")
        return 0
    rows = [("SQLite", *accuracy(f"sqlite:///{CHINOOK}"))]
    keys = {"foreign_keys": declared_keys(CHINOOK)}
    try:
        with fresh_mysql_database("bench") as url:
            rows.append(("MariaDB", *accuracy(url)))
    except RuntimeError as exc:
        rows.append(("MariaDB", None, None, [str(exc)], 0.0))
    with tempfile.TemporaryDirectory() as folder:
        try:
            url = chdb_url(Path(folder) / "chinook")
            rows.append(("ClickHouse (chDB)", *accuracy(url, annotations=keys)))
        except RuntimeError as exc:
            rows.append(("ClickHouse (chDB)", None, None, [str(exc)], 0.0))
    print(f"{'source':<20} {'accuracy':>16} {'seconds':>8}  wrong")
    for name, correct, total, wrong, seconds in rows:
        if correct is None:
            print(f"{name:<20} {'skipped':>16} {'':>8}  {wrong[0]}")
            continue
        print(f"{name:<20} {f'{correct}/{total} ({100 * correct / total:.1f}%)':>16} {seconds:8.2f}  "
              f"{' '.join(w.split('-')[-1] for w in wrong) or '-'}")
    scores = {r[1] for r in rows if r[1] is not None}
    print("equal accuracy:", "yes" if len(scores) == 1 else "NO")
    return 0 if len(scores) == 1 else 1


if __name__ == "__main__":
    raise SystemExit(main())
