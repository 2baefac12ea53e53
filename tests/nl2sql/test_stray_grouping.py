"""Doubts of a reading's shape, and a listing verb read as a table.

- ``stray_grouping``: a column no rule placed (the select list took it by default) that a grouped statement
  also groups by, beside columns of another table, splits every group the question asked about;
- ``shown_flag``: a yes/no column ("is_member") named by an adjective that the statement shows, never tests;
- ``uncounted``: "how many" answered by a list of values of rows no filter keeps to one;
- "Show the …" / "List all …" opening a sentence is the command, even where a table is named ``show``.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest
import sqlglot

from datachat.nl2sql.confidence import PENALTIES, Evidence, Link, confidence
from datachat.nl2sql.dropped import uncounted
from datachat.nl2sql.schema import Column, ForeignKey, Schema, Table
from datachat.nl2sql.shape import shown_flags, stray_groupings

from .conftest import engine_from_statements

LIBRARY = Schema(
    [
        Table("branch", [Column("id", "integer", primary_key=True), Column("name")], ["id"]),
        Table(
            "loan",
            [
                Column("id", "integer", primary_key=True),
                Column("branch_id", "integer"),
                Column("title"),
                Column("days", "integer"),
            ],
            ["id"],
        ),
    ],
    [ForeignKey("loan", "branch_id", "branch", "id")],
)


def _parse(question: str) -> SimpleNamespace:
    return SimpleNamespace(toks=[SimpleNamespace(low=w) for w in question.lower().split()])


def _column(words: str, start: int, table: str, column: str, used: bool = False) -> Link:
    return Link("column", start, start + len(words.split()), words, words, table, column, 1.0, used=used)


JOIN = "FROM loan JOIN branch ON loan.branch_id = branch.id"
# (question, the statement, the column links, the words doubted)
CASES = [
    (  # a loan's title beside the branch: one group per branch and title
        "name and title and number of loans for each branch",
        f"SELECT branch.name, loan.title, COUNT(*) {JOIN} GROUP BY branch.id, branch.name, loan.title",
        [_column("name", 0, "branch", "name"), _column("title", 2, "loan", "title")],
        ("name", "title"),
    ),
    (  # the loans' branch id is the branch's own key: one table
        "branch id and name with the most loans",
        f"SELECT loan.branch_id, branch.name {JOIN} GROUP BY loan.branch_id, branch.name ORDER BY COUNT(*) DESC",
        [_column("branch id", 0, "loan", "branch_id"), _column("name", 3, "branch", "name")],
        (),
    ),
    (  # a grouping asked for by a grouping word
        "number of loans by branch and title",
        f"SELECT branch.name, loan.title, COUNT(*) {JOIN} GROUP BY branch.id, branch.name, loan.title",
        [Link("table", 4, 5, "branch", "branch", "branch", None, 1.0), _column("title", 6, "loan", "title")],
        (),
    ),
    (  # a column a rule placed is no default
        "name and title and number of loans for each branch",
        f"SELECT branch.name, loan.title, COUNT(*) {JOIN} GROUP BY branch.id, branch.name, loan.title",
        [_column("title", 2, "loan", "title", used=True)],
        (),
    ),
    (  # no grouping at all
        "title and days of loans",
        "SELECT title, days FROM loan",
        [_column("title", 0, "loan", "title"), _column("days", 2, "loan", "days")],
        (),
    ),
]


@pytest.mark.parametrize(("question", "sql", "links", "doubted"), CASES)
def test_a_default_column_grouped_beside_another_table_is_doubted(question, sql, links, doubted):
    tree = sqlglot.parse_one(sql)
    assert stray_groupings(_parse(question), tree, LIBRARY, tuple(links)) == doubted


def test_a_stray_grouping_does_not_answer():
    score = confidence(Evidence(stray_groupings=("title",)))
    assert [r.code for r in score.reasons] == ["stray_grouping"]
    assert score.value == pytest.approx(1 - PENALTIES["stray_grouping"])
    assert not score.answers()


@pytest.fixture(scope="module")
def theatre(tmp_path_factory):
    """Venues and their shows, a table named after the listing verb: made up here."""
    return engine_from_statements(
        tmp_path_factory,
        "theatre",
        [
            "CREATE TABLE venue (id INTEGER PRIMARY KEY, name TEXT, city TEXT)",
            "CREATE TABLE show (id INTEGER PRIMARY KEY, venue_id INTEGER REFERENCES venue(id), title TEXT)",
            "INSERT INTO venue VALUES (1,'Globe','Oslo'),(2,'Rose','Lima')",
            "INSERT INTO show VALUES (1,1,'Hamlet'),(2,1,'Lear'),(3,2,'Faust')",
        ],
    )[1]


# (question, whether the statement reads the show table)
COMMANDS = [
    ("Show the names of venues in Oslo", False),
    ("Please show all venues in Lima", False),
    ("List the cities of venues", False),
    ("how many shows are there", True),
    ("Shows at the venue Globe", True),
]


@pytest.mark.parametrize(("question", "reads_show"), COMMANDS)
def test_a_listing_verb_opening_a_sentence_is_not_a_table(theatre, question, reads_show):
    t = theatre.translate(question, ask=False)
    assert t.sql, question
    tables = {x.name.lower() for x in sqlglot.parse_one(t.sql).find_all(sqlglot.exp.Table)}
    assert ("show" in tables) is reads_show, t.sql


# (the statement, the column links, the words doubted): a yes/no column named by an adjective is a test
FLAGS = [
    (
        "SELECT name, is_member FROM customer",
        [_column("member", 0, "customer", "is_member"), _column("name", 2, "customer", "name")],
        ("member",),
    ),
    (  # tested: the flag is a filter already
        "SELECT name, is_member FROM customer WHERE is_member = 1",
        [_column("member", 0, "customer", "is_member")],
        (),
    ),
    (  # a rule placed it
        "SELECT name, is_member FROM customer",
        [_column("member", 0, "customer", "is_member", used=True)],
        (),
    ),
    (  # not a flag: one word that starts like one
        "SELECT name, island FROM customer",
        [_column("island", 0, "customer", "island")],
        (),
    ),
]


@pytest.mark.parametrize(("sql", "links", "doubted"), FLAGS)
def test_a_flag_shown_instead_of_tested_is_doubted(sql, links, doubted):
    assert shown_flags(sqlglot.parse_one(sql), tuple(links)) == doubted


@pytest.fixture(scope="module")
def towns(tmp_path_factory):
    """Towns with a population and a region: made up here."""
    return engine_from_statements(
        tmp_path_factory,
        "towns",
        [
            "CREATE TABLE town (id INTEGER PRIMARY KEY, name TEXT, region TEXT, population INTEGER)",
            "INSERT INTO town VALUES (1,'Alby','North',100),(2,'Brill','North',250),(3,'Crane','South',80)",
        ],
    )[1]


# (statement, the question, whether "how many" is answered by a list of values)
UNCOUNTED = [
    ("SELECT population FROM town WHERE region = 'North'", "how many people live in the North region", True),
    ("SELECT SUM(population) FROM town WHERE region = 'North'", "how many people live in the North region", False),
    ("SELECT population FROM town WHERE name = 'Alby'", "how many people live in Alby", False),  # one row
    ("SELECT population FROM town WHERE id = 2", "how many people live in town 2", False),
    ("SELECT population FROM town WHERE region = 'North'", "population of the North region towns", False),
]


@pytest.mark.parametrize(("sql", "question", "doubted"), UNCOUNTED)
def test_how_many_answered_by_a_list_is_doubted(towns, sql, question, doubted):
    parse = SimpleNamespace(
        toks=[SimpleNamespace(low=w) for w in question.split()], schema=towns.schema, pl=towns.planner
    )
    assert uncounted(parse, sqlglot.parse_one(sql)) is doubted
