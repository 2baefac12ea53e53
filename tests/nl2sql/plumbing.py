"""A made-up plumbing and heating contractor in Bristol and north Somerset with a handful of Gas Safe engineers,
each with a van, written by someone who had not seen the engine's rules: the ``plumbing`` dev set's database.

Ten tables with foreign keys: ``engineers`` (an ``eng_code``, ``full_name``, ``grade`` 'Senior' / 'Engineer' /
'Apprentice', the ``gas_safe_no`` which is empty for the apprentice, the ``van_reg`` of the van they drive (empty
when they ride along), the ``hourly_rate`` charged for their time, ``start_dt`` and ``active_flg`` 'Y' or 'N' for
someone who has left), ``customers`` (an ``acct_ref``, ``cust_name``, ``cust_type`` 'Domestic' / 'Landlord' /
'Commercial' / 'Housing association', phone, email (often empty), town, ``acct_sts`` 'A' active / 'H' on hold /
'C' closed and ``created_dt``), ``properties`` (an address the firm works at: owner customer, ``addr_line1``, town,
postcode, ``prop_type`` such as 'House', 'Flat' or 'Shop', ``bedrooms`` empty for commercial premises and
``let_flg`` 'Y' when it is rented out and so needs a yearly gas safety certificate), ``boilers`` (an appliance at
a property: make, model, ``fuel`` 'Gas' / 'LPG' / 'Oil', ``boiler_type`` 'Combi' / 'System' / 'Regular',
``install_yr``, ``output_kw`` and a ``serial_no`` that is sometimes unknown), ``service_contracts`` (cover on one
boiler: ``contract_no``, ``plan_code`` 'BRZ' bronze = yearly service, 'SLV' silver = service and breakdown labour,
'GLD' gold = service, parts and labour, ``start_dt``, ``end_dt`` empty while running, ``annual_fee``, ``pay_freq``
'M' monthly or 'A' annual and ``status`` 'Active' / 'Lapsed' / 'Cancelled'), ``jobs`` (a call-out or booked visit:
``job_no``, property, boiler (empty for general plumbing), engineer (empty until assigned), ``job_type`` 'BRK'
breakdown / 'SVC' annual service / 'REP' repair / 'INST' boiler installation / 'PLMB' general plumbing,
``priority`` 'E' emergency / 'U' urgent / 'R' routine, ``reported_dt``, ``attended_dt`` and ``completed_dt`` (empty
until then), ``status`` 'Open' / 'On hold' / 'Completed' / 'Cancelled', ``labour_hrs``, ``callout_chg`` and a
``fault_desc``), ``job_parts`` (a part fitted on a job: ``part_no``, ``descr``, ``qty``, ``unit_cost`` paid to the
merchant and ``unit_price`` charged), ``quotes`` (a priced proposal to a customer for work at a property:
``quote_no``, ``quote_dt``, ``work_desc``, ``quote_amt`` before VAT, ``valid_until``, ``status`` 'Pending' /
'Accepted' / 'Declined' / 'Expired' and the ``job_id`` of the work once accepted), ``invoices`` (one bill for a
chargeable job: ``inv_no``, customer, ``inv_dt``, ``net_amt``, ``vat_amt``, ``total_amt``, ``due_dt``, ``amt_paid``,
``paid_dt`` and ``pay_method`` 'CARD' / 'BACS' / 'CASH' / 'CHQ', the last two empty while nothing is paid) and
``gas_safety_checks`` (the landlord's yearly certificate for a let property: ``cert_no``, property, engineer,
``check_dt``, ``result`` 'Pass' / 'At risk' / 'Fail', ``appliances_chk``, ``fee`` and ``next_due_dt``). Rows come
from a fixed seed, so every build holds the same rows; two housing associations own far more properties than anyone
else, Worcester Bosch is by far the commonest make, breakdowns peak every January, one ageing Potterton model breaks
down far more often than the rest, one ignition electrode is the part fitted most, one commercial account on hold
has a pile of unpaid bills, and one engineer left in mid 2024 while another joined in spring 2024.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_plumbing_database(pathlib.Path(tempfile.mkdtemp()) / "plumbing.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM engineers").fetchone()
    (7,)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_plumbing_database"]

_SCHEMA = """
CREATE TABLE engineers (
    id INTEGER PRIMARY KEY, eng_code TEXT NOT NULL UNIQUE, full_name TEXT NOT NULL, grade TEXT NOT NULL,
    gas_safe_no TEXT, van_reg TEXT, hourly_rate NUMERIC NOT NULL, start_dt DATE NOT NULL, active_flg TEXT NOT NULL
);
CREATE TABLE customers (
    id INTEGER PRIMARY KEY, acct_ref TEXT NOT NULL UNIQUE, cust_name TEXT NOT NULL, cust_type TEXT NOT NULL,
    phone TEXT NOT NULL, email TEXT, town TEXT NOT NULL, acct_sts TEXT NOT NULL, created_dt DATE NOT NULL
);
CREATE TABLE properties (
    id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers (id), addr_line1 TEXT NOT NULL,
    town TEXT NOT NULL, postcode TEXT NOT NULL, prop_type TEXT NOT NULL, bedrooms INTEGER, let_flg TEXT NOT NULL
);
CREATE TABLE boilers (
    id INTEGER PRIMARY KEY, property_id INTEGER NOT NULL REFERENCES properties (id), make TEXT NOT NULL,
    model TEXT NOT NULL, fuel TEXT NOT NULL, boiler_type TEXT NOT NULL, install_yr INTEGER NOT NULL,
    output_kw INTEGER NOT NULL, serial_no TEXT
);
CREATE TABLE service_contracts (
    id INTEGER PRIMARY KEY, contract_no TEXT NOT NULL UNIQUE, boiler_id INTEGER NOT NULL REFERENCES boilers (id),
    plan_code TEXT NOT NULL, start_dt DATE NOT NULL, end_dt DATE, annual_fee NUMERIC NOT NULL,
    pay_freq TEXT NOT NULL, status TEXT NOT NULL
);
CREATE TABLE jobs (
    id INTEGER PRIMARY KEY, job_no TEXT NOT NULL UNIQUE, property_id INTEGER NOT NULL REFERENCES properties (id),
    boiler_id INTEGER REFERENCES boilers (id), engineer_id INTEGER REFERENCES engineers (id),
    job_type TEXT NOT NULL, priority TEXT NOT NULL, reported_dt DATE NOT NULL, attended_dt DATE,
    completed_dt DATE, status TEXT NOT NULL, labour_hrs NUMERIC, callout_chg NUMERIC NOT NULL, fault_desc TEXT
);
CREATE TABLE job_parts (
    id INTEGER PRIMARY KEY, job_id INTEGER NOT NULL REFERENCES jobs (id), part_no TEXT NOT NULL,
    descr TEXT NOT NULL, qty INTEGER NOT NULL, unit_cost NUMERIC NOT NULL, unit_price NUMERIC NOT NULL
);
CREATE TABLE quotes (
    id INTEGER PRIMARY KEY, quote_no TEXT NOT NULL UNIQUE, customer_id INTEGER NOT NULL REFERENCES customers (id),
    property_id INTEGER NOT NULL REFERENCES properties (id), quote_dt DATE NOT NULL, work_desc TEXT NOT NULL,
    quote_amt NUMERIC NOT NULL, valid_until DATE NOT NULL, status TEXT NOT NULL,
    job_id INTEGER REFERENCES jobs (id)
);
CREATE TABLE invoices (
    id INTEGER PRIMARY KEY, inv_no TEXT NOT NULL UNIQUE, job_id INTEGER NOT NULL REFERENCES jobs (id),
    customer_id INTEGER NOT NULL REFERENCES customers (id), inv_dt DATE NOT NULL, net_amt NUMERIC NOT NULL,
    vat_amt NUMERIC NOT NULL, total_amt NUMERIC NOT NULL, due_dt DATE NOT NULL, amt_paid NUMERIC NOT NULL,
    paid_dt DATE, pay_method TEXT
);
CREATE TABLE gas_safety_checks (
    id INTEGER PRIMARY KEY, cert_no TEXT NOT NULL UNIQUE, property_id INTEGER NOT NULL REFERENCES properties (id),
    engineer_id INTEGER NOT NULL REFERENCES engineers (id), check_dt DATE NOT NULL, result TEXT NOT NULL,
    appliances_chk INTEGER NOT NULL, fee NUMERIC NOT NULL, next_due_dt DATE NOT NULL
);
"""

#: code, name, grade, Gas Safe number, van, hourly rate, start, left (or None), share of jobs
_ENGINEERS = [
    ("E01", "Gareth Lewis", "Senior", "GS-214587", "WU19 KXR", 68.00, "2011-03-14", None, 30),
    ("E02", "Dan Prosser", "Senior", "GS-309912", "WU20 HTP", 66.00, "2014-09-01", None, 22),
    ("E03", "Kelly Marsh", "Engineer", "GS-447103", "WR21 OZD", 62.00, "2018-05-21", None, 18),
    ("E04", "Tom Venn", "Engineer", "GS-512764", "WU70 BNF", 60.00, "2019-02-04", "2024-07-19", 15),
    ("E05", "Ravi Sandhu", "Engineer", "GS-588230", "WR22 LME", 60.00, "2021-10-11", None, 16),
    ("E06", "Jodie Burge", "Engineer", "GS-603391", "WU24 SVA", 58.00, "2024-04-08", None, 14),
    ("E07", "Callum Price", "Apprentice", None, None, 32.00, "2023-09-04", None, 3),
]
_TOWNS = [("Bristol", 40, "BS"), ("Bath", 12, "BA"), ("Keynsham", 8, "BS31"), ("Portishead", 6, "BS20"),
          ("Clevedon", 6, "BS21"), ("Nailsea", 5, "BS48"), ("Weston-super-Mare", 9, "BS23"),
          ("Thornbury", 4, "BS35"), ("Yate", 5, "BS37"), ("Midsomer Norton", 4, "BA3"),
          ("Chipping Sodbury", 2, "BS37"), ("Radstock", 2, "BA3")]  # fmt: skip
_FIRST = [
    "Sarah",
    "James",
    "Emma",
    "David",
    "Claire",
    "Mark",
    "Helen",
    "Paul",
    "Rachel",
    "Steve",
    "Lucy",
    "Chris",
    "Jane",
    "Rob",
    "Nicola",
    "Andy",
    "Karen",
    "Matt",
    "Louise",
    "Simon",
    "Gemma",
    "Phil",
    "Anna",
    "Martin",
]
_SURNAMES = ["Hughes", "Pritchard", "Cole", "Tucker", "Withers", "Gane", "Fry", "Hembrow", "Tovey", "Lockyer",
             "Bessant", "Giles", "Pearce", "Rowe", "Chivers", "Brimble", "Harding", "Sperring", "Vowles", "Keedwell",
             "Fudge", "Hill", "Dando", "Loxton", "Mapstone", "Ashman", "Payne", "Wyatt", "Sims", "Bundy", "Coombs",
             "Gulliver", "Biddle", "Jefferies", "Parfitt", "Rossiter"]  # fmt: skip
_STREETS = [
    "Gloucester Road",
    "Church Lane",
    "Station Road",
    "High Street",
    "Victoria Road",
    "Queens Road",
    "Park Avenue",
    "Mill Lane",
    "Orchard Close",
    "The Crescent",
    "Coronation Road",
    "Hill Street",
    "Westbury Lane",
    "Ashley Road",
    "Brook Street",
    "Chapel Row",
    "Manor Way",
    "Elm Grove",
    "Kings Drive",
    "Marsh Lane",
    "St Johns Road",
    "Avon Street",
    "Clifton Vale",
    "Cotham Hill",
    "Sea View Road",
]
_COMMERCIAL = ["The Lamb Inn", "Clifton Dental Practice", "Harbourside Cafe", "Redland Nursery School",
               "Avon Vale Care Home", "Keynsham Tyre Centre", "Portishead Yacht Club", "Nailsea Library Trust",
               "Bath Spa Guest House", "Seafront Fish Bar", "Yate Community Centre", "St Marys Church Hall",
               "Cotham Hair Studio", "Westbury Vets", "Old Mill Offices Ltd", "Brunel Printworks",
               "The Crown at Thornbury", "Clevedon Pier Tearooms", "Gloucester Road Bakery",
               "Radstock Bowls Club", "Kingswood Motors", "Hotwells Pharmacy", "The Garden Kitchen",
               "Bedminster Gym", "Somerset Sports Bar", "Chipping Sodbury Surgery", "Weston Bay Hotel",
               "Lockleaze Scout Hut"]  # fmt: skip
#: make, models (model, boiler type, kW), share; the Potterton Promax is the ageing troublemaker
_MAKES = [
    ("Worcester Bosch", [("Greenstar 30i", "Combi", 30), ("Greenstar 25i", "Combi", 25),
                         ("Greenstar 4000", "Combi", 30), ("Greenstar 30Ri", "Regular", 30),
                         ("Greenstar 8000 Life", "System", 35)], 38),
    ("Vaillant", [("ecoTEC plus 832", "Combi", 32), ("ecoTEC pro 28", "Combi", 28),
                  ("ecoTEC plus 415", "System", 15)], 17),
    ("Baxi", [("800 Combi", "Combi", 30), ("Duo-tec 28", "Combi", 28), ("600 System", "System", 24)], 13),
    ("Ideal", [("Logic Max C30", "Combi", 30), ("Vogue C32", "Combi", 32), ("Logic Heat 18", "Regular", 18)], 13),
    ("Potterton", [("Promax SL 24", "System", 24), ("Assure 30", "Combi", 30)], 8),
    ("Viessmann", [("Vitodens 100-W", "Combi", 35), ("Vitodens 200-W", "System", 45)], 6),
    ("Glow-worm", [("Energy 30c", "Combi", 30), ("Betacom 24", "Combi", 24)], 5),
]  # fmt: skip
_OIL = [("Grant", [("Vortex Pro 26", "Combi", 26), ("Vortex Eco 21", "System", 21)], 1)]
#: plan code, fee in 2023, rises
_PLANS = {"BRZ": 114.00, "SLV": 174.00, "GLD": 246.00}
#: part no, description, unit cost, unit price, popularity, fitted on (job types)
_PARTS = [
    ("IGN-E12", "Ignition electrode", 14.20, 38.00, 42, "BRK"),
    ("PRV-3B", "Pressure relief valve 3 bar", 11.50, 32.00, 9, "BRK"),
    ("DV-CART", "Diverter valve cartridge", 46.00, 118.00, 8, "BRK"),
    ("FAN-ASY", "Fan assembly", 98.00, 215.00, 5, "BRK"),
    ("PCB-MAIN", "Main PCB", 165.00, 340.00, 4, "BRK"),
    ("PUMP-UPS", "Circulating pump", 88.00, 185.00, 6, "BRK"),
    ("GV-SEAL", "Gas valve", 120.00, 255.00, 3, "BRK"),
    ("EXP-VES", "Expansion vessel", 62.00, 145.00, 4, "BRK"),
    ("NTC-SEN", "NTC thermistor", 9.80, 29.00, 6, "BRK"),
    ("FLM-SEN", "Flame sensor", 16.40, 42.00, 5, "BRK"),
    ("HEX-PLT", "Plate heat exchanger", 74.00, 168.00, 3, "BRK"),
    ("CON-TRP", "Condensate trap", 12.00, 34.00, 5, "BRK"),
    ("SEAL-KIT", "Service seal kit", 6.50, 18.00, 10, "SVC"),
    ("INH-X100", "Central heating inhibitor", 9.00, 24.00, 8, "SVC"),
    ("TRV-15", "Thermostatic radiator valve", 8.40, 26.00, 6, "PLMB"),
    ("RAD-600", "Radiator 600x1000 double", 58.00, 135.00, 3, "PLMB"),
    ("TAP-MIX", "Kitchen mixer tap", 38.00, 89.00, 4, "PLMB"),
    ("WC-FILL", "Toilet fill valve", 7.20, 22.00, 6, "PLMB"),
    ("WC-FLSH", "Toilet flush valve", 9.60, 28.00, 4, "PLMB"),
    ("CU-15", "15mm copper pipe 3m", 16.50, 32.00, 5, "PLMB"),
    ("STOP-15", "Stopcock 15mm", 6.80, 19.00, 3, "PLMB"),
    ("MAG-FLT", "Magnetic system filter", 52.00, 120.00, 1, "INST"),
    ("FLUE-KIT", "Horizontal flue kit", 64.00, 140.00, 1, "INST"),
    ("STAT-WL", "Wireless room thermostat", 48.00, 115.00, 1, "INST"),
]
_FAULTS = ["No heating or hot water", "Boiler losing pressure", "Boiler locking out", "No hot water",
           "Leaking from boiler", "Boiler making banging noise", "Radiators cold at top", "Error code on display",
           "Pilot light keeps going out", "Condensate pipe frozen"]  # fmt: skip
_PLUMB_FAULTS = ["Leaking pipe under sink", "Dripping tap", "Toilet keeps running", "Blocked waste pipe",
                 "Radiator leaking at valve", "Burst pipe in loft", "Low water pressure", "Replace kitchen tap",
                 "Outside tap fitted", "Move radiator"]  # fmt: skip
_QUOTE_WORK = [
    ("Powerflush and inhibitor", 380, 650),
    ("Two new radiators fitted", 420, 900),
    ("Bathroom refit (plumbing only)", 1800, 4200),
    ("Unvented cylinder replacement", 1400, 2300),
    ("Smart heating controls fitted", 240, 420),
    ("Underfloor heating to kitchen", 1500, 3200),
]
_LETTERS = "ABDEFGHJLNPQRSTUWXY"
_START, _END = dt.date(2023, 1, 1), dt.date(2025, 12, 31)
_MONTH_WEIGHT = {1: 3.4, 2: 2.1, 3: 1.5, 4: 1.0, 5: 0.7, 6: 0.55, 7: 0.5, 8: 0.55, 9: 0.8, 10: 1.3, 11: 1.8, 12: 2.2}


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _working_day(rng: random.Random, start: dt.date, end: dt.date, season: bool = False) -> dt.date:
    """A Monday to Saturday from ``start`` to ``end``, weighted to the winter when ``season`` is set."""
    while True:
        day = random_day(rng, start, end)
        if day.weekday() == 6 and rng.random() < 0.85:
            continue
        if season and rng.random() > _MONTH_WEIGHT[day.month] / 3.4:
            continue
        return day


def _year_factor(day: dt.date) -> float:
    return {2023: 1.0, 2024: 1.05, 2025: 1.09}[day.year]


def _rows(seed: int = 20731) -> dict[str, list[tuple]]:  # noqa: C901, PLR0912, PLR0915 - one generator per table
    rng = random.Random(seed)

    engineers = []
    for i, e in enumerate(_ENGINEERS, 1):
        engineers.append((i, e[0], e[1], e[2], e[3], e[4], e[5], e[6], "N" if e[7] else "Y"))
    eng_span = {i: (dt.date.fromisoformat(e[6]), dt.date.fromisoformat(e[7]) if e[7] else _END)
                for i, e in enumerate(_ENGINEERS, 1)}  # fmt: skip

    def pick_engineer(day: dt.date, gas: bool = True) -> int:
        pool = [i for i, e in enumerate(_ENGINEERS, 1)
                if eng_span[i][0] <= day <= eng_span[i][1] and (e[3] or not gas)]  # fmt: skip
        return rng.choices(pool, weights=[_ENGINEERS[i - 1][8] for i in pool])[0]

    # customers
    customers, used_names = [], set()
    kinds = ["Housing association", "Housing association"] + rng.choices(
        ["Domestic", "Landlord", "Commercial"], weights=[76, 16, 8], k=398
    )
    commercial = list(_COMMERCIAL)
    rng.shuffle(commercial)
    town_names = [t[0] for t in _TOWNS]
    town_weights = [t[1] for t in _TOWNS]
    for i, kind in enumerate(kinds, 1):
        town = rng.choices(town_names, weights=town_weights)[0]
        if kind == "Housing association":
            name = ["Severn Vale Housing Association", "Brunel Homes Trust"][i - 1]
            town = "Bristol"
        elif kind == "Commercial" and commercial:
            name = commercial.pop()
        else:
            if kind == "Commercial":
                kind = "Domestic"
            while True:
                name = f"{rng.choice(_FIRST)} {rng.choice(_SURNAMES)}"
                if kind == "Landlord" and rng.random() < 0.3:
                    name = f"{rng.choice(_SURNAMES)} Property Lettings Ltd"
                if name not in used_names:
                    break
        used_names.add(name)
        area = rng.choice(["117", "1225", "1275", "1934", "1454", "7700", "7712", "7788"])
        phone = f"0{area} {rng.randrange(100000, 999999)}"
        email = None
        if kind != "Domestic" or rng.random() < 0.68:
            email = name.lower().replace(" ", ".").replace("'", "") + "@" + rng.choice(
                ["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk"] if kind in ("Domestic", "Landlord")
                else ["co.uk"])  # fmt: skip
            if kind not in ("Domestic", "Landlord"):
                email = "accounts@" + name.lower().replace(" ", "").replace("'", "") + ".co.uk"
        status = rng.choices(["A", "H", "C"], weights=[88, 3, 9])[0] if kind != "Housing association" else "A"
        created = random_day(rng, dt.date(2012, 1, 1), dt.date(2025, 9, 30))
        if kind == "Housing association":
            created = dt.date(2016 + i, 4, 1)
        customers.append([i, f"CU{i:04d}", name, kind, phone, email, town, status, created])
    # the pub on hold with a pile of unpaid bills
    slow_payer = next(c for c in customers if c[2] == "The Lamb Inn")
    slow_payer[7] = "H"
    slow_payer[8] = dt.date(2019, 6, 3)

    # properties
    properties, used_addresses = [], set()
    for c in customers:
        kind = c[3]
        n = {"Domestic": 1 if rng.random() < 0.95 else 2, "Landlord": rng.choice([1, 2, 2, 3, 3, 4, 5, 7]),
             "Commercial": 1 if rng.random() < 0.85 else 2,
             "Housing association": 64 if c[0] == 1 else 41}[kind]  # fmt: skip
        for k in range(n):
            town = c[6] if k == 0 or rng.random() < 0.6 else rng.choices(town_names, weights=town_weights)[0]
            if kind == "Housing association":
                town = rng.choices(["Bristol", "Weston-super-Mare", "Yate", "Keynsham"], weights=[6, 2, 1, 1])[0]
            prefix = next(t[2] for t in _TOWNS if t[0] == town)
            if prefix in ("BS", "BA"):
                prefix += str(rng.randrange(1, 16))
            inward = f"{rng.randrange(1, 10)}{rng.choice(_LETTERS)}{rng.choice(_LETTERS)}"
            postcode = f"{prefix} {inward}"
            if kind == "Commercial":
                ptype = rng.choice(["Shop", "Office", "Pub", "Cafe", "Hall"]) if c[2] != "The Lamb Inn" else "Pub"
                beds = None
            elif kind == "Housing association":
                ptype = rng.choices(["Flat", "House", "Bungalow"], weights=[6, 3, 1])[0]
                beds = rng.choice([1, 1, 2, 2, 3]) if ptype != "House" else rng.choice([2, 3, 3, 4])
            else:
                ptype = rng.choices(["House", "Flat", "Bungalow"], weights=[6, 3, 1])[0]
                beds = rng.choice([2, 3, 3, 3, 4, 4, 5]) if ptype == "House" else rng.choice([1, 2, 2, 3])
            let = "Y" if kind in ("Landlord", "Housing association") else "N"
            if kind == "Domestic" and k == 1:
                let = "Y"  # a second home let out
            while True:
                number = rng.randrange(1, 180)
                addr = f"{number} {rng.choice(_STREETS)}"
                if ptype == "Flat":
                    addr = f"Flat {rng.randrange(1, 12)}, {addr}"
                if kind == "Commercial" and k == 0:
                    addr = f"{c[2]}, {addr}"
                if addr not in used_addresses:
                    used_addresses.add(addr)
                    break
            properties.append([len(properties) + 1, c[0], addr, town, postcode, ptype, beds, let])

    # boilers: one per property, a second at some commercial sites, none in a few all-electric flats
    boilers = []
    for p in properties:
        owner = customers[p[1] - 1]
        count = 1
        if p[5] in ("Pub", "Hall", "Office") and rng.random() < 0.5:
            count = 2
        if p[5] == "Flat" and rng.random() < 0.07:
            count = 0
        for _ in range(count):
            if p[3] in ("Radstock", "Midsomer Norton", "Thornbury") and rng.random() < 0.25:
                make, models, _w = _OIL[0]
                fuel = "Oil"
            else:
                make, models, _w = rng.choices(_MAKES, weights=[m[2] for m in _MAKES])[0]
                fuel = "LPG" if rng.random() < 0.03 else "Gas"
            if owner[0] == 1 and rng.random() < 0.45:
                make, models = "Potterton", _MAKES[4][1]
            model, btype, kw = rng.choice(models)
            if make == "Potterton" and model.startswith("Promax"):
                year = rng.randrange(2004, 2013)
            else:
                year = rng.randrange(2006, 2023)
            serial = None if rng.random() < 0.18 else f"{make[:2].upper()}{rng.randrange(10**7, 10**8)}"
            boilers.append([len(boilers) + 1, p[0], make, model, fuel, btype, year, kw, serial])

    # quotes and the installs that follow: old boilers get replaced
    quotes, jobs, job_parts = [], [], []
    install_jobs: dict[int, int] = {}
    boiler_install_day: dict[int, dt.date] = {}
    for b in boilers:
        age_2023 = 2023 - b[6]
        chance = 0.02 + max(0, age_2023 - 10) * 0.02
        if b[3].startswith("Promax"):
            chance += 0.12
        if rng.random() < chance:
            day = _working_day(rng, dt.date(2023, 2, 20), dt.date(2025, 11, 20), season=True)
            boiler_install_day[b[0]] = day
    # new boilers: replace make/model/year from the install day
    for bid, day in boiler_install_day.items():
        b = boilers[bid - 1]
        make, models, _w = rng.choices(_MAKES[:4], weights=[60, 20, 10, 10])[0]
        model, btype, kw = rng.choice(models)
        boilers[bid - 1] = [bid, b[1], make, model, b[4] if b[4] != "Oil" else "Oil", btype, day.year, kw,
                            f"{make[:2].upper()}{rng.randrange(10**7, 10**8)}"]  # fmt: skip
        if b[4] == "Oil":
            boilers[bid - 1][2:4] = ["Grant", "Vortex Pro 26"]

    # service contracts
    contracts = []
    contract_share = {"Domestic": 0.5, "Landlord": 0.62, "Commercial": 0.35, "Housing association": 0.9}
    for b in boilers:
        prop = properties[b[1] - 1]
        owner = customers[prop[1] - 1]
        if rng.random() > contract_share[owner[3]]:
            continue
        if owner[3] == "Housing association":
            plan = "GLD" if owner[0] == 1 else "SLV"
        else:
            plan = rng.choices(["BRZ", "SLV", "GLD"], weights=[35, 40, 25])[0]
        earliest = max(dt.date(2018, 1, 1), owner[8])
        if b[0] in boiler_install_day:
            earliest = boiler_install_day[b[0]] + dt.timedelta(days=1)
            start = earliest + dt.timedelta(days=rng.randrange(0, 40))
        else:
            start = random_day(rng, earliest, dt.date(2025, 10, 31)) if earliest < dt.date(2025, 10, 31) else None
        if start is None or start > dt.date(2025, 12, 20):
            continue
        fee = _PLANS[plan] * (_year_factor(start) if start.year >= 2023 else 1.0)
        fee = round(fee * (0.9 if owner[3] == "Housing association" else 1.0), 2)
        status, end = "Active", None
        roll = rng.random()
        years_run = (_END - start).days // 365
        if owner[7] == "C":
            status = "Cancelled"
            end = (
                random_day(rng, max(start + dt.timedelta(days=30), dt.date(2023, 1, 1)), dt.date(2024, 12, 31))
                if start < dt.date(2024, 11, 1)
                else start + dt.timedelta(days=60)
            )
        elif roll < 0.1 and years_run >= 1:
            status = "Lapsed"
            anniv = start.replace(year=start.year + rng.randrange(1, years_run + 1))
            end = anniv if anniv <= dt.date(2025, 12, 15) else None
            if end is None:
                status = "Active"
        elif roll < 0.17 and start < dt.date(2025, 11, 1):
            status = "Cancelled"
            end = random_day(rng, max(start + dt.timedelta(days=30), dt.date(2023, 1, 1)), dt.date(2025, 12, 10))
        if end is not None and end < start:
            end = start + dt.timedelta(days=45)
        contracts.append([len(contracts) + 1, f"SC-{start.year % 100}{len(contracts) + 1:04d}", b[0], plan, start, end,
                          fee, "M" if rng.random() < 0.62 else "A", status])  # fmt: skip

    def cover_on(boiler_id: int | None, day: dt.date) -> str | None:
        if boiler_id is None:
            return None
        for c in contracts:
            if c[2] == boiler_id and c[4] <= day and (c[5] is None or day < c[5]):
                return c[3]
        return None

    def add_job(prop_id, boiler_id, job_type, reported, priority, fault):
        job_id = len(jobs) + 1
        jobs.append({"id": job_id, "prop": prop_id, "boiler": boiler_id, "type": job_type, "reported": reported,
                     "priority": priority, "fault": fault})  # fmt: skip
        return job_id

    # install jobs and their quotes
    for bid, day in sorted(boiler_install_day.items(), key=lambda kv: (kv[1], kv[0])):
        b = boilers[bid - 1]
        prop = properties[b[1] - 1]
        qday = day - dt.timedelta(days=rng.randrange(7, 45))
        amt = round(rng.uniform(2100, 3600) * _year_factor(day) / 10) * 10 + (600 if b[5] == "System" else 0)
        job_id = add_job(prop[0], bid, "INST", day, "R", None)
        install_jobs[bid] = job_id
        quotes.append([qday, prop[1], prop[0], f"Replace boiler with {b[2]} {b[3]}", float(amt), "Accepted", job_id])
    # quotes that came to nothing, and other quoted work
    for n_quote in range(215):
        prop = rng.choice(properties)
        owner = customers[prop[1] - 1]
        qday = _working_day(rng, max(_START, owner[8]), dt.date(2025, 12, 23))
        if n_quote >= 205:  # a last handful priced in December and still waiting for an answer
            qday = _working_day(rng, dt.date(2025, 12, 2), dt.date(2025, 12, 23))
        if rng.random() < 0.45:
            on_site = [b for b in boilers if b[1] == prop[0]]
            if not on_site:
                continue
            make = rng.choice(["Worcester Bosch", "Worcester Bosch", "Vaillant", "Ideal", "Baxi"])
            desc = f"Replace boiler with {make} {rng.choice(next(m[1] for m in _MAKES if m[0] == make))[0]}"
            amt = round(rng.uniform(2200, 3900) * _year_factor(qday) / 10) * 10
        else:
            work = rng.choices(_QUOTE_WORK, weights=[30, 20, 10, 8, 20, 5])[0]
            desc = work[0]
            amt = round(rng.uniform(work[1], work[2]) * _year_factor(qday) / 5) * 5
        valid = qday + dt.timedelta(days=30)
        if valid > _END:
            status = rng.choices(["Pending", "Accepted", "Declined"], weights=[70, 15, 15])[0]
        else:
            status = rng.choices(["Accepted", "Declined", "Expired"], weights=[28, 40, 32])[0]
        if desc.startswith("Replace boiler") and status == "Accepted":
            status = "Declined"
        job_id = None
        if status == "Accepted":
            jday = _working_day(rng, qday + dt.timedelta(days=5), qday + dt.timedelta(days=40))
            if jday > dt.date(2025, 12, 30):
                status = "Pending"
            else:
                job_id = add_job(prop[0], None, "PLMB" if "radiator" in desc or "Bathroom" in desc
                                 or "cylinder" in desc or "Underfloor" in desc else "REP", jday, "R", desc)  # fmt: skip
        quotes.append([qday, prop[1], prop[0], desc, float(amt), status, job_id])

    # annual services: every boiler under contract once a year, plus some paying customers
    for b in boilers:
        for year in (2023, 2024, 2025):
            lo, hi = dt.date(year, 1, 5), dt.date(year, 12, 20)
            day = None
            for _try in range(6):
                cand = _working_day(rng, lo, hi)
                if rng.random() < (1.6 if cand.month in (9, 10, 11) else 0.8) / 1.6:
                    day = cand
                    break
            if day is None:
                continue
            if b[0] in boiler_install_day and day <= boiler_install_day[b[0]] + dt.timedelta(days=200):
                continue
            if cover_on(b[0], day) or rng.random() < 0.22:
                add_job(b[1], b[0], "SVC", day, "R", None)

    # breakdowns: old boilers and the Promax, peaking in January
    for b in boilers:
        rate = 0.25 + max(0, 2024 - b[6]) * 0.035
        if b[3].startswith("Promax"):
            rate += 1.3
        if b[2] == "Worcester Bosch":
            rate *= 0.85
        n = 0
        while rng.random() < rate / (1 + rate) * 1.7 and n < 9:
            n += 1
            for _ in range(3):
                day = _working_day(rng, _START, _END, season=True)
                if b[0] in boiler_install_day and abs((day - boiler_install_day[b[0]]).days) < 60:
                    continue
                if b[0] in boiler_install_day and day > boiler_install_day[b[0]] and rng.random() < 0.8:
                    continue
                prio = rng.choices(["E", "U", "R"], weights=[35, 45, 20])[0]
                fault = rng.choice(_FAULTS)
                if day.month not in (12, 1, 2) and fault == "Condensate pipe frozen":
                    fault = "No heating or hot water"
                add_job(properties[b[1] - 1][0], b[0], "BRK", day, prio, fault)
                if rng.random() < 0.16 and day + dt.timedelta(days=9) <= _END:
                    add_job(properties[b[1] - 1][0], b[0], "REP", day + dt.timedelta(days=rng.randrange(2, 9)),
                            "U", f"Return visit: {fault.lower()}")  # fmt: skip
                break

    # general plumbing jobs
    for _ in range(560):
        prop = rng.choice(properties)
        owner = customers[prop[1] - 1]
        day = _working_day(rng, max(_START, owner[8]), _END, season=rng.random() < 0.4)
        fault = rng.choice(_PLUMB_FAULTS)
        prio = "E" if fault == "Burst pipe in loft" else rng.choices(["U", "R"], weights=[40, 60])[0]
        add_job(prop[0], None, "PLMB", day, prio, fault)
    # the pub on hold kept calling us out through 2025 and stopped paying
    pub = next(p for p in properties if p[1] == slow_payer[0])
    pub_boilers = [b[0] for b in boilers if b[1] == pub[0]]
    for _ in range(9):
        day = _working_day(rng, dt.date(2025, 2, 1), dt.date(2025, 9, 26))
        if rng.random() < 0.5:
            add_job(pub[0], None, "PLMB", day, rng.choice(["E", "U"]), rng.choice(_PLUMB_FAULTS))
        else:
            add_job(pub[0], rng.choice(pub_boilers), "BRK", day, rng.choice(["E", "U"]), rng.choice(_FAULTS))
    # the housing associations' voids and repairs add bulk
    ha_props = [p for p in properties if customers[p[1] - 1][3] == "Housing association"]
    for _ in range(180):
        prop = rng.choice(ha_props)
        day = _working_day(rng, _START, _END)
        add_job(prop[0], None, "PLMB", day, rng.choice(["U", "R"]), rng.choice(_PLUMB_FAULTS))

    # settle each job: order by reported day, number them, assign engineer, status, hours, parts
    jobs.sort(key=lambda j: (j["reported"], j["prop"], j["type"]))
    old_to_new = {}
    job_rows = []
    for n, j in enumerate(jobs, 1):
        old_to_new[j["id"]] = n
        day = j["reported"]
        prop = properties[j["prop"] - 1]
        owner = customers[prop[1] - 1]
        typ = j["type"]
        if typ == "BRK":
            delay = {"E": 0, "U": rng.choice([0, 1, 1]), "R": rng.choice([1, 2, 3, 5])}
            attend = day + dt.timedelta(days=delay[j["priority"]])
        elif typ in ("SVC", "INST") or (typ in ("PLMB", "REP") and j["priority"] == "R"):
            attend = day
        else:
            attend = day + dt.timedelta(days=rng.choice([0, 1, 1, 2]))
        status = "Completed"
        if rng.random() < 0.035:
            status = "Cancelled"
        gas = typ != "PLMB"
        eng = pick_engineer(min(attend, _END), gas=gas)
        completed = attend + dt.timedelta(days={"INST": rng.choice([1, 1, 2]), "BRK": 0, "SVC": 0,
                                                 "REP": 0, "PLMB": rng.choice([0, 0, 0, 1])}[typ])  # fmt: skip
        if typ == "PLMB" and j["fault"] and "Bathroom" in j["fault"]:
            completed = attend + dt.timedelta(days=rng.randrange(4, 9))
        if attend > _END or completed > _END:
            status = "Open"
        if day >= dt.date(2025, 12, 17) and rng.random() < 0.45:
            status = "Open"
        if day >= dt.date(2025, 11, 15) and typ in ("BRK", "REP") and rng.random() < 0.12:
            status = "On hold"
        if owner[7] == "H" and day >= dt.date(2025, 10, 1):
            status = "On hold"
        if status == "Cancelled":
            attend_s, comp_s, hours, eng_s = None, None, None, (eng if rng.random() < 0.5 else None)
        elif status == "Open":
            attend_s = attend if attend <= _END and rng.random() < 0.4 else None
            comp_s, hours = None, None
            eng_s = eng if rng.random() < 0.65 else None
            if attend_s:
                eng_s = eng
        elif status == "On hold":
            attend_s, comp_s, eng_s = min(attend, _END), None, eng
            hours = round(rng.uniform(0.5, 1.5) * 2) / 2
        else:
            attend_s, comp_s, eng_s = attend, completed, eng
            hours = {"BRK": rng.uniform(0.5, 3.0), "SVC": rng.uniform(0.75, 1.5), "REP": rng.uniform(1.0, 4.0),
                     "INST": rng.uniform(10, 18), "PLMB": rng.uniform(0.5, 4.0)}[typ]  # fmt: skip
            if typ == "PLMB" and j["fault"] and ("Bathroom" in j["fault"] or "Underfloor" in j["fault"]):
                hours = rng.uniform(20, 40)
            hours = round(hours * 4) / 4
        cover = cover_on(j["boiler"], day)
        callout = 0.0
        if typ == "BRK" and cover is None:
            callout = round(85 * _year_factor(day), 2) if j["priority"] != "E" else round(120 * _year_factor(day), 2)
        if typ == "PLMB" and j["priority"] == "E":
            callout = round(120 * _year_factor(day), 2)
        if status == "Cancelled":
            callout = 0.0
        job_rows.append([n, f"J{day.year % 100}-{n:05d}", j["prop"], j["boiler"], eng_s, typ, j["priority"], day,
                         attend_s, comp_s, status, hours, callout, j["fault"]])  # fmt: skip
        # parts
        if status in ("Completed", "On hold"):
            pool = [p for p in _PARTS if p[5] == ("BRK" if typ in ("BRK", "REP") else typ)]
            k = {"BRK": rng.choices([0, 1, 2], weights=[35, 50, 15])[0], "REP": rng.choice([1, 1, 2]),
                 "SVC": rng.choices([0, 1, 2], weights=[55, 35, 10])[0],
                 "PLMB": rng.choices([0, 1, 2], weights=[30, 50, 20])[0],
                 "INST": 3}[typ]  # fmt: skip
            if status == "On hold":
                k = 0
            chosen = []
            for _ in range(k):
                part = rng.choices(pool, weights=[p[4] for p in pool])[0]
                if part in chosen:
                    continue
                chosen.append(part)
                qty = 1
                if part[0] in ("TRV-15", "CU-15"):
                    qty = rng.choice([1, 1, 2, 3, 4])
                if part[0] == "INH-X100":
                    qty = rng.choice([1, 1, 1, 2])
                if part[0] == "STAT-WL" and rng.random() < 0.4:
                    continue
                f = _year_factor(day)
                job_parts.append([n, part[0], part[1], qty, round(part[2] * f, 2), round(part[3] * f, 2)])
    jobs_final = [tuple(_iso(x) if isinstance(x, dt.date) else x for x in r) for r in job_rows]
    for q in quotes:
        if q[6] is not None:
            q[6] = old_to_new[q[6]]
    job_parts.sort(key=lambda p: (p[0], p[1]))
    parts_final = [(i, *p) for i, p in enumerate(job_parts, 1)]
    parts_by_job: dict[int, float] = {}
    for p in job_parts:
        parts_by_job[p[0]] = parts_by_job.get(p[0], 0.0) + p[3] * p[5]
    quote_by_job = {q[6]: q[4] for q in quotes if q[6] is not None}

    # invoices for chargeable completed jobs
    invoices = []
    for r in job_rows:
        if r[10] != "Completed":
            continue
        n, prop_id, boiler_id, eng_id, typ, day, done = r[0], r[2], r[3], r[4], r[5], r[7], r[9]
        owner = customers[properties[prop_id - 1][1] - 1]
        cover = cover_on(boiler_id, day)
        rate = _ENGINEERS[eng_id - 1][5]
        labour = r[11] * rate
        parts = parts_by_job.get(n, 0.0)
        if n in quote_by_job:
            net = quote_by_job[n]
        elif typ == "SVC":
            net = 0.0 if cover else round(95 * _year_factor(day), 2)
        elif typ in ("BRK", "REP"):
            if cover == "GLD":
                net = 0.0
            elif cover == "SLV":
                net = parts
            else:
                net = r[12] + labour + parts
        else:
            net = r[12] + labour + parts
        net = round(net, 2)
        if net <= 0:
            continue
        vat = round(net * 0.2, 2)
        total = round(net + vat, 2)
        terms = 14 if owner[3] == "Domestic" else 30
        due = done + dt.timedelta(days=terms)
        paid_amt, paid_dt, method = 0.0, None, None
        if owner[3] == "Domestic":
            if rng.random() < 0.72:
                paid_dt, method = done, rng.choices(["CARD", "CASH", "BACS"], weights=[80, 8, 12])[0]
            else:
                paid_dt, method = done + dt.timedelta(days=rng.randrange(1, 40)), rng.choice(["BACS", "BACS", "CHQ"])
        elif owner[3] == "Landlord":
            paid_dt, method = done + dt.timedelta(days=rng.randrange(3, 45)), rng.choice(["BACS", "BACS", "CARD"])
        else:
            paid_dt = done + dt.timedelta(days=rng.randrange(12, 75))
            method = rng.choice(["BACS", "BACS", "BACS", "CHQ"])
        if rng.random() < 0.03:
            paid_dt = None
        if owner[0] == slow_payer[0] and done >= dt.date(2025, 3, 1):
            paid_dt = None
        if paid_dt is not None and paid_dt > _END:
            paid_dt = None
        if paid_dt is not None:
            paid_amt = total
            if rng.random() < 0.03 and total > 150:
                paid_amt = round(total / 2, 2)
        invoices.append([done, n, owner[0], net, vat, total, due, paid_amt, paid_dt, method if paid_dt else None])
    invoices.sort(key=lambda v: (v[0], v[1]))
    invoice_rows = []
    for i, v in enumerate(invoices, 1):
        invoice_rows.append((i, f"INV{v[0].year}-{i:05d}", v[1], v[2], _iso(v[0]), v[3], v[4], v[5], _iso(v[6]),
                             v[7], _iso(v[8]), v[9]))  # fmt: skip

    # gas safety checks on let properties, roughly yearly
    checks = []
    for p in properties:
        if p[7] != "Y":
            continue
        owner = customers[p[1] - 1]
        appliances = max(1, sum(1 for b in boilers if b[1] == p[0])) + rng.choice([0, 0, 1, 1, 2])
        first = max(_START, owner[8] + dt.timedelta(days=7))
        if first > dt.date(2025, 12, 15):
            continue
        day = _working_day(rng, first, min(first + dt.timedelta(days=330), dt.date(2025, 12, 20)))
        skipper = owner[3] == "Landlord" and rng.random() < 0.12
        while day <= _END:
            result = rng.choices(["Pass", "At risk", "Fail"], weights=[86, 9, 5])[0]
            eng = pick_engineer(day)
            fee = {2023: 65.0, 2024: 69.0, 2025: 72.0}[day.year]
            fee = round(fee * (0.85 if owner[3] == "Housing association" else 1), 2)
            checks.append((day, p[0], eng, result, appliances, fee))
            nxt = day + dt.timedelta(days=rng.randrange(330, 366))
            if skipper and nxt.year == 2025:
                break
            if owner[7] == "C" and nxt > dt.date(2024, 10, 1):
                break
            if nxt.weekday() == 6:
                nxt += dt.timedelta(days=1)
            day = nxt
    checks.sort(key=lambda c: (c[0], c[1]))
    check_rows = []
    for i, c in enumerate(checks, 1):
        leap_day = c[0].month == 2 and c[0].day == 29
        due = dt.date(c[0].year + 1, 2, 28) if leap_day else c[0].replace(year=c[0].year + 1)
        check_rows.append((i, f"CP12-{c[0].year}-{i:04d}", c[1], c[2], _iso(c[0]), c[3], c[4], c[5], _iso(due)))

    quotes.sort(key=lambda q: (q[0], q[2]))
    quote_rows = []
    for i, q in enumerate(quotes, 1):
        valid = q[0] + dt.timedelta(days=30)
        quote_rows.append((i, f"Q{q[0].year % 100}-{i:04d}", q[1], q[2], _iso(q[0]), q[3], q[4], _iso(valid), q[5],
                           q[6]))  # fmt: skip

    customers_final = [tuple(_iso(x) if isinstance(x, dt.date) else x for x in c) for c in customers]
    contracts_final = [tuple(_iso(x) if isinstance(x, dt.date) else x for x in c) for c in contracts]
    return {"engineers": engineers, "customers": customers_final, "properties": [tuple(p) for p in properties],
            "boilers": [tuple(b) for b in boilers], "service_contracts": contracts_final, "jobs": jobs_final,
            "job_parts": parts_final, "quotes": quote_rows, "invoices": invoice_rows,
            "gas_safety_checks": check_rows}  # fmt: skip


def build_plumbing_database(path: str | Path) -> Path:
    """Write the plumbing and heating contractor's database to ``path`` (replacing a file there) and return it.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
