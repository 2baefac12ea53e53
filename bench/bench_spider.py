"""Spider 1.0 dev: execution accuracy of the no-LLM engine (no annotations, no model).

Usage:
    .venv/bin/python bench/bench_spider.py [--db DB_ID] [--limit N] [--failures FILE.jsonl] [--no-ask]

Reads ``<repo>/../shared/benchmarks/spider_dev`` (dev.json, database/<db>/<db>.sqlite); questions on
``wta_1`` are skipped because its database is not in the snapshot. Prints overall accuracy and the
accuracy on questions whose gold SQL uses one table, then the command used. By default the engine asks when
unsure (a clarification counts as not right); ``--no-ask`` scores the engine's own reading of every question.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import sqlalchemy as sa  # noqa: E402
import sqlglot  # noqa: E402
from sqlglot import exp  # noqa: E402

from datachat.nl2sql import SemanticEngine, ValueIndex, reflect_schema, results_match, run_query  # noqa: E402

DATA = REPO.parent / "shared" / "benchmarks" / "spider_dev"
SKIP_DBS = {"wta_1"}
#: seconds a query may run before it counts as failed
BUDGET = 10.0


def gold_tables(sql: str) -> int:
    try:
        tree = sqlglot.parse_one(sql, read="sqlite")
    except Exception:  # noqa: BLE001
        return 99
    return len({t.name.lower() for t in tree.find_all(exp.Table)})


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", help="only this db_id")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--failures", help="write failed questions as JSON lines to this file")
    ap.add_argument("--no-ask", action="store_true", help="score the engine's own reading (never ask)")
    args = ap.parse_args(argv)
    if not (DATA / "dev.json").exists():
        print(f"skipped: Spider dev data not found at {DATA}")
        return 0
    items = [q for q in json.loads((DATA / "dev.json").read_text()) if q["db_id"] not in SKIP_DBS]
    if args.db:
        items = [q for q in items if q["db_id"] == args.db]
    if args.limit:
        items = items[: args.limit]
    engines: dict[str, tuple] = {}
    ok = single_ok = single_n = 0
    build_time = 0.0
    fails = []
    t_start = time.perf_counter()
    for k, q in enumerate(items, 1):
        db = q["db_id"]
        if db not in engines:
            path = DATA / "database" / db / f"{db}.sqlite"
            sa_engine = sa.create_engine(f"sqlite:///{path}")
            t0 = time.perf_counter()
            schema = reflect_schema(sa_engine)
            values = ValueIndex.build(sa_engine, schema)
            build_time += time.perf_counter() - t0
            con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            con.text_factory = lambda b: b.decode("utf-8", errors="replace")
            engines[db] = (SemanticEngine(schema, values=values), con)
        engine, con = engines[db]
        t = engine.translate(q["question"], ask=not args.no_ask)
        single = gold_tables(q["query"]) == 1
        good = False
        err = None
        if t.sql:
            try:
                gold = run_query(con, q["query"], timeout=BUDGET)
                pred = run_query(con, t.sql, timeout=BUDGET)
                ordered = "order by" in q["query"].lower() and len(gold) > 1
                good = results_match(pred, gold, ordered)
            except Exception as exc:  # noqa: BLE001
                err = str(exc)
        ok += good
        if single:
            single_n += 1
            single_ok += good
        if not good:
            fails.append(
                {"db": db, "question": q["question"], "gold": q["query"], "pred": t.sql, "error": t.error or err}
            )
        if k % 100 == 0 or k == len(items):
            print(f"  [{k}/{len(items)}] accuracy so far {ok}/{k} ({100 * ok / k:.1f}%)", file=sys.stderr, flush=True)
    n = len(items)
    elapsed = time.perf_counter() - t_start
    if args.failures:
        with open(args.failures, "w") as fh:
            for f in fails:
                fh.write(json.dumps(f) + "\n")
    print(f"Spider dev execution accuracy (no LLM): {ok}/{n} ({100 * ok / max(n, 1):.1f}%)")
    print(f"  single-table questions: {single_ok}/{single_n} ({100 * single_ok / max(single_n, 1):.1f}%)")
    print(
        f"  multi-table questions:  {ok - single_ok}/{n - single_n}"
        f" ({100 * (ok - single_ok) / max(n - single_n, 1):.1f}%)"
    )
    print(f"  databases: {len(engines)}, schema+value index build {build_time:.2f}s total, run {elapsed:.1f}s")
    print("command: .venv/bin/python bench/bench_spider.py" + "".join(f" {a}" for a in (argv or sys.argv[1:])))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
