"""Trust figures of the no-LLM engine: accuracy (right / all), precision (right / answered), asked, declined.

Usage:
    .venv/bin/python bench/bench_trust.py [--set spider|reworded|heldout|heldout2|reworded5|heldout3|reworded6
        |shop|chinook|library|hotel
        |vetclinic|fleet|lettings|gym|tickets|school|airline|hr|bikeshare|restaurant|utility|insurance
        |warehouse|telecom|elearning|carrental|crm|factory|charity
        |reworded2|reworded3|conversations|brewery|saas|museum|dental|publisher|coworking|cinema|recruit|coop
        |pharmacy|marina|waste|garden|academy|reworded4|ferry|kennel|printshop|hostel|esports|bakery|festival
        |theatre|zoo|removals|ski|solar|golf|laundry|coach|bookshop|climbing
        |driving|venues|tyres|dance|storage|orchard|parking|pottery|florist|surf
        |salon|taxi|bowling|nursery|quarry|heldout4|reworded7|winery|plumbing|cycling|laboratory|marathon
        |heldout5|reworded8|musicschool|heldout6|reworded9|allotments ...]
        [--failures FILE] [--dump FILE]
    .venv/bin/python bench/bench_trust.py --thresholds 0.5,0.65,0.8   (the calibration curve of nl2sql.confidence)

Sets:
- ``spider``: Spider 1.0 dev (``../shared/benchmarks/spider_dev``; ``wta_1`` has no database there).
- ``reworded``: ``tests/nl2sql/dev/spider_reworded.jsonl``, our own rewordings of Spider dev questions (synonyms
  for schema words, no column names, everyday phrasing). Each line names the Spider question it rewords by index;
  the gold SQL is read from ``../shared`` at run time, so no Spider text is stored in this repository.
- ``heldout``: ``tests/nl2sql/dev/spider_heldout.jsonl``, 120 more rewordings of Spider dev questions in the same
  form, over all 19 databases, written by someone who had not seen the engine's rules nor the ``reworded`` set and
  measured once: a held-out set, scored like ``reworded``.
- ``reworded2``: ``tests/nl2sql/dev/spider_reworded2.jsonl``, 150 more rewordings of other Spider dev questions over
  all 19 databases by the same outside writer: a dev set from its first run (its failures show kinds of gap).
- ``reworded3``: ``tests/nl2sql/dev/spider_reworded3.jsonl``, 150 rewordings of yet other Spider dev questions by
  another outside writer, measured once before engine work read it: a dev set from then on.
- ``reworded4``: ``tests/nl2sql/dev/spider_reworded4.jsonl``, 150 rewordings of Spider dev questions none of the
  sets above uses, by a fourth outside writer, measured once before engine work read it, then a dev set.
- ``heldout2`` and ``reworded5``: ``tests/nl2sql/dev/spider_heldout2.jsonl`` and ``spider_reworded5.jsonl``, one
  rewording each of the Spider dev questions no set above uses, by a fifth outside writer, split at random into 100
  held out (totals only, never read) and 99 for development (measured once before engine work read it).
- ``heldout3`` and ``reworded6``: ``tests/nl2sql/dev/spider_heldout3.jsonl`` and ``spider_reworded6.jsonl``, 120
  rewordings each of Spider dev questions drawn at random (two disjoint samples), by two more outside writers who
  saw neither the engine nor the other sets: ``heldout3`` is held out (totals only, never read); ``reworded6`` was
  measured once before engine work read it, then a dev set. ``heldout4`` and ``reworded7``
  (``spider_heldout4.jsonl``, ``spider_reworded7.jsonl``): two more such samples of 120 by two more outside
  writers, the first held out, the second measured once and then read; ``heldout5`` and ``reworded8``
  (``spider_heldout5.jsonl``, ``spider_reworded8.jsonl``) and ``heldout6`` and ``reworded9``
  (``spider_heldout6.jsonl``, ``spider_reworded9.jsonl``: one outside writer's 240, a third each terse, plain
  and chatty, split at random) two more, the same way.
- ``shop`` and ``chinook``: the hand-written dev sets in ``tests/nl2sql/dev/`` (gold SQL inline).
- ``library``: ``tests/nl2sql/dev/library.jsonl`` on a made-up library database (``tests/nl2sql/library.py``), a
  schema the engine was never tuned on: everyday questions of a librarian, gold SQL inline.
- ``hotel``: ``tests/nl2sql/dev/hotel.jsonl`` on a made-up hotel group (``tests/nl2sql/hotel.py``), written after
  the engine work it checks and measured once: a held-out set for our own rules.
- ``vetclinic``: ``tests/nl2sql/dev/vetclinic.jsonl`` on made-up veterinary clinics (``tests/nl2sql/vetclinic.py``),
  written by someone who had not seen the engine's rules and measured once: a held-out set.
- ``fleet``: ``tests/nl2sql/dev/fleet.jsonl`` on a made-up delivery company (``tests/nl2sql/fleet.py``: depots,
  drivers, vehicles, customers, shipments, fuel purchases), held out in the same way as ``vetclinic``.
- ``lettings``: ``tests/nl2sql/dev/lettings.jsonl`` on a made-up letting agency (``tests/nl2sql/lettings.py``:
  branches, negotiators, landlords, properties, tenants, tenancies, maintenance requests), by the same outside
  writer: a dev set from its first run.
- ``gym``: ``tests/nl2sql/dev/gym.jsonl`` on a made-up UK fitness-club chain (``tests/nl2sql/gym.py``: clubs, staff,
  plans, members, memberships, class types, class sessions, bookings, payments), written by an outside writer who
  had not seen the engine's rules and measured once: a held-out set.
- ``conversations``: ``tests/nl2sql/dev/shop_conversations.jsonl``; the last turn of each conversation is scored
  after the earlier turns, and a turn marked ``"expect": "decline"`` is right only when the engine does not answer.
- ``tickets``: ``tests/nl2sql/dev/tickets.jsonl`` on a made-up live-events ticket seller (``tests/nl2sql/tickets.py``:
  venues, performers, events, customers, orders, tickets, refunds), written by an outside writer who had not seen
  the engine's rules and measured once: a held-out set.
- ``school``: ``tests/nl2sql/dev/school.jsonl`` on a made-up multi-academy trust of secondary schools
  (``tests/nl2sql/school.py``: schools, subjects, staff, pupils, classes, enrolments, assessments, absence reasons,
  absences, behaviour incidents), written by an outside writer who had not seen the engine's rules: a dev set.
- ``airline``: ``tests/nl2sql/dev/airline.jsonl`` on a made-up regional airline (``tests/nl2sql/airline.py``:
  airports, aircraft, routes, flights, passengers, bookings, crew members, crew assignments), written by an outside
  writer who had not seen the engine's rules: a dev set.
- ``hr``, ``bikeshare``, ``restaurant``, ``utility``: made-up HR and payroll, city bike-share, restaurant group and
  energy supplier databases (``tests/nl2sql/<name>.py``), each with 50 questions by an outside writer who had not
  seen the engine's rules: dev sets from their first run.
- ``insurance``, ``warehouse``: a made-up car and home insurer and a distribution warehouse, written the same way
  and measured only as totals: held-out sets.
- ``telecom``, ``elearning``, ``carrental``: a made-up mobile operator, online learning platform and car rental
  company, written the same way later: measured as totals before and after one round of engine work (a check
  that its rules carry to schemas it never saw), then dev sets.
- ``crm``, ``factory``, ``charity``: a made-up B2B sales CRM, a manufacturing plant and a fundraising charity, the
  same check for the next round of engine work.
- ``brewery``, ``saas``, ``museum``: a craft brewery, a software-as-a-service vendor and a museum group, the same
  check again, then dev sets; ``dental``, ``publisher``, ``coworking`` (dental practices, a book publisher, a
  coworking operator) and ``cinema``, ``recruit``, ``coop`` (a cinema chain, a recruitment agency, a farmers'
  co-operative): written the same way, measured only as totals at the start and end of a round of engine work,
  never read: held-out checks of generalisation (``dental``, ``publisher``, ``coworking`` became dev sets when
  ``pharmacy``, ``marina``, ``waste`` took their place: a chain of pharmacies, a group of marinas and a
  council's waste collection service, held out the same way); ``garden`` and ``academy`` (a chain of garden
  centres, a youth football academy: plain names) were written the same way and measured once, then read as dev
  sets for the precision of answers on plain schemas. ``ferry`` (plain names), ``kennel`` (very terse) and
  ``printshop`` (mixed): a ferry operator, dog boarding kennels and a print shop, held out the same way;
  ``hostel`` (plain) and ``esports`` (terse): a hostel chain and an amateur esports league, measured once at the
  start of the round, then dev sets; ``bakery`` and ``festival`` (a bakery chain with wholesale accounts, a music
  festival organiser: plain names) were written halfway through the same round and measured once on arrival, then
  read as dev sets. ``theatre`` (plain names), ``zoo`` (very terse) and ``removals`` (mixed): a producing theatre,
  a zoo and a removals and storage firm, held out the same way; ``ski`` (plain) and ``solar`` (terse): a ski resort
  operator and a solar panel installer, measured once at the start of the next round, then dev sets. ``golf``
  (plain names), ``laundry`` (very terse) and ``coach`` (mixed): a members' golf club group, a chain of dry cleaners
  and a bus and coach operator, held out the same way; ``bookshop`` and ``climbing`` (plain): a bookshop chain and a
  group of indoor climbing centres, measured once at the start of the round after, then dev sets; ``driving``,
  ``venues`` (plain) and ``tyres`` (mixed): a driving school, a group of wedding venues and a chain of tyre
  fitters, written halfway through the same round and measured once on arrival, then dev sets; ``dance``
  (plain) and ``storage`` (mixed): a chain of dance schools and a self-storage company, written late in the same
  round and measured once on arrival, then dev sets. ``orchard`` (plain names), ``parking`` (very terse) and
  ``pottery`` (mixed): a fruit farm, a car park operator and a group of pottery studios, held out the same way;
  ``florist`` (plain) and ``surf`` (mixed): a chain of florists and a surf school, written with them and measured
  once at the start of that round, then dev sets. ``salon`` (plain names), ``taxi`` (very terse) and ``bowling``
  (mixed): a chain of hair salons, a private-hire taxi firm and a group of tenpin bowling centres, held out the
  same way; ``nursery`` (plain) and ``quarry`` (mixed): a group of day nurseries and an aggregates quarrying
  company, written with them and measured once at the start of that round, then dev sets. ``winery`` (plain
  names) and ``plumbing`` (mixed): a wine estate with a wine club and a plumbing and heating contractor, held out
  the same way; ``cycling`` (plain), ``laboratory`` (very terse) and ``marathon`` (mixed): a chain of bicycle
  shops, a pathology laboratory and a running-race organiser, measured once at the start of the round after,
  then dev sets; ``musicschool`` (mixed): a music school with branches, term enrolments, graded exams and
  instrument hire, measured once on arrival the round after, then a dev set; ``allotments`` (mixed): a city
  council's allotment service (sites, plots, tenancies, a waiting list, rent bills, inspections, machinery loans,
  water meters, volunteer work days), the same way.

A question is *answered* when the engine returns SQL, *asked* when it returns a clarification, and *declined*
otherwise. Right means the same result as the gold SQL on the same database (order-sensitive when gold orders).
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import sqlalchemy as sa  # noqa: E402
from bench_spider import BUDGET, SKIP_DBS  # noqa: E402  (the same time box as Spider's figure)

from datachat.nl2sql import SemanticEngine, ValueIndex, reflect_schema, results_match, run_query  # noqa: E402

SHARED = REPO.parent / "shared" / "benchmarks"
SPIDER = SHARED / "spider_dev"
CHINOOK = SHARED / "chinook" / "Chinook_Sqlite.sqlite"
#: The sets on made-up databases built by ``tests/nl2sql/<name>.py`` (gold SQL inline).
MADE_UP = ("library", "hotel", "vetclinic", "fleet", "lettings", "gym", "tickets", "school", "airline")
MADE_UP += ("hr", "bikeshare", "restaurant", "utility", "insurance", "warehouse", "telecom", "elearning", "carrental")
MADE_UP += ("crm", "factory", "charity")
MADE_UP += ("brewery", "saas", "museum", "dental", "publisher", "coworking")
MADE_UP += ("cinema", "recruit", "coop")
MADE_UP += ("pharmacy", "marina", "waste")
MADE_UP += ("garden", "academy")
MADE_UP += ("ferry", "kennel", "printshop", "hostel", "esports")
MADE_UP += ("bakery", "festival")
MADE_UP += ("theatre", "zoo", "removals", "ski", "solar")
MADE_UP += ("golf", "laundry", "coach", "bookshop", "climbing")
MADE_UP += ("driving", "venues", "tyres", "dance", "storage")
MADE_UP += ("orchard", "parking", "pottery", "florist", "surf")
MADE_UP += ("salon", "taxi", "bowling", "nursery", "quarry")
MADE_UP += ("winery", "plumbing", "cycling", "laboratory", "marathon")
MADE_UP += ("musicschool", "allotments")
DEV = REPO / "tests" / "nl2sql" / "dev"


@dataclass
class Tally:
    """Outcome counts of one question set."""

    name: str
    total: int = 0
    answered: int = 0
    right: int = 0
    answered_right: int = 0  # right among the answered (a right decline is not an answer)
    asked: int = 0
    declined: int = 0
    latencies: list[float] = field(default_factory=list)
    #: time of the questions that were not answered (asking builds and verifies options)
    unanswered_latencies: list[float] = field(default_factory=list)
    failures: list[dict] = field(default_factory=list)
    #: one row per question: outcome, score and the reasons that lowered it (``--dump``)
    rows: list[dict] = field(default_factory=list)

    def line(self) -> str:
        accuracy = 100 * self.right / max(self.total, 1)
        precision = 100 * self.answered_right / max(self.answered, 1)
        median = 1000 * statistics.median(self.latencies) if self.latencies else 0.0
        return (
            f"{self.name:<14} accuracy {self.right}/{self.total} ({accuracy:.1f}%)  "
            f"precision {self.answered_right}/{self.answered} ({precision:.1f}%)  "
            f"asked {self.asked}  declined {self.declined}  median {median:.2f} ms"
            + (
                f" (not answered: {1000 * statistics.median(self.unanswered_latencies):.2f} ms)"
                if self.unanswered_latencies
                else ""
            )
        )


class Database:
    """One SQLite database with its engine, opened once per run."""

    def __init__(self, path: Path):
        sa_engine = sa.create_engine(f"sqlite:///{path}")
        schema = reflect_schema(sa_engine)
        self.engine = SemanticEngine(schema, values=ValueIndex.build(sa_engine, schema))
        self.con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        self.con.text_factory = lambda b: b.decode("utf-8", errors="replace")


def score(tally: Tally, db: Database, question: str, gold: str | None, previous=None):
    """Translate one question, classify the outcome and add it to ``tally``; returns the translation."""
    started = time.perf_counter()
    t = db.engine.translate(question, previous=previous)
    tally.latencies.append(time.perf_counter() - started)
    tally.total += 1
    row = {
        "set": tally.name,
        "question": question,
        "outcome": "answered" if t.sql else ("asked" if getattr(t, "clarification", None) else "declined"),
        "score": round(t.score.value, 3) if t.score is not None else None,
        "reasons": [[r.code, r.detail] for r in t.score.reasons] if t.score is not None else [],
    }
    tally.rows.append(row)
    if not t.sql:
        tally.unanswered_latencies.append(tally.latencies[-1])
        if getattr(t, "clarification", None):
            tally.asked += 1
        else:
            tally.declined += 1
        good = gold is None
        row["right"] = good
        tally.right += good
        if not good:
            tally.failures.append({"set": tally.name, "question": question, "gold": gold, "pred": None})
        return t
    tally.answered += 1
    good = False
    if gold is not None:
        try:
            expected = run_query(db.con, gold, timeout=BUDGET)
            got = run_query(db.con, t.sql, timeout=BUDGET)
            good = results_match(got, expected, "order by" in gold.lower() and len(expected) > 1)
        except Exception:  # noqa: BLE001 - a failing query is simply wrong
            good = False
    tally.right += good
    tally.answered_right += good
    row["right"] = bool(good)
    if not good:
        tally.failures.append({"set": tally.name, "question": question, "gold": gold, "pred": t.sql})
    return t


def write_json_lines(path: str, rows: Iterable[dict]) -> None:
    """Write ``rows`` to ``path``, one JSON object per line."""
    with open(path, "w") as fh:
        for row in rows:
            fh.write(json.dumps(row) + "\n")


def spider_items() -> list[dict]:
    return [q for q in json.loads((SPIDER / "dev.json").read_text()) if q["db_id"] not in SKIP_DBS]


def spider_db(cache: dict, db_id: str) -> Database:
    if db_id not in cache:
        cache[db_id] = Database(SPIDER / "database" / db_id / f"{db_id}.sqlite")
    return cache[db_id]


def run_spider(cache: dict) -> Tally | None:
    if not (SPIDER / "dev.json").exists():
        print(f"spider: skipped, {SPIDER} not found")
        return None
    tally = Tally("spider")
    for item in spider_items():
        score(tally, spider_db(cache, item["db_id"]), item["question"], item["query"])
    return tally


#: the sets of our own rewordings of Spider dev questions and their files in ``DEV``
REWORDED = {
    "reworded": "spider_reworded.jsonl",
    "heldout": "spider_heldout.jsonl",
    "reworded2": "spider_reworded2.jsonl",
    "reworded3": "spider_reworded3.jsonl",
    "reworded4": "spider_reworded4.jsonl",
    "heldout2": "spider_heldout2.jsonl",
    "reworded5": "spider_reworded5.jsonl",
    "heldout3": "spider_heldout3.jsonl",
    "reworded6": "spider_reworded6.jsonl",
    "heldout4": "spider_heldout4.jsonl",
    "reworded7": "spider_reworded7.jsonl",
    "heldout5": "spider_heldout5.jsonl",
    "reworded8": "spider_reworded8.jsonl",
    "heldout6": "spider_heldout6.jsonl",
    "reworded9": "spider_reworded9.jsonl",
}


def reworded_items(cache: dict, name: str) -> list[tuple[Database, str, str]]:
    """(database, reworded question, Spider's gold SQL) for each line of the rewording set ``name``."""
    spider = json.loads((SPIDER / "dev.json").read_text())
    items = []
    for line in (DEV / REWORDED[name]).read_text().splitlines():
        item = json.loads(line)
        items.append((spider_db(cache, item["db_id"]), item["question"], spider[item["spider_index"]]["query"]))
    return items


def run_reworded(cache: dict, name: str = "reworded") -> Tally | None:
    if not (SPIDER / "dev.json").exists():
        print(f"{name}: skipped, {SPIDER} not found (the gold SQL is read from there)")
        return None
    tally = Tally(name)
    for db, question, gold in reworded_items(cache, name):
        score(tally, db, question, gold)
    return tally


def run_dev_set(name: str, db: Database) -> Tally:
    tally = Tally(name)
    for line in (DEV / f"{name}.jsonl").read_text().splitlines():
        item = json.loads(line)
        score(tally, db, item["question"], item["gold"])
    return tally


def made_up_database(name: str) -> Database:
    """The made-up database of a dev set (``library``, ``hotel``, ``vetclinic``, ``fleet``,
    ``lettings``, ``gym``, ``tickets``, ``school``, ``airline`` and the later ones in ``MADE_UP``) from
    ``tests/nl2sql/<name>.py``."""
    import importlib

    build = getattr(importlib.import_module(f"tests.nl2sql.{name}"), f"build_{name}_database")
    return Database(build(Path(tempfile.mkdtemp()) / f"{name}.sqlite3"))


def shop_database() -> Database:
    from datachat.demo import build_shop_database

    return Database(build_shop_database(Path(tempfile.mkdtemp()) / "shop.sqlite3"))


def run_conversations(db: Database) -> Tally:
    tally = Tally("conversations")
    for line in (DEV / "shop_conversations.jsonl").read_text().splitlines():
        turns = json.loads(line)["turns"]
        state = None
        for turn in turns[:-1]:
            t = db.engine.translate(turn["question"], previous=state)
            state = json.loads(json.dumps(t.state)) if t.sql else state
        last = turns[-1]
        score(tally, db, last["question"], last.get("gold"), previous=state)
    return tally


def curve(items: list[tuple[str, Database, str, str | None]], thresholds: list[float]) -> list[str]:
    """Accuracy, precision and not-answered per threshold, from one scoring pass (``ask=False``): a question
    is answered at threshold ``x`` when its :class:`Score` answers at ``x`` (see ``nl2sql.confidence``)."""
    scored: dict[str, list[tuple[object, bool]]] = {}
    for name, db, question, gold in items:
        t = db.engine.translate(question, ask=False)
        good = False
        if t.sql and gold is not None:
            try:
                expected = run_query(db.con, gold, timeout=BUDGET)
                got = run_query(db.con, t.sql, timeout=BUDGET)
                good = results_match(got, expected, "order by" in gold.lower() and len(expected) > 1)
            except Exception:  # noqa: BLE001 - a failing query is simply wrong
                good = False
        scored.setdefault(name, []).append((t.score if t.sql else None, good, bool(t.sql)))
    lines = []
    for x in thresholds:
        parts = []
        for name, rows in scored.items():
            answered = [good for score, good, sql in rows if sql and (score is None or score.answers(x))]
            right = sum(answered)
            parts.append(
                f"{name} {100 * right / len(rows):5.1f}/{100 * right / max(len(answered), 1):5.1f}"
                f" (not answered {len(rows) - len(answered)})"
            )
        lines.append(f"threshold {x:.2f}  " + "  ".join(parts))
    return lines


def curve_items(cache: dict, chosen: list[str], shop: Database | None) -> list[tuple[str, Database, str, str | None]]:
    items: list[tuple[str, Database, str, str | None]] = []
    if "spider" in chosen and (SPIDER / "dev.json").exists():
        items += [("spider", spider_db(cache, q["db_id"]), q["question"], q["query"]) for q in spider_items()]
    for name in REWORDED:
        if name in chosen and (SPIDER / "dev.json").exists():
            items += [(name, db, question, gold) for db, question, gold in reworded_items(cache, name)]
    for name in ("shop", "chinook"):
        if name in chosen and (name == "shop" or CHINOOK.exists()):
            db = shop if name == "shop" else Database(CHINOOK)
            for line in (DEV / f"{name}.jsonl").read_text().splitlines():
                item = json.loads(line)
                items.append((name, db, item["question"], item["gold"]))
    return items


def main(argv: list[str] | None = None) -> int:
    sets = ("spider", *REWORDED, "shop", "chinook", "conversations", *MADE_UP)
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", action="append", choices=sets, help="run only these sets (repeatable)")
    ap.add_argument("--failures", help="write wrong or unanswered questions as JSON lines to this file")
    ap.add_argument(
        "--dump",
        help="write every question as JSON lines to this file: outcome, right (answered ones), score and the "
        "reasons that lowered it (to find what separates wrong answers from right ones)",
    )
    ap.add_argument(
        "--thresholds",
        help="print accuracy/precision (and how many not answered) per set for these comma-separated confidence "
        "thresholds instead (spider, reworded, heldout, reworded2, shop, chinook; e.g. 0.5,0.65,0.8)",
    )
    args = ap.parse_args(argv)
    chosen = args.set or list(sets)
    cache: dict = {}
    tallies: list[Tally] = []
    shop = shop_database() if {"shop", "conversations"} & set(chosen) else None
    if args.thresholds:
        print("accuracy/precision per set (%); a question is answered when its score reaches the threshold")
        for line in curve(curve_items(cache, chosen, shop), [float(x) for x in args.thresholds.split(",")]):
            print(line)
        return 0
    for name in chosen:
        print(f"  running {name} ...", file=sys.stderr, flush=True)
        if name == "spider":
            tally = run_spider(cache)
        elif name in REWORDED:
            tally = run_reworded(cache, name)
        elif name == "shop":
            tally = run_dev_set("shop", shop)
        elif name == "chinook":
            tally = run_dev_set("chinook", Database(CHINOOK)) if CHINOOK.exists() else None
            if tally is None:
                print(f"chinook: skipped, {CHINOOK} not found")
        elif name in MADE_UP:
            tally = run_dev_set(name, made_up_database(name))
        else:
            tally = run_conversations(shop)
        if tally:
            tallies.append(tally)
    for tally in tallies:
        print(tally.line())
    if args.failures:
        write_json_lines(args.failures, (failure for tally in tallies for failure in tally.failures))
    if args.dump:
        write_json_lines(args.dump, (row for tally in tallies for row in tally.rows))
    print("command: .venv/bin/python bench/bench_trust.py" + "".join(f" {a}" for a in (argv or sys.argv[1:])))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
