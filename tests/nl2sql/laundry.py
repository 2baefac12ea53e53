"""A made-up chain of eight dry-cleaning and laundry shops around Columbus, Ohio, kept in an old back-office system
with very terse table and column names: the ``laundry`` dev set's database.

Eleven tables with foreign keys:

- ``brnch`` (branches): ``brnch_id``, ``brnch_cd`` (a short shop code such as 'CLB01'), ``brnch_nm``, ``addr``,
  ``cty`` (city), ``pst_cd`` (ZIP code), ``opn_dt`` (opening date) and ``plnt_flg`` (1 when the shop has its own
  cleaning plant, 0 for a drop-off counter that sends work to a plant).
- ``emp`` (staff): ``emp_id``, ``emp_no``, ``fst_nm``, ``lst_nm``, ``brnch_id``, ``role_cd`` ('MGR' branch manager,
  'CSR' counter clerk, 'PRS' presser / plant operator, 'TLR' tailor, 'DRV' delivery driver), ``hrly_rt`` (hourly pay
  in dollars), ``hire_dt`` and ``term_dt`` (leaving date, NULL while still employed).
- ``cust`` (customers): ``cust_id``, ``acct_no``, ``fst_nm``, ``lst_nm`` (for accounts, the contact person),
  ``co_nm`` (company or hotel name, NULL for private customers), ``cust_typ`` ('R' retail / private, 'B' business
  account, 'H' hotel account), ``phn``, ``eml``, ``cty``, ``hm_brnch_id`` (home branch), ``reg_dt`` (date
  registered) and ``loy_cd`` (loyalty tier: 'N' none, 'S' silver, 'G' gold).
- ``gmt_typ`` (garment types and the current price list): ``gmt_cd`` (a short code such as 'SHRT' or 'SUIT2'),
  ``gmt_desc``, ``svc_cd`` (service: 'DC' dry clean, 'LD' launder and press, 'WF' wash and fold, priced per pound,
  'SP' specialist cleaning), ``prc_amt`` (current list price per item or per pound) and ``tat_days`` (standard
  turnaround in days).
- ``ord_hdr`` (tickets / orders): ``ord_id``, ``tkt_no``, ``cust_id``, ``brnch_id`` (where it was dropped off),
  ``emp_id`` (who wrote the ticket), ``dt_in`` (dropped off), ``dt_due`` (promised), ``dt_out`` (collected or
  delivered, NULL while not yet out), ``sts_cd`` ('O' in process, 'R' ready for pickup, 'C' collected by the
  customer, 'D' delivered, 'X' cancelled), ``exp_flg`` (1 for express service, charged 50% extra), ``pay_cd``
  ('CSH' cash, 'CRD' card, 'ACC' charged to account), ``disc_pct`` (discount percent) and ``tot_amt`` (the ticket
  total in dollars: the line amounts, plus 50% when express, less the discount).
- ``ord_ln`` (ticket lines): ``ln_id``, ``ord_id``, ``ln_no``, ``gmt_cd``, ``qty`` (items, or pounds for wash and
  fold), ``unt_prc`` (price charged per unit at the time, list prices rose every year), ``ln_amt`` (qty times
  price) and ``stn_flg`` (1 when stain treatment was asked for).
- ``altr`` (alterations and repairs done on a ticket): ``alt_id``, ``ord_id``, ``emp_id`` (the tailor), ``alt_cd``
  ('HEM' hem, 'TKI' take in, 'LTO' let out, 'ZIP' zipper replacement, 'BTN' buttons, 'SLV' shorten sleeves, 'RPR'
  repair / patch), ``alt_amt`` (charge in dollars, on top of the ticket total) and ``dt_cmp`` (date finished).
- ``dlvry`` (delivery runs): ``dlv_id``, ``ord_id``, ``emp_id`` (the driver), ``dlv_dt``, ``dlv_sts`` ('DL'
  delivered, 'FA' failed attempt, nobody home, 'RS' rescheduled by the customer), ``fee_amt`` (delivery fee charged,
  0 for accounts and for attempts that did not deliver) and ``dist_mi`` (miles driven).
- ``cmplnt`` (complaints): ``cmp_id``, ``ord_id``, ``cust_id``, ``cmp_dt``, ``cmp_cd`` ('DMG' damaged garment, 'LST'
  lost item, 'STN' stain not removed, 'LTE' not ready on time, 'SHR' shrinkage, 'CHG' overcharged, 'SVC' poor
  service), ``rslv_cd`` ('RFD' refund, 'RWS' re-cleaned free, 'CRD' store credit, 'NOA' no action, 'OPN' still open),
  ``rfnd_amt`` (refund or credit in dollars, 0 otherwise) and ``rslv_dt`` (NULL while open).
- ``mach`` (machines in the shops): ``mach_id``, ``brnch_id``, ``mach_typ`` ('DCM' dry-cleaning machine, 'WSH'
  washer-extractor, 'DRY' tumble dryer, 'PRS' press, 'STM' steam finisher), ``mfr``, ``mdl``, ``srl_no``,
  ``inst_dt`` (installed) and ``sts_cd`` ('A' in service, 'R' retired).
- ``mnt_log`` (machine maintenance): ``mnt_id``, ``mach_id``, ``mnt_dt``, ``mnt_typ`` ('PM' planned service, 'BRK'
  breakdown repair, 'INS' safety inspection), ``tech_nm`` (the service company), ``cst_amt`` (cost in dollars) and
  ``dwn_hrs`` (hours the machine was out of use).

Tickets run from January 2022 to the end of June 2025. Rows come from a fixed seed, so every build holds the same
rows; hotel and business accounts bring in far more tickets than private customers, some customers never brought
anything in, two garment types on the price list were never ordered, the newest driver has made no delivery yet,
two drop-off counters have no machines at all and one old dry-cleaning machine breaks down again and again.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_laundry_database(pathlib.Path(tempfile.mkdtemp()) / "laundry.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM brnch").fetchone()
    (8,)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_laundry_database"]

_SCHEMA = """
CREATE TABLE brnch (
    brnch_id INTEGER PRIMARY KEY, brnch_cd TEXT NOT NULL, brnch_nm TEXT NOT NULL, addr TEXT NOT NULL,
    cty TEXT NOT NULL, pst_cd TEXT NOT NULL, opn_dt DATE NOT NULL, plnt_flg INTEGER NOT NULL
);
CREATE TABLE emp (
    emp_id INTEGER PRIMARY KEY, emp_no TEXT NOT NULL, fst_nm TEXT NOT NULL, lst_nm TEXT NOT NULL,
    brnch_id INTEGER NOT NULL REFERENCES brnch (brnch_id), role_cd TEXT NOT NULL, hrly_rt NUMERIC NOT NULL,
    hire_dt DATE NOT NULL, term_dt DATE
);
CREATE TABLE cust (
    cust_id INTEGER PRIMARY KEY, acct_no TEXT NOT NULL, fst_nm TEXT NOT NULL, lst_nm TEXT NOT NULL, co_nm TEXT,
    cust_typ TEXT NOT NULL, phn TEXT NOT NULL, eml TEXT, cty TEXT NOT NULL,
    hm_brnch_id INTEGER NOT NULL REFERENCES brnch (brnch_id), reg_dt DATE NOT NULL, loy_cd TEXT NOT NULL
);
CREATE TABLE gmt_typ (
    gmt_cd TEXT PRIMARY KEY, gmt_desc TEXT NOT NULL, svc_cd TEXT NOT NULL, prc_amt NUMERIC NOT NULL,
    tat_days INTEGER NOT NULL
);
CREATE TABLE ord_hdr (
    ord_id INTEGER PRIMARY KEY, tkt_no TEXT NOT NULL, cust_id INTEGER NOT NULL REFERENCES cust (cust_id),
    brnch_id INTEGER NOT NULL REFERENCES brnch (brnch_id), emp_id INTEGER NOT NULL REFERENCES emp (emp_id),
    dt_in DATE NOT NULL, dt_due DATE NOT NULL, dt_out DATE, sts_cd TEXT NOT NULL, exp_flg INTEGER NOT NULL,
    pay_cd TEXT NOT NULL, disc_pct NUMERIC NOT NULL, tot_amt NUMERIC NOT NULL
);
CREATE TABLE ord_ln (
    ln_id INTEGER PRIMARY KEY, ord_id INTEGER NOT NULL REFERENCES ord_hdr (ord_id), ln_no INTEGER NOT NULL,
    gmt_cd TEXT NOT NULL REFERENCES gmt_typ (gmt_cd), qty INTEGER NOT NULL, unt_prc NUMERIC NOT NULL,
    ln_amt NUMERIC NOT NULL, stn_flg INTEGER NOT NULL
);
CREATE TABLE altr (
    alt_id INTEGER PRIMARY KEY, ord_id INTEGER NOT NULL REFERENCES ord_hdr (ord_id),
    emp_id INTEGER NOT NULL REFERENCES emp (emp_id), alt_cd TEXT NOT NULL, alt_amt NUMERIC NOT NULL, dt_cmp DATE
);
CREATE TABLE dlvry (
    dlv_id INTEGER PRIMARY KEY, ord_id INTEGER NOT NULL REFERENCES ord_hdr (ord_id),
    emp_id INTEGER NOT NULL REFERENCES emp (emp_id), dlv_dt DATE NOT NULL, dlv_sts TEXT NOT NULL,
    fee_amt NUMERIC NOT NULL, dist_mi NUMERIC NOT NULL
);
CREATE TABLE cmplnt (
    cmp_id INTEGER PRIMARY KEY, ord_id INTEGER NOT NULL REFERENCES ord_hdr (ord_id),
    cust_id INTEGER NOT NULL REFERENCES cust (cust_id), cmp_dt DATE NOT NULL, cmp_cd TEXT NOT NULL,
    rslv_cd TEXT NOT NULL, rfnd_amt NUMERIC NOT NULL, rslv_dt DATE
);
CREATE TABLE mach (
    mach_id INTEGER PRIMARY KEY, brnch_id INTEGER NOT NULL REFERENCES brnch (brnch_id), mach_typ TEXT NOT NULL,
    mfr TEXT NOT NULL, mdl TEXT NOT NULL, srl_no TEXT NOT NULL, inst_dt DATE NOT NULL, sts_cd TEXT NOT NULL
);
CREATE TABLE mnt_log (
    mnt_id INTEGER PRIMARY KEY, mach_id INTEGER NOT NULL REFERENCES mach (mach_id), mnt_dt DATE NOT NULL,
    mnt_typ TEXT NOT NULL, tech_nm TEXT NOT NULL, cst_amt NUMERIC NOT NULL, dwn_hrs NUMERIC NOT NULL
);
"""

_START = dt.date(2022, 1, 3)
_END = dt.date(2025, 6, 30)
_AS_OF = dt.date(2025, 7, 3)

#: code, name, address, city, ZIP, opened, plant, share of tickets, complaint proneness
_BRANCHES = [
    ("CLB01", "Short North", "1140 N High St", "Columbus", "43201", "2009-04-14", 1, 10, 1.0),
    ("CLB02", "German Village", "655 S Third St", "Columbus", "43206", "2012-08-20", 0, 6, 1.0),
    ("DUB01", "Dublin Bridge Park", "6640 Riverside Dr", "Dublin", "43017", "2011-03-07", 1, 9, 0.8),
    ("WST01", "Westerville Uptown", "24 N State St", "Westerville", "43081", "2014-05-12", 1, 7, 2.6),
    ("WTH01", "Worthington Square", "598 High St", "Worthington", "43085", "2016-10-03", 0, 5, 1.0),
    ("UAR01", "Upper Arlington Kingsdale", "3160 Kingsdale Ctr", "Upper Arlington", "43221", "2018-02-26", 1, 6, 0.7),
    ("HIL01", "Hilliard Mill Run", "3820 Fishinger Blvd", "Hilliard", "43026", "2020-09-14", 0, 4, 1.2),
    ("GAH01", "Gahanna Creekside", "121 Mill St", "Gahanna", "43230", "2024-03-11", 0, 4, 1.0),
]  # fmt: skip
#: nearby places customers of each branch live in
_AREAS = {
    1: ["Columbus", "Columbus", "Columbus", "Clintonville"],
    2: ["Columbus", "Columbus", "Bexley"],
    3: ["Dublin", "Dublin", "Powell", "Plain City"],
    4: ["Westerville", "Westerville", "Lewis Center", "Genoa Township"],
    5: ["Worthington", "Worthington", "Columbus", "Powell"],
    6: ["Upper Arlington", "Upper Arlington", "Grandview Heights", "Columbus"],
    7: ["Hilliard", "Hilliard", "Columbus"],
    8: ["Gahanna", "Gahanna", "New Albany", "Columbus"],
}
#: code, description, service, current price, turnaround days, weight for private customers
_GARMENTS = [
    ("SHRT", "Dress shirt", "LD", 3.25, 2, 30),
    ("BLSE", "Blouse", "DC", 7.50, 3, 8),
    ("PNTS", "Trousers", "DC", 8.25, 3, 16),
    ("SKRT", "Skirt", "DC", 7.75, 3, 5),
    ("DRSS", "Dress", "DC", 14.50, 3, 7),
    ("SUIT2", "Two-piece suit", "DC", 18.95, 3, 10),
    ("SUIT3", "Three-piece suit", "DC", 24.50, 3, 2),
    ("JCKT", "Sport coat / blazer", "DC", 10.50, 3, 7),
    ("COAT", "Overcoat", "DC", 22.00, 4, 4),
    ("PRKA", "Down parka", "SP", 34.00, 5, 2),
    ("SWTR", "Sweater", "DC", 8.50, 3, 6),
    ("TIE", "Necktie", "DC", 5.50, 3, 3),
    ("GOWN", "Evening gown", "SP", 45.00, 5, 1.2),
    ("WDDR", "Wedding gown", "SP", 225.00, 14, 0.25),
    ("LTHR", "Leather jacket", "SP", 65.00, 10, 0.6),
    ("FURC", "Fur coat", "SP", 120.00, 14, 0),
    ("RUG", "Area rug", "SP", 85.00, 10, 0),
    ("CMFR", "Comforter", "SP", 32.00, 4, 2.5),
    ("WF", "Wash and fold (per lb)", "WF", 1.95, 2, 4),
    ("DUVT", "Duvet cover", "LD", 14.00, 3, 1.5),
    ("SHT", "Bed sheet", "LD", 4.50, 2, 0.8),
    ("TBCL", "Tablecloth", "LD", 9.00, 2, 0.3),
    ("NAPK", "Cloth napkin", "LD", 0.85, 2, 0),
    ("UNIF", "Work uniform", "DC", 9.50, 3, 0),
]  # fmt: skip
_PRICE_FACTOR = {2022: 0.88, 2023: 0.93, 2024: 0.97, 2025: 1.0}
_HOTELS = [
    "Lennox Park Hotel", "Olentangy River Inn", "Scioto Suites", "Brewery District Lodge", "Dublin Commons Hotel",
    "Polaris Inn & Suites", "Arlington Court Hotel",
]  # fmt: skip
_BUSINESSES = [
    "Buckeye Catering Co", "Schiller Park Bistro", "Capitol Square Law LLP", "Riverside Family Dental",
    "Maple & Vine Bistro", "Grandview Auto Body", "Short North Barbers", "Olde Towne Tavern", "Bridge Park Salon",
    "Mill Run Physical Therapy", "Kingsdale Veterinary", "Uptown Coffee Roasters", "Westerville Fire Dept Auxiliary",
    "Creekside Fitness", "Worthington Inn Restaurant", "Hilliard Pediatrics", "Nationwide Valet Services",
    "Arena District Security", "Lane Avenue Spa", "German Village Bakery", "Easton Events & Weddings",
    "Polaris Medical Group", "Bexley Country Club", "Dublin Irish Pub", "Central Ohio Ushers Guild",
    "Clintonville Montessori", "Powell Chiropractic", "New Albany Golf Club",
]  # fmt: skip
_FIRST = [
    "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth", "William",
    "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Chris", "Karen", "Daniel", "Lisa",
    "Matthew", "Nancy", "Anthony", "Ashley", "Mark", "Emily", "Steven", "Megan", "Andrew", "Rachel", "Kevin",
    "Lauren", "Brian", "Hannah", "Tyler", "Olivia", "Jamal", "Priya", "Wei", "Fatima", "Carlos", "Maria", "Dmitri",
    "Aisha", "Luis", "Grace",
]  # fmt: skip
_LAST = [
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor", "Thomas",
    "Moore", "Martin", "Jackson", "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson", "Walker", "Young",
    "Allen", "King", "Wright", "Scott", "Hill", "Green", "Adams", "Baker", "Nelson", "Carter", "Mitchell", "Roberts",
    "Turner", "Phillips", "Campbell", "Parker", "Evans", "Edwards", "Collins", "Stewart", "Morris", "Murphy", "Cook",
    "Rogers", "Schmidt", "Mueller", "Kowalski", "Nguyen", "Patel", "Garcia", "Hernandez", "Kim", "Shah", "Okafor",
    "Hoffman", "Yoder", "Kaufman", "Brennan",
]  # fmt: skip
#: alteration code, typical charge, weight
_ALTERATIONS = [("HEM", 14.0, 34), ("TKI", 22.0, 16), ("LTO", 20.0, 7), ("ZIP", 18.0, 12), ("BTN", 6.0, 14),
                ("SLV", 24.0, 9), ("RPR", 12.0, 8)]  # fmt: skip
#: complaint code, weight, likely resolutions with weights
_COMPLAINTS = [
    ("STN", 30, {"RWS": 6, "NOA": 2, "CRD": 1}),
    ("DMG", 18, {"RFD": 5, "CRD": 3, "NOA": 1}),
    ("LTE", 16, {"CRD": 3, "NOA": 4}),
    ("LST", 8, {"RFD": 6, "CRD": 1}),
    ("SHR", 9, {"RFD": 3, "CRD": 3, "NOA": 2}),
    ("CHG", 10, {"RFD": 5, "NOA": 3}),
    ("SVC", 7, {"NOA": 4, "CRD": 2}),
]
#: machine type, manufacturers and models, service companies
_MACHINES = {
    "DCM": [("Union", "HL-8035"), ("Firbimatic", "Saver 40"), ("Union", "XP-8050")],
    "WSH": [("Milnor", "30022V6J"), ("Electrolux", "WH6-14"), ("Milnor", "36026V7J")],
    "DRY": [("Cissell", "L50"), ("Huebsch", "HT050")],
    "PRS": [("Unipress", "Hurricane 3"), ("Hoffman", "SP-44"), ("Forenta", "56A")],
    "STM": [("Forenta", "SF-20"), ("Sankosha", "SS-5")],
}
_TECHS = {"DCM": ["Midwest Drycleaning Equipment", "Buckeye Laundry Service"],
          "WSH": ["Buckeye Laundry Service", "Ohio Commercial Laundry Repair"],
          "DRY": ["Ohio Commercial Laundry Repair", "Buckeye Laundry Service"],
          "PRS": ["Midwest Drycleaning Equipment", "Pressroom Pros"],
          "STM": ["Pressroom Pros"]}  # fmt: skip


def _money(value: float) -> float:
    return round(value + 1e-9, 2)


def _phone(rng: random.Random) -> str:
    return f"614-{rng.randint(200, 999)}-{rng.randint(0, 9999):04d}"


def _branches() -> list[tuple]:
    return [(i, *b[:7]) for i, b in enumerate(_BRANCHES, 1)]


def _staff(rng: random.Random) -> list[tuple]:
    """Each branch: a manager, counter clerks; plant branches add pressers; tailors and drivers at some."""
    plan = []
    for b, branch in enumerate(_BRANCHES, 1):
        opened = dt.date.fromisoformat(branch[5])
        hired = (
            opened - dt.timedelta(days=21)
            if b == 8
            else max(opened, random_day(rng, dt.date(2012, 1, 1), dt.date(2020, 12, 31)))
        )
        plan.append((b, "MGR", hired, None))
        clerks = 4 if b in (1, 3) else 3
        if b == 8:
            clerks = 2
        for _ in range(clerks):
            plan.append((b, "CSR", None, None))
        if branch[6]:
            for _ in range(3 if b in (1, 3) else 2):
                plan.append((b, "PRS", None, None))
    plan += [
        (1, "TLR", dt.date(2013, 6, 3), None),
        (3, "TLR", dt.date(2019, 8, 19), None),
        (6, "TLR", dt.date(2020, 1, 13), dt.date(2024, 5, 31)),
        (6, "TLR", dt.date(2024, 6, 17), None),
    ]
    plan += [(1, "DRV", dt.date(2017, 4, 10), None), (1, "DRV", dt.date(2021, 11, 1), dt.date(2023, 9, 15)),
             (3, "DRV", dt.date(2019, 3, 4), None), (4, "DRV", dt.date(2022, 2, 14), None),
             (1, "DRV", dt.date(2023, 9, 25), None), (6, "DRV", dt.date(2025, 6, 23), None)]  # fmt: skip
    rates = {"MGR": (22.5, 29.0), "CSR": (13.5, 16.5), "PRS": (15.0, 19.5), "TLR": (19.0, 26.0), "DRV": (16.0, 19.0)}
    names = rng.sample([(f, s) for f in _FIRST for s in _LAST], len(plan) + 12)
    staff = []
    extra_clerks = []
    for i, (b, role, hired, left) in enumerate(plan, 1):
        opened = dt.date.fromisoformat(_BRANCHES[b - 1][5])
        if hired is None:
            if b == 8:
                hired = random_day(rng, dt.date(2024, 2, 12), dt.date(2024, 3, 8))
            else:
                hired = random_day(rng, max(opened, dt.date(2015, 1, 1)), dt.date(2021, 12, 31))
            if role == "CSR" and rng.random() < 0.3 and b != 8:
                left = random_day(rng, dt.date(2022, 6, 1), dt.date(2025, 3, 31))
                extra_clerks.append((b, left))
        low, high = rates[role]
        rate = _money(low + (high - low) * rng.random())
        first, last = names[i - 1]
        staff.append([i, f"E{1000 + i * 3}", first, last, b, role, rate, hired.isoformat(),
                      left.isoformat() if left else None])  # fmt: skip
    for b, left in extra_clerks:  # a replacement for every clerk who left
        i = len(staff) + 1
        first, last = names[i - 1]
        hired = left + dt.timedelta(days=rng.randint(7, 40))
        staff.append([i, f"E{1000 + i * 3}", first, last, b, "CSR", _money(13.5 + 1.5 * rng.random()),
                      hired.isoformat(), None])  # fmt: skip
    return [tuple(s) for s in staff]


def _customers(rng: random.Random) -> tuple[list[tuple], list[float], list[bool]]:
    """Customers, their ticket weight and whether they have their tickets delivered."""
    branch_weights = [b[7] for b in _BRANCHES]
    names = rng.sample([(f, s) for f in _FIRST for s in _LAST], 700)
    kinds = ["H"] * len(_HOTELS) + ["B"] * len(_BUSINESSES) + ["R"] * 620
    rng.shuffle(kinds)
    hotels, businesses = iter(_HOTELS), iter(_BUSINESSES)
    plant_branches = [i for i, b in enumerate(_BRANCHES, 1) if b[6]]
    customers, weights, delivered = [], [], []
    for i, kind in enumerate(kinds, 1):
        first, last = names[i - 1]
        if kind == "H":
            home = rng.choice(plant_branches)
            company = next(hotels)
        else:
            home = rng.choices(range(1, 9), weights=branch_weights)[0]
            company = next(businesses) if kind == "B" else None
        opened = dt.date.fromisoformat(_BRANCHES[home - 1][5])
        if home == 8:
            reg = random_day(rng, opened, dt.date(2025, 5, 31))
        elif rng.random() < 0.55:
            reg = random_day(rng, max(opened, dt.date(2012, 1, 1)), dt.date(2021, 12, 31))
        else:
            reg = random_day(rng, dt.date(2022, 1, 3), dt.date(2025, 5, 31))
        city = rng.choice(_AREAS[home])
        if kind == "R":
            loyalty = rng.choices(["N", "S", "G"], weights=[70, 20, 10])[0]
            domain = rng.choice(["gmail.com", "yahoo.com", "outlook.com", "icloud.com"])
            email = f"{first.lower()}.{last.lower()}{rng.randint(1, 99)}@{domain}"
            if rng.random() < 0.15:
                email = None
        else:
            loyalty = "N"
            slug = "".join(ch for ch in company.lower() if ch.isalnum())[:14]
            email = f"{first[0].lower()}{last.lower()}@{slug}.com"
        customers.append((i, f"A{200000 + i * 11}", first, last, company, kind, _phone(rng), email, city, home,
                          reg.isoformat(), loyalty))  # fmt: skip
        if kind == "H":
            weight = 28.0
        elif kind == "B":
            weight = 5.0 + 8 * rng.random()
        elif i % 7 == 3:
            weight = 0.0  # never brought anything in
        else:
            weight = rng.lognormvariate(0, 0.7)
            if i % 53 == 11:
                weight = 14.0  # a few very regular private customers
        weights.append(weight)
        delivered.append(kind == "H" or (kind == "B" and i % 3 == 0) or (kind == "R" and rng.random() < 0.08))
    return customers, weights, delivered


def _lines(rng: random.Random, kind: str, year: int) -> list[tuple[str, int, int]]:
    """(garment code, quantity, stain flag) lines of one ticket."""
    if kind == "H":
        picks = rng.sample(["SHT", "TBCL", "NAPK", "DUVT", "CMFR", "UNIF"], rng.randint(2, 4))
        sizes = {"SHT": (30, 120), "TBCL": (10, 40), "NAPK": (50, 200), "DUVT": (10, 40), "CMFR": (2, 10),
                 "UNIF": (8, 30)}  # fmt: skip
        return [(g, rng.randint(*sizes[g]), 0) for g in picks]
    if kind == "B":
        options = ["UNIF", "SHRT", "TBCL", "NAPK", "PNTS", "JCKT"]
        picks = rng.sample(options, rng.randint(1, 3))
        sizes = {"UNIF": (5, 25), "SHRT": (5, 20), "TBCL": (4, 15), "NAPK": (20, 80), "PNTS": (3, 10),
                 "JCKT": (2, 6)}  # fmt: skip
        return [(g, rng.randint(*sizes[g]), int(rng.random() < 0.05)) for g in picks]
    n = rng.choices([1, 2, 3, 4, 5], weights=[35, 30, 20, 10, 5])[0]
    codes = [g[0] for g in _GARMENTS]
    weights = [g[5] for g in _GARMENTS]
    picked = []
    while len(picked) < n:
        code = rng.choices(codes, weights=weights)[0]
        if code not in picked:
            picked.append(code)
    lines = []
    for code in picked:
        if code == "WF":
            qty = rng.randint(6, 28)
        elif code == "SHRT":
            qty = rng.choices([1, 2, 3, 4, 5, 6, 8, 10], weights=[8, 10, 8, 6, 10, 5, 3, 2])[0]
        elif code in ("WDDR", "GOWN", "LTHR", "PRKA", "COAT", "SUIT3", "CMFR"):
            qty = 1
        else:
            qty = rng.choices([1, 2, 3, 4], weights=[50, 30, 12, 8])[0]
        lines.append((code, qty, int(rng.random() < 0.12)))
    return lines


def _rows(seed: int = 4417) -> dict[str, list[tuple]]:  # noqa: PLR0912, PLR0915 - one generator per table, in order
    rng = random.Random(seed)
    branches = _branches()
    staff = _staff(rng)
    customers, cust_weights, delivered = _customers(rng)
    garments = [g[:5] for g in _GARMENTS]
    prices = {g[0]: g[3] for g in _GARMENTS}
    turnaround = {g[0]: g[4] for g in _GARMENTS}

    def active(employee: tuple, day: dt.date) -> bool:
        return employee[7] <= day.isoformat() and (employee[8] is None or employee[8] > day.isoformat())

    # tickets: a day, then a branch open on that day, then a customer (mostly of that branch)
    drafts = []
    span = (_END - _START).days
    while len(drafts) < 3600:
        day = _START + dt.timedelta(days=int(span * rng.random() ** 0.85))  # slowly growing trade
        if day.weekday() == 6:
            continue
        open_branches = [b for b in branches if b[6] <= day.isoformat()]
        branch = rng.choices(open_branches, weights=[_BRANCHES[b[0] - 1][7] for b in open_branches])[0]
        pool = [c for c in customers if c[10] <= day.isoformat() and cust_weights[c[0] - 1] > 0]
        local = [c for c in pool if c[9] == branch[0]]
        if local and rng.random() < 0.88:
            pool = local
        else:
            pool = [c for c in pool if c[5] != "H" and branches[c[9] - 1][6] <= day.isoformat()]
        if not pool:
            continue
        customer = rng.choices(pool, weights=[cust_weights[c[0] - 1] for c in pool])[0]
        drafts.append((day, branch[0], customer[0]))
    drafts.sort()

    orders, lines, alterations, deliveries, complaints = [], [], [], [], []
    tickets_per_branch = dict.fromkeys(range(1, 9), 0)
    tailors = [s for s in staff if s[5] == "TLR"]
    drivers = [s for s in staff if s[5] == "DRV" and s[7] < "2025-06-01"]  # the newest has not driven yet
    for ord_id, (day, branch_id, cust_id) in enumerate(drafts, 1):
        customer = customers[cust_id - 1]
        kind = customer[5]
        tickets_per_branch[branch_id] += 1
        code = _BRANCHES[branch_id - 1][0]
        tkt_no = f"{code}-{10000 + tickets_per_branch[branch_id]}"
        clerks = [s for s in staff if s[4] == branch_id and s[5] == "CSR" and active(s, day)]
        clerks = clerks or [s for s in staff if s[4] == branch_id and s[5] == "MGR"]
        clerk = rng.choice(clerks)
        picked = _lines(rng, kind, day.year)
        express = int(kind == "R" and rng.random() < 0.11)
        days_needed = 1 if express else max(turnaround[g] for g, _, _ in picked)
        if not _BRANCHES[branch_id - 1][6] and not express:
            days_needed += 1  # sent out to a plant
        due = day + dt.timedelta(days=days_needed)
        if due.weekday() == 6:
            due += dt.timedelta(days=1)
        subtotal = 0.0
        for n, (gmt, qty, stain) in enumerate(picked, 1):
            price = _money(prices[gmt] * _PRICE_FACTOR[day.year])
            amount = _money(price * qty)
            subtotal += amount
            lines.append((len(lines) + 1, ord_id, n, gmt, qty, price, amount, stain))
        discount = {"H": 15, "B": 10}.get(kind, {"N": 0, "S": 5, "G": 10}[customer[11]])
        total = _money(subtotal * (1.5 if express else 1.0) * (1 - discount / 100))
        pay = "ACC" if kind != "R" else rng.choices(["CRD", "CSH"], weights=[76, 24])[0]
        # status and the day the work went out
        out = None
        if rng.random() < 0.028:
            status = "X"
        elif due >= _AS_OF - dt.timedelta(days=rng.randint(0, 6)):
            status = rng.choice(["O", "R"]) if due > _AS_OF - dt.timedelta(days=3) else "R"
            if due > _AS_OF:
                status = "O"
        elif delivered[cust_id - 1]:
            status = "D"
            out = due + dt.timedelta(days=rng.choice([0, 0, 0, 0, 0, 1, 1, 2]))
        elif day < dt.date(2025, 3, 1) and rng.random() < 0.025:
            status = "R"  # never picked up
        else:
            status = "C"
            out = due + dt.timedelta(days=int(rng.expovariate(1 / 4)))
        if out is not None and out > _AS_OF:
            out = _AS_OF
        if out is not None and out.weekday() == 6:
            out -= dt.timedelta(days=1)
        if out is not None and out < day:
            out = day
        orders.append((ord_id, tkt_no, cust_id, branch_id, clerk[0], day.isoformat(), due.isoformat(),
                       out.isoformat() if out else None, status, express, pay, discount, total))  # fmt: skip
        # alterations on private customers' clothes
        clothes = [g for g, _, _ in picked if g in ("PNTS", "SKRT", "DRSS", "SUIT2", "SUIT3", "JCKT", "COAT",
                                                      "GOWN", "WDDR", "BLSE", "LTHR")]  # fmt: skip
        if kind == "R" and clothes and status != "X" and rng.random() < 0.2:
            for _ in range(rng.choices([1, 2], weights=[80, 20])[0]):
                alt_cd, charge, _ = rng.choices(_ALTERATIONS, weights=[a[2] for a in _ALTERATIONS])[0]
                working = [t for t in tailors if active(t, day)]
                local = [t for t in working if t[4] == branch_id]
                tailor = rng.choice(local or working)
                finished = None
                if status in ("C", "D", "R"):
                    finished = min(due - dt.timedelta(days=rng.randint(0, 1)), _AS_OF)
                    finished = max(finished, day).isoformat()
                amount = _money(charge * _PRICE_FACTOR[day.year] + rng.choice([0, 0, 0, 2, 4, 6]))
                alterations.append((len(alterations) + 1, ord_id, tailor[0], alt_cd, amount, finished))
        # delivery runs
        if status == "D":
            working = [d for d in drivers if active(d, out)]
            near = [d for d in working if d[4] == branch_id]
            distance = round(1.5 + 13 * rng.random() ** 1.4, 1)
            if rng.random() < 0.1:
                tried = out - dt.timedelta(days=rng.randint(1, 2))
                attempt_drivers = [d for d in drivers if active(d, tried)]
                attempt = rng.choices(["FA", "RS"], weights=[7, 3])[0]
                deliveries.append([ord_id, rng.choice(attempt_drivers)[0], tried.isoformat(), attempt, 0.0,
                                   distance])  # fmt: skip
            fee = 0.0 if kind != "R" else (4.99 if day.year < 2024 else 5.99)
            deliveries.append([ord_id, rng.choice(near or working)[0], out.isoformat(), "DL", fee, distance])
        # complaints
        proneness = _BRANCHES[branch_id - 1][8] * (3.0 if cust_id % 29 == 5 else 1.0)
        if status in ("C", "D", "R") and rng.random() < 0.035 * proneness:
            cmp_cd, _, outcomes = rng.choices(_COMPLAINTS, weights=[c[1] for c in _COMPLAINTS])[0]
            raised = (out or due) + dt.timedelta(days=rng.randint(0, 9))
            raised = min(raised, _AS_OF)
            resolution = rng.choices(list(outcomes), weights=list(outcomes.values()))[0]
            if raised > dt.date(2025, 5, 15) and rng.random() < 0.6:
                resolution = "OPN"
            refund = 0.0
            if resolution in ("RFD", "CRD"):
                share = 1.0 if cmp_cd in ("LST", "DMG") else rng.choice([0.25, 0.5, 1.0])
                refund = _money(min(total, 400) * share) or 10.0
                if cmp_cd == "LTE":
                    refund = 10.0
            settled = None if resolution == "OPN" else min(raised + dt.timedelta(days=rng.randint(1, 21)), _AS_OF)
            complaints.append([ord_id, cust_id, raised.isoformat(), cmp_cd, resolution, refund,
                               settled.isoformat() if settled else None])  # fmt: skip
    deliveries.sort(key=lambda d: (d[2], d[0]))
    deliveries = [(i, *d) for i, d in enumerate(deliveries, 1)]
    complaints.sort(key=lambda c: (c[2], c[0]))
    complaints = [(i, *c) for i, c in enumerate(complaints, 1)]

    # machines: plant branches have the lot, two drop-off counters a steam finisher, two nothing
    machines = []
    layout = {1: {"DCM": 2, "WSH": 3, "DRY": 3, "PRS": 4, "STM": 2}, 3: {"DCM": 2, "WSH": 2, "DRY": 2, "PRS": 3,
              "STM": 2}, 4: {"DCM": 1, "WSH": 2, "DRY": 2, "PRS": 2, "STM": 1}, 6: {"DCM": 1, "WSH": 2, "DRY": 2,
              "PRS": 2, "STM": 1}, 2: {"STM": 1}, 5: {"STM": 1}}  # fmt: skip
    for branch_id in sorted(layout):
        opened = dt.date.fromisoformat(_BRANCHES[branch_id - 1][5])
        for mach_typ, count in layout[branch_id].items():
            for _ in range(count):
                mfr, model = rng.choice(_MACHINES[mach_typ])
                installed = random_day(rng, opened, dt.date(2023, 12, 31))
                serial = f"{mfr[:2].upper()}{installed.year % 100:02d}-{rng.randint(10000, 99999)}"
                machines.append([len(machines) + 1, branch_id, mach_typ, mfr, model, serial, installed.isoformat(),
                                 "A"])  # fmt: skip
    # an old dry-cleaning machine at Westerville that keeps failing, retired machines replaced
    lemon = next(m for m in machines if m[1] == 4 and m[2] == "DCM")
    lemon[3], lemon[4], lemon[6] = "Firbimatic", "Saver 40", "2014-06-02"
    lemon[5] = f"FI14-{rng.randint(10000, 99999)}"
    for m in machines:
        if m[6] < "2016-01-01" and m[2] in ("WSH", "DRY") and m[0] % 3 == 0:
            m[7] = "R"
    machines = [tuple(m) for m in machines]
    logs = []
    for m in machines:
        installed = max(dt.date.fromisoformat(m[6]), _START)
        retired_by = dt.date(2024, 8, 31) if m[7] == "R" else _END
        # planned service twice a year for the heavy kit, inspections yearly
        if m[2] in ("DCM", "WSH", "DRY", "PRS"):
            day = installed + dt.timedelta(days=rng.randint(30, 180))
            while day <= retired_by:
                cost = _money({"DCM": 420, "WSH": 260, "DRY": 180, "PRS": 150}[m[2]] * (0.8 + 0.5 * rng.random()))
                logs.append([m[0], day.isoformat(), "PM", rng.choice(_TECHS[m[2]]), cost,
                             rng.choice([2, 3, 4, 4, 6])])  # fmt: skip
                day += dt.timedelta(days=rng.randint(165, 200))
        if m[2] == "DCM":
            day = installed + dt.timedelta(days=rng.randint(60, 330))
            while day <= retired_by:
                logs.append([m[0], day.isoformat(), "INS", "State Fire Marshal Inspections", 175.0, 1])
                day += dt.timedelta(days=rng.randint(355, 375))
        rate = {"DCM": 1.6, "WSH": 1.2, "DRY": 0.8, "PRS": 0.9, "STM": 0.5}[m[2]]
        if m[0] == lemon[0]:
            rate = 7.0
        elif m[0] % 5 == 2:
            rate = 0.0  # some machines never broke down
        years = (retired_by - installed).days / 365
        for _ in range(int(rate * years + rng.random())):
            day = random_day(rng, installed, retired_by)
            if day.weekday() == 6:
                day -= dt.timedelta(days=1)
            base = {"DCM": 900, "WSH": 520, "DRY": 340, "PRS": 300, "STM": 210}[m[2]]
            cost = _money(base * rng.lognormvariate(0, 0.6))
            hours = rng.choice([4, 6, 8, 12, 16, 24, 36, 48, 72])
            logs.append([m[0], day.isoformat(), "BRK", rng.choice(_TECHS[m[2]]), cost, hours])
    logs.sort(key=lambda r: (r[1], r[0], r[2]))
    logs = [(i, *r) for i, r in enumerate(logs, 1)]

    return {"brnch": branches, "emp": staff, "cust": customers, "gmt_typ": garments, "ord_hdr": orders,
            "ord_ln": lines, "altr": alterations, "dlvry": deliveries, "cmplnt": complaints, "mach": machines,
            "mnt_log": logs}  # fmt: skip


def build_laundry_database(path: str | Path) -> Path:
    """Write the dry-cleaning chain's database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
