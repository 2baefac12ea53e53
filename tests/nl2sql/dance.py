"""A made-up chain of dance schools in Yorkshire, written by someone who had not seen the engine's rules: the
``dance`` dev set's database.

Eleven tables with foreign keys: ``studios`` (a branch: name, city, the date it opened, number of rooms and the
manager's name; the Huddersfield branch opens in September 2025 and runs no classes yet), ``dance_styles`` (a style
such as Ballet or Hip Hop and its ``category``: Classical, Theatre, Contemporary, Street, Latin, Ballroom or World),
``teachers`` (first and last name, home studio, main dance style, ``hourly_rate`` in pounds, ``start_date``,
``contract_type`` 'Employed' or 'Freelance' and ``is_active`` 1/0), ``classes`` (a weekly class on the timetable:
``class_name``, studio, dance style, teacher, ``level`` Beginner / Intermediate / Advanced / Open, ``age_group`` Tots
(3-6) / Kids (7-11) / Teens (12-17) / Adults, ``day_of_week``, ``start_time`` HH:MM, ``length_minutes``,
``max_students`` and ``status`` 'Running' or 'Paused'), ``students`` (first and last name, ``date_of_birth``,
``gender`` 'F'/'M', home studio, ``joined_on`` and ``email``), ``memberships`` (a student's membership for one term:
``term`` such as 'Autumn 2023', ``term_start``, ``plan`` 'One class a week' / 'Two classes a week' / 'Unlimited',
``term_fee`` in pounds and ``status`` 'Completed', 'Active' (the current Summer 2025 term), 'Cancelled' or 'Frozen'),
``payments`` (money paid against a membership: ``paid_on``, ``amount``, ``method`` Card / Direct Debit / Bank
Transfer / Cash; some fees are paid in two instalments and some are still owed), ``attendance`` (a student marked at
one session of a class on ``class_date``: ``status`` 'Present', 'Late', 'Absent' or 'Excused'), ``shows`` (a
performance put on by a studio: ``title``, ``venue``, ``city``, ``show_date``, ``adult_price`` and ``child_price``,
``seats`` and ``status`` 'Held', 'Cancelled' or 'On sale'), ``ticket_sales`` (an order of tickets for a show, bought
by a student's family or, with no ``student_id``, by the public: ``sold_on``, ``adult_tickets``, ``child_tickets``,
``amount_paid`` and ``channel`` Online / Studio desk / Box office) and ``costume_hires`` (a costume hired by a
student, for a show or for an exam or competition ``purpose``: ``costume``, ``size``, ``hired_on``, ``due_back``,
``returned_on`` (empty while still out), ``hire_fee``, ``deposit``, ``return_condition`` Good / Damaged / Lost and
``damage_charge``). Rows come from a fixed seed, so every build holds the same rows; "today" is 14 June 2025. A few
students attend, buy tickets and hire costumes far more than the rest, some students never held a membership, some
teachers teach no class, some classes have no attendance and one show sold no tickets.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_dance_database(pathlib.Path(tempfile.mkdtemp()) / "dance.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM studios").fetchone()
    (7,)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_dance_database"]

_SCHEMA = """
CREATE TABLE studios (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, city TEXT NOT NULL, opened_on DATE NOT NULL,
    rooms INTEGER NOT NULL, manager_name TEXT NOT NULL
);
CREATE TABLE dance_styles (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, category TEXT NOT NULL
);
CREATE TABLE teachers (
    id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
    studio_id INTEGER NOT NULL REFERENCES studios (id), main_style_id INTEGER NOT NULL REFERENCES dance_styles (id),
    hourly_rate NUMERIC NOT NULL, start_date DATE NOT NULL, contract_type TEXT NOT NULL, is_active INTEGER NOT NULL
);
CREATE TABLE classes (
    id INTEGER PRIMARY KEY, class_name TEXT NOT NULL, studio_id INTEGER NOT NULL REFERENCES studios (id),
    style_id INTEGER NOT NULL REFERENCES dance_styles (id), teacher_id INTEGER NOT NULL REFERENCES teachers (id),
    level TEXT NOT NULL, age_group TEXT NOT NULL, day_of_week TEXT NOT NULL, start_time TEXT NOT NULL,
    length_minutes INTEGER NOT NULL, max_students INTEGER NOT NULL, status TEXT NOT NULL
);
CREATE TABLE students (
    id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, date_of_birth DATE NOT NULL,
    gender TEXT NOT NULL, studio_id INTEGER NOT NULL REFERENCES studios (id), joined_on DATE NOT NULL,
    email TEXT NOT NULL
);
CREATE TABLE memberships (
    id INTEGER PRIMARY KEY, student_id INTEGER NOT NULL REFERENCES students (id), term TEXT NOT NULL,
    term_start DATE NOT NULL, plan TEXT NOT NULL, term_fee NUMERIC NOT NULL, status TEXT NOT NULL
);
CREATE TABLE payments (
    id INTEGER PRIMARY KEY, membership_id INTEGER NOT NULL REFERENCES memberships (id), paid_on DATE NOT NULL,
    amount NUMERIC NOT NULL, method TEXT NOT NULL
);
CREATE TABLE attendance (
    id INTEGER PRIMARY KEY, student_id INTEGER NOT NULL REFERENCES students (id),
    class_id INTEGER NOT NULL REFERENCES classes (id), class_date DATE NOT NULL, status TEXT NOT NULL
);
CREATE TABLE shows (
    id INTEGER PRIMARY KEY, title TEXT NOT NULL, studio_id INTEGER NOT NULL REFERENCES studios (id),
    venue TEXT NOT NULL, city TEXT NOT NULL, show_date DATE NOT NULL, adult_price NUMERIC NOT NULL,
    child_price NUMERIC NOT NULL, seats INTEGER NOT NULL, status TEXT NOT NULL
);
CREATE TABLE ticket_sales (
    id INTEGER PRIMARY KEY, show_id INTEGER NOT NULL REFERENCES shows (id),
    student_id INTEGER REFERENCES students (id), sold_on DATE NOT NULL, adult_tickets INTEGER NOT NULL,
    child_tickets INTEGER NOT NULL, amount_paid NUMERIC NOT NULL, channel TEXT NOT NULL
);
CREATE TABLE costume_hires (
    id INTEGER PRIMARY KEY, student_id INTEGER NOT NULL REFERENCES students (id),
    show_id INTEGER REFERENCES shows (id), purpose TEXT NOT NULL, costume TEXT NOT NULL, size TEXT NOT NULL,
    hired_on DATE NOT NULL, due_back DATE NOT NULL, returned_on DATE, hire_fee NUMERIC NOT NULL,
    deposit NUMERIC NOT NULL, return_condition TEXT, damage_charge NUMERIC NOT NULL
);
"""

_TODAY = dt.date(2025, 6, 14)

#: name, city, opened, rooms, manager, share of students
_STUDIOS = [
    ("Leeds City Centre", "Leeds", "2012-03-05", 4, "Joanne Whitaker", 30),
    ("Headingley", "Leeds", "2015-09-07", 3, "Marcus Bell", 17),
    ("York", "York", "2016-01-11", 3, "Fiona Marsden", 16),
    ("Harrogate", "Harrogate", "2018-04-16", 2, "Priya Shah", 9),
    ("Sheffield", "Sheffield", "2019-09-02", 3, "Gavin Holt", 19),
    ("Wakefield", "Wakefield", "2021-01-11", 2, "Leanne Crossley", 7),
    ("Huddersfield", "Huddersfield", "2025-09-06", 2, "Tom Ridley", 0),
]
_STYLES = [
    ("Ballet", "Classical"), ("Tap", "Theatre"), ("Jazz", "Theatre"), ("Musical Theatre", "Theatre"),
    ("Contemporary", "Contemporary"), ("Lyrical", "Contemporary"), ("Hip Hop", "Street"), ("Breaking", "Street"),
    ("Commercial", "Street"), ("Salsa", "Latin"), ("Latin American", "Latin"), ("Ballroom", "Ballroom"),
    ("Bollywood", "World"), ("Flamenco", "World"),
]  # fmt: skip
_FIRST_F = ["Amelia", "Olivia", "Isla", "Ava", "Emily", "Sophie", "Grace", "Mia", "Poppy", "Ella", "Lily", "Evie",
            "Chloe", "Jessica", "Freya", "Holly", "Megan", "Niamh", "Aisha", "Ruby", "Millie", "Hannah", "Zara",
            "Imogen", "Layla", "Sienna", "Harriet", "Lucy", "Charlotte", "Maisie"]  # fmt: skip
_FIRST_M = ["Oliver", "Jack", "Harry", "George", "Noah", "Charlie", "Jacob", "Alfie", "Freddie", "Oscar", "Leo",
            "Archie", "Joshua", "Ethan", "Kai", "Reece", "Callum", "Tyler", "Adam", "Liam"]  # fmt: skip
_SURNAMES = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright",
             "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke",
             "Hughes", "Edwards", "Lewis", "Harrison", "Turner", "Hill", "Cooper", "Ward", "Morris", "Moore",
             "Sutcliffe", "Ackroyd", "Barraclough", "Firth", "Haigh", "Hirst", "Lockwood", "Pickles", "Crowther",
             "Hussain", "Patel", "Khan", "Kowalski", "Nowak", "Brennan", "Murphy", "Oduya", "Mensah"]  # fmt: skip
#: first, last, studio, main style, contract, active
_TEACHERS = [
    ("Natalie", "Hargreaves", 1, 1, "Employed", 1), ("Dean", "Okafor", 1, 7, "Employed", 1),
    ("Sasha", "Ivanova", 1, 5, "Employed", 1), ("Bethany", "Lowe", 1, 2, "Freelance", 1),
    ("Ricardo", "Mendes", 1, 10, "Freelance", 1), ("Kerry", "Ainsworth", 1, 4, "Employed", 1),
    ("Jordan", "Pryce", 2, 8, "Freelance", 1), ("Alisha", "Grant", 2, 9, "Employed", 1),
    ("Eleanor", "Fox", 2, 1, "Employed", 1), ("Imran", "Qureshi", 2, 13, "Freelance", 1),
    ("Rosie", "Calder", 3, 1, "Employed", 1), ("Martin", "Dyson", 3, 12, "Employed", 1),
    ("Chantelle", "Wade", 3, 3, "Freelance", 1), ("Hannah", "Birch", 3, 6, "Employed", 1),
    ("Victoria", "Lamb", 4, 1, "Employed", 1), ("Paolo", "Ricci", 4, 11, "Freelance", 1),
    ("Gemma", "Stott", 4, 2, "Employed", 1), ("Tariq", "Ahmed", 5, 7, "Employed", 1),
    ("Laura", "Bramley", 5, 1, "Employed", 1), ("Stacey", "Nuttall", 5, 4, "Freelance", 1),
    ("Kieran", "Doyle", 5, 5, "Employed", 1), ("Yolanda", "Reyes", 5, 10, "Freelance", 1),
    ("Amy", "Fletcher", 6, 3, "Employed", 1), ("Craig", "Senior", 6, 7, "Freelance", 1),
    ("Helen", "Marsh", 1, 1, "Employed", 0), ("Carmen", "Lopez", 3, 14, "Freelance", 0),
    ("Ben", "Tattersall", 5, 8, "Freelance", 0), ("Daisy", "Renshaw", 7, 1, "Employed", 1),
    ("Luke", "Ogden", 7, 7, "Employed", 1), ("Sophie", "Kendall", 2, 6, "Freelance", 1),
]  # fmt: skip
_LEVELS = ["Beginner", "Intermediate", "Advanced", "Open"]
_AGE_GROUPS = [("Tots", 3, 6, 14), ("Kids", 7, 11, 34), ("Teens", 12, 17, 26), ("Adults", 18, 60, 26)]
#: which age groups (Pre-school tots, Kids, Teens, Adults) each style is taught to
_STYLE_AGES = {1: "PKTA", 2: "PKTA", 3: "KTA", 4: "KT", 5: "TA", 6: "KT", 7: "KTA", 8: "KT", 9: "TA", 10: "A",
               11: "KA", 12: "A", 13: "KA", 14: "A"}  # fmt: skip
_GROUP_CODES = {"P": "Tots", "K": "Kids", "T": "Teens", "A": "Adults"}
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
_PLANS = [("One class a week", 110, 1, 55), ("Two classes a week", 195, 2, 30), ("Unlimited", 310, 3, 15)]
_METHODS = (["Card", "Direct Debit", "Bank Transfer", "Cash"], [50, 30, 12, 8])
#: name, first day, last day of each term the chain keeps records for
_TERMS = [
    ("Autumn 2022", "2022-09-05", "2022-12-16"), ("Spring 2023", "2023-01-09", "2023-03-31"),
    ("Summer 2023", "2023-04-17", "2023-07-14"), ("Autumn 2023", "2023-09-04", "2023-12-15"),
    ("Spring 2024", "2024-01-08", "2024-03-28"), ("Summer 2024", "2024-04-15", "2024-07-12"),
    ("Autumn 2024", "2024-09-02", "2024-12-13"), ("Spring 2025", "2025-01-06", "2025-03-28"),
    ("Summer 2025", "2025-04-22", "2025-07-11"),
]  # fmt: skip
#: title, studio, venue, city, date, adult price, child price, seats, status, orders
_SHOWS = [
    ("Winter Showcase 2022", 1, "Carriageworks Theatre", "Leeds", "2022-12-10", 14, 9, 520, "Held", 150),
    ("Spring Spectacular 2023", 3, "Joseph Rowntree Theatre", "York", "2023-04-01", 12, 8, 300, "Held", 95),
    ("Summer Show 2023", 5, "Montgomery Theatre", "Sheffield", "2023-07-08", 13, 8, 400, "Held", 120),
    ("Harrogate Dance Gala 2023", 4, "Harrogate Theatre", "Harrogate", "2023-07-15", 15, 10, 500, "Held", 80),
    ("Winter Showcase 2023", 1, "Carriageworks Theatre", "Leeds", "2023-12-09", 15, 10, 520, "Held", 160),
    ("Street Jam 2024", 2, "Left Bank Leeds", "Leeds", "2024-03-16", 10, 6, 300, "Held", 85),
    ("Summer Show 2024", 5, "Montgomery Theatre", "Sheffield", "2024-07-06", 14, 9, 400, "Held", 130),
    ("York Summer Gala 2024", 3, "Joseph Rowntree Theatre", "York", "2024-07-13", 13, 8, 300, "Held", 100),
    ("Wakefield Showcase 2024", 6, "Theatre Royal Wakefield", "Wakefield", "2024-11-23", 12, 7, 500, "Cancelled", 0),
    ("Winter Showcase 2024", 1, "Carriageworks Theatre", "Leeds", "2024-12-14", 16, 10, 520, "Held", 170),
    ("Spring Spectacular 2025", 3, "Joseph Rowntree Theatre", "York", "2025-03-29", 14, 9, 300, "Held", 90),
    ("Summer Show 2025", 5, "Montgomery Theatre", "Sheffield", "2025-07-05", 15, 10, 400, "On sale", 70),
    ("Leeds Summer Gala 2025", 1, "Carriageworks Theatre", "Leeds", "2025-07-19", 17, 11, 520, "On sale", 55),
]  # fmt: skip
#: costume, hire fee, deposit, age groups it comes in
_COSTUMES = [
    ("Classical tutu", 25, 40, "PKT"), ("Romantic tutu", 30, 50, "KTA"), ("Sequin jazz jacket", 15, 25, "KTA"),
    ("Tap waistcoat and hat", 12, 20, "PKT"), ("Hip hop crew tracksuit", 10, 15, "KTA"),
    ("Latin fringe dress", 35, 60, "TA"), ("Ballroom gown", 45, 80, "A"), ("Contemporary chiffon dress", 18, 30, "KTA"),
    ("Musical theatre sailor suit", 14, 20, "KT"), ("Bollywood lehenga", 28, 45, "KA"),
    ("Animal onesie", 8, 10, "P"), ("Flamenco skirt", 22, 35, "A"),
]  # fmt: skip
_SIZES = {
    "Tots": ["Age 3-4", "Age 5-6"],
    "Kids": ["Age 7-8", "Age 9-10", "Age 11-12"],
    "Teens": ["Age 11-12", "XS", "S", "M"],
    "Adults": ["XS", "S", "M", "L", "XL"],
}


def _weekly_dates(first: dt.date, last: dt.date, weekday: int) -> list[dt.date]:
    day = first + dt.timedelta(days=(weekday - first.weekday()) % 7)
    dates = []
    while day <= last:
        if not (dt.date(day.year, 10, 24) <= day <= dt.date(day.year, 10, 31)):  # October half-term
            dates.append(day)
        day += dt.timedelta(days=7)
    return dates


def _rows(seed: int = 4417) -> dict[str, list[tuple]]:  # noqa: PLR0915 - one generator per table, in order
    rng = random.Random(seed)
    studios = [(i, *s[:5]) for i, s in enumerate(_STUDIOS, 1)]
    styles = [(i, *s) for i, s in enumerate(_STYLES, 1)]
    teachers = []
    for i, (first, last, studio, style, contract, active) in enumerate(_TEACHERS, 1):
        opened = dt.date.fromisoformat(_STUDIOS[studio - 1][2])
        if studio == 7:
            start = random_day(rng, dt.date(2025, 5, 1), dt.date(2025, 6, 9))
        else:
            start = random_day(rng, opened, dt.date(2022, 8, 31) if active else dt.date(2021, 12, 31))
        rate = (24 if contract == "Employed" else 32) + rng.randrange(0, 9) + (3 if style == 1 else 0)
        teachers.append((i, first, last, studio, style, float(rate), start.isoformat(), contract, active))
    # the timetable: each running teacher takes a handful of weekly classes at their studio
    classes = []
    slots_taken: set[tuple[int, str, str]] = set()
    for teacher in teachers:
        tid, studio, main_style, active = teacher[0], teacher[3], teacher[4], teacher[8]
        if not active or studio == 7 or tid == 30:
            continue
        n_classes = rng.choice([2, 3, 3, 4, 4, 5]) if studio in (1, 2, 3, 5) else rng.choice([2, 3, 3])
        studio_styles = sorted({t[4] for t in teachers if t[3] == studio and t[8]})
        for _ in range(n_classes):
            style = main_style if rng.random() < 0.75 else rng.choice(studio_styles)
            age_group = _GROUP_CODES[rng.choice(_STYLE_AGES[style])]
            if age_group == "Tots":
                level = "Beginner"
            else:
                level = rng.choices(_LEVELS, weights=[5, 4, 2, 2 if age_group == "Adults" else 0])[0]
            for _attempt in range(20):
                day = rng.choice(_DAYS)
                if day == "Saturday":
                    time = rng.choice(["09:00", "09:45", "10:30", "11:15", "12:00", "13:00"])
                elif age_group == "Adults":
                    time = rng.choice(["18:30", "19:00", "19:30", "20:00", "20:30"])
                else:
                    time = rng.choice(["16:00", "16:30", "17:00", "17:30", "18:00"])
                if (tid, day, time) not in slots_taken:
                    break
            slots_taken.add((tid, day, time))
            lengths = [45, 60] if age_group == "Kids" else [45, 60, 60, 60, 75, 90]
            length = 30 if age_group == "Tots" else rng.choice(lengths)
            size = {"Tots": 12, "Kids": 16, "Teens": 18, "Adults": 20}[age_group] + rng.choice([-2, 0, 0, 2, 4])
            style_name = _STYLES[style - 1][0]
            name = f"{age_group} {style_name} {level}" if level != "Open" else f"{style_name} Open Class"
            status = "Paused" if rng.random() < 0.06 else "Running"
            classes.append(
                (len(classes) + 1, name, studio, style, tid, level, age_group, day, time, length, size, status)
            )
    # students
    names = [(f, s, "F") for f in _FIRST_F for s in _SURNAMES] + [(f, s, "M") for f in _FIRST_M for s in _SURNAMES]
    names = rng.sample(names, 760)
    students = []
    student_age = {}
    for i in range(1, 761):
        studio = rng.choices(range(1, 8), weights=[s[5] for s in _STUDIOS])[0]
        group = rng.choices(_AGE_GROUPS, weights=[g[3] for g in _AGE_GROUPS])[0]
        age = rng.randint(group[1], group[2] if group[0] != "Adults" else rng.choice([30, 45, 60]))
        dob = random_day(rng, dt.date(2024 - age - 1, 1, 2), dt.date(2024 - age, 1, 1))
        opened = dt.date.fromisoformat(_STUDIOS[studio - 1][2])
        joined = random_day(rng, max(opened, dt.date(2019, 1, 1), dob + dt.timedelta(days=365 * 3)), _TODAY)
        if rng.random() < 0.35:
            joined = random_day(rng, max(opened, dob + dt.timedelta(days=365 * 3)), _TODAY)
        first, last, sex = names[i - 1]
        number = rng.randint(1, 99)
        domain = rng.choice(["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "btinternet.com"])
        email = f"{first.lower()}.{last.lower()}{number}@{domain}"
        students.append((i, first, last, dob.isoformat(), sex, studio, joined.isoformat(), email))
        student_age[i] = group[0]
    # a few keen students come to far more sessions than anyone else
    keen = {s[0] for s in students if s[0] % 53 == 11}
    memberships, chosen_classes = [], {}
    for student in students:
        sid, studio, joined = student[0], student[5], dt.date.fromisoformat(student[6])
        if sid % 19 == 7:
            continue  # signed up for a trial but never took a membership
        starts = [k for k, t in enumerate(_TERMS) if dt.date.fromisoformat(t[2]) >= joined]
        if not starts:
            continue
        first_term = starts[0]
        stay = 9 if sid in keen else 1 + int(rng.expovariate(1 / 3.2))
        plan = rng.choices(_PLANS, weights=[p[3] for p in _PLANS])[0]
        if sid in keen:
            plan = _PLANS[2]
        mine = [c for c in classes if c[2] == studio and c[6] == student_age[sid]] or [
            c for c in classes if c[2] == studio
        ]
        for k in range(first_term, min(len(_TERMS), first_term + stay)):
            if rng.random() < 0.15 and sid not in keen:
                plan = rng.choices(_PLANS, weights=[p[3] for p in _PLANS])[0]
            term, start, _ = _TERMS[k]
            year_factor = 1 + 0.06 * ((k + 0) // 3)
            fee = float(round(plan[1] * year_factor / 5) * 5)
            if k == len(_TERMS) - 1:
                status = "Active"
            else:
                status = rng.choices(["Completed", "Cancelled", "Frozen"], weights=[90, 6, 2])[0]
            mid = len(memberships) + 1
            memberships.append((mid, sid, term, start, plan[0], fee, status))
            chosen_classes[mid] = rng.sample(mine, min(plan[2], len(mine)))
    payments = []
    for mid, _, term, start, _, fee, status in memberships:
        start_day = dt.date.fromisoformat(start)
        if status == "Cancelled" and rng.random() < 0.7:
            continue
        method = rng.choices(*_METHODS)[0]
        roll = rng.random()
        owed_chance = 0.35 if status == "Active" else 0.04
        first_pay = start_day + dt.timedelta(days=rng.randint(-21, 14))
        if roll < owed_chance:
            if rng.random() < 0.5:
                continue  # nothing paid yet
            parts = [round(fee / 2, 2)]  # half paid, half still owed
        elif roll < owed_chance + 0.22:
            parts = [round(fee / 2, 2), fee - round(fee / 2, 2)]
        else:
            parts = [fee]
        for n, amount in enumerate(parts):
            day = first_pay + dt.timedelta(days=42 * n + (rng.randint(0, 6) if n else 0))
            if day > _TODAY:
                break
            payments.append((0, mid, day.isoformat(), float(amount), method))
    payments.sort(key=lambda p: (p[2], p[1]))
    payments = [(i, *p[1:]) for i, p in enumerate(payments, 1)]
    attendance = []
    by_id = {c[0]: c for c in classes}
    for mid, sid, term, start, _, _, status in memberships:
        if status == "Cancelled":
            continue
        term_row = next(t for t in _TERMS if t[0] == term)
        first_day = dt.date.fromisoformat(term_row[1])
        last_day = min(dt.date.fromisoformat(term_row[2]), _TODAY - dt.timedelta(days=1))
        for klass in chosen_classes[mid]:
            klass = by_id[klass[0]]
            if klass[11] == "Paused":
                continue
            dates = _weekly_dates(first_day, last_day, _DAYS.index(klass[7]))
            if status == "Frozen":
                dates = dates[: len(dates) // 3]
            n = len(dates) * 2 // 3 if sid in keen else min(len(dates), rng.choice([1, 1, 2, 2, 3, 4]))
            for day in sorted(rng.sample(dates, n)):
                mark = rng.choices(["Present", "Late", "Absent", "Excused"], weights=[80, 7, 9, 4])[0]
                attendance.append((0, sid, klass[0], day.isoformat(), mark))
    attendance.sort(key=lambda a: (a[3], a[2], a[1]))
    attendance = [(i, *a[1:]) for i, a in enumerate(attendance, 1)]
    shows = [(i, *s[:9]) for i, s in enumerate(_SHOWS, 1)]
    ticket_sales = []
    buyer_weight = {s[0]: (9 if s[0] % 31 == 5 else 1) for s in students}
    for show in shows:
        sid_show, studio, show_day = show[0], show[2], dt.date.fromisoformat(show[5])
        local = [s for s in students if s[5] == studio and dt.date.fromisoformat(s[6]) < show_day]
        for _ in range(_SHOWS[sid_show - 1][9]):
            sold = show_day - dt.timedelta(days=int(rng.triangular(0, 75, 5)))
            if sold > _TODAY:
                sold = random_day(rng, show_day - dt.timedelta(days=75), _TODAY)
            buyer = None
            if rng.random() < 0.72:
                buyer = rng.choices(local, weights=[buyer_weight[s[0]] for s in local])[0][0]
            adults = rng.choices([0, 1, 2, 3, 4], weights=[5, 35, 40, 12, 8])[0]
            children = rng.choices([0, 1, 2, 3], weights=[45, 35, 15, 5])[0]
            if buyer is not None and buyer_weight[buyer] > 1:
                adults += rng.randint(1, 3)
            if adults + children == 0:
                adults = 1
            channel = rng.choices(["Online", "Studio desk", "Box office"], weights=[62, 23, 15])[0]
            if sold > show_day - dt.timedelta(days=1) and channel == "Studio desk":
                channel = "Box office"
            amount = float(adults * show[6] + children * show[7])
            ticket_sales.append((0, sid_show, buyer, sold.isoformat(), adults, children, amount, channel))
    ticket_sales.sort(key=lambda t: (t[3], t[1]))
    ticket_sales = [(i, *t[1:]) for i, t in enumerate(ticket_sales, 1)]
    hires = []
    hirer_weight = {s[0]: (10 if s[0] % 43 == 17 else 1) for s in students}
    held = [s for s in shows if s[9] != "Cancelled"]
    member_students = sorted({m[1] for m in memberships})
    for _ in range(430):
        sid = rng.choices(member_students, weights=[hirer_weight[s] for s in member_students])[0]
        student = students[sid - 1]
        code = {v: k for k, v in _GROUP_CODES.items()}[student_age[sid]]
        costume, fee, deposit, _ = rng.choice([c for c in _COSTUMES if code in c[3]])
        size = rng.choice(_SIZES[student_age[sid]])
        purpose = rng.choices(["Show", "Exam", "Competition"], weights=[65, 20, 15])[0]
        show_id = None
        joined = dt.date.fromisoformat(student[6])
        studio_shows = [s for s in held if s[2] == student[5] and dt.date.fromisoformat(s[5]) > joined]
        if purpose == "Show" and studio_shows:
            show = rng.choice(studio_shows)
            show_id = show[0]
            show_day = dt.date.fromisoformat(show[5])
            hired = show_day - dt.timedelta(days=rng.randint(5, 25))
            due = show_day + dt.timedelta(days=3)
        else:
            purpose = "Exam" if purpose == "Show" else purpose
            hired = random_day(rng, max(joined, dt.date(2022, 9, 1)), _TODAY - dt.timedelta(days=2))
            due = hired + dt.timedelta(days=rng.choice([7, 10, 14]))
        if hired > _TODAY:
            hired = _TODAY - dt.timedelta(days=rng.randint(0, 10))
        returned, condition, charge = None, None, 0.0
        late = int(rng.expovariate(1 / 2)) if rng.random() < 0.25 else 0
        back = due + dt.timedelta(days=late) - dt.timedelta(days=rng.randint(0, 3))
        if back <= _TODAY and rng.random() > 0.03:
            returned = max(back, hired + dt.timedelta(days=1)).isoformat()
            condition = rng.choices(["Good", "Damaged"], weights=[88, 12])[0]
            charge = float(rng.choice([10, 15, 20, 30])) if condition == "Damaged" else 0.0
        elif due < _TODAY - dt.timedelta(days=60):
            condition, charge = "Lost", float(deposit + fee)
        hires.append((0, sid, show_id, purpose, costume, size, hired.isoformat(), due.isoformat(), returned,
                      float(fee), float(deposit), condition, charge))  # fmt: skip
    hires.sort(key=lambda h: (h[6], h[1]))
    hires = [(i, *h[1:]) for i, h in enumerate(hires, 1)]
    return {"studios": studios, "dance_styles": styles, "teachers": teachers, "classes": classes,
            "students": students, "memberships": memberships, "payments": payments, "attendance": attendance,
            "shows": shows, "ticket_sales": ticket_sales, "costume_hires": hires}  # fmt: skip


def build_dance_database(path: str | Path) -> Path:
    """Write the dance school chain's database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
