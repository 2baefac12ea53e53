"""A made-up multi-academy trust of five secondary schools, written by someone who had not seen the engine's rules:
the ``school`` dev set's database.

Ten tables with foreign keys: ``schools`` (a ``urn``, name, town, Ofsted rating, capacity, opening date),
``subjects`` (a ``subj_code``, name, department, whether core or EBacc), ``staff`` (a ``staff_code``, first name and
surname, ``sex`` 'M'/'F', school, main subject, role, ``salary``, ``fte``, ``start_dt``), ``pupils`` (a ``upn``,
forename and surname, ``sex``, ``dob``, ``yr_grp`` 7-11, school, ``fsm`` free school meals flag, ``sen`` code 'N'
none / 'K' SEN support / 'E' EHC plan), ``classes`` (a ``class_code`` such as 10MA1: school, subject, teacher, year
group, room), ``enrolments`` (a pupil in a class from ``enrolled_on``), ``assessments`` (a pupil's result in a class:
``assess_type``, ``assess_dt``, ``score`` out of 100 and a GCSE-style ``grade`` 1-9), ``absence_reasons`` (the DfE
style attendance codes), ``absences`` (a pupil missing a session, AM or PM, on ``abs_date`` with a ``reason_cd``) and
``behaviour_incidents`` (logged by a member of staff: ``inc_date``, ``category``, ``severity`` 1-3, the ``action``
taken and ``days_excl`` for suspensions). Rows come from a fixed seed, so every build holds the same rows; absences
and incidents are skewed so a few pupils account for many, some staff teach no classes and some pupils were never
absent.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_school_database(pathlib.Path(tempfile.mkdtemp()) / "school.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM enrolments").fetchone()
    (4000,)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_school_database"]

_SCHEMA = """
CREATE TABLE schools (
    id INTEGER PRIMARY KEY, urn TEXT NOT NULL, name TEXT NOT NULL, town TEXT NOT NULL, ofsted TEXT NOT NULL,
    capacity INTEGER NOT NULL, opened DATE NOT NULL
);
CREATE TABLE subjects (
    id INTEGER PRIMARY KEY, subj_code TEXT NOT NULL, name TEXT NOT NULL, dept TEXT NOT NULL, is_core INTEGER NOT NULL,
    ebacc INTEGER NOT NULL
);
CREATE TABLE staff (
    id INTEGER PRIMARY KEY, staff_code TEXT NOT NULL, first_name TEXT NOT NULL, surname TEXT NOT NULL,
    sex TEXT NOT NULL, school_id INTEGER NOT NULL REFERENCES schools (id),
    main_subj_id INTEGER NOT NULL REFERENCES subjects (id), role TEXT NOT NULL, salary NUMERIC NOT NULL,
    fte NUMERIC NOT NULL, start_dt DATE NOT NULL
);
CREATE TABLE pupils (
    id INTEGER PRIMARY KEY, upn TEXT NOT NULL, forename TEXT NOT NULL, surname TEXT NOT NULL, sex TEXT NOT NULL,
    dob DATE NOT NULL, yr_grp INTEGER NOT NULL, school_id INTEGER NOT NULL REFERENCES schools (id),
    fsm INTEGER NOT NULL, sen TEXT NOT NULL
);
CREATE TABLE classes (
    id INTEGER PRIMARY KEY, class_code TEXT NOT NULL, school_id INTEGER NOT NULL REFERENCES schools (id),
    subject_id INTEGER NOT NULL REFERENCES subjects (id), teacher_id INTEGER NOT NULL REFERENCES staff (id),
    yr_grp INTEGER NOT NULL, room TEXT NOT NULL
);
CREATE TABLE enrolments (
    id INTEGER PRIMARY KEY, pupil_id INTEGER NOT NULL REFERENCES pupils (id),
    class_id INTEGER NOT NULL REFERENCES classes (id), enrolled_on DATE NOT NULL
);
CREATE TABLE assessments (
    id INTEGER PRIMARY KEY, pupil_id INTEGER NOT NULL REFERENCES pupils (id),
    class_id INTEGER NOT NULL REFERENCES classes (id), assess_type TEXT NOT NULL, assess_dt DATE NOT NULL,
    score INTEGER NOT NULL, grade INTEGER NOT NULL
);
CREATE TABLE absence_reasons (
    code TEXT PRIMARY KEY, description TEXT NOT NULL, authorised INTEGER NOT NULL
);
CREATE TABLE absences (
    id INTEGER PRIMARY KEY, pupil_id INTEGER NOT NULL REFERENCES pupils (id), abs_date DATE NOT NULL,
    session TEXT NOT NULL, reason_cd TEXT NOT NULL REFERENCES absence_reasons (code)
);
CREATE TABLE behaviour_incidents (
    id INTEGER PRIMARY KEY, pupil_id INTEGER NOT NULL REFERENCES pupils (id),
    logged_by INTEGER NOT NULL REFERENCES staff (id), inc_date DATE NOT NULL, category TEXT NOT NULL,
    severity INTEGER NOT NULL, action TEXT NOT NULL, days_excl INTEGER NOT NULL
);
"""

#: urn, name, town, Ofsted rating, capacity, opened, share of pupils, free-meals rate, results effect
_SCHOOLS = [
    ("137421", "Beacon Hill Academy", "Warrington", "Good", 1350, "2011-09-01", 9, 0.18, 3),
    ("139805", "Castlefields Academy", "Runcorn", "Requires improvement", 1100, "2013-04-01", 7, 0.38, -4),
    ("141266", "Farnworth High School", "Widnes", "Outstanding", 1200, "2014-09-01", 6, 0.21, 6),
    ("143017", "Haydock Park Academy", "St Helens", "Good", 950, "2016-01-01", 5, 0.31, 0),
    ("148552", "Lowton Brook School", "Leigh", "Good", 750, "2019-09-01", 3, 0.15, 1),
]
#: code, name, department, core, EBacc, results effect
_SUBJECTS = [
    ("EN", "English", "English", 1, 1, 0), ("MA", "Maths", "Maths", 1, 1, -2), ("SC", "Science", "Science", 1, 1, -1),
    ("HI", "History", "Humanities", 0, 1, 2), ("GG", "Geography", "Humanities", 0, 1, 1),
    ("FR", "French", "Languages", 0, 1, -3), ("SP", "Spanish", "Languages", 0, 1, -1),
    ("CS", "Computer Science", "Computing", 0, 1, -4), ("AR", "Art", "Creative Arts", 0, 0, 5),
    ("MU", "Music", "Creative Arts", 0, 0, 3), ("DR", "Drama", "Creative Arts", 0, 0, 4),
    ("PE", "Physical Education", "PE", 0, 0, 2), ("RE", "Religious Studies", "Humanities", 0, 0, 0),
    ("DT", "Design Technology", "Technology", 0, 0, -2), ("BS", "Business Studies", "Technology", 0, 0, 1),
]  # fmt: skip
_REASONS = [("I", "Illness", 1, 40), ("M", "Medical or dental appointment", 1, 12), ("R", "Religious observance", 1, 2),
            ("C", "Other authorised circumstances", 1, 5), ("E", "Suspended", 1, 0),
            ("G", "Holiday not agreed", 0, 9), ("O", "Unauthorised absence", 0, 14),
            ("U", "Arrived after registers closed", 0, 6)]  # fmt: skip
_FIRST_M = [
    "Oliver",
    "Jack",
    "Harry",
    "George",
    "Noah",
    "Charlie",
    "Jacob",
    "Alfie",
    "Freddie",
    "Oscar",
    "Leo",
    "Archie",
    "Joshua",
    "Mohammed",
    "Ethan",
    "Logan",
    "Kai",
    "Reece",
    "Callum",
    "Tyler",
    "Adam",
    "Liam",
]
_FIRST_F = [
    "Amelia",
    "Olivia",
    "Isla",
    "Ava",
    "Emily",
    "Sophie",
    "Grace",
    "Mia",
    "Poppy",
    "Ella",
    "Lily",
    "Evie",
    "Chloe",
    "Jessica",
    "Freya",
    "Holly",
    "Megan",
    "Niamh",
    "Aisha",
    "Ruby",
    "Millie",
    "Hannah",
]
_SURNAMES = [
    "Smith",
    "Jones",
    "Taylor",
    "Brown",
    "Williams",
    "Wilson",
    "Johnson",
    "Davies",
    "Robinson",
    "Wright",
    "Thompson",
    "Evans",
    "Walker",
    "White",
    "Roberts",
    "Green",
    "Hall",
    "Wood",
    "Jackson",
    "Clarke",
    "Hughes",
    "Edwards",
    "Lewis",
    "Harrison",
    "Turner",
    "Hill",
    "Cooper",
    "Ward",
    "Morris",
    "Moore",
    "Baxter",
    "Fairclough",
    "Heaton",
    "Kenyon",
    "Unsworth",
    "Prescott",
    "Latham",
    "Gaskell",
    "Hussain",
    "Patel",
    "Kowalski",
    "Nowak",
    "Doherty",
    "Molyneux",
    "Ashcroft",
    "Rimmer",
    "Hesketh",
    "Brennan",
]
_STAFF_FIRST = [
    "David",
    "Sarah",
    "Mark",
    "Rachel",
    "Paul",
    "Helen",
    "Andrew",
    "Claire",
    "Stephen",
    "Joanne",
    "Gareth",
    "Nicola",
    "Simon",
    "Lisa",
    "Richard",
    "Emma",
    "Daniel",
    "Kate",
    "Matthew",
    "Laura",
]
_INCIDENTS = [("Disruption in lesson", 30, 1), ("Defiance", 14, 2), ("Mobile phone", 12, 1), ("Lateness", 8, 1),
              ("Bullying", 5, 2), ("Fighting", 5, 3), ("Verbal abuse of staff", 4, 3), ("Damage to property", 3, 2),
              ("Truancy", 6, 2), ("Smoking or vaping", 3, 2)]  # fmt: skip
_TODAY_YEAR = 2024  # the 2024/25 school year: a year 7 pupil started in September 2024


def _school_day(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    """A weekday in term (not August, not the Christmas fortnight) from ``start`` to ``end``."""
    while True:
        day = random_day(rng, start, end)
        if day.weekday() < 5 and day.month != 8 and not (day.month == 12 and day.day > 20):
            return day


def _rows(seed: int = 7141) -> dict[str, list[tuple]]:  # noqa: PLR0915 - one generator per table, in order
    rng = random.Random(seed)
    schools = [(i, *s[:6]) for i, s in enumerate(_SCHOOLS, 1)]
    subjects = [(i, *s[:5]) for i, s in enumerate(_SUBJECTS, 1)]
    reasons = [r[:3] for r in _REASONS]
    staff_names = rng.sample([(f, s) for f in _STAFF_FIRST for s in _SURNAMES], 60)
    staff = []
    for i in range(1, 61):
        school = (i - 1) % 5 + 1
        slot = (i - 1) // 5  # 0..11 within the school
        if slot < 3:
            subject = slot + 1  # every school has an English, a Maths and a Science teacher
        elif slot < 5:
            subject = rng.choice([1, 2, 3])
        else:
            subject = rng.randint(4, 15)
        role = {0: "Headteacher", 1: "Deputy Head"}.get(slot)
        if role is None:
            role = rng.choices(["Teacher", "Head of Department", "Early Career Teacher"], weights=[6, 2, 2])[0]
        first, last = staff_names[i - 1]
        sex = "F" if _STAFF_FIRST.index(first) % 2 else "M"
        start = random_day(rng, dt.date(2004, 9, 1), dt.date(2025, 4, 30))
        if role == "Early Career Teacher":
            start = random_day(rng, dt.date(2022, 9, 1), dt.date(2025, 1, 6))
        years = 2025 - start.year
        pay = {"Headteacher": 98000 + 1800 * min(years, 10), "Deputy Head": 68000 + 900 * min(years, 8),
               "Head of Department": 47000 + 650 * min(years, 10), "Teacher": 32900 + 1300 * min(years, 10),
               "Early Career Teacher": 31650 + 1100 * years}[role]  # fmt: skip
        fte = 1.0 if slot < 2 else rng.choices([1.0, 0.8, 0.6, 0.5], weights=[14, 3, 2, 1])[0]
        staff.append((i, f"T{1000 + i * 7}", first, last, sex, school, subject, role,
                      round(pay * fte + rng.randrange(0, 40) * 25), fte, start.isoformat()))  # fmt: skip
    # classes: English, Maths and Science in every school and year group, then two or three options
    classes = []
    extra = [3] * 5 + [2] * 20
    rng.shuffle(extra)
    combos = [(school, year) for school in range(1, 6) for year in range(7, 12)]
    for (school, year), n_options in zip(combos, extra, strict=True):
        teachers = [s for s in staff if s[5] == school and s[7] != "Headteacher"]
        idle = {s[0] for s in teachers if s[0] % 13 == 4}  # a few staff teach nothing this year
        offered = sorted({s[6] for s in teachers if s[6] > 3 and s[0] not in idle})
        options = rng.sample(offered, min(n_options, len(offered)))
        for subject in [1, 2, 3, *options]:
            pool = [s for s in teachers if s[6] == subject and s[0] not in idle] or [
                s for s in teachers if s[0] not in idle
            ]
            teacher = rng.choice(pool)
            code = f"{year}{_SUBJECTS[subject - 1][0]}{sum(1 for c in classes if c[2] == school and c[5] == year) + 1}"
            room = f"{rng.choice('ABCS')}{rng.randint(1, 3)}{rng.randint(0, 2)}{rng.randint(1, 9)}"
            classes.append((len(classes) + 1, code, school, subject, teacher[0], year, room))
    pupils = []
    names = [(f, s, "M") for f in _FIRST_M for s in _SURNAMES] + [(f, s, "F") for f in _FIRST_F for s in _SURNAMES]
    names = rng.sample(names, 800)
    for i in range(1, 801):
        school = rng.choices(range(1, 6), weights=[s[6] for s in _SCHOOLS])[0]
        year = rng.randint(7, 11)
        born = _TODAY_YEAR - year + 7 - 12
        dob = random_day(rng, dt.date(born - 1, 9, 1), dt.date(born, 8, 31))
        fsm = int(rng.random() < _SCHOOLS[school - 1][7])
        sen = rng.choices(["N", "K", "E"], weights=[85, 12, 3])[0]
        first, last, sex = names[i - 1]
        pupils.append((i, f"H{_SCHOOLS[school - 1][0][:3]}{200000 + i * 37}", first, last, sex, dob.isoformat(),
                       year, school, fsm, sen))  # fmt: skip
    enrolments = []
    for pupil in pupils:
        mine = [c for c in classes if c[2] == pupil[7] and c[5] == pupil[6]]
        core = [c for c in mine if c[3] <= 3]
        chosen = core + rng.sample([c for c in mine if c[3] > 3], 2)
        for c in chosen:
            day = dt.date(2024, 9, 4) if rng.random() < 0.93 else _school_day(rng, dt.date(2024, 9, 5),
                                                                               dt.date(2025, 3, 28))  # fmt: skip
            enrolments.append((len(enrolments) + 1, pupil[0], c[0], day.isoformat()))
    ability = {p[0]: rng.gauss(0, 12) - (5 if p[8] else 0) - (6 if p[9] != "N" else 0) for p in pupils}
    twice = set(rng.sample(range(len(enrolments)), 2000))
    windows = {"Autumn": (dt.date(2024, 11, 11), dt.date(2024, 12, 13)),
               "Spring": (dt.date(2025, 3, 3), dt.date(2025, 3, 28)),
               "Summer": (dt.date(2025, 6, 2), dt.date(2025, 7, 4)),
               "Mock": (dt.date(2024, 12, 2), dt.date(2024, 12, 13))}  # fmt: skip
    assessments = []
    for n, (_, pupil_id, class_id, enrolled) in enumerate(enrolments):
        pupil, klass = pupils[pupil_id - 1], classes[class_id - 1]
        kinds = ["Mock", "Summer"] if pupil[6] == 11 else ["Autumn", "Summer"]
        if dt.date.fromisoformat(enrolled) > dt.date(2024, 11, 1):
            kinds = ["Spring", "Summer"]
        for kind in kinds if n in twice else [rng.choice(kinds)]:
            day = _school_day(rng, *windows[kind])
            score = 55 + ability[pupil_id] + _SUBJECTS[klass[3] - 1][5] + _SCHOOLS[klass[2] - 1][8]
            score = max(2, min(99, round(score + rng.gauss(0, 9) + (3 if kind == "Summer" else 0))))
            grade = max(1, min(9, 1 + (score - 12) // 10))
            assessments.append((len(assessments) + 1, pupil_id, class_id, kind, day.isoformat(), score, grade))
    # a few pupils miss a lot, some never miss a session
    absence_weights = [0 if p[0] % 7 == 3 else (12 if p[0] % 41 == 9 else 1) * (1.6 if p[8] else 1) for p in pupils]
    absences = []
    while len(absences) < 3000:
        pupil = rng.choices(pupils, weights=absence_weights)[0]
        entry = dt.date(_TODAY_YEAR - (pupil[6] - 7), 9, 4)
        day = _school_day(rng, max(entry, dt.date(2022, 9, 5)), dt.date(2025, 7, 18))
        reason = rng.choices(_REASONS, weights=[r[3] for r in _REASONS])[0][0]
        session = rng.choice(["AM", "PM"]) if reason not in ("U",) else "AM"
        if any(a[1] == pupil[0] and a[2] == day.isoformat() and a[3] == session for a in absences[-200:]):
            continue
        absences.append((len(absences) + 1, pupil[0], day.isoformat(), session, reason))
    absences.sort(key=lambda a: (a[2], a[1], a[3]))
    absences = [(i, *a[1:]) for i, a in enumerate(absences, 1)]
    incident_weights = [0 if p[0] % 3 else (2.5 if p[4] == "M" else 1) * (8 if p[0] % 37 == 6 else 1) for p in pupils]
    incidents = []
    for i in range(1, 201):
        pupil = rng.choices(pupils, weights=incident_weights)[0]
        entry = dt.date(_TODAY_YEAR - (pupil[6] - 7), 9, 4)
        day = _school_day(rng, max(entry, dt.date(2022, 9, 5)), dt.date(2025, 7, 18))
        category, _, severity = rng.choices(_INCIDENTS, weights=[c[1] for c in _INCIDENTS])[0]
        if severity == 3:
            action = rng.choices(["Suspension", "Isolation", "Permanent exclusion"], weights=[10, 4, 1])[0]
        elif severity == 2:
            action = rng.choices(["Detention", "Isolation", "Suspension"], weights=[6, 4, 1])[0]
        else:
            action = rng.choices(["Warning", "Detention"], weights=[3, 5])[0]
        days = rng.randint(1, 5) if action == "Suspension" else 0
        logged_by = rng.choice([s for s in staff if s[5] == pupil[7]])[0]
        incidents.append((i, pupil[0], logged_by, day.isoformat(), category, severity, action, days))
    incidents.sort(key=lambda r: (r[3], r[1]))
    incidents = [(i, *r[1:]) for i, r in enumerate(incidents, 1)]
    return {"schools": schools, "subjects": subjects, "staff": staff, "pupils": pupils, "classes": classes,
            "enrolments": enrolments, "assessments": assessments, "absence_reasons": reasons, "absences": absences,
            "behaviour_incidents": incidents}  # fmt: skip


def build_school_database(path: str | Path) -> Path:
    """Write the school trust's database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
