"""The time between two dates of a row, table-driven on a made-up boarding kennel
(:mod:`datachat.nl2sql.rules.durations`):

- "average number of days from <event A> to <event B>", "days to <verb>", "<span noun> in days" read as the later
  date minus the earlier, aggregated as asked, over the rows whose later date is set;
- "lasted between N and M days", "took more than N days" keep rows by the span, "took longest to <verb>" ranks
  by it;
- two dates the words could name, or no start date that is certain: the rule does not fire (never another
  number column in its place)."""

from __future__ import annotations

import pytest

from datachat.nl2sql import run_query
from datachat.nl2sql.frame import Field, QueryFrame
from datachat.nl2sql.interpret import LinkedQuestion
from datachat.nl2sql.rules.durations import durations, span_dates
from datachat.nl2sql.schema import Column, Schema, Table
from datachat.nl2sql.sqlgen import Planner

from .conftest import engine_from_statements

_KENNEL = [
    "CREATE TABLE stays (id INTEGER PRIMARY KEY, pet_name TEXT NOT NULL, booked_dt DATE NOT NULL,"
    " departed_dt DATE, kennel_size TEXT NOT NULL, fee INTEGER NOT NULL)",
    "INSERT INTO stays VALUES (1,'Rex','2024-01-01','2024-01-05','S',40),(2,'Bo','2024-01-02','2024-01-04','L',90),"
    "(3,'Mia','2024-01-03',NULL,'S',55),(4,'Zed','2024-01-10','2024-01-20','L',70)",
]


@pytest.fixture(scope="module")
def kennel(tmp_path_factory):
    return engine_from_statements(tmp_path_factory, "kennel", _KENNEL)


READ = [
    # (question, rows)
    ("average number of days from booking to departure of stays", [(16 / 3,)]),
    ("average number of days to depart for a stay", [(16 / 3,)]),
    ("longest number of days to depart for a stay", [(10.0,)]),
]


@pytest.mark.parametrize(("question", "rows"), READ)
def test_the_span_is_the_later_date_minus_the_earlier(kennel, question, rows):
    sa_engine, engine = kennel
    t = engine.translate(question, ask=False)
    assert t.sql, (t.error, t.clarification)
    assert "JULIANDAY" in t.sql.upper() and "fee" not in t.sql, t.sql
    got = run_query(sa_engine, t.sql)
    assert [tuple(round(v, 3) for v in r) for r in got] == [tuple(round(v, 3) for v in r) for r in rows], t.sql
    assert "days from" in t.explanation, t.explanation


KEPT = [
    # (question, rows): rows kept or ranked by how long they lasted
    ("how many stays lasted more than 3 days", [(2,)]),
    ("how many stays lasted between 2 and 5 days", [(2,)]),
    ("which stay took the longest to depart", [("Zed",)]),
    ("which stay took the shortest to depart", [("Bo",)]),
]


@pytest.mark.parametrize(("question", "rows"), KEPT)
def test_rows_kept_or_ranked_by_a_span(kennel, question, rows):
    sa_engine, engine = kennel
    t = engine.translate(question, ask=False)
    assert t.sql, (t.error, t.clarification)
    assert "JULIANDAY" in t.sql.upper() and "fee" not in t.sql, t.sql
    assert run_query(sa_engine, t.sql) == rows, t.sql


def _table(*dates: tuple[str, bool]) -> Table:
    columns = [Column("id", "integer", primary_key=True), Column("cost", "integer", nullable=False)]
    return Table("jobs", columns + [Column(d, "date", nullable=n) for d, n in dates])


PAIRS = [
    # (dates as (name, nullable), start word, end word, the pair or None)
    ((("opened_on", False), ("closed_on", True)), None, "close", ("opened_on", "closed_on")),
    ((("opened_on", False), ("closed_on", True)), None, None, ("opened_on", "closed_on")),
    ((("req_dt", False), ("completed_dt", True)), "request", "completion", ("req_dt", "completed_dt")),
    # a deadline is no start
    ((("opened_on", False), ("due_dt", False), ("closed_on", True)), None, "close", ("opened_on", "closed_on")),
    # two starts that are always set: no pair
    ((("opened_on", False), ("logged_on", False), ("closed_on", True)), None, "close", None),
    # two nullable ends and no event word: no pair
    ((("opened_on", False), ("closed_on", True), ("paid_on", True)), None, None, None),
    # the end word names no date
    ((("opened_on", False), ("closed_on", True)), None, "ship", None),
]


@pytest.mark.parametrize(("dates", "start", "end", "pair"), PAIRS)
def test_the_dates_a_span_names(dates, start, end, pair):
    assert span_dates(_table(*dates), start, end) == pair


RULE = [
    # (words, the measure's (fn, column, expr) or None when the frame is left as it is)
    (("average", "days", "to", "close", "a", "job"), ("avg", "closed_on", "days:opened_on")),
    (("mean", "turnaround", "in", "hours"), ("avg", "closed_on", "hours:opened_on")),
    (("total", "weeks", "from", "opening", "to", "closing"), ("sum", "closed_on", "weeks:opened_on")),
    # no aggregate word, or a unit with no span phrase: left as it is
    (("days", "to", "close", "a", "job"), None),
    (("average", "cost", "per", "day"), None),
]


@pytest.mark.parametrize(("words", "measure"), RULE)
def test_the_rule_replaces_the_measure(words, measure):
    planner = Planner(Schema([_table(("opened_on", False), ("closed_on", True))]))
    frame = QueryFrame(base="jobs", select=(Field("aggregate", fn="avg", table="jobs", column="cost"),))
    new, _ = durations(LinkedQuestion(words, frozenset(range(len(words))), planner=planner), frame)
    if measure is None:
        assert new == frame
    else:
        (f,) = new.measures
        assert (f.fn, f.column, f.expr) == measure
        assert any(x.field.column == "closed_on" and x.op == "is not null" for x in new.filters)


_CLINIC = [
    "CREATE TABLE visits (id INTEGER PRIMARY KEY, booked_on DATE NOT NULL, seen_on DATE NOT NULL, billed_on DATE,"
    " paid_on DATE, wait_days INTEGER NOT NULL)",
    "CREATE TABLE bills (id INTEGER PRIMARY KEY, visit_id INTEGER REFERENCES visits(id), days INTEGER NOT NULL)",
    "INSERT INTO visits VALUES (1,'2024-01-01','2024-01-03','2024-01-04','2024-01-09',2),"
    "(2,'2024-02-01','2024-02-02',NULL,NULL,1)",
    "INSERT INTO bills VALUES (1,1,30),(2,2,14)",
]


@pytest.fixture(scope="module")
def clinic(tmp_path_factory):
    return engine_from_statements(tmp_path_factory, "clinic", _CLINIC)


UNDECIDED = [
    # a span whose dates the schema leaves open: declined, naming the pairs, never another number column
    "average number of days to settle a visit",
    "mean turnaround in days of visits",
]


@pytest.mark.parametrize("question", UNDECIDED)
def test_an_undecided_span_is_declined_with_its_pairs(clinic, question):
    _, engine = clinic
    t = engine.translate(question)
    assert not t.sql, t.sql
    assert t.error and " to " in t.error, t.error


DIALECTS = [
    # (dialect, what the span of days renders as)
    ("sqlite", 'JULIANDAY("closed_on") - JULIANDAY("opened_on")'),
    ("snowflake", 'DATEDIFF(DAY, "opened_on", "closed_on")'),
    ("bigquery", "DATE_DIFF(`closed_on`, `opened_on`, DAY)"),
    ("mysql", "DATEDIFF(`closed_on`, `opened_on`)"),
]


@pytest.mark.parametrize(("dialect", "rendered"), DIALECTS)
def test_the_span_renders_in_each_dialect(dialect, rendered):
    planner = Planner(Schema([_table(("opened_on", False), ("closed_on", True))]), dialect=dialect)
    span = Field("aggregate", fn="avg", table="jobs", column="closed_on", expr="days:opened_on")
    assert rendered in planner.to_sql(QueryFrame(base="jobs", select=(span,)))
