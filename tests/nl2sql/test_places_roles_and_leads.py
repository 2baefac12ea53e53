"""Rows "at each" place, a ranking led by the subject's own verb, and a role said as a plural noun (a made-up
chain of bicycle repair workshops)."""

from __future__ import annotations

import pytest

from .conftest import engine_from_statements, sorted_rows


@pytest.fixture(scope="module")
def workshops(tmp_path_factory):
    return engine_from_statements(
        tmp_path_factory,
        "workshops",
        [
            "CREATE TABLE workshops (id INTEGER PRIMARY KEY, name TEXT, town TEXT)",
            "CREATE TABLE staff (id INTEGER PRIMARY KEY, workshop_id INTEGER REFERENCES workshops(id),"
            " first_name TEXT, surname TEXT, role TEXT, hourly_rate NUMERIC)",
            "CREATE TABLE repairs (id INTEGER PRIMARY KEY, workshop_id INTEGER REFERENCES workshops(id),"
            " fitter_id INTEGER REFERENCES staff(id), booked DATE, price NUMERIC)",
            "CREATE TABLE deliveries (id INTEGER PRIMARY KEY, repair_id INTEGER REFERENCES repairs(id),"
            " courier_id INTEGER REFERENCES staff(id), delivered DATE)",
            "CREATE TABLE complaints (id INTEGER PRIMARY KEY, workshop_id INTEGER REFERENCES workshops(id),"
            " raised DATE, summary TEXT)",
            "INSERT INTO workshops VALUES (1,'Spokes','Leeds'),(2,'Chainline','York'),(3,'Freewheel','Hull')",
            "INSERT INTO staff VALUES (1,1,'Ann','Cole','Fitter',14),(2,1,'Ben','Dale','Courier',11),"
            "(3,2,'Cat','Eyre','Senior Fitter',18),(4,2,'Dan','Fox','Courier',12),(5,3,'Eli','Gray','Manager',20),"
            "(6,1,'Fay','Hunt','Courier',10)",
            "INSERT INTO repairs VALUES (1,1,1,'2024-01-05',40),(2,1,1,'2024-02-11',55),(3,2,3,'2024-02-20',80),"
            "(4,1,1,'2024-03-02',25),(5,2,3,'2024-03-09',60),(6,3,5,'2024-04-01',35)",
            "INSERT INTO deliveries VALUES (1,1,2,'2024-01-07'),(2,2,2,'2024-02-12'),(3,3,4,'2024-02-22'),"
            "(4,4,6,'2024-03-03')",
            "INSERT INTO complaints VALUES (1,1,'2024-02-01','late'),(2,1,'2024-03-01','scratched frame'),"
            "(3,2,'2024-03-05','rude')",
        ],
    )


# (question, SQL the answer must return the rows of)
READINGS = [
    # the rows named first, then "at each" place: those rows counted per place, a place with none as 0
    ("complaints at each workshop", "SELECT w.name, COUNT(c.id) FROM workshops w LEFT JOIN complaints c"
     " ON c.workshop_id = w.id GROUP BY w.id"),
    ("repairs at every workshop", "SELECT w.name, COUNT(r.id) FROM workshops w LEFT JOIN repairs r"
     " ON r.workshop_id = w.id GROUP BY w.id"),
    # the verb of a which/who question's subject before "the largest number of": a ranking of the subject
    ("which fitter handled the largest number of repairs", "SELECT s.first_name, s.surname FROM staff s"
     " JOIN repairs r ON r.fitter_id = s.id GROUP BY s.id ORDER BY COUNT(*) DESC LIMIT 1"),
    ("which workshop received the highest number of complaints", "SELECT w.name FROM workshops w"
     " JOIN complaints c ON c.workshop_id = w.id GROUP BY w.id ORDER BY COUNT(*) DESC LIMIT 1"),
    ("what workshop attracted the largest number of complaints", "SELECT w.name FROM workshops w"
     " JOIN complaints c ON c.workshop_id = w.id GROUP BY w.id ORDER BY COUNT(*) DESC LIMIT 1"),
    ("name of the workshop that attracted the largest number of complaints", "SELECT w.name FROM workshops w"
     " JOIN complaints c ON c.workshop_id = w.id GROUP BY w.id ORDER BY COUNT(*) DESC LIMIT 1"),
    # a sum asked of groups a condition keeps is each group's measure, not a count of the groups
    ("for roles whose average hourly rate is above 12, show the total hourly rate and the role", "SELECT role,"
     " SUM(hourly_rate) FROM staff GROUP BY role HAVING AVG(hourly_rate) > 12"),
    # an average of the rows' own column over the rows a count keeps: each member of staff once
    ("what is the average hourly rate of staff with at least one repair", "SELECT AVG(hourly_rate) FROM staff"
     " WHERE id IN (SELECT fitter_id FROM repairs)"),
    # a plural noun spelt as one stored role of the staff the word only loosely names: those staff
    ("average hourly rate of our couriers", "SELECT AVG(hourly_rate) FROM staff WHERE role = 'Courier'"),
    ("how many couriers does the Leeds workshop have", "SELECT COUNT(*) FROM staff s JOIN workshops w"
     " ON w.id = s.workshop_id WHERE s.role = 'Courier' AND w.town = 'Leeds'"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "expected"), READINGS)
def test_readings_keep_what_was_asked(workshops, question, expected):
    sa_engine, engine = workshops
    t = engine.translate(question)
    assert t.sql, (t.error, t.clarification)
    assert sorted_rows(sa_engine, t.sql) == sorted_rows(sa_engine, expected), t.sql


def test_a_role_other_roles_contain_is_no_filter_of_its_own(workshops):
    # 'Fitter' beside 'Senior Fitter': the word names both, so it does not pick the one spelt as it is
    _, engine = workshops
    t = engine.translate("average hourly rate of our fitters")
    assert not t.sql or "'Fitter'" not in t.sql, t.sql


def test_a_role_after_each_still_groups(workshops):
    # "each courier": every courier on their own, not one figure over the couriers
    sa_engine, engine = workshops
    t = engine.translate("number of deliveries for each courier")
    assert t.sql, (t.error, t.clarification)
    expected = (
        "SELECT s.first_name, s.surname, COUNT(*) FROM deliveries d JOIN staff s ON s.id = d.courier_id GROUP BY s.id"
    )
    assert sorted_rows(sa_engine, t.sql) == sorted_rows(sa_engine, expected), t.sql


@pytest.fixture(scope="module")
def campsite(tmp_path_factory):
    return engine_from_statements(
        tmp_path_factory,
        "campsite",
        [
            "CREATE TABLE pitches (id INTEGER PRIMARY KEY, label TEXT, kind TEXT)",
            "CREATE TABLE reservations (id INTEGER PRIMARY KEY, pitch_id INTEGER REFERENCES pitches(id),"
            " made_on DATE, arrival DATE, departure DATE, nights INTEGER)",
            "CREATE TABLE hires (id INTEGER PRIMARY KEY, pitch_id INTEGER REFERENCES pitches(id), item TEXT,"
            " hired DATE, due DATE, returned DATE)",
            "INSERT INTO pitches VALUES (1,'A1','tent'),(2,'B4','van')",
            "INSERT INTO reservations VALUES (1,1,'2023-11-02','2024-01-05','2024-01-08',3),"
            "(2,2,'2024-02-01','2024-03-01','2024-03-04',3),(3,1,'2024-12-20','2025-01-10','2025-01-12',2),"
            "(4,2,'2024-05-05','2024-06-01','2024-06-08',7)",
            "INSERT INTO hires VALUES (1,1,'kayak','2024-01-05','2024-01-07','2024-01-09'),"
            "(2,2,'bike','2024-03-01','2024-03-03','2024-03-02'),(3,1,'kayak','2024-12-30','2025-01-01','2025-01-03')",
        ],
    )


def test_a_dated_event_before_an_interval_is_asked_about(campsite):
    # made, then arrived, then departed: "in 2024" may be when it was made or when the stay began; both offered
    _, engine = campsite
    t = engine.translate("number of reservations in 2024")
    assert t.sql is None and t.clarification is not None, t.sql
    offered = " ".join(o.label.lower() for o in t.clarification.options)
    assert "made on" in offered and "arrival" in offered, offered


def test_the_start_of_an_interval_alone_is_taken(campsite):
    # hired before due and returned, but returns come early or late: the hire date dates the hire
    sa_engine, engine = campsite
    t = engine.translate("number of hires in 2024")
    assert t.sql, (t.error, t.clarification)
    assert sorted_rows(sa_engine, t.sql) == [(3,)], t.sql


@pytest.fixture(scope="module")
def bands(tmp_path_factory):
    return engine_from_statements(
        tmp_path_factory,
        "bands",
        [
            "CREATE TABLE bands (id INTEGER PRIMARY KEY, name TEXT, town TEXT, formed INTEGER)",
            "CREATE TABLE band_instruments (band_id INTEGER REFERENCES bands(id), instrument TEXT,"
            " PRIMARY KEY (band_id, instrument))",
            "INSERT INTO bands VALUES (1,'Lark','Leeds',2015),(2,'Moth','York',2018),(3,'Wren','Hull',2020),"
            "(4,'Kite','Leeds',2022)",
            "INSERT INTO band_instruments VALUES (1,'guitar'),(1,'drums'),(2,'guitar'),(2,'harp'),(3,'guitar'),"
            "(3,'drums'),(4,'banjo')",
        ],
    )


# rows keyed by a pair (a band, an instrument) name no one thing: the column asked for is what is counted by
BAND_READINGS = [
    ("Which instruments are used in exactly one band?", "SELECT instrument FROM band_instruments GROUP BY"
     " instrument HAVING COUNT(*) = 1"),
    ("Which instrument is used in the largest number of bands?", "SELECT instrument FROM band_instruments"
     " GROUP BY instrument ORDER BY COUNT(*) DESC LIMIT 1"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "expected"), BAND_READINGS)
def test_a_column_of_paired_rows_is_the_key(bands, question, expected):
    sa_engine, engine = bands
    t = engine.translate(question)
    assert t.sql, (t.error, t.clarification)
    assert sorted_rows(sa_engine, t.sql) == sorted_rows(sa_engine, expected), t.sql


@pytest.fixture(scope="module")
def parts(tmp_path_factory):
    return engine_from_statements(
        tmp_path_factory,
        "parts",
        [
            "CREATE TABLE Ref_Part_Kinds (part_kind_code TEXT PRIMARY KEY, part_kind_description TEXT)",
            "CREATE TABLE parts (id INTEGER PRIMARY KEY,"
            " part_kind_code TEXT REFERENCES Ref_Part_Kinds(part_kind_code), part_description TEXT, price NUMERIC)",
            "INSERT INTO Ref_Part_Kinds VALUES ('BRK','Brakes'),('CHN','Chains'),('TYR','Tyres')",
            "INSERT INTO parts VALUES (1,'BRK','Disc pad',12),(2,'CHN','9-speed chain',25),"
            "(3,'TYR','Road tyre 28mm',30)",
        ],
    )


def test_a_column_named_for_its_table_past_a_prefix_is_that_tables(parts):
    # part_kind_description of Ref_Part_Kinds: "descriptions" beside "part kind codes" is the kinds' own column
    sa_engine, engine = parts
    t = engine.translate("list all part kind codes and descriptions")
    assert t.sql, (t.error, t.clarification)
    expected = "SELECT part_kind_code, part_kind_description FROM Ref_Part_Kinds"
    assert sorted_rows(sa_engine, t.sql) == sorted_rows(sa_engine, expected), t.sql


# a period and "or later" / "or earlier" / "onwards": every period from (or up to) it, on a year or a date column
OPEN_PERIODS = [
    ("which bands were formed in 2018 or later", [("Kite",), ("Moth",), ("Wren",)]),
    ("which bands were formed in 2018 or earlier", [("Lark",), ("Moth",)]),
    ("which bands were formed 2020 onwards", [("Kite",), ("Wren",)]),
]


@pytest.mark.parametrize(("question", "expected"), OPEN_PERIODS)
def test_a_period_opened_by_or_later(bands, question, expected):
    sa_engine, engine = bands
    t = engine.translate(question)
    assert t.sql, (t.error, t.clarification)
    assert sorted_rows(sa_engine, t.sql) == expected, t.sql


def test_a_date_period_opened_by_or_later(workshops):
    sa_engine, engine = workshops
    t = engine.translate("number of repairs booked in March 2024 or later")
    assert t.sql, (t.error, t.clarification)
    assert sorted_rows(sa_engine, t.sql) == [(3,)], t.sql


def test_how_many_beside_an_extreme_is_not_dropped(bands):
    # the count asked first, then the latest year: a reading with the latest year alone drops the count
    _, engine = bands
    t = engine.translate("how many bands are there in Leeds, and what is the latest year one was formed")
    assert t.sql is None or "COUNT" in t.sql.upper(), t.sql


def test_a_period_no_column_dates_is_never_dropped(parts):
    # parts have no date of their own nor any related one: the year is asked about, not left out of the answer
    _, engine = parts
    t = engine.translate("how many parts did we add in 2024")
    assert t.sql is None or "2024" in t.sql, t.sql


@pytest.fixture(scope="module")
def boarding(tmp_path_factory):
    return engine_from_statements(
        tmp_path_factory,
        "boarding",
        [
            "CREATE TABLE horses (id INTEGER PRIMARY KEY, name TEXT, date_arrived DATE, date_departed DATE)",
            "INSERT INTO horses VALUES (1,'Bramble','2024-01-03','2024-02-01'),(2,'Comet','2024-03-10',NULL)",
        ],
    )


@pytest.mark.parametrize(
    "question", ["arrival and departure dates of the horses", "horses' arrival date and departure"]
)
def test_the_event_noun_of_a_dated_participle_names_its_date(boarding, question):
    # date_arrived and date_departed: "arrival" and "departure" are the acts those dates record
    sa_engine, engine = boarding
    t = engine.translate(question)
    assert t.sql, (t.error, t.clarification)
    expected = sorted_rows(sa_engine, "SELECT date_arrived, date_departed FROM horses")
    assert sorted_rows(sa_engine, t.sql) == expected, t.sql


@pytest.fixture(scope="module")
def stable(tmp_path_factory):
    return engine_from_statements(
        tmp_path_factory,
        "stable",
        [
            "CREATE TABLE riders (id INTEGER PRIMARY KEY, name TEXT, joined DATE, left_on DATE)",
            "CREATE TABLE injuries (id INTEGER PRIMARY KEY, rider_id INTEGER REFERENCES riders(id), injured_on DATE,"
            " recovered_on DATE, body_part TEXT)",
            "INSERT INTO riders VALUES (1,'Ada','2021-01-01',NULL),(2,'Bo','2020-05-05','2024-02-01'),"
            "(3,'Cy','2022-03-03',NULL)",
            "INSERT INTO injuries VALUES (1,1,'2024-01-10','2024-02-20','wrist'),(2,2,'2023-11-02',NULL,'knee'),"
            "(3,3,'2024-05-05',NULL,'ankle')",
        ],
    )


def test_a_state_word_before_other_rows_keeps_those_rows_in_force(stable):
    # "still out injured": the injuries not yet recovered from, not the riders still with the yard
    sa_engine, engine = stable
    t = engine.translate("which riders are still out injured")
    assert t.sql, (t.error, t.clarification)
    assert sorted_rows(sa_engine, t.sql) == [("Bo",), ("Cy",)], t.sql
    t = engine.translate("how many current riders are there")
    assert t.sql, (t.error, t.clarification)
    assert sorted_rows(sa_engine, t.sql) == [(2,)], t.sql


@pytest.fixture(scope="module")
def yard(tmp_path_factory):
    return engine_from_statements(
        tmp_path_factory,
        "yard",
        [
            "CREATE TABLE depots (id INTEGER PRIMARY KEY, town TEXT)",
            "CREATE TABLE vans (id INTEGER PRIMARY KEY, depot_id INTEGER REFERENCES depots(id), reg TEXT, status TEXT)",
            "INSERT INTO depots VALUES (1,'Leeds'),(2,'York')",
            "INSERT INTO vans VALUES (1,1,'AB12 CDE','O'),(2,1,'FG34 HIJ','M'),(3,2,'KL56 MNO','O'),"
            "(4,1,'PQ78 RST','S')",
        ],
    )


def test_a_verb_going_on_somewhere_on_rows_with_a_status_is_asked_about(yard):
    # "running at Leeds": where, and in which state; counting every van at Leeds would drop the state
    _, engine = yard
    t = engine.translate("how many vans are running at Leeds")
    assert t.sql is None and t.clarification is not None, t.sql
    assert any("status" in o.label.lower() for o in t.clarification.options), t.clarification


@pytest.fixture(scope="module")
def club(tmp_path_factory):
    return engine_from_statements(
        tmp_path_factory,
        "club",
        [
            "CREATE TABLE members (id INTEGER PRIMARY KEY, name TEXT, town TEXT)",
            "CREATE TABLE rentals (id INTEGER PRIMARY KEY, member_id INTEGER REFERENCES members(id), kit TEXT,"
            " out_on DATE)",
            "INSERT INTO members VALUES (1,'Ada','Leeds'),(2,'Bo','York'),(3,'Cy','Hull'),(4,'Di','Leeds')",
            "INSERT INTO rentals VALUES (1,1,'kayak','2024-01-05'),(2,1,'paddle','2024-02-01'),"
            "(3,3,'kayak','2024-03-03')",
        ],
    )


def test_the_events_own_word_after_a_negated_verb_is_no_grouping(club):
    # "never rented any kit": what the rentals are of, said with the verb; one figure, not one per kind of kit
    sa_engine, engine = club
    t = engine.translate("how many members have never rented any kit")
    assert t.sql, (t.error, t.clarification)
    assert sorted_rows(sa_engine, t.sql) == [(2,)], t.sql


def test_an_average_over_periods_is_of_each_periods_figure(workshops):
    # "average monthly number of complaints": each month's count, averaged (1 in February, 2 in March)
    sa_engine, engine = workshops
    t = engine.translate("average monthly number of complaints")
    assert t.sql, (t.error, t.clarification)
    assert sorted_rows(sa_engine, t.sql) == [(1.5,)], t.sql


@pytest.fixture(scope="module")
def broadcasting(tmp_path_factory):
    return engine_from_statements(
        tmp_path_factory,
        "broadcasting",
        [
            "CREATE TABLE tv_channel (id TEXT PRIMARY KEY, series_name TEXT, country TEXT)",
            "CREATE TABLE shows (id INTEGER PRIMARY KEY, title TEXT, channel TEXT REFERENCES tv_channel(id),"
            " writer TEXT)",
            "INSERT INTO tv_channel VALUES ('1','Sky','UK'),('2','RAI','Italy'),('3','TF1','France')",
            "INSERT INTO shows VALUES (1,'Mole','1','Ann Lee'),(2,'Fox','2','Bob Ray'),(3,'Owl',NULL,'Ann Lee')",
        ],
    )


def test_no_before_the_subject_of_a_clause_is_no_missing_value(broadcasting):
    # "where no channel airs a show ...": a relation denied, not shows whose channel is empty
    _, engine = broadcasting
    t = engine.translate("countries where no channel airs a show written by Ann Lee")
    assert t.sql is None or "IS NULL" not in t.sql.upper(), t.sql


@pytest.fixture(scope="module")
def arenas(tmp_path_factory):
    return engine_from_statements(
        tmp_path_factory,
        "arenas",
        [
            "CREATE TABLE arena (arena_id INTEGER PRIMARY KEY, name TEXT, capacity INTEGER, highest INTEGER,"
            " lowest INTEGER)",
            "CREATE TABLE gig (gig_id INTEGER PRIMARY KEY, gig_name TEXT, arena_id INTEGER REFERENCES arena(arena_id),"
            " year INTEGER)",
            "INSERT INTO arena VALUES (1,'Dome',9000,8800,4000),(2,'Hall',3000,2900,900),(3,'Barn',500,480,60)",
            "INSERT INTO gig VALUES (1,'Spring',1,2023),(2,'Summer',1,2024),(3,'Autumn',2,2024),(4,'Winter',3,2024),"
            "(5,'Solstice',2,2025)",
        ],
    )


def test_a_column_after_an_unread_superlative_splits_nothing(arenas):
    # "the arena with the highest capacity" picks an arena; counting gigs per capacity answers something else
    sa_engine, engine = arenas
    t = engine.translate("Find the number of gigs happened in the arena with the highest capacity.")
    assert t.sql is None or sorted_rows(sa_engine, t.sql) == [(2,)], t.sql


@pytest.fixture(scope="module")
def tills(tmp_path_factory):
    return engine_from_statements(
        tmp_path_factory,
        "tills",
        [
            "CREATE TABLE shops (id INTEGER PRIMARY KEY, name TEXT)",
            "CREATE TABLE sales (id INTEGER PRIMARY KEY, shop_id INTEGER REFERENCES shops(id), till_no TEXT,"
            " payment TEXT, sold DATE)",
            "CREATE TABLE sale_lines (id INTEGER PRIMARY KEY, sale_id INTEGER REFERENCES sales(id), item TEXT,"
            " quantity INTEGER, unit_price NUMERIC)",
            "INSERT INTO shops VALUES (1,'Leeds'),(2,'York')",
            "INSERT INTO sales VALUES (1,1,'T1','CASH','2024-01-02'),(2,1,'T2','CARD','2024-01-03'),"
            "(3,2,'T1','CARD','2024-02-01'),(4,2,'T2','CASH','2024-02-02'),(5,1,'T1','CARD','2024-03-03')",
            "INSERT INTO sale_lines VALUES (1,1,'bun',2,1.5),(2,2,'loaf',1,3),(3,3,'bun',4,1.5),(4,4,'cake',1,9),"
            "(5,5,'loaf',2,3)",
            "CREATE TABLE drivers (id INTEGER PRIMARY KEY, shop_id INTEGER REFERENCES shops(id), van_type TEXT)",
            "INSERT INTO drivers VALUES (1,1,'small'),(2,2,'large')",
        ],
    )


def test_a_column_word_before_the_rows_noun_splits_nothing(tills):
    # "till sales": which sales (those at the tills), not a share for each till number
    _, engine = tills
    t = engine.translate("What percentage of till sales were paid in cash in 2024?")
    assert t.sql is None or "GROUP BY" not in t.sql.upper(), t.sql


# a table's noun then "count" is the count of its rows; a class word after a column of a few values names them
COUNTS = [
    ("sale count", [(5,)]),
    ("sales count per shop", [("Leeds", 3), ("York", 2)]),
    ("sales count by payment type", [("CARD", 3), ("CASH", 2)]),
]


@pytest.mark.parametrize(("question", "expected"), COUNTS)
def test_a_noun_count_and_a_class_word_after_a_column(tills, question, expected):
    sa_engine, engine = tills
    t = engine.translate(question)
    assert t.sql, (t.error, t.clarification)
    assert sorted_rows(sa_engine, t.sql) == expected, t.sql
