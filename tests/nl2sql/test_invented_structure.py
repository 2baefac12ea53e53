"""Doubts of a statement that invents structure no word asked for, table-driven on a made-up pottery-studio
schema: a count with no word asking for one, a grouping by period on the dates of a table nothing measured lies
in (or of the one row the question names), joins to tables no word names that only multiply the rows, a sum
over a join to rows each summed row has several of, "how many" split by a column no word names, and two values
asked with "or" tested together. Each lowers the reading below the threshold; the readings beside them that
are right keep no such doubt."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from datachat.nl2sql.doubts import parsed
from datachat.nl2sql.lexicon import singular
from datachat.nl2sql.shape import (
    and_for_or,
    fanned_sums,
    remote_periods,
    unasked_count,
    uncalled_groupings,
    unnamed_joins,
)

from .conftest import engine_from_statements

_ROWS = [
    "CREATE TABLE studios (id INTEGER PRIMARY KEY, studio_name TEXT, town TEXT)",
    "CREATE TABLE kilns (id INTEGER PRIMARY KEY, studio_id INTEGER REFERENCES studios(id), fitted DATE)",
    "CREATE TABLE classes (id INTEGER PRIMARY KEY, title TEXT, weekly_fee NUMERIC, launched DATE,"
    " studio_id INTEGER REFERENCES studios(id))",
    "CREATE TABLE potters (id INTEGER PRIMARY KEY, given_nm TEXT, family_nm TEXT, signed DATE)",
    "CREATE TABLE seats (id INTEGER PRIMARY KEY, class_id INTEGER REFERENCES classes(id),"
    " potter_id INTEGER REFERENCES potters(id), taken DATE)",
    "CREATE TABLE receipts (id INTEGER PRIMARY KEY, seat_id INTEGER REFERENCES seats(id), paid NUMERIC)",
    "INSERT INTO studios VALUES (1,'Clay Loft','Ashby'),(2,'Wheel House','Brill')",
    "INSERT INTO kilns VALUES (1,1,'2020-01-01'),(2,2,'2021-06-01')",
    "INSERT INTO classes VALUES (1,'Glaze Basics',30,'2023-01-10',1),(2,'Throwing Bowls',45,'2023-04-02',2)",
    "INSERT INTO potters VALUES (1,'Ida','Marsh',''),(2,'Olu','Penn','2024-02-02')",
    "INSERT INTO seats VALUES (1,1,1,'2024-01-05'),(2,2,1,'2024-02-06'),(3,2,2,'2024-02-07')",
    "INSERT INTO receipts VALUES (1,1,30),(2,2,45),(3,3,45)",
]


@pytest.fixture(scope="module")
def pottery(tmp_path_factory):
    return engine_from_statements(tmp_path_factory, "pottery", _ROWS)


def _parse(engine, words: str, named: tuple[int, ...] = (), numbers: tuple[int, ...] = ()):
    """A stand-in parse of ``words``: the token indexes ``named`` lie inside a value, ``numbers`` are numbers."""
    toks = [SimpleNamespace(low=w, sing=singular(w)) for w in words.split()]
    mentions = [SimpleNamespace(kind="value", start=i, end=i + 1) for i in named]
    mentions += [SimpleNamespace(kind="number", start=i, end=i + 1) for i in numbers]
    return SimpleNamespace(schema=engine.schema, pl=engine.planner, toks=toks, mentions=mentions)


def _link(kind: str, table: str, column: str | None = None, used: bool = True, weight: float = 1.0):
    from datachat.nl2sql.confidence import Link

    return Link(kind, 0, 1, table, table, table, column, weight, used=used)


_PER_MONTH_COUNT = (
    'SELECT STRFTIME(\'%Y-%m\', "classes"."launched") AS "month", COUNT(DISTINCT "classes"."id") FROM "classes"'
    ' WHERE "classes"."title" = \'Glaze Basics\' GROUP BY STRFTIME(\'%Y-%m\', "classes"."launched")'
)
_COUNT_PER_STUDIO = (
    'SELECT "studios"."studio_name", COUNT(*) FROM "classes" JOIN "studios" ON "classes"."studio_id" = "studios"."id"'
    ' GROUP BY "studios"."id"'
)


@pytest.mark.parametrize(
    ("words", "named", "numbers", "sql", "doubted"),
    [
        # a row's rate read as a count of rows per month
        ("what does glaze basics cost per month", (2, 3), (), _PER_MONTH_COUNT, True),
        # a word inside the value asks for nothing
        ("what does the only glaze class cost per month", (3,), (), _PER_MONTH_COUNT, True),
        ("how many classes per studio", (), (), _COUNT_PER_STUDIO, False),
        ("number of classes of each studio", (), (), _COUNT_PER_STUDIO, False),
        ("classes per studio", (), (), _COUNT_PER_STUDIO, False),
        ("which studio runs the most classes", (), (), _COUNT_PER_STUDIO, False),
        ("studios running classes over 3", (), (3,), _COUNT_PER_STUDIO + " HAVING COUNT(*) > 3", False),
        ("classes launched per month", (), (), _PER_MONTH_COUNT, False),
        # a share divides by a count: no count of its own
        ("share of classes in ashby", (), (), 'SELECT 100.0 * SUM(x) / COUNT(*) FROM "classes"', False),
    ],
)
def test_unasked_count(pottery, words, named, numbers, sql, doubted):
    _, engine = pottery
    assert unasked_count(_parse(engine, words, named, numbers), parsed(sql, "sqlite")) is doubted


_RECEIPTS_BY_MONTH = (
    'SELECT STRFTIME(\'%Y-%m\', "seats"."taken") AS "month", SUM("receipts"."paid") FROM "receipts"'
    ' JOIN "seats" ON "receipts"."seat_id" = "seats"."id" GROUP BY STRFTIME(\'%Y-%m\', "seats"."taken")'
)
_CLASSES_BY_KILN_DAY = (
    'SELECT STRFTIME(\'%Y-%m-%d\', "kilns"."fitted") AS "day", COUNT(DISTINCT "classes"."id") FROM "classes"'
    ' JOIN "studios" ON "classes"."studio_id" = "studios"."id" JOIN "kilns" ON "kilns"."studio_id" = "studios"."id"'
    ' GROUP BY STRFTIME(\'%Y-%m-%d\', "kilns"."fitted")'
)


@pytest.mark.parametrize(
    ("sql", "links", "doubted"),
    [
        # the named row's own date: its rate, not a split of it
        (_PER_MONTH_COUNT, (_link("table", "classes"),), ("launched",)),
        # the dates of a table that is neither measured nor named, reached through a third table
        (_CLASSES_BY_KILN_DAY, (_link("table", "classes"),), ("fitted",)),
        # the measured rows reference the dated row: a receipt's date is its seat's
        (_RECEIPTS_BY_MONTH, (), ()),
        # the dates of the rows counted
        (
            'SELECT STRFTIME(\'%Y\', "launched"), COUNT(*) FROM "classes" GROUP BY STRFTIME(\'%Y\', "launched")',
            (_link("table", "classes"),),
            (),
        ),
    ],
)
def test_remote_period(pottery, sql, links, doubted):
    _, engine = pottery
    assert remote_periods(_parse(engine, "x"), parsed(sql, "sqlite"), links) == doubted


_CLASS_FEE_CHAIN = (
    'SELECT "classes"."weekly_fee" FROM "classes" JOIN "seats" ON "classes"."id" = "seats"."class_id"'
    ' JOIN "receipts" ON "seats"."id" = "receipts"."seat_id" WHERE "classes"."title" = \'Glaze Basics\''
)


@pytest.mark.parametrize(
    ("sql", "links", "doubted"),
    [
        # seats and receipts only multiply the one class's row
        (_CLASS_FEE_CHAIN, (_link("value", "classes", "title"),), ("receipts", "seats")),
        # a partial table word no rule used names nothing the statement needs
        (
            _CLASS_FEE_CHAIN,
            (_link("value", "classes", "title"), _link("table", "receipts", used=False, weight=0.6)),
            ("receipts", "seats"),
        ),
        # the potters are needed for their names: seats connects them to the class
        (
            'SELECT "potters"."given_nm" FROM "potters" JOIN "seats" ON "potters"."id" = "seats"."potter_id"'
            ' JOIN "classes" ON "seats"."class_id" = "classes"."id" WHERE "classes"."title" = \'Glaze Basics\'',
            (_link("table", "potters"), _link("value", "classes", "title")),
            (),
        ),
        # a named table joined to keep the rows that have one ("classes with receipts")
        (
            'SELECT "classes"."title" FROM "classes" JOIN "seats" ON "classes"."id" = "seats"."class_id"'
            ' JOIN "receipts" ON "seats"."id" = "receipts"."seat_id"',
            (_link("table", "classes"), _link("table", "receipts")),
            (),
        ),
        # a count of all rows reads the first table
        (
            'SELECT COUNT(*) FROM "seats" JOIN "classes" ON "seats"."class_id" = "classes"."id"'
            ' WHERE "classes"."title" = \'Glaze Basics\'',
            (_link("value", "classes", "title"),),
            (),
        ),
    ],
)
def test_unnamed_join(pottery, sql, links, doubted):
    _, engine = pottery
    assert unnamed_joins(_parse(engine, "x"), parsed(sql, "sqlite"), links) == doubted


def test_unnamed_join_named_by_part(pottery):
    _, engine = pottery
    # "seats" names a joined table of the chain by its own word: the path was asked for
    links = (_link("value", "classes", "title"),)
    assert unnamed_joins(_parse(engine, "classes with seats taken"), parsed(_CLASS_FEE_CHAIN, "sqlite"), links) == ()


@pytest.mark.parametrize(
    ("sql", "doubted"),
    [
        # each class's fee added once per seat taken
        (
            'SELECT "studios"."town", SUM("classes"."weekly_fee") FROM "classes" JOIN "studios"'
            ' ON "classes"."studio_id" = "studios"."id" JOIN "seats" ON "classes"."id" = "seats"."class_id"'
            ' GROUP BY "studios"."town"',
            ("seats",),
        ),
        # a receipt has one seat and one class: the join adds nothing twice
        (
            'SELECT "classes"."title", SUM("receipts"."paid") FROM "receipts" JOIN "seats"'
            ' ON "receipts"."seat_id" = "seats"."id" JOIN "classes" ON "seats"."class_id" = "classes"."id"'
            ' GROUP BY "classes"."title"',
            (),
        ),
    ],
)
def test_fanned_sum(pottery, sql, doubted):
    _, engine = pottery
    assert fanned_sums(_parse(engine, "x"), parsed(sql, "sqlite")) == doubted


_SEATS_BY_FAMILY = (
    'SELECT "potters"."family_nm", COUNT(*) FROM "seats" JOIN "potters" ON "seats"."potter_id" = "potters"."id"'
    ' GROUP BY "potters"."family_nm"'
)


@pytest.mark.parametrize(
    ("words", "links", "doubted"),
    [
        # a verb read as a name column splits the one figure asked for
        ("how many seats were taken lastly", (_link("table", "seats"),), ("family_nm",)),
        # a grouping word asks for the split
        ("how many seats per potter", (_link("table", "seats"), _link("table", "potters")), ()),
        ("how many seats does each family name hold", (_link("table", "seats"),), ()),
        # the column is named by a word a rule used
        (
            "how many seats have potters with family names",
            (_link("table", "seats"), _link("column", "potters", "family_nm")),
            (),
        ),
    ],
)
def test_uncalled_grouping(pottery, words, links, doubted):
    _, engine = pottery
    assert uncalled_groupings(_parse(engine, words), parsed(_SEATS_BY_FAMILY, "sqlite"), links) == doubted


def _value(table: str, column: str, start: int, end: int, words: str):
    from datachat.nl2sql.confidence import Link

    return Link("value", start, end, words, words, table, column, 1.0)


@pytest.mark.parametrize(
    ("where", "doubted"),
    [
        # both must hold of one seat where either was asked
        ('"studios"."town" = \'Ashby\' AND "classes"."title" = \'Glaze Basics\'', ("glaze basics",)),
        ('"studios"."town" = \'Ashby\' OR "classes"."title" = \'Glaze Basics\'', ()),
        ('"studios"."town" = \'Ashby\'', ()),
    ],
)
def test_and_for_or(pottery, where, doubted):
    _, engine = pottery
    words = "seats in ashby or glaze basics"
    links = (_value("studios", "town", 2, 3, "ashby"), _value("classes", "title", 4, 6, "glaze basics"))
    sql = (
        'SELECT COUNT(*) FROM "seats" JOIN "classes" ON "seats"."class_id" = "classes"."id" JOIN "studios"'
        f' ON "classes"."studio_id" = "studios"."id" WHERE {where}'
    )
    assert and_for_or(_parse(engine, words), parsed(sql, "sqlite"), links) == doubted
