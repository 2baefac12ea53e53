"""A made-up members' golf club group running three courses around Harrogate, written by someone who had not seen
the engine's rules: the ``golf`` dev set's database.

Eleven tables with foreign keys, named in plain English:

- ``courses``: the three courses (``name`` Moorside, Castle Ridge, Riverside; ``town``; ``holes``; ``par``;
  ``yards``; ``opened_year``).
- ``membership_categories``: keyed by ``code`` ('FULL' full seven-day, 'FIVE' five-day, 'SENIOR' senior,
  'INTERMEDIATE' ages 18-29, 'JUNIOR' under 18, 'COUNTRY' country, 'SOCIAL' social with no playing rights), with the
  category ``name``, ``annual_fee`` in pounds and ``weekend_play`` (1 if the category may play at weekends).
- ``members``: ``membership_number``, ``first_name``, ``last_name``, ``gender`` 'M'/'F', ``date_of_birth``,
  ``category_code``, ``home_course_id``, ``joined_on``, ``handicap`` (a handicap index, NULL for social members) and
  ``status`` 'active', 'lapsed' or 'suspended'.
- ``tee_bookings``: a tee time on a course: ``member_id`` (NULL for visitors and societies), ``visitor_name`` (the
  lead name for visitors and societies), ``booking_type`` 'member', 'guest' (a member bringing guests), 'visitor'
  or 'society', ``played_on``, ``tee_time`` ('HH:MM'), ``players``, ``green_fee`` (the total charged for the
  booking in pounds, 0 for members playing on their own), ``booked_on``, ``booking_channel`` 'online', 'phone',
  'pro shop' or 'app', and ``status`` 'played', 'cancelled', 'no show' or 'booked' (still to come).
- ``competitions``: ``name`` (Monthly Medal, Winter Stableford, Club Championship, Captain's Day, Ladies Medal,
  Seniors Stableford), ``course_id``, ``played_on``, ``format`` 'Medal' or 'Stableford', ``entry_fee``.
- ``competition_entries``: a member entering a competition: ``entered_on``, ``status`` 'returned', 'no return' or
  'withdrawn', and for returned cards ``gross_score``, ``net_score``, ``stableford_points`` (Stableford only) and
  ``finishing_position`` (1 is the winner).
- ``shop_sales``: a pro-shop till receipt: ``course_id``, ``member_id`` (NULL for a visitor), ``sold_on``,
  ``payment_method`` 'card', 'cash' or 'member account', and ``total_amount``.
- ``sale_lines``: the items on a sale: ``item_name``, ``item_category`` ('Balls', 'Gloves', 'Clothing', 'Clubs',
  'Accessories', 'Hire'), ``quantity``, ``unit_price``.
- ``professionals``: the club professionals: ``first_name``, ``last_name``, ``course_id``, ``role`` ('Head
  Professional', 'Assistant Professional', 'Trainee Professional'), ``hourly_rate`` and ``started_on``.
- ``lessons``: a lesson given by a professional to a member: ``given_on``, ``start_time``, ``minutes``,
  ``lesson_type`` ('Individual', 'Playing lesson', 'Junior group', 'Video analysis'), ``fee`` and ``status``
  'completed', 'cancelled' or 'no show'.
- ``maintenance_jobs``: greenkeeping and course work: ``course_id``, ``hole`` (NULL for whole-course jobs),
  ``job_type``, ``description``, ``priority`` 'low', 'normal' or 'urgent', ``reported_on``, ``completed_on``
  (NULL until done), ``status`` 'open', 'in progress' or 'completed', ``carried_out_by`` ('Greenkeeping team' or a
  contractor) and ``cost`` in pounds (NULL until completed).

Rows come from a fixed seed, so every build holds the same rows. Activity is skewed: a few members book, enter
competitions and shop far more than the rest, some members have never booked a tee time or entered a competition,
and the newest trainee professional has given no lessons.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_golf_database(pathlib.Path(tempfile.mkdtemp()) / "golf.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM tee_bookings").fetchone()
    (4200,)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_golf_database"]

_SCHEMA = """
CREATE TABLE courses (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, town TEXT NOT NULL, holes INTEGER NOT NULL, par INTEGER NOT NULL,
    yards INTEGER NOT NULL, opened_year INTEGER NOT NULL
);
CREATE TABLE membership_categories (
    code TEXT PRIMARY KEY, name TEXT NOT NULL, annual_fee NUMERIC NOT NULL, weekend_play INTEGER NOT NULL
);
CREATE TABLE members (
    id INTEGER PRIMARY KEY, membership_number TEXT NOT NULL, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
    gender TEXT NOT NULL, date_of_birth DATE NOT NULL,
    category_code TEXT NOT NULL REFERENCES membership_categories (code),
    home_course_id INTEGER NOT NULL REFERENCES courses (id), joined_on DATE NOT NULL, handicap NUMERIC,
    status TEXT NOT NULL
);
CREATE TABLE tee_bookings (
    id INTEGER PRIMARY KEY, course_id INTEGER NOT NULL REFERENCES courses (id),
    member_id INTEGER REFERENCES members (id), visitor_name TEXT, booking_type TEXT NOT NULL,
    played_on DATE NOT NULL, tee_time TEXT NOT NULL, players INTEGER NOT NULL, green_fee NUMERIC NOT NULL,
    booked_on DATE NOT NULL, booking_channel TEXT NOT NULL, status TEXT NOT NULL
);
CREATE TABLE competitions (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, course_id INTEGER NOT NULL REFERENCES courses (id),
    played_on DATE NOT NULL, format TEXT NOT NULL, entry_fee NUMERIC NOT NULL
);
CREATE TABLE competition_entries (
    id INTEGER PRIMARY KEY, competition_id INTEGER NOT NULL REFERENCES competitions (id),
    member_id INTEGER NOT NULL REFERENCES members (id), entered_on DATE NOT NULL, status TEXT NOT NULL,
    gross_score INTEGER, net_score INTEGER, stableford_points INTEGER, finishing_position INTEGER
);
CREATE TABLE shop_sales (
    id INTEGER PRIMARY KEY, course_id INTEGER NOT NULL REFERENCES courses (id),
    member_id INTEGER REFERENCES members (id), sold_on DATE NOT NULL, payment_method TEXT NOT NULL,
    total_amount NUMERIC NOT NULL
);
CREATE TABLE sale_lines (
    id INTEGER PRIMARY KEY, sale_id INTEGER NOT NULL REFERENCES shop_sales (id), item_name TEXT NOT NULL,
    item_category TEXT NOT NULL, quantity INTEGER NOT NULL, unit_price NUMERIC NOT NULL
);
CREATE TABLE professionals (
    id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
    course_id INTEGER NOT NULL REFERENCES courses (id), role TEXT NOT NULL, hourly_rate NUMERIC NOT NULL,
    started_on DATE NOT NULL
);
CREATE TABLE lessons (
    id INTEGER PRIMARY KEY, professional_id INTEGER NOT NULL REFERENCES professionals (id),
    member_id INTEGER NOT NULL REFERENCES members (id), given_on DATE NOT NULL, start_time TEXT NOT NULL,
    minutes INTEGER NOT NULL, lesson_type TEXT NOT NULL, fee NUMERIC NOT NULL, status TEXT NOT NULL
);
CREATE TABLE maintenance_jobs (
    id INTEGER PRIMARY KEY, course_id INTEGER NOT NULL REFERENCES courses (id), hole INTEGER,
    job_type TEXT NOT NULL, description TEXT NOT NULL, priority TEXT NOT NULL, reported_on DATE NOT NULL,
    completed_on DATE, status TEXT NOT NULL, carried_out_by TEXT NOT NULL, cost NUMERIC
);
"""

_START = dt.date(2022, 1, 1)
_TODAY = dt.date(2025, 9, 20)  # bookings after this day are still to be played
_END = dt.date(2025, 9, 30)

#: name, town, holes, par, yards, opened, weekday visitor fee (2022), weekend fee, visitor weight
_COURSES = [
    ("Moorside", "Harrogate", 18, 71, 6420, 1898, 65, 80, 3),
    ("Castle Ridge", "Knaresborough", 18, 72, 6810, 1932, 90, 110, 4),
    ("Riverside", "Ripon", 18, 70, 5980, 1986, 45, 55, 2),
]
#: code, name, annual fee, weekend play, share of members
_CATEGORIES = [
    ("FULL", "Full seven-day", 1650, 1, 40),
    ("FIVE", "Five-day", 1150, 0, 14),
    ("SENIOR", "Senior", 1100, 1, 18),
    ("INTERMEDIATE", "Intermediate (18-29)", 720, 1, 7),
    ("JUNIOR", "Junior", 180, 1, 8),
    ("COUNTRY", "Country", 595, 1, 5),
    ("SOCIAL", "Social", 95, 0, 8),
]
_FIRST_M = ["David", "John", "Peter", "Michael", "Andrew", "Richard", "Paul", "Mark", "Stephen", "Ian", "Graham",
            "Simon", "James", "Robert", "Chris", "Neil", "Martin", "Gary", "Alan", "Keith", "Tom", "Ben", "Sam",
            "Oliver", "Harry", "Jack", "Will", "Callum", "Ethan", "Noah"]  # fmt: skip
_FIRST_F = ["Susan", "Margaret", "Linda", "Helen", "Karen", "Sarah", "Jane", "Alison", "Catherine", "Julie",
            "Elizabeth", "Anne", "Rachel", "Emma", "Lucy", "Claire", "Fiona", "Gillian", "Sophie", "Amy", "Grace",
            "Isla", "Poppy", "Hannah"]  # fmt: skip
_SURNAMES = ["Smith", "Jones", "Taylor", "Brown", "Wilson", "Thompson", "Walker", "Wright", "Robinson", "White",
             "Hall", "Wood", "Jackson", "Clarke", "Hughes", "Lee", "Harrison", "Turner", "Hill", "Cooper", "Ward",
             "Atkinson", "Barker", "Dawson", "Hargreaves", "Sutcliffe", "Metcalfe", "Pickering", "Lister", "Holroyd",
             "Ackroyd", "Bairstow", "Brook", "Crowther", "Firth", "Haigh", "Pearson", "Rhodes", "Whiteley",
             "Wainwright", "Kaur", "Singh", "Chaudhry", "McAllister", "O'Brien", "Fraser", "Murray",
             "Kennedy"]  # fmt: skip
#: item, category, price, weight
_ITEMS = [
    ("Titleist Pro V1 balls (dozen)", "Balls", 54.99, 10),
    ("Callaway Supersoft balls (dozen)", "Balls", 27.99, 12),
    ("Srixon Soft Feel balls (dozen)", "Balls", 24.99, 8),
    ("Club logo balls (sleeve of 3)", "Balls", 12.50, 6),
    ("FootJoy WeatherSof glove", "Gloves", 16.99, 14),
    ("Titleist Players glove", "Gloves", 24.99, 6),
    ("Club logo polo shirt", "Clothing", 39.00, 7),
    ("Waterproof jacket", "Clothing", 129.00, 2),
    ("Club logo sweater", "Clothing", 59.00, 3),
    ("Club logo cap", "Clothing", 18.00, 6),
    ("Ping G430 driver", "Clubs", 479.00, 1),
    ("Titleist Vokey SM10 wedge", "Clubs", 169.00, 2),
    ("Odyssey White Hot putter", "Clubs", 199.00, 1),
    ("Wooden tees (bag of 50)", "Accessories", 3.50, 12),
    ("Pitch mark repairer", "Accessories", 6.00, 5),
    ("Golf umbrella", "Accessories", 35.00, 3),
    ("Course planner book", "Accessories", 8.50, 3),
    ("Rangefinder", "Accessories", 249.00, 1),
    ("Trolley hire", "Hire", 5.00, 9),
    ("Buggy hire", "Hire", 30.00, 6),
    ("Club hire (half set)", "Hire", 20.00, 2),
]
#: first name, last name, course, role, hourly rate, started, share of lessons
_PROS = [
    ("Gary", "Haworth", 1, "Head Professional", 60, "2009-03-01", 8),
    ("Lucy", "Fenwick", 1, "Assistant Professional", 45, "2017-04-18", 6),
    ("Tom", "Brierley", 2, "Head Professional", 65, "2012-01-09", 7),
    ("Sam", "Okafor", 2, "Assistant Professional", 40, "2020-02-03", 5),
    ("Neil", "Ashworth", 3, "Head Professional", 55, "2005-06-13", 3),
    ("Kerry", "Lomax", 3, "Assistant Professional", 40, "2021-09-06", 2),
    ("Ben", "Carver", 1, "Trainee Professional", 30, "2025-09-01", 0),
]
#: job type, descriptions, cost range, weight
_JOBS = [
    ("Greens", ["Hollow tining", "Top dressing", "Overseeding", "Disease treatment", "Verti-draining"], (150, 900), 10),
    ("Bunkers", ["Re-sanding", "Edging", "Drainage under bunker", "Revetting face"], (120, 2400), 8),
    ("Drainage", ["Waterlogged fairway", "Blocked drain", "New French drain"], (300, 5200), 5),
    ("Irrigation", ["Sprinkler head leak", "Pump repair", "Valve replacement"], (90, 3800), 5),
    ("Tree work", ["Storm damage", "Crown lifting", "Fallen tree"], (200, 2600), 4),
    ("Tees", ["Re-levelling tee", "Divot repair", "New tee markers"], (60, 1800), 5),
    ("Paths", ["Buggy path resurfacing", "Pothole repair"], (150, 6500), 3),
    ("Machinery", ["Mower service", "Fairway mower breakdown", "Greens roller repair"], (80, 4200), 4),
]
_CONTRACTORS = ["Yorkshire Drainage Ltd", "Dales Tree Surgeons", "Turfcare Irrigation", "Nidd Valley Plant Hire"]
_COMPETITIONS = {  # name: format, entry fee, months, which members may enter
    "Monthly Medal": ("Medal", 3, [4, 5, 6, 7, 8, 9, 10], "all"),
    "Winter Stableford": ("Stableford", 2, [1, 2, 11, 12], "all"),
    "Club Championship": ("Medal", 10, [7], "all"),
    "Captain's Day": ("Stableford", 15, [6], "all"),
    "Ladies Medal": ("Medal", 3, [5, 7, 9], "F"),
    "Seniors Stableford": ("Stableford", 3, [4, 6, 8, 10], "senior"),
}


def _age(dob: dt.date, on: dt.date) -> int:
    return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))


def _members(rng: random.Random) -> list[tuple]:
    names_m = rng.sample([(f, s) for f in _FIRST_M for s in _SURNAMES], 560)
    names_f = rng.sample([(f, s) for f in _FIRST_F for s in _SURNAMES], 300)
    members = []
    for i in range(1, 641):
        code = rng.choices([c[0] for c in _CATEGORIES], weights=[c[4] for c in _CATEGORIES])[0]
        gender = "F" if rng.random() < (0.45 if code == "JUNIOR" else 0.3) else "M"
        first, last = names_f.pop() if gender == "F" else names_m.pop()
        ages = {"JUNIOR": (9, 17), "INTERMEDIATE": (18, 29), "SENIOR": (65, 88), "SOCIAL": (30, 85)}
        low, high = ages.get(code, (30, 72))
        age = rng.randint(low, high)
        dob = random_day(rng, dt.date(2025 - age - 1, 9, 21), dt.date(2025 - age, 9, 20))
        earliest = max(dt.date(1975, 1, 1), dob + dt.timedelta(days=365 * 8))
        joined = random_day(rng, earliest, dt.date(2025, 8, 31))
        if rng.random() < 0.35:
            joined = random_day(rng, max(earliest, dt.date(2022, 1, 1)), dt.date(2025, 8, 31))
        home = rng.choices([1, 2, 3], weights=[5, 3, 2])[0]
        if code == "SOCIAL":
            handicap = None
        elif code == "JUNIOR":
            handicap = round(rng.uniform(6, 45), 1)
        else:
            index = rng.gauss(17 if gender == "M" else 24, 7)
            handicap = round(min(54.0, index if index > 0 else rng.uniform(0.1, 4.0)), 1)
        status = rng.choices(["active", "lapsed", "suspended"], weights=[88, 9, 3])[0]
        members.append((i, f"GC{1000 + i * 3}", first, last, gender, dob.isoformat(), code, home,
                        joined.isoformat(), handicap, status))  # fmt: skip
    return members


def _fee(course: int, day: dt.date) -> int:
    base = _COURSES[course - 1][7 if day.weekday() >= 5 else 6]
    return round(base * 1.05 ** (day.year - 2022))


def _golf_day(rng: random.Random, start: dt.date = _START, end: dt.date = _END) -> dt.date:
    """A day, more likely in the summer and at weekends."""
    while True:
        day = random_day(rng, start, end)
        chance = {1: 0.35, 2: 0.4, 3: 0.6, 4: 0.85, 5: 1, 6: 1, 7: 1, 8: 1, 9: 0.9, 10: 0.7, 11: 0.45, 12: 0.35}
        if rng.random() < chance[day.month] * (1 if day.weekday() >= 4 else 0.75):
            return day


def _bookings(rng: random.Random, members: list[tuple]) -> list[tuple]:
    playing = [m for m in members if m[6] != "SOCIAL"]
    weights = []
    for m in playing:
        weight = 0 if m[0] % 9 == 5 else (14 if m[0] % 29 == 3 else rng.choice([1, 1, 2, 3]))
        weights.append(weight * (0.4 if m[10] != "active" else 1))
    visitors = [f"{rng.choice(_FIRST_M + _FIRST_F)} {rng.choice(_SURNAMES)}" for _ in range(500)]
    societies = ["Harrogate Round Table", "Leeds Law Society", "Yorkshire Water Golf Society", "Ripon Rotary Club",
                 "Bradford Police Golf Society", "York Medics", "Sage Group Golf Day", "Otley Rugby Club"]  # fmt: skip
    rows = []
    for _ in range(4200):
        kind = rng.choices(["member", "guest", "visitor", "society"], weights=[56, 12, 28, 4])[0]
        day = _golf_day(rng)
        member_id, name = None, None
        if kind in ("member", "guest"):
            member = rng.choices(playing, weights=weights)[0]
            member_id = member[0]
            course = member[7] if rng.random() < 0.8 else rng.randint(1, 3)
            players = rng.choices([1, 2, 3, 4], weights=[2, 4, 3, 5])[0] if kind == "member" else rng.randint(2, 4)
            guests = rng.randint(1, players - 1) if kind == "guest" else 0
            fee = round(guests * _fee(course, day) * 0.5)
            lead = rng.randint(0, 21)
        elif kind == "visitor":
            name = rng.choice(visitors)
            course = rng.choices([1, 2, 3], weights=[c[8] for c in _COURSES])[0]
            players = rng.choices([1, 2, 3, 4], weights=[1, 4, 2, 5])[0]
            fee = players * _fee(course, day)
            lead = rng.randint(1, 60)
        else:
            name = rng.choice(societies)
            course = rng.choices([1, 2, 3], weights=[3, 2, 3])[0]
            while day.weekday() >= 5:
                day = _golf_day(rng)
            players = rng.randint(8, 36)
            fee = round(players * _fee(course, day) * 0.8)
            lead = rng.randint(30, 200)
        booked = max(day - dt.timedelta(days=lead), dt.date(2021, 10, 1))
        hour = rng.choices(range(7, 17), weights=[5, 9, 9, 8, 7, 7, 6, 5, 3, 2])[0]
        tee_time = f"{hour:02d}:{rng.randrange(0, 60, 10):02d}"
        channel = rng.choices(["online", "phone", "pro shop", "app"], weights=[5, 3, 2, 2 if day.year >= 2023 else 0])
        if day > _TODAY:
            status = "booked"
        else:
            status = rng.choices(["played", "cancelled", "no show"], weights=[84, 12, 4 if kind != "society" else 0])[0]
        rows.append((course, member_id, name, kind, day.isoformat(), tee_time, players, fee, booked.isoformat(),
                     channel[0], status))  # fmt: skip
    rows.sort(key=lambda r: (r[4], r[5], r[0]))
    return [(i, *r) for i, r in enumerate(rows, 1)]


def _competitions(rng: random.Random, members: list[tuple]) -> tuple[list[tuple], list[tuple]]:
    comps = []
    for year in range(2022, 2026):
        for course in (1, 2, 3):
            for name, (fmt, fee, months, _) in _COMPETITIONS.items():
                for month in months:
                    day = dt.date(year, month, 1) + dt.timedelta(days=rng.randint(0, 3) * 7 + rng.randint(0, 6))
                    while day.weekday() != (2 if "Seniors" in name or "Ladies" in name else 5):
                        day += dt.timedelta(days=1)
                    if day <= _TODAY:
                        comps.append((name, course, day.isoformat(), fmt, fee))
    comps.sort(key=lambda c: (c[2], c[1], c[0]))
    comps = [(i, *c) for i, c in enumerate(comps, 1)]
    keen = {m[0]: 0 if m[0] % 4 == 1 else (7 if m[0] % 23 == 2 else rng.choice([1, 1, 2])) for m in members}
    entries = []
    par = {c: _COURSES[c - 1][3] for c in (1, 2, 3)}
    for comp_id, name, course, day_text, fmt, _ in comps:
        day = dt.date.fromisoformat(day_text)
        who = _COMPETITIONS[name][3]
        pool = [m for m in members if m[6] != "SOCIAL" and m[8] < day_text and m[9] is not None and m[10] == "active"
                and (m[7] == course or m[0] % 11 == 0)]  # fmt: skip
        if who == "F":
            pool = [m for m in pool if m[4] == "F"]
        elif who == "senior":
            pool = [m for m in pool if _age(dt.date.fromisoformat(m[5]), day) >= 60]
        pool = [m for m in pool if keen[m[0]] > 0]
        size = {"Club Championship": 28, "Captain's Day": 40, "Winter Stableford": 14}.get(name, 20)
        size = min(len(pool), max(4, round(size * rng.uniform(0.6, 1.3))))
        chosen = []
        candidates = list(pool)
        while len(chosen) < size:
            pick = rng.choices(candidates, weights=[keen[m[0]] for m in candidates])[0]
            candidates.remove(pick)
            chosen.append(pick)
        cards = []
        for m in sorted(chosen, key=lambda m: m[0]):
            entered = day - dt.timedelta(days=rng.randint(1, 20))
            status = rng.choices(["returned", "no return", "withdrawn"], weights=[90, 6, 4])[0]
            gross = net = points = None
            if status == "returned":
                handicap = float(m[9])
                playing = round(handicap * 0.95)
                gross = max(par[course] - 4, round(par[course] + handicap * 1.05 + rng.gauss(2, 4)))
                net = gross - playing
                if fmt == "Stableford":
                    points = max(12, min(45, round(36 - (net - par[course]) + rng.gauss(0, 2))))
            cards.append([comp_id, m[0], entered.isoformat(), status, gross, net, points, None])
        returned = [c for c in cards if c[3] == "returned"]
        if fmt == "Stableford":
            returned.sort(key=lambda c: (-c[6], c[5], c[1]))
        elif name == "Club Championship":
            returned.sort(key=lambda c: (c[4], c[5], c[1]))
        else:
            returned.sort(key=lambda c: (c[5], c[4], c[1]))
        for position, card in enumerate(returned, 1):
            card[7] = position
        entries.extend(tuple(c) for c in cards)
    entries = [(i, *e) for i, e in enumerate(entries, 1)]
    return comps, entries


def _shop(rng: random.Random, members: list[tuple]) -> tuple[list[tuple], list[tuple]]:
    weights = [0 if m[0] % 5 == 2 else (12 if m[0] % 31 == 7 else 1) for m in members]
    sales, lines = [], []
    heads = []
    for _ in range(2100):
        day = _golf_day(rng)
        course = rng.choices([1, 2, 3], weights=[5, 4, 2])[0]
        member = rng.choices(members, weights=weights)[0] if rng.random() < 0.65 else None
        heads.append((day.isoformat(), course, member[0] if member else None))
    heads.sort(key=lambda h: (h[0], h[1], h[2] or 0))
    for sale_id, (day, course, member_id) in enumerate(heads, 1):
        total = 0.0
        picked = rng.choices(_ITEMS, weights=[it[3] for it in _ITEMS], k=rng.choices([1, 2, 3, 4], [6, 3, 2, 1])[0])
        for name, category, price, _ in picked:
            quantity = rng.choices([1, 2, 3, 4], weights=[10, 3, 1, 1])[0] if category in ("Balls", "Hire") else 1
            unit = price if day < "2024-03-01" else round(price * 1.06, 2)
            total += quantity * unit
            lines.append((len(lines) + 1, sale_id, name, category, quantity, unit))
        methods = ["card", "cash", "member account"]
        method = rng.choices(methods, weights=[6, 1, 4 if member_id else 0])[0]
        sales.append((sale_id, course, member_id, day, method, round(total, 2)))
    return sales, lines


def _lessons(rng: random.Random, members: list[tuple]) -> list[tuple]:
    pros = [(i, *p) for i, p in enumerate(_PROS, 1)]
    learners = [m for m in members if m[6] != "SOCIAL"]
    weights = [0 if m[0] % 3 else (5 if m[6] == "JUNIOR" else (9 if m[0] % 37 == 6 else 1)) for m in learners]
    rows = []
    for _ in range(950):
        pro = rng.choices(pros, weights=[p[7] for p in pros])[0]
        member = rng.choices(learners, weights=weights)[0]
        day = _golf_day(rng, max(_START, dt.date.fromisoformat(pro[6])), _TODAY)
        kind = "Junior group" if member[6] == "JUNIOR" and rng.random() < 0.6 else rng.choices(
            ["Individual", "Playing lesson", "Video analysis"], weights=[10, 3, 2])[0]  # fmt: skip
        minutes = {"Junior group": 60, "Playing lesson": 120, "Video analysis": 45}.get(kind, rng.choice([30, 60]))
        rate = pro[5] * (1 if day.year < 2024 else 1.1)
        fee = 12.0 if kind == "Junior group" else round(rate * minutes / 60, 2)
        start = f"{rng.randint(8, 18):02d}:{rng.choice(['00', '30'])}"
        status = rng.choices(["completed", "cancelled", "no show"], weights=[88, 9, 3])[0]
        rows.append((pro[0], member[0], day.isoformat(), start, minutes, kind, fee, status))
    rows.sort(key=lambda r: (r[2], r[3], r[0]))
    return [(i, *r) for i, r in enumerate(rows, 1)]


def _maintenance(rng: random.Random) -> list[tuple]:
    rows = []
    for _ in range(430):
        course = rng.choices([1, 2, 3], weights=[4, 4, 3])[0]
        job_type, descriptions, (low, high), _ = rng.choices(_JOBS, weights=[j[3] for j in _JOBS])[0]
        hole = None if job_type in ("Machinery", "Irrigation") and rng.random() < 0.7 else rng.randint(1, 18)
        if job_type == "Drainage" and course == 3:  # the river course floods
            hole = rng.choice([4, 4, 4, 5, 12, 13, hole])
        reported = random_day(rng, _START, _TODAY)
        priority = rng.choices(["low", "normal", "urgent"], weights=[3, 6, 2])[0]
        age = (_TODAY - reported).days
        if age < 25:
            status = rng.choice(["open", "in progress", "completed"])
        elif age < 90:
            status = rng.choices(["open", "in progress", "completed"], weights=[1, 2, 8])[0]
        else:
            status = "completed" if rng.random() < 0.98 else "open"
        done = cost = None
        if status == "completed":
            days = rng.randint(0, 3) if priority == "urgent" else rng.randint(1, 40)
            done = min(reported + dt.timedelta(days=days), _TODAY).isoformat()
            cost = round(rng.uniform(low, high) * (1.4 if course == 2 else 1), 2)
        by = rng.choice(_CONTRACTORS) if high > 2500 and rng.random() < 0.5 else "Greenkeeping team"
        rows.append((course, hole, job_type, rng.choice(descriptions), priority, reported.isoformat(), done, status,
                     by, cost))  # fmt: skip
    rows.sort(key=lambda r: (r[5], r[0], r[2]))
    return [(i, *r) for i, r in enumerate(rows, 1)]


def _rows(seed: int = 41818) -> dict[str, list[tuple]]:
    rng = random.Random(seed)
    courses = [(i, *c[:6]) for i, c in enumerate(_COURSES, 1)]
    categories = [c[:4] for c in _CATEGORIES]
    members = _members(rng)
    bookings = _bookings(rng, members)
    competitions, entries = _competitions(rng, members)
    sales, lines = _shop(rng, members)
    professionals = [(i, *p[:6]) for i, p in enumerate(_PROS, 1)]
    lessons = _lessons(rng, members)
    jobs = _maintenance(rng)
    return {"courses": courses, "membership_categories": categories, "members": members, "tee_bookings": bookings,
            "competitions": competitions, "competition_entries": entries, "shop_sales": sales, "sale_lines": lines,
            "professionals": professionals, "lessons": lessons, "maintenance_jobs": jobs}  # fmt: skip


def build_golf_database(path: str | Path) -> Path:
    """Write the golf club group's database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
