"""A made-up national charity's fundraising database (a supporter CRM), written by someone who had not seen the
engine's rules: the ``charity`` dev set's database.

Ten tables with foreign keys: ``regions`` (a ``rgn_cd``, name and the regional fundraising manager ``rgn_mgr``),
``supporters`` (a ``supp_ref`` such as S100023: title, first and last name, ``postcode``, region, ``yob`` year of
birth, ``joined_dt``, ``ga_decl`` 1 when a Gift Aid declaration is on file, ``cont_pref`` 'E' email / 'P' post /
'N' no contact, ``stat`` 'A' active / 'L' lapsed / 'D' deceased), ``appeals`` (an ``appeal_cd`` such as XMAS24:
name, ``channel`` (Direct mail, Email, TV, Digital, Face to face), ``launch_dt``, ``close_dt`` and a ``target_amt``
in pounds), ``donations`` (a one-off gift by a supporter to an appeal: ``don_dt``, ``amt`` in pounds, ``pay_mthd``
'CC' card / 'CHQ' cheque / 'CASH' / 'BACS' bank transfer / 'PP' PayPal, ``ga_flag`` 1 when Gift Aid can be claimed),
``reg_gifts`` (a regular giving mandate: ``freq`` 'M' monthly / 'Q' quarterly / 'A' annual, ``instal_amt`` per
payment, ``mthd`` 'DD' direct debit / 'SO' standing order, ``start_dt`` and ``cancel_dt``, empty while still
live), ``events`` (fundraising events such as a marathon or a gala dinner: ``evt_cd``, name, ``evt_type``,
``evt_dt``, ``city``, region, ``reg_fee`` and ``max_places``), ``event_regs`` (a supporter signed up to an event:
``reg_dt``, ``spons_amt`` sponsorship raised in pounds, ``attended`` 'Y'/'N'), ``volunteers`` (first and last
name, region, ``start_dt``, ``dbs_ok`` 1 when the DBS check is cleared, ``active`` 0/1), ``vol_shifts`` (a
volunteer's shift: ``shift_dt``, ``role`` such as Charity shop or Event marshal, ``hrs``, and the event for event
shifts) and ``legacies`` (a gift in a will from a deceased supporter: ``notif_dt`` when the charity heard,
``leg_type`` 'R' residuary / 'P' pecuniary / 'S' specific, ``est_val``, ``rcvd_amt`` received so far and ``leg_stat``
'Open' / 'Settled' / 'Disputed'). Rows come from a fixed seed, so every build holds the same rows; a few major
donors give many gifts, many supporters never gave a one-off gift, some events have no sign-ups and some volunteers
never did a shift.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_charity_database(pathlib.Path(tempfile.mkdtemp()) / "charity.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM regions").fetchone()
    (10,)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_charity_database"]

_SCHEMA = """
CREATE TABLE regions (
    id INTEGER PRIMARY KEY, rgn_cd TEXT NOT NULL, rgn_name TEXT NOT NULL, rgn_mgr TEXT NOT NULL
);
CREATE TABLE supporters (
    id INTEGER PRIMARY KEY, supp_ref TEXT NOT NULL, title TEXT NOT NULL, first_nm TEXT NOT NULL,
    last_nm TEXT NOT NULL, postcode TEXT NOT NULL, region_id INTEGER NOT NULL REFERENCES regions (id),
    yob INTEGER NOT NULL, joined_dt DATE NOT NULL, ga_decl INTEGER NOT NULL, cont_pref TEXT NOT NULL,
    stat TEXT NOT NULL
);
CREATE TABLE appeals (
    id INTEGER PRIMARY KEY, appeal_cd TEXT NOT NULL, appeal_name TEXT NOT NULL, channel TEXT NOT NULL,
    launch_dt DATE NOT NULL, close_dt DATE NOT NULL, target_amt NUMERIC NOT NULL
);
CREATE TABLE donations (
    id INTEGER PRIMARY KEY, supporter_id INTEGER NOT NULL REFERENCES supporters (id),
    appeal_id INTEGER NOT NULL REFERENCES appeals (id), don_dt DATE NOT NULL, amt NUMERIC NOT NULL,
    pay_mthd TEXT NOT NULL, ga_flag INTEGER NOT NULL
);
CREATE TABLE reg_gifts (
    id INTEGER PRIMARY KEY, supporter_id INTEGER NOT NULL REFERENCES supporters (id), freq TEXT NOT NULL,
    instal_amt NUMERIC NOT NULL, mthd TEXT NOT NULL, start_dt DATE NOT NULL, cancel_dt DATE
);
CREATE TABLE events (
    id INTEGER PRIMARY KEY, evt_cd TEXT NOT NULL, evt_name TEXT NOT NULL, evt_type TEXT NOT NULL,
    evt_dt DATE NOT NULL, city TEXT NOT NULL, region_id INTEGER NOT NULL REFERENCES regions (id),
    reg_fee NUMERIC NOT NULL, max_places INTEGER NOT NULL
);
CREATE TABLE event_regs (
    id INTEGER PRIMARY KEY, event_id INTEGER NOT NULL REFERENCES events (id),
    supporter_id INTEGER NOT NULL REFERENCES supporters (id), reg_dt DATE NOT NULL, spons_amt NUMERIC NOT NULL,
    attended TEXT NOT NULL
);
CREATE TABLE volunteers (
    id INTEGER PRIMARY KEY, first_nm TEXT NOT NULL, last_nm TEXT NOT NULL,
    region_id INTEGER NOT NULL REFERENCES regions (id), start_dt DATE NOT NULL, dbs_ok INTEGER NOT NULL,
    active INTEGER NOT NULL
);
CREATE TABLE vol_shifts (
    id INTEGER PRIMARY KEY, volunteer_id INTEGER NOT NULL REFERENCES volunteers (id), shift_dt DATE NOT NULL,
    role TEXT NOT NULL, hrs NUMERIC NOT NULL, event_id INTEGER REFERENCES events (id)
);
CREATE TABLE legacies (
    id INTEGER PRIMARY KEY, supporter_id INTEGER NOT NULL REFERENCES supporters (id), notif_dt DATE NOT NULL,
    leg_type TEXT NOT NULL, est_val NUMERIC NOT NULL, rcvd_amt NUMERIC NOT NULL, leg_stat TEXT NOT NULL
);
"""

#: code, name, manager, share of supporters, postcode areas
_REGIONS = [
    ("LDN", "London", "Priya Shah", 16, ["N", "E", "SE", "SW", "W"]),
    ("SE", "South East", "Tom Hollis", 15, ["GU", "RH", "BN", "CT", "OX"]),
    ("SW", "South West", "Anna Pearce", 10, ["BS", "EX", "PL", "TR"]),
    ("EE", "East of England", "Mark Fenwick", 9, ["CB", "NR", "IP", "CO"]),
    ("MID", "Midlands", "Sunita Kaur", 12, ["B", "CV", "NG", "LE", "DE"]),
    ("NW", "North West", "Gary Ashton", 11, ["M", "L", "PR", "WA"]),
    ("NE", "North East & Yorkshire", "Helen Dobson", 10, ["NE", "LS", "S", "YO", "HU"]),
    ("SCO", "Scotland", "Iain McLeod", 8, ["EH", "G", "AB", "DD"]),
    ("WAL", "Wales", "Rhian Morgan", 6, ["CF", "SA", "LL"]),
    ("NI", "Northern Ireland", "Ciaran Byrne", 3, ["BT"]),
]
#: code, name, channel, launch, close, target, weight of one-off gifts, typical gift
_APPEALS = [
    ("SPR22", "Spring Appeal 2022", "Direct mail", "2022-03-01", "2022-05-31", 20000, 8, 30),
    ("XMAS22", "Christmas Appeal 2022", "Direct mail", "2022-11-01", "2023-01-31", 40000, 12, 40),
    ("UKR22", "Ukraine Emergency Appeal", "Digital", "2022-03-01", "2022-09-30", 15000, 10, 25),
    ("TV23", "Winter TV Appeal", "TV", "2023-01-09", "2023-03-31", 30000, 14, 20),
    ("SPR23", "Spring Appeal 2023", "Direct mail", "2023-03-01", "2023-05-31", 20000, 7, 30),
    ("F2F23", "Street Fundraising 2023", "Face to face", "2023-04-01", "2023-10-31", 10000, 4, 15),
    ("XMAS23", "Christmas Appeal 2023", "Direct mail", "2023-11-01", "2024-01-31", 40000, 13, 45),
    ("EML24", "Summer Email Appeal", "Email", "2024-06-01", "2024-08-31", 10000, 6, 20),
    ("SPR24", "Spring Appeal 2024", "Direct mail", "2024-03-01", "2024-05-31", 20000, 8, 35),
    ("XMAS24", "Christmas Appeal 2024", "Direct mail", "2024-11-01", "2025-01-31", 50000, 14, 50),
    ("CAP24", "New Hospice Wing Capital Appeal", "Digital", "2024-04-01", "2025-06-30", 250000, 5, 120),
    ("EML25", "Spring Email Appeal 2025", "Email", "2025-03-01", "2025-05-31", 8000, 0, 20),
]
#: code, name, type, date, city, region code, fee, places, popularity
_EVENTS = [
    ("LM22", "London Marathon 2022", "Running", "2022-10-02", "London", "LDN", 0, 40, 9),
    ("GNR22", "Great North Run 2022", "Running", "2022-09-11", "Newcastle", "NE", 25, 30, 6),
    ("GALA22", "Winter Gala Dinner 2022", "Gala dinner", "2022-12-02", "London", "LDN", 120, 120, 4),
    ("LM23", "London Marathon 2023", "Running", "2023-04-23", "London", "LDN", 0, 40, 10),
    ("TREK23", "Snowdon Night Trek", "Challenge", "2023-06-17", "Llanberis", "WAL", 50, 60, 5),
    ("CYC23", "Coast to Coast Cycle", "Cycling", "2023-07-08", "Whitehaven", "NW", 60, 50, 4),
    ("QZ23", "Big Charity Quiz Night", "Community", "2023-10-13", "Birmingham", "MID", 10, 100, 3),
    ("GALA23", "Winter Gala Dinner 2023", "Gala dinner", "2023-12-01", "London", "LDN", 150, 120, 5),
    ("LM24", "London Marathon 2024", "Running", "2024-04-21", "London", "LDN", 0, 45, 11),
    ("SKY24", "Skydive for Hospice", "Challenge", "2024-05-18", "Bristol", "SW", 99, 30, 3),
    ("EDN24", "Edinburgh Kiltwalk", "Walking", "2024-09-15", "Edinburgh", "SCO", 20, 80, 4),
    ("GALA24", "Winter Gala Dinner 2024", "Gala dinner", "2024-11-29", "Manchester", "NW", 150, 100, 4),
    ("BEL25", "Belfast City Walk", "Walking", "2025-05-10", "Belfast", "NI", 15, 60, 0),
    ("LM25", "London Marathon 2025", "Running", "2025-04-27", "London", "LDN", 0, 45, 0),
]
_FIRST = ["James", "Margaret", "John", "Susan", "David", "Patricia", "Robert", "Elizabeth", "Michael", "Linda",
          "Peter", "Jean", "Alan", "Carol", "Ian", "Janet", "Gareth", "Siobhan", "Graham", "Fiona", "Oliver",
          "Chloe", "Raj", "Aisha", "Tom", "Sophie", "Callum", "Megan", "Rhys", "Eilidh"]  # fmt: skip
_LAST = ["Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson",
         "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall",
         "Lewis", "Harris", "Clarke", "Patel", "Jackson", "Wood", "Turner", "Martin", "Cooper", "Hill", "Ward",
         "Morris", "Campbell", "Stewart", "Murphy", "Kelly", "O'Neill", "Price", "Khan", "Begum"]  # fmt: skip
_VOL_ROLES = [("Charity shop", 50, 4), ("Event marshal", 15, 6), ("Office support", 15, 3.5),
              ("Street collection", 12, 2.5), ("Hospice befriender", 8, 3)]  # fmt: skip


def _rows(seed: int = 5150) -> dict[str, list[tuple]]:  # noqa: PLR0915 - one generator per table, in order
    rng = random.Random(seed)
    regions = [(i, r[0], r[1], r[2]) for i, r in enumerate(_REGIONS, 1)]
    supporters = []
    for i in range(1, 1201):
        region = rng.choices(range(1, 11), weights=[r[3] for r in _REGIONS])[0]
        first = rng.choice(_FIRST)
        title = "Mr" if _FIRST.index(first) % 2 == 0 else rng.choice(["Mrs", "Ms", "Miss"])
        if rng.random() < 0.04:
            title = "Dr"
        area = rng.choice(_REGIONS[region - 1][4])
        postcode = f"{area}{rng.randint(1, 28)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}" + rng.choice(
            "ABDEFGHJLNPQRSTUWXYZ"
        )
        yob = rng.randint(1935, 2003)
        joined = random_day(rng, dt.date(2012, 1, 1), dt.date(2025, 3, 31))
        ga = int(rng.random() < 0.62)
        pref = rng.choices("EPN", weights=[50, 38, 12])[0]
        stat = rng.choices("ALD", weights=[74, 22, 4 if yob > 1950 else 14])[0]
        supporters.append((i, f"S{100000 + i * 23}", title, first, rng.choice(_LAST), postcode, region, yob,
                           joined.isoformat(), ga, pref, stat))  # fmt: skip
    appeals = [(i, *a[:6]) for i, a in enumerate(_APPEALS, 1)]
    # one-off gifts: about 40 percent of supporters never gave one, a handful of major donors give a lot
    weights = []
    for s in supporters:
        if s[0] % 5 in (1, 3):
            weights.append(0)
        elif s[0] % 97 == 11:
            weights.append(25)
        else:
            weights.append(1)
    donations = []
    while len(donations) < 3200:
        s = rng.choices(supporters, weights=weights)[0]
        a = rng.choices(_APPEALS, weights=[x[6] for x in _APPEALS])[0]
        start = max(dt.date.fromisoformat(a[3]), dt.date.fromisoformat(s[8]))
        end = dt.date.fromisoformat(a[4])
        if start > end or (s[11] == "D" and rng.random() < 0.5):
            continue
        day = random_day(rng, start, end)
        base = a[7] * (6 if s[0] % 97 == 11 else 1)
        amt = max(2, round(rng.lognormvariate(0, 0.7) * base))
        if rng.random() < 0.5:
            amt = min([5, 10, 15, 20, 25, 50, 100, 250, 500, 1000], key=lambda v, x=amt: abs(v - x))
        method = rng.choices(["CC", "CHQ", "CASH", "BACS", "PP"], weights=[45, 14, 8, 9, 24])[0]
        if a[2] == "Digital" or a[2] == "Email":
            method = rng.choices(["CC", "PP", "BACS"], weights=[55, 40, 5])[0]
        ga_flag = int(bool(s[9]) and method != "CASH")
        donations.append((0, s[0], _APPEALS.index(a) + 1, day.isoformat(), amt, method, ga_flag))
    donations.sort(key=lambda d: (d[3], d[1]))
    donations = [(i, *d[1:]) for i, d in enumerate(donations, 1)]
    reg_gifts = []
    for s in supporters:
        if s[0] % 4 != 2 or rng.random() < 0.25:
            continue
        freq = rng.choices("MQA", weights=[80, 8, 12])[0]
        base = {"M": rng.choice([3, 5, 5, 8, 10, 10, 15, 20, 25]), "Q": rng.choice([15, 20, 30, 50]),
                "A": rng.choice([50, 60, 100, 120, 250])}[freq]  # fmt: skip
        start = random_day(rng, max(dt.date.fromisoformat(s[8]), dt.date(2018, 1, 1)), dt.date(2025, 3, 31))
        cancel = None
        if s[11] != "A" or rng.random() < 0.15:
            cancel = random_day(rng, start + dt.timedelta(days=60), dt.date(2025, 6, 30))
            if cancel <= start:
                cancel = start + dt.timedelta(days=90)
        mthd = "DD" if rng.random() < 0.88 else "SO"
        reg_gifts.append((len(reg_gifts) + 1, s[0], freq, base, mthd, start.isoformat(),
                          cancel.isoformat() if cancel else None))  # fmt: skip
    events = []
    for i, e in enumerate(_EVENTS, 1):
        region = next(n for n, r in enumerate(_REGIONS, 1) if r[0] == e[5])
        events.append((i, e[0], e[1], e[2], e[3], e[4], region, e[6], e[7]))
    event_regs = []
    for i, e in enumerate(_EVENTS, 1):
        if e[8] == 0:
            continue
        n = min(e[7], e[8] * rng.randint(5, 8))
        chosen = rng.sample([s for s in supporters if s[11] != "D" and s[8] < e[3]], n)
        for s in chosen:
            evt = dt.date.fromisoformat(e[3])
            reg = random_day(rng, evt - dt.timedelta(days=200), evt - dt.timedelta(days=7))
            spons = {"Running": 900, "Challenge": 450, "Cycling": 600, "Walking": 180, "Gala dinner": 0,
                     "Community": 0}[e[2]]  # fmt: skip
            spons = round(max(0, rng.gauss(spons, spons / 2.5)) / 5) * 5 if spons else 0
            attended = "Y" if rng.random() < 0.88 else "N"
            if attended == "N":
                spons = round(spons * 0.3 / 5) * 5
            event_regs.append((0, i, s[0], reg.isoformat(), spons, attended))
    event_regs.sort(key=lambda r: (r[3], r[2]))
    event_regs = [(i, *r[1:]) for i, r in enumerate(event_regs, 1)]
    volunteers = []
    for i in range(1, 131):
        region = rng.choices(range(1, 11), weights=[r[3] for r in _REGIONS])[0]
        start = random_day(rng, dt.date(2015, 1, 1), dt.date(2025, 2, 28))
        volunteers.append((i, rng.choice(_FIRST), rng.choice(_LAST), region, start.isoformat(),
                           int(rng.random() < 0.8), int(rng.random() < 0.85)))  # fmt: skip
    vol_weights = [0 if v[0] % 9 == 4 else (10 if v[0] % 23 == 7 else 1) * (0.2 if not v[6] else 1)
                   for v in volunteers]  # fmt: skip
    shifts = []
    while len(shifts) < 1800:
        v = rng.choices(volunteers, weights=vol_weights)[0]
        role, _, hrs = rng.choices(_VOL_ROLES, weights=[r[1] for r in _VOL_ROLES])[0]
        event_id = None
        if role == "Event marshal":
            options = [e for e in events if e[4] >= v[4] and e[4] <= "2025-06-30" and e[4] < "2025-04-01"]
            if not options:
                continue
            ev = rng.choice(options)
            event_id, day = ev[0], dt.date.fromisoformat(ev[4])
        else:
            day = random_day(rng, max(dt.date.fromisoformat(v[4]), dt.date(2022, 1, 1)), dt.date(2025, 6, 30))
        h = max(1.0, round((hrs + rng.choice([-1, -0.5, 0, 0, 0.5, 1, 2])) * 2) / 2)
        shifts.append((0, v[0], day.isoformat(), role, h, event_id))
    shifts.sort(key=lambda r: (r[2], r[1]))
    shifts = [(i, *r[1:]) for i, r in enumerate(shifts, 1)]
    legacies = []
    for s in supporters:
        if s[11] != "D" or rng.random() < 0.35:
            continue
        notif = random_day(rng, dt.date(2021, 1, 1), dt.date(2025, 5, 31))
        kind = rng.choices("RPS", weights=[55, 40, 5])[0]
        est = {"R": rng.randint(8, 120) * 1000, "P": rng.choice([1000, 2000, 5000, 10000, 20000]),
               "S": rng.randint(2, 30) * 500}[kind]  # fmt: skip
        stat = rng.choices(["Open", "Settled", "Disputed"], weights=[35, 60, 5])[0]
        if stat == "Settled":
            rcvd = est if kind != "R" else round(est * rng.uniform(0.8, 1.25), -2)
        elif stat == "Open":
            rcvd = 0 if rng.random() < 0.5 else round(est * rng.uniform(0.2, 0.6), -2)
        else:
            rcvd = 0
        legacies.append((0, s[0], notif.isoformat(), kind, est, rcvd, stat))
    legacies.sort(key=lambda r: r[2])
    legacies = [(i, *r[1:]) for i, r in enumerate(legacies, 1)]
    return {"regions": regions, "supporters": supporters, "appeals": appeals, "donations": donations,
            "reg_gifts": reg_gifts, "events": events, "event_regs": event_regs, "volunteers": volunteers,
            "vol_shifts": shifts, "legacies": legacies}  # fmt: skip


def build_charity_database(path: str | Path) -> Path:
    """Write the charity's fundraising database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
