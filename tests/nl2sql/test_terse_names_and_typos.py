"""Short names beside stored values and other short names, and a misspelt opening word (a made-up terse-named
chess league)."""

from __future__ import annotations

import pytest

from .conftest import engine_from_statements, sorted_rows


@pytest.fixture(scope="module")
def chess(tmp_path_factory):
    return engine_from_statements(
        tmp_path_factory,
        "chess",
        [
            "CREATE TABLE ctry (ctry_cd TEXT PRIMARY KEY, ctry_nm TEXT)",
            "CREATE TABLE evt (evt_id INTEGER PRIMARY KEY, evt_nm TEXT, orgnsr TEXT)",
            "CREATE TABLE clb (clb_id INTEGER PRIMARY KEY, clb_nm TEXT, ctry_cd TEXT REFERENCES ctry(ctry_cd),"
            " hm_cty TEXT)",
            "CREATE TABLE mbr (mbr_id INTEGER PRIMARY KEY, mbr_nm TEXT, clb_id INTEGER REFERENCES clb(clb_id),"
            " ctry_cd TEXT REFERENCES ctry(ctry_cd), evt_id INTEGER REFERENCES evt(evt_id))",
            "CREATE TABLE clb_dl (dl_id INTEGER PRIMARY KEY, clb_id INTEGER REFERENCES clb(clb_id), dl_amt NUMERIC)",
            "INSERT INTO ctry VALUES ('NO','Norway'),('IN','India'),('PE','Peru')",
            # an organiser whose name holds the everyday word "events": a value's word, said alone, is no value
            "INSERT INTO evt VALUES (1,'Fjord Open','Nordic Events'),(2,'Ganges Cup','Delhi Chess'),"
            "(3,'Andes Blitz','Lima Club')",
            "INSERT INTO clb VALUES (1,'Knights','NO','Bergen'),(2,'Rooks','IN','Pune')",
            "INSERT INTO clb_dl VALUES (1,1,500)",
            "INSERT INTO mbr VALUES (1,'Ola',1,'NO',1),(2,'Ravi',2,'IN',2),(3,'Ana',2,'IN',2),(4,'Tor',1,'NO',1),"
            "(5,'Mia',1,'IN',1)",
        ],
    )


READINGS = [
    # "events" shortens to ``evt`` although the data holds it inside 'Nordic Events'
    ("number of members for each event", "SELECT e.evt_nm, COUNT(*) FROM mbr m JOIN evt e ON e.evt_id = m.evt_id"
     " GROUP BY e.evt_id"),
    # "country": ``ctry`` keeps every letter ``cty`` has and one more; its columns and references are the table
    ("members by country", "SELECT c.ctry_nm, COUNT(*) FROM mbr m JOIN ctry c ON c.ctry_cd = m.ctry_cd"
     " GROUP BY c.ctry_cd"),
    ("which countries have no clubs", "SELECT ctry_nm FROM ctry WHERE ctry_cd NOT IN (SELECT ctry_cd FROM clb)"),
    # a two-letter head of a table's name no dictionary knows names the table ("deals" of ``clb_dl``)
    ("which clubs have no deals", "SELECT clb_nm FROM clb WHERE clb_id NOT IN (SELECT clb_id FROM clb_dl)"),
    # a misspelt opening word is the question word it is closest to
    ("wich clubs are in Norway", "SELECT clb_nm FROM clb WHERE ctry_cd = 'NO'"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "expected"), READINGS)
def test_short_names_and_typos_are_read(chess, question, expected):
    sa_engine, engine = chess
    t = engine.translate(question)
    assert t.sql, (t.error, t.clarification)
    assert sorted_rows(sa_engine, t.sql) == sorted_rows(sa_engine, expected), t.sql
