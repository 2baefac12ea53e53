"""Short names read as their words, and statements whose shape shows a misreading, table-driven on a made-up
physiotherapy practice with terse names (issue #13, precision on schemas the engine was never tuned on):

- a singular question word is read against a short name written in the plural ("patient" for ``pts`` beside
  ``pt_no``), and a word read as a short name is no verb ("therapist in 2025" dates the sessions, not the
  therapist's start);
- a short name's other part is never a function word ("referrals by specialty" spells no ``ref_by``), and a
  past participle naming a column of the rows ("horses that were sold", ``sold_yn``) is that column's, not a
  transfer recorded by a related table of dated sums;
- ``fst_nm``/``lst_nm`` are a person's first and last name; "containing both" matches no text 'both';
- the engine asks or declines, never answers, when the statement groups by the column it sums, sums or averages
  a key or (no share asked) a yes/no flag, tests one column against bounds nothing passes, reads a code from the
  initials of ordinary words on a table far from the rows, or leaves out a word it read as a short name, an
  item listed "along with" the first, or the noun after "what".

Each case checks what matters; the controls of the same shapes are still answered right."""

from __future__ import annotations

import pytest
import sqlglot

from datachat.nl2sql.shape import contradictions, grouped_measures, odd_measures

from .conftest import engine_from_statements

_PHYSIO = [
    "CREATE TABLE clinic (id INTEGER PRIMARY KEY, clinic_nm TEXT NOT NULL, town TEXT NOT NULL, typ_cd TEXT NOT NULL)",
    "CREATE TABLE thrp (id INTEGER PRIMARY KEY, fst_nm TEXT NOT NULL, lst_nm TEXT NOT NULL,"
    " clinic_id INTEGER REFERENCES clinic(id), start_dt DATE NOT NULL, adv_amt REAL NOT NULL)",
    "CREATE TABLE pts (id INTEGER PRIMARY KEY, pt_no TEXT NOT NULL, fname TEXT NOT NULL, sname TEXT NOT NULL,"
    " dob DATE NOT NULL, clinic_id INTEGER REFERENCES clinic(id))",
    "CREATE TABLE sess (id INTEGER PRIMARY KEY, pt_id INTEGER REFERENCES pts(id), thrp_id INTEGER REFERENCES"
    " thrp(id), sess_dt DATE NOT NULL, mins INTEGER NOT NULL, fee_amt REAL NOT NULL, paid_flg INTEGER NOT NULL)",
    "CREATE TABLE pmt (id INTEGER PRIMARY KEY, sess_id INTEGER REFERENCES sess(id), pay_dt DATE NOT NULL,"
    " amt REAL NOT NULL, mthd TEXT NOT NULL)",
    "CREATE TABLE refs (id INTEGER PRIMARY KEY, pt_id INTEGER REFERENCES pts(id), ref_by INTEGER REFERENCES"
    " thrp(id), spec TEXT NOT NULL, ref_dt DATE NOT NULL)",
    "CREATE TABLE notes (id INTEGER PRIMARY KEY, pt_id INTEGER REFERENCES pts(id), note_txt TEXT NOT NULL)",
    "CREATE TABLE kit (id INTEGER PRIMARY KEY, kit_nm TEXT NOT NULL, discarded_yn INTEGER NOT NULL)",
    "CREATE TABLE kit_hire (id INTEGER PRIMARY KEY, kit_id INTEGER REFERENCES kit(id), pt_id INTEGER REFERENCES"
    " pts(id), hire_dt DATE NOT NULL, fee_amt REAL NOT NULL)",
    "INSERT INTO clinic VALUES (1,'Kirkgate','Leeds','NHS'),(2,'Moor Lane','York','PVT'),(3,'Quay','Hull','NHS')",
    "INSERT INTO thrp VALUES (1,'Ada','Hume',1,'2019-03-01',500),(2,'Bo','Lund',1,'2025-02-01',250),"
    "(3,'Cy','Marsh',2,'2021-06-01',0),(4,'Di','North',3,'2022-09-01',750)",
    "INSERT INTO pts VALUES (1,'P1','Eve','Ash','1950-04-02',1),(2,'P2','Fin','Birch','1988-07-12',1),"
    "(3,'P3','Gus','Cole','2001-01-30',2),(4,'P4','Hal','Dale','1975-11-05',3),(5,'P5','Ivy','Eden','1999-05-20',2)",
    "INSERT INTO sess VALUES (1,1,1,'2024-03-01',45,60,1),(2,1,1,'2025-01-10',30,40,1),(3,2,2,'2025-03-03',60,80,0),"
    "(4,3,3,'2025-04-04',45,60,1),(5,4,4,'2024-05-05',30,40,1),(6,5,3,'2025-06-06',90,120,0),"
    "(7,2,1,'2025-07-07',45,60,1),(8,4,4,'2025-08-08',20,30,1)",
    "INSERT INTO pmt VALUES (1,1,'2024-03-01',60,'CARD'),(2,2,'2025-01-10',40,'CASH'),(3,4,'2025-04-04',60,'CC'),"
    "(4,5,'2024-05-05',40,'CARD'),(5,7,'2025-07-07',60,'CC'),(6,8,'2025-08-08',30,'CASH')",
    "INSERT INTO refs VALUES (1,1,1,'ORTH','2024-04-01'),(2,2,2,'NEURO','2025-03-10'),(3,3,3,'ORTH','2025-04-10'),"
    "(4,4,4,'SPORT','2024-06-01'),(5,5,3,'ORTH','2025-06-10')",
    "INSERT INTO notes VALUES (1,1,'knee'),(2,1,'hip'),(3,2,'knee'),(4,3,'hip'),(5,4,'back')",
    "INSERT INTO kit VALUES (1,'Crutches',0),(2,'TENS unit',1),(3,'Knee brace',0),(4,'Wobble board',1)",
    "INSERT INTO kit_hire VALUES (1,1,1,'2024-02-01',10),(2,2,2,'2024-03-01',15),(3,3,4,'2025-01-01',8),"
    "(4,4,5,'2025-02-01',12),(5,1,3,'2025-05-01',10)",
]


@pytest.fixture(scope="module")
def physio(tmp_path_factory):
    return engine_from_statements(tmp_path_factory, "physio_practice", _PHYSIO)[1]


READ = [
    # (question, what the answer must hold): answered, each word read
    ("Who is our youngest patient?", ('"fname"', '"sname"', 'ORDER BY "dob" DESC', "LIMIT 1")),
    ("Number of sessions for each therapist in 2025", ('"sess_dt" >=', '"fst_nm"', '"lst_nm"')),
    ("List our therapists", ('"fst_nm"', '"lst_nm"')),
]


@pytest.mark.parametrize(("question", "needed"), READ)
def test_short_names_are_read_as_their_words(physio, question, needed):
    t = physio.translate(question)
    assert t.sql, (t.error, t.clarification)
    for part in needed:
        assert part in t.sql, t.sql
    assert '"start_dt"' not in t.sql, t.sql


def _stable(flag: str) -> list[str]:
    return [
        f"CREATE TABLE horses (horse_id INTEGER PRIMARY KEY, owner_id INTEGER, {flag} TEXT NOT NULL, name TEXT,"
        " age TEXT, weight TEXT, date_arrived DATETIME)",
        "CREATE TABLE vet_visits (visit_id INTEGER PRIMARY KEY, horse_id INTEGER REFERENCES horses(horse_id),"
        " date_of_visit DATETIME, cost_of_visit DECIMAL(19,4))",
        "INSERT INTO horses VALUES (1,1,'0','Ash','3','400','2020-01-01'),(2,2,'1','Bay','4','420','2020-02-01'),"
        "(3,1,'0','Cob','2','380','2021-01-01'),(4,3,'1','Dun','5','450','2022-01-01')",
        "INSERT INTO vet_visits VALUES (1,1,'2024-02-01',10),(2,2,'2024-03-01',15),(3,3,'2025-01-01',8)",
    ]


@pytest.mark.parametrize(("flag", "verb"), [("sold_yn", "sold"), ("donated_yn", "donated"), ("lost_yn", "lost")])
def test_a_participle_naming_a_column_of_the_rows_is_no_transfer(tmp_path_factory, flag, verb):
    engine = engine_from_statements(tmp_path_factory, "stable", _stable(flag))[1]
    t = engine.translate(f"name, age and weight of the horses that were {verb}")
    assert not t.sql or "vet_visits" not in t.sql, t.sql


NOT_MISREAD = [
    # (question, what an answer must not hold: the misreading), answered or not
    ("referrals by specialty", ("AVG(", '"ref_by"')),
    ("patients containing both a note saying knee and one saying hip", ("'%both%'",)),
    ("Which clinics are currently closed?", ("'CC'",)),
    ("Total advances paid per clinic", ('"amt"', '"fee_amt"')),
    ("clinics in Leeds and what type they are", ()),
    ("each therapist's name along with the clinic they work at", ()),
    ("total payments by payment method", ()),
    ("towns that have both a session longer than 60 minutes and one shorter than 30 minutes", ()),
]


@pytest.mark.parametrize(("question", "wrong"), NOT_MISREAD)
def test_a_misreading_is_never_the_answer(physio, question, wrong):
    t = physio.translate(question)
    if not t.sql:
        assert t.clarification is not None or t.error
        return
    for part in wrong:
        assert part not in t.sql, t.sql
    tree = sqlglot.parse_one(t.sql, read="sqlite")
    assert grouped_measures(tree) == () and contradictions(tree) == (), t.sql
    assert odd_measures(tree, physio.schema, physio.values, {w.lower() for w in question.split()}) == (), t.sql
    if "type" in question:
        assert '"typ_cd"' in t.sql, t.sql
    if "along with" in question:
        assert '"clinic_nm"' in t.sql, t.sql


def test_odd_measures_are_keys_and_flags_averaged_with_no_share_asked(physio):
    def odd(sql, words):
        return odd_measures(sqlglot.parse_one(sql), physio.schema, physio.values, words)

    assert odd("SELECT AVG(ref_by) FROM refs", {"referrals"}) == ("ref_by",)
    assert odd("SELECT AVG(paid_flg) FROM sess", {"total", "value"}) == ("paid_flg",)
    assert odd("SELECT AVG(paid_flg) FROM sess", {"share", "paid"}) == ()
    assert odd("SELECT SUM(fee_amt) FROM sess", {"total"}) == ()


CONTROLS = [
    # the same shapes read right: answered
    ("How many patients are there?", 'SELECT COUNT(*) AS "number_of_pts" FROM "pts"'),
    ("total payments by mthd", None),
    ("Which clinics are in Leeds?", None),
]


@pytest.mark.parametrize(("question", "expected"), CONTROLS)
def test_the_same_shapes_read_right_are_answered(physio, question, expected):
    t = physio.translate(question)
    assert t.sql, (t.error, t.clarification)
    if expected:
        assert t.sql == expected


def test_a_key_kept_in_its_own_rows_tests_one_row_of_what_it_references(physio):
    """Both sides hold a column of the row the key's row references to two values: no row passes. Over a table
    with several rows per key row (a patient's sessions), two values are two rows, and the test is sound."""
    one = (
        "SELECT sess.sess_dt FROM sess JOIN pts ON sess.pt_id = pts.id WHERE pts.fname = 'Eve' AND sess.id IN "
        "(SELECT sess.id FROM sess JOIN pts ON sess.pt_id = pts.id WHERE pts.fname = 'Fin')"
    )
    many = (
        "SELECT pts.fname FROM pts JOIN sess ON sess.pt_id = pts.id WHERE sess.mins = 30 AND pts.id IN "
        "(SELECT pts.id FROM pts JOIN sess ON sess.pt_id = pts.id WHERE sess.mins = 45)"
    )
    assert contradictions(sqlglot.parse_one(one, read="sqlite"), physio.planner) == ("fname",)
    assert contradictions(sqlglot.parse_one(many, read="sqlite"), physio.planner) == ()


_STUDIOS = [
    "CREATE TABLE studios (id INTEGER PRIMARY KEY, studio_nm TEXT NOT NULL, hq_town TEXT NOT NULL)",
    "CREATE TABLE bookings (id INTEGER PRIMARY KEY, studio_id INTEGER REFERENCES studios(id), bkg_dt DATE NOT NULL,"
    " fee_amt REAL NOT NULL)",
    "INSERT INTO studios VALUES (1,'Blue Room','Leeds'),(2,'Red Barn','York'),(3,'Loft','Leeds')",
    "INSERT INTO bookings VALUES (1,1,'2024-01-01',100),(2,2,'2024-02-01',80)",
]


def test_a_verb_a_column_of_the_rows_abbreviates_is_no_transfer(tmp_path_factory):
    """ "headquartered in Leeds" on a table with ``hq_town``: where the rows themselves are, not the studios that
    have a booking (WordNet files "headquarter" among verbs of possession)."""
    engine = engine_from_statements(tmp_path_factory, "studios", _STUDIOS)[1]
    t = engine.translate("Which studios are headquartered in Leeds?")
    assert not t.sql or "bookings" not in t.sql, t.sql
