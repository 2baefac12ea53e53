"""A made-up chain of garden centres, written by someone who had not seen the engine's rules: the ``garden`` dev
set's database.

Nine tables with foreign keys:

``stores``
    One garden centre: ``name``, ``town``, ``region`` (North, Midlands, South), ``opened_on``, ``floor_area_sqm``,
    ``has_cafe`` (1 when it has a cafe) and ``status`` 'O' open or 'C' closed for good.
``suppliers``
    Who the chain buys from: ``name``, ``country`` and ``status`` 'A' active or 'I' no longer used.
``products``
    What is sold: ``sku``, ``name``, ``department`` (a code: 'PLT' plants, 'TLS' tools, 'FUR' garden furniture,
    'CMP' compost and soil, 'BBQ' barbecues, 'DEC' pots and decor), ``supplier_id``, ``unit_price`` (the shelf
    price in pounds), ``cost_price`` (what the chain pays) and ``status`` 'A' on sale or 'D' discontinued.
``customers``
    People with an account: ``first_name``, ``last_name``, ``email``, ``town``, ``joined_on``, ``home_store_id``
    and ``loyalty_tier`` of their loyalty card: 'N' no card, 'B' bronze, 'S' silver, 'G' gold.
``staff``
    Employees: ``first_name``, ``last_name``, ``store_id``, ``role`` ('MGR' store manager, 'SUP' supervisor,
    'ASS' sales assistant, 'HOR' horticulturist, 'DRV' delivery driver), ``hourly_rate`` in pounds,
    ``started_on`` and ``left_on`` (NULL while still employed).
``sales``
    One till or web transaction: ``store_id``, ``customer_id`` (NULL for an anonymous walk-in), ``staff_id`` who
    served (NULL for web orders), ``sold_on``, ``channel`` 'STR' in store or 'WEB' online, ``payment`` 'CARD',
    'CASH' or 'GIFT' (gift card), ``status`` 'C' completed or 'R' refunded, ``fulfilment`` 'T' taken away,
    'C' click and collect, 'D' home delivery, ``delivery_fee`` (0 unless delivered) and ``delivered_on`` (the day a
    home delivery arrived; NULL when not delivered or not yet delivered).
``sale_lines``
    The items on a sale: ``sale_id``, ``product_id``, ``quantity``, ``unit_price`` charged and ``discount_pct``
    (0-30); a line is worth quantity * unit_price * (1 - discount_pct / 100).
``workshops``
    Classes run in a store: ``title``, ``topic`` ('VEG' vegetable growing, 'PRN' pruning, 'FLR' flower arranging,
    'WLD' wildlife gardening, 'KID' children's session), ``held_on``, ``capacity`` (places), ``price`` per place
    and ``led_by`` (a member of staff).
``workshop_bookings``
    A customer booking ``places`` on a workshop on ``booked_on``; ``status`` 'B' booked, 'A' attended,
    'C' cancelled, 'N' no-show.

Rows come from a fixed seed, so every build holds the same rows. Dates run over 2023-2025. Sales are skewed: the
big stores and a few loyal customers account for much of the trade, plants peak in spring and barbecues in
summer; one store (Foxglove) closed in August 2024 and one (Larkspur) opened in March 2024, one supplier has no
products, some products never sold and some customers never bought anything or booked a workshop.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_garden_database(pathlib.Path(tempfile.mkdtemp()) / "garden.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM stores").fetchone()
    (8,)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_garden_database"]

_SCHEMA = """
CREATE TABLE stores (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, town TEXT NOT NULL, region TEXT NOT NULL, opened_on DATE NOT NULL,
    floor_area_sqm INTEGER NOT NULL, has_cafe INTEGER NOT NULL, status TEXT NOT NULL
);
CREATE TABLE suppliers (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, country TEXT NOT NULL, status TEXT NOT NULL
);
CREATE TABLE products (
    id INTEGER PRIMARY KEY, sku TEXT NOT NULL, name TEXT NOT NULL, department TEXT NOT NULL,
    supplier_id INTEGER NOT NULL REFERENCES suppliers (id), unit_price NUMERIC NOT NULL,
    cost_price NUMERIC NOT NULL, status TEXT NOT NULL
);
CREATE TABLE customers (
    id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, email TEXT NOT NULL,
    town TEXT NOT NULL, joined_on DATE NOT NULL, home_store_id INTEGER NOT NULL REFERENCES stores (id),
    loyalty_tier TEXT NOT NULL
);
CREATE TABLE staff (
    id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
    store_id INTEGER NOT NULL REFERENCES stores (id), role TEXT NOT NULL, hourly_rate NUMERIC NOT NULL,
    started_on DATE NOT NULL, left_on DATE
);
CREATE TABLE sales (
    id INTEGER PRIMARY KEY, store_id INTEGER NOT NULL REFERENCES stores (id),
    customer_id INTEGER REFERENCES customers (id), staff_id INTEGER REFERENCES staff (id), sold_on DATE NOT NULL,
    channel TEXT NOT NULL, payment TEXT NOT NULL, status TEXT NOT NULL, fulfilment TEXT NOT NULL,
    delivery_fee NUMERIC NOT NULL, delivered_on DATE
);
CREATE TABLE sale_lines (
    id INTEGER PRIMARY KEY, sale_id INTEGER NOT NULL REFERENCES sales (id),
    product_id INTEGER NOT NULL REFERENCES products (id), quantity INTEGER NOT NULL, unit_price NUMERIC NOT NULL,
    discount_pct INTEGER NOT NULL
);
CREATE TABLE workshops (
    id INTEGER PRIMARY KEY, store_id INTEGER NOT NULL REFERENCES stores (id), title TEXT NOT NULL,
    topic TEXT NOT NULL, held_on DATE NOT NULL, capacity INTEGER NOT NULL, price NUMERIC NOT NULL,
    led_by INTEGER NOT NULL REFERENCES staff (id)
);
CREATE TABLE workshop_bookings (
    id INTEGER PRIMARY KEY, workshop_id INTEGER NOT NULL REFERENCES workshops (id),
    customer_id INTEGER NOT NULL REFERENCES customers (id), booked_on DATE NOT NULL, places INTEGER NOT NULL,
    status TEXT NOT NULL
);
"""

#: name, town, region, opened, floor area, cafe, status, trade weight
_STORES = [
    ("Willow Bank", "Harrogate", "North", "2009-03-14", 5200, 1, "O", 10),
    ("Ferndale", "Kendal", "North", "2012-04-02", 3100, 1, "O", 5),
    ("Oakmere", "Nantwich", "Midlands", "2006-05-20", 6400, 1, "O", 12),
    ("Brambles", "Ludlow", "Midlands", "2015-02-28", 2400, 0, "O", 3),
    ("Hollyhock Lane", "Stratford-upon-Avon", "Midlands", "2011-09-09", 3800, 1, "O", 6),
    ("Meadowsweet", "Guildford", "South", "2008-03-01", 5900, 1, "O", 11),
    ("Foxglove", "Salisbury", "South", "2017-06-17", 2100, 0, "C", 3),
    ("Larkspur", "Chichester", "South", "2024-03-23", 2800, 1, "O", 4),
]
_STORE_OPEN = {7: dt.date(2017, 6, 17)}
_FOXGLOVE_CLOSED = dt.date(2024, 8, 31)
_LARKSPUR_OPENED = dt.date(2024, 3, 23)
#: name, country, status
_SUPPLIERS = [
    ("Greenleaf Nurseries", "United Kingdom", "A"), ("Hortiplant BV", "Netherlands", "A"),
    ("Spear & Fork Tools", "United Kingdom", "A"), ("Teakwood Living", "Indonesia", "A"),
    ("Westland Growing Media", "United Kingdom", "A"), ("Flamecraft Grills", "Germany", "A"),
    ("Terracotta Italia", "Italy", "A"), ("Bloomfield Bulbs", "Netherlands", "A"),
    ("Nordic Garden Furniture", "Denmark", "I"), ("Cotswold Stoneware", "United Kingdom", "A"),
    ("Sunray Outdoor", "China", "A"), ("Heritage Roses Ltd", "United Kingdom", "I"),
    ("Evergreen Irrigation", "United Kingdom", "A"),
]  # fmt: skip
#: department -> list of (name, price, supplier ids)
_PRODUCTS = {
    "PLT": [("Lavender Hidcote 2L", 8.99, [1, 2]), ("Rose 'Gertrude Jekyll'", 19.99, [12, 1]),
            ("Japanese Maple 10L", 49.99, [2]), ("Tomato Plants 6 Pack", 5.49, [1]),
            ("Bedding Petunias 12 Pack", 6.99, [1, 2]), ("Box Ball Topiary 40cm", 34.99, [2]),
            ("Clematis Montana 3L", 14.99, [1]), ("Hydrangea Annabelle 5L", 22.99, [2]),
            ("Olive Tree 1.2m", 89.99, [2]), ("Tulip Bulbs Mixed 25", 7.99, [8]),
            ("Daffodil Bulbs 50", 9.99, [8]), ("Strawberry Plants 6 Pack", 6.49, [1]),
            ("Hosta Patriot 2L", 9.49, [2]), ("Apple Tree Cox 12L", 39.99, [1]),
            ("Herb Collection 6 Pack", 8.49, [1]), ("Climbing Rose 'New Dawn'", 21.99, [12]),
            ("Fuchsia Basket 30cm", 24.99, [1]), ("Bamboo Fargesia 10L", 44.99, [2])],
    "TLS": [("Stainless Spade", 32.99, [3]), ("Border Fork", 29.99, [3]), ("Bypass Secateurs", 18.99, [3]),
            ("Hedge Shears", 27.49, [3]), ("Hose Reel 30m", 39.99, [11]), ("Watering Can 10L", 12.99, [11]),
            ("Cordless Hedge Trimmer", 119.00, [11]), ("Lawn Rake", 16.99, [3]), ("Hand Trowel", 9.99, [3]),
            ("Wheelbarrow 85L", 74.99, [11]), ("Gardening Gloves", 6.99, [11]), ("Loppers 70cm", 34.99, [3]),
            ("Electric Lawnmower 37cm", 179.00, [11])],
    "FUR": [("Teak Bench 3 Seater", 399.00, [4]), ("Rattan Corner Sofa Set", 1199.00, [11]),
            ("Bistro Set 2 Chairs", 149.00, [11, 9]), ("Hardwood Dining Set 6", 899.00, [4]),
            ("Steamer Lounger", 229.00, [4, 9]), ("Parasol 3m", 89.99, [11]), ("Hammock with Stand", 129.00, [11]),
            ("Swing Seat", 349.00, [9]), ("Folding Deck Chair", 39.99, [11]), ("Outdoor Rug 160x230", 69.99, [9])],
    "CMP": [("Multi-purpose Compost 50L", 6.99, [5]), ("Peat-free Compost 40L", 7.49, [5]),
            ("John Innes No.2 25L", 8.49, [5]), ("Bark Mulch 75L", 9.99, [5]), ("Topsoil 25L", 4.99, [5]),
            ("Growbag", 3.99, [5]), ("Lawn Feed 100m2", 14.99, [5]), ("Chicken Manure Pellets 10kg", 11.99, [5]),
            ("Ericaceous Compost 40L", 7.99, [5])],
    "BBQ": [("Kettle Barbecue 57cm", 219.00, [6]), ("Gas Barbecue 3 Burner", 449.00, [6]),
            ("Charcoal Briquettes 10kg", 14.99, [6]), ("Barbecue Cover", 29.99, [6, 11]),
            ("Pizza Oven", 399.00, [6]), ("Barbecue Tool Set", 24.99, [6]), ("Fire Pit Bowl", 119.00, [6, 11]),
            ("Portable Barbecue", 49.99, [11])],
    "DEC": [("Terracotta Pot 40cm", 29.99, [7]), ("Glazed Pot Blue 35cm", 34.99, [10, 7]),
            ("Stone Bird Bath", 79.99, [10]), ("Solar String Lights", 19.99, [11]), ("Wind Chime", 14.99, [11]),
            ("Bird Feeder Station", 34.99, [11]), ("Garden Gnome", 12.99, [10]), ("Window Box 60cm", 17.99, [7]),
            ("Hanging Basket Bracket", 8.99, [11]), ("Stone Planter Large", 119.00, [10]),
            ("Bug Hotel", 22.99, [11])],
}  # fmt: skip
#: seasonal sales weight by month for each department
_SEASON = {
    "PLT": [2, 3, 8, 12, 13, 9, 6, 5, 6, 5, 3, 2], "TLS": [3, 4, 7, 9, 9, 7, 6, 5, 6, 6, 4, 4],
    "FUR": [1, 2, 4, 8, 11, 12, 10, 7, 3, 2, 1, 1], "CMP": [2, 4, 10, 12, 10, 7, 5, 4, 5, 4, 2, 1],
    "BBQ": [1, 1, 2, 5, 10, 13, 13, 10, 3, 1, 1, 1], "DEC": [3, 3, 5, 7, 8, 7, 6, 6, 5, 6, 9, 12],
}  # fmt: skip
_MONTH_TRADE = [3, 4, 8, 12, 13, 11, 9, 8, 6, 5, 5, 7]
_FIRST = ["Margaret", "Susan", "Peter", "John", "Janet", "Alan", "Linda", "Graham", "Carol", "Brian", "Helen",
          "Keith", "Judith", "Colin", "Pauline", "Nigel", "Gillian", "Trevor", "Sarah", "James", "Emma", "Tom",
          "Rachel", "Ben", "Lucy", "Daniel", "Priya", "Hannah", "Oliver", "Sophie", "Rajesh", "Chloe"]  # fmt: skip
_LAST = ["Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans", "Thomas", "Roberts", "Walker", "Wright",
         "Robinson", "Thompson", "White", "Hughes", "Edwards", "Green", "Hall", "Wood", "Harris", "Clarke",
         "Turner", "Baker", "Fletcher", "Marsh", "Gardner", "Bloom", "Ashworth", "Pennington", "Kaur", "Shah",
         "Fenwick", "Holloway", "Dunmore", "Ridley", "Sutcliffe", "Ogden"]  # fmt: skip
_TOWNS = {1: ["Harrogate", "Knaresborough", "Ripon"], 2: ["Kendal", "Windermere", "Sedbergh"],
          3: ["Nantwich", "Crewe", "Sandbach"], 4: ["Ludlow", "Leominster"],
          5: ["Stratford-upon-Avon", "Alcester", "Shipston-on-Stour"], 6: ["Guildford", "Godalming", "Woking"],
          7: ["Salisbury", "Amesbury"], 8: ["Chichester", "Bognor Regis", "Selsey"]}  # fmt: skip
#: title, topic, price, capacity
_WORKSHOPS = [
    ("Grow Your Own Vegetables", "VEG", 25, 16), ("Tomatoes from Seed", "VEG", 15, 12),
    ("Pruning Roses", "PRN", 20, 12), ("Fruit Tree Pruning", "PRN", 30, 10),
    ("Christmas Wreath Making", "FLR", 45, 14), ("Spring Flower Arranging", "FLR", 35, 12),
    ("Wildlife Friendly Gardens", "WLD", 15, 20), ("Build a Bug Hotel", "KID", 8, 15),
    ("Little Sprouts Planting Club", "KID", 6, 15),
]  # fmt: skip
_START, _END = dt.date(2023, 1, 1), dt.date(2025, 12, 31)


def _store_open(store: int, day: dt.date) -> bool:
    if store == 7:
        return day <= _FOXGLOVE_CLOSED
    if store == 8:
        return day >= _LARKSPUR_OPENED
    return True


def _seasonal_day(rng: random.Random, weights: list[int]) -> dt.date:
    year = rng.choice([2023, 2024, 2025])
    month = rng.choices(range(1, 13), weights=weights)[0]
    first = dt.date(year, month, 1)
    last = (dt.date(year + month // 12, month % 12 + 1, 1)) - dt.timedelta(days=1)
    return random_day(rng, first, last)


def _rows(seed: int = 4711) -> dict[str, list[tuple]]:  # noqa: C901, PLR0912, PLR0915 - one generator per table
    rng = random.Random(seed)
    stores = [(i, *s[:7]) for i, s in enumerate(_STORES, 1)]
    suppliers = [(i, *s) for i, s in enumerate(_SUPPLIERS, 1)]
    products = []
    for dept, items in _PRODUCTS.items():
        for n, (name, price, sups) in enumerate(items, 1):
            supplier = rng.choice(sups)
            margin = {"PLT": 0.45, "TLS": 0.6, "FUR": 0.55, "CMP": 0.5, "BBQ": 0.6, "DEC": 0.5}[dept]
            cost = round(price * (margin + rng.uniform(-0.08, 0.08)), 2)
            status = "D" if supplier in (9, 12) or rng.random() < 0.06 else "A"
            products.append((len(products) + 1, f"{dept}-{100 + n * 3:04d}", name, dept, supplier, price, cost,
                             status))  # fmt: skip
    # product popularity: cheap consumables sell often, a few items never sell
    popularity = []
    for p in products:
        weight = 40 / (p[5] ** 0.6)
        if p[0] % 17 == 5:
            weight = 0
        if p[7] == "D":
            weight *= 0.3
        popularity.append(weight)
    customers = []
    names = rng.sample([(f, s) for f in _FIRST for s in _LAST], 620)
    for i in range(1, 621):
        home = rng.choices(range(1, 9), weights=[s[7] for s in _STORES])[0]
        first, last = names[i - 1]
        joined = random_day(rng, dt.date(2019, 1, 1), dt.date(2025, 10, 31))
        if home == 8:
            joined = random_day(rng, _LARKSPUR_OPENED, dt.date(2025, 10, 31))
        tier = rng.choices(["N", "B", "S", "G"], weights=[30, 35, 22, 13])[0]
        email = f"{first.lower()}.{last.lower()}{i % 97}@{rng.choice(['gmail.com', 'outlook.com', 'btinternet.com'])}"
        customers.append((i, first, last, email, rng.choice(_TOWNS[home]), joined.isoformat(), home, tier))
    staff = []
    staff_names = rng.sample([(f, s) for f in _FIRST for s in _LAST], 70)
    for store in range(1, 9):
        size = 4 + _STORES[store - 1][7] // 2
        roles = ["MGR", "SUP", "HOR", "DRV"] + rng.choices(["ASS", "ASS", "HOR", "SUP"], k=size - 4)
        for role in roles:
            first, last = staff_names[len(staff)]
            rate = {"MGR": 19.5, "SUP": 14.2, "ASS": 11.6, "HOR": 13.4, "DRV": 12.8}[role] + rng.randrange(0, 9) * 0.25
            start = random_day(rng, dt.date(2012, 1, 1), dt.date(2025, 6, 30))
            if store == 8:
                start = random_day(rng, dt.date(2024, 2, 1), dt.date(2025, 6, 30))
            left = None
            if store == 7:
                left = _FOXGLOVE_CLOSED.isoformat()
                start = min(start, dt.date(2023, 6, 1))
            elif rng.random() < 0.12:
                left = random_day(rng, max(start, dt.date(2023, 1, 1)) + dt.timedelta(days=30), dt.date(2025, 11, 30))
                left = left.isoformat()
            staff.append((len(staff) + 1, first, last, store, role, round(rate, 2), start.isoformat(), left))
    cust_weight = [(15 if c[0] % 23 == 1 else 1) * {"N": 0.5, "B": 1, "S": 2, "G": 4}[c[7]] for c in customers]
    cust_weight = [0 if c[0] % 9 == 4 else w for c, w in zip(customers, cust_weight, strict=True)]
    sales, lines = [], []
    while len(sales) < 3200:
        day = _seasonal_day(rng, _MONTH_TRADE)
        store = rng.choices(range(1, 9), weights=[s[7] for s in _STORES])[0]
        if not _store_open(store, day):
            continue
        channel = "WEB" if rng.random() < (0.12 if day.year == 2023 else 0.22) else "STR"
        customer = None
        if channel == "WEB" or rng.random() < 0.55:
            customer = rng.choices(customers, weights=cust_weight)[0]
            if dt.date.fromisoformat(customer[5]) > day:
                continue
            customer = customer[0]
        staff_id = None
        if channel == "STR":
            pool = [s for s in staff if s[3] == store and s[4] != "DRV" and dt.date.fromisoformat(s[6]) <= day
                    and (s[7] is None or dt.date.fromisoformat(s[7]) >= day)]  # fmt: skip
            if not pool:
                continue
            staff_id = rng.choices(pool, weights=[3 if s[0] % 5 == 2 else 1 for s in pool])[0][0]
        payment = "CARD" if channel == "WEB" else rng.choices(["CARD", "CASH", "GIFT"], weights=[75, 18, 7])[0]
        if channel == "WEB":
            fulfilment = rng.choices(["C", "D"], weights=[45, 55])[0]
        else:
            fulfilment = rng.choices(["T", "D"], weights=[90, 10])[0]
        status = "R" if rng.random() < 0.04 else "C"
        fee, delivered = 0, None
        if fulfilment == "D":
            fee = rng.choice([4.95, 4.95, 7.5, 9.95])
            if status == "C" and day < dt.date(2025, 12, 20):
                wait = rng.choices([1, 2, 3, 4, 6, 9], weights=[20, 30, 20, 12, 6, 2])[0]
                delivered = (day + dt.timedelta(days=wait)).isoformat()
        sale_id = len(sales) + 1
        sales.append((sale_id, store, customer, staff_id, day.isoformat(), channel, payment, status, fulfilment, fee,
                      delivered))  # fmt: skip
        n_lines = rng.choices([1, 2, 3, 4, 5], weights=[35, 30, 18, 10, 7])[0]
        weights = [w * _SEASON[p[3]][day.month - 1] for p, w in zip(products, popularity, strict=True)]
        chosen = set()
        for _ in range(n_lines):
            product = rng.choices(products, weights=weights)[0]
            if product[0] in chosen:
                continue
            chosen.add(product[0])
            qty = rng.choices([1, 2, 3, 4, 6], weights=[60, 20, 10, 6, 4])[0] if product[5] < 40 else 1
            price = product[5] if day.year < 2025 else round(product[5] * 1.05, 2)
            discount = 0 if rng.random() < 0.8 else rng.choice([5, 10, 10, 15, 20, 25, 30])
            if customer and dt.date(2024, 1, 1) <= day and customers[customer - 1][7] == "G" and discount == 0:
                discount = 10
            lines.append((len(lines) + 1, sale_id, product[0], qty, price, discount))
    sales.sort(key=lambda s: (s[4], s[0]))
    renumber = {s[0]: i for i, s in enumerate(sales, 1)}
    sales = [(i, *s[1:]) for i, s in enumerate(sales, 1)]
    lines = sorted(((l[0], renumber[l[1]], *l[2:]) for l in lines), key=lambda l: (l[1], l[0]))  # noqa: E741
    lines = [(i, *l[1:]) for i, l in enumerate(lines, 1)]  # noqa: E741
    workshops = []
    for _ in range(90):
        title, topic, price, capacity = rng.choices(_WORKSHOPS, weights=[5, 3, 3, 2, 4, 2, 3, 3, 2])[0]
        store = rng.choices([1, 2, 3, 5, 6, 7, 8], weights=[5, 2, 6, 3, 5, 1, 2])[0]
        months = {"VEG": [2, 3, 4], "PRN": [1, 2, 11], "FLR": [12] if "Christmas" in title else [4, 5],
                  "WLD": [5, 6, 9], "KID": [4, 7, 8, 10]}[topic]  # fmt: skip
        while True:
            day = _seasonal_day(rng, [5 if m in months else 0 for m in range(1, 13)])
            if _store_open(store, day) and day.weekday() >= 5 - (topic == "KID") * 3:
                break
        leaders = [s for s in staff if s[3] == store and s[4] in ("HOR", "MGR", "SUP")
                   and dt.date.fromisoformat(s[6]) <= day]  # fmt: skip
        leader = rng.choice(leaders or [s for s in staff if s[3] == store])
        workshops.append([0, store, title, topic, day.isoformat(), capacity, price, leader[0]])
    workshops.sort(key=lambda w: (w[4], w[1]))
    workshops = [(i, *w[1:]) for i, w in enumerate(workshops, 1)]
    bookings = []
    for w in workshops:
        held = dt.date.fromisoformat(w[4])
        local = [c for c in customers if c[6] == w[1] and dt.date.fromisoformat(c[5]) < held and c[0] % 5 != 0]
        taken = 0
        demand = rng.randint(w[5] // 3, w[5] + 2)
        for c in rng.sample(local, min(len(local), demand)):
            places = rng.choices([1, 2, 3], weights=[60, 32, 8])[0]
            if w[3] == "KID":
                places = rng.choice([1, 2, 2, 3])
            if taken + places > w[5]:
                break
            booked = held - dt.timedelta(days=rng.randint(1, 45))
            if held > dt.date(2025, 11, 30):
                status = rng.choices(["B", "C"], weights=[9, 1])[0]
            else:
                status = rng.choices(["A", "C", "N"], weights=[80, 12, 8])[0]
            if status != "C":
                taken += places
            bookings.append((0, w[0], c[0], booked.isoformat(), places, status))
    bookings.sort(key=lambda b: (b[3], b[1], b[2]))
    bookings = [(i, *b[1:]) for i, b in enumerate(bookings, 1)]
    return {"stores": stores, "suppliers": suppliers, "products": products, "customers": customers, "staff": staff,
            "sales": sales, "sale_lines": lines, "workshops": workshops, "workshop_bookings": bookings}  # fmt: skip


def build_garden_database(path: str | Path) -> Path:
    """Write the garden centre chain's database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
