"""A made-up UK recruitment agency, Harbour Lane Recruitment, written by someone who had not seen the engine's rules:
the ``recruit`` dev set's database. "Today" for the data is 2025-12-31.

Ten tables with foreign keys, named the way the agency's old back-office system names them:

- ``ofc``: the branch offices. ``ofc_id``, ``ofc_nm`` (e.g. 'Manchester'), ``city``, ``rgn_cd`` the region
  ('LON' London, 'SE' South East, 'MID' Midlands, 'NTH' North, 'SCO' Scotland) and ``open_dt`` when it opened.
- ``consult``: the agency's consultants (recruiters). ``cons_id``, ``first_nm``, ``last_nm``, ``ofc_id`` their
  office, ``grade_cd`` ('RES' resourcer, 'CON' consultant, 'SNR' senior consultant, 'PRN' principal consultant,
  'MGR' branch manager), ``disc_cd`` the discipline they recruit for (see ``vac.disc_cd``), ``hire_dt``,
  ``leave_dt`` (NULL while still employed), ``actv_flg`` 1 while employed and 0 after leaving, ``base_sal`` annual
  basic salary in pounds. Resourcers own no vacancies.
- ``sect``: the industry sectors clients are filed under. ``sect_cd`` and ``sect_desc``: 'FIN' Financial services,
  'TECH' Technology, 'HC' Healthcare, 'RET' Retail, 'MFG' Manufacturing, 'PUB' Public sector, 'ENGY' Energy and
  utilities, 'LEG' Legal, 'CONS' Construction, 'EDU' Education (no clients yet).
- ``client``: the client companies that give the agency vacancies. ``client_id``, ``client_nm``, ``sect_cd``,
  ``city``, ``acct_mgr_id`` the consultant who manages the account, ``fee_pct`` the agreed permanent placement fee as a
  percentage of first-year salary, ``pay_terms`` invoice payment terms in days (14, 30, 45 or 60), ``psl_flg`` 1 when
  the agency is on the client's preferred supplier list, ``sts`` ('A' active, 'I' inactive, 'S' on stop: no new work
  while debts are chased) and ``onboard_dt`` when the account was opened. Some clients have never sent a vacancy.
- ``cand``: candidates (job seekers) on the database. ``cand_id``, ``first_nm``, ``last_nm``, ``city``, ``src_cd``
  how they found the agency ('LI' LinkedIn, 'JB' job board, 'REF' referral, 'WEB' the agency's website, 'HH'
  headhunted by a consultant, 'EVT' careers event), ``reg_dt`` when they registered, ``exp_yrs`` years of experience,
  ``exp_sal`` the salary they are looking for, ``ntc_wks`` their notice period in weeks, ``rtw_flg`` 1 when right to
  work in the UK has been checked and ``optout_flg`` 1 when they have opted out of marketing emails. Many candidates
  have never applied for anything.
- ``vac``: vacancies (jobs) a client asked the agency to fill. ``vac_id``, ``vac_ref`` (e.g. 'V24-0113'),
  ``client_id``, ``cons_id`` the owning consultant, ``job_ttl``, ``disc_cd`` the discipline ('IT' technology, 'FIN'
  accountancy and finance, 'ENG' engineering, 'SAL' sales and marketing, 'HR' human resources, 'OFF' office support),
  ``emp_typ`` ('P' permanent, 'C' contract, 'T' temporary), ``sal_min`` and ``sal_max`` the advertised annual salary
  band for permanent jobs (NULL for contract and temp jobs), ``day_rt`` the advertised day rate for contract and temp
  jobs (NULL for permanent jobs), ``hc`` the number of people wanted, ``open_dt``, ``close_dt`` (NULL while open or
  on hold), ``sts`` ('O' open, 'H' on hold, 'F' filled, 'X' cancelled by the client, 'L' lost: filled by the client
  or another agency), ``urg_flg`` 1 for urgent jobs and ``excl_flg`` 1 when the agency has the job exclusively.
- ``appl``: applications, a candidate put forward for a vacancy. ``appl_id``, ``vac_id``, ``cand_id``, ``appl_dt``,
  ``stage_cd`` how far it got ('NEW' new, 'SCR' screened by the consultant, 'SUB' CV submitted to the client, 'INT'
  interviewing, 'OFR' offer made, 'PLC' placed, 'REJ' rejected, 'WDN' withdrawn by the candidate) and ``upd_dt`` when
  the stage last changed.
- ``intvw``: interviews with the client for an application. ``intvw_id``, ``appl_id``, ``intvw_dt``, ``rnd_no``
  (1 first interview, 2 second, 3 final), ``fmt_cd`` ('PH' phone, 'VID' video, 'F2F' face to face), ``outcome_cd``
  ('P' passed, 'F' failed, 'NS' candidate did not show, 'CX' cancelled, 'PND' awaiting feedback) and ``fdbk_scr`` the
  client's score 1-5 (NULL when there was no interview or no feedback yet).
- ``plcmt``: placements, a candidate who got the job (one per placed application). ``plc_id``, ``appl_id``,
  ``start_dt``, ``end_dt`` the contract's planned end (NULL for permanent jobs), ``sal`` the agreed annual salary,
  ``fee_pct`` and ``fee_amt`` the agency's one-off fee (permanent jobs only; NULL otherwise), ``chg_rt`` the day rate
  charged to the client and ``pay_rt`` the day rate paid to the contractor (contract and temp jobs only; NULL
  otherwise), ``fall_off_flg`` 1 when the placement fell through early (a permanent starter left inside the 90-day
  guarantee, or a contract ended before its end date) and ``fall_off_dt`` when (NULL otherwise).
- ``inv``: invoices to clients. ``inv_id``, ``inv_no`` (e.g. 'HL-240117'), ``client_id``, ``plc_id``, ``inv_typ``
  ('F' a permanent placement fee, 'T' a monthly timesheet invoice for a contractor or temp), ``inv_dt``, ``due_dt``,
  ``net_amt`` the amount before VAT, ``vat_amt`` the 20% VAT, ``sts`` ('ISS' issued and unpaid, 'PD' paid, 'CR'
  credited after a fall-off, 'WO' written off as a bad debt) and ``paid_dt`` (NULL unless paid).

Rows come from a fixed seed, so every build holds the same rows. Activity is skewed: a few clients send most of the
vacancies, a few consultants own many of them, some candidates apply again and again; some clients, consultants and
candidates have no activity at all, and the newest office (Glasgow) has not placed anyone yet.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_recruit_database(pathlib.Path(tempfile.mkdtemp()) / "recruit.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM vac").fetchone()
    (640,)
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_recruit_database"]

_SCHEMA = """
CREATE TABLE ofc (
    ofc_id INTEGER PRIMARY KEY, ofc_nm TEXT NOT NULL, city TEXT NOT NULL, rgn_cd TEXT NOT NULL, open_dt DATE NOT NULL
);
CREATE TABLE consult (
    cons_id INTEGER PRIMARY KEY, first_nm TEXT NOT NULL, last_nm TEXT NOT NULL,
    ofc_id INTEGER NOT NULL REFERENCES ofc (ofc_id), grade_cd TEXT NOT NULL, disc_cd TEXT NOT NULL,
    hire_dt DATE NOT NULL, leave_dt DATE, actv_flg INTEGER NOT NULL, base_sal NUMERIC NOT NULL
);
CREATE TABLE sect (
    sect_cd TEXT PRIMARY KEY, sect_desc TEXT NOT NULL
);
CREATE TABLE client (
    client_id INTEGER PRIMARY KEY, client_nm TEXT NOT NULL, sect_cd TEXT NOT NULL REFERENCES sect (sect_cd),
    city TEXT NOT NULL, acct_mgr_id INTEGER NOT NULL REFERENCES consult (cons_id), fee_pct NUMERIC NOT NULL,
    pay_terms INTEGER NOT NULL, psl_flg INTEGER NOT NULL, sts TEXT NOT NULL, onboard_dt DATE NOT NULL
);
CREATE TABLE cand (
    cand_id INTEGER PRIMARY KEY, first_nm TEXT NOT NULL, last_nm TEXT NOT NULL, city TEXT NOT NULL,
    src_cd TEXT NOT NULL, reg_dt DATE NOT NULL, exp_yrs INTEGER NOT NULL, exp_sal NUMERIC NOT NULL,
    ntc_wks INTEGER NOT NULL, rtw_flg INTEGER NOT NULL, optout_flg INTEGER NOT NULL
);
CREATE TABLE vac (
    vac_id INTEGER PRIMARY KEY, vac_ref TEXT NOT NULL, client_id INTEGER NOT NULL REFERENCES client (client_id),
    cons_id INTEGER NOT NULL REFERENCES consult (cons_id), job_ttl TEXT NOT NULL, disc_cd TEXT NOT NULL,
    emp_typ TEXT NOT NULL, sal_min NUMERIC, sal_max NUMERIC, day_rt NUMERIC, hc INTEGER NOT NULL,
    open_dt DATE NOT NULL, close_dt DATE, sts TEXT NOT NULL, urg_flg INTEGER NOT NULL, excl_flg INTEGER NOT NULL
);
CREATE TABLE appl (
    appl_id INTEGER PRIMARY KEY, vac_id INTEGER NOT NULL REFERENCES vac (vac_id),
    cand_id INTEGER NOT NULL REFERENCES cand (cand_id), appl_dt DATE NOT NULL, stage_cd TEXT NOT NULL,
    upd_dt DATE NOT NULL
);
CREATE TABLE intvw (
    intvw_id INTEGER PRIMARY KEY, appl_id INTEGER NOT NULL REFERENCES appl (appl_id), intvw_dt DATE NOT NULL,
    rnd_no INTEGER NOT NULL, fmt_cd TEXT NOT NULL, outcome_cd TEXT NOT NULL, fdbk_scr INTEGER
);
CREATE TABLE plcmt (
    plc_id INTEGER PRIMARY KEY, appl_id INTEGER NOT NULL REFERENCES appl (appl_id), start_dt DATE NOT NULL,
    end_dt DATE, sal NUMERIC, fee_pct NUMERIC, fee_amt NUMERIC, chg_rt NUMERIC, pay_rt NUMERIC,
    fall_off_flg INTEGER NOT NULL, fall_off_dt DATE
);
CREATE TABLE inv (
    inv_id INTEGER PRIMARY KEY, inv_no TEXT NOT NULL, client_id INTEGER NOT NULL REFERENCES client (client_id),
    plc_id INTEGER NOT NULL REFERENCES plcmt (plc_id), inv_typ TEXT NOT NULL, inv_dt DATE NOT NULL,
    due_dt DATE NOT NULL, net_amt NUMERIC NOT NULL, vat_amt NUMERIC NOT NULL, sts TEXT NOT NULL, paid_dt DATE
);
"""

_TODAY = dt.date(2025, 12, 31)

#: name, city, region, opened, share of consultants
_OFFICES = [
    ("London Bridge", "London", "LON", "2009-03-02", 10),
    ("Canary Wharf", "London", "LON", "2016-06-06", 7),
    ("Reading", "Reading", "SE", "2012-01-09", 5),
    ("Birmingham", "Birmingham", "MID", "2013-09-02", 6),
    ("Manchester", "Manchester", "NTH", "2011-04-04", 7),
    ("Leeds", "Leeds", "NTH", "2018-02-05", 4),
    ("Glasgow", "Glasgow", "SCO", "2025-09-01", 2),
]
_SECTORS = [
    ("FIN", "Financial services"),
    ("TECH", "Technology"),
    ("HC", "Healthcare"),
    ("RET", "Retail"),
    ("MFG", "Manufacturing"),
    ("PUB", "Public sector"),
    ("ENGY", "Energy and utilities"),
    ("LEG", "Legal"),
    ("CONS", "Construction"),
    ("EDU", "Education"),
]
#: sector -> the disciplines its vacancies come in, most likely first
_SECTOR_DISCS = {
    "FIN": ["FIN", "IT", "HR", "OFF"],
    "TECH": ["IT", "SAL", "FIN", "HR"],
    "HC": ["OFF", "HR", "FIN", "IT"],
    "RET": ["SAL", "OFF", "FIN", "HR"],
    "MFG": ["ENG", "FIN", "OFF", "SAL"],
    "PUB": ["OFF", "FIN", "IT", "HR"],
    "ENGY": ["ENG", "IT", "FIN", "SAL"],
    "LEG": ["OFF", "FIN", "IT", "HR"],
    "CONS": ["ENG", "OFF", "FIN", "SAL"],
}
#: discipline -> (job title, low salary, high salary, contract day rate)
_JOBS = {
    "IT": [("Software Engineer", 45000, 70000, 450), ("Senior Developer", 65000, 90000, 550),
           ("DevOps Engineer", 55000, 80000, 525), ("Data Analyst", 35000, 52000, 375),
           ("IT Support Analyst", 26000, 34000, 200), ("Solutions Architect", 80000, 110000, 650),
           ("Project Manager", 50000, 70000, 500)],
    "FIN": [("Accountant", 40000, 55000, 300), ("Financial Controller", 65000, 85000, 475),
            ("Credit Controller", 26000, 32000, 160), ("Payroll Officer", 27000, 34000, 170),
            ("Management Accountant", 42000, 55000, 320), ("Finance Manager", 55000, 72000, 420)],
    "ENG": [("Mechanical Engineer", 38000, 52000, 340), ("Electrical Engineer", 40000, 55000, 360),
            ("Site Manager", 48000, 62000, 380), ("Quality Engineer", 36000, 48000, 300),
            ("Maintenance Technician", 30000, 40000, 220)],
    "SAL": [("Account Manager", 32000, 45000, 250), ("Business Development Manager", 45000, 65000, 350),
            ("Sales Executive", 25000, 32000, 160), ("Marketing Manager", 45000, 60000, 380)],
    "HR": [("HR Advisor", 30000, 38000, 210), ("HR Business Partner", 50000, 65000, 400),
           ("In-house Recruiter", 32000, 42000, 250), ("L&D Manager", 45000, 58000, 350)],
    "OFF": [("Office Manager", 30000, 38000, 170), ("Receptionist", 22000, 25000, 115),
            ("Administrator", 23000, 27000, 120), ("Personal Assistant", 30000, 40000, 180),
            ("Customer Service Advisor", 22500, 26000, 115)],
}  # fmt: skip
_FIRST = ["James", "Sophie", "Tom", "Hannah", "Ben", "Charlotte", "Dan", "Lucy", "Sam", "Emily", "Jamie", "Katie",
          "Ryan", "Laura", "Chris", "Amy", "Matt", "Rebecca", "Adam", "Jess", "Luke", "Holly", "Josh", "Megan",
          "Nathan", "Gemma", "Priya", "Arjun", "Fatima", "Omar", "Zara", "Kwame", "Chloe", "Liam", "Aoife", "Ewan",
          "Isla", "Rory", "Anna", "Piotr"]  # fmt: skip
_LAST = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Wright",
         "Walker", "Khan", "Thompson", "White", "Hughes", "Edwards", "Green", "Hall", "Lewis", "Clarke", "Harris",
         "Martin", "Cooper", "King", "Baker", "Ali", "Scott", "Campbell", "Murray", "Reid", "Begum", "Shah", "Kaur",
         "Nowak", "Okafor", "Mensah", "Doyle", "Kelly", "Hussain", "Chen"]  # fmt: skip
_CAND_CITIES = [("London", 30), ("Manchester", 12), ("Birmingham", 10), ("Leeds", 8), ("Reading", 6),
                ("Bristol", 5), ("Glasgow", 4), ("Sheffield", 4), ("Liverpool", 4), ("Nottingham", 3),
                ("Slough", 3), ("Bradford", 2), ("Coventry", 2), ("Edinburgh", 2)]  # fmt: skip
_NAME_A = ["Northgate", "Albion", "Meridian", "Pennine", "Thames", "Severn", "Kestrel", "Beacon", "Oakfield",
           "Riverside", "Crown", "Harbour", "Summit", "Granite", "Evergreen", "Sterling", "Brightwater", "Castle",
           "Lakeside", "Redwood", "Clearview", "Ironbridge", "Westfield", "Fairway", "Mercia", "Highland",
           "Bluebell", "Cobalt", "Ashford", "Whitehall"]  # fmt: skip
_NAME_B = {
    "FIN": ["Capital", "Asset Management", "Insurance", "Building Society", "Wealth"],
    "TECH": ["Software", "Digital", "Systems", "Analytics", "Cloud"],
    "HC": ["Healthcare", "Care Homes", "Medical", "Pharma"],
    "RET": ["Retail", "Foods", "Home Stores", "Fashion"],
    "MFG": ["Engineering", "Manufacturing", "Components", "Plastics", "Precision"],
    "PUB": ["Borough Council", "Housing Trust", "NHS Trust"],
    "ENGY": ["Energy", "Water", "Power", "Renewables"],
    "LEG": ["Solicitors", "Law LLP", "Legal"],
    "CONS": ["Construction", "Builders", "Civil Engineering", "Developments"],
}


def _weighted(rng: random.Random, pairs: list[tuple]) -> object:
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def _month_ends(start: dt.date, stop: dt.date) -> list[tuple[dt.date, dt.date]]:
    """The (from, to) stretches, one per calendar month, that cover ``start`` to ``stop``."""
    out = []
    first = start
    while first <= stop:
        nxt = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
        last = min(nxt - dt.timedelta(days=1), stop)
        out.append((first, last))
        first = nxt
    return out


def _workdays(start: dt.date, stop: dt.date) -> int:
    return sum(1 for n in range((stop - start).days + 1) if (start + dt.timedelta(days=n)).weekday() < 5)


def _rows(seed: int = 20251231) -> dict[str, list[tuple]]:  # noqa: PLR0912, PLR0915 - one generator per table
    rng = random.Random(seed)
    offices = [(i, o[0], o[1], o[2], o[3]) for i, o in enumerate(_OFFICES, 1)]
    sectors = list(_SECTORS)

    # consultants: two in Glasgow (hired with the office), a few leavers, a few resourcers
    consult = []
    names = rng.sample([(f, s) for f in _FIRST for s in _LAST], 46)
    office_seq = [1, 5, 4, 2, 3, 6, 7, 7] + [
        rng.choices(range(1, 7), weights=[o[4] for o in _OFFICES[:6]])[0] for _ in range(36)
    ]
    discs = list(_JOBS)
    for i, office in enumerate(office_seq, 1):
        first, last = names[i - 1]
        if office == 7:
            grade = "MGR" if not any(c[3] == 7 for c in consult) else "CON"
            hire = random_day(rng, dt.date(2025, 8, 4), dt.date(2025, 9, 1))
        else:
            grade = "MGR" if i <= 6 else rng.choices(["RES", "CON", "SNR", "PRN"], weights=[5, 12, 8, 3])[0]
            hire = random_day(rng, dt.date(2012, 1, 1), dt.date(2024, 10, 1))
            if grade == "MGR":
                hire = random_day(rng, dt.date(2009, 3, 1), dt.date(2018, 6, 1))
            hire = max(hire, dt.date.fromisoformat(_OFFICES[office - 1][3]))
        leave = None
        if grade not in ("MGR",) and office != 7 and rng.random() < 0.16:
            leave = random_day(rng, max(hire + dt.timedelta(days=200), dt.date(2023, 3, 1)), dt.date(2025, 11, 28))
        disc = rng.choice(discs)
        pay = {"RES": 24000, "CON": 28000, "SNR": 34000, "PRN": 42000, "MGR": 52000}[grade] + 500 * rng.randint(0, 8)
        consult.append((i, first, last, office, grade, disc, hire.isoformat(), leave and leave.isoformat(),
                        0 if leave else 1, pay))  # fmt: skip

    # clients: a skewed few send most of the work, some have never sent anything
    clients = []
    used = set()
    sect_weights = {"FIN": 10, "TECH": 12, "HC": 5, "RET": 6, "MFG": 8, "PUB": 4, "ENGY": 4, "LEG": 3, "CONS": 6}
    cities = [("London", 34), ("Manchester", 12), ("Birmingham", 11), ("Leeds", 8), ("Reading", 7), ("Slough", 3),
              ("Bristol", 4), ("Sheffield", 3), ("Glasgow", 3), ("Coventry", 3), ("Bracknell", 3)]  # fmt: skip
    mgrs = [c for c in consult if c[4] != "RES"]
    while len(clients) < 170:
        sect = _weighted(rng, list(sect_weights.items()))
        name = f"{rng.choice(_NAME_A)} {rng.choice(_NAME_B[sect])}"
        if name in used:
            continue
        used.add(name)
        city = _weighted(rng, cities)
        mgr = rng.choice(mgrs)
        fee = rng.choices([15, 18, 20, 22, 25], weights=[3, 5, 8, 4, 2])[0]
        if sect == "PUB":
            fee = rng.choice([12, 15])
        terms = rng.choices([14, 30, 45, 60], weights=[1, 10, 3, 2])[0]
        psl = int(rng.random() < 0.3)
        onboard = random_day(rng, dt.date(2015, 1, 1), dt.date(2025, 6, 30))
        sts = rng.choices(["A", "I", "S"], weights=[80, 15, 5])[0]
        clients.append([len(clients) + 1, name, sect, city, mgr[0], fee, terms, psl, sts, onboard.isoformat()])
    client_weight = []
    for c in clients:
        w = min(rng.paretovariate(1.2), 25.0)
        if c[0] % 9 == 5 or (c[8] == "I" and rng.random() < 0.5):
            w = 0.0
        if c[7]:
            w *= 2
        client_weight.append(w)
    clients = [tuple(c) for c in clients]

    # candidates, numbered in order of registration
    cand_rows = []
    for _ in range(2100):
        first, last = rng.choice(_FIRST), rng.choice(_LAST)
        reg = random_day(rng, dt.date(2021, 1, 4), dt.date(2025, 12, 19))
        exp = min(35, int(rng.expovariate(1 / 7)))
        want = round((24000 + exp * 1900 + rng.gauss(0, 6000)) / 500) * 500
        cand_rows.append((reg, first, last, _weighted(rng, _CAND_CITIES),
                          rng.choices(["LI", "JB", "REF", "WEB", "HH", "EVT"], weights=[30, 28, 12, 16, 9, 5])[0],
                          exp, max(21000, want), rng.choice([0, 1, 1, 4, 4, 4, 4, 8, 12, 12]),
                          int(rng.random() < 0.92), int(rng.random() < 0.18)))  # fmt: skip
    cand_rows.sort(key=lambda r: r[0])
    cands = [(i, r[1], r[2], r[3], r[4], r[0].isoformat(), *r[5:]) for i, r in enumerate(cand_rows, 1)]
    cand_regs = [r[0] for r in cand_rows]
    cand_weight = [0.0 if rng.random() < 0.27 else min(rng.paretovariate(1.6), 8.0) for _ in cands]
    cand_cum = list(itertools.accumulate(cand_weight))

    # vacancies
    owners = [c for c in consult if c[4] != "RES"]
    owner_weight = {c[0]: (min(rng.paretovariate(1.4), 12.0) if c[0] % 11 != 3 else 0.0) for c in owners}
    owner_weight[7] = owner_weight[8] = 3.0  # the second Glasgow consultant has some jobs on the go
    vacs = []
    while len(vacs) < 640:
        opened = random_day(rng, dt.date(2023, 1, 2), dt.date(2025, 12, 19))
        if opened.weekday() > 4:
            continue
        client = rng.choices(clients, weights=client_weight)[0]
        if client[8] == "S" and opened > dt.date(2025, 3, 1):
            continue
        live = [c for c in owners if owner_weight[c[0]] > 0 and dt.date.fromisoformat(c[6]) <= opened
                and (c[7] is None or dt.date.fromisoformat(c[7]) > opened + dt.timedelta(days=60))]  # fmt: skip
        if not live:
            continue
        owner = rng.choices(live, weights=[owner_weight[c[0]] for c in live])[0]
        order = _SECTOR_DISCS[client[2]]
        disc = owner[5] if rng.random() < 0.35 else rng.choices(order, weights=[8, 3, 2, 1])[0]
        title, low, high, rate = rng.choice(_JOBS[disc])
        emp = rng.choices(["P", "C", "T"], weights=[66, 24, 10] if disc != "OFF" else [45, 15, 40])[0]
        drift = 1 + 0.04 * (opened.year - 2023)
        if emp == "P":
            sal_min, sal_max = round(low * drift / 1000) * 1000, round(high * drift / 1000) * 1000
            day_rt = None
        else:
            sal_min = sal_max = None
            day_rt = round(rate * drift * rng.uniform(0.9, 1.15) / 5) * 5
        hc = rng.choices([1, 2, 3, 5], weights=[82, 12, 4, 2])[0]
        if emp == "T":
            hc = rng.choices([1, 2, 4], weights=[6, 3, 1])[0]
        age = (_TODAY - opened).days
        if owner[3] == 7:
            sts = rng.choices(["O", "H", "X"], weights=[7, 2, 1])[0]
        elif age < 45:
            sts = rng.choices(["O", "H", "X"], weights=[14, 2, 1])[0]
        elif age < 120:
            sts = rng.choices(["O", "H", "F", "X", "L"], weights=[6, 2, 8, 2, 2])[0]
        else:
            sts = rng.choices(["O", "H", "F", "X", "L"], weights=[1, 1, 22, 6, 7])[0]
            if sts in "OH" and age > 400:
                sts = "F"
        close = None
        if sts in "FXL":
            close = min(opened + dt.timedelta(days=rng.randint(12, 110)), dt.date(2025, 11, 14))
            if close <= opened:
                close = opened + dt.timedelta(days=10)
        if sts == "X":
            close = min(opened + dt.timedelta(days=rng.randint(3, 60)), _TODAY)
        urgent = int(rng.random() < (0.3 if emp != "P" else 0.15))
        excl = int(rng.random() < (0.35 if client[7] else 0.12))
        vacs.append([0, "", client[0], owner[0], title, disc, emp, sal_min, sal_max, day_rt, hc,
                     opened.isoformat(), close and close.isoformat(), sts, urgent, excl])  # fmt: skip
    vacs.sort(key=lambda v: (v[11], v[1]))
    # references are numbered by opening date within the year
    seen: dict[str, int] = {}
    for i, v in enumerate(vacs, 1):
        v[0] = i
        year = v[11][2:4]
        seen[year] = seen.get(year, 0) + 1
        v[1] = f"V{year}-{seen[year]:04d}"
    vacs = [tuple(v) for v in vacs]

    # applications, interviews and placements
    appls, intvws, plcmts = [], [], []
    fmt_pairs = [("PH", 3), ("VID", 6), ("F2F", 4)]

    def add_interviews(appl_id: int, first: dt.date, rounds: int, last_outcome: str, cap: dt.date) -> dt.date:
        day = first
        for rnd in range(1, rounds + 1):
            outcome = "P" if rnd < rounds else last_outcome
            score = None
            if outcome == "P":
                score = rng.choices([3, 4, 5], weights=[3, 5, 2])[0]
            elif outcome == "F":
                score = rng.choices([1, 2, 3], weights=[3, 5, 2])[0]
            fmt = "F2F" if rnd == 3 else _weighted(rng, fmt_pairs)
            intvws.append([0, appl_id, min(day, cap).isoformat(), rnd, fmt, outcome, score])
            day = day + dt.timedelta(days=rng.randint(3, 12))
        return min(day, cap)

    for v in vacs:
        (vac_id, _, client_id, _, _, _, emp, sal_min, sal_max, day_rt, hc, opened, closed, sts, urgent, _) = v
        opened_d = dt.date.fromisoformat(opened)
        end = dt.date.fromisoformat(closed) if closed else _TODAY
        window = max(1, (end - opened_d).days - 3)
        n = 0 if rng.random() < 0.06 and sts != "F" else max(1, int(rng.expovariate(1 / (6 + 3 * urgent))))
        if sts == "F":
            n = max(n, hc + rng.randint(0, 3))
        n = min(n, 40)
        picked: set[int] = set()
        vac_appls = []
        for _ in range(n):
            day = opened_d + dt.timedelta(days=rng.randrange(window))
            k = bisect.bisect_right(cand_regs, day)
            if k == 0 or cand_cum[k - 1] == 0:
                continue
            cand = rng.choices(range(1, k + 1), cum_weights=cand_cum[:k])[0]
            if cand in picked:
                continue
            picked.add(cand)
            vac_appls.append((day, cand))
        vac_appls.sort()
        placed_idx = set()
        if sts == "F":
            placed_idx = set(rng.sample(range(len(vac_appls)), min(hc, len(vac_appls))))
        for idx, (day, cand) in enumerate(vac_appls):
            appl_id = len(appls) + 1
            recent = (end - day).days
            if idx in placed_idx:
                stage = "PLC"
            elif sts in "OH":
                stage = rng.choices(["NEW", "SCR", "SUB", "INT", "OFR", "REJ", "WDN"],
                                    weights=[3 if recent < 20 else 0.3, 3, 4, 3, 0.6, 6, 1.5])[0]  # fmt: skip
            else:
                stage = rng.choices(["REJ", "WDN"], weights=[8, 2])[0]
            upd = day + dt.timedelta(days=rng.randint(0, 6))
            first_int = day + dt.timedelta(days=rng.randint(5, 15))
            cap = end if closed else _TODAY
            if stage in ("INT", "OFR", "PLC") or (stage == "REJ" and rng.random() < 0.35):
                rounds = rng.choices([1, 2, 3], weights=[3, 5, 2])[0]
                if stage == "INT":
                    last = "PND" if (_TODAY - first_int).days < 30 and rng.random() < 0.6 else "P"
                    rounds = min(rounds, 2) if last == "P" else rounds
                elif stage == "REJ":
                    last = rng.choices(["F", "NS"], weights=[9, 1])[0]
                else:
                    last = "P"
                upd = add_interviews(appl_id, first_int, rounds, last, cap)
            elif stage == "WDN" and rng.random() < 0.3:
                upd = add_interviews(appl_id, first_int, 1, rng.choice(["CX", "NS"]), cap)
            upd = min(max(upd, day), cap if stage != "PLC" else end)
            appls.append((appl_id, vac_id, cand, day.isoformat(), stage, upd.isoformat()))
            if stage == "PLC":
                start = end + dt.timedelta(days=rng.randint(7, 45))
                while start.weekday() != 0:
                    start -= dt.timedelta(days=1)
                start = max(start, end + dt.timedelta(days=1))
                client = clients[client_id - 1]
                fall = rng.random() < 0.08
                if emp == "P":
                    sal = round(rng.uniform(sal_min, sal_max) / 500) * 500
                    pct = client[5] - (2 if rng.random() < 0.15 else 0)
                    fee = round(sal * pct / 100, 2)
                    end_dt, chg, pay = None, None, None
                    fall_dt = start + dt.timedelta(days=rng.randint(10, 85)) if fall else None
                else:
                    sal, pct, fee = None, None, None
                    chg = round(day_rt * rng.uniform(0.95, 1.05) / 5) * 5
                    pay = round(chg * rng.uniform(0.76, 0.84) / 5) * 5
                    months = rng.choice([3, 3, 6, 6, 6, 9, 12]) if emp == "C" else rng.choice([1, 2, 3])
                    end_dt = start + dt.timedelta(days=30 * months)
                    fall_dt = start + dt.timedelta(days=rng.randint(7, 30 * months - 5)) if fall else None
                if fall_dt and fall_dt > _TODAY:
                    fall_dt = None
                fell = (int(fall_dt is not None), fall_dt and fall_dt.isoformat())
                plcmts.append((len(plcmts) + 1, appl_id, start.isoformat(), end_dt and end_dt.isoformat(), sal,
                               pct, fee, chg, pay, *fell))  # fmt: skip
    intvws.sort(key=lambda r: (r[2], r[1], r[3]))
    intvws = [(i, *r[1:]) for i, r in enumerate(intvws, 1)]

    # invoices: one fee invoice per permanent placement, monthly timesheet invoices for contractors and temps
    appl_vac = {a[0]: a[1] for a in appls}
    invs = []
    for p in plcmts:
        plc_id, appl_id, start, end_dt, _, _, fee, chg, _, _, fall_dt = p
        vac = vacs[appl_vac[appl_id] - 1]
        client = clients[vac[2] - 1]
        start_d = dt.date.fromisoformat(start)
        if fee is not None:
            bills = [(start_d + dt.timedelta(days=rng.randint(0, 4)), fee)]
        else:
            stop = min(dt.date.fromisoformat(end_dt), _TODAY)
            if fall_dt:
                stop = min(stop, dt.date.fromisoformat(fall_dt))
            bills = []
            for a, b in _month_ends(start_d, stop):
                days = _workdays(a, b) - (rng.randint(0, 2) if rng.random() < 0.3 else 0)
                if days > 0 and b < _TODAY:
                    bills.append((b, round(days * chg, 2)))
        for billed, net in bills:
            if billed > _TODAY:
                continue
            due = billed + dt.timedelta(days=client[6])
            late = rng.choices([0, 1, 2], weights=[7, 2, 1] if client[8] != "S" else [1, 2, 4])[0]
            paid_on = due + dt.timedelta(days=rng.randint(-10, 5) + late * rng.randint(10, 40))
            if fee is not None and fall_dt:
                sts, paid = "CR", None
            elif paid_on <= _TODAY and not (late == 2 and rng.random() < 0.12 and due < dt.date(2025, 3, 1)):
                sts, paid = "PD", max(paid_on, billed + dt.timedelta(days=1))
            elif due < dt.date(2025, 3, 1):
                sts, paid = "WO", None
            else:
                sts, paid = "ISS", None
            invs.append([0, "", client[0], plc_id, "F" if fee is not None else "T", billed.isoformat(),
                         due.isoformat(), net, round(net * 0.2, 2), sts, paid and paid.isoformat()])  # fmt: skip
    invs.sort(key=lambda r: (r[5], r[3]))
    per_month: dict[str, int] = {}
    for i, r in enumerate(invs, 1):
        key = r[5][2:4] + r[5][5:7]
        per_month[key] = per_month.get(key, 0) + 1
        r[0], r[1] = i, f"HL-{key}{per_month[key]:03d}"
    invs = [tuple(r) for r in invs]
    return {"ofc": offices, "consult": consult, "sect": sectors, "client": clients, "cand": cands, "vac": vacs,
            "appl": appls, "intvw": intvws, "plcmt": plcmts, "inv": invs}  # fmt: skip


def build_recruit_database(path: str | Path) -> Path:
    """Write the recruitment agency's database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
