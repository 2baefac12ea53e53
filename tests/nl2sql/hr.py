"""A made-up HR and payroll department of a mid-sized UK company with five offices, written by someone who had not
seen the engine's rules: the ``hr`` dev set's database.

Ten tables with foreign keys: ``offices`` (an ``office_cd`` such as LON, city, region, ``hq_flg`` 0/1, opening date),
``depts`` (a ``dept_cd``, name, office, ``cost_ctr``), ``grades`` (a pay grade ``grade_cd`` G1-G9 with a
``grade_desc`` and the ``sal_min``/``sal_max`` band), ``employees`` (an ``emp_no``, ``first_nm``/``last_nm``,
``gender`` 'M'/'F', ``dob``, ``hire_dt``, ``term_dt`` (NULL while employed), department, grade, ``job_title``,
``mgr_id`` the line manager (another employee; NULL for the chief executive), ``emp_type`` 'FT' full time / 'PT'
part time / 'FTC' fixed-term contract, ``fte``, ``base_sal`` the current annual base salary in pounds and ``emp_stat``
'A' active / 'L' on long-term leave / 'T' left), ``sal_hist`` (one row per pay change: ``eff_dt``, ``annual_sal``
and a ``chg_rsn`` code 'NEW' hire / 'MER' merit rise / 'PRO' promotion / 'ADJ' market adjustment; the latest row of
each employee equals ``base_sal``), ``leave_types`` (a ``lv_cd`` with description, ``paid_flg`` and an
``entitl_days`` yearly entitlement), ``leave_reqs`` (an employee's leave request: type, ``start_dt``, ``end_dt``,
``days_req`` working days, ``req_stat`` 'APR' approved / 'REJ' rejected / 'PND' pending / 'CAN' cancelled and the
``approver_id``), ``perf_reviews`` (a yearly review of an employee by a reviewer for ``review_yr`` with a
``rating`` 1-5 and the ``review_dt`` it was held), ``courses`` (a ``course_cd``, title, ``provider``, ``dur_hrs``,
``cost_pp`` cost per person and a ``mandatory`` flag) and ``training_att`` (an employee booked on a course on
``sess_dt``: ``completed`` 0/1 and an assessment ``score`` out of 100, NULL when the course has no test or was not
completed). Rows come from a fixed seed, so every build holds the same rows; sick leave is skewed so a few employees
take much of it, some employees never requested leave and a few courses nobody attended.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_hr_database(pathlib.Path(tempfile.mkdtemp()) / "hr.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM employees").fetchone()
    (420,)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_hr_database"]

_SCHEMA = """
CREATE TABLE offices (
    id INTEGER PRIMARY KEY, office_cd TEXT NOT NULL, city TEXT NOT NULL, region TEXT NOT NULL,
    hq_flg INTEGER NOT NULL, opened DATE NOT NULL
);
CREATE TABLE depts (
    id INTEGER PRIMARY KEY, dept_cd TEXT NOT NULL, dept_name TEXT NOT NULL,
    office_id INTEGER NOT NULL REFERENCES offices (id), cost_ctr TEXT NOT NULL
);
CREATE TABLE grades (
    grade_cd TEXT PRIMARY KEY, grade_desc TEXT NOT NULL, sal_min INTEGER NOT NULL, sal_max INTEGER NOT NULL
);
CREATE TABLE employees (
    id INTEGER PRIMARY KEY, emp_no TEXT NOT NULL, first_nm TEXT NOT NULL, last_nm TEXT NOT NULL,
    gender TEXT NOT NULL, dob DATE NOT NULL, hire_dt DATE NOT NULL, term_dt DATE,
    dept_id INTEGER NOT NULL REFERENCES depts (id), grade_cd TEXT NOT NULL REFERENCES grades (grade_cd),
    job_title TEXT NOT NULL, mgr_id INTEGER REFERENCES employees (id), emp_type TEXT NOT NULL, fte NUMERIC NOT NULL,
    base_sal INTEGER NOT NULL, emp_stat TEXT NOT NULL
);
CREATE TABLE sal_hist (
    id INTEGER PRIMARY KEY, emp_id INTEGER NOT NULL REFERENCES employees (id), eff_dt DATE NOT NULL,
    annual_sal INTEGER NOT NULL, chg_rsn TEXT NOT NULL
);
CREATE TABLE leave_types (
    lv_cd TEXT PRIMARY KEY, lv_desc TEXT NOT NULL, paid_flg INTEGER NOT NULL, entitl_days INTEGER NOT NULL
);
CREATE TABLE leave_reqs (
    id INTEGER PRIMARY KEY, emp_id INTEGER NOT NULL REFERENCES employees (id),
    lv_cd TEXT NOT NULL REFERENCES leave_types (lv_cd), start_dt DATE NOT NULL, end_dt DATE NOT NULL,
    days_req NUMERIC NOT NULL, req_stat TEXT NOT NULL, approver_id INTEGER REFERENCES employees (id)
);
CREATE TABLE perf_reviews (
    id INTEGER PRIMARY KEY, emp_id INTEGER NOT NULL REFERENCES employees (id),
    reviewer_id INTEGER NOT NULL REFERENCES employees (id), review_yr INTEGER NOT NULL, rating INTEGER NOT NULL,
    review_dt DATE NOT NULL
);
CREATE TABLE courses (
    id INTEGER PRIMARY KEY, course_cd TEXT NOT NULL, title TEXT NOT NULL, provider TEXT NOT NULL,
    dur_hrs NUMERIC NOT NULL, cost_pp INTEGER NOT NULL, mandatory INTEGER NOT NULL
);
CREATE TABLE training_att (
    id INTEGER PRIMARY KEY, emp_id INTEGER NOT NULL REFERENCES employees (id),
    course_id INTEGER NOT NULL REFERENCES courses (id), sess_dt DATE NOT NULL, completed INTEGER NOT NULL,
    score INTEGER
);
"""

_AS_OF = dt.date(2025, 6, 30)
#: code, city, region, HQ, opened
_OFFICES = [("LON", "London", "South East", 1, "2006-03-01"), ("MAN", "Manchester", "North West", 0, "2009-10-12"),
            ("LDS", "Leeds", "Yorkshire", 0, "2013-05-07"), ("BRS", "Bristol", "South West", 0, "2016-02-01"),
            ("GLA", "Glasgow", "Scotland", 0, "2019-09-02")]  # fmt: skip
#: code, name, office, headcount weight, job family word
_DEPTS = [
    ("EXEC", "Executive Office", 1, 0, "Executive Assistant"), ("FIN", "Finance", 1, 6, "Accountant"),
    ("PPL", "People & Culture", 1, 4, "HR Advisor"), ("ITD", "IT Development", 1, 8, "Software Developer"),
    ("ITS", "IT Support", 2, 5, "Support Engineer"), ("SLS-L", "Sales London", 1, 12, "Sales Executive"),
    ("SLS-M", "Sales Manchester", 2, 8, "Sales Executive"), ("SLS-B", "Sales Bristol", 4, 4, "Sales Executive"),
    ("CSV-M", "Customer Service Manchester", 2, 14, "Customer Service Advisor"),
    ("CSV-G", "Customer Service Glasgow", 5, 9, "Customer Service Advisor"),
    ("OPS", "Operations", 3, 10, "Operations Coordinator"), ("PAY", "Payroll", 3, 3, "Payroll Officer"),
    ("MKT", "Marketing", 1, 5, "Marketing Executive"), ("LGL", "Legal & Compliance", 1, 2, "Paralegal"),
]  # fmt: skip
#: grade, description, band minimum, band maximum
_GRADES = [("G1", "Entry", 22000, 27500), ("G2", "Associate", 26000, 33000), ("G3", "Professional", 31000, 41000),
           ("G4", "Senior Professional", 39000, 51000), ("G5", "Lead", 48000, 63000),
           ("G6", "Manager", 60000, 78000), ("G7", "Head of Department", 75000, 98000),
           ("G8", "Director", 95000, 135000), ("G9", "Executive", 150000, 230000)]  # fmt: skip
#: code, description, paid, yearly entitlement, request weight
_LEAVE = [("AL", "Annual leave", 1, 25, 60), ("SCK", "Sickness absence", 1, 10, 22),
          ("MAT", "Maternity leave", 1, 52, 0), ("PAT", "Paternity leave", 1, 10, 0),
          ("UPL", "Unpaid leave", 0, 20, 4), ("CMP", "Compassionate leave", 1, 5, 3),
          ("STU", "Study leave", 1, 5, 4), ("TOIL", "Time off in lieu", 1, 10, 7)]  # fmt: skip
#: code, title, provider, hours, cost per person, mandatory, booking weight, has a test
_COURSES = [
    ("MT-GDPR", "Data Protection and GDPR", "Internal", 2, 0, 1, 30, 1),
    ("MT-HS01", "Health and Safety Essentials", "Internal", 1.5, 0, 1, 28, 1),
    ("MT-EDI", "Equality, Diversity and Inclusion", "Internal", 2, 0, 1, 22, 0),
    ("MT-AML", "Anti-Money Laundering", "Internal", 1, 0, 1, 12, 1),
    ("MT-CYB", "Cyber Security Awareness", "Internal", 1, 0, 1, 25, 1),
    ("LD-NM01", "New Manager Programme", "Ashridge Partners", 21, 1850, 0, 6, 0),
    ("LD-CCH", "Coaching Conversations", "Ashridge Partners", 7, 420, 0, 5, 0),
    ("LD-PRES", "Presenting with Impact", "Speakwell Ltd", 7, 395, 0, 4, 0),
    ("SK-XL2", "Excel Intermediate", "Learnzone", 6, 180, 0, 9, 1),
    ("SK-XL3", "Excel Advanced", "Learnzone", 6, 240, 0, 4, 1),
    ("SK-SQL", "SQL for Analysts", "Learnzone", 12, 560, 0, 3, 1),
    ("SK-NEG", "Negotiation Skills", "Speakwell Ltd", 14, 890, 0, 5, 0),
    ("SK-CSX", "Handling Difficult Customers", "Internal", 3, 0, 0, 8, 0),
    ("PR-CIPD", "CIPD Level 5 Workshop", "CIPD", 16, 1200, 0, 2, 1),
    ("PR-ACCA", "ACCA Exam Revision", "Kaplan", 30, 1450, 0, 3, 1),
    ("PR-AWS", "AWS Cloud Practitioner", "QA Training", 14, 975, 0, 4, 1),
    ("LD-MHFA", "Mental Health First Aid", "MHFA England", 14, 300, 0, 3, 0),
    ("SK-AGL", "Agile Project Delivery", "QA Training", 14, 1100, 0, 0, 1),
    ("PR-IOSH", "IOSH Managing Safely", "British Safety Council", 24, 720, 0, 0, 1),
]
_FIRST_M = ["James", "Daniel", "Tom", "Ben", "Ryan", "Sam", "Luke", "Adam", "Chris", "Michael", "Mohammed", "Arjun",
            "Connor", "Jamie", "Ross", "Liam", "Owen", "Nathan", "Craig", "Piotr", "Kwame", "Rhys"]  # fmt: skip
_FIRST_F = ["Sarah", "Emma", "Laura", "Hannah", "Sophie", "Rachel", "Amy", "Gemma", "Priya", "Chloe", "Katie", "Fiona",
            "Aisha", "Leanne", "Zoe", "Megan", "Natalie", "Eilidh", "Joanna", "Grace", "Ruth", "Yasmin"]  # fmt: skip
_SURNAMES = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Wright",
             "Thompson", "Evans", "Walker", "Khan", "Roberts", "Green", "Hall", "Wood", "Campbell", "Clarke",
             "Hughes", "Edwards", "Murray", "Ali", "Turner", "Hill", "Cooper", "Ward", "Morris", "Stewart", "Shaw",
             "Begum", "Fraser", "Kaur", "Nowak", "Doyle", "Reid", "Bennett", "Chapman", "Ahmed"]  # fmt: skip


def _workdays(start: dt.date, end: dt.date) -> int:
    return sum(1 for n in range((end - start).days + 1) if (start + dt.timedelta(days=n)).weekday() < 5)


def _weekday(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    while True:
        day = random_day(rng, start, end)
        if day.weekday() < 5:
            return day


def _title(grade: int, word: str, dept: str) -> str:
    if grade <= 1:
        return f"Junior {word}"
    if grade <= 3:
        return word
    if grade == 4:
        return f"Senior {word}"
    if grade == 5:
        return f"Lead {word}"
    if grade == 6:
        return f"{dept} Manager"
    return f"Head of {dept}"


def _employees(rng: random.Random) -> list[tuple]:  # noqa: PLR0915 - one person at a time, in order
    names = rng.sample([(f, s, "M") for f in _FIRST_M for s in _SURNAMES] + [(f, s, "F") for f in _FIRST_F
                                                                               for s in _SURNAMES], 420)  # fmt: skip
    plan = []  # (dept id, grade number, manager slot)
    plan.append((1, 9))  # chief executive
    plan += [(1, 8), (1, 8), (1, 2)]  # COO, CFO, executive assistant
    for dept_id in range(2, len(_DEPTS) + 1):
        plan.append((dept_id, 7))  # every department has a head
    weights = [d[3] for d in _DEPTS]
    while len(plan) < 420:
        dept_id = rng.choices(range(1, len(_DEPTS) + 1), weights=weights)[0]
        grade = rng.choices(range(1, 7), weights=[14, 26, 26, 16, 9, 5])[0]
        plan.append((dept_id, grade))
    rows: list[tuple] = []
    heads: dict[int, int] = {}
    managers: dict[int, list[int]] = {}
    for i, (dept_id, grade) in enumerate(plan, 1):
        first, last, sex = names[i - 1]
        if grade >= 7:
            hire = random_day(rng, dt.date(2007, 1, 1), dt.date(2020, 12, 31))
        elif grade >= 5:
            hire = random_day(rng, dt.date(2009, 1, 1), dt.date(2023, 12, 31))
        else:
            hire = random_day(rng, dt.date(2012, 1, 1), dt.date(2025, 6, 2))
        hire = max(hire, dt.date.fromisoformat(_OFFICES[_DEPTS[dept_id - 1][2] - 1][4]))
        age_at_hire = rng.randint(19 + 3 * grade, 30 + 4 * grade)
        dob = random_day(rng, dt.date(hire.year - age_at_hire, 1, 1), dt.date(hire.year - age_at_hire, 12, 31))
        code, dept_name, _, _, word = _DEPTS[dept_id - 1]
        if i == 1:
            title, mgr = "Chief Executive Officer", None
        elif i in (2, 3):
            title, mgr = ("Chief Operating Officer", "Chief Financial Officer")[i - 2], 1
        elif i == 4:
            title, mgr = word, 1
        elif grade == 7:
            title, mgr = _title(7, word, dept_name), (3 if code in ("FIN", "PAY", "LGL") else 2)
            heads[dept_id] = i
        else:
            title = _title(grade, word, dept_name)
            pool = managers.get(dept_id, [])
            mgr = heads[dept_id] if grade == 6 or not pool or rng.random() < 0.25 else rng.choice(pool)
            if grade == 6:
                managers.setdefault(dept_id, []).append(i)
        emp_type = rng.choices(["FT", "PT", "FTC"], weights=[80, 13, 7])[0] if 1 < grade < 7 else "FT"
        fte = 1.0 if emp_type != "PT" else rng.choice([0.4, 0.5, 0.6, 0.8])
        low, high = _GRADES[grade - 1][2:]
        sal = round(rng.uniform(low, high) / 100) * 100
        term = None
        stat = "A"
        if i > 17 and rng.random() < 0.13 and hire < dt.date(2025, 1, 1):
            term = random_day(rng, max(hire + dt.timedelta(days=60), dt.date(2021, 1, 1)), dt.date(2025, 6, 27))
            stat = "T"
        elif i > 17 and rng.random() < 0.025:
            stat = "L"
        left = term and term.isoformat()
        rows.append((i, f"E{10000 + i * 3}", first, last, sex, dob.isoformat(), hire.isoformat(), left, dept_id,
                     f"G{grade}", title, mgr, emp_type, fte, sal, stat))  # fmt: skip
    return rows


def _salary_history(rng: random.Random, employees: list[tuple]) -> list[tuple]:
    rows = []
    for e in employees:
        hire = dt.date.fromisoformat(e[6])
        last = dt.date.fromisoformat(e[7]) if e[7] else _AS_OF
        changes = []  # (date, reason, factor)
        for year in range(max(hire.year + 1, 2019), last.year + 1):
            day = dt.date(year, 4, 1)
            if day <= hire or day > last:
                continue
            if rng.random() < 0.08:
                continue  # no rise that year
            reason = rng.choices(["MER", "PRO", "ADJ"], weights=[80, 12, 8])[0]
            if last < dt.date(year, 5, 10):
                reason = "MER"
            factor = {"MER": rng.uniform(1.02, 1.05), "PRO": rng.uniform(1.08, 1.16), "ADJ": rng.uniform(1.03, 1.07)}
            if reason != "MER":
                day = _weekday(rng, dt.date(year, 5, 1), min(dt.date(year, 12, 15), last))
                if day <= hire:
                    continue
            changes.append((day, reason, factor[reason]))
        sal = e[14]
        history = [(e[14], changes[-1][0], changes[-1][1])] if changes else []
        for k in range(len(changes) - 1, 0, -1):
            sal = round(sal / changes[k][2] / 100) * 100
            history.append((sal, changes[k - 1][0], changes[k - 1][1]))
        if changes:
            sal = round(sal / changes[0][2] / 100) * 100
        history.append((sal, hire, "NEW"))
        for amount, day, reason in reversed(history):
            rows.append((e[0], day.isoformat(), amount, reason))
    rows.sort(key=lambda r: (r[1], r[0]))
    return [(i, *r) for i, r in enumerate(rows, 1)]


def _leave(rng: random.Random, employees: list[tuple]) -> list[tuple]:
    never = {e[0] for e in employees if e[0] % 17 == 5}
    sick_prone = {e[0] for e in employees if e[0] % 29 == 11}
    rows = []
    window = (dt.date(2023, 1, 1), dt.date(2025, 9, 30))
    people = [e for e in employees if e[0] not in never]
    for e in people:
        start = max(dt.date.fromisoformat(e[6]), window[0])
        end = min(dt.date.fromisoformat(e[7]) if e[7] else window[1], window[1])
        if start >= end:
            continue
        years = (end - start).days / 365
        n = round(rng.uniform(2, 5) * years)
        if e[0] in sick_prone:
            n += round(8 * years)
        for _ in range(n):
            kinds = [lv for lv in _LEAVE if lv[4]]
            kind = rng.choices(kinds, weights=[(lv[4] * (6 if lv[0] == "SCK" and e[0] in sick_prone else 1))
                                               for lv in kinds])[0][0]  # fmt: skip
            first = _weekday(rng, start, end)
            if kind == "SCK" and first > _AS_OF:
                kind = "AL"
            length = {"AL": rng.choice([1, 1, 2, 3, 5, 5, 8, 10]), "SCK": rng.choice([1, 1, 1, 2, 2, 3, 5, 12]),
                      "UPL": rng.choice([5, 10, 15]), "CMP": rng.choice([1, 2, 3]), "STU": rng.choice([1, 2]),
                      "TOIL": rng.choice([1, 1, 2])}[kind]  # fmt: skip
            last = first
            while _workdays(first, last) < length:
                last += dt.timedelta(days=1)
            days = length - (0.5 if length == 1 and kind in ("AL", "TOIL") and rng.random() < 0.2 else 0)
            if first > dt.date(2025, 6, 15):
                stat = rng.choices(["PND", "APR"], weights=[3, 2])[0]
            elif kind == "SCK":
                stat = "APR"
            else:
                stat = rng.choices(["APR", "REJ", "CAN"], weights=[88, 7, 5])[0]
            approver = e[11] if stat in ("APR", "REJ") else None
            rows.append((e[0], kind, first.isoformat(), last.isoformat(), days, stat, approver))
    # family leave for a few
    for e in rng.sample([e for e in people[20:] if e[6] < "2024-01-01" and not e[7]], 14):
        start = _weekday(rng, max(dt.date.fromisoformat(e[6]) + dt.timedelta(days=300), dt.date(2023, 1, 1)),
                         dt.date(2025, 5, 30))  # fmt: skip
        kind, length = ("MAT", rng.choice([130, 195, 260])) if e[4] == "F" else ("PAT", 10)
        last = start
        while _workdays(start, last) < length:
            last += dt.timedelta(days=1)
        rows.append((e[0], kind, start.isoformat(), last.isoformat(), length, "APR", e[11]))
    rows.sort(key=lambda r: (r[2], r[0]))
    return [(i, *r) for i, r in enumerate(rows, 1)]


def _reviews(rng: random.Random, employees: list[tuple]) -> list[tuple]:
    rows = []
    for year in (2022, 2023, 2024):
        for e in employees:
            if e[11] is None or e[6] > f"{year}-07-01" or (e[7] and e[7] < f"{year + 1}-01-15"):
                continue
            if rng.random() < 0.07:
                continue  # review never happened
            bias = 0.6 if e[0] % 23 == 7 else (-0.7 if e[0] % 31 == 2 else 0)
            rating = max(1, min(5, round(rng.gauss(3.2 + bias + 0.08 * int(e[9][1]), 0.8))))
            day = _weekday(rng, dt.date(year + 1, 1, 6), dt.date(year + 1, 3, 28))
            rows.append((e[0], e[11], year, rating, day.isoformat()))
    rows.sort(key=lambda r: (r[4], r[0]))
    return [(i, *r) for i, r in enumerate(rows, 1)]


def _training(rng: random.Random, employees: list[tuple]) -> list[tuple]:
    rows = []
    seen = set()
    keen = {e[0] for e in employees if e[0] % 19 == 3}
    while len(rows) < 1500:
        course_no = rng.choices(range(1, len(_COURSES) + 1), weights=[c[6] for c in _COURSES])[0]
        course = _COURSES[course_no - 1]
        e = rng.choices(employees, weights=[(5 if x[0] in keen else 1) * (0 if x[0] % 11 == 6 else 1)
                                            for x in employees])[0]  # fmt: skip
        if (e[0], course_no) in seen and not course[5]:
            continue
        if course[0] == "LD-NM01" and int(e[9][1]) < 5:
            continue
        start = max(dt.date.fromisoformat(e[6]), dt.date(2022, 1, 1))
        end = min(dt.date.fromisoformat(e[7]) if e[7] else _AS_OF, _AS_OF)
        if start >= end:
            continue
        seen.add((e[0], course_no))
        day = _weekday(rng, start, end)
        completed = int(rng.random() < (0.97 if course[5] else 0.88))
        score = max(35, min(100, round(rng.gauss(78, 11)))) if completed and course[7] else None
        rows.append((e[0], course_no, day.isoformat(), completed, score))
    rows.sort(key=lambda r: (r[2], r[0], r[1]))
    return [(i, *r) for i, r in enumerate(rows, 1)]


def _rows(seed: int = 5309) -> dict[str, list[tuple]]:
    rng = random.Random(seed)
    offices = [(i, *o) for i, o in enumerate(_OFFICES, 1)]
    depts = [(i, d[0], d[1], d[2], f"CC{4100 + i * 10}") for i, d in enumerate(_DEPTS, 1)]
    grades = list(_GRADES)
    employees = _employees(rng)
    leave_types = [lv[:4] for lv in _LEAVE]
    courses = [(i, *c[:6]) for i, c in enumerate(_COURSES, 1)]
    return {"offices": offices, "depts": depts, "grades": grades, "employees": employees,
            "sal_hist": _salary_history(rng, employees), "leave_types": leave_types,
            "leave_reqs": _leave(rng, employees), "perf_reviews": _reviews(rng, employees), "courses": courses,
            "training_att": _training(rng, employees)}  # fmt: skip


def build_hr_database(path: str | Path) -> Path:
    """Write the HR department's database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
