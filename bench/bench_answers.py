"""How long building an answer takes next to running the query itself.

For results of 10, 1,000 and 5,000 rows (the default row cap) from the demo shop, time:

- the query: executing it on SQLite and reading it into a DataFrame, as the executor does;
- the answer: ``build_answer`` (types, chart, summary), and its parts.

Run: ``.venv/bin/python bench/bench_answers.py [--repeat 20]``. Prints medians in milliseconds and the ratio
answer / query. Nothing is written to the repository; the shop database is built in a temporary directory.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from datachat.demo import build_shop_database  # noqa: E402
from datachat.services.answers import build_answer  # noqa: E402
from datachat.services.charts import choose_chart  # noqa: E402
from datachat.services.results import to_table  # noqa: E402
from datachat.services.summary import summarize  # noqa: E402

REVENUE = "SUM(i.quantity * i.unit_price)"
CASES = [
    (
        10,
        "top 10 countries by revenue",
        f"SELECT c.country, {REVENUE} AS revenue FROM orders o JOIN order_items i ON i.order_id = o.id "
        "JOIN customers c ON c.id = o.customer_id GROUP BY 1 ORDER BY 2 DESC LIMIT 10",
    ),
    (
        1000,
        "revenue per order over time by channel",
        f"SELECT o.id, o.order_date, o.channel, {REVENUE} AS revenue FROM orders o "
        "JOIN order_items i ON i.order_id = o.id GROUP BY o.id ORDER BY o.id LIMIT 1000",
    ),
    (
        5000,
        "amount per order line over time",
        "SELECT o.order_date, i.quantity * i.unit_price AS amount FROM order_items i "
        "JOIN orders o ON o.id = i.order_id ORDER BY i.id LIMIT 5000",
    ),
    (
        5000,
        "order lines",
        "SELECT i.id, o.order_date, p.name AS product, i.quantity * i.unit_price AS amount FROM order_items i "
        "JOIN orders o ON o.id = i.order_id JOIN products p ON p.id = i.product_id ORDER BY i.id LIMIT 5000",
    ),
]


def _median_ms(fn, repeat: int) -> float:
    fn()  # warm up caches and imports
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20, help="timed runs per measurement (median is shown)")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        path = build_shop_database(Path(tmp) / "shop.db")
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        header = f"{'rows':>6} {'query ms':>9} {'answer ms':>10} {'ratio':>6}"
        print(f"{header}   {'types':>6} {'chart':>6} {'summary':>8}  chart")
        for expected, question, sql in CASES:
            df = pd.read_sql_query(sql, conn)
            assert len(df) == expected, (len(df), expected)
            truncated = expected == 5000
            query_ms = _median_ms(lambda sql=sql: pd.read_sql_query(sql, conn), args.repeat)
            answer_ms = _median_ms(lambda df=df, q=question, t=truncated: build_answer(df, q, truncated=t), args.repeat)
            table = to_table(df, truncated=truncated)
            types_ms = _median_ms(lambda df=df: to_table(df), args.repeat)
            chart_ms = _median_ms(lambda t=table, q=question: choose_chart(t, q), args.repeat)
            summary_ms = _median_ms(lambda t=table, q=question: summarize(t, q), args.repeat)
            answer = build_answer(df, question, truncated=truncated)
            kind = answer.chart["usermeta"]["datachat"]["kind"] if answer.chart else "none"
            print(
                f"{len(df):>6} {query_ms:>9.2f} {answer_ms:>10.2f} {answer_ms / query_ms:>6.2f}"
                f"   {types_ms:>6.2f} {chart_ms:>6.2f} {summary_ms:>8.2f}  {kind}"
            )
        conn.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
