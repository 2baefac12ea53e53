"""A small made-up UK fitness-club chain, written by someone who had not seen the engine's rules: the ``gym``
held-out set's database.

Nine tables with foreign keys: ``clubs`` (a ``club_code``, name, town, county, ``opened_on``, whether it has a
pool), ``staff`` (an ``emp_no``, first and last name, ``sex`` 'M'/'F', club, ``role``, ``hired_on``, ``hrly_rate``
in pounds), ``plans`` (a ``plan_code``, name, ``monthly_fee``, ``joining_fee``, ``peak_access`` and a minimum term in
months), ``members`` (a ``mem_no``, first name and ``surname``, ``sex``, ``dob``, ``postcode``, home club,
``joined_on``, ``mkt_optin``), ``memberships`` (a member on a plan sold by a staff member: ``start_dt``, ``end_dt``
(NULL while running), ``mthly_rate`` and a status code: ACT active, FRZ frozen, CAN cancelled, EXP expired),
``class_types`` (name, category, ``dur_mins``, ``intensity`` L/M/H, ``max_cap``), ``class_sessions`` (a class type
run at a club by an instructor on ``sess_date`` at ``start_time`` in a ``studio``), ``bookings`` (a member booked on
a session: ``booked_at``, ``cancelled`` and ``attended`` flags) and ``payments`` (``paid_on``, ``amount`` in pounds,
a ``method`` code DD/CARD/CASH and a ``category``). Rows come from a fixed seed, so every build holds the same rows;
popularity is skewed so rankings have clear leaders, some members never booked a class, some members never held a
membership and some staff never taught a class.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_gym_database(pathlib.Path(tempfile.mkdtemp()) / "gym.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM bookings").fetchone()
    (3000,)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_gym_database"]

_SCHEMA = """
CREATE TABLE clubs (
    id INTEGER PRIMARY KEY, club_code TEXT NOT NULL, name TEXT NOT NULL, town TEXT NOT NULL, county TEXT NOT NULL,
    opened_on DATE NOT NULL, has_pool INTEGER NOT NULL
);
CREATE TABLE staff (
    id INTEGER PRIMARY KEY, emp_no TEXT NOT NULL, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
    sex TEXT NOT NULL, club_id INTEGER NOT NULL REFERENCES clubs (id), role TEXT NOT NULL, hired_on DATE NOT NULL,
    hrly_rate REAL NOT NULL
);
CREATE TABLE plans (
    id INTEGER PRIMARY KEY, plan_code TEXT NOT NULL, name TEXT NOT NULL, monthly_fee REAL NOT NULL,
    joining_fee REAL NOT NULL, peak_access INTEGER NOT NULL, min_term_mths INTEGER NOT NULL
);
CREATE TABLE members (
    id INTEGER PRIMARY KEY, mem_no TEXT NOT NULL, first_name TEXT NOT NULL, surname TEXT NOT NULL,
    sex TEXT NOT NULL, dob DATE NOT NULL, postcode TEXT NOT NULL, home_club_id INTEGER NOT NULL REFERENCES clubs (id),
    joined_on DATE NOT NULL, mkt_optin INTEGER NOT NULL
);
CREATE TABLE memberships (
    id INTEGER PRIMARY KEY, member_id INTEGER NOT NULL REFERENCES members (id),
    plan_id INTEGER NOT NULL REFERENCES plans (id), sold_by INTEGER NOT NULL REFERENCES staff (id),
    start_dt DATE NOT NULL, end_dt DATE, mthly_rate REAL NOT NULL, status TEXT NOT NULL
);
CREATE TABLE class_types (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, category TEXT NOT NULL, dur_mins INTEGER NOT NULL,
    intensity TEXT NOT NULL, max_cap INTEGER NOT NULL
);
CREATE TABLE class_sessions (
    id INTEGER PRIMARY KEY, class_type_id INTEGER NOT NULL REFERENCES class_types (id),
    club_id INTEGER NOT NULL REFERENCES clubs (id), instructor_id INTEGER NOT NULL REFERENCES staff (id),
    sess_date DATE NOT NULL, start_time TEXT NOT NULL, studio TEXT NOT NULL
);
CREATE TABLE bookings (
    id INTEGER PRIMARY KEY, session_id INTEGER NOT NULL REFERENCES class_sessions (id),
    member_id INTEGER NOT NULL REFERENCES members (id), booked_at TEXT NOT NULL, cancelled INTEGER NOT NULL,
    attended INTEGER NOT NULL
);
CREATE TABLE payments (
    id INTEGER PRIMARY KEY, member_id INTEGER NOT NULL REFERENCES members (id),
    membership_id INTEGER REFERENCES memberships (id), paid_on DATE NOT NULL, amount REAL NOT NULL,
    method TEXT NOT NULL, category TEXT NOT NULL
);
"""

_LAST_DAY = dt.date(2025, 11, 30)
#: code, name, town, county, opened, pool, postcode area, how busy (a weight)
_CLUBS = [
    ("RDG", "Reading Central", "Reading", "Berkshire", "2014-04-07", 1, "RG", 10),
    ("GFD", "Guildford Riverside", "Guildford", "Surrey", "2016-09-12", 1, "GU", 7),
    ("BSK", "Basingstoke Leisure Park", "Basingstoke", "Hampshire", "2017-03-20", 0, "RG", 5),
    ("SWN", "Swindon Old Town", "Swindon", "Wiltshire", "2019-01-14", 0, "SN", 4),
    ("OXF", "Oxford Botley Road", "Oxford", "Oxfordshire", "2021-06-01", 1, "OX", 3),
    ("MK", "Milton Keynes Centre", "Milton Keynes", "Buckinghamshire", "2022-09-05", 0, "MK", 2),
]
#: code, name, monthly fee (2025), joining fee, peak access, minimum term, how popular
_PLANS = [("OFFPK", "Off-Peak", 24.99, 0.0, 0, 1, 5), ("STD", "Standard", 34.99, 20.0, 1, 1, 10),
          ("PREM", "Premium", 49.99, 20.0, 1, 12, 4), ("STU", "Student", 19.99, 0.0, 0, 3, 3),
          ("CORP", "Corporate", 29.99, 0.0, 1, 12, 2)]  # fmt: skip
#: name, category, minutes, intensity, capacity, studio, how often it runs
_CLASSES = [("Spin", "Cardio", 45, "H", 20, "Spin Studio", 12), ("HIIT", "Cardio", 30, "H", 20, "Studio 1", 8),
            ("Body Pump", "Strength", 55, "M", 25, "Studio 1", 9), ("Yoga", "Mind & Body", 60, "L", 18, "Studio 2", 10),
            ("Pilates", "Mind & Body", 50, "L", 15, "Studio 2", 7), ("Zumba", "Dance", 45, "M", 30, "Studio 1", 5),
            ("Boxfit", "Cardio", 45, "H", 16, "Studio 1", 4), ("Aqua Aerobics", "Aqua", 45, "L", 20, "Pool", 3),
            ("Kettlebells", "Strength", 30, "H", 12, "Studio 2", 3),
            ("Bootcamp", "Strength", 45, "H", 20, "Studio 1", 4),
            ("Stretch & Tone", "Mind & Body", 30, "L", 20, "Studio 2", 2),
            ("Circuits", "Cardio", 45, "M", 18, "Studio 1", 5)]  # fmt: skip
_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"  # the letters a postcode's last two use
_TIMES = ["06:30", "07:15", "09:30", "12:15", "17:30", "18:30", "19:30"]
_FIRST_M = ["James", "Oliver", "Harry", "Jack", "George", "Noah", "Charlie", "Jacob", "Alfie", "Thomas", "Oscar",
            "William", "Daniel", "Ryan", "Arjun", "Mohammed", "Luke", "Nathan", "Adam", "Sam"]  # fmt: skip
_FIRST_F = ["Olivia", "Amelia", "Isla", "Emily", "Ava", "Lily", "Sophie", "Grace", "Chloe", "Hannah", "Ella",
            "Jessica", "Megan", "Priya", "Zoe", "Lauren", "Holly", "Freya", "Aisha", "Rachel"]  # fmt: skip
_LAST = ["Smith", "Jones", "Williams", "Brown", "Taylor", "Davies", "Wilson", "Evans", "Thomas", "Johnson",
         "Roberts", "Walker", "Wright", "Robinson", "Thompson", "White", "Hughes", "Edwards", "Green", "Hall",
         "Wood", "Harris", "Lewis", "Martin", "Jackson", "Clarke", "Patel", "Khan", "Turner", "Hill"]  # fmt: skip
#: role, how many, hourly rate range
_ROLES = [("Club Manager", 6, (19.0, 24.0)), ("Personal Trainer", 12, (13.5, 18.0)),
          ("Group Exercise Instructor", 7, (14.0, 19.5)), ("Receptionist", 5, (11.5, 12.6))]  # fmt: skip


def _month_start(day: dt.date, months: int) -> dt.date:
    """The first of the month ``months`` after ``day``'s month."""
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _rate(fee: float, year: int) -> float:
    """The plan's monthly fee in ``year``: prices went up by a pound a year up to 2025."""
    return round(fee - (2025 - year), 2)


def _rows(seed: int = 4242) -> dict[str, list[tuple]]:
    rng = random.Random(seed)
    clubs = [(i, *c[:6]) for i, c in enumerate(_CLUBS, 1)]
    club_weights = [c[7] for c in _CLUBS]
    opened = {c[0]: max(dt.date.fromisoformat(c[5]), dt.date(2022, 1, 1)) for c in clubs}
    names = rng.sample([(f, last, "M") for f in _FIRST_M for last in _LAST]
                       + [(f, last, "F") for f in _FIRST_F for last in _LAST], 340)  # fmt: skip
    # staff: a manager per club, teaching staff spread with the busier clubs, every club has a trainer
    staff = []
    roles = [r for r, n, _ in _ROLES for _ in range(n)]
    for i, role in enumerate(roles, 1):
        if role == "Club Manager":
            club = i
        elif i in (7, 8, 9, 10, 11, 12):
            club = i - 6
        else:
            club = rng.choices(range(1, 7), weights=club_weights)[0]
        low, high = next(r[2] for r in _ROLES if r[0] == role)
        hired = random_day(
            rng, max(dt.date.fromisoformat(clubs[club - 1][5]), dt.date(2015, 1, 1)), dt.date(2025, 3, 31)
        )
        first, last, sex = names[i - 1]
        staff.append((i, f"E{1040 + i * 7}", first, last, sex, club, role, hired.isoformat(),
                      round(rng.uniform(low, high) * 4) / 4))  # fmt: skip
    # one trainer joined at the very end and has taught nothing yet
    staff[17] = (*staff[17][:7], "2025-11-24", staff[17][8])
    plans = [(i, *p[:6]) for i, p in enumerate(_PLANS, 1)]
    members = []
    for i in range(1, 301):
        first, last, sex = names[40 + i - 1]
        club = rng.choices(clubs, weights=club_weights)[0]
        joined = random_day(rng, opened[club[0]], dt.date(2025, 10, 31))
        age_kind = rng.random()
        if age_kind < 0.2:
            born = random_day(rng, dt.date(2000, 1, 1), dt.date(2007, 6, 30))
        elif age_kind < 0.85:
            born = random_day(rng, dt.date(1970, 1, 1), dt.date(1999, 12, 31))
        else:
            born = random_day(rng, dt.date(1948, 1, 1), dt.date(1969, 12, 31))
        district, sector = f"{_CLUBS[club[0] - 1][6]}{rng.randint(1, 24)}", rng.randint(1, 9)
        postcode = f"{district} {sector}{rng.choice(_LETTERS)}{rng.choice(_LETTERS)}"
        members.append([i, f"M{100000 + i * 13}", first, last, sex, born.isoformat(), postcode, club[0],
                        joined.isoformat(), int(rng.random() < 0.55)])  # fmt: skip
    # how many memberships each member held: 8 never signed up, most once, some renewed or changed plan
    counts = [0] * 8 + [1] * 196 + [2] * 84 + [3] * 12
    rng.shuffle(counts)
    sellers = {c: [s for s in staff if s[5] == c and s[6] in ("Club Manager", "Receptionist", "Personal Trainer")
                   and s[0] != 18] for c in range(1, 7)}  # fmt: skip
    memberships = []
    for member, count in zip(members, counts):
        if count > 1:  # renewers joined early enough
            joined = random_day(rng, max(opened[member[7]], dt.date(2022, 1, 3)), dt.date(2023, 9, 30))
            member[8] = joined.isoformat()
        start = dt.date.fromisoformat(member[8])
        for k in range(count):
            plan = rng.choices(plans, weights=[p[6] for p in _PLANS])[0]
            if member[5] > "2003-01-01" and rng.random() < 0.5:
                plan = plans[3]
            last = k == count - 1
            months = rng.randint(3, 10) if not last else rng.choice([1, 2, 3, 6, 9, 12, 18, 24, 36, 48])
            end = _month_start(start, months) - dt.timedelta(days=1)
            rate = _rate(plan[3], start.year)
            if rng.random() < 0.12:
                rate = round(rate - 5, 2)
            if last and end > _LAST_DAY:
                end_dt, status = None, "FRZ" if rng.random() < 0.07 else "ACT"
            elif months < plan[6] or rng.random() < 0.35:
                end_dt, status = min(end, _LAST_DAY).isoformat(), "CAN"
            else:
                end_dt, status = min(end, _LAST_DAY).isoformat(), "EXP"
            seller = rng.choice(sellers[member[7]])
            memberships.append((len(memberships) + 1, member[0], plan[0], seller[0], start.isoformat(), end_dt,
                                rate, status))  # fmt: skip
            start = end + dt.timedelta(days=rng.randrange(1, 45))
    members = [tuple(m) for m in members]
    # class sessions, by date; Aqua only where there is a pool, every instructor teaches at their own club
    teachers = {c: [s for s in staff if s[5] == c and s[6] in ("Personal Trainer", "Group Exercise Instructor")
                    and s[0] != 18] for c in range(1, 7)}  # fmt: skip
    teacher_weights = {s[0]: (4 if s[6] == "Group Exercise Instructor" else 1) / (1 + (s[0] * 5) % 4) for s in staff}
    drafts = []
    for _ in range(600):
        club = rng.choices(clubs, weights=club_weights)[0]
        kinds = [k for k in range(1, 13) if k != 8 or club[6]]
        kind = rng.choices(kinds, weights=[_CLASSES[k - 1][6] for k in kinds])[0]
        day = random_day(rng, opened[club[0]], _LAST_DAY)
        who = rng.choices(teachers[club[0]], weights=[teacher_weights[s[0]] for s in teachers[club[0]]])[0]
        hired = dt.date.fromisoformat(who[7])
        if day < hired:
            day = random_day(rng, max(hired, opened[club[0]]), _LAST_DAY)
        drafts.append((day.isoformat(), rng.choice(_TIMES), kind, club[0], who[0], _CLASSES[kind - 1][5]))
    drafts.sort()
    sessions = [(i, d[2], d[3], d[4], d[0], d[1], d[5]) for i, d in enumerate(drafts, 1)]
    # bookings: members with a running membership on the day, mostly at their home club; some never book
    keen = {m[0]: 0.0 if m[0] % 13 == 7 or m[0] % 17 == 3 else 1 + (m[0] * 7) % 5 for m in members}
    home = {m[0]: m[7] for m in members}
    spans = [(ms[1], ms[4], ms[5] or _LAST_DAY.isoformat(), ms[2]) for ms in memberships]
    popularity = [_CLASSES[s[1] - 1][6] + 2 for s in sessions]
    taken: dict[int, set[int]] = {}
    bookings = []
    while len(bookings) < 3000:
        session = rng.choices(sessions, weights=popularity)[0]
        day = session[4]
        eligible = sorted({m for m, start, end, plan in spans if start <= day <= end and keen[m] > 0
                           and (home[m] == session[2] or plan == 3)})  # fmt: skip
        eligible = [m for m in eligible if m not in taken.get(session[0], set())]
        if not eligible or len(taken.get(session[0], ())) >= _CLASSES[session[1] - 1][4]:
            continue
        member = rng.choices(eligible, weights=[keen[m] for m in eligible])[0]
        taken.setdefault(session[0], set()).add(member)
        booked = dt.datetime.fromisoformat(f"{day}T{session[5]}") - dt.timedelta(minutes=rng.randrange(30, 60 * 24 * 6))
        cancelled = int(rng.random() < 0.1)
        attended = 0 if cancelled else int(rng.random() < 0.82)
        bookings.append((session[0], member, booked.isoformat(sep=" ", timespec="minutes"), cancelled, attended))
    bookings.sort()
    bookings = [(i, *b) for i, b in enumerate(bookings, 1)]
    # payments: a joining fee where the plan has one, then monthly fees (mostly direct debit) and personal training
    drafts = []
    for ms in memberships:
        fee = plans[ms[2] - 1][4]
        if fee > 0:
            drafts.append((ms[4], ms[1], ms[0], fee, rng.choice(["CARD", "CARD", "CASH"]), "Joining fee"))
    months_of = {ms[0]: [] for ms in memberships}
    for ms in memberships:
        start, end = dt.date.fromisoformat(ms[4]), dt.date.fromisoformat(ms[5] or _LAST_DAY.isoformat())
        month = _month_start(start, 1)
        while month <= end:
            months_of[ms[0]].append(month)
            month = _month_start(month, 1)
    monthly = [(ms, m) for ms in memberships for m in months_of[ms[0]] if ms[7] != "FRZ" or m < dt.date(2025, 9, 1)]
    pt_members = [m for m in members if m[0] % 6 == 1]
    while len(drafts) < 2000:
        if rng.random() < 0.85:
            ms, month = monthly.pop(rng.randrange(len(monthly)))
            method = "DD" if rng.random() < 0.9 else "CARD"
            drafts.append((month.isoformat(), ms[1], ms[0], ms[6], method, "Monthly fee"))
        else:
            member = rng.choice(pt_members)
            day = random_day(rng, dt.date.fromisoformat(member[8]), _LAST_DAY)
            amount = rng.choice([35.0, 35.0, 45.0, 60.0, 150.0])
            drafts.append((day.isoformat(), member[0], None, amount, rng.choice(["CARD", "CARD", "CASH"]),
                           "Personal training"))  # fmt: skip
    drafts.sort(key=lambda d: (d[0], d[1], d[5], d[3]))
    payments = [(i, d[1], d[2], d[0], d[3], d[4], d[5]) for i, d in enumerate(drafts, 1)]
    return {"clubs": clubs, "staff": staff, "plans": plans, "members": members, "memberships": memberships,
            "class_types": [(i, *c[:5]) for i, c in enumerate(_CLASSES, 1)], "class_sessions": sessions,
            "bookings": bookings, "payments": payments}  # fmt: skip


def build_gym_database(path: str | Path) -> Path:
    """Write the fitness-club chain's database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
