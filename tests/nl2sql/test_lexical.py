"""Linking through WordNet and morphology: other words for table words, event verbs, lemmas and numbers.

A tiny schema made up here (cars, customers, loans, borrowings), plus the table's own guarantees (no noise
senses, nothing read at run time but the packaged file)."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from datachat.nl2sql import run_query, wordnet
from datachat.nl2sql.lexicon import synonyms
from datachat.nl2sql.spelling import abbreviates
from datachat.nl2sql.tokens import _tokens
from datachat.nl2sql.wordnet import event_verbs, hypernyms_of, synonyms_of

from .conftest import engine_for, engine_from_statements


@pytest.fixture(scope="module")
def lending(tmp_path_factory):
    return engine_from_statements(
        tmp_path_factory,
        "lending",
        [
            "CREATE TABLE car_makers (id INTEGER PRIMARY KEY, full_name TEXT)",
            "INSERT INTO car_makers VALUES (1,'Suzu'),(2,'Hond')",
            "CREATE TABLE cars (id INTEGER PRIMARY KEY, model TEXT, year INTEGER, weight INTEGER,"
            " maker_id INTEGER REFERENCES car_makers(id))",
            "INSERT INTO cars VALUES (1,'Alto',1980,900,1),(2,'Brio',1980,1100,2),(3,'Civic',1991,1200,2)",
            "CREATE TABLE staff (id INTEGER PRIMARY KEY, full_name TEXT, salary INTEGER)",
            "INSERT INTO staff VALUES (1,'Ida Moe',3000),(2,'Al Roy',5000)",
            "CREATE TABLE customers (id INTEGER PRIMARY KEY, full_name TEXT, city TEXT)",
            "INSERT INTO customers VALUES (1,'Ana Lee','Lyon'),(2,'Bo Chen','Oslo'),(3,'Cy Diaz','Lyon')",
            "CREATE TABLE loans (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(id),"
            " amount REAL, loan_date DATE)",
            "INSERT INTO loans VALUES (1,1,100,'2024-02-01'),(2,2,250,'2024-06-11'),(3,1,80,'2023-09-30')",
        ],
    )


@pytest.mark.parametrize(
    ("question", "table", "expected"),
    [
        ("how many automobiles are there", "cars", [(3,)]),
        ("how many automobiles were made in 1980", "cars", [(2,)]),
        ("how many motorcars are there", "cars", [(3,)]),
        ("list the clients", "customers", None),
        ("how many clients are there", "customers", [(3,)]),
        ("how many clients live in Lyon", "customers", [(2,)]),
        ("how many were borrowed in 2024", "loans", [(2,)]),
        ("total amount borrowed", "loans", [(430,)]),
        ("how much was lent in 2024", "loans", None),
        ("what is the average wage of the staff", "staff", [(4000.0,)]),  # a column word's WordNet synonym
        ("highest remuneration", "staff", [(5000,)]),
    ],
)
def test_other_words_find_the_table(lending, question, table, expected):
    sa_engine, engine = lending
    t = engine.translate(question)
    assert t.error is None, t.error
    assert f'"{table}"' in t.sql
    if expected is not None:
        assert run_query(sa_engine, t.sql) == expected, t.sql


@pytest.mark.parametrize(
    ("word", "present", "absent"),
    [
        ("car", {"automobile", "auto"}, {"machine", "elevator car"}),
        ("customer", {"client"}, set()),
        ("name", set(), {"gens", "figure", "epithet"}),
        ("student", {"pupil"}, set()),
        ("track", set(), {"cut", "rails"}),
    ],
)
def test_synonyms_keep_dominant_senses_only(word, present, absent):
    assert present <= set(synonyms_of(word))
    assert not absent & set(synonyms_of(word))


@pytest.mark.parametrize(
    ("noun", "verbs"),
    [
        ("loan", {"lend", "borrow"}),  # the other side of one transfer
        ("borrowing", {"borrow"}),  # a gerund names its verb's events (lemminflect)
        ("production", {"produce"}),
        ("payment", {"pay"}),
        ("purchase", {"purchase", "buy"}),
    ],
)
def test_event_verbs(noun, verbs):
    assert verbs <= set(event_verbs(noun))


def test_a_table_of_agents_is_not_its_verbs_events(lending):
    # "made" is the verb of "maker", but the car makers are not the things made
    _, engine = lending
    t = engine.translate("how many cars were made in 1980")
    assert t.sql and '"car_makers"' not in t.sql, t.sql


@pytest.mark.parametrize(("word", "general"), [("employee", "worker"), ("customer", "person"), ("pupil", "person")])
def test_no_hypernym_too_general_to_name_a_table(word, general):
    assert general not in hypernyms_of(word)


def test_verbs_of_other_events_keep_their_meaning():
    # "employ" has the synonym "use", but a question about what was used does not ask for employees
    assert "use" not in event_verbs("employee")
    assert "motor vehicle" in hypernyms_of("car")


def test_wordnet_and_the_abbreviation_rule_feed_other_words():
    assert abbreviates("qty", "quantity")  # an abbreviation: WordNet has none, a general rule finds it
    assert "automobile" in synonyms("car")


def test_a_data_value_outranks_a_hypernym(lending, tmp_path):
    # "consumer" is WordNet's hypernym of "customer"; where it is a value in the data it stays a value
    path = tmp_path / "segment.db"
    eng = sa.create_engine(f"sqlite:///{path}")
    with eng.begin() as c:
        c.execute(sa.text("CREATE TABLE customers (id INTEGER PRIMARY KEY, segment TEXT)"))
        c.execute(sa.text("INSERT INTO customers VALUES (1,'consumer'),(2,'corporate'),(3,'consumer')"))
    sa_engine, engine = engine_for(f"sqlite:///{path}")
    t = engine.translate("how many consumer customers are there")
    assert run_query(sa_engine, t.sql) == [(2,)], t.sql


@pytest.mark.parametrize(
    ("text", "lemmas"),
    [
        ("borrowed produced ran", ["borrow", "produce", "run"]),
        ("cars countries people", ["car", "country", "person"]),
        ("larger oldest", ["large", "old"]),
        ("Lyon status data", ["lyon", "status", "data"]),  # names and invariable nouns keep their form
    ],
)
def test_lemmas(text, lemmas):
    assert [t.lemma for t in _tokens(text)] == lemmas


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("twenty five cars", {0: (25, 2)}),
        ("over 1,200 in 1980", {1: (1200, 1), 3: (1980, 1)}),
        ("two hundred and five", {0: (205, 4)}),
        ("3 million people", {0: (3_000_000, 2)}),
        ("one two", {0: (1, 1), 1: (2, 1)}),  # two numbers, not their sum
        ("no numbers here", {}),
    ],
)
def test_numbers(text, numbers):
    toks = _tokens(text)
    assert {i: (t.num, t.num_len) for i, t in enumerate(toks) if t.num is not None} == numbers


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("whats the total", ["what", "is", "the", "total"]),
        ("hows it going", ["how", "is", "it", "going"]),
        ("what is the total", ["what", "is", "the", "total"]),
    ],
)
def test_contractions_split(text, words):
    assert [t.low for t in _tokens(text)] == words


@pytest.mark.parametrize(
    ("question", "fragment"),
    [
        ("list the merchandise", 'FROM "products"'),  # WordNet: product -> merchandise
        ("number of customers per nation", 'GROUP BY "country"'),  # country -> nation
        ("how many products cost more than twenty five", '"price" > 25'),
        ("whats the average cost of products", 'AVG("cost")'),
    ],
)
def test_shop_sentences(shop, question, fragment):
    _, engine = shop
    t = engine.translate(question)
    assert t.sql and fragment in t.sql, (t.sql, t.error)


def test_the_table_is_sorted_so_bisection_finds_every_row():
    rows = wordnet._table()
    assert rows == sorted(rows) and len(rows) > 50_000
    for row in rows[:: len(rows) // 200]:
        pos, word, rest = row.split("\t", 2)
        assert wordnet.relations(word, pos).synonyms == tuple(x for x in rest.split("\t")[0].split(",") if x)


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory):
    """A table whose name is a closed compound (``storeroom``): made up here."""
    return engine_from_statements(
        tmp_path_factory,
        "warehouse",
        [
            "CREATE TABLE storeroom (id INTEGER PRIMARY KEY, name TEXT, shelves INTEGER)",
            "INSERT INTO storeroom VALUES (1, 'North', 12), (2, 'South', 30), (3, 'East', 7)",
        ],
    )


@pytest.mark.parametrize(
    ("question", "rows"),
    [("how many store rooms are there", [(3,)]), ("which store room has the most shelves", [("South",)])],
)
def test_a_name_written_as_one_word_answers_to_its_two_words(warehouse, question, rows):
    sa_engine, engine = warehouse
    t = engine.translate(question)
    assert t.sql, t.error
    with sa_engine.connect() as connection:
        assert [tuple(r) for r in connection.exec_driver_sql(t.sql)] == rows
    assert all(x.weight <= 0.85 for x in t.links if x.kind == "table")  # the question spelled it apart: weaker
