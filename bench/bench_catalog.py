"""Large catalogs: reflect a generated 2,000-table SQLite catalog; time to first answer and memory.

    python bench/bench_catalog.py [--tables 2000] [--exposed 50]

Builds ``var/bench_catalog_<N>.sqlite`` once (N tables of five columns, a foreign key to the previous
table, 10 rows each), then measures in fresh processes (so memory is per scenario):

* ``all``: the engine sees every table (reflection, value index, first answer, second answer);
* ``exposed``: the source exposes only ``--exposed`` tables, as an embed would; the engine reflects
  only those and the guard's policy lists only those;
* ``refresh``: a refresh on demand (the cached engine is rebuilt) after the first answer.

Peak memory is the process's maximum resident set size (``ru_maxrss``).
"""

from __future__ import annotations

import argparse
import json
import resource
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

FIRST = ["north", "south", "east", "west", "central", "online", "retail", "partner", "export", "import"]
SECOND = ["orders", "returns", "invoices", "payments", "shipments", "refunds", "quotes", "leads", "visits",
          "tickets", "claims", "bookings", "renewals", "credits", "deposits", "transfers", "audits", "surveys",
          "trials", "upgrades"]


def table_names(count: int) -> list[str]:
    """``count`` distinct, readable table names (region_kind_NN)."""
    names = []
    for i in range(count):
        first, second = FIRST[i % len(FIRST)], SECOND[(i // len(FIRST)) % len(SECOND)]
        names.append(f"{first}_{second}_{i // (len(FIRST) * len(SECOND)) + 1}")
    return names


def build(path: Path, count: int) -> Path:
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(path)
    names = table_names(count)
    for i, name in enumerate(names):
        parent = names[i - 1] if i else None
        link = f", parent_id INTEGER REFERENCES {parent}(id)" if parent else ", parent_id INTEGER"
        connection.execute(f"CREATE TABLE {name} (id INTEGER PRIMARY KEY, label TEXT, amount REAL, "
                           f"created DATE{link})")
        connection.executemany(f"INSERT INTO {name} VALUES (?, ?, ?, ?, ?)",
                               [(r, f"{name} item {r}", r * 1.5, f"2024-01-{r + 1:02d}", r) for r in range(10)])
    connection.commit()
    connection.close()
    return path


def scenario(path: Path, count: int, exposed: int | None) -> dict:
    """Run in a fresh process: time each step of the first and second answers."""
    import sqlalchemy as sa

    from datachat.nl2sql.cache import clear_cache, get_engine
    from sql_safety import Policy, check

    url = f"sqlite:///{path}"
    names = table_names(count)
    target = names[count // 2]
    include = {name: "*" for name in names[count // 2 - exposed // 2: count // 2 + exposed - exposed // 2]} \
        if exposed else None
    out = {"tables": count, "exposed": exposed or count}
    started = time.perf_counter()
    engine = sa.create_engine(url)
    inspector_names = sa.inspect(engine).get_table_names()
    out["table_names_s"] = time.perf_counter() - started
    t0 = time.perf_counter()
    semantic = get_engine(engine, include=include)
    out["reflect_and_index_s"] = time.perf_counter() - t0

    def answer():
        translation = semantic.translate(f"how many rows are in {target.replace('_', ' ')}?")
        policy = Policy.from_dict({"dialect": "sqlite", "max_rows": 100,
                                   "tables": include or {name: "*" for name in inspector_names}})
        safe = check(translation.sql, policy)
        with engine.connect() as connection:
            return translation.sql, [list(r) for r in connection.exec_driver_sql(safe.sql).fetchall()]

    t0 = time.perf_counter()
    sql, rows = answer()
    out["first_answer_s"] = time.perf_counter() - started
    out["first_answer_after_reflection_s"] = time.perf_counter() - t0
    out["answer"] = [sql, rows]
    t0 = time.perf_counter()
    answer()
    out["second_answer_s"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    clear_cache()
    semantic = get_engine(engine, include=include, refresh=True)
    out["refresh_s"] = time.perf_counter() - t0
    out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tables", type=int, default=2000)
    parser.add_argument("--exposed", type=int, default=50)
    parser.add_argument("--scenario", choices=["all", "exposed"], help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    path = build(ROOT / "var" / f"bench_catalog_{args.tables}.sqlite", args.tables)
    if args.scenario:
        print(json.dumps(scenario(path, args.tables, args.exposed if args.scenario == "exposed" else None)))
        return 0
    print(f"catalog: {args.tables} tables ({path.stat().st_size / 1e6:.1f} MB SQLite)")
    print(f"{'engine sees':<14} {'names s':>8} {'reflect+index s':>16} {'1st answer s':>13} {'2nd answer ms':>14} "
          f"{'refresh s':>10} {'peak RSS MB':>12}")
    for name in ("all", "exposed"):
        run = subprocess.run([sys.executable, __file__, "--tables", str(args.tables), "--exposed",
                              str(args.exposed), "--scenario", name], capture_output=True, text=True, check=True)
        r = json.loads(run.stdout.strip().splitlines()[-1])
        print(f"{r['exposed']:>6} tables  {r['table_names_s']:8.2f} {r['reflect_and_index_s']:16.2f} "
              f"{r['first_answer_s']:13.2f} {r['second_answer_s'] * 1000:14.1f} {r['refresh_s']:10.2f} "
              f"{r['peak_rss_mb']:12.0f}   {r['answer'][1]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
