"""A small made-up residential letting agency, written by someone who had not seen the engine's rules: the
``lettings`` dev set's database.

Seven tables with foreign keys: ``branches`` (a ``branch_code``, name, town, region, opening date), ``negotiators``
(a ``staff_no``, first and last name, branch, ``start_dt``, job title), ``landlords`` (an ``ll_ref``, name, whether
a private individual or a company, ``joined_on``), ``properties`` (a ``prop_ref`` owned by a landlord and managed
by a branch: street, ``pc_district`` postcode district, ``prop_type``, ``beds``, ``asking_rent`` per month, furnished or
not, ``listed_on``), ``tenants`` (first and last name, ``dob``, ``employment``), ``tenancies`` (a tenant renting a
property through a negotiator: ``start_date``, ``end_date`` (NULL while running), ``monthly_rent``, ``deposit`` and
a status) and ``maint_requests`` (repairs on a property: ``reported_on``, ``category``, ``cost`` in pounds, a
``status`` and ``completed_on``). Rows come from a fixed seed, so every build holds the same rows; popularity is
skewed so rankings have clear leaders, some landlords own nothing, some properties were never let and some tenants
never signed a tenancy.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_lettings_database(pathlib.Path(tempfile.mkdtemp()) / "lettings.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM tenancies").fetchone()
    (420,)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_lettings_database"]

_SCHEMA = """
CREATE TABLE branches (
    id INTEGER PRIMARY KEY, branch_code TEXT NOT NULL, name TEXT NOT NULL, town TEXT NOT NULL, region TEXT NOT NULL,
    opened_on DATE NOT NULL
);
CREATE TABLE negotiators (
    id INTEGER PRIMARY KEY, staff_no TEXT NOT NULL, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
    branch_id INTEGER NOT NULL REFERENCES branches (id), start_dt DATE NOT NULL, job_title TEXT NOT NULL
);
CREATE TABLE landlords (
    id INTEGER PRIMARY KEY, ll_ref TEXT NOT NULL, name TEXT NOT NULL, ll_type TEXT NOT NULL, joined_on DATE NOT NULL
);
CREATE TABLE properties (
    id INTEGER PRIMARY KEY, prop_ref TEXT NOT NULL, landlord_id INTEGER NOT NULL REFERENCES landlords (id),
    branch_id INTEGER NOT NULL REFERENCES branches (id), street TEXT NOT NULL, pc_district TEXT NOT NULL,
    prop_type TEXT NOT NULL, beds INTEGER NOT NULL, asking_rent NUMERIC NOT NULL, furnished INTEGER NOT NULL,
    listed_on DATE NOT NULL
);
CREATE TABLE tenants (
    id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, dob DATE NOT NULL,
    employment TEXT NOT NULL
);
CREATE TABLE tenancies (
    id INTEGER PRIMARY KEY, tenancy_ref TEXT NOT NULL, property_id INTEGER NOT NULL REFERENCES properties (id),
    tenant_id INTEGER NOT NULL REFERENCES tenants (id), negotiator_id INTEGER NOT NULL REFERENCES negotiators (id),
    start_date DATE NOT NULL, end_date DATE, monthly_rent NUMERIC NOT NULL, deposit NUMERIC NOT NULL,
    status TEXT NOT NULL
);
CREATE TABLE maint_requests (
    id INTEGER PRIMARY KEY, property_id INTEGER NOT NULL REFERENCES properties (id), reported_on DATE NOT NULL,
    category TEXT NOT NULL, cost NUMERIC NOT NULL, status TEXT NOT NULL, completed_on DATE
);
"""

#: code, name, town, region, opened, postcode areas, how busy (a weight)
_BRANCHES = [
    ("LDS1", "Leeds Headingley", "Leeds", "Yorkshire", "2008-03-03", ["LS"], 10),
    ("SHF", "Sheffield Ecclesall Rd", "Sheffield", "Yorkshire", "2010-07-12", ["S"], 7),
    ("MCR", "Manchester Didsbury", "Manchester", "North West", "2012-01-16", ["M", "SK"], 5),
    ("NOT", "Nottingham Lenton", "Nottingham", "East Midlands", "2015-05-05", ["NG"], 3),
    ("YRK", "York Bishopthorpe Rd", "York", "Yorkshire", "2018-09-03", ["YO"], 2),
    ("LCR", "Leicester Clarendon Park", "Leicester", "East Midlands", "2022-04-19", ["LE"], 1),
]
#: type, weight, bedrooms range, base rent, rent per bedroom
_TYPES = [("Flat", 10, (1, 3), 520, 160), ("Terraced house", 7, (2, 4), 560, 150),
          ("Semi-detached", 4, (2, 4), 640, 170), ("Detached", 1, (3, 5), 850, 210),
          ("Studio", 3, (0, 0), 495, 0), ("HMO", 2, (4, 7), 300, 330)]  # fmt: skip
_FIRST = ["Aisha", "Ben", "Callum", "Daisy", "Ellie", "Faisal", "Georgia", "Harry", "Imran", "Jade", "Kieran",
          "Lucy", "Mohammed", "Niamh", "Oliver", "Priya", "Rhys", "Sophie", "Tom", "Zara"]  # fmt: skip
_LAST = ["Ahmed", "Bailey", "Clarke", "Dixon", "Evans", "Fletcher", "Green", "Hussain", "Jackson", "Khan",
         "Lewis", "Marshall", "Nolan", "Patel", "Robinson", "Shaw", "Taylor", "Walsh", "Wood", "Young"]  # fmt: skip
_COMPANY = ["Aire Valley Homes Ltd", "Brindley Estates", "Castlegate Property Co", "Don Valley Lettings Ltd",
            "Elmfield Investments", "Foxwood Residential", "Granary Wharf Holdings",
            "Hallam Property Group"]  # fmt: skip
_STREETS = ["Cardigan Road", "Ash Grove", "Victoria Street", "Brudenell Mount", "Park Lane", "Station Road",
            "Mill Street", "Church View", "Manor Drive", "Queens Road", "Albert Terrace", "Hyde Park Road",
            "Kensington Terrace", "Chestnut Avenue", "Regent Street"]  # fmt: skip
_JOBS = ["employed", "student", "self-employed", "retired", "unemployed"]
_CATEGORIES = [("Plumbing", 8, (60, 450)), ("Heating/boiler", 6, (90, 1800)), ("Electrical", 4, (70, 600)),
               ("Damp & mould", 3, (150, 1200)), ("Appliances", 3, (40, 500)), ("Locks & doors", 2, (35, 250)),
               ("Roofing", 1, (200, 3500)), ("Pest control", 1, (80, 300))]  # fmt: skip


def _rows(seed: int = 3131) -> dict[str, list[tuple]]:
    rng = random.Random(seed)
    branches = [(i, *b[:5]) for i, b in enumerate(_BRANCHES, 1)]
    branch_weights = [b[6] for b in _BRANCHES]
    names = rng.sample([(f, last) for f in _FIRST for last in _LAST], 300)
    negotiators = []
    for i in range(1, 29):
        branch = rng.choices(range(1, 7), weights=branch_weights)[0] if i > 6 else i
        opened = dt.date.fromisoformat(_BRANCHES[branch - 1][4])
        start = random_day(rng, max(opened, dt.date(2014, 1, 1)), dt.date(2025, 6, 30))
        title = "Branch manager" if i <= 6 else rng.choices(["Lettings negotiator", "Senior negotiator",
                                                              "Trainee negotiator"], weights=[6, 2, 2])[0]  # fmt: skip
        negotiators.append((i, f"N{200 + i * 3}", *names[i - 1], branch, start.isoformat(), title))
    landlords = []
    for i in range(1, 61):
        if i % 8 == 3 and i // 8 < len(_COMPANY):
            name, kind = _COMPANY[i // 8], "company"
        else:
            first, last = names[30 + i]
            name, kind = f"{rng.choice(['Mr', 'Mrs', 'Ms', 'Dr'])} {first} {last}", "individual"
        joined = random_day(rng, dt.date(2009, 1, 1), dt.date(2025, 3, 31))
        landlords.append((i, f"LL{5000 + i * 17}", name, kind, joined.isoformat()))
    # companies own a lot, some landlords own nothing
    landlord_weights = [0 if ll[0] % 11 == 5 else (9 if ll[3] == "company" else 1) / (1 + (ll[0] * 7) % 5)
                        for ll in landlords]  # fmt: skip
    properties = []
    for i in range(1, 181):
        landlord = rng.choices(landlords, weights=landlord_weights)[0]
        branch = rng.choices(branches, weights=branch_weights)[0]
        kind, _, (low, high), base, per_bed = rng.choices(_TYPES, weights=[t[1] for t in _TYPES])[0]
        beds = rng.randint(low, high)
        area = rng.choice(_BRANCHES[branch[0] - 1][5])
        district = f"{area}{rng.randint(1, 17)}"
        regional = {1: 1.0, 2: 0.92, 3: 1.12, 4: 0.9, 5: 1.05, 6: 0.85}[branch[0]]
        rent = round((base + per_bed * beds) * regional * rng.uniform(0.9, 1.15) / 5) * 5
        listed = random_day(rng, max(dt.date.fromisoformat(branch[5]), dt.date(2016, 1, 1)), dt.date(2024, 6, 30))
        street = f"{rng.randint(1, 140)} {rng.choice(_STREETS)}"
        properties.append((i, f"P-{district}-{1000 + i}", landlord[0], branch[0], street, district, kind, beds,
                           rent, int(rng.random() < 0.45), listed.isoformat()))  # fmt: skip
    tenants = []
    for i in range(1, 251):
        first, last = names[(i * 7) % 300]
        job = rng.choices(_JOBS, weights=[12, 6, 3, 1, 1])[0]
        born = random_day(rng, dt.date(1950, 1, 1) if job == "retired" else dt.date(1962, 1, 1),
                          dt.date(1958, 12, 31) if job == "retired" else dt.date(2006, 9, 1))  # fmt: skip
        if job == "student":
            born = random_day(rng, dt.date(1998, 1, 1), dt.date(2006, 9, 1))
        tenants.append((i, first, last, born.isoformat(), job))
    # some properties never let, some tenants never signed anything
    property_weights = [0 if p[0] % 15 == 4 else 1 / (1 + (p[0] * 13) % 7) for p in properties]
    tenant_weights = [0 if t[0] % 12 == 5 else 1 / (1 + (t[0] * 3) % 4) for t in tenants]
    negotiator_weights = [0 if n[0] in (11, 23) else (3 if n[6] == "Senior negotiator" else 1) / (1 + (n[0] * 5) % 9)
                          for n in negotiators]  # fmt: skip
    tenancies = []
    for i in range(1, 421):
        prop = rng.choices(properties, weights=property_weights)[0]
        tenant = rng.choices(tenants, weights=tenant_weights)[0]
        local = [n for n in negotiators if n[4] == prop[3]]
        negotiator = rng.choices(local, weights=[negotiator_weights[n[0] - 1] + 0.01 for n in local])[0]
        start = random_day(rng, max(dt.date.fromisoformat(prop[10]), dt.date(2019, 1, 1)), dt.date(2025, 10, 31))
        months = rng.choice([6, 12, 12, 12, 18, 24])
        end = start + dt.timedelta(days=round(months * 30.44) - 1)
        if end > dt.date(2025, 11, 15):
            end_date, status = None, "active"
        elif rng.random() < 0.08:
            end = start + dt.timedelta(days=rng.randrange(60, 200))
            end_date, status = end.isoformat(), "ended early"
        else:
            end_date, status = end.isoformat(), "ended"
        rent = round(float(prop[8]) * (1 + 0.035 * (start.year - 2022)) * rng.uniform(0.95, 1.02))
        tenancies.append((i, f"TY{start.year % 100:02d}-{3000 + i}", prop[0], tenant[0], negotiator[0],
                          start.isoformat(), end_date, rent, round(rent * 12 / 52 * 5), status))  # fmt: skip
    maint = []
    repair_weights = [0 if p[0] % 9 == 2 else (3 if p[6] in ("HMO", "Terraced house") else 1) / (1 + (p[0] * 5) % 6)
                      for p in properties]  # fmt: skip
    for i in range(1, 501):
        prop = rng.choices(properties, weights=repair_weights)[0]
        category, _, (low, high) = rng.choices(_CATEGORIES, weights=[c[1] for c in _CATEGORIES])[0]
        reported = random_day(rng, dt.date(2022, 1, 1), dt.date(2025, 11, 20))
        if category == "Heating/boiler" and reported.month in (5, 6, 7, 8) and rng.random() < 0.6:
            reported = reported.replace(month=rng.choice([11, 12, 1, 2]), day=min(reported.day, 28))
        status = rng.choices(["completed", "open", "in progress", "cancelled"], weights=[30, 2, 3, 2])[0]
        if reported > dt.date(2025, 11, 1) and status == "completed":
            status = "in progress"
        cost = 0.0 if status == "cancelled" else round(rng.uniform(low, high) * (0.5 if rng.random() < 0.4 else 1), 2)
        done = (reported + dt.timedelta(days=rng.randrange(0, 30))).isoformat() if status == "completed" else None
        maint.append((i, prop[0], reported.isoformat(), category, cost, status, done))
    return {"branches": branches, "negotiators": negotiators, "landlords": landlords, "properties": properties,
            "tenants": tenants, "tenancies": tenancies, "maint_requests": maint}  # fmt: skip


def build_lettings_database(path: str | Path) -> Path:
    """Write the letting agency's database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
