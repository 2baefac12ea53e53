"""A deterministic demo "shop" database in SQLite.

The demo data source is small enough to build in well under a second and rich enough that every chart shape
has something real to show: two years of orders with growth and a holiday peak, customers in a dozen
countries, products in six categories, a handful of refunds and cancellations.

Everything comes from one seeded :class:`random.Random` and a fixed calendar (2024-01-01 to 2025-12-31), never
from the wall clock, so rebuilding gives the same rows in the same order and the same file bytes.

>>> import tempfile, sqlite3, pathlib
>>> with tempfile.TemporaryDirectory() as tmp:
...     path = build_shop_database(pathlib.Path(tmp) / "shop.db")
...     with sqlite3.connect(path) as conn:
...         conn.execute("SELECT COUNT(*) FROM categories").fetchone()[0]
6
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
import unicodedata
from bisect import bisect_right
from pathlib import Path

__all__ = ["SHOP_SCHEMA", "SHOP_SEED", "SHOP_START", "SHOP_END", "build_shop_database"]

SHOP_SEED = 20240101
SHOP_START = dt.date(2024, 1, 1)
SHOP_END = dt.date(2025, 12, 31)

SHOP_SCHEMA = """
CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    email TEXT NOT NULL UNIQUE,
    country TEXT NOT NULL,
    city TEXT NOT NULL,
    segment TEXT NOT NULL,
    signup_date DATE NOT NULL
);
CREATE TABLE categories (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);
CREATE TABLE products (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    category_id INTEGER NOT NULL REFERENCES categories (id),
    price REAL NOT NULL,
    cost REAL NOT NULL
);
CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    order_date DATE NOT NULL,
    status TEXT NOT NULL,
    channel TEXT NOT NULL
);
CREATE TABLE order_items (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders (id),
    product_id INTEGER NOT NULL REFERENCES products (id),
    quantity INTEGER NOT NULL,
    unit_price REAL NOT NULL
);
CREATE INDEX orders_customer_id ON orders (customer_id);
CREATE INDEX orders_order_date ON orders (order_date);
CREATE INDEX order_items_order_id ON order_items (order_id);
CREATE INDEX order_items_product_id ON order_items (product_id);
CREATE INDEX products_category_id ON products (category_id);
"""

# (country, weight, cities). Weights shape the "revenue by country" bar chart: a clear leader, a long tail.
_COUNTRIES = [
    ("United States", 24, ["New York", "San Francisco", "Chicago", "Austin"]),
    ("United Kingdom", 12, ["London", "Manchester", "Edinburgh"]),
    ("Germany", 11, ["Berlin", "Munich", "Hamburg"]),
    ("France", 9, ["Paris", "Lyon", "Marseille"]),
    ("Canada", 8, ["Toronto", "Vancouver", "Montreal"]),
    ("Australia", 7, ["Sydney", "Melbourne", "Brisbane"]),
    ("Netherlands", 6, ["Amsterdam", "Rotterdam", "Utrecht"]),
    ("Spain", 6, ["Madrid", "Barcelona", "Valencia"]),
    ("Italy", 5, ["Rome", "Milan", "Turin"]),
    ("Brazil", 5, ["São Paulo", "Rio de Janeiro", "Curitiba"]),
    ("Japan", 4, ["Tokyo", "Osaka", "Yokohama"]),
    ("India", 3, ["Bengaluru", "Mumbai", "Delhi"]),
]

# fmt: off
_FIRST_NAMES = [
    "Olivia", "Liam", "Emma", "Noah", "Ava", "Elijah", "Sophia", "Lucas", "Mia", "Mateo", "Amelia",
    "Leo", "Harper", "Ethan", "Isla", "Hugo", "Chloe", "Oscar", "Léa", "Jonas", "Hannah", "Felix",
    "Clara", "Max", "Lucia", "Marco", "Giulia", "Pablo", "Sofía", "Daan", "Sanne", "Yuki",
    "Haruto", "Aiko", "Priya", "Arjun", "Ananya", "Rohan", "Ana", "Pedro", "Beatriz", "Gabriel",
    "Grace", "Jack", "Charlotte", "Thomas", "Zoe", "Samuel", "Nora", "Adam",
]
# fmt: on

# fmt: off
_LAST_NAMES = [
    "Smith", "Johnson", "Williams", "Brown", "Garcia", "Miller", "Davis", "Martinez", "Wilson",
    "Anderson", "Taylor", "Moore", "Jackson", "Martin", "Lee", "Thompson", "White", "Harris",
    "Clark", "Lewis", "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Dubois", "Moreau",
    "Laurent", "Bernard", "Rossi", "Russo", "Bianchi", "Fernández", "López", "Sánchez", "de Vries",
    "Jansen", "Bakker", "Tanaka", "Suzuki", "Sato", "Patel", "Sharma", "Iyer", "Silva", "Santos",
    "Oliveira", "Walker", "Young", "King",
]
# fmt: on

_SEGMENTS = [("consumer", 70), ("small business", 22), ("enterprise", 8)]

# (category, [(product, price)]). Cost is derived from price with a per-category margin.
_CATALOG = [
    (
        "Electronics",
        0.62,
        [
            ("Wireless Earbuds", 79.00),
            ("Noise-Cancelling Headphones", 249.00),
            ("Bluetooth Speaker", 59.00),
            ("USB-C Charger 65W", 39.00),
            ("Smartwatch", 199.00),
            ("4K Webcam", 129.00),
            ("Portable SSD 1TB", 109.00),
            ("Mechanical Keyboard", 119.00),
        ],
    ),
    (
        "Home & Kitchen",
        0.48,
        [
            ("Chef's Knife", 89.00),
            ("Cast Iron Skillet", 45.00),
            ("Pour-Over Coffee Set", 52.00),
            ("Linen Duvet Cover", 149.00),
            ("Ceramic Dinner Plates (4)", 64.00),
            ("Electric Kettle", 49.00),
            ("Bamboo Cutting Board", 29.00),
        ],
    ),
    (
        "Books",
        0.55,
        [
            ("The Data Detective", 18.00),
            ("Practical SQL", 34.00),
            ("Storytelling with Data", 29.00),
            ("A Year of Slow Cooking", 24.00),
            ("Atlas of Remote Islands", 22.00),
            ("The Art of Statistics", 19.00),
        ],
    ),
    (
        "Clothing",
        0.40,
        [
            ("Merino Wool Sweater", 98.00),
            ("Rain Jacket", 139.00),
            ("Organic Cotton T-Shirt", 25.00),
            ("Slim Chinos", 69.00),
            ("Everyday Sneakers", 89.00),
            ("Wool Beanie", 22.00),
            ("Denim Jacket", 109.00),
        ],
    ),
    (
        "Sports & Outdoors",
        0.50,
        [
            ("Yoga Mat", 35.00),
            ("Trail Running Shoes", 129.00),
            ("Insulated Water Bottle", 32.00),
            ("Camping Hammock", 59.00),
            ("Adjustable Dumbbells", 219.00),
            ("Cycling Helmet", 79.00),
        ],
    ),
    (
        "Beauty",
        0.35,
        [
            ("Vitamin C Serum", 38.00),
            ("Daily Moisturizer SPF 30", 27.00),
            ("Clay Face Mask", 21.00),
            ("Argan Hair Oil", 24.00),
            ("Lip Balm Trio", 12.00),
            ("Bamboo Toothbrush Set", 9.00),
        ],
    ),
]

# Relative order volume by calendar month: quiet February, a summer bump, a strong November/December.
_SEASON = {
    1: 0.85,
    2: 0.75,
    3: 0.9,
    4: 0.95,
    5: 1.0,
    6: 1.05,
    7: 1.1,
    8: 1.0,
    9: 0.95,
    10: 1.05,
    11: 1.45,
    12: 1.7,
}
_WEEKDAY = [0.95, 0.95, 1.0, 1.0, 1.1, 1.25, 1.15]  # Monday..Sunday
_CHANNELS = [("web", 52), ("mobile", 30), ("marketplace", 12), ("store", 6)]

_N_CUSTOMERS = 420
_N_ORDERS = 4200


def _weighted(rng: random.Random, pairs):
    values, weights = zip(*pairs, strict=True)
    return rng.choices(values, weights=weights)[0]


def _days(start: dt.date, end: dt.date) -> list[dt.date]:
    return [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]


def _customers(rng: random.Random) -> list[tuple]:
    # Some customers predate the order history so that January 2024 has buyers; the rest sign up over time,
    # a little faster in the second year (growth).
    early = _days(dt.date(2023, 1, 1), dt.date(2023, 12, 31))
    later = _days(SHOP_START, dt.date(2025, 11, 30))
    later_weights = [1.0 + 0.8 * i / len(later) for i in range(len(later))]
    signups = sorted(
        rng.choice(early) if rng.random() < 0.3 else rng.choices(later, weights=later_weights)[0]
        for _ in range(_N_CUSTOMERS)
    )
    rows = []
    seen_emails: set[str] = set()
    for index, signup in enumerate(signups, start=1):
        first = rng.choice(_FIRST_NAMES)
        last = rng.choice(_LAST_NAMES)
        country, _, cities = rng.choices(_COUNTRIES, weights=[c[1] for c in _COUNTRIES])[0]
        city = rng.choice(cities)
        segment = _weighted(rng, _SEGMENTS)
        local = f"{first}.{last}".lower().replace(" ", "")
        local = unicodedata.normalize("NFKD", local).encode("ascii", "ignore").decode() or "customer"
        email = f"{local}@example.com"
        if email in seen_emails:
            email = f"{local}{index}@example.com"
        seen_emails.add(email)
        rows.append((index, first, last, email, country, city, segment, signup.isoformat()))
    return rows


def _products() -> tuple[list[tuple], list[tuple]]:
    categories, products = [], []
    for category_id, (name, cost_ratio, items) in enumerate(_CATALOG, start=1):
        categories.append((category_id, name))
        for product, price in items:
            cost = round(price * cost_ratio, 2)
            products.append((len(products) + 1, product, category_id, price, cost))
    return categories, products


def _orders(rng: random.Random, customers: list[tuple], products: list[tuple]) -> tuple[list, list]:
    days = _days(SHOP_START, SHOP_END)
    # Growth of about 60% over the two years, times month seasonality and a weekend lift.
    weights = [(1.0 + 0.6 * i / len(days)) * _SEASON[day.month] * _WEEKDAY[day.weekday()] for i, day in enumerate(days)]
    order_dates = sorted(rng.choices(days, weights=weights, k=_N_ORDERS))

    signup_dates = [dt.date.fromisoformat(c[7]) for c in customers]
    # Each customer has a loyalty weight: a few buy often, most buy once or twice.
    loyalty = [rng.paretovariate(1.6) for _ in customers]
    segment_boost = {"consumer": 1.0, "small business": 1.6, "enterprise": 2.4}
    # Cheap products sell more often; each product also gets its own luck, so rankings are not just by price.
    product_popularity = [rng.uniform(0.4, 2.2) / (p[3] ** 0.35) for p in products]

    orders, items = [], []
    for order_id, day in enumerate(order_dates, start=1):
        eligible = max(1, bisect_right(signup_dates, day))
        customer_index = rng.choices(range(eligible), weights=loyalty[:eligible])[0]
        customer = customers[customer_index]
        age_days = (SHOP_END - day).days
        if age_days < 4:
            status = "paid"
        else:
            status = _weighted(rng, [("shipped", 88), ("paid", 2), ("refunded", 6), ("cancelled", 4)])
        channel = _weighted(rng, _CHANNELS)
        orders.append((order_id, customer[0], day.isoformat(), status, channel))

        n_items = _weighted(rng, [(1, 50), (2, 28), (3, 14), (4, 8)])
        chosen: list[int] = []
        while len(chosen) < n_items:
            pick = rng.choices(range(len(products)), weights=product_popularity)[0]
            if pick not in chosen:
                chosen.append(pick)
        boost = segment_boost[customer[6]]
        for product_index in chosen:
            product = products[product_index]
            quantity = _weighted(rng, [(1, 70), (2, 20), (3, 7), (5, 3)])
            if boost > 1 and rng.random() < 0.4:
                quantity *= 2
            # Holiday promotions: 15% off in late November (Black Friday week); prices rise 5% in 2025.
            price = product[3] * (1.05 if day.year == 2025 else 1.0)
            if day.month == 11 and day.day >= 24:
                price *= 0.85
            items.append((len(items) + 1, order_id, product[0], quantity, round(price, 2)))
    return orders, items


def build_shop_database(path: str | Path) -> Path:
    """Build the demo shop database at ``path``, replacing any file already there.

    Args:
        path: where to write the SQLite file; its parent directory must exist.

    Returns:
        The path of the database, as a :class:`~pathlib.Path`.

    >>> import tempfile, pathlib
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     build_shop_database(pathlib.Path(tmp) / "shop.db").name
    'shop.db'
    """
    path = Path(path)
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)

    rng = random.Random(SHOP_SEED)
    customers = _customers(rng)
    categories, products = _products()
    orders, items = _orders(rng, customers, products)

    conn = sqlite3.connect(path)
    try:
        conn.executescript(SHOP_SCHEMA)
        with conn:
            conn.executemany("INSERT INTO customers VALUES (?, ?, ?, ?, ?, ?, ?, ?)", customers)
            conn.executemany("INSERT INTO categories VALUES (?, ?)", categories)
            conn.executemany("INSERT INTO products VALUES (?, ?, ?, ?, ?)", products)
            conn.executemany("INSERT INTO orders VALUES (?, ?, ?, ?, ?)", orders)
            conn.executemany("INSERT INTO order_items VALUES (?, ?, ?, ?, ?)", items)
        conn.execute("VACUUM")
    finally:
        conn.close()
    return path
