"""Question words read as terse schema names, on a made-up pottery works.

A dictionary word is spelt right, so it is read only as a name that shortens it by the strict rule (its opening
letters, then consonants of it: "mntc" for maintenance) and is no word or unit symbol of its own, never as a name
whose letters lie scattered over it. Of several names a word may abbreviate, the one spelling its opening letters
wins ("cert" for certificates beside "crtf"). A compound name whose first part is a word rare in English text
("temp" in ``temp_logs``) is spelt out by a question word that opens with it ("temperature logs"); an everyday word
("bed") is no such part. Each such reading is a weak ("fuzzy") link: the score drops below an exact one.
"""

from __future__ import annotations

import pytest

from .conftest import engine_from_statements

POTTERY = [
    "CREATE TABLE kilns (id INTEGER PRIMARY KEY, kiln_nm TEXT, fitted_dt DATE, max_temp INTEGER)",
    "CREATE TABLE temp_logs (id INTEGER PRIMARY KEY, kiln_id INTEGER REFERENCES kilns(id), log_dt DATE,"
    " peak_c INTEGER, dur_min INTEGER)",
    "CREATE TABLE bed_nights (id INTEGER PRIMARY KEY, guest_nm TEXT, night_dt DATE)",
    "CREATE TABLE mntc_visits (id INTEGER PRIMARY KEY, kiln_id INTEGER REFERENCES kilns(id), opened_dt DATE,"
    " closed_dt DATE, parts_cost NUMERIC, labour_min INTEGER)",
    "CREATE TABLE kiln_certs (id INTEGER PRIMARY KEY, kiln_id INTEGER REFERENCES kilns(id), cert_ref TEXT,"
    " crtf_dt DATE)",
    "INSERT INTO kilns VALUES (1,'Big Anna','2019-04-01',1300),(2,'Little Bo','2021-06-12',1250),"
    "(3,'Crow','2022-01-09',1280)",
    "INSERT INTO temp_logs VALUES (1,1,'2024-01-03',1220,480),(2,1,'2024-01-09',1280,520),"
    "(3,2,'2024-02-11',1190,400),(4,3,'2024-03-02',1240,450)",
    "INSERT INTO bed_nights VALUES (1,'Ann','2024-01-03'),(2,'Bo','2024-01-04')",
    "INSERT INTO mntc_visits VALUES (1,1,'2024-01-05','2024-01-07',120,90),(2,2,'2024-02-01',NULL,80,30),"
    "(3,1,'2024-03-10',NULL,40,45)",
    "INSERT INTO kiln_certs VALUES (1,1,'C-1','2024-01-04'),(2,2,'C-2','2024-02-12')",
]


@pytest.fixture(scope="module")
def pottery(tmp_path_factory):
    return engine_from_statements(tmp_path_factory, "pottery", POTTERY)[1]


READS = [
    # question, read as, a part the SQL holds
    ("how many maintenance visits are there", "mntc visits", '"mntc_visits"'),  # not the "min" of labour_min
    ("how many temperature logs are there", "temp logs", '"temp_logs"'),  # the compound spelt out
]


@pytest.mark.parametrize(("question", "read_as", "part"), READS)
def test_word_reads_the_name_that_shortens_it(pottery, question, read_as, part):
    t = pottery.translate(question)
    assert t.sql is not None and part in t.sql and "COUNT(*)" in t.sql, t.sql
    assert any(link.read_as == read_as and link.source == "fuzzy" for link in t.links), t.links
    assert t.score.value < 1.0  # a shortened name is a weak link


NOT_READ = [
    # a dictionary word is no scattered-letter abbreviation, nor a unit symbol's: "mission" is no "min"
    ("total mission minutes", "min"),
    # nor an everyday word of its own, even as the first part of a compound: "bedroom" is no shortened "bed"
    ("how many bedroom nights are there", "bed nights"),
    # the name spelling the word's opening letters, not the one whose letters lie over it
    ("list the certificates", "crtf"),
]


@pytest.mark.parametrize(("question", "not_read_as"), NOT_READ)
def test_dictionary_word_is_not_respelt(pottery, question, not_read_as):
    t = pottery.translate(question)
    assert not any(link.read_as == not_read_as for link in t.links), t.links


def test_unfinished_probe_leaves_the_date_unread(pottery):
    # "their last temperature log after the fitted date": no first/last ranking by a date of another table, so
    # the fitted date stays a word the reading dropped, and the engine does not answer as if it had used it
    t = pottery.translate("how many kilns had their last temperature log after the fitted date")
    assert t.sql is None or t.score.value < 0.8
