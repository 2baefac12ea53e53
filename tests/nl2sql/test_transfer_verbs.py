"""Verbs of a transfer of goods or money that the schema names nowhere, on made-up schemas.

"buyers who never purchased" in a record shop whose dated sums are its sales: a verb of possession (WordNet's
lexicographer file) said of a table reads as the one table that references it and records a date and a sum.
With two such tables, none, or a verb of another kind ("complained"), there is no link and no answer.
"""

from __future__ import annotations

import pytest

from datachat.nl2sql.parse.scan import transfer_tables, transfer_verb
from datachat.nl2sql.wordnet import relations

from .conftest import engine_from_statements

RECORD_SHOP = [
    "CREATE TABLE buyers (id INTEGER PRIMARY KEY, name TEXT, town TEXT)",
    "CREATE TABLE records (id INTEGER PRIMARY KEY, title TEXT, price DECIMAL(8,2))",
    "CREATE TABLE sales (id INTEGER PRIMARY KEY, buyer_id INTEGER REFERENCES buyers(id), sold_on DATE,"
    " amount DECIMAL(8,2))",
    "CREATE TABLE sale_items (id INTEGER PRIMARY KEY, sale_id INTEGER REFERENCES sales(id), record_id INTEGER"
    " REFERENCES records(id), qty INTEGER)",
    "CREATE TABLE reviews (id INTEGER PRIMARY KEY, buyer_id INTEGER REFERENCES buyers(id), stars INTEGER,"
    " written_on DATE)",
    "INSERT INTO buyers VALUES (1,'Ann Lee','Leeds'),(2,'Bob Ray','York'),(3,'Cat Orr','Hull'),(4,'Dan Poe','York')",
    "INSERT INTO records VALUES (1,'Blue Train',12.5),(2,'Kind of Blue',15.0)",
    "INSERT INTO sales VALUES (1,1,'2023-04-01',12.5),(2,2,'2024-02-11',27.5),(3,1,'2024-06-30',15.0)",
    "INSERT INTO sale_items VALUES (1,1,1,1),(2,2,1,1),(3,2,2,1),(4,3,2,1)",
    "INSERT INTO reviews VALUES (1,3,5,'2024-01-05'),(2,4,2,'2024-03-09')",
]

#: a garage with two tables of dated sums about its customers: a verb of transfer could mean either
GARAGE = [
    "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT, town TEXT)",
    "CREATE TABLE invoices (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(id), issued DATE,"
    " total DECIMAL(8,2))",
    "CREATE TABLE payments (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(id), paid_on DATE,"
    " amount DECIMAL(8,2))",
    "INSERT INTO customers VALUES (1,'Ann Lee','Leeds'),(2,'Bob Ray','York')",
    "INSERT INTO invoices VALUES (1,1,'2024-01-02',80.0)",
    "INSERT INTO payments VALUES (1,1,'2024-01-09',80.0)",
]

#: a van-hire firm whose hires are "agreements": "rented" and "leased" name them through their sums (a rental)
VAN_HIRE = [
    "CREATE TABLE drivers (id INTEGER PRIMARY KEY, name TEXT, town TEXT)",
    "CREATE TABLE vans (id INTEGER PRIMARY KEY, plate TEXT, model TEXT)",
    "CREATE TABLE agreements (id INTEGER PRIMARY KEY, driver_id INTEGER REFERENCES drivers(id), van_id INTEGER"
    " REFERENCES vans(id), starts DATE, charge DECIMAL(8,2))",
    "INSERT INTO drivers VALUES (1,'Ann Lee','Leeds'),(2,'Bob Ray','York'),(3,'Cat Orr','Hull')",
    "INSERT INTO vans VALUES (1,'AB12','Transit'),(2,'CD34','Vivaro')",
    "INSERT INTO agreements VALUES (1,1,1,'2023-04-01',90),(2,2,1,'2024-02-11',120),(3,1,2,'2024-06-30',60)",
]


@pytest.fixture(scope="module")
def van_hire(tmp_path_factory):
    return engine_from_statements(tmp_path_factory, "van_hire", VAN_HIRE)


@pytest.fixture(scope="module")
def shop(tmp_path_factory):
    return engine_from_statements(tmp_path_factory, "record_shop", RECORD_SHOP)


@pytest.fixture(scope="module")
def garage(tmp_path_factory):
    return engine_from_statements(tmp_path_factory, "garage", GARAGE)


def _rows(pair, question):
    sa_engine, engine = pair
    t = engine.translate(question)
    assert t.sql, (question, t.error, t.clarification)
    with sa_engine.connect() as c:
        return sorted(tuple(r) for r in c.exec_driver_sql(t.sql).fetchall())


@pytest.mark.parametrize(
    ("verb", "transfer"),
    [
        ("buy", True),
        ("purchase", True),
        ("pay", True),
        ("borrow", True),
        ("rent", True),  # a verb of another file whose noun names a sum: rental
        ("lease", True),
        ("complain", False),
        ("walk", False),
        ("take", False),  # senses of two files: no sure transfer
        ("support", False),
    ],
)
def test_verbs_of_transfer(verb, transfer):
    assert transfer_verb(verb) is transfer


def test_a_verb_with_another_common_sense_is_no_transfer():
    assert "possession" in relations("support", "v").kind and relations("support", "v").kind != ("possession",)


def test_only_tables_of_dated_sums_are_transfers(shop, garage):
    assert transfer_tables(shop[1].schema, "buyers") == ["sales"]  # reviews are dated but hold no sum
    assert transfer_tables(shop[1].schema, "records") == []  # sale items hold a sum but no date
    assert sorted(transfer_tables(garage[1].schema, "customers")) == ["invoices", "payments"]


SHOP_CASES = [
    ("which buyers never purchased anything", [("Cat Orr",), ("Dan Poe",)]),
    ("which buyers have never bought anything", [("Cat Orr",), ("Dan Poe",)]),
    ("which buyers purchased something in 2024", [("Ann Lee",), ("Bob Ray",)]),
    ("which buyers bought anything in 2023", [("Ann Lee",)]),
]


@pytest.mark.parametrize(("question", "expected"), SHOP_CASES)
def test_a_verb_of_transfer_names_the_one_table_of_dated_sums(shop, question, expected):
    assert _rows(shop, question) == expected


VAN_HIRE_CASES = [
    ("which drivers never rented anything", [("Cat Orr",)]),
    ("which drivers leased something in 2023", [("Ann Lee",)]),
    ("which driver rented the most times", [("Ann Lee",)]),
]


@pytest.mark.parametrize(("question", "expected"), VAN_HIRE_CASES)
def test_a_verb_whose_noun_names_a_sum_names_the_hires(van_hire, question, expected):
    assert _rows(van_hire, question) == expected


@pytest.mark.parametrize(
    ("pair", "question"),
    [
        ("garage", "which customers never purchased anything"),  # invoices or payments: no link
        ("shop", "which buyers never complained"),  # not a transfer: the reviews are not named
        ("shop", "which records were never purchased"),  # no dated sum references the records
        ("shop", "which buyers were supported by Ann Lee"),  # "support" is mostly no transfer
    ],
)
def test_no_answer_without_exactly_one_table_of_transfers(request, pair, question):
    t = request.getfixturevalue(pair)[1].translate(question)
    assert t.sql is None, (question, t.sql)


@pytest.mark.parametrize("question", ["list the buyers belonging to York", "which buyers owns records"])
def test_a_state_of_possession_is_no_transfer(shop, question):
    assert not [link for link in shop[1].translate(question).links if link.source == "event"]


def test_the_structural_link_is_reported(shop):
    t = shop[1].translate("which buyers never purchased anything")
    assert [(link.words, link.read_as, link.source) for link in t.links] == [("purchased", "sales", "event")]


# ---------------------------------------------------------------- nouns that name a table by who makes its rows
MUSIC = [
    "CREATE TABLE styles (id INTEGER PRIMARY KEY, name TEXT)",
    "CREATE TABLE tracks (id INTEGER PRIMARY KEY, name TEXT, style_id INTEGER REFERENCES styles(id), composer TEXT,"
    " seconds INTEGER)",
    "INSERT INTO styles VALUES (1,'Jazz'),(2,'Folk')",
    "INSERT INTO tracks VALUES (1,'Blue in Green',1,'Bill Evans',337),(2,'So What',1,'Miles Davis',562),"
    "(3,'Scarborough Fair',2,'Trad',190)",
]

GALLERY = [
    "CREATE TABLE media (id INTEGER PRIMARY KEY, name TEXT)",
    "CREATE TABLE artworks (id INTEGER PRIMARY KEY, title TEXT, medium_id INTEGER REFERENCES media(id), painter TEXT,"
    " painted INTEGER)",
    "INSERT INTO media VALUES (1,'Oil'),(2,'Watercolour')",
    "INSERT INTO artworks VALUES (1,'Harbour',1,'Ada Fenn',1901),(2,'Meadow',2,'Ada Fenn',1903),"
    "(3,'Storm',1,'Rolf Ek',1910)",
]


@pytest.fixture(scope="module")
def music(tmp_path_factory):
    return engine_from_statements(tmp_path_factory, "music", MUSIC)


@pytest.fixture(scope="module")
def gallery(tmp_path_factory):
    return engine_from_statements(tmp_path_factory, "gallery", GALLERY)


@pytest.mark.parametrize(
    ("pair", "word", "tables"),
    [("music", "song", ["tracks"]), ("gallery", "painting", ["artworks"]), ("music", "painting", [])],
)
def test_a_noun_names_the_table_with_a_column_of_its_maker(request, pair, word, tables):
    from datachat.nl2sql.parse.kin import maker_tables

    assert maker_tables(request.getfixturevalue(pair)[1].schema, word) == tables


@pytest.mark.parametrize(
    ("pair", "question", "expected"),
    [
        ("music", "how many jazz songs are there", [(2,)]),
        ("gallery", "how many oil paintings are there", [(2,)]),
    ],
)
def test_a_value_next_to_the_makers_table_confirms_the_link(request, pair, question, expected):
    assert _rows(request.getfixturevalue(pair), question) == expected


@pytest.mark.parametrize(
    ("pair", "question", "table", "option"),
    [
        ("music", "how many songs are there", "tracks", "how many tracks are there"),
        ("gallery", "list the paintings", "artworks", "list the artworks"),
    ],
)
def test_without_a_value_pointing_there_the_noun_is_not_guessed(request, pair, question, table, option):
    """One table reading only: no one-option question (a clarification offers two to four), a decline that
    names the table and suggests that reading first."""
    t = request.getfixturevalue(pair)[1].translate(question)
    assert t.sql is None and t.clarification is None, (question, t.sql)
    assert table in t.error
    assert t.suggestions[0] == option


def test_the_meaning_link_is_reported(music):
    t = music[1].translate("how many jazz songs are there")
    assert [(link.words, link.read_as, link.source) for link in t.links] == [("songs", "tracks", "meaning")]
