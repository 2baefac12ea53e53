"""A made-up family wine estate, Hollow Creek Estate in South Australia, with its own vineyard, winery, cellar door
shop and wine club, written by someone who had not seen the engine's rules: the ``winery`` dev set's database.

Ten tables with foreign keys: ``grape_varieties`` (a ``variety_name`` such as 'Shiraz' or 'Riesling', the
``wine_colour`` 'Red' or 'White' of the grape and its ``country_of_origin``), ``vineyard_blocks`` (a named block of
vines: its ``block_name``, the grape variety planted, ``area_hectares``, ``year_planted``, ``soil_type``,
``is_irrigated`` and ``is_organic`` as 1 or 0), ``harvests`` (one pick of a block: ``harvest_date``,
``tonnes_picked``, the sugar ripeness ``sugar_brix``, ``picking_method`` 'Hand' or 'Machine' and ``notes``, empty on
most picks), ``wines`` (one bottling: ``wine_name``, the grape variety, empty for blends, ``vintage_year``, empty
for the non-vintage sparkling, ``wine_style`` such as 'Red', 'White', 'Rosé', 'Sparkling' or 'Dessert',
``bottling_date``, ``bottles_produced``, the cellar door ``bottle_price`` and ``alcohol_percent``), ``staff``
(``first_name``, ``last_name``, ``job_title`` such as 'Cellar door host', ``hire_date``, ``leave_date`` empty for
people still employed, and ``hourly_rate``, empty for the owner), ``club_members`` (wine club members:
``first_name``, ``last_name``, ``email``, ``phone`` when given, ``town``, ``state``, ``membership_level`` 'Classic',
'Reserve' or 'Collector', ``join_date``, ``status`` 'Active', 'Paused' or 'Cancelled' and a ``cancelled_date`` for
cancelled members), ``club_shipments`` (one club pack sent to a member: ``shipment_date``, ``delivery_method``
'Courier' or 'Pick up', ``shipping_fee``, ``total_amount`` including the fee, ``status`` 'Delivered', 'Returned' or
'Pending' and the ``delivered_date``, empty unless delivered), ``shipment_items`` (the wines in a pack: ``quantity``
of bottles and the member's ``unit_price``), ``tastings`` (cellar door tasting bookings: ``tasting_date``, the
hosting staff member, the club member when a member booked, ``booking_name``, ``party_size``, ``tasting_type``
'Classic flight', 'Reserve flight' or 'Vineyard tour', ``total_fee`` which is 0 for members on a classic flight, and
``status`` 'Completed', 'Cancelled' or 'No-show') and ``shop_sales`` (one line rung up in the cellar door shop:
``sale_date``, the wine, the staff member at the till, the club member when a member bought, ``quantity`` of
bottles, ``unit_price``, ``discount_amount``, ``total_amount`` and ``payment_method`` 'Card' or 'Cash'). Rows come
from a fixed seed, so every build holds the same rows; the Creekbed Shiraz sells far more than any other wine, a
handful of collector members buy much more than everyone else, December is the busiest month in the shop, vintage
2025 was a small frost-hit crop, one young block has not been picked yet and the Christmas 2025 club packs are still
pending.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_winery_database(pathlib.Path(tempfile.mkdtemp()) / "winery.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM grape_varieties").fetchone()
    (8,)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_winery_database"]

_SCHEMA = """
CREATE TABLE grape_varieties (
    id INTEGER PRIMARY KEY, variety_name TEXT NOT NULL UNIQUE, wine_colour TEXT NOT NULL,
    country_of_origin TEXT NOT NULL
);
CREATE TABLE vineyard_blocks (
    id INTEGER PRIMARY KEY, block_name TEXT NOT NULL UNIQUE,
    grape_variety_id INTEGER NOT NULL REFERENCES grape_varieties (id), area_hectares NUMERIC NOT NULL,
    year_planted INTEGER NOT NULL, soil_type TEXT NOT NULL, is_irrigated INTEGER NOT NULL,
    is_organic INTEGER NOT NULL
);
CREATE TABLE harvests (
    id INTEGER PRIMARY KEY, block_id INTEGER NOT NULL REFERENCES vineyard_blocks (id), harvest_date DATE NOT NULL,
    tonnes_picked NUMERIC NOT NULL, sugar_brix NUMERIC NOT NULL, picking_method TEXT NOT NULL, notes TEXT
);
CREATE TABLE wines (
    id INTEGER PRIMARY KEY, wine_name TEXT NOT NULL UNIQUE, grape_variety_id INTEGER REFERENCES grape_varieties (id),
    vintage_year INTEGER, wine_style TEXT NOT NULL, bottling_date DATE NOT NULL, bottles_produced INTEGER NOT NULL,
    bottle_price NUMERIC NOT NULL, alcohol_percent NUMERIC NOT NULL
);
CREATE TABLE staff (
    id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, job_title TEXT NOT NULL,
    hire_date DATE NOT NULL, leave_date DATE, hourly_rate NUMERIC
);
CREATE TABLE club_members (
    id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, email TEXT NOT NULL UNIQUE,
    phone TEXT, town TEXT NOT NULL, state TEXT NOT NULL, membership_level TEXT NOT NULL, join_date DATE NOT NULL,
    status TEXT NOT NULL, cancelled_date DATE
);
CREATE TABLE club_shipments (
    id INTEGER PRIMARY KEY, member_id INTEGER NOT NULL REFERENCES club_members (id), shipment_date DATE NOT NULL,
    delivery_method TEXT NOT NULL, shipping_fee NUMERIC NOT NULL, total_amount NUMERIC NOT NULL,
    status TEXT NOT NULL, delivered_date DATE
);
CREATE TABLE shipment_items (
    id INTEGER PRIMARY KEY, shipment_id INTEGER NOT NULL REFERENCES club_shipments (id),
    wine_id INTEGER NOT NULL REFERENCES wines (id), quantity INTEGER NOT NULL, unit_price NUMERIC NOT NULL
);
CREATE TABLE tastings (
    id INTEGER PRIMARY KEY, tasting_date DATE NOT NULL, staff_id INTEGER NOT NULL REFERENCES staff (id),
    member_id INTEGER REFERENCES club_members (id), booking_name TEXT NOT NULL, party_size INTEGER NOT NULL,
    tasting_type TEXT NOT NULL, total_fee NUMERIC NOT NULL, status TEXT NOT NULL
);
CREATE TABLE shop_sales (
    id INTEGER PRIMARY KEY, sale_date DATE NOT NULL, wine_id INTEGER NOT NULL REFERENCES wines (id),
    staff_id INTEGER NOT NULL REFERENCES staff (id), member_id INTEGER REFERENCES club_members (id),
    quantity INTEGER NOT NULL, unit_price NUMERIC NOT NULL, discount_amount NUMERIC NOT NULL,
    total_amount NUMERIC NOT NULL, payment_method TEXT NOT NULL
);
"""

#: name, colour, country of origin
_VARIETIES = [
    ("Shiraz", "Red", "France"),
    ("Cabernet Sauvignon", "Red", "France"),
    ("Grenache", "Red", "Spain"),
    ("Merlot", "Red", "France"),
    ("Pinot Noir", "Red", "France"),
    ("Chardonnay", "White", "France"),
    ("Sauvignon Blanc", "White", "France"),
    ("Riesling", "White", "Germany"),
]
#: block name, variety id, hectares, planted, soil, irrigated, organic, tonnes per hectare, hand picked?
_BLOCKS = [
    ("Old Vine Hill", 3, 2.4, 1948, "Sandy loam", 0, 1, 3.2, True),
    ("Creek Flat", 1, 6.8, 1986, "Alluvial loam", 1, 0, 8.5, False),
    ("Top Paddock", 1, 5.1, 1994, "Red clay loam", 1, 0, 7.8, False),
    ("Windmill Block", 2, 4.6, 1999, "Terra rossa", 1, 0, 7.2, False),
    ("Schoolhouse Rows", 6, 3.9, 2003, "Limestone", 1, 0, 8.0, False),
    ("Red Gum Block", 4, 2.8, 2001, "Red clay loam", 1, 0, 7.5, False),
    ("Quarry Slope", 1, 1.9, 1972, "Ironstone gravel", 0, 1, 4.0, True),
    ("North Terrace", 8, 3.2, 2008, "Limestone", 1, 1, 7.0, True),
    ("Dam Block", 7, 4.4, 2010, "Sandy loam", 1, 0, 9.5, False),
    ("Church Row", 5, 1.6, 2012, "Limestone", 1, 1, 5.5, True),
    ("Boundary Rows", 3, 2.2, 2015, "Sandy loam", 1, 0, 7.0, False),
    ("Lookout Block", 2, 1.4, 1968, "Terra rossa", 0, 0, 4.5, True),
    ("South Gully", 7, 2.5, 2017, "Alluvial loam", 1, 0, 9.0, False),
    ("New Hill Block", 8, 1.8, 2024, "Ironstone gravel", 1, 1, 0.0, True),
]
#: wine name, variety id (None for blends), vintage, style, bottled, bottles, price, alcohol, shop popularity
_WINES = [
    ("Creekbed Shiraz 2021", 1, 2021, "Red", "2022-04-12", 20000, 27.00, 14.5, 40),
    ("Dam Block Sauvignon Blanc 2022", 7, 2022, "White", "2022-07-12", 9000, 23.00, 12.5, 9),
    ("Grenache Rosé 2022", 3, 2022, "Rosé", "2022-07-26", 8000, 24.00, 12.5, 9),
    ("Old Vine Grenache 2021", 3, 2021, "Red", "2023-02-14", 4200, 42.00, 14.5, 4),
    ("Reserve Cabernet Sauvignon 2021", 2, 2021, "Red", "2023-03-09", 3600, 58.00, 14.0, 3),
    ("Creekbed Shiraz 2022", 1, 2022, "Red", "2023-04-18", 22000, 28.00, 14.5, 40),
    ("Hillside Chardonnay 2022", 6, 2022, "White", "2023-01-24", 6000, 32.00, 13.0, 7),
    ("Reserve Shiraz 2022", 1, 2022, "Red", "2023-11-07", 4800, 65.00, 14.8, 4),
    ("GSM Blend 2022", None, 2022, "Red", "2023-06-20", 7200, 34.00, 14.2, 6),
    ("Sparkling Brut NV", None, None, "Sparkling", "2023-05-16", 9000, 30.00, 12.0, 8),
    ("Dam Block Sauvignon Blanc 2023", 7, 2023, "White", "2023-07-11", 9600, 24.00, 12.5, 9),
    ("North Terrace Riesling 2023", 8, 2023, "White", "2023-08-08", 6000, 27.00, 11.5, 6),
    ("Grenache Rosé 2023", 3, 2023, "Rosé", "2023-07-25", 8400, 25.00, 12.5, 9),
    ("Creekbed Shiraz 2023", 1, 2023, "Red", "2024-04-16", 24000, 29.00, 14.5, 40),
    ("Red Gum Merlot 2023", 4, 2023, "Red", "2024-05-21", 5400, 30.00, 13.8, 5),
    ("Church Row Pinot Noir 2023", 5, 2023, "Red", "2024-02-27", 3000, 45.00, 13.2, 3),
    ("Cabernet Merlot 2023", None, 2023, "Red", "2024-08-13", 6600, 31.00, 14.0, 5),
    ("Late Harvest Riesling 2023", 8, 2023, "Dessert", "2023-10-17", 2400, 26.00, 10.5, 3),
    ("Dam Block Sauvignon Blanc 2024", 7, 2024, "White", "2024-07-09", 10200, 25.00, 12.5, 9),
    ("North Terrace Riesling 2024", 8, 2024, "White", "2024-08-06", 6000, 28.00, 11.5, 6),
    ("Grenache Rosé 2024", 3, 2024, "Rosé", "2024-07-23", 9000, 26.00, 12.5, 9),
    ("Hillside Chardonnay 2024", 6, 2024, "White", "2025-02-11", 6600, 34.00, 13.0, 7),
    ("Creekbed Shiraz 2024", 1, 2024, "Red", "2025-04-15", 24000, 30.00, 14.5, 40),
    ("Old Vine Grenache 2024", 3, 2024, "Red", "2025-06-17", 4000, 45.00, 14.5, 4),
    ("GSM Blend 2024", None, 2024, "Red", "2025-06-24", 7000, 36.00, 14.2, 6),
    ("Dam Block Sauvignon Blanc 2025", 7, 2025, "White", "2025-07-08", 7800, 26.00, 12.5, 9),
    ("Grenache Rosé 2025", 3, 2025, "Rosé", "2025-07-22", 6600, 27.00, 12.5, 9),
    ("North Terrace Riesling 2025", 8, 2025, "White", "2025-08-12", 4200, 29.00, 11.5, 6),
]
#: first, last, job title, hired, left, hourly rate, weight at the till, weight as tasting host
_STAFF = [
    ("Margaret", "Holloway", "Owner", "1998-07-01", None, None, 1, 0),
    ("Tom", "Holloway", "Winemaker", "2009-02-02", None, 48.00, 0, 0),
    ("Ruth", "Fenwick", "Vineyard manager", "2012-08-13", None, 44.00, 0, 0),
    ("Jess", "Kowalski", "Cellar door manager", "2016-10-03", None, 38.50, 6, 5),
    ("Liam", "Tran", "Cellar door host", "2019-11-18", None, 31.00, 5, 12),
    ("Priya", "Raman", "Cellar door host", "2021-09-06", None, 31.00, 5, 8),
    ("Ben", "Archer", "Cellar door host", "2022-01-17", "2024-03-29", 30.00, 4, 6),
    ("Chloe", "Nguyen", "Shop assistant", "2022-11-28", None, 28.50, 9, 0),
    ("Sam", "Delaney", "Shop assistant", "2024-04-08", None, 28.50, 8, 0),
    ("Hannah", "Brooks", "Club coordinator", "2020-05-11", None, 35.00, 2, 0),
    ("Oscar", "Lindqvist", "Cellar hand", "2023-02-20", None, 29.00, 0, 0),
    ("Mia", "Castellano", "Cellar door host", "2024-05-27", None, 31.00, 4, 7),
]
_FIRST = ["James", "Sarah", "Michael", "Emma", "David", "Kate", "Andrew", "Lucy", "Chris", "Anna", "Mark", "Helen",
          "Paul", "Rachel", "Steve", "Claire", "Greg", "Fiona", "Tim", "Nicole", "Rob", "Jo", "Peter", "Amy",
          "Daniel", "Leanne", "Matt", "Karen", "Simon", "Louise", "Brett", "Megan", "Nathan", "Tanya", "Craig",
          "Melissa", "Adam", "Renee", "Luke", "Bronwyn", "Josh", "Sophie"]  # fmt: skip
_LAST = ["Smith", "Jones", "Williams", "Brown", "Wilson", "Taylor", "Martin", "Anderson", "Thompson", "White",
         "Walker", "Harris", "Clarke", "Mitchell", "Young", "Kelly", "Ryan", "Murphy", "Campbell", "Nguyen",
         "Baker", "Hughes", "Cooper", "Ward", "Morris", "Stewart", "Evans", "Russo", "Papadopoulos", "O'Brien",
         "Fraser", "Lawson", "McKenzie", "Price", "Bennett", "Doyle", "Schultz", "Kovac", "Hall", "Reid"]  # fmt: skip
#: town, state, weight
_TOWNS = [("Adelaide", "SA", 30), ("McLaren Vale", "SA", 8), ("Glenelg", "SA", 6), ("Victor Harbor", "SA", 4),
          ("Mount Barker", "SA", 4), ("Melbourne", "VIC", 14), ("Geelong", "VIC", 3), ("Sydney", "NSW", 12),
          ("Newcastle", "NSW", 2), ("Brisbane", "QLD", 6), ("Perth", "WA", 4), ("Hobart", "TAS", 2),
          ("Canberra", "ACT", 3), ("Darwin", "NT", 1)]  # fmt: skip
#: level, share of members, bottles a quarterly pack, member discount
_LEVELS = [("Classic", 58, 6, 0.10), ("Reserve", 32, 12, 0.15), ("Collector", 10, 12, 0.20)]
_RELEASES = ["2023-03-15", "2023-06-14", "2023-09-13", "2023-11-15", "2024-03-13", "2024-06-12", "2024-09-11",
             "2024-11-13", "2025-03-12", "2025-06-11", "2025-09-10", "2025-11-12"]  # fmt: skip
_CHRISTMAS = ["2023-12-06", "2024-12-04", "2025-12-10"]
_SHIPPING = {"SA": 12.00, "VIC": 18.00, "NSW": 18.00, "ACT": 18.00, "QLD": 22.00, "TAS": 22.00, "WA": 28.00,
             "NT": 28.00}  # fmt: skip
#: tasting type, fee per person, weight
_TASTINGS = [("Classic flight", 15.00, 70), ("Reserve flight", 35.00, 22), ("Vineyard tour", 85.00, 8)]
_START, _END = dt.date(2023, 1, 1), dt.date(2025, 12, 31)
#: how busy the cellar door is in each month (December for Christmas, January for the summer holidays)
_MONTH_WEIGHT = {1: 1.5, 2: 1.0, 3: 1.1, 4: 1.2, 5: 0.8, 6: 0.7, 7: 0.7, 8: 0.7, 9: 0.9, 10: 1.1, 11: 1.2, 12: 2.6}


def _busy_day(rng: random.Random) -> dt.date:
    """A day the cellar door is open, more often at weekends, in December and in January; closed on Christmas
    Day and Good Friday."""
    while True:
        day = random_day(rng, _START, _END)
        if (day.month, day.day) == (12, 25) or day in (dt.date(2023, 4, 7), dt.date(2024, 3, 29),
                                                       dt.date(2025, 4, 18)):  # fmt: skip
            continue
        weight = _MONTH_WEIGHT[day.month] * (1.8 if day.weekday() >= 5 else 1.0)
        if rng.random() * 4.7 < weight:
            return day


def _on_staff(person: tuple, day: dt.date) -> bool:
    """Whether a staff row was employed on ``day``."""
    return dt.date.fromisoformat(person[4]) <= day and (person[5] is None or day <= dt.date.fromisoformat(person[5]))


def _rows(seed: int = 7316) -> dict[str, list[tuple]]:  # noqa: PLR0915 - one generator per table, in order
    rng = random.Random(seed)
    varieties = [(i, *v) for i, v in enumerate(_VARIETIES, 1)]
    blocks = [(i, *b[:7]) for i, b in enumerate(_BLOCKS, 1)]

    # harvests: whites in February and March, reds in March and April; 2025 a small frost-hit crop
    harvests = []
    for year in (2023, 2024, 2025):
        crop = {2023: 1.0, 2024: 1.08, 2025: 0.62}[year]
        for b, block in zip(blocks, _BLOCKS, strict=True):
            if block[3] >= 2023:
                continue  # planted in 2024, no crop yet
            white = _VARIETIES[block[1] - 1][1] == "White"
            first = dt.date(year, 2, 8) if white else dt.date(year, 3, 4)
            first += dt.timedelta(days=rng.randrange(0, 25) + (7 if block[1] == 2 else 0))
            tonnes = block[2] * block[7] * crop * rng.uniform(0.85, 1.12)
            picks = 1 + (block[2] > 2.5) + (block[2] > 4.5 and rng.random() < 0.6)
            for p in range(picks):
                day = first + dt.timedelta(days=p * rng.randrange(4, 12))
                share = tonnes / picks * rng.uniform(0.9, 1.1)
                brix = round(rng.uniform(20.5, 23.0) if white else rng.uniform(23.0, 26.5), 1)
                notes = None
                if year == 2025 and rng.random() < 0.35:
                    notes = rng.choice(["Frost damage on lower rows", "Light crop after October frost",
                                        "Uneven set after frost"])  # fmt: skip
                elif rng.random() < 0.08:
                    notes = rng.choice(["Bird damage, nets went on late", "Some botrytis, sorted on the bench",
                                        "Picked early ahead of a heatwave", "Rain delay of two days"])  # fmt: skip
                harvests.append((day, b[0], round(share, 2), brix, "Hand" if block[8] else "Machine", notes))
    # a late pick of Riesling for the dessert wine in 2023
    harvests.append((dt.date(2023, 4, 26), 8, 1.45, 27.8, "Hand", "Late pick for the dessert wine"))
    harvests.sort(key=lambda h: (h[0], h[1]))
    harvest_rows = [(i, h[1], h[0].isoformat(), *h[2:]) for i, h in enumerate(harvests, 1)]

    wines = [(i, *w[:8]) for i, w in enumerate(_WINES, 1)]
    bottled = {w[0]: dt.date.fromisoformat(w[5]) for w in wines}
    staff = [(i, *s[:6]) for i, s in enumerate(_STAFF, 1)]

    # club members: most in Adelaide and the big cities, a steady stream of joins
    members, emails, names = [], set(), set()
    level_rows = []
    for i in range(1, 301):
        first, last = rng.choice(_FIRST), rng.choice(_LAST)
        while (first, last) in names:
            first, last = rng.choice(_FIRST), rng.choice(_LAST)
        names.add((first, last))
        town = rng.choices(_TOWNS, weights=[t[2] for t in _TOWNS])[0]
        level = rng.choices(_LEVELS, weights=[lv[1] for lv in _LEVELS])[0]
        if rng.random() < 0.3:
            joined = random_day(rng, dt.date(2015, 1, 1), dt.date(2022, 12, 31))
        else:
            joined = random_day(rng, _START, dt.date(2025, 12, 20))
        base = f"{first}.{last}".lower().replace("'", "")
        email = f"{base}@{rng.choice(['gmail.com', 'outlook.com', 'bigpond.com', 'icloud.com'])}"
        n = 2
        while email in emails:
            email = f"{base}{n}@{email.split('@')[1]}"
            n += 1
        emails.add(email)
        phone = None if rng.random() < 0.22 else f"04{rng.randrange(10, 99)} {rng.randrange(100, 999)} " \
                                                  f"{rng.randrange(100, 999)}"  # fmt: skip
        status, cancelled = rng.choices(["Active", "Paused", "Cancelled"], weights=[74, 8, 18])[0], None
        if status == "Cancelled":
            lo = max(joined + dt.timedelta(days=120), _START)
            if lo >= dt.date(2025, 11, 30):
                status = "Active"
            else:
                cancelled = random_day(rng, lo, dt.date(2025, 11, 30)).isoformat()
        members.append((i, first, last, email, phone, town[0], town[1], level[0], joined.isoformat(), status,
                        cancelled))  # fmt: skip
        level_rows.append(level)
    # a handful of collectors who buy far more at the shop than anyone else
    big_buyers = {17: 30.0, 52: 22.0, 88: 16.0, 141: 12.0, 203: 9.0}
    for m in big_buyers:
        row = members[m - 1]
        members[m - 1] = (*row[:7], "Collector", min(row[8], "2022-06-30"), "Active", None)
        level_rows[m - 1] = _LEVELS[2]

    # club shipments: each quarterly release to every member in good standing, a Christmas pack to the upper levels
    shipments, items = [], []
    releases = [(d, False) for d in _RELEASES] + [(d, True) for d in _CHRISTMAS]
    releases.sort()
    for release, christmas in releases:
        day = dt.date.fromisoformat(release)
        current = [w for w in wines if bottled[w[0]] <= day - dt.timedelta(days=14)]
        current.sort(key=lambda w: bottled[w[0]], reverse=True)
        current = current[:9]
        for m, level in zip(members, level_rows, strict=True):
            if dt.date.fromisoformat(m[8]) > day - dt.timedelta(days=10):
                continue
            if m[10] is not None and day > dt.date.fromisoformat(m[10]):
                continue
            if m[9] == "Paused" and day > dt.date(2025, 5, 31):
                continue
            if christmas and level[0] == "Classic":
                continue
            if not christmas and rng.random() < 0.04:
                continue  # skipped a release
            bottles = 6 if christmas else level[2]
            pool = current
            if level[0] == "Collector":
                pool = sorted(current, key=lambda w: -w[7])[:6]
            picks = rng.sample(pool, min(len(pool), 3 if bottles == 6 else 4))
            counts = [bottles // len(picks)] * len(picks)
            for k in range(bottles - sum(counts)):
                counts[k] += 1
            pickup = m[6] == "SA" and rng.random() < 0.35
            fee = 0.0 if pickup else _SHIPPING[m[6]]
            ship_day = day + dt.timedelta(days=rng.choice([0, 0, 1, 2]))
            lines = []
            for w, q in zip(picks, counts, strict=True):
                lines.append((w[0], q, round(w[7] * (1 - level[3]), 2)))
            total = round(sum(q * p for _, q, p in lines) + fee, 2)
            if christmas and day.year == 2025:
                status = "Pending" if rng.random() < 0.7 else "Delivered"
            else:
                status = "Returned" if rng.random() < 0.035 else "Delivered"
            delivered = None
            if status == "Delivered":
                delivered = (ship_day + dt.timedelta(days=0 if pickup else rng.randrange(2, 9))).isoformat()
            shipments.append((len(shipments) + 1, m[0], ship_day.isoformat(), "Pick up" if pickup else "Courier", fee,
                              total, status, delivered))  # fmt: skip
            for w, q, p in lines:
                items.append((len(items) + 1, len(shipments), w, q, p))

    # tastings at the cellar door
    tastings = []
    hosts = [s for s in staff if _STAFF[s[0] - 1][7] > 0]
    for _ in range(1350):
        day = _busy_day(rng)
        on = [s for s in hosts if _on_staff(s, day)]
        host = rng.choices(on, weights=[_STAFF[s[0] - 1][7] for s in on])[0]
        kind = rng.choices(_TASTINGS, weights=[t[2] for t in _TASTINGS])[0]
        size = rng.choices(range(1, 13), weights=[10, 34, 10, 16, 5, 8, 2, 4, 1, 2, 1, 1])[0]
        if kind[0] == "Vineyard tour":
            size = min(size, 8)
        member = None
        if rng.random() < 0.18:
            m = rng.choice(members)
            if dt.date.fromisoformat(m[8]) <= day and (m[10] is None or day <= dt.date.fromisoformat(m[10])):
                member = m
        name = f"{member[1]} {member[2]}" if member else f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
        fee = kind[1] * size
        if member is not None:
            fee = 0.0 if kind[0] == "Classic flight" else fee * 0.5
        status = rng.choices(["Completed", "Cancelled", "No-show"], weights=[88, 8, 4])[0]
        if status == "Cancelled":
            fee = 0.0
        tastings.append((day, host[0], member[0] if member else None, name, size, kind[0], round(fee, 2), status))
    tastings.sort(key=lambda t: (t[0], t[1], t[3]))
    tasting_rows = [(i, t[0].isoformat(), *t[1:]) for i, t in enumerate(tastings, 1)]

    # shop sales: the Creekbed Shiraz sells most, December is busiest, a few collectors buy by the case
    sales = []
    tills = [s for s in staff if _STAFF[s[0] - 1][6] > 0]
    member_weight = [big_buyers.get(m[0], 0.4 if lv[0] == "Collector" else 0.25) for m, lv in
                     zip(members, level_rows, strict=True)]  # fmt: skip
    for _ in range(2600):
        day = _busy_day(rng)
        on_sale = [w for w in wines if bottled[w[0]] <= day]
        # the newest Creekbed Shiraz takes over from the last one
        # a new vintage of a wine takes over from the last one after six weeks
        newest: dict[str, tuple] = {}
        for w in on_sale:
            line = w[1].rsplit(" ", 1)[0]
            if line not in newest or bottled[w[0]] > bottled[newest[line][0]]:
                newest[line] = w
        on_sale = [w for w in on_sale if w is newest[w[1].rsplit(" ", 1)[0]]
                   or (day - bottled[newest[w[1].rsplit(" ", 1)[0]][0]]).days < 45]  # fmt: skip
        weights = [_WINES[w[0] - 1][8] * (0.6 if day.year - (w[3] or day.year) > 2 else 1.0) for w in on_sale]
        wine = rng.choices(on_sale, weights=weights)[0]
        on = [s for s in tills if _on_staff(s, day)]
        clerk = rng.choices(on, weights=[_STAFF[s[0] - 1][6] for s in on])[0]
        member = None
        if rng.random() < 0.32:
            cand = rng.choices(members, weights=member_weight)[0]
            if dt.date.fromisoformat(cand[8]) <= day and (cand[10] is None or day <= dt.date.fromisoformat(cand[10])):
                member = cand
        qty = rng.choices([1, 2, 3, 4, 6, 12], weights=[40, 25, 10, 6, 12, 7])[0]
        if member is not None and member[0] in big_buyers:
            qty = rng.choice([6, 12, 12, 24])
        if day.month == 12 and qty < 6 and rng.random() < 0.3:
            qty = 6
        price = wine[7]
        gross = price * qty
        discount = 0.0
        if member is not None:
            discount = gross * next(lv[3] for lv in _LEVELS if lv[0] == member[7])
        elif qty >= 12:
            discount = gross * 0.10
        discount = round(discount, 2)
        pay = "Cash" if rng.random() < (0.12 if day.year == 2023 else 0.07) else "Card"
        sales.append((day, wine[0], clerk[0], member[0] if member else None, qty, price, discount,
                      round(gross - discount, 2), pay))  # fmt: skip
    sales.sort(key=lambda s: (s[0], s[1], s[2], s[4]))
    sale_rows = [(i, s[0].isoformat(), *s[1:]) for i, s in enumerate(sales, 1)]

    return {"grape_varieties": varieties, "vineyard_blocks": blocks, "harvests": harvest_rows, "wines": wines,
            "staff": staff, "club_members": members, "club_shipments": shipments, "shipment_items": items,
            "tastings": tasting_rows, "shop_sales": sale_rows}  # fmt: skip


def build_winery_database(path: str | Path) -> Path:
    """Write the wine estate's database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
