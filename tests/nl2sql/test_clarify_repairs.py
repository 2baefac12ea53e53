"""Options that keep what the reading got right: a doubt repaired in the reading's own frame (its filters, joins
and ranking kept), a ranking stated with every column it shows, a column the question named shown for the rows
the reading picks, and never a column of another table offered as a bare last resort (that re-reads the
question about another subject). Frames and doubts are made up here, on a made-up orchard schema."""

from __future__ import annotations

import pytest

from datachat.nl2sql.clarify import _column_of_rows, _plain_column, _repaired_frames
from datachat.nl2sql.confidence import Link, Reason, Score
from datachat.nl2sql.explain import explain
from datachat.nl2sql.frame import Field, Filter, Order, QueryFrame

from .conftest import engine_from_statements


@pytest.fixture(scope="module")
def orchard(tmp_path_factory):
    """Orchards and their trees, made up here: a few-valued region, a number per orchard, a tree's variety."""
    return engine_from_statements(
        tmp_path_factory,
        "orchard",
        [
            "CREATE TABLE orchard (id INTEGER PRIMARY KEY, name TEXT, region TEXT, acres INTEGER)",
            "CREATE TABLE tree (id INTEGER PRIMARY KEY, orchard_id INTEGER REFERENCES orchard(id), variety TEXT,"
            " height_m NUMERIC, planted_on DATE)",
            "INSERT INTO orchard VALUES (1,'Elm Hill','north',40),(2,'Brook End','south',25),(3,'Oak Rise','north',60)",
            "INSERT INTO tree VALUES (1,1,'gala',3.5,'2019-04-01'),(2,1,'fuji',2.0,'2020-03-15'),"
            "(3,2,'gala',4.1,'2018-05-02'),(4,3,'bramley',5.0,'2017-04-20'),(5,3,'fuji',3.2,'2021-03-30')",
        ],
    )[1]


def _link(words: str, table: str, column: str) -> Link:
    return Link("column", 0, 1, words, words, table, column, 1.0, used=False)


REGION = Field("column", "orchard", "region")
ACRES = Field("column", "orchard", "acres")
NAME = Field("column", "orchard", "name")
VARIETY = Field("column", "tree", "variety")
COUNT = Field("aggregate", "tree", None, fn="count")
NORTH = Filter(REGION, "=", "north")

# (frame, doubts as (code, words, table, column), the repaired frames expected, in order); the question is
# "how many different acres", so a count of all rows counts the values of the column it names
REPAIRS = [
    (  # a grouping no word asked for is taken out; the grouping asked for and the count stay
        QueryFrame(base="tree", select=(NAME, VARIETY, COUNT), group=(NAME, VARIETY), joins=("orchard",)),
        [("stray_grouping", "variety", "tree", "variety")],
        [QueryFrame(base="tree", select=(NAME, COUNT), group=(NAME,), joins=("orchard",))],
    ),
    (  # a dropped column is shown beside the listing; its filter stays
        QueryFrame(base="orchard", select=(NAME,), filters=(NORTH,)),
        [("dropped_column", "acres", "orchard", "acres")],
        [QueryFrame(base="orchard", select=(NAME, ACRES), filters=(NORTH,))],
    ),
    (  # a count of all rows where a column was asked: its different values counted, or the column itself
        QueryFrame(base="orchard", select=(Field("aggregate", "orchard", None, fn="count"),), filters=(NORTH,)),
        [("dropped_column", "acres", "orchard", "acres")],
        [
            QueryFrame(
                base="orchard",
                select=(Field("aggregate", "orchard", "acres", fn="count", distinct=True),),
                filters=(NORTH,),
            ),
            QueryFrame(base="orchard", select=(ACRES,), filters=(NORTH,)),
        ],
    ),
    (  # a grouping that is all the reading groups by is not taken out (nothing would be left to group by)
        QueryFrame(base="tree", select=(VARIETY, COUNT), group=(VARIETY,)),
        [("stray_grouping", "variety", "tree", "variety")],
        [],
    ),
    (  # a doubt no repair states (a dropped number) repairs nothing
        QueryFrame(base="orchard", select=(NAME,), filters=(NORTH,)),
        [("dropped_number", "30", None, None)],
        [],
    ),
]


@pytest.mark.parametrize(("frame", "doubts", "expected"), REPAIRS)
def test_a_doubt_is_repaired_in_the_readings_own_frame(frame, doubts, expected):
    links = tuple(_link(words, t, c) for _, words, t, c in doubts if t)
    reasons = tuple(Reason(code, 0.4, words) for code, words, _, _ in doubts)
    assert list(_repaired_frames(frame, Score(0.2, reasons, links), "how many different acres")) == expected


# (question, the column's words, whether it counts the column's values)
COUNTS_VALUES = [
    ("how many different regions are there", "regions", True),
    ("how many kinds of regions are there", "regions", True),
    ("number of orchards of a region above the average", "region", False),
]


@pytest.mark.parametrize(("question", "words", "counts"), COUNTS_VALUES)
def test_a_count_of_rows_is_read_as_a_count_of_values_only_where_the_question_counts_them(question, words, counts):
    from datachat.nl2sql.clarify import _counts_values

    assert _counts_values(question, words) is counts


RANKED = QueryFrame(base="orchard", select=(NAME, REGION), order=(Order(ACRES, "desc"),), limit=1)

# (frame, shown, the sentence)
STATED = [
    (RANKED, True, "Name and region of the orchard with the highest acres"),
    (RANKED, False, "The orchard with the highest acres"),  # the explanation shown with an answer is unchanged
    (QueryFrame(base="orchard", select=(NAME,), order=(Order(ACRES, "desc"),), limit=1), True, "The orchard with"),
]


@pytest.mark.parametrize(("frame", "shown", "sentence"), STATED)
def test_a_ranking_option_names_every_column_it_shows(orchard, frame, shown, sentence):
    assert explain(frame, orchard.planner, shown=shown).startswith(sentence)


def test_a_stated_ranking_reads_back_as_the_same_statement(orchard):
    question = explain(RANKED, orchard.planner, shown=True)
    t = orchard.translate(question)
    assert t.sql == orchard.planner.to_sql(RANKED), question


# (frame, the column's words, table, column, what the option asks: "" for none)
COLUMNS_OF_ROWS = [
    (QueryFrame(base="orchard", select=(NAME, REGION), filters=(NORTH,)), "acres", "orchard", "acres", "Acres of"),
    (QueryFrame(base="orchard", select=(NAME,)), "acres", "orchard", "acres", ""),  # no rows picked: the plain one
    (QueryFrame(base="orchard", select=(NAME,), filters=(NORTH,)), "variety", "tree", "variety", ""),  # other subject
    (QueryFrame(base="tree", select=(VARIETY, COUNT), group=(VARIETY,)), "height", "tree", "height_m", ""),  # a figure
]


@pytest.mark.parametrize(("frame", "words", "table", "column", "asks"), COLUMNS_OF_ROWS)
def test_a_column_option_keeps_the_rows_the_reading_picks(orchard, frame, words, table, column, asks):
    text, reads = _column_of_rows(orchard, frame, _link(words, table, column))
    assert text.startswith(asks) and bool(text) == bool(asks) == bool(reads)
    if asks:
        assert "north" in text  # the filter is kept
        assert orchard.translate(text).sql == reads  # it reads back as the statement it was built from


# (doubt's table, the reading's subject, offered)
PLAIN_COLUMNS = [("orchard", "orchard", "acres of orchards"), ("tree", "orchard", "")]


@pytest.mark.parametrize(("table", "base", "offered"), PLAIN_COLUMNS)
def test_a_bare_column_is_offered_only_of_the_subject(table, base, offered):
    link = _link("acres", table, "acres")
    assert _plain_column(Reason("unplaced_column", 0.1, "acres", link), (link,), base) == offered


# (question, the words left out, the question without them): the function words that led to them go too,
# never the question's framing ("how many"), and a list does not start with "and"
WITHOUT = [
    ("number of trees by flavour", ["flavour"], "number of trees"),
    ("how many galaxies are there", ["galaxies"], "how many are there"),
    ("how many glimmer trees are there", ["glimmer"], "how many trees are there"),
    ("keeper and region of orchards", ["keeper"], "region of orchards"),
]


@pytest.mark.parametrize(("question", "words", "expected"), WITHOUT)
def test_a_question_without_a_word_keeps_its_framing(question, words, expected):
    from datachat.nl2sql.clarify import _without

    assert _without(question, words) == expected


# (word, whether it compares or ranks rows)
GRADED = [("heavier", True), ("youngest", True), ("greatest", True), ("world", False), ("kinds", False)]


@pytest.mark.parametrize(("word", "graded"), GRADED)
def test_graded_adjectives_compare_or_rank(word, graded):
    from datachat.nl2sql.clarify import _graded

    assert _graded(word) is graded


# (question, unknown word, other doubts as (code, penalty), whether the reading that leaves the word aside may
# be offered beside readings that place it)
ASIDE = [
    ("names of orchards in the galaxy", "galaxy", [], True),
    ("names of orchards in the galaxy", "galaxy", [("unplaced_column", 0.1)], True),
    ("names of orchards in the galaxy", "galaxy", [("dropped_number", 0.4)], False),  # something else is doubted
    ("names of orchards in the galaxy", "galaxy", [("unplaced_column", 0.1)] * 4, False),  # would not answer
    ("number of orchards by flavour", "flavour", [], False),  # a grouping was asked
    ("average girth of trees", "girth", [], False),  # a measure was asked
    ("how many different kinds of trees", "kinds", [], False),  # what is counted
    ("trees heavier than 3", "heavier", [], False),  # a comparison
    ("orchards from youngest to oldest", "youngest", [], False),  # an ordering
]


@pytest.mark.parametrize(("question", "word", "others", "aside"), ASIDE)
def test_a_reading_leaving_an_unknown_word_aside_is_offered_only_when_nothing_else_is_lost(
    question, word, others, aside
):
    from datachat.nl2sql.clarify import _aside

    reasons = (Reason("unknown", 0.4, word), *(Reason(code, penalty, "x") for code, penalty in others))
    assert _aside(question, Score(0.0, reasons), [word]) is aside
