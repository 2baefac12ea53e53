"""A made-up chain of artisan bakeries in West and North Yorkshire that also bakes for wholesale accounts, written by
someone who had not seen the engine's rules: the ``bakery`` dev set's database.

Eleven tables with foreign keys. ``shops`` are the six bakeries (name, town, street, the day each ``opened_on`` and
``has_seating`` 'Y'/'N' for an eat-in area). ``categories`` is the lookup of product category codes (``code`` such
as 'BRD' bread, 'VIE' viennoiserie, 'CAK' cakes and traybakes, 'SAV' savouries, 'BIS' biscuits and cookies, 'DRK'
hot drinks, with a ``name``). ``products`` are what the shops sell: a name, ``category_code``, the retail
``unit_price``, a ``wholesale_price`` (empty when the product is not sold to trade customers), ``is_vegan`` 0/1,
``launched_on`` and ``discontinued`` 'Y'/'N'. ``staff`` are the people (first and last name, home shop, ``role``
such as Baker, Counter Assistant, Shift Lead, Manager or Driver, ``hourly_rate``, ``started_on`` and ``left_on``,
empty for current staff). ``shifts`` are rota entries (a member of staff at a shop on ``shift_date``, ``starts_at``
as HH:MM and ``hours``). ``batches`` are the daily production runs (shop, product, ``baked_on``, ``quantity`` and the
``baker_id`` who baked them). ``write_offs`` is end-of-day waste against a batch (``written_off_on``, ``quantity``
and a ``reason`` code: 'UNS' unsold, 'DON' donated to a food charity, 'DMG' damaged or dropped, 'QC' failed the
quality check). ``sales`` are till transactions (shop, ``till_no``, ``sold_at`` as 'YYYY-MM-DD HH:MM', ``payment``
'CARD', 'CASH' or 'APP' for the loyalty app, and the ``staff_id`` who served) and ``sale_lines`` their items
(product, ``quantity``, the ``unit_price`` charged at the time). ``customers`` are the wholesale accounts (cafes,
hotels, restaurants and delis: a name, ``kind`` 'CAFE', 'HOTEL', 'RESTAURANT' or 'DELI', town, ``account_status``
'A' active, 'H' on hold for late payment or 'C' closed, ``opened_on`` and ``payment_days`` terms) and ``deliveries``
are the trade drops (customer, product, ``delivered_on``, ``order_type`` 'S' from a standing order or 'O' a one-off,
``quantity_ordered``, ``quantity_delivered``, the ``unit_price`` charged, a ``status`` 'D' delivered in full, 'P'
part delivered or 'X' cancelled, and the ``driver_id``). Rows come from a fixed seed, so every build holds the same
rows; a few hotels take most of the deliveries, some accounts never had one, hot drinks are never baked and some
staff never worked a rota shift.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_bakery_database(pathlib.Path(tempfile.mkdtemp()) / "bakery.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM shops").fetchone()
    (6,)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_bakery_database"]

_SCHEMA = """
CREATE TABLE shops (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, town TEXT NOT NULL, street TEXT NOT NULL, opened_on DATE NOT NULL,
    has_seating TEXT NOT NULL
);
CREATE TABLE categories (
    code TEXT PRIMARY KEY, name TEXT NOT NULL
);
CREATE TABLE products (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, category_code TEXT NOT NULL REFERENCES categories (code),
    unit_price NUMERIC NOT NULL, wholesale_price NUMERIC, is_vegan INTEGER NOT NULL, launched_on DATE NOT NULL,
    discontinued TEXT NOT NULL
);
CREATE TABLE staff (
    id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
    shop_id INTEGER NOT NULL REFERENCES shops (id), role TEXT NOT NULL, hourly_rate NUMERIC NOT NULL,
    started_on DATE NOT NULL, left_on DATE
);
CREATE TABLE shifts (
    id INTEGER PRIMARY KEY, staff_id INTEGER NOT NULL REFERENCES staff (id),
    shop_id INTEGER NOT NULL REFERENCES shops (id), shift_date DATE NOT NULL, starts_at TEXT NOT NULL,
    hours NUMERIC NOT NULL
);
CREATE TABLE batches (
    id INTEGER PRIMARY KEY, shop_id INTEGER NOT NULL REFERENCES shops (id),
    product_id INTEGER NOT NULL REFERENCES products (id), baked_on DATE NOT NULL, quantity INTEGER NOT NULL,
    baker_id INTEGER NOT NULL REFERENCES staff (id)
);
CREATE TABLE write_offs (
    id INTEGER PRIMARY KEY, batch_id INTEGER NOT NULL REFERENCES batches (id), written_off_on DATE NOT NULL,
    quantity INTEGER NOT NULL, reason TEXT NOT NULL
);
CREATE TABLE sales (
    id INTEGER PRIMARY KEY, shop_id INTEGER NOT NULL REFERENCES shops (id), till_no INTEGER NOT NULL,
    sold_at TEXT NOT NULL, payment TEXT NOT NULL, staff_id INTEGER NOT NULL REFERENCES staff (id)
);
CREATE TABLE sale_lines (
    id INTEGER PRIMARY KEY, sale_id INTEGER NOT NULL REFERENCES sales (id),
    product_id INTEGER NOT NULL REFERENCES products (id), quantity INTEGER NOT NULL, unit_price NUMERIC NOT NULL
);
CREATE TABLE customers (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, town TEXT NOT NULL,
    account_status TEXT NOT NULL, opened_on DATE NOT NULL, payment_days INTEGER NOT NULL
);
CREATE TABLE deliveries (
    id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers (id),
    product_id INTEGER NOT NULL REFERENCES products (id), delivered_on DATE NOT NULL, order_type TEXT NOT NULL,
    quantity_ordered INTEGER NOT NULL, quantity_delivered INTEGER NOT NULL, unit_price NUMERIC NOT NULL,
    status TEXT NOT NULL, driver_id INTEGER NOT NULL REFERENCES staff (id)
);
"""

#: name, town, street, opened, seating, trade weight (share of till sales), tills
_SHOPS = [
    ("Ilkley Grove", "Ilkley", "The Grove", "2016-03-12", "Y", 9, 2),
    ("Otley Market Place", "Otley", "Market Place", "2018-07-07", "N", 5, 1),
    ("Skipton High Street", "Skipton", "High Street", "2019-10-19", "Y", 6, 2),
    ("Harrogate Montpellier", "Harrogate", "Montpellier Parade", "2020-09-05", "Y", 10, 3),
    ("Headingley", "Leeds", "Otley Road", "2021-11-13", "N", 6, 1),
    ("Chapel Allerton", "Leeds", "Harrogate Road", "2024-04-20", "Y", 4, 1),
]
_CATEGORIES = [("BRD", "Bread"), ("VIE", "Viennoiserie"), ("CAK", "Cakes and traybakes"), ("SAV", "Savouries"),
               ("BIS", "Biscuits and cookies"), ("DRK", "Hot drinks")]  # fmt: skip
#: name, category, retail price, wholesale price, vegan, launched, discontinued, popularity, batch size
_PRODUCTS = [
    ("Sourdough Loaf", "BRD", 4.50, 3.10, 1, "2016-03-12", "N", 14, (20, 45)),
    ("Seeded Rye", "BRD", 4.80, 3.30, 1, "2016-03-12", "N", 5, (10, 25)),
    ("White Bloomer", "BRD", 3.20, 2.10, 1, "2016-03-12", "N", 6, (15, 35)),
    ("Wholemeal Tin", "BRD", 3.00, 2.00, 1, "2016-03-12", "N", 4, (10, 25)),
    ("Baguette", "BRD", 2.20, 1.40, 1, "2017-05-01", "N", 7, (20, 50)),
    ("Focaccia", "BRD", 3.80, 2.60, 1, "2019-02-01", "N", 5, (8, 20)),
    ("Ciabatta", "BRD", 2.60, 1.70, 1, "2018-01-15", "N", 3, (12, 30)),
    ("Spelt Loaf", "BRD", 5.20, 3.60, 1, "2021-03-01", "N", 2, (8, 18)),
    ("Brioche Loaf", "BRD", 4.20, 2.90, 0, "2019-09-01", "N", 2, (8, 16)),
    ("Fruit Loaf", "BRD", 3.90, None, 0, "2016-03-12", "N", 2, (6, 14)),
    ("Yorkshire Teacakes (4)", "BRD", 2.80, 1.80, 0, "2016-03-12", "N", 3, (10, 24)),
    ("Sourdough Rolls", "BRD", 0.90, 0.55, 1, "2017-05-01", "N", 4, (40, 120)),
    ("Olive Sourdough", "BRD", 5.00, 3.40, 1, "2018-04-01", "Y", 1, (6, 14)),
    ("Croissant", "VIE", 1.90, 1.15, 0, "2016-03-12", "N", 16, (30, 80)),
    ("Pain au Chocolat", "VIE", 2.20, 1.35, 0, "2016-03-12", "N", 10, (24, 60)),
    ("Almond Croissant", "VIE", 2.90, 1.90, 0, "2017-09-01", "N", 7, (12, 30)),
    ("Cinnamon Bun", "VIE", 3.00, 1.95, 0, "2018-10-01", "N", 11, (18, 48)),
    ("Cardamom Bun", "VIE", 3.10, 2.00, 0, "2021-05-01", "N", 6, (12, 36)),
    ("Pain aux Raisins", "VIE", 2.40, 1.50, 0, "2016-03-12", "Y", 2, (12, 24)),
    ("Danish Pastry", "VIE", 2.60, 1.60, 0, "2017-01-10", "N", 4, (12, 30)),
    ("Lemon Drizzle Slice", "CAK", 2.95, 1.80, 0, "2016-03-12", "N", 5, (12, 24)),
    ("Chocolate Brownie", "CAK", 2.75, 1.70, 0, "2016-03-12", "N", 8, (16, 32)),
    ("Carrot Cake Slice", "CAK", 3.40, 2.10, 0, "2017-03-01", "N", 4, (10, 20)),
    ("Victoria Sponge Slice", "CAK", 3.20, None, 0, "2016-03-12", "N", 3, (8, 16)),
    ("Bakewell Tart", "CAK", 2.90, None, 0, "2018-06-01", "N", 3, (10, 20)),
    ("Vegan Flapjack", "CAK", 2.40, 1.45, 1, "2020-01-06", "N", 4, (16, 32)),
    ("Millionaire's Shortbread", "CAK", 2.80, 1.70, 0, "2016-03-12", "N", 5, (16, 32)),
    ("Parkin", "CAK", 2.20, None, 0, "2016-10-01", "N", 2, (12, 24)),
    ("Eccles Cake", "CAK", 2.30, 1.40, 0, "2016-03-12", "N", 2, (12, 24)),
    ("Sausage Roll", "SAV", 3.20, 2.00, 0, "2016-03-12", "N", 12, (24, 60)),
    ("Vegan Sausage Roll", "SAV", 3.20, 2.00, 1, "2019-01-02", "N", 6, (12, 36)),
    ("Cheese and Onion Pasty", "SAV", 3.60, 2.30, 0, "2016-03-12", "N", 6, (12, 36)),
    ("Spinach and Feta Swirl", "SAV", 3.40, 2.10, 0, "2020-04-01", "N", 3, (10, 24)),
    ("Quiche Lorraine Slice", "SAV", 4.20, None, 0, "2017-02-01", "Y", 1, (8, 16)),
    ("Steak Pasty", "SAV", 4.10, 2.60, 0, "2016-03-12", "N", 4, (12, 30)),
    ("Chocolate Chip Cookie", "BIS", 1.80, 1.10, 0, "2016-03-12", "N", 7, (24, 60)),
    ("Oat and Raisin Cookie", "BIS", 1.80, 1.10, 1, "2016-03-12", "N", 3, (18, 40)),
    ("Shortbread Finger", "BIS", 1.20, None, 0, "2016-03-12", "N", 2, (20, 40)),
    ("Ginger Biscuit", "BIS", 1.10, None, 1, "2022-09-01", "N", 1, (20, 40)),
    ("Flat White", "DRK", 3.20, None, 0, "2016-03-12", "N", 15, None),
    ("Americano", "DRK", 2.80, None, 1, "2016-03-12", "N", 10, None),
    ("Pot of Tea", "DRK", 2.20, None, 1, "2016-03-12", "N", 6, None),
    ("Hot Chocolate", "DRK", 3.40, None, 0, "2016-03-12", "N", 5, None),
]
#: name, kind, town, status, opened, terms, delivery weight
_CUSTOMERS = [
    ("The Grand Hotel Harrogate", "HOTEL", "Harrogate", "A", "2020-10-01", 30, 30),
    ("Rombalds Hotel", "HOTEL", "Ilkley", "A", "2017-02-14", 30, 22),
    ("The Devonshire Arms", "HOTEL", "Bolton Abbey", "A", "2019-05-01", 30, 18),
    ("Cow and Calf Cafe", "CAFE", "Ilkley", "A", "2018-03-01", 14, 9),
    ("Riverside Kiosk", "CAFE", "Otley", "A", "2019-04-12", 14, 5),
    ("Bean and Leaf", "CAFE", "Skipton", "A", "2020-02-03", 14, 6),
    ("Lamplight Coffee", "CAFE", "Leeds", "H", "2021-08-16", 14, 4),
    ("Little Valley Deli", "DELI", "Skipton", "A", "2021-01-11", 14, 5),
    ("Salts Mill Cafe", "CAFE", "Saltaire", "A", "2022-03-01", 14, 4),
    ("The Swan Inn", "RESTAURANT", "Addingham", "A", "2019-11-01", 30, 3),
    ("Bettys Lane Bistro", "RESTAURANT", "Harrogate", "C", "2020-06-15", 30, 2),
    ("Hales Bar Kitchen", "RESTAURANT", "Harrogate", "A", "2023-02-01", 30, 3),
    ("The Ivy Leaf", "CAFE", "Leeds", "A", "2022-09-05", 14, 4),
    ("Hyde Park Deli", "DELI", "Leeds", "A", "2021-12-01", 14, 3),
    ("Kirkgate Coffee", "CAFE", "Otley", "C", "2019-01-07", 14, 2),
    ("Wharfedale Farm Shop", "DELI", "Burley in Wharfedale", "A", "2023-05-15", 14, 3),
    ("Craven Arms", "RESTAURANT", "Skipton", "H", "2022-04-01", 30, 2),
    ("Oakwood Tearooms", "CAFE", "Leeds", "A", "2024-01-08", 14, 3),
    ("The Old Swan Hotel", "HOTEL", "Harrogate", "A", "2023-09-01", 30, 6),
    ("Moorview Care Home", "RESTAURANT", "Ilkley", "A", "2025-06-02", 30, 0),
    ("Ginger Tom Cafe", "CAFE", "Skipton", "A", "2025-05-19", 14, 0),
    ("Valley Gardens Kiosk", "CAFE", "Harrogate", "C", "2021-04-01", 14, 0),
]
_FIRST = ["Amy", "Ben", "Chloe", "Dan", "Ellie", "Finn", "Grace", "Harvey", "Isla", "Jake", "Katie", "Liam", "Maya",
          "Nathan", "Olivia", "Priya", "Rory", "Sophie", "Tom", "Zara", "Hannah", "Josh", "Megan", "Ryan", "Lucy",
          "Callum", "Beth", "Owen", "Freya", "Sam"]  # fmt: skip
_LAST = ["Akroyd", "Barraclough", "Brear", "Crabtree", "Dewhirst", "Firth", "Greenwood", "Holroyd", "Illingworth",
         "Jowett", "Kitching", "Lister", "Midgley", "Naylor", "Oldroyd", "Pickles", "Rushworth", "Sutcliffe",
         "Thackray", "Wainwright", "Ackroyd", "Hirst", "Mitchell", "Shaw", "Walsh", "Khan", "Ahmed",
         "Novak"]  # fmt: skip
_RATE = {"Manager": 15.20, "Shift Lead": 12.90, "Head Baker": 16.50, "Baker": 13.40, "Counter Assistant": 11.44,
         "Driver": 12.60}  # fmt: skip
_START = dt.date(2022, 1, 1)
_END = dt.date(2025, 6, 30)
_PRICE_FACTOR = {2022: 0.88, 2023: 0.94, 2024: 1.0, 2025: 1.04}


def _price(base: float, year: int) -> float:
    """The price in ``year``: ``base`` is the 2024 price, rounded to 5p."""
    return round(round(base * _PRICE_FACTOR[year] * 20) / 20, 2)


def _rows(seed: int = 5120) -> dict[str, list[tuple]]:  # noqa: PLR0915 - one generator per table, in order
    rng = random.Random(seed)
    shops = [(i, *s[:5]) for i, s in enumerate(_SHOPS, 1)]
    opened = {i: max(_START, dt.date.fromisoformat(s[3])) for i, s in enumerate(_SHOPS, 1)}
    categories = list(_CATEGORIES)
    products = [(i, *p[:7]) for i, p in enumerate(_PRODUCTS, 1)]
    # staff: per shop a manager, a shift lead, bakers and counter assistants; drivers and a head baker at Otley
    names = rng.sample([(f, s) for f in _FIRST for s in _LAST], 70)
    plan = []
    for shop in range(1, 7):
        bakers = 2 if shop in (2, 6) else 3
        counter = _SHOPS[shop - 1][5] // 2 + 1
        plan += [(shop, "Manager"), (shop, "Shift Lead")] + [(shop, "Baker")] * bakers
        plan += [(shop, "Counter Assistant")] * counter
    plan += [(2, "Head Baker"), (2, "Driver"), (2, "Driver"), (2, "Driver"), (1, "Counter Assistant"),
             (4, "Counter Assistant"), (4, "Baker"), (3, "Counter Assistant")]  # fmt: skip
    staff = []
    for i, (shop, role) in enumerate(plan, 1):
        first, last = names[i - 1]
        earliest = dt.date.fromisoformat(_SHOPS[shop - 1][3])
        if role in ("Manager", "Head Baker") or rng.random() < 0.35:
            start = random_day(rng, earliest, earliest + dt.timedelta(days=400))
        else:
            start = random_day(rng, max(earliest, dt.date(2019, 1, 1)), dt.date(2025, 3, 31))
        left = None
        earliest_leave = max(start + dt.timedelta(days=120), _START)
        if role not in ("Manager", "Head Baker") and rng.random() < 0.22 and earliest_leave < dt.date(2025, 6, 1):
            left = random_day(rng, earliest_leave, dt.date(2025, 6, 1)).isoformat()
        years = min(max(2025 - start.year, 0), 6)
        rate = round(_RATE[role] + 0.15 * years + rng.randrange(0, 5) * 0.1, 2)
        staff.append((i, first, last, shop, role, rate, start.isoformat(), left))
    # the last two hires started too recently to appear on the rota, and managers are not rostered
    last_hires = sorted(staff, key=lambda s: (s[6], s[0]))[-2:]
    staff_start = {s[0]: max(dt.date.fromisoformat(s[6]), _START) for s in staff}
    staff_end = {s[0]: dt.date.fromisoformat(s[7]) if s[7] else _END for s in staff}

    def working(shop: int, roles: tuple[str, ...], day: dt.date) -> list[tuple]:
        return [s for s in staff if s[3] == shop and s[4] in roles and staff_start[s[0]] <= day <= staff_end[s[0]]]

    shifts = []
    rostered = [s for s in staff if s[4] not in ("Manager",) and s not in last_hires]
    shift_weight = [3 if s[4] == "Baker" else (4 if s[0] % 9 == 2 else 1.5) for s in rostered]
    while len(shifts) < 2600:
        person = rng.choices(rostered, weights=shift_weight)[0]
        lo, hi = max(staff_start[person[0]], dt.date(2023, 1, 2)), min(staff_end[person[0]], _END)
        if lo > hi:
            continue
        day = random_day(rng, lo, hi)
        shop = person[3] if rng.random() < 0.93 else rng.randint(1, 6)
        if day < opened[shop]:
            shop = person[3]
        if person[4] in ("Baker", "Head Baker"):
            starts, hours = rng.choice(["04:00", "04:30", "05:00"]), rng.choice([7.5, 8, 8, 8.5])
        elif person[4] == "Driver":
            starts, hours = rng.choice(["05:30", "06:00"]), rng.choice([6, 7, 7.5])
        else:
            starts = rng.choice(["06:30", "07:00", "07:30", "10:00", "12:00"])
            hours = rng.choice([4, 5, 6, 7.5, 8]) if starts < "10:00" else rng.choice([4, 5, 5.5])
        shifts.append((0, person[0], shop, day.isoformat(), starts, hours))
    shifts.sort(key=lambda r: (r[3], r[2], r[4], r[1]))
    shifts = [(i, *r[1:]) for i, r in enumerate(shifts, 1)]
    # production: batches at every shop (Otley bakes a bigger share as it also supplies wholesale)
    baked = [p for p in products if _PRODUCTS[p[0] - 1][8] is not None]
    batch_shop_weight = [s[5] + (8 if i == 2 else 0) for i, s in enumerate(_SHOPS, 1)]
    batches = []
    while len(batches) < 3200:
        shop = rng.choices(range(1, 7), weights=batch_shop_weight)[0]
        product = rng.choices(baked, weights=[_PRODUCTS[p[0] - 1][7] for p in baked])[0]
        first_day = max(opened[shop], dt.date.fromisoformat(product[6]))
        day = random_day(rng, first_day, _END)
        if product[7] == "Y" and day > dt.date(2023, 6, 30):
            continue
        bakers = working(shop, ("Baker", "Head Baker", "Shift Lead"), day)
        if shop == 2:
            bakers += [s for s in staff if s[4] == "Head Baker"]
        if not bakers:
            continue
        lo, hi = _PRODUCTS[product[0] - 1][8]
        batches.append((0, shop, product[0], day.isoformat(), rng.randint(lo, hi), rng.choice(bakers)[0]))
    batches.sort(key=lambda r: (r[3], r[1], r[2], r[5]))
    batches = [(i, *r[1:]) for i, r in enumerate(batches, 1)]
    write_offs = []
    for batch in batches:
        product = _PRODUCTS[batch[2] - 1]
        chance = 0.55 if product[1] in ("SAV", "VIE") else (0.35 if product[1] == "BRD" else 0.25)
        if batch[2] == 13:  # the olive sourdough never sold well
            chance = 0.9
        if rng.random() >= chance:
            continue
        reason = rng.choices(["UNS", "DON", "DMG", "QC"], weights=[60, 25, 8, 7])[0]
        if reason in ("DMG", "QC"):
            qty = rng.randint(1, max(1, batch[4] // 8))
        else:
            qty = rng.randint(1, max(1, batch[4] // 3))
        day = dt.date.fromisoformat(batch[3])
        if reason == "DON" and rng.random() < 0.3:
            day += dt.timedelta(days=1)
        write_offs.append((len(write_offs) + 1, batch[0], day.isoformat(), qty, reason))
    # till sales
    sellable = list(products)
    sales, sale_lines = [], []
    while len(sales) < 3400:
        shop = rng.choices(range(1, 7), weights=[s[5] for s in _SHOPS])[0]
        day = random_day(rng, opened[shop], _END)
        if day.weekday() == 0 and shop in (2, 5):  # Otley and Headingley close on Mondays
            continue
        servers = working(shop, ("Counter Assistant", "Shift Lead", "Manager"), day)
        if not servers:
            continue
        minute = rng.randrange(7 * 60 + 30, 17 * 60)
        if rng.random() < 0.35:
            minute = rng.randrange(8 * 60, 10 * 60)
        sold_at = f"{day.isoformat()} {minute // 60:02d}:{minute % 60:02d}"
        payment = rng.choices(["CARD", "CASH", "APP"], weights=[70, 16, 14 if day.year >= 2023 else 0])[0]
        till = rng.randint(1, _SHOPS[shop - 1][6])
        server = rng.choices(servers, weights=[4 if s[4] == "Counter Assistant" else 1 for s in servers])[0]
        sale_id = len(sales) + 1
        sales.append((sale_id, shop, till, sold_at, payment, server[0]))
        available = [p for p in sellable if dt.date.fromisoformat(p[6]) <= day
                     and not (p[7] == "Y" and day > dt.date(2023, 6, 30))]  # fmt: skip
        n_lines = rng.choices([1, 2, 3, 4], weights=[40, 35, 18, 7])[0]
        chosen = []
        while len(chosen) < n_lines:
            product = rng.choices(available, weights=[_PRODUCTS[p[0] - 1][7] for p in available])[0]
            if product not in chosen:
                chosen.append(product)
        for product in chosen:
            qty = rng.choices([1, 2, 3, 4, 6], weights=[70, 18, 5, 4, 3])[0]
            if product[2] == "DRK":
                qty = rng.choices([1, 2], weights=[80, 20])[0]
            sale_lines.append((len(sale_lines) + 1, sale_id, product[0], qty, _price(product[3], day.year)))
    sales_order = sorted(sales, key=lambda s: (s[3], s[1], s[0]))
    new_id = {s[0]: i for i, s in enumerate(sales_order, 1)}
    sales = [(new_id[s[0]], *s[1:]) for s in sales_order]
    sale_lines = sorted(((0, new_id[line[1]], *line[2:]) for line in sale_lines), key=lambda r: r[1])
    sale_lines = [(i, *r[1:]) for i, r in enumerate(sale_lines, 1)]
    # wholesale
    customers = [(i, *c[:6]) for i, c in enumerate(_CUSTOMERS, 1)]
    trade = [p for p in products if p[4] is not None and p[7] == "N"]
    standing, extras = {}, {}
    for i in range(1, len(_CUSTOMERS) + 1):
        kind = _CUSTOMERS[i - 1][1]
        pool = [p for p in trade if (p[2] in ("BRD", "VIE") if kind == "HOTEL" else True)]
        standing[i] = rng.sample(pool, 4 if kind == "HOTEL" else 3)
        extras[i] = rng.sample([p for p in trade if p not in standing[i]], rng.randint(4, 9))
    closed_on = {11: dt.date(2024, 2, 29), 15: dt.date(2023, 8, 31)}
    drivers = [s for s in staff if s[4] == "Driver"]
    deliveries = []
    while len(deliveries) < 2400:
        cust = rng.choices(range(1, len(_CUSTOMERS) + 1), weights=[c[6] for c in _CUSTOMERS])[0]
        first = max(_START, dt.date.fromisoformat(_CUSTOMERS[cust - 1][4]))
        day = random_day(rng, first, closed_on.get(cust, _END))
        if day.weekday() == 6:
            continue
        if rng.random() < 0.82:
            order_type, product = "S", rng.choice(standing[cust])
        else:
            order_type, product = "O", rng.choice(extras[cust])
        size = {"HOTEL": (24, 80), "CAFE": (6, 30), "DELI": (6, 24), "RESTAURANT": (10, 40)}[_CUSTOMERS[cust - 1][1]]
        ordered = rng.randint(*size)
        status = rng.choices(["D", "P", "X"], weights=[88, 8, 4])[0]
        if cust == 7 and day > dt.date(2025, 3, 1):
            status = "X"
        delivered = {"D": ordered, "P": max(1, ordered - rng.randint(2, max(2, ordered // 3))), "X": 0}[status]
        on_duty = [d for d in drivers if staff_start[d[0]] <= day <= staff_end[d[0]]] or drivers
        deliveries.append((0, cust, product[0], day.isoformat(), order_type, ordered, delivered,
                           _price(product[4], day.year), status, rng.choice(on_duty)[0]))  # fmt: skip
    deliveries.sort(key=lambda r: (r[3], r[1], r[2], r[4]))
    deliveries = [(i, *r[1:]) for i, r in enumerate(deliveries, 1)]
    return {"shops": shops, "categories": categories, "products": products, "staff": staff, "shifts": shifts,
            "batches": batches, "write_offs": write_offs, "sales": sales, "sale_lines": sale_lines,
            "customers": customers, "deliveries": deliveries}  # fmt: skip


def build_bakery_database(path: str | Path) -> Path:
    """Write the bakery chain's database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
