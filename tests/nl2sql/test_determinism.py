"""The engine is deterministic: the same question gives the same SQL in every Python process.

String hashing is randomised per process (``PYTHONHASHSEED``), so iterating a set of table or column
names gives a different order from one process to the next. These questions once came out with their
JOINs in a different order depending on the seed (e.g. ``Invoice``/``Track`` in a Chinook follow-up).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from .conftest import CHINOOK, REPO, TODAY

# (database, first question, follow-ups asked one after the other)
CHAINS = [
    ("chinook", "Revenue by genre", ["excluding USA", "top 3"]),
    ("chinook", "Revenue by genre", ["only those from France"]),
    ("chinook", "Which playlist has the most tracks?", ["sorted by name", "top 3"]),
    ("chinook", "How many tracks does each playlist have?", ["sorted by name"]),
    ("chinook", "Which tracks are in the Grunge playlist?", ["by month", "top 3"]),
    ("chinook", "Which customers are supported by Jane Peacock?", ["per year"]),
    ("chinook", "Number of tracks per album for AC/DC", ["by month"]),
    ("chinook", "Tracks by Queen", ["per year"]),
    ("shop", "Total quantity sold per product", ["only for 2024", "top 3"]),
    ("shop", "Total quantity sold by category", ["excluding USA"]),
    ("shop", "Total quantity sold by category", ["what about Canada?"]),
    ("shop", "Which customer spent the most?", ["sorted by name"]),
    ("shopann", "Average order value by channel", ["now by country"]),
]

SCRIPT = """
import datetime as dt, json, sys, tempfile
from pathlib import Path
import sqlalchemy as sa
from datachat.demo import SHOP_ANNOTATIONS, SHOP_EXPOSED, build_shop_database
from datachat.nl2sql import SemanticEngine, ValueIndex, reflect_schema

chinook, today, chains = sys.argv[1], dt.date.fromisoformat(sys.argv[2]), json.loads(sys.argv[3])
shop_db = Path(tempfile.mkdtemp()) / "shop.db"
build_shop_database(shop_db)
sources = {
    "chinook": (f"sqlite:///{chinook}", {}),
    "shop": (f"sqlite:///{shop_db}", {}),
    "shopann": (f"sqlite:///{shop_db}", {"annotations": SHOP_ANNOTATIONS, "include": SHOP_EXPOSED}),
}
engines = {}
out = []
for db, first, follows in chains:
    if db not in engines:
        url, kw = sources[db]
        e = sa.create_engine(url)
        schema = reflect_schema(e, **kw)
        engines[db] = SemanticEngine(schema, values=ValueIndex.build(e, schema), today=today)
    eng = engines[db]
    t = eng.translate(first)
    out.append([t.sql, t.explanation])
    for f in follows:
        t = eng.translate(f, previous=t.state)
        out.append([t.sql, t.explanation, json.dumps(t.state, sort_keys=True, default=repr)])
print(json.dumps(out))
"""


def _translate_in_process(seed: str) -> list:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(CHINOOK), TODAY.isoformat(), json.dumps(CHAINS)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_same_sql_whatever_the_hash_seed():
    if not CHINOOK.exists():
        pytest.skip(f"Chinook benchmark database not found at {CHINOOK}")
    a = _translate_in_process("0")
    b = _translate_in_process("1")
    assert all(r[0] for r in a), "every question here must translate"
    assert a == b
