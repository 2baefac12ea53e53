"""A fresh process's first answer on the shop demo, cold and after ``datachat.nl2sql.warm`` (what a server worker
runs before it serves): engine build (reflection and value index) and the first translation, median of fresh runs.

    .venv/bin/python bench/bench_warm.py [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def one(path: str, warm: bool) -> dict:
    import time

    import sqlalchemy as sa

    from datachat.nl2sql import SemanticEngine, ValueIndex, reflect_schema
    from datachat.nl2sql.warm import warm as load

    t0 = time.perf_counter()
    if warm:
        load()
    t1 = time.perf_counter()
    engine = sa.create_engine(f"sqlite:///{path}")
    schema = reflect_schema(engine)
    semantic = SemanticEngine(schema, values=ValueIndex.build(engine, schema))
    t2 = time.perf_counter()
    semantic.translate("revenue by category in 2024")
    t3 = time.perf_counter()
    return {"warm_s": t1 - t0, "build_s": t2 - t1, "first_ms": (t3 - t2) * 1000}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--one", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(one(args.one[0], args.one[1] == "warm")))
        return 0
    from datachat.demo import build_shop_database

    path = str(build_shop_database(Path(tempfile.mkdtemp()) / "shop.sqlite3"))
    print(f"{'process':<8} {'warm-up s':>10} {'engine build s':>15} {'first answer ms':>16}   (median of {args.runs})")
    for mode in ("cold", "warm"):
        runs = [
            json.loads(subprocess.run([sys.executable, __file__, "--one", path, mode], capture_output=True, text=True,
                                      check=True).stdout)
            for _ in range(args.runs)
        ]  # fmt: skip
        med = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
        print(f"{mode:<8} {med['warm_s']:>10.2f} {med['build_s']:>15.2f} {med['first_ms']:>16.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
