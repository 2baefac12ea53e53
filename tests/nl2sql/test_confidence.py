"""Calibrated confidence: a reading's score comes from its links and rules; two close readings ask with one
option per reading, a word or number the reading does not use never answers, a clean question answers."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
import sqlalchemy as sa

from datachat.nl2sql.confidence import PENALTIES, THRESHOLD, Evidence, Link, confidence
from datachat.nl2sql.doubts import join_choices, parsed
from datachat.nl2sql.lexicon import singular
from datachat.nl2sql.schema import Column, ForeignKey, Schema, Table
from datachat.nl2sql.shape import constant_measure, unasked_groupings, ungrouped_columns
from datachat.nl2sql.sqlgen import Planner

from .conftest import engine_for, engine_from_statements


@pytest.fixture(scope="module")
def depot(tmp_path_factory):
    """Suppliers and warehouses, both with a city, both one join away from shipments: made up here."""
    return engine_from_statements(
        tmp_path_factory,
        "depot",
        [
            "CREATE TABLE supplier (id INTEGER PRIMARY KEY, supplier_name TEXT, city TEXT)",
            "CREATE TABLE warehouse (id INTEGER PRIMARY KEY, warehouse_name TEXT, city TEXT)",
            "CREATE TABLE shipment (id INTEGER PRIMARY KEY, supplier_id INTEGER REFERENCES supplier(id),"
            " warehouse_id INTEGER REFERENCES warehouse(id), weight NUMERIC, shipped_on DATE)",
            "INSERT INTO supplier VALUES (1,'Acme','Oslo'),(2,'Bolt','Lima'),(3,'Cogs','Quito')",
            "INSERT INTO warehouse VALUES (1,'North','Oslo'),(2,'South','Lima'),(3,'East','Riga')",
            "INSERT INTO shipment VALUES (1,1,1,10,'2024-01-02'),(2,2,1,20,'2024-02-03'),(3,3,2,5,'2024-03-04'),"
            "(4,1,3,7,'2024-04-05')",
        ],
    )[1]


# (question, the words asked about, the two readings offered as (table, column))
CLOSE = [
    ("total weight of shipments by city", "city", {("supplier", "city"), ("warehouse", "city")}),
    ("number of shipments per city", "city", {("supplier", "city"), ("warehouse", "city")}),
    ("shipments from Oslo", "Oslo", {("supplier", "city"), ("warehouse", "city")}),
    ("how many shipments went to Lima", "Lima", {("supplier", "city"), ("warehouse", "city")}),
]
CLEAN = [
    "average weight of shipments",
    "number of shipments per supplier",
    "total weight of shipments to the warehouse in Riga",  # the table named before the value settles it
    "shipments from the supplier in Quito",  # a value in one column only
    "suppliers without shipments",
]
# a grouping asked for ("each", "per") that the reading does not group by: never a grand total
#: "each/every/per Y": the answer groups by Y, or the engine does not answer and names Y
EACH_GROUPS = [
    ("what share of revenue does each category have", "category"),
    ("how much revenue does every country bring in", "country"),
    ("number of orders per segment", "segment"),
    ("what is the total revenue that each segment brings", "segment"),
]
UNKNOWN = [("shipments by colour", "colour"), ("average weight of shipments per whim", "whim")]


@pytest.mark.parametrize(("question", "words", "readings"), CLOSE)
def test_two_close_readings_ask_with_one_option_per_reading(depot, question, words, readings):
    t = depot.translate(question)
    assert t.sql is None and t.clarification is not None, t.sql
    assert words in t.clarification.message
    assert t.score is not None and not t.score.answers()
    assert any(r.code.startswith("close_") for r in t.score.reasons)
    got = set()
    for option in t.clarification.options:
        answer = depot.translate(option.question)
        assert answer.sql and answer.clarification is None, option
        read = {(x.table, x.column) for x in answer.score.links} & readings
        assert len(read) == 1, (option, read)  # each option reads exactly one of the two
        got |= read
    assert got == readings


@pytest.mark.parametrize("question", CLEAN)
def test_a_clean_question_answers_with_its_score(depot, question):
    t = depot.translate(question)
    assert t.sql and t.clarification is None
    assert t.score is not None and t.score.value >= THRESHOLD and not t.score.unknown_words


@pytest.mark.parametrize(("question", "word"), UNKNOWN)
def test_an_unknown_word_never_answers(depot, question, word):
    t = depot.translate(question)
    assert t.sql is None
    said = t.clarification.message if t.clarification else t.error
    assert word in said
    for option in t.clarification.options if t.clarification else ():
        assert depot.translate(option.question).sql, option


@pytest.mark.parametrize(("question", "word"), EACH_GROUPS)
def test_an_each_phrase_is_a_grouping_or_no_answer(shop, question, word):
    t = shop[1].translate(question)
    if t.sql is None:
        assert any(r.code == "dropped_grouping" and r.detail == word for r in t.score.reasons)
        assert word in (t.error or t.clarification.message)
    else:
        named = {singular((g.table if g.kind == "entity" else g.column) or "").lower() for g in t.frame.group}
        assert word in named or word in {singular(g.table or "").lower() for g in t.frame.group}, t.sql


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    """One invoice table whose column name holds "no" (a number, not a negation): made up here."""
    path = tmp_path_factory.mktemp("ledger") / "ledger.db"
    eng = sa.create_engine(f"sqlite:///{path}")
    with eng.begin() as c:
        c.exec_driver_sql("CREATE TABLE invoice (id INTEGER PRIMARY KEY, invoice_no TEXT, amount NUMERIC, paid INT)")
        c.exec_driver_sql("INSERT INTO invoice VALUES (1,'A1',10,1),(2,'A2',20,0),(3,'B3',5,1)")
    return engine_for(f"sqlite:///{path}")[1]


# (question, SQL an answer must hold): whatever the reading, an answer never drops what was asked
NEVER_DROPPED = [
    ("average amount of invoices", ("AVG(",)),
    ("invoices with an amount over 8", ("8",)),
    ("invoices that are not paid", ("NOT", "<>", "= 0")),  # a yes/no flag's negation: its "no" value
]


@pytest.mark.parametrize(("question", "needed"), NEVER_DROPPED)
def test_an_answer_never_drops_a_measure_number_or_negation(ledger, question, needed):
    t = ledger.translate(question)
    assert t.sql is None or any(n in t.sql.upper() for n in needed), t.sql


def test_a_word_inside_a_column_name_is_not_a_negation(ledger):
    t = ledger.translate("list the invoice no and amount")
    assert t.sql and not any(r.code == "dropped_negation" for r in t.score.reasons)


def _link(**kw) -> Link:
    base = dict(kind="column", start=0, end=1, text="city", words="city", table="t", column="c", weight=1.0)
    return Link(**{**base, **kw})


# (evidence, the reason codes expected, whether the engine answers)
SCORES = [
    (Evidence(), [], True),
    (Evidence(unknown=("flavour",)), ["unknown"], False),
    (Evidence(loose=(("placed", 0.15),)), ["loose_word"], True),
    (Evidence(links=(_link(margin=0.0, rival=("u", "c")),)), ["close_column"], False),
    (Evidence(links=(_link(kind="value", margin=0.05, rival=("u", "c")),)), ["close_value"], False),
    (Evidence(links=(_link(margin=2.0, rival=("u", "c")),)), [], True),  # a clear winner
    (Evidence(links=(_link(margin=0.0, rival=("u", "c"), used=False),)), ["unplaced_column"], True),
    (Evidence(links=(_link(weight=0.6),)), ["weak_link"], True),
    (Evidence(dropped_numbers=("3",)), ["dropped_number"], False),
    (Evidence(dropped_measures=("average",)), ["dropped_measure"], False),
    (Evidence(dropped_negation=True), ["dropped_negation"], False),
    (Evidence(dropped_groupings=("category",)), ["dropped_grouping"], False),
    (Evidence(dropped=("city",)), ["dropped_column"], False),
    (Evidence(implied_subject=True, join_choices=("x",)), ["join_choice", "implied_subject"], True),
    (Evidence(implied_subject=True, join_choices=("x",), loose=(("a", 0.15), ("b", 0.15))), None, False),
]


@pytest.mark.parametrize(("evidence", "codes", "answers"), SCORES)
def test_the_score_lists_every_doubt_and_answers_only_above_the_threshold(evidence, codes, answers):
    score = confidence(evidence)
    if codes is not None:
        assert [r.code for r in score.reasons] == codes
    assert score.value == pytest.approx(1 - sum(r.penalty for r in score.reasons))
    assert score.answers() is answers


def test_penalties_can_be_overridden_for_calibration():
    evidence = Evidence(implied_subject=True)
    assert confidence(evidence).value == pytest.approx(1 - PENALTIES["implied_subject"])
    assert confidence(evidence, {"implied_subject": 0.5}).value == pytest.approx(0.5)


def _diamond() -> Planner:
    """a -> b -> d and a -> c -> d: two shortest paths from a to d; e hangs off d alone."""
    ids = [Column("id", "integer", primary_key=True)]
    tables = [
        Table("a", [*ids, Column("b_id", "integer"), Column("c_id", "integer")], ["id"]),
        Table("b", [*ids, Column("d_id", "integer")], ["id"]),
        Table("c", [*ids, Column("d_id", "integer")], ["id"]),
        Table("d", ids, ["id"]),
        Table("e", [*ids, Column("d_id", "integer")], ["id"]),
    ]
    fks = [
        ForeignKey("a", "b_id", "b", "id"),
        ForeignKey("a", "c_id", "c", "id"),
        ForeignKey("b", "d_id", "d", "id"),
        ForeignKey("c", "d_id", "d", "id"),
        ForeignKey("e", "d_id", "d", "id"),
    ]
    return Planner(Schema(tables, fks))


@pytest.mark.parametrize(
    ("base", "tables", "expected"),
    [("a", ["a", "b"], ()), ("a", ["a", "b", "d"], ("d",)), ("a", ["a", "e"], ("e",)), ("b", ["b", "d", "e"], ())],
)
def test_a_table_reached_by_two_shortest_paths_is_a_join_choice(base, tables, expected):
    assert join_choices(_diamond(), base, tables) == expected


@pytest.fixture(scope="module")
def sales(tmp_path_factory):
    """Invoices of clients, each client served by a rep; clients and reps both have a city: made up here."""
    return engine_from_statements(
        tmp_path_factory,
        "sales",
        [
            "CREATE TABLE rep (id INTEGER PRIMARY KEY, rep_name TEXT, city TEXT)",
            "CREATE TABLE client (id INTEGER PRIMARY KEY, client_name TEXT, city TEXT,"
            " rep_id INTEGER REFERENCES rep(id))",
            "CREATE TABLE invoice (id INTEGER PRIMARY KEY, client_id INTEGER REFERENCES client(id), amount NUMERIC)",
            "INSERT INTO rep VALUES (1,'Ann','Oslo'),(2,'Ben','Lima')",
            "INSERT INTO client VALUES (1,'Acme','Quito',1),(2,'Bolt','Riga',2),(3,'Cogs','Quito',2)",
            "INSERT INTO invoice VALUES (1,1,10),(2,2,20),(3,3,5),(4,1,7)",
        ],
    )[1]


@pytest.mark.parametrize("question", ["total amount by city", "what is the amount per city"])
def test_a_rival_reading_farther_from_the_base_is_no_close_call(sales, question):
    t = sales.translate(question)
    assert t.sql and t.clarification is None, (t.error, t.clarification)
    assert '"client"."city"' in t.sql
    assert not any(r.code == "close_column" for r in t.score.reasons)


_BOOKS = Schema(
    tables=[
        Table("books", [Column("id", "integer", primary_key=True), Column("title"), Column("genre")], ["id"]),
        Table("loans", [Column("id", "integer", primary_key=True), Column("book_id", "integer")], ["id"]),
    ],
    foreign_keys=[ForeignKey("loans", "book_id", "books", "id")],
)


@pytest.mark.parametrize(
    ("sql", "expected"),
    [
        ("SELECT title, COUNT(*) FROM books GROUP BY id, title ORDER BY COUNT(*) DESC LIMIT 5", "books"),
        ("SELECT title, COUNT(DISTINCT id) FROM books GROUP BY id, title", "books"),
        ("SELECT genre, COUNT(*) FROM books GROUP BY genre", None),  # a real grouping: many books per genre
        ("SELECT b.title, COUNT(*) FROM books AS b JOIN loans AS l ON l.book_id = b.id GROUP BY b.id, b.title", None),
        ("SELECT title FROM books GROUP BY id, title", None),  # nothing counted
        # the loans counted per loan over a join that reaches one book each: still one row per group
        ("SELECT l.id, COUNT(*) FROM loans AS l JOIN books AS b ON l.book_id = b.id GROUP BY l.id", "loans"),
        # a join condition whose side cannot be told (no table named) is not read as reaching one row
        ("SELECT loans.id, COUNT(loans.id) FROM loans JOIN books ON books.id = book_id GROUP BY loans.id", None),
        # the books counted per book over a join to their many loans: a real count of loans
        ("SELECT b.id, COUNT(*) FROM books AS b JOIN loans AS l ON l.book_id = b.id GROUP BY b.id", None),
        # grouped by the joined book, not the loan: many loans per group
        ("SELECT b.id, COUNT(*) FROM loans AS l JOIN books AS b ON l.book_id = b.id GROUP BY b.id", None),
    ],
)
def test_a_count_of_each_row_of_its_own_table_is_a_constant_measure(sql, expected):
    import sqlglot

    assert constant_measure(sqlglot.parse_one(sql, read="sqlite"), _BOOKS) == expected


@pytest.fixture(scope="module")
def stockroom_db(tmp_path_factory):
    """Stores holding stock of several kinds, and parcels with two dates: made up here."""
    return engine_from_statements(
        tmp_path_factory,
        "stockroom",
        [
            "CREATE TABLE store (id INTEGER PRIMARY KEY, store_name TEXT, city TEXT)",
            "CREATE TABLE stock (id INTEGER PRIMARY KEY, store_id INTEGER REFERENCES store(id), product_kind TEXT,"
            " quantity INTEGER)",
            "CREATE TABLE parcel (id INTEGER PRIMARY KEY, sender TEXT, weight NUMERIC, posted_on DATE,"
            " delivered_on DATE, city TEXT)",
            "INSERT INTO store VALUES (1,'Alpha','Oslo'),(2,'Beta','Lima'),(3,'Gamma','Riga')",
            "INSERT INTO stock VALUES (1,1,'tea',5),(2,1,'coffee',3),(3,2,'tea',1),(4,3,'coffee',2)",
            "INSERT INTO parcel VALUES (1,'Ann',2.5,'2024-01-02','2024-01-05','Oslo'),"
            "(2,'Bob',1.0,'2024-02-01','2024-02-03','Lima')",
        ],
    )


@pytest.fixture(scope="module")
def stockroom(stockroom_db):
    return stockroom_db[1]


# "A but not B" / "not A" on a table each answer row has several rows of: rows with none of the excluded value
NONE_OF = [
    ("stores with tea but not coffee", {"Beta"}),
    ("stores that do not have tea", {"Gamma"}),
]
# "A and B" in a table each answer row has several rows of: the rows having both
BOTH = [
    ("stores with tea and coffee", {"Alpha"}),
    ("which stores stock tea and coffee", {"Alpha"}),
    ("number of stores with tea and coffee", {1}),
]
# the same words on the answer's own rows (a store has one city) or measured over the rows: answered
EITHER_READINGS = [
    "stores in Oslo and Lima",
    "total quantity of tea and coffee",
    "stores that stock both tea and coffee",  # read as stores having rows of each
]


@pytest.mark.parametrize(("question", "names"), NONE_OF)
def test_a_value_excluded_on_related_rows_means_none_of_them(stockroom_db, question, names):
    db, engine = stockroom_db
    t = engine.translate(question)
    assert t.sql, t.error
    assert not any(r.code == "one_row_test" for r in t.score.reasons)
    with db.connect() as connection:
        rows = connection.exec_driver_sql(t.sql).mappings().all()
    assert {row["store_name"] for row in rows} == names


@pytest.mark.parametrize("question", EITHER_READINGS)
def test_values_on_the_answers_own_rows_are_answered(stockroom, question):
    t = stockroom.translate(question)
    assert t.sql, t.error
    assert not any(r.code == "one_row_test" for r in t.score.reasons)


# a word naming a column that only the every-column select list shows: the question asked for that column
UNSHOWN = [("What was the delivery day of the parcel from Bob?", "delivery")]


@pytest.mark.parametrize(("question", "word"), UNSHOWN)
def test_a_word_naming_a_column_the_default_select_list_shows_is_not_covered(stockroom, question, word):
    from datachat.nl2sql.clarify import word_kinds

    read = stockroom.translate(question, ask=False)
    assert read.sql and '"delivered_on"' in read.sql and '"posted_on"' in read.sql  # every column shown
    assert {k.word: k.kind for k in word_kinds(read, stockroom, question)}[word] == "unshown"
    assert stockroom.translate(question).sql is None


def test_when_with_the_verb_of_a_date_column_shows_that_column(stockroom):
    t = stockroom.translate("When was the parcel from Ann delivered?")
    assert t.sql and "delivered_on" in t.sql.split("FROM")[0] and "posted_on" not in t.sql


def test_a_word_naming_a_column_read_by_choice_stays_covered(stockroom):
    from datachat.nl2sql.clarify import word_kinds

    question = "parcels delivered after 2024-01-31"
    t = stockroom.translate(question, ask=False)
    assert t.sql and "delivered_on" in t.sql.split("WHERE")[-1]
    assert all(k.kind != "unshown" for k in word_kinds(t, stockroom, question))


@pytest.mark.parametrize(("question", "expected"), BOTH)
def test_values_joined_by_and_on_related_rows_mean_both(stockroom_db, question, expected):
    from datachat.nl2sql import run_query

    sa_engine, engine = stockroom_db
    t = engine.translate(question)
    assert t.sql and " IN (SELECT" in t.sql, t.sql
    assert {r[0] if len(r) == 1 else r[1] for r in run_query(sa_engine, t.sql)} == expected


def test_a_self_reference_the_reading_drops_is_not_answered(tiny):
    """The word "managed" names the manager column only the every-column select list shows: answering would list the
    manager herself, so the engine asks instead."""
    t = tiny[1].translate("staff members managed by Ada King")
    assert t.sql is None


@pytest.fixture(scope="module")
def halls(tmp_path_factory):
    """Concert halls with a seat count: made up here."""
    return engine_from_statements(
        tmp_path_factory,
        "halls",
        [
            "CREATE TABLE hall (id INTEGER PRIMARY KEY, hall_name TEXT, city TEXT, seats INTEGER)",
            "INSERT INTO hall VALUES (1,'Rex','Oslo',300),(2,'Lux','Lima',120),(3,'Nova','Oslo',300)",
        ],
    )[1]


# (question, answered): counting the values of a number column answers "how many different amounts"
COUNTED_AMOUNTS = [
    ("how many seats does the Rex hall have", False),  # the seats value, not a count of seat figures
    ("how many different seat counts are there", True),
    ("how many halls are in Oslo", True),
    ("total seats in Oslo", True),
]


@pytest.mark.parametrize(("question", "answered"), COUNTED_AMOUNTS)
def test_a_count_of_amounts_is_not_answered_unless_different_values_are_asked(halls, question, answered):
    scored = halls.translate(question, ask=False).score
    assert any(r.code == "counted_amount" for r in scored.reasons) is not answered
    assert bool(halls.translate(question).sql) is answered


# (question, answered): a reading that shows only a key no word asks for lost what was asked of the rows
BARE_KEYS = [
    ("which parcel was posted last", False),
    ("ids of parcels from Oslo", True),
    ("what is the id of the last parcel posted", True),
]


@pytest.mark.parametrize(("question", "answered"), BARE_KEYS)
def test_a_bare_key_nobody_asked_for_is_not_answered(stockroom, question, answered):
    scored = stockroom.translate(question, ask=False).score
    assert any(r.code == "bare_key" for r in scored.reasons) is not answered
    t = stockroom.translate(question)
    assert bool(t.sql) is answered
    if t.clarification:  # options name columns as a question writes them, never a run-together key
        assert all("postedon" not in o.question for o in t.clarification.options)


# (question, answered): a table listed as a further item after "and" must show in a plain list
LISTED_ITEMS = [
    ("names of stores and the stock they hold", False),  # joined for the list, then left out
    ("names of stores and the product kinds they stock", True),  # the kinds are shown
    ("which stores have both tea and coffee", True),  # "both ... and" joins two conditions
    ("which store holds which stock", False),  # a second question word asks for the stock as well
    ("which stores hold stock of tea", True),  # one question word: the stock only picks the stores
    ("what are the names of stores which hold stock", True),  # "which" after a name: a relative pronoun
]


@pytest.mark.parametrize(("question", "answered"), LISTED_ITEMS)
def test_a_listed_table_the_answer_leaves_out_is_not_answered(stockroom, question, answered):
    scored = stockroom.translate(question, ask=False).score
    assert any(r.code == "dropped_item" for r in scored.reasons) is not answered
    assert bool(stockroom.translate(question).sql) is answered


# (evidence, the doubts it raises): each doubt of the reading's shape, weighed by PENALTIES
SHAPE_DOUBTS = [
    (Evidence(long_join=4), {"long_join"}),
    (Evidence(one_row_tests=("tea and coffee",)), {"one_row_test"}),
    (Evidence(counted_amounts=("seats",)), {"counted_amount"}),
    (Evidence(bare_key="id"), {"bare_key"}),
    (Evidence(dropped_items=("courses",)), {"dropped_item"}),
    (Evidence(joined_periods=("walked_on",)), {"joined_period"}),
    (Evidence(ungrouped_columns=("region",)), {"ungrouped_column"}),
    (Evidence(unasked_groupings=("rating",)), {"unasked_grouping"}),
    (Evidence(), set()),
]


@pytest.mark.parametrize(("evidence", "codes"), SHAPE_DOUBTS)
def test_shape_doubts_are_weighed_and_named(evidence, codes):
    score = confidence(evidence)
    assert {r.code for r in score.reasons} == codes
    assert score.value == pytest.approx(1.0 - sum(PENALTIES[c] for c in codes))


@pytest.fixture(scope="module")
def chain(tmp_path_factory):
    """Regions, depots, vans and trips: a chain of four tables, made up here."""
    return engine_from_statements(
        tmp_path_factory,
        "chain",
        [
            "CREATE TABLE region (id INTEGER PRIMARY KEY, region_name TEXT)",
            "CREATE TABLE depot (id INTEGER PRIMARY KEY, depot_name TEXT, region_id INTEGER REFERENCES region(id))",
            "CREATE TABLE van (id INTEGER PRIMARY KEY, plate TEXT, depot_id INTEGER REFERENCES depot(id))",
            "CREATE TABLE trip (id INTEGER PRIMARY KEY, van_id INTEGER REFERENCES van(id), km INTEGER)",
            "INSERT INTO region VALUES (1,'North'),(2,'South')",
            "INSERT INTO depot VALUES (1,'Alder',1),(2,'Birch',2)",
            "INSERT INTO van VALUES (1,'AB-1',1),(2,'CD-2',2)",
            "INSERT INTO trip VALUES (1,1,10),(2,1,20),(3,2,5)",
        ],
    )[1]


def test_a_statement_joining_four_tables_is_marked(chain):
    t = chain.translate("total km of trips per region", ask=False)
    assert t.sql and t.sql.count(" JOIN ") == 3, t.sql
    assert [r.detail for r in t.score.reasons if r.code == "long_join"] == ["4"]
    short = chain.translate("total km of trips per van", ask=False)
    assert not any(r.code == "long_join" for r in short.score.reasons)


@pytest.fixture(scope="module")
def kennel(tmp_path_factory):
    """Dogs with a date of their own and the walks they went on (dated too): made up here."""
    return engine_from_statements(
        tmp_path_factory,
        "kennel",
        [
            "CREATE TABLE dogs (id INTEGER PRIMARY KEY, name TEXT, birth_date DATE)",
            "CREATE TABLE walks (id INTEGER PRIMARY KEY, dog_id INTEGER REFERENCES dogs(id), walked_on DATE,"
            " miles NUMERIC)",
            "INSERT INTO dogs VALUES (1,'Rex','2019-03-01'),(2,'Ivy','2023-05-09'),(3,'Moss','2024-02-02')",
            "INSERT INTO walks VALUES (1,1,'2024-01-03',2),(2,2,'2023-07-01',3),(3,3,'2024-04-04',1)",
        ],
    )[1]


# (question, answered): a period on the dates of related rows no word names, while the rows have a date of
# their own, is a guess between the two dates; naming the related rows or their date settles it
JOINED_PERIODS = [
    ("which dogs were seen in 2024", False),
    ("dogs with a walk in 2024", True),
    ("dogs walked in 2024", True),
    ("which dogs were born in 2019", True),
]


@pytest.mark.parametrize(("question", "answered"), JOINED_PERIODS)
def test_a_period_on_a_related_tables_date_nobody_named_is_doubted(kennel, question, answered):
    t = kennel.translate(question)
    codes = {r.code for r in t.score.reasons} if t.score else set()
    assert ("joined_period" not in codes) is answered, (t.sql, codes)
    if not answered:
        assert t.sql is None


# (statement, the columns shown beside an aggregate with no GROUP BY: one arbitrary row's values)
UNGROUPED = [
    ("SELECT region, COUNT(DISTINCT tongue) FROM nations", ("region",)),
    ("SELECT n.region, MAX(n.area) AS biggest FROM nations AS n", ("region",)),
    ("SELECT region, COUNT(*) FROM nations GROUP BY region", ()),  # a figure per region
    ("SELECT COUNT(*), AVG(area) FROM nations", ()),  # figures only
    ("SELECT region FROM nations ORDER BY area DESC LIMIT 1", ()),  # no aggregate
]


@pytest.mark.parametrize(("sql", "expected"), UNGROUPED)
def test_a_column_beside_an_aggregate_without_grouping_is_doubted(sql, expected):
    assert ungrouped_columns(parsed(sql, "sqlite")) == expected


_GROUPED = "SELECT logs.rating, AVG(ships.speed) FROM ships JOIN logs ON logs.ship_id = ships.id GROUP BY logs.rating"


def _words(question: str) -> SimpleNamespace:
    return SimpleNamespace(toks=[SimpleNamespace(low=w) for w in question.split()])


def _col(start: int, word: str, table: str, used: bool) -> Link:
    return Link("column", start, start + 1, word, word, table, word, 1.0, used=used)


# (question, its links, the words of a compound's rest that the figure is split by though nobody asked)
UNASKED = [
    ("average speed rating of ships", (_col(1, "speed", "ships", True), _col(2, "rating", "logs", False)), ("rating",)),
    ("average speed by rating of ships", (_col(1, "speed", "ships", True), _col(3, "rating", "logs", False)), ()),
    ("average speed of ships and rating", (_col(1, "speed", "ships", True), _col(5, "rating", "logs", False)), ()),
    (
        "average speed rating of ships in logs",
        (_col(1, "speed", "ships", True), _col(2, "rating", "logs", False), _link(kind="table", table="logs")),
        (),
    ),  # the related table is named: its rows were asked about
]


@pytest.mark.parametrize(("question", "links", "expected"), UNASKED)
def test_a_grouping_by_the_rest_of_a_compound_is_doubted(question, links, expected):
    tree = parsed(_GROUPED, "sqlite")
    assert unasked_groupings(_words(question), tree, "ships", links) == expected
