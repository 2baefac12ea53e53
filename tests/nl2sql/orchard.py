"""A made-up family-run fruit farm in Kent, written by someone who had not seen the engine's rules: the ``orchard``
dev set's database. The Ashdown family grow apples, pears, plums, cherries and damsons in six orchards around the
farm, sell fruit, juice, cider, preserves and bakes in their farm shop, run pick-your-own sessions at weekends in
season, supply grocers, restaurants and a cider maker wholesale, and take on seasonal pickers and packers each
harvest alongside a small permanent team.

Eleven tables with foreign keys:

- ``orchards``: ``id``, ``name`` (Long Meadow, Church Field, Hill Top, Brook Orchard, Old Rectory, Windmill Field),
  ``location`` (village), ``area_hectares``, ``established_year``, ``soil_type`` ('Clay loam', 'Sandy loam',
  'Chalk', 'Silty loam'), ``is_organic`` 0/1. Windmill Field was planted in 2023 and has not been harvested yet.
- ``fruit_varieties``: ``id``, ``name`` (Cox's Orange Pippin, Bramley, Gala, Conference, Victoria, Stella, ...),
  ``fruit_type`` ('Apple', 'Pear', 'Plum', 'Cherry', 'Damson'), ``usage`` ('Dessert', 'Culinary', 'Cider',
  'Dual purpose'), ``harvest_month`` 7-10, ``list_price_per_kilogram``. Red Windsor (only in Windmill Field) has
  never been picked.
- ``workers``: ``id``, ``first_name``, ``last_name``, ``role`` ('Orchard Manager', 'Supervisor', 'Picker', 'Packer',
  'Tractor Driver', 'Shop Assistant'), ``employment_type`` ('Permanent', 'Seasonal'), ``home_country``,
  ``hourly_rate``, ``start_date``, ``end_date`` (NULL while still employed). Seasonal workers are taken on for one
  season (June to November); a few signed up but never worked a shift.
- ``work_shifts``: ``id``, ``worker_id``, ``orchard_id`` (NULL for packhouse and shop work), ``shift_date``, ``task``
  ('Picking', 'Pruning', 'Thinning', 'Mowing', 'Spraying', 'Packing', 'Shop'), ``hours_worked``.
- ``harvest_batches``: ``id``, ``orchard_id``, ``variety_id``, ``picked_on``, ``supervisor_id`` (a worker),
  ``weight_kilograms``, ``bins``, ``quality_grade`` ('Class I', 'Class II', 'Processing'), ``storage`` ('Cold
  store', 'Controlled atmosphere', 'Sold fresh').
- ``wholesale_customers``: ``id``, ``business_name``, ``town``, ``business_type`` ('Greengrocer', 'Farm shop',
  'Restaurant', 'Independent supermarket', 'Market trader', 'Cider maker'), ``payment_terms_days`` 7/14/30,
  ``account_opened_on``. A few keen customers place most orders; two accounts never ordered.
- ``wholesale_orders``: ``id``, ``customer_id``, ``order_date``, ``delivery_date`` (NULL unless delivered),
  ``status`` ('Delivered', 'Cancelled', 'Pending').
- ``wholesale_order_lines``: ``id``, ``order_id``, ``variety_id``, ``quantity_kilograms``, ``price_per_kilogram``,
  ``quality_grade`` ('Class I', 'Class II', 'Processing').
- ``shop_products``: ``id``, ``name``, ``category`` ('Fresh fruit', 'Juice', 'Cider', 'Preserves', 'Bakery',
  'Gifts'), ``unit_price``, ``variety_id`` (NULL when not made from one variety). Two new products never sold.
- ``shop_sales``: ``id``, ``sale_date``, ``product_id``, ``quantity``, ``total_amount``, ``payment_method`` ('Card',
  'Cash'). The shop is shut on Mondays and through January.
- ``pick_your_own_sessions``: ``id``, ``orchard_id``, ``variety_id``, ``session_date``, ``start_time`` ('09:30',
  '13:30'), ``capacity``, ``visitors``, ``kilograms_picked``, ``takings``, ``status`` ('Held', 'Cancelled'). Only
  three orchards host them, on weekends from July to October.

Everything happens from 2022-01-01 to 2024-12-31 (harvests from July to October each year). Rows come from a fixed
seed, so every build holds the same rows.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_orchard_database(pathlib.Path(tempfile.mkdtemp()) / "orchard.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM orchards").fetchone()
    (6,)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_orchard_database"]

_SCHEMA = """
CREATE TABLE orchards (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, location TEXT NOT NULL, area_hectares NUMERIC NOT NULL,
    established_year INTEGER NOT NULL, soil_type TEXT NOT NULL, is_organic INTEGER NOT NULL
);
CREATE TABLE fruit_varieties (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, fruit_type TEXT NOT NULL, usage TEXT NOT NULL,
    harvest_month INTEGER NOT NULL, list_price_per_kilogram NUMERIC NOT NULL
);
CREATE TABLE workers (
    id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, role TEXT NOT NULL,
    employment_type TEXT NOT NULL, home_country TEXT NOT NULL, hourly_rate NUMERIC NOT NULL,
    start_date DATE NOT NULL, end_date DATE
);
CREATE TABLE work_shifts (
    id INTEGER PRIMARY KEY, worker_id INTEGER NOT NULL REFERENCES workers (id),
    orchard_id INTEGER REFERENCES orchards (id), shift_date DATE NOT NULL, task TEXT NOT NULL,
    hours_worked NUMERIC NOT NULL
);
CREATE TABLE harvest_batches (
    id INTEGER PRIMARY KEY, orchard_id INTEGER NOT NULL REFERENCES orchards (id),
    variety_id INTEGER NOT NULL REFERENCES fruit_varieties (id), picked_on DATE NOT NULL,
    supervisor_id INTEGER NOT NULL REFERENCES workers (id), weight_kilograms NUMERIC NOT NULL,
    bins INTEGER NOT NULL, quality_grade TEXT NOT NULL, storage TEXT NOT NULL
);
CREATE TABLE wholesale_customers (
    id INTEGER PRIMARY KEY, business_name TEXT NOT NULL, town TEXT NOT NULL, business_type TEXT NOT NULL,
    payment_terms_days INTEGER NOT NULL, account_opened_on DATE NOT NULL
);
CREATE TABLE wholesale_orders (
    id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES wholesale_customers (id),
    order_date DATE NOT NULL, delivery_date DATE, status TEXT NOT NULL
);
CREATE TABLE wholesale_order_lines (
    id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES wholesale_orders (id),
    variety_id INTEGER NOT NULL REFERENCES fruit_varieties (id), quantity_kilograms NUMERIC NOT NULL,
    price_per_kilogram NUMERIC NOT NULL, quality_grade TEXT NOT NULL
);
CREATE TABLE shop_products (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, category TEXT NOT NULL, unit_price NUMERIC NOT NULL,
    variety_id INTEGER REFERENCES fruit_varieties (id)
);
CREATE TABLE shop_sales (
    id INTEGER PRIMARY KEY, sale_date DATE NOT NULL, product_id INTEGER NOT NULL REFERENCES shop_products (id),
    quantity INTEGER NOT NULL, total_amount NUMERIC NOT NULL, payment_method TEXT NOT NULL
);
CREATE TABLE pick_your_own_sessions (
    id INTEGER PRIMARY KEY, orchard_id INTEGER NOT NULL REFERENCES orchards (id),
    variety_id INTEGER NOT NULL REFERENCES fruit_varieties (id), session_date DATE NOT NULL,
    start_time TEXT NOT NULL, capacity INTEGER NOT NULL, visitors INTEGER NOT NULL,
    kilograms_picked NUMERIC NOT NULL, takings NUMERIC NOT NULL, status TEXT NOT NULL
);
"""

#: name, location, hectares, established, soil, organic, yield factor
_ORCHARDS = [
    ("Long Meadow", "Brenchley", 8.5, 1978, "Clay loam", 0, 1.2),
    ("Church Field", "Brenchley", 5.2, 1994, "Silty loam", 0, 1.0),
    ("Hill Top", "Matfield", 6.8, 1986, "Chalk", 0, 0.9),
    ("Brook Orchard", "Horsmonden", 3.9, 2005, "Sandy loam", 1, 0.8),
    ("Old Rectory", "Horsmonden", 2.4, 1962, "Clay loam", 1, 0.7),
    ("Windmill Field", "Matfield", 4.1, 2023, "Sandy loam", 0, 0.0),
]
#: name, fruit, usage, harvest month, list price per kg
_VARIETIES = [
    ("Cox's Orange Pippin", "Apple", "Dessert", 9, 1.85),
    ("Bramley", "Apple", "Culinary", 10, 1.40),
    ("Gala", "Apple", "Dessert", 9, 1.55),
    ("Braeburn", "Apple", "Dessert", 10, 1.65),
    ("Egremont Russet", "Apple", "Dessert", 9, 2.10),
    ("Discovery", "Apple", "Dessert", 8, 1.75),
    ("Dabinett", "Apple", "Cider", 10, 0.45),
    ("Katy", "Apple", "Dual purpose", 9, 0.95),
    ("Conference", "Pear", "Dessert", 9, 1.60),
    ("Concorde", "Pear", "Dessert", 9, 1.70),
    ("Doyenne du Comice", "Pear", "Dessert", 10, 2.30),
    ("Victoria", "Plum", "Dual purpose", 8, 2.40),
    ("Marjorie's Seedling", "Plum", "Culinary", 9, 2.20),
    ("Stella", "Cherry", "Dessert", 7, 6.50),
    ("Merton Glory", "Cherry", "Dessert", 7, 6.80),
    ("Merryweather", "Damson", "Culinary", 9, 2.60),
    ("Red Windsor", "Apple", "Dessert", 9, 1.90),
]  # fmt: skip
#: orchard id -> (variety id, tonnes per hectare-share weight)
_PLANTED = {
    1: [(1, 5), (2, 5), (3, 4), (4, 3), (9, 3)],
    2: [(1, 3), (6, 2), (12, 3), (13, 2), (16, 1)],
    3: [(2, 3), (7, 4), (8, 3), (10, 2), (11, 1)],
    4: [(5, 3), (9, 2), (14, 2), (15, 2)],
    5: [(1, 2), (2, 2), (5, 1), (12, 2), (14, 1)],
    6: [(17, 1), (3, 1)],
}
#: business name, town, type, payment terms, ordering weight
_CUSTOMERS = [
    ("Tunbridge Wells Greengrocers", "Tunbridge Wells", "Greengrocer", 14, 14),
    ("Pantiles Fruit & Veg", "Tunbridge Wells", "Greengrocer", 14, 6),
    ("Paddock Wood Produce", "Paddock Wood", "Greengrocer", 7, 5),
    ("Cranbrook Fresh", "Cranbrook", "Greengrocer", 14, 3),
    ("Sevenoaks Grocer", "Sevenoaks", "Greengrocer", 30, 4),
    ("Tonbridge Market Fruit", "Tonbridge", "Market trader", 7, 5),
    ("Maidstone Market Stall 12", "Maidstone", "Market trader", 7, 2),
    ("Goudhurst Village Stores", "Goudhurst", "Independent supermarket", 30, 4),
    ("Weald Food Hall", "Cranbrook", "Independent supermarket", 30, 9),
    ("Penshurst Farm Shop", "Penshurst", "Farm shop", 30, 6),
    ("Hop Farm Shop", "Paddock Wood", "Farm shop", 30, 3),
    ("Bewl Water Farm Shop", "Lamberhurst", "Farm shop", 30, 1),
    ("The Vine Kitchen", "Tunbridge Wells", "Restaurant", 14, 3),
    ("The Hopbine Inn", "Marden", "Restaurant", 14, 2),
    ("Bramble & Fig", "Tonbridge", "Restaurant", 14, 1),
    ("Kentish Cider Company", "Staplehurst", "Cider maker", 30, 7),
    ("Medway Juice Press", "Maidstone", "Cider maker", 30, 2),
    ("Rochester Organic Grocer", "Rochester", "Greengrocer", 14, 1),
    ("Hastings Fruit Merchants", "Hastings", "Market trader", 7, 0),
    ("The Old Bakehouse Cafe", "Lamberhurst", "Restaurant", 14, 0),
    ("Ashford Wholefoods", "Ashford", "Independent supermarket", 30, 2),
    ("Marden Village Shop", "Marden", "Independent supermarket", 14, 1),
]  # fmt: skip
#: name, category, unit price, variety id, sales weight, months sold (None = all open months)
_PRODUCTS = [
    ("Cox apples 1kg bag", "Fresh fruit", 2.80, 1, 10, (8, 9, 10, 11, 12, 2, 3, 4)),
    ("Bramley cooking apples 1kg bag", "Fresh fruit", 2.20, 2, 6, (9, 10, 11, 12, 2, 3, 4)),
    ("Gala apples 1kg bag", "Fresh fruit", 2.50, 3, 7, (9, 10, 11, 12, 2, 3)),
    ("Russet apples 1kg bag", "Fresh fruit", 3.20, 5, 4, (9, 10, 11, 12)),
    ("Discovery apples 1kg bag", "Fresh fruit", 2.80, 6, 3, (8, 9)),
    ("Conference pears 1kg bag", "Fresh fruit", 2.60, 9, 5, (9, 10, 11, 12, 2)),
    ("Victoria plums punnet", "Fresh fruit", 3.00, 12, 6, (8, 9)),
    ("Damsons punnet", "Fresh fruit", 3.20, 16, 2, (9,)),
    ("Cherries 500g punnet", "Fresh fruit", 4.50, 14, 7, (7,)),
    ("Cox and Bramley apple juice 75cl", "Juice", 3.50, None, 12, None),
    ("Russet apple juice 75cl", "Juice", 3.80, 5, 5, None),
    ("Apple and pear juice 75cl", "Juice", 3.60, None, 4, None),
    ("Medium dry cider 500ml", "Cider", 3.90, 7, 8, None),
    ("Traditional dry cider 500ml", "Cider", 4.20, 7, 5, None),
    ("Perry 500ml", "Cider", 4.40, None, 2, None),
    ("Victoria plum jam", "Preserves", 4.25, 12, 5, None),
    ("Damson jam", "Preserves", 4.50, 16, 3, None),
    ("Bramley apple chutney", "Preserves", 4.00, 2, 4, None),
    ("Orchard blossom honey", "Preserves", 6.50, None, 3, None),
    ("Pear and ginger chutney", "Preserves", 4.25, 9, 0, None),
    ("Bramley apple pie", "Bakery", 7.50, 2, 6, None),
    ("Plum crumble", "Bakery", 6.00, 12, 3, (8, 9, 10)),
    ("Apple and cinnamon cake", "Bakery", 8.50, None, 4, None),
    ("Christmas orchard hamper", "Gifts", 35.00, None, 4, (11, 12)),
    ("Orchard tote bag", "Gifts", 8.00, None, 1, None),
    ("Mulled cider kit", "Gifts", 12.00, None, 0, None),
]  # fmt: skip
_FIRST = {
    "United Kingdom": ["James", "Sarah", "Tom", "Emma", "Ben", "Lucy", "Sam", "Hannah", "Josh", "Kate", "Will"],
    "Romania": ["Andrei", "Ioana", "Mihai", "Elena", "Cristian", "Alina", "Florin", "Maria"],
    "Bulgaria": ["Georgi", "Desislava", "Ivan", "Petya", "Nikolai", "Stefka"],
    "Ukraine": ["Oleksandr", "Olena", "Dmytro", "Iryna", "Serhii", "Tetiana"],
    "Poland": ["Piotr", "Agnieszka", "Tomasz", "Katarzyna", "Marek"],
    "Nepal": ["Bishal", "Sita", "Ramesh", "Anjali"],
}
_LAST = {
    "United Kingdom": ["Ashdown", "Kemp", "Fuller", "Packham", "Medhurst", "Stanford", "Beale", "Hodges", "Tapsell"],
    "Romania": ["Popescu", "Ionescu", "Dumitru", "Stan", "Gheorghe", "Marin"],
    "Bulgaria": ["Ivanov", "Petrova", "Dimitrov", "Georgieva", "Todorov"],
    "Ukraine": ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Melnyk"],
    "Poland": ["Nowak", "Kowalski", "Wisniewska", "Zielinski"],
    "Nepal": ["Gurung", "Thapa", "Rai", "Tamang"],
}
_START, _END = dt.date(2022, 1, 1), dt.date(2024, 12, 31)
_YEARS = (2022, 2023, 2024)


def _month_range(year: int, month: int) -> tuple[dt.date, dt.date]:
    first = dt.date(year, month, 1)
    last = (dt.date(year + month // 12, month % 12 + 1, 1)) - dt.timedelta(days=1)
    return first, last


def _workers(rng: random.Random) -> list[tuple]:
    workers: list[tuple] = []
    used: set[tuple[str, str]] = set()

    def add(role, kind, country, rate, start, end) -> None:  # noqa: ANN001, PLR0913 - a local row builder
        while True:
            name = (rng.choice(_FIRST[country]), rng.choice(_LAST[country]))
            if name not in used:
                used.add(name)
                break
        workers.append((len(workers) + 1, *name, role, kind, country, rate, start, end))

    # the permanent team (the family and long-standing staff)
    add("Orchard Manager", "Permanent", "United Kingdom", 19.50, "2009-03-01", None)
    add("Supervisor", "Permanent", "United Kingdom", 15.80, "2014-02-10", None)
    add("Supervisor", "Permanent", "Poland", 15.20, "2016-06-01", None)
    add("Tractor Driver", "Permanent", "United Kingdom", 14.60, "2012-09-03", None)
    add("Tractor Driver", "Permanent", "United Kingdom", 13.90, "2019-01-14", "2023-08-31")
    add("Tractor Driver", "Permanent", "Romania", 13.40, "2023-09-04", None)
    add("Shop Assistant", "Permanent", "United Kingdom", 11.80, "2018-04-03", None)
    add("Shop Assistant", "Permanent", "United Kingdom", 11.60, "2021-03-01", None)
    add("Shop Assistant", "Permanent", "United Kingdom", 11.44, "2023-03-20", None)
    add("Packer", "Permanent", "United Kingdom", 12.10, "2017-08-07", None)
    # seasonal crews, one season each, June to November
    minimum = {2022: 9.50, 2023: 10.42, 2024: 11.44}
    for year in _YEARS:
        add("Supervisor", "Seasonal", rng.choice(["Romania", "Bulgaria"]), minimum[year] + 2.00,
            f"{year}-06-20", f"{year}-11-04")  # fmt: skip
        crew = {2022: 18, 2023: 22, 2024: 25}[year]
        for _ in range(crew):
            country = rng.choices(list(_FIRST), weights=[3, 10, 6, 6, 3, 4])[0]
            role = rng.choices(["Picker", "Packer", "Tractor Driver"], weights=[16, 4, 1])[0]
            rate = minimum[year] + {"Picker": 0.0, "Packer": 0.25, "Tractor Driver": 1.10}[role]
            start = random_day(rng, dt.date(year, 6, 24), dt.date(year, 8, 20))
            end = random_day(rng, dt.date(year, 10, 10), dt.date(year, 11, 18))
            add(role, "Seasonal", country, round(rate, 2), start.isoformat(), end.isoformat())
    return workers


def _harvest(rng: random.Random, workers: list[tuple]) -> list[tuple]:
    batches = []
    for year in _YEARS:
        supervisors = [w[0] for w in workers if w[3] in ("Supervisor", "Orchard Manager")
                       and w[7] <= f"{year}-07-01" and (w[8] is None or w[8] >= f"{year}-10-31")]  # fmt: skip
        year_factor = {2022: 0.85, 2023: 1.1, 2024: 1.0}[year]  # a dry 2022
        for orchard_id, planted in _PLANTED.items():
            name, _, hectares, _, _, _, factor = _ORCHARDS[orchard_id - 1]
            if factor == 0:
                continue
            total_weight = sum(w for _, w in planted)
            for variety_id, weight in planted:
                variety = _VARIETIES[variety_id - 1]
                month = variety[3]
                tonnes = 22 * hectares * weight / total_weight * factor * year_factor
                tonnes *= {"Cherry": 0.35, "Plum": 0.6, "Damson": 0.5, "Pear": 0.8}.get(variety[1], 1.0)
                kilos_left = tonnes * 1000 * rng.uniform(0.85, 1.15)
                window_start = dt.date(year, month, 1) - dt.timedelta(days=8)
                window_end = _month_range(year, month)[1] - dt.timedelta(days=5)
                while kilos_left > 150:
                    bins = rng.randint(3, 12)
                    kilos = min(kilos_left, bins * rng.uniform(290, 340))
                    bins = max(1, round(kilos / 315))
                    kilos_left -= kilos
                    day = random_day(rng, window_start, window_end)
                    grade = rng.choices(["Class I", "Class II", "Processing"],
                                        weights=[2, 5, 30] if variety[2] == "Cider" else [70, 22, 8])[0]  # fmt: skip
                    if grade == "Processing" or variety[1] in ("Cherry", "Plum", "Damson"):
                        storage = "Sold fresh"
                    elif variety[0] in ("Bramley", "Cox's Orange Pippin", "Braeburn", "Gala", "Conference"):
                        storage = rng.choices(["Controlled atmosphere", "Cold store", "Sold fresh"],
                                              weights=[5, 3, 2])[0]  # fmt: skip
                    else:
                        storage = rng.choices(["Cold store", "Sold fresh"], weights=[3, 4])[0]
                    batches.append((orchard_id, variety_id, day.isoformat(), rng.choice(supervisors),
                                    round(kilos, 1), bins, grade, storage))  # fmt: skip
    batches.sort(key=lambda b: (b[2], b[0], b[1]))
    return [(i, *b) for i, b in enumerate(batches, 1)]


def _shifts(rng: random.Random, workers: list[tuple], batches: list[tuple]) -> list[tuple]:
    harvest_days: dict[str, list[int]] = {}
    for b in batches:
        harvest_days.setdefault(b[3], [])
        if b[1] not in harvest_days[b[3]]:
            harvest_days[b[3]].append(b[1])
    no_shows = {w[0] for w in workers if w[4] == "Seasonal" and w[0] % 17 == 5}
    shifts = []
    for w in workers:
        wid, role, kind = w[0], w[3], w[4]
        if wid in no_shows:
            continue
        start = max(dt.date.fromisoformat(w[7]), _START)
        end = min(dt.date.fromisoformat(w[8]) if w[8] else _END, _END)
        if kind == "Permanent":
            n = {"Orchard Manager": 260, "Supervisor": 170, "Tractor Driver": 150, "Shop Assistant": 150,
                 "Packer": 160}[role]  # fmt: skip
            n = round(n * ((end - start).days + 1) / 1096)
        else:
            keen = 1.5 if wid % 5 == 0 else 1.0
            n = round(((end - start).days + 1) * 0.45 * keen * rng.uniform(0.6, 1.0))
        days = set()
        tries = 0
        while len(days) < n and tries < n * 20:
            tries += 1
            day = random_day(rng, start, end)
            if day.weekday() == 6 and kind == "Seasonal":
                continue
            days.add(day)
        for day in sorted(days):
            key = day.isoformat()
            in_harvest = key in harvest_days
            if role == "Shop Assistant":
                task, orchard = "Shop", None
            elif role == "Packer":
                task, orchard = "Packing", None
            elif role == "Picker":
                if in_harvest and rng.random() < 0.85:
                    task, orchard = "Picking", rng.choice(harvest_days[key])
                else:
                    task = "Thinning" if day.month in (6, 7) else "Picking"
                    orchard = rng.choices(range(1, 7), weights=[8, 5, 6, 4, 2, 1])[0]
                    if task == "Picking":
                        orchard = rng.choices(range(1, 6), weights=[8, 5, 6, 4, 2])[0]
            elif role == "Tractor Driver":
                task = rng.choices(["Mowing", "Spraying", "Picking"],
                                   weights=[3, 3, 4 if day.month in (7, 8, 9, 10) else 0])[0]  # fmt: skip
                orchard = rng.choices(range(1, 7), weights=[8, 5, 6, 4, 2, 3])[0]
            else:  # managers and supervisors
                if day.month in (7, 8, 9, 10) and in_harvest:
                    task, orchard = "Picking", rng.choice(harvest_days[key])
                elif day.month in (12, 1, 2, 3):
                    task, orchard = "Pruning", rng.choices(range(1, 7), weights=[8, 5, 6, 4, 2, 3])[0]
                else:
                    task = rng.choice(["Thinning", "Spraying", "Mowing"])
                    orchard = rng.choices(range(1, 7), weights=[8, 5, 6, 4, 2, 3])[0]
            if orchard is not None and orchard == 6 and task == "Picking":
                orchard = 1
            hours = rng.choice([4.0, 6.0, 7.5, 8.0, 8.0, 8.5, 9.0, 10.0]) if kind == "Seasonal" else \
                rng.choice([6.0, 7.5, 8.0, 8.0, 8.5])  # fmt: skip
            shifts.append((wid, orchard, key, task, hours))
    shifts.sort(key=lambda s: (s[2], s[0]))
    return [(i, *s) for i, s in enumerate(shifts, 1)]


def _wholesale(rng: random.Random) -> tuple[list[tuple], list[tuple], list[tuple]]:
    customers = []
    for i, c in enumerate(_CUSTOMERS, 1):
        opened = random_day(rng, dt.date(2015, 1, 1), dt.date(2022, 6, 30)) if i <= 18 else \
            random_day(rng, dt.date(2022, 7, 1), dt.date(2024, 9, 30))  # fmt: skip
        customers.append((i, c[0], c[1], c[2], c[3], opened.isoformat()))
    month_weights = {1: 4, 2: 4, 3: 3, 4: 2, 5: 1, 6: 1, 7: 3, 8: 6, 9: 10, 10: 10, 11: 7, 12: 6}
    fresh = {7: [14, 15], 8: [6, 12], 9: [1, 3, 5, 8, 9, 10, 13, 16], 10: [1, 2, 3, 4, 9, 11]}
    stored = [1, 2, 3, 4, 9]
    orders, lines = [], []
    draft = []
    for _ in range(900):
        cid = rng.choices(range(1, len(_CUSTOMERS) + 1), weights=[c[4] for c in _CUSTOMERS])[0]
        opened = dt.date.fromisoformat(customers[cid - 1][5])
        while True:
            month = rng.choices(range(1, 13), weights=[month_weights[m] for m in range(1, 13)])[0]
            year = rng.choice(_YEARS)
            day = random_day(rng, *_month_range(year, month))
            if day >= opened and day.weekday() < 6:
                break
        draft.append((day, cid))
    draft.sort()
    for day, cid in draft:
        order_id = len(orders) + 1
        kind = _CUSTOMERS[cid - 1][2]
        if day >= dt.date(2024, 12, 16) and rng.random() < 0.7:
            status, delivered = "Pending", None
        elif rng.random() < 0.07:
            status, delivered = "Cancelled", None
        else:
            status, delivered = "Delivered", (day + dt.timedelta(days=rng.choice([1, 1, 2, 2, 3, 4]))).isoformat()
        orders.append((order_id, cid, day.isoformat(), delivered, status))
        if kind == "Cider maker":
            choices = [7, 7, 7, 8, 8, 2]
        else:
            choices = fresh.get(day.month, []) + stored + ([12] if day.month == 9 else [])
            choices = [v for v in choices if v != 7]
        for variety_id in rng.sample(sorted(set(choices)), min(len(set(choices)), rng.choice([1, 1, 2, 2, 3, 4]))):
            variety = _VARIETIES[variety_id - 1]
            if kind == "Cider maker":
                quantity = rng.randrange(10, 61) * 50
                grade = "Processing"
            elif kind in ("Independent supermarket", "Farm shop"):
                quantity = rng.randrange(4, 31) * 10
                grade = rng.choices(["Class I", "Class II"], weights=[8, 2])[0]
            elif kind == "Restaurant":
                quantity = rng.randrange(2, 11) * 5
                grade = rng.choices(["Class I", "Class II"], weights=[5, 5])[0]
            else:
                quantity = rng.randrange(2, 16) * 10
                grade = rng.choices(["Class I", "Class II"], weights=[6, 4])[0]
            price = variety[4] * (1 + 0.05 * (day.year - 2022))
            price *= {"Class I": 1.0, "Class II": 0.8, "Processing": 1.0}[grade]
            price *= {"Cider maker": 1.0, "Restaurant": 1.1, "Independent supermarket": 0.95}.get(kind, 1.0)
            lines.append((len(lines) + 1, order_id, variety_id, quantity, round(price, 2), grade))
    return customers, orders, lines


def _shop(rng: random.Random) -> tuple[list[tuple], list[tuple]]:
    products = [(i, p[0], p[1], p[2], p[3]) for i, p in enumerate(_PRODUCTS, 1)]
    busy = {2: 0.5, 3: 0.6, 4: 0.8, 5: 0.8, 6: 0.9, 7: 1.1, 8: 1.3, 9: 1.6, 10: 1.5, 11: 0.9, 12: 1.4}
    sales = []
    day = _START
    while day <= _END:
        if day.month != 1 and day.weekday() != 0:
            open_products = [p for p in _PRODUCTS if p[4] > 0 and (p[5] is None or day.month in p[5])]
            weights = [p[4] for p in open_products]
            n = round(rng.uniform(3, 12) * busy[day.month] * (1.7 if day.weekday() >= 5 else 1.0)
                      * (1 + 0.08 * (day.year - 2022)))  # fmt: skip
            for _ in range(n):
                product = rng.choices(open_products, weights=weights)[0]
                pid = _PRODUCTS.index(product) + 1
                quantity = rng.choices([1, 2, 3, 4, 6], weights=[60, 25, 8, 4, 3])[0]
                if product[1] == "Gifts":
                    quantity = 1
                total = round(product[2] * quantity * (0.9 if quantity >= 6 else 1.0), 2)
                method = "Cash" if rng.random() < (0.32 - 0.07 * (day.year - 2022)) else "Card"
                sales.append((len(sales) + 1, day.isoformat(), pid, quantity, total, method))
        day += dt.timedelta(days=1)
    return products, sales


def _pick_your_own(rng: random.Random) -> list[tuple]:
    hosts = {1: [1, 2, 3], 2: [1, 6, 12], 5: [1, 2, 5, 12, 14]}
    sessions = []
    price = {"Apple": 2.00, "Pear": 2.20, "Plum": 3.00, "Cherry": 7.00}
    day = _START
    while day <= _END:
        if day.weekday() >= 5 and day.month in (7, 8, 9, 10):
            for orchard_id, varieties in hosts.items():
                ripe = [v for v in varieties if _VARIETIES[v - 1][3] in (day.month, day.month - 1)
                        and not (_VARIETIES[v - 1][1] == "Cherry" and day.month != 7)]  # fmt: skip
                if not ripe or rng.random() < 0.25:
                    continue
                variety_id = rng.choice(ripe)
                fruit = _VARIETIES[variety_id - 1][1]
                for start in ("09:30", "13:30"):
                    if start == "13:30" and (orchard_id == 5 or rng.random() < 0.4):
                        continue
                    capacity = {1: 60, 2: 40, 5: 25}[orchard_id]
                    if rng.random() < 0.08:
                        sessions.append((orchard_id, variety_id, day.isoformat(), start, capacity, 0, 0.0, 0.0,
                                         "Cancelled"))  # fmt: skip
                        continue
                    visitors = max(3, min(capacity, round(capacity * rng.uniform(0.35, 1.1)
                                                          * (1.2 if fruit == "Cherry" else 1.0))))  # fmt: skip
                    kilos = round(visitors * rng.uniform(1.2, 3.5), 1)
                    sessions.append((orchard_id, variety_id, day.isoformat(), start, capacity, visitors, kilos,
                                     round(kilos * price[fruit], 2), "Held"))  # fmt: skip
        day += dt.timedelta(days=1)
    return [(i, *s) for i, s in enumerate(sessions, 1)]


def _rows(seed: int = 40817) -> dict[str, list[tuple]]:
    rng = random.Random(seed)
    orchards = [(i, *o[:6]) for i, o in enumerate(_ORCHARDS, 1)]
    varieties = [(i, *v) for i, v in enumerate(_VARIETIES, 1)]
    workers = _workers(rng)
    batches = _harvest(rng, workers)
    shifts = _shifts(rng, workers, batches)
    customers, orders, lines = _wholesale(rng)
    products, sales = _shop(rng)
    sessions = _pick_your_own(rng)
    return {"orchards": orchards, "fruit_varieties": varieties, "workers": workers, "work_shifts": shifts,
            "harvest_batches": batches, "wholesale_customers": customers, "wholesale_orders": orders,
            "wholesale_order_lines": lines, "shop_products": products, "shop_sales": sales,
            "pick_your_own_sessions": sessions}  # fmt: skip


def build_orchard_database(path: str | Path) -> Path:
    """Write the fruit farm's database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
