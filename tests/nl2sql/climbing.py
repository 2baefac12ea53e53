"""A made-up group of seven indoor climbing centres, written by someone who had not seen the engine's rules: the
``climbing`` dev set's database.

Eleven tables with foreign keys, all with plain English names:

- ``centres``: a climbing centre (``name``, ``city``, ``opened_on``, ``floor_area_sqm``, ``has_cafe`` 0/1).
- ``walls``: a wall in a centre (``name``, ``wall_type`` 'Bouldering' / 'Top rope' / 'Lead' / 'Auto belay' /
  'Training', ``height_metres``, ``angle`` 'Slab' / 'Vertical' / 'Overhang' / 'Cave' / 'Roof'). Training walls
  (fingerboards and system boards) carry no set routes.
- ``route_setters``: the people who set routes (``first_name``, ``last_name``, ``home_centre_id``,
  ``contract_type`` 'Staff' / 'Freelance', ``is_head_setter`` 0/1, ``started_on``).
- ``routes``: a route or boulder problem put up on a wall by a setter (``colour`` of the holds, ``grade`` and
  ``grade_system``: 'V' for bouldering grades V0-V9, 'French' for rope grades 4 to 7c, ``set_on`` and
  ``stripped_on``, which is NULL while the route is still up).
- ``membership_plans``: a plan (``name``, ``monthly_price``, ``joining_fee``, ``peak_times_included`` 0/1 - off-peak
  plans only allow weekday visits before 4pm, ``all_centres_included`` 0/1, ``minimum_term_months``).
- ``members``: a member (``first_name``, ``last_name``, ``email``, ``date_of_birth``, ``home_centre_id``,
  ``plan_id``, ``joined_on``, ``status`` 'Active' / 'Frozen' / 'Cancelled', ``cancelled_on`` (NULL unless
  cancelled), ``belay_certified`` 0/1).
- ``visits``: one check-in at a centre (``visit_date``, ``check_in_time`` 'HH:MM', ``entry_type`` 'Member' or
  'Day pass'; ``member_id`` is NULL for day-pass visitors, ``day_pass_type`` is 'Adult' / 'Concession' / 'Child' /
  'Off-peak' for day passes and NULL for members, ``amount_paid`` is what was paid at the desk, 0 for members).
- ``equipment_hires``: an item hired during a visit (``item`` 'Climbing shoes' / 'Harness' / 'Chalk bag' /
  'Belay device' / 'Helmet', ``fee``, ``returned_condition`` 'Good' / 'Damaged' / 'Not returned').
- ``courses``: a course run at a centre (``title``, ``level`` 'Beginner' / 'Intermediate' / 'Advanced',
  ``start_date``, ``number_of_sessions``, ``price``, ``places``, ``instructor``).
- ``course_bookings``: a member's booking on a course (``booked_on``, ``status`` 'Booked' / 'Attended' /
  'Cancelled' / 'No show', ``amount_paid``, 0 when cancelled and refunded).
- ``incident_reports``: an accident or injury (``centre_id``, ``wall_id`` NULL when it did not happen on a wall,
  ``member_id`` NULL for non-members, ``incident_date``, ``incident_type``, ``severity`` 'Minor' / 'Moderate' /
  'Serious', ``first_aid_given`` 0/1, ``ambulance_called`` 0/1, ``reported_by``).

Data runs from January 2022 to the end of June 2025 (courses are scheduled to September 2025). Rows come from a
fixed seed, so every build holds the same rows; a few keen members account for many visits, some members never
visited, one setter has set nothing yet, one plan has no members and some courses have no bookings.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_climbing_database(pathlib.Path(tempfile.mkdtemp()) / "climbing.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM centres").fetchone()
    (7,)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_climbing_database"]

_SCHEMA = """
CREATE TABLE centres (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, city TEXT NOT NULL, opened_on DATE NOT NULL,
    floor_area_sqm INTEGER NOT NULL, has_cafe INTEGER NOT NULL
);
CREATE TABLE walls (
    id INTEGER PRIMARY KEY, centre_id INTEGER NOT NULL REFERENCES centres (id), name TEXT NOT NULL,
    wall_type TEXT NOT NULL, height_metres NUMERIC NOT NULL, angle TEXT NOT NULL
);
CREATE TABLE route_setters (
    id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
    home_centre_id INTEGER NOT NULL REFERENCES centres (id), contract_type TEXT NOT NULL,
    is_head_setter INTEGER NOT NULL, started_on DATE NOT NULL
);
CREATE TABLE routes (
    id INTEGER PRIMARY KEY, wall_id INTEGER NOT NULL REFERENCES walls (id),
    setter_id INTEGER NOT NULL REFERENCES route_setters (id), colour TEXT NOT NULL, grade TEXT NOT NULL,
    grade_system TEXT NOT NULL, set_on DATE NOT NULL, stripped_on DATE
);
CREATE TABLE membership_plans (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, monthly_price NUMERIC NOT NULL, joining_fee NUMERIC NOT NULL,
    peak_times_included INTEGER NOT NULL, all_centres_included INTEGER NOT NULL, minimum_term_months INTEGER NOT NULL
);
CREATE TABLE members (
    id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, email TEXT NOT NULL,
    date_of_birth DATE NOT NULL, home_centre_id INTEGER NOT NULL REFERENCES centres (id),
    plan_id INTEGER NOT NULL REFERENCES membership_plans (id), joined_on DATE NOT NULL, status TEXT NOT NULL,
    cancelled_on DATE, belay_certified INTEGER NOT NULL
);
CREATE TABLE visits (
    id INTEGER PRIMARY KEY, centre_id INTEGER NOT NULL REFERENCES centres (id),
    member_id INTEGER REFERENCES members (id), visit_date DATE NOT NULL, check_in_time TEXT NOT NULL,
    entry_type TEXT NOT NULL, day_pass_type TEXT, amount_paid NUMERIC NOT NULL
);
CREATE TABLE equipment_hires (
    id INTEGER PRIMARY KEY, visit_id INTEGER NOT NULL REFERENCES visits (id), item TEXT NOT NULL,
    fee NUMERIC NOT NULL, returned_condition TEXT NOT NULL
);
CREATE TABLE courses (
    id INTEGER PRIMARY KEY, centre_id INTEGER NOT NULL REFERENCES centres (id), title TEXT NOT NULL,
    level TEXT NOT NULL, start_date DATE NOT NULL, number_of_sessions INTEGER NOT NULL, price NUMERIC NOT NULL,
    places INTEGER NOT NULL, instructor TEXT NOT NULL
);
CREATE TABLE course_bookings (
    id INTEGER PRIMARY KEY, course_id INTEGER NOT NULL REFERENCES courses (id),
    member_id INTEGER NOT NULL REFERENCES members (id), booked_on DATE NOT NULL, status TEXT NOT NULL,
    amount_paid NUMERIC NOT NULL
);
CREATE TABLE incident_reports (
    id INTEGER PRIMARY KEY, centre_id INTEGER NOT NULL REFERENCES centres (id),
    wall_id INTEGER REFERENCES walls (id), member_id INTEGER REFERENCES members (id),
    incident_date DATE NOT NULL, incident_type TEXT NOT NULL, severity TEXT NOT NULL,
    first_aid_given INTEGER NOT NULL, ambulance_called INTEGER NOT NULL, reported_by TEXT NOT NULL
);
"""

_START = dt.date(2022, 1, 1)
_END = dt.date(2025, 6, 30)

#: name, city, opened, floor area, cafe, share of members, share of day passes
_CENTRES = [
    ("The Old Foundry", "Sheffield", "2014-03-08", 2100, 1, 26, 22),
    ("Millstone Climbing", "Manchester", "2016-10-01", 1850, 1, 20, 20),
    ("Limestone Loft", "Leeds", "2017-05-20", 1500, 0, 15, 14),
    ("Canal Walls", "Birmingham", "2019-02-09", 1700, 1, 14, 16),
    ("Northern Edge", "Newcastle", "2020-09-12", 1200, 0, 10, 9),
    ("Harbour Boulders", "Bristol", "2022-04-02", 900, 1, 9, 12),
    ("Castle Crag", "Edinburgh", "2023-09-16", 1400, 1, 6, 7),
]
#: per centre: wall name, type, height, angle
_WALLS = {
    1: [("The Cave", "Bouldering", 4.5, "Cave"), ("Slab Corner", "Bouldering", 4.2, "Slab"),
        ("Competition Wall", "Bouldering", 4.5, "Overhang"), ("The Prow", "Bouldering", 4.5, "Roof"),
        ("Big Wall", "Lead", 16.0, "Overhang"), ("Lead Arch", "Lead", 15.0, "Vertical"),
        ("Top Rope Bay", "Top rope", 12.0, "Vertical"), ("Auto Belay Tower", "Auto belay", 11.0, "Vertical"),
        ("Training Room Board", "Training", 3.0, "Overhang")],
    2: [("Mill Cave", "Bouldering", 4.5, "Cave"), ("The Wave", "Bouldering", 4.3, "Overhang"),
        ("Easy Slab", "Bouldering", 4.0, "Slab"), ("Chimney Lead Wall", "Lead", 17.0, "Overhang"),
        ("Main Top Rope Wall", "Top rope", 13.0, "Vertical"), ("Auto Belay Row", "Auto belay", 10.0, "Vertical"),
        ("Kilter Board", "Training", 3.2, "Overhang")],
    3: [("Loft Bouldering", "Bouldering", 4.2, "Overhang"), ("Low Slab", "Bouldering", 4.0, "Slab"),
        ("Loft Lead Wall", "Lead", 13.5, "Overhang"), ("Top Rope Wall", "Top rope", 12.0, "Vertical"),
        ("Auto Belay Wall", "Auto belay", 10.0, "Slab")],
    4: [("Towpath Boulders", "Bouldering", 4.5, "Overhang"), ("The Lock", "Bouldering", 4.3, "Cave"),
        ("Slab Side", "Bouldering", 4.0, "Slab"), ("Warehouse Lead", "Lead", 15.0, "Overhang"),
        ("Top Rope Towers", "Top rope", 12.5, "Vertical"), ("Kids Auto Belays", "Auto belay", 8.0, "Vertical"),
        ("Moon Board", "Training", 3.0, "Overhang")],
    5: [("Edge Boulders", "Bouldering", 4.3, "Overhang"), ("The Slab", "Bouldering", 4.0, "Slab"),
        ("North Lead Wall", "Lead", 14.0, "Vertical"), ("Auto Belay Corner", "Auto belay", 9.0, "Vertical")],
    6: [("Harbour Cave", "Bouldering", 4.5, "Cave"), ("Dockside Wall", "Bouldering", 4.3, "Overhang"),
        ("Sea Slab", "Bouldering", 4.0, "Slab"), ("The Roof", "Bouldering", 4.5, "Roof"),
        ("Harbour Board", "Training", 3.0, "Overhang")],
    7: [("Castle Boulders", "Bouldering", 4.5, "Overhang"), ("Keep Slab", "Bouldering", 4.0, "Slab"),
        ("Rampart Lead Wall", "Lead", 18.0, "Overhang"), ("Top Rope Hall", "Top rope", 13.0, "Vertical"),
        ("Castle Auto Belays", "Auto belay", 10.0, "Vertical")],
}  # fmt: skip
#: first name, last name, home centre, contract, head setter, started, weight
_SETTERS = [
    ("Tom", "Ashworth", 1, "Staff", 1, "2015-02-02", 9), ("Becky", "Marsden", 1, "Staff", 0, "2019-06-10", 5),
    ("Dan", "Kerr", 2, "Staff", 1, "2017-01-09", 8), ("Jade", "Okafor", 2, "Staff", 0, "2021-03-01", 4),
    ("Sam", "Pritchard", 3, "Staff", 1, "2018-04-16", 7), ("Lewis", "Hartley", 4, "Staff", 1, "2019-01-07", 7),
    ("Ellie", "Sandhu", 4, "Staff", 0, "2022-08-01", 4), ("Ross", "Lindqvist", 5, "Staff", 1, "2020-08-03", 6),
    ("Megan", "Tully", 6, "Staff", 1, "2022-03-07", 6), ("Finn", "Morrow", 7, "Staff", 1, "2023-08-14", 6),
    ("Isla", "Grant", 7, "Staff", 0, "2023-08-14", 3), ("Jonny", "Wragg", 1, "Freelance", 0, "2016-05-01", 3),
    ("Priya", "Chauhan", 2, "Freelance", 0, "2020-02-01", 3), ("Alex", "Whitfield", 3, "Freelance", 0,
                                                                "2021-09-01", 2),
    ("Kieran", "Doyle", 4, "Freelance", 0, "2023-05-01", 2), ("Nat", "Beaumont", 6, "Staff", 0, "2025-07-07", 0),
]  # fmt: skip
_COLOURS = ["Red", "Blue", "Green", "Yellow", "Black", "White", "Orange", "Purple", "Pink", "Grey"]
_V_GRADES = [("V0", 10), ("V1", 14), ("V2", 16), ("V3", 16), ("V4", 14), ("V5", 11), ("V6", 8), ("V7", 5),
             ("V8", 3), ("V9", 1)]  # fmt: skip
_FRENCH = [("4", 6), ("5a", 8), ("5b", 9), ("5c", 10), ("6a", 11), ("6a+", 10), ("6b", 9), ("6b+", 8), ("6c", 7),
           ("6c+", 5), ("7a", 4), ("7a+", 3), ("7b", 2), ("7c", 1)]  # fmt: skip
#: name, monthly price, joining fee, peak, all centres, minimum term, weight
_PLANS = [
    ("Standard Monthly", 56.00, 25.00, 1, 0, 1, 34), ("Off-Peak Monthly", 42.00, 25.00, 0, 0, 1, 14),
    ("Student Monthly", 45.00, 15.00, 1, 0, 1, 16), ("Junior Monthly", 32.00, 10.00, 1, 0, 1, 9),
    ("Network All Centres", 68.00, 25.00, 1, 1, 1, 12), ("Annual Upfront", 49.00, 0.00, 1, 0, 12, 15),
    ("Corporate Partner", 40.00, 0.00, 1, 0, 12, 0),
]  # fmt: skip
_FIRST = ["Oliver", "Amelia", "Jack", "Olivia", "Harry", "Isla", "George", "Ava", "Noah", "Emily", "Charlie",
          "Sophie", "Leo", "Grace", "Oscar", "Mia", "Archie", "Poppy", "Ethan", "Ella", "Callum", "Freya", "Liam",
          "Chloe", "Ben", "Hannah", "Joe", "Lucy", "Max", "Zara", "Rory", "Eilidh", "Aidan", "Niamh", "Yusuf",
          "Aisha", "Tomasz", "Maja", "Ravi", "Anjali", "Matt", "Katie", "Will", "Beth", "Luke", "Rosie"]  # fmt: skip
_LAST = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright",
         "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Hughes",
         "Edwards", "Lewis", "Turner", "Hill", "Cooper", "Ward", "Morris", "Moore", "Campbell", "Stewart", "Murray",
         "Patel", "Khan", "Nowak", "Kowalski", "Fraser", "Reid", "Bell", "Shaw", "Holmes", "Barker", "Fletcher",
         "Booth", "Whitaker", "Dunn"]  # fmt: skip
#: title, level, sessions, price, places, wall types needed (empty: any centre)
_COURSES = [
    ("Intro to Bouldering", "Beginner", 1, 30.00, 8, ""), ("Learn to Belay", "Beginner", 2, 55.00, 6, "rope"),
    ("Lead Climbing Course", "Intermediate", 4, 120.00, 6, "lead"),
    ("Technique Masterclass", "Intermediate", 3, 75.00, 8, ""), ("Kids Climbing Club", "Beginner", 6, 60.00, 10, ""),
    ("Indoor to Outdoor", "Advanced", 2, 140.00, 6, "rope"),
    ("Strength and Conditioning for Climbers", "Advanced", 4, 80.00, 10, ""),
]  # fmt: skip
_COURSE_WEIGHTS = [10, 9, 5, 6, 6, 2, 4]
_INSTRUCTORS = {
    1: ["Hannah Pike", "Gav Doran", "Tom Ashworth"], 2: ["Sian Lowe", "Marcus Reid"], 3: ["Carla Nunes", "Pete Ogden"],
    4: ["Jas Bains", "Ruth Ellery"], 5: ["Craig Milburn"], 6: ["Zoe Hallett", "Megan Tully"],
    7: ["Fiona McLeod", "Euan Baird"],
}  # fmt: skip
#: item, fee, chance for a day pass visitor, chance for a member
_HIRE = [("Climbing shoes", 4.50, 0.72, 0.03), ("Harness", 3.00, 0.30, 0.01), ("Chalk bag", 2.00, 0.22, 0.02),
         ("Belay device", 2.00, 0.10, 0.005), ("Helmet", 2.00, 0.04, 0.0)]  # fmt: skip
_BOULDER_INCIDENTS = [("Bad landing", 22), ("Ankle sprain", 16), ("Finger pulley injury", 10),
                      ("Shoulder injury", 6), ("Cut or graze", 12), ("Collision with another climber", 7),
                      ("Hit by loose hold", 3)]  # fmt: skip
_ROPE_INCIDENTS = [("Belay error", 6), ("Rope burn", 5), ("Auto belay not clipped in", 3), ("Finger pulley injury", 4),
                   ("Cut or graze", 4), ("Hit by loose hold", 2)]  # fmt: skip
_STAFF_REPORTERS = {
    1: ["Gav Doran", "Lily Stones", "Hannah Pike"], 2: ["Sian Lowe", "Kofi Mensah"], 3: ["Pete Ogden", "Amy Rudd"],
    4: ["Ruth Ellery", "Jas Bains"], 5: ["Craig Milburn", "Nina Shaw"], 6: ["Zoe Hallett"],
    7: ["Euan Baird", "Fiona McLeod"],
}  # fmt: skip


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def _time(rng: random.Random, day: dt.date, off_peak: bool) -> str:
    """A plausible check-in time: evenings on weekdays, all day at weekends, before 4pm for off-peak entry."""
    if day.weekday() < 5:
        hours = list(range(7, 22))
        weights = [2, 2, 2, 3, 4, 5, 5, 4, 3, 6, 12, 16, 15, 10, 4]
        if off_peak:
            hours, weights = hours[:9], weights[:9]
    else:
        hours = list(range(9, 20))
        weights = [6, 9, 10, 10, 9, 8, 7, 6, 4, 3, 2]
    hour = rng.choices(hours, weights=weights)[0]
    return f"{hour:02d}:{rng.randrange(60):02d}"


def _rows(seed: int = 5813) -> dict[str, list[tuple]]:  # noqa: PLR0915 - one generator per table, in order
    rng = random.Random(seed)
    centres = [(i, *c[:5]) for i, c in enumerate(_CENTRES, 1)]
    opened = {c[0]: dt.date.fromisoformat(c[3]) for c in centres}
    walls = []
    for centre_id in range(1, 8):
        for name, kind, height, angle in _WALLS[centre_id]:
            walls.append((len(walls) + 1, centre_id, name, kind, height, angle))
    setters = [(i, *s[:6]) for i, s in enumerate(_SETTERS, 1)]
    # routes: each climbable wall is reset every few weeks; a reset strips what was there before
    routes = []
    for wall in walls:
        if wall[3] == "Training":
            continue
        centre_id = wall[1]
        boulder = wall[3] == "Bouldering"
        day = max(_START, opened[centre_id]) + dt.timedelta(days=rng.randrange(0, 20))
        previous: list[int] = []
        while day <= _END:
            pool = [s for s in _SETTERS if s[2] == centre_id and dt.date.fromisoformat(s[5]) <= day and s[6]]
            freelancers = [
                s for s in _SETTERS if s[3] == "Freelance" and s[2] != centre_id and dt.date.fromisoformat(s[5]) <= day
            ]
            choices = pool + freelancers
            weights = [s[6] * (1 if s[2] == centre_id else 0.12) for s in choices]
            for route_id in previous:
                routes[route_id - 1] = (*routes[route_id - 1][:7], day.isoformat())
            previous = []
            for _ in range(rng.randint(4, 7) if boulder else rng.randint(3, 5)):
                setter = rng.choices(choices, weights=weights)[0]
                setter_id = _SETTERS.index(setter) + 1
                grades = _V_GRADES if boulder else _FRENCH
                grade = rng.choices([g[0] for g in grades], weights=[g[1] for g in grades])[0]
                routes.append((len(routes) + 1, wall[0], setter_id, rng.choice(_COLOURS), grade,
                               "V" if boulder else "French", day.isoformat(), None))  # fmt: skip
                previous.append(len(routes))
            day += dt.timedelta(weeks=rng.randint(6, 11) if boulder else rng.randint(9, 15))
    plans = [(i, *p[:6]) for i, p in enumerate(_PLANS, 1)]
    # members
    members = []
    names = rng.sample([(f, s) for f in _FIRST for s in _LAST], 1200)
    for i in range(1, 1201):
        home = rng.choices(range(1, 8), weights=[c[5] for c in _CENTRES])[0]
        plan = rng.choices(range(1, 8), weights=[p[6] for p in _PLANS])[0]
        earliest = max(opened[home], dt.date(2016, 1, 1))
        if rng.random() < 0.55:
            earliest = max(earliest, dt.date(2022, 1, 1))
        joined = random_day(rng, earliest, dt.date(2025, 6, 20))
        if plan == 4:
            born = random_day(rng, dt.date(2008, 1, 1), dt.date(2016, 12, 31))
        elif plan == 3:
            born = random_day(rng, dt.date(2000, 1, 1), dt.date(2006, 12, 31))
        else:
            born = random_day(rng, dt.date(1962, 1, 1), dt.date(2004, 12, 31))
        status, cancelled = "Active", None
        roll = rng.random()
        if roll < 0.24 and joined < dt.date(2025, 5, 1):
            status = "Cancelled"
            cancelled = random_day(rng, joined + dt.timedelta(days=30), _END)
        elif roll < 0.30:
            status = "Frozen"
        first, last = names[i - 1]
        domain = rng.choice(["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.co.uk", "icloud.com"])
        email = f"{first.lower()}.{last.lower()}{rng.randint(1, 99)}@{domain}"
        belay = int(plan != 4 and home != 6 and rng.random() < 0.55)
        members.append((i, first, last, email, born.isoformat(), home, plan, joined.isoformat(), status,
                        _iso(cancelled), belay))  # fmt: skip
    # member visits: a few keen members climb several times a week, some never came
    keenness = []
    for m in members:
        if m[0] % 23 == 5:
            keen = 0.0
        elif m[0] % 37 == 3:
            keen = 12.0
        else:
            keen = rng.choice([0.3, 0.6, 1.0, 1.0, 1.5, 2.0, 3.0])
        if m[8] == "Frozen":
            keen *= 0.3
        start = max(dt.date.fromisoformat(m[7]), _START, opened[m[5]])
        end = min(dt.date.fromisoformat(m[9]) if m[9] else _END, _END)
        keenness.append((keen * max(0, (end - start).days), start, end))
    visits = []
    for _ in range(5200):
        index = rng.choices(range(len(members)), weights=[k[0] for k in keenness])[0]
        member = members[index]
        _, start, end = keenness[index]
        day = random_day(rng, start, end)
        centre_id = member[5]
        roam = 0.4 if member[6] == 5 else 0.06
        if rng.random() < roam:
            centre_id = rng.choice([c for c in range(1, 8) if opened[c] <= day])
        off_peak = member[6] == 2
        visits.append((centre_id, member[0], day.isoformat(), _time(rng, day, off_peak), "Member", None, 0.0))
    for _ in range(1700):
        centre_id = rng.choices(range(1, 8), weights=[c[6] for c in _CENTRES])[0]
        day = random_day(rng, max(_START, opened[centre_id]), _END)
        kind = rng.choices(["Adult", "Concession", "Child", "Off-peak"], weights=[50, 18, 20, 12])[0]
        if kind == "Off-peak" and day.weekday() >= 5:
            kind = "Adult"
        price = {"Adult": 15.50, "Concession": 12.50, "Child": 10.00, "Off-peak": 11.00}[kind]
        if day >= dt.date(2024, 4, 1):
            price += 1.00
        visits.append((centre_id, None, day.isoformat(), _time(rng, day, kind == "Off-peak"), "Day pass", kind,
                       price))  # fmt: skip
    visits.sort(key=lambda v: (v[2], v[3], v[0], v[1] or 0))
    visits = [(i, *v) for i, v in enumerate(visits, 1)]
    hires = []
    for v in visits:
        day_pass = v[5] == "Day pass"
        rope_centre = any(w[1] == v[1] and w[3] != "Bouldering" and w[3] != "Training" for w in walls)
        for item, fee, p_pass, p_member in _HIRE:
            if item in ("Harness", "Belay device") and not rope_centre:
                continue
            if item == "Helmet" and v[6] != "Child":
                continue
            if rng.random() < (p_pass if day_pass else p_member):
                condition = rng.choices(["Good", "Damaged", "Not returned"], weights=[95, 4, 1])[0]
                hires.append((len(hires) + 1, v[0], item, fee, condition))
    # courses
    courses = []
    for centre_id in range(1, 8):
        kinds = {w[3] for w in walls if w[1] == centre_id}
        allowed = [
            (c, w)
            for c, w in zip(_COURSES, _COURSE_WEIGHTS, strict=True)
            if not c[5] or (c[5] == "lead" and "Lead" in kinds) or (c[5] == "rope" and kinds & {"Lead", "Top rope"})
        ]
        day = max(_START, opened[centre_id] + dt.timedelta(days=21))
        step = 20 if centre_id in (1, 2) else 28
        while day <= dt.date(2025, 9, 30):
            course = rng.choices([a[0] for a in allowed], weights=[a[1] for a in allowed])[0]
            start = day + dt.timedelta(days=(5 - day.weekday()) % 7)  # courses start on a Saturday
            courses.append((len(courses) + 1, centre_id, course[0], course[1], start.isoformat(), course[2],
                            course[3], course[4], rng.choice(_INSTRUCTORS[centre_id])))  # fmt: skip
            day += dt.timedelta(days=rng.randint(step - 6, step + 6))
    courses.sort(key=lambda c: (c[4], c[1]))
    courses = [(i, *c[1:]) for i, c in enumerate(courses, 1)]
    bookings = []
    for course in courses:
        start = dt.date.fromisoformat(course[4])
        if course[0] % 9 == 4:
            continue  # ran with walk-ins only, or was pulled
        fill = rng.choice([0.3, 0.5, 0.7, 0.9, 1.0, 1.0])
        wanted = max(1, round(course[7] * fill))
        if start > _END:
            wanted = max(1, wanted // 2)
        local = [m for m in members if m[5] == course[1] and m[7] < course[4] and (m[9] is None or m[9] > course[4])]
        if course[2] == "Kids Climbing Club":
            local = [m for m in local if m[6] == 4] or local
        for member in rng.sample(local, min(wanted, len(local))):
            booked = start - dt.timedelta(days=rng.randint(2, 45))
            booked = min(max(booked, dt.date.fromisoformat(member[7]), _START), start)
            if start > _END:
                status = rng.choices(["Booked", "Cancelled"], weights=[92, 8])[0]
            else:
                status = rng.choices(["Attended", "Cancelled", "No show"], weights=[82, 11, 7])[0]
            paid = 0.0 if status == "Cancelled" else course[6]
            bookings.append((len(bookings) + 1, course[0], member[0], booked.isoformat(), status, paid))
    # incidents: mostly bouldering falls, the busy Sheffield cave worst of all
    incidents = []
    wall_weights = [0 if w[3] == "Training" else (3 if w[3] == "Bouldering" else 1) * (4 if w[0] == 1 else 1)
                    * _CENTRES[w[1] - 1][6] for w in walls]  # fmt: skip
    for _ in range(190):
        if rng.random() < 0.08:
            centre_id = rng.choices(range(1, 8), weights=[c[6] for c in _CENTRES])[0]
            wall = None
            kind = rng.choice(["Slip or trip", "Slip or trip", "Fainted"])
        else:
            wall = rng.choices(walls, weights=wall_weights)[0]
            centre_id = wall[1]
            pool = _BOULDER_INCIDENTS if wall[3] == "Bouldering" else _ROPE_INCIDENTS
            kind = rng.choices([p[0] for p in pool], weights=[p[1] for p in pool])[0]
        day = random_day(rng, max(_START, opened[centre_id]), _END)
        severity = rng.choices(["Minor", "Moderate", "Serious"], weights=[68, 24, 8])[0]
        if kind in ("Belay error", "Auto belay not clipped in") and rng.random() < 0.5:
            severity = "Serious"
        ambulance = int(severity == "Serious" and rng.random() < 0.8)
        first_aid = int(severity != "Minor" or rng.random() < 0.7)
        candidates = [m for m in members if m[5] == centre_id and m[7] <= day.isoformat()]
        member_id = rng.choice(candidates)[0] if candidates and rng.random() < 0.7 else None
        incidents.append((centre_id, None if wall is None else wall[0], member_id, day.isoformat(), kind, severity,
                          first_aid, ambulance, rng.choice(_STAFF_REPORTERS[centre_id])))  # fmt: skip
    incidents.sort(key=lambda r: (r[3], r[0], r[4]))
    incidents = [(i, *r) for i, r in enumerate(incidents, 1)]
    return {"centres": centres, "walls": walls, "route_setters": setters, "routes": routes,
            "membership_plans": plans, "members": members, "visits": visits, "equipment_hires": hires,
            "courses": courses, "course_bookings": bookings, "incident_reports": incidents}  # fmt: skip


def build_climbing_database(path: str | Path) -> Path:
    """Write the climbing group's database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
