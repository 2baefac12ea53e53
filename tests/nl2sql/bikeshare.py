"""A made-up city bike-share operator, written by someone who had not seen the engine's rules: the ``bikeshare`` dev
set's database.

Ten tables with foreign keys: ``districts`` (a ``dist_cd``, name and fare ``zone`` 1-2), ``stations`` (docking
stations: a ``stn_code``, name, district, ``docks`` capacity, ``chg_flag`` 1 when the docks charge e-bikes,
``opened`` date and ``actv`` 1 in service / 0 decommissioned), ``plans`` (subscription plans: ``plan_cd``, name,
``bill_freq`` 'M' monthly / 'A' annual, ``price``, ``incl_min`` free minutes per ride, ``ebk_rate`` e-bike charge per
minute, ``sellable`` 0/1), ``members`` (an ``acct_no``, first and last name, email, plan, home station, ``join_dt``,
``yob`` year of birth and ``status`` 'A' active / 'L' lapsed / 'X' closed), ``bikes`` (a ``bike_no``, ``bk_type`` 'CL'
classic or 'EB' e-bike, model, ``in_svc`` date put in service, ``odo_km`` and ``status`` 'A' on the street / 'W' in
the workshop / 'R' retired / 'S' stolen), ``trips`` (a ``trip_ref``, bike, member or NULL for a casual rider,
``usr_typ`` 'M' member / 'C' casual, start and end station, ``start_ts`` and ``end_ts`` as 'YYYY-MM-DD HH:MM:SS',
``dur_s`` seconds, ``dist_km`` and ``chg_amt`` charged for the ride), ``technicians`` (a ``tech_cd``, name, ``shift``
'D' day / 'N' night and ``hired`` date), ``issue_types`` (fault codes: ``issue_cd``, description and ``cat`` 'MECH'
/ 'ELEC' / 'VAND'), ``maint_jobs`` (a repair on a bike: where it was reported, technician or NULL while unassigned,
issue code, ``rptd_dt``, ``closed_dt`` NULL while open, ``prio`` 1 urgent - 3 low, ``parts_cost`` and ``labour_min``)
and ``payments`` (money from members: ``paid_on``, ``amt``, ``pay_meth`` 'CARD' / 'DD' direct debit / 'APPL' Apple
Pay, ``pay_type`` 'SUB' subscription / 'USG' ride charges / 'PEN' late-return penalty, and ``pay_st`` 'S' settled /
'F' failed / 'R' refunded). Rows come from a fixed seed, so every build holds the same rows; a few stations and
members account for many trips, some members never rode, a new station has no trips yet and one plan has no members.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_bikeshare_database(pathlib.Path(tempfile.mkdtemp()) / "bikeshare.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM trips").fetchone()
    (4800,)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_bikeshare_database"]

_SCHEMA = """
CREATE TABLE districts (
    id INTEGER PRIMARY KEY, dist_cd TEXT NOT NULL, name TEXT NOT NULL, zone INTEGER NOT NULL
);
CREATE TABLE stations (
    id INTEGER PRIMARY KEY, stn_code TEXT NOT NULL, name TEXT NOT NULL,
    district_id INTEGER NOT NULL REFERENCES districts (id), docks INTEGER NOT NULL, chg_flag INTEGER NOT NULL,
    opened DATE NOT NULL, actv INTEGER NOT NULL
);
CREATE TABLE plans (
    id INTEGER PRIMARY KEY, plan_cd TEXT NOT NULL, name TEXT NOT NULL, bill_freq TEXT NOT NULL, price NUMERIC NOT NULL,
    incl_min INTEGER NOT NULL, ebk_rate NUMERIC NOT NULL, sellable INTEGER NOT NULL
);
CREATE TABLE members (
    id INTEGER PRIMARY KEY, acct_no TEXT NOT NULL, first_nm TEXT NOT NULL, last_nm TEXT NOT NULL, email TEXT NOT NULL,
    plan_id INTEGER NOT NULL REFERENCES plans (id), home_stn_id INTEGER REFERENCES stations (id),
    join_dt DATE NOT NULL, yob INTEGER NOT NULL, status TEXT NOT NULL
);
CREATE TABLE bikes (
    id INTEGER PRIMARY KEY, bike_no TEXT NOT NULL, bk_type TEXT NOT NULL, model TEXT NOT NULL, in_svc DATE NOT NULL,
    odo_km NUMERIC NOT NULL, status TEXT NOT NULL
);
CREATE TABLE trips (
    id INTEGER PRIMARY KEY, trip_ref TEXT NOT NULL, bike_id INTEGER NOT NULL REFERENCES bikes (id),
    member_id INTEGER REFERENCES members (id), usr_typ TEXT NOT NULL,
    start_stn_id INTEGER NOT NULL REFERENCES stations (id), end_stn_id INTEGER NOT NULL REFERENCES stations (id),
    start_ts TEXT NOT NULL, end_ts TEXT NOT NULL, dur_s INTEGER NOT NULL, dist_km NUMERIC NOT NULL,
    chg_amt NUMERIC NOT NULL
);
CREATE TABLE technicians (
    id INTEGER PRIMARY KEY, tech_cd TEXT NOT NULL, name TEXT NOT NULL, shift TEXT NOT NULL, hired DATE NOT NULL
);
CREATE TABLE issue_types (
    issue_cd TEXT PRIMARY KEY, descr TEXT NOT NULL, cat TEXT NOT NULL
);
CREATE TABLE maint_jobs (
    id INTEGER PRIMARY KEY, bike_id INTEGER NOT NULL REFERENCES bikes (id),
    stn_id INTEGER NOT NULL REFERENCES stations (id), tech_id INTEGER REFERENCES technicians (id),
    issue_cd TEXT NOT NULL REFERENCES issue_types (issue_cd), rptd_dt DATE NOT NULL, closed_dt DATE,
    prio INTEGER NOT NULL, parts_cost NUMERIC NOT NULL, labour_min INTEGER NOT NULL
);
CREATE TABLE payments (
    id INTEGER PRIMARY KEY, member_id INTEGER NOT NULL REFERENCES members (id), paid_on DATE NOT NULL,
    amt NUMERIC NOT NULL, pay_meth TEXT NOT NULL, pay_type TEXT NOT NULL, pay_st TEXT NOT NULL
);
"""

_DISTRICTS = [("OT", "Old Town", 1), ("HBR", "Harbourside", 1), ("UNI", "University Quarter", 1),
              ("RVS", "Riverside", 2), ("NGT", "Northgate", 2), ("EFD", "Eastfield", 2)]  # fmt: skip
#: name, district, docks, charger, opened, active, popularity
_STATIONS = [
    ("Central Station", 1, 40, 1, "2019-05-01", 1, 14), ("Market Square", 1, 30, 1, "2019-05-01", 1, 9),
    ("Cathedral Green", 1, 20, 0, "2019-05-01", 1, 4), ("Castle Street", 1, 18, 0, "2019-06-15", 1, 3),
    ("Guildhall", 1, 24, 1, "2020-03-01", 1, 5), ("Ferry Terminal", 2, 36, 1, "2019-05-01", 1, 10),
    ("Dock Road", 2, 20, 0, "2019-07-01", 1, 3), ("Marina Walk", 2, 22, 1, "2021-04-12", 1, 5),
    ("Quayside", 2, 26, 0, "2019-05-01", 1, 6), ("Anchor Lane", 2, 12, 0, "2020-08-01", 0, 1),
    ("Library Plaza", 3, 34, 1, "2019-09-01", 1, 11), ("Science Park", 3, 28, 1, "2020-09-01", 1, 6),
    ("Student Union", 3, 30, 0, "2019-09-01", 1, 8), ("Medical School", 3, 18, 0, "2021-09-01", 1, 3),
    ("Halls of Residence", 3, 24, 1, "2022-09-01", 1, 4), ("Riverside Park", 4, 20, 0, "2020-05-01", 1, 4),
    ("Mill Bridge", 4, 16, 0, "2020-05-01", 1, 2), ("Boathouse", 4, 14, 1, "2021-06-01", 1, 2),
    ("Weir Road", 4, 12, 0, "2022-03-01", 1, 1), ("Tannery Yard", 4, 15, 0, "2020-05-01", 0, 1),
    ("Northgate Retail Park", 5, 22, 1, "2021-03-01", 1, 3), ("Hospital North", 5, 20, 1, "2021-03-01", 1, 4),
    ("Bus Interchange", 5, 26, 0, "2020-11-01", 1, 5), ("Kingsway", 5, 14, 0, "2022-06-01", 1, 2),
    ("Eastfield Leisure Centre", 6, 16, 0, "2022-04-01", 1, 2), ("Eastfield Library", 6, 12, 1, "2023-02-01", 1, 1),
    ("Brewery Lane", 6, 14, 0, "2023-05-01", 1, 2), ("Gasworks Park", 6, 12, 1, "2025-06-20", 1, 0),
]  # fmt: skip
_PLANS = [("ANN", "Annual Membership", "A", 99.0, 45, 0.10, 1, 40), ("MTH", "Monthly Membership", "M", 12.0, 45, 0.15,
          1, 30), ("STU", "Student Annual", "A", 49.0, 45, 0.10, 1, 18), ("CORP", "Corporate Partner", "A", 79.0, 60,
          0.05, 1, 10), ("SNR", "Senior Concession", "A", 39.0, 45, 0.10, 0, 0), ("FLX", "Flex Monthly", "M", 4.0, 30,
          0.20, 1, 8)]  # fmt: skip
_MODELS = {"CL": [("Urbis 3", 55), ("Urbis 4", 45)], "EB": [("Volta E2", 40), ("Volta E3", 60)]}
_TECHS = [("T01", "Gary Lomas", "D", "2019-04-01"), ("T02", "Priya Nair", "D", "2019-04-01"),
          ("T03", "Tomasz Wrobel", "N", "2020-02-17"), ("T04", "Dean Fitzgerald", "D", "2021-05-10"),
          ("T05", "Aoife Brennan", "N", "2022-01-04"), ("T06", "Marcus Hale", "D", "2023-08-21"),
          ("T07", "Sunita Rao", "D", "2024-03-11"), ("T08", "Liam Carter", "N", "2025-05-06")]  # fmt: skip
#: code, description, category, weight, parts cost range, labour minutes range, e-bike only
_ISSUES = [("PUN", "Puncture", "MECH", 24, (3, 12), (15, 40), 0), ("BRK", "Brake adjustment", "MECH", 18, (0, 25),
           (20, 50), 0), ("CHN", "Chain off or snapped", "MECH", 10, (0, 18), (15, 45), 0), ("LCK", "Dock lock fault",
           "ELEC", 8, (10, 60), (30, 90), 0), ("BAT", "Battery not charging", "ELEC", 9, (40, 220), (30, 120), 1),
           ("MOT", "Motor failure", "ELEC", 4, (120, 480), (90, 240), 1), ("LGT", "Lights not working", "ELEC", 7,
           (4, 20), (10, 30), 0), ("VND", "Vandalism damage", "VAND", 6, (20, 150), (40, 150), 0), ("SEA",
           "Saddle or seatpost", "MECH", 6, (8, 35), (10, 25), 0), ("GPS", "GPS tracker fault", "ELEC", 0, (0, 0),
           (0, 0), 0)]  # fmt: skip
_FIRST = ["James", "Olivia", "Sam", "Amelia", "Tom", "Isla", "Ben", "Grace", "Ryan", "Chloe", "Adam", "Zara", "Luke",
          "Hannah", "Josh", "Maya", "Dan", "Leah", "Kieran", "Erin", "Omar", "Freya", "Nathan", "Rosie", "Ewan",
          "Jess"]  # fmt: skip
_LAST = ["Smith", "Jones", "Patel", "Brown", "Taylor", "Khan", "Wilson", "Evans", "Murphy", "Walsh", "Hughes",
         "Clarke", "Ali", "Reid", "Shaw", "Doyle", "Price", "Bell", "Kaur", "Lynch", "Grant", "Mason", "Fox", "Hart",
         "Begum", "Lowe", "Pearce", "Quinn"]  # fmt: skip
_START = dt.date(2024, 1, 1)
_END = dt.date(2025, 6, 30)


def _rows(seed: int = 52031) -> dict[str, list[tuple]]:  # noqa: PLR0912, PLR0915 - one generator per table, in order
    rng = random.Random(seed)
    districts = [(i, *d) for i, d in enumerate(_DISTRICTS, 1)]
    stations = [(i, f"{_DISTRICTS[s[1] - 1][0]}{i:03d}", *s[:6]) for i, s in enumerate(_STATIONS, 1)]
    plans = [(i, *p[:7]) for i, p in enumerate(_PLANS, 1)]
    names = rng.sample([(f, s) for f in _FIRST for s in _LAST], 420)
    members = []
    for i in range(1, 421):
        plan = rng.choices(range(1, 7), weights=[p[7] for p in _PLANS])[0]
        first, last = names[i - 1]
        domain = rng.choice(["gmail.com", "outlook.com", "icloud.com", "yahoo.co.uk"])
        email = f"{first.lower()}.{last.lower()}{rng.randint(1, 99)}@{domain}"
        home = rng.choices([None, *range(1, 28)], weights=[30] + [s[6] + 1 for s in _STATIONS[:27]])[0]
        join = random_day(rng, dt.date(2019, 5, 1), dt.date(2025, 5, 31))
        yob = rng.randint(1999, 2006) if plan == 3 else rng.randint(1952, 2004)
        status = rng.choices(["A", "L", "X"], weights=[75, 15, 10])[0]
        members.append((i, f"M{700000 + i * 13}", first, last, email, plan, home, join.isoformat(), yob, status))
    bikes = []
    for i in range(1, 241):
        kind = "EB" if rng.random() < 0.35 else "CL"
        model = rng.choices(*zip(*_MODELS[kind], strict=True))[0]
        start = dt.date(2019, 5, 1) if kind == "CL" else dt.date(2021, 3, 1)
        if model in ("Urbis 4", "Volta E3"):
            start = dt.date(2023, 1, 1)
        in_svc = random_day(rng, start, dt.date(2025, 3, 31))
        status = rng.choices(["A", "W", "R", "S"], weights=[84, 8, 5, 3])[0]
        bikes.append([i, f"{'E' if kind == 'EB' else 'B'}{10000 + i * 7}", kind, model, in_svc.isoformat(), 0.0,
                      status])  # fmt: skip
    rideable = [b for b in bikes if b[6] in ("A", "W") and b[0] % 17 != 5]  # a few bikes never ridden in the period
    bike_w = [3.0 if b[2] == "EB" else 1.0 for b in rideable]
    # a few keen members ride a lot; one in five never rode in the period
    member_w = [0 if m[0] % 5 == 2 else (25 if m[0] % 53 == 7 else rng.choice([1, 1, 2, 4])) for m in members]
    open_w = [s[6] for s in _STATIONS]
    trips = []
    for i in range(1, 4801):
        day = random_day(rng, _START, _END)
        if day.month in (12, 1, 2) and rng.random() < 0.4:  # fewer rides in winter
            day = random_day(rng, dt.date(2024, 4, 1), dt.date(2024, 9, 30))
        casual = rng.random() < 0.32
        member = None if casual else rng.choices(members, weights=member_w)[0]
        start_stn = rng.choices(stations, weights=open_w)[0]
        if start_stn[7] == 0 and day > dt.date(2024, 10, 31):
            start_stn = stations[0]
        if member and member[6] and rng.random() < 0.4:
            start_stn = stations[member[6] - 1]
        end_stn = start_stn if rng.random() < 0.08 else rng.choices(stations, weights=open_w)[0]
        if end_stn[7] == 0 and day > dt.date(2024, 10, 31):
            end_stn = stations[1]
        bike = rng.choices(rideable, weights=bike_w)[0]
        hour = rng.choices(range(6, 24), weights=[2, 6, 9, 5, 3, 3, 5, 5, 4, 4, 6, 9, 7, 5, 4, 3, 2, 1])[0]
        t0 = dt.datetime.combine(day, dt.time(hour, rng.randrange(60), rng.randrange(60)))
        minutes = max(2.0, rng.lognormvariate(2.6, 0.6) * (1.5 if casual else 1.0))
        if end_stn == start_stn:
            minutes += rng.uniform(10, 40)
        dur = round(minutes * 60)
        speed = 16 if bike[2] == "EB" else 12
        km = round(minutes / 60 * speed * rng.uniform(0.5, 0.95), 2)
        bike[5] += km
        if casual:
            charge = 1.5 + minutes * (0.25 if bike[2] == "EB" else 0.10)
        else:
            plan = _PLANS[member[5] - 1]
            charge = minutes * plan[5] if bike[2] == "EB" else max(0, minutes - plan[4]) * 0.10
        trips.append((day, t0, bike[0], member[0] if member else None, "C" if casual else "M", start_stn[0],
                      end_stn[0], dur, km, round(charge, 2)))  # fmt: skip
    trips.sort(key=lambda t: t[1])
    trips = [(i, f"TR{24000000 + i * 11}", t[2], t[3], t[4], t[5], t[6], t[1].isoformat(sep=" "),
              (t[1] + dt.timedelta(seconds=t[7])).isoformat(sep=" "), t[7], t[8], t[9])
             for i, t in enumerate(trips, 1)]  # fmt: skip
    for b in bikes:
        b[5] = round(b[5] + rng.uniform(200, 2500), 1)
    bikes = [tuple(b) for b in bikes]
    techs = [(i, *t) for i, t in enumerate(_TECHS, 1)]
    issues = [i[:3] for i in _ISSUES]
    # a few lemons break down again and again
    bike_fault_w = [8 if b[0] % 29 == 3 else (0.3 if b[0] % 6 == 1 else 1) for b in bikes]
    tech_w = [9, 7, 5, 6, 4, 3, 2, 0]
    jobs = []
    for _ in range(520):
        bike = rng.choices(bikes, weights=bike_fault_w)[0]
        pool = [x for x in _ISSUES if x[3] and (not x[6] or bike[2] == "EB")]
        code, _, _, _, parts, labour, _ = rng.choices(pool, weights=[x[3] for x in pool])[0]
        reported = random_day(rng, _START, _END)
        stn = rng.choices(stations, weights=[s[6] + 1 for s in _STATIONS])[0][0]
        prio = rng.choices([1, 2, 3], weights=[2, 5, 3])[0] if code not in ("MOT", "VND") else rng.choice([1, 2])
        hired = [(t, w) for t, w in zip(techs, tech_w, strict=True) if t[4] <= reported.isoformat()]
        tech = rng.choices([t for t, _ in hired], weights=[w for _, w in hired])[0][0]
        closed = reported + dt.timedelta(days=rng.choice([0, 0, 1, 1, 2, 3, 5, 8, 14]))
        if reported > dt.date(2025, 6, 10) and rng.random() < 0.6 or rng.random() < 0.03:
            closed = None
            if rng.random() < 0.5:
                tech = None
        cost = round(rng.uniform(*parts), 2)
        mins = rng.randint(*labour) if closed else 0
        jobs.append((bike[0], stn, tech, code, reported.isoformat(), closed.isoformat() if closed else None, prio,
                     cost if closed else 0.0, mins))  # fmt: skip
    jobs.sort(key=lambda j: (j[4], j[0]))
    jobs = [(i, *j) for i, j in enumerate(jobs, 1)]
    payments = []
    for m in members:
        plan = _PLANS[m[5] - 1]
        join = dt.date.fromisoformat(m[7])
        meth = rng.choices(["CARD", "DD", "APPL"], weights=[5, 4, 2])[0]
        stop = _END if m[9] == "A" else random_day(rng, max(join, _START), _END)
        due = join
        while due <= stop:
            if due >= _START:
                st = rng.choices(["S", "F", "R"], weights=[95, 4, 1])[0]
                payments.append((m[0], due, plan[3], meth if st != "F" else meth, "SUB", st))
            if plan[2] == "M":
                due = (due.replace(day=1) + dt.timedelta(days=32)).replace(day=min(join.day, 28))
            else:
                due = due.replace(year=due.year + 1, day=min(due.day, 28))
    monthly = {}
    for t in trips:
        if t[3] is not None and t[11] > 0:
            key = (t[3], t[7][:7])
            monthly[key] = monthly.get(key, 0) + t[11]
    for (member_id, month), total in sorted(monthly.items()):
        paid = dt.date.fromisoformat(month + "-01") + dt.timedelta(days=31)
        paid = paid.replace(day=3)
        if paid <= _END + dt.timedelta(days=3):
            st = rng.choices(["S", "F"], weights=[96, 4])[0]
            payments.append((member_id, paid, round(total, 2), "CARD", "USG", st))
    for _ in range(60):
        t = rng.choice([t for t in trips if t[3] is not None and t[9] > 3000] or trips[:1])
        paid = dt.date.fromisoformat(t[8][:10]) + dt.timedelta(days=rng.randint(1, 6))
        payments.append((t[3], paid, rng.choice([10.0, 15.0, 20.0]), "CARD", "PEN", rng.choice(["S", "S", "S", "R"])))
    payments.sort(key=lambda p: (p[1], p[0], p[4]))
    payments = [(i, p[0], p[1].isoformat(), round(p[2], 2), *p[3:]) for i, p in enumerate(payments, 1)]
    return {"districts": districts, "stations": stations, "plans": plans, "members": members, "bikes": bikes,
            "trips": trips, "technicians": techs, "issue_types": issues, "maint_jobs": jobs,
            "payments": payments}  # fmt: skip


def build_bikeshare_database(path: str | Path) -> Path:
    """Write the bike-share operator's database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
