"""Words that name a subset by a value, and table words the schema spells differently, table-driven on two
made-up schemas: a zoo (animals with a species, a one-letter sex code and a yes/no flag; feedings with a reason;
tracks of a genre) and a garage (owners, mechanics with a skill, cars, repairs with a reason, medications).

- a plural value noun counts its own table's rows ("how many lions"), also beside another table's words and
  with a month ("in February 2024");
- an adjective reads the one-letter code of the attribute WordNet says it is a value of ("female" -> 'F' in a
  sex column), only for the noun it qualifies;
- an adjective naming a yes/no column keeps the rows where it says yes ("vaccinated animals");
- a table word WordNet relates only loosely to a table's name is asked about with 2-4 concrete options ("By
  clients, do you mean owners or mechanics?"), never answered, and declined suggesting its one reading when no
  second one verifies; a value in two tables' columns is asked about too."""

from __future__ import annotations

import pytest

from datachat.nl2sql import run_query

from .conftest import engine_from_statements

_ZOO = [
    "CREATE TABLE keepers (id INTEGER PRIMARY KEY, full_name TEXT, city TEXT)",
    "CREATE TABLE animals (id INTEGER PRIMARY KEY, keeper_id INTEGER REFERENCES keepers(id), name TEXT,"
    " species TEXT, sex TEXT, born DATE, weight_kg REAL, vaccinated INTEGER)",
    "CREATE TABLE feedings (id INTEGER PRIMARY KEY, animal_id INTEGER REFERENCES animals(id), fed_on DATE,"
    " reason TEXT, cost NUMERIC)",
    "CREATE TABLE genres (id INTEGER PRIMARY KEY, name TEXT)",
    "CREATE TABLE tracks (id INTEGER PRIMARY KEY, name TEXT, genre_id INTEGER REFERENCES genres(id))",
    "INSERT INTO keepers VALUES (1,'Ann Lee','Leeds'),(2,'Bob Ray','Ripon')",
    "INSERT INTO animals VALUES (1,1,'Rex','Lion','M','2019-01-01',190,1),(2,1,'Mia','Lion','F','2020-01-01',120,0),"
    "(3,2,'Zed','Zebra','F','2018-01-01',300,1),(4,2,'Gil','Giraffe','M','2017-01-01',800,1),"
    "(5,2,'Pip','Penguin','F','2021-01-01',20,0),(6,2,'Leo','Lion','F','2022-01-01',110,1)",
    "INSERT INTO feedings VALUES (1,1,'2024-01-02','Routine',10),(2,2,'2024-02-02','Treat',5),"
    "(3,3,'2024-02-12','Treat',12),(4,1,'2023-01-02','Treat',7),(5,4,'2024-05-05','Medication',30)",
    "INSERT INTO genres VALUES (1,'Rock'),(2,'Jazz')",
    "INSERT INTO tracks VALUES (1,'A',1),(2,'B',1),(3,'C',2)",
]

_GARAGE = [
    "CREATE TABLE owners (id INTEGER PRIMARY KEY, full_name TEXT, city TEXT)",
    "CREATE TABLE mechanics (id INTEGER PRIMARY KEY, name TEXT, branch TEXT, skill TEXT, hired DATE)",
    "CREATE TABLE cars (id INTEGER PRIMARY KEY, owner_id INTEGER REFERENCES owners(id), plate TEXT, make TEXT)",
    "CREATE TABLE repairs (id INTEGER PRIMARY KEY, car_id INTEGER REFERENCES cars(id),"
    " mechanic_id INTEGER REFERENCES mechanics(id), done_on DATE, reason TEXT, fee NUMERIC)",
    "CREATE TABLE medications (id INTEGER PRIMARY KEY, name TEXT, unit_price NUMERIC)",
    "INSERT INTO owners VALUES (1,'Ann Lee','Leeds'),(2,'Bob Ray','Ripon'),(3,'Cy Oz','Ripon')",
    "INSERT INTO mechanics VALUES (1,'Dan Fox','North','Service','2024-02-03'),(2,'Eve Kim','South','Brakes',"
    "'2020-01-01')",
    "INSERT INTO cars VALUES (1,1,'AB1','Ford'),(2,2,'CD2','Audi'),(3,3,'EF3','Ford')",
    "INSERT INTO repairs VALUES (1,1,1,'2024-01-02','Service',100),(2,2,2,'2024-02-02','Brakes',250),"
    "(3,3,1,'2024-03-02','Service',90)",
    "INSERT INTO medications VALUES (1,'Aspirin',1.5),(2,'Ibuprofen',2.5)",
]


@pytest.fixture(scope="module")
def zoo(tmp_path_factory):
    return engine_from_statements(tmp_path_factory, "zoo", _ZOO)


@pytest.fixture(scope="module")
def garage(tmp_path_factory):
    return engine_from_statements(tmp_path_factory, "garage", _GARAGE)


ANSWERED = [
    # a plural value noun names a subset of its own table
    ("how many lions are there", [(3,)]),
    ("how many lions are registered", [(3,)]),  # a verb the schema does not name only lowers the score
    ("how many treats in February 2024", [(2,)]),
    ("how many lions belong to keepers from Ripon", [(1,)]),
    ("how many rock tracks", [(2,)]),
    # an adjective's one-letter code, with a value noun and alone
    ("number of female lions", [(2,)]),
    ("how many male animals", [(2,)]),
    # a yes/no flag said as an adjective, before the noun or after a form of "be"
    ("how many vaccinated lions", [(2,)]),
    ("how many animals have been vaccinated", [(4,)]),
    ("how many lions are not vaccinated", [(1,)]),
    ("average weight kg of vaccinated animals", [((190 + 300 + 800 + 110) / 4,)]),
]


@pytest.mark.parametrize(("question", "rows"), ANSWERED)
def test_value_words_answer(zoo, question, rows):
    sa_engine, engine = zoo
    t = engine.translate(question)
    assert t.sql, (t.error, t.clarification)
    assert sorted(run_query(sa_engine, t.sql)) == sorted(rows), t.sql


NOT_ANSWERED = [
    # the adjective qualifies a noun whose table has no sex column: never the animals' code
    ("zoo", "how many lions are looked after by female keepers"),
    # a value in two tables' columns, read as the subject: which rows are counted is asked
    ("garage", "how many services"),
    ("garage", "how many services did we do in February 2024"),
]


@pytest.mark.parametrize(("db", "question"), NOT_ANSWERED)
def test_value_words_in_doubt_are_not_answered(request, db, question):
    _, engine = request.getfixturevalue(db)
    t = engine.translate(question)
    assert t.sql is None, t.sql


ASKED = [
    # a noun of the same kind as one table the question's other words point at (the owners' city)
    # (and the next-closest reading, a table of the same kind: a question back offers at least two readings)
    (
        "How many clients live in Ripon?",
        "By clients, do you mean owners or mechanics?",
        ["How many owners live in Ripon?", "How many mechanics live in Ripon?"],
    ),
]


@pytest.mark.parametrize(("question", "message", "options"), ASKED)
def test_kin_table_words_are_asked_about(garage, question, message, options):
    _, engine = garage
    t = engine.translate(question)
    assert t.sql is None and t.clarification is not None, (t.sql, t.error)
    assert t.clarification.message == message
    assert [o.question for o in t.clarification.options] == options
    for option in options:
        assert engine.translate(option).sql


_LOT = [
    "CREATE TABLE owners (id INTEGER PRIMARY KEY, full_name TEXT, city TEXT)",
    "CREATE TABLE cars (id INTEGER PRIMARY KEY, owner_id INTEGER REFERENCES owners(id), plate TEXT, make TEXT)",
    "INSERT INTO owners VALUES (1,'Ann Lee','Leeds'),(2,'Bob Ray','Ripon'),(3,'Cy Oz','Ripon')",
    "INSERT INTO cars VALUES (1,1,'AB1','Ford'),(2,2,'CD2','Audi'),(3,3,'EF3','Ford')",
]


@pytest.mark.parametrize(
    ("question", "suggested"),
    [
        ("How many clients live in Ripon?", "How many owners live in Ripon?"),
        ("list the clients from Leeds", "list the owners from Leeds"),
    ],
)
def test_a_kin_word_with_one_reading_is_declined_suggesting_it(tmp_path_factory, question, suggested):
    """One table of the word's kind and no other reading that verifies: a question back would offer one option,
    so the engine declines and suggests that reading first."""
    _, engine = engine_from_statements(tmp_path_factory, "lot", _LOT)
    t = engine.translate(question)
    assert t.sql is None and t.clarification is None and t.error, (t.sql, t.clarification)
    assert "owners" in t.error
    assert t.suggestions[0] == suggested and engine.translate(suggested).sql


def test_a_tables_only_broad_hypernym_answers(garage):
    """"drugs" for medications: the one table's own hypernym, however general, reads it (a weak link)."""
    sa_engine, engine = garage
    t = engine.translate("how many drugs are there")
    assert t.sql and run_query(sa_engine, t.sql) == [(2,)]


@pytest.mark.parametrize(
    "question",
    [
        "how many clients are there",  # a kind shared by two tables and nothing else to choose by
        "how many unicorns are there",
    ],
)
def test_loose_table_words_alone_are_declined(garage, question):
    _, engine = garage
    t = engine.translate(question)
    assert t.sql is None and t.clarification is None and t.error


def test_a_flag_column_is_read_from_the_data(zoo):
    _, engine = zoo
    assert engine.values.flags == {"animals.vaccinated": (1, 0)}
