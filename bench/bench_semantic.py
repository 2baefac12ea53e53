"""Semantic models: answers with and without a model, on Spider dev (inferred, no hand edits) and the demo shop.

Usage:
    .venv/bin/python bench/bench_semantic.py [--limit N] [--db DB_ID] [--skip-spider] [--skip-shop]

Spider dev: for each database, ``infer_model`` drafts a model (no hand edits) and the no-LLM engine answers
every question with it (``datachat.semantic.translate``) and without it. Prints accuracy (right/all) and
precision (right/answered) for both. Shop: the curated demo model on the hand-written question table of
``tests/semantic/shop_questions.py``, and which questions only the model answers. Reads
``<repo>/../shared/benchmarks/spider_dev``; skips it with a reason when absent.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import sqlalchemy as sa  # noqa: E402

from bench.bench_spider import BUDGET, DATA, SKIP_DBS  # noqa: E402
from datachat.nl2sql import (  # noqa: E402
    SemanticEngine,
    ValueIndex,
    execution_match,
    reflect_schema,
    results_match,
    run_query,
)
from datachat.semantic import to_engine_hints  # noqa: E402
from datachat.semantic.infer import infer_model  # noqa: E402
from datachat.semantic.linking import Linker  # noqa: E402
from datachat.semantic.translate import translate_with_model  # noqa: E402


def _score(con, sql, gold) -> bool:
    if not sql:
        return False
    try:
        expected = run_query(con, gold, timeout=BUDGET)
        got = run_query(con, sql, timeout=BUDGET)
        return results_match(got, expected, "order by" in gold.lower() and len(expected) > 1)
    except Exception:  # noqa: BLE001 - a failing prediction is simply wrong
        return False


def spider(limit: int, only: str | None) -> None:
    if not (DATA / "dev.json").exists():
        print(f"Spider: skipped, dev data not found at {DATA}")
        return
    items = [q for q in json.loads((DATA / "dev.json").read_text()) if q["db_id"] not in SKIP_DBS]
    items = [q for q in items if not only or q["db_id"] == only][: limit or None]
    engines = {}
    counts = {"plain": [0, 0], "model": [0, 0]}  # [right, answered]
    started = time.perf_counter()
    for k, q in enumerate(items, 1):
        db = q["db_id"]
        if db not in engines:
            path = DATA / "database" / db / f"{db}.sqlite"
            sa_engine = sa.create_engine(f"sqlite:///{path}")
            model = infer_model(sa_engine)
            plain_schema = reflect_schema(sa_engine)
            model_schema = reflect_schema(sa_engine, annotations=to_engine_hints(model))
            values = ValueIndex.build(sa_engine, plain_schema)
            con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            con.text_factory = lambda b: b.decode("utf-8", errors="replace")
            engines[db] = (
                SemanticEngine(plain_schema, values=values),
                SemanticEngine(model_schema, values=values),
                Linker(model),
                con,
            )
        plain, with_model, linker, con = engines[db]
        for name, result in (
            ("plain", plain.translate(q["question"])),
            ("model", translate_with_model(with_model, linker, q["question"])),
        ):
            counts[name][1] += bool(result.sql)
            counts[name][0] += _score(con, result.sql, q["query"])
        if k % 200 == 0:
            print(f"  [{k}/{len(items)}]", file=sys.stderr, flush=True)
    n = len(items)
    for name, label in (("plain", "without a model"), ("model", "with an inferred model")):
        right, answered = counts[name]
        print(
            f"Spider dev {label}: accuracy {right}/{n} ({100 * right / max(n, 1):.1f}%), "
            f"precision {right}/{answered} ({100 * right / max(answered, 1):.1f}%)"
        )
    print(f"  {len(engines)} databases, {time.perf_counter() - started:.0f}s")


def shop() -> None:
    from datachat.demo import build_shop_database, shop_model
    from datachat.nl2sql import get_engine
    from tests.semantic.shop_questions import QUESTIONS

    url = f"sqlite:///{build_shop_database(Path(tempfile.mkdtemp()) / 'shop.db')}"
    sa_engine = sa.create_engine(url)
    model = shop_model()
    with_model, plain, linker = get_engine(url, annotations=to_engine_hints(model)), get_engine(url), Linker(model)
    right = {"plain": 0, "model": 0}
    answered = {"plain": 0, "model": 0}
    only_model = []
    for kind, question, gold in QUESTIONS:
        m = translate_with_model(with_model, linker, question)
        p = plain.translate(question)
        ok_m, ok_p = execution_match(sa_engine, m.sql, gold), execution_match(sa_engine, p.sql, gold)
        right["model"] += ok_m
        right["plain"] += ok_p
        answered["model"] += bool(m.sql)
        answered["plain"] += bool(p.sql)
        if ok_m and not ok_p:
            only_model.append(f"{kind}: {question}")
    n = len(QUESTIONS)
    for name, label in (("plain", "without the model"), ("model", "with the curated model")):
        print(f"Demo shop {label}: accuracy {right[name]}/{n}, precision {right[name]}/{answered[name]}")
    print("  answered right only with the model:\n    " + "\n    ".join(only_model))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--db")
    ap.add_argument("--skip-spider", action="store_true")
    ap.add_argument("--skip-shop", action="store_true")
    args = ap.parse_args(argv)
    if not args.skip_shop:
        shop()
    if not args.skip_spider:
        spider(args.limit, args.db)
    print("command: .venv/bin/python bench/bench_semantic.py" + "".join(f" {a}" for a in (argv or sys.argv[1:])))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
