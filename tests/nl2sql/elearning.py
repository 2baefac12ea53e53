"""A made-up online learning platform that sells video courses to companies (seat bundles on invoice) and to
individuals (card or PayPal): the ``elearning`` dev set's database.

Ten tables with foreign keys: ``categories`` (a ``cat_cd`` and name), ``instructors`` (an ``inst_code``, full name,
country, ``rev_shr`` the share of course revenue paid to them, ``joined_dt``, ``is_staff`` 1 for in-house trainers, 0
for freelancers), ``courses`` (a ``crs_code`` such as DAT-104, title, category, instructor, ``lvl`` 'B' beginner /
'I' intermediate / 'A' advanced, list ``price`` in GBP, ``est_hrs``, ``pub_dt`` publication date, empty for drafts,
and ``status`` 'LIVE', 'DRAFT' or 'RETIRED'), ``lessons`` (a course's lessons by ``mod_no`` and ``seq_no`` with a
``ltype`` 'VID' video / 'RDG' reading / 'LAB' hands-on lab / 'QZ' quiz and ``dur_min``), ``organisations`` (corporate
customers: an ``acct_no``, name, industry, country, ``tier`` 'ENT' / 'MID' / 'SMB', ``contract_start`` and
``seats_lic`` licensed seats), ``learners`` (email, first and last name, ``org_id`` empty for individual buyers,
country, ``signup_dt`` and ``active_flg`` 0/1), ``orders`` (an ``order_no`` placed by an organisation or by an
individual learner for one course: ``qty`` seats, ``unit_price``, ``disc_pct``, ``net_amt`` in GBP, ``pay_mthd``
'CARD' / 'PAYPAL' / 'INVOICE' and ``status`` 'PAID' / 'REFUNDED' / 'PENDING'), ``enrolments`` (a learner on a course
through an order: ``enrol_dt``, ``status`` 'A' in progress / 'C' completed / 'W' withdrawn, ``pct_done``,
``completed_dt`` and the certificate number ``cert_no`` issued on completion), ``quiz_attempts`` (an enrolment's
attempt at a quiz lesson: ``attempt_no``, ``attempt_dt``, ``score`` out of 100 and ``pass_flg`` at 70 or more) and
``course_reviews`` (a star rating 1-5 left on an enrolment, ``review_dt`` and ``recommend`` 'Y'/'N'). Rows come from a
fixed seed, so every build holds the same rows; a few courses and a few large organisations account for most
enrolments, some instructors have no course yet, draft courses have no enrolments and some learners never enrolled.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_elearning_database(pathlib.Path(tempfile.mkdtemp()) / "elearning.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM categories").fetchone()
    (8,)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_elearning_database"]

_SCHEMA = """
CREATE TABLE categories (
    id INTEGER PRIMARY KEY, cat_cd TEXT NOT NULL, name TEXT NOT NULL
);
CREATE TABLE instructors (
    id INTEGER PRIMARY KEY, inst_code TEXT NOT NULL, full_name TEXT NOT NULL, country TEXT NOT NULL,
    rev_shr NUMERIC NOT NULL, joined_dt DATE NOT NULL, is_staff INTEGER NOT NULL
);
CREATE TABLE courses (
    id INTEGER PRIMARY KEY, crs_code TEXT NOT NULL, title TEXT NOT NULL,
    cat_id INTEGER NOT NULL REFERENCES categories (id), instructor_id INTEGER NOT NULL REFERENCES instructors (id),
    lvl TEXT NOT NULL, price NUMERIC NOT NULL, est_hrs NUMERIC NOT NULL, pub_dt DATE, status TEXT NOT NULL
);
CREATE TABLE lessons (
    id INTEGER PRIMARY KEY, course_id INTEGER NOT NULL REFERENCES courses (id), mod_no INTEGER NOT NULL,
    seq_no INTEGER NOT NULL, title TEXT NOT NULL, ltype TEXT NOT NULL, dur_min INTEGER NOT NULL
);
CREATE TABLE organisations (
    id INTEGER PRIMARY KEY, acct_no TEXT NOT NULL, name TEXT NOT NULL, industry TEXT NOT NULL, country TEXT NOT NULL,
    tier TEXT NOT NULL, contract_start DATE NOT NULL, seats_lic INTEGER NOT NULL
);
CREATE TABLE learners (
    id INTEGER PRIMARY KEY, email TEXT NOT NULL, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
    org_id INTEGER REFERENCES organisations (id), country TEXT NOT NULL, signup_dt DATE NOT NULL,
    active_flg INTEGER NOT NULL
);
CREATE TABLE orders (
    id INTEGER PRIMARY KEY, order_no TEXT NOT NULL, org_id INTEGER REFERENCES organisations (id),
    learner_id INTEGER REFERENCES learners (id), course_id INTEGER NOT NULL REFERENCES courses (id),
    order_dt DATE NOT NULL, qty INTEGER NOT NULL, unit_price NUMERIC NOT NULL, disc_pct NUMERIC NOT NULL,
    net_amt NUMERIC NOT NULL, pay_mthd TEXT NOT NULL, status TEXT NOT NULL
);
CREATE TABLE enrolments (
    id INTEGER PRIMARY KEY, learner_id INTEGER NOT NULL REFERENCES learners (id),
    course_id INTEGER NOT NULL REFERENCES courses (id), order_id INTEGER NOT NULL REFERENCES orders (id),
    enrol_dt DATE NOT NULL, status TEXT NOT NULL, pct_done INTEGER NOT NULL, completed_dt DATE, cert_no TEXT
);
CREATE TABLE quiz_attempts (
    id INTEGER PRIMARY KEY, enrolment_id INTEGER NOT NULL REFERENCES enrolments (id),
    lesson_id INTEGER NOT NULL REFERENCES lessons (id), attempt_no INTEGER NOT NULL, attempt_dt DATE NOT NULL,
    score INTEGER NOT NULL, pass_flg INTEGER NOT NULL
);
CREATE TABLE course_reviews (
    id INTEGER PRIMARY KEY, enrolment_id INTEGER NOT NULL REFERENCES enrolments (id), stars INTEGER NOT NULL,
    review_dt DATE NOT NULL, recommend TEXT NOT NULL
);
"""

_CATEGORIES = [("DAT", "Data & Analytics"), ("DEV", "Software Development"), ("CLD", "Cloud & DevOps"),
               ("SEC", "Cyber Security"), ("LDR", "Leadership & Management"), ("FIN", "Finance & Accounting"),
               ("CMP", "Compliance"), ("DES", "Design")]  # fmt: skip
#: category, title, level, price, popularity weight, quality effect on stars
_COURSES = [
    ("DAT", "Excel for Data Analysis", "B", 79, 30, 0.3), ("DAT", "SQL Fundamentals", "B", 99, 44, 0.5),
    ("DAT", "Power BI Dashboards", "I", 149, 26, 0.2), ("DAT", "Python for Data Science", "I", 199, 22, 0.1),
    ("DAT", "Statistics for Analysts", "I", 149, 8, -0.4), ("DAT", "Machine Learning in Practice", "A", 299, 10, 0.0),
    ("DAT", "Advanced SQL Tuning", "A", 249, 5, 0.4), ("DEV", "JavaScript Essentials", "B", 99, 14, 0.0),
    ("DEV", "Modern React", "I", 179, 9, 0.2), ("DEV", "Python Programming Basics", "B", 99, 18, 0.3),
    ("DEV", "Clean Code Workshop", "I", 149, 6, 0.5), ("DEV", "Microservices with Go", "A", 249, 3, -0.2),
    ("DEV", "Git and GitHub for Teams", "B", 49, 12, 0.1), ("DEV", "Test-Driven Development", "I", 149, 4, -0.3),
    ("CLD", "AWS Cloud Practitioner Prep", "B", 129, 20, 0.2), ("CLD", "Azure Administrator", "I", 199, 11, -0.1),
    ("CLD", "Docker and Kubernetes", "I", 199, 13, 0.4), ("CLD", "Terraform in Production", "A", 249, 4, 0.0),
    ("CLD", "Linux Command Line", "B", 59, 7, 0.1), ("SEC", "Security Awareness for Staff", "B", 39, 40, -0.5),
    ("SEC", "Phishing Defence", "B", 29, 16, -0.2), ("SEC", "Ethical Hacking Foundations", "I", 229, 6, 0.6),
    ("SEC", "ISO 27001 Lead Implementer", "A", 349, 3, 0.1), ("SEC", "Incident Response Playbooks", "A", 279, 2, 0.0),
    ("LDR", "First-Time Manager", "B", 129, 24, 0.2), ("LDR", "Giving Feedback", "B", 79, 15, 0.4),
    ("LDR", "Leading Remote Teams", "I", 149, 10, 0.0), ("LDR", "Strategic Thinking", "A", 199, 3, -0.6),
    ("LDR", "Negotiation Skills", "I", 149, 7, 0.3), ("LDR", "Time Management", "B", 49, 9, -0.1),
    ("FIN", "Finance for Non-Finance Managers", "B", 119, 12, 0.1),
    ("FIN", "Financial Modelling in Excel", "I", 229, 8, 0.5),
    ("FIN", "IFRS Update", "A", 249, 2, -0.2), ("FIN", "Budgeting and Forecasting", "I", 149, 5, 0.0),
    ("CMP", "GDPR Essentials", "B", 49, 34, -0.3), ("CMP", "Anti-Money Laundering", "B", 59, 19, -0.4),
    ("CMP", "Health and Safety at Work", "B", 39, 21, -0.1), ("CMP", "Anti-Bribery and Corruption", "B", 49, 11, -0.2),
    ("CMP", "Modern Slavery Awareness", "B", 29, 4, 0.0), ("DES", "UX Design Fundamentals", "B", 129, 8, 0.4),
    ("DES", "Figma from Scratch", "B", 99, 7, 0.3), ("DES", "Accessibility for Designers", "I", 149, 3, 0.5),
    ("DES", "Design Systems", "A", 199, 2, 0.1), ("DAT", "Data Storytelling", "I", 129, 6, 0.2),
    ("CLD", "Google Cloud Fundamentals", "B", 129, 3, 0.0), ("DEV", "Rust for Beginners", "B", 149, 0, 0.0),
    ("SEC", "Zero Trust Architecture", "A", 299, 0, 0.0), ("LDR", "Coaching Conversations", "I", 149, 0, 0.0),
    ("DAT", "dbt for Analytics Engineers", "A", 249, 0, 0.0), ("FIN", "Excel VBA Automation", "I", 179, 0, 0.0),
]  # fmt: skip
_RETIRED = {13, 19, 33}  # 1-based course ids taken off sale in 2025; the last five courses are drafts
_INSTRUCTORS = [
    ("Priya Raman", "GB", 1), ("Tom Hargreaves", "GB", 1), ("Elena Petrova", "DE", 0), ("Marcus Bell", "US", 0),
    ("Aoife Byrne", "IE", 0), ("Daniel Okafor", "GB", 1), ("Sophie Laurent", "FR", 0), ("James Whitfield", "GB", 0),
    ("Nadia Haddad", "GB", 0), ("Kenji Watanabe", "US", 0), ("Laura Jenkins", "GB", 1), ("Rafael Gomez", "ES", 0),
    ("Hannah Fischer", "DE", 0), ("Oliver Grant", "GB", 0), ("Chloe Martin", "US", 0), ("Vikram Shah", "IN", 0),
    ("Grace O'Neill", "IE", 0), ("Ben Carter", "GB", 0), ("Isabel Costa", "PT", 0), ("Ryan Mitchell", "AU", 0),
    ("Fatima Zahra", "GB", 0), ("Lucas Schmidt", "DE", 0),
]  # fmt: skip
#: instructor per course (1-based instructor ids); instructors 20-22 have no course yet
_COURSE_INSTRUCTOR = [1, 1, 9, 4, 10, 4, 1, 8, 8, 15, 14, 13, 8, 14, 2, 2, 6, 6, 2, 11, 11, 12, 3, 12, 5, 5, 17, 5,
                      17, 18, 7, 7, 19, 7, 11, 3, 11, 11, 11, 16, 16, 16, 16, 9, 6, 13, 12, 18, 10, 19]  # fmt: skip
_ORGS = [
    ("Northwind Logistics", "Logistics", "GB", "ENT", 14), ("Halden Bank", "Financial Services", "GB", "ENT", 12),
    ("Brightwell Health NHS Trust", "Healthcare", "GB", "ENT", 10),
    ("Kestrel Insurance", "Financial Services", "GB", "MID", 6),
    ("Meridian Retail Group", "Retail", "GB", "ENT", 9), ("Vantage Software", "Technology", "IE", "MID", 5),
    ("Oakfield Council", "Public Sector", "GB", "MID", 5), ("Bluepeak Energy", "Energy", "GB", "ENT", 6),
    ("Stratos Consulting", "Professional Services", "GB", "SMB", 2),
    ("Greenline Foods", "Manufacturing", "GB", "MID", 4),
    ("Atlas Engineering", "Manufacturing", "DE", "MID", 3), ("Cobalt Telecom", "Telecoms", "NL", "ENT", 5),
    ("Harbour Legal LLP", "Professional Services", "GB", "SMB", 2), ("Pinecrest Schools", "Education", "GB", "SMB", 2),
    ("Sunrise Hotels", "Hospitality", "ES", "MID", 3), ("Quayside Media", "Media", "GB", "SMB", 1),
    ("Ironbridge Construction", "Construction", "GB", "MID", 3), ("Lumen Analytics", "Technology", "GB", "SMB", 2),
    ("Fernhill Pharmacy", "Healthcare", "GB", "SMB", 1), ("Redwood Capital", "Financial Services", "US", "MID", 3),
    ("Nordic Freight AS", "Logistics", "NO", "MID", 2), ("Castle Housing Association", "Public Sector", "GB", "SMB", 1),
    ("Tidewater Ports", "Logistics", "GB", "SMB", 1), ("Maple Dental Group", "Healthcare", "GB", "SMB", 1),
    ("Silverline Airways", "Travel", "GB", "ENT", 0), ("Orchard Charity Trust", "Charity", "GB", "SMB", 0),
]  # fmt: skip
_FIRST = ["James", "Emma", "Oliver", "Sophie", "Daniel", "Chloe", "Thomas", "Lucy", "Ryan", "Hannah", "Adam", "Sarah",
          "Matthew", "Laura", "Michael", "Jessica", "David", "Rebecca", "Ahmed", "Priya", "Liam", "Zoe", "Ethan",
          "Megan", "Jack", "Amy", "Samuel", "Katie", "Ben", "Rachel", "Marta", "Luca", "Anna", "Jonas", "Aisha",
          "Kwame"]  # fmt: skip
_LAST = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Wright", "Walker",
         "Green", "Hall", "Wood", "Clarke", "Hughes", "Edwards", "Khan", "Turner", "Hill", "Cooper", "Ward", "Moore",
         "King", "Baker", "Murphy", "Kelly", "Ali", "Shaw", "Young", "Novak", "Rossi", "Muller", "Silva", "Mensah",
         "Fraser"]  # fmt: skip
_INDIV_COUNTRIES = [("GB", 50), ("US", 14), ("IE", 6), ("IN", 10), ("DE", 5), ("NG", 4), ("AU", 4), ("CA", 4),
                    ("FR", 3)]  # fmt: skip
_LESSON_WORDS = ["Introduction", "Key concepts", "Walkthrough", "Worked example", "Common pitfalls", "Case study",
                 "Practice", "Deep dive", "Recap"]  # fmt: skip
_START = dt.date(2022, 1, 10)
_TODAY = dt.date(2025, 10, 31)


def _rows(seed: int = 20251) -> dict[str, list[tuple]]:  # noqa: C901, PLR0912, PLR0915 - one generator per table
    rng = random.Random(seed)
    categories = [(i, cd, name) for i, (cd, name) in enumerate(_CATEGORIES, 1)]
    cat_id = {cd: i for i, (cd, _) in enumerate(_CATEGORIES, 1)}
    instructors = []
    for i, (name, country, staff) in enumerate(_INSTRUCTORS, 1):
        joined = random_day(rng, dt.date(2020, 3, 1), dt.date(2023, 6, 30)) if i < 20 else random_day(
            rng, dt.date(2025, 3, 1), dt.date(2025, 9, 30))  # fmt: skip
        share = 0.0 if staff else rng.choice([0.3, 0.35, 0.4, 0.45, 0.5])
        instructors.append((i, f"INS{100 + i * 3}", name, country, share, joined.isoformat(), staff))
    courses = []
    counters: dict[str, int] = {}
    for i, (cd, title, lvl, price, weight, _) in enumerate(_COURSES, 1):
        counters[cd] = counters.get(cd, 0) + 1
        code = f"{cd}-{ {'B': 1, 'I': 2, 'A': 3}[lvl] }{counters[cd]:02d}"
        hrs = round(rng.uniform(*{"B": (1.5, 6), "I": (5, 14), "A": (10, 28)}[lvl]) * 2) / 2
        if weight == 0:
            pub, status = None, "DRAFT"
        else:
            pub = random_day(rng, _START - dt.timedelta(days=60), dt.date(2023, 3, 31))
            if weight < 4:
                pub = random_day(rng, dt.date(2023, 6, 1), dt.date(2024, 9, 30))
            status = "RETIRED" if i in _RETIRED else "LIVE"
        courses.append((i, code, title, cat_id[cd], _COURSE_INSTRUCTOR[i - 1], lvl, price, hrs,
                        pub and pub.isoformat(), status))  # fmt: skip
    lessons = []
    quizzes: dict[int, list[int]] = {}
    for c in courses:
        n_mod = {"B": rng.randint(2, 4), "I": rng.randint(3, 5), "A": rng.randint(4, 6)}[c[5]]
        for mod in range(1, n_mod + 1):
            n_les = rng.randint(2, 4)
            for seq in range(1, n_les + 1):
                quiz = seq == n_les and (mod == n_mod or mod == (n_mod + 1) // 2)
                if quiz:
                    ltype, title, dur = "QZ", f"Module {mod} quiz", rng.choice([10, 15, 20])
                    quizzes.setdefault(c[0], []).append(len(lessons) + 1)
                else:
                    ltype = rng.choices(["VID", "RDG", "LAB"], weights=[7, 2, 1 if c[5] == "B" else 3])[0]
                    title = f"{rng.choice(_LESSON_WORDS)} {mod}.{seq}"
                    dur = rng.randint(4, 25) if ltype == "VID" else rng.randint(10, 60)
                lessons.append((len(lessons) + 1, c[0], mod, seq, title, ltype, dur))
    orgs = []
    for i, (name, industry, country, tier, _) in enumerate(_ORGS, 1):
        start = random_day(rng, _START, dt.date(2024, 6, 30)) if _ORGS[i - 1][4] else random_day(
            rng, dt.date(2025, 9, 1), dt.date(2025, 10, 20))  # fmt: skip
        seats = {"ENT": rng.choice([150, 200, 250, 300]), "MID": rng.choice([50, 75, 100]),
                 "SMB": rng.choice([10, 15, 20, 25])}[tier]  # fmt: skip
        orgs.append((i, f"ACC{30000 + i * 17}", name, industry, country, tier, start.isoformat(), seats))
    names = rng.sample([(f, s) for f in _FIRST for s in _LAST], 1150)
    learners = []
    org_weights = [o[4] for o in _ORGS]
    for i in range(1, 1151):
        first, last = names[i - 1]
        if rng.random() < 0.62:
            org = rng.choices(range(1, len(_ORGS) + 1), weights=org_weights)[0]
            country = _ORGS[org - 1][2]
            signup = random_day(rng, dt.date.fromisoformat(orgs[org - 1][6]), _TODAY - dt.timedelta(days=20))
            domain = orgs[org - 1][2].split()[0].lower() + ".com"
        else:
            org = None
            country = rng.choices([c for c, _ in _INDIV_COUNTRIES], weights=[w for _, w in _INDIV_COUNTRIES])[0]
            signup = random_day(rng, _START, _TODAY - dt.timedelta(days=5))
            domain = rng.choice(["gmail.com", "outlook.com", "yahoo.com", "icloud.com"])
        email = f"{first.lower()}.{last.lower()}{i % 97}@{domain}"
        active = 0 if rng.random() < (0.12 if org else 0.25) else 1
        learners.append((i, email, first, last, org, country, signup.isoformat(), active))
    sellable = [c for c in courses if c[9] != "DRAFT"]
    course_weights = [_COURSES[c[0] - 1][4] for c in sellable]

    def on_sale(course: tuple, day: dt.date) -> bool:
        return dt.date.fromisoformat(course[8]) <= day and not (course[9] == "RETIRED" and day > dt.date(2025, 2, 1))

    orders: list[list] = []
    enrol_plan: list[tuple] = []  # (order index, learner id, course id, first day)
    # individuals: some never buy, a few buy a lot
    for learner in learners:
        if learner[4] is not None:
            continue
        n = rng.choices([0, 1, 2, 3, 5, 8], weights=[22, 40, 18, 10, 6, 2])[0]
        signup = dt.date.fromisoformat(learner[6])
        for _ in range(n):
            day = random_day(rng, signup, _TODAY)
            course = rng.choices(sellable, weights=course_weights)[0]
            if not on_sale(course, day):
                continue
            disc = rng.choices([0, 10, 20, 50], weights=[10, 3, 3, 1])[0]
            status = rng.choices(
                ["PAID", "REFUNDED", "PENDING"], weights=[92, 6, 2 if day > dt.date(2025, 10, 1) else 0]
            )[0]
            pay = rng.choices(["CARD", "PAYPAL"], weights=[7, 3])[0]
            orders.append([None, None, learner[0], course[0], day, 1, course[6], disc, pay, status])
            enrol_plan.append((len(orders) - 1, learner[0], course[0], day))
    # organisations buy seat bundles and hand the seats to their staff
    for org in orgs:
        staff = [lr for lr in learners if lr[4] == org[0]]
        if not staff:
            continue
        n = max(1, round(_ORGS[org[0] - 1][4] * rng.uniform(1.5, 2.5)))
        for _ in range(n):
            day = random_day(rng, dt.date.fromisoformat(org[6]), _TODAY - dt.timedelta(days=10))
            course = rng.choices(sellable, weights=course_weights)[0]
            if not on_sale(course, day):
                continue
            takers = [lr for lr in staff if dt.date.fromisoformat(lr[6]) <= day + dt.timedelta(days=30)]
            if not takers:
                continue
            qty = min(len(takers), rng.choice([5, 10, 10, 20, 25, 50]))
            disc = 0 if qty < 10 else (10 if qty < 25 else 15)
            disc += 5 if org[5] == "ENT" else 0
            status = "REFUNDED" if rng.random() < 0.02 else "PAID"
            orders.append([None, org[0], None, course[0], day, qty, course[6], disc, "INVOICE", status])
            used = rng.randint(max(1, qty * 6 // 10), qty)
            for lr in rng.sample(takers, used):
                first = max(day, dt.date.fromisoformat(lr[6]))
                enrol_plan.append((len(orders) - 1, lr[0], course[0], first))
    order_ids = sorted(range(len(orders)), key=lambda k: (orders[k][4], k))
    new_id = {old: new for new, old in enumerate(order_ids, 1)}
    order_rows = []
    for new, old in enumerate(order_ids, 1):
        o = orders[old]
        net = round(o[5] * o[6] * (100 - o[7]) / 100, 2)
        order_rows.append((new, f"SO-{o[4].year}-{new:05d}", o[1], o[2], o[3], o[4].isoformat(), o[5], o[6], o[7], net,
                           o[8], o[9]))  # fmt: skip
    enrol_plan.sort(key=lambda e: (e[3], new_id[e[0]], e[1]))
    seen = set()
    enrolments = []
    attempts = []
    reviews = []
    course_by_id = {c[0]: c for c in courses}
    for old_order, learner_id, course_id, first in enrol_plan:
        if (learner_id, course_id) in seen:
            continue
        seen.add((learner_id, course_id))
        order = order_rows[new_id[old_order] - 1]
        course = course_by_id[course_id]
        start = first + dt.timedelta(days=rng.randint(0, 20))
        if start > _TODAY:
            start = _TODAY
        age = (_TODAY - start).days
        learner = learners[learner_id - 1]
        commit = 0.75 if learner[4] else 0.6
        if order[11] == "REFUNDED":
            status, pct = "W", rng.randint(0, 15)
        elif order[11] == "PENDING":
            status, pct = "A", 0
        elif age > 120 and rng.random() < commit:
            status, pct = "C", 100
        elif age > 200 and rng.random() < 0.5:
            status, pct = "W", rng.randint(5, 80)
        else:
            status, pct = "A", min(95, max(0, int(rng.random() * min(age, 200) / 2)))
        done = None
        cert = None
        if status == "C":
            span = int(course[7] * rng.uniform(4, 15)) + 3
            done = min(start + dt.timedelta(days=span), _TODAY - dt.timedelta(days=1))
        eid = len(enrolments) + 1
        # quizzes the learner has reached
        quiz_ids = quizzes.get(course_id, [])
        last = done or min(_TODAY, start + dt.timedelta(days=max(1, int(course[7] * 10))))
        for k, quiz in enumerate(quiz_ids):
            reached = status == "C" or pct >= (50 if k == 0 and len(quiz_ids) > 1 else 100)
            if not reached:
                continue
            day = start + dt.timedelta(days=max(1, (last - start).days * (k + 1) // (len(quiz_ids) + 1)))
            skill = rng.gauss(74 - {"B": 0, "I": 4, "A": 9}[course[5]], 11)
            for n in range(1, 4):
                score = max(5, min(100, round(skill + rng.gauss(0, 6) + 5 * (n - 1))))
                ok = int(score >= 70)
                if status == "C" and (n == 3) and not ok:
                    score, ok = 70 + rng.randint(0, 8), 1
                attempts.append((len(attempts) + 1, eid, quiz, n, min(day, _TODAY).isoformat(), score, ok))
                if ok:
                    break
                day += dt.timedelta(days=rng.randint(1, 6))
        if status == "C":
            cert = f"CERT-{done.year}-{eid * 13 + 100000}"
        enrolments.append((eid, learner_id, course_id, order[0], start.isoformat(), status, pct,
                           done and done.isoformat(), cert))  # fmt: skip
        if pct >= 40 and rng.random() < (0.45 if status == "C" else 0.15):
            quality = _COURSES[course_id - 1][5]
            stars = max(1, min(5, round(rng.gauss(3.9 + quality * 1.6, 0.8))))
            when = (done or start + dt.timedelta(days=20)) + dt.timedelta(days=rng.randint(0, 14))
            rec = "Y" if stars >= 4 or (stars == 3 and rng.random() < 0.4) else "N"
            reviews.append((eid, stars, min(when, _TODAY).isoformat(), rec))
    reviews.sort(key=lambda r: (r[2], r[0]))
    course_reviews = [(i, *r) for i, r in enumerate(reviews, 1)]
    attempts.sort(key=lambda a: (a[4], a[1], a[3]))
    attempts = [(i, *a[1:]) for i, a in enumerate(attempts, 1)]
    return {"categories": categories, "instructors": instructors, "courses": courses, "lessons": lessons,
            "organisations": orgs, "learners": learners, "orders": order_rows, "enrolments": enrolments,
            "quiz_attempts": attempts, "course_reviews": course_reviews}  # fmt: skip


def build_elearning_database(path: str | Path) -> Path:
    """Write the learning platform's database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
