"""Set operations across a one-to-many relationship, on a made-up shop schema: negation over related rows
("no sale in 2020" is NOT IN the related rows matching the phrase's filters), "and" over a related table's
column (a related row with each value) and "X but not Y". Each case executes and is compared with gold SQL."""

from __future__ import annotations

import pytest
import sqlglot
from sqlglot import exp

from datachat.nl2sql.evaluate import execution_match
from datachat.nl2sql.frame import Field, Filter, QueryFrame, SubQuery

from .conftest import engine_from_statements

STATEMENTS = [
    "CREATE TABLE store (id INTEGER PRIMARY KEY, store_name TEXT, city TEXT)",
    "CREATE TABLE supplier (id INTEGER PRIMARY KEY, supplier_name TEXT, country TEXT)",
    "CREATE TABLE sale (id INTEGER PRIMARY KEY, store_id INTEGER REFERENCES store(id),"
    " supplier_id INTEGER REFERENCES supplier(id), fruit TEXT, sale_year INTEGER, amount NUMERIC)",
    "INSERT INTO store VALUES (1,'North','Oslo'),(2,'South','Lima'),(3,'East','Oslo'),(4,'West','Rome')",
    "INSERT INTO supplier VALUES (1,'Acme','Norway'),(2,'Bolt','Peru'),(3,'Crux','Italy'),(4,'Dyna','Peru')",
    "INSERT INTO sale VALUES (1,1,1,'apple',2020,10),(2,1,1,'pear',2021,5),(3,2,2,'apple',2021,7),"
    "(4,2,3,'pear',2020,3),(5,3,3,'plum',2021,4),(6,3,2,'apple',2021,8)",
    "CREATE TABLE owner (id INTEGER PRIMARY KEY, owner_name TEXT, city TEXT)",
    "CREATE TABLE car (id INTEGER PRIMARY KEY, owner_id INTEGER REFERENCES owner(id), color TEXT, make TEXT)",
    "INSERT INTO owner VALUES (1,'Ann','Paris'),(2,'Ben','Rome'),(3,'Cat','Paris'),(4,'Dan','Oslo')",
    "INSERT INTO car VALUES (1,1,'red','Fiat'),(2,1,'blue','Audi'),(3,2,'blue','Fiat'),(4,3,'red','Audi'),"
    "(5,3,'green','Seat')",
    "CREATE TABLE member (id INTEGER PRIMARY KEY, member_name TEXT, joined_on DATE)",
    "CREATE TABLE visit (id INTEGER PRIMARY KEY, member_id INTEGER REFERENCES member(id), visit_date DATE)",
    "INSERT INTO member VALUES (1,'Ivy','2024-02-01'),(2,'Jon','2023-05-01'),(3,'Kim','2024-07-01')",
    "INSERT INTO visit VALUES (1,1,'2024-03-01'),(2,2,'2023-06-01'),(3,2,'2025-01-05'),(4,3,'2025-02-01')",
]


@pytest.fixture(scope="module")
def fruit(tmp_path_factory):
    return engine_from_statements(tmp_path_factory, "setops", STATEMENTS)


# (question, gold SQL): the rows the question means, whatever columns the engine shows beside the name
CASES = [
    # negation over a related table: the phrase's own filters go inside the sub-query
    (
        "names of stores that did not have a sale in 2020",
        "SELECT store_name FROM store WHERE id NOT IN (SELECT store_id FROM sale WHERE sale_year = 2020)",
    ),
    (
        "names of owners who do not own a red car",
        "SELECT owner_name FROM owner WHERE id NOT IN (SELECT owner_id FROM car WHERE color = 'red')",
    ),
    (
        "names of owners who don't have a red car",
        "SELECT owner_name FROM owner WHERE id NOT IN (SELECT owner_id FROM car WHERE color = 'red')",
    ),
    (
        "names of stores with no apple sales",
        "SELECT store_name FROM store WHERE id NOT IN (SELECT store_id FROM sale WHERE fruit = 'apple')",
    ),
    (
        "names of suppliers that did not sell apple",
        "SELECT supplier_name FROM supplier WHERE id NOT IN (SELECT supplier_id FROM sale WHERE fruit = 'apple')",
    ),
    (
        "names of suppliers that did not sell apple in 2021",
        "SELECT supplier_name FROM supplier WHERE id NOT IN"
        " (SELECT supplier_id FROM sale WHERE fruit = 'apple' AND sale_year = 2021)",
    ),
    # the period dates the related rows there are none of, not the subject's own date
    (
        "names of members with no visits in 2024",
        "SELECT member_name FROM member WHERE id NOT IN"
        " (SELECT member_id FROM visit WHERE visit_date >= '2024-01-01' AND visit_date < '2025-01-01')",
    ),
    # a filter on the base stays outside the sub-query
    (
        "names of stores in Oslo with no sales in 2021",
        "SELECT store_name FROM store WHERE city = 'Oslo'"
        " AND id NOT IN (SELECT store_id FROM sale WHERE sale_year = 2021)",
    ),
    (
        "names of suppliers from Peru that did not sell apple",
        "SELECT supplier_name FROM supplier WHERE country = 'Peru'"
        " AND id NOT IN (SELECT supplier_id FROM sale WHERE fruit = 'apple')",
    ),
    (
        "how many stores did not sell apple",
        "SELECT COUNT(*) FROM store WHERE id NOT IN (SELECT store_id FROM sale WHERE fruit = 'apple')",
    ),
    ("names of owners who have no cars", "SELECT owner_name FROM owner WHERE id NOT IN (SELECT owner_id FROM car)"),
    # "except" those with related rows: the same set
    (
        "names of all stores except those with sales in 2020",
        "SELECT store_name FROM store EXCEPT SELECT store_name FROM store JOIN sale ON sale.store_id = store.id"
        " WHERE sale_year = 2020",
    ),
    # the subject is never the table a negation names ("names without any visit")
    (
        "show the member names without any visit",
        "SELECT member_name FROM member WHERE id NOT IN (SELECT member_id FROM visit)",
    ),
    # a clause about the related rows themselves: some related row that is not it
    (
        "names of owners who have a car that is not red",
        "SELECT DISTINCT owner_name FROM owner JOIN car ON car.owner_id = owner.id WHERE color <> 'red'",
    ),
    (
        "names of suppliers that sold something other than apple",
        "SELECT DISTINCT supplier_name FROM supplier JOIN sale ON sale.supplier_id = supplier.id"
        " WHERE fruit <> 'apple'",
    ),
    # a negated value of the base's own column stays <>
    ("names of owners not in Paris", "SELECT owner_name FROM owner WHERE city <> 'Paris'"),
    # "X but not Y": the positive phrase stays, the negated one is NOT IN
    (
        "names of owners with a red car but not a blue car",
        "SELECT owner_name FROM owner JOIN car ON car.owner_id = owner.id WHERE color = 'red'"
        " EXCEPT SELECT owner_name FROM owner JOIN car ON car.owner_id = owner.id WHERE color = 'blue'",
    ),
    # two values of a related table's column joined by "and": a related row with each
    (
        "names of suppliers who sold both apple and pear",
        "SELECT supplier_name FROM supplier JOIN sale ON sale.supplier_id = supplier.id WHERE fruit = 'apple'"
        " INTERSECT SELECT supplier_name FROM supplier JOIN sale ON sale.supplier_id = supplier.id"
        " WHERE fruit = 'pear'",
    ),
    (
        "names of suppliers of apple and pear",
        "SELECT supplier_name FROM supplier JOIN sale ON sale.supplier_id = supplier.id WHERE fruit = 'apple'"
        " INTERSECT SELECT supplier_name FROM supplier JOIN sale ON sale.supplier_id = supplier.id"
        " WHERE fruit = 'pear'",
    ),
    (
        "names of stores with sales in 2020 and 2021",
        "SELECT store_name FROM store JOIN sale ON sale.store_id = store.id WHERE sale_year = 2020"
        " INTERSECT SELECT store_name FROM store JOIN sale ON sale.store_id = store.id WHERE sale_year = 2021",
    ),
    # "or" stays a list of alternatives
    (
        "names of suppliers of apple or pear",
        "SELECT DISTINCT supplier_name FROM supplier JOIN sale ON sale.supplier_id = supplier.id"
        " WHERE fruit IN ('apple', 'pear')",
    ),
    # two values of the base's own column with "and": both lists (no row holds two cities)
    ("names of owners in Paris and Rome", "SELECT owner_name FROM owner WHERE city IN ('Paris', 'Rome')"),
]


def _distinct_rows(sa_engine, sql: str) -> set:
    from datachat.nl2sql import run_query

    return set(run_query(sa_engine, sql))


@pytest.mark.parametrize(("question", "gold"), CASES)
def test_set_operation_results(fruit, question, gold):
    sa_engine, engine = fruit
    t = engine.translate(question)
    assert t.sql, (t.error, t.clarification)
    # the rows asked about, each once: compare the distinct rows (a join may repeat an entity)
    assert execution_match(sa_engine, t.sql, gold) or _distinct_rows(sa_engine, t.sql) == _distinct_rows(
        sa_engine, gold
    ), t.sql


def test_negated_phrase_filters_sit_in_the_sub_query(fruit):
    _, engine = fruit
    t = engine.translate("stores that did not have a sale in 2020")
    tree = sqlglot.parse_one(t.sql, read="sqlite")
    assert not list(tree.find_all(exp.Join)), t.sql  # no join of sales outside the sub-query
    sub = tree.find(exp.In).args["query"]
    assert "2020" in sub.sql(), t.sql
    assert t.explanation == "Stores with no sales in 2020"


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("owners who do not own a red car", "Owners with no cars whose color is red"),
        ("suppliers from Peru that did not sell apple", "with no sales whose fruit is apple"),
        ("stores with sales in 2020 and 2021", "Stores with sales in both 2020 and 2021"),
        ("suppliers who sold both apple and pear", "with sales whose fruit is apple and ones whose fruit is pear"),
    ],
)
def test_explanations_say_the_set_reading(fruit, question, words):
    _, engine = fruit
    assert words in engine.translate(question).explanation


def test_sub_query_filters_round_trip():
    inner = Filter(Field("column", table="sale", column="sale_year"), "=", 2020)
    cond = Filter(
        Field("column", table="store", column="id"),
        "not in sub",
        SubQuery(table="sale", column="store_id", where=(inner,)),
    )
    frame = QueryFrame(base="store", select=(Field("column", table="store", column="store_name"),), filters=(cond,))
    assert QueryFrame.from_dict(frame.to_dict()) == frame
    assert frame.to_state()["where"][0]["value"]["where"][0]["value"] == 2020


@pytest.mark.parametrize("question", ["what do owners without a red car drive", "what do stores in Oslo sell"])
def test_what_a_verb_asks_for_is_not_dropped(fruit, question):
    # "what" is the verb's object: the verb names what is asked, so an answer without it is not given
    _, engine = fruit
    t = engine.translate(question)
    assert t.sql is None, t.sql


def test_a_follow_up_keeps_the_negated_phrase(fruit):
    sa_engine, engine = fruit
    first = engine.translate("stores that did not have a sale in 2020")
    t = engine.translate("only in Oslo", previous=first.frame.to_dict())
    gold = (
        "SELECT store_name FROM store WHERE city = 'Oslo'"
        " AND id NOT IN (SELECT store_id FROM sale WHERE sale_year = 2020)"
    )
    assert execution_match(sa_engine, t.sql, gold), t.sql
    assert t.explanation == "Stores where city is Oslo, with no sales in 2020"
