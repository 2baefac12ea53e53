"""A count a column stores ("population": how many people) asked with "how many" of several rows is their sum, of
one row by its name or a superlative that row's own figure, and "how many" listed row by row is a doubt even when a
sub-query keeps the rows, on a made-up county's towns; a count kept by a reference among the rows' labels ("items
at Corner Shop" of a stock table keyed by shop and item) is no count of rows named by their own label, on a shop's
stock."""

from __future__ import annotations

import pytest

from .conftest import assert_answers_with, engine_from_statements


@pytest.fixture(scope="module")
def towns(tmp_path_factory):
    return engine_from_statements(
        tmp_path_factory,
        "towns",
        [
            "CREATE TABLE towns (id INTEGER PRIMARY KEY, name TEXT, county TEXT, population INTEGER)",
            "CREATE TABLE libraries (id INTEGER PRIMARY KEY, town_id INTEGER REFERENCES towns(id), name TEXT)",
            "INSERT INTO towns VALUES (1,'Ashford','Kent',74000),(2,'Whitstable','Kent',32000),"
            "(3,'Lewes','Sussex',17000),(4,'Rye','Sussex',4500),(5,'Hastings','Sussex',91000)",
            "INSERT INTO libraries VALUES (1,1,'Ashford Gateway'),(2,3,'Lewes Library'),(3,5,'Hastings Library')",
        ],
    )


# (question, SQL the answer must return the rows of)
STORED_COUNTS = [
    ("how many people live in Sussex", "SELECT SUM(population) FROM towns WHERE county = 'Sussex'"),
    ("how many people live in Kent?", "SELECT SUM(population) FROM towns WHERE county = 'Kent'"),
    ("how many people live in Ashford", "SELECT population FROM towns WHERE name = 'Ashford'"),
    ("how many people live in towns that have no library",
     "SELECT SUM(population) FROM towns WHERE id NOT IN (SELECT town_id FROM libraries)"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "expected"), STORED_COUNTS)
def test_how_many_of_a_stored_count_is_one_figure(towns, question, expected):
    assert_answers_with(towns, question, expected)


def test_a_stored_count_for_each_group_is_not_summed_over_all(towns):
    _, engine = towns
    t = engine.translate("how many people live in each county")
    assert t.sql is None or "GROUP BY" in t.sql, t.sql


@pytest.fixture(scope="module")
def stockists(tmp_path_factory):
    return engine_from_statements(
        tmp_path_factory,
        "stockists",
        [
            "CREATE TABLE shops (name TEXT PRIMARY KEY, town TEXT)",
            "CREATE TABLE stock (shop TEXT REFERENCES shops(name), item TEXT, is_local INTEGER,"
            " PRIMARY KEY (shop, item))",
            "INSERT INTO shops VALUES ('Corner Shop','Ripon'),('Deli Deli','Thirsk')",
            "INSERT INTO stock VALUES ('Corner Shop','Bread',1),('Corner Shop','Milk',1),('Corner Shop','Tea',0),"
            "('Deli Deli','Olives',0),('Deli Deli','Cheese',1)",
        ],
    )


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("number of items at Corner Shop", "SELECT COUNT(*) FROM stock WHERE shop = 'Corner Shop'"),
        ("how many local items does Corner Shop have",
         "SELECT COUNT(*) FROM stock WHERE shop = 'Corner Shop' AND is_local = 1"),
    ],
)  # fmt: skip
def test_a_count_kept_by_a_reference_in_the_label_is_answered(stockists, question, expected):
    # the stock rows are labelled by (shop, item): "Corner Shop" keeps one shop's rows, it names no stock row
    assert_answers_with(stockists, question, expected)


def test_a_stored_count_of_the_row_a_superlative_picks_is_its_own(towns):
    # "the biggest town in Sussex": one town's figure, not the county's sum
    assert_answers_with(
        towns,
        "how many people live in the biggest town in Sussex",
        "SELECT population FROM towns WHERE county = 'Sussex' ORDER BY population DESC LIMIT 1",
    )
