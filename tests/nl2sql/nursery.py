"""A made-up group of six children's day nurseries in Yorkshire, written by someone who had not seen the engine's
rules: the ``nursery`` dev set's database.

Ten tables with foreign keys and plain, readable column names. ``nurseries`` holds the six settings (the
``nursery_name``, ``town``, ``opened_on``, the latest ``ofsted_rating``, NULL for the newest one that has not been
inspected yet, the registered ``total_places`` and the ``manager_name``). ``rooms`` holds each nursery's rooms (a
``room_name`` such as Caterpillars, the ``age_group`` Baby / Toddler / Pre-school, the youngest and oldest age in
months it takes and its ``capacity``). ``staff`` holds the people who work there (first and last name, nursery, the
room they work in or NULL for managers and cooks, ``job_title``, ``qualification_level`` or NULL when unqualified,
``hourly_rate``, ``started_on`` and ``left_on`` or NULL while still employed). ``parents`` holds parents and guardians
(first and last name, ``relationship`` to the child, ``email`` or NULL, ``phone``, ``home_town`` and
``registered_on``). ``children`` holds every child who has had a place (first and last name, ``date_of_birth``,
``gender``, nursery, current or last room, ``keyworker_id`` the member of staff who is their keyworker, the
``parent_id`` who pays, ``start_date``, ``leaving_date`` or NULL while still attending, ``funded_hours`` 0/15/30 a
week of government-funded childcare and ``allergies`` or NULL). ``session_types`` is the price list (a
``session_name`` such as Full day or Morning, ``start_time``, ``end_time``, ``hours`` and the current
``daily_price``). ``bookings`` holds each session booked for a child (``session_date``, the date it was booked
``booked_on``, ``status`` Confirmed or Cancelled and the ``fee`` charged at that day's prices). ``attendance`` holds
the register for every confirmed booking (``attendance_status`` Present or Absent, ``arrival_time`` and
``collection_time`` or NULL when absent, and an ``absence_reason`` or NULL when present). ``invoices`` holds a monthly
bill per child (the ``billing_month`` as its first day, ``issued_on``, ``gross_amount`` of the month's confirmed
sessions, the ``funding_credit`` for funded hours, the ``amount_due``, ``amount_paid``, ``status`` Paid / Part paid /
Unpaid / Overdue and ``paid_on`` or NULL). ``incidents`` holds the accident, illness and behaviour log (a child, the
member of staff who ``reported_by``, ``occurred_at`` date and time, ``incident_type``, ``severity`` Minor / Moderate /
Serious, ``location``, whether ``first_aid_given`` and whether the ``parent_signed`` the form). Rows come from a fixed
seed, so every build holds the same rows; dates run from January 2023 to December 2025. Little Acorns in York is the
largest setting, a few children account for many of the incidents (toddlers more than the others), a few families
owe far more than the rest, some parents never had a child start and some room staff are keyworker to nobody.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_nursery_database(pathlib.Path(tempfile.mkdtemp()) / "nursery.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM nurseries").fetchone()
    (6,)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_nursery_database"]

_SCHEMA = """
CREATE TABLE nurseries (
    id INTEGER PRIMARY KEY, nursery_name TEXT NOT NULL, town TEXT NOT NULL, opened_on DATE NOT NULL,
    ofsted_rating TEXT, total_places INTEGER NOT NULL, manager_name TEXT NOT NULL
);
CREATE TABLE rooms (
    id INTEGER PRIMARY KEY, nursery_id INTEGER NOT NULL REFERENCES nurseries (id), room_name TEXT NOT NULL,
    age_group TEXT NOT NULL, min_age_months INTEGER NOT NULL, max_age_months INTEGER NOT NULL,
    capacity INTEGER NOT NULL
);
CREATE TABLE staff (
    id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
    nursery_id INTEGER NOT NULL REFERENCES nurseries (id), room_id INTEGER REFERENCES rooms (id),
    job_title TEXT NOT NULL, qualification_level TEXT, hourly_rate NUMERIC NOT NULL, started_on DATE NOT NULL,
    left_on DATE
);
CREATE TABLE parents (
    id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, relationship TEXT NOT NULL,
    email TEXT, phone TEXT NOT NULL, home_town TEXT NOT NULL, registered_on DATE NOT NULL
);
CREATE TABLE children (
    id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, date_of_birth DATE NOT NULL,
    gender TEXT NOT NULL, nursery_id INTEGER NOT NULL REFERENCES nurseries (id),
    room_id INTEGER NOT NULL REFERENCES rooms (id), keyworker_id INTEGER NOT NULL REFERENCES staff (id),
    parent_id INTEGER NOT NULL REFERENCES parents (id), start_date DATE NOT NULL, leaving_date DATE,
    funded_hours INTEGER NOT NULL, allergies TEXT
);
CREATE TABLE session_types (
    id INTEGER PRIMARY KEY, session_name TEXT NOT NULL, start_time TEXT NOT NULL, end_time TEXT NOT NULL,
    hours NUMERIC NOT NULL, daily_price NUMERIC NOT NULL
);
CREATE TABLE bookings (
    id INTEGER PRIMARY KEY, child_id INTEGER NOT NULL REFERENCES children (id),
    session_type_id INTEGER NOT NULL REFERENCES session_types (id), session_date DATE NOT NULL,
    booked_on DATE NOT NULL, status TEXT NOT NULL, fee NUMERIC NOT NULL
);
CREATE TABLE attendance (
    id INTEGER PRIMARY KEY, booking_id INTEGER NOT NULL UNIQUE REFERENCES bookings (id),
    attendance_status TEXT NOT NULL, arrival_time TEXT, collection_time TEXT, absence_reason TEXT
);
CREATE TABLE invoices (
    id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL REFERENCES parents (id),
    child_id INTEGER NOT NULL REFERENCES children (id), billing_month DATE NOT NULL, issued_on DATE NOT NULL,
    gross_amount NUMERIC NOT NULL, funding_credit NUMERIC NOT NULL, amount_due NUMERIC NOT NULL,
    amount_paid NUMERIC NOT NULL, status TEXT NOT NULL, paid_on DATE
);
CREATE TABLE incidents (
    id INTEGER PRIMARY KEY, child_id INTEGER NOT NULL REFERENCES children (id),
    reported_by INTEGER NOT NULL REFERENCES staff (id), occurred_at DATETIME NOT NULL, incident_type TEXT NOT NULL,
    severity TEXT NOT NULL, location TEXT NOT NULL, first_aid_given INTEGER NOT NULL, parent_signed INTEGER NOT NULL
);
"""

#: name, town, opened, Ofsted rating, places, manager, share of children, rooms (name, age group)
_NURSERIES = [
    ("Little Acorns", "York", "2008-04-14", "Outstanding", 96, "Janet Pickering", 13,
     [("Caterpillars", "Baby"), ("Ladybirds", "Toddler"), ("Bumblebees", "Toddler"), ("Owls", "Pre-school"),
      ("Foxes", "Pre-school")]),
    ("Rainbow Corner", "Leeds", "2014-09-01", "Good", 72, "Samina Akhtar", 8,
     [("Rosebuds", "Baby"), ("Sunbeams", "Toddler"), ("Rainbows", "Pre-school"), ("Stars", "Pre-school")]),
    ("Bluebell Lodge", "Harrogate", "2011-02-07", "Good", 60, "Fiona Metcalfe", 6,
     [("Seedlings", "Baby"), ("Sprouts", "Toddler"), ("Bluebells", "Pre-school")]),
    ("Tiny Steps", "Wakefield", "2017-06-05", "Requires improvement", 48, "Donna Crossley", 4,
     [("Snuggle Room", "Baby"), ("Explorers", "Toddler"), ("Adventurers", "Pre-school")]),
    ("Willow Tree", "Otley", "2019-10-14", "Good", 40, "Rebecca Hargreaves", 3,
     [("Saplings", "Baby"), ("Branches", "Toddler"), ("Treetops", "Pre-school")]),
    ("Puddle Ducks", "Ripon", "2023-03-06", None, 30, "Katie Wilkinson", 2,
     [("Ducklings", "Baby"), ("Paddlers", "Toddler"), ("Splashers", "Pre-school")]),
]  # fmt: skip
#: age group: youngest and oldest month, capacity
_AGE_GROUPS = {"Baby": (3, 23, 9), "Toddler": (24, 35, 16), "Pre-school": (36, 60, 24)}
#: name, start, end, hours, 2025 price
_SESSIONS = [
    ("Full day", "08:00", "18:00", 10, 68.00),
    ("Morning", "08:00", "13:00", 5, 39.50),
    ("Afternoon", "13:00", "18:00", 5, 37.00),
    ("School hours", "09:00", "15:00", 6, 45.00),
    ("Early full day", "07:30", "18:00", 10.5, 72.50),
]
_SESSION_WEIGHTS = [46, 22, 12, 14, 6]
_PRICE_FACTOR = {2023: 0.88, 2024: 0.94, 2025: 1.0}
_BOYS = ["Oliver", "Noah", "George", "Arthur", "Leo", "Freddie", "Theo", "Oscar", "Archie", "Alfie", "Henry",
         "Jack", "Teddy", "Finley", "Muhammad", "Isaac", "Reggie", "Albie", "Harry", "Tommy"]  # fmt: skip
_GIRLS = ["Olivia", "Amelia", "Isla", "Lily", "Ava", "Freya", "Ivy", "Florence", "Willow", "Isabella", "Mia",
          "Elsie", "Poppy", "Evie", "Sophia", "Maryam", "Rosie", "Daisy", "Harper", "Matilda"]  # fmt: skip
_ADULT_F = ["Sarah", "Emma", "Laura", "Hannah", "Rachel", "Gemma", "Jessica", "Amy", "Charlotte", "Lucy",
            "Zainab", "Kirsty", "Victoria", "Natalie", "Sophie", "Claire", "Aisha", "Holly"]  # fmt: skip
_ADULT_M = ["James", "Daniel", "Thomas", "Matthew", "Christopher", "Ryan", "Adam", "Imran", "Luke", "Michael",
            "Craig", "Ben", "Jamie", "Stuart"]  # fmt: skip
_SURNAMES = ["Smith", "Jones", "Taylor", "Brown", "Wilson", "Walker", "Wood", "Thompson", "Robinson", "Wright",
             "Holmes", "Atkinson", "Barker", "Hirst", "Sutcliffe", "Ackroyd", "Haigh", "Firth", "Greenwood",
             "Bairstow", "Moorhouse", "Clegg", "Shaw", "Kaur", "Khan", "Hussain", "Ali", "Nowak", "Kowalczyk",
             "Murphy", "Dobson", "Lister", "Pearson", "Kitching", "Rhodes", "Battye", "Oldroyd", "Senior",
             "Hepworth", "Whitaker"]  # fmt: skip
_TOWN_NEAR = {
    "York": ["York", "York", "York", "Haxby", "Tadcaster"],
    "Leeds": ["Leeds", "Leeds", "Leeds", "Morley"],
    "Harrogate": ["Harrogate", "Harrogate", "Knaresborough"],
    "Wakefield": ["Wakefield", "Wakefield", "Ossett"],
    "Otley": ["Otley", "Ilkley", "Otley"],
    "Ripon": ["Ripon", "Ripon", "Boroughbridge"],
}
_INCIDENT_TYPES = [("Bump or fall", 42), ("Bite", 14), ("Illness", 18), ("Scratch or graze", 16),
                   ("Allergic reaction", 3), ("Behaviour", 7)]  # fmt: skip
_START, _END = dt.date(2023, 1, 1), dt.date(2025, 12, 31)


def _weekday(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    """A Monday-to-Friday day from ``start`` to ``end``, missing the Christmas closure (24 Dec to 1 Jan)."""
    while True:
        day = random_day(rng, start, end)
        closed = (day.month == 12 and day.day >= 24) or (day.month == 1 and day.day == 1)
        if day.weekday() < 5 and not closed:
            return day


def _months_between(born: dt.date, day: dt.date) -> int:
    return (day.year - born.year) * 12 + day.month - born.month - (1 if day.day < born.day else 0)


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _rows(seed: int = 50823) -> dict[str, list[tuple]]:  # noqa: PLR0912, PLR0915 - one generator per table
    rng = random.Random(seed)
    nurseries = [(i, *n[:6]) for i, n in enumerate(_NURSERIES, 1)]
    rooms = []
    for nursery_id, n in enumerate(_NURSERIES, 1):
        for room_name, group in n[7]:
            low, high, cap = _AGE_GROUPS[group]
            cap = cap if nursery_id <= 3 else cap - 4 * (group != "Baby") - 3 * (group == "Baby")
            rooms.append((len(rooms) + 1, nursery_id, room_name, group, low, high, cap))

    # staff: a manager, a deputy and a cook per nursery, then a room leader and practitioners per room
    staff = []
    used = set()

    def person(first_names: list[str]) -> tuple[str, str]:
        while True:
            name = (rng.choice(first_names), rng.choice(_SURNAMES))
            if name not in used:
                used.add(name)
                return name

    for nursery_id, n in enumerate(_NURSERIES, 1):
        opened = dt.date.fromisoformat(n[2])
        manager_first, manager_last = n[5].split()
        used.add((manager_first, manager_last))
        plan = [(manager_first, manager_last, None, "Nursery Manager", "Level 6", 18.40)]
        first, last = person(_ADULT_F)
        plan.append((first, last, None, "Deputy Manager", rng.choice(["Level 3", "Level 6"]), 15.20))
        first, last = person(_ADULT_F + _ADULT_M[:3])
        plan.append((first, last, None, "Cook", None, 11.90))
        for room in (r for r in rooms if r[1] == nursery_id):
            first, last = person(_ADULT_F)
            plan.append((first, last, room[0], "Room Leader", "Level 3", 13.60))
            extra = 3 if nursery_id == 1 else 2 if nursery_id <= 3 else 1
            for _ in range(extra):
                first, last = person(_ADULT_F + _ADULT_M[:4])
                title, level, rate = rng.choices([("Nursery Practitioner", "Level 3", 12.30),
                                                  ("Nursery Practitioner", "Level 2", 11.80),
                                                  ("Apprentice", None, 7.55)], weights=[6, 3, 2])[0]  # fmt: skip
                plan.append((first, last, room[0], title, level, rate))
        for first, last, room_id, title, level, rate in plan:
            if title == "Apprentice":
                started = random_day(rng, max(opened, dt.date(2023, 1, 3)), dt.date(2025, 6, 30))
            else:
                started = random_day(rng, opened, dt.date(2025, 3, 31))
            left = None
            if title in ("Nursery Practitioner", "Apprentice") and rng.random() < 0.22:
                left = random_day(rng, max(started + dt.timedelta(days=120), _START), dt.date(2025, 11, 28))
                if left <= started:
                    left = None
            pay = round(rate + 0.05 * rng.randrange(0, 12), 2)
            staff.append((len(staff) + 1, first, last, nursery_id, room_id, title, level, pay, started.isoformat(),
                          left.isoformat() if left else None))  # fmt: skip

    # parents and children: some parents have two or three children
    parents, children = [], []
    child_names = set()
    weights = [n[6] for n in _NURSERIES]
    while len(children) < 360:
        nursery_id = rng.choices(range(1, 7), weights=weights)[0]
        n = _NURSERIES[nursery_id - 1]
        opened = max(dt.date.fromisoformat(n[2]), dt.date(2021, 9, 1))
        relationship = rng.choices(["Mother", "Father", "Grandparent", "Guardian"], weights=[70, 24, 4, 2])[0]
        pool = _ADULT_M if relationship == "Father" else _ADULT_F if relationship != "Guardian" else _ADULT_F + _ADULT_M
        first, last = person(pool)
        registered = random_day(rng, opened, dt.date(2025, 9, 1))
        email = None if rng.random() < 0.12 else f"{first.lower()}.{last.lower()}{rng.randint(1, 99)}@example.co.uk"
        phone = f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}"
        home_town = rng.choice(_TOWN_NEAR[n[1]])
        parent_id = len(parents) + 1
        parents.append((parent_id, first, last, relationship, email, phone, home_town, registered.isoformat()))
        n_children = rng.choices([1, 2, 3], weights=[78, 19, 3])[0]
        for k in range(n_children):
            start = registered if k == 0 else random_day(rng, registered, dt.date(2025, 10, 1))
            age_at_start = rng.choice([5, 7, 9, 10, 11, 12, 14, 18, 24, 26, 30, 36, 38])
            born = start - dt.timedelta(days=int(age_at_start * 30.4) + rng.randrange(0, 28))
            gender = rng.choice(["Male", "Female"])
            while True:
                first_child = rng.choice(_BOYS if gender == "Male" else _GIRLS)
                if (first_child, last) not in child_names:
                    child_names.add((first_child, last))
                    break
            # leave for school in the September after turning four, or earlier now and then
            school_start = dt.date(born.year + (5 if (born.month, born.day) < (9, 1) else 6) - 1, 9, 1)
            leaving = None
            if school_start <= _END:
                leaving = school_start - dt.timedelta(days=rng.choice([7, 10, 14, 21, 28, 35]))
            if rng.random() < 0.12:
                early = random_day(rng, start + dt.timedelta(days=90), start + dt.timedelta(days=600))
                if early <= _END and (leaving is None or early < leaving):
                    leaving = early
            if leaving is not None and leaving < dt.date(2023, 2, 1):
                continue  # gone before the records start
            if leaving is not None and leaving <= start + dt.timedelta(days=30):
                continue
            as_of = min(leaving or _END, _END)
            age = _months_between(born, as_of)
            group = "Baby" if age < 24 else "Toddler" if age < 36 else "Pre-school"
            room = rng.choice([r for r in rooms if r[1] == nursery_id and r[3] == group])
            keyworkers = [
                s
                for s in staff
                if s[4] == room[0] and s[5] != "Apprentice" and (s[9] is None or s[9] >= as_of.isoformat())
            ]
            keyworker = rng.choices(keyworkers, weights=[5 if s[5] == "Room Leader" else 2 for s in keyworkers])[0]
            funded = 0
            if age >= 36:
                funded = rng.choices([15, 30], weights=[45, 55])[0]
            elif age >= 24:
                funded = rng.choices([0, 15, 30], weights=[35, 35, 30])[0]
            elif age >= 9 and as_of >= dt.date(2024, 9, 1):
                funded = rng.choices([0, 15], weights=[55, 45])[0]
            allergies = rng.choices([None, "Nuts", "Dairy", "Egg", "Gluten", "Sesame", "Dairy and egg"],
                                    weights=[82, 5, 5, 3, 2, 1, 2])[0]  # fmt: skip
            children.append((len(children) + 1, first_child, last, born.isoformat(), gender, nursery_id, room[0],
                             keyworker[0], parent_id, start.isoformat(), leaving.isoformat() if leaving else None,
                             funded, allergies))  # fmt: skip
    parents = [(i, *p[1:]) for i, p in enumerate(parents, 1)]

    session_types = [(i, *s) for i, s in enumerate(_SESSIONS, 1)]
    # bookings: each child books a share of days while they attend; some families book far more than others
    bookings = []
    for child in children:
        start = max(dt.date.fromisoformat(child[9]), _START)
        end = min(dt.date.fromisoformat(child[10]) if child[10] else _END, _END)
        if start > end:
            continue
        days = (end - start).days
        keen = rng.choice([0.7, 1.0, 1.0, 1.3, 1.8]) * (1.25 if child[5] == 1 else 1)
        n_bookings = max(2, round(days / 30 * keen * 0.55))
        usual = rng.choices(range(1, 6), weights=_SESSION_WEIGHTS)[0]
        dates = set()
        for _ in range(n_bookings):
            day = _weekday(rng, start, end)
            if day in dates:
                continue
            dates.add(day)
            session_id = usual if rng.random() < 0.75 else rng.choices(range(1, 6), weights=_SESSION_WEIGHTS)[0]
            booked = day - dt.timedelta(days=rng.choice([1, 3, 7, 14, 21, 30, 45, 60]))
            booked = max(booked, dt.date.fromisoformat(child[9]) - dt.timedelta(days=14))
            status = "Cancelled" if rng.random() < 0.07 else "Confirmed"
            fee = round(_SESSIONS[session_id - 1][4] * _PRICE_FACTOR[day.year], 2)
            bookings.append((child[0], session_id, day.isoformat(), booked.isoformat(), status, fee))
    bookings.sort(key=lambda b: (b[2], b[0]))
    bookings = [(i, *b) for i, b in enumerate(bookings, 1)]

    attendance = []
    for booking in bookings:
        if booking[5] != "Confirmed":
            continue
        day = dt.date.fromisoformat(booking[3])
        ill_season = day.month in (1, 2, 11, 12)
        if rng.random() < (0.13 if ill_season else 0.07):
            reason = rng.choices(["Illness", "Holiday", "Family reasons", "Medical appointment", "Unknown"],
                                 weights=[55, 20, 10, 8, 7])[0]  # fmt: skip
            attendance.append((len(attendance) + 1, booking[0], "Absent", None, None, reason))
            continue
        _, start, end, _, _ = _SESSIONS[booking[2] - 1]
        start_min = int(start[:2]) * 60 + int(start[3:])
        end_min = int(end[:2]) * 60 + int(end[3:])
        arrive = start_min + rng.choice([0, 0, 5, 10, 15, 20, 30, 45])
        collect = end_min - rng.choice([0, 5, 10, 15, 30, 45, 60, 90])
        if rng.random() < 0.04:
            collect = end_min + rng.choice([5, 10, 20])  # a late pick-up
        attendance.append((len(attendance) + 1, booking[0], "Present", _clock(arrive), _clock(collect), None))

    # invoices: one per child per month with confirmed sessions; a few families are slow payers
    by_month: dict[tuple[int, str], float] = {}
    for booking in bookings:
        if booking[5] == "Confirmed":
            key = (booking[1], booking[3][:7])
            by_month[key] = by_month.get(key, 0.0) + booking[6]
    slow = {c[8] for c in children if c[8] % 17 == 5}
    invoices = []
    for (child_id, month), gross in sorted(by_month.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        child = children[child_id - 1]
        first = dt.date.fromisoformat(month + "-01")
        issued = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)  # bills go out on the 1st after
        gross = round(gross, 2)
        credit = round(gross * {0: 0.0, 15: 0.35, 30: 0.62}[child[11]], 2)
        due = round(gross - credit, 2)
        late_month = issued >= dt.date(2025, 11, 1)
        if child[8] in slow:
            status = rng.choices(["Paid", "Part paid", "Overdue", "Unpaid"], weights=[3, 3, 5, 1])[0]
        elif late_month:
            status = rng.choices(["Paid", "Unpaid"], weights=[6, 4])[0]
        else:
            status = rng.choices(["Paid", "Part paid", "Overdue"], weights=[95, 3, 2])[0]
        if issued >= dt.date(2025, 12, 1) and status != "Paid":
            status = "Unpaid"
        if status == "Paid":
            paid, paid_on = due, issued + dt.timedelta(days=rng.randint(1, 20))
        elif status == "Part paid":
            paid, paid_on = round(due * rng.choice([0.25, 0.5, 0.6]), 2), issued + dt.timedelta(days=rng.randint(5, 30))
        else:
            paid, paid_on = 0.0, None
        paid_text = paid_on.isoformat() if paid_on and paid_on <= dt.date(2026, 1, 20) else None
        invoices.append((len(invoices) + 1, child[8], child_id, first.isoformat(), issued.isoformat(), gross, credit,
                         due, paid, status, paid_text))  # fmt: skip

    # incidents: toddlers and a few particular children far more often
    present = [(b, a) for b, a in zip((bookings[a[1] - 1] for a in attendance), attendance, strict=True)
               if a[2] == "Present"]  # fmt: skip
    busy = {c[0] for c in children if c[0] % 29 == 11}

    def incident_weight(child: tuple) -> float:
        room = rooms[child[6] - 1]
        return (2.2 if room[3] == "Toddler" else 1.0) * (9 if child[0] in busy else 1)

    weights_by_child = {c[0]: incident_weight(c) for c in children}
    incidents = []
    while len(incidents) < 420:
        booking, register = rng.choices(present, weights=[weights_by_child[b[1]] for b, _ in present])[0]
        child = children[booking[1] - 1]
        kind = rng.choices(_INCIDENT_TYPES, weights=[t[1] for t in _INCIDENT_TYPES])[0][0]
        if kind == "Bite" and rooms[child[6] - 1][3] == "Pre-school":
            kind = "Bump or fall"
        if kind == "Allergic reaction" and child[12] is None:
            kind = "Illness"
        severity = rng.choices(["Minor", "Moderate", "Serious"], weights=[78, 19, 3])[0]
        location = rng.choices(["Indoors", "Garden", "Outing", "Dining area", "Nappy change"],
                               weights=[44, 34, 4, 12, 6])[0]  # fmt: skip
        arrive, collect = register[3], register[4]
        low = int(arrive[:2]) * 60 + int(arrive[3:])
        high = max(low + 10, int(collect[:2]) * 60 + int(collect[3:]) - 10)
        at = f"{booking[3]} {_clock(rng.randrange(low, high))}"
        on_day = [s for s in staff if s[4] == child[6] and s[8] <= booking[3] and (s[9] is None or s[9] >= booking[3])]
        reporter = rng.choice(on_day or [s for s in staff if s[3] == child[5] and s[5] == "Deputy Manager"])[0]
        first_aid = int(kind in ("Bump or fall", "Scratch or graze", "Bite") and rng.random() < 0.7)
        if severity != "Minor" and kind != "Behaviour":
            first_aid = 1
        signed = int(rng.random() < 0.93)
        incidents.append((child[0], reporter, at, kind, severity, location, first_aid, signed))
    incidents.sort(key=lambda r: (r[2], r[0]))
    incidents = [(i, *r) for i, r in enumerate(incidents, 1)]
    return {"nurseries": nurseries, "rooms": rooms, "staff": staff, "parents": parents, "children": children,
            "session_types": session_types, "bookings": bookings, "attendance": attendance, "invoices": invoices,
            "incidents": incidents}  # fmt: skip


def build_nursery_database(path: str | Path) -> Path:
    """Write the nursery group's database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
