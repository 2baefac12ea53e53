"""A made-up operator of three ski resorts, written by someone who had not seen the engine's rules: the ``ski`` dev
set's database.

Eleven tables with foreign keys: ``resorts`` (name, state, base and summit elevation in metres, number of trails and
the year it opened), ``lifts`` (a lift at a resort: name, ``lift_type`` such as Chairlift, Gondola, T-bar or Magic
carpet, seats per chair, ``capacity_per_hour``, ``vertical_rise_m``, ``built_year`` and a ``status`` code 'O'
operating / 'M' closed for maintenance / 'R' retired), ``guests`` (first and last name, email, home country,
``birth_date``, ``signed_up_on`` and a ``marketing_opt_in`` 'Y'/'N' flag), ``lift_passes`` (a pass sold to a guest for
one resort: ``pass_type`` Day, 3-Day, 5-Day or Season, ``age_group`` 'A' adult / 'C' child / 'S' senior,
``purchase_date``, ``valid_from`` and ``valid_to``, ``price`` in dollars, ``sales_channel`` 'ONLINE' or 'WINDOW' and a
``status`` 'S' sold / 'R' refunded), ``lift_scans`` (a pass scanned at a lift gate: ``scanned_at`` date and time and
``accepted`` 'Y'/'N' when the gate turned the pass away), ``instructors`` (ski school staff at a resort: name,
``discipline`` Ski or Snowboard, ``cert_level`` 1-4, ``hourly_rate``, ``hired_on`` and ``active`` 'Y'/'N'),
``lessons`` (a lesson a guest booked with an instructor: ``lesson_date``, ``lesson_type`` 'P' private / 'G' group,
``ability_level``, ``hours``, ``price`` and ``status`` 'C' completed / 'X' cancelled / 'N' no-show),
``rental_shops`` (an equipment shop at a resort: name, ``location`` Base area, Mid-mountain or Village, ``opened_on``),
``rentals`` (equipment a guest rented from a shop: ``start_date``, ``days``, ``equipment``, ``price`` and a
``damaged`` 'Y'/'N' flag), ``snow_reports`` (one a day per resort in the season: ``new_snow_cm``, ``base_depth_cm``,
``low_temp_c`` and ``high_temp_c``, ``conditions`` and ``avalanche_danger`` 1-5) and ``accidents`` (incidents
reported to ski patrol: resort, the guest when known, the lift when it happened on or at one, ``accident_date``,
``trail_name`` and its ``trail_rating`` green/blue/black, ``activity``, ``injury``, ``severity`` 'MIN' minor / 'MOD'
moderate / 'SER' serious, and ``helmet_worn`` and ``to_hospital`` 'Y'/'N' flags). Rows come from a fixed seed, so
every build holds the same rows. Seasons run from late November or early December to April in 2022/23, 2023/24 and
2024/25; a handful of guests buy many passes and lessons, some guests never buy a pass, some instructors never teach
and retired lifts are never scanned.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_ski_database(pathlib.Path(tempfile.mkdtemp()) / "ski.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM resorts").fetchone()
    (3,)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_ski_database"]

_SCHEMA = """
CREATE TABLE resorts (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, state TEXT NOT NULL, base_elevation_m INTEGER NOT NULL,
    summit_elevation_m INTEGER NOT NULL, trail_count INTEGER NOT NULL, opened_year INTEGER NOT NULL
);
CREATE TABLE lifts (
    id INTEGER PRIMARY KEY, resort_id INTEGER NOT NULL REFERENCES resorts (id), name TEXT NOT NULL,
    lift_type TEXT NOT NULL, seats INTEGER NOT NULL, capacity_per_hour INTEGER NOT NULL,
    vertical_rise_m INTEGER NOT NULL, built_year INTEGER NOT NULL, status TEXT NOT NULL
);
CREATE TABLE guests (
    id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, email TEXT NOT NULL,
    home_country TEXT NOT NULL, birth_date DATE NOT NULL, signed_up_on DATE NOT NULL, marketing_opt_in TEXT NOT NULL
);
CREATE TABLE lift_passes (
    id INTEGER PRIMARY KEY, guest_id INTEGER NOT NULL REFERENCES guests (id),
    resort_id INTEGER NOT NULL REFERENCES resorts (id), pass_type TEXT NOT NULL, age_group TEXT NOT NULL,
    purchase_date DATE NOT NULL, valid_from DATE NOT NULL, valid_to DATE NOT NULL, price NUMERIC NOT NULL,
    sales_channel TEXT NOT NULL, status TEXT NOT NULL
);
CREATE TABLE lift_scans (
    id INTEGER PRIMARY KEY, pass_id INTEGER NOT NULL REFERENCES lift_passes (id),
    lift_id INTEGER NOT NULL REFERENCES lifts (id), scanned_at TEXT NOT NULL, accepted TEXT NOT NULL
);
CREATE TABLE instructors (
    id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
    resort_id INTEGER NOT NULL REFERENCES resorts (id), discipline TEXT NOT NULL, cert_level INTEGER NOT NULL,
    hourly_rate NUMERIC NOT NULL, hired_on DATE NOT NULL, active TEXT NOT NULL
);
CREATE TABLE lessons (
    id INTEGER PRIMARY KEY, instructor_id INTEGER NOT NULL REFERENCES instructors (id),
    guest_id INTEGER NOT NULL REFERENCES guests (id), lesson_date DATE NOT NULL, lesson_type TEXT NOT NULL,
    ability_level TEXT NOT NULL, hours NUMERIC NOT NULL, price NUMERIC NOT NULL, status TEXT NOT NULL
);
CREATE TABLE rental_shops (
    id INTEGER PRIMARY KEY, resort_id INTEGER NOT NULL REFERENCES resorts (id), name TEXT NOT NULL,
    location TEXT NOT NULL, opened_on DATE NOT NULL
);
CREATE TABLE rentals (
    id INTEGER PRIMARY KEY, shop_id INTEGER NOT NULL REFERENCES rental_shops (id),
    guest_id INTEGER NOT NULL REFERENCES guests (id), start_date DATE NOT NULL, days INTEGER NOT NULL,
    equipment TEXT NOT NULL, price NUMERIC NOT NULL, damaged TEXT NOT NULL
);
CREATE TABLE snow_reports (
    id INTEGER PRIMARY KEY, resort_id INTEGER NOT NULL REFERENCES resorts (id), report_date DATE NOT NULL,
    new_snow_cm INTEGER NOT NULL, base_depth_cm INTEGER NOT NULL, low_temp_c INTEGER NOT NULL,
    high_temp_c INTEGER NOT NULL, conditions TEXT NOT NULL, avalanche_danger INTEGER NOT NULL
);
CREATE TABLE accidents (
    id INTEGER PRIMARY KEY, resort_id INTEGER NOT NULL REFERENCES resorts (id),
    guest_id INTEGER REFERENCES guests (id), lift_id INTEGER REFERENCES lifts (id), accident_date DATE NOT NULL,
    trail_name TEXT NOT NULL, trail_rating TEXT NOT NULL, activity TEXT NOT NULL, injury TEXT NOT NULL,
    severity TEXT NOT NULL, helmet_worn TEXT NOT NULL, to_hospital TEXT NOT NULL
);
"""

#: name, state, base m, summit m, trails, opened, share of business, snowfall factor, price factor
_RESORTS = [
    ("Eagle Ridge", "Colorado", 2750, 3610, 112, 1971, 6, 1.0, 1.15),
    ("Silver Pine", "Utah", 2130, 3050, 87, 1984, 4, 1.3, 1.0),
    ("Bear Hollow", "Vermont", 480, 1190, 64, 1962, 3, 0.7, 0.85),
]
#: resort index, name, type, seats, capacity per hour, vertical rise, built, status
_LIFTS = [
    (1, "Summit Express", "Chairlift", 6, 3000, 720, 2016, "O"),
    (1, "Eagle Gondola", "Gondola", 8, 2800, 860, 2019, "O"),
    (1, "Timberline Quad", "Chairlift", 4, 2400, 410, 2004, "O"),
    (1, "Powder Bowl Triple", "Chairlift", 3, 1500, 380, 1992, "M"),
    (1, "Ridge T-bar", "T-bar", 2, 1100, 210, 1988, "O"),
    (1, "Sunny Carpet", "Magic carpet", 1, 900, 12, 2014, "O"),
    (1, "Old Number One", "Chairlift", 2, 800, 330, 1971, "R"),
    (2, "Pine Peak Express", "Chairlift", 6, 3200, 690, 2021, "O"),
    (2, "Canyon Quad", "Chairlift", 4, 2200, 450, 2008, "O"),
    (2, "Silver Triple", "Chairlift", 3, 1600, 360, 1996, "O"),
    (2, "Backbowl Platter", "T-bar", 1, 900, 190, 1999, "M"),
    (2, "Kids Carpet", "Magic carpet", 1, 800, 10, 2017, "O"),
    (3, "Hollow Quad", "Chairlift", 4, 2100, 520, 2010, "O"),
    (3, "Bruin Double", "Chairlift", 2, 1000, 300, 1985, "O"),
    (3, "Cub Carpet", "Magic carpet", 1, 700, 8, 2012, "O"),
    (3, "Valley T-bar", "T-bar", 2, 1000, 160, 1979, "R"),
]
#: season open, season close
_SEASONS = [
    (dt.date(2022, 12, 3), dt.date(2023, 4, 16)),
    (dt.date(2023, 12, 2), dt.date(2024, 4, 14)),
    (dt.date(2024, 11, 30), dt.date(2025, 4, 21)),
]
#: pass type, days valid, adult base price
_PASS_TYPES = [("Day", 1, 129, 55), ("3-Day", 3, 345, 22), ("5-Day", 5, 540, 12), ("Season", 0, 899, 11)]
_AGE_DISCOUNT = {"A": 1.0, "C": 0.6, "S": 0.75}
#: resort index, shop name, location, opened
_SHOPS = [
    (1, "Eagle Base Rentals", "Base area", "2009-11-20"),
    (1, "Summit Sports Demo Center", "Mid-mountain", "2016-12-01"),
    (1, "Village Ski & Board", "Village", "2022-11-25"),
    (2, "Pine Peak Rentals", "Base area", "2011-12-05"),
    (2, "Canyon Gear Shop", "Village", "2018-11-28"),
    (3, "Hollow Base Rentals", "Base area", "2005-12-10"),
    (3, "Bruin Board Shack", "Mid-mountain", "2024-12-01"),
]
#: equipment, price per day, weight
_EQUIPMENT = [
    ("Ski package", 55, 40), ("Snowboard package", 52, 22), ("Performance ski package", 79, 12),
    ("Skis only", 42, 8), ("Boots only", 25, 6), ("Helmet", 15, 12),
]  # fmt: skip
#: trail names and rating per resort index
_TRAILS = {
    1: [("Easy Street", "green"), ("Eagle Way", "blue"), ("Timberline", "blue"), ("Corkscrew", "black"),
        ("Powder Bowl", "black"), ("Lower Meadow", "green"), ("Ridge Run", "blue")],
    2: [("Pine Path", "green"), ("Canyon Run", "blue"), ("Silver Streak", "blue"), ("The Chutes", "black"),
        ("Backbowl", "black"), ("Bunny Hill", "green")],
    3: [("Cub Trail", "green"), ("Hollow Glades", "black"), ("Bruin Boulevard", "blue"), ("Maple Run", "blue"),
        ("Valley Trail", "green")],
}  # fmt: skip
#: injury, weight
_INJURIES = [("Knee sprain", 30), ("Wrist fracture", 14), ("Concussion", 9), ("Shoulder dislocation", 8),
             ("Laceration", 10), ("Back strain", 9), ("Collarbone fracture", 6), ("Ankle fracture", 5),
             ("Thumb sprain", 9)]  # fmt: skip
_FIRST = ["James", "Emma", "Liam", "Olivia", "Noah", "Ava", "Lucas", "Mia", "Ethan", "Sophia", "Mason", "Chloe",
          "Logan", "Grace", "Ryan", "Hannah", "Tyler", "Zoe", "Owen", "Lily", "Jack", "Nora", "Caleb", "Ella",
          "Henrik", "Ingrid", "Pierre", "Camille", "Kenji", "Yuki", "Tom", "Sarah"]  # fmt: skip
_LAST = ["Anderson", "Bennett", "Carter", "Dawson", "Ellis", "Foster", "Garcia", "Hughes", "Irving", "Jensen",
         "Keller", "Lawson", "Morgan", "Nielsen", "Ortiz", "Parker", "Quinn", "Reyes", "Sullivan", "Turner",
         "Underwood", "Vance", "Walsh", "Young", "Brooks", "Fischer", "Murphy", "Tanaka", "Dubois",
         "Larsen"]  # fmt: skip
_COUNTRIES = [("USA", 70), ("Canada", 10), ("United Kingdom", 7), ("Mexico", 4), ("Australia", 3), ("Germany", 2),
              ("Japan", 2), ("France", 2)]  # fmt: skip
_INSTRUCTOR_FIRST = ["Alex", "Brooke", "Casey", "Dylan", "Erin", "Finn", "Gina", "Hugo", "Isla", "Jonas", "Kira",
                     "Leo", "Maya", "Nate", "Paige", "Reid", "Sven", "Tess"]  # fmt: skip
_LEVELS = [("Beginner", 45), ("Intermediate", 35), ("Advanced", 15), ("Expert", 5)]


def _season_day(rng: random.Random, season: int | None = None) -> dt.date:
    """A day in a season (a random one when ``season`` is None), busier at weekends and in Feb/March."""
    while True:
        opened, closed = _SEASONS[rng.randrange(3) if season is None else season]
        day = random_day(rng, opened, closed)
        keep = (0.55 if day.weekday() < 5 else 1.0) * (1.0 if day.month in (2, 3, 12) else 0.7)
        if rng.random() < keep:
            return day


def _rows(seed: int = 4127) -> dict[str, list[tuple]]:  # noqa: PLR0915 - one generator per table, in order
    rng = random.Random(seed)
    resorts = [(i, *r[:6]) for i, r in enumerate(_RESORTS, 1)]
    lifts = [(i, *lift) for i, lift in enumerate(_LIFTS, 1)]
    guests = []
    names = rng.sample([(f, s) for f in _FIRST for s in _LAST], 620)
    for i in range(1, 621):
        first, last = names[i - 1]
        country = rng.choices([c[0] for c in _COUNTRIES], weights=[c[1] for c in _COUNTRIES])[0]
        born = random_day(rng, dt.date(1948, 1, 1), dt.date(2016, 12, 31))
        signed = random_day(rng, dt.date(2022, 1, 10), dt.date(2025, 3, 31))
        domain = rng.choice(["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com"])
        opt_in = "Y" if rng.random() < 0.42 else "N"
        guests.append((i, first, last, f"{first.lower()}.{last.lower()}{i % 97}@{domain}", country,
                       born.isoformat(), signed.isoformat(), opt_in))  # fmt: skip
    # a few guests are regulars who buy again and again; some never buy a pass at all
    heavy = {7, 42, 133, 256, 301, 488, 577}
    pass_weights = [0 if g[0] % 9 == 4 else (14 if g[0] in heavy else 1) for g in guests]
    home_resort = {g[0]: rng.choices([1, 2, 3], weights=[r[6] for r in _RESORTS])[0] for g in guests}
    passes = []
    while len(passes) < 1400:
        guest = rng.choices(guests, weights=pass_weights)[0]
        resort = home_resort[guest[0]] if rng.random() < 0.8 else rng.randint(1, 3)
        kind, days, base, _ = rng.choices(_PASS_TYPES, weights=[p[3] for p in _PASS_TYPES])[0]
        age = dt.date(2024, 1, 1).year - int(guest[5][:4])
        group = "C" if age < 13 else ("S" if age >= 65 else "A")
        season = rng.choices([0, 1, 2], weights=[3, 4, 5])[0]
        if kind == "Season":
            start, end = _SEASONS[season]
            bought = start - dt.timedelta(days=rng.randint(20, 200))
            channel = "ONLINE" if rng.random() < 0.85 else "WINDOW"
        else:
            start = _season_day(rng, season)
            end = min(start + dt.timedelta(days=days - 1), _SEASONS[season][1])
            channel = "ONLINE" if rng.random() < 0.55 else "WINDOW"
            bought = start - dt.timedelta(days=rng.randint(1, 45)) if channel == "ONLINE" else start
        price = base * _RESORTS[resort - 1][8] * _AGE_DISCOUNT[group] * (1 + 0.05 * season)
        if channel == "ONLINE" and kind != "Season":
            price *= 0.9
        status = "R" if rng.random() < 0.05 else "S"
        passes.append([0, guest[0], resort, kind, group, bought.isoformat(), start.isoformat(), end.isoformat(),
                       round(price, 2), channel, status])  # fmt: skip
    passes.sort(key=lambda p: (p[5], p[1]))
    passes = [(i, *p[1:]) for i, p in enumerate(passes, 1)]
    # scans: days skied on each pass, a few lift rides a day; refunded passes and late scans are turned away
    scans = []
    for p in passes:
        open_lifts = [lift for lift in lifts if lift[1] == p[2] and lift[8] != "R"]
        weights = [lift[5] * (0.25 if lift[8] == "M" else 1) for lift in open_lifts]
        start, end = dt.date.fromisoformat(p[6]), dt.date.fromisoformat(p[7])
        span = (end - start).days + 1
        if p[10] == "R":
            if rng.random() < 0.3:
                scans.append((p[0], rng.choice(open_lifts)[0], f"{p[6]} 09:{rng.randint(0, 59):02d}:00", "N"))
            continue
        ski_days = (
            sorted(rng.sample(range(span), min(span, rng.randint(4, 22))))
            if p[3] == "Season"
            else [d for d in range(span) if rng.random() < 0.85]
        )
        for offset in ski_days:
            day = start + dt.timedelta(days=offset)
            minute = 8 * 60 + 30 + rng.randint(0, 90)
            for _ in range(rng.randint(2, 7)):
                lift = rng.choices(open_lifts, weights=weights)[0]
                scans.append((p[0], lift[0], f"{day.isoformat()} {minute // 60:02d}:{minute % 60:02d}:00", "Y"))
                minute += rng.randint(12, 55)
                if minute > 16 * 60:
                    break
        if p[3] != "Season" and rng.random() < 0.06:
            day = end + dt.timedelta(days=1)
            scans.append((p[0], rng.choice(open_lifts)[0], f"{day.isoformat()} 08:{rng.randint(30, 59):02d}:00", "N"))
    scans.sort(key=lambda s: (s[2], s[0]))
    scans = [(i, *s) for i, s in enumerate(scans, 1)]
    instructors = []
    instructor_names = rng.sample([(f, s) for f in _INSTRUCTOR_FIRST for s in _LAST], 34)
    for i in range(1, 35):
        resort = rng.choices([1, 2, 3], weights=[5, 3, 2])[0] if i > 3 else i
        discipline = "Snowboard" if rng.random() < 0.3 else "Ski"
        level = rng.choices([1, 2, 3, 4], weights=[30, 35, 25, 10])[0]
        hired = random_day(rng, dt.date(2008, 9, 1), dt.date(2024, 11, 15))
        active = "N" if i % 10 == 6 else "Y"
        rate = 45 + 15 * level + rng.randint(0, 4) * 5
        instructors.append((i, *instructor_names[i - 1], resort, discipline, level, rate, hired.isoformat(), active))
    lessons = []
    teachers = [t for t in instructors if t[0] % 11 != 5]  # a few never teach
    lesson_weights = [0 if g[0] % 5 == 2 else (10 if g[0] in heavy else 1) for g in guests]
    while len(lessons) < 900:
        guest = rng.choices(guests, weights=lesson_weights)[0]
        resort = home_resort[guest[0]]
        pool = [t for t in teachers if t[3] == resort]
        teacher = rng.choice(pool)
        day = _season_day(rng)
        if dt.date.fromisoformat(teacher[7]) > day:
            continue
        kind = "P" if rng.random() < 0.4 else "G"
        level = rng.choices([lv[0] for lv in _LEVELS], weights=[lv[1] for lv in _LEVELS])[0]
        if kind == "P":
            hours = rng.choice([1, 2, 2, 3, 6])
            price = hours * teacher[6] * 1.6
        else:
            hours = rng.choice([2, 2.5, 3])
            price = {2: 99, 2.5: 119, 3: 139}[hours]
        status = rng.choices(["C", "X", "N"], weights=[86, 10, 4])[0]
        lessons.append([0, teacher[0], guest[0], day.isoformat(), kind, level, hours, round(price, 2), status])
    lessons.sort(key=lambda r: (r[3], r[2]))
    lessons = [(i, *r[1:]) for i, r in enumerate(lessons, 1)]
    shops = [(i, *s) for i, s in enumerate(_SHOPS, 1)]
    rentals = []
    rental_weights = [0 if g[0] % 7 == 3 else (8 if g[0] in heavy else 1) for g in guests]
    shop_weights = [6, 2, 3, 5, 2, 4, 1]
    while len(rentals) < 1100:
        guest = rng.choices(guests, weights=rental_weights)[0]
        shop = rng.choices(shops, weights=shop_weights)[0]
        day = _season_day(rng)
        if dt.date.fromisoformat(shop[4]) > day:
            continue
        days = rng.choices([1, 2, 3, 4, 5, 6, 7], weights=[30, 18, 20, 8, 14, 4, 6])[0]
        gear, rate, _ = rng.choices(_EQUIPMENT, weights=[e[2] for e in _EQUIPMENT])[0]
        price = rate * days * (0.85 if days >= 5 else 1.0)
        damaged = "Y" if rng.random() < 0.04 else "N"
        rentals.append([0, shop[0], guest[0], day.isoformat(), days, gear, round(price, 2), damaged])
    rentals.sort(key=lambda r: (r[3], r[2]))
    rentals = [(i, *r[1:]) for i, r in enumerate(rentals, 1)]
    reports = []
    for resort_index, resort in enumerate(_RESORTS, 1):
        for opened, closed in _SEASONS:
            depth = rng.randint(40, 80)
            day = opened
            while day <= closed:
                month_temp = {11: -6, 12: -9, 1: -11, 2: -9, 3: -5, 4: 0}[day.month] + (4 if resort_index == 3 else 0)
                low = month_temp + rng.randint(-6, 3)
                high = low + rng.randint(4, 11)
                new = 0 if rng.random() < 0.68 else round(rng.expovariate(1 / 11) * resort[7])
                depth = max(20, depth + new // 2 - (3 if high > 2 else 0) - rng.randint(0, 1))
                if new >= 10:
                    conditions = "Powder"
                elif high > 3:
                    conditions = "Spring snow"
                elif new > 0:
                    conditions = "Packed powder"
                else:
                    conditions = rng.choices(["Groomed", "Packed powder", "Icy"], weights=[5, 4, 2])[0]
                danger = min(5, 1 + (new >= 8) + (new >= 20) + (new >= 35) + (rng.random() < 0.15))
                reports.append((len(reports) + 1, resort_index, day.isoformat(), new, depth, low, high, conditions,
                                danger))  # fmt: skip
                day += dt.timedelta(days=1)
    accidents = []
    guests_with_pass = sorted({p[1] for p in passes})
    while len(accidents) < 240:
        resort = rng.choices([1, 2, 3], weights=[r[6] for r in _RESORTS])[0]
        day = _season_day(rng)
        guest = rng.choice([g for g in guests_with_pass if home_resort[g] == resort]) if rng.random() < 0.75 else None
        lift = None
        if rng.random() < 0.1:
            lift = rng.choice([lift for lift in lifts if lift[1] == resort and lift[8] == "O"])[0]
        trail, rating = rng.choice(_TRAILS[resort])
        activity = rng.choices(["Skiing", "Snowboarding", "Sledding", "Walking"], weights=[60, 32, 3, 5])[0]
        injury = rng.choices([j[0] for j in _INJURIES], weights=[j[1] for j in _INJURIES])[0]
        severity = rng.choices(["MIN", "MOD", "SER"], weights=[55, 32, 13 if rating == "black" else 7])[0]
        helmet = "Y" if rng.random() < 0.78 else "N"
        if injury == "Concussion" and helmet == "N":
            severity = "SER"
        hospital = "Y" if severity == "SER" or (severity == "MOD" and rng.random() < 0.4) else "N"
        accidents.append([0, resort, guest, lift, day.isoformat(), trail, rating, activity, injury, severity, helmet,
                          hospital])  # fmt: skip
    accidents.sort(key=lambda r: (r[4], r[1]))
    accidents = [(i, *r[1:]) for i, r in enumerate(accidents, 1)]
    return {"resorts": resorts, "lifts": lifts, "guests": guests, "lift_passes": passes, "lift_scans": scans,
            "instructors": instructors, "lessons": lessons, "rental_shops": shops, "rentals": rentals,
            "snow_reports": reports, "accidents": accidents}  # fmt: skip


def build_ski_database(path: str | Path) -> Path:
    """Write the ski resort operator's database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
