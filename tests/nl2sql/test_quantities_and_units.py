"""Things counted by the quantity their rows record, and measures read in the unit asked for, on made-up concert
hall, gallery, depot and scooter schemas.

Rows that record a number of things each (a booking of 4 seats, a sale of 3 tickets) are events: they refer to
another table and are dated, themselves or through the row they refer to. Counting those things ("how many seats
were booked", "which show sold most tickets", "tickets sold per show") adds the quantity up; the average number
per event row is the quantity's mean; counting the events themselves ("how many bookings") still counts rows. A
column named for its unit ("delay_min", "dist_km", "dur_s") is read in the unit a question asks for ("in hours")
and as stored when it asks for none; a unit of another dimension is left unread.
"""

from __future__ import annotations

import pytest

from datachat.nl2sql import lexicon, units

from .conftest import engine_from_statements

HALL = [
    "CREATE TABLE concerts (id INTEGER PRIMARY KEY, title TEXT, hall TEXT, starts_on DATE)",
    "CREATE TABLE bookings (id INTEGER PRIMARY KEY, concert_id INTEGER REFERENCES concerts(id), channel TEXT,"
    " booked_on DATE, seats INTEGER, price NUMERIC)",
    "INSERT INTO concerts VALUES (1,'Spring Gala','Main','2024-03-01'),(2,'Jazz Night','Blue','2024-04-01')",
    "INSERT INTO bookings VALUES (1,1,'web','2024-01-01',2,40),(2,1,'phone','2024-01-02',4,80),"
    "(3,2,'web','2024-02-01',1,25),(4,2,'web','2024-02-03',2,50),(5,2,'phone','2024-02-09',2,50)",
]

GALLERY = [
    "CREATE TABLE galleries (id INTEGER PRIMARY KEY, name TEXT)",
    "CREATE TABLE shows (id INTEGER PRIMARY KEY, title TEXT, gallery_id INTEGER REFERENCES galleries(id))",
    "CREATE TABLE ticket_sales (id INTEGER PRIMARY KEY, show_id INTEGER REFERENCES shows(id), sold_on DATE,"
    " channel TEXT, qty INTEGER, amount NUMERIC)",
    "INSERT INTO galleries VALUES (1,'East'),(2,'West')",
    "INSERT INTO shows VALUES (1,'Moths',1),(2,'Maps',2),(3,'Kites',2)",
    "INSERT INTO ticket_sales VALUES (1,1,'2024-01-01','web',3,30),(2,1,'2024-01-02','desk',1,10),"
    "(3,2,'2024-01-05','web',5,50),(4,3,'2024-01-06','desk',1,10),(5,3,'2024-01-07','desk',1,10),"
    "(6,3,'2024-01-08','web',1,10)",
]

DEPOT = [
    "CREATE TABLE parts (id INTEGER PRIMARY KEY, name TEXT, weight_kg NUMERIC)",
    "CREATE TABLE shipments (id INTEGER PRIMARY KEY, part_id INTEGER REFERENCES parts(id), shipped_on DATE,"
    " pieces INTEGER, delay_min INTEGER, dist_km NUMERIC)",
    "INSERT INTO parts VALUES (1,'Bolt',0.5),(2,'Gear',2.5)",
    "INSERT INTO shipments VALUES (1,1,'2024-01-01',100,30,12.5),(2,2,'2024-01-03',5,90,40),(3,1,'2024-02-01',50,0,8)",
]

SCOOTERS = [
    "CREATE TABLE riders (id INTEGER PRIMARY KEY, name TEXT)",
    "CREATE TABLE rides (id INTEGER PRIMARY KEY, rider_id INTEGER REFERENCES riders(id), started_at DATE,"
    " dur_s INTEGER, dist_km NUMERIC, wait_min INTEGER)",
    "INSERT INTO riders VALUES (1,'Ann'),(2,'Bo')",
    "INSERT INTO rides VALUES (1,1,'2024-01-01',600,3.2,2),(2,2,'2024-01-02',1800,9.1,4),(3,2,'2024-01-04',1200,4,0)",
]


KIOSK = [
    "CREATE TABLE booths (id INTEGER PRIMARY KEY, booth_nm TEXT)",
    "CREATE TABLE fare_kinds (tkt_cd TEXT PRIMARY KEY, descr TEXT)",
    "CREATE TABLE tkt_orders (id INTEGER PRIMARY KEY, booth_id INTEGER REFERENCES booths(id), ord_dt DATE,"
    " tkt_cd TEXT REFERENCES fare_kinds(tkt_cd), qty INTEGER, tot_amt NUMERIC)",
    "INSERT INTO booths VALUES (1,'Harbour'),(2,'Station')",
    "INSERT INTO fare_kinds VALUES ('STD','Standard'),('CON','Concession')",
    "INSERT INTO tkt_orders VALUES (1,1,'2024-05-01','STD',2,20),(2,2,'2024-05-02','CON',3,15),"
    "(3,2,'2024-06-02','STD',4,40),(4,1,'2023-06-02','STD',9,90)",
]

FAIR = [
    "CREATE TABLE stalls (id INTEGER PRIMARY KEY, name TEXT)",
    "CREATE TABLE orders (id INTEGER PRIMARY KEY, stall_id INTEGER REFERENCES stalls(id), placed_on DATE,"
    " channel TEXT)",
    "CREATE TABLE tickets (id INTEGER PRIMARY KEY, order_id INTEGER REFERENCES orders(id), seat TEXT)",
    "CREATE TABLE order_lines (id INTEGER PRIMARY KEY, order_id INTEGER REFERENCES orders(id), num_tickets INTEGER,"
    " price NUMERIC)",
    "INSERT INTO stalls VALUES (1,'Apple Cart'),(2,'Bean Box')",
    "INSERT INTO orders VALUES (1,1,'2024-01-01','web'),(2,2,'2024-01-02','desk')",
    "INSERT INTO tickets VALUES (1,1,'A1'),(2,1,'A2'),(3,2,'B1')",
    "INSERT INTO order_lines VALUES (1,1,2,20),(2,2,1,10)",
]


@pytest.fixture(scope="module")
def dbs(tmp_path_factory):
    return {
        "fair": engine_from_statements(tmp_path_factory, "fair", FAIR),
        "kiosk": engine_from_statements(tmp_path_factory, "kiosk", KIOSK),
        "hall": engine_from_statements(tmp_path_factory, "hall", HALL),
        "gallery": engine_from_statements(tmp_path_factory, "gallery", GALLERY),
        "depot": engine_from_statements(tmp_path_factory, "depot", DEPOT),
        "scooters": engine_from_statements(tmp_path_factory, "scooters", SCOOTERS),
    }


def _run(pair, question):
    sa_engine, engine = pair
    t = engine.translate(question)
    assert t.sql, (question, t.error, t.clarification)
    with sa_engine.connect() as c:
        return t.sql, [tuple(r) for r in c.exec_driver_sql(t.sql).fetchall()]


def _close(rows):
    return sorted(tuple(round(x, 3) if isinstance(x, float) else x for x in r) for r in rows)


# (schema, question, expected rows, words the statement holds)
CASES = [
    # a quantity column named by the counted noun
    ("hall", "how many seats were booked", [(11,)], ("SUM",)),
    ("hall", "how many seats got booked for every concert", [("Spring Gala", 6), ("Jazz Night", 5)], ("SUM",)),
    ("hall", "which concert booked the most seats", [("Spring Gala",)], ("SUM",)),
    ("hall", "mean count of seats per booking by channel", [("web", 5 / 3), ("phone", 3.0)], ("AVG",)),
    ("hall", "how many seats does one booking take on average", [(11 / 5,)], ("AVG",)),
    # the events themselves still count rows
    ("hall", "count the bookings that were made", [(5,)], ("COUNT(*)",)),
    ("hall", "which concert had the most bookings", [("Jazz Night",)], ("COUNT(*)",)),
    # a noun naming an event table by the word before its head: the things its rows record
    ("gallery", "how many tickets got sold", [(12,)], ("SUM",)),
    ("gallery", "which show sold most tickets", [("Maps",)], ("SUM",)),
    ("gallery", "which show sold the fewest tickets", [("Kites",)], ("SUM",)),
    ("gallery", "tickets sold per show", [("Moths", 4), ("Maps", 5), ("Kites", 3)], ("SUM",)),
    ("gallery", "mean number of tickets in a sale for every channel", [("web", 3.0), ("desk", 1.0)], ("AVG",)),
    ("gallery", "how many ticket sales were there", [(6,)], ("COUNT(*)",)),
    ("gallery", "which show had the most ticket sales", [("Kites",)], ("COUNT(*)",)),
    # the things named with the event's participle and no other measure: their number
    ("hall", "seats booked in february 2024", [(5,)], ("SUM",)),
    ("gallery", "tickets sold through the web channel", [(9,)], ("SUM",)),
    # an abbreviated table name read back from the words as written
    ("kiosk", "which booth sold most tickets", [("Harbour",)], ("SUM",)),
    ("kiosk", "tickets sold per fare kind", [("Standard", 15), ("Concession", 3)], ("SUM",)),
    ("kiosk", "standard tickets sold during 2024", [(6,)], ("SUM",)),
    # the counted noun sells the things: its own rows are counted
    ("gallery", "how many shows sold tickets", [(3,)], ("COUNT",)),
    # units
    ("depot", "give the total delay in hours", [(2.0,)], ("60",)),
    ("depot", "average delay of shipments", [(40.0,)], ()),
    ("depot", "mean shipment delay in minutes", [(40.0,)], ()),
    ("depot", "the total distance in metres", [(60500.0,)], ("1000",)),
    ("depot", "average part weight in grams", [(1500.0,)], ("1000",)),
    ("depot", "how many pieces were shipped per part", [("Bolt", 150), ("Gear", 5)], ("SUM",)),
    ("scooters", "mean ride duration in minutes", [(20.0,)], ("60",)),
    ("scooters", "the average wait in seconds", [(120.0,)], ("60",)),
    ("scooters", "total ride duration in hours per rider", [("Ann", 600 / 3600), ("Bo", 3000 / 3600)], ("60",)),
]


@pytest.mark.parametrize(("db", "question", "expected", "present"), CASES)
def test_quantities_and_units(dbs, db, question, expected, present):
    sql, rows = _run(dbs[db], question)
    assert _close(r[: len(expected[0])] for r in rows) == _close(expected), sql
    for word in present:
        assert word in sql, (question, sql)


@pytest.mark.parametrize(
    ("db", "question"),
    [
        ("depot", "sum of delay in kilograms"),  # a unit of another dimension is never converted
    ],
)
def test_unit_of_another_dimension_is_not_read(dbs, db, question):
    assert dbs[db][1].translate(question).sql is None


@pytest.mark.parametrize(
    ("question", "options"),
    [
        ("how many tickets got sold", ('SUM("num_tickets")', "COUNT(*)")),
        ("how many tickets got sold per stall", ('SUM("order_lines"."num_tickets")', "COUNT(*)")),
    ],
)
def test_rows_or_quantity_is_asked(dbs, question, options):
    """A table of the things themselves beside events recording a number of them: both readings are offered."""
    engine = dbs["fair"][1]
    t = engine.translate(question)
    assert t.sql is None and t.clarification is not None, (question, t.sql, t.error)
    sqls = [engine.translate(o.question).sql for o in t.clarification.options]
    for needed in options:
        assert any(needed in (sql or "") for sql in sqls), (question, sqls)


@pytest.mark.parametrize(
    ("question", "sql"),
    [
        ("how many tickets are there", "COUNT(*)"),  # no event named: the rows
        ("how many orders got placed", "COUNT(*)"),
    ],
)
def test_rows_without_event_are_counted(dbs, question, sql):
    t = dbs["fair"][1].translate(question)
    assert t.sql is not None and sql in t.sql, (question, t.sql, t.error)


@pytest.mark.parametrize(
    ("name", "quantity"),
    [
        ("qty", True),
        ("units", True),
        ("num_guests", True),
        ("parcel_count", True),
        ("seats", True),
        ("order_no", False),
        ("hours", False),
        ("pages", False),
        ("price", False),
        ("fees", False),
    ],
)
def test_names_quantity(name, quantity):
    assert lexicon.names_quantity(name) is quantity


@pytest.mark.parametrize(
    ("column", "asked", "expected"),
    [
        ("delay_min", "hour", ("div", 60.0)),
        ("dur_s", "minute", ("div", 60.0)),
        ("mins", "second", ("mul", 60.0)),
        ("len_km", "metre", ("mul", 1000.0)),
        ("wt_kg", "gram", ("mul", 1000.0)),
        ("delay_min", "minute", None),
        ("delay_min", "kilogram", None),
        ("delay", "hour", None),
    ],
)
def test_unit_conversion(column, asked, expected):
    assert units.conversion(column, asked) == expected


@pytest.mark.parametrize(
    ("value", "unit", "column", "expected"),
    [
        (10, "minutes", "Milliseconds", 600000),
        (2, "hours", "delay_min", 120),
        (90, "seconds", "dur_s", 90),
        (3, "minutes", "weight_kg", 3),
    ],
)
def test_comparison_units(value, unit, column, expected):
    assert units._convert_units(value, unit, column) == expected
