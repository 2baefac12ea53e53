"""GeoQuery (text2sql-data SQL version): execution accuracy of the no-LLM engine.

Usage:
    .venv/bin/python bench/bench_geoquery.py [--split dev|test|train|all] [--failures FILE.jsonl]

Reads ``<repo>/../shared/benchmarks/geoquery``. Each sentence is instantiated by replacing its variable
placeholders (in the question and the gold SQL) with the sentence's values, and ``sql-only`` variables with
their ``example`` value. Gold queries that fail to run on the SQLite file are skipped and counted.
Prints overall accuracy and the accuracy on questions whose gold SQL uses one table, then the command.
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

DATA = REPO.parent / "shared" / "benchmarks" / "geoquery"


def instantiate(entry: dict, sentence: dict) -> tuple[str, str]:
    text = sentence["text"]
    sql = entry["sql"][0]
    values = dict(sentence.get("variables", {}))
    for var in entry.get("variables", []):
        values.setdefault(var["name"], var.get("example", ""))
    for name in sorted(values, key=len, reverse=True):
        text = text.replace(name, values[name])
        sql = sql.replace(f'"{name}"', "'" + values[name].replace("'", "''") + "'").replace(name, values[name])
    return text, sql


def n_tables(sql: str) -> int:
    try:
        return len({t.name.lower() for t in sqlglot.parse_one(sql, read="sqlite").find_all(exp.Table)})
    except Exception:  # noqa: BLE001
        return 99


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="all", choices=["all", "train", "dev", "test"])
    ap.add_argument("--failures", help="write failed questions as JSON lines to this file")
    args = ap.parse_args(argv)
    db = DATA / "geography-db.added-in-2020.sqlite"
    if not db.exists():
        print(f"skipped: GeoQuery data not found at {DATA}")
        return 0
    entries = json.loads((DATA / "geography.json").read_text())
    sa_engine = sa.create_engine(f"sqlite:///{db}")
    t0 = time.perf_counter()
    schema = reflect_schema(sa_engine)
    values = ValueIndex.build(sa_engine, schema)
    build = time.perf_counter() - t0
    engine = SemanticEngine(schema, values=values)
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    ok = n = single_ok = single_n = bad_gold = answered = 0
    fails = []
    for entry in entries:
        for sentence in entry["sentences"]:
            if args.split != "all" and sentence["question-split"] != args.split:
                continue
            question, gold_sql = instantiate(entry, sentence)
            try:
                gold = run_query(con, gold_sql)
            except sqlite3.Error:
                bad_gold += 1
                continue
            n += 1
            single = n_tables(gold_sql) == 1
            t = engine.translate(question)
            good = False
            answered += bool(t.sql)
            if t.sql:
                try:
                    pred = run_query(con, t.sql)
                    good = results_match(pred, gold, ordered=False)
                except sqlite3.Error:
                    pass
            ok += good
            single_n += single
            single_ok += good and single
            if not good:
                fails.append({"question": question, "gold": gold_sql, "pred": t.sql, "error": t.error})
            if n % 200 == 0:
                print(f"  [{n}] accuracy so far {ok}/{n} ({100 * ok / n:.1f}%)", file=sys.stderr, flush=True)
    if args.failures:
        with open(args.failures, "w") as fh:
            for f in fails:
                fh.write(json.dumps(f) + "\n")
    print(f"GeoQuery ({args.split}) execution accuracy (no LLM): {ok}/{n} ({100 * ok / max(n, 1):.1f}%)")
    print(f"  precision (right / answered): {ok}/{answered} ({100 * ok / max(answered, 1):.1f}%)")
    print(f"  single-table questions: {single_ok}/{single_n} ({100 * single_ok / max(single_n, 1):.1f}%)")
    print(
        f"  gold queries that do not run on the SQLite file (skipped): {bad_gold};"
        f" value index build {build * 1000:.0f} ms"
    )
    print("command: .venv/bin/python bench/bench_geoquery.py" + "".join(f" {a}" for a in (argv or sys.argv[1:])))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
