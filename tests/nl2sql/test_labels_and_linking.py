"""Row labels and links that generalise, on a made-up harbour schema.

A person is shown by both parts of the name, whatever the columns call them (WordNet's synonyms of "first name"
and "last name", abbreviations written out); a lookup table keyed by a code is shown by its description unless the
question names the code. A word after the first word of a two-word name that abbreviates its second word links that
column (beating a time grain); a word of a stored value is never read as an abbreviation of a short name; a
generic classifying word asked of a named table reads that table's own classifying column; "by <column>" whose
one value the question names is no grouping; a subject named by part of its name a long join away from the table
holding every value named is a doubt.
"""

from __future__ import annotations

import pytest

from datachat.nl2sql.lexicon import person_name_part

from .conftest import engine_from_statements

HARBOUR = [
    "CREATE TABLE marinas (id INTEGER PRIMARY KEY, name TEXT, guide TEXT)",
    "CREATE TABLE skippers (id INTEGER PRIMARY KEY, forename TEXT, family_nm TEXT, marina_id INTEGER"
    " REFERENCES marinas(id), day_sft TEXT, joined DATE)",
    "CREATE TABLE boats (id INTEGER PRIMARY KEY, name TEXT, hull_type TEXT, skipper_id INTEGER"
    " REFERENCES skippers(id))",
    "CREATE TABLE faults (code TEXT PRIMARY KEY, description TEXT)",
    "CREATE TABLE tide_codes (code TEXT PRIMARY KEY, description TEXT)",
    "CREATE TABLE repairs (id INTEGER PRIMARY KEY, boat_id INTEGER REFERENCES boats(id), fault_cd TEXT"
    " REFERENCES faults(code), category TEXT, outcome TEXT, rfd INTEGER, done_on DATE)",
    "INSERT INTO marinas VALUES (1,'North Quay','Excellent'),(2,'Old Basin','Fair'),(3,'Sand Bay','Excellent')",
    "INSERT INTO skippers VALUES (1,'Ivo','Marsh',1,'Early','2021-03-01'),(2,'Una','Reed',2,'Late','2022-05-09'),"
    "(3,'Pell','Vane',3,'Early','2023-01-20')",
    "INSERT INTO boats VALUES (1,'Gull','Catamaran',1),(2,'Tern','Sloop',2),(3,'Skua','Ketch',3)",
    "INSERT INTO faults VALUES ('EL','Electrical fault'),('HU','Hull damage'),('RG','Rigging wear')",
    "INSERT INTO repairs VALUES (1,1,'EL','Engine','Refund',0,'2024-02-01'),(2,2,'HU','Hull','Repaired',1,"
    "'2024-03-11'),(3,3,'RG','Rigging','Refund',0,'2024-04-21'),(4,1,'HU','Hull','Repaired',1,'2024-05-02')",
]


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return engine_from_statements(tmp_path_factory, "harbour", HARBOUR)[1]


@pytest.mark.parametrize(
    ("name", "part"),
    [
        ("forename", "first"),
        ("given_name", "first"),
        ("FirstName", "first"),
        ("first_nm", "first"),
        ("fname", "first"),
        ("surname", "last"),
        ("family_nm", "last"),
        ("LastName", "last"),
        ("nickname", None),
        ("name", None),
        ("boat_name", None),
    ],
)
def test_person_name_part(name, part):
    assert person_name_part(name) == part


@pytest.mark.parametrize(
    ("table", "labels"),
    [
        ("skippers", ["forename", "family_nm"]),  # both parts of the name
        ("faults", ["description"]),  # a lookup table keyed by a code: its description
        ("tide_codes", ["code"]),  # a table named for its codes: the code
        ("boats", ["name"]),
    ],
)
def test_label_columns(harbour, table, labels):
    assert harbour.planner.label_columns(table) == labels


@pytest.mark.parametrize(
    ("question", "present", "absent"),
    [
        # a person listed by both parts of the name
        ("list the skippers who joined in 2022", ['"forename"', '"family_nm"'], []),
        # different people counted by their key: a first name repeats
        ("how many different skippers have boats", ['COUNT(DISTINCT "skippers"."id")'], ['"forename")']),
        # a breakdown by a lookup table shows its description, not the code
        ("number of repairs by fault", ['"description"'], []),
        # the code named as a column shows the code alone
        ("number of repairs per fault code", ['"fault_cd"'], ['"description"']),
        # the compound column ("day sft"), not a daily date bucket
        ("number of skippers per day shift", ['GROUP BY "day_sft"'], ["STRFTIME"]),
        # a plural of a stored value filters by that value; it is no abbreviation of the short "rfd" column
        ("how many refunds were there", ["\"outcome\" = 'Refund'"], ['"rfd"']),
        # "by <column>" whose one value is named: a list of the rows with that value, no grouping or count
        ("which marinas are rated Excellent by the guide", ["\"guide\" = 'Excellent'"], ["GROUP BY", "COUNT"]),
        # "type" of a named table: its own classifying column, not a type column a join away
        ("what is the most common type of repair", ['"category"'], ['"hull_type"']),
    ],
)
def test_readings(harbour, question, present, absent):
    t = harbour.translate(question, ask=False)
    assert t.sql, question
    for s in present:
        assert s in t.sql, (question, t.sql)
    for s in absent:
        assert s not in t.sql, (question, t.sql)


COURIER = [
    "CREATE TABLE depots (id INTEGER PRIMARY KEY, name TEXT, country TEXT)",
    "CREATE TABLE staff_members (id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, depot_id INTEGER"
    " REFERENCES depots(id))",
    "CREATE TABLE customers (id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, country TEXT, tier TEXT)",
    "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(id))",
    "CREATE TABLE deliveries (id INTEGER PRIMARY KEY, staff_id INTEGER REFERENCES staff_members(id), order_id"
    " INTEGER REFERENCES orders(id))",
    "INSERT INTO depots VALUES (1,'Harbour Road','Denmark'),(2,'Mill Lane','Sweden')",
    "INSERT INTO staff_members VALUES (1,'Ole','Berg',1),(2,'Siv','Lund',2)",
    "INSERT INTO customers VALUES (1,'Kai','Holm','Denmark','Platinum'),(2,'Liv','Dahl','Sweden','Silver'),"
    "(3,'Mads','Ravn','Denmark','Silver')",
    "INSERT INTO orders VALUES (1,1),(2,2),(3,3)",
    "INSERT INTO deliveries VALUES (1,1,1),(2,2,2),(3,1,3)",
]


def test_far_subject_is_a_doubt(tmp_path_factory):
    """The word "members" names the staff table by part of its name, but both values may lie in the customers
    table, three joins away: the long reading is a guess, so the engine does not answer it outright."""
    courier = engine_from_statements(tmp_path_factory, "courier", COURIER)[1]
    t = courier.translate("list the danish platinum members", ask=False)
    assert t.score is not None and "far_subject" in {r.code for r in t.score.reasons}, t.sql
    assert courier.translate("list the danish platinum members").sql is None
    t = courier.translate("list the members whose tier is Platinum", ask=False)
    assert "far_subject" in {r.code for r in t.score.reasons}, t.sql
    # named in full, the staff are the subject and nothing is in doubt about it
    t = courier.translate("list the staff members of danish depots", ask=False)
    assert "far_subject" not in {r.code for r in t.score.reasons}
    # the reading reaches the value a join away: no long join to doubt
    t = courier.translate("list the members whose country is Denmark", ask=False)
    assert "far_subject" not in {r.code for r in t.score.reasons}, t.sql


@pytest.mark.parametrize(
    ("sql", "constant"),
    [
        # the distinct keys of the grouped table, one per group whatever the joins
        (
            'SELECT "depots"."name", COUNT(DISTINCT "depots"."id") FROM "depots" JOIN "staff_members" ON'
            ' "depots"."id" = "staff_members"."depot_id" GROUP BY "depots"."id", "depots"."name"',
            "depots",
        ),
        # the distinct rows of the joined table per depot: a real count
        (
            'SELECT "depots"."name", COUNT(DISTINCT "staff_members"."id") FROM "depots" JOIN "staff_members" ON'
            ' "depots"."id" = "staff_members"."depot_id" GROUP BY "depots"."id", "depots"."name"',
            None,
        ),
    ],
)
def test_constant_measure_over_joins(tmp_path_factory, sql, constant):
    import sqlglot

    from datachat.nl2sql.shape import constant_measure

    courier = engine_from_statements(tmp_path_factory, "courier2", COURIER)[1]
    assert constant_measure(sqlglot.parse_one(sql, read="sqlite"), courier.schema) == constant


DEPOT = [
    "CREATE TABLE trucks (id INTEGER PRIMARY KEY, name TEXT, capacity INTEGER)",
    "CREATE TABLE runs (id INTEGER PRIMARY KEY, trk_no TEXT, km REAL)",
    "CREATE TABLE trailers (id INTEGER PRIMARY KEY, reg TEXT, axles INTEGER)",
    "CREATE TABLE yards (id INTEGER PRIMARY KEY, postal_code TEXT, acres REAL)",
    "CREATE TABLE crossings (id INTEGER PRIMARY KEY, toll_paid REAL, toll_cls TEXT, opr_ref TEXT)",
    "INSERT INTO crossings VALUES (1,4.5,'A','D1'),(2,6.0,'B','D2')",
    "INSERT INTO runs VALUES (1,'T1',40),(2,'T2',90)",
    "CREATE TABLE loads (id INTEGER PRIMARY KEY, trk_id INTEGER REFERENCES trucks(id), trk_bay TEXT, kg REAL)",
    "INSERT INTO trucks VALUES (1,'Atlas',20),(2,'Bison',30)",
    "INSERT INTO loads VALUES (1,1,'North',500),(2,2,'South',750),(3,1,'South',120)",
]


def test_short_name_standing_for_a_schema_word_reads_as_nothing_else(tmp_path_factory):
    """The short "trk" stands for the trucks the schema names: a question's "track" is no abbreviation of it."""
    depot = engine_from_statements(tmp_path_factory, "depot", DEPOT)[1]
    t = depot.translate("how many loads per track", ask=False)
    assert not any(x.column and x.column.startswith("trk") for x in t.links), t.sql


def test_abbreviated_first_word_of_a_compound(tmp_path_factory):
    """The words "truck number" spell out ``trk_no`` although "truck" names a table: the two words name the column."""
    depot = engine_from_statements(tmp_path_factory, "depot2", DEPOT)[1]
    t = depot.translate("list the truck number of each run", ask=False)
    assert t.sql and '"trk_no"' in t.sql and '"trucks"' not in t.sql, t.sql


@pytest.mark.parametrize(
    ("table", "labels"),
    [
        ("trailers", ["reg"]),  # no name, a numeric key: the registration people use for a row
        ("yards", ["id"]),  # a postal code is part of an address, not the yard's identifier
    ],
)
def test_identifier_label(tmp_path_factory, table, labels):
    depot = engine_from_statements(tmp_path_factory, "depot3", DEPOT)[1]
    assert depot.planner.label_columns(table) == labels


@pytest.mark.parametrize(
    ("question", "present", "absent"),
    [
        # an amount named by what was done with it (``toll_paid``): its first word names it
        ("what is the average toll of the crossings", ['AVG("toll_paid")'], []),
        # a verb is never read as a short name: "operate" is no ``opr``
        ("how many crossings do we operate", [], ["opr"]),
    ],
)
def test_depot_readings(tmp_path_factory, question, present, absent):
    depot = engine_from_statements(tmp_path_factory, "depot4", DEPOT)[1]
    t = depot.translate(question, ask=False)
    for s in present:
        assert t.sql and s in t.sql, (question, t.sql)
    for s in absent:
        assert s not in (t.sql or "") and all(x.read_as != s for x in t.links), (question, t.sql, t.links)


@pytest.mark.parametrize(
    ("question", "doubted"),
    [
        # the value's words named the rows to count; counting the lookup rows so described gives 1
        ("number of electrical faults", True),
        # the rows counted are named: a count of them by their description is what was asked
        ("how many repairs were for electrical faults", False),
        ("how many boats are named Gull", False),
    ],
)
def test_counted_label(harbour, question, doubted):
    t = harbour.translate(question, ask=False)
    assert ("counted_label" in {r.code for r in t.score.reasons}) == doubted, t.sql


def test_members_of_a_table_are_its_rows(harbour):
    """The words "members of" before a table name that table's rows: nothing unknown, answered outright."""
    t = harbour.translate("how many members of skippers are there")
    assert t.sql and 'FROM "skippers"' in t.sql, (t.sql, t.clarification, t.error)
    assert not any(r.code == "unknown" for r in t.score.reasons)
