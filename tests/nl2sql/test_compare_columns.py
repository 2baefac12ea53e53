"""Two columns of a row (or of a row and the row it refers to) compared, table-driven on a made-up workshop
(:mod:`datachat.nl2sql.rules.compare_columns`):

- a comparison phrase between a column (or a verb naming a date) and another column reads as ``a <op> b``;
- "late" / "early", and a comparison with a planned column alone ("over budget"), read the subject's one planned
  column against its one actual counterpart;
- where several pairs fit the question is declined naming them; with none, or a comparison nothing reads ("before
  their boss"), the engine never answers with the comparison dropped."""

from __future__ import annotations

import re

import pytest

from datachat.nl2sql import run_query
from datachat.nl2sql.frame import Field, QueryFrame
from datachat.nl2sql.interpret import LinkedQuestion
from datachat.nl2sql.result import Unanswerable
from datachat.nl2sql.rules.compare_columns import compare_columns
from datachat.nl2sql.schema import Column, Schema, Table
from datachat.nl2sql.sqlgen import Planner

from .conftest import engine_from_statements

_WORKSHOP = [
    "CREATE TABLE crews (id INTEGER PRIMARY KEY, crew_name TEXT NOT NULL)",
    "CREATE TABLE jobs (id INTEGER PRIMARY KEY, job_ref TEXT NOT NULL, crew_id INTEGER REFERENCES crews(id),"
    " logged_on DATE NOT NULL, promised_date DATE NOT NULL, finished_on DATE, quote NUMERIC NOT NULL, spend NUMERIC)",
    "CREATE TABLE vans (id INTEGER PRIMARY KEY, van_reg TEXT NOT NULL, payload_limit NUMERIC NOT NULL)",
    "CREATE TABLE loads (id INTEGER PRIMARY KEY, load_ref TEXT NOT NULL, van_id INTEGER REFERENCES vans(id),"
    " load_weight NUMERIC NOT NULL)",
    "CREATE TABLE sellers (id INTEGER PRIMARY KEY, seller_name TEXT NOT NULL, monthly_quota NUMERIC NOT NULL,"
    " monthly_sales NUMERIC NOT NULL)",
    "CREATE TABLE staff (id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, hired DATE NOT NULL,"
    " boss_id INTEGER REFERENCES staff(id))",
    "INSERT INTO crews VALUES (1,'Amber'),(2,'Birch')",
    "INSERT INTO jobs VALUES (1,'J-1',1,'2024-03-01','2024-03-10','2024-03-12',500,620),"
    "(2,'J-2',1,'2024-03-02','2024-03-20','2024-03-15',300,280),(3,'J-3',2,'2024-03-05','2024-03-09','2024-03-11',"
    "400,390),(4,'J-4',2,'2024-03-06','2024-03-30',NULL,250,NULL)",
    "INSERT INTO vans VALUES (1,'VX-1',800),(2,'VX-2',500)",
    "INSERT INTO loads VALUES (1,'L-1',1,900),(2,'L-2',1,700),(3,'L-3',2,650),(4,'L-4',2,300)",
    "INSERT INTO sellers VALUES (1,'Noor',100,140),(2,'Otto',120,90),(3,'Pia',80,80)",
    "INSERT INTO staff VALUES (1,'Rae Lund','2015-01-01',NULL),(2,'Sam Berg','2012-05-01',1)",
]


@pytest.fixture(scope="module")
def workshop(tmp_path_factory):
    return engine_from_statements(tmp_path_factory, "workshop", _WORKSHOP)


READ = [
    # (question, rows, the comparison the statement must hold)
    ("how many jobs were finished after the promised date", [(2,)], '"finished_on" > "promised_date"'),
    ("count the jobs finished later than their promised date", [(2,)], '"finished_on" > "promised_date"'),
    ("count the jobs finished late", [(2,)], '"finished_on" > "promised_date"'),
    ("which jobs were finished early", [("J-2",)], '"finished_on" < "promised_date"'),
    ("late jobs per crew", [("Amber", 1), ("Birch", 1)], '"finished_on" > "promised_date"'),
    ("jobs whose spend exceeded the quote", [("J-1",)], '"spend" > "quote"'),
    ("loads where the load weight is above the van's payload limit", [("L-1",), ("L-3",)], '"load_weight" >'),
    ("which loads went over the payload limit", [("L-1",), ("L-3",)], '"load_weight" >'),
    ("sellers who beat their quota", [("Noor",)], '"monthly_sales" > "monthly_quota"'),
    ("sellers that came in under quota", [("Otto",)], '"monthly_sales" < "monthly_quota"'),
]


@pytest.mark.parametrize(("question", "rows", "test"), READ)
def test_two_columns_of_a_row_are_compared(workshop, question, rows, test):
    sa_engine, engine = workshop
    t = engine.translate(question)
    assert t.sql, (t.error, t.clarification)
    assert test in re.sub(r'"\w+"\.', "", t.sql), t.sql
    assert sorted(run_query(sa_engine, t.sql)) == rows, t.sql


NOT_ANSWERED = [
    # a comparison with a boss (a row of the same table: a self-join the rule does not build)
    "staff hired before their boss",
    # no actual counterpart of the quote: the comparison is never dropped
    "jobs that went over the quote",
    # a span before the phrase: not the two dates alone
    "jobs finished more than 2 days after the promised date",
    # "how late" asks how much; "early 2024" is a time
    "how late were the jobs finished",
    "jobs finished early 2024",
]


@pytest.mark.parametrize("question", NOT_ANSWERED)
def test_a_comparison_nothing_reads_is_not_dropped(workshop, question):
    _sa, engine = workshop
    t = engine.translate(question)
    assert not t.sql, t.sql


_OPEN = [
    "CREATE TABLE repairs (id INTEGER PRIMARY KEY, ticket TEXT NOT NULL, opened DATE NOT NULL,"
    " promised_date DATE NOT NULL, fixed_on DATE, billed_on DATE, budget NUMERIC NOT NULL,"
    " labour_cost NUMERIC, parts_cost NUMERIC)",
    "INSERT INTO repairs VALUES (1,'T1','2024-01-01','2024-01-05','2024-01-06','2024-01-07',100,70,50)",
]


@pytest.fixture(scope="module")
def repairs(tmp_path_factory):
    return engine_from_statements(tmp_path_factory, "open_pairs", _OPEN)


UNCLEAR = [
    # (question, the candidate columns the decline names)
    ("how many late repairs are there", ("fixed on", "billed on")),
    ("repairs that went over budget", ("labour cost", "parts cost")),
]


@pytest.mark.parametrize(("question", "named"), UNCLEAR)
def test_an_unclear_pair_is_declined_naming_the_candidates(repairs, question, named):
    _sa, engine = repairs
    t = engine.translate(question)
    assert not t.sql, t.sql
    assert all(n in (t.error or "") for n in named), t.error


def test_a_verb_names_the_actual_date_among_several(repairs):
    _sa, engine = repairs
    t = engine.translate("count the repairs billed late")
    assert t.sql and '"billed_on" > "promised_date"' in t.sql, (t.sql, t.error)


def _jobs(*extra: Column) -> Table:
    cols = [Column("id", "integer", primary_key=True), Column("ref", "text"), Column("budget", "number")]
    return Table("jobs", cols + list(extra))


RULE = [
    # (table, words, the linked columns by position, filters the rule adds as (column, op, other column))
    (_jobs(Column("spent", "number")), ("jobs", "over", "budget"), {2: "budget"}, [("spent", "> col", "budget")]),
    (_jobs(Column("spent", "number")), ("jobs", "under", "budget"), {2: "budget"}, [("spent", "< col", "budget")]),
    # text is no counterpart of a number
    (_jobs(Column("notes", "text")), ("jobs", "over", "budget"), {2: "budget"}, []),
    # two counterparts: declined (see below), never one picked
    # a column named before the phrase is the first side
    (
        _jobs(Column("spent", "number"), Column("paid", "number")),
        ("jobs", "paid", "above", "budget"),
        {1: "paid", 3: "budget"},
        [("paid", "> col", "budget")],
    ),
    # a date against a number: nothing
    (_jobs(Column("closed", "date")), ("jobs", "closed", "after", "budget"), {1: "closed", 3: "budget"}, []),
]


@pytest.mark.parametrize(("table", "words", "linked", "filters"), RULE)
def test_rule_reads_one_pair_or_none(table, words, linked, filters):
    planner = Planner(Schema([table]))
    frame = QueryFrame(base=table.name, select=(Field("entity", table=table.name),))
    columns = tuple((table.name, linked[i]) if i in linked else None for i in range(len(words)))
    unread = frozenset(i for i in range(len(words)) if i not in linked and i)
    question = LinkedQuestion(words, unread, tables=("jobs",) + (None,) * (len(words) - 1), columns=columns,
                              planner=planner)  # fmt: skip
    new, used = compare_columns(question, frame)
    assert [(f.field.column, f.op, f.value.column) for f in new.filters] == filters
    assert bool(used) == bool(filters)


def test_rule_declines_two_counterparts():
    planner = Planner(Schema([_jobs(Column("spent", "number"), Column("paid", "number"))]))
    frame = QueryFrame(base="jobs", select=(Field("entity", table="jobs"),))
    columns = (None, None, ("jobs", "budget"))
    words = ("jobs", "over", "budget")
    question = LinkedQuestion(words, frozenset({1}), ("jobs", None, None), columns, planner=planner)
    with pytest.raises(Unanswerable, match="spent over budget or paid over budget"):
        compare_columns(question, frame)


def test_the_comparison_is_stored_and_kept_by_a_follow_up(workshop):
    sa_engine, engine = workshop
    first = engine.translate("count the jobs finished late")
    assert QueryFrame.from_dict(first.frame.to_dict()).filters == first.frame.filters
    then = engine.translate("per crew", previous=first.state)
    assert then.sql and '"finished_on" > "jobs"."promised_date"' in then.sql, (then.sql, then.error)
    assert sorted(run_query(sa_engine, then.sql)) == [("Amber", 1), ("Birch", 1)]
