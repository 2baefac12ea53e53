"""Question words read as terse schema names, on a made-up pottery works.

A dictionary word is spelt right, so it is read only as a name that shortens it by the strict rule (its opening
letters, then consonants of it: "maint" for maintenance) and is no word of its own, never as a name whose letters
lie scattered over it ("mn" or "min" for maintenance). Of several names a word may abbreviate, the one spelling
its opening letters wins ("insp" for inspections beside "inst"). A compound name whose first part is a word
("pot" in ``pot_sales``) is spelt out by a question word that opens with it ("pottery sales"), even beside a table
of its own named by that word. Each such reading is a weak ("fuzzy") link: the score drops below an exact one.
"""

from __future__ import annotations

import pytest

from .conftest import engine_from_statements

POTTERY = [
    "CREATE TABLE kilns (id INTEGER PRIMARY KEY, kiln_nm TEXT, inst_dt DATE, max_temp INTEGER)",
    "CREATE TABLE pots (id INTEGER PRIMARY KEY, pot_nm TEXT, pot_cat TEXT)",
    "CREATE TABLE pot_sales (id INTEGER PRIMARY KEY, pot_id INTEGER REFERENCES pots(id), kiln_id INTEGER"
    " REFERENCES kilns(id), sale_dt DATE, price NUMERIC, dur_min INTEGER)",
    "CREATE TABLE maint_jobs (id INTEGER PRIMARY KEY, kiln_id INTEGER REFERENCES kilns(id), opened_dt DATE,"
    " closed_dt DATE, parts_cost NUMERIC, labour_min INTEGER)",
    "CREATE TABLE qc_insp (id INTEGER PRIMARY KEY, kiln_id INTEGER REFERENCES kilns(id), insp_dt DATE, flaws INTEGER)",
    "INSERT INTO kilns VALUES (1,'Big Anna','2019-04-01',1300),(2,'Little Bo','2021-06-12',1250),"
    "(3,'Crow','2022-01-09',1280)",
    "INSERT INTO pots VALUES (1,'Jug','LOW'),(2,'Bowl','HIGH')",
    "INSERT INTO pot_sales VALUES (1,1,1,'2024-01-03',12,48),(2,1,1,'2024-01-09',15,52),"
    "(3,2,2,'2024-02-11',9,40),(4,2,3,'2024-03-02',11,45)",
    "INSERT INTO maint_jobs VALUES (1,1,'2024-01-05','2024-01-07',120,90),(2,2,'2024-02-01',NULL,80,30),"
    "(3,1,'2024-03-10',NULL,40,45)",
    "INSERT INTO qc_insp VALUES (1,1,'2024-01-04',2),(2,1,'2024-01-10',0),(3,2,'2024-02-12',5),(4,3,'2024-03-03',1)",
]


@pytest.fixture(scope="module")
def pottery(tmp_path_factory):
    return engine_from_statements(tmp_path_factory, "pottery", POTTERY)[1]


READS = [
    # question, read as, a part the SQL holds
    ("how many maintenance jobs are there", "maint jobs", '"maint_jobs"'),  # not the "min" of labour_min
    ("how many inspections are there", "insp", '"qc_insp"'),  # opening letters, not "inst" of inst_dt
    ("how many pottery sales are there", "pot sales", '"pot_sales"'),  # the compound, not the pots table
]


@pytest.mark.parametrize(("question", "read_as", "part"), READS)
def test_word_reads_the_name_that_shortens_it(pottery, question, read_as, part):
    t = pottery.translate(question)
    assert t.sql is not None and part in t.sql and "COUNT(*)" in t.sql, t.sql
    assert any(link.read_as == read_as and link.source == "fuzzy" for link in t.links), t.links
    assert t.score.value < 1.0  # a shortened name is a weak link


NOT_READ = [
    # a dictionary word is no scattered-letter abbreviation: "mission" is not the "min" of a minutes column
    ("total mission minutes", "min"),
    # nor a shorter word of its own: "potatoes" is no shortened "pot"
    ("how many potatoes are there", "pot"),
]


@pytest.mark.parametrize(("question", "not_read_as"), NOT_READ)
def test_dictionary_word_is_not_respelt(pottery, question, not_read_as):
    t = pottery.translate(question)
    assert not any(link.read_as == not_read_as for link in t.links), t.links


def test_unfinished_probe_leaves_the_date_unread(pottery):
    # "their last pottery sale after the closing date": no first/last ranking by a date of another table, so
    # the closing date stays a word the reading dropped, and the engine does not answer as if it had used it
    t = pottery.translate("how many kilns had their last pottery sale after the install date")
    assert t.sql is None or t.score.value < 0.8
