"""Record the engine's translation of every question we have, and diff today's against the record.

Usage (from the repository root):
    .venv/bin/python scripts/nl2sql_baseline.py record [--sets chinook,shop,spider,geoquery]
    .venv/bin/python scripts/nl2sql_baseline.py diff [--sets ...] [--out /tmp/nl2sql_diff.jsonl] [--dir DIR]

Sets: the two dev sets (``tests/nl2sql/dev``), Spider dev and GeoQuery (``../shared/benchmarks``; skipped
with a note when absent). The questions the tests ask are recorded by running pytest with
``DATACHAT_NL2SQL_RECORD=<file>`` (the plugin ``tests/nl2sql/recorder.py``); ``record``/``diff`` do that too
for the ``tests`` set. Each line of ``tests/nl2sql/baseline/<set>.jsonl`` is
``{"k": key, "q": question, "sql": ..., "x": explanation, "e": error}`` (no ``q`` for Spider and GeoQuery: their
text is read from ``../shared`` by key, never copied here); ``diff`` prints every key whose
SQL, explanation or error changed and exits 1 when any did.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

BASELINE = REPO / "tests" / "nl2sql" / "baseline"
BENCH = REPO.parent / "shared" / "benchmarks"
DEV = REPO / "tests" / "nl2sql" / "dev"
SETS = ("chinook", "shop", "spider", "geoquery", "tests")


def _row(key: str, question: str | None, t) -> dict:
    """One record; ``question`` is None for benchmark sets, whose text stays in ``../shared`` (the key finds it)."""
    row = {"k": key, "sql": t.sql, "x": t.explanation, "e": t.error}
    return {"k": key, "q": question, **row} if question is not None else row


def _dev(name: str, url: str) -> Iterator[dict]:
    from tests.nl2sql.conftest import engine_for

    _, engine = engine_for(url)
    for line in (DEV / f"{name}.jsonl").read_text().splitlines():
        if line.strip():
            item = json.loads(line)
            yield _row(item["id"], item["question"], engine.translate(item["question"]))


def chinook() -> Iterator[dict]:
    path = BENCH / "chinook" / "Chinook_Sqlite.sqlite"
    if not path.exists():
        print(f"skipped chinook: {path} not found", file=sys.stderr)
        return
    yield from _dev("chinook", f"sqlite:///{path}")


def shop() -> Iterator[dict]:
    from datachat.demo.shop import build_shop_database

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "shop.db"
        build_shop_database(path)
        yield from _dev("shop", f"sqlite:///{path}")


def spider() -> Iterator[dict]:
    import sqlalchemy as sa

    from datachat.nl2sql import SemanticEngine, ValueIndex, reflect_schema

    data = BENCH / "spider_dev"
    if not (data / "dev.json").exists():
        print(f"skipped spider: {data} not found", file=sys.stderr)
        return
    engines: dict = {}
    for i, q in enumerate(json.loads((data / "dev.json").read_text())):
        db = q["db_id"]
        path = data / "database" / db / f"{db}.sqlite"
        if not path.exists():
            continue
        if db not in engines:
            sa_engine = sa.create_engine(f"sqlite:///{path}")
            schema = reflect_schema(sa_engine)
            engines[db] = SemanticEngine(schema, values=ValueIndex.build(sa_engine, schema))
        yield _row(f"{i}:{db}", None, engines[db].translate(q["question"]))


def geoquery() -> Iterator[dict]:
    import sqlalchemy as sa
    from bench_geoquery import DATA, instantiate

    from datachat.nl2sql import SemanticEngine, ValueIndex, reflect_schema

    db = DATA / "geography-db.added-in-2020.sqlite"
    if not db.exists():
        print(f"skipped geoquery: {DATA} not found", file=sys.stderr)
        return
    sa_engine = sa.create_engine(f"sqlite:///{db}")
    schema = reflect_schema(sa_engine)
    engine = SemanticEngine(schema, values=ValueIndex.build(sa_engine, schema))
    for i, entry in enumerate(json.loads((DATA / "geography.json").read_text())):
        for j, sentence in enumerate(entry["sentences"]):
            question, _ = instantiate(entry, sentence)
            yield _row(f"{i}.{j}", None, engine.translate(question))


def tests() -> Iterator[dict]:
    """The questions the nl2sql and answers tests ask, recorded while pytest runs them."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "tests.jsonl"
        env = {**os.environ, "DATACHAT_NL2SQL_RECORD": str(out), "PYTHONHASHSEED": "0"}
        cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:randomly", "-p", "tests.nl2sql.recorder"]
        cmd += ["tests/nl2sql", "tests/answers", "--ignore", "tests/nl2sql/test_baseline.py"]
        subprocess.run(cmd, cwd=REPO, env=env, check=False, stdout=subprocess.DEVNULL)  # noqa: S603 - our own pytest
        if out.exists():
            yield from (json.loads(line) for line in out.read_text().splitlines() if line.strip())


PRODUCERS = {"chinook": chinook, "shop": shop, "spider": spider, "geoquery": geoquery, "tests": tests}


def _canonical(sql: str | None) -> str | None:
    import sqlglot

    if sql is None:
        return None
    try:
        return sqlglot.parse_one(sql, read="sqlite").sql(dialect="sqlite")
    except Exception:  # noqa: BLE001 - an unparsable statement compares as written
        return sql


def load(name: str, folder: Path = BASELINE) -> dict[str, dict]:
    path = folder / f"{name}.jsonl"
    if not path.exists():
        return {}
    return {r["k"]: r for r in (json.loads(line) for line in path.read_text().splitlines() if line.strip())}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("action", choices=["record", "diff"])
    ap.add_argument("--sets", default=",".join(SETS))
    ap.add_argument("--out", help="diff: write the changed rows (before and after) as JSON lines here")
    ap.add_argument(
        "--canonical",
        action="store_true",
        help="diff: compare SQL after rendering both sides with sqlglot (ignores spelling: case, != vs <>)",
    )
    ap.add_argument(
        "--dir",
        type=Path,
        default=BASELINE,
        help="where the records live (default tests/nl2sql/baseline); a scratch folder compares against a "
        "snapshot taken before a refactor",
    )
    args = ap.parse_args(argv)
    changed: list[dict] = []
    for name in args.sets.split(","):
        rows = list(PRODUCERS[name]())
        if args.action == "record":
            args.dir.mkdir(parents=True, exist_ok=True)
            with open(args.dir / f"{name}.jsonl", "w") as fh:
                for r in rows:
                    fh.write(json.dumps(r, separators=(",", ":"), ensure_ascii=False) + "\n")
            print(f"{name}: recorded {len(rows)} translations")
            continue
        before = load(name, args.dir)
        n_changed = 0
        for r in rows:
            old = before.get(r["k"])
            same_sql = old is not None and (
                old["sql"] == r["sql"] or (args.canonical and _canonical(old["sql"]) == _canonical(r["sql"]))
            )
            if old is None or not same_sql or (old["x"], old["e"]) != (r["x"], r["e"]):
                n_changed += 1
                changed.append({"set": name, "before": old, "after": r})
        missing = set(before) - {r["k"] for r in rows}
        print(f"{name}: {len(rows)} translations, {n_changed} changed, {len(missing)} no longer asked")
    if args.action == "diff":
        for c in changed:
            b, a = c["before"] or {}, c["after"]
            print(f"--- [{c['set']}] {a['k']}: {a.get('q') or b.get('q') or '(question in ../shared)'}")
            for field in ("sql", "x", "e"):
                if b.get(field) != a[field]:
                    print(f"   {field} before: {b.get(field)}\n   {field} after:  {a[field]}")
        if args.out:
            with open(args.out, "w") as fh:
                for c in changed:
                    fh.write(json.dumps(c) + "\n")
    return 1 if changed else 0


if __name__ == "__main__":
    raise SystemExit(main())
