"""A made-up chain of eight independent bookshops, written by someone who had not seen the engine's rules: the
``bookshop`` dev set's database.

Eleven tables with foreign keys: ``shops`` (a name, city, region, the date it opened, floor area in square metres,
the manager's name), ``authors`` (first and last name, country, year of birth), ``publishers`` (a name, country,
whether an independent press), ``books`` (an ``isbn``, title, author, publisher, ``genre`` such as 'Crime' or
'Children', ``format`` 'Hardback' / 'Paperback' / 'Audiobook', ``list_price`` and ``cost_price`` in pounds,
``published_on``, ``page_count``), ``stock_levels`` (one row per shop and book it carries: ``quantity_on_hand``,
``reorder_level`` and ``last_counted_on``), ``customers`` (first and last name, email, city, the ``home_shop_id``
where they signed up, ``joined_on``, ``loyalty_tier`` 'Bronze' / 'Silver' / 'Gold' and a ``loyalty_points``
balance), ``sales`` (a till transaction at a shop on ``sale_date``, with a customer when a loyalty card was shown
and NULL for walk-in buyers, and a ``payment_method`` 'Card' / 'Cash' / 'Gift card'), ``sale_lines`` (a book, a
``quantity``, the ``unit_price`` charged and a ``discount_percent``), ``special_orders`` (a customer ordering a book
through a shop: ``ordered_on``, ``quantity``, ``deposit_paid`` and ``status`` 'Ordered' / 'Arrived' / 'Collected' /
'Cancelled'), ``author_events`` (an author at a shop on ``event_date``: ``event_type`` 'Signing' / 'Reading' /
'Talk' / 'Launch', ``ticket_price`` (0 when free), ``capacity``, ``attendance`` and ``status`` 'Held' / 'Cancelled'
/ 'Scheduled') and ``returns`` (a sale line brought back on ``returned_on``: ``quantity``, ``reason`` and the
``refund_amount``). Rows come from a fixed seed, so every build holds the same rows; a few loyalty customers buy far
more than the rest, some customers never bought anything, some books never sold and some authors never held an
event.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_bookshop_database(pathlib.Path(tempfile.mkdtemp()) / "bookshop.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM shops").fetchone()
    (8,)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_bookshop_database"]

_SCHEMA = """
CREATE TABLE shops (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, city TEXT NOT NULL, region TEXT NOT NULL, opened_on DATE NOT NULL,
    floor_area_sqm INTEGER NOT NULL, manager_name TEXT NOT NULL
);
CREATE TABLE authors (
    id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, country TEXT NOT NULL,
    birth_year INTEGER NOT NULL
);
CREATE TABLE publishers (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, country TEXT NOT NULL, is_independent INTEGER NOT NULL
);
CREATE TABLE books (
    id INTEGER PRIMARY KEY, isbn TEXT NOT NULL, title TEXT NOT NULL, author_id INTEGER NOT NULL REFERENCES authors (id),
    publisher_id INTEGER NOT NULL REFERENCES publishers (id), genre TEXT NOT NULL, format TEXT NOT NULL,
    list_price NUMERIC NOT NULL, cost_price NUMERIC NOT NULL, published_on DATE NOT NULL, page_count INTEGER NOT NULL
);
CREATE TABLE stock_levels (
    shop_id INTEGER NOT NULL REFERENCES shops (id), book_id INTEGER NOT NULL REFERENCES books (id),
    quantity_on_hand INTEGER NOT NULL, reorder_level INTEGER NOT NULL, last_counted_on DATE NOT NULL,
    PRIMARY KEY (shop_id, book_id)
);
CREATE TABLE customers (
    id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, email TEXT NOT NULL,
    city TEXT NOT NULL, home_shop_id INTEGER NOT NULL REFERENCES shops (id), joined_on DATE NOT NULL,
    loyalty_tier TEXT NOT NULL, loyalty_points INTEGER NOT NULL
);
CREATE TABLE sales (
    id INTEGER PRIMARY KEY, shop_id INTEGER NOT NULL REFERENCES shops (id),
    customer_id INTEGER REFERENCES customers (id), sale_date DATE NOT NULL, payment_method TEXT NOT NULL
);
CREATE TABLE sale_lines (
    id INTEGER PRIMARY KEY, sale_id INTEGER NOT NULL REFERENCES sales (id),
    book_id INTEGER NOT NULL REFERENCES books (id), quantity INTEGER NOT NULL, unit_price NUMERIC NOT NULL,
    discount_percent INTEGER NOT NULL
);
CREATE TABLE special_orders (
    id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers (id),
    shop_id INTEGER NOT NULL REFERENCES shops (id), book_id INTEGER NOT NULL REFERENCES books (id),
    ordered_on DATE NOT NULL, quantity INTEGER NOT NULL, deposit_paid NUMERIC NOT NULL, status TEXT NOT NULL
);
CREATE TABLE author_events (
    id INTEGER PRIMARY KEY, shop_id INTEGER NOT NULL REFERENCES shops (id),
    author_id INTEGER NOT NULL REFERENCES authors (id), event_date DATE NOT NULL, event_type TEXT NOT NULL,
    ticket_price NUMERIC NOT NULL, capacity INTEGER NOT NULL, attendance INTEGER NOT NULL, status TEXT NOT NULL
);
CREATE TABLE returns (
    id INTEGER PRIMARY KEY, sale_line_id INTEGER NOT NULL REFERENCES sale_lines (id), returned_on DATE NOT NULL,
    quantity INTEGER NOT NULL, reason TEXT NOT NULL, refund_amount NUMERIC NOT NULL
);
"""

#: name, city, region, opened, floor area, manager, share of trade
_SHOPS = [
    ("Chapter House Bath", "Bath", "South West", "2009-04-18", 210, "Fiona Marsh", 16),
    ("Chapter House York", "York", "Yorkshire", "2011-10-01", 260, "Tom Ashworth", 19),
    ("Chapter House Norwich", "Norwich", "East of England", "2013-03-09", 180, "Priya Nair", 12),
    ("Chapter House Ludlow", "Ludlow", "West Midlands", "2015-06-27", 95, "Gwen Pritchard", 5),
    ("Chapter House Hebden Bridge", "Hebden Bridge", "Yorkshire", "2016-09-10", 110, "Sam Crowther", 7),
    ("Chapter House Totnes", "Totnes", "South West", "2018-05-05", 120, "Ellie Hocking", 6),
    ("Chapter House Cambridge", "Cambridge", "East of England", "2020-11-14", 240, "James Okafor", 14),
    ("Chapter House Whitby", "Whitby", "Yorkshire", "2024-03-23", 85, "Rosie Lund", 3),
]
#: first name, last name, country, birth year, main genre
_AUTHORS = [
    ("Margaret", "Holloway", "United Kingdom", 1958, "Crime"),
    ("Daniel", "Achebe", "Nigeria", 1976, "Literary Fiction"),
    ("Isobel", "Finch", "United Kingdom", 1983, "Literary Fiction"),
    ("Tomás", "Ortega", "Spain", 1969, "Literary Fiction"),
    ("Hannah", "Lindqvist", "Sweden", 1972, "Crime"),
    ("Rupert", "Caldwell", "United Kingdom", 1961, "History"),
    ("Aoife", "Brennan", "Ireland", 1988, "Literary Fiction"),
    ("Marcus", "Webb", "United Kingdom", 1979, "Science Fiction"),
    ("Leah", "Goldberg", "United States", 1985, "Fantasy"),
    ("Kwame", "Mensah", "Ghana", 1980, "Biography"),
    ("Charlotte", "Pike", "United Kingdom", 1990, "Children"),
    ("Oliver", "Stride", "United Kingdom", 1966, "Crime"),
    ("Yuki", "Tanaka", "Japan", 1977, "Literary Fiction"),
    ("Beatrice", "Arden", "United Kingdom", 1954, "History"),
    ("Felix", "Drummond", "United Kingdom", 1971, "Travel"),
    ("Nadia", "Rahman", "United Kingdom", 1987, "Young Adult"),
    ("Gregor", "Novak", "Czech Republic", 1964, "Science Fiction"),
    ("Emily", "Carrow", "United States", 1982, "Fantasy"),
    ("Hugh", "Fairbairn", "United Kingdom", 1959, "Nature"),
    ("Sophie", "Marchetti", "Italy", 1975, "Cookery"),
    ("Rajiv", "Menon", "India", 1970, "Literary Fiction"),
    ("Alice", "Thornbury", "United Kingdom", 1993, "Young Adult"),
    ("Peter", "Lowe", "United Kingdom", 1957, "Crime"),
    ("Grace", "Okonjo", "Nigeria", 1989, "Poetry"),
    ("Sebastian", "Hale", "United Kingdom", 1968, "Science"),
    ("Maeve", "Gallagher", "Ireland", 1974, "Crime"),
    ("Lars", "Eriksen", "Norway", 1963, "Crime"),
    ("Ruth", "Ellington", "United Kingdom", 1980, "Cookery"),
    ("Benedict", "Shaw", "United Kingdom", 1972, "History"),
    ("Clara", "Weiss", "Germany", 1984, "Literary Fiction"),
    ("Jonah", "Pierce", "United States", 1978, "Science Fiction"),
    ("Molly", "Tregothnan", "United Kingdom", 1986, "Children"),
    ("Ibrahim", "Haddad", "Lebanon", 1967, "Poetry"),
    ("Victoria", "Lang", "Canada", 1981, "Fantasy"),
    ("Edward", "Quayle", "United Kingdom", 1952, "Nature"),
    ("Freya", "Holm", "Denmark", 1991, "Young Adult"),
    ("Arthur", "Penrose", "United Kingdom", 1960, "Biography"),
    ("Nina", "Kovacs", "Hungary", 1979, "Literary Fiction"),
    ("Callum", "Reid", "United Kingdom", 1985, "Crime"),
    ("Lucy", "Ambrose", "United Kingdom", 1977, "Children"),
    ("Martin", "Vance", "Australia", 1965, "Travel"),
    ("Zara", "Qureshi", "United Kingdom", 1992, "Science"),
    ("Henry", "Blackwood", "United Kingdom", 1949, "History"),
    ("Elena", "Petrova", "Bulgaria", 1983, "Science Fiction"),
    ("Owen", "Llewellyn", "United Kingdom", 1973, "Poetry"),
    ("Rebecca", "Stone", "United States", 1969, "Biography"),
]
#: name, country, independent, weight
_PUBLISHERS = [
    ("Harbour Lane Press", "United Kingdom", 1, 5),
    ("Kestrel Books", "United Kingdom", 1, 4),
    ("Greywater Publishing", "United Kingdom", 0, 9),
    ("Penhallow & Rowe", "United Kingdom", 0, 10),
    ("Northlight Editions", "United Kingdom", 1, 3),
    ("Atlas House", "United States", 0, 8),
    ("Saltmarsh Books", "United Kingdom", 1, 3),
    ("Blue Heron Press", "Ireland", 1, 3),
    ("Meridian Publishers", "United Kingdom", 0, 7),
    ("Little Acorn Children's Books", "United Kingdom", 1, 2),
    ("Foxglove Poetry", "United Kingdom", 1, 1),
    ("Canongate Row", "United Kingdom", 1, 2),
    ("Oakfield & Sons", "United Kingdom", 0, 0),
]
#: genre, price range of a paperback, popularity
_GENRES = {
    "Crime": (8.99, 9.99, 10),
    "Literary Fiction": (9.99, 10.99, 8),
    "Science Fiction": (9.99, 10.99, 4),
    "Fantasy": (9.99, 11.99, 5),
    "History": (12.99, 14.99, 4),
    "Biography": (10.99, 12.99, 4),
    "Children": (6.99, 7.99, 7),
    "Young Adult": (8.99, 9.99, 5),
    "Cookery": (16.99, 22.00, 3),
    "Travel": (12.99, 16.99, 2),
    "Poetry": (9.99, 10.99, 1),
    "Nature": (12.99, 16.99, 3),
    "Science": (11.99, 14.99, 3),
}
_TITLE_FIRST = [
    "The Silent",
    "A Winter",
    "The Last",
    "The Glass",
    "Salt and",
    "The Hidden",
    "Beneath the",
    "The Long",
    "A House of",
    "The Drowned",
    "Paper",
    "The Forgotten",
    "Midnight",
    "The Lantern",
    "Under a Copper",
    "The Orchard",
    "Iron",
    "The Quiet",
    "Letters from the",
    "The Wild",
]
_TITLE_SECOND = [
    "Harbour",
    "Garden",
    "Tide",
    "Lighthouse",
    "Crossing",
    "Kingdom",
    "Archive",
    "River",
    "Sky",
    "Orchard",
    "Marsh",
    "Observatory",
    "Station",
    "Island",
    "Road",
    "Fire",
    "Moor",
    "Cartographer",
    "Machine",
    "Feast",
]
_FIRST_NAMES = [
    "Olivia",
    "Jack",
    "Amelia",
    "Harry",
    "Isla",
    "George",
    "Emily",
    "Oscar",
    "Sophie",
    "Noah",
    "Grace",
    "Leo",
    "Lily",
    "Arthur",
    "Ella",
    "Thomas",
    "Chloe",
    "William",
    "Ruby",
    "James",
    "Freya",
    "Samuel",
    "Alice",
    "Daniel",
    "Hannah",
    "Joseph",
    "Evie",
    "Benjamin",
    "Megan",
    "Matthew",
    "Priya",
    "Ahmed",
    "Zofia",
    "Rhys",
    "Niamh",
    "Callum",
]
_LAST_NAMES = [
    "Smith",
    "Jones",
    "Taylor",
    "Brown",
    "Williams",
    "Wilson",
    "Davies",
    "Evans",
    "Thomas",
    "Roberts",
    "Walker",
    "Wright",
    "Robinson",
    "Thompson",
    "White",
    "Hughes",
    "Edwards",
    "Green",
    "Hall",
    "Wood",
    "Harris",
    "Clarke",
    "Patel",
    "Khan",
    "Lewis",
    "Jackson",
    "Turner",
    "Hill",
    "Moore",
    "Cooper",
    "Ward",
    "Morgan",
    "Baker",
    "Fletcher",
    "Pearce",
    "Kaur",
    "Nowak",
    "Murphy",
    "Barker",
    "Dawson",
]
#: nearby places a shop's customers live in, the shop's own city first
_NEARBY = {
    1: ["Bath", "Bradford on Avon", "Frome", "Keynsham"],
    2: ["York", "Harrogate", "Malton", "Selby"],
    3: ["Norwich", "Wymondham", "Aylsham"],
    4: ["Ludlow", "Leominster", "Church Stretton"],
    5: ["Hebden Bridge", "Todmorden", "Halifax"],
    6: ["Totnes", "Dartmouth", "Paignton"],
    7: ["Cambridge", "Ely", "Royston"],
    8: ["Whitby", "Scarborough"],
}
_START = dt.date(2022, 1, 1)
_END = dt.date(2025, 9, 30)
_RETURN_REASONS = [("Unwanted gift", 9), ("Damaged", 5), ("Wrong edition", 3), ("Duplicate purchase", 3),
                   ("Faulty printing", 1)]  # fmt: skip


def _money(value: float) -> float:
    return round(value + 1e-9, 2)


def _sale_day(rng: random.Random, opened: dt.date) -> dt.date:
    """A trading day from the later of 2022 and the shop's opening, with more trade in November and December."""
    start = max(_START, opened)
    while True:
        day = random_day(rng, start, _END)
        keep = {11: 1.0, 12: 1.0}.get(day.month, 0.55)
        if day.month == 12 and day.day > 24:
            keep = 0.2 if day.day > 26 else 0.0
        if rng.random() < keep:
            return day


def _rows(seed: int = 4417) -> dict[str, list[tuple]]:  # noqa: PLR0915 - one generator per table, in order
    rng = random.Random(seed)
    shops = [(i, *s[:6]) for i, s in enumerate(_SHOPS, 1)]
    opened = {s[0]: dt.date.fromisoformat(s[4]) for s in shops}
    authors = [(i, *a[:4]) for i, a in enumerate(_AUTHORS, 1)]
    publishers = [(i, *p[:3]) for i, p in enumerate(_PUBLISHERS, 1)]

    # books: three to nine per author, mostly in the author's genre
    titles = [f"{a} {b}" for a in _TITLE_FIRST for b in _TITLE_SECOND]
    rng.shuffle(titles)
    books = []
    popularity = {}
    for author_id, author in enumerate(_AUTHORS, 1):
        n_books = rng.choices([2, 3, 4, 5, 6, 8], weights=[2, 4, 4, 3, 2, 1])[0]
        for _ in range(n_books):
            genre = author[4] if rng.random() < 0.85 else rng.choice(sorted(_GENRES))
            low, high, pop = _GENRES[genre]
            fmt = rng.choices(["Paperback", "Hardback", "Audiobook"], weights=[70, 24, 6])[0]
            price = rng.choice([low, high, round((low + high) / 2) - 0.01])
            if fmt == "Hardback":
                price = round(price * 1.9) - 0.01
            elif fmt == "Audiobook":
                price = round(price * 1.6) - 0.01
            price = _money(max(price, 5.99))
            cost = _money(price * rng.uniform(0.45, 0.6))
            publisher = rng.choices(range(1, len(_PUBLISHERS) + 1), weights=[p[3] for p in _PUBLISHERS])[0]
            if genre == "Children" and rng.random() < 0.5:
                publisher = 10
            if genre == "Poetry" and rng.random() < 0.6:
                publisher = 11
            published = random_day(rng, dt.date(2012, 1, 1), dt.date(2025, 8, 31))
            pages = {"Children": rng.randint(32, 220), "Poetry": rng.randint(60, 120), "Cookery": rng.randint(180, 320)}
            pages = pages.get(genre, rng.randint(220, 560))
            book_id = len(books) + 1
            isbn = f"978{rng.choice('01')}{rng.randint(10**8, 10**9 - 1)}"
            title = titles.pop()
            books.append((book_id, isbn, title, author_id, publisher, genre, fmt, price, cost, published.isoformat(),
                          pages))  # fmt: skip
            star = 6 if author_id in (1, 9, 12) else 1
            popularity[book_id] = 0 if book_id % 17 == 5 else pop * star * rng.uniform(0.3, 1.7)
    book_by_id = {b[0]: b for b in books}
    release = {b[0]: dt.date.fromisoformat(b[9]) for b in books}

    # stock: each shop carries a share of the list, bigger shops more of it
    stock = []
    for shop in shops:
        share = min(0.85, shop[5] / 300)
        for book in books:
            if rng.random() < share:
                reorder = rng.choice([2, 3, 5])
                on_hand = rng.choices([0, rng.randint(1, 4), rng.randint(5, 25)], weights=[8, 30, 62])[0]
                counted = random_day(rng, dt.date(2025, 6, 1), dt.date(2025, 9, 30))
                stock.append((shop[0], book[0], on_hand, reorder, counted.isoformat()))

    # customers: loyalty members, a few of them very heavy buyers
    names = rng.sample([(f, s) for f in _FIRST_NAMES for s in _LAST_NAMES], 650)
    customers = []
    for i, (first, last) in enumerate(names, 1):
        home = rng.choices(range(1, 9), weights=[s[6] for s in _SHOPS])[0]
        city = rng.choices(_NEARBY[home], weights=[5] + [1] * (len(_NEARBY[home]) - 1))[0]
        joined = random_day(rng, max(dt.date(2018, 1, 1), opened[home]), dt.date(2025, 8, 31))
        domain = rng.choice(["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "icloud.com"])
        email = f"{first.lower()}.{last.lower()}{i % 90}@{domain}"
        customers.append([i, first, last, email, city, home, joined.isoformat(), "Bronze", 0])
    buyer_weight = {}
    for c in customers:
        cid = c[0]
        if cid % 9 == 4:
            buyer_weight[cid] = 0.0  # signed up, never bought
        elif cid % 53 == 7:
            buyer_weight[cid] = 25.0
        else:
            buyer_weight[cid] = rng.uniform(0.3, 2.0)
    by_shop = {s[0]: [c for c in customers if c[5] == s[0]] for s in shops}

    sales = []
    lines = []
    spend = {c[0]: 0.0 for c in customers}
    shop_weights = [s[6] for s in _SHOPS]
    book_ids = [b[0] for b in books]
    book_weights = [popularity[b] for b in book_ids]
    for _ in range(4200):
        shop_id = rng.choices(range(1, 9), weights=shop_weights)[0]
        day = _sale_day(rng, opened[shop_id])
        customer = None
        if rng.random() < 0.55:
            local = [c for c in by_shop[shop_id] if dt.date.fromisoformat(c[6]) <= day]
            if rng.random() < 0.1:
                local = [c for c in customers if dt.date.fromisoformat(c[6]) <= day]
            weights = [buyer_weight[c[0]] for c in local]
            if local and sum(weights) > 0:
                customer = rng.choices(local, weights=weights)[0]
        payment = rng.choices(["Card", "Cash", "Gift card"], weights=[74, 18, 8])[0]
        sale_id = len(sales) + 1
        sales.append((sale_id, shop_id, customer[0] if customer else None, day.isoformat(), payment))
        n_lines = rng.choices([1, 2, 3, 4], weights=[55, 28, 12, 5])[0]
        chosen = []
        while len(chosen) < n_lines:
            book_id = rng.choices(book_ids, weights=book_weights)[0]
            if release[book_id] <= day and book_id not in chosen:
                chosen.append(book_id)
        for book_id in chosen:
            book = book_by_id[book_id]
            quantity = rng.choices([1, 2, 3], weights=[88, 10, 2])[0]
            discount = 0
            if customer is not None:
                discount = rng.choices([0, 5, 10], weights=[70, 20, 10])[0]
            if day.month == 1 and rng.random() < 0.4:
                discount = max(discount, 20)
            lines.append((len(lines) + 1, sale_id, book_id, quantity, book[7], discount))
            if customer is not None:
                spend[customer[0]] += quantity * book[7] * (100 - discount) / 100
    for c in customers:
        total = spend[c[0]]
        c[7] = "Gold" if total >= 400 else "Silver" if total >= 150 else "Bronze"
        c[8] = int(total) - rng.randint(0, int(total) // 2) if total else rng.choice([0, 0, 25, 50])
    customers = [tuple(c) for c in customers]

    # special orders: mostly books the shop does not carry
    carried = {(s[0], s[1]) for s in stock}
    special = []
    orderers = [c for c in customers if c[0] % 5 != 2]
    for _ in range(320):
        customer = rng.choice(orderers)
        shop_id = customer[5] if rng.random() < 0.85 else rng.randint(1, 8)
        day = random_day(rng, max(_START, opened[shop_id], dt.date.fromisoformat(customer[6])), _END)
        candidates = [b for b in book_ids if release[b] <= day + dt.timedelta(days=60)]
        book_id = rng.choice(candidates)
        if (shop_id, book_id) in carried and rng.random() < 0.7:
            book_id = rng.choice(candidates)
        age = (_END - day).days
        if age < 21:
            status = rng.choices(["Ordered", "Arrived", "Cancelled"], weights=[6, 3, 1])[0]
        else:
            status = rng.choices(["Collected", "Cancelled", "Arrived"], weights=[80, 12, 3])[0]
        quantity = rng.choices([1, 2, 5], weights=[90, 8, 2])[0]
        deposit = _money(book_by_id[book_id][7] * quantity * 0.2) if rng.random() < 0.6 else 0.0
        special.append((shop_id, customer[0], book_id, day, quantity, deposit, status))
    special.sort(key=lambda r: (r[3], r[0], r[1]))
    special = [(i, r[1], r[0], r[2], r[3].isoformat(), r[4], r[5], r[6]) for i, r in enumerate(special, 1)]

    # author events: some authors tour widely, some never come
    events = []
    touring = [a for a in range(1, len(_AUTHORS) + 1) if a % 6 != 3]
    author_weights = [4 if a in (1, 9, 12, 7) else 1 for a in touring]
    for _ in range(110):
        author_id = rng.choices(touring, weights=author_weights)[0]
        shop_id = rng.choices(range(1, 9), weights=[5, 6, 4, 2, 3, 2, 5, 1])[0]
        day = random_day(rng, max(_START, opened[shop_id]), dt.date(2025, 12, 12))
        kind = rng.choices(["Signing", "Reading", "Talk", "Launch"], weights=[5, 3, 3, 2])[0]
        capacity = {"Signing": 120, "Reading": 60, "Talk": 80, "Launch": 100}[kind]
        capacity = min(capacity, _SHOPS[shop_id - 1][4] // 2 + 20)
        price = 0.0 if kind == "Signing" else rng.choice([0.0, 5.0, 8.0, 10.0, 12.0])
        if day > _END:
            status, attendance = "Scheduled", 0
        elif rng.random() < 0.07:
            status, attendance = "Cancelled", 0
        else:
            status = "Held"
            pull = 0.9 if author_id in (1, 9, 12, 7) else 0.55
            attendance = max(4, min(capacity, round(capacity * rng.gauss(pull, 0.2))))
        events.append((shop_id, author_id, day, kind, price, capacity, attendance, status))
    events.sort(key=lambda r: (r[2], r[0], r[1]))
    events = [(i, r[0], r[1], r[2].isoformat(), *r[3:]) for i, r in enumerate(events, 1)]

    # returns: a small share of lines come back within a month
    sale_day = {s[0]: dt.date.fromisoformat(s[3]) for s in sales}
    returns = []
    for line in lines:
        if rng.random() < 0.035:
            reason = rng.choices([r[0] for r in _RETURN_REASONS], weights=[r[1] for r in _RETURN_REASONS])[0]
            day = sale_day[line[1]] + dt.timedelta(days=rng.randint(0, 28))
            if reason == "Unwanted gift" and sale_day[line[1]].month == 12:
                day = sale_day[line[1]] + dt.timedelta(days=rng.randint(10, 30))
            quantity = rng.randint(1, line[3])
            refund = _money(quantity * line[4] * (100 - line[5]) / 100)
            returns.append((len(returns) + 1, line[0], day.isoformat(), quantity, reason, refund))

    return {"shops": shops, "authors": authors, "publishers": publishers, "books": books, "stock_levels": stock,
            "customers": customers, "sales": sales, "sale_lines": lines, "special_orders": special,
            "author_events": events, "returns": returns}  # fmt: skip


def build_bookshop_database(path: str | Path) -> Path:
    """Write the bookshop chain's database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
