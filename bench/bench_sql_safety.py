"""Guard cost against a bare parse: ``python bench/bench_sql_safety.py [--repeat N]``.

For the same 50 queries (the benign analyst set, the tenant oracle set, and engine-style SQL) it
times ``sqlglot.parse_one`` alone and the whole guard (``sql_safety.check``: parse, reject, check,
rewrite, render) and prints per-query times and the median ratio guard / parse. Goal: <= 3x.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import sqlglot  # noqa: E402

from sql_safety import check  # noqa: E402
from tests.sql_safety.helpers import load_sql_fixtures, policy  # noqa: E402


def queries() -> list[tuple[str, object]]:
    """Fifty (sql, policy) pairs that the guard accepts."""
    analyst, tenant = policy("analyst"), policy("tenant")
    cases = [(sql, analyst) for _, (sql,) in load_sql_fixtures("benign.sql", pairs=False)]
    cases += [(sql, tenant) for _, (sql,) in load_sql_fixtures("tenant.sql", pairs=False)]
    return cases[:50]


def timed(parse, guard, repeat: int) -> tuple[float, float]:
    """Fastest of ``repeat`` interleaved runs of each, in microseconds (timeit's rule: the minimum
    is the run least disturbed by other work on the machine)."""
    parse_times, guard_times = [], []
    clock = time.perf_counter
    for _ in range(repeat):
        start = clock()
        parse()
        middle = clock()
        guard()
        parse_times.append(middle - start)
        guard_times.append(clock() - middle)
    return min(parse_times) * 1e6, min(guard_times) * 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=200, help="timings per query (default 200)")
    parser.add_argument("--quiet", action="store_true", help="print only the summary")
    args = parser.parse_args()
    cases = queries()
    assert len(cases) == 50, len(cases)
    ratios = []
    for sql, pol in cases:
        check(sql, pol)  # warm caches, and prove it is accepted
        parse, guard = timed(
            lambda sql=sql, pol=pol: sqlglot.parse_one(sql, read=pol.dialect),
            lambda sql=sql, pol=pol: check(sql, pol),
            args.repeat,
        )
        ratios.append(guard / parse)
        if not args.quiet:
            print(f"{parse:8.1f} us  {guard:8.1f} us  {guard / parse:5.2f}x  {' '.join(sql.split())[:70]}")
    median = statistics.median(ratios)
    print(f"queries: {len(cases)}  median guard/parse: {median:.2f}x  "
          f"min {min(ratios):.2f}x  max {max(ratios):.2f}x  (goal <= 3x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
