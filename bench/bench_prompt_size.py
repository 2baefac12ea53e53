"""Prompt size of the ``llm`` engine for a 10-table and a 100-table schema (issue 8).

Usage:
    .venv/bin/python bench/bench_prompt_size.py [--tables 10 100] [--max-tables 8]

Builds a synthetic SQLite schema (entities with foreign keys, status columns, amounts and dates, 20 rows per
table), then for a few questions renders the built-in ``text-to-sql`` prompt with the retrieved context
(relevant tables + foreign-key neighbours, sample values) and reports its size in characters and estimated
tokens (about 4 characters per token), next to the size the whole schema would take.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from django.conf import settings  # noqa: E402

if not settings.configured:
    settings.configure()

import sqlalchemy as sa  # noqa: E402

from datachat.llm.context import build_context  # noqa: E402
from datachat.llm.pricing import estimate_tokens  # noqa: E402
from datachat.llm.prompts import TEXT_TO_SQL, builtin  # noqa: E402
from datachat.nl2sql import ValueIndex, reflect_schema  # noqa: E402

ENTITIES = ["customer", "purchase", "product", "supplier", "warehouse", "shipment", "invoice", "payment", "employee",
            "department", "store", "region", "campaign", "coupon", "review", "refund", "ticket", "agent", "vendor",
            "contract"]
SUFFIXES = ["", "_history", "_note", "_tag", "_event"]
STATUSES = ["open", "active", "closed", "pending", "cancelled"]
QUESTIONS = [
    "What is the total invoice amount per region?",
    "How many open tickets does each agent have?",
    "Which supplier had the most cancelled shipments last year?",
    "Average payment amount by customer status",
]


def table_names(n: int) -> list[str]:
    names = [f"{entity}{suffix}" for suffix in SUFFIXES for entity in ENTITIES]
    return names[:n]


def make_schema_db(path: Path, n: int, seed: int = 7) -> str:
    """A SQLite database of ``n`` related tables; returns its URL."""
    rng = random.Random(seed)
    names = table_names(n)
    with sqlite3.connect(path) as db:
        for i, name in enumerate(names):
            parents = sorted({names[j] for j in (rng.randrange(i) for _ in range(2))}) if i else []
            if name.endswith(tuple(s for s in SUFFIXES if s)):
                base = name.rsplit("_", 1)[0]
                parents = sorted({base, *parents[:1]}) if base in names[:i] else parents
            columns = ["id INTEGER PRIMARY KEY", "name TEXT NOT NULL", "status TEXT", "amount REAL",
                       "created_at DATE", "code TEXT", "score INTEGER"]
            columns += [f"{parent}_id INTEGER REFERENCES {parent} (id)" for parent in parents]
            db.execute(f"CREATE TABLE {name} ({', '.join(columns)})")
            for row in range(1, 21):
                values = [row, f"{name} {row}", rng.choice(STATUSES), round(rng.uniform(5, 500), 2),
                          f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", f"C{rng.randint(100, 999)}",
                          rng.randint(1, 5)] + [rng.randint(1, 20) for _ in parents]
                db.execute(f"INSERT INTO {name} VALUES ({', '.join('?' * len(values))})", values)
    return f"sqlite:///{path}"


def measure(url: str, max_tables: int) -> dict:
    engine = sa.create_engine(url)
    schema = reflect_schema(engine)
    values = ValueIndex.build(engine, schema)
    template = builtin(TEXT_TO_SQL)

    def size(question: str, limit: int) -> tuple[int, int]:
        context = build_context(schema, question, dialect="sqlite", values=values, max_tables=limit)
        system, user = template.render(context.variables(question))
        return estimate_tokens(system + user), len(context.tables)

    retrieved = [size(q, max_tables) for q in QUESTIONS]
    full_tokens, _ = size(QUESTIONS[0], len(schema.tables))
    return {
        "tables": len(schema.tables),
        "columns": sum(len(t.columns) for t in schema.tables),
        "retrieved_tokens_median": int(statistics.median(t for t, _ in retrieved)),
        "retrieved_tokens_max": max(t for t, _ in retrieved),
        "tables_in_prompt_max": max(n for _, n in retrieved),
        "full_schema_tokens": full_tokens,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tables", type=int, nargs="+", default=[10, 100])
    parser.add_argument("--max-tables", type=int, default=8, help="DATACHAT_LLM_MAX_TABLES")
    args = parser.parse_args(argv)
    print(f"{'tables':>6} {'columns':>7} {'prompt tokens (median/max)':>27} {'tables sent (max)':>17} "
          f"{'whole schema tokens':>19}")
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.tables:
            r = measure(make_schema_db(Path(tmp) / f"s{n}.db", n), args.max_tables)
            tokens = f"{r['retrieved_tokens_median']}/{r['retrieved_tokens_max']}"
            print(f"{r['tables']:>6} {r['columns']:>7} {tokens:>27} {r['tables_in_prompt_max']:>17} "
                  f"{r['full_schema_tokens']:>19}")
    print("tokens are estimated at 4 characters per token (built-in prompt, no history, no examples)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
