"""How useful the engine's clarifications are: every question of the trust sets that gets one, and its options.

Usage:
    .venv/bin/python bench/bench_clarify.py [--set spider|reworded|library|hotel|shop|conversations ...]
        [--dump FILE]

For each question that is *asked* (``Translation.clarification``), every option's question is translated as a
user would send it (clicking the option; after the same earlier turns in a conversation). Reported per set:

- ``asked``: clarifications, ``options``: options in total;
- ``answerable``: % of options whose question is answered with SQL (not asked or declined again);
- ``useful``: % of clarifications with at least two answerable options giving different SQL;
- ``gold offered``: % of clarifications where one option's result equals the gold result (the right reading
  was offered);
- awkward wording, options whose label or question has ``run-together`` names (a schema name of several words
  written as one, "postedon"), a ``repeated`` word ("price price") or a raw ``underscore`` name ("unit_price");
- ``long message``: clarification messages of more than one sentence or more than 25 words;
- ``declined``: questions declined, and % of their suggestions answered with SQL when sent (a decline still
  offers questions the engine can answer).

The sets and their loaders are :mod:`bench_trust`'s (same databases, same gold).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from dataclasses import dataclass, field, fields
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_trust import (  # noqa: E402
    BUDGET,
    CHINOOK,
    DEV,
    SPIDER,
    Database,
    made_up_database,
    shop_database,
    spider_db,
    spider_items,
    write_json_lines,
)

from datachat.nl2sql import results_match, run_query  # noqa: E402
from datachat.nl2sql.lexicon import split_identifier  # noqa: E402


@dataclass
class Figures:
    name: str
    questions: int = 0
    asked: int = 0
    options: int = 0
    answerable: int = 0
    useful: int = 0
    gold_offered: int = 0
    run_together: int = 0
    repeated: int = 0
    underscore: int = 0
    long_message: int = 0
    declined: int = 0
    suggestions: int = 0
    suggestions_answered: int = 0
    latencies: list[float] = field(default_factory=list)
    rows: list[dict] = field(default_factory=list)

    def line(self) -> str:
        pct = lambda n, d: f"{100 * n / max(d, 1):.1f}%"  # noqa: E731
        median = 1000 * statistics.median(self.latencies) if self.latencies else 0.0
        return (
            f"{self.name:<14} asked {self.asked}/{self.questions}  options {self.options}  "
            f"answerable {pct(self.answerable, self.options)}  useful {pct(self.useful, self.asked)}  "
            f"gold offered {pct(self.gold_offered, self.asked)}  awkward: run-together {self.run_together} "
            f"repeated {self.repeated} underscore {self.underscore}  long message {self.long_message}  "
            f"median asking {median:.2f} ms  declined {self.declined} "
            f"(suggestions answerable {pct(self.suggestions_answered, self.suggestions)})"
        )


#: The counters of :class:`Figures`, summed into the "all" line.
COUNTS = tuple(f.name for f in fields(Figures) if f.type in ("int", int))


def _joined_names(db: Database) -> set[str]:
    """Schema names of several words written as one ("postedon"): how a run-together option shows."""
    out = set()
    for t in db.engine.schema.tables:
        for name in (t.name, *(c.name for c in t.columns)):
            parts = [p.lower() for p in split_identifier(name)]
            if len(parts) > 1:
                out.add("".join(parts))
    return out


def awkward(text: str, joined: set[str]) -> set[str]:
    """The kinds of awkward wording in one label or question."""
    words = re.findall(r"[\w']+", text.lower())
    found = set()
    if any(w in joined for w in words):
        found.add("run_together")
    if any(a == b for a, b in zip(words, words[1:], strict=False)):
        found.add("repeated")
    if "_" in text:
        found.add("underscore")
    return found


def _result(db: Database, sql: str):
    try:
        return run_query(db.con, sql, timeout=BUDGET)
    except Exception:  # noqa: BLE001 - a failing query has no result
        return None


def measure(fig: Figures, db: Database, question: str, gold: str | None, previous=None, joined=None) -> None:
    fig.questions += 1
    started = time.perf_counter()
    t = db.engine.translate(question, previous=previous)
    elapsed = time.perf_counter() - started
    c = t.clarification
    if c is None:
        if not t.sql:
            fig.declined += 1
            for s in t.suggestions or ():
                fig.suggestions += 1
                fig.suggestions_answered += bool(db.engine.translate(s, previous=previous).sql)
        return
    fig.asked += 1
    fig.latencies.append(elapsed)
    sentences = [s for s in re.split(r"(?<=[.:?!])\s+", c.message.strip()) if s]
    fig.long_message += len(sentences) > 1 or len(c.message.split()) > 25
    expected = _result(db, gold) if gold else None
    ordered = bool(gold) and "order by" in gold.lower() and expected is not None and len(expected) > 1
    sqls, offered, opts = set(), False, []
    for o in c.options:
        fig.options += 1
        ot = db.engine.translate(o.question, previous=previous)
        kinds = awkward(o.label, joined) | awkward(o.question, joined)
        fig.run_together += "run_together" in kinds
        fig.repeated += "repeated" in kinds
        fig.underscore += "underscore" in kinds
        opts.append({"label": o.label, "question": o.question, "sql": ot.sql, "awkward": sorted(kinds)})
        if not ot.sql:
            continue
        fig.answerable += 1
        sqls.add(ot.sql)
        if expected is not None and not offered:
            got = _result(db, ot.sql)
            offered = got is not None and results_match(got, expected, ordered)
    fig.useful += len(sqls) >= 2
    fig.gold_offered += offered
    fig.rows.append(
        {"set": fig.name, "question": question, "message": c.message, "gold_offered": offered, "options": opts}
    )


def run(name: str, cache: dict, shop: Database | None) -> Figures | None:
    fig = Figures(name)
    if name in ("spider", "reworded"):
        if not (SPIDER / "dev.json").exists():
            print(f"{name}: skipped, {SPIDER} not found")
            return None
        if name == "spider":
            items = [(spider_db(cache, q["db_id"]), q["question"], q["query"]) for q in spider_items()]
        else:
            spider = json.loads((SPIDER / "dev.json").read_text())
            items = []
            for line in (DEV / "spider_reworded.jsonl").read_text().splitlines():
                item = json.loads(line)
                items.append((spider_db(cache, item["db_id"]), item["question"], spider[item["spider_index"]]["query"]))
        joins: dict[int, set[str]] = {}
        for db, question, gold in items:
            joined = joins.setdefault(id(db), _joined_names(db))
            measure(fig, db, question, gold, joined=joined)
        return fig
    if name == "conversations":
        joined = _joined_names(shop)
        for line in (DEV / "shop_conversations.jsonl").read_text().splitlines():
            turns = json.loads(line)["turns"]
            state = None
            for turn in turns[:-1]:
                t = shop.engine.translate(turn["question"], previous=state)
                state = json.loads(json.dumps(t.state)) if t.sql else state
            measure(fig, shop, turns[-1]["question"], turns[-1].get("gold"), previous=state, joined=joined)
        return fig
    if name == "chinook" and not CHINOOK.exists():
        return None
    db = {"shop": lambda: shop, "chinook": lambda: Database(CHINOOK)}.get(name, lambda: made_up_database(name))()
    joined = _joined_names(db)
    for line in (DEV / f"{name}.jsonl").read_text().splitlines():
        item = json.loads(line)
        measure(fig, db, item["question"], item["gold"], joined=joined)
    return fig


def main(argv: list[str] | None = None) -> int:
    sets = ("spider", "reworded", "library", "hotel", "shop", "chinook", "conversations")
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", action="append", choices=sets, help="run only these sets (repeatable)")
    ap.add_argument("--dump", help="write every clarification with its options as JSON lines to this file")
    args = ap.parse_args(argv)
    chosen = args.set or [s for s in sets if s != "chinook"]
    cache: dict = {}
    shop = shop_database() if {"shop", "conversations"} & set(chosen) else None
    figures = []
    for name in chosen:
        print(f"  running {name} ...", file=sys.stderr, flush=True)
        fig = run(name, cache, shop)
        if fig is not None:
            figures.append(fig)
    total = Figures("all")
    for fig in figures:
        print(fig.line())
        for key in COUNTS:
            setattr(total, key, getattr(total, key) + getattr(fig, key))
        total.latencies += fig.latencies
    if len(figures) > 1:
        print(total.line())
    if args.dump:
        write_json_lines(args.dump, (row for fig in figures for row in fig.rows))
    print("command: .venv/bin/python bench/bench_clarify.py" + "".join(f" {a}" for a in (argv or sys.argv[1:])))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
