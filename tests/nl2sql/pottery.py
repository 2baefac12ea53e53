"""A made-up group of four pottery studios in Scotland, written by someone who had not seen the engine's rules: the
``pottery`` dev set's database.

Members pay a monthly membership at one studio, book onto wheel-throwing and hand-building courses, and make pieces
that go through the studio kilns (a bisque firing first for most work, then a glaze or raku firing). Each studio
keeps its own glaze stock and buys clay in bags from suppliers; finished pieces are sold at craft markets, online or
in the studio shop. Ten tables with foreign keys:

- ``studios``: ``id``, ``name``, ``city`` (Edinburgh, Glasgow, Dundee, Perth), ``opened`` date, ``wheels`` (number
  of potter's wheels), ``kilns`` (number of kilns).
- ``plans``: membership plans, ``plan_cd`` 'BAS' Basic / 'STD' Standard / 'UNL' Unlimited / 'STU' Student /
  'PAT' Patron (no one is on Patron), ``plan_name``, ``monthly_fee`` (GBP), ``studio_hrs`` per week (NULL means
  unlimited), ``shelf`` 1/0 (includes a shelf).
- ``members``: ``id``, ``first_name``, ``last_name``, ``email``, ``studio_id``, ``plan_cd``, ``join_dt``,
  ``status`` 'A' active / 'L' lapsed / 'F' frozen.
- ``classes``: courses, ``id``, ``studio_id``, ``title``, ``class_type`` 'WHEEL' wheel-throwing / 'HAND'
  hand-building, ``lvl`` Beginner / Intermediate / Advanced, ``tutor``, ``start_dt``, ``wks`` (number of weekly
  sessions), ``cap`` (places), ``fee`` (GBP per person).
- ``bookings``: a member booked onto a class, ``id``, ``class_id``, ``member_id``, ``bkd_on`` date, ``status``
  'C' confirmed / 'X' cancelled / 'W' waitlisted / 'N' no-show, ``amt_paid`` (GBP, 0 for cancelled and waitlisted).
- ``kiln_fire``: kiln firings, ``id``, ``studio_id``, ``kiln`` ('K1', 'K2', 'K3' or 'RAKU'), ``fire_type`` 'BSQ'
  bisque / 'GLZ' glaze / 'RKU' raku, ``fire_dt``, ``cone`` ('04', '06', '6', '10'), ``status`` 'OK' / 'PART'
  partial failure / 'FAIL', ``hrs`` (firing length in hours).
- ``glaze_stk``: glaze stock per studio, ``id``, ``studio_id``, ``glaze_nm``, ``colour``, ``finish`` gloss / matte /
  satin, ``qty_kg`` on hand, ``reorder_kg`` (reorder level), ``cost_per_kg`` (GBP).
- ``pcs``: pieces, ``id``, ``member_id``, ``fire_id`` (the firing the piece was last fired in), ``pc_type`` mug /
  bowl / plate / vase / planter / jug / teapot / sculpture, ``clay_body``, ``glaze_id`` (NULL for bisque-only
  pieces), ``wt_g`` weight in grams, ``made_dt``, ``outcome`` 'OK' / 'CRK' cracked / 'BLW' blown out / 'CRW' glaze
  crawled.
- ``clay_purch``: clay purchases, ``id``, ``studio_id``, ``supplier``, ``clay_body``, ``bags`` (12.5 kg each),
  ``cost`` (GBP for the order), ``purch_dt``.
- ``sales``: sales of finished pieces, ``id``, ``pc_id``, ``channel`` 'MKT' craft market / 'ONL' online / 'SHOP'
  studio shop, ``venue`` (market name, Etsy, Website or Studio shop), ``sale_dt``, ``price`` (GBP).

Dates run from 2023-01-01 to 2024-12-31 (members joined from 2019). Rows come from a fixed seed, so every build holds
the same rows; a few keen members book and make far more than the rest, some members never book a class, some glazes
are never used, the Dundee studio has no raku kiln, and most pieces are never sold.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_pottery_database(pathlib.Path(tempfile.mkdtemp()) / "pottery.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM studios").fetchone()
    (4,)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_pottery_database"]

_SCHEMA = """
CREATE TABLE studios (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, city TEXT NOT NULL, opened DATE NOT NULL, wheels INTEGER NOT NULL,
    kilns INTEGER NOT NULL
);
CREATE TABLE plans (
    plan_cd TEXT PRIMARY KEY, plan_name TEXT NOT NULL, monthly_fee NUMERIC NOT NULL, studio_hrs INTEGER,
    shelf INTEGER NOT NULL
);
CREATE TABLE members (
    id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, email TEXT NOT NULL,
    studio_id INTEGER NOT NULL REFERENCES studios (id), plan_cd TEXT NOT NULL REFERENCES plans (plan_cd),
    join_dt DATE NOT NULL, status TEXT NOT NULL
);
CREATE TABLE classes (
    id INTEGER PRIMARY KEY, studio_id INTEGER NOT NULL REFERENCES studios (id), title TEXT NOT NULL,
    class_type TEXT NOT NULL, lvl TEXT NOT NULL, tutor TEXT NOT NULL, start_dt DATE NOT NULL, wks INTEGER NOT NULL,
    cap INTEGER NOT NULL, fee NUMERIC NOT NULL
);
CREATE TABLE bookings (
    id INTEGER PRIMARY KEY, class_id INTEGER NOT NULL REFERENCES classes (id),
    member_id INTEGER NOT NULL REFERENCES members (id), bkd_on DATE NOT NULL, status TEXT NOT NULL,
    amt_paid NUMERIC NOT NULL
);
CREATE TABLE kiln_fire (
    id INTEGER PRIMARY KEY, studio_id INTEGER NOT NULL REFERENCES studios (id), kiln TEXT NOT NULL,
    fire_type TEXT NOT NULL, fire_dt DATE NOT NULL, cone TEXT NOT NULL, status TEXT NOT NULL, hrs NUMERIC NOT NULL
);
CREATE TABLE glaze_stk (
    id INTEGER PRIMARY KEY, studio_id INTEGER NOT NULL REFERENCES studios (id), glaze_nm TEXT NOT NULL,
    colour TEXT NOT NULL, finish TEXT NOT NULL, qty_kg NUMERIC NOT NULL, reorder_kg NUMERIC NOT NULL,
    cost_per_kg NUMERIC NOT NULL
);
CREATE TABLE pcs (
    id INTEGER PRIMARY KEY, member_id INTEGER NOT NULL REFERENCES members (id),
    fire_id INTEGER NOT NULL REFERENCES kiln_fire (id), pc_type TEXT NOT NULL, clay_body TEXT NOT NULL,
    glaze_id INTEGER REFERENCES glaze_stk (id), wt_g INTEGER NOT NULL, made_dt DATE NOT NULL, outcome TEXT NOT NULL
);
CREATE TABLE clay_purch (
    id INTEGER PRIMARY KEY, studio_id INTEGER NOT NULL REFERENCES studios (id), supplier TEXT NOT NULL,
    clay_body TEXT NOT NULL, bags INTEGER NOT NULL, cost NUMERIC NOT NULL, purch_dt DATE NOT NULL
);
CREATE TABLE sales (
    id INTEGER PRIMARY KEY, pc_id INTEGER NOT NULL REFERENCES pcs (id), channel TEXT NOT NULL, venue TEXT NOT NULL,
    sale_dt DATE NOT NULL, price NUMERIC NOT NULL
);
"""

_START, _END = dt.date(2023, 1, 1), dt.date(2024, 12, 31)

#: name, city, opened, wheels, kilns, share of members, has a raku kiln
_STUDIOS = [
    ("Leith Clayworks", "Edinburgh", "2014-03-01", 14, 3, 10, True),
    ("Kelvin Pottery", "Glasgow", "2016-09-10", 12, 3, 8, True),
    ("Tay Street Ceramics", "Dundee", "2019-05-18", 8, 2, 5, False),
    ("Fair City Clay", "Perth", "2021-02-06", 6, 2, 3, True),
]
#: code, name, monthly fee, studio hours a week, shelf, share of members
_PLANS = [
    ("BAS", "Basic", 45, 6, 0, 30),
    ("STD", "Standard", 75, 12, 1, 40),
    ("UNL", "Unlimited", 120, None, 1, 18),
    ("STU", "Student", 35, 6, 0, 12),
    ("PAT", "Patron", 200, None, 1, 0),
]
_FIRST = ["Isla", "Fraser", "Morag", "Callum", "Eilidh", "Ruaridh", "Catriona", "Euan", "Ailsa", "Hamish", "Kirsty",
          "Finlay", "Mhairi", "Lewis", "Shona", "Ewan", "Fiona", "Alasdair", "Iona", "Gregor", "Heather", "Struan",
          "Rhona", "Craig", "Lorna", "Duncan", "Maisie", "Angus", "Freya", "Rory", "Niamh", "Kenneth", "Orla",
          "Malcolm", "Skye", "Jamie"]  # fmt: skip
_LAST = ["MacLeod", "Campbell", "Stewart", "Robertson", "Fraser", "Murray", "Grant", "Ross", "Reid", "Paterson",
         "Henderson", "Sinclair", "Munro", "Kerr", "Cameron", "Douglas", "Drummond", "Ferguson", "Gillespie",
         "Lindsay", "McIntyre", "Morrison", "Baird", "Buchanan", "Crawford", "Dunbar", "Forsyth", "Hamilton",
         "Innes", "Kennedy", "Lamont", "Mackay", "Ogilvie", "Rankin", "Shaw", "Wallace"]  # fmt: skip
#: tutor names per studio
_TUTORS = {1: ["Ishbel Craig", "Tom Rennie", "Ana Souza"], 2: ["Gavin Tait", "Priya Nair", "Ruth Baxter"],
           3: ["Neil Cowan", "Sara Lind"], 4: ["Jo McAllister", "Ben Okafor"]}  # fmt: skip
#: class type, level, title, weeks, places, fee
_COURSES = [
    ("WHEEL", "Beginner", "Intro to the Wheel", 6, 8, 195),
    ("WHEEL", "Beginner", "Wheel Taster Weekend", 2, 8, 110),
    ("WHEEL", "Intermediate", "Throwing Bigger Forms", 8, 8, 260),
    ("WHEEL", "Intermediate", "Lids, Spouts and Handles", 6, 6, 220),
    ("WHEEL", "Advanced", "Advanced Throwing Masterclass", 4, 6, 240),
    ("HAND", "Beginner", "Hand-building Basics", 6, 10, 165),
    ("HAND", "Beginner", "Pinch Pots and Coils", 4, 10, 120),
    ("HAND", "Intermediate", "Slab-built Tableware", 6, 8, 190),
    ("HAND", "Advanced", "Sculptural Forms", 8, 8, 250),
]
#: glaze name, colour, finish, cost per kg, popularity (0 = never used)
_GLAZES = [
    ("Celadon", "green", "gloss", 18.5, 10), ("Tenmoku", "brown", "gloss", 16.0, 8),
    ("Shino", "orange", "satin", 21.0, 6), ("Chun Blue", "blue", "gloss", 24.5, 7),
    ("Matte White", "white", "matte", 12.5, 9), ("Clear", "clear", "gloss", 11.0, 12),
    ("Iron Red", "red", "gloss", 22.0, 4), ("Oatmeal", "cream", "satin", 14.0, 5),
    ("Copper Raku", "copper", "gloss", 27.0, 3), ("Crackle White", "white", "gloss", 19.5, 3),
    ("Midnight", "black", "matte", 20.0, 2), ("Lavender Haze", "purple", "satin", 26.0, 0),
    ("Volcanic Crater", "grey", "matte", 29.5, 0),
]  # fmt: skip
_RAKU_GLAZES = {"Copper Raku", "Crackle White"}
#: clay body, supplier, price per bag
_CLAYS = [
    ("Buff Stoneware", "Potclays", 14.20), ("White Stoneware", "Valentine Clays", 16.80),
    ("Porcelain", "Valentine Clays", 24.50), ("Red Earthenware", "Potclays", 11.90),
    ("Raku Clay", "Scarva", 17.60), ("Grogged Crank", "Scarva", 15.40),
]  # fmt: skip
#: piece type, mean weight in grams, usual price, share
_PIECES = [
    ("mug", 420, 28, 30), ("bowl", 560, 34, 25), ("plate", 780, 38, 14), ("vase", 1100, 65, 10),
    ("planter", 1300, 42, 8), ("jug", 900, 48, 6), ("teapot", 1250, 95, 3), ("sculpture", 2400, 140, 4),
]  # fmt: skip
_MARKETS = {1: ["Leith Market", "Stockbridge Market"], 2: ["Merchant City Makers", "Finnieston Craft Fair"],
            3: ["Dundee Design Market"], 4: ["Perth Farmers Market"]}  # fmt: skip


def _rows(seed: int = 58213) -> dict[str, list[tuple]]:  # noqa: PLR0912, PLR0915 - one generator per table, in order
    rng = random.Random(seed)
    studios = [(i, *s[:5]) for i, s in enumerate(_STUDIOS, 1)]
    plans = [p[:5] for p in _PLANS]

    # members
    names = rng.sample([(f, s) for f in _FIRST for s in _LAST], 420)
    members = []
    for i, (first, last) in enumerate(names, 1):
        studio = rng.choices(range(1, 5), weights=[s[5] for s in _STUDIOS])[0]
        opened = dt.date.fromisoformat(_STUDIOS[studio - 1][2])
        plan = rng.choices([p[0] for p in _PLANS], weights=[p[5] for p in _PLANS])[0]
        joined = random_day(rng, max(opened, dt.date(2019, 1, 1)), dt.date(2024, 11, 30))
        status = rng.choices(["A", "L", "F"], weights=[72, 20, 8])[0]
        domain = rng.choice(["gmail.com", "outlook.com", "btinternet.com", "icloud.com"])
        email = f"{first.lower()}.{last.lower()}{rng.randint(1, 99)}@{domain}"
        members.append((i, first, last, email, studio, plan, joined.isoformat(), status))
    # keen members and members who never come to classes
    keen = {m[0] for m in members if m[0] % 29 == 5}
    weights = {m[0]: 0 if m[0] % 6 == 2 else (14 if m[0] in keen else (1.5 if m[5] == "UNL" else 1))
               for m in members}  # fmt: skip

    # classes: a run of courses at every studio, more at the big ones
    classes = []
    for studio in range(1, 5):
        n_runs = {1: 44, 2: 36, 3: 22, 4: 16}[studio]
        for _ in range(n_runs):
            course = rng.choices(_COURSES, weights=[9, 5, 5, 3, 2, 7, 4, 4, 2])[0]
            kind, lvl, title, wks, cap, fee = course
            start = random_day(rng, _START, dt.date(2024, 12, 2))
            start -= dt.timedelta(days=(start.weekday() - 1) % 7)  # courses start on a Tuesday
            start = max(start, dt.date(2023, 1, 3))
            tutor = rng.choice(_TUTORS[studio])
            classes.append([studio, title, kind, lvl, tutor, start, wks, cap, fee + (0 if studio in (1, 2) else -15)])
    classes.sort(key=lambda c: (c[5], c[0], c[1]))
    classes = [(i, c[0], c[1], c[2], c[3], c[4], c[5].isoformat(), *c[6:]) for i, c in enumerate(classes, 1)]

    # bookings
    bookings = []
    by_studio = {s: [m for m in members if m[4] == s] for s in range(1, 5)}
    for klass in classes:
        cid, studio, _, _, lvl, _, start, _, cap, fee = klass
        start = dt.date.fromisoformat(start)
        pool = [m for m in by_studio[studio] if weights[m[0]] > 0 and dt.date.fromisoformat(m[6]) <= start]
        demand = rng.randint(max(2, cap - 5), cap + 4)
        if lvl == "Advanced":
            demand = rng.randint(2, cap)
        chosen = []
        while len(chosen) < min(demand, len(pool)):
            m = rng.choices(pool, weights=[weights[p[0]] for p in pool])[0]
            if m not in chosen:
                chosen.append(m)
        seated = 0
        for m in chosen:
            booked = start - dt.timedelta(days=rng.randint(1, 45))
            if seated >= cap:
                status = "W"
            else:
                status = rng.choices(["C", "X", "N"], weights=[84, 11, 5])[0]
                if status != "X":
                    seated += 1
            member_fee = round(fee * (0.9 if m[5] in ("UNL", "STD") else 1.0), 2)
            paid = member_fee if status in ("C", "N") else 0
            bookings.append([cid, m[0], booked.isoformat(), status, paid])
    bookings.sort(key=lambda b: (b[2], b[0], b[1]))
    bookings = [(i, *b) for i, b in enumerate(bookings, 1)]

    # kiln firings: bisque and glaze every week or so, raku now and then
    firings = []
    for studio in range(1, 5):
        kilns = ["K1", "K2", "K3"][: _STUDIOS[studio - 1][4]]
        per_week = {1: 3, 2: 2.5, 3: 1.5, 4: 1}[studio]
        day = _START
        while day <= _END:
            n = int(per_week) + (1 if rng.random() < per_week % 1 else 0)
            for _ in range(n):
                fday = day + dt.timedelta(days=rng.randrange(7))
                if fday > _END:
                    continue
                fire_type = rng.choices(["BSQ", "GLZ"], weights=[45, 55])[0]
                kiln = rng.choice(kilns)
                cone = rng.choice(["04", "06"]) if fire_type == "BSQ" else rng.choices(["6", "10"], weights=[4, 1])[0]
                status = rng.choices(["OK", "PART", "FAIL"], weights=[88, 9, 3])[0]
                hrs = round((rng.uniform(8, 10) if fire_type == "BSQ" else rng.uniform(10, 13)) + (
                    1.5 if cone == "10" else 0), 1)  # fmt: skip
                firings.append([studio, kiln, fire_type, fday, cone, status, hrs])
            if _STUDIOS[studio - 1][6] and rng.random() < (0.25 if studio != 4 else 0.12):
                fday = day + dt.timedelta(days=rng.choice([5, 6]))  # raku on a weekend
                if fday <= _END and fday.month in (4, 5, 6, 7, 8, 9):
                    status = rng.choices(["OK", "PART", "FAIL"], weights=[75, 18, 7])[0]
                    firings.append([studio, "RAKU", "RKU", fday, "06", status, round(rng.uniform(1.0, 2.5), 1)])
            day += dt.timedelta(days=7)
    firings.sort(key=lambda f: (f[3], f[0], f[1]))
    firings = [(i, f[0], f[1], f[2], f[3].isoformat(), *f[4:]) for i, f in enumerate(firings, 1)]

    # glaze stock at each studio (Dundee keeps no raku glazes)
    glazes = []
    for studio in range(1, 5):
        for name, colour, finish, cost, _ in _GLAZES:
            if studio == 3 and name in _RAKU_GLAZES:
                continue
            if studio == 4 and name in ("Iron Red", "Midnight", "Volcanic Crater"):
                continue
            reorder = rng.choice([5, 5, 10, 10, 15])
            qty = round(rng.uniform(0.5, 3.5) * reorder, 1)
            glazes.append((len(glazes) + 1, studio, name, colour, finish, qty, reorder,
                           round(cost * (1.05 if studio in (3, 4) else 1.0), 2)))  # fmt: skip
    popularity = {g[0]: _GLAZES[[x[0] for x in _GLAZES].index(g[2])][4] for g in glazes}

    # pieces: each sits in the firing it was last fired in
    makers = {s: [m for m in by_studio[s] if weights[m[0]] > 0 or m[0] % 4 == 0] for s in range(1, 5)}
    pieces = []
    for firing in firings:
        fid, studio, _, fire_type, fday, _, _, _ = firing
        fday = dt.date.fromisoformat(fday)
        load = {"BSQ": (4, 12), "GLZ": (5, 14), "RKU": (3, 8)}[fire_type]
        pool = [m for m in makers[studio] if dt.date.fromisoformat(m[6]) < fday - dt.timedelta(days=14)]
        for _ in range(rng.randint(*load)):
            m = rng.choices(pool, weights=[max(weights[p[0]], 0.6) for p in pool])[0]
            pc_type, mean_wt, _, _ = rng.choices(_PIECES, weights=[p[3] for p in _PIECES])[0]
            if fire_type == "RKU":
                clay = "Raku Clay"
                pc_type = rng.choice(["vase", "bowl", "sculpture", "bowl"])
                mean_wt = {"vase": 1100, "bowl": 560, "sculpture": 2400}[pc_type]
                gl = [g for g in glazes if g[1] == studio and g[2] in _RAKU_GLAZES]
            else:
                clay = rng.choices([c[0] for c in _CLAYS if c[0] != "Raku Clay"], weights=[40, 25, 10, 15, 10])[0]
                gl = [g for g in glazes if g[1] == studio and g[2] not in _RAKU_GLAZES]
            glaze = None
            if fire_type != "BSQ":
                glaze = rng.choices(gl, weights=[popularity[g[0]] for g in gl])[0][0]
            wt = max(120, round(rng.gauss(mean_wt, mean_wt * 0.2)))
            made = fday - dt.timedelta(days=rng.randint(7, 40) if fire_type != "RKU" else rng.randint(5, 20))
            if firing[6] == "FAIL":
                outcome = rng.choices(["CRK", "BLW", "CRW", "OK"], weights=[45, 25, 15, 15])[0]
            else:
                p_bad = 0.08 if firing[6] == "OK" else 0.35
                if fire_type == "RKU":
                    p_bad += 0.1
                outcome = "OK"
                if rng.random() < p_bad:
                    outcome = rng.choices(["CRK", "BLW", "CRW"], weights=[55, 20, 25 if glaze else 0])[0]
            pieces.append((len(pieces) + 1, m[0], fid, pc_type, clay, glaze, wt, made.isoformat(), outcome))

    # clay purchases
    purchases = []
    for studio in range(1, 5):
        n = {1: 70, 2: 55, 3: 32, 4: 24}[studio]
        for _ in range(n):
            clay, supplier, per_bag = rng.choices(_CLAYS, weights=[30, 22, 9, 14, 8 if studio != 3 else 0, 10])[0]
            bags = rng.choice([4, 6, 8, 10, 10, 12, 20, 24]) if studio in (1, 2) else rng.choice([2, 4, 4, 6, 8, 10])
            day = random_day(rng, _START, _END)
            price = per_bag * (1.06 if day.year == 2024 else 1.0)  # suppliers put prices up for 2024
            cost = round(bags * price + (0 if bags >= 10 else 18.0), 2)  # delivery charge on small orders
            purchases.append([studio, supplier, clay, bags, cost, day])
    purchases.sort(key=lambda p: (p[5], p[0], p[2]))
    purchases = [(i, *p[:5], p[5].isoformat()) for i, p in enumerate(purchases, 1)]

    # sales: only good pieces out of a glaze or raku firing; most are never sold
    sales = []
    keen_sellers = {m[0] for m in members if m[0] % 17 == 3}
    for pc in pieces:
        fid, glaze, outcome = pc[2], pc[5], pc[8]
        firing = firings[fid - 1]
        if glaze is None or outcome != "OK":
            continue
        member = members[pc[1] - 1]
        p_sell = 0.6 if member[0] in keen_sellers else (0.3 if member[0] in keen else 0.12)
        if rng.random() >= p_sell:
            continue
        studio = firing[1]
        fday = dt.date.fromisoformat(firing[4])
        channel = rng.choices(["MKT", "ONL", "SHOP"], weights=[45, 30, 25])[0]
        sday = fday + dt.timedelta(days=rng.randint(3, 120))
        if channel == "MKT":
            while sday.weekday() not in (5, 6):
                sday += dt.timedelta(days=1)
            venue = rng.choice(_MARKETS[studio])
        elif channel == "ONL":
            venue = rng.choices(["Etsy", "Website"], weights=[3, 2])[0]
        else:
            venue = "Studio shop"
        if sday > _END:
            continue
        base = {p[0]: p[2] for p in _PIECES}[pc[3]]
        if pc[4] == "Porcelain":
            base *= 1.3
        if channel == "ONL":
            base *= 1.1
        price = max(8, round(base * rng.uniform(0.75, 1.35) / 2) * 2)
        sales.append([pc[0], channel, venue, sday, price])
    sales.sort(key=lambda s: (s[3], s[0]))
    sales = [(i, s[0], s[1], s[2], s[3].isoformat(), s[4]) for i, s in enumerate(sales, 1)]

    return {"studios": studios, "plans": plans, "members": members, "classes": classes, "bookings": bookings,
            "kiln_fire": firings, "glaze_stk": glazes, "pcs": pieces, "clay_purch": purchases,
            "sales": sales}  # fmt: skip


def build_pottery_database(path: str | Path) -> Path:
    """Write the pottery studios' database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
