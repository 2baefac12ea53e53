"""A made-up company running pay car parks and on-street parking in five North Yorkshire towns, written by someone
who had not seen the engine's rules: the ``parking`` dev set's database.

The company runs fifteen sites in Harrogate, Ripon, Skipton, Whitby and Knaresborough: multi-storeys, surface car
parks, on-street zones and two park and rides. Drivers pay at a pay-and-display machine or by app or phone; holders
buy permits for a site; civil enforcement officers patrol the sites and issue penalty charge notices (PCNs), which
drivers may appeal; the pay machines are repaired and serviced by contractors. Names are terse, the way the old
back-office system spells them. Eleven tables with foreign keys:

- ``cp_site``: a site: ``site_cd`` (HG01 ...), ``site_nm``, ``town`` (Harrogate, Ripon, Skipton, Whitby,
  Knaresborough), ``site_typ`` 'MS' multi-storey / 'SF' surface car park / 'OS' on-street zone / 'PR' park and ride,
  the tariff: ``trf_cd`` 'T1' economy, 'T2' standard, 'T3' premium, 'T4' on-street short stay, 'T5' park and ride,
  with ``hr_rate_gbp`` (the price of an hour) and ``max_stay_hr`` (NULL when there is no limit), ``opn_24h`` 0/1 and
  ``opened_dt``.
- ``bay``: a marked bay at a site: ``bay_no``, ``bay_typ`` 'STD' standard / 'DIS' disabled (blue badge) / 'EV'
  electric charging / 'PCF' parent and child / 'MCY' motorcycle / 'PRM' permit holders only, ``sts`` 'A' in use /
  'S' suspended / 'C' closed.
- ``prmt_hldr``: a permit holder account: ``acct_no``, ``fnm``, ``snm``, ``hldr_typ`` 'RES' resident / 'BUS'
  business / 'STF' staff of a local employer / 'CMT' commuter, ``town``, ``reg_dt`` (registered), ``email_ok`` 0/1.
  Some holders have never bought a permit; a few business accounts hold many.
- ``permit``: a permit for one vehicle (``vrm``, the registration) at one site: ``prmt_no``, ``prmt_cls`` 'ANN'
  annual / 'QTR' quarterly / 'MTH' monthly, ``start_dt``, ``end_dt``, ``fee_gbp``, ``sts`` 'ACT' active / 'EXP'
  expired / 'CAN' cancelled (status as of 30 June 2025).
- ``park_sess``: a parking session: site, ``vrm``, ``chan`` 'PD' pay-and-display machine / 'APP' app / 'PHN' phone,
  ``start_ts`` and ``end_ts`` ('YYYY-MM-DD HH:MM') and ``dur_min``.
- ``sess_pmt``: a payment for a session (an app session that was extended has two): ``pay_mth`` 'CSH' cash / 'CRD'
  card / 'CTL' contactless / 'APP' app wallet, ``amt_gbp``, ``pd_ts``, ``mach_id`` (the machine, for
  pay-and-display; NULL otherwise), ``sts`` 'OK' / 'DEC' declined / 'REF' refunded.
- ``pay_mach``: a pay machine at a site (the Whitby park and ride has none: it is app and phone only):
  ``mach_ref``, ``mdl`` (Metric Elite, Metric Aura, Flowbird Strada, Parkeon Stelio), ``inst_dt``, ``cash_ok`` 0/1
  (takes coins), ``sts`` 'IS' in service / 'OOS' out of service / 'RMV' removed.
- ``mach_maint``: a maintenance job on a machine: ``rpt_dt`` (reported), ``fault_cd`` 'CJ' coin jam / 'PO' paper
  out / 'CR' card reader fault / 'DS' display fault / 'VD' vandalism / 'PW' power fault / 'SV' scheduled service,
  ``fix_dt`` (NULL while open), ``cost_gbp``, ``contr`` 'MTC' Metric / 'FLB' Flowbird / 'INH' in-house. A few
  machines never needed a visit; one is a lemon.
- ``enf_off``: a civil enforcement officer: ``badge_no``, ``fnm``, ``snm``, ``grade`` 'CEO' officer / 'SCEO' senior
  / 'SUP' supervisor, ``base_town``, ``start_dt``, ``leave_dt`` (NULL while employed).
- ``patrol``: an officer's patrol of a site: ``ptl_dt``, ``start_tm`` ('HH:MM'), ``ptl_mins``. One park and ride
  has never been patrolled.
- ``pcn``: a penalty charge notice issued by an officer at a site: ``pcn_no``, ``vrm``, ``iss_dt``, ``iss_tm``,
  ``contr_cd`` (contravention code: on-street '01' restricted street, '02' loading restriction, '05' after paid time
  expired, '06' no valid ticket displayed, '12' residents' or permit bay, '30' over the maximum stay, '40' disabled
  bay without a badge; car parks '81' restricted area, '82' after paid time expired, '83' no valid ticket
  displayed, '86' outside bay markings, '87' disabled bay without a badge, '91' bay not for that vehicle class),
  ``chg_gbp`` 70 higher / 50 lower, ``sts`` 'PD' paid / 'OP' open / 'CN' cancelled / 'DR' registered as a debt /
  'WO' written off, ``pd_amt_gbp`` and ``pd_dt`` (half the charge if paid within 14 days, one and a half times it
  after a charge certificate), and the appeal, when there was one: ``appl_dt``, ``appl_stg`` (furthest stage 'INF'
  informal challenge / 'FRM' formal representation / 'TPT' Traffic Penalty Tribunal) and ``appl_res`` 'ALW' allowed
  / 'REJ' rejected / 'PND' pending.

Rows come from a fixed seed, so every build holds the same rows. Sessions, payments, patrols, PCNs and maintenance
jobs run from 1 January 2023 to 30 June 2025 (the Whitby park and ride opened in May 2024); permits start from July
2022 and the last run into 2026. Whitby is busiest in summer, people move from the machines to the app over time, a
few cars park very often and a few collect many PCNs, one supervisor has never issued a PCN.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_parking_database(pathlib.Path(tempfile.mkdtemp()) / "parking.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM cp_site").fetchone()
    (15,)
"""

from __future__ import annotations

import datetime as dt
import math
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_parking_database"]

_SCHEMA = """
CREATE TABLE cp_site (
    site_id INTEGER PRIMARY KEY, site_cd TEXT NOT NULL, site_nm TEXT NOT NULL, town TEXT NOT NULL,
    site_typ TEXT NOT NULL, trf_cd TEXT NOT NULL, hr_rate_gbp NUMERIC NOT NULL, max_stay_hr INTEGER,
    opn_24h INTEGER NOT NULL, opened_dt DATE NOT NULL
);
CREATE TABLE bay (
    bay_id INTEGER PRIMARY KEY, site_id INTEGER NOT NULL REFERENCES cp_site (site_id), bay_no TEXT NOT NULL,
    bay_typ TEXT NOT NULL, sts TEXT NOT NULL
);
CREATE TABLE prmt_hldr (
    hldr_id INTEGER PRIMARY KEY, acct_no TEXT NOT NULL, fnm TEXT NOT NULL, snm TEXT NOT NULL,
    hldr_typ TEXT NOT NULL, town TEXT NOT NULL, reg_dt DATE NOT NULL, email_ok INTEGER NOT NULL
);
CREATE TABLE permit (
    prmt_id INTEGER PRIMARY KEY, prmt_no TEXT NOT NULL, hldr_id INTEGER NOT NULL REFERENCES prmt_hldr (hldr_id),
    site_id INTEGER NOT NULL REFERENCES cp_site (site_id), prmt_cls TEXT NOT NULL, vrm TEXT NOT NULL,
    start_dt DATE NOT NULL, end_dt DATE NOT NULL, fee_gbp NUMERIC NOT NULL, sts TEXT NOT NULL
);
CREATE TABLE park_sess (
    sess_id INTEGER PRIMARY KEY, site_id INTEGER NOT NULL REFERENCES cp_site (site_id), vrm TEXT NOT NULL,
    chan TEXT NOT NULL, start_ts TEXT NOT NULL, end_ts TEXT NOT NULL, dur_min INTEGER NOT NULL
);
CREATE TABLE pay_mach (
    mach_id INTEGER PRIMARY KEY, mach_ref TEXT NOT NULL, site_id INTEGER NOT NULL REFERENCES cp_site (site_id),
    mdl TEXT NOT NULL, inst_dt DATE NOT NULL, cash_ok INTEGER NOT NULL, sts TEXT NOT NULL
);
CREATE TABLE sess_pmt (
    pmt_id INTEGER PRIMARY KEY, sess_id INTEGER NOT NULL REFERENCES park_sess (sess_id),
    mach_id INTEGER REFERENCES pay_mach (mach_id), pay_mth TEXT NOT NULL, amt_gbp NUMERIC NOT NULL,
    pd_ts TEXT NOT NULL, sts TEXT NOT NULL
);
CREATE TABLE mach_maint (
    job_id INTEGER PRIMARY KEY, mach_id INTEGER NOT NULL REFERENCES pay_mach (mach_id), rpt_dt DATE NOT NULL,
    fault_cd TEXT NOT NULL, fix_dt DATE, cost_gbp NUMERIC NOT NULL, contr TEXT NOT NULL
);
CREATE TABLE enf_off (
    off_id INTEGER PRIMARY KEY, badge_no TEXT NOT NULL, fnm TEXT NOT NULL, snm TEXT NOT NULL, grade TEXT NOT NULL,
    base_town TEXT NOT NULL, start_dt DATE NOT NULL, leave_dt DATE
);
CREATE TABLE patrol (
    ptl_id INTEGER PRIMARY KEY, off_id INTEGER NOT NULL REFERENCES enf_off (off_id),
    site_id INTEGER NOT NULL REFERENCES cp_site (site_id), ptl_dt DATE NOT NULL, start_tm TEXT NOT NULL,
    ptl_mins INTEGER NOT NULL
);
CREATE TABLE pcn (
    pcn_id INTEGER PRIMARY KEY, pcn_no TEXT NOT NULL, site_id INTEGER NOT NULL REFERENCES cp_site (site_id),
    off_id INTEGER NOT NULL REFERENCES enf_off (off_id), vrm TEXT NOT NULL, iss_dt DATE NOT NULL,
    iss_tm TEXT NOT NULL, contr_cd TEXT NOT NULL, chg_gbp NUMERIC NOT NULL, sts TEXT NOT NULL, pd_amt_gbp NUMERIC,
    pd_dt DATE, appl_dt DATE, appl_stg TEXT, appl_res TEXT
);
"""

_START, _END = dt.date(2023, 1, 1), dt.date(2025, 6, 30)
#: tariff code -> price of an hour, maximum stay in hours
_TARIFFS = {"T1": (1.10, None), "T2": (1.40, None), "T3": (1.80, None), "T4": (2.20, 2), "T5": (0.60, None)}
#: code, name, town, type, tariff, open all hours, opened, busyness, bays
_SITES = [
    ("HG01", "Victoria MSCP", "Harrogate", "MS", "T3", 1, "2009-03-02", 14, 420),
    ("HG02", "West Park", "Harrogate", "SF", "T2", 0, "2001-05-14", 8, 140),
    ("HG03", "Montpellier Street", "Harrogate", "OS", "T4", 0, "2012-07-01", 9, 38),
    ("HG04", "Pannal Park & Ride", "Harrogate", "PR", "T5", 0, "2018-04-03", 4, 300),
    ("RP01", "Market Place", "Ripon", "OS", "T4", 0, "2010-01-04", 6, 44),
    ("RP02", "Victoria Grove", "Ripon", "SF", "T1", 0, "2004-09-20", 4, 90),
    ("SK01", "Coach Street", "Skipton", "SF", "T2", 0, "2003-06-02", 7, 160),
    ("SK02", "Cavendish Street MSCP", "Skipton", "MS", "T3", 1, "2015-11-16", 6, 280),
    ("SK03", "Canal Basin", "Skipton", "SF", "T1", 0, "2006-03-13", 3, 70),
    ("WB01", "Marina Front", "Whitby", "SF", "T3", 1, "2008-05-01", 11, 210),
    ("WB02", "Royal Crescent", "Whitby", "OS", "T4", 0, "2011-04-11", 5, 36),
    ("WB03", "Abbey Headland", "Whitby", "SF", "T2", 0, "2005-07-18", 8, 180),
    ("WB04", "Stainsacre Park & Ride", "Whitby", "PR", "T5", 0, "2024-05-20", 3, 250),
    ("KN01", "Chapel Street", "Knaresborough", "SF", "T1", 0, "2002-02-11", 4, 80),
    ("KN02", "Castle Yard", "Knaresborough", "SF", "T2", 0, "2007-08-06", 5, 60),
]  # fmt: skip
_TOWNS = ["Harrogate", "Ripon", "Skipton", "Whitby", "Knaresborough"]
_FIRST = [
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
    "James",
    "Susan",
    "Ian",
    "Karen",
    "Peter",
    "Julie",
    "Graham",
    "Alison",
    "Robert",
    "Michelle",
    "Neil",
    "Amanda",
    "Craig",
    "Deborah",
]
_SURNAMES = [
    "Smith",
    "Jones",
    "Taylor",
    "Brown",
    "Wilson",
    "Robinson",
    "Wright",
    "Thompson",
    "Walker",
    "White",
    "Hall",
    "Wood",
    "Jackson",
    "Clarke",
    "Hughes",
    "Harrison",
    "Turner",
    "Hill",
    "Cooper",
    "Ward",
    "Moore",
    "Atkinson",
    "Metcalfe",
    "Dawson",
    "Lister",
    "Sutcliffe",
    "Binns",
    "Pickles",
    "Ackroyd",
    "Hebden",
    "Fawcett",
    "Ramsden",
    "Storey",
    "Outhwaite",
    "Hussain",
    "Akhtar",
    "Nowak",
    "Kowalski",
    "Brennan",
    "Shaw",
]
_BUSINESSES = [
    "Dales Veterinary",
    "Nidd Valley Builders",
    "Harlow Hill Dental",
    "Craven Plumbing",
    "Abbey Fisheries",
    "Stray Lettings",
    "Ure Electrical",
    "Moorside Care",
]
_FAULTS = [("CJ", 22, 40, 90), ("PO", 18, 25, 45), ("CR", 16, 80, 260), ("DS", 8, 90, 320), ("VD", 6, 150, 900),
           ("PW", 7, 60, 400), ("SV", 23, 55, 75)]  # fmt: skip
_ON_STREET = [("01", 18, 70), ("02", 8, 70), ("05", 22, 50), ("06", 16, 50), ("12", 14, 70), ("30", 16, 50),
              ("40", 6, 70)]  # fmt: skip
_CAR_PARK = [("81", 5, 70), ("82", 34, 50), ("83", 30, 50), ("86", 14, 50), ("87", 9, 70), ("91", 8, 70)]
_OFFICERS = [  # grade, base town, start, leave, keenness (PCNs per patrol)
    ("SUP", "Harrogate", "2014-02-03", None, 0.0), ("SCEO", "Harrogate", "2016-06-13", None, 1.1),
    ("CEO", "Harrogate", "2019-03-04", None, 1.6), ("CEO", "Harrogate", "2021-09-06", None, 0.9),
    ("CEO", "Harrogate", "2025-03-03", None, 0.8), ("SCEO", "Ripon", "2015-10-12", None, 0.9),
    ("CEO", "Ripon", "2020-01-13", "2024-03-29", 0.7), ("SCEO", "Skipton", "2017-05-22", None, 1.0),
    ("CEO", "Skipton", "2022-04-19", None, 1.3), ("SUP", "Whitby", "2012-08-20", None, 0.2),
    ("CEO", "Whitby", "2018-07-02", None, 1.2), ("CEO", "Whitby", "2023-05-15", None, 1.0),
    ("CEO", "Whitby", "2022-02-07", "2024-10-31", 0.8), ("SCEO", "Knaresborough", "2013-01-07", None, 0.9),
    ("CEO", "Knaresborough", "2023-09-04", None, 0.7),
]  # fmt: skip


def _vrm(rng: random.Random) -> str:
    letters = "ABCDEFGHJKLMNOPRSTUVWXY"
    return (f"{rng.choice('YYYYSSNNHHLLMMWBDF')}{rng.choice(letters)}{rng.choice([*range(12, 25), *range(62, 75)])}"
            f" {''.join(rng.choice(letters) for _ in range(3))}")  # fmt: skip


def _busy_day(rng: random.Random, town: str, start: dt.date) -> dt.date:
    """A day from ``start`` to the end of the period, more often in summer (very much so in Whitby) and at weekends."""
    while True:
        day = random_day(rng, start, _END)
        weight = 1.0 + (0.35 if day.weekday() >= 5 else 0.0)
        if day.month in (7, 8):
            weight += 1.6 if town == "Whitby" else 0.3
        elif day.month in (4, 5, 6, 9):
            weight += 0.6 if town == "Whitby" else 0.1
        elif day.month in (1, 2):
            weight -= 0.3
        if day.month == 12 and town == "Harrogate":
            weight += 0.4  # Christmas shopping
        if rng.random() * 3.0 < weight:
            return day


def _rows(seed: int = 52713) -> dict[str, list[tuple]]:  # noqa: PLR0915 - one generator per table, in order
    rng = random.Random(seed)
    sites = []
    for i, (code, name, town, kind, tariff, all_hours, opened, _, _) in enumerate(_SITES, 1):
        rate, max_stay = _TARIFFS[tariff]
        sites.append((i, code, name, town, kind, tariff, rate, max_stay, all_hours, opened))
    # bays
    bays = []
    for site in sites:
        n_bays, kind = _SITES[site[0] - 1][8], site[4]
        for n in range(1, n_bays + 1):
            if kind == "OS":
                bay_type = rng.choices(["STD", "DIS", "PRM", "MCY"], weights=[70, 8, 20, 2])[0]
            elif kind == "PR":
                bay_type = rng.choices(["STD", "DIS", "EV", "MCY"], weights=[90, 5, 4, 1])[0]
            else:
                bay_type = rng.choices(["STD", "DIS", "EV", "PCF", "MCY", "PRM"], weights=[76, 6, 3, 5, 2, 8])[0]
                if site[1] in ("RP02", "KN01", "SK03") and bay_type == "EV":
                    bay_type = "STD"  # the economy car parks have no chargers
            status = rng.choices(["A", "S", "C"], weights=[95, 3, 2])[0]
            label = f"L{(n - 1) // 100}-{n % 100:02d}" if kind == "MS" else f"{site[1][:2]}{n:03d}"
            bays.append((len(bays) + 1, site[0], label, bay_type, status))
    # permit holders and their permits
    names = rng.sample([(f, s) for f in _FIRST for s in _SURNAMES], 330)
    holders = []
    for i in range(1, 331):
        kind = rng.choices(["RES", "BUS", "STF", "CMT"], weights=[52, 12, 14, 22])[0]
        first, last = names[i - 1]
        if kind == "BUS" and i % 3 == 0:
            first, last = "Accounts", _BUSINESSES[(i // 3) % len(_BUSINESSES)]
        town = rng.choices(_TOWNS, weights=[40, 14, 18, 16, 12])[0]
        registered = random_day(rng, dt.date(2016, 1, 4), dt.date(2025, 6, 20))
        holders.append((i, f"PH{40000 + i * 13}", first, last, kind, town, registered.isoformat(),
                        int(rng.random() < 0.62)))  # fmt: skip
    annual = {"RES": 95, "BUS": 540, "STF": 300, "CMT": 420}
    permits = []
    for holder in holders:
        kind, town = holder[4], holder[5]
        if holder[0] % 9 == 4:
            continue  # registered, never bought a permit
        count = {"RES": rng.choice([1, 1, 1, 2]), "BUS": rng.randint(2, 6), "STF": rng.choice([1, 1, 2]),
                 "CMT": rng.choice([1, 1, 2, 3])}[kind]  # fmt: skip
        if holder[0] in (17, 118, 203) and kind == "BUS":
            count = rng.randint(9, 14)
        allowed = [s for s in sites if s[3] == town and s[1] not in ("WB04", "SK03")]
        if kind == "RES":
            allowed = [s for s in allowed if s[4] == "OS"] or [s for s in allowed if s[4] == "SF"]
        elif kind in ("STF", "CMT"):
            allowed = [s for s in allowed if s[4] != "OS"]
        vehicles = [_vrm(rng) for _ in range(max(1, count // 2))]
        for _ in range(count):
            site = rng.choice(allowed)
            cls = rng.choices(["ANN", "QTR", "MTH"], weights=[5, 3, 2] if kind != "CMT" else [3, 3, 4])[0]
            registered = dt.date.fromisoformat(holder[6])
            start = random_day(rng, max(registered, dt.date(2022, 7, 1)), _END - dt.timedelta(days=10))
            months = {"ANN": 12, "QTR": 3, "MTH": 1}[cls]
            year, month = start.year + (start.month - 1 + months) // 12, (start.month - 1 + months) % 12 + 1
            end = dt.date(year, month, min(start.day, 28)) - dt.timedelta(days=1)
            fee = round(annual[kind] * {"ANN": 1.0, "QTR": 0.3, "MTH": 0.11}[cls] * (1.15 if site[4] == "MS" else 1))
            status = "CAN" if rng.random() < 0.05 else ("ACT" if end >= _END else "EXP")
            permits.append((len(permits) + 1, "", holder[0], site[0], cls, rng.choice(vehicles),
                            start.isoformat(), end.isoformat(), fee, status))  # fmt: skip
    permits.sort(key=lambda p: (p[6], p[2]))
    permits = [(i, f"P{start[2:4]}{i:05d}", *p[2:]) for i, p in enumerate(permits, 1) for start in [p[6]]]
    # pay machines
    machines = []
    models = [("Metric Elite", 1, "MTC"), ("Metric Aura", 0, "MTC"), ("Flowbird Strada", 0, "FLB"),
              ("Parkeon Stelio", 1, "FLB")]  # fmt: skip
    for site in sites:
        if site[1] == "WB04":
            continue  # app and phone only
        n = {"MS": 3, "SF": 2, "OS": 3, "PR": 1}[site[4]] + (1 if _SITES[site[0] - 1][8] > 200 else 0)
        for k in range(1, n + 1):
            model = rng.choices(models, weights=[3, 3, 3, 2])[0]
            installed = max(dt.date.fromisoformat(site[9]), random_day(rng, dt.date(2014, 1, 6), dt.date(2022, 6, 30)))
            status = "IS"
            machines.append([len(machines) + 1, f"{site[1]}-M{k}", site[0], model[0], installed.isoformat(),
                             model[1], status])  # fmt: skip
    machines[5][6] = "OOS"
    machines[17][6] = "RMV"
    machines[29][6] = "OOS"
    machines = [tuple(m) for m in machines]
    contractor = {m[0]: next(x[2] for x in models if x[0] == m[3]) for m in machines}
    # sessions and payments
    vrms = sorted({_vrm(rng) for _ in range(3200)})
    rng.shuffle(vrms)
    vrm_weights = [40 if i < 6 else (8 if i < 40 else 1) for i in range(len(vrms))]
    site_weights = [s[7] for s in _SITES]
    sessions, payments = [], []
    for _ in range(7200):
        site = rng.choices(sites, weights=site_weights)[0]
        town, kind = site[3], site[4]
        day = _busy_day(rng, town, max(_START, dt.date.fromisoformat(site[9])))
        if kind == "OS":
            minutes = rng.choice([15, 20, 30, 30, 45, 60, 60, 75, 90, 120, 120])
        elif kind == "PR":
            minutes = rng.randint(150, 560)
        else:
            minutes = max(20, min(720, round(rng.lognormvariate(4.9, 0.6))))
        if site[7] is not None:
            minutes = min(minutes, site[7] * 60)
        begin = dt.datetime.combine(day, dt.time(rng.choices(range(7, 20), weights=[2, 6, 9, 10, 10, 9, 8, 7, 6, 4,
                                                                                         3, 2, 2])[0],
                                                 rng.randrange(60)))  # fmt: skip
        finish = begin + dt.timedelta(minutes=minutes)
        year_share = {2023: 0.46, 2024: 0.37, 2025: 0.3}[day.year]  # people move to the app
        live = [m for m in machines if m[2] == site[0] and m[4] <= day.isoformat() and m[6] != "RMV"]
        if not live:
            channel = rng.choices(["APP", "PHN"], weights=[8, 1])[0]
        else:
            channel = rng.choices(["PD", "APP", "PHN"], weights=[year_share + 0.15, 0.75 - year_share, 0.1])[0]
        vrm = rng.choices(vrms, weights=vrm_weights)[0]
        sess_id = len(sessions) + 1
        sessions.append((sess_id, site[0], vrm, channel, begin.strftime("%Y-%m-%d %H:%M"),
                         finish.strftime("%Y-%m-%d %H:%M"), minutes))  # fmt: skip
        price = round(site[6] * math.ceil(minutes / 60), 2)
        if channel == "PD":
            machine = rng.choice(live)
            methods = ["CSH", "CRD", "CTL"] if machine[5] else ["CRD", "CTL"]
            cash_weight = {2023: 5, 2024: 3, 2025: 2}[day.year]
            method = rng.choices(methods, weights=[cash_weight, 3, 5] if machine[5] else [3, 5])[0]
            paid_at = begin
            if method != "CSH" and rng.random() < 0.04:
                payments.append((sess_id, machine[0], method, price, paid_at.strftime("%Y-%m-%d %H:%M"), "DEC"))
                paid_at += dt.timedelta(minutes=1)
            payments.append((sess_id, machine[0], method, price, paid_at.strftime("%Y-%m-%d %H:%M"), "OK"))
        else:
            method = "APP" if channel == "APP" else "CRD"
            fee = 0.2 if channel == "PHN" else 0.0
            if channel == "APP" and minutes >= 120 and rng.random() < 0.18:
                first_hours = rng.randint(1, math.ceil(minutes / 60) - 1)
                first = round(site[6] * first_hours, 2)
                payments.append((sess_id, None, method, first, begin.strftime("%Y-%m-%d %H:%M"), "OK"))
                extended = begin + dt.timedelta(minutes=first_hours * 60 - rng.randint(3, 15))
                payments.append((sess_id, None, method, round(price - first, 2), extended.strftime("%Y-%m-%d %H:%M"),
                                 "OK"))  # fmt: skip
            else:
                status = "REF" if rng.random() < 0.02 else "OK"
                payments.append((sess_id, None, method, round(price + fee, 2), begin.strftime("%Y-%m-%d %H:%M"),
                                 status))  # fmt: skip
    order = sorted(range(len(sessions)), key=lambda i: (sessions[i][4], sessions[i][1]))
    renumber = {sessions[i][0]: n for n, i in enumerate(order, 1)}
    sessions = [(renumber[s[0]], *s[1:]) for s in (sessions[i] for i in order)]
    payments.sort(key=lambda p: (p[4], renumber[p[0]], p[5] != "DEC"))
    payments = [(n, renumber[p[0]], *p[1:]) for n, p in enumerate(payments, 1)]
    # maintenance jobs
    jobs = []
    job_weights = [0 if m[0] % 8 == 3 or m[6] == "RMV" else (9 if m[0] == 9 else (2 if m[3] == "Parkeon Stelio"
                   else 1)) for m in machines]  # fmt: skip
    while len(jobs) < 460:
        machine = rng.choices(machines, weights=job_weights)[0]
        code, _, low, high = rng.choices(_FAULTS, weights=[f[1] for f in _FAULTS])[0]
        if code == "CJ" and not machine[5]:
            continue  # no coins, no coin jams
        reported = random_day(rng, max(_START, dt.date.fromisoformat(machine[4])), _END)
        fixed = reported + dt.timedelta(days=rng.choices([0, 1, 2, 3, 5, 8, 14], weights=[20, 30, 18, 12, 8, 6, 3])[0])
        fix = None if fixed > _END or (machine[6] == "OOS" and reported > dt.date(2025, 5, 1)) else fixed.isoformat()
        who = "INH" if code in ("CJ", "PO") and rng.random() < 0.7 else contractor[machine[0]]
        cost = round(rng.uniform(low, high), 2) if who != "INH" else round(rng.uniform(15, 35), 2)
        jobs.append((machine[0], reported.isoformat(), code, fix, cost, who))
    jobs.sort(key=lambda j: (j[1], j[0]))
    jobs = [(i, *j) for i, j in enumerate(jobs, 1)]
    # officers and patrols
    officer_names = rng.sample([(f, s) for f in _FIRST for s in _SURNAMES], len(_OFFICERS))
    officers = []
    for i, (grade, town, start, leave, _) in enumerate(_OFFICERS, 1):
        first, last = officer_names[i - 1]
        officers.append((i, f"NY{3100 + i * 17}", first, last, grade, town, start, leave))
    patrols = []
    patrolled = [s for s in sites if s[1] != "WB04"]
    for officer in officers:
        first = max(_START, dt.date.fromisoformat(officer[6]))
        last = dt.date.fromisoformat(officer[7]) if officer[7] else _END
        days = (last - first).days
        n = round(days / 912 * (70 if officer[4] == "SUP" else 210))
        for _ in range(n):
            town = officer[5] if rng.random() < 0.85 else rng.choice(_TOWNS)
            site = rng.choice([s for s in patrolled if s[3] == town])
            day = random_day(rng, first, last)
            while day.weekday() == 6 and rng.random() < 0.7:
                day = random_day(rng, first, last)
            begin = f"{rng.randint(8, 17):02d}:{rng.choice(['00', '15', '30', '45'])}"
            patrols.append((officer[0], site[0], day.isoformat(), begin, rng.choice([30, 45, 60, 60, 90, 120, 150])))
    patrols.sort(key=lambda p: (p[2], p[3], p[0]))
    patrols = [(i, *p) for i, p in enumerate(patrols, 1)]
    # penalty charge notices, issued on patrols
    offenders = rng.sample(vrms, 12)
    notices = []
    for patrol in patrols:
        officer, site = officers[patrol[1] - 1], sites[patrol[2] - 1]
        rate = _OFFICERS[officer[0] - 1][4] * {"OS": 1.5, "SF": 0.9, "MS": 0.7, "PR": 0.3}[site[4]]
        rate *= patrol[5] / 75
        count = sum(1 for _ in range(6) if rng.random() < rate / 6)
        for _ in range(count):
            issued = dt.datetime.combine(dt.date.fromisoformat(patrol[3]), dt.time.fromisoformat(patrol[4]))
            issued += dt.timedelta(minutes=rng.randrange(patrol[5]))
            codes = _ON_STREET if site[4] == "OS" else _CAR_PARK
            code, _, charge = rng.choices(codes, weights=[c[1] for c in codes])[0]
            vrm = rng.choice(offenders) if rng.random() < 0.06 else rng.choice(vrms)
            day = issued.date()
            appealed = rng.random() < (0.45 if code in ("40", "87") else 0.26)
            stage = result = appeal_day = None
            status, paid, paid_day = "OP", None, None
            if appealed:
                appeal_day = day + dt.timedelta(days=rng.randint(2, 20))
                stage = rng.choices(["INF", "FRM", "TPT"], weights=[70, 22, 8])[0]
                decided = appeal_day + dt.timedelta(days={"INF": 14, "FRM": 42, "TPT": 90}[stage])
                if appeal_day > _END:
                    appeal_day = None
                    stage = None
                elif decided > _END:
                    result = "PND"
                else:
                    win = {"INF": 0.3, "FRM": 0.4, "TPT": 0.5}[stage] + (0.3 if code in ("40", "87") else 0)
                    result = "ALW" if rng.random() < win else "REJ"
            if result == "ALW":
                status = "CN"
            elif result == "PND":
                status = "OP"
            elif rng.random() < 0.03:
                status = "CN"
            else:
                start_pay = (appeal_day + dt.timedelta(days=30)) if appeal_day else day
                outcome = rng.choices(["disc", "full", "cc", "DR", "WO", "OP"], weights=[55, 16, 8, 6, 4, 11])[0]
                if appeal_day is None and outcome == "disc":
                    paid_day, paid = day + dt.timedelta(days=rng.randint(0, 13)), charge / 2
                elif outcome in ("disc", "full"):
                    paid_day, paid = start_pay + dt.timedelta(days=rng.randint(0, 27)), charge
                elif outcome == "cc":
                    paid_day, paid = start_pay + dt.timedelta(days=rng.randint(56, 120)), charge * 1.5
                elif outcome in ("DR", "WO") and day < dt.date(2024, 9, 1):
                    status = outcome
                if paid_day is not None:
                    status = "PD" if paid_day <= _END else "OP"
                    if paid_day > _END:
                        paid_day, paid = None, None
            notices.append((site[0], officer[0], vrm, day.isoformat(), issued.strftime("%H:%M"), code, charge,
                            status, paid, paid_day.isoformat() if paid_day else None,
                            appeal_day.isoformat() if appeal_day else None, stage, result))  # fmt: skip
    notices.sort(key=lambda n: (n[3], n[4], n[1]))
    notices = [(i, f"NY{n[3][2:4]}{(i * 7919) % 100000:05d}{'ABCDEFGHJK'[i % 10]}", *n)
               for i, n in enumerate(notices, 1)]  # fmt: skip
    return {"cp_site": sites, "bay": bays, "prmt_hldr": holders, "permit": permits, "park_sess": sessions,
            "pay_mach": machines, "sess_pmt": payments, "mach_maint": jobs, "enf_off": officers, "patrol": patrols,
            "pcn": notices}  # fmt: skip


def build_parking_database(path: str | Path) -> Path:
    """Write the car park company's database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
