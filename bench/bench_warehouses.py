"""Chinook dev-set accuracy of the semantic engine on SQLite, MariaDB and ClickHouse, side by side.

Each warehouse holds the same data (loaded by tests/warehouses/chinook.py). An answer is right when it
returns the gold SQL's result, the gold run on the SQLite original or, transpiled by sqlglot, on the
same engine. When a LIMIT cuts through tied rows, rows whose numbers equal the last gold row's may
differ (engines break ties in their own order).

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


def _numbers(row: tuple) -> tuple:
    return tuple(round(float(v), 2) for v in row if isinstance(v, int | float))


def same_answer(rows: list[tuple], gold: list[tuple], ordered: bool, limited: bool) -> bool:
    """Execution match, where a LIMIT that cuts through ties may keep any of the tied rows: rows
    whose numbers equal the last gold row's may differ (engines break ties in their own order)."""
    from datachat.nl2sql import results_match

    rows, gold = [_plain(r) for r in rows], [_plain(r) for r in gold]
    ordered = ordered and len(gold) > 1
    if results_match(rows, gold, ordered=ordered):
        return True
    if not (limited and ordered and rows and len(rows) == len(gold) and _numbers(gold[-1])):
        return False
    boundary = _numbers(gold[-1])
    keep = [i for i, row in enumerate(gold) if _numbers(row) != boundary]
    tied = [i for i in range(len(rows)) if i not in keep]
    return (results_match([rows[i] for i in keep], [gold[i] for i in keep], ordered=True)
            and all(_numbers(rows[i]) == boundary for i in tied))


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
        limited = " limit " in q["gold"].lower()
        ok = rows is not None and any(same_answer(rows, gold, ordered, limited) for gold in golds)
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
