"""A made-up chain of tyre and exhaust fitting garages in the South West, the West Midlands and South Wales, written
by someone who had not seen the engine's rules: the ``tyres`` dev set's database.

Eleven tables with foreign keys, some plainly named and some abbreviated as in the chain's old till system:

- ``garages``: a branch (``garage_cd`` such as 'GLO01', ``name``, ``town``, ``region``, ``opened`` date, ``bays``
  the number of fitting bays, ``has_mot`` 1 when the branch has an MOT testing station, else 0).
- ``fitters``: a member of staff at a garage (``first_name``, ``surname``, ``role`` one of 'Manager',
  'Senior Fitter', 'Fitter', 'Apprentice'; ``mot_tester`` 1 when certified to carry out MOT tests; ``hourly_rate``
  in pounds; ``start_dt`` and ``left_dt``, NULL while still employed).
- ``cust``: a customer (``cust_no`` such as 'C10042', ``fname``, ``sname``, ``cust_type`` 'R' retail / walk-in,
  'F' fleet or business account, 'T' motor trade; ``company`` the business name for fleet and trade accounts, else
  NULL; ``town``, ``postcode``, ``created_dt`` the day the account was opened, ``mkt_optin`` 1 when the customer
  agreed to marketing emails).
- ``veh``: a vehicle owned by a customer (``reg_no`` a UK registration such as 'WR17 KXT', ``make``, ``model``,
  ``yr_made``, ``fuel`` 'P' petrol / 'D' diesel / 'H' hybrid / 'E' electric, ``tyre_sz`` the tyre size it takes,
  such as '205/55R16').
- ``tyre_cat``: the tyre catalogue, one row per product (``sku``, ``brand``, ``pattern``, ``tyre_sz`` such as
  '205/55R16' with its ``width``, ``profile`` and ``rim`` in inches, ``load_idx``, ``speed_rt`` speed rating letter,
  ``season`` 'S' summer / 'W' winter / 'A' all-season, ``tier`` 'Budget' / 'Mid-range' / 'Premium', ``unit_prc``
  the retail price per tyre fitted, ``cost_prc`` the usual trade cost, ``disc_flag`` 1 when the product is
  discontinued).
- ``stock``: how many of a catalogue tyre a garage holds (``qty``) and the ``reorder_lvl`` below which it should be
  reordered; the key is the garage and the tyre.
- ``job_card``: a visit to a garage (``job_no`` such as 'J2023-00411', ``garage_id``, ``veh_id``, ``fitter_id`` the
  fitter who did the work, ``job_dt``, ``mileage`` on the clock, ``status`` 'C' completed / 'O' open / 'X'
  cancelled, ``pay_meth`` 'CARD', 'CASH', 'ACC' charged to a business account, or 'FIN' paid on finance).
- ``job_ln``: a line on a job card (``ln_type`` 'TYR' tyre, 'DSP' old tyre disposal, 'REP' puncture repair, 'ALN'
  wheel alignment, 'EXH' exhaust part, 'BRK' brakes, 'BAT' battery, 'LAB' labour hours; ``tyre_id`` the catalogue
  tyre on 'TYR' lines, else NULL; ``descr``, ``qty``, ``unit_prc`` in pounds before discount, ``disc_pct`` the
  percentage discount on the line). A line is worth ``qty * unit_prc * (1 - disc_pct / 100)``.
- ``mot_tests``: an MOT test of a vehicle at a garage with a testing station (``tester_id`` the fitter who tested,
  ``test_dt``, ``odo_miles``, ``mot_res`` 'P' pass / 'F' fail / 'PRS' pass after rectification at the station,
  ``fee`` charged, ``n_advis`` advisory notes, ``fail_cat`` the main defect area for 'F' and 'PRS' results, else
  NULL). A failed test is often followed by a retest a few days later.
- ``warranty_claims``: a claim against a tyre or exhaust line (``job_ln_id``, ``claim_dt``, ``reason``, ``status``
  'O' open / 'A' approved / 'R' rejected, ``claim_amt`` the amount claimed in pounds).
- ``purch_ord``: a purchase order to a supplier for one catalogue tyre (``po_no``, ``garage_id``, ``supplier`` the
  wholesaler's name, ``tyre_id``, ``qty``, ``unit_cost``, ``order_dt``, ``recv_dt`` NULL until received,
  ``status`` 'R' received / 'P' pending / 'C' cancelled).

Rows come from a fixed seed, so every build holds the same rows. Work runs from January 2022 to September 2025; a
few fleet accounts bring many vehicles and many jobs, some customers and vehicles never had a job, a newly opened
garage has little history, two garages have no MOT station and a handful of catalogue tyres were never sold.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_tyres_database(pathlib.Path(tempfile.mkdtemp()) / "tyres.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM garages").fetchone()
    (9,)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_tyres_database"]

_SCHEMA = """
CREATE TABLE garages (
    id INTEGER PRIMARY KEY, garage_cd TEXT NOT NULL, name TEXT NOT NULL, town TEXT NOT NULL, region TEXT NOT NULL,
    opened DATE NOT NULL, bays INTEGER NOT NULL, has_mot INTEGER NOT NULL
);
CREATE TABLE fitters (
    id INTEGER PRIMARY KEY, garage_id INTEGER NOT NULL REFERENCES garages (id), first_name TEXT NOT NULL,
    surname TEXT NOT NULL, role TEXT NOT NULL, mot_tester INTEGER NOT NULL, hourly_rate NUMERIC NOT NULL,
    start_dt DATE NOT NULL, left_dt DATE
);
CREATE TABLE cust (
    id INTEGER PRIMARY KEY, cust_no TEXT NOT NULL, fname TEXT NOT NULL, sname TEXT NOT NULL, cust_type TEXT NOT NULL,
    company TEXT, town TEXT NOT NULL, postcode TEXT NOT NULL, created_dt DATE NOT NULL, mkt_optin INTEGER NOT NULL
);
CREATE TABLE veh (
    id INTEGER PRIMARY KEY, reg_no TEXT NOT NULL, cust_id INTEGER NOT NULL REFERENCES cust (id), make TEXT NOT NULL,
    model TEXT NOT NULL, yr_made INTEGER NOT NULL, fuel TEXT NOT NULL, tyre_sz TEXT NOT NULL
);
CREATE TABLE tyre_cat (
    id INTEGER PRIMARY KEY, sku TEXT NOT NULL, brand TEXT NOT NULL, pattern TEXT NOT NULL, tyre_sz TEXT NOT NULL,
    width INTEGER NOT NULL, profile INTEGER NOT NULL, rim INTEGER NOT NULL, load_idx INTEGER NOT NULL,
    speed_rt TEXT NOT NULL, season TEXT NOT NULL, tier TEXT NOT NULL, unit_prc NUMERIC NOT NULL,
    cost_prc NUMERIC NOT NULL, disc_flag INTEGER NOT NULL
);
CREATE TABLE stock (
    garage_id INTEGER NOT NULL REFERENCES garages (id), tyre_id INTEGER NOT NULL REFERENCES tyre_cat (id),
    qty INTEGER NOT NULL, reorder_lvl INTEGER NOT NULL, PRIMARY KEY (garage_id, tyre_id)
);
CREATE TABLE job_card (
    id INTEGER PRIMARY KEY, job_no TEXT NOT NULL, garage_id INTEGER NOT NULL REFERENCES garages (id),
    veh_id INTEGER NOT NULL REFERENCES veh (id), fitter_id INTEGER NOT NULL REFERENCES fitters (id),
    job_dt DATE NOT NULL, mileage INTEGER NOT NULL, status TEXT NOT NULL, pay_meth TEXT NOT NULL
);
CREATE TABLE job_ln (
    id INTEGER PRIMARY KEY, job_id INTEGER NOT NULL REFERENCES job_card (id), ln_type TEXT NOT NULL,
    tyre_id INTEGER REFERENCES tyre_cat (id), descr TEXT NOT NULL, qty NUMERIC NOT NULL, unit_prc NUMERIC NOT NULL,
    disc_pct NUMERIC NOT NULL
);
CREATE TABLE mot_tests (
    id INTEGER PRIMARY KEY, veh_id INTEGER NOT NULL REFERENCES veh (id),
    garage_id INTEGER NOT NULL REFERENCES garages (id), tester_id INTEGER NOT NULL REFERENCES fitters (id),
    test_dt DATE NOT NULL, odo_miles INTEGER NOT NULL, mot_res TEXT NOT NULL, fee NUMERIC NOT NULL,
    n_advis INTEGER NOT NULL, fail_cat TEXT
);
CREATE TABLE warranty_claims (
    id INTEGER PRIMARY KEY, job_ln_id INTEGER NOT NULL REFERENCES job_ln (id), claim_dt DATE NOT NULL,
    reason TEXT NOT NULL, status TEXT NOT NULL, claim_amt NUMERIC NOT NULL
);
CREATE TABLE purch_ord (
    id INTEGER PRIMARY KEY, po_no TEXT NOT NULL, garage_id INTEGER NOT NULL REFERENCES garages (id),
    supplier TEXT NOT NULL, tyre_id INTEGER NOT NULL REFERENCES tyre_cat (id), qty INTEGER NOT NULL,
    unit_cost NUMERIC NOT NULL, order_dt DATE NOT NULL, recv_dt DATE, status TEXT NOT NULL
);
"""

_START, _END = dt.date(2022, 1, 4), dt.date(2025, 9, 30)

#: code, name, town, region, opened, bays, MOT station, share of the work, postcode area
_GARAGES = [
    ("GLO01", "Gloucester Bristol Road", "Gloucester", "South West", "2008-03-14", 6, 1, 10, "GL1"),
    ("CHE01", "Cheltenham Tewkesbury Road", "Cheltenham", "South West", "2010-06-01", 5, 1, 9, "GL51"),
    ("BRS01", "Bristol Fishponds", "Bristol", "South West", "2012-09-17", 7, 1, 13, "BS16"),
    ("BRS02", "Bristol Bedminster", "Bristol", "South West", "2015-02-02", 4, 0, 6, "BS3"),
    ("SWI01", "Swindon Cheney Manor", "Swindon", "South West", "2016-11-07", 5, 1, 7, "SN2"),
    ("WOR01", "Worcester Blackpole", "Worcester", "West Midlands", "2013-05-20", 5, 1, 8, "WR3"),
    ("HER01", "Hereford Holmer Road", "Hereford", "West Midlands", "2018-04-09", 3, 0, 4, "HR4"),
    ("RED01", "Redditch Park Farm", "Redditch", "West Midlands", "2021-08-16", 4, 1, 5, "B98"),
    ("NPT01", "Newport Maesglas", "Newport", "Wales", "2025-06-02", 4, 0, 2, "NP20"),
]
#: size, width, profile, rim, load index, speed rating, base price
_SIZES = [
    ("175/65R14", 175, 65, 14, 82, "T", 58), ("185/65R15", 185, 65, 15, 88, "H", 64),
    ("195/65R15", 195, 65, 15, 91, "V", 68), ("205/55R16", 205, 55, 16, 91, "V", 76),
    ("215/55R17", 215, 55, 17, 94, "W", 98), ("225/45R17", 225, 45, 17, 94, "Y", 104),
    ("225/40R18", 225, 40, 18, 92, "Y", 122), ("235/55R18", 235, 55, 18, 100, "V", 138),
    ("215/65R16", 215, 65, 16, 98, "H", 96), ("195/75R16C", 195, 75, 16, 107, "R", 102),
]  # fmt: skip
#: brand, tier, price factor, patterns (summer, all-season, winter)
_BRANDS = [
    ("Michelin", "Premium", 1.55, ("Primacy 4+", "CrossClimate 2", "Alpin 6")),
    ("Continental", "Premium", 1.48, ("PremiumContact 7", "AllSeasonContact 2", "WinterContact TS 870")),
    ("Bridgestone", "Premium", 1.42, ("Turanza 6", "Weather Control A005", "Blizzak LM005")),
    ("Pirelli", "Premium", 1.50, ("Cinturato P7 C2", "Cinturato All Season SF3", "Sottozero 3")),
    ("Goodyear", "Premium", 1.40, ("EfficientGrip Performance 2", "Vector 4Seasons Gen-3", "UltraGrip 9+")),
    ("Dunlop", "Mid-range", 1.18, ("Sport BluResponse", "Sport All Season", "Winter Sport 5")),
    ("Hankook", "Mid-range", 1.08, ("Ventus Prime 4", "Kinergy 4S2", "Winter i*cept RS3")),
    ("Falken", "Mid-range", 1.02, ("Ziex ZE310 Ecorun", "EuroAll Season AS210", "Eurowinter HS01")),
    ("Kumho", "Mid-range", 0.98, ("Ecsta HS52", "Solus 4S HA32", "WinterCraft WP52")),
    ("Uniroyal", "Mid-range", 1.00, ("RainSport 5", "AllSeasonExpert 2", "WinterExpert")),
    ("Nankang", "Budget", 0.74, ("Econex NA-1", "Cross Seasons AW-6", "Snow Viva SV-3")),
    ("Linglong", "Budget", 0.70, ("Comfort Master", "Green-Max All Season", "Green-Max Winter HP")),
    ("Davanti", "Budget", 0.78, ("DX640", "AllToura", "Wintoura+")),
    ("Landsail", "Budget", 0.68, ("LS388", "4-Seasons", "Winter Lander")),
]
#: make, model, tyre size, fuel choices
_MODELS = [
    ("Ford", "Fiesta", "195/65R15", "PD"), ("Ford", "Focus", "205/55R16", "PD"), ("Ford", "Transit Custom",
    "215/65R16", "D"), ("Ford", "Transit", "195/75R16C", "D"), ("Vauxhall", "Corsa", "185/65R15", "PDE"),
    ("Vauxhall", "Astra", "205/55R16", "PD"), ("Vauxhall", "Vivaro", "215/65R16", "D"), ("Volkswagen", "Polo",
    "185/65R15", "P"), ("Volkswagen", "Golf", "225/45R17", "PDH"), ("Volkswagen", "Tiguan", "235/55R18", "PD"),
    ("Toyota", "Aygo", "175/65R14", "P"), ("Toyota", "Yaris", "185/65R15", "H"), ("Toyota", "Corolla",
    "225/40R18", "H"), ("Nissan", "Qashqai", "215/55R17", "PDH"), ("Nissan", "Juke", "215/55R17", "P"),
    ("Kia", "Sportage", "235/55R18", "PDH"), ("Kia", "Picanto", "175/65R14", "P"), ("Hyundai", "i30",
    "205/55R16", "P"), ("Hyundai", "Tucson", "235/55R18", "HD"), ("BMW", "3 Series", "225/45R17", "PD"),
    ("Audi", "A3", "225/45R17", "PD"), ("Mercedes-Benz", "Sprinter", "195/75R16C", "D"), ("Skoda", "Octavia",
    "205/55R16", "PD"), ("Peugeot", "208", "195/65R15", "PE"), ("Renault", "Clio", "185/65R15", "P"),
    ("Tesla", "Model 3", "225/40R18", "E"), ("MG", "ZS", "215/55R17", "PE"),
]  # fmt: skip
_MODEL_WEIGHTS = [9, 10, 4, 4, 8, 7, 3, 5, 8, 4, 3, 5, 4, 7, 3, 5, 2, 3, 3, 4, 4, 3, 4, 4, 4, 2, 3]
_FIRST = ["James", "Sarah", "David", "Emma", "Mark", "Claire", "Paul", "Rachel", "Steven", "Laura", "Gareth", "Helen",
          "Richard", "Kelly", "Andrew", "Nicola", "Craig", "Lisa", "Darren", "Joanne", "Ben", "Sophie", "Tom",
          "Hannah", "Rhys", "Megan", "Dean", "Amy", "Lee", "Gemma", "Simon", "Zoe", "Wayne", "Karen", "Adam",
          "Jade", "Owen", "Lucy", "Kieran", "Natalie"]  # fmt: skip
_SURNAMES = [
    "Smith",
    "Jones",
    "Williams",
    "Davies",
    "Evans",
    "Thomas",
    "Roberts",
    "Lewis",
    "Hughes",
    "Morgan",
    "Griffiths",
    "Price",
    "Taylor",
    "Brown",
    "Wilson",
    "Cooper",
    "Baker",
    "Hill",
    "Morris",
    "Powell",
    "Phillips",
    "Watkins",
    "Harris",
    "Clarke",
    "Turner",
    "Walker",
    "Jenkins",
    "Bevan",
    "Pritchard",
    "Parry",
    "Hale",
    "Lodge",
    "Cox",
    "Bishop",
    "Fowler",
    "Mason",
    "Webb",
    "Kaur",
    "Patel",
    "Nowak",
]
_FITTER_FIRST = [
    "Jason",
    "Liam",
    "Connor",
    "Ryan",
    "Matt",
    "Dan",
    "Jamie",
    "Kyle",
    "Aaron",
    "Scott",
    "Nathan",
    "Josh",
    "Callum",
    "Luke",
    "Jordan",
    "Shane",
    "Tyler",
    "Ellie",
    "Rob",
    "Chris",
    "Carl",
    "Gavin",
]
#: fleet and trade accounts: company, type, vehicle count, job weight per vehicle, home garage (index) or None
_ACCOUNTS = [
    ("Severn Valley Couriers Ltd", "F", 34, 3.2, 0), ("Cotswold Care Services", "F", 22, 2.4, 1),
    ("Avon Plumbing & Heating", "F", 18, 2.8, 2), ("BristolCabs Ltd", "F", 26, 4.0, 2),
    ("Wyvern Scaffolding", "F", 9, 2.0, 5), ("Malvern Hills Hire", "F", 12, 1.8, 5),
    ("Wessex Water Contractors", "F", 15, 1.6, 4), ("Redditch Removals", "F", 7, 1.6, 7),
    ("Forest of Dean Builders", "F", 6, 1.4, 0), ("Hereford Farm Supplies", "F", 8, 1.2, 6),
    ("GreenLeaf Grocers", "F", 5, 0.0, None), ("Kingswood Motor Sales", "T", 10, 1.5, 3),
    ("Stroud Car Centre", "T", 6, 1.3, 0), ("Cheney Manor Motors", "T", 4, 1.0, 4),
]  # fmt: skip
_SUPPLIERS = [("Micheldever Tyre Services", 5), ("Stapleton's Tyre Services", 4), ("Bond International", 3),
              ("Tyre Wholesale Direct", 2), ("Kirkby Tyres", 1)]  # fmt: skip
#: exhaust parts: description, low price, high price, weight
_EXHAUST = [("Rear silencer", 95, 185, 10), ("Centre section", 110, 210, 5), ("Front pipe", 85, 150, 4),
            ("Flexi joint", 38, 65, 5), ("Catalytic converter", 320, 690, 3), ("Diesel particulate filter", 780,
            1250, 1), ("Exhaust mounting kit", 12, 28, 6)]  # fmt: skip
_FAIL_CATS = [("Lamps and electrics", 26), ("Tyres", 18), ("Brakes", 17), ("Suspension", 16), ("Visibility", 9),
              ("Exhaust and emissions", 8), ("Steering", 4), ("Body and structure", 2)]  # fmt: skip
_WARRANTY = [("Premature wear", 8), ("Sidewall bulge", 6), ("Slow puncture", 5), ("Manufacturing defect", 3),
             ("Exhaust leak", 0), ("Rattle from exhaust", 0)]  # fmt: skip
_PLATE_AREAS = ["WR", "WA", "WF", "CA", "CF", "YX", "FY", "FD", "OU", "HY", "NJ", "WP", "DK", "YK", "BX"]


def _plate(rng: random.Random, year: int) -> str:
    """A UK registration for a car first registered in ``year`` (the March or September age identifier)."""
    age = year % 100 + (50 if rng.random() < 0.45 else 0)
    tail = "".join(rng.choice("ABCDEFGHJKLMNOPRSTUVWXYZ") for _ in range(3))
    return f"{rng.choice(_PLATE_AREAS)}{age:02d} {tail}"


def _price(base: float, day: dt.date) -> float:
    """A price list figure for ``day``: prices rose about 6% a year from 2022."""
    return round(base * (1 + 0.06 * (day.year - 2022)), 2)


def _rows(seed: int = 90317) -> dict[str, list[tuple]]:  # noqa: PLR0915 - one generator per table, in order
    rng = random.Random(seed)
    garages = [(i, *g[:7]) for i, g in enumerate(_GARAGES, 1)]

    # fitters: a manager, a senior fitter and two to four others per garage
    fitter_names = rng.sample([(f, s) for f in _FITTER_FIRST for s in _SURNAMES], 60)
    fitters = []
    for g in garages:
        opened = dt.date.fromisoformat(g[5])
        n_others = {1: 4, 3: 4, 2: 3}.get(g[0], 2)
        roles = ["Manager", "Senior Fitter"] + rng.choices(["Fitter", "Apprentice"], weights=[3, 1], k=n_others)
        for role in roles:
            first, last = fitter_names[len(fitters)]
            if g[0] == 9:
                start = opened
            elif role == "Apprentice":
                start = random_day(rng, max(opened, dt.date(2022, 9, 5)), dt.date(2025, 3, 31))
            else:
                start = random_day(rng, max(opened, dt.date(2009, 1, 5)), dt.date(2024, 6, 28))
            tester = int(g[7] == 1 and role != "Apprentice" and (role != "Fitter" or rng.random() < 0.5))
            rate = {"Manager": 19.5, "Senior Fitter": 16.2, "Fitter": 13.8, "Apprentice": 9.4}[role]
            left = None
            if role in ("Fitter", "Apprentice") and start < dt.date(2024, 6, 1) and rng.random() < 0.15:
                left = random_day(rng, max(start, _START) + dt.timedelta(days=200), _END).isoformat()
            fitters.append((len(fitters) + 1, g[0], first, last, role, tester,
                            round(rate + rng.randrange(0, 12) * 0.25, 2), start.isoformat(), left))  # fmt: skip
    # a new apprentice at Bristol Fishponds who has not done a job yet
    first, last = fitter_names[len(fitters)]
    fitters.append((len(fitters) + 1, 3, first, last, "Apprentice", 0, 9.4, "2025-09-29", None))

    # customers: fleet and trade accounts first, then retail
    cust = []
    for company, kind, _, _, home in _ACCOUNTS:
        g = _GARAGES[home if home is not None else 2]
        created = random_day(rng, dt.date(2015, 1, 5), dt.date(2022, 6, 30))
        first, last = rng.choice(_FIRST), rng.choice(_SURNAMES)
        postcode = f"{g[8]} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXY')}{rng.choice('ABDEFGHJLNPQRSTUWXY')}"
        cust.append((len(cust) + 1, f"C{10000 + len(cust) + 1}", first, last, kind, company, g[2], postcode,
                     created.isoformat(), 1))  # fmt: skip
    retail_home = []
    for _ in range(560):
        home = rng.choices(range(9), weights=[g[7] for g in _GARAGES])[0]
        g = _GARAGES[home]
        created = random_day(rng, dt.date(2016, 1, 4), _END)
        if home == 8:
            created = random_day(rng, dt.date(2025, 6, 2), _END)
        postcode = f"{g[8]} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXY')}{rng.choice('ABDEFGHJLNPQRSTUWXY')}"
        cust.append((len(cust) + 1, f"C{10000 + len(cust) + 1}", rng.choice(_FIRST), rng.choice(_SURNAMES), "R",
                     None, g[2], postcode, created.isoformat(), int(rng.random() < 0.42)))  # fmt: skip
        retail_home.append(home)

    # vehicles, with a job weight each
    veh, veh_weight, veh_home = [], [], []
    plates: list[str] = []

    def add_vehicle(cust_id: int, models: list[int], weight: float, home: int | None, oldest: int) -> None:
        m = _MODELS[rng.choice(models)] if models else rng.choices(_MODELS, weights=_MODEL_WEIGHTS)[0]
        year = rng.randint(oldest, 2024)
        plate = _plate(rng, year)
        while plate in plates:
            plate = _plate(rng, year)
        plates.append(plate)
        veh.append((len(veh) + 1, plate, cust_id, m[0], m[1], year, rng.choice(m[3]), m[2]))
        veh_weight.append(weight)
        veh_home.append(home)

    for i, (_, kind, n, weight, home) in enumerate(_ACCOUNTS, 1):
        vans = [2, 3, 6, 21] if "Couriers" in _ACCOUNTS[i - 1][0] or "Plumbing" in _ACCOUNTS[i - 1][0] else []
        if "Cabs" in _ACCOUNTS[i - 1][0]:
            vans = [12, 25, 18, 22]
        for _ in range(n):
            add_vehicle(i, vans, weight * rng.uniform(0.6, 1.4), home, 2014 if kind == "F" else 2010)
    for k, home in enumerate(retail_home):
        cust_id = len(_ACCOUNTS) + 1 + k
        n = rng.choices([1, 2, 3], weights=[80, 17, 3])[0]
        idle = rng.random() < 0.13  # customers who registered but never came in
        for _ in range(n):
            add_vehicle(cust_id, [], 0.0 if idle else rng.choice([0.4, 0.7, 1.0, 1.0, 1.3]), home, 2006)

    # tyre catalogue: every size in a spread of brands
    tyre_cat = []
    for size, width, profile, rim, load, speed, base in _SIZES:
        brands = rng.sample(_BRANDS, 9 if rim >= 17 else 11)
        brands.sort(key=lambda b: _BRANDS.index(b))
        for brand, tier, factor, patterns in brands:
            season = rng.choices(["S", "A", "W"], weights=[70, 22, 8])[0]
            pattern = patterns["SAW".index(season)]
            if size.endswith("C"):
                pattern = f"{pattern} Van"
            price = round(base * factor * rng.uniform(0.94, 1.06)) - 0.01
            cost = round(price * rng.uniform(0.58, 0.68), 2)
            sku = f"{brand[:3].upper()}{width}{profile}{rim}{season}{len(tyre_cat) % 7}"
            disc = int(rng.random() < 0.06)
            tyre_cat.append(
                (
                    len(tyre_cat) + 1,
                    sku,
                    brand,
                    pattern,
                    size,
                    width,
                    profile,
                    rim,
                    load + (3 if size.endswith("C") else 0),
                    speed,
                    season,
                    tier,
                    price,
                    cost,
                    disc,
                )
            )
    by_size: dict[str, list[tuple]] = {}
    for t in tyre_cat:
        by_size.setdefault(t[4], []).append(t)
    unsold = {t[0] for t in rng.sample([t for t in tyre_cat if t[10] == "W"] or tyre_cat, 4)}
    unsold |= {tyre_cat[-1][0]}

    # job cards and their lines
    fitters_at = {g[0]: [f for f in fitters if f[1] == g[0] and (f[4] != "Manager" or g[0] in (7, 9))] for g in garages}
    jobs, lines = [], []
    job_types = [("tyres", 52), ("puncture", 12), ("exhaust", 14), ("tyres+alignment", 9), ("brakes", 6),
                 ("battery", 4), ("alignment", 3)]  # fmt: skip
    garage_weights = [g[7] for g in _GARAGES]
    while len(jobs) < 2700:
        v = rng.choices(veh, weights=veh_weight)[0]
        home = veh_home[v[0] - 1]
        gidx = home if home is not None and rng.random() < 0.8 else rng.choices(range(9), weights=garage_weights)[0]
        g = garages[gidx]
        c = cust[v[2] - 1]
        earliest = max(_START, dt.date.fromisoformat(g[5]), dt.date.fromisoformat(c[8]))
        if earliest >= _END:
            continue
        day = random_day(rng, earliest, _END)
        if day.weekday() == 6:
            continue
        team = [f for f in fitters_at[g[0]] if f[7] <= day.isoformat() and (f[8] is None or f[8] > day.isoformat())]
        if not team:
            continue
        fitter = rng.choice(team)
        status = "C"
        if day > dt.date(2025, 9, 22) and rng.random() < 0.6:
            status = "O"
        elif rng.random() < 0.045:
            status = "X"
        pay = "ACC" if c[4] in ("F", "T") else rng.choices(["CARD", "CASH", "FIN"], weights=[82, 14, 4])[0]
        mileage = max(900, int((day.year - v[5] + 0.5) * rng.uniform(6500, 13500)))
        jobs.append([len(jobs) + 1, None, g[0], v[0], fitter[0], day.isoformat(), mileage, status, pay])
        kind = rng.choices([k for k, _ in job_types], weights=[w for _, w in job_types])[0]
        job_id = len(jobs)
        disc = 10 if c[4] == "F" else (15 if c[4] == "T" else rng.choices([0, 5, 10], weights=[85, 10, 5])[0])

        def line(ln_type: str, tyre: int | None, descr: str, qty: float, price: float, pct: float) -> None:
            lines.append((len(lines) + 1, job_id, ln_type, tyre, descr, qty, price, pct))  # noqa: B023

        if kind.startswith("tyres"):
            options = [t for t in by_size[v[7]] if t[0] not in unsold]
            if c[4] == "F":
                options = [t for t in options if t[11] != "Premium"] or options
            tier_w = {"Budget": 4, "Mid-range": 5, "Premium": 3}
            tyre = rng.choices(options, weights=[tier_w[t[11]] * (0.3 if t[10] == "W" else 1) for t in options])[0]
            qty = rng.choices([1, 2, 4], weights=[30, 50, 20])[0]
            line("TYR", tyre[0], f"{tyre[2]} {tyre[3]} {tyre[4]}", qty, _price(tyre[12], day), disc)
            line("DSP", None, "Tyre disposal", qty, 3.0, 0)
            if kind.endswith("alignment"):
                line("ALN", None, "Four wheel alignment", 1, _price(49.99, day), disc)
        elif kind == "alignment":
            line("ALN", None, "Four wheel alignment", 1, _price(49.99, day), disc)
        elif kind == "puncture":
            line("REP", None, "Puncture repair", 1, _price(22.0, day), 0)
        elif kind == "exhaust":
            for descr, low, high, _w in rng.sample(_EXHAUST, rng.choice([1, 1, 2])):
                line("EXH", None, descr, 1, _price(round(rng.uniform(low, high)) - 0.01, day), disc)
            line("LAB", None, "Labour", rng.choice([0.5, 1.0, 1.0, 1.5, 2.0]), _price(62.0, day), 0)
        elif kind == "brakes":
            axle = rng.choice(["Front", "Rear"])
            line("BRK", None, f"{axle} brake pads", 1, _price(rng.choice([69.99, 79.99, 89.99]), day), disc)
            if rng.random() < 0.5:
                line("BRK", None, f"{axle} brake discs", 2, _price(rng.choice([44.99, 54.99]), day), disc)
            line("LAB", None, "Labour", rng.choice([1.0, 1.5]), _price(62.0, day), 0)
        else:
            line("BAT", None, rng.choice(["Battery 063", "Battery 096", "Battery 027"]),
                 1, _price(rng.choice([89.99, 109.99, 129.99]), day), disc)  # fmt: skip
    jobs.sort(key=lambda j: (j[5], j[0]))
    renumber = {j[0]: n for n, j in enumerate(jobs, 1)}
    per_year: dict[str, int] = {}
    job_card = []
    for n, j in enumerate(jobs, 1):
        year = j[5][:4]
        per_year[year] = per_year.get(year, 0) + 1
        job_card.append((n, f"J{year}-{per_year[year]:05d}", *j[2:]))
    lines.sort(key=lambda ln: (renumber[ln[1]], ln[0]))
    job_ln = [(n, renumber[ln[1]], *ln[2:]) for n, ln in enumerate(lines, 1)]

    # MOT tests at garages with a station, for vehicles at least three years old
    testers = {g[0]: [f for f in fitters if f[1] == g[0] and f[5]] for g in garages}
    mot_garages = [g for g in garages if g[7]]
    mot_tests = []
    for v in veh:
        if veh_weight[v[0] - 1] == 0 and rng.random() < 0.7:
            continue
        home = veh_home[v[0] - 1]
        if home is not None and garages[home][7]:
            g = garages[home]
        else:
            g = rng.choices(mot_garages, weights=[x[7] for x in _GARAGES if x[6]])[0]
        month, dom = rng.randint(1, 12), rng.randint(1, 28)
        for year in range(2022, 2026):
            if year - v[5] < 3 or rng.random() < 0.25:
                continue
            day = dt.date(year, month, dom) + dt.timedelta(days=rng.randint(-20, 0))
            if day < _START or day > _END:
                continue
            if day.weekday() == 6:
                day += dt.timedelta(days=1)
            pool = [f for f in testers[g[0]] if f[7] <= day.isoformat() and (f[8] is None or f[8] > day.isoformat())]
            if not pool:
                continue
            age = year - v[5]
            odo = max(3000, int((age + 0.5) * rng.uniform(6000, 12500)))
            fee = 54.85 if rng.random() < 0.55 else rng.choice([35.0, 40.0, 45.0])
            p_fail = min(0.55, 0.12 + 0.025 * age)
            roll = rng.random()
            res = "F" if roll < p_fail else ("PRS" if roll < p_fail + 0.1 else "P")
            advis = min(8, int(rng.expovariate(0.7 if age < 8 else 0.45)))
            cat = rng.choices([c for c, _ in _FAIL_CATS], weights=[w for _, w in _FAIL_CATS])[0]
            mot_tests.append([0, v[0], g[0], rng.choice(pool)[0], day.isoformat(), odo, res, fee, advis,
                              cat if res != "P" else None])  # fmt: skip
            if res == "F" and rng.random() < 0.8:
                retest = day + dt.timedelta(days=rng.randint(1, 10))
                if retest <= _END:
                    mot_tests.append([0, v[0], g[0], rng.choice(pool)[0], retest.isoformat(), odo + rng.randint(5, 60),
                                      "P", 0.0, advis, None])  # fmt: skip
    mot_tests.sort(key=lambda t: (t[4], t[1]))
    mot_tests = [(n, *t[1:]) for n, t in enumerate(mot_tests, 1)]

    # warranty claims on tyre and exhaust lines of completed jobs
    done = {j[0]: j for j in job_card if j[7] == "C"}
    claimable = [ln for ln in job_ln if ln[2] in ("TYR", "EXH") and ln[1] in done]
    warranty_claims = []
    for ln in rng.sample(claimable, 95):
        job = done[ln[1]]
        day = dt.date.fromisoformat(job[5]) + dt.timedelta(days=rng.randint(20, 540))
        if day > _END:
            continue
        if ln[2] == "EXH":
            reason = rng.choice(["Exhaust leak", "Rattle from exhaust"])
        else:
            reason = rng.choices([r for r, _ in _WARRANTY], weights=[w for _, w in _WARRANTY])[0]
        status = "O" if day > dt.date(2025, 8, 15) else rng.choices(["A", "R"], weights=[65, 35])[0]
        amount = round(ln[6] * (1 if ln[2] == "EXH" else rng.choice([0.5, 0.75, 1.0])), 2)
        warranty_claims.append([0, ln[0], day.isoformat(), reason, status, amount])
    warranty_claims.sort(key=lambda w: (w[2], w[1]))
    warranty_claims = [(n, *w[1:]) for n, w in enumerate(warranty_claims, 1)]

    # stock: each garage holds a share of the catalogue
    stock = []
    for g in garages:
        share = 0.3 if g[0] == 9 else 0.55
        for t in tyre_cat:
            if rng.random() < share and not (t[14] and rng.random() < 0.6):
                level = rng.choice([4, 4, 6, 8])
                qty = 0 if rng.random() < 0.08 else rng.randint(1, 24)
                stock.append((g[0], t[0], qty, level))

    # purchase orders to suppliers for tyres the garages sell
    purch_ord = []
    sold_at: dict[int, list[int]] = {}
    for ln in job_ln:
        if ln[2] == "TYR":
            sold_at.setdefault(job_card[ln[1] - 1][2], []).append(ln[3])
    for _ in range(520):
        g = rng.choices(garages, weights=garage_weights)[0]
        if g[0] not in sold_at:
            continue
        tyre = tyre_cat[rng.choice(sold_at[g[0]]) - 1]
        supplier = rng.choices(_SUPPLIERS, weights=[s[1] for s in _SUPPLIERS])[0][0]
        day = random_day(rng, max(_START, dt.date.fromisoformat(g[5]) - dt.timedelta(days=14)), _END)
        qty = rng.choice([2, 4, 4, 6, 8, 8, 10, 12, 16, 20])
        cost = round(_price(tyre[13], day) * rng.uniform(0.96, 1.04), 2)
        if day > dt.date(2025, 9, 24):
            status, recv = "P", None
        elif rng.random() < 0.04:
            status, recv = "C", None
        else:
            status, recv = "R", (day + dt.timedelta(days=rng.choice([1, 1, 1, 2, 2, 3, 5]))).isoformat()
        purch_ord.append([0, None, g[0], supplier, tyre[0], qty, cost, day.isoformat(), recv, status])
    purch_ord.sort(key=lambda p: (p[7], p[2], p[4]))
    purch_ord = [(n, f"PO{50000 + n * 3}", *p[2:]) for n, p in enumerate(purch_ord, 1)]

    return {"garages": garages, "fitters": fitters, "cust": cust, "veh": veh, "tyre_cat": tyre_cat, "stock": stock,
            "job_card": job_card, "job_ln": job_ln, "mot_tests": mot_tests, "warranty_claims": warranty_claims,
            "purch_ord": purch_ord}  # fmt: skip


def build_tyres_database(path: str | Path) -> Path:
    """Write the tyre and exhaust chain's database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
