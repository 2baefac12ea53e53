"""Development-set accuracy and latency of the no-LLM engine (Chinook and the demo shop).

Usage:
    .venv/bin/python bench/bench_nl2sql.py [--verbose]

Prints, per database: execution accuracy on ``tests/nl2sql/dev/<db>.jsonl``, the value index build time,
and the median / p95 translation time per question measured in one process after a warm-up pass.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import sqlalchemy as sa  # noqa: E402

from datachat.nl2sql import SemanticEngine, ValueIndex, execution_match, load_questions, reflect_schema  # noqa: E402

BENCH = REPO.parent / "shared" / "benchmarks"
DEV = REPO / "tests" / "nl2sql" / "dev"


def databases(tmp: Path) -> list[tuple[str, str | None, str]]:
    out = []
    chinook = BENCH / "chinook" / "Chinook_Sqlite.sqlite"
    out.append(("chinook", f"sqlite:///{chinook}" if chinook.exists() else None, f"not found: {chinook}"))
    try:
        from datachat.demo.shop import build_shop_database

        path = tmp / "shop.db"
        build_shop_database(path)
        out.append(("shop", f"sqlite:///{path}", ""))
    except ImportError as exc:
        out.append(("shop", None, f"datachat.demo.shop unavailable ({exc})"))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--verbose", "-v", action="store_true", help="print every failed question")
    args = ap.parse_args(argv)
    all_times: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, url, why in databases(Path(tmp)):
            qfile = DEV / f"{name}.jsonl"
            if url is None or not qfile.exists():
                print(f"{name}: skipped ({why or f'no {qfile}'})")
                continue
            sa_engine = sa.create_engine(url)
            t0 = time.perf_counter()
            schema = reflect_schema(sa_engine)
            t1 = time.perf_counter()
            builds = []
            for _ in range(3):  # the machine may be busy: report the median of three builds
                b0 = time.perf_counter()
                values = ValueIndex.build(sa_engine, schema)
                builds.append(time.perf_counter() - b0)
            build_ms = 1000 * statistics.median(builds)
            t2 = time.perf_counter()
            engine = SemanticEngine(schema, values=values)
            t3 = time.perf_counter()
            items = load_questions(qfile)
            for q in items:  # warm-up
                engine.translate(q["question"])
            times = []
            ok = 0
            for q in items:
                s = time.perf_counter()
                t = engine.translate(q["question"])
                times.append((time.perf_counter() - s) * 1000)
                good = execution_match(sa_engine, t.sql, q["gold"])
                ok += good
                if args.verbose and not good:
                    print(f"  FAIL {q['id']}: {q['question']}\n     got:  {t.sql or t.error}\n     gold: {q['gold']}")
            all_times += times
            n = len(items)
            print(
                f"{name}: execution accuracy {ok}/{n} ({100 * ok / n:.1f}%); "
                f"reflect {1000 * (t1 - t0):.0f} ms, value index build {build_ms:.0f} ms (median of 3) "
                f"({len(values.entries)} values), engine {1000 * (t3 - t2):.0f} ms; "
                f"latency median {statistics.median(times):.2f} ms, p95 {sorted(times)[int(0.95 * (n - 1))]:.2f} ms"
            )
    if all_times:
        print(
            f"overall median latency after warm-up: {statistics.median(all_times):.2f} ms"
            f" over {len(all_times)} questions"
        )
    print("command: .venv/bin/python bench/bench_nl2sql.py" + "".join(f" {a}" for a in (argv or sys.argv[1:])))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
