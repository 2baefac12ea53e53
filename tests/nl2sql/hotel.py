"""A small made-up hotel group, written after the engine work of its session as a held-out check: the ``hotel``
dev set's database.

Five tables with foreign keys: ``hotels`` (city, country, stars, opening year), ``rooms`` (type, nightly rate,
floor), ``guests`` (country, birth date, loyalty tier), ``bookings`` (check-in and check-out dates, nights, total
price, status) and ``reviews`` (a 1-5 rating of a booking). Rows come from a fixed seed, so every build holds the
same rows; popularity is skewed so rankings have clear leaders, and some guests never booked.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_hotel_database(pathlib.Path(tempfile.mkdtemp()) / "hotel.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM bookings").fetchone()
    (500,)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_hotel_database"]

_SCHEMA = """
CREATE TABLE hotels (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, city TEXT NOT NULL, country TEXT NOT NULL,
    stars INTEGER NOT NULL, opened_year INTEGER NOT NULL
);
CREATE TABLE rooms (
    id INTEGER PRIMARY KEY, hotel_id INTEGER NOT NULL REFERENCES hotels (id), room_number TEXT NOT NULL,
    room_type TEXT NOT NULL, nightly_rate NUMERIC NOT NULL, floor INTEGER NOT NULL
);
CREATE TABLE guests (
    id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, country TEXT NOT NULL, birth_date DATE NOT NULL,
    loyalty_tier TEXT NOT NULL
);
CREATE TABLE bookings (
    id INTEGER PRIMARY KEY, guest_id INTEGER NOT NULL REFERENCES guests (id),
    room_id INTEGER NOT NULL REFERENCES rooms (id), check_in DATE NOT NULL, check_out DATE NOT NULL,
    nights INTEGER NOT NULL, total_price NUMERIC NOT NULL, status TEXT NOT NULL
);
CREATE TABLE reviews (
    id INTEGER PRIMARY KEY, booking_id INTEGER NOT NULL REFERENCES bookings (id), rating INTEGER NOT NULL,
    review_date DATE NOT NULL
);
"""

_HOTELS = [
    ("Alfama Court", "Lisbon", "Portugal", 4, 1998),
    ("Tagus Grand", "Lisbon", "Portugal", 5, 2012),
    ("Ribeira Inn", "Porto", "Portugal", 3, 1985),
    ("Retiro Palace", "Madrid", "Spain", 5, 1979),
    ("Ruzafa Rooms", "Valencia", "Spain", 3, 2005),
    ("Barceloneta Suites", "Barcelona", "Spain", 4, 2016),
    ("Canal House", "Amsterdam", "Netherlands", 4, 1992),
    ("Spree Lodge", "Berlin", "Germany", 3, 2008),
]
_TYPES = [("Single", 70, 140), ("Double", 110, 220), ("Suite", 240, 520)]
_FIRST = ["Amara", "Bastian", "Chloe", "Dario", "Eva", "Felix", "Greta", "Hassan", "Ilse", "Jorge", "Kira", "Luca",
          "Maja", "Noor", "Oscar", "Paula", "Rafael", "Sofia", "Tomas", "Vera"]  # fmt: skip
_LAST = ["Almeida", "Berger", "Costa", "Dubois", "Engel", "Ferreira", "Garcia", "Hansen", "Ivanova", "Jensen",
         "Keller", "Lopez", "Meyer", "Novak", "Oliveira", "Peters"]  # fmt: skip
_COUNTRIES = ["Germany"] * 7 + ["Spain"] * 4 + ["France"] * 3 + ["Portugal"] * 2 + ["Italy", "Netherlands", "Poland"]
_TIERS = ["Bronze"] * 5 + ["Silver"] * 3 + ["Gold"] * 2


def _rows(seed: int = 29) -> dict[str, list[tuple]]:
    rng = random.Random(seed)
    hotels = [(i, *h) for i, h in enumerate(_HOTELS, 1)]
    rooms = []
    for hotel in hotels:
        for k in range(4 + hotel[0] % 8):  # 4 to 11 rooms a hotel, no two alike
            kind, low, high = _TYPES[0 if k % 3 == 0 else 1 if k % 3 == 1 else 2] if k else _TYPES[1]
            floor = 1 + k // 3
            rooms.append((len(rooms) + 1, hotel[0], f"{floor}{k:02d}", kind, rng.randrange(low, high), floor))
    names = rng.sample([f"{f} {last}" for f in _FIRST for last in _LAST], 120)
    guests = []
    for i in range(1, 121):
        country = rng.choice(_COUNTRIES)
        born = random_day(rng, dt.date(1950, 1, 1), dt.date(2004, 12, 31)).isoformat()
        guests.append((i, names[i - 1], country, born, rng.choice(_TIERS)))
    guest_weights = [0 if k >= 105 else 1 / (k + 3) for k in range(120)]
    room_weights = [1 / (1 + (r[1] * 7 + r[0]) % 11) for r in rooms]
    bookings, reviews = [], []
    for i in range(1, 501):
        guest = rng.choices(range(1, 121), weights=guest_weights)[0]
        room = rng.choices(rooms, weights=room_weights)[0]
        check_in = random_day(rng, dt.date(2023, 1, 1), dt.date(2025, 10, 31))
        nights = rng.choice([1, 1, 2, 2, 2, 3, 3, 4, 5, 7, 10, 14])
        status = rng.choices(["completed", "cancelled", "confirmed"], weights=[7, 2, 1])[0]
        out = check_in + dt.timedelta(days=nights)
        bookings.append((i, guest, room[0], check_in.isoformat(), out.isoformat(), nights, room[4] * nights, status))
        if status == "completed" and rng.random() < 0.6:
            bias = (room[1] * 3) % 5  # some hotels are liked more than others
            rating = max(1, min(5, rng.choice([2, 3, 4, 4, 5]) + (1 if bias > 2 else -1 if bias == 0 else 0)))
            reviews.append((len(reviews) + 1, i, rating, (out + dt.timedelta(days=rng.randrange(1, 20))).isoformat()))
    return {"hotels": hotels, "rooms": rooms, "guests": guests, "bookings": bookings, "reviews": reviews}


def build_hotel_database(path: str | Path) -> Path:
    """Write the hotel database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
