"""Everyday wordings read right on a made-up club schema: comparisons said after the number ("4 or less"),
negated comparisons ("no more than 4"), alphabetical orders turned around ("reverse alphabetical order")."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from .conftest import engine_from_statements


@pytest.fixture(scope="module")
def club(tmp_path_factory):
    return engine_from_statements(
        tmp_path_factory,
        "club",
        [
            "CREATE TABLE member (member_id INTEGER PRIMARY KEY, full_name TEXT, membership_level INTEGER,"
            " age INTEGER, birth_year INTEGER, hometown TEXT, joined_on DATE)",
            "INSERT INTO member VALUES (1,'Ann Lee',1,30,1995,'Oslo','2020-01-05'),"
            "(2,'Ben Ode',3,41,1984,'Lima','2021-03-09'),(3,'Cal Ruiz',4,25,2000,'Oslo','2022-07-21'),"
            "(4,'Dee Wu',6,52,1973,'Kyiv','2019-11-30'),(5,'Eve Hart',8,36,1989,'Lima','2023-02-14')",
            "CREATE TABLE store (store_id INTEGER PRIMARY KEY, store_name TEXT, district TEXT,"
            " number_products INTEGER, manager_name TEXT)",
            "INSERT INTO store VALUES (1,'North',  'Hill', 120, 'Ola'),(2,'South','Dock', 40, 'Per'),"
            "(3,'East','Hill', 75, 'Kari')",
        ],
    )


def _rows(club, question):
    sa_engine, engine = club
    t = engine.translate(question)
    assert t.sql, (question, t.error, t.clarification)
    with sa_engine.connect() as c:
        return [tuple(r) for r in c.execute(sa.text(t.sql))]


@pytest.mark.parametrize(
    "question, expected",
    [
        ("average age of members with a membership level of 4 or less", 32.0),
        ("average age of members with a membership level of 4 or more", 113 / 3),
        ("average age of members with a membership level of no more than 4", 32.0),
        ("average age of members with a membership level of no less than 4", 113 / 3),
        ("average age of members with a membership level of at most 4", 32.0),
        ("average age of members with a membership level of up to 4", 32.0),
    ],
)
def test_comparison_phrases(club, question, expected):
    assert _rows(club, question)[0][0] == pytest.approx(expected)


@pytest.mark.parametrize(
    "question, first",
    [
        ("member names in alphabetical order", "Ann Lee"),
        ("member names in reverse alphabetical order", "Eve Hart"),
        ("member names in descending alphabetical order", "Eve Hart"),
        ("member names from Z to A", "Eve Hart"),
        ("member names from A to Z", "Ann Lee"),
    ],
)
def test_alphabetical_direction(club, question, first):
    rows = _rows(club, question)
    assert rows[0][0] == first and len(rows[0]) == 1 and len(rows) == 5


@pytest.fixture(scope="module")
def races(tmp_path_factory):
    """Runners and races; a race has columns named after aggregate words (lowest, highest)."""
    return engine_from_statements(
        tmp_path_factory,
        "races",
        [
            "CREATE TABLE runner (runner_id INTEGER PRIMARY KEY, runner_name TEXT, age INTEGER, country TEXT)",
            "INSERT INTO runner VALUES (1,'Ann',30,'Peru'),(2,'Ben',41,'Peru'),(3,'Cal',25,'Chad'),(4,'Dee',52,'Peru')",
            "CREATE TABLE race (race_id INTEGER PRIMARY KEY, race_name TEXT, lowest INTEGER, highest INTEGER,"
            " runner_id INTEGER REFERENCES runner(runner_id))",
            "INSERT INTO race VALUES (1,'Spring',3,9,1),(2,'Fall',2,8,2)",
        ],
    )


@pytest.mark.parametrize(
    "question, expected",
    [
        ("what are the mean, lowest and highest ages of runners from Peru?", (41.0, 30, 52)),
        ("the highest and lowest age of runners", (52, 25)),
        ("the average, minimum and maximum age of runners", (37.0, 25, 52)),
    ],
)
def test_aggregate_words_share_one_noun(races, question, expected):
    assert _rows(races, question) == [expected]


@pytest.mark.parametrize(
    "question, expected",
    [
        ("What are the fewest and the most products any store carries?", [(40, 120)]),
        ("the most and the least products of a store", [(120, 40)]),
        ("which store has the most products", [("North",)]),  # one end alone still ranks the rows
    ],
)
def test_two_ends_of_one_count_column_are_its_minimum_and_maximum(club, question, expected):
    assert _rows(club, question) == expected


@pytest.fixture(scope="module")
def clubs(tmp_path_factory):
    """Clubs and their players: a club has an opening year and a city; a player a birth year and a hometown."""
    return engine_from_statements(
        tmp_path_factory,
        "clubs",
        [
            "CREATE TABLE club (club_id INTEGER PRIMARY KEY, club_name TEXT, city TEXT, opening_year INTEGER,"
            " renovation_year INTEGER)",
            "INSERT INTO club VALUES (1,'Rovers','Bergen',1921,1990),(2,'United','Tromso',1950,2001)",
            "CREATE TABLE player (player_id INTEGER PRIMARY KEY, player_name TEXT, age INTEGER, birth_year INTEGER,"
            " hometown TEXT, joined_on DATE, club_id INTEGER REFERENCES club(club_id))",
            "INSERT INTO player VALUES (1,'Ola',30,1995,'Voss','2020-01-05',1),"
            "(2,'Kari',41,1984,'Moss','2021-03-09',2)",
        ],
    )


@pytest.mark.parametrize(
    "question, expected",
    [
        ("when was Ola born?", [(1995,)]),
        ("When were the players born and what is their hometown?", [(1995, "Voss"), (1984, "Moss")]),
        ("How old are the players and where are they from?", [(30, "Voss"), (41, "Moss")]),
        ("where is Kari from?", [("Moss",)]),
        ("when did Kari join?", [("2021-03-09",)]),
        ("when did the club Rovers open?", [(1921,)]),  # the opening year, not the renovation year
        ("where is the club United?", [("Tromso",)]),
    ],
)
def test_question_words_ask_for_attributes(clubs, question, expected):
    assert sorted(_rows(clubs, question)) == sorted(expected)


@pytest.mark.parametrize(
    "question",
    [
        "when was the club United updated?",  # two years, neither about the verb: no guess
    ],
)
def test_question_word_without_a_fitting_column_is_not_guessed(clubs, question):
    sa_engine, engine = clubs
    t = engine.translate(question)
    if t.sql:
        with sa_engine.connect() as c:
            rows = [tuple(r) for r in c.execute(sa.text(t.sql))]
        assert rows not in ([(1950,)], [(2001,)])


@pytest.mark.parametrize(
    "question, first",
    [
        ("players, most recently joined first", "Kari"),  # the joining date, not the birth year
        ("player names, most recently joined first", "Kari"),
        ("clubs, most recently opened first", "United"),  # the opening year, not the renovation year
    ],
)
def test_most_recently_verb_first_orders_by_the_verbs_date(clubs, question, first):
    rows = _rows(clubs, question)
    assert rows[0][0] == first and len(rows) == 2


@pytest.mark.parametrize(
    "question, expected",
    [
        ("how many products does the store North carry?", [(120,)]),  # the stored count, not a count of it
        ("how many products do the stores in Hill have in total?", [(195,)]),
        ("how many products do the stores have altogether?", [(235,)]),
    ],
)
def test_how_many_over_a_stored_count_reads_the_count(club, question, expected):
    assert _rows(club, question) == expected


@pytest.mark.parametrize(
    "question, expected",
    [
        ("clubs with 1 player or fewer", {("Rovers",), ("United",)}),
        ("clubs with 2 players or more", set()),
        ("clubs with 1 player or more", {("Rovers",), ("United",)}),
    ],
)
def test_count_comparison_said_after_the_counted_noun(clubs, question, expected):
    assert set(_rows(clubs, question)) == expected


def test_count_comparison_after_the_noun_is_a_having_bound(clubs):
    t = clubs[1].translate("clubs with 3 players or fewer")
    assert "HAVING COUNT(*) <= 3" in t.sql


@pytest.mark.parametrize(
    "question, first",
    [
        ("runner names and ages from highest to lowest age", "Dee"),
        ("runners by age, from the lowest to the highest", "Cal"),
    ],
)
def test_ends_of_an_ordering_span_are_no_columns(races, question, first):
    """The race table has columns called lowest and highest; in a span they are only directions."""
    sa_engine, engine = races
    t = engine.translate(question)
    assert t.sql and '"race"' not in t.sql
    with sa_engine.connect() as c:
        rows = [tuple(r) for r in c.execute(sa.text(t.sql))]
    names = {30: "Ann", 41: "Ben", 25: "Cal", 52: "Dee"}
    assert first in (rows[0][0], names.get(rows[0][-1]))


@pytest.mark.parametrize(
    "question, expected",
    [
        ("who manages the store North?", [("Ola",)]),  # the manager, not the store's own name
        ("Who manages the store with the most products, and which district is it in?", [("Ola", "Hill")]),
    ],
)
def test_who_and_a_verb_asks_for_the_verbs_doer(club, question, expected):
    assert _rows(club, question) == expected
