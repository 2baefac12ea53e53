"""A made-up chain of seven community pharmacies in Calderdale and Kirklees, written as a held-out check with the
terse names of an old dispensing and till system: the ``pharmacy`` dev set's database.

Eleven tables with foreign keys:

- ``phm`` a pharmacy branch: ``phm_cd`` branch code (P01..P07), ``nm`` name, ``town``, ``pcd`` postcode,
  ``opn_dt`` opening date, ``sts`` 'A' open / 'C' closed, ``cls_dt`` closing date (NULL while open). Brighouse
  (P06) closed at the end of August 2024; Elland (P07) opened in February 2025.
- ``stf`` a member of staff: ``stf_cd``, ``fnm`` first name, ``snm`` surname, ``phm_id`` home branch, ``role``
  'PH' pharmacist / 'TC' pharmacy technician / 'DA' dispensing assistant / 'CA' counter assistant / 'DR' delivery
  driver, ``hrly_rt`` hourly pay rate in pounds, ``st_dt`` start date, ``sts`` 'A' current / 'L' left.
- ``pt`` a patient: ``nhs_no``, ``fnm``, ``snm``, ``pt_dob`` date of birth, ``sex`` 'M'/'F', ``pcd`` postcode,
  ``phm_id`` nominated branch, ``exmpt_cd`` prescription charge exemption 'N' pays / 'A' aged 60 or over /
  'U' under 16 / 'M' medical exemption certificate / 'P' prepayment certificate / 'B' on benefits,
  ``hsbd`` 1 when housebound (their medicines are delivered), 0 otherwise.
- ``drug`` a medicine on the formulary: ``drug_cd``, ``nm`` name, ``strngth`` strength, ``frm`` form 'TAB'
  tablet / 'CAP' capsule / 'LIQ' oral liquid / 'INH' inhaler / 'CRM' cream / 'DRP' drops, ``bnf`` therapeutic
  area 'CV' cardiovascular / 'CNS' nervous system and pain / 'GI' gastro / 'RES' respiratory / 'END' endocrine
  and diabetes / 'INF' infections / 'SKN' skin / 'EYE' eye / 'ALG' allergy, ``lgl`` legal class 'POM'
  prescription only / 'P' pharmacy medicine / 'GSL' general sale, ``cd_sch`` controlled drug schedule 2-5 (0 when
  not a controlled drug), ``pk_sz`` units in a pack, ``unit_cst`` cost price per unit in pounds, ``rrp`` shelf
  price of a pack for over-the-counter sale (NULL for POM medicines).
- ``supp`` a supplier: ``supp_cd``, ``nm``, ``typ`` 'WH' wholesaler / 'MF' manufacturer direct / 'SH' short-line
  specialist, ``sts`` 'A' active / 'X' account closed.
- ``rx`` a prescription handed in or received: ``rx_no``, ``pt_id`` patient, ``phm_id`` branch, ``gp_nm`` the GP
  surgery that issued it, ``src`` 'E' electronic (EPS) / 'P' paper, ``rpt`` 1 repeat / 0 acute, ``rcv_dt`` date
  received, ``disp_dt`` date dispensed (NULL when not dispensed), ``chk_stf_id`` pharmacist who did the final
  check (NULL when not dispensed), ``sts`` 'C' collected / 'D' delivered / 'O' owing (waiting for stock) / 'N' not
  collected, returned to stock / 'X' cancelled.
- ``rx_ln`` an item on a prescription: ``rx_id``, ``drug_id``, ``qty`` units supplied, ``chg_amt`` NHS
  prescription charge collected for the item (GBP 9.65, GBP 9.90 from May 2024; 0 for exempt patients and for
  prescriptions not dispensed).
- ``otc_sale`` an over-the-counter till sale of one product: ``phm_id``, ``stf_id`` who served, ``drug_id``,
  ``sale_dt``, ``qty`` packs, ``amt`` amount taken in pounds, ``pay_mth`` 'CSH' cash / 'CRD' card.
- ``po`` a purchase order line to a supplier: ``po_no``, ``phm_id``, ``supp_id``, ``drug_id``, ``ord_dt``,
  ``qty`` units, ``amt`` cost in pounds, ``sts`` 'R' received / 'O' outstanding / 'X' cancelled, ``rcv_dt``
  date received (NULL unless received).
- ``stk`` a stock line: ``phm_id``, ``drug_id``, ``qty`` units on the shelf, ``min_qty`` reorder level,
  ``cnt_dt`` date last counted.
- ``dlvry`` a delivery run of a prescription to a patient's home: ``rx_id``, ``drv_id`` the driver (``stf``),
  ``dlv_dt``, ``slot`` 'AM'/'PM', ``sts`` 'D' delivered / 'F' failed, nobody in / 'R' refused, ``mls`` miles.

Rows come from a fixed seed, so every build holds the same rows. Castle Street in Halifax is far the busiest
branch, a few elderly patients on many repeats account for a lot of items, some patients never had a prescription,
some medicines were never dispensed or sold, one supplier was never used and some staff have left.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_pharmacy_database(pathlib.Path(tempfile.mkdtemp()) / "pharmacy.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM phm").fetchone()
    (7,)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_pharmacy_database"]

_SCHEMA = """
CREATE TABLE phm (
    id INTEGER PRIMARY KEY, phm_cd TEXT NOT NULL, nm TEXT NOT NULL, town TEXT NOT NULL, pcd TEXT NOT NULL,
    opn_dt DATE NOT NULL, sts TEXT NOT NULL, cls_dt DATE
);
CREATE TABLE stf (
    id INTEGER PRIMARY KEY, stf_cd TEXT NOT NULL, fnm TEXT NOT NULL, snm TEXT NOT NULL,
    phm_id INTEGER NOT NULL REFERENCES phm (id), role TEXT NOT NULL, hrly_rt NUMERIC NOT NULL, st_dt DATE NOT NULL,
    sts TEXT NOT NULL
);
CREATE TABLE pt (
    id INTEGER PRIMARY KEY, nhs_no TEXT NOT NULL, fnm TEXT NOT NULL, snm TEXT NOT NULL, pt_dob DATE NOT NULL,
    sex TEXT NOT NULL, pcd TEXT NOT NULL, phm_id INTEGER NOT NULL REFERENCES phm (id), exmpt_cd TEXT NOT NULL,
    hsbd INTEGER NOT NULL
);
CREATE TABLE drug (
    id INTEGER PRIMARY KEY, drug_cd TEXT NOT NULL, nm TEXT NOT NULL, strngth TEXT NOT NULL, frm TEXT NOT NULL,
    bnf TEXT NOT NULL, lgl TEXT NOT NULL, cd_sch INTEGER NOT NULL, pk_sz INTEGER NOT NULL, unit_cst NUMERIC NOT NULL,
    rrp NUMERIC
);
CREATE TABLE supp (
    id INTEGER PRIMARY KEY, supp_cd TEXT NOT NULL, nm TEXT NOT NULL, typ TEXT NOT NULL, sts TEXT NOT NULL
);
CREATE TABLE rx (
    id INTEGER PRIMARY KEY, rx_no TEXT NOT NULL, pt_id INTEGER NOT NULL REFERENCES pt (id),
    phm_id INTEGER NOT NULL REFERENCES phm (id), gp_nm TEXT NOT NULL, src TEXT NOT NULL, rpt INTEGER NOT NULL,
    rcv_dt DATE NOT NULL, disp_dt DATE, chk_stf_id INTEGER REFERENCES stf (id), sts TEXT NOT NULL
);
CREATE TABLE rx_ln (
    id INTEGER PRIMARY KEY, rx_id INTEGER NOT NULL REFERENCES rx (id), drug_id INTEGER NOT NULL REFERENCES drug (id),
    qty INTEGER NOT NULL, chg_amt NUMERIC NOT NULL
);
CREATE TABLE otc_sale (
    id INTEGER PRIMARY KEY, phm_id INTEGER NOT NULL REFERENCES phm (id), stf_id INTEGER NOT NULL REFERENCES stf (id),
    drug_id INTEGER NOT NULL REFERENCES drug (id), sale_dt DATE NOT NULL, qty INTEGER NOT NULL, amt NUMERIC NOT NULL,
    pay_mth TEXT NOT NULL
);
CREATE TABLE po (
    id INTEGER PRIMARY KEY, po_no TEXT NOT NULL, phm_id INTEGER NOT NULL REFERENCES phm (id),
    supp_id INTEGER NOT NULL REFERENCES supp (id), drug_id INTEGER NOT NULL REFERENCES drug (id),
    ord_dt DATE NOT NULL, qty INTEGER NOT NULL, amt NUMERIC NOT NULL, sts TEXT NOT NULL, rcv_dt DATE
);
CREATE TABLE stk (
    id INTEGER PRIMARY KEY, phm_id INTEGER NOT NULL REFERENCES phm (id), drug_id INTEGER NOT NULL REFERENCES drug (id),
    qty INTEGER NOT NULL, min_qty INTEGER NOT NULL, cnt_dt DATE NOT NULL
);
CREATE TABLE dlvry (
    id INTEGER PRIMARY KEY, rx_id INTEGER NOT NULL REFERENCES rx (id), drv_id INTEGER NOT NULL REFERENCES stf (id),
    dlv_dt DATE NOT NULL, slot TEXT NOT NULL, sts TEXT NOT NULL, mls NUMERIC NOT NULL
);
"""

_START, _END = dt.date(2023, 1, 2), dt.date(2025, 9, 30)

#: code, name, town, postcode, opened, status, closed, weight of patients
_PHM = [
    ("P01", "Castle St Pharmacy", "Halifax", "HX1 1QN", "1998-04-01", "A", None, 34),
    ("P02", "King Cross Pharmacy", "Halifax", "HX1 3LF", "2006-10-02", "A", None, 16),
    ("P03", "Brighouse Rd Pharmacy", "Huddersfield", "HD2 2AB", "2011-03-07", "A", None, 14),
    ("P04", "Sowerby Bridge Pharmacy", "Sowerby Bridge", "HX6 2DX", "2014-06-02", "A", None, 11),
    ("P05", "Hebden Bridge Pharmacy", "Hebden Bridge", "HX7 8AD", "2016-09-05", "A", None, 9),
    ("P06", "Bethel St Pharmacy", "Brighouse", "HD6 1JR", "2009-01-12", "C", "2024-08-31", 8),
    ("P07", "Southgate Pharmacy", "Elland", "HX5 0BW", "2025-02-03", "A", None, 5),
]
#: code, name, strength, form, bnf, legal class, CD schedule, pack size, unit cost, rrp, weight on prescriptions,
#: weight over the counter, usual quantity
_DRUGS = [
    ("AML5", "Amlodipine", "5mg", "TAB", "CV", "POM", 0, 28, 0.03, None, 30, 0, 28),
    ("ATV20", "Atorvastatin", "20mg", "TAB", "CV", "POM", 0, 28, 0.04, None, 34, 0, 28),
    ("SIM40", "Simvastatin", "40mg", "TAB", "CV", "POM", 0, 28, 0.03, None, 12, 0, 28),
    ("RAM5", "Ramipril", "5mg", "CAP", "CV", "POM", 0, 28, 0.05, None, 22, 0, 28),
    ("BIS25", "Bisoprolol", "2.5mg", "TAB", "CV", "POM", 0, 28, 0.04, None, 18, 0, 28),
    ("APX5", "Apixaban", "5mg", "TAB", "CV", "POM", 0, 56, 0.95, None, 14, 0, 56),
    ("WAR1", "Warfarin", "1mg", "TAB", "CV", "POM", 0, 28, 0.05, None, 5, 0, 56),
    ("FUR40", "Furosemide", "40mg", "TAB", "CV", "POM", 0, 28, 0.03, None, 11, 0, 28),
    ("DOX1", "Doxazosin", "1mg", "TAB", "CV", "POM", 0, 28, 0.06, None, 0, 0, 28),
    ("MET500", "Metformin", "500mg", "TAB", "END", "POM", 0, 28, 0.03, None, 26, 0, 56),
    ("LEV50", "Levothyroxine", "50mcg", "TAB", "END", "POM", 0, 28, 0.08, None, 20, 0, 28),
    ("GLI80", "Gliclazide", "80mg", "TAB", "END", "POM", 0, 28, 0.04, None, 8, 0, 56),
    ("OME20", "Omeprazole", "20mg", "CAP", "GI", "POM", 0, 28, 0.04, None, 28, 0, 28),
    ("LAN30", "Lansoprazole", "30mg", "CAP", "GI", "POM", 0, 28, 0.05, None, 15, 0, 28),
    ("GAV", "Gaviscon Advance", "500ml", "LIQ", "GI", "GSL", 0, 1, 4.80, 8.49, 4, 10, 1),
    ("LOP2", "Loperamide", "2mg", "CAP", "GI", "GSL", 0, 12, 0.09, 3.29, 1, 8, 12),
    ("SAL100", "Salbutamol inhaler", "100mcg", "INH", "RES", "POM", 0, 1, 1.50, None, 19, 0, 1),
    ("BEC100", "Clenil Modulite", "100mcg", "INH", "RES", "POM", 0, 1, 7.42, None, 9, 0, 1),
    ("SER50", "Sertraline", "50mg", "TAB", "CNS", "POM", 0, 28, 0.05, None, 21, 0, 28),
    ("CIT20", "Citalopram", "20mg", "TAB", "CNS", "POM", 0, 28, 0.04, None, 13, 0, 28),
    ("MIR15", "Mirtazapine", "15mg", "TAB", "CNS", "POM", 0, 28, 0.06, None, 7, 0, 28),
    ("GAB300", "Gabapentin", "300mg", "CAP", "CNS", "POM", 3, 100, 0.04, None, 8, 0, 100),
    ("PRE75", "Pregabalin", "75mg", "CAP", "CNS", "POM", 3, 56, 0.05, None, 9, 0, 56),
    ("TRA50", "Tramadol", "50mg", "CAP", "CNS", "POM", 3, 100, 0.06, None, 6, 0, 30),
    ("MOR10", "Morphine sulfate oral solution", "10mg/5ml", "LIQ", "CNS", "POM", 5, 100, 0.02, None, 3, 0, 300),
    ("OXY5", "Oxycodone", "5mg", "CAP", "CNS", "POM", 2, 56, 0.21, None, 2, 0, 56),
    ("DIA2", "Diazepam", "2mg", "TAB", "CNS", "POM", 4, 28, 0.03, None, 4, 0, 28),
    ("ZOP75", "Zopiclone", "7.5mg", "TAB", "CNS", "POM", 4, 28, 0.04, None, 5, 0, 14),
    ("CCD30", "Co-codamol", "30/500mg", "TAB", "CNS", "POM", 5, 100, 0.04, None, 10, 0, 100),
    ("CCD8", "Co-codamol", "8/500mg", "TAB", "CNS", "P", 5, 32, 0.05, 4.49, 0, 9, 32),
    ("PAR500", "Paracetamol", "500mg", "TAB", "CNS", "GSL", 0, 16, 0.02, 0.89, 6, 34, 32),
    ("IBU200", "Ibuprofen", "200mg", "TAB", "CNS", "GSL", 0, 16, 0.03, 1.29, 2, 26, 16),
    ("NAP250", "Naproxen", "250mg", "TAB", "CNS", "P", 0, 9, 0.06, 5.99, 0, 0, 9),
    ("AMX500", "Amoxicillin", "500mg", "CAP", "INF", "POM", 0, 21, 0.07, None, 16, 0, 21),
    ("FLU500", "Flucloxacillin", "500mg", "CAP", "INF", "POM", 0, 28, 0.12, None, 6, 0, 28),
    ("DOX100", "Doxycycline", "100mg", "CAP", "INF", "POM", 0, 8, 0.17, None, 5, 0, 8),
    ("NIT100", "Nitrofurantoin", "100mg", "CAP", "INF", "POM", 0, 6, 0.40, None, 6, 0, 6),
    ("CLO1", "Clotrimazole cream", "1%", "CRM", "SKN", "P", 0, 1, 1.10, 3.79, 2, 7, 1),
    ("HYD1", "Hydrocortisone cream", "1%", "CRM", "SKN", "P", 0, 1, 0.95, 4.25, 3, 6, 1),
    ("EMO500", "Zerobase emollient", "500g", "CRM", "SKN", "POM", 0, 1, 5.99, None, 5, 0, 1),
    ("CHL05", "Chloramphenicol eye drops", "0.5%", "DRP", "EYE", "P", 0, 1, 1.60, 5.49, 2, 5, 1),
    ("HYP1", "Hypromellose eye drops", "0.3%", "DRP", "EYE", "GSL", 0, 1, 1.20, 2.49, 0, 0, 1),
    ("CET10", "Cetirizine", "10mg", "TAB", "ALG", "GSL", 0, 30, 0.02, 2.99, 3, 18, 30),
    ("LOR10", "Loratadine", "10mg", "TAB", "ALG", "GSL", 0, 30, 0.02, 2.79, 2, 14, 30),
    ("FEX120", "Fexofenadine", "120mg", "TAB", "ALG", "P", 0, 30, 0.08, 6.99, 1, 4, 30),
    ("BEC50N", "Beclometasone nasal spray", "50mcg", "INH", "ALG", "P", 0, 1, 2.10, 6.49, 0, 5, 1),
]
#: code, name, type, status, weight
_SUPP = [
    ("AAH", "AAH Pharmaceuticals", "WH", "A", 40), ("ALL", "Alliance Healthcare", "WH", "A", 34),
    ("PHX", "Phoenix Healthcare", "WH", "A", 15), ("DE", "DE Pharmaceuticals", "SH", "A", 6),
    ("SIG", "Sigma Pharmaceuticals", "SH", "X", 3), ("TEVA", "Teva UK", "MF", "A", 2),
    ("ACC", "Accord Healthcare", "MF", "X", 0),
]  # fmt: skip
_GPS = [("Rosegarth Surgery", 22), ("Beechwood Medical Centre", 18), ("Keighley Rd Surgery", 12),
        ("Plane Trees Group Practice", 10), ("Calder Community Practice", 9), ("Rastrick Health Centre", 7),
        ("Station Rd Surgery", 5), ("NHS 111 / Out of hours", 3)]  # fmt: skip
_FIRST_M = ["John", "David", "Peter", "Michael", "Alan", "Brian", "Keith", "Graham", "Stephen", "Ian", "Mark",
            "Paul", "Gary", "Craig", "Liam", "Ryan", "Jack", "Harry", "Mohammed", "Imran", "Adam", "Ben"]  # fmt: skip
_FIRST_F = ["Margaret", "Jean", "Susan", "Linda", "Christine", "Patricia", "Janet", "Carol", "Karen", "Julie",
            "Joanne", "Nicola", "Sarah", "Emma", "Rachel", "Laura", "Amy", "Chloe", "Aisha", "Fatima", "Olivia",
            "Grace"]  # fmt: skip
_SURNAMES = ["Smith", "Jones", "Taylor", "Brown", "Wilson", "Sutcliffe", "Greenwood", "Ackroyd", "Crowther",
             "Haigh", "Holroyd", "Firth", "Barraclough", "Priestley", "Mitchell", "Shaw", "Walker", "Wood",
             "Jackson", "Hussain", "Khan", "Ali", "Patel", "Marsden", "Dyson", "Lumb", "Sykes", "Booth",
             "Horsfall", "Pickles", "Hirst", "Bottomley", "Sunderland", "Kaye", "Wadsworth", "Thornton"]  # fmt: skip
_PCD = {1: ["HX1", "HX2", "HX3"], 2: ["HX1", "HX2"], 3: ["HD1", "HD2", "HD3"], 4: ["HX6"], 5: ["HX7"],
        6: ["HD6"], 7: ["HX5", "HX4"]}  # fmt: skip


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _open_days(branch: tuple) -> tuple[dt.date, dt.date]:
    start = max(_START, dt.date.fromisoformat(branch[4]))
    end = dt.date.fromisoformat(branch[6]) if branch[6] else _END
    return start, min(end, _END)


def _charge(day: dt.date) -> float:
    return 9.90 if day >= dt.date(2024, 5, 1) else 9.65


def _workday(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    while True:
        day = random_day(rng, start, end)
        if day.weekday() < 6:
            return day


def _rows(seed: int = 20460) -> dict[str, list[tuple]]:  # noqa: PLR0912, PLR0915 - one generator per table
    rng = random.Random(seed)
    phm = [(i, *b[:7]) for i, b in enumerate(_PHM, 1)]
    drug = [(i, *d[:10]) for i, d in enumerate(_DRUGS, 1)]
    supp = [(i, *s[:4]) for i, s in enumerate(_SUPP, 1)]

    # staff: a pharmacist or two per branch, technicians, assistants, two drivers for the chain
    plan = {1: ["PH", "PH", "TC", "TC", "DA", "DA", "DA", "CA", "CA", "CA", "DR", "DR"],
            2: ["PH", "TC", "DA", "DA", "CA", "CA", "DR"], 3: ["PH", "PH", "TC", "DA", "DA", "CA", "CA"],
            4: ["PH", "TC", "DA", "CA", "CA"], 5: ["PH", "DA", "CA", "CA", "DR"], 6: ["PH", "DA", "CA"],
            7: ["PH", "DA", "CA"]}  # fmt: skip
    base = {"PH": 27.5, "TC": 15.2, "DA": 12.1, "CA": 11.44, "DR": 12.0}
    names = rng.sample([(f, s) for f in _FIRST_M + _FIRST_F for s in _SURNAMES], 60)
    stf = []
    for branch in range(1, 8):
        for role in plan[branch]:
            i = len(stf) + 1
            first, last = names[i - 1]
            if branch == 7:
                start = random_day(rng, dt.date(2024, 12, 1), dt.date(2025, 1, 31))
            else:
                start = random_day(rng, dt.date(2008, 1, 1), dt.date(2024, 6, 30))
            status = "L" if branch == 6 or (role != "PH" and rng.random() < 0.12) else "A"
            rate = round(base[role] + rng.randrange(0, 12) * 0.25 + (0.0 if role != "PH" else rng.randrange(0, 8)), 2)
            stf.append((i, f"S{100 + i * 3}", first, last, branch, role, rate, start.isoformat(), status))
    # a locum pharmacist and a driver who never did any work
    stf.append((len(stf) + 1, f"S{100 + (len(stf) + 1) * 3}", "Hamid", "Qureshi", 1, "PH", 38.0, "2025-08-18", "A"))
    stf.append((len(stf) + 1, f"S{100 + (len(stf) + 1) * 3}", "Dennis", "Ramsden", 4, "DR", 12.25, "2025-09-22", "A"))
    idle = {stf[-1][0], stf[-2][0]}

    def staff_of(branch: int, roles: tuple[str, ...], day: dt.date | None = None) -> list[tuple]:
        found = [s for s in stf if s[4] == branch and s[5] in roles and s[0] not in idle]
        return [s for s in found if day is None or s[7] <= day.isoformat()] or found

    # patients: age mix leaning old; exemption follows age
    pt = []
    pnames = [(f, s, "M") for f in _FIRST_M for s in _SURNAMES] + [(f, s, "F") for f in _FIRST_F for s in _SURNAMES]
    pnames = rng.sample(pnames, 720)
    for i in range(1, 721):
        branch = rng.choices(range(1, 8), weights=[b[7] for b in _PHM])[0]
        age = rng.choices([rng.randint(1, 15), rng.randint(16, 39), rng.randint(40, 59), rng.randint(60, 79),
                           rng.randint(80, 97)], weights=[8, 20, 26, 30, 16])[0]  # fmt: skip
        dob = random_day(rng, dt.date(2025 - age - 1, 1, 1), dt.date(2025 - age - 1, 12, 31))
        first, last, sex = pnames[i - 1]
        if age >= 61:
            ex = "A"
        elif age <= 14:
            ex = "U"
        else:
            ex = rng.choices(["N", "M", "P", "B"], weights=[60, 12, 10, 18])[0]
        hsbd = int(age >= 75 and rng.random() < 0.35 or age >= 50 and rng.random() < 0.03)
        pcd = f"{rng.choice(_PCD[branch])} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}" \
              f"{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"  # fmt: skip
        nhs = f"{rng.randint(400, 499)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        pt.append((i, nhs, first, last, dob.isoformat(), sex, pcd, branch, ex, hsbd, age))
    # activity weights: old patients on many repeats; every 11th patient never had a prescription
    weight = []
    for p in pt:
        w = 0.0 if p[0] % 11 == 5 else (0.4 if p[10] < 40 else 1.0 if p[10] < 60 else 2.6)
        if p[0] % 47 == 3:
            w *= 7
        weight.append(w)
    # each patient has a few regular medicines
    acute_cds = ("AMX500", "FLU500", "DOX100", "NIT100", "PAR500", "IBU200", "CLO1", "HYD1", "CHL05", "CET10",
                 "LOR10", "FEX120", "LOP2", "GAV", "ZOP75", "TRA50")  # fmt: skip
    chronic = [d for d in drug if _DRUGS[d[0] - 1][10] > 0 and d[1] not in acute_cds]
    acute = [d for d in drug if d[1] in acute_cds]

    def pick(pool: list[tuple], k: int) -> list[tuple]:
        chosen: list[tuple] = []
        while len(chosen) < k:
            d = rng.choices(pool, weights=[_DRUGS[x[0] - 1][10] for x in pool])[0]
            if d not in chosen:
                chosen.append(d)
        return chosen

    regular = {p[0]: pick(chronic, rng.randint(1, 5 if p[10] >= 60 else 2)) for p in pt}
    rx_raw = []
    while len(rx_raw) < 3000:
        p = rng.choices(pt, weights=weight)[0]
        branch = p[7] if rng.random() < 0.9 else rng.choices(range(1, 8), weights=[b[7] for b in _PHM])[0]
        lo, hi = _open_days(_PHM[branch - 1])
        if branch == 6 and p[7] == 6 and rng.random() < 0.5:
            branch = 3  # Brighouse patients moved to Huddersfield after the closure
            lo, hi = dt.date(2024, 9, 1), _END
        received = _workday(rng, lo, hi)
        repeat = int(rng.random() < 0.72 and p[10] >= 16)
        if repeat:
            items = rng.sample(regular[p[0]], rng.randint(1, len(regular[p[0]])))
        else:
            items = pick(acute, rng.choices([1, 2], weights=[8, 2])[0])
        status = rng.choices(["C", "O", "N", "X"], weights=[90, 3, 3, 2])[0]
        if p[9] and status == "C":
            status = "D" if rng.random() < 0.92 else "C"
        elif status == "C" and rng.random() < 0.03:
            status = "D"
        if received > _END - dt.timedelta(days=10) and status in ("C", "D") and rng.random() < 0.5:
            status = "O"
        rx_raw.append((p, branch, received, repeat, items, status))
    rx_raw.sort(key=lambda r: (r[2], r[0][0]))
    rx, rx_ln = [], []
    for p, branch, received, repeat, items, status in rx_raw:
        i = len(rx) + 1
        disp = None
        checker = None
        if status in ("C", "D", "N"):
            disp = min(received + dt.timedelta(days=rng.choices([0, 1, 2, 3, 5], weights=[35, 35, 15, 10, 5])[0]),
                       _END)  # fmt: skip
            checker = rng.choice(staff_of(branch, ("PH",), disp))[0]
        gp = rng.choices(_GPS, weights=[g[1] for g in _GPS])[0][0]
        if not repeat and rng.random() < 0.15:
            gp = "NHS 111 / Out of hours"
        src = "P" if rng.random() < (0.22 if received.year == 2023 else 0.09) else "E"
        rx.append((i, f"RX{received:%y%m}{i:05d}", p[0], branch, gp, src, repeat, received.isoformat(), _iso(disp),
                   checker, status))  # fmt: skip
        for d in items:
            usual = _DRUGS[d[0] - 1][12]
            qty = usual * (rng.choices([1, 2, 3], weights=[7, 2, 1])[0] if usual >= 28 else 1)
            charge = _charge(received) if p[8] == "N" and disp else 0.0
            rx_ln.append((len(rx_ln) + 1, i, d[0], qty, charge))

    # deliveries: each delivered prescription has one or more runs; a failed run is tried again
    dlvry = []
    for r in rx:
        if r[10] != "D":
            continue
        branch = r[3]
        drivers = staff_of(branch, ("DR",)) or staff_of(1, ("DR",))
        day = dt.date.fromisoformat(r[8])
        tries = 0
        while True:
            tries += 1
            outcome = "D" if tries == 3 else rng.choices(["D", "F", "R"], weights=[88, 10, 2])[0]
            dlvry.append((len(dlvry) + 1, r[0], rng.choice(drivers)[0], day.isoformat(), rng.choice(["AM", "PM"]),
                          outcome, round(rng.uniform(0.6, 9.5) * (1.8 if branch == 5 else 1), 1)))  # fmt: skip
            if outcome != "F":
                break
            day += dt.timedelta(days=1)

    # over-the-counter sales
    otc_items = [d for d in drug if _DRUGS[d[0] - 1][11] > 0]
    otc_sale = []
    for _ in range(2600):
        branch = rng.choices(range(1, 8), weights=[38, 14, 12, 10, 16, 6, 4])[0]
        lo, hi = _open_days(_PHM[branch - 1])
        day = _workday(rng, lo, hi)
        d = rng.choices(otc_items, weights=[_DRUGS[x[0] - 1][11] * (2.5 if x[5] == "ALG" and 4 <= day.month <= 7
                                                                      else 1) for x in otc_items])[0]  # fmt: skip
        qty = rng.choices([1, 2, 3], weights=[80, 16, 4])[0]
        if d[1] == "CCD8":
            qty = 1
        price = d[10]
        amt = round(price * qty * (0.9 if rng.random() < 0.06 else 1), 2)
        server = rng.choice(staff_of(branch, ("CA", "DA"), day))[0]
        otc_sale.append((day, branch, server, d[0], qty, amt, rng.choices(["CRD", "CSH"], weights=[78, 22])[0]))
    otc_sale.sort(key=lambda s: (s[0], s[1], s[3]))
    otc_sale = [(i, s[1], s[2], s[3], s[0].isoformat(), *s[4:]) for i, s in enumerate(otc_sale, 1)]

    # purchase orders
    po = []
    stocked = [d for d in drug if d[0] != 9]  # doxazosin came off the formulary and is never ordered
    for _ in range(900):
        branch = rng.choices(range(1, 8), weights=[36, 15, 14, 11, 10, 7, 7])[0]
        lo, hi = _open_days(_PHM[branch - 1])
        day = _workday(rng, lo, hi)
        s = rng.choices(supp, weights=[x[4] for x in _SUPP])[0]
        if s[4] == "X" and day > dt.date(2024, 3, 31):
            s = supp[0]
        d = rng.choice(stocked)
        qty = d[8] * rng.choice([5, 10, 10, 20, 30, 50])
        status = rng.choices(["R", "O", "X"], weights=[90, 3, 7])[0]
        if day > _END - dt.timedelta(days=5):
            status = "O"
        received = min(day + dt.timedelta(days=rng.choices([1, 2, 4, 9], weights=[60, 25, 10, 5])[0]), _END)
        amt = round(qty * d[9] * (1.12 if s[3] == "SH" else 1.0), 2)
        po.append((day, branch, s[0], d[0], qty, amt, status, _iso(received) if status == "R" else None))
    po.sort(key=lambda o: (o[0], o[1], o[3]))
    po = [(i, f"PO{o[0]:%y}{i:05d}", o[1], o[2], o[3], o[0].isoformat(), *o[4:]) for i, o in enumerate(po, 1)]

    # stock on the shelf at the open branches
    stk = []
    for branch in (1, 2, 3, 4, 5, 7):
        for d in drug:
            if d[0] == 9 or (branch in (5, 7) and rng.random() < 0.3):
                continue
            usual = _DRUGS[d[0] - 1][12]
            min_qty = usual * (4 if branch == 1 else 2)
            qty = max(0, round(min_qty * rng.uniform(0.0, 3.0))) if rng.random() < 0.85 else 0
            counted = random_day(rng, dt.date(2025, 6, 1), _END)
            stk.append((len(stk) + 1, branch, d[0], qty, min_qty, counted.isoformat()))

    pt = [p[:10] for p in pt]
    return {"phm": phm, "stf": stf, "pt": pt, "drug": drug, "supp": supp, "rx": rx, "rx_ln": rx_ln,
            "otc_sale": otc_sale, "po": po, "stk": stk, "dlvry": dlvry}  # fmt: skip


def build_pharmacy_database(path: str | Path) -> Path:
    """Write the pharmacy chain's database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
