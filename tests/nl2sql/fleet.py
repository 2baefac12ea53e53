"""A small made-up parcel and freight delivery company, written by someone who had not seen the engine's rules: the
``fleet`` dev set's database.

Six tables with foreign keys: ``depots`` (a ``depot_code``, city, region, opening date), ``drivers`` (an
``emp_no``, first and last name, home depot, ``hire_dt``, licence class, employment status), ``vehicles`` (a
registration ``reg_no``, make, model, ``veh_type``, payload ``capacity_kg``, home depot, purchase date),
``customers`` (an ``acct_no``, company name, city, ``segment``, ``signup_dt``), ``shipments`` (a customer's
consignment ``ref_no`` carried by a driver in a vehicle from a depot: ``pickup_dt``, ``delivered_dt`` (NULL when not
delivered), ``dest_city``, ``weight_kg``, ``charge`` in pounds, a service level and a status) and ``fuel_purchases``
(``litres`` of fuel bought for a vehicle by a driver on ``purchase_dt`` at a station: ``total_cost``). Rows come
from a fixed seed, so every build holds the same rows; popularity is skewed so rankings have clear leaders, some
customers never shipped anything and some drivers never carried a shipment.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_fleet_database(pathlib.Path(tempfile.mkdtemp()) / "fleet.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM shipments").fetchone()
    (800,)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_fleet_database"]

_SCHEMA = """
CREATE TABLE depots (
    id INTEGER PRIMARY KEY, depot_code TEXT NOT NULL, name TEXT NOT NULL, city TEXT NOT NULL, region TEXT NOT NULL,
    opened_on DATE NOT NULL
);
CREATE TABLE drivers (
    id INTEGER PRIMARY KEY, emp_no TEXT NOT NULL, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
    depot_id INTEGER NOT NULL REFERENCES depots (id), hire_dt DATE NOT NULL, licence_class TEXT NOT NULL,
    status TEXT NOT NULL
);
CREATE TABLE vehicles (
    id INTEGER PRIMARY KEY, reg_no TEXT NOT NULL, make TEXT NOT NULL, model TEXT NOT NULL, veh_type TEXT NOT NULL,
    capacity_kg INTEGER NOT NULL, depot_id INTEGER NOT NULL REFERENCES depots (id), purchase_date DATE NOT NULL
);
CREATE TABLE customers (
    id INTEGER PRIMARY KEY, acct_no TEXT NOT NULL, company_name TEXT NOT NULL, city TEXT NOT NULL,
    segment TEXT NOT NULL, signup_dt DATE NOT NULL
);
CREATE TABLE shipments (
    id INTEGER PRIMARY KEY, ref_no TEXT NOT NULL, customer_id INTEGER NOT NULL REFERENCES customers (id),
    driver_id INTEGER NOT NULL REFERENCES drivers (id), vehicle_id INTEGER NOT NULL REFERENCES vehicles (id),
    depot_id INTEGER NOT NULL REFERENCES depots (id), pickup_dt DATE NOT NULL, delivered_dt DATE,
    dest_city TEXT NOT NULL, weight_kg REAL NOT NULL, charge NUMERIC NOT NULL, service TEXT NOT NULL,
    status TEXT NOT NULL
);
CREATE TABLE fuel_purchases (
    id INTEGER PRIMARY KEY, vehicle_id INTEGER NOT NULL REFERENCES vehicles (id),
    driver_id INTEGER NOT NULL REFERENCES drivers (id), purchase_dt DATE NOT NULL, litres REAL NOT NULL,
    total_cost NUMERIC NOT NULL, station TEXT NOT NULL
);
"""

#: code, name, city, region, opened, how busy (a weight)
_DEPOTS = [
    ("BHM", "Birmingham Hub", "Birmingham", "Midlands", "2009-04-01", 10),
    ("MAN", "Manchester Trafford", "Manchester", "North West", "2011-09-15", 7),
    ("BRS", "Bristol Avonmouth", "Bristol", "South West", "2014-02-03", 4),
    ("LDS", "Leeds Stourton", "Leeds", "Yorkshire", "2017-06-19", 3),
    ("NCL", "Newcastle Team Valley", "Newcastle", "North East", "2021-10-04", 1),
]
#: make, model, type, payload in kg, how often chosen
_MODELS = [
    ("Ford", "Transit", "Van", 1400, 10),
    ("Mercedes", "Sprinter", "Van", 1300, 7),
    ("Vauxhall", "Movano", "Van", 1500, 3),
    ("Iveco", "Eurocargo", "Rigid truck", 7500, 3),
    ("DAF", "LF", "Rigid truck", 8000, 2),
    ("Volvo", "FH", "Artic", 26000, 1),
]
#: segment, weight, weight range of a consignment in kg
_SEGMENTS = [("Retail", 8, (2, 350)), ("Manufacturing", 4, (50, 4000)), ("Healthcare", 2, (1, 60)),
             ("E-commerce", 6, (0.5, 40)), ("Construction", 1, (200, 9000))]  # fmt: skip
_CITIES = ["Birmingham", "Manchester", "Bristol", "Leeds", "Newcastle", "Coventry", "Wolverhampton", "Stockport",
           "Bolton", "Bath", "Gloucester", "Bradford", "Sheffield", "York", "Sunderland", "Nottingham", "Derby",
           "Liverpool", "Cardiff", "London"]  # fmt: skip
_FIRST = ["Adam", "Bilal", "Chloe", "Darren", "Emma", "Femi", "Gary", "Hayley", "Ian", "Jas", "Kevin", "Laura",
          "Marek", "Nadia", "Paul", "Rachel", "Steve", "Tomasz", "Wayne", "Yusuf"]  # fmt: skip
_LAST = ["Atkins", "Brennan", "Cole", "Dhillon", "Edwards", "Foster", "Grant", "Hughes", "Iqbal", "Jones", "Kowalski",
         "Lloyd", "Mills", "Novak", "Owens", "Parry", "Quinn", "Reid", "Singh", "Turner"]  # fmt: skip
_PREFIX = ["Apex", "Bright", "Castle", "Delta", "Evergreen", "Falcon", "Granite", "Harbour", "Iron", "Juniper",
           "Kestrel", "Lakeside", "Meridian", "Northgate", "Oakwood", "Pinnacle", "Quayside", "Riverside", "Summit",
           "Thornbury", "Unity", "Vertex", "Westfield", "Yardley"]  # fmt: skip
_SUFFIX = {"Retail": ["Stores", "Home & Garden", "Outfitters"], "Manufacturing": ["Engineering", "Plastics", "Metals"],
           "Healthcare": ["Pharmacy", "Medical Supplies", "Dental Lab"], "E-commerce": ["Online", "Direct", "Shop"],
           "Construction": ["Builders", "Timber", "Scaffolding"]}  # fmt: skip
_STATIONS = ["Shell", "BP", "Esso", "Texaco", "Depot bunker"]
_SERVICES = [("Standard", 10, 1.0), ("Next day", 6, 1.6), ("Same day", 2, 3.1), ("Economy", 3, 0.75)]


def _rows(seed: int = 2026) -> dict[str, list[tuple]]:
    rng = random.Random(seed)
    depots = [(i, *d[:5]) for i, d in enumerate(_DEPOTS, 1)]
    depot_weights = [d[5] for d in _DEPOTS]
    names = rng.sample([(f, last) for f in _FIRST for last in _LAST], 40)
    drivers = []
    for i in range(1, 41):
        depot = rng.choices(range(1, 6), weights=depot_weights)[0] if i > 5 else i
        opened = dt.date.fromisoformat(_DEPOTS[depot - 1][4])
        hired = random_day(rng, max(opened, dt.date(2012, 1, 1)), dt.date(2025, 3, 31))
        licence = rng.choices(["B", "C1", "C", "C+E"], weights=[8, 3, 3, 2])[0]
        status = "left" if i % 9 == 0 else "on leave" if i % 13 == 0 else "active"
        drivers.append((i, f"E{1000 + i * 7}", *names[i - 1], depot, hired.isoformat(), licence, status))
    vehicles = []
    for i in range(1, 31):
        make, model, kind, payload, _ = rng.choices(_MODELS, weights=[m[4] for m in _MODELS])[0]
        depot = rng.choices(range(1, 6), weights=depot_weights)[0] if i > 5 else i
        bought = random_day(rng, dt.date(2016, 1, 1), dt.date(2024, 12, 31))
        year = bought.year % 100 if bought.month < 9 else bought.year % 100 + 50
        letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
        reg = f"{rng.choice(['BV', 'MA', 'WU', 'YK', 'NL'])}{year:02d} {letters}"
        vehicles.append((i, reg, make, model, kind, payload, depot, bought.isoformat()))
    customers = []
    used = set()
    for i in range(1, 71):
        segment, _, _ = rng.choices(_SEGMENTS, weights=[s[1] for s in _SEGMENTS])[0]
        while (name := f"{rng.choice(_PREFIX)} {rng.choice(_SUFFIX[segment])}") in used:
            pass
        used.add(name)
        city = rng.choices(_CITIES[:12], weights=[9, 7, 4, 4, 2, 3, 2, 2, 2, 1, 1, 1])[0]
        signup = random_day(rng, dt.date(2018, 1, 1), dt.date(2025, 6, 30))
        customers.append((i, f"AC{40000 + i * 13}", name, city, segment, signup.isoformat()))
    # a few customers never shipped; a few big accounts ship a lot
    customer_weights = [0 if c[0] % 10 == 7 else 1 / (1 + (c[0] * 11) % 23) for c in customers]
    driver_weights = [0 if d[0] in (9, 27, 36) else (3 if d[7] == "active" else 1) / (1 + (d[0] * 5) % 17)
                      for d in drivers]  # fmt: skip
    shipments = []
    for i in range(1, 801):
        customer = rng.choices(customers, weights=customer_weights)[0]
        low, high = next(s[2] for s in _SEGMENTS if s[0] == customer[4])
        weight = round(rng.uniform(low, high) if rng.random() < 0.7 else rng.uniform(low, (low + high) / 3), 1)
        driver = rng.choices(drivers, weights=driver_weights)[0]
        depot = driver[4]
        fitting = [v for v in vehicles if v[5] >= weight] or [max(vehicles, key=lambda v: v[5])]
        local = [v for v in fitting if v[6] == depot] or fitting
        vehicle = rng.choice(local)
        pickup = random_day(rng, dt.date(2023, 1, 1), dt.date(2025, 10, 31))
        service, _, factor = rng.choices(_SERVICES, weights=[s[1] for s in _SERVICES])[0]
        status = rng.choices(["delivered", "in transit", "failed", "returned", "cancelled"],
                             weights=[40, 2, 2, 1, 1])[0]  # fmt: skip
        if pickup > dt.date(2025, 10, 24) and status == "delivered":
            status = "in transit"
        lag = {"Same day": 0, "Next day": 1, "Standard": rng.randrange(1, 4), "Economy": rng.randrange(2, 7)}[service]
        delivered = (pickup + dt.timedelta(days=lag)).isoformat() if status == "delivered" else None
        dest = rng.choice(_CITIES) if rng.random() < 0.6 else customer[3]
        charge = 0.0 if status == "cancelled" else round((6.5 + 0.18 * weight**0.9) * factor, 2)
        shipments.append((i, f"SH{230000 + i * 3}", customer[0], driver[0], vehicle[0], depot, pickup.isoformat(),
                          delivered, dest, weight, charge, service, status))  # fmt: skip
    fuel = []
    vehicle_weights = [0 if v[0] in (17, 29) else 1 + (4 if v[4] != "Van" else 0) + (v[0] * 3) % 7 for v in vehicles]
    for i in range(1, 401):
        vehicle = rng.choices(vehicles, weights=vehicle_weights)[0]
        at_depot = [d for d in drivers if d[4] == vehicle[6] and d[0] not in (9, 27, 36)] or drivers
        driver = rng.choice(at_depot)
        day = random_day(rng, dt.date(2023, 1, 1), dt.date(2025, 10, 31))
        tank = 80 if vehicle[4] == "Van" else 200 if vehicle[4] == "Rigid truck" else 500
        litres = round(rng.uniform(0.3, 1.0) * tank, 1)
        price = 1.45 + 0.1 * (day.year == 2023) - 0.05 * (day.year == 2025) + rng.uniform(-0.06, 0.08)
        station = rng.choices(_STATIONS, weights=[6, 5, 3, 1, 4])[0]
        fuel.append((i, vehicle[0], driver[0], day.isoformat(), litres, round(litres * price, 2), station))
    return {"depots": depots, "drivers": drivers, "vehicles": vehicles, "customers": customers,
            "shipments": shipments, "fuel_purchases": fuel}  # fmt: skip


def build_fleet_database(path: str | Path) -> Path:
    """Write the delivery company's database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
