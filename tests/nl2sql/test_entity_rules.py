"""Table-driven checks on a small made-up town schema with no declared keys: a value is read in the table whose
own name column holds it (not in a table that borrows that name), and a question about that value reads the
measure of that table."""

from __future__ import annotations

import pytest

from datachat.nl2sql import run_query

from .conftest import engine_from_statements


@pytest.fixture(scope="module")
def towns(tmp_path_factory):
    return engine_from_statements(
        tmp_path_factory,
        "towns",
        [
            "CREATE TABLE zone (zone_name TEXT, residents INTEGER, area REAL)",
            "CREATE TABLE park (park_name TEXT, area REAL, zone_name TEXT)",
            "CREATE TABLE school (school_name TEXT, residents INTEGER, zone_name TEXT)",
            "CREATE TABLE neighbour_info (zone_name TEXT, neighbour TEXT)",
            "CREATE TABLE village (village_name TEXT, population INTEGER, zone_name TEXT)",
            "CREATE TABLE plant (plant_name TEXT, fuel REAL, efficiency REAL)",
            "CREATE TABLE county (county_name TEXT, seat TEXT)",
            "CREATE TABLE relief (zone_name TEXT, highest_hill TEXT)",
            "INSERT INTO relief VALUES ('northside','tor'),('oldtown','knoll')",
            "INSERT INTO county VALUES ('hill','dale'),('dale','vale'),('moor','hill')",
            "INSERT INTO plant VALUES ('alpha',10.0,0.4),('beta',20.0,0.7)",
            "INSERT INTO village VALUES ('ashby',700,'northside'),('brook',900,'northside'),('crest',2000,'oldtown')",
            "INSERT INTO zone VALUES ('northside',5000,12.5),('riverside',3000,8.0),('oldtown',9000,4.0)",
            "INSERT INTO park VALUES ('elm park',1.5,'northside'),('oak park',0.5,'northside'),"
            "('mill park',2.0,'riverside'),('riverside',3.0,'oldtown')",
            "INSERT INTO school VALUES ('hill school',300,'northside'),('bay school',200,'oldtown')",
            "INSERT INTO neighbour_info VALUES ('northside','riverside'),('riverside','northside'),"
            "('riverside','oldtown'),('oldtown','riverside')",
        ],
    )


CASES = [
    # the value is a zone (its own name column); "area" is the zone's, not its parks'
    ("what is the area of northside", {(12.5,)}),
    ("what is the residents of oldtown", {(9000,)}),
    # 'riverside' names a zone and a park; only zones have residents
    ("what is the residents of riverside", {(3000,)}),
]


@pytest.mark.parametrize(("question", "expected"), CASES)
def test_value_owner_reads_its_measure(towns, question, expected):
    sa_engine, engine = towns
    t = engine.translate(question)
    assert t.sql, t.error
    with sa_engine.connect() as c:
        rows = run_query(c.connection.driver_connection, t.sql)
    assert set(rows) == expected, t.sql


RANKED = [
    # an adjective that names the measure ranks the rows; the answer is the row, not the measure
    ("what is the most populous village in northside", {("brook",)}),
    ("what is the most populous village", {("crest",)}),
    # the measure asked for in words is still shown
    ("what is the population of the most populous village", {(2000,)}),
    # the measure named after "by" ranks as well; it is not asked for
    ("what is the largest village in northside by population", {("brook",)}),
]


@pytest.mark.parametrize(("question", "expected"), RANKED)
def test_ranking_adjective_is_not_the_answer(towns, question, expected):
    test_value_owner_reads_its_measure(towns, question, expected)


LISTED = [
    # "what villages", like "which villages", asks for the villages by name
    ("what villages are in northside", {("ashby",), ("brook",)}),
    ("which villages are in northside", {("ashby",), ("brook",)}),
]


@pytest.mark.parametrize(("question", "expected"), LISTED)
def test_what_before_a_table_names_the_rows(towns, question, expected):
    test_value_owner_reads_its_measure(towns, question, expected)


LINKED = [
    # a link table pairs zones with zones: the zones asked for are the other side of the link
    ("which zones neighbour riverside", {("northside",), ("oldtown",)}),
    ("how many zones neighbour riverside", {(2,)}),
]


@pytest.mark.parametrize(("question", "expected"), LINKED)
def test_link_table_answers_the_other_side(towns, question, expected):
    test_value_owner_reads_its_measure(towns, question, expected)


def test_link_sub_query_survives_the_frame(towns):
    _, engine = towns
    t = engine.translate("which zones neighbour riverside")
    again = engine.sql_for_state(type(t.frame).from_dict(t.frame.to_dict()))
    assert again == t.sql


@pytest.mark.parametrize(
    "question",
    [
        # an adjective before the table noun restricts the rows in a way no column holds: ask, do not list all
        "what are the major villages in northside",
        "how many quiet villages are in northside",
    ],
)
def test_unplaced_adjective_on_the_rows_is_asked_about(towns, question):
    _, engine = towns
    t = engine.translate(question)
    assert t.sql is None, t.sql


@pytest.mark.parametrize(
    ("question", "answered"),
    [
        # two rankings asked, one expressible: ask rather than drop the second
        ("what is the largest park in the smallest zone", False),
        ("what is the largest park", True),
        # both ends of one ordering are one ranking
        ("list parks from largest to smallest area", True),
    ],
)
def test_a_second_superlative_is_not_dropped(towns, question, answered):
    _, engine = towns
    t = engine.translate(question)
    assert bool(t.sql) is answered, t.sql or t.error


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a number column named right before another number column of its table is a compound: its head is asked
        ("what is the fuel efficiency of alpha", {(0.4,)}),
        ("which plant has the highest fuel efficiency", {("beta",)}),
        # joined by "and", both columns are asked
        ("what is the fuel and efficiency of alpha", {(10.0, 0.4)}),
    ],
)
def test_number_compound_reads_its_head(towns, question, expected):
    test_value_owner_reads_its_measure(towns, question, expected)


@pytest.mark.parametrize(
    ("question", "answered"),
    [
        # 'riverside' names a zone and a park, and both have an area: which one is a guess
        ("what is the area of riverside", False),
        # naming the table decides
        ("what is the area of the zone riverside", True),
        # a column only zones have decides
        ("what is the residents of riverside", True),
    ],
)
def test_a_name_of_two_tables_is_asked_about(towns, question, answered):
    _, engine = towns
    t = engine.translate(question)
    assert bool(t.sql) is answered, t.sql or t.error


def test_where_is_a_row_reads_what_it_belongs_to(towns):
    # a village belongs to a zone: that is where it is
    test_value_owner_reads_its_measure(towns, "where is ashby", {("northside",)})
    # a plant refers to nothing: no place to give, so no listing of its columns either
    _, engine = towns
    t = engine.translate("where is alpha")
    assert t.sql is None, t.sql


def test_a_column_asked_of_a_named_row(towns):
    # "the seat of dale": dale is the county (its own name), not the county whose seat is dale
    test_value_owner_reads_its_measure(towns, "what is the seat of dale", {("vale",)})


@pytest.mark.parametrize(
    ("sql", "echo"),
    [
        ("SELECT zone_name FROM zone WHERE zone_name = 'oldtown'", True),
        ('SELECT "zone"."zone_name" FROM zone JOIN park ON 1 = 1 WHERE "zone"."zone_name" = \'oldtown\'', True),
        ("SELECT area FROM zone WHERE zone_name = 'oldtown'", False),
        ("SELECT zone_name FROM zone WHERE zone_name = 'oldtown' OR area > 3", False),
        ("SELECT zone_name FROM zone", False),
    ],
)
def test_an_answer_that_only_repeats_the_question_is_doubted(sql, echo):
    from datachat.nl2sql.doubts import parsed
    from datachat.nl2sql.shape import echo as echo_of

    assert echo_of(parsed(sql, "sqlite")) is echo


@pytest.mark.parametrize(
    ("question", "nested"),
    [
        # "the A of the B" with two columns: A is asked of the row B picks out, not both side by side
        ("what is the efficiency of the fuel", True),
        ("what is the fuel and efficiency of alpha", False),
    ],
)
def test_column_of_column_is_doubted(towns, question, nested):
    _, engine = towns
    t = engine.translate(question, ask=False)
    assert any(r.code == "column_of_column" for r in t.score.reasons) is nested, t.score


@pytest.mark.parametrize(
    ("question", "doubted"),
    [
        # two zones are meant (the ones asked for and the one with the largest area); a reading with one is doubted
        ("which zones neighbour the zone with the largest area", True),
        # one set of zones, described twice
        ("zones with more than 4000 residents and zones with an area over 10", False),
    ],
)
def test_a_table_named_twice_is_not_read_once(towns, question, doubted):
    _, engine = towns
    t = engine.translate(question, ask=False)
    if t.sql is None:
        assert doubted
        return
    assert any(r.code == "one_for_two" for r in t.score.reasons) is doubted, (t.sql, t.score)


@pytest.mark.parametrize(
    ("question", "doubted"),
    [
        # a column named by a superlative, listed for every row: the question more likely ranks the rows
        ("what is the highest hill", True),
        # kept to one row by its filter: that row's column
        ("what is the highest hill of northside", False),
    ],
)
def test_superlative_named_column_listed_for_all_rows_is_doubted(towns, question, doubted):
    _, engine = towns
    t = engine.translate(question, ask=False)
    assert t.sql, t.error
    assert any(r.code == "superlative_column" for r in t.score.reasons) is doubted, (t.sql, t.score)


def test_the_owner_of_counted_rows_is_not_one_of_them(towns):
    # 'riverside' is a zone and a park: "does riverside have" makes it the zone that holds the parks
    test_value_owner_reads_its_measure(towns, "which parks does riverside have", {("mill park",)})
