"""A small made-up public library, a schema the engine was never tuned on: the ``library`` dev set's database.

Five tables with foreign keys: ``branches``, ``authors``, ``books`` (with ``published_year`` and a home branch),
``members`` (a US state code, birth and join dates, a home branch) and ``loans`` (``loan_date``, ``due_date``,
``returned_date``, empty while the book is out). Rows are generated from a fixed seed, so every build holds the
same rows; book and member popularity are skewed, so rankings have clear leaders, and some books and members have
no loans at all. Dates are ISO text, as SQLite stores them.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_library_database(pathlib.Path(tempfile.mkdtemp()) / "library.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM loans").fetchone()
    (600,)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_library_database"]

_SCHEMA = """
CREATE TABLE branches (id INTEGER PRIMARY KEY, name TEXT NOT NULL, city TEXT NOT NULL);
CREATE TABLE authors (id INTEGER PRIMARY KEY, name TEXT NOT NULL, country TEXT NOT NULL, birth_year INTEGER);
CREATE TABLE books (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    author_id INTEGER NOT NULL REFERENCES authors (id),
    genre TEXT NOT NULL,
    published_year INTEGER NOT NULL,
    pages INTEGER NOT NULL,
    branch_id INTEGER NOT NULL REFERENCES branches (id)
);
CREATE TABLE members (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    state TEXT NOT NULL,
    birth_date DATE NOT NULL,
    join_date DATE NOT NULL,
    branch_id INTEGER NOT NULL REFERENCES branches (id)
);
CREATE TABLE loans (
    id INTEGER PRIMARY KEY,
    book_id INTEGER NOT NULL REFERENCES books (id),
    member_id INTEGER NOT NULL REFERENCES members (id),
    branch_id INTEGER NOT NULL REFERENCES branches (id),
    loan_date DATE NOT NULL,
    due_date DATE NOT NULL,
    returned_date DATE
);
"""

_BRANCHES = [
    ("Central Library", "Richmond"),
    ("Riverside", "Arlington"),
    ("Oak Hill", "Fairfax"),
    ("Harbor View", "Norfolk"),
    ("Maple Street", "Alexandria"),
]
_FIRST = [
    "Ada", "Bruno", "Clara", "Dev", "Elena", "Farid", "Grace", "Hugo", "Ines", "Jonah", "Keiko", "Liam", "Mara",
    "Nils", "Olive", "Priya", "Quinn", "Rosa", "Silas", "Tara", "Uma", "Victor", "Wren", "Yusuf", "Zoe",
]  # fmt: skip
_LAST = [
    "Abbott", "Barros", "Castell", "Dunmore", "Ekwueme", "Fairley", "Galloway", "Hartwell", "Iyer", "Jansen",
    "Kowal", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Pennington", "Quarles", "Rowntree", "Sandoval", "Thorne",
]  # fmt: skip
_COUNTRIES = ["USA"] * 6 + ["UK"] * 3 + ["Canada"] * 2 + ["Ireland", "Australia", "India", "Nigeria"]
_GENRES = ["Fiction", "Mystery", "Science Fiction", "History", "Biography", "Children", "Poetry", "Romance"]
_ADJECTIVES = [
    "Silent", "Hidden", "Last", "Golden", "Broken", "Distant", "Winter", "Crimson", "Quiet", "Lost", "Northern",
    "Paper",
]  # fmt: skip
_NOUNS = [
    "River", "Garden", "Lighthouse", "Orchard", "Harbor", "Letter", "Kingdom", "Compass", "Island", "Clock", "Bridge",
    "Forest", "Station", "Mirror", "Voyage",
]  # fmt: skip
_STATES = ["VA"] * 9 + ["MD"] * 4 + ["DC"] * 3 + ["NC"] * 2 + ["PA", "WV"]


def _rows(seed: int = 13) -> dict[str, list[tuple]]:
    rng = random.Random(seed)
    branches = [(i, name, city) for i, (name, city) in enumerate(_BRANCHES, 1)]
    names = rng.sample([f"{f} {last}" for f in _FIRST for last in _LAST], 30 + 90)
    authors = [(i, names[i - 1], rng.choice(_COUNTRIES), rng.randrange(1920, 1995)) for i in range(1, 31)]
    titles = rng.sample([f"The {a} {n}" for a in _ADJECTIVES for n in _NOUNS], 150)
    author_weights = [1 / (k + 2) for k in range(30)]
    books = []
    for i, title in enumerate(titles, 1):
        author = rng.choices(range(1, 31), weights=author_weights)[0]
        year = 2024 if i % 15 == 0 else rng.randrange(1950, 2025)
        books.append((i, title, author, rng.choice(_GENRES), year, rng.randrange(90, 900), rng.randrange(1, 6)))
    members = []
    for i in range(1, 91):
        birth = random_day(rng, dt.date(1945, 1, 1), dt.date(2008, 12, 31))
        joined = random_day(rng, dt.date(2015, 1, 1), dt.date(2025, 6, 30))
        state, branch = rng.choice(_STATES), rng.randrange(1, 6)
        members.append((i, names[29 + i], state, birth.isoformat(), joined.isoformat(), branch))
    # popularity: a few favourites, a long tail, and some books and members never borrowing at all
    book_order = rng.sample(range(1, 151), 150)
    book_weights = {b: (0 if k >= 135 else 1 / (k + 1.5)) for k, b in enumerate(book_order)}
    member_order = rng.sample(range(1, 91), 90)
    member_weights = {m: (0 if k >= 80 else 1 / (k + 4)) for k, m in enumerate(member_order)}
    loans = []
    for i in range(1, 601):
        book = rng.choices(list(book_weights), weights=list(book_weights.values()))[0]
        member = rng.choices(list(member_weights), weights=list(member_weights.values()))[0]
        lent = random_day(rng, dt.date(2022, 1, 1), dt.date(2025, 6, 30))
        due = lent + dt.timedelta(days=21)
        back = None if lent > dt.date(2025, 5, 15) and rng.random() < 0.7 else lent + dt.timedelta(rng.randrange(1, 40))
        loans.append(
            (i, book, member, rng.randrange(1, 6), lent.isoformat(), due.isoformat(), back and back.isoformat())
        )
    return {"branches": branches, "authors": authors, "books": books, "members": members, "loans": loans}


def build_library_database(path: str | Path) -> Path:
    """Write the library database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
