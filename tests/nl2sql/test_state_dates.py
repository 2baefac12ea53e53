"""A state said with a participle whose verb a nullable date column of the subject names, table-driven on a
made-up bicycle repair shop (:mod:`datachat.nl2sql.rules.state_dates`):

- "fixed faults", "hires closed" read as ``fixed_dt IS NOT NULL`` / ``closed_dt IS NOT NULL`` (the event happened);
- the opposite ("open" for closed), a negative prefix ("unfixed") or "not" / "not yet" before the participle read
  as ``IS NULL``; "still" beside it adds nothing;
- two date columns the verb could name, a verb that only says the row exists ("placed", on a table with no other
  date declared NOT NULL), a verb with its complement ("fixed by"), or no such date: the rule does not fire."""

from __future__ import annotations

import pytest

from datachat.nl2sql import run_query
from datachat.nl2sql.frame import Field, QueryFrame
from datachat.nl2sql.interpret import LinkedQuestion
from datachat.nl2sql.rules.state_dates import state_dates
from datachat.nl2sql.schema import Column, Schema, Table
from datachat.nl2sql.sqlgen import Planner

from .conftest import engine_from_statements

_SHOP = [
    "CREATE TABLE mechanics (id INTEGER PRIMARY KEY, name TEXT NOT NULL)",
    "CREATE TABLE faults (id INTEGER PRIMARY KEY, summary TEXT NOT NULL, reported DATE NOT NULL, fixed_dt DATE,"
    " mechanic_id INTEGER REFERENCES mechanics(id))",
    "CREATE TABLE hires (id INTEGER PRIMARY KEY, hire_ref TEXT NOT NULL, started DATE NOT NULL, closed_dt DATE,"
    " deposit INTEGER NOT NULL)",
    "INSERT INTO mechanics VALUES (1,'Ola'),(2,'Per')",
    "INSERT INTO faults VALUES (1,'flat tyre','2024-01-02','2024-01-03',1),(2,'loose chain','2024-02-02',NULL,2),"
    "(3,'bent rim','2024-03-02','2024-03-09',1),(4,'squeaky brake','2024-04-02',NULL,NULL)",
    "INSERT INTO hires VALUES (1,'H1','2024-05-01','2024-05-03',20),(2,'H2','2024-05-02',NULL,30),"
    "(3,'H3','2024-05-04',NULL,25)",
]


@pytest.fixture(scope="module")
def shop(tmp_path_factory):
    return engine_from_statements(tmp_path_factory, "repair_shop", _SHOP)


READ = [
    # (question, rows, what the statement must test)
    ("how many fixed faults are there", [(2,)], 'NOT "fixed_dt" IS NULL'),
    ("how many faults have been fixed", [(2,)], 'NOT "fixed_dt" IS NULL'),
    ("how many unfixed faults are there", [(2,)], '"fixed_dt" IS NULL'),
    ("how many faults are not yet fixed", [(2,)], '"fixed_dt" IS NULL'),
    ("how many hires are still open", [(2,)], '"closed_dt" IS NULL'),
    ("how many open hires are there", [(2,)], '"closed_dt" IS NULL'),
    ("total deposit of closed hires", [(20,)], 'NOT "closed_dt" IS NULL'),
]


@pytest.mark.parametrize(("question", "rows", "test"), READ)
def test_the_participle_reads_the_date_its_verb_names(shop, question, rows, test):
    sa_engine, engine = shop
    t = engine.translate(question)
    assert t.sql, (t.error, t.clarification)
    assert test in t.sql, t.sql
    if test.startswith('"'):
        assert "NOT " + test not in t.sql, t.sql
    assert sorted(run_query(sa_engine, t.sql)) == rows, t.sql


def _table(name: str, *dates: str) -> Table:
    columns = [Column("id", "integer", primary_key=True), Column("ref", "text"), Column("made", "date", nullable=False)]
    return Table(name, columns + [Column(d, "date") for d in dates])


RULE = [
    # (table, words, the unread word, filters the rule adds as (column, op))
    (_table("loans", "closed_dt"), ("count", "closed", "loans"), 1, [("closed_dt", "is not null")]),
    (_table("loans", "closed_dt"), ("count", "open", "loans"), 1, [("closed_dt", "is null")]),
    (_table("claims", "settled_on"), ("count", "unsettled", "claims"), 1, [("settled_on", "is null")]),
    (_table("claims", "resolved"), ("claims", "resolved"), 1, [("resolved", "is not null")]),
    # two dates the verb could name: the rule does not choose
    (_table("loans", "closed_dt", "close_date"), ("count", "closed", "loans"), 1, []),
    # a verb that only says the row exists: the table's one date
    (
        Table("orders", [Column("id", "integer", primary_key=True), Column("placed_dt", "date")]),
        ("count", "placed", "orders"),
        1,
        [],
    ),
    # ... unless another date declared NOT NULL began the row: then it names a later event ("sold" beside "made")
    (_table("vans", "sold_on"), ("count", "sold", "vans"), 1, [("sold_on", "is not null")]),
    # a verb with its complement
    (_table("claims", "settled_on"), ("claims", "settled", "by"), 1, []),
    # no date the verb names
    (_table("loans", "due_dt"), ("count", "closed", "loans"), 1, []),
    # "open" with no date of closing: nothing to read
    (_table("loans", "due_dt"), ("count", "open", "loans"), 1, []),
]


@pytest.mark.parametrize(("table", "words", "at", "filters"), RULE)
def test_rule_reads_one_date_or_none(table, words, at, filters):
    planner = Planner(Schema([table]))
    frame = QueryFrame(base=table.name, select=(Field("aggregate", fn="count", table=table.name),))
    new, used = state_dates(LinkedQuestion(words, frozenset({at}), planner=planner), frame)
    assert [(f.field.column, f.op) for f in new.filters] == filters
    assert bool(used) == bool(filters)


_CREW = [
    "CREATE TABLE teams (id INTEGER PRIMARY KEY, team_name TEXT NOT NULL)",
    "CREATE TABLE rowers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, joined DATE NOT NULL, left_on DATE,"
    " team_id INTEGER REFERENCES teams(id))",
    "CREATE TABLE regattas (id INTEGER PRIMARY KEY, title TEXT NOT NULL, held DATE NOT NULL, status TEXT NOT NULL)",
    "CREATE TABLE kits (id INTEGER PRIMARY KEY, kit_name TEXT NOT NULL, phase TEXT NOT NULL)",
    "INSERT INTO teams VALUES (1,'Blue'),(2,'Gold')",
    "INSERT INTO rowers VALUES (1,'Ana','2020-01-01',NULL,1),(2,'Bo','2020-01-01','2023-01-01',1),"
    "(3,'Cy','2021-01-01',NULL,2),(4,'Di','2022-01-01',NULL,2),(5,'Ed','2022-02-01',NULL,2)",
    "INSERT INTO regattas VALUES (1,'Spring','2024-04-01','CNX'),(2,'Summer','2024-07-01','HLD'),"
    "(3,'Autumn','2023-10-01','HLD'),(4,'Winter','2024-12-01','PPD')",
    "INSERT INTO kits VALUES (1,'Oars','DRAFT'),(2,'Vests','LIVE'),(3,'Caps','LIVE'),(4,'Socks','RETIRED')",
]


@pytest.fixture(scope="module")
def crew(tmp_path_factory):
    return engine_from_statements(tmp_path_factory, "rowing_crew", _CREW)


HEADCOUNT = [
    # (question, rows): "headcount" is the number of the people rows
    ("current headcount per team", [("Blue", 1), ("Gold", 3)]),
    ("which team has the biggest headcount", [("Gold",)]),
]


@pytest.mark.parametrize(("question", "rows"), HEADCOUNT)
def test_headcount_counts_the_people(crew, question, rows):
    sa_engine, engine = crew
    t = engine.translate(question)
    assert t.sql, (t.error, t.clarification)
    assert "COUNT(" in t.sql, t.sql
    assert sorted(run_query(sa_engine, t.sql)) == rows, t.sql


def test_headcount_beside_a_count_column_is_not_read_as_rows(tmp_path_factory):
    # a number column named as a count may hold the headcount itself: the engine does not count rows
    _, engine = engine_from_statements(
        tmp_path_factory,
        "firms",
        [
            "CREATE TABLE firms (id INTEGER PRIMARY KEY, firm_name TEXT NOT NULL, staff_cnt INTEGER NOT NULL)",
            "INSERT INTO firms VALUES (1,'Acme',10),(2,'Bolt',20)",
        ],
    )
    t = engine.translate("average headcount of firms")
    assert not t.sql or "COUNT(" not in t.sql, t.sql


def test_a_state_said_with_a_time_asks_for_the_code(crew):
    # a participle before a time ("scrapped in 2024") may still name a status code: asked, never declined
    sa_engine, engine = crew
    t = engine.translate("how many regattas were scrapped in 2024")
    assert t.clarification is not None, (t.sql, t.error)
    offered = [engine.translate(o.question).sql or "" for o in t.clarification.options]
    for code in ("CNX", "HLD", "PPD"):
        assert any(f"'{code}'" in sql for sql in offered), offered


@pytest.mark.parametrize("question", ["how many kits do we have live right now", "how many kits do we have live now"])
def test_now_beside_a_tested_state_adds_nothing(crew, question):
    sa_engine, engine = crew
    t = engine.translate(question)
    assert t.sql, (t.error, t.clarification)
    assert run_query(sa_engine, t.sql) == [(2,)], t.sql


def test_two_dates_the_verb_names_are_asked_about(tmp_path_factory):
    # "resolved" names resolved_dt and resolved_confirm_dt: the engine asks which, offering each date's test
    _, engine = engine_from_statements(
        tmp_path_factory,
        "helpdesk",
        [
            "CREATE TABLE issues (id INTEGER PRIMARY KEY, topic TEXT NOT NULL, opened DATE NOT NULL,"
            " resolved_dt DATE, resolved_confirm_dt DATE)",
            "INSERT INTO issues VALUES (1,'login','2024-01-01','2024-01-02','2024-01-03'),"
            "(2,'printer','2024-01-05','2024-01-06',NULL),(3,'email','2024-01-07',NULL,NULL)",
        ],
    )
    t = engine.translate("how many resolved issues are there")
    assert t.clarification is not None, (t.sql, t.error)
    offered = [engine.translate(o.question).sql or "" for o in t.clarification.options]
    for column in ("resolved_dt", "resolved_confirm_dt"):
        assert any(f'NOT "{column}" IS NULL' in sql for sql in offered), offered


@pytest.mark.parametrize("question", ["how many patrons are listed as deceased", "how many deceased patrons"])
def test_a_state_after_as_is_asked_about_never_dropped(tmp_path_factory, question):
    # "listed as deceased": the adjective names a state a short status code may hold; never every row counted
    _, engine = engine_from_statements(
        tmp_path_factory,
        "patrons",
        [
            "CREATE TABLE patrons (id INTEGER PRIMARY KEY, name TEXT NOT NULL, joined DATE NOT NULL,"
            " stat TEXT NOT NULL)",
            "INSERT INTO patrons VALUES (1,'Ann','2020-01-01','A'),(2,'Bob','2020-01-01','D'),"
            "(3,'Cas','2021-01-01','L'),(4,'Dee','2021-01-01','A')",
        ],
    )
    t = engine.translate(question)
    assert not t.sql or "\"stat\" = 'D'" in t.sql, t.sql
    if t.clarification is not None:
        offered = [engine.translate(o.question).sql or "" for o in t.clarification.options]
        assert any("'D'" in sql for sql in offered), offered
