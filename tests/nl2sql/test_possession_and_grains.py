"""Having a thing a yes/no column names, "via" a value, phrasal plurals ("check-ins"), the grain of a date the
question names, a share of rows against a stored percentage, and a value said of other rows than the ones
joined to it (a made-up group of campsites)."""

from __future__ import annotations

import pytest

from .conftest import engine_from_statements, sorted_rows


@pytest.fixture(scope="module")
def camps(tmp_path_factory):
    return engine_from_statements(
        tmp_path_factory,
        "camps",
        [
            "CREATE TABLE countries (id INTEGER PRIMARY KEY, name TEXT)",
            "CREATE TABLE sites (id INTEGER PRIMARY KEY, name TEXT, country_id INTEGER REFERENCES countries(id),"
            " has_shop TEXT)",
            "CREATE TABLE pitches (id INTEGER PRIMARY KEY, site_id INTEGER REFERENCES sites(id), pitch_no TEXT,"
            " hookup TEXT, rate NUMERIC)",
            "CREATE TABLE agents (id INTEGER PRIMARY KEY, name TEXT, fee_pct NUMERIC)",
            "CREATE TABLE campers (id INTEGER PRIMARY KEY, first_name TEXT, surname TEXT,"
            " country_id INTEGER REFERENCES countries(id), exmpt_flg INTEGER)",
            "CREATE TABLE gear (id INTEGER PRIMARY KEY, name TEXT, kind TEXT)",
            "CREATE TABLE hires (id INTEGER PRIMARY KEY, gear_id INTEGER REFERENCES gear(id), status TEXT)",
            "CREATE TABLE stays (id INTEGER PRIMARY KEY, camper_id INTEGER REFERENCES campers(id),"
            " pitch_id INTEGER REFERENCES pitches(id), agent_id INTEGER REFERENCES agents(id), booked_on DATE,"
            " check_in DATE, nights INTEGER)",
            "INSERT INTO countries VALUES (1,'France'),(2,'Spain'),(3,'Italy')",
            "INSERT INTO sites VALUES (1,'Les Pins',1,'Y'),(2,'El Mar',2,'N'),(3,'Il Lago',3,'Y')",
            "INSERT INTO pitches VALUES (1,1,'A1','Y',30),(2,1,'A2','N',20),(3,2,'B1','Y',25),(4,3,'C1','N',18),"
            "(5,3,'C2','Y',28)",
            "INSERT INTO agents VALUES (1,'Pitchup',12),(2,'Direct',0)",
            "INSERT INTO campers VALUES (1,'Ana','Roig',2,1),(2,'Ben','Hart',1,0),(3,'Cleo','Vos',3,0),"
            "(4,'Dan','Lee',2,1)",
            # kinds of gear coded like a state: 'CMP' is camping gear, never "completed"
            "INSERT INTO gear VALUES (1,'Tent','CMP'),(2,'Kayak','WTR'),(3,'Stove','CMP'),(4,'Paddle','WTR'),"
            "(5,'Lamp','LGT')",
            "INSERT INTO hires VALUES (1,1,'D'),(2,2,'D'),(3,3,'X'),(4,1,'D')",
            "INSERT INTO stays VALUES (1,1,1,1,'2024-01-10','2024-05-03',3),(2,2,3,2,'2024-02-01','2024-05-03',2),"
            "(3,3,4,1,'2024-03-05','2024-06-10',4),(4,4,2,1,'2024-04-01','2024-05-20',1),"
            "(5,1,5,2,'2024-05-01','2024-07-01',5),(6,2,1,1,'2024-06-01','2024-07-15',2)",
        ],
    )


# (question, SQL the answer must return the rows of)
READINGS = [
    # "have a"/"with a"/"without a" the thing a yes/no column names: its yes or its no
    ("sites with a shop", "SELECT name FROM sites WHERE has_shop = 'Y'"),
    ("which sites have a shop", "SELECT name FROM sites WHERE has_shop = 'Y'"),
    ("how many pitches don't have a hookup", "SELECT COUNT(*) FROM pitches WHERE hookup = 'N'"),
    ("pitches without a hookup", "SELECT pitch_no FROM pitches WHERE hookup = 'N'"),
    ("which pitches have hookup", "SELECT pitch_no FROM pitches WHERE hookup = 'Y'"),
    # "via" leads a value like "through" does
    ("number of stays via Pitchup", "SELECT COUNT(*) FROM stays WHERE agent_id = 1"),
    # a phrasal noun's plural ("check-ins") names the check_in column; each row's check-in is one event
    ("how many check-ins in May 2024", "SELECT COUNT(*) FROM stays WHERE check_in BETWEEN '2024-05-01' AND"
     " '2024-05-31'"),
    # the grain of the date named, not of the default date, nor the raw date
    ("stays by check-in month", "SELECT strftime('%Y-%m', check_in), COUNT(*) FROM stays GROUP BY 1"),
    ("number of stays per month of check in", "SELECT strftime('%Y-%m', check_in), COUNT(*) FROM stays GROUP BY 1"),
    # "percentage of <rows>": a share of the rows, not the agents' stored fee percentage
    ("what percentage of stays were booked through Pitchup", "SELECT 100.0 * SUM(agent_id = 1) / COUNT(*) FROM stays"),
    # an adjective after the rows' noun with its complement: the yes/no column it names
    ("number of campers exempt from site fees", "SELECT COUNT(*) FROM campers WHERE exmpt_flg = 1"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "expected"), READINGS)
def test_the_reading_keeps_what_was_said(camps, question, expected):
    sa_engine, engine = camps
    t = engine.translate(question)
    assert t.sql, (t.error, t.clarification)
    assert sorted_rows(sa_engine, t.sql) == sorted_rows(sa_engine, expected), t.sql


def test_a_participle_is_no_code_of_other_rows(camps):
    # "completed hires" says a state of the hires: the gear's kind 'CMP' is not read for it
    _, engine = camps
    t = engine.translate("how many completed hires")
    assert t.sql is None or "CMP" not in t.sql, t.sql


def test_a_value_said_of_other_rows_than_those_joined_is_not_answered(camps):
    # the campers' own country would be joined (and the sites through it); the question places it on the sites
    _, engine = camps
    t = engine.translate("how many campers stayed at sites in France")
    assert t.sql is None, t.sql
