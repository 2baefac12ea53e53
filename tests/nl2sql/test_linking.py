"""Table-driven checks of column linking on a tiny schema made up here: a column word that fits columns of
several tables is read in the table the question's other words name, never in the table it merely fits best."""

from __future__ import annotations

import pytest

from datachat.nl2sql import run_query

from .conftest import engine_from_statements


@pytest.fixture(scope="module")
def zoo(tmp_path_factory):
    return engine_from_statements(
        tmp_path_factory,
        "zoo",
        [
            "CREATE TABLE keeper (keeper_id INTEGER PRIMARY KEY, keeper_name TEXT, age INTEGER)",
            "CREATE TABLE animal (animal_id INTEGER PRIMARY KEY, kind TEXT, animal_age INTEGER, weight REAL)",
            "CREATE TABLE cares_for (keeper_id INTEGER REFERENCES keeper(keeper_id),"
            " animal_id INTEGER REFERENCES animal(animal_id))",
            "INSERT INTO keeper VALUES (1,'Ann',50),(2,'Ben',30)",
            "INSERT INTO animal VALUES (1,'otter',2,10),(2,'otter',4,12),(3,'heron',6,3)",
            "INSERT INTO cares_for VALUES (1,1),(1,2),(2,3)",
        ],
    )


CASES = [
    # the other column word ("kind") is the animal's: "age" is the animal's age
    ("average age of each animal kind", {("heron", 6.0), ("otter", 3.0)}),
    # a value of the animal's column ("otters") names the table "age" belongs to
    ("age of otters", {(2,), (4,)}),
    # with nothing else named, the exact column wins
    ("average age of keepers", {(40.0,)}),
]


@pytest.mark.parametrize(("question", "expected"), CASES)
def test_column_word_follows_the_other_words(zoo, question, expected):
    sa_engine, engine = zoo
    t = engine.translate(question, ask=False)
    assert t.sql, question
    assert set(run_query(sa_engine, t.sql)) == expected, t.sql


@pytest.fixture(scope="module")
def fleet(tmp_path_factory):
    """Tables whose rows are called by a column named as the table itself ("vessel" in "vessels")."""
    return engine_from_statements(
        tmp_path_factory,
        "fleet",
        [
            "CREATE TABLE vessels (uid INTEGER PRIMARY KEY, vessel TEXT, flag_code TEXT, tonnage INTEGER)",
            "CREATE TABLE harbour (harbour_id INTEGER PRIMARY KEY, harbour TEXT, depth REAL)",
            "INSERT INTO vessels VALUES (1,'Albatross','NO',900),(2,'Brigantia','PT',400)",
            "INSERT INTO harbour VALUES (1,'Kiel',12.5),(2,'Leith',8.0)",
        ],
    )


LABEL_CASES = [
    ("which vessel has flag code PT", {("Brigantia",)}),
    ("which vessels have a tonnage above 500", {("Albatross",)}),
    ("which harbours have a depth above 10", {("Kiel",)}),
]


@pytest.mark.parametrize(("question", "expected"), LABEL_CASES)
def test_a_column_named_as_its_table_labels_the_rows(fleet, question, expected):
    sa_engine, engine = fleet
    t = engine.translate(question, ask=False)
    assert t.sql, question
    assert set(run_query(sa_engine, t.sql)) == expected, t.sql


@pytest.fixture(scope="module")
def paddock(tmp_path_factory):
    """Column names repeated across tables: ``team`` in two, ``car`` in two, ``city`` in two."""
    return engine_from_statements(
        tmp_path_factory,
        "paddock",
        [
            "CREATE TABLE driver (id INTEGER PRIMARY KEY, driver_name TEXT, team TEXT, city TEXT)",
            "CREATE TABLE race_entry (id INTEGER PRIMARY KEY, driver_id INTEGER REFERENCES driver(id),"
            " team TEXT, car TEXT)",
            "CREATE TABLE garage (id INTEGER PRIMARY KEY, city TEXT, car TEXT)",
            "INSERT INTO driver VALUES (1,'Ida','Red','Turin'),(2,'Jon','Blue','Reims')",
            "INSERT INTO race_entry VALUES (1,1,'Red','R1'),(2,2,'Green','G7')",
            "INSERT INTO garage VALUES (1,'Monza','X9')",
        ],
    )


SHARED_CASES = [
    # both words fit race_entry's own columns: read in that one table, no join
    ("what are the teams and cars", {("Red", "R1"), ("Green", "G7")}),
    # both words fit driver's own columns
    ("what are the teams and cities", {("Red", "Turin"), ("Blue", "Reims")}),
    # both fit garage's
    ("list the cities and cars", {("Monza", "X9")}),
]


@pytest.mark.parametrize(("question", "expected"), SHARED_CASES)
def test_column_words_read_in_the_table_that_holds_them_all(paddock, question, expected):
    sa_engine, engine = paddock
    t = engine.translate(question, ask=False)
    assert t.sql, question
    assert "JOIN" not in t.sql.upper(), t.sql
    assert set(run_query(sa_engine, t.sql)) == expected, t.sql


@pytest.fixture(scope="module")
def regions(tmp_path_factory):
    """A table whose key and label are not called "id" and "name" ("rid", "region")."""
    return engine_from_statements(
        tmp_path_factory,
        "regions",
        [
            "CREATE TABLE region (rid INTEGER PRIMARY KEY, region TEXT)",
            "CREATE TABLE store (id INTEGER PRIMARY KEY, store_name TEXT, region INTEGER REFERENCES region(rid))",
            "INSERT INTO region VALUES (7,'North'),(8,'South')",
            "INSERT INTO store VALUES (1,'Alpha',7),(2,'Beta',7),(3,'Gamma',8)",
        ],
    )


OWNER_CASES = [
    # "region id" / "region name": the region's own key and label, not the store's
    ("list the region id, region name and the number of stores", {(7, "North", 2), (8, "South", 1)}),
    ("show each region id and region name", {(7, "North"), (8, "South")}),
]


@pytest.mark.parametrize(("question", "expected"), OWNER_CASES)
def test_a_table_word_before_name_or_id_owns_it(regions, question, expected):
    sa_engine, engine = regions
    t = engine.translate(question, ask=False)
    assert t.sql, question
    assert set(run_query(sa_engine, t.sql)) == expected, t.sql


@pytest.fixture(scope="module")
def plans(tmp_path_factory):
    """A key repeated as a foreign key under the same name (``plan.plan_id``, ``contract.plan_id``)."""
    return engine_from_statements(
        tmp_path_factory,
        "plans",
        [
            "CREATE TABLE plan (plan_id INTEGER PRIMARY KEY, plan_kind TEXT)",
            "CREATE TABLE contract (contract_id INTEGER PRIMARY KEY, plan_id INTEGER REFERENCES plan(plan_id),"
            " signed_on DATE)",
            "INSERT INTO plan VALUES (1,'basic'),(2,'gold')",
            "INSERT INTO contract VALUES (1,1,'2024-01-02'),(2,1,'2024-02-03'),(3,2,'2024-03-04')",
        ],
    )


@pytest.mark.parametrize(
    ("question", "expected"),
    [("show all plan ids and the number of contracts using each plan", {(1, 2), (2, 1)})],
)
def test_a_key_the_join_makes_equal_is_shown_once(plans, question, expected):
    sa_engine, engine = plans
    t = engine.translate(question, ask=False)
    assert t.sql, question
    assert set(run_query(sa_engine, t.sql)) == expected, t.sql
