"""Nested readings on a made-up shop schema: a comparison with the average of the same column ("clerks older
than average"), and a sum or average of a table's own column over rows picked by related rows ("the average age
of clerks with sales"), which must count each row once. Each case executes and is compared with gold SQL."""

from __future__ import annotations

import pytest
import sqlglot
from sqlglot import exp

from datachat.nl2sql.evaluate import execution_match

from .conftest import engine_from_statements

STATEMENTS = [
    "CREATE TABLE store (id INTEGER PRIMARY KEY, store_name TEXT, city TEXT, revenue NUMERIC, staff_count INTEGER)",
    "CREATE TABLE clerk (id INTEGER PRIMARY KEY, clerk_name TEXT, age INTEGER, store_id INTEGER"
    " REFERENCES store(id), salary NUMERIC)",
    "CREATE TABLE sale (id INTEGER PRIMARY KEY, clerk_id INTEGER REFERENCES clerk(id), amount NUMERIC)",
    "INSERT INTO store VALUES (1,'North','Oslo',500,10),(2,'South','Lima',900,20),(3,'East','Oslo',300,5),"
    "(4,'West','Rome',1200,30)",
    "INSERT INTO clerk VALUES (1,'Ann',30,1,3000),(2,'Ben',45,1,4000),(3,'Cal',25,2,2500),(4,'Dee',50,3,5000),"
    "(5,'Eve',35,NULL,3500)",
    "INSERT INTO sale VALUES (1,1,100),(2,1,50),(3,1,70),(4,2,20),(5,3,10)",
]


@pytest.fixture(scope="module")
def shop(tmp_path_factory):
    return engine_from_statements(tmp_path_factory, "nested", STATEMENTS)


# (question, gold SQL): executed and compared (column order aside)
CASES = [
    # the comparative names the column; "average" alone is its average
    ("names of clerks older than average", "SELECT clerk_name FROM clerk WHERE age > (SELECT AVG(age) FROM clerk)"),
    ("clerk names younger than the average", "SELECT clerk_name FROM clerk WHERE age < (SELECT AVG(age) FROM clerk)"),
    # the column named again after the average is compared, not shown
    (
        "names of clerks whose salary is below the average salary",
        "SELECT clerk_name FROM clerk WHERE salary < (SELECT AVG(salary) FROM clerk)",
    ),
    (
        "names of stores whose staff count is more than the average staff count",
        "SELECT store_name FROM store WHERE staff_count > (SELECT AVG(staff_count) FROM store)",
    ),
    (
        "how many clerks have a salary below the average",
        "SELECT COUNT(*) FROM clerk WHERE salary < (SELECT AVG(salary) FROM clerk)",
    ),
    # nor grouped by
    (
        "number of clerks in each store whose salary is greater than the average salary of clerks",
        "SELECT store.store_name, COUNT(*) FROM clerk JOIN store ON clerk.store_id = store.id"
        " WHERE salary > (SELECT AVG(salary) FROM clerk) GROUP BY store.id",
    ),
    # the column between the comparative and "than"; the average of the rows ("the average store")
    (
        "store names with more revenue than the average store",
        "SELECT store_name FROM store WHERE revenue > (SELECT AVG(revenue) FROM store)",
    ),
    (
        "clerk names with a lower salary than average",
        "SELECT clerk_name FROM clerk WHERE salary < (SELECT AVG(salary) FROM clerk)",
    ),
    (
        "clerk names with an above-average salary",
        "SELECT clerk_name FROM clerk WHERE salary > (SELECT AVG(salary) FROM clerk)",
    ),
    (
        "how many stores have a revenue that is above the average",
        "SELECT COUNT(*) FROM store WHERE revenue > (SELECT AVG(revenue) FROM store)",
    ),
    # an aggregate of only some rows: the words after the scope pick them, inside the sub-query
    (
        "names of stores with a revenue larger than all stores in Oslo",
        "SELECT store_name FROM store WHERE revenue > (SELECT MAX(revenue) FROM store WHERE city = 'Oslo')",
    ),
    (
        "names of stores with a revenue smaller than every store in Lima",
        "SELECT store_name FROM store WHERE revenue < (SELECT MIN(revenue) FROM store WHERE city = 'Lima')",
    ),
    (
        "names of clerks with a salary above the average salary of clerks older than 30",
        "SELECT clerk_name FROM clerk WHERE salary > (SELECT AVG(salary) FROM clerk WHERE age > 30)",
    ),
    (
        "names of stores with more staff count than the lowest staff count of stores in Oslo",
        "SELECT store_name FROM store WHERE staff_count > (SELECT MIN(staff_count) FROM store WHERE city = 'Oslo')",
    ),
    # a related table only picks the rows: each clerk counts once however many sales it has
    (
        "average age of clerks who have sales",
        "SELECT AVG(age) FROM clerk WHERE id IN (SELECT clerk_id FROM sale)",
    ),
    (
        "total salary of clerks with sales",
        "SELECT SUM(salary) FROM clerk WHERE id IN (SELECT clerk_id FROM sale)",
    ),
]


@pytest.mark.parametrize(("question", "gold"), CASES)
def test_nested_results(shop, question, gold):
    sa_engine, engine = shop
    t = engine.translate(question)
    assert t.sql, (question, t.error, t.clarification)
    assert execution_match(sa_engine, t.sql, gold), (question, t.sql)


def test_compared_column_is_not_shown(shop):
    _, engine = shop
    sql = engine.translate("names of clerks whose salary is below the average salary").sql
    tree = sqlglot.parse_one(sql, read="sqlite")
    assert [c.name for c in tree.expressions] == ["clerk_name"]


def test_semi_join_keeps_a_join_when_the_related_table_is_shown(shop):
    _, engine = shop
    sql = engine.translate("total amount of sales of clerks older than 30").sql
    tree = sqlglot.parse_one(sql, read="sqlite")
    assert tree.find(exp.Join) is not None and tree.find(exp.In) is None


def test_explanation_says_the_rows_are_picked_by_related_rows(shop):
    _, engine = shop
    assert (
        engine.translate("average age of clerks who have sales").explanation == "Average age of clerks with some sales"
    )


@pytest.mark.parametrize(
    "question",
    [
        "names of stores with a revenue above the highest revenue",  # the highest of which rows?
        "names of stores with a revenue larger than any store in Oslo",  # "any": the highest or the lowest?
    ],
)
def test_an_extreme_of_unsaid_rows_is_not_guessed(shop, question):
    _, engine = shop
    assert engine.translate(question).sql is None


def test_scoped_aggregate_in_frame_and_explanation(shop):
    _, engine = shop
    t = engine.translate("names of stores with a revenue larger than all stores in Oslo")
    (w,) = t.frame.filters
    assert (w.op, w.value.fn, [c.value for c in w.value.where]) == ("> sub", "max", ["Oslo"])
    assert t.explanation == "Stores where revenue is over the highest revenue of stores where city is Oslo"
