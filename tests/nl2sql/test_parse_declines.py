"""Plain questions the parse used to decline before any score, table-driven on a made-up pottery studio: a column
named after another table refers to it even inside a composite key, a plural label word after a table reads its
label column, a negation reaches over the words of one verb phrase, whole numbers kept as text of one length rank,
a superlative ranks the entities named before the one total asked for, "spent the most on <rows>" adds up those
rows' own money column (and "total spent on <rows>" sums it), "<superlative> first" orders every row instead of
picking one, a misspelling may be read as one word of a name of several, a hyphen joins a superlative to its
measure, "no duplicates" asks for distinct rows, the asker named after an event verb ("with us") stands between it
and its superlative, and "whose <column> is the largest" ranks by that column."""

from __future__ import annotations

import pytest

from datachat.nl2sql import run_query

from .conftest import engine_from_statements

_ROWS = [
    # kilns are keyed by uid and labelled by a column named as the table; loads refer to a kiln by a column named
    # after the table, inside their composite key, with no declared foreign key
    "CREATE TABLE kilns (uid INTEGER PRIMARY KEY, kiln TEXT, maker TEXT, capacity INTEGER)",
    "CREATE TABLE loads (kiln INTEGER, load_no INTEGER, weight NUMERIC, PRIMARY KEY (kiln, load_no))",
    # ages kept as text of two digits
    "CREATE TABLE potters (id INTEGER PRIMARY KEY, potter_name TEXT, age TEXT, studio TEXT)",
    "CREATE TABLE firings (id INTEGER PRIMARY KEY, kiln_id INTEGER REFERENCES kilns(uid),"
    " potter_id INTEGER REFERENCES potters(id), slot_date DATE, cost_of_firing NUMERIC, GlazeFinish TEXT)",
    "INSERT INTO kilns VALUES (1,'Big Blue','Acme',40),(2,'Little Red','Bolt',25),(3,'Old Grey','Crane',60),"
    "(4,'Tin Can','Acme',10)",
    "INSERT INTO loads VALUES (1,1,10),(1,2,12),(1,3,9),(2,1,4),(3,1,7),(3,2,8)",
    "INSERT INTO potters VALUES (1,'Ada','34','North'),(2,'Ben','27','South'),(3,'Cy','45','East'),"
    "(4,'Dee','52','West')",
    "INSERT INTO firings VALUES (1,1,1,'2024-01-02',30,'matte'),(2,1,2,'2024-02-03',25,'gloss'),"
    "(3,2,1,'2024-03-04',90,'matte'),(4,3,3,'2024-04-05',10,'satin'),(5,2,1,'2024-05-06',15,'gloss')",
]


@pytest.fixture(scope="module")
def pottery(tmp_path_factory):
    return engine_from_statements(tmp_path_factory, "pottery", _ROWS)


CASES = [
    # a column named after a table refers to it inside a composite key: counted per kiln, filtered by its label
    ("kilns with more than 2 loads", [("Big Blue",)]),
    ("kilns that have fewer than 2 loads", [("Little Red",)]),
    ("how many loads does Old Grey have", [(2,)]),
    # a plural label word after a table's name is that table's label column, not another table's name column
    (
        "list all kiln names and their makers",
        [("Big Blue", "Acme"), ("Little Red", "Bolt"), ("Old Grey", "Crane"), ("Tin Can", "Acme")],
    ),
    # the negation reaches the table over the words of its verb phrase
    ("which potters have never been booked in for a firing", [("Dee",)]),
    # whole numbers of one length kept as text rank as numbers
    ("the studio of the youngest potter", [("South",)]),
    ("what is the studio of the oldest potter", [("West",)]),
    # a superlative after the one total named ranks the entities named before it by that total
    ("which kiln has the highest total cost of firing", [("Little Red", 105)]),
    ("the maker of the kiln whose total cost of firing is the lowest", [("Crane",)]),
    # "spent the most on <rows>": those rows' one money column, added up per entity
    ("which potter spent the most on firings", [("Ada", 135)]),
    # "total spent on <rows>": the sum of those rows' own money column
    ("total spent on firings in 2024", [(170,)]),
    # the asker after an event verb adds nothing: the events counted per potter
    ("which potter has fired with us the most times", [("Ada",)]),
    # a hyphen joins a superlative to what it ranks by
    ("which is the highest-capacity kiln", [("Old Grey",)]),
    # "whose <column> is the <superlative>" picks the row with the extreme value of that column
    ("the maker of the kiln whose capacity is the largest", [("Crane",)]),
    # "no duplicates": each row once
    ("list the makers of the kilns, no duplicates", [("Acme",), ("Bolt",), ("Crane",)]),
    # a misspelt word is read as the nearest word of a name of several words (GlazeFinish)
    ("how many different glase finishes are there", [(3,)]),
]


@pytest.mark.parametrize(("question", "expected"), CASES)
def test_answered(pottery, question, expected):
    sa_engine, engine = pottery
    t = engine.translate(question)
    assert t.sql, t.error or t.clarification
    rows = [tuple(float(v) if isinstance(v, int | float) else v for v in r) for r in run_query(sa_engine, t.sql)]
    want = [tuple(float(v) if isinstance(v, int | float) else v for v in r) for r in expected]
    assert sorted(rows, key=str) == sorted(want, key=str), t.sql


@pytest.mark.parametrize(
    "question",
    [
        # "<superlative> first" orders every row: never the one row at an end
        "potter names sorted youngest first",
        # no entity named before the superlative: the total is asked for, not a ranking
        "what is the highest total cost of firing",
    ],
)
def test_no_single_ranked_row(pottery, question):
    _, engine = pottery
    t = engine.translate(question)
    assert not (t.sql and t.frame and t.frame.limit == 1), t.sql


def test_numbers_as_text_need_one_length(tmp_path_factory):
    """Text numbers of different lengths ("9", "45") do not order as numbers: nothing ranks by them."""
    rows = [
        "CREATE TABLE potters (id INTEGER PRIMARY KEY, potter_name TEXT, age TEXT, studio TEXT)",
        "INSERT INTO potters VALUES (1,'Ada','9','North'),(2,'Ben','45','South')",
    ]
    _, engine = engine_from_statements(tmp_path_factory, "textages", rows)
    t = engine.translate("the studio of the youngest potter")
    assert t.sql is None or "age" not in t.sql.lower(), t.sql
