"""A made-up self-storage company with seven sites in the North and Midlands of England, written by someone who had
not seen the engine's rules: the ``storage`` dev set's database.

Eleven tables with foreign keys, some plainly named and some abbreviated the way the company's old storage software
names them. ``sites`` (a ``site_cd`` such as LDS1, ``site_name``, ``city``, ``region``, ``opened_dt``,
``access_24h`` 1 when customers can come in at any hour, otherwise the gate opens 06:00-22:00, and the ``mgr_name``
of the site manager), ``unit_sizes`` (a ``size_cd`` such as 10x10, ``width_ft``, ``depth_ft``, ``sq_ft`` and a
``size_band`` 'Locker' / 'Small' / 'Medium' / 'Large' / 'Extra large'), ``units`` (a storage unit at a site: its
``unit_no``, size, ``unit_type`` 'STD' standard indoor / 'CC' climate-controlled indoor / 'DU' drive-up with a
roller door / 'PKG' vehicle or caravan parking bay / 'LKR' locker, ``floor_no`` 0 ground, the current list
``mthly_rate`` in pounds and a ``unit_status`` 'OCC' occupied / 'VAC' vacant / 'RES' reserved for a customer moving
in / 'OOS' out of service for repairs), ``cust`` (customers: ``first_nm``, ``last_nm``, ``company_nm`` for business
customers, ``cust_type`` 'R' residential / 'B' business, ``email``, ``phone``, home ``town``, ``joined_dt`` and
``heard_via`` 'WEB' / 'GOOGLE' / 'REFERRAL' / 'WALKIN' / 'SIGNAGE'), ``promos`` (discount codes: a ``promo_cd``,
``promo_desc``, ``disc_pct`` taken off the rent for the first ``disc_months`` invoices, offered from ``valid_from``
to ``valid_to``), ``rental_agr`` (rental agreements: a customer renting a unit from ``start_dt`` to ``end_dt``, NULL
while still renting with no move-out date, at a ``mthly_rate``, with an optional ``promo_cd`` and an ``agr_status``
'A' active / 'N' notice given (moving out on ``end_dt``) / 'E' ended / 'D' defaulted on rent), ``ins_cover``
(contents insurance taken out on an agreement: ``cover_lvl`` 'Bronze' / 'Silver' / 'Gold' / 'Platinum', the
``cover_amt`` insured, the ``mthly_prem`` premium, ``start_dt`` and ``end_dt``; agreements without cover rely on the
customer's own insurance), ``inv`` (monthly invoices for an agreement: ``inv_dt``, ``due_dt``, ``rent_amt``,
``disc_amt`` from a promotion, ``ins_amt`` premium, ``total_amt`` and ``inv_status`` 'PAID' / 'PART' part paid /
'OPEN' unpaid / 'WO' written off / 'VOID' cancelled), ``payments`` (money received against an invoice: ``pmt_dt``,
``pmt_amt`` and ``pmt_method`` 'DD' direct debit / 'CARD' / 'BACS' bank transfer / 'CASH'), ``gate_log`` (a
customer keying their PIN at a site's gate: ``access_ts``, ``result`` 'OK' or 'DENIED' and a ``deny_rsn``
'OVERDUE' account in arrears / 'BAD_PIN' / 'OUT_OF_HRS') and ``maint_issues`` (maintenance problems at a site,
for one unit or for the whole site when ``unit_id`` is NULL: ``reported_dt``, ``category``, ``priority`` 'LOW' /
'MED' / 'HIGH' / 'URGENT', ``issue_status`` 'OPEN' / 'IN_PROGRESS' / 'CLOSED', ``closed_dt``, ``repair_cost`` and
the ``contractor`` who did the work). Data runs to 30 September 2025. Rows come from a fixed seed, so every build
holds the same rows; a handful of business customers rent many units, some registered customers never rented, some
units at the new York site have never been let and one promotion code was never used.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_storage_database(pathlib.Path(tempfile.mkdtemp()) / "storage.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM units").fetchone()
    (238,)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_storage_database"]

_SCHEMA = """
CREATE TABLE sites (
    site_id INTEGER PRIMARY KEY, site_cd TEXT NOT NULL, site_name TEXT NOT NULL, city TEXT NOT NULL,
    region TEXT NOT NULL, opened_dt DATE NOT NULL, access_24h INTEGER NOT NULL, mgr_name TEXT NOT NULL
);
CREATE TABLE unit_sizes (
    size_id INTEGER PRIMARY KEY, size_cd TEXT NOT NULL, width_ft INTEGER NOT NULL, depth_ft INTEGER NOT NULL,
    sq_ft INTEGER NOT NULL, size_band TEXT NOT NULL
);
CREATE TABLE units (
    unit_id INTEGER PRIMARY KEY, site_id INTEGER NOT NULL REFERENCES sites (site_id), unit_no TEXT NOT NULL,
    size_id INTEGER NOT NULL REFERENCES unit_sizes (size_id), unit_type TEXT NOT NULL, floor_no INTEGER NOT NULL,
    mthly_rate NUMERIC NOT NULL, unit_status TEXT NOT NULL
);
CREATE TABLE cust (
    cust_id INTEGER PRIMARY KEY, first_nm TEXT NOT NULL, last_nm TEXT NOT NULL, company_nm TEXT,
    cust_type TEXT NOT NULL, email TEXT NOT NULL, phone TEXT NOT NULL, town TEXT NOT NULL, joined_dt DATE NOT NULL,
    heard_via TEXT NOT NULL
);
CREATE TABLE promos (
    promo_cd TEXT PRIMARY KEY, promo_desc TEXT NOT NULL, disc_pct INTEGER NOT NULL, disc_months INTEGER NOT NULL,
    valid_from DATE NOT NULL, valid_to DATE NOT NULL
);
CREATE TABLE rental_agr (
    agr_id INTEGER PRIMARY KEY, cust_id INTEGER NOT NULL REFERENCES cust (cust_id),
    unit_id INTEGER NOT NULL REFERENCES units (unit_id), start_dt DATE NOT NULL, end_dt DATE,
    mthly_rate NUMERIC NOT NULL, promo_cd TEXT REFERENCES promos (promo_cd), agr_status TEXT NOT NULL
);
CREATE TABLE ins_cover (
    cover_id INTEGER PRIMARY KEY, agr_id INTEGER NOT NULL REFERENCES rental_agr (agr_id), cover_lvl TEXT NOT NULL,
    cover_amt NUMERIC NOT NULL, mthly_prem NUMERIC NOT NULL, start_dt DATE NOT NULL, end_dt DATE
);
CREATE TABLE inv (
    inv_id INTEGER PRIMARY KEY, agr_id INTEGER NOT NULL REFERENCES rental_agr (agr_id), inv_dt DATE NOT NULL,
    due_dt DATE NOT NULL, rent_amt NUMERIC NOT NULL, disc_amt NUMERIC NOT NULL, ins_amt NUMERIC NOT NULL,
    total_amt NUMERIC NOT NULL, inv_status TEXT NOT NULL
);
CREATE TABLE payments (
    pmt_id INTEGER PRIMARY KEY, inv_id INTEGER NOT NULL REFERENCES inv (inv_id), pmt_dt DATE NOT NULL,
    pmt_amt NUMERIC NOT NULL, pmt_method TEXT NOT NULL
);
CREATE TABLE gate_log (
    log_id INTEGER PRIMARY KEY, site_id INTEGER NOT NULL REFERENCES sites (site_id),
    cust_id INTEGER NOT NULL REFERENCES cust (cust_id), access_ts TIMESTAMP NOT NULL, result TEXT NOT NULL,
    deny_rsn TEXT
);
CREATE TABLE maint_issues (
    issue_id INTEGER PRIMARY KEY, site_id INTEGER NOT NULL REFERENCES sites (site_id),
    unit_id INTEGER REFERENCES units (unit_id), reported_dt DATE NOT NULL, category TEXT NOT NULL,
    priority TEXT NOT NULL, issue_status TEXT NOT NULL, closed_dt DATE, repair_cost NUMERIC, contractor TEXT
);
"""

_TODAY = dt.date(2025, 9, 30)
_FIRST_DAY = dt.date(2022, 1, 4)

#: code, name, city, region, opened, 24-hour access, manager, price factor, number of units, customer towns
_SITES = [
    ("MCR1", "Trafford Park", "Manchester", "North West", "2009-05-01", 1, "Gary Whitfield", 1.10, 40,
     ["Manchester", "Stretford", "Salford", "Urmston", "Sale"]),
    ("LDS1", "Kirkstall Road", "Leeds", "Yorkshire", "2012-03-12", 0, "Sandra Pickles", 1.00, 36,
     ["Leeds", "Horsforth", "Pudsey", "Headingley"]),
    ("SHF1", "Attercliffe", "Sheffield", "Yorkshire", "2006-10-02", 0, "Martin Hague", 0.88, 34,
     ["Sheffield", "Rotherham", "Hillsborough"]),
    ("BHM1", "Digbeth", "Birmingham", "West Midlands", "2011-06-20", 1, "Priya Sandhu", 1.05, 38,
     ["Birmingham", "Solihull", "Edgbaston", "Moseley"]),
    ("NOT1", "Colwick", "Nottingham", "East Midlands", "2016-09-05", 0, "Dean Marsh", 0.92, 30,
     ["Nottingham", "Carlton", "Beeston", "Arnold"]),
    ("LPL1", "Speke", "Liverpool", "North West", "2019-02-18", 0, "Kerry Doyle", 0.95, 32,
     ["Liverpool", "Garston", "Widnes", "Halewood"]),
    ("YRK1", "Clifton Moor", "York", "Yorkshire", "2024-03-18", 0, "Tom Ellery", 1.02, 28,
     ["York", "Haxby", "Huntington"]),
]  # fmt: skip
#: code, width, depth, band
_SIZES = [("3x3", 3, 3, "Locker"), ("5x5", 5, 5, "Small"), ("5x10", 5, 10, "Small"), ("10x10", 10, 10, "Medium"),
          ("10x15", 10, 15, "Medium"), ("10x20", 10, 20, "Large"), ("10x30", 10, 30, "Extra large")]  # fmt: skip
#: unit type, share of a site's units, sizes it comes in (weights by size id), price per square foot
_TYPES = [
    ("STD", 42, {2: 4, 3: 5, 4: 5, 5: 3, 6: 2}, 0.95),
    ("CC", 18, {2: 3, 3: 4, 4: 3, 5: 1}, 1.25),
    ("DU", 18, {4: 2, 5: 3, 6: 4, 7: 2}, 0.85),
    ("PKG", 8, {6: 3, 7: 2}, 0.38),
    ("LKR", 14, {1: 1}, 1.0),
]
#: code, description, percent off, months, from, to
_PROMOS = [
    ("HALF2M", "50% off your first 2 months (website offer)", 50, 2, "2022-01-01", "2025-12-31"),
    ("SPRING23", "Spring clear-out: 25% off for 3 months", 25, 3, "2023-03-01", "2023-05-31"),
    ("STUDENT20", "Students: 20% off for 4 months over the summer", 20, 4, "2022-05-01", "2025-09-30"),
    ("BIZ10", "Business customers: 10% off for the first year", 10, 12, "2022-01-01", "2025-12-31"),
    ("XMAS22", "Christmas 2022: 30% off for 2 months", 30, 2, "2022-12-01", "2022-12-24"),
    ("MOVE15", "Moving home: 15% off for 3 months", 15, 3, "2024-01-01", "2024-12-31"),
    ("BF2024", "Black Friday: 40% off for 2 months", 40, 2, "2024-11-25", "2024-12-09"),
    ("YORKOPEN", "York opening offer: first month free", 100, 1, "2024-03-18", "2025-03-31"),
]
#: level, amount insured, monthly premium
_COVER = [("Bronze", 1000, 4.50), ("Silver", 2500, 8.95), ("Gold", 5000, 14.50), ("Platinum", 10000, 24.00)]
_FIRST = ["James", "Sarah", "David", "Emma", "Michael", "Laura", "Daniel", "Rebecca", "Paul", "Hannah", "Chris",
          "Gemma", "Mark", "Sophie", "Andrew", "Rachel", "Tom", "Charlotte", "Ryan", "Lucy", "Adam", "Amy", "Ben",
          "Katie", "Imran", "Priya", "Wojciech", "Agnieszka", "Callum", "Niamh", "Lee", "Zoe", "Stuart", "Jade",
          "Sanjay", "Fatima", "Kevin", "Leanne", "Joe", "Ellie"]  # fmt: skip
_LAST = ["Smith", "Jones", "Taylor", "Brown", "Wilson", "Walker", "Wright", "Robinson", "Thompson", "White",
         "Hughes", "Green", "Hall", "Wood", "Harris", "Clarke", "Jackson", "Lewis", "Turner", "Hill", "Cooper",
         "Ward", "Moore", "King", "Shaw", "Holmes", "Booth", "Barker", "Sutcliffe", "Ackroyd", "Hussain", "Khan",
         "Patel", "Begum", "Nowak", "Kowalczyk", "Murphy", "Doyle", "O'Neill", "Ramsden"]  # fmt: skip
#: business customers per site, the first of each site's list is a heavy renter
_COMPANIES = [
    ["Trafford Office Furniture Ltd", "Salford Vintage Co", "Stretford Events Hire", "Urmston Tiles & Bathrooms",
     "Northern Quarter Records", "Sale Party Supplies"],
    ["Kirkstall Antiques Ltd", "Aire Valley Removals", "Headingley Bikes", "Pudsey Print Works",
     "Leeds Flooring Direct"],
    ["Hallam Tools Ltd", "Don Valley Catering", "Rotherham Tyre Centre", "Steel City Props"],
    ["Digbeth Exhibition Services", "Custard Factory Crafts", "Solihull Medical Supplies",
     "Moseley Garden Design", "Brum Online Traders", "Edgbaston Archive Services"],
    ["Colwick Auto Parts", "Trent Landscaping", "Beeston Books"],
    ["Mersey Marine Supplies", "Speke eBay Traders", "Garston Scaffolding"],
    ["Clifton Moor Retail Displays", "Haxby Home Staging"],
]  # fmt: skip
#: category, unit-level (1) or site-level (0), weight, priority weights (LOW, MED, HIGH, URGENT), cost range, firms
_MAINT = [
    ("Roller door", 1, 22, (2, 5, 3, 1), (60, 480), ["Northern Doors Ltd", "ShutterFix"]),
    ("Lock", 1, 18, (3, 5, 2, 0), (25, 140), ["Keyfix Locksmiths", "In-house"]),
    ("Roof leak", 1, 10, (0, 2, 5, 3), (180, 2400), ["Apex Roofing"]),
    ("Pest control", 1, 7, (1, 4, 3, 0), (85, 320), ["Pest-Away Services"]),
    ("Cleaning", 1, 9, (6, 3, 0, 0), (30, 180), ["In-house", "Sparkle Cleaning"]),
    ("Lighting", 0, 12, (3, 5, 2, 0), (35, 260), ["Brightspark Electrical", "In-house"]),
    ("Gate / barrier", 0, 10, (0, 2, 5, 3), (150, 1900), ["Gatewise Access"]),
    ("Lift", 0, 5, (0, 2, 5, 2), (300, 3200), ["Stannah Lift Services"]),
    ("CCTV", 0, 6, (1, 4, 3, 0), (90, 950), ["SecureVision"]),
]


def _add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return dt.date(year, month, min(day.day, 28))


def _units(rng: random.Random) -> list[tuple]:
    units = []
    for site_id, site in enumerate(_SITES, 1):
        n = site[8]
        counts = [round(n * t[1] / 100) for t in _TYPES]
        counts[0] += n - sum(counts)
        floors = 2 if site[0] in ("MCR1", "BHM1", "LDS1") else 1
        next_no = {}
        for (unit_type, _, sizes, psf), count in zip(_TYPES, counts, strict=True):
            for _ in range(count):
                size_id = rng.choices(list(sizes), weights=list(sizes.values()))[0]
                sq_ft = _SIZES[size_id - 1][1] * _SIZES[size_id - 1][2]
                floor = rng.randrange(floors) if unit_type in ("STD", "CC", "LKR") else 0
                prefix = {"DU": "D", "PKG": "P", "LKR": "L"}.get(unit_type, "G" if floor == 0 else str(floor))
                next_no[prefix] = next_no.get(prefix, 0) + 1
                base = 24.0 if unit_type == "LKR" else 18 + sq_ft * psf
                rate = round(base * site[7])
                units.append([len(units) + 1, site_id, f"{prefix}{next_no[prefix]:03d}", size_id, unit_type, floor,
                              float(rate), "VAC"])  # fmt: skip
    return units


def _customers(rng: random.Random) -> list[dict]:
    names = rng.sample([(f, s) for f in _FIRST for s in _LAST], 720)
    customers = []
    for site_id, site in enumerate(_SITES, 1):
        n_res = round(site[8] * (2.4 if site[0] != "YRK1" else 1.6))
        companies = _COMPANIES[site_id - 1]
        for k in range(n_res + len(companies)):
            first, last = names[len(customers)]
            business = k >= n_res
            company = companies[k - n_res] if business else None
            if business:
                weight = 6.0 if k == n_res else 1.2
            else:
                weight = 0.0 if rng.random() < 0.09 else rng.choice([1.0, 1.0, 1.0, 1.5, 3.0])
            town = site[9][0] if rng.random() < 0.45 else rng.choice(site[9])
            customers.append({"key": len(customers), "first": first, "last": last, "company": company,
                              "type": "B" if business else "R", "town": town, "site": site_id, "weight": weight,
                              "heard": rng.choices(["WEB", "GOOGLE", "REFERRAL", "WALKIN", "SIGNAGE"],
                                                   weights=[30, 35, 12, 10, 8])[0],
                              "method": rng.choices(["DD", "CARD", "BACS", "CASH"],
                                                    weights=[45, 35, 12 if business else 4, 6])[0]})  # fmt: skip
    return customers


def _duration(rng: random.Random, customer: dict, unit_type: str) -> int:
    if customer["type"] == "B":
        if customer["weight"] > 5:
            return rng.choice([18, 24, 30, 36, 48, 60])
        return rng.choices([3, 6, 12, 18, 24, 36, 48], weights=[2, 3, 5, 4, 4, 3, 3])[0]
    if unit_type == "PKG":
        return rng.choices([3, 6, 12, 24, 36], weights=[2, 3, 4, 3, 2])[0]
    return rng.choices([1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 18, 24, 30, 36],
                       weights=[8, 10, 12, 9, 7, 9, 6, 5, 7, 4, 4, 4, 2, 2])[0]  # fmt: skip


def _promo(rng: random.Random, customer: dict, site_code: str, start: dt.date) -> str | None:
    if rng.random() > (0.45 if site_code == "YRK1" else 0.3):
        return None
    options = []
    for code, _, _, _, valid_from, valid_to in _PROMOS:
        if code == "XMAS22" or not valid_from <= start.isoformat() <= valid_to:
            continue
        if code == "YORKOPEN" and site_code != "YRK1":
            continue
        if (code == "BIZ10") != (customer["type"] == "B"):
            continue
        if code == "STUDENT20" and start.month not in (5, 6, 7, 8, 9):
            continue
        options.append(code)
    if not options:
        return None
    weights = [{"YORKOPEN": 12, "BF2024": 6, "SPRING23": 6, "HALF2M": 4}.get(c, 3) for c in options]
    return rng.choices(options, weights=weights)[0]


def _rows(seed: int = 52117) -> dict[str, list[tuple]]:  # noqa: PLR0912, PLR0915 - one generator per table
    rng = random.Random(seed)
    sites = [(i, *s[:7]) for i, s in enumerate(_SITES, 1)]
    sizes = [(i, code, w, d, w * d, band) for i, (code, w, d, band) in enumerate(_SIZES, 1)]
    units = _units(rng)
    customers = _customers(rng)
    by_site = {site_id: [c for c in customers if c["site"] == site_id] for site_id in range(1, len(_SITES) + 1)}
    promo_by_code = {p[0]: p for p in _PROMOS}
    # agreements: walk each unit's time line from 2022 (or the site's opening) to the end of September 2025
    agreements = []
    for unit in units:
        site = _SITES[unit[1] - 1]
        opened = dt.date.fromisoformat(site[4])
        if site[0] == "YRK1":  # the new York site is still filling up
            day = opened + dt.timedelta(days=rng.randrange(0, 540) + (rng.randrange(0, 500) if unit[3] >= 5 else 0))
            if rng.random() < 0.3:
                day = _TODAY + dt.timedelta(days=1)  # not let yet
        else:
            day = random_day(rng, _FIRST_DAY, dt.date(2022, 4, 30))
        pool = by_site[unit[1]]
        while day <= _TODAY:
            weights = [c["weight"] * (0.15 if c["type"] == "B" and unit[4] == "LKR" else 1) for c in pool]
            customer = rng.choices(pool, weights=weights)[0]
            if customer["type"] == "R":
                customer["weight"] *= 0.3  # most households rent once
            months = _duration(rng, customer, unit[4])
            end = _add_months(day, months) - dt.timedelta(days=rng.randrange(0, 12))
            years_back = (_TODAY - day).days / 365.25
            rate = round(unit[6] * (1 - 0.045 * years_back))
            defaulted = customer["type"] == "R" and months >= 3 and customer["weight"] < 2 and rng.random() < 0.035
            if end > _TODAY:
                status, end_dt = ("N", end) if end <= _TODAY + dt.timedelta(days=40) else ("A", None)
            else:
                status, end_dt = "E", end
            if defaulted:  # still owing and locked out, or ended with the contents sold off
                status, end_dt = "D", (end_dt if end_dt and end_dt <= _TODAY else None)
            agreements.append({"cust": customer["key"], "unit": unit[0], "start": day, "end": end_dt,
                               "rate": float(rate), "promo": _promo(rng, customer, site[0], day), "status": status,
                               "site": unit[1]})  # fmt: skip
            if end_dt is None or end_dt > _TODAY:
                break
            day = end_dt + dt.timedelta(days=rng.choice([3, 7, 12, 18, 25, 35, 50, 70, 100, 160]))
    agreements.sort(key=lambda a: (a["start"], a["unit"]))
    # customers are numbered in the order they joined; some registered online and never rented
    first_start = {}
    for a in agreements:
        first_start.setdefault(a["cust"], a["start"])
    for c in customers:
        if c["key"] in first_start:
            c["joined"] = first_start[c["key"]] - dt.timedelta(days=rng.choice([0, 0, 0, 1, 2, 3, 7, 14, 30]))
        else:
            c["joined"] = random_day(rng, max(_FIRST_DAY, dt.date.fromisoformat(_SITES[c["site"] - 1][4])), _TODAY)
    customers.sort(key=lambda c: (c["joined"], c["key"]))
    cust_id = {c["key"]: i for i, c in enumerate(customers, 1)}
    cust_rows = []
    for i, c in enumerate(customers, 1):
        domain = rng.choice(["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "btinternet.com"])
        if c["company"]:
            slug = "".join(ch for ch in c["company"].lower().split(" ltd")[0] if ch.isalnum())
            email = f"{c['first'].lower()}@{slug}.co.uk"
        else:
            email = f"{c['first'].lower()}.{c['last'].lower().replace(chr(39), '')}{rng.randrange(1, 99)}@{domain}"
        phone = f"07{rng.randrange(100, 999)} {rng.randrange(100000, 999999)}"
        cust_rows.append((i, c["first"], c["last"], c["company"], c["type"], email, phone, c["town"],
                          c["joined"].isoformat(), c["heard"]))  # fmt: skip
    method_of = {cust_id[c["key"]]: c["method"] for c in customers}
    rental_rows, cover_rows, invoices, gate = [], [], [], []
    for agr_id, a in enumerate(agreements, 1):
        a["id"], a["cust_id"] = agr_id, cust_id[a["cust"]]
        end = a["end"].isoformat() if a["end"] else None
        rental_rows.append((agr_id, a["cust_id"], a["unit"], a["start"].isoformat(), end, a["rate"], a["promo"],
                            a["status"]))  # fmt: skip
        business = customers[a["cust_id"] - 1]["type"] == "B"
        cover = None
        if rng.random() < (0.3 if business else 0.68):
            level = rng.choices(_COVER, weights=[3, 5, 3, 1] if not business else [1, 2, 4, 3])[0]
            c_start = a["start"] if rng.random() < 0.9 else a["start"] + dt.timedelta(days=rng.randrange(20, 120))
            c_end = a["end"]
            if rng.random() < 0.07:
                c_end = c_start + dt.timedelta(days=rng.randrange(60, 400))
                if a["end"] and c_end >= a["end"] or c_end > _TODAY:
                    c_end = a["end"]
            if c_start <= _TODAY and (a["end"] is None or c_start < a["end"]) and (c_end is None or c_end > c_start):
                cover = (c_start, c_end, level[2])
                cover_rows.append((a["id"], level[0], float(level[1]), level[2], c_start.isoformat(),
                                   c_end.isoformat() if c_end else None))  # fmt: skip
        promo = promo_by_code.get(a["promo"])
        stop = min(a["end"], _TODAY + dt.timedelta(days=1)) if a["end"] else _TODAY + dt.timedelta(days=1)
        months = []
        k = 0
        while _add_months(a["start"], k) < stop and _add_months(a["start"], k) <= _TODAY:
            months.append(_add_months(a["start"], k) if k else a["start"])
            k += 1
        unpaid_from = len(months)
        if a["status"] == "D":  # the last few invoices were never paid
            unpaid_from = max(len(months) - rng.randint(2, 4), min(1, len(months) - 1))
        a["arrears_from"] = None
        for k, inv_dt in enumerate(months):
            rent = a["rate"]
            disc = round(rent * promo[2] / 100, 2) if promo and k < promo[3] else 0.0
            ins = cover[2] if cover and cover[0] <= inv_dt and (cover[1] is None or inv_dt < cover[1]) else 0.0
            total = round(rent - disc + ins, 2)
            due = inv_dt + dt.timedelta(days=7)
            if k >= unpaid_from:
                status = "OPEN" if a["end"] is None else "WO"
                if a["arrears_from"] is None:
                    a["arrears_from"] = due
            elif inv_dt > _TODAY - dt.timedelta(days=10) and rng.random() < 0.55:
                status = "OPEN"
            else:
                status = rng.choices(["PAID", "PART", "VOID", "OPEN"], weights=[970, 15, 8, 5])[0]
                if status == "OPEN" and total == 0:
                    status = "PAID"
            if total == 0 and status in ("PART",):
                status = "PAID"
            invoices.append([a["id"], inv_dt, due, rent, disc, ins, total, status, a["cust_id"]])
        # gate visits: moving in, the odd trip while renting, moving out; business renters come often
        heavy = customers[a["cust_id"] - 1]["weight"] > 5
        last_day = min(a["end"] or _TODAY, _TODAY)
        span = max((last_day - a["start"]).days, 1)
        n_visits = rng.randint(1, 3) + round(span / 30 * (1.4 if heavy else (0.6 if business else 0.25)))
        if a["end"] and a["end"] <= _TODAY:
            n_visits += rng.randint(0, 2)
        n_visits = min(n_visits, 140)
        site = _SITES[a["site"] - 1]
        for v in range(n_visits):
            if v < 2:
                day = a["start"] + dt.timedelta(days=rng.randrange(0, 4))
            else:
                day = random_day(rng, a["start"], last_day)
            if day > _TODAY:
                continue
            hour = rng.choices(range(5, 24), weights=[1, 3, 6, 9, 11, 12, 12, 12, 12, 12, 12, 11, 10, 8, 6, 4, 3,
                                                      2, 1])[0]  # fmt: skip
            if day.weekday() >= 5 and hour < 8:
                hour += 3
            stamp = f"{day.isoformat()} {hour:02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}"
            reason = None
            if a["arrears_from"] and day > a["arrears_from"]:
                reason = "OVERDUE"
            elif not site[5] and (hour < 6 or hour >= 22):
                reason = "OUT_OF_HRS"
            elif rng.random() < 0.018:
                reason = "BAD_PIN"
            gate.append((a["site"], a["cust_id"], stamp, "DENIED" if reason else "OK", reason))
    # a few extra arrears-chasing visits so that locked-out customers show up at the gate
    for a in agreements:
        if a["arrears_from"] and a["arrears_from"] < min(a["end"] or _TODAY, _TODAY):
            for _ in range(rng.randint(1, 3)):
                day = random_day(rng, a["arrears_from"] + dt.timedelta(days=1), min(a["end"] or _TODAY, _TODAY))
                stamp = f"{day.isoformat()} {rng.randint(8, 19):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}"
                gate.append((a["site"], a["cust_id"], stamp, "DENIED", "OVERDUE"))
    gate.sort(key=lambda g: (g[2], g[1]))
    gate_rows = [(i, *g) for i, g in enumerate(gate, 1)]
    cover_rows = [(i, *c) for i, c in enumerate(cover_rows, 1)]
    invoices.sort(key=lambda v: (v[1], v[0]))
    inv_rows, payments = [], []
    for inv_id, (agr_id, inv_dt, due, rent, disc, ins, total, status, cid) in enumerate(invoices, 1):
        inv_rows.append((inv_id, agr_id, inv_dt.isoformat(), due.isoformat(), rent, disc, ins, total, status))
        if status not in ("PAID", "PART") or total == 0:
            continue
        method = method_of[cid] if inv_dt != agreements[agr_id - 1]["start"] else rng.choice(["CARD", "CARD", "CASH"])
        lag = {"DD": 0, "CARD": rng.choice([0, 0, 1, 2, 5]), "BACS": rng.randrange(1, 12),
               "CASH": rng.randrange(0, 6)}[method]  # fmt: skip
        if rng.random() < 0.06:
            lag += rng.randrange(8, 45)
        paid_on = min(inv_dt + dt.timedelta(days=lag), _TODAY)
        if status == "PART":
            payments.append((inv_id, paid_on.isoformat(), round(total * rng.choice([0.25, 0.5, 0.5]), 2), method))
        elif total > 150 and rng.random() < 0.04:
            first = round(total / 2, 2)
            second = min(paid_on + dt.timedelta(days=rng.randrange(5, 20)), _TODAY)
            payments.append((inv_id, paid_on.isoformat(), first, method))
            payments.append((inv_id, second.isoformat(), round(total - first, 2), method))
        else:
            payments.append((inv_id, paid_on.isoformat(), total, method))
    payments.sort(key=lambda p: (p[1], p[0]))
    pmt_rows = [(i, *p) for i, p in enumerate(payments, 1)]
    # maintenance issues, more at the older and bigger sites, a few problem units
    maint = []
    problem_units = {u[0]: 6 for u in units if u[0] % 23 == 5}
    for site_id, site in enumerate(_SITES, 1):
        opened = max(_FIRST_DAY, dt.date.fromisoformat(site[4]))
        age = 2025 - int(site[4][:4])
        n = round(site[8] * (0.55 + 0.04 * min(age, 16)) * (_TODAY - opened).days / 1365)
        site_units = [u for u in units if u[1] == site_id]
        for _ in range(n):
            category, unit_level, _, prio_w, (lo, hi), firms = rng.choices(_MAINT, weights=[m[2] for m in _MAINT])[0]
            if category == "Lift" and site[0] not in ("MCR1", "BHM1", "LDS1"):
                category, unit_level, _, prio_w, (lo, hi), firms = _MAINT[5]
            unit_id = None
            if unit_level:
                pick = rng.choices(site_units, weights=[problem_units.get(u[0], 1) for u in site_units])[0]
                unit_id = pick[0]
            reported = random_day(rng, opened, _TODAY)
            priority = rng.choices(["LOW", "MED", "HIGH", "URGENT"], weights=prio_w)[0]
            fix_days = {"URGENT": (0, 3), "HIGH": (1, 8), "MED": (3, 21), "LOW": (7, 50)}[priority]
            closed = reported + dt.timedelta(days=rng.randint(*fix_days))
            if closed > _TODAY or (reported > _TODAY - dt.timedelta(days=120) and rng.random() < 0.15):
                status = rng.choice(["OPEN", "IN_PROGRESS"])
                maint.append((site_id, unit_id, reported.isoformat(), category, priority, status, None, None,
                              rng.choice(firms) if status == "IN_PROGRESS" else None))  # fmt: skip
            else:
                firm = rng.choice(firms)
                cost = round(rng.uniform(lo, hi) * (0.4 if firm == "In-house" else 1), 2)
                maint.append((site_id, unit_id, reported.isoformat(), category, priority, "CLOSED",
                              closed.isoformat(), cost, firm))  # fmt: skip
    maint.sort(key=lambda m: (m[2], m[0]))
    maint_rows = [(i, *m) for i, m in enumerate(maint, 1)]
    # the units' state on 30 September 2025
    occupied = {a["unit"] for a in agreements if a["start"] <= _TODAY and (a["end"] is None or a["end"] > _TODAY)}
    broken = {m[1] for m in maint if m[1] and m[5] != "CLOSED" and m[3] in ("Roller door", "Roof leak", "Lock")}
    for unit in units:
        if unit[0] in occupied:
            unit[7] = "OCC"
        elif unit[0] in broken:
            unit[7] = "OOS"
        elif rng.random() < 0.12:
            unit[7] = "RES"
    return {"sites": sites, "unit_sizes": sizes, "units": [tuple(u) for u in units], "cust": cust_rows,
            "promos": list(_PROMOS), "rental_agr": rental_rows, "ins_cover": cover_rows, "inv": inv_rows,
            "payments": pmt_rows, "gate_log": gate_rows, "maint_issues": maint_rows}  # fmt: skip


def build_storage_database(path: str | Path) -> Path:
    """Write the self-storage company's database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
