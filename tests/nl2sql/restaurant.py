"""A made-up group of five seafood-and-grill restaurants on the Sussex coast, written by someone who had not seen the
engine's rules: the ``restaurant`` dev set's database.

Ten tables with foreign keys, as a point-of-sale and back-office system keeps them: ``sites`` (a ``site_cd``, name,
town, ``seats``, ``opened`` date and ``status`` 'O' open / 'C' closed), ``menu_cats`` (a ``cat_cd``, ``cat_nm`` and
``is_bev`` 1 for drinks), ``menu_items`` (a ``plu`` code, ``item_nm``, category, current menu ``price``, ``food_cost``
per portion, ``diet`` 'V' vegetarian / 'VG' vegan / 'GF' gluten free / '' none, ``active`` 0/1), ``staff`` (an
``emp_no``, ``first_nm``, ``last_nm``, home site, ``role_cd`` 'SRV' server / 'BAR' bartender / 'CHF' chef / 'KP'
kitchen porter / 'MGR' manager, ``hrly_rate``, ``hire_dt`` and ``term_dt`` when they left), ``shifts`` (a member of
staff working at a site on ``shift_dt`` from ``start_tm`` for ``hrs`` hours), ``checks`` (a bill: ``chk_no``, site,
the server, ``biz_dt``, ``tbl_no`` or NULL for takeaway, ``covers`` guests, ``pay_cd`` 'CC' card / 'CA' cash / 'GV'
gift voucher, ``tip_amt``), ``check_lines`` (an item on a check: ``qty`` at ``unit_price``, the price charged then),
``suppliers`` (a ``sup_cd``, ``sup_nm``, ``sup_type``, town and ``terms_days``), ``deliveries`` (an ingredient
delivered by a supplier to a site on ``dlv_dt``: ``inv_no``, ``ingredient``, ``qty`` in ``uom`` at ``unit_cost``,
``short_flg`` 1 when less arrived than ordered) and ``reservations`` (a booking: ``guest_nm``, site, ``res_dt``,
``res_tm``, ``pax``, ``status`` 'S' seated / 'N' no-show / 'X' cancelled and ``src`` 'WEB' / 'PHN' / 'APP'). Rows
come from a fixed seed, so every build holds the same rows; the Brighton site and a few dishes account for much of
the trade, some menu items were never sold, some staff never served a check and two suppliers never delivered.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_restaurant_database(pathlib.Path(tempfile.mkdtemp()) / "restaurant.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM sites").fetchone()
    (5,)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_restaurant_database"]

_SCHEMA = """
CREATE TABLE sites (
    id INTEGER PRIMARY KEY, site_cd TEXT NOT NULL, name TEXT NOT NULL, town TEXT NOT NULL, seats INTEGER NOT NULL,
    opened DATE NOT NULL, status TEXT NOT NULL
);
CREATE TABLE menu_cats (
    id INTEGER PRIMARY KEY, cat_cd TEXT NOT NULL, cat_nm TEXT NOT NULL, is_bev INTEGER NOT NULL
);
CREATE TABLE menu_items (
    id INTEGER PRIMARY KEY, plu TEXT NOT NULL, item_nm TEXT NOT NULL, cat_id INTEGER NOT NULL REFERENCES menu_cats (id),
    price NUMERIC NOT NULL, food_cost NUMERIC NOT NULL, diet TEXT NOT NULL, active INTEGER NOT NULL
);
CREATE TABLE staff (
    id INTEGER PRIMARY KEY, emp_no TEXT NOT NULL, first_nm TEXT NOT NULL, last_nm TEXT NOT NULL,
    site_id INTEGER NOT NULL REFERENCES sites (id), role_cd TEXT NOT NULL, hrly_rate NUMERIC NOT NULL,
    hire_dt DATE NOT NULL, term_dt DATE
);
CREATE TABLE shifts (
    id INTEGER PRIMARY KEY, emp_id INTEGER NOT NULL REFERENCES staff (id),
    site_id INTEGER NOT NULL REFERENCES sites (id), shift_dt DATE NOT NULL, start_tm TEXT NOT NULL, hrs NUMERIC NOT NULL
);
CREATE TABLE checks (
    id INTEGER PRIMARY KEY, chk_no TEXT NOT NULL, site_id INTEGER NOT NULL REFERENCES sites (id),
    server_id INTEGER NOT NULL REFERENCES staff (id), biz_dt DATE NOT NULL, tbl_no INTEGER, covers INTEGER NOT NULL,
    pay_cd TEXT NOT NULL, tip_amt NUMERIC NOT NULL
);
CREATE TABLE check_lines (
    id INTEGER PRIMARY KEY, check_id INTEGER NOT NULL REFERENCES checks (id),
    item_id INTEGER NOT NULL REFERENCES menu_items (id), qty INTEGER NOT NULL, unit_price NUMERIC NOT NULL
);
CREATE TABLE suppliers (
    id INTEGER PRIMARY KEY, sup_cd TEXT NOT NULL, sup_nm TEXT NOT NULL, sup_type TEXT NOT NULL, town TEXT NOT NULL,
    terms_days INTEGER NOT NULL
);
CREATE TABLE deliveries (
    id INTEGER PRIMARY KEY, supplier_id INTEGER NOT NULL REFERENCES suppliers (id),
    site_id INTEGER NOT NULL REFERENCES sites (id), dlv_dt DATE NOT NULL, inv_no TEXT NOT NULL,
    ingredient TEXT NOT NULL, qty NUMERIC NOT NULL, uom TEXT NOT NULL, unit_cost NUMERIC NOT NULL,
    short_flg INTEGER NOT NULL
);
CREATE TABLE reservations (
    id INTEGER PRIMARY KEY, site_id INTEGER NOT NULL REFERENCES sites (id), guest_nm TEXT NOT NULL,
    res_dt DATE NOT NULL, res_tm TEXT NOT NULL, pax INTEGER NOT NULL, status TEXT NOT NULL, src TEXT NOT NULL
);
"""

#: code, name, town, seats, opened, status, share of trade, last trading day
_SITES = [
    ("BTN", "Harbour Kitchen Brighton", "Brighton", 96, "2014-05-02", "O", 10, "2025-06-30"),
    ("LWS", "Harbour Kitchen Lewes", "Lewes", 54, "2017-03-17", "O", 4, "2025-06-30"),
    ("WTG", "Harbour Kitchen Worthing", "Worthing", 72, "2018-07-06", "O", 5, "2025-06-30"),
    ("HVE", "The Granary", "Hove", 110, "2020-09-11", "O", 6, "2025-06-30"),
    ("CHI", "Harbour Kitchen Chichester", "Chichester", 48, "2021-11-19", "C", 2, "2024-10-31"),
]
_CATS = [("STR", "Starters", 0), ("MNS", "Mains", 0), ("SDS", "Sides", 0), ("DST", "Desserts", 0),
         ("SFT", "Soft Drinks", 1), ("BER", "Beer & Cider", 1), ("WIN", "Wine", 1)]  # fmt: skip
#: name, category, price, food cost, diet, active, popularity
_ITEMS = [
    ("Salt & Pepper Squid", 1, 8.50, 2.10, "", 1, 14), ("Smoked Mackerel Pate", 1, 7.95, 1.60, "", 1, 6),
    ("Tomato Bruschetta", 1, 6.95, 1.10, "VG", 1, 7), ("Crab Cakes", 1, 9.50, 3.20, "", 1, 8),
    ("Soup of the Day", 1, 6.50, 0.90, "V", 1, 5), ("Whitebait", 1, 7.50, 1.80, "", 0, 0),
    ("Prawn Cocktail", 1, 8.95, 2.60, "GF", 1, 4),
    ("Fish & Chips", 2, 16.95, 4.40, "", 1, 30), ("Harbour Fish Pie", 2, 17.50, 4.90, "", 1, 11),
    ("8oz Sirloin Steak", 2, 26.00, 9.80, "GF", 1, 12), ("Classic Beef Burger", 2, 15.50, 4.10, "", 1, 16),
    ("Moules Frites", 2, 18.50, 5.20, "", 1, 9), ("Grilled Sea Bass", 2, 21.00, 7.10, "GF", 1, 8),
    ("Mushroom Risotto", 2, 14.95, 2.70, "V", 1, 6), ("Chickpea & Spinach Curry", 2, 13.95, 2.20, "VG", 1, 5),
    ("Lobster Linguine", 2, 29.50, 12.40, "", 1, 3), ("Chicken Caesar Salad", 2, 14.50, 3.60, "", 1, 7),
    ("Seafood Platter for Two", 2, 48.00, 19.50, "", 1, 2), ("Veggie Burger", 2, 14.50, 3.20, "V", 0, 0),
    ("Skin-on Fries", 3, 4.25, 0.60, "VG", 1, 18), ("Onion Rings", 3, 4.50, 0.70, "V", 1, 8),
    ("Mushy Peas", 3, 3.25, 0.40, "VG", 1, 9), ("House Salad", 3, 4.00, 0.80, "VG", 1, 5),
    ("Garlic Bread", 3, 4.75, 0.70, "V", 1, 7), ("Truffle Fries", 3, 5.95, 1.30, "V", 0, 0),
    ("Sticky Toffee Pudding", 4, 7.50, 1.20, "V", 1, 10), ("Chocolate Brownie", 4, 7.25, 1.10, "V", 1, 7),
    ("Eton Mess", 4, 6.95, 1.00, "GF", 1, 5), ("Affogato", 4, 5.50, 0.90, "V", 1, 3),
    ("Cheese Board", 4, 10.50, 3.90, "V", 1, 2), ("Lemon Posset", 4, 6.50, 0.80, "GF", 0, 0),
    ("Coca-Cola", 5, 3.50, 0.50, "VG", 1, 14), ("Lemonade", 5, 3.25, 0.40, "VG", 1, 7),
    ("Sparkling Water", 5, 2.95, 0.30, "VG", 1, 9), ("Orange Juice", 5, 3.25, 0.60, "VG", 1, 5),
    ("Elderflower Presse", 5, 3.75, 0.70, "VG", 1, 4),
    ("Harvey's Sussex Best", 6, 5.60, 1.40, "VG", 1, 13), ("Peroni", 6, 6.20, 1.70, "VG", 1, 12),
    ("Aspall Cider", 6, 5.90, 1.50, "VG", 1, 6), ("Guinness", 6, 6.10, 1.60, "", 1, 5),
    ("House White 175ml", 7, 7.50, 1.90, "VG", 1, 11), ("House Red 175ml", 7, 7.50, 1.90, "VG", 1, 9),
    ("Picpoul de Pinet Bottle", 7, 29.00, 8.50, "VG", 1, 4), ("Prosecco Glass", 7, 8.50, 2.10, "VG", 1, 7),
    ("Sussex Sparkling Bottle", 7, 52.00, 21.00, "VG", 1, 1),
]  # fmt: skip
_FIRST = ["Jamie", "Chloe", "Tom", "Megan", "Ollie", "Sophie", "Ben", "Hannah", "Luca", "Ella", "Marek",
          "Zofia", "Ryan", "Aisha", "Dan", "Katie", "Sam", "Beth", "Joe", "Lily", "Mateus", "Ana",
          "Kieran", "Freya"]  # fmt: skip
_LAST = ["Taylor", "Smith", "Brown", "Wilson", "Evans", "Hughes", "Kowalski", "Nowak", "Silva", "Carter", "Price",
         "Walsh", "Murphy", "Green", "Baker", "Reid", "Patel", "Khan", "Fletcher", "Barnes"]  # fmt: skip
#: role, count per site, base hourly rate
_ROLES = [("MGR", 1, 15.80), ("CHF", 2, 14.20), ("KP", 1, 11.50), ("SRV", 5, 11.44), ("BAR", 2, 11.90)]
#: code, name, type, town, payment terms, deliveries weight, ingredients (name, unit, cost)
_SUPPLIERS = [
    ("SFF01", "South Coast Fish Ltd", "Fish", "Shoreham-by-Sea", 14, 12,
     [("Cod fillet", "kg", 16.50), ("Haddock fillet", "kg", 15.20), ("Sea bass", "kg", 19.80),
      ("Mussels", "kg", 6.40), ("Squid", "kg", 11.00)]),
    ("NWF02", "Newhaven Wet Fish", "Fish", "Newhaven", 7, 5,
     [("Crab meat", "kg", 38.00), ("Lobster", "each", 24.00), ("Prawns", "kg", 17.50), ("Mackerel", "kg", 8.90)]),
    ("DWB03", "Downland Butchers", "Meat", "Lewes", 30, 6,
     [("Beef sirloin", "kg", 31.00), ("Beef mince", "kg", 9.80), ("Chicken breast", "kg", 8.60)]),
    ("WFP04", "Weald Fresh Produce", "Produce", "Uckfield", 14, 10,
     [("Potatoes", "kg", 0.85), ("Onions", "kg", 1.10), ("Lettuce", "each", 0.90), ("Tomatoes", "kg", 2.60),
      ("Mushrooms", "kg", 4.20), ("Lemons", "each", 0.35)]),
    ("SXD05", "Sussex Dairy Co", "Dairy", "Haywards Heath", 14, 5,
     [("Butter", "kg", 7.80), ("Double cream", "l", 4.90), ("Cheddar", "kg", 9.40), ("Milk", "l", 1.05)]),
    ("BKW06", "Bookers Wholesale", "Dry goods", "Crawley", 30, 4,
     [("Rapeseed oil", "l", 2.10), ("Plain flour", "kg", 0.95), ("Arborio rice", "kg", 3.20),
      ("Linguine", "kg", 2.40), ("Chickpeas", "kg", 1.90)]),
    ("HRV07", "Harvey & Son Brewery", "Drinks", "Lewes", 30, 3,
     [("Sussex Best cask", "cask", 118.00)]),
    ("MWC08", "Matthew Clark", "Drinks", "Bristol", 45, 3,
     [("Peroni keg", "keg", 142.00), ("House white wine", "case", 58.00), ("House red wine", "case", 56.00),
      ("Prosecco", "case", 74.00), ("Coca-Cola syrup", "box", 39.00)]),
    ("ART09", "Artisan Bread Bakery", "Bakery", "Brighton", 7, 4,
     [("Sourdough loaf", "each", 3.10), ("Brioche buns", "each", 0.55)]),
    ("GRN10", "Greenleaf Organics", "Produce", "Horsham", 21, 0, []),
    ("CLN11", "CleanPro Hygiene", "Cleaning", "Worthing", 30, 0, []),
]  # fmt: skip
_GUESTS = ["Smith", "Jones", "Patel", "Williams", "Brown", "Clarke", "Hall", "Wood", "Green", "Lewis", "Turner",
           "Cooper", "Ward", "Morris", "King", "Baker", "Harris", "Young", "Allen", "Mitchell", "Reynolds", "Bell",
           "Foster", "Marsh", "Oakley", "Hart", "Lloyd", "Doyle", "Fraser", "Hayes"]  # fmt: skip
_START, _END = dt.date(2024, 1, 1), dt.date(2025, 6, 30)


def _trading_day(rng: random.Random, end: dt.date) -> dt.date:
    """A day the site trades (closed Mondays), busier Friday to Sunday and in summer."""
    while True:
        day = random_day(rng, _START, end)
        weight = {0: 0.0, 1: 0.5, 2: 0.55, 3: 0.65, 4: 1.0, 5: 1.0, 6: 0.85}[day.weekday()]
        weight *= 1.0 if day.month in (6, 7, 8, 12) else 0.7
        if rng.random() < weight:
            return day


def _rows(seed: int = 58213) -> dict[str, list[tuple]]:  # noqa: PLR0915 - one generator per table, in order
    rng = random.Random(seed)
    sites = [(i, *s[:6]) for i, s in enumerate(_SITES, 1)]
    cats = [(i, *c) for i, c in enumerate(_CATS, 1)]
    items = []
    for i, (name, cat, price, cost, diet, active, _) in enumerate(_ITEMS, 1):
        items.append((i, f"{_CATS[cat - 1][0][0]}{100 + i * 3}", name, cat, price, cost, diet, active))
    names = rng.sample([(f, s) for f in _FIRST for s in _LAST], 60)
    staff = []
    for site in range(1, 6):
        for role, count, rate in _ROLES:
            for k in range(count):
                i = len(staff) + 1
                first, last = names[i - 1]
                first_day = dt.date.fromisoformat(_SITES[site - 1][4])
                hired = random_day(rng, first_day, dt.date(2024, 6, 30) if site == 5 else dt.date(2025, 3, 1))
                left = None
                if site == 5:
                    left = "2024-10-31"
                elif rng.random() < 0.12:
                    left = random_day(rng, max(hired + dt.timedelta(days=90), _START), _END).isoformat()
                pay = round(rate + rng.randrange(0, 12) * 0.25 + (k == 0 and role == "CHF") * 2.5, 2)
                staff.append((i, f"E{4000 + i * 11}", first, last, site, role, pay, hired.isoformat(), left))
    # an extra manager covering the group, with no checks of his own
    staff.append((len(staff) + 1, "E3999", "Graham", "Holloway", 1, "MGR", 21.50, "2014-05-02", None))
    # a trainee server at Hove who never served a check
    staff.append((len(staff) + 1, f"E{4000 + (len(staff) + 1) * 11}", "Nadia", "Okafor", 4, "SRV", 11.44,
                  "2025-06-20", None))  # fmt: skip

    def working(person: tuple, day: dt.date) -> bool:
        return person[7] <= day.isoformat() and (person[8] is None or day.isoformat() <= person[8])

    shifts = []
    for _ in range(2600):
        person = rng.choice(staff)
        last_day = dt.date.fromisoformat(_SITES[person[4] - 1][7])
        day = _trading_day(rng, last_day)
        if not working(person, day) or person[0] == len(staff):
            continue
        site = person[4] if rng.random() < 0.93 or person[4] == 5 else rng.choice([1, 2, 3, 4])
        start = rng.choice(["10:00", "11:00", "11:30", "16:00", "17:00"] if person[5] != "MGR" else ["09:00", "12:00"])
        hrs = rng.choice([4, 5, 6, 6.5, 7, 8, 8, 9, 10])
        shifts.append((day, person[0], site, start, hrs))
    shifts.sort()
    shifts = [(i, s[1], s[2], s[0].isoformat(), s[3], s[4]) for i, s in enumerate(shifts, 1)]
    # checks and lines
    servers = {site: [s for s in staff[:-2] if s[4] == site and s[5] in ("SRV", "BAR")] for site in range(1, 6)}
    star = {site: servers[site][0][0] for site in range(1, 6)}
    food = [it for it in items if it[7] and it[3] <= 4]
    checks, lines = [], []
    for _ in range(1500):
        site = rng.choices(range(1, 6), weights=[s[6] for s in _SITES])[0]
        day = _trading_day(rng, dt.date.fromisoformat(_SITES[site - 1][7]))
        pool = [s for s in servers[site] if working(s, day)] or servers[site]
        weights = [4 if s[0] == star[site] else (1 if s[5] == "SRV" else 0.5) for s in pool]
        server = rng.choices(pool, weights=weights)[0]
        takeaway = rng.random() < 0.08
        covers = 1 if takeaway else rng.choices([1, 2, 3, 4, 5, 6, 8], weights=[8, 30, 10, 14, 4, 4, 1])[0]
        tbl = None if takeaway else rng.randint(1, _SITES[site - 1][3] // 4)
        pay = rng.choices(["CC", "CA", "GV"], weights=[78, 17, 5])[0]
        check_id = len(checks) + 1
        total = 0.0
        uplift = 1.05 if day >= dt.date(2025, 1, 1) else 1.0
        picks: dict[int, int] = {}
        for _guest in range(covers):
            courses = [2] if takeaway else [2] + [c for c, p in ((1, 0.3), (3, 0.35), (4, 0.25)) if rng.random() < p]
            for cat in courses:
                pool_items = [it for it in food if it[3] == cat]
                item = rng.choices(pool_items, weights=[_ITEMS[it[0] - 1][6] for it in pool_items])[0]
                picks[item[0]] = picks.get(item[0], 0) + 1
            if not takeaway and rng.random() < 0.7:
                drinks = [it for it in items if it[7] and it[3] >= 5]
                item = rng.choices(drinks, weights=[_ITEMS[it[0] - 1][6] for it in drinks])[0]
                picks[item[0]] = picks.get(item[0], 0) + rng.choice([1, 1, 2])
        for item_id, qty in picks.items():
            price = round(items[item_id - 1][4] * (uplift if items[item_id - 1][3] < 5 else 1.0), 2)
            lines.append((len(lines) + 1, check_id, item_id, qty, price))
            total += qty * price
        tip = 0.0 if takeaway or rng.random() < 0.35 else round(total * rng.choice([0.05, 0.1, 0.1, 0.125]), 2)
        checks.append((day, site, server[0], tbl, covers, pay, tip, check_id))
    order = sorted(range(len(checks)), key=lambda n: (checks[n][0], checks[n][1], n))
    renumber = {checks[n][7]: new for new, n in enumerate(order, 1)}
    checks = [
        (renumber[c[7]], f"{_SITES[c[1] - 1][0]}-{renumber[c[7]] + 100000}", c[1], c[2], c[0].isoformat(), *c[3:7])
        for c in (checks[n] for n in order)
    ]
    lines = sorted((line[0], renumber[line[1]], *line[2:]) for line in lines)
    lines = sorted(lines, key=lambda line: (line[1], line[0]))
    lines = [(i, *line[1:]) for i, line in enumerate(lines, 1)]
    suppliers = [(i, *s[:5]) for i, s in enumerate(_SUPPLIERS, 1)]
    deliveries = []
    for _ in range(720):
        sup = rng.choices(range(1, 12), weights=[s[5] for s in _SUPPLIERS])[0]
        site = rng.choices(range(1, 6), weights=[s[6] for s in _SITES])[0]
        day = random_day(rng, _START, dt.date.fromisoformat(_SITES[site - 1][7]))
        if day.weekday() == 6:
            continue
        name, uom, cost = rng.choice(_SUPPLIERS[sup - 1][6])
        qty = rng.choice([1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25]) if uom in ("kg", "each", "l") else rng.randint(1, 6)
        if uom == "each" and cost < 1:
            qty *= 10
        unit = round(cost * (1.06 if day.year == 2025 else 1.0) * rng.uniform(0.96, 1.04), 2)
        short = int(rng.random() < (0.18 if sup == 2 else 0.05))
        deliveries.append((day, sup, site, name, qty, uom, unit, short))
    deliveries.sort(key=lambda d: (d[0], d[1], d[2], d[3]))
    deliveries = [(i, d[1], d[2], d[0].isoformat(), f"{_SUPPLIERS[d[1] - 1][0][:3]}{70000 + i * 13}", *d[3:])
                  for i, d in enumerate(deliveries, 1)]  # fmt: skip
    reservations = []
    for _ in range(1500):
        site = rng.choices(range(1, 6), weights=[s[6] for s in _SITES])[0]
        day = _trading_day(rng, dt.date.fromisoformat(_SITES[site - 1][7]))
        pax = rng.choices([1, 2, 3, 4, 5, 6, 8, 10, 12], weights=[2, 40, 10, 22, 5, 8, 4, 2, 1])[0]
        status = rng.choices(["S", "N", "X"], weights=[80, 7 if site != 3 else 15, 13])[0]
        src = rng.choices(["WEB", "PHN", "APP"], weights=[50, 30, 20])[0]
        tm = rng.choice(["12:00", "12:30", "13:00", "13:30", "18:00", "18:30", "19:00", "19:30", "20:00", "20:30"])
        guest = f"{rng.choice('ABCDEGHJKLMNPRST')}. {rng.choice(_GUESTS)}"
        reservations.append((day.isoformat(), tm, site, guest, pax, status, src))
    reservations.sort()
    reservations = [(i, r[2], r[3], r[0], r[1], *r[4:]) for i, r in enumerate(reservations, 1)]
    return {"sites": sites, "menu_cats": cats, "menu_items": items, "staff": staff, "shifts": shifts,
            "checks": checks, "check_lines": lines, "suppliers": suppliers, "deliveries": deliveries,
            "reservations": reservations}  # fmt: skip


def build_restaurant_database(path: str | Path) -> Path:
    """Write the restaurant group's database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
