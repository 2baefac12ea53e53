"""A made-up group of six dental practices in the East Midlands, written by someone who had not seen the engine's
rules: the ``dental`` dev set's database.

Ten tables with foreign keys: ``practices`` (a ``prac_cd``, ``prac_nm``, ``town``, ``nhs_flg`` 1 if the practice
holds an NHS contract, ``chairs`` surgeries, ``open_dt``), ``clin`` (the clinicians: ``gdc_no`` registration number,
``first_nm``, ``last_nm``, ``role_cd`` 'D' dentist / 'H' hygienist / 'T' dental therapist / 'F' foundation dentist,
home practice ``prac_id``, ``start_dt``, ``act_flg`` 1 while still employed, ``day_rate`` paid per session day),
``pts`` (patients: ``pt_no``, ``fname``, ``sname``, ``sex`` 'M'/'F', ``dob``, ``prac_id``, ``pt_typ`` 'N' NHS / 'P'
private, ``reg_sts`` 'R' registered / 'L' lapsed / 'D' deregistered / 'X' deceased, ``exmpt_flg`` 1 if exempt from
NHS charges, ``reg_dt``), ``tx_cd`` (the treatment list: ``code`` key, ``descr``, ``band`` '1', '2', '3' for the NHS
charge bands, 'U' urgent or 'P' private only, ``nhs_chg`` the NHS charge (0 for private-only items) and ``pvt_fee``
the private fee), ``appts`` (appointments: patient, clinician, the practice ``prac_id`` where it took place,
``appt_dt``, ``appt_tm`` 'HH:MM', ``mins`` length, ``appt_typ`` 'EX' check-up / 'TX' treatment / 'HY' hygiene / 'EM'
emergency, ``sts`` 'B' booked (not yet happened) / 'A' attended / 'F' failed to attend / 'C' cancelled), ``tx`` (a
treatment carried out at an attended appointment: ``appt_id``, ``code``, ``tooth`` FDI number or NULL, ``chg_amt``
what the patient was charged: the NHS charge for NHS patients (0 if exempt) or the private fee), ``inv`` (invoices,
one per attended appointment that cost something: ``inv_no``, ``pt_id``, ``appt_id``, ``inv_dt``, ``tot_amt``,
``inv_sts`` 'P' paid / 'O' outstanding / 'W' written off), ``pmt`` (payments against an invoice: ``pay_dt``, ``amt``,
``mthd`` 'CARD' / 'CASH' / 'DD' direct debit / 'PLAN' practice payment plan), ``recalls`` (a patient due back:
``due_dt``, ``rcl_typ`` 'E' exam / 'H' hygiene, ``sent_flg`` 1 once the reminder has gone out, ``done_flg`` 1 once
the patient has been seen) and ``refs`` (referrals to specialists: patient, referring clinician ``ref_by``, ``spec``
'ORTH' orthodontics / 'ENDO' endodontics / 'OMFS' oral surgery / 'PERI' periodontics / 'PAED' paediatric, ``ref_dt``,
``urg_flg`` 1 if urgent, ``ref_sts`` 'P' pending / 'A' accepted / 'R' rejected / 'C' completed). Rows come from a
fixed seed, so every build holds the same rows; a few patients account for many appointments, some patients were
never seen, one practice (opened in 2025) has hardly any activity and a recently joined dentist has no
appointments at all.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_dental_database(pathlib.Path(tempfile.mkdtemp()) / "dental.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM practices").fetchone()
    (6,)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_dental_database"]

_SCHEMA = """
CREATE TABLE practices (
    id INTEGER PRIMARY KEY, prac_cd TEXT NOT NULL, prac_nm TEXT NOT NULL, town TEXT NOT NULL,
    nhs_flg INTEGER NOT NULL, chairs INTEGER NOT NULL, open_dt DATE NOT NULL
);
CREATE TABLE clin (
    id INTEGER PRIMARY KEY, gdc_no TEXT NOT NULL, first_nm TEXT NOT NULL, last_nm TEXT NOT NULL,
    role_cd TEXT NOT NULL, prac_id INTEGER NOT NULL REFERENCES practices (id), start_dt DATE NOT NULL,
    act_flg INTEGER NOT NULL, day_rate NUMERIC NOT NULL
);
CREATE TABLE pts (
    id INTEGER PRIMARY KEY, pt_no TEXT NOT NULL, fname TEXT NOT NULL, sname TEXT NOT NULL, sex TEXT NOT NULL,
    dob DATE NOT NULL, prac_id INTEGER NOT NULL REFERENCES practices (id), pt_typ TEXT NOT NULL,
    reg_sts TEXT NOT NULL, exmpt_flg INTEGER NOT NULL, reg_dt DATE NOT NULL
);
CREATE TABLE tx_cd (
    code TEXT PRIMARY KEY, descr TEXT NOT NULL, band TEXT NOT NULL, nhs_chg NUMERIC NOT NULL,
    pvt_fee NUMERIC NOT NULL
);
CREATE TABLE appts (
    id INTEGER PRIMARY KEY, pt_id INTEGER NOT NULL REFERENCES pts (id), clin_id INTEGER NOT NULL REFERENCES clin (id),
    prac_id INTEGER NOT NULL REFERENCES practices (id), appt_dt DATE NOT NULL, appt_tm TEXT NOT NULL,
    mins INTEGER NOT NULL, appt_typ TEXT NOT NULL, sts TEXT NOT NULL
);
CREATE TABLE tx (
    id INTEGER PRIMARY KEY, appt_id INTEGER NOT NULL REFERENCES appts (id), code TEXT NOT NULL REFERENCES tx_cd (code),
    tooth INTEGER, chg_amt NUMERIC NOT NULL
);
CREATE TABLE inv (
    id INTEGER PRIMARY KEY, inv_no TEXT NOT NULL, pt_id INTEGER NOT NULL REFERENCES pts (id),
    appt_id INTEGER NOT NULL REFERENCES appts (id), inv_dt DATE NOT NULL, tot_amt NUMERIC NOT NULL,
    inv_sts TEXT NOT NULL
);
CREATE TABLE pmt (
    id INTEGER PRIMARY KEY, inv_id INTEGER NOT NULL REFERENCES inv (id), pay_dt DATE NOT NULL, amt NUMERIC NOT NULL,
    mthd TEXT NOT NULL
);
CREATE TABLE recalls (
    id INTEGER PRIMARY KEY, pt_id INTEGER NOT NULL REFERENCES pts (id), due_dt DATE NOT NULL, rcl_typ TEXT NOT NULL,
    sent_flg INTEGER NOT NULL, done_flg INTEGER NOT NULL
);
CREATE TABLE refs (
    id INTEGER PRIMARY KEY, pt_id INTEGER NOT NULL REFERENCES pts (id), ref_by INTEGER NOT NULL REFERENCES clin (id),
    spec TEXT NOT NULL, ref_dt DATE NOT NULL, urg_flg INTEGER NOT NULL, ref_sts TEXT NOT NULL
);
"""

#: code, name, town, NHS contract, chairs, opened, share of patients, private share
_PRACTICES = [
    ("DP01", "Abbey Road Dental", "Derby", 1, 6, "2004-03-01", 10, 0.15),
    ("DP02", "Castle Street Dental Care", "Nottingham", 1, 5, "2009-06-15", 8, 0.25),
    ("DP03", "Market Square Smiles", "Loughborough", 0, 3, "2013-09-02", 4, 1.0),
    ("DP04", "Riverside Dental Studio", "Leicester", 1, 4, "2016-01-11", 6, 0.35),
    ("DP05", "Belper Family Dentistry", "Belper", 1, 2, "2019-04-01", 4, 0.10),
    ("DP06", "Oakham Dental Suite", "Oakham", 0, 1, "2025-05-06", 1, 1.0),
]
#: code, description, band, NHS charge, private fee, weight
_TX_CODES = [
    ("EXM", "Examination and diagnosis", "1", 26.80, 55.00, 30),
    ("XRB", "Bitewing radiographs", "1", 26.80, 30.00, 14),
    ("SCP", "Scale and polish", "1", 26.80, 65.00, 16),
    ("FLA", "Amalgam filling", "2", 73.50, 95.00, 8),
    ("FLC", "Composite filling", "2", 73.50, 140.00, 10),
    ("EXT", "Extraction", "2", 73.50, 120.00, 5),
    ("RCT", "Root canal treatment", "2", 73.50, 450.00, 3),
    ("CRN", "Crown", "3", 319.10, 650.00, 3),
    ("BRG", "Bridge", "3", 319.10, 1200.00, 1),
    ("DEN", "Acrylic denture", "3", 319.10, 700.00, 1),
    ("URG", "Urgent care", "U", 26.80, 85.00, 4),
    ("WHT", "Tooth whitening", "P", 0, 350.00, 2),
    ("IMP", "Dental implant", "P", 0, 2400.00, 1),
    ("HYG", "Hygienist session", "P", 0, 75.00, 6),
]
_FIRST_M = ["James", "Oliver", "Harry", "Jack", "George", "Thomas", "William", "Daniel", "Ryan", "Samuel", "Arjun",
            "Mohammed", "Lewis", "Connor", "Ben", "Peter", "Graham", "Keith", "Ian", "Stuart"]  # fmt: skip
_FIRST_F = ["Emma", "Sophie", "Olivia", "Charlotte", "Jessica", "Amy", "Hannah", "Priya", "Lauren", "Chloe",
            "Rebecca", "Megan", "Susan", "Karen", "Julie", "Margaret", "Ellie", "Zara", "Katie", "Lucy"]  # fmt: skip
_SURNAMES = ["Smith", "Jones", "Taylor", "Brown", "Wilson", "Walker", "Wright", "Hall", "Thompson", "White",
             "Hughes", "Edwards", "Green", "Wood", "Harris", "Martin", "Jackson", "Clarke", "Patel", "Shah",
             "Singh", "Khan", "Cooper", "Ward", "Turner", "Bailey", "Marsh", "Pickering", "Bradshaw", "Moss",
             "Stanton", "Fenwick", "Oldham", "Beresford", "Hollis", "Needham"]  # fmt: skip
_SPECS = [("ORTH", 30), ("ENDO", 14), ("OMFS", 22), ("PERI", 10), ("PAED", 6)]


def _weekday(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    """A Monday to Saturday from ``start`` to ``end``."""
    while True:
        day = random_day(rng, start, end)
        if day.weekday() < 6:
            return day


def _rows(seed: int = 20614) -> dict[str, list[tuple]]:  # noqa: PLR0915 - one generator per table, in order
    rng = random.Random(seed)
    practices = [(i, *p[:6]) for i, p in enumerate(_PRACTICES, 1)]
    tx_codes = [c[:5] for c in _TX_CODES]
    # clinicians: per practice, dentists, a hygienist or two, maybe a therapist or foundation dentist
    names = rng.sample([(f, s) for f in _FIRST_M + _FIRST_F for s in _SURNAMES], 40)
    plan = {1: "DDDDDHHTF", 2: "DDDDHHF", 3: "DDDH", 4: "DDDHT", 5: "DDHF", 6: "DH"}
    clin = []
    for prac, roles in plan.items():
        for role in roles:
            first, last = names[len(clin)]
            opened = dt.date.fromisoformat(_PRACTICES[prac - 1][5])
            if prac == 6:
                start = dt.date(2025, 5, 6)
            elif role == "F":
                start = dt.date(rng.choice([2023, 2024]), 9, 1)
            else:
                start = random_day(rng, max(opened, dt.date(2008, 1, 1)), dt.date(2022, 12, 1))
            rate = {"D": 650, "F": 280, "H": 320, "T": 360}[role] + rng.randrange(0, 12) * 10
            clin.append((len(clin) + 1, f"{rng.randint(60000, 289999)}", first, last, role, prac,
                         start.isoformat(), 1, rate))  # fmt: skip
    # two clinicians have left; one unused locum joined recently and has no appointments
    left = {7, 15}
    clin = [c[:7] + ((0 if c[0] in left else 1),) + c[8:] for c in clin]
    first, last = names[len(clin)]
    clin.append((len(clin) + 1, "301144", first, last, "D", 2, "2025-06-02", 1, 700))
    idle_clin = {len(clin)}
    pts = []
    pnames = [(f, s, "M") for f in _FIRST_M for s in _SURNAMES] + [(f, s, "F") for f in _FIRST_F for s in _SURNAMES]
    pnames = rng.sample(pnames, 1200)
    for i in range(1, 1201):
        prac = rng.choices(range(1, 7), weights=[p[6] for p in _PRACTICES])[0]
        private = rng.random() < _PRACTICES[prac - 1][7]
        first, last, sex = pnames[i - 1]
        dob = random_day(rng, dt.date(1938, 1, 1), dt.date(2021, 12, 31))
        opened = dt.date.fromisoformat(_PRACTICES[prac - 1][5])
        reg = random_day(rng, max(opened, dt.date(2010, 1, 1), dob), dt.date(2025, 6, 1))
        if prac == 6:
            reg = random_day(rng, opened, dt.date(2025, 6, 20))
        sts = rng.choices("RLDX", weights=[78, 12, 8, 2])[0]
        age = (dt.date(2025, 1, 1) - dob).days / 365.25
        exempt = int(not private and (age < 18 or rng.random() < 0.18))
        pts.append((i, f"P{100000 + i * 13}", first, last, sex, dob.isoformat(), prac, "P" if private else "N", sts,
                    exempt, reg.isoformat()))  # fmt: skip
    # appointments: a few heavy attenders, some patients never seen
    weights = []
    for p in pts:
        w = 0 if p[0] % 9 == 4 or p[8] == "X" else (14 if p[0] % 53 == 7 else 1)
        weights.append(w * (0.4 if p[6] == 6 else 1))
    weights[39] = 40  # one patient is in constantly
    appts, tx = [], []
    fee = {c[0]: c for c in _TX_CODES}
    while len(appts) < 5000:
        pt = rng.choices(pts, weights=weights)[0]
        start = max(dt.date.fromisoformat(pt[10]), dt.date(2023, 1, 2))
        end = dt.date(2025, 9, 30)
        if start > end:
            continue
        day = _weekday(rng, start, end)
        kind = rng.choices(["EX", "TX", "HY", "EM"], weights=[35, 35, 20, 10])[0]
        staff = [c for c in clin if c[5] == pt[6] and c[0] not in idle_clin and c[6] <= day.isoformat()
                 and (c[7] == 1 or day < dt.date(2024, 7, 1))]  # fmt: skip
        pool = [c for c in staff if c[4] in ("HT" if kind == "HY" else "DF")]
        pool = pool or staff
        if not pool:
            continue
        who = rng.choices(pool, weights=[3 if c[0] % 5 == 1 else 1 for c in pool])[0]
        if day > dt.date(2025, 6, 30):
            sts = rng.choices("BC", weights=[85, 15])[0]
        else:
            sts = rng.choices("AFC", weights=[78, 9, 13])[0]
            if pt[0] % 31 == 5:
                sts = rng.choices("AFC", weights=[40, 45, 15])[0]
        tm = f"{rng.randint(8, 17):02d}:{rng.choice(['00', '15', '30', '45'])}"
        mins = {"EX": 20, "TX": rng.choice([30, 45, 60]), "HY": 30, "EM": 20}[kind]
        appts.append([0, pt[0], who[0], who[5], day.isoformat(), tm, mins, kind, sts])
    appts.sort(key=lambda a: (a[4], a[5], a[1]))
    appts = [(i, *a[1:]) for i, a in enumerate(appts, 1)]
    inv, pmt = [], []
    for a in appts:
        if a[8] != "A":
            continue
        pt = pts[a[1] - 1]
        if a[7] == "EX":
            codes = ["EXM"] + (["XRB"] if rng.random() < 0.4 else [])
        elif a[7] == "HY":
            codes = ["HYG"] if pt[7] == "P" else ["SCP"]
        elif a[7] == "EM":
            codes = ["URG"] + (["EXT"] if rng.random() < 0.2 else [])
        else:
            options = [c for c in _TX_CODES if c[2] in "23" or (c[2] == "P" and c[0] != "HYG")]
            if pt[7] == "N":
                options = [c for c in options if c[2] != "P"]
            codes = [c[0] for c in rng.choices(options, weights=[c[5] for c in options], k=rng.choice([1, 1, 2]))]
        total = 0.0
        for code in codes:
            c = fee[code]
            amt = c[4] if pt[7] == "P" else (0.0 if pt[9] else c[3])
            tooth = (
                None
                if code in ("EXM", "XRB", "SCP", "HYG", "URG", "WHT", "DEN")
                else rng.choice([q * 10 + n for q in range(1, 5) for n in range(1, 9)])
            )
            tx.append((len(tx) + 1, a[0], code, tooth, amt))
            total += amt
        if total > 0:
            day = dt.date.fromisoformat(a[4])
            r = rng.random()
            status = "P" if r < 0.86 else ("O" if r < 0.96 else "W")
            if day > dt.date(2025, 6, 1) and rng.random() < 0.3:
                status = "O"
            inv_id = len(inv) + 1
            inv.append((inv_id, f"INV{50000 + inv_id}", a[1], a[0], a[4], round(total, 2), status))
            if status == "P":
                parts = 2 if total > 500 and rng.random() < 0.6 else 1
                method = rng.choices(["CARD", "CASH", "DD", "PLAN"], weights=[60, 10, 15, 15])[0]
                if total > 1000:
                    method = "PLAN"
                paid = 0.0
                for k in range(parts):
                    amt = round(total / parts, 2) if k < parts - 1 else round(total - paid, 2)
                    paid += amt
                    pay = day + dt.timedelta(days=rng.randint(0, 3) + 30 * k)
                    pmt.append((len(pmt) + 1, inv_id, pay.isoformat(), amt, method))
            elif status == "O" and total > 100 and rng.random() < 0.5:
                pay = day + dt.timedelta(days=rng.randint(0, 10))
                pmt.append((len(pmt) + 1, inv_id, pay.isoformat(), round(total * 0.5, 2), "CARD"))
    pmt.sort(key=lambda p: (p[2], p[1]))
    pmt = [(i, *p[1:]) for i, p in enumerate(pmt, 1)]
    recalls = []
    for p in pts:
        if p[8] not in "RL" or p[0] % 6 == 1:
            continue
        for kind in ["E", "H"] if p[0] % 3 == 0 else ["E"]:
            due = _weekday(rng, dt.date(2024, 7, 1), dt.date(2026, 3, 31))
            sent = int(due <= dt.date(2025, 10, 15) and rng.random() < 0.9)
            done = int(sent and due <= dt.date(2025, 9, 1) and rng.random() < 0.7)
            recalls.append((0, p[0], due.isoformat(), kind, sent, done))
    recalls.sort(key=lambda r: (r[2], r[1], r[3]))
    recalls = [(i, *r[1:]) for i, r in enumerate(recalls, 1)]
    refs = []
    seen = [a for a in appts if a[8] == "A" and clin[a[2] - 1][4] in "DF"]
    for _ in range(180):
        a = rng.choice(seen)
        spec = rng.choices(_SPECS, weights=[s[1] for s in _SPECS])[0][0]
        age = (dt.date.fromisoformat(a[4]) - dt.date.fromisoformat(pts[a[1] - 1][5])).days / 365.25
        if age < 16:
            spec = rng.choice(["PAED", "ORTH", "PAED"])
        elif spec == "PAED":
            spec = "ORTH" if age < 30 else "OMFS"
        urgent = int(spec == "OMFS" and rng.random() < 0.35 or rng.random() < 0.05)
        ref_day = dt.date.fromisoformat(a[4]) + dt.timedelta(days=rng.randint(0, 6))
        if ref_day > dt.date(2025, 4, 1):
            status = rng.choices("PAR", weights=[6, 3, 1])[0]
        else:
            status = rng.choices("ACR", weights=[2, 7, 1])[0]
        refs.append((0, a[1], a[2], spec, ref_day.isoformat(), urgent, status))
    refs.sort(key=lambda r: (r[4], r[1]))
    refs = [(i, *r[1:]) for i, r in enumerate(refs, 1)]
    return {"practices": practices, "clin": clin, "pts": pts, "tx_cd": tx_codes, "appts": appts, "tx": tx,
            "inv": inv, "pmt": pmt, "recalls": recalls, "refs": refs}  # fmt: skip


def build_dental_database(path: str | Path) -> Path:
    """Write the dental group's database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
