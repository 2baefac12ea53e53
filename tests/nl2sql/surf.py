"""A made-up surf school and board hire business with bases on five beaches in Cornwall, Devon and Gower: the
``surf`` dev set's database. Each base runs surf and paddleboard lessons from March to November, hires out boards and
wetsuits by the day or week, logs the surf and tide every morning, and three of the bases have a small shop selling
wax and accessories.

Eleven tables with foreign keys:

- ``bases``: ``base_cd`` ('FIS', 'POL', 'CRO', 'PRA', 'RHO'), ``name``, ``beach``, ``town``, ``county``
  ('Cornwall', 'Devon', 'Swansea'), ``opened`` date, ``has_shop`` 1/0 (only Fistral, Polzeath and Croyde have a shop).
- ``instructors``: ``first_name``, ``surname``, ``base_id``, ``cert_lvl`` (ISA style: 'L1' instructor, 'L2' coach,
  'L3' senior coach, 'TRN' trainee who does not lead lessons), ``sup_cert`` 1/0 (qualified to teach stand-up paddle),
  ``lg_cert`` 1/0 (beach lifeguard award), ``fa_exp`` first aid certificate expiry date, ``hired_on``, ``left_on``
  (NULL while still employed), ``day_rate`` in pounds.
- ``lesson_types``: ``code`` ('GRP', 'IMP', 'PRV', 'SEMI', 'KIDS', 'SUP', 'FAM', 'ADPT'), ``name``, ``dur_min``,
  ``price`` per person in pounds, ``max_pax``, ``min_age``. The adaptive surf session has never been run.
- ``lessons``: a scheduled lesson at a base: ``type_id``, ``instr_id``, ``lsn_dt``, ``start_tm`` ('09:00' to
  '17:00'), ``status`` 'CMP' completed / 'CXL' cancelled, ``cxl_rsn`` NULL, 'WX' weather, 'LOW' no bookings, 'STAFF'
  instructor unavailable.
- ``customers``: ``first_name``, ``surname``, ``email``, ``home_town``, ``dob``, ``joined`` date, ``ability`` 'BEG' /
  'INT' / 'ADV', ``optin`` marketing consent 1/0. Some customers only hire or shop and never book a lesson.
- ``lsn_bkg``: a customer's place on a lesson: ``lesson_id``, ``cust_id``, ``bkd_dt``, ``chan`` 'WEB' / 'PHN' /
  'WLK' (walk-in), ``amt`` paid in pounds, ``status`` 'ATT' attended / 'NS' no-show / 'CXL' cancelled (every booking
  on a cancelled lesson is 'CXL').
- ``hire_itm``: a board or wetsuit kept at a base: ``itm_code``, ``itm_type`` 'BOARD' / 'WETSUIT', ``category``
  (boards: 'Soft-top', 'Longboard', 'Mini-mal', 'Shortboard', 'Fish', 'Bodyboard', 'SUP'; wetsuits: '3/2', '4/3',
  '5/4 hooded'), ``size`` (board length in feet such as '8''0' or a wetsuit size 'XS' to 'XL', 'K10' for kids),
  ``day_rate`` in pounds, ``bought_dt``, ``status`` 'AVL' in service / 'RPR' in repair / 'W/O' written off.
- ``hire_txn``: one item hired by a customer: ``itm_id``, ``cust_id``, ``out_dt``, ``due_dt``, ``ret_dt`` (NULL if
  not back), ``amt`` hire charge in pounds, ``dmg_cd`` 'NONE' / 'DING' / 'TEAR' / 'SNAP' / 'LOST', ``dmg_fee`` in
  pounds (0 when undamaged).
- ``cond_log``: the morning surf report at a base: ``log_dt``, ``wave_ht`` metres, ``period_s`` seconds,
  ``wind_kph``, ``wind_dir`` (eight compass points), ``tide`` 'HIGH' / 'LOW' / 'FLOOD' / 'EBB', ``water_c``
  temperature, ``flag`` 'GRN' / 'YEL' / 'RED' (red means no lessons), ``logged_by`` an instructor.
- ``products``: the shop range: ``sku``, ``name``, ``category`` ('Wax', 'Leash', 'Fins', 'Accessory', 'Skincare',
  'Apparel'), ``price`` in pounds. A few products have never sold.
- ``shop_sale``: one product line sold at a base: ``base_id``, ``prod_id``, ``cust_id`` (NULL for walk-in
  shoppers), ``sale_dt``, ``qty``, ``amt`` in pounds, ``pay`` 'CARD' / 'CASH'.

Lessons, hires, shop sales and surf reports run from 1 March 2023 to 31 October 2025 (the Rhossili base opened on
1 April 2024); the bases close for December to February. Some customers joined, and some kit was bought, before
March 2023. Rows come from a fixed seed, so every build holds the same rows; a few customers book
far more lessons than the rest, and lessons on red-flag days are cancelled.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_surf_database(pathlib.Path(tempfile.mkdtemp()) / "surf.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM bases").fetchone()
    (5,)
"""

from __future__ import annotations

import datetime as dt
import math
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_surf_database"]

_SCHEMA = """
CREATE TABLE bases (
    id INTEGER PRIMARY KEY, base_cd TEXT NOT NULL, name TEXT NOT NULL, beach TEXT NOT NULL, town TEXT NOT NULL,
    county TEXT NOT NULL, opened DATE NOT NULL, has_shop INTEGER NOT NULL
);
CREATE TABLE instructors (
    id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, surname TEXT NOT NULL,
    base_id INTEGER NOT NULL REFERENCES bases (id), cert_lvl TEXT NOT NULL, sup_cert INTEGER NOT NULL,
    lg_cert INTEGER NOT NULL, fa_exp DATE NOT NULL, hired_on DATE NOT NULL, left_on DATE, day_rate NUMERIC NOT NULL
);
CREATE TABLE lesson_types (
    id INTEGER PRIMARY KEY, code TEXT NOT NULL, name TEXT NOT NULL, dur_min INTEGER NOT NULL, price NUMERIC NOT NULL,
    max_pax INTEGER NOT NULL, min_age INTEGER NOT NULL
);
CREATE TABLE lessons (
    id INTEGER PRIMARY KEY, base_id INTEGER NOT NULL REFERENCES bases (id),
    type_id INTEGER NOT NULL REFERENCES lesson_types (id), instr_id INTEGER NOT NULL REFERENCES instructors (id),
    lsn_dt DATE NOT NULL, start_tm TEXT NOT NULL, status TEXT NOT NULL, cxl_rsn TEXT
);
CREATE TABLE customers (
    id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, surname TEXT NOT NULL, email TEXT NOT NULL,
    home_town TEXT NOT NULL, dob DATE NOT NULL, joined DATE NOT NULL, ability TEXT NOT NULL, optin INTEGER NOT NULL
);
CREATE TABLE lsn_bkg (
    id INTEGER PRIMARY KEY, lesson_id INTEGER NOT NULL REFERENCES lessons (id),
    cust_id INTEGER NOT NULL REFERENCES customers (id), bkd_dt DATE NOT NULL, chan TEXT NOT NULL,
    amt NUMERIC NOT NULL, status TEXT NOT NULL
);
CREATE TABLE hire_itm (
    id INTEGER PRIMARY KEY, itm_code TEXT NOT NULL, base_id INTEGER NOT NULL REFERENCES bases (id),
    itm_type TEXT NOT NULL, category TEXT NOT NULL, size TEXT NOT NULL, day_rate NUMERIC NOT NULL,
    bought_dt DATE NOT NULL, status TEXT NOT NULL
);
CREATE TABLE hire_txn (
    id INTEGER PRIMARY KEY, itm_id INTEGER NOT NULL REFERENCES hire_itm (id),
    cust_id INTEGER NOT NULL REFERENCES customers (id), out_dt DATE NOT NULL, due_dt DATE NOT NULL, ret_dt DATE,
    amt NUMERIC NOT NULL, dmg_cd TEXT NOT NULL, dmg_fee NUMERIC NOT NULL
);
CREATE TABLE cond_log (
    id INTEGER PRIMARY KEY, base_id INTEGER NOT NULL REFERENCES bases (id), log_dt DATE NOT NULL,
    wave_ht NUMERIC NOT NULL, period_s INTEGER NOT NULL, wind_kph INTEGER NOT NULL, wind_dir TEXT NOT NULL,
    tide TEXT NOT NULL, water_c NUMERIC NOT NULL, flag TEXT NOT NULL,
    logged_by INTEGER NOT NULL REFERENCES instructors (id)
);
CREATE TABLE products (
    id INTEGER PRIMARY KEY, sku TEXT NOT NULL, name TEXT NOT NULL, category TEXT NOT NULL, price NUMERIC NOT NULL
);
CREATE TABLE shop_sale (
    id INTEGER PRIMARY KEY, base_id INTEGER NOT NULL REFERENCES bases (id),
    prod_id INTEGER NOT NULL REFERENCES products (id), cust_id INTEGER REFERENCES customers (id),
    sale_dt DATE NOT NULL, qty INTEGER NOT NULL, amt NUMERIC NOT NULL, pay TEXT NOT NULL
);
"""

_START, _END = dt.date(2023, 3, 1), dt.date(2025, 10, 31)

#: code, name, beach, town, county, opened, shop, busyness, mean wave height, SUP offered
_BASES = [
    ("FIS", "Fistral Surf Base", "Fistral Beach", "Newquay", "Cornwall", "2009-03-14", 1, 1.35, 1.45, 1),
    ("POL", "Polzeath Surf Base", "Polzeath Beach", "Polzeath", "Cornwall", "2012-04-01", 1, 1.0, 1.1, 1),
    ("CRO", "Croyde Surf Base", "Croyde Bay", "Croyde", "Devon", "2014-03-22", 1, 1.1, 1.3, 0),
    ("PRA", "Praa Sands Surf Base", "Praa Sands", "Penzance", "Cornwall", "2018-05-01", 0, 0.65, 1.0, 1),
    ("RHO", "Rhossili Surf Base", "Rhossili Bay", "Rhossili", "Swansea", "2024-04-01", 0, 0.55, 1.3, 0),
]
#: first name, surname, base, level, SUP, lifeguard, first aid expiry, hired, left
_INSTRUCTORS = [
    ("Jake", "Penrose", 1, "L3", 1, 1, "2026-03-14", "2015-04-01", None),
    ("Tamsin", "Trevithick", 1, "L2", 1, 1, "2025-06-30", "2017-05-01", None),
    ("Kieran", "Nance", 1, "L1", 0, 1, "2026-05-09", "2021-06-01", None),
    ("Ellie", "Rowe", 1, "L1", 0, 0, "2024-11-20", "2022-04-15", "2024-09-30"),
    ("Ben", "Tregunna", 1, "L1", 1, 1, "2027-04-02", "2024-05-01", None),
    ("Morgan", "Hicks", 1, "TRN", 0, 1, "2028-05-20", "2025-06-01", None),
    ("Sam", "Curnow", 2, "L2", 1, 1, "2025-09-12", "2013-03-01", None),
    ("Lowenna", "Pascoe", 2, "L1", 0, 1, "2026-02-27", "2019-05-01", None),
    ("Harry", "Jago", 2, "L1", 1, 0, "2025-03-03", "2023-03-01", "2025-05-31"),
    ("Freya", "Angove", 2, "L1", 0, 1, "2028-03-15", "2025-04-01", None),
    ("Tom", "Ridd", 3, "L3", 0, 1, "2026-07-01", "2014-03-01", None),
    ("Becky", "Yeo", 3, "L2", 1, 1, "2025-12-05", "2018-04-01", None),
    ("Alfie", "Chugg", 3, "L1", 0, 1, "2025-04-18", "2020-05-01", None),
    ("Maisie", "Slee", 3, "L1", 0, 0, "2026-06-10", "2023-06-01", None),
    ("Ollie", "Heard", 3, "L1", 0, 1, "2027-02-28", "2024-03-01", None),
    ("Demelza", "Hocking", 4, "L2", 1, 1, "2026-01-22", "2016-04-01", None),
    ("Jory", "Bolitho", 4, "L1", 0, 1, "2025-08-08", "2021-04-01", None),
    ("Rowan", "Kitto", 4, "L1", 1, 0, "2027-05-30", "2024-06-01", None),
    ("Rhys", "Bevan", 5, "L2", 1, 1, "2026-11-11", "2024-03-01", None),
    ("Cerys", "Pryce", 5, "L1", 0, 1, "2027-03-15", "2024-03-15", None),
    ("Owain", "Llewellyn", 5, "L1", 0, 1, "2028-02-10", "2025-03-01", None),
    ("Gwen", "Thomas", 5, "TRN", 0, 0, "2028-06-30", "2025-07-01", None),
]
_DAY_RATE = {"L3": 190, "L2": 160, "L1": 130, "TRN": 90}
#: code, name, minutes, price, max people, min age, weight in the schedule
_TYPES = [
    ("GRP", "Beginner group lesson", 120, 45, 8, 8, 40),
    ("IMP", "Improver group lesson", 120, 50, 6, 10, 12),
    ("PRV", "Private lesson", 90, 95, 1, 6, 10),
    ("SEMI", "Semi-private lesson", 90, 70, 3, 8, 6),
    ("KIDS", "Kids surf club", 90, 35, 8, 7, 14),
    ("SUP", "Stand-up paddle intro", 90, 45, 6, 10, 9),
    ("FAM", "Family lesson", 120, 40, 6, 6, 10),
    ("ADPT", "Adaptive surf session", 120, 30, 2, 6, 0),
]
#: how busy each month is (lessons and hire), mean wave factor, water temperature
_MONTHS = {3: (0.25, 1.4, 10.2), 4: (0.55, 1.2, 10.8), 5: (0.8, 0.95, 12.1), 6: (1.2, 0.75, 14.0),
           7: (2.3, 0.65, 16.1), 8: (2.8, 0.75, 17.0), 9: (1.1, 1.0, 16.4), 10: (0.6, 1.3, 14.6),
           11: (0.2, 1.5, 12.6)}  # fmt: skip
#: sku, name, category, price, sales weight
_PRODUCTS = [
    ("WX-CLD", "Sex Wax Cold", "Wax", 3.5, 30), ("WX-COOL", "Sex Wax Cool", "Wax", 3.5, 34),
    ("WX-WRM", "Sex Wax Warm", "Wax", 3.5, 22), ("WX-TRP", "Sex Wax Tropical", "Wax", 3.5, 6),
    ("WX-BASE", "Sticky Bumps Basecoat", "Wax", 4.0, 10), ("WX-ECO", "Matunas Organic Wax", "Wax", 5.5, 8),
    ("AC-COMB", "Wax comb", "Accessory", 2.5, 9), ("LS-6", "Leash 6ft", "Leash", 24.0, 7),
    ("LS-7", "Leash 7ft", "Leash", 26.0, 6), ("LS-9", "Leash 9ft longboard", "Leash", 30.0, 4),
    ("FN-FCS", "FCS II thruster fins", "Fins", 65.0, 2), ("FN-FUT", "Futures fin set", "Fins", 62.0, 0),
    ("AC-PAD", "Traction pad", "Accessory", 35.0, 3), ("AC-DING", "Ding repair kit", "Accessory", 12.0, 5),
    ("AC-EAR", "Surf ear plugs", "Accessory", 39.0, 0), ("AC-BAG", "Board bag 9ft6", "Accessory", 85.0, 0),
    ("AC-BOOT", "Neoprene booties", "Accessory", 32.0, 4), ("SK-SPF", "Sunscreen SPF50 100ml", "Skincare", 12.5, 18),
    ("SK-ZINC", "Zinc face stick", "Skincare", 8.0, 11), ("AP-TEE", "Logo t-shirt", "Apparel", 22.0, 9),
    ("AP-HOOD", "Logo hoodie", "Apparel", 45.0, 6), ("AP-BEAN", "Beanie", "Apparel", 18.0, 5),
    ("AP-RASH", "Rash vest", "Apparel", 28.0, 5), ("AP-ROBE", "Changing robe", "Apparel", 79.0, 2),
]  # fmt: skip
#: category, type, day rate, how many per base, sizes
_ITEMS = [
    ("Soft-top", "BOARD", 15, 9, ["7'0", "8'0", "8'0", "9'0"]),
    ("Longboard", "BOARD", 22, 3, ["9'0", "9'2", "9'6"]),
    ("Mini-mal", "BOARD", 20, 3, ["7'2", "7'6", "8'0"]),
    ("Shortboard", "BOARD", 20, 3, ["5'10", "6'0", "6'2", "6'4"]),
    ("Fish", "BOARD", 20, 2, ["5'8", "5'10", "6'0"]),
    ("Bodyboard", "BOARD", 8, 4, ["40in", "42in"]),
    ("SUP", "BOARD", 30, 2, ["10'6", "11'0"]),
    ("3/2", "WETSUIT", 8, 8, ["K10", "XS", "S", "M", "M", "L", "XL"]),
    ("4/3", "WETSUIT", 10, 8, ["K10", "S", "M", "M", "L", "L", "XL"]),
    ("5/4 hooded", "WETSUIT", 12, 3, ["S", "M", "L", "XL"]),
]
_FIRST = ["Oliver", "Amelia", "Jack", "Olivia", "Harry", "Isla", "George", "Ava", "Noah", "Emily", "Charlie",
          "Sophie", "Leo", "Grace", "Oscar", "Mia", "Archie", "Poppy", "Ethan", "Ella", "Lucas", "Lily", "Finn",
          "Evie", "Max", "Chloe", "Toby", "Freya", "Alex", "Holly", "Sam", "Megan", "Dan", "Hannah", "Luke", "Zara",
          "Ryan", "Imogen", "Matt", "Jess", "Tom", "Katie", "Will", "Rosie", "Joe", "Anna", "Ed", "Laura"]  # fmt: skip
_SURNAMES = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright",
             "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke",
             "Hughes", "Edwards", "Lewis", "Harrison", "Turner", "Hill", "Cooper", "Ward", "Morris", "Moore",
             "Patel", "Khan", "Murphy", "Kelly", "Price", "Bennett", "Carter", "Mitchell", "Phillips", "Campbell",
             "Tremayne", "Polglase", "Rowe", "Hocking", "Pengelly", "Rees", "Morgan", "Griffiths"]  # fmt: skip
#: home town, weight
_TOWNS = [("London", 22), ("Bristol", 12), ("Birmingham", 8), ("Exeter", 7), ("Plymouth", 6), ("Newquay", 8),
          ("Truro", 5), ("Cardiff", 6), ("Swansea", 5), ("Manchester", 5), ("Oxford", 4), ("Bath", 3),
          ("Barnstaple", 4), ("Reading", 3), ("Penzance", 3), ("Leeds", 2), ("Wadebridge", 2)]  # fmt: skip
_DOMAINS = ["gmail.com", "outlook.com", "icloud.com", "yahoo.co.uk", "hotmail.co.uk"]
_COMPASS = ["N", "NE", "E", "SE", "S", "SW", "W", "NW"]


def _open_days(base: int) -> list[dt.date]:
    """The days a base is open: March to November, from when it opened, to the end of the data."""
    first = max(_START, dt.date.fromisoformat(_BASES[base - 1][5]))
    days, day = [], first
    while day <= _END:
        if 3 <= day.month <= 11:
            days.append(day)
        day += dt.timedelta(days=1)
    return days


def _employed(instr: tuple, day: dt.date) -> bool:
    return instr[8] <= day.isoformat() and (instr[9] is None or day.isoformat() < instr[9])


def _rows(seed: int = 40417) -> dict[str, list[tuple]]:  # noqa: C901, PLR0912, PLR0915 - one generator per table
    rng = random.Random(seed)
    bases = [(i, *b[:7]) for i, b in enumerate(_BASES, 1)]
    instructors = []
    for i, (first, last, base, lvl, sup, lg, fa_exp, hired, left) in enumerate(_INSTRUCTORS, 1):
        rate = _DAY_RATE[lvl] + 5 * rng.randint(0, 4)
        instructors.append((i, first, last, base, lvl, sup, lg, fa_exp, hired, left, rate))
    types = [(i, *t[:6]) for i, t in enumerate(_TYPES, 1)]
    products = [(i, *p[:4]) for i, p in enumerate(_PRODUCTS, 1)]

    # customers: the booking and hire weights give a few keen regulars and some who never book a lesson
    names = rng.sample([(f, s) for f in _FIRST for s in _SURNAMES], 1400)
    customers, lesson_weight, hire_weight = [], [], []
    for i, (first, last) in enumerate(names, 1):
        kid = rng.random() < 0.14
        dob = random_day(rng, dt.date(2011, 1, 1), dt.date(2018, 6, 30)) if kid else random_day(
            rng, dt.date(1958, 1, 1), dt.date(2006, 12, 31))  # fmt: skip
        town = rng.choices([t[0] for t in _TOWNS], weights=[t[1] for t in _TOWNS])[0]
        ability = "BEG" if kid else rng.choices(["BEG", "INT", "ADV"], weights=[60, 28, 12])[0]
        email = f"{first.lower()}.{last.lower()}{rng.randint(1, 99)}@{rng.choice(_DOMAINS)}"
        customers.append([i, first, last, email, town, dob.isoformat(), None, ability, int(rng.random() < 0.55)])
        roll = rng.random()
        if roll < 0.11:
            lesson_weight.append(0.0)
        elif roll < 0.15:
            lesson_weight.append(8.0)
        else:
            lesson_weight.append(1.0)
        hire_weight.append({"BEG": 0.4, "INT": 1.5, "ADV": 2.5}[ability] * (0 if kid else 1) * (
            9 if i % 53 == 7 else 1) * (0 if lesson_weight[-1] > 0 and rng.random() < 0.5 else 1))  # fmt: skip
    kids = [c[0] for c in customers if c[5] >= "2011-01-01"]
    kid_weight = [3.0 if lesson_weight[k - 1] > 5 else 1.0 for k in kids]

    # the morning condition log, one a day at every open base (a few mornings were missed)
    cond_log, flags = [], {}
    for base in range(1, 6):
        mean_wave = _BASES[base - 1][8]
        for day in _open_days(base):
            if rng.random() < 0.03:
                continue
            _, wave_factor, water = _MONTHS[day.month]
            wave = round(max(0.2, mean_wave * wave_factor * math.exp(rng.gauss(0, 0.45))), 1)
            period = max(5, min(18, round(7 + wave * 2.2 + rng.gauss(0, 1.8))))
            wind = max(0, round(rng.gammavariate(2.2, 8.5) * (1.2 if day.month in (3, 10, 11) else 1)))
            wind_dir = rng.choices(_COMPASS, weights=[6, 7, 6, 9, 11, 22, 18, 10])[0]
            tide = rng.choice(["HIGH", "LOW", "FLOOD", "EBB"])
            flag = "RED" if wave >= 2.6 or wind >= 52 else "YEL" if wave >= 1.7 or wind >= 32 else "GRN"
            staff = [s for s in instructors if s[3] == base and _employed(s, day)]
            cond_log.append((len(cond_log) + 1, base, day.isoformat(), wave, period, wind, wind_dir, tide,
                             round(water + rng.gauss(0, 0.6), 1), flag, rng.choice(staff)[0]))  # fmt: skip
            flags[(base, day)] = flag
    cond_log.sort(key=lambda r: (r[2], r[1]))
    cond_log = [(i, *r[1:]) for i, r in enumerate(cond_log, 1)]

    # lessons and their bookings
    lessons, bookings = [], []
    for (base, day), flag in sorted(flags.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        busy, _, _ = _MONTHS[day.month]
        busy *= _BASES[base - 1][7] * (1.12 if day.year == 2025 else 1.0) * (1.25 if day.weekday() >= 5 else 0.9)
        count = sum(1 for _ in range(5) if rng.random() < busy * 0.13)
        slots = sorted(rng.sample(["09:00", "11:00", "13:00", "15:00", "17:00"] if day.month in (6, 7, 8)
                                  else ["09:00", "11:00", "13:00", "15:00"], min(count, 4)))  # fmt: skip
        staff = [s for s in instructors if s[3] == base and s[4] != "TRN" and _employed(s, day)]
        for slot in slots:
            weights = [t[6] if (t[0] != "SUP" or _BASES[base - 1][9]) else 0 for t in _TYPES]
            type_id = rng.choices(range(1, 9), weights=weights)[0]
            code, _, _, price, max_pax, _, _ = _TYPES[type_id - 1]
            pool = [s for s in staff if (code != "SUP" or s[5]) and (code not in ("IMP", "PRV") or s[4] != "L1")]
            pool = pool or staff
            instr = rng.choice(pool)[0] if rng.random() < 0.85 else min(pool, key=lambda s: s[0])[0]
            if max_pax == 1:
                n = 1 if rng.random() < 0.95 else 0
            else:
                n = min(max_pax, max(0, round(rng.gauss(max_pax * min(0.9, 0.35 + busy * 0.18), 1.6))))
            status, reason = "CMP", None
            if flag == "RED":
                status, reason = "CXL", "WX"
            elif n == 0:
                status, reason = "CXL", "LOW"
            elif rng.random() < 0.012:
                status, reason = "CXL", "STAFF"
            lesson_id = len(lessons) + 1
            lessons.append((lesson_id, base, type_id, instr, day.isoformat(), slot, status, reason))
            if n == 0:
                continue
            if code == "KIDS":
                who = []
                while len(who) < n:
                    k = rng.choices(kids, weights=kid_weight)[0]
                    if k not in who:
                        who.append(k)
            else:
                who = []
                while len(who) < n:
                    c = rng.choices(range(1, 1401), weights=lesson_weight)[0]
                    if c not in who:
                        who.append(c)
            for cust in who:
                chan = rng.choices(["WEB", "PHN", "WLK"], weights=[68, 20, 12])[0]
                lead = 0 if chan == "WLK" else min(60, int(rng.expovariate(1 / 9)))
                amt = price * (0.9 if lesson_weight[cust - 1] > 5 and rng.random() < 0.6 else 1)
                b_status = "CXL" if status == "CXL" else rng.choices(["ATT", "NS", "CXL"], weights=[89, 5, 6])[0]
                bookings.append((len(bookings) + 1, lesson_id, cust, (day - dt.timedelta(days=lead)).isoformat(),
                                 chan, round(amt, 2), b_status))  # fmt: skip

    # hire stock at every base; a few items bought late and never hired
    items = []
    for base in range(1, 6):
        opened = max(_START, dt.date.fromisoformat(_BASES[base - 1][5]))
        for category, kind, rate, count, sizes in _ITEMS:
            if category == "SUP" and not _BASES[base - 1][9]:
                continue
            for k in range(count + (1 if base == 1 else 0)):
                bought = opened - dt.timedelta(days=rng.randint(0, 400)) if rng.random() < 0.8 else random_day(
                    rng, opened, dt.date(2025, 8, 31))  # fmt: skip
                size = sizes[k % len(sizes)]
                code = f"{_BASES[base - 1][0]}-{'B' if kind == 'BOARD' else 'W'}{len(items) + 1:03d}"
                items.append([len(items) + 1, code, base, kind, category, size, rate, bought.isoformat(), "AVL"])
    for it in rng.sample([it for it in items if it[7] < "2025-10-01"], 4):
        it[7] = random_day(rng, dt.date(2025, 10, 10), dt.date(2025, 10, 30)).isoformat()
    late = {it[0] for it in items if it[7] >= "2025-10-10"}

    hires, free_from, gone = [], {}, set()
    for (base, day), _flag in sorted(flags.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        busy = _MONTHS[day.month][0] * _BASES[base - 1][7] * (1.3 if day.weekday() >= 5 else 1.0)
        count = sum(1 for _ in range(8) if rng.random() < busy * 0.09)
        for _ in range(count):
            boards = rng.random() < 0.62
            stock = [it for it in items if it[2] == base and it[7] <= day.isoformat() and it[0] not in gone
                     and free_from.get(it[0], day) <= day and (it[3] == "BOARD") == boards
                     and it[0] not in late]  # fmt: skip
            if not stock:
                continue
            item = rng.choices(stock, weights=[3 if it[4] in ("Soft-top", "4/3", "3/2") else 1 for it in stock])[0]
            days = rng.choices([1, 2, 3, 7], weights=[58, 17, 10, 15])[0]
            due = day + dt.timedelta(days=days)
            charge = item[6] * (5 if days == 7 else days)
            dmg, fee = "NONE", 0
            roll = rng.random()
            if item[3] == "BOARD":
                if roll < 0.05:
                    dmg, fee = "DING", rng.choice([15, 20, 25, 30])
                elif roll < 0.058:
                    dmg, fee = "SNAP", {"SUP": 450, "Longboard": 320}.get(item[4], 220)
                elif roll < 0.061:
                    dmg, fee = "LOST", {"SUP": 600, "Longboard": 400}.get(item[4], 250)
            elif roll < 0.035:
                dmg, fee = "TEAR", rng.choice([20, 25, 35])
            elif roll < 0.038:
                dmg, fee = "LOST", 120
            ret = due + dt.timedelta(days=rng.choice([1, 1, 2, 3])) if rng.random() < 0.08 else due
            ret_dt = None if dmg == "LOST" or ret > _END else ret.isoformat()
            cust = rng.choices(range(1, 1401), weights=hire_weight)[0]
            hires.append((len(hires) + 1, item[0], cust, day.isoformat(), due.isoformat(), ret_dt, charge, dmg, fee))
            free_from[item[0]] = ret + dt.timedelta(days=1)
            if dmg in ("SNAP", "LOST"):
                gone.add(item[0])
                item[8] = "W/O"
            elif dmg in ("DING", "TEAR") and day >= dt.date(2025, 10, 15):
                item[8] = "RPR"
    items = [tuple(it) for it in items]

    # shop sales at the three bases with a shop
    sales = []
    for (base, day), _flag in sorted(flags.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        if not _BASES[base - 1][6]:
            continue
        busy = _MONTHS[day.month][0] * _BASES[base - 1][7]
        for _ in range(sum(1 for _ in range(6) if rng.random() < busy * 0.15)):
            prod = rng.choices(products, weights=[p[4] for p in _PRODUCTS])[0]
            qty = 1 if prod[4] > 20 else rng.choices([1, 2, 3], weights=[70, 22, 8])[0]
            amt = round(prod[4] * qty * (0.9 if rng.random() < 0.07 else 1), 2)
            cust = rng.choices(range(1, 1401), weights=[w + 0.5 for w in hire_weight])[0] if rng.random() < 0.4 \
                else None  # fmt: skip
            sales.append((len(sales) + 1, base, prod[0], cust, day.isoformat(), qty, amt,
                          rng.choices(["CARD", "CASH"], weights=[82, 18])[0]))  # fmt: skip

    # a customer joined on or before their first lesson booking, hire or shop purchase
    first_seen: dict[int, str] = {}
    for cust, day in [(b[2], b[3]) for b in bookings] + [(h[2], h[3]) for h in hires] + [
            (s[3], s[4]) for s in sales if s[3] is not None]:  # fmt: skip
        first_seen[cust] = min(day, first_seen.get(cust, day))
    for c in customers:
        if c[0] in first_seen:
            seen = dt.date.fromisoformat(first_seen[c[0]])
            joined = seen - dt.timedelta(days=rng.randint(0, 20)) if rng.random() < 0.8 else random_day(
                rng, dt.date(2019, 3, 1), seen)  # fmt: skip
        else:
            joined = random_day(rng, dt.date(2021, 3, 1), dt.date(2025, 9, 30))
        c[6] = joined.isoformat()
    customers = [tuple(c) for c in customers]
    return {"bases": bases, "instructors": instructors, "lesson_types": types, "lessons": lessons,
            "customers": customers, "lsn_bkg": bookings, "hire_itm": items, "hire_txn": hires,
            "cond_log": cond_log, "products": products, "shop_sale": sales}  # fmt: skip


def build_surf_database(path: str | Path) -> Path:
    """Write the surf school's database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
