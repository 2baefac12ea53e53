"""Doubts of a reading's shape, table-driven on a made-up scooter-share schema: the other of two references
the question's own words choose ("start" beside a name shared by both references), a count of one per group
inside a sub-query, a breakdown word with nothing grouped, a table a question word picks that the statement
never shows, a short lower-case abbreviation read as a stored code, an unread noun after "how many", and a
ranking of a list by a column of rows each shown row has several of. Each is asked or declined, never answered;
the readings beside them that are right stay answered."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from datachat.nl2sql.doubts import parsed
from datachat.nl2sql.dropped import counted_grains, dropped_breakdowns, reference_choices
from datachat.nl2sql.shape import constant_measure, fanned_rankings, unshown_choices

from .conftest import engine_from_statements

_ROWS = [
    "CREATE TABLE zones (id INTEGER PRIMARY KEY, zone_cd TEXT, zone_name TEXT)",
    "CREATE TABLE docks (id INTEGER PRIMARY KEY, dock_name TEXT, zone_id INTEGER REFERENCES zones(id), slots INTEGER)",
    "CREATE TABLE tiers (id INTEGER PRIMARY KEY, tier_name TEXT, monthly_fee NUMERIC)",
    "CREATE TABLE riders (id INTEGER PRIMARY KEY, first_nm TEXT, last_nm TEXT, tier_id INTEGER REFERENCES tiers(id),"
    " joined DATE)",
    "CREATE TABLE rides (id INTEGER PRIMARY KEY, rider_id INTEGER REFERENCES riders(id),"
    " start_dk_id INTEGER REFERENCES docks(id), end_dk_id INTEGER REFERENCES docks(id), ride_dt DATE,"
    " fare NUMERIC, mood TEXT)",
    "INSERT INTO zones VALUES (1,'GRN','Green'),(2,'HBR','Harbour')",
    "INSERT INTO docks VALUES (1,'Pier Head',2,10),(2,'Old Mill',1,8),(3,'Canal Steps',1,12)",
    "INSERT INTO tiers VALUES (1,'Casual',0),(2,'Commuter',12),(3,'Unlimited',20)",
    "INSERT INTO riders VALUES (1,'Ana','Bell',1,'2024-01-02'),(2,'Cy','Dunn',2,'2024-03-04'),"
    "(3,'Eli','Frost',2,'2024-05-06'),(4,'Gus','Hale',3,'2025-01-01')",
    "INSERT INTO rides VALUES (1,1,1,2,'2024-02-01',2,'happy'),(2,2,1,3,'2024-02-02',3,'calm'),"
    "(3,2,1,3,'2024-02-03',3,'calm'),(4,3,2,1,'2024-03-01',4,'tired'),(5,4,3,1,'2024-04-01',5,'happy'),"
    "(6,3,2,3,'2024-04-02',2,'calm')",
]


@pytest.fixture(scope="module")
def scoot(tmp_path_factory):
    return engine_from_statements(tmp_path_factory, "scoot", _ROWS)


def test_a_named_reference_is_followed(scoot):
    # "start" names the start reference: the join follows it (once a doubt, when the join took the end one)
    sql = scoot[1].translate("top 2 start docks by number of rides").sql
    assert sql and '"rides"."start_dk_id" = "docks"."id"' in sql, sql


NOT_ANSWERED = [
    # the question word picks the tier: riders' names answer another question
    "riders on which tier took the most rides",
    # a breakdown asks for a figure per value
    "tier breakdown of riders",
    "ride mood breakdown",
    # "grn" is the user's own abbreviation, not the zone code it spells
    "how many grn rides",
    # what "how many" counts was not read ("people" would be: the riders are the one table of persons)
    "how many different tourists took rides from Pier Head",
    # an adjective of a period names the rows counted: one figure was asked, not one per year
    "how many annual rides in 2024",
]


@pytest.mark.parametrize("question", NOT_ANSWERED)
def test_asked_or_declined(scoot, question):
    _, engine = scoot
    t = engine.translate(question)
    assert t.sql is None, t.sql


ANSWERED = [
    ("which tier has the most riders", "tier_name"),
    ("how many riders are there", "COUNT"),
    # "people": the one table whose rows have a person's name
    ("how many different people took rides from Pier Head", 'COUNT(DISTINCT "riders"'),
    ("how many riders have the casual tier", "Casual"),
    ("how many rides ended at Pier Head", "end_dk_id"),
    # a grouping word, or an adverb of a period, asks for a figure per period
    ("how many rides per year", "GROUP BY"),
    ("how many rides happened each month", "GROUP BY"),
]


@pytest.mark.parametrize(("question", "part"), ANSWERED)
def test_still_answered(scoot, question, part):
    _, engine = scoot
    t = engine.translate(question)
    assert t.sql and part in t.sql, (t.sql, t.score)


def _parse(engine, words: str):
    toks = [SimpleNamespace(low=w, sing=w, orig=w) for w in words.split()]
    return SimpleNamespace(schema=engine.schema, toks=toks, mentions=[], pl=engine.planner)


@pytest.mark.parametrize(
    ("words", "on", "doubted"),
    [
        # "dk" is in both names (a terse name's reading may put it in the question): only start/end choose
        ("start dk rides", "end_dk_id", ("end_dk_id",)),
        ("start dk rides", "start_dk_id", ()),
        ("dk rides", "end_dk_id", ()),  # neither chosen: the planner's join stands
    ],
)
def test_reference_choice_reads_the_telling_words(scoot, words, on, doubted):
    _, engine = scoot
    tree = parsed(f'SELECT COUNT(*) FROM "rides" JOIN "docks" ON "rides"."{on}" = "docks"."id"', "sqlite")
    assert reference_choices(_parse(engine, words), tree, ()) == doubted


@pytest.mark.parametrize(
    ("sql", "table"),
    [
        # grouped by the key beside a sub-query filter: one per group
        (
            'SELECT "id" FROM "rides" WHERE "start_dk_id" IN (SELECT "id" FROM "docks") GROUP BY "id"'
            " ORDER BY COUNT(*) DESC LIMIT 1",
            "rides",
        ),
        # the groups a sub-query of FROM makes are counted by the outer select: that count is the figure
        (
            'SELECT COUNT(*) FROM (SELECT "id", COUNT(*) AS "n" FROM "rides" GROUP BY "id" HAVING COUNT(*) > 1) AS "s"',
            None,
        ),
        # grouped by a reference: a real count
        ('SELECT "rider_id" FROM "rides" WHERE "fare" > 2 GROUP BY "rider_id" ORDER BY COUNT(*) DESC', None),
    ],
)
def test_constant_measure_in_sub_query_forms(scoot, sql, table):
    _, engine = scoot
    assert constant_measure(parsed(sql, "sqlite"), engine.schema) == table


@pytest.mark.parametrize(
    ("words", "sql", "doubted"),
    [
        ("mood breakdown", 'SELECT "mood" FROM "rides"', ("breakdown",)),
        ("mood breakdown", 'SELECT "mood", COUNT(*) FROM "rides" GROUP BY "mood"', ()),
        ("mood of rides", 'SELECT "mood" FROM "rides"', ()),
    ],
)
def test_dropped_breakdown(scoot, words, sql, doubted):
    _, engine = scoot
    parse = SimpleNamespace(toks=[SimpleNamespace(low=w, sing=w, orig=w) for w in words.split()], mentions=[])
    assert dropped_breakdowns(parse, parsed(sql, "sqlite")) == doubted


def _table_link(words: list[str], word: str, table: str):
    from datachat.nl2sql.confidence import Link

    i = words.index(word)
    return Link("table", i, i + 1, word, word, table, None, 1.0)


@pytest.mark.parametrize(
    ("words", "word", "table", "sql", "doubted"),
    [
        ("riders on which tier", "tier", "tiers", 'SELECT "first_nm" FROM "riders"', ("tier",)),
        # a reference to the tier shows the tier
        ("riders on which tier", "tier", "tiers", 'SELECT "tier_id" FROM "riders"', ()),
        # a rider's own tier is one row: the riders chosen are shown by the tier they reference
        ("which rider paid most", "rider", "riders", 'SELECT "tier_name" FROM "tiers"', ()),
        ("which tier has most riders", "tier", "tiers", 'SELECT "tier_name" FROM "tiers"', ()),
        # no question word before the table's noun
        ("riders on a tier", "tier", "tiers", 'SELECT "first_nm" FROM "riders"', ()),
    ],
)
def test_unshown_choice(scoot, words, word, table, sql, doubted):
    _, engine = scoot
    parse = SimpleNamespace(
        schema=engine.schema, toks=[SimpleNamespace(low=w) for w in words.split()], pl=engine.planner
    )
    links = (_table_link(words.split(), word, table),)
    assert unshown_choices(parse, parsed(sql, "sqlite"), links) == doubted


@pytest.mark.parametrize(
    ("sql", "doubted"),
    [
        # a rider shown once per ride
        (
            'SELECT "riders"."first_nm" FROM "riders" JOIN "rides" ON "riders"."id" = "rides"."rider_id"'
            ' ORDER BY "rides"."fare" DESC LIMIT 3',
            ("fare",),
        ),
        # one row: the top ride's rider is right
        (
            'SELECT "riders"."first_nm" FROM "riders" JOIN "rides" ON "riders"."id" = "rides"."rider_id"'
            ' ORDER BY "rides"."fare" DESC LIMIT 1',
            (),
        ),
        # ordered by the referenced row's column: each ride has one rider
        (
            'SELECT "rides"."id" FROM "rides" JOIN "riders" ON "riders"."id" = "rides"."rider_id"'
            ' ORDER BY "riders"."joined" DESC LIMIT 3',
            (),
        ),
        # a total per rider
        (
            'SELECT "riders"."first_nm" FROM "riders" JOIN "rides" ON "riders"."id" = "rides"."rider_id"'
            ' GROUP BY "riders"."id" ORDER BY SUM("rides"."fare") DESC LIMIT 3',
            (),
        ),
    ],
)
def test_fanned_ranking(scoot, sql, doubted):
    _, engine = scoot
    parse = SimpleNamespace(schema=engine.schema, pl=engine.planner)
    assert fanned_rankings(parse, parsed(sql, "sqlite")) == doubted


@pytest.mark.parametrize(
    ("words", "doubted"),
    [
        ("how many annual rides", ("year",)),
        ("how many rides per year", ()),
        ("how many rides yearly", ()),
        ("number of annual rides", ()),  # no "how many": a figure per year may be what is asked
    ],
)
def test_counted_grain(words, doubted):
    parse = SimpleNamespace(toks=[SimpleNamespace(low=w) for w in words.split()])
    sql = 'SELECT STRFTIME(\'%Y\', "ride_dt") AS "year", COUNT(*) FROM "rides" GROUP BY STRFTIME(\'%Y\', "ride_dt")'
    assert counted_grains(parse, parsed(sql, "sqlite")) == doubted
