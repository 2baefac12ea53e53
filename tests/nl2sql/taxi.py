"""A made-up private-hire taxi firm with three offices in Stockport and east Cheshire, written by someone who had not
seen the engine's rules: the ``taxi`` dev set's database, in the terse column names of an old dispatch system.

Ten tables with foreign keys: ``base`` (an office: ``base_cd``, ``base_nm``, town, ``opn_dt``), ``zone`` (a pick-up or
drop-off zone: ``zn_cd``, ``zn_nm``, town and ``zn_typ`` 'CTR' town centre / 'RES' residential / 'AIR' airport / 'STN'
rail station / 'HSP' hospital / 'IND' business park), ``tariff`` (``trf_cd`` T1-T4 with ``flg_fall``, ``km_rate`` and a
per-minute ``wait_rate``), ``drv`` (a driver: council badge ``bdg_no`` and ``bdg_exp``, ``fst_nm``, ``lst_nm``, base,
``st_dt``, ``end_dt`` when they left and ``sts`` 'A' active / 'S' suspended / 'L' left), ``veh`` (a vehicle:
``reg_no``, ``make``, ``mdl``, ``veh_typ`` 'SAL' / 'EST' / 'MPV' / 'EXE' / 'WAV', ``seats``, ``fuel`` 'P' / 'D' / 'H'
hybrid / 'E' electric, ``own_typ`` 'F' firm-owned or 'D' driver-owned with ``own_drv_id``, ``acq_dt``, ``disp_dt``
when sold, council plate ``plt_no`` and ``plt_exp``), ``cust_acct`` (an account customer: ``acct_cd``, ``acct_nm``,
``acct_typ`` 'B' business / 'P' private / 'H' health / 'E' education, ``cr_lim`` credit limit for non-private accounts,
``opn_dt`` and ``sts`` 'A' active / 'H' on hold / 'C' closed), ``shft`` (a driver's shift in a vehicle: ``shft_dt``,
``st_tm``, ``end_tm`` and ``hrs``), ``job`` (a booking: ``job_ref``, ``acct_id`` empty for cash customers,
``bk_src`` 'TEL' / 'APP' / 'WEB' / 'ACC', ``bk_ts`` when booked, ``pu_ts`` pick-up time, ``pu_zn`` and ``do_zn``,
``pax``, driver and vehicle (empty when never dispatched), ``trf_cd``, ``sts`` 'C' completed / 'X' cancelled / 'N'
passenger no-show, ``cxl_cd`` 'CUST' / 'NOCAR' / 'DUP' for cancellations and ``dist_km`` for completed jobs), ``fare``
(what a completed or charged no-show job cost: ``fare_amt``, ``wait_amt``, ``xtra_amt``, ``tip_amt``, ``tot_amt``,
``pay_mth`` 'CSH' / 'CRD' / 'ACC' and ``paid_dt``, empty while an account invoice is unpaid) and ``cmpl`` (a complaint
about a job: ``drv_id`` empty when it is about the office, ``rcv_dt``, ``cat_cd``, ``sts`` 'O' open / 'C' closed,
``outcm`` 'UPH' upheld / 'PRT' partly upheld / 'NUP' not upheld, ``rfnd_amt`` and ``cls_dt``). Jobs run from January
2023 to December 2025. Rows come from a fixed seed, so every build holds the same rows; a few drivers work far more
shifts than the rest, one draws far more complaints than anyone else, the hospital and airport-transfer accounts
book the most jobs and Stockport Centre and Manchester Airport are the busiest drop-offs.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_taxi_database(pathlib.Path(tempfile.mkdtemp()) / "taxi.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM base").fetchone()
    (3,)
"""

from __future__ import annotations

import datetime as dt
import math
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_taxi_database"]

_SCHEMA = """
CREATE TABLE base (
    base_cd TEXT PRIMARY KEY, base_nm TEXT NOT NULL, town TEXT NOT NULL, opn_dt DATE NOT NULL
);
CREATE TABLE zone (
    zn_cd TEXT PRIMARY KEY, zn_nm TEXT NOT NULL, town TEXT NOT NULL, zn_typ TEXT NOT NULL
);
CREATE TABLE tariff (
    trf_cd TEXT PRIMARY KEY, trf_desc TEXT NOT NULL, flg_fall NUMERIC NOT NULL, km_rate NUMERIC NOT NULL,
    wait_rate NUMERIC NOT NULL
);
CREATE TABLE drv (
    drv_id INTEGER PRIMARY KEY, bdg_no TEXT NOT NULL, fst_nm TEXT NOT NULL, lst_nm TEXT NOT NULL,
    base_cd TEXT NOT NULL REFERENCES base (base_cd), st_dt DATE NOT NULL, end_dt DATE, sts TEXT NOT NULL,
    bdg_exp DATE NOT NULL
);
CREATE TABLE veh (
    veh_id INTEGER PRIMARY KEY, reg_no TEXT NOT NULL, make TEXT NOT NULL, mdl TEXT NOT NULL, veh_typ TEXT NOT NULL,
    seats INTEGER NOT NULL, fuel TEXT NOT NULL, own_typ TEXT NOT NULL, own_drv_id INTEGER REFERENCES drv (drv_id),
    acq_dt DATE NOT NULL, disp_dt DATE, plt_no TEXT NOT NULL, plt_exp DATE NOT NULL
);
CREATE TABLE cust_acct (
    acct_id INTEGER PRIMARY KEY, acct_cd TEXT NOT NULL, acct_nm TEXT NOT NULL, acct_typ TEXT NOT NULL,
    cr_lim NUMERIC, opn_dt DATE NOT NULL, sts TEXT NOT NULL
);
CREATE TABLE shft (
    shft_id INTEGER PRIMARY KEY, drv_id INTEGER NOT NULL REFERENCES drv (drv_id),
    veh_id INTEGER NOT NULL REFERENCES veh (veh_id), shft_dt DATE NOT NULL, st_tm TEXT NOT NULL,
    end_tm TEXT NOT NULL, hrs NUMERIC NOT NULL
);
CREATE TABLE job (
    job_id INTEGER PRIMARY KEY, job_ref TEXT NOT NULL, acct_id INTEGER REFERENCES cust_acct (acct_id),
    bk_src TEXT NOT NULL, bk_ts TIMESTAMP NOT NULL, pu_ts TIMESTAMP NOT NULL,
    pu_zn TEXT NOT NULL REFERENCES zone (zn_cd), do_zn TEXT NOT NULL REFERENCES zone (zn_cd), pax INTEGER NOT NULL,
    drv_id INTEGER REFERENCES drv (drv_id), veh_id INTEGER REFERENCES veh (veh_id),
    trf_cd TEXT NOT NULL REFERENCES tariff (trf_cd), sts TEXT NOT NULL, cxl_cd TEXT, dist_km NUMERIC
);
CREATE TABLE fare (
    fare_id INTEGER PRIMARY KEY, job_id INTEGER NOT NULL REFERENCES job (job_id), fare_amt NUMERIC NOT NULL,
    wait_amt NUMERIC NOT NULL, xtra_amt NUMERIC NOT NULL, tip_amt NUMERIC, tot_amt NUMERIC NOT NULL,
    pay_mth TEXT NOT NULL, paid_dt DATE
);
CREATE TABLE cmpl (
    cmpl_id INTEGER PRIMARY KEY, job_id INTEGER NOT NULL REFERENCES job (job_id),
    drv_id INTEGER REFERENCES drv (drv_id), rcv_dt DATE NOT NULL, cat_cd TEXT NOT NULL, sts TEXT NOT NULL,
    outcm TEXT, rfnd_amt NUMERIC, cls_dt DATE
);
"""

_BASES = [("STK", "Stockport Office", "Stockport", "2009-03-02"),
          ("MAC", "Macclesfield Office", "Macclesfield", "2014-06-16"),
          ("WLM", "Wilmslow Office", "Wilmslow", "2019-10-01")]  # fmt: skip
#: code, name, town, type, x km, y km, pick-up weight, drop-off weight
_ZONES = [
    ("SK1", "Stockport Centre", "Stockport", "CTR", 0, 0, 14, 9),
    ("SK2", "Heaton Moor", "Stockport", "RES", -3, 2, 6, 5),
    ("SK3", "Edgeley", "Stockport", "RES", -1, -1, 5, 4),
    ("SK4", "Stockport Station", "Stockport", "STN", 0, -0.5, 7, 6),
    ("SK5", "Bramhall", "Stockport", "RES", 1, -7, 6, 5),
    ("SK6", "Hazel Grove", "Stockport", "RES", 4, -5, 5, 4),
    ("SK7", "Stepping Hill Hospital", "Stockport", "HSP", 3, -4, 8, 7),
    ("SK8", "Cheadle", "Stockport", "RES", -4, -3, 5, 4),
    ("SK9", "Cheadle Royal Business Park", "Stockport", "IND", -5, -5, 3, 3),
    ("MA1", "Manchester Airport", "Manchester", "AIR", -10, -9, 9, 16),
    ("MA2", "Manchester Piccadilly", "Manchester", "STN", -6, 9, 3, 6),
    ("MC1", "Macclesfield Centre", "Macclesfield", "CTR", 4, -22, 9, 6),
    ("MC2", "Macclesfield Station", "Macclesfield", "STN", 4.5, -22, 4, 4),
    ("MC3", "Tytherington", "Macclesfield", "RES", 3, -19, 4, 3),
    ("MC4", "Macclesfield District Hospital", "Macclesfield", "HSP", 2, -22, 5, 5),
    ("MC5", "Bollington", "Macclesfield", "RES", 6, -17, 2, 2),
    ("WL1", "Wilmslow Centre", "Wilmslow", "CTR", -8, -14, 6, 5),
    ("WL2", "Alderley Edge", "Wilmslow", "RES", -7, -17, 3, 3),
    ("WL3", "Handforth", "Wilmslow", "RES", -6, -11, 3, 2),
    ("WL4", "Wilmslow Station", "Wilmslow", "STN", -8, -14.5, 3, 3),
    ("PY1", "Poynton", "Poynton", "RES", 3, -11, 3, 3),
    ("KN1", "Knutsford", "Knutsford", "CTR", -17, -18, 1, 2),
]  # fmt: skip
_TARIFFS = [
    ("T1", "Standard day", 3.20, 1.55, 0.30),
    ("T2", "Night and Sunday", 4.00, 1.95, 0.35),
    ("T3", "Bank holiday and Christmas", 5.20, 2.40, 0.40),
    ("T4", "Airport transfer", 4.50, 1.70, 0.30),
]
_BANK_HOLIDAYS = {
    "2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08", "2023-05-29", "2023-08-28",
    "2023-12-25", "2023-12-26", "2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27",
    "2024-08-26", "2024-12-25", "2024-12-26", "2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05",
    "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26", "2023-12-31", "2024-12-31", "2025-12-31",
}  # fmt: skip
_FIRST = ["Mohammed", "Imran", "Tariq", "Asif", "Shahid", "Paul", "Gary", "Lee", "Darren", "Steve", "Wayne", "Kevin",
          "Craig", "Tomasz", "Piotr", "Arkadiusz", "Nasir", "Zahid", "Kamran", "Bilal", "Adnan", "Jason", "Karen",
          "Tracey", "Michelle", "Dean", "Anthony", "Sajid", "Rizwan", "Mark", "Colin", "Ian"]  # fmt: skip
_LAST = ["Khan", "Hussain", "Ahmed", "Iqbal", "Shah", "Akhtar", "Malik", "Riaz", "Smith", "Jones", "Hughes", "Bradshaw",
         "Kershaw", "Nowak", "Wisniewski", "Kaminski", "Ashworth", "Barlow", "Heywood", "Ogden", "Fletcher",
         "Whitehead", "Rahman", "Mahmood", "Butt", "Dobson", "Holt", "Pickering"]  # fmt: skip
#: make, model, type, seats, fuel choices, weight for driver-owned, weight for firm-owned
_MODELS = [
    ("Toyota", "Prius+", "MPV", 7, "H", 6, 3), ("Toyota", "Corolla", "EST", 4, "H", 8, 6),
    ("Skoda", "Octavia", "EST", 4, "D", 9, 5), ("Skoda", "Superb", "SAL", 4, "D", 5, 4),
    ("Kia", "Niro", "SAL", 4, "E", 3, 4), ("Ford", "Galaxy", "MPV", 6, "D", 3, 2),
    ("Mercedes-Benz", "E-Class", "EXE", 4, "D", 1, 2), ("Mercedes-Benz", "Vito", "WAV", 7, "D", 1, 2),
    ("LEVC", "TX", "WAV", 6, "E", 0, 2), ("Volkswagen", "Passat", "EST", 4, "D", 3, 2),
    ("Hyundai", "Ioniq", "SAL", 4, "H", 4, 3), ("Dacia", "Jogger", "MPV", 7, "P", 2, 1),
]  # fmt: skip
_REG_AREAS = ["MA", "MC", "MD", "ME", "MF", "MK", "ML", "MM", "MT", "MX", "DK", "DL"]
_REG_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
#: name, type, credit limit, booking weight, home zone (or None)
_ACCOUNTS = [
    ("Stockport NHS Foundation Trust", "H", 15000, 40, "SK7"),
    ("AirLink Transfers Ltd", "B", 12000, 28, "MA1"),
    ("East Cheshire NHS Trust", "H", 10000, 22, "MC4"),
    ("Stockport Council Education Transport", "E", 20000, 16, "SK1"),
    ("Cheshire East SEN Transport", "E", 18000, 12, "MC1"),
    ("AstraZeneca Alderley Park", "B", 8000, 9, "WL2"),
    ("Adlington Hall Events", "B", 3000, 3, "MC5"),
    ("Cheadle Royal Hotel", "B", 5000, 6, "SK9"),
    ("Bramhall Dental Practice", "B", 1500, 2, "SK5"),
    ("Pennine Care Mental Health", "H", 6000, 5, "SK1"),
    ("Royal London Group", "B", 6000, 5, "WL1"),
    ("Stanneylands Hotel", "B", 4000, 5, "WL3"),
    ("Macclesfield Town FC", "B", 2000, 2, "MC1"),
    ("Wilmslow High School", "E", 3000, 3, "WL1"),
    ("Kings School Macclesfield", "E", 3000, 3, "MC3"),
    ("Hazel Grove Medical Centre", "H", 2000, 3, "SK6"),
    ("Poynton Legal LLP", "B", 2500, 2, "PY1"),
    ("Edgeley Park Social Club", "B", 1000, 1, "SK3"),
    ("Stockport Grammar School", "E", 4000, 3, "SK1"),
    ("Handforth Dean Retail Park", "B", 1500, 1, "WL3"),
    ("Cheadle Hulme Care Home", "H", 2500, 4, "SK8"),
    ("Tytherington Club", "B", 1500, 1, "MC3"),
    ("Knutsford Golf Club", "B", 2000, 1, "KN1"),
    ("Piccadilly Lettings", "B", 1200, 1, "MA2"),
]  # fmt: skip
_CMPL_CATS = [("LATE", 30), ("COND", 14), ("DRIV", 12), ("VEH", 9), ("FARE", 16), ("ROUT", 8), ("BOOK", 11)]


def _plate(rng: random.Random, year: int) -> str:
    age = year % 100 if rng.random() < 0.5 else year % 100 + 50
    tail = "".join(rng.choice(_REG_LETTERS) for _ in range(3))
    return f"{rng.choice(_REG_AREAS)}{age:02d} {tail}"


def _ts(day: dt.date, minutes: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time()) + dt.timedelta(minutes=minutes)


def _rows(seed: int = 20230) -> dict[str, list[tuple]]:  # noqa: PLR0915 - one generator per table, in order
    rng = random.Random(seed)
    first_day, last_day = dt.date(2023, 1, 1), dt.date(2025, 12, 31)
    bases = list(_BASES)
    zones = [z[:4] for z in _ZONES]
    where = {z[0]: (z[4], z[5]) for z in _ZONES}
    tariffs = list(_TARIFFS)

    # drivers: 60, a few very busy ones
    names = rng.sample([(f, s) for f in _FIRST for s in _LAST], 60)
    drivers, busy = [], {}
    for i in range(1, 61):
        base = rng.choices(["STK", "MAC", "WLM"], weights=[6, 3, 2])[0]
        start = random_day(rng, dt.date(2010, 1, 1), dt.date(2025, 8, 31))
        if base == "WLM" and start < dt.date(2019, 10, 1):
            start = random_day(rng, dt.date(2019, 10, 1), dt.date(2025, 8, 31))
        sts, end = "A", None
        if i % 8 == 5 and start < dt.date(2025, 3, 1):
            earliest = max(start, dt.date(2023, 3, 1)) + dt.timedelta(days=60)
            sts, end = "L", random_day(rng, earliest, dt.date(2025, 10, 31))
            end = min(end, dt.date(2025, 11, 30))
        elif i % 19 == 7:
            sts = "S"
        badge_exp = random_day(rng, dt.date(2025, 6, 1), dt.date(2028, 5, 31))
        if sts == "L":
            badge_exp = random_day(rng, end, end + dt.timedelta(days=700))
        first, last = names[i - 1]
        drivers.append((i, f"PH{4100 + i * 23}", first, last, base, start.isoformat(),
                        end.isoformat() if end else None, sts, badge_exp.isoformat()))  # fmt: skip
        busy[i] = {3: 3.2, 11: 2.6, 24: 2.2, 40: 1.9}.get(i, rng.uniform(0.5, 1.3))

    # vehicles: one car per owner-driver, then a firm-owned pool with some sold and replaced in 2024
    vehicles = []
    owner = [d for d in drivers if d[0] % 5 != 0 and d[0] % 7 != 2]
    for d in owner:
        make, mdl, typ, seats, fuel, _, _ = rng.choices(_MODELS, weights=[m[5] for m in _MODELS])[0]
        acq = dt.date.fromisoformat(d[5])
        if acq < dt.date(2019, 1, 1):
            acq = random_day(rng, dt.date(2019, 1, 1), dt.date(2022, 12, 31))
        reg_year = max(2014, acq.year - rng.randint(0, 3))
        disp = d[6]
        vehicles.append([len(vehicles) + 1, _plate(rng, reg_year), make, mdl, typ, seats, fuel, "D", d[0],
                         acq.isoformat(), disp])  # fmt: skip
    pool_start = len(vehicles)
    for j in range(26):
        make, mdl, typ, seats, fuel, _, _ = rng.choices(_MODELS, weights=[m[6] for m in _MODELS])[0]
        if j < 20:
            acq = random_day(rng, dt.date(2018, 1, 1), dt.date(2022, 11, 30))
            disp = random_day(rng, dt.date(2024, 1, 15), dt.date(2024, 10, 31)) if j % 4 == 1 else None
        else:
            acq = random_day(rng, dt.date(2024, 2, 1), dt.date(2024, 11, 30))
            disp = None
        reg_year = max(2016, acq.year - rng.randint(0, 2))
        vehicles.append([len(vehicles) + 1, _plate(rng, reg_year), make, mdl, typ, seats, fuel, "F", None,
                         acq.isoformat(), disp.isoformat() if disp else None])  # fmt: skip
    for v in vehicles:
        v.append(f"PHV{2000 + v[0] * 13}")
        v.append((random_day(rng, dt.date(2025, 3, 1), dt.date(2026, 9, 30)) if v[10] is None
                  else dt.date.fromisoformat(v[10])).isoformat())  # fmt: skip
    vehicles = [tuple(v) for v in vehicles]
    own_car = {v[8]: v for v in vehicles if v[8] is not None}
    pool = vehicles[pool_start:]

    def pool_car(day: dt.date) -> tuple:
        iso = day.isoformat()
        ok = [v for v in pool if v[9] <= iso and (v[10] is None or v[10] > iso)]
        return rng.choice(ok)

    # accounts: the named ones plus private account holders
    accounts = []
    for name, typ, limit, _, _ in _ACCOUNTS:
        opened = random_day(rng, dt.date(2012, 1, 1), dt.date(2024, 6, 30))
        sts = rng.choices(["A", "H", "C"], weights=[16, 2, 1])[0] if len(accounts) > 4 else "A"
        code = f"AC{1000 + len(accounts) * 7}"
        accounts.append((len(accounts) + 1, code, name, typ, limit, opened.isoformat(), sts))
    private_names = rng.sample([(f, s) for f in ["Mrs", "Mr", "Ms", "Dr"] for s in _LAST], 72)
    for title, surname in private_names:
        opened = random_day(rng, dt.date(2015, 1, 1), dt.date(2025, 6, 30))
        sts = rng.choices(["A", "H", "C"], weights=[12, 1, 3])[0]
        accounts.append((len(accounts) + 1, f"AC{1000 + len(accounts) * 7}", f"{title} {rng.choice('ABCDEGHJKLMPRST')} "
                         f"{surname}", "P", None, opened.isoformat(), sts))  # fmt: skip
    acct_weight = [a[3] for a in _ACCOUNTS] + [rng.choice([0.1, 0.2, 0.3, 0.6]) for _ in private_names]
    acct_home = {i + 1: a[4] for i, a in enumerate(_ACCOUNTS)}

    # shifts
    slots = [("06:00", 360, 10), ("07:00", 420, 9), ("14:00", 840, 8), ("15:00", 900, 8), ("19:00", 1140, 9),
             ("20:00", 1200, 8)]  # fmt: skip
    shifts = []
    for d in drivers:
        lo = max(first_day, dt.date.fromisoformat(d[5]))
        hi = min(last_day, dt.date.fromisoformat(d[6])) if d[6] else last_day - dt.timedelta(days=1)
        if d[7] == "S":
            hi = min(hi, dt.date(2025, 9, 14) - dt.timedelta(days=d[0] * 3))
        if hi < lo:
            continue
        n = round((hi - lo).days / 1095 * 30 * busy[d[0]] * rng.uniform(0.85, 1.15))
        days = sorted({random_day(rng, lo, hi) for _ in range(n)})
        for day in days:
            label, minute, hours = rng.choice(slots)
            hours = max(4, min(12, hours + rng.choice([-2, -1, -1, 0, 0, 0, 1])))
            half = rng.random() < 0.25
            length = hours * 60 + (30 if half else 0)
            car = own_car.get(d[0]) or pool_car(day)
            if d[0] in own_car and rng.random() < 0.06:
                car = pool_car(day)
            end = _ts(day, minute + length)
            shifts.append([d[0], car[0], day, label, end.strftime("%H:%M"), length / 60, minute])
    shifts.sort(key=lambda s: (s[2], s[6], s[0]))
    shift_rows = [(i, s[0], s[1], s[2].isoformat(), s[3], s[4], s[5]) for i, s in enumerate(shifts, 1)]

    # jobs: inside shifts, plus bookings that were never dispatched
    zone_codes = [z[0] for z in _ZONES]
    base_town = {"STK": "Stockport", "MAC": "Macclesfield", "WLM": "Wilmslow"}
    driver_base = {d[0]: d[4] for d in drivers}
    raw_jobs = []

    def pick_zones(base: str, acct: int | None) -> tuple[str, str]:
        town = base_town[base]
        pw = [z[6] * (3 if z[2] == town else 1) for z in _ZONES]
        dw = [z[7] * (2 if z[2] == town else 1) for z in _ZONES]
        pu = rng.choices(zone_codes, weights=pw)[0]
        if acct in acct_home and rng.random() < 0.6:
            pu = acct_home[acct]
        do = rng.choices(zone_codes, weights=dw)[0]
        if acct == 2:
            pu, do = ("MA1", pu) if rng.random() < 0.5 else (pu, "MA1")
            if pu == do:
                do = "SK1"
        return pu, do

    def pick_account(day: dt.date) -> int | None:
        if rng.random() > 0.38:
            return None
        iso = day.isoformat()
        ok = [(a[0], acct_weight[a[0] - 1]) for a in accounts if a[5] <= iso]
        return rng.choices([a for a, _ in ok], weights=[w for _, w in ok])[0]

    for s_id, drv_id, veh_id, day, _, length, minute in [(i, *s[:3], s[3], s[5], s[6]) for i, s in
                                                         enumerate(shifts, 1)]:  # fmt: skip
        n = rng.choices([0, 1, 2, 3, 4, 5], weights=[1, 3, 5, 5, 3, 1])[0]
        if length >= 10:
            n += 1
        for _ in range(n):
            pu_ts = _ts(day, minute + rng.randrange(0, int(length * 60) - 20))
            acct = pick_account(day)
            raw_jobs.append([acct, pu_ts, drv_id, veh_id, driver_base[drv_id]])
    for _ in range(330):
        day = random_day(rng, first_day, last_day)
        pu_ts = _ts(day, rng.randrange(5 * 60, 24 * 60))
        acct = pick_account(day)
        raw_jobs.append([acct, pu_ts, None, None, rng.choices(["STK", "MAC", "WLM"], weights=[6, 3, 2])[0]])
    raw_jobs.sort(key=lambda j: (j[1], j[2] or 0))
    jobs, fares = [], []
    veh_seats = {v[0]: v[5] for v in vehicles}
    for acct, pu_ts, drv_id, veh_id, base in raw_jobs:
        job_id = len(jobs) + 1
        pu, do = pick_zones(base, acct)
        if acct is not None:
            src = rng.choices(["ACC", "TEL", "WEB"], weights=[6, 3, 1])[0]
        else:
            app_share = {2023: 3, 2024: 5, 2025: 8}[pu_ts.year]
            src = rng.choices(["TEL", "APP", "WEB"], weights=[8, app_share, 2])[0]
        lead = rng.choice([5, 10, 15, 20, 30, 45, 60, 120, 240, 720, 1440, 2880, 10080])
        if src == "APP":
            lead = rng.choice([3, 5, 8, 10, 15, 20, 30])
        bk_ts = pu_ts - dt.timedelta(minutes=lead + rng.randrange(0, 5))
        seats = veh_seats.get(veh_id, 4)
        pax = min(seats, rng.choices([1, 2, 3, 4, 5, 6], weights=[55, 22, 9, 8, 3, 3])[0])
        iso = pu_ts.date().isoformat()
        if iso in _BANK_HOLIDAYS:
            trf = "T3"
        elif "MA1" in (pu, do):
            trf = "T4"
        elif pu_ts.hour >= 22 or pu_ts.hour < 6 or pu_ts.weekday() == 6:
            trf = "T2"
        else:
            trf = "T1"
        if drv_id is None:
            sts, cxl = "X", rng.choices(["CUST", "NOCAR", "DUP"], weights=[5, 4, 1])[0]
        else:
            sts = rng.choices(["C", "X", "N"], weights=[91, 5, 4])[0]
            cxl = "CUST" if sts == "X" else None
        (x1, y1), (x2, y2) = where[pu], where[do]
        dist = round(math.hypot(x1 - x2, y1 - y2) * rng.uniform(1.2, 1.45) + rng.uniform(1.2, 3.5), 1)
        jobs.append((job_id, f"J{23000000 + job_id * 3}", acct, src, bk_ts.strftime("%Y-%m-%d %H:%M"),
                     pu_ts.strftime("%Y-%m-%d %H:%M"), pu, do, pax, drv_id, veh_id, trf, sts, cxl,
                     dist if sts == "C" else None))  # fmt: skip
        tariff = next(t for t in tariffs if t[0] == trf)
        if sts == "C":
            fare_amt = round(tariff[2] + tariff[3] * dist, 1)
            wait = round(tariff[4] * rng.choice([0, 0, 0, 0, 2, 3, 5, 8, 12]), 2)
            extra = rng.choice([0, 0, 0, 0, 0, 1.5, 2.0]) + (5.0 if "MA1" in (pu, do) and rng.random() < 0.7 else 0)
            if pax > 4:
                extra += 5.0
        elif sts == "N" and rng.random() < 0.6:
            fare_amt, wait, extra = round(tariff[2] + 5.0, 2), round(tariff[4] * 10, 2), 0.0
        else:
            continue
        if acct is not None:
            pay, tip = "ACC", None
            paid = pu_ts.date() + dt.timedelta(days=rng.randint(20, 75))
            if accounts[acct - 1][6] == "H" and rng.random() < 0.6:
                paid = None
            paid = None if paid is None or paid > dt.date(2026, 1, 15) else paid.isoformat()
        else:
            card_share = {2023: 4, 2024: 5, 2025: 7}[pu_ts.year]
            pay = "CRD" if src == "APP" else rng.choices(["CSH", "CRD"], weights=[10 - card_share, card_share])[0]
            tip = rng.choice([1.0, 2.0, 2.0, 3.0, 5.0]) if sts == "C" and rng.random() < 0.3 else None
            paid = pu_ts.date().isoformat()
        total = round(fare_amt + wait + extra + (tip or 0), 2)
        fares.append((len(fares) + 1, job_id, fare_amt, wait, round(extra, 2), tip, total, pay, paid))

    # complaints: a couple of drivers draw most of them
    worst = {17: 14, 29: 9, 3: 2.5, 52: 4}
    done = [j for j in jobs if j[12] in ("C", "N") or (j[12] == "X" and j[13] == "NOCAR")]
    weights = [worst.get(j[9], 1) if j[9] else 2.5 for j in done]
    chosen = []
    seen = set()
    while len(chosen) < 175:
        job = rng.choices(done, weights=weights)[0]
        if job[0] in seen:
            continue
        seen.add(job[0])
        chosen.append(job)
    chosen.sort(key=lambda j: j[5])
    complaints = []
    for job in chosen:
        day = dt.date.fromisoformat(job[5][:10]) + dt.timedelta(days=rng.choice([0, 0, 1, 1, 2, 3, 5, 9]))
        cat = rng.choices([c for c, _ in _CMPL_CATS], weights=[w for _, w in _CMPL_CATS])[0]
        if job[9] is None or job[12] == "X":
            cat = "BOOK"
        drv_id = None if cat == "BOOK" else job[9]
        if job[9] in (17, 29) and cat in ("BOOK", "ROUT"):
            cat, drv_id = "COND", job[9]
        still_open = day > dt.date(2025, 11, 10) or rng.random() < 0.06
        if still_open:
            sts, outcome, refund, closed = "O", None, None, None
        else:
            sts = "C"
            outcome = rng.choices(["UPH", "PRT", "NUP"], weights=[4, 2, 3])[0]
            if drv_id in (17, 29):
                outcome = rng.choices(["UPH", "PRT", "NUP"], weights=[7, 2, 1])[0]
            refund = None
            if outcome != "NUP" and cat in ("LATE", "FARE", "ROUT", "BOOK") and rng.random() < 0.7:
                refund = rng.choice([5.0, 8.0, 10.0, 12.5, 15.0, 20.0])
            closed = (day + dt.timedelta(days=rng.randint(1, 40))).isoformat()
        complaints.append((len(complaints) + 1, job[0], drv_id, day.isoformat(), cat, sts, outcome, refund, closed))
    return {"base": bases, "zone": zones, "tariff": tariffs, "drv": drivers, "veh": vehicles,
            "cust_acct": accounts, "shft": shift_rows, "job": jobs, "fare": fares, "cmpl": complaints}  # fmt: skip


def build_taxi_database(path: str | Path) -> Path:
    """Write the taxi firm's database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
