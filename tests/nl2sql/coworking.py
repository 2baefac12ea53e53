"""A made-up coworking operator with seven buildings in six cities, written by someone who had not seen the engine's
rules: the ``coworking`` dev set's database.

Ten tables with foreign keys: ``bldg`` (a ``bldg_cd`` such as SHO, ``bldg_nm``, ``city``, ``ctry`` ISO country code,
``opened_dt``, ``sq_m`` floor area), ``spc_typ`` (the space type codes: 'HD' hot desk, 'FD' fixed desk, 'PO' private
office, 'MR' meeting room, with a ``descr`` and a ``bookable`` flag, 1 for types booked by the hour), ``spaces`` (a
``spc_cd`` such as SHO-2-PO03: building, ``floor_no``, ``typ_cd``, ``cap`` seats, ``mo_rt`` the monthly list rate
per seat for hot and fixed desks or per office for private offices, empty for meeting rooms, ``hr_rt`` the hourly
rate of a meeting room, empty otherwise, and ``actv`` 0 when the space is closed), ``cos`` (member companies:
``co_nm``, ``sector``, ``hq_city``, ``cust_since`` and a ``key_acct`` flag), ``mbrs`` (individual members:
``first_nm``, ``last_nm``, ``email``, ``co_id`` their employer, empty for freelancers, ``home_bldg`` the building
they belong to, ``join_dt`` and ``actv_flg``), ``ctr`` (membership contracts: ``ctr_no``, held either by a company
``co_id`` or by a freelance member ``mbr_id``, the other one empty; the ``spc_id`` contracted, ``seats``, ``sts``
'A' active / 'P' pending, signed but not started / 'N' notice given / 'T' terminated early / 'X' expired,
``start_dt``, ``end_dt`` empty for a rolling contract, ``disc_pct`` the discount in percent off the list rate and
``mo_amt`` the monthly amount after discount), ``bkg`` (meeting-room bookings by the hour: ``room_id``, ``mbr_id``,
``bk_dt``, ``st_hr`` the starting hour 8-19, ``hrs``, ``chg_amt`` the charge and ``cxl`` 1 when cancelled, then
charged 0), ``inv`` (monthly invoices on a contract: ``inv_no``, ``inv_mo`` as YYYY-MM, ``iss_dt``, ``due_dt``,
``inv_amt``, ``sts`` 'P' paid / 'O' open, not yet due / 'L' late, overdue / 'V' void), ``pmt`` (payments against an
invoice: ``pmt_dt``, ``amt``, ``mthd`` 'DD' direct debit / 'CC' card / 'BT' bank transfer) and ``iss`` (facility
issues reported by a member: ``bldg_id``, ``spc_id`` empty for common areas, ``rpt_dt``, ``cat`` such as Wi-Fi or
HVAC, ``prio`` 'H' high / 'M' medium / 'L' low, ``sts`` 'O' open / 'W' being worked on / 'R' resolved, and
``res_dt``). Rows come from a fixed seed, so every build holds the same rows; a few companies hold most contracts
and a few members make most bookings, while some companies have never signed a contract, many members never book
and some meeting rooms were never booked. The data runs to the end of June 2025.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_coworking_database(pathlib.Path(tempfile.mkdtemp()) / "coworking.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM bldg").fetchone()
    (7,)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_coworking_database"]

_SCHEMA = """
CREATE TABLE bldg (
    id INTEGER PRIMARY KEY, bldg_cd TEXT NOT NULL, bldg_nm TEXT NOT NULL, city TEXT NOT NULL, ctry TEXT NOT NULL,
    opened_dt DATE NOT NULL, sq_m INTEGER NOT NULL
);
CREATE TABLE spc_typ (
    typ_cd TEXT PRIMARY KEY, descr TEXT NOT NULL, bookable INTEGER NOT NULL
);
CREATE TABLE spaces (
    id INTEGER PRIMARY KEY, spc_cd TEXT NOT NULL, bldg_id INTEGER NOT NULL REFERENCES bldg (id),
    floor_no INTEGER NOT NULL, typ_cd TEXT NOT NULL REFERENCES spc_typ (typ_cd), cap INTEGER NOT NULL,
    mo_rt NUMERIC, hr_rt NUMERIC, actv INTEGER NOT NULL
);
CREATE TABLE cos (
    id INTEGER PRIMARY KEY, co_nm TEXT NOT NULL, sector TEXT NOT NULL, hq_city TEXT NOT NULL,
    cust_since DATE NOT NULL, key_acct INTEGER NOT NULL
);
CREATE TABLE mbrs (
    id INTEGER PRIMARY KEY, first_nm TEXT NOT NULL, last_nm TEXT NOT NULL, email TEXT NOT NULL,
    co_id INTEGER REFERENCES cos (id), home_bldg INTEGER NOT NULL REFERENCES bldg (id), join_dt DATE NOT NULL,
    actv_flg INTEGER NOT NULL
);
CREATE TABLE ctr (
    id INTEGER PRIMARY KEY, ctr_no TEXT NOT NULL, co_id INTEGER REFERENCES cos (id),
    mbr_id INTEGER REFERENCES mbrs (id), spc_id INTEGER NOT NULL REFERENCES spaces (id), seats INTEGER NOT NULL,
    sts TEXT NOT NULL, start_dt DATE NOT NULL, end_dt DATE, disc_pct NUMERIC NOT NULL, mo_amt NUMERIC NOT NULL
);
CREATE TABLE bkg (
    id INTEGER PRIMARY KEY, room_id INTEGER NOT NULL REFERENCES spaces (id),
    mbr_id INTEGER NOT NULL REFERENCES mbrs (id), bk_dt DATE NOT NULL, st_hr INTEGER NOT NULL,
    hrs INTEGER NOT NULL, chg_amt NUMERIC NOT NULL, cxl INTEGER NOT NULL
);
CREATE TABLE inv (
    id INTEGER PRIMARY KEY, inv_no TEXT NOT NULL, ctr_id INTEGER NOT NULL REFERENCES ctr (id),
    inv_mo TEXT NOT NULL, iss_dt DATE NOT NULL, due_dt DATE NOT NULL, inv_amt NUMERIC NOT NULL, sts TEXT NOT NULL
);
CREATE TABLE pmt (
    id INTEGER PRIMARY KEY, inv_id INTEGER NOT NULL REFERENCES inv (id), pmt_dt DATE NOT NULL,
    amt NUMERIC NOT NULL, mthd TEXT NOT NULL
);
CREATE TABLE iss (
    id INTEGER PRIMARY KEY, bldg_id INTEGER NOT NULL REFERENCES bldg (id), spc_id INTEGER REFERENCES spaces (id),
    mbr_id INTEGER NOT NULL REFERENCES mbrs (id), rpt_dt DATE NOT NULL, cat TEXT NOT NULL, prio TEXT NOT NULL,
    sts TEXT NOT NULL, res_dt DATE
);
"""

_END = dt.date(2025, 6, 30)
#: code, name, city, country, opened, floor area, floors, activity weight, rate factor
_BUILDINGS = [
    ("SHO", "Shoreditch Works", "London", "GB", "2016-03-01", 4200, 5, 10, 1.35),
    ("KGX", "Kings Cross Yard", "London", "GB", "2019-09-01", 3100, 4, 6, 1.45),
    ("ANC", "Ancoats Mill", "Manchester", "GB", "2018-05-14", 2600, 4, 4, 0.95),
    ("KRZ", "Kreuzberg Hof", "Berlin", "DE", "2017-10-02", 2900, 3, 5, 1.0),
    ("NDM", "Noord Dock", "Amsterdam", "NL", "2020-02-03", 2200, 3, 3, 1.15),
    ("GCD", "Grand Canal Dock", "Dublin", "IE", "2021-06-07", 1800, 3, 2, 1.2),
    ("BEA", "Beato Fabrica", "Lisbon", "PT", "2024-11-04", 1400, 2, 0, 0.7),
]
_TYPES = [("HD", "Hot desk", 0), ("FD", "Fixed desk", 0), ("PO", "Private office", 0), ("MR", "Meeting room", 1)]
#: company name, sector, headquarters city, activity weight
_COMPANIES = [
    ("Brightloop Labs", "Software", "London", 14), ("Kettle & Finch", "Marketing", "London", 3),
    ("Northwind Analytics", "Software", "Manchester", 9), ("Paperplane Studio", "Design", "London", 2),
    ("Greenfield Legal", "Legal", "Dublin", 3), ("Quantia Capital", "Finance", "London", 6),
    ("Hafenwerk GmbH", "Engineering", "Hamburg", 4), ("Tulip Mobility", "Transport", "Amsterdam", 3),
    ("Copperleaf Health", "Healthcare", "Manchester", 2), ("Loomly Media", "Media", "Berlin", 5),
    ("Orbit Recruitment", "Recruitment", "London", 2), ("Saltmarsh Consulting", "Consulting", "Dublin", 2),
    ("Vektor Robotics", "Engineering", "Berlin", 3), ("Fernhill Architects", "Design", "Manchester", 1),
    ("Bluecrest Insurance", "Finance", "London", 2), ("Dunmore Games", "Software", "Dublin", 2),
    ("Polder Energy", "Energy", "Amsterdam", 2), ("Ashgrove Charity Trust", "Non-profit", "London", 1),
    ("Meridian Travel", "Travel", "London", 1), ("Klarwerk Studio", "Design", "Berlin", 1),
    ("Harbour Point Marketing", "Marketing", "Dublin", 1), ("Stackhouse Data", "Software", "London", 8),
    ("Ravel Fashion", "Retail", "Amsterdam", 1), ("Oakridge Accountants", "Finance", "Manchester", 1),
    ("Pixelfork", "Software", "Lisbon", 1), ("Wavelength Audio", "Media", "London", 1),
    ("Cobalt Biotech", "Healthcare", "Cambridge", 1), ("Lanternfish AI", "Software", "London", 4),
    ("Mosaic Events", "Events", "Manchester", 1), ("Tern Logistics", "Transport", "Rotterdam", 1),
    ("Sable & Stone", "Legal", "London", 0), ("Fjordline Shipping", "Transport", "Oslo", 0),
    ("Mintleaf Foods", "Retail", "Manchester", 0), ("Quarry Lane Films", "Media", "London", 0),
    ("Alder Wealth", "Finance", "Dublin", 0), ("Sunbeam Solar", "Energy", "Lisbon", 0),
]  # fmt: skip
_FIRST = ["James", "Sophie", "Tom", "Hannah", "Lukas", "Anna", "Daan", "Emma", "Sean", "Aoife", "Joao", "Ines",
          "Priya", "Omar", "Chloe", "Ben", "Lena", "Niamh", "Max", "Sara", "Ravi", "Grace", "Felix", "Maria",
          "Ollie", "Zara", "Jonas", "Ruth", "Matteo", "Eva"]  # fmt: skip
_LAST = ["Walsh", "Murphy", "Schmidt", "de Vries", "Patel", "Khan", "Byrne", "Jansen", "Fischer", "Taylor",
         "Silva", "Costa", "Brown", "Evans", "Meyer", "Bakker", "Kelly", "Nowak", "Okafor", "Hughes", "Wright",
         "Lopes", "Weber", "Clarke", "Visser", "Ahmed", "Doyle", "Moreau"]  # fmt: skip
#: issue category, weight
_ISSUE_CATS = [("Wi-Fi", 18), ("HVAC", 14), ("Cleaning", 12), ("Printer", 9), ("Access card", 8), ("Noise", 7),
               ("Plumbing", 5), ("Furniture", 6), ("Lighting", 5), ("Kitchen", 6)]  # fmt: skip


def _months(start: dt.date, end: dt.date) -> list[str]:
    """The YYYY-MM months from ``start`` to ``end``, both included."""
    out, year, month = [], start.year, start.month
    while (year, month) <= (end.year, end.month):
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def _spaces(rng: random.Random) -> list[tuple]:
    spaces = []
    for b, (code, *_, floors, _w, factor) in enumerate(_BUILDINGS, 1):
        for floor in range(1, floors + 1):
            layout = [("HD", 1)] + ([("FD", 1)] if floor % 2 or b <= 2 else []) + [("PO", rng.randint(2, 4))]
            layout.append(("MR", rng.randint(1, 2) if floor > 1 else 2))
            for typ, n in layout:
                for k in range(1, n + 1):
                    cap = {"HD": rng.randrange(20, 45, 5), "FD": rng.randrange(8, 18, 2),
                           "PO": rng.choice([2, 4, 4, 6, 8, 10, 12]),
                           "MR": rng.choice([4, 6, 6, 8, 10, 12, 16])}[typ]  # fmt: skip
                    mo_rt = hr_rt = None
                    if typ == "HD":
                        mo_rt = round(220 * factor / 5) * 5
                    elif typ == "FD":
                        mo_rt = round(330 * factor / 5) * 5
                    elif typ == "PO":
                        mo_rt = round(cap * 480 * factor * rng.uniform(0.9, 1.1) / 50) * 50
                    else:
                        hr_rt = round((15 + cap * 4) * factor / 5) * 5
                    closed = (b, floor, typ, k) == (1, 5, "PO", 1) or (b, floor, typ) == (4, 3, "MR")
                    actv = 0 if closed else 1
                    spc_cd = f"{code}-{floor}-{typ}{k:02d}"
                    spaces.append((len(spaces) + 1, spc_cd, b, floor, typ, cap, mo_rt, hr_rt, actv))
    return spaces


def _rows(seed: int = 5309) -> dict[str, list[tuple]]:  # noqa: PLR0912, PLR0915 - one generator per table, in order
    rng = random.Random(seed)
    bldg = [(i, b[0], b[1], b[2], b[3], b[4], b[5]) for i, b in enumerate(_BUILDINGS, 1)]
    types = list(_TYPES)
    spaces = _spaces(rng)
    city_bldgs = {}
    for b in bldg:
        city_bldgs.setdefault(b[3], []).append(b[0])
    cos = []
    for i, (name, sector, city, weight) in enumerate(_COMPANIES, 1):
        since = random_day(rng, dt.date(2019, 1, 1), dt.date(2025, 3, 31))
        cos.append((i, name, sector, city, since.isoformat(), int(weight >= 6)))
    # members: employees of companies (more for busy companies) and freelancers
    names = rng.sample([(f, s) for f in _FIRST for s in _LAST], 320)
    bweights = [max(b[7], 0.4) for b in _BUILDINGS]
    mbrs = []
    co_home = {}
    for co in cos:
        weight = _COMPANIES[co[0] - 1][3]
        local = city_bldgs.get(co[3])
        co_home[co[0]] = rng.choice(local) if local else rng.choices(range(1, 8), weights=bweights)[0]
    co_home[28] = 2  # Lanternfish AI sits at Kings Cross
    for i in range(1, 321):
        if i <= 200:
            co_id = rng.choices([c[0] for c in cos], weights=[_COMPANIES[c[0] - 1][3] + 0.3 for c in cos])[0]
            home = co_home[co_id] if rng.random() < 0.85 else rng.choices(range(1, 8), weights=bweights)[0]
        else:
            co_id = None
            home = rng.choices(range(1, 8), weights=bweights)[0]
        if home == 7 and rng.random() < 0.5:
            home = 1
        first, last = names[i - 1]
        email = f"{first[0].lower()}.{last.lower().replace(' ', '')}{i}@" + (
            cos[co_id - 1][1].split()[0].lower().replace("&", "") + ".com" if co_id else "mail.com"
        )
        earliest = max(dt.date(2019, 1, 1), dt.date.fromisoformat(_BUILDINGS[home - 1][4]))
        if co_id:
            earliest = max(earliest, dt.date.fromisoformat(cos[co_id - 1][4]))
        join = random_day(rng, earliest, dt.date(2025, 6, 20))
        actv = 0 if rng.random() < 0.12 else 1
        mbrs.append((i, first, last, email, co_id, home, join.isoformat(), actv))
    # contracts
    ctr = []
    by_bldg_typ = {}
    for s in spaces:
        if s[8]:
            by_bldg_typ.setdefault((s[2], s[4]), []).append(s)
    office_busy: dict[int, dt.date] = {}

    def add_contract(co_id, mbr_id, home, typ, start):
        if start < dt.date.fromisoformat(_BUILDINGS[home - 1][4]):
            home = 1
        pool = by_bldg_typ.get((home, typ)) or by_bldg_typ[(1, typ)]
        if typ == "PO":
            free = [s for s in pool if office_busy.get(s[0], dt.date(2000, 1, 1)) < start]
            if not free:
                typ = "FD"
                pool = by_bldg_typ.get((home, "FD")) or by_bldg_typ[(1, "FD")]
            else:
                pool = free
        space = rng.choice(pool)
        seats = space[5] if typ == "PO" else (1 if mbr_id else rng.randint(1, min(8, space[5])))
        term = rng.choice([6, 12, 12, 12, 24, 0])
        end = None if term == 0 else start + dt.timedelta(days=round(term * 30.44) - 1)
        if start > _END:
            sts = "P"
        elif end is not None and end < _END:
            sts = "X" if rng.random() < 0.8 else "T"
            if sts == "T":
                end = random_day(rng, start + dt.timedelta(days=60), end)
        else:
            sts = "N" if rng.random() < 0.12 else "A"
            if sts == "N" and end is None:
                end = random_day(rng, dt.date(2025, 7, 31), dt.date(2025, 9, 30))
        if typ == "PO":
            office_busy[space[0]] = end or dt.date(2099, 1, 1)
        disc = rng.choices([0, 5, 10, 15, 20, 25], weights=[10, 3, 4, 2, 2, 1])[0]
        if co_id and _COMPANIES[co_id - 1][3] >= 6:
            disc = max(disc, rng.choice([10, 15, 20]))
        base = space[6] if typ == "PO" else space[6] * seats
        amt = round(base * (1 - disc / 100), 2)
        ctr.append([len(ctr) + 1, co_id, mbr_id, space[0], seats, sts, start.isoformat(),
                    end.isoformat() if end else None, disc, amt])  # fmt: skip

    starts = []
    for co in cos:
        weight = _COMPANIES[co[0] - 1][3]
        n = 0 if weight == 0 else max(1, round(weight * 1.1 + rng.random()))
        since = dt.date.fromisoformat(co[4])
        for _ in range(n):
            start = random_day(rng, max(since, dt.date(2022, 1, 1)), dt.date(2025, 9, 1)).replace(day=1)
            typ = rng.choices(["HD", "FD", "PO"], weights=[3, 3, 4] if weight >= 4 else [5, 3, 2])[0]
            starts.append((start, co[0], None, co_home[co[0]], typ))
    for m in mbrs:
        if m[4] is None and rng.random() < 0.55:
            start = random_day(rng, max(dt.date.fromisoformat(m[6]), dt.date(2022, 1, 1)), dt.date(2025, 8, 1))
            starts.append((start.replace(day=1), None, m[0], m[5], rng.choices(["HD", "FD", "PO"], [7, 3, 1])[0]))
    starts.sort(key=lambda s: (s[0], s[1] or 0, s[2] or 0))
    for start, co_id, mbr_id, home, typ in starts:
        add_contract(co_id, mbr_id, home, typ, start)
    ctr_no_year: dict[str, int] = {}
    for c in ctr:
        year = c[6][:4]
        ctr_no_year[year] = ctr_no_year.get(year, 0) + 1
        c.insert(1, f"CW-{year}-{ctr_no_year[year]:04d}")
    ctr = [tuple(c) for c in ctr]
    # invoices and payments
    inv, pmt = [], []
    for c in ctr:
        start = dt.date.fromisoformat(c[7])
        if start > _END:
            continue
        end = min(dt.date.fromisoformat(c[8]) if c[8] else _END, _END)
        payer_bad = (c[2] or 0) in (11, 16) or (c[3] or 0) % 17 == 5
        for mo in _months(start, end):
            iss = dt.date.fromisoformat(mo + "-01")
            due = iss + dt.timedelta(days=30)
            amt = c[10]
            if due > dt.date(2025, 6, 30):
                sts = "O"
            elif rng.random() < (0.3 if payer_bad and iss >= dt.date(2025, 1, 1) else 0.015):
                sts = "L"
            elif rng.random() < 0.01:
                sts = "V"
            else:
                sts = "P"
            inv_id = len(inv) + 1
            inv.append((inv_id, f"INV{mo.replace('-', '')}-{inv_id:05d}", c[0], mo, iss.isoformat(),
                        due.isoformat(), amt, sts))  # fmt: skip
            mthd = "DD" if c[2] and _COMPANIES[c[2] - 1][3] >= 6 else rng.choices(["DD", "CC", "BT"], [4, 3, 3])[0]
            if sts == "P":
                paid = min(iss + dt.timedelta(days=rng.randint(1, 20)), _END)
                if rng.random() < 0.08 and amt > 400:
                    part = round(amt * 0.5, 2)
                    pmt.append((inv_id, paid.isoformat(), part, mthd))
                    pmt.append((inv_id, min(paid + dt.timedelta(days=10), _END).isoformat(), round(amt - part, 2),
                                mthd))  # fmt: skip
                else:
                    pmt.append((inv_id, paid.isoformat(), amt, mthd))
            elif sts == "L" and rng.random() < 0.3:
                pmt.append((inv_id, (due + dt.timedelta(days=rng.randint(5, 25))).isoformat(), round(amt * 0.4, 2),
                            "BT"))  # fmt: skip
    pmt.sort(key=lambda p: (p[1], p[0]))
    pmt = [(i, *p) for i, p in enumerate(pmt, 1)]
    # bookings: a few heavy bookers, many members never book, some rooms never booked
    rooms = [s for s in spaces if s[4] == "MR" and s[8]]
    idle_rooms = {r[0] for r in rooms if r[0] % 9 == 2}
    room_by_bldg = {}
    for r in rooms:
        if r[0] not in idle_rooms:
            room_by_bldg.setdefault(r[2], []).append(r)
    book_w = []
    for m in mbrs:
        if m[0] % 3 == 0 or not m[7] and m[0] % 2:
            book_w.append(0)
        elif m[0] in (14, 57, 203, 118, 161):
            book_w.append(14)
        else:
            book_w.append(1 + (m[0] % 4 == 1))
    bkg = []
    for _ in range(2600):
        m = rng.choices(mbrs, weights=book_w)[0]
        home = m[5] if rng.random() < 0.85 else rng.choices(range(1, 7), weights=bweights[:6])[0]
        room = rng.choice(room_by_bldg.get(home) or room_by_bldg[1])
        lo = max(dt.date.fromisoformat(m[6]), dt.date(2023, 1, 2), dt.date.fromisoformat(_BUILDINGS[room[2] - 1][4]))
        day = random_day(rng, lo, dt.date(2025, 7, 31)) if lo < dt.date(2025, 7, 31) else dt.date(2025, 7, 31)
        while day.weekday() >= 5:
            day += dt.timedelta(days=1)
        hrs = rng.choices([1, 2, 3, 4, 8], weights=[40, 30, 12, 8, 3])[0]
        st_hr = rng.randint(8, min(19, 20 - hrs)) if hrs < 8 else 9
        cxl = 1 if rng.random() < 0.09 else 0
        bkg.append((room[0], m[0], day.isoformat(), st_hr, hrs, 0 if cxl else room[7] * hrs, cxl))
    bkg.sort(key=lambda b: (b[2], b[3], b[0], b[1]))
    bkg = [(i, *b) for i, b in enumerate(bkg, 1)]
    # facility issues
    iss = []
    rep_w = [0 if m[0] % 4 == 2 else (6 if m[0] in (14, 33, 57, 90) else 1) for m in mbrs]
    for _ in range(260):
        m = rng.choices(mbrs, weights=rep_w)[0]
        b = m[5]
        lo = max(dt.date.fromisoformat(m[6]), dt.date(2023, 1, 2), dt.date.fromisoformat(_BUILDINGS[b - 1][4]))
        day = random_day(rng, lo, _END) if lo < _END else _END
        cat = rng.choices([c[0] for c in _ISSUE_CATS], weights=[c[1] for c in _ISSUE_CATS])[0]
        in_space = [s for s in spaces if s[2] == b and s[8]]
        spc = None if cat in ("Access card", "Kitchen", "Plumbing") or rng.random() < 0.3 else rng.choice(in_space)[0]
        prio = rng.choices(["H", "M", "L"], weights=[2, 5, 3])[0]
        if cat in ("HVAC", "Plumbing") and rng.random() < 0.5:
            prio = "H"
        age = (_END - day).days
        if age > 30 or (age > 5 and rng.random() < 0.6):
            sts = "R" if rng.random() < 0.96 else "W"
        else:
            sts = rng.choice(["O", "W", "R"])
        res = None
        if sts == "R":
            res = min(day + dt.timedelta(days=rng.choice([0, 1, 1, 2, 3, 5, 8, 14]) // (2 if prio == "H" else 1)), _END)
        iss.append((b, spc, m[0], day.isoformat(), cat, prio, sts, res.isoformat() if res else None))
    iss.sort(key=lambda r: (r[3], r[2]))
    iss = [(i, *r) for i, r in enumerate(iss, 1)]
    return {"bldg": bldg, "spc_typ": types, "spaces": spaces, "cos": cos, "mbrs": mbrs, "ctr": ctr, "bkg": bkg,
            "inv": inv, "pmt": pmt, "iss": iss}  # fmt: skip


def build_coworking_database(path: str | Path) -> Path:
    """Write the coworking operator's database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
