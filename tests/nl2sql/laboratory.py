"""A made-up independent pathology laboratory in Bristol that tests blood, urine and swab samples for GP practices,
private clinics and occupational health services, written by someone who had not seen the engine's rules: the
``laboratory`` dev set's database, named the terse way an old laboratory information system would name it.

Ten tables with foreign keys. ``prac`` are the referring practices (a ``prac_cd``, ``prac_nm``, ``prac_typ`` 'GP'
NHS surgery, 'PVT' private clinic or 'OCC' occupational health, ``town``, ``disc_pct`` the contract discount off list
price, ``cr_lmt`` the credit limit, empty for practices that pay up front, ``acct_sts`` 'A' active, 'H' on hold or 'C'
closed and ``opn_dt`` when the account opened). ``dr`` are the requesting clinicians at a practice (``gmc_no``,
``fst_nm``, ``lst_nm``, ``role_cd`` 'GP', 'NP' nurse practitioner or 'CON' consultant, and ``actv_flg`` 'Y'/'N'
for whether they still request tests). ``pt`` are the patients (``mrn``, ``nhs_no`` empty for private patients
without one, ``fst_nm``, ``lst_nm``, ``dob``, ``sex`` 'M'/'F' and the ``prac_id`` they are registered with).
``tst_typ`` is the test catalogue (``tst_cd``, ``tst_nm``, ``dept`` 'HAEM', 'BIO', 'IMM' or 'MICRO', ``smp_typ``
the tube or container, ``unit_prc`` the current list price, ``tat_dys`` the turnaround target in days, the
reference range ``ref_lo`` / ``ref_hi`` and ``unit`` for numeric tests, each empty when it does not apply, and
``actv_flg`` 'Y'/'N' for whether it can still be ordered). ``anlz`` are the analysers (``anlz_cd``, ``mfr``,
``mdl``, ``dept``, ``inst_dt`` and ``sts`` 'A' in service, 'M' down for maintenance, 'V' being validated or 'R'
retired, with ``ret_dt`` the day a retired one went). ``calib`` are analyser calibration runs (``cal_dt``, reagent
``lot_no``, ``pass_flg`` 'Y'/'N', the ``tech`` who ran it and ``nxt_due`` the next one due). ``coll`` are sample
collections (``smp_no``, patient, ``coll_dt`` taken, ``rcv_dt`` received at the lab, ``coll_site`` 'S' at the
surgery, 'L' at the lab's own clinic or 'H' on a home visit, ``fast_flg`` 'Y'/'N' whether the patient fasted, and
``rej_cd`` why the lab rejected the sample: 'HAE' haemolysed, 'QNS' too little, 'LBL' labelling error or 'DLY' too
old on arrival, empty when accepted). ``tst_req`` are the test requests, one test on one sample (``req_no``, the
collection, the requesting ``dr_id``, the ``tst_id``, ``req_dt``, ``prio`` 'R' routine or 'U' urgent, ``sts`` 'P'
pending, 'C' complete or 'X' cancelled, ``prc`` the price charged and ``inv_id`` the invoice that billed it, empty
until billed). ``rslt`` are the reported results (the request, the ``anlz_id`` that ran it, empty for manual
microbiology reads, ``rslt_val`` for numeric tests, ``rslt_txt`` for culture and PCR findings, ``flg`` 'N' normal,
'H' high, 'L' low or 'A' abnormal finding, ``crit_flg`` 'Y'/'N' for a critical value phoned to the doctor,
``rpt_dt`` and the scientist ``auth_by`` who authorised it). ``inv`` are the monthly invoices to practices
(``inv_no``, ``prac_id``, ``inv_dt``, ``due_dt``, ``tot_amt``, ``pd_dt`` empty while unpaid and ``sts`` 'P' paid,
'O' outstanding or 'D' disputed). Rows come from a fixed seed, so every build holds the same rows; the full blood
count is ordered far more than any other test, two large GP practices send far more work than the rest, January is
the busy month and August the quiet one, vitamin D comes back low mostly in winter, the old chemistry analyser fails
its calibrations far more often than the rest, the newest practice has not sent a request yet, a new GP at Riverside
has never requested a test and December 2025's work is not yet invoiced.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_laboratory_database(pathlib.Path(tempfile.mkdtemp()) / "laboratory.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM tst_typ").fetchone()
    (20,)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_laboratory_database"]

_SCHEMA = """
CREATE TABLE prac (
    prac_id INTEGER PRIMARY KEY, prac_cd TEXT NOT NULL UNIQUE, prac_nm TEXT NOT NULL, prac_typ TEXT NOT NULL,
    town TEXT NOT NULL, disc_pct NUMERIC NOT NULL, cr_lmt NUMERIC, acct_sts TEXT NOT NULL, opn_dt DATE NOT NULL
);
CREATE TABLE dr (
    dr_id INTEGER PRIMARY KEY, prac_id INTEGER NOT NULL REFERENCES prac (prac_id), gmc_no TEXT NOT NULL UNIQUE,
    fst_nm TEXT NOT NULL, lst_nm TEXT NOT NULL, role_cd TEXT NOT NULL, actv_flg TEXT NOT NULL
);
CREATE TABLE pt (
    pt_id INTEGER PRIMARY KEY, mrn TEXT NOT NULL UNIQUE, nhs_no TEXT, fst_nm TEXT NOT NULL, lst_nm TEXT NOT NULL,
    dob DATE NOT NULL, sex TEXT NOT NULL, prac_id INTEGER NOT NULL REFERENCES prac (prac_id)
);
CREATE TABLE tst_typ (
    tst_id INTEGER PRIMARY KEY, tst_cd TEXT NOT NULL UNIQUE, tst_nm TEXT NOT NULL, dept TEXT NOT NULL,
    smp_typ TEXT NOT NULL, unit_prc NUMERIC NOT NULL, tat_dys INTEGER NOT NULL, ref_lo NUMERIC, ref_hi NUMERIC,
    unit TEXT, actv_flg TEXT NOT NULL
);
CREATE TABLE anlz (
    anlz_id INTEGER PRIMARY KEY, anlz_cd TEXT NOT NULL UNIQUE, mfr TEXT NOT NULL, mdl TEXT NOT NULL,
    dept TEXT NOT NULL, inst_dt DATE NOT NULL, sts TEXT NOT NULL, ret_dt DATE
);
CREATE TABLE calib (
    cal_id INTEGER PRIMARY KEY, anlz_id INTEGER NOT NULL REFERENCES anlz (anlz_id), cal_dt DATE NOT NULL,
    lot_no TEXT NOT NULL, pass_flg TEXT NOT NULL, tech TEXT NOT NULL, nxt_due DATE NOT NULL
);
CREATE TABLE coll (
    coll_id INTEGER PRIMARY KEY, smp_no TEXT NOT NULL UNIQUE, pt_id INTEGER NOT NULL REFERENCES pt (pt_id),
    coll_dt DATE NOT NULL, rcv_dt DATE NOT NULL, coll_site TEXT NOT NULL, fast_flg TEXT NOT NULL, rej_cd TEXT
);
CREATE TABLE inv (
    inv_id INTEGER PRIMARY KEY, inv_no TEXT NOT NULL UNIQUE, prac_id INTEGER NOT NULL REFERENCES prac (prac_id),
    inv_dt DATE NOT NULL, due_dt DATE NOT NULL, tot_amt NUMERIC NOT NULL, pd_dt DATE, sts TEXT NOT NULL
);
CREATE TABLE tst_req (
    req_id INTEGER PRIMARY KEY, req_no TEXT NOT NULL UNIQUE, coll_id INTEGER NOT NULL REFERENCES coll (coll_id),
    dr_id INTEGER NOT NULL REFERENCES dr (dr_id), tst_id INTEGER NOT NULL REFERENCES tst_typ (tst_id),
    req_dt DATE NOT NULL, prio TEXT NOT NULL, sts TEXT NOT NULL, prc NUMERIC NOT NULL,
    inv_id INTEGER REFERENCES inv (inv_id)
);
CREATE TABLE rslt (
    rslt_id INTEGER PRIMARY KEY, req_id INTEGER NOT NULL UNIQUE REFERENCES tst_req (req_id),
    anlz_id INTEGER REFERENCES anlz (anlz_id), rslt_val NUMERIC, rslt_txt TEXT, flg TEXT NOT NULL,
    crit_flg TEXT NOT NULL, rpt_dt DATE NOT NULL, auth_by TEXT NOT NULL
);
"""

#: code, name, type, town, discount %, credit limit, status, opened, share of patients
_PRACTICES = [
    ("RMC", "Riverside Medical Centre", "GP", "Bristol", 12, 40000, "A", "2009-04-01", 22),
    ("HFP", "Harbourside Family Practice", "GP", "Bristol", 10, 30000, "A", "2011-09-01", 15),
    ("KWS", "Kingsweston Surgery", "GP", "Bristol", 5, 12000, "A", "2014-02-01", 6),
    ("PHC", "Portishead Health Centre", "GP", "Portishead", 5, 15000, "A", "2012-06-01", 7),
    ("CRS", "Clevedon Road Surgery", "GP", "Clevedon", 5, 10000, "A", "2016-01-01", 5),
    ("KMP", "Keynsham Medical Practice", "GP", "Keynsham", 5, 12000, "A", "2013-03-01", 6),
    ("NGP", "Nailsea Group Practice", "GP", "Nailsea", 5, 10000, "H", "2015-10-01", 5),
    ("THC", "Thornbury Health Centre", "GP", "Thornbury", 5, 10000, "A", "2017-05-01", 4),
    ("YMC", "Yate Medical Centre", "GP", "Yate", 5, 12000, "A", "2018-01-01", 5),
    ("WPS", "Westbury Park Surgery", "GP", "Bristol", 0, 8000, "A", "2019-07-01", 3),
    ("BFP", "Bedminster Family Practice", "GP", "Bristol", 5, 10000, "A", "2016-11-01", 4),
    ("CVP", "Chew Valley Practice", "GP", "Chew Magna", 0, 6000, "C", "2015-04-01", 2),
    ("LAS", "Long Ashton Surgery", "GP", "Long Ashton", 0, 6000, "A", "2020-02-01", 2),
    ("CPC", "Clifton Private Clinic", "PVT", "Bristol", 0, None, "A", "2010-05-01", 4),
    ("WWC", "Whiteladies Wellness Clinic", "PVT", "Bristol", 0, None, "A", "2018-09-01", 3),
    ("RMN", "Redland Menopause Clinic", "PVT", "Bristol", 0, 5000, "A", "2021-03-01", 2),
    ("FSC", "Frenchay Sports Clinic", "PVT", "Bristol", 0, None, "A", "2024-03-01", 2),
    ("AOH", "Avonmouth Occupational Health", "OCC", "Avonmouth", 8, 15000, "A", "2012-01-01", 2),
    ("SWH", "Severnside Works Health", "OCC", "Severn Beach", 5, 8000, "A", "2019-05-01", 1),
    ("SGM", "Stoke Gifford Medical Centre", "GP", "Stoke Gifford", 5, 10000, "A", "2025-11-17", 0),
]
_CVP_CLOSED = dt.date(2024, 6, 28)

#: code, name, dept, sample, list price 2025, target days, ref low, ref high, unit, active,
#: popularity at a GP / private clinic / occupational health, chance of an abnormal value, mean, spread
_TESTS = [
    ("FBC", "Full blood count", "HAEM", "EDTA", 4.80, 1, 120, 170, "g/L", "Y", (60, 30, 40), 0.12, 140, 12),
    ("UE", "Urea and electrolytes", "BIO", "SST", 5.40, 1, 59, 104, "umol/L", "Y", (28, 10, 14), 0.14, 80, 11),
    ("LFT", "Liver function tests", "BIO", "SST", 6.20, 1, 7, 56, "U/L", "Y", (18, 10, 22), 0.13, 28, 9),
    ("LIP", "Lipid profile", "BIO", "SST", 7.90, 2, None, 5.0, "mmol/L", "Y", (14, 9, 8), 0.38, 4.6, 0.7),
    ("A1C", "HbA1c", "BIO", "EDTA", 9.60, 2, 20, 41, "mmol/mol", "Y", (15, 6, 4), 0.30, 36, 4),
    ("TSH", "Thyroid stimulating hormone", "IMM", "SST", 8.50, 2, 0.27, 4.2, "mU/L", "Y", (12, 10, 2), 0.10,
     1.9, 0.8),
    ("VITD", "Vitamin D", "IMM", "SST", 14.50, 5, 50, None, "nmol/L", "Y", (6, 18, 1), 0.30, 68, 14),
    ("FER", "Ferritin", "IMM", "SST", 7.30, 2, 30, 400, "ug/L", "Y", (9, 12, 1), 0.15, 120, 55),
    ("CRP", "C-reactive protein", "BIO", "SST", 5.70, 1, None, 5.0, "mg/L", "Y", (10, 4, 2), 0.25, 2.4, 1.1),
    ("PSA", "Prostate specific antigen", "IMM", "SST", 12.60, 3, None, 4.0, "ug/L", "Y", (4, 8, 1), 0.12, 1.6,
     0.7),
    ("B12", "Vitamin B12", "IMM", "SST", 9.90, 3, 197, 771, "ng/L", "Y", (6, 7, 1), 0.10, 420, 110),
    ("ESR", "Erythrocyte sedimentation rate", "HAEM", "EDTA", 3.90, 1, None, 20, "mm/hr", "Y", (5, 2, 1), 0.20, 9,
     4),
    ("INR", "Clotting screen (INR)", "HAEM", "CIT", 6.60, 1, 0.8, 1.2, "ratio", "Y", (4, 1, 0), 0.08, 1.0, 0.08),
    ("BONE", "Bone profile", "BIO", "SST", 6.50, 1, 2.2, 2.6, "mmol/L", "Y", (4, 3, 1), 0.10, 2.4, 0.07),
    ("UACR", "Urine albumin:creatinine ratio", "BIO", "URINE", 8.30, 2, None, 3.0, "mg/mmol", "Y", (3, 1, 0),
     0.22, 1.4, 0.6),
    ("UCUL", "Urine culture", "MICRO", "URINE", 11.20, 3, None, None, None, "Y", (8, 3, 1), 0.30, None, None),
    ("WSWB", "Wound swab culture", "MICRO", "SWAB", 13.60, 4, None, None, None, "Y", (3, 1, 3), 0.45, None, None),
    ("CTNG", "Chlamydia and gonorrhoea PCR", "MICRO", "SWAB", 18.40, 5, None, None, None, "Y", (2, 9, 0), 0.07,
     None, None),
    ("IGE", "Specific IgE allergy panel", "IMM", "SST", 42.00, 10, None, 0.35, "kU/L", "Y", (1, 3, 0), 0.40, 0.2,
     0.1),
    ("MONO", "Glandular fever screen", "HAEM", "EDTA", 7.10, 1, None, None, None, "N", (2, 1, 0), 0.15, None, None),
]  # fmt: skip
_MONO_WITHDRAWN = dt.date(2024, 3, 31)

#: code, maker, model, dept, installed, status, retired
_ANALYSERS = [
    ("HAEM1", "Sysmex", "XN-1000", "HAEM", "2019-06-10", "A", None),
    ("HAEM2", "Sysmex", "XN-550", "HAEM", "2016-02-22", "A", None),
    ("COAG1", "Stago", "STA Compact Max", "HAEM", "2018-09-03", "A", None),
    ("CHEM1", "Roche", "cobas c 503", "BIO", "2021-04-12", "A", None),
    ("CHEM2", "Roche", "cobas c 311", "BIO", "2012-11-05", "M", None),
    ("IMM1", "Roche", "cobas e 801", "IMM", "2021-04-12", "A", None),
    ("IMM2", "Abbott", "Architect i1000SR", "IMM", "2014-03-17", "R", "2024-08-30"),
    ("MIC1", "bioMerieux", "VITEK 2 Compact", "MICRO", "2017-01-09", "A", None),
    ("PCR1", "Hologic", "Panther", "MICRO", "2020-10-05", "A", None),
    ("CHEM3", "Roche", "cobas pure", "BIO", "2025-12-08", "V", None),
]
_CHEM2_DOWN = dt.date(2025, 10, 20)

_FIRST_F = ["Sarah", "Emma", "Claire", "Rachel", "Helen", "Laura", "Joanne", "Nicola", "Amy", "Rebecca", "Lucy",
            "Hannah", "Sophie", "Margaret", "Patricia", "Susan", "Jean", "Angela", "Priya", "Fatima", "Chloe",
            "Olivia", "Grace", "Megan", "Beverley", "Denise", "Karen", "Lisa"]  # fmt: skip
_FIRST_M = ["David", "James", "John", "Michael", "Paul", "Andrew", "Mark", "Richard", "Stephen", "Robert", "Peter",
            "Christopher", "Daniel", "Thomas", "Matthew", "Gareth", "Simon", "Ian", "Kevin", "Raj", "Mohammed",
            "Oliver", "Jack", "Harry", "Keith", "Graham", "Trevor", "Dean"]  # fmt: skip
_SURNAMES = ["Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Roberts",
             "Johnson", "Lewis", "Walker", "Robinson", "Wood", "Thompson", "White", "Watson", "Jackson", "Wright",
             "Green", "Harris", "Cooper", "King", "Lee", "Martin", "Clarke", "James", "Morgan", "Hughes",
             "Edwards", "Hill", "Moore", "Clark", "Harrison", "Scott", "Young", "Morris", "Hall", "Ward", "Turner",
             "Carter", "Phillips", "Mitchell", "Patel", "Adams", "Campbell", "Anderson", "Allen", "Cook", "Bailey",
             "Parker", "Miller", "Davis", "Murphy", "Price", "Bell", "Baker", "Griffiths", "Kelly", "Simpson",
             "Marshall", "Collins", "Bennett", "Cox", "Richardson", "Fox", "Gray", "Rose", "Chapman", "Hunt",
             "Robertson", "Shaw", "Reynolds", "Lloyd", "Ellis", "Richards", "Russell", "Wilkinson", "Khan",
             "Graham", "Stewart", "Reid", "Murray", "Powell", "Palmer", "Holmes", "Rogers", "Stevens", "Walsh",
             "Hunter", "Thomson", "Matthews", "Ross", "Owen", "Mason", "Knight", "Kennedy", "Butler", "Saunders",
             "Coles", "Sparkes", "Pople", "Tucker", "Hooper", "Vowles", "Pearce", "Gullick"]  # fmt: skip
_TECHS = ["Amanda Pike", "Gavin Rudd", "Nadia Qureshi", "Tom Heal", "Becky Sage"]
_SCIENTISTS = ["Dr Fiona Marsh", "Alan Bright", "Sunita Rao", "Chris Yeo", "Jo Penrose", "Mike Dunn"]
#: month weights: winter busy, a January peak, a quiet August
_MONTH_WEIGHT = {1: 1.75, 2: 1.2, 3: 1.15, 4: 1.0, 5: 1.0, 6: 0.95, 7: 0.85, 8: 0.6, 9: 1.0, 10: 1.05, 11: 1.1,
                 12: 0.8}  # fmt: skip
_START, _END = dt.date(2023, 1, 3), dt.date(2025, 12, 31)
_YEAR_FACTOR = {2023: 0.92, 2024: 0.96, 2025: 1.0}
_CULTURE_GROWTH = [
    "Escherichia coli isolated",
    "Staphylococcus aureus isolated",
    "Mixed growth",
    "Klebsiella pneumoniae isolated",
    "Proteus mirabilis isolated",
    "Enterococcus faecalis isolated",
]


def _weekday(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    """A Monday to Friday from ``start`` to ``end``, drawn with the seasonal month weights."""
    while True:
        day = random_day(rng, start, end)
        if day.weekday() >= 5 or (day.month == 12 and day.day in (25, 26)) or (day.month == 1 and day.day == 1):
            continue
        if rng.random() * 1.75 <= _MONTH_WEIGHT[day.month]:
            return day


def _next_working(day: dt.date, days: int) -> dt.date:
    """``days`` working days after ``day``."""
    while days > 0:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            days -= 1
    return day


def _value(rng: random.Random, test: tuple, day: dt.date) -> tuple[float, str, str]:
    """A numeric result for ``test`` on ``day`` with its flag and critical flag."""
    lo, hi, p_abn, mean, spread = test[6], test[7], test[11], test[12], test[13]
    if test[0] == "VITD":  # low in winter, fine in summer
        p_abn = 0.55 if day.month in (12, 1, 2, 3) else (0.08 if day.month in (6, 7, 8, 9) else 0.25)
    crit = "N"
    if rng.random() < p_abn:
        up = hi is not None and (lo is None or rng.random() < 0.6)
        if up:
            val = hi * rng.uniform(1.03, 1.6)
            if rng.random() < 0.08:
                val = hi * rng.uniform(2.2, 3.5)
                crit = "Y"
        else:
            val = lo * rng.uniform(0.45, 0.97)
            if rng.random() < 0.05:
                val = lo * rng.uniform(0.2, 0.4)
                crit = "Y"
    else:
        low = lo if lo is not None else 0.0
        top = hi if hi is not None else mean + 3 * spread
        for _ in range(20):
            val = rng.gauss(mean, spread)
            if low <= val <= top:
                break
        val = min(max(val, low), top)
    digits = 2 if (hi or lo or 10) < 10 else 0
    val = round(val, digits) if digits else float(round(val))
    flag = "H" if hi is not None and val > hi else ("L" if lo is not None and val < lo else "N")
    if flag == "N":
        crit = "N"
    return val, flag, crit


def _rows(seed: int = 7315) -> dict[str, list[tuple]]:  # noqa: C901, PLR0912, PLR0915 - one generator per table
    rng = random.Random(seed)
    end_of = {p[0]: (_CVP_CLOSED if p[6] == "C" else _END) for p in _PRACTICES}

    prac = [(i, p[0], p[1], p[2], p[3], float(p[4]), p[5], p[6], p[7]) for i, p in enumerate(_PRACTICES, 1)]

    # clinicians: two to nine per practice, a few who have left
    dr = []
    gmc = set()
    sizes = {"RMC": 9, "HFP": 7, "PHC": 4, "KWS": 4, "KMP": 4, "YMC": 4, "CRS": 3, "NGP": 3, "THC": 3, "BFP": 3,
             "WPS": 2, "CVP": 2, "LAS": 2, "CPC": 3, "WWC": 2, "RMN": 2, "FSC": 2, "AOH": 2, "SWH": 1,
             "SGM": 3}  # fmt: skip
    for p in prac:
        for k in range(sizes[p[1]]):
            while True:
                no = str(rng.randrange(3_000_000, 7_999_999))
                if no not in gmc:
                    gmc.add(no)
                    break
            female = rng.random() < 0.55
            first = rng.choice(_FIRST_F if female else _FIRST_M)
            role = "GP"
            if p[3] == "PVT":
                role = "CON" if k == 0 else rng.choice(["CON", "NP"])
            elif p[3] == "OCC":
                role = "NP" if k else "GP"
            elif k >= 2 and rng.random() < 0.3:
                role = "NP"
            active = "N" if (p[7] == "C" or (k >= 2 and rng.random() < 0.12)) else "Y"
            dr.append((len(dr) + 1, p[0], no, first, rng.choice(_SURNAMES), role, active))
    # one new GP at Riverside who has not requested anything yet
    dr.append((len(dr) + 1, 1, "7104432", "Eleanor", "Vowles", "GP", "Y"))
    new_dr = dr[-1][0]
    dr_by_prac: dict[int, list[tuple]] = {}
    for d in dr:
        if d[0] != new_dr:
            dr_by_prac.setdefault(d[1], []).append(d)

    # patients registered with each practice
    pt = []
    weights = [p[8] for p in _PRACTICES]
    nhs = set()
    for i in range(1, 1151):
        p = rng.choices(prac, weights=weights)[0]
        female = rng.random() < (0.7 if p[1] == "RMN" else (0.35 if p[3] == "OCC" else 0.53))
        if p[1] == "RMN":
            dob = random_day(rng, dt.date(1958, 1, 1), dt.date(1980, 12, 31))
        elif p[3] == "OCC" or p[1] == "FSC":
            dob = random_day(rng, dt.date(1965, 1, 1), dt.date(2004, 12, 31))
        else:
            dob = random_day(rng, dt.date(1932, 1, 1), dt.date(2007, 12, 31))
        nhs_no = None
        if p[3] != "PVT" or rng.random() < 0.35:
            while True:
                nhs_no = f"{rng.randrange(400, 999)} {rng.randrange(100, 999)} {rng.randrange(1000, 9999)}"
                if nhs_no not in nhs:
                    nhs.add(nhs_no)
                    break
        pt.append((i, f"M{100000 + i * 7}", nhs_no, rng.choice(_FIRST_F if female else _FIRST_M),
                   rng.choice(_SURNAMES), dob.isoformat(), "F" if female else "M", p[0]))  # fmt: skip
    # patient activity: anticoagulation patients come back often, most come once or twice a year
    inr_pts = {p[0] for p in pt if prac[p[7] - 1][3] == "GP" and int(p[5][:4]) < 1960 and rng.random() < 0.22}
    pt_weight = []
    for p in pt:
        w = rng.choice([0.6, 1.0, 1.0, 1.4, 2.2]) * (4.5 if p[0] in inr_pts else 1.0)
        if prac[p[7] - 1][1] == "SGM":
            w = 0.0
        pt_weight.append(w)

    # collections and their test requests
    coll, req_raw, drawn = [], [], []
    tests = [(i, *t) for i, t in enumerate(_TESTS, 1)]
    col_of = {"GP": 0, "PVT": 1, "OCC": 2}
    n_coll = 2650
    for n in range(1, n_coll + 1):
        while True:
            patient = rng.choices(pt, weights=pt_weight)[0]
            practice = prac[patient[7] - 1]
            start = max(_START, dt.date.fromisoformat(practice[8]))
            day = _weekday(rng, start, end_of[practice[1]])
            if start <= day:
                break
        site = "S"
        if practice[3] == "PVT":
            site = rng.choices(["L", "S"], weights=[7, 3])[0]
        elif rng.random() < 0.06:
            site = "H" if int(patient[5][:4]) < 1950 else "L"
        rcv = day if (site == "L" or rng.random() < 0.55) else _next_working(day, 1)
        rcv = min(rcv, _END)
        rej = None
        if rng.random() < 0.035:
            rej = rng.choices(["HAE", "QNS", "LBL", "DLY"], weights=[5, 3, 2, 1])[0]
        # what was asked for
        if patient[0] in inr_pts and rng.random() < 0.7:
            picked = [13]
        else:
            col = col_of[practice[3]]
            pool = [t for t in tests if t[10] == "Y" or day <= _MONO_WITHDRAWN]
            pool = [t for t in pool if not (t[1] == "PSA" and patient[6] == "F")]
            pool = [t for t in pool if t[1] != "CTNG" or int(patient[5][:4]) > 1970]
            k = rng.choices([1, 2, 3, 4], weights=[35, 33, 22, 10])[0]
            picked = []
            for _ in range(k):
                t = rng.choices(pool, weights=[t[11][col] for t in pool])[0]
                if t[0] not in picked:
                    picked.append(t[0])
        fasted = "Y" if 4 in picked and rng.random() < 0.6 else "N"
        doctors = [d for d in dr_by_prac[practice[0]] if d[6] == "Y" or day < dt.date(2024, 9, 1)]
        doctor = rng.choice(doctors) if rng.random() < 0.8 else doctors[0]
        prio = "U" if rng.random() < 0.09 else "R"
        drawn.append((day, n, patient[0], rcv, site, fasted, rej, picked, doctor[0], prio, practice))
    drawn.sort(key=lambda c: (c[0], c[1]))
    for n, (day, _, pt_id, rcv, site, fasted, rej, picked, dr_id, prio, practice) in enumerate(drawn, 1):
        coll.append((n, f"S{day.year % 100}-{n:05d}", pt_id, day.isoformat(), rcv.isoformat(), site, fasted, rej))
        for t in picked:
            req_raw.append([n, dr_id, t, day, prio, rej, rcv, practice])

    # requests, results
    tst_req, rslt = [], []
    analyser_id = {a[0]: i for i, a in enumerate(_ANALYSERS, 1)}
    billable: dict[tuple[int, str], list[int]] = {}
    for i, (coll_id, dr_id, tst_id, day, prio, rej, rcv, practice) in enumerate(req_raw, 1):
        test = tests[tst_id - 1]
        price = round(test[5] * _YEAR_FACTOR[day.year] * (1 - practice[5] / 100), 2)
        if rej is not None:
            status = "X"
        elif rng.random() < 0.012:
            status = "X"  # duplicate request cancelled
        else:
            late = rng.random() < 0.09
            days = test[6] + (rng.choice([1, 1, 2, 3, 5]) if late else 0)
            if prio == "U" and test[6] > 1:
                days = max(1, days - 1)
            report = _next_working(rcv, days) if days else rcv
            status = "C" if report <= _END else "P"
        tst_req.append([i, f"R{day.year % 100}{i:06d}", coll_id, dr_id, tst_id, day.isoformat(), prio, status,
                        price, None])  # fmt: skip
        if status != "C":
            continue
        if day.month < 12 or day.year < 2025:
            billable.setdefault((practice[0], day.strftime("%Y-%m")), []).append(i)
        dept, code = test[3], test[1]
        if dept == "HAEM":
            anlz = "COAG1" if code == "INR" else ("HAEM2" if code == "ESR" or rng.random() < 0.3 else "HAEM1")
        elif dept == "BIO":
            anlz = "CHEM2" if day < _CHEM2_DOWN and rng.random() < 0.4 else "CHEM1"
        elif dept == "IMM":
            anlz = "IMM2" if day <= dt.date(2024, 8, 30) and rng.random() < 0.5 else "IMM1"
        else:
            anlz = "PCR1" if code == "CTNG" else ("MIC1" if rng.random() < 0.6 else None)
        val = txt = None
        crit = "N"
        if test[13] is None:  # culture, PCR or a screen: a finding in words
            positive = rng.random() < test[12]
            if code == "CTNG":
                txt = (
                    rng.choice(["Chlamydia trachomatis DETECTED", "Neisseria gonorrhoeae DETECTED"])
                    if positive
                    else "Not detected"
                )
            elif code == "MONO":
                txt = "Heterophile antibodies POSITIVE" if positive else "Negative"
            else:
                txt = rng.choice(_CULTURE_GROWTH) if positive else "No significant growth"
            flag = "A" if positive else "N"
        else:
            val, flag, crit = _value(rng, _TESTS[tst_id - 1], day)
        rslt.append((len(rslt) + 1, i, analyser_id.get(anlz), val, txt, flag, crit, report.isoformat(),
                     rng.choices(_SCIENTISTS, weights=[2, 5, 5, 4, 3, 2])[0]))  # fmt: skip

    # monthly invoices for completed work, December 2025 not yet billed
    inv = []
    for prac_id, month in sorted(billable, key=lambda k: (k[1], k[0])):
        ids = billable[(prac_id, month)]
        year, mon = int(month[:4]), int(month[5:])
        inv_dt = dt.date(year + (mon == 12), mon % 12 + 1, 1)
        due = inv_dt + dt.timedelta(days=30)
        total = round(sum(tst_req[r - 1][8] for r in ids), 2)
        code = prac[prac_id - 1][1]
        paid = inv_dt + dt.timedelta(days=rng.randrange(8, 45))
        status = "P"
        if (
            code == "NGP"
            and inv_dt >= dt.date(2025, 5, 1)
            or paid > _END
            or inv_dt >= dt.date(2025, 10, 1)
            and rng.random() < 0.25
        ):
            paid, status = None, "O"
        elif rng.random() < 0.02:
            paid, status = None, "D"
        inv_id = len(inv) + 1
        inv.append((inv_id, f"INV{year % 100}{mon:02d}-{code}", prac_id, inv_dt.isoformat(), due.isoformat(), total,
                    paid.isoformat() if paid else None, status))  # fmt: skip
        for r in ids:
            tst_req[r - 1][9] = inv_id
    tst_req = [tuple(r) for r in tst_req]

    # analysers and their calibrations
    anlz = [(i, *a) for i, a in enumerate(_ANALYSERS, 1)]
    calib = []
    for a in anlz:
        day = max(dt.date(2023, 1, 2), dt.date.fromisoformat(a[5]))
        last = dt.date.fromisoformat(a[7]) if a[7] else _END
        step = 28 if a[4] == "MICRO" else 14
        fail_rate = 0.24 if a[1] == "CHEM2" else (0.08 if a[1] == "IMM2" else 0.03)
        lot = rng.randrange(10000, 99999)
        while day <= last:
            if rng.random() < 0.15:
                lot = rng.randrange(10000, 99999)
            passed = rng.random() >= fail_rate
            if a[1] == "CHEM2" and day > _CHEM2_DOWN:
                passed = False
            nxt = day + dt.timedelta(days=1 if not passed else step)
            calib.append((day, a[0], f"L{lot}", "Y" if passed else "N", rng.choice(_TECHS), nxt))
            if a[1] == "CHEM2" and day > _CHEM2_DOWN:
                break
            day = nxt if passed else _next_working(day, 1)
            while day.weekday() >= 5:
                day += dt.timedelta(days=1)
    calib.sort(key=lambda c: (c[0], c[1]))
    calib = [(i, c[1], c[0].isoformat(), c[2], c[3], c[4], c[5].isoformat()) for i, c in enumerate(calib, 1)]

    return {"prac": prac, "dr": dr, "pt": pt, "tst_typ": [t[:11] for t in tests], "anlz": anlz, "calib": calib,
            "coll": coll, "inv": inv, "tst_req": tst_req, "rslt": rslt}  # fmt: skip


def build_laboratory_database(path: str | Path) -> Path:
    """Write the pathology laboratory's database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
