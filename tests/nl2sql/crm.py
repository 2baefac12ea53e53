"""A made-up B2B software company's sales CRM, written by someone who had not seen the engine's rules: the ``crm`` dev
set's database.

Ten tables with foreign keys: ``regions`` (a ``rgn_cd`` such as NAE or EMEA and a name), ``reps`` (sales staff: an
``emp_no``, ``first_nm`` and ``last_nm``, region, ``title`` 'RVP' regional vice president / 'SAE' senior account
executive / 'AE' account executive / 'SDR' sales development rep, ``mgr_id`` their manager, a yearly ``quota_amt`` in
USD (NULL for SDRs), ``hire_dt`` and ``active_flg`` 0/1), ``industries`` (an ``ind_cd`` and description), ``accounts``
(companies: an ``acct_no``, ``acct_nm``, industry, ``hq_city`` and ``hq_ctry`` ISO country code, ``emp_cnt`` head count,
``rev_musd`` yearly revenue in millions of USD, ``owner_id`` the owning rep, ``acct_type`` 'C' customer / 'P' prospect /
'X' former customer, ``created_dt``), ``contacts`` (people at an account: names, ``job_title``, ``email``,
``is_primary`` 0/1, ``dnc`` do-not-contact flag 0/1), ``leads`` (inbound or outbound leads: names, ``company``,
``lead_src`` 'WEB' website / 'REF' referral / 'EVT' event / 'OUT' outbound prospecting / 'PTR' partner / 'ADS' paid ads,
``status`` 'N' new / 'W' working / 'Q' qualified / 'D' disqualified / 'C' converted, ``sdr_id`` the rep working it,
``created_dt``, and for converted leads ``conv_acct_id`` and ``conv_dt``), ``opportunities`` (deals: an ``opp_no``,
``opp_nm``, account, ``owner_id``, ``opp_type`` 'NB' new business / 'UP' upsell / 'RN' renewal, ``stage`` from
'Prospecting' to 'Closed Won' or 'Closed Lost', ``amount`` in USD, ``prob_pct``, ``created_dt``, ``close_dt`` (actual
for closed deals, expected for open ones), ``lead_src`` (as for leads, 'REN' for renewals) and ``loss_rsn`` for lost
deals), ``products`` (a ``sku``, ``prod_nm``, ``family``, ``list_price`` per ``uom`` unit and an ``active`` flag),
``opp_lines`` (quote lines: product, ``qty``, ``unit_price`` and ``disc_pct``; a deal's ``amount`` is the rounded sum of
its lines after discount) and ``activities`` (a rep's logged touch with an account: ``act_type`` 'C' call / 'M' meeting
/ 'E' email / 'D' demo, ``act_dt``, ``dur_min``, optionally the contact and the deal). Rows come from a fixed seed, so
every build holds the same rows; a few reps own many accounts and log most of the activities, some accounts have no
deals, SDRs own no deals and some products were never quoted.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_crm_database(pathlib.Path(tempfile.mkdtemp()) / "crm.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM regions").fetchone()
    (5,)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_crm_database"]

_SCHEMA = """
CREATE TABLE regions (
    id INTEGER PRIMARY KEY, rgn_cd TEXT NOT NULL, rgn_nm TEXT NOT NULL
);
CREATE TABLE reps (
    id INTEGER PRIMARY KEY, emp_no TEXT NOT NULL, first_nm TEXT NOT NULL, last_nm TEXT NOT NULL,
    region_id INTEGER NOT NULL REFERENCES regions (id), title TEXT NOT NULL, mgr_id INTEGER REFERENCES reps (id),
    quota_amt NUMERIC, hire_dt DATE NOT NULL, active_flg INTEGER NOT NULL
);
CREATE TABLE industries (
    ind_cd TEXT PRIMARY KEY, descr TEXT NOT NULL
);
CREATE TABLE accounts (
    id INTEGER PRIMARY KEY, acct_no TEXT NOT NULL, acct_nm TEXT NOT NULL,
    ind_cd TEXT NOT NULL REFERENCES industries (ind_cd), hq_city TEXT NOT NULL, hq_ctry TEXT NOT NULL,
    emp_cnt INTEGER NOT NULL, rev_musd NUMERIC NOT NULL, owner_id INTEGER NOT NULL REFERENCES reps (id),
    acct_type TEXT NOT NULL, created_dt DATE NOT NULL
);
CREATE TABLE contacts (
    id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL REFERENCES accounts (id), first_nm TEXT NOT NULL,
    last_nm TEXT NOT NULL, job_title TEXT NOT NULL, email TEXT NOT NULL, is_primary INTEGER NOT NULL,
    dnc INTEGER NOT NULL
);
CREATE TABLE leads (
    id INTEGER PRIMARY KEY, first_nm TEXT NOT NULL, last_nm TEXT NOT NULL, company TEXT NOT NULL,
    lead_src TEXT NOT NULL, status TEXT NOT NULL, sdr_id INTEGER NOT NULL REFERENCES reps (id),
    created_dt DATE NOT NULL, conv_acct_id INTEGER REFERENCES accounts (id), conv_dt DATE
);
CREATE TABLE opportunities (
    id INTEGER PRIMARY KEY, opp_no TEXT NOT NULL, opp_nm TEXT NOT NULL,
    account_id INTEGER NOT NULL REFERENCES accounts (id), owner_id INTEGER NOT NULL REFERENCES reps (id),
    opp_type TEXT NOT NULL, stage TEXT NOT NULL, amount NUMERIC NOT NULL, prob_pct INTEGER NOT NULL,
    created_dt DATE NOT NULL, close_dt DATE NOT NULL, lead_src TEXT NOT NULL, loss_rsn TEXT
);
CREATE TABLE products (
    id INTEGER PRIMARY KEY, sku TEXT NOT NULL, prod_nm TEXT NOT NULL, family TEXT NOT NULL,
    list_price NUMERIC NOT NULL, uom TEXT NOT NULL, active INTEGER NOT NULL
);
CREATE TABLE opp_lines (
    id INTEGER PRIMARY KEY, opp_id INTEGER NOT NULL REFERENCES opportunities (id),
    product_id INTEGER NOT NULL REFERENCES products (id), qty INTEGER NOT NULL, unit_price NUMERIC NOT NULL,
    disc_pct INTEGER NOT NULL
);
CREATE TABLE activities (
    id INTEGER PRIMARY KEY, act_type TEXT NOT NULL, rep_id INTEGER NOT NULL REFERENCES reps (id),
    account_id INTEGER NOT NULL REFERENCES accounts (id), contact_id INTEGER REFERENCES contacts (id),
    opp_id INTEGER REFERENCES opportunities (id), act_dt DATE NOT NULL, dur_min INTEGER NOT NULL
);
"""

#: code, name, share of reps and accounts, countries
_REGIONS = [
    ("NAE", "North America East", 9, ["US", "CA"]),
    ("NAW", "North America West", 7, ["US", "CA"]),
    ("EMEA", "Europe, Middle East & Africa", 8, ["GB", "DE", "FR", "NL", "AE"]),
    ("APAC", "Asia Pacific", 5, ["AU", "SG", "JP", "IN"]),
    ("LATAM", "Latin America", 3, ["BR", "MX"]),
]
_CITIES = {
    "US": ["New York", "Boston", "Atlanta", "Chicago", "Seattle", "Austin", "Denver", "San Francisco"],
    "CA": ["Toronto", "Vancouver", "Montreal"], "GB": ["London", "Manchester", "Leeds"],
    "DE": ["Berlin", "Munich", "Hamburg"], "FR": ["Paris", "Lyon"], "NL": ["Amsterdam", "Rotterdam"],
    "AE": ["Dubai"], "AU": ["Sydney", "Melbourne"], "SG": ["Singapore"], "JP": ["Tokyo", "Osaka"],
    "IN": ["Bengaluru", "Mumbai"], "BR": ["Sao Paulo"], "MX": ["Mexico City", "Monterrey"],
}  # fmt: skip
_EAST = ["New York", "Boston", "Atlanta", "Chicago", "Toronto", "Montreal"]
#: code, description, weight
_INDUSTRIES = [("FIN", "Financial Services", 14), ("HC", "Healthcare", 10), ("MFG", "Manufacturing", 12),
               ("RET", "Retail", 9), ("TECH", "Technology", 16), ("EDU", "Education", 5),
               ("GOV", "Public Sector", 4), ("LOG", "Transport & Logistics", 7), ("MED", "Media", 3)]  # fmt: skip
#: sku, name, family, list price, unit, active, weight
_PRODUCTS = [
    ("CRM-PRO", "Pipeline Pro", "Core Platform", 1200, "seat", 1, 30),
    ("CRM-ENT", "Pipeline Enterprise", "Core Platform", 2100, "seat", 1, 18),
    ("CRM-STD", "Pipeline Standard", "Core Platform", 600, "seat", 0, 8),
    ("ANL-DSH", "Insight Dashboards", "Analytics", 450, "seat", 1, 14),
    ("ANL-FCST", "Forecast AI", "Analytics", 900, "seat", 1, 9),
    ("SEC-SSO", "SSO & Audit Pack", "Security", 18000, "site", 1, 7),
    ("SEC-VLT", "Data Vault", "Security", 32000, "site", 1, 3),
    ("INT-API", "Integration Hub", "Integrations", 15000, "site", 1, 10),
    ("INT-ERP", "ERP Connector", "Integrations", 24000, "site", 1, 4),
    ("SVC-ONB", "Onboarding Package", "Services", 12500, "pkg", 1, 12),
    ("SVC-TRN", "Admin Training Day", "Services", 3200, "pkg", 1, 8),
    ("SVC-PSA", "Premium Support", "Services", 9000, "site", 1, 6),
    ("ANL-LAKE", "Lakehouse Export", "Analytics", 27000, "site", 1, 0),
    ("SEC-DLP", "Data Loss Prevention", "Security", 21000, "site", 0, 0),
]
_FIRST = ["James", "Maria", "Robert", "Linda", "Michael", "Priya", "David", "Sofia", "Daniel", "Aiko", "Thomas",
          "Laura", "Kevin", "Emma", "Carlos", "Hannah", "Raj", "Chloe", "Lukas", "Fatima", "Ben", "Olivia", "Marco",
          "Grace", "Sanjay", "Isabel", "Tom", "Mei", "Jonas", "Nadia"]  # fmt: skip
_LAST = ["Miller", "Garcia", "Chen", "Patel", "Schmidt", "Dubois", "Tanaka", "Kowalski", "Okafor", "Silva",
         "Nguyen", "Murphy", "Rossi", "Novak", "Jensen", "Haddad", "Kim", "Walsh", "Becker", "Lopez", "Singh",
         "Fischer", "Moreau", "Brooks", "Reyes", "Lindqvist", "Park", "Evans", "Hughes", "Costa"]  # fmt: skip
_CO_A = ["Apex", "Blue", "Cedar", "Delta", "Evergreen", "Falcon", "Granite", "Harbor", "Iron", "Juniper", "Keystone",
         "Lumen", "Meridian", "Northwind", "Orion", "Pinnacle", "Quartz", "Redwood", "Summit", "Tidal", "Unity",
         "Vertex", "Willow", "Zenith"]  # fmt: skip
_CO_B = {"FIN": ["Capital", "Bank", "Financial", "Insurance"], "HC": ["Health", "Medical", "Clinics", "Pharma"],
         "MFG": ["Industries", "Manufacturing", "Components", "Machines"], "RET": ["Retail", "Stores", "Outfitters"],
         "TECH": ["Software", "Systems", "Labs", "Networks"], "EDU": ["University", "Learning", "Academy"],
         "GOV": ["County Services", "Transit Authority", "City Council"], "LOG": ["Logistics", "Freight", "Shipping"],
         "MED": ["Media", "Studios", "Publishing"]}  # fmt: skip
_JOBS = ["CEO", "CFO", "CIO", "VP Sales", "VP Operations", "Head of IT", "IT Manager", "Sales Operations Manager",
         "Procurement Manager", "Director of Finance", "RevOps Analyst", "CTO"]  # fmt: skip
_OPEN = [("Prospecting", 10), ("Discovery", 25), ("Proposal", 50), ("Negotiation", 75)]
_SOURCES = [("WEB", 30), ("REF", 12), ("EVT", 14), ("OUT", 25), ("PTR", 9), ("ADS", 10)]
_LOSS = [("Price", 30), ("Competitor", 28), ("No decision", 22), ("Timing", 12), ("Product fit", 8)]
_TODAY = dt.date(2025, 6, 30)


def _reps(rng: random.Random) -> list[tuple]:
    names = rng.sample([(f, s) for f in _FIRST for s in _LAST], 34)
    reps = []
    for region, (_, _, size, _) in enumerate(_REGIONS, 1):
        titles = ["RVP", "SAE", *["AE"] * (size - 4), "SDR", "SDR"] if size > 4 else ["RVP", "AE", "SDR"]
        boss = len(reps) + 1
        for title in titles:
            i = len(reps) + 1
            first, last = names[i - 1]
            quota = {"RVP": 4_000_000 + 500_000 * size, "SAE": 1_500_000, "AE": rng.choice([800_000, 900_000,
                     1_000_000, 1_100_000]), "SDR": None}[title]  # fmt: skip
            hire = random_day(rng, dt.date(2015, 1, 1), dt.date(2024, 9, 30))
            if title == "SDR":
                hire = random_day(rng, dt.date(2021, 1, 1), dt.date(2024, 9, 30))
            active = 0 if i in (7, 19, 31) else 1
            reps.append((i, f"E{4100 + i * 13}", first, last, region, title, None if title == "RVP" else boss,
                         quota, hire.isoformat(), active))  # fmt: skip
    return reps


def _rows(seed: int = 20250630) -> dict[str, list[tuple]]:  # noqa: C901, PLR0912, PLR0914, PLR0915 - one generator
    rng = random.Random(seed)
    regions = [(i, r[0], r[1]) for i, r in enumerate(_REGIONS, 1)]
    reps = _reps(rng)
    industries = [i[:2] for i in _INDUSTRIES]
    sellers = [r for r in reps if r[5] in ("SAE", "AE")]
    seller_w = [(6 if r[0] in (3, 12, 21) else 1) * (2 if r[5] == "SAE" else 1) * (0.3 if not r[9] else 1)
                for r in sellers]  # fmt: skip
    accounts, used = [], set()
    for i in range(1, 241):
        owner = rng.choices(sellers, weights=seller_w)[0]
        ind = rng.choices(_INDUSTRIES, weights=[x[2] for x in _INDUSTRIES])[0][0]
        while True:
            name = f"{rng.choice(_CO_A)} {rng.choice(_CO_B[ind])}"
            if name not in used:
                used.add(name)
                break
        ctry = rng.choice(_REGIONS[owner[4] - 1][3])
        cities = _CITIES[ctry]
        if ctry == "US":
            cities = [c for c in cities if (c in _EAST) == (owner[4] == 1)]
        emp = int(rng.lognormvariate(6.5, 1.3)) + 20
        rev = round(emp * rng.uniform(0.08, 0.4), 1)
        kind = rng.choices(["C", "P", "X"], weights=[45, 45, 10])[0]
        created = random_day(rng, dt.date(2019, 1, 1), dt.date(2025, 5, 31))
        accounts.append((i, f"A-{100000 + i * 17}", name, ind, rng.choice(cities), ctry, emp, rev, owner[0], kind,
                         created.isoformat()))  # fmt: skip
    contacts = []
    for acct in accounts:
        n = 0 if acct[0] % 19 == 5 else rng.choice([1, 2, 2, 3, 3, 4, 5] if acct[9] != "P" else [1, 1, 2])
        for k in range(n):
            first, last = rng.choice(_FIRST), rng.choice(_LAST)
            domain = acct[2].lower().replace(" ", "") + ".com"
            email = f"{first[0].lower()}.{last.lower()}@{domain}"
            dnc = int(rng.random() < 0.08)
            contacts.append((len(contacts) + 1, acct[0], first, last, rng.choice(_JOBS), email, int(k == 0), dnc))
    products = [(i, *p[:6]) for i, p in enumerate(_PRODUCTS, 1)]
    acct_w = [(5 if a[9] == "C" else 1.5 if a[9] == "X" else 1) * (0 if a[0] % 11 == 7 else 1) * (
        6 if a[0] in (14, 58, 133) else 1) for a in accounts]  # fmt: skip
    opportunities, lines = [], []
    for i in range(1, 661):
        acct = rng.choices(accounts, weights=acct_w)[0]
        owner = next(r for r in reps if r[0] == acct[8])
        if rng.random() < 0.12:
            owner = rng.choice([r for r in sellers if r[4] == owner[4]])
        created = random_day(rng, dt.date(2023, 1, 2), dt.date(2025, 6, 25))
        kind = "NB" if acct[9] == "P" else rng.choices(["NB", "UP", "RN"], weights=[2, 4, 5])[0]
        close = created + dt.timedelta(days=rng.randint(14, 170))
        if close <= _TODAY:
            won = rng.random() < {"NB": 0.3, "UP": 0.5, "RN": 0.8}[kind] + (0.1 if owner[5] == "SAE" else 0)
            stage, prob = ("Closed Won", 100) if won else ("Closed Lost", 0)
        else:
            stage, prob = rng.choice(_OPEN)
        loss = rng.choices(_LOSS, weights=[x[1] for x in _LOSS])[0][0] if stage == "Closed Lost" else None
        src = "REN" if kind == "RN" else rng.choices(_SOURCES, weights=[s[1] for s in _SOURCES])[0][0]
        total = 0.0
        picks = rng.sample(range(12), rng.choice([1, 1, 2, 2, 3, 4]))
        for p in picks:
            prod = products[p] if rng.random() < 0.5 else rng.choices(products, weights=[x[6] for x in _PRODUCTS])[0]
            if any(line[1] == i and line[2] == prod[0] for line in lines[-5:]):
                continue
            qty = rng.choice([10, 25, 50, 75, 100, 150, 250, 400]) if prod[5] == "seat" else rng.choice([1, 1, 1, 2, 3])
            disc = rng.choice([0, 0, 5, 10, 10, 15, 20, 25, 30])
            lines.append((len(lines) + 1, i, prod[0], qty, prod[4], disc))
            total += qty * prod[4] * (100 - disc) / 100
        product_word = products[lines[-1][2] - 1][2]
        label = {"NB": "New", "UP": "Expansion", "RN": f"Renewal {close.year}"}[kind]
        opportunities.append((i, f"OP-{230000 + i * 7}", f"{acct[2]} - {product_word} {label}", acct[0],
                              owner[0], kind, stage, round(total), prob, created.isoformat(), close.isoformat(), src,
                              loss))  # fmt: skip
    sdrs = [r for r in reps if r[5] == "SDR"]
    sdr_w = [4 if r[0] == sdrs[1][0] else 0.4 if not r[9] else 1 for r in sdrs]
    leads = []
    for i in range(1, 901):
        sdr = rng.choices(sdrs, weights=sdr_w)[0]
        created = random_day(rng, dt.date(2023, 1, 2), dt.date(2025, 6, 28))
        src = rng.choices(_SOURCES, weights=[s[1] for s in _SOURCES])[0][0]
        age = (_TODAY - created).days
        status = rng.choices(
            ["N", "W", "Q", "D", "C"], weights=[8, 15, 10, 40, 27] if age > 60 else [40, 35, 15, 5, 5]
        )[0]
        if src == "REF" and status == "D" and rng.random() < 0.5:
            status = "C"
        first, last = rng.choice(_FIRST), rng.choice(_LAST)
        if status == "C":
            acct = rng.choice(accounts)
            conv = min(_TODAY, created + dt.timedelta(days=rng.randint(3, 60)))
            leads.append((i, first, last, acct[2], src, status, sdr[0], created.isoformat(), acct[0], conv.isoformat()))
        else:
            company = f"{rng.choice(_CO_A)} {rng.choice(rng.choice(list(_CO_B.values())))}"
            leads.append((i, first, last, company, src, status, sdr[0], created.isoformat(), None, None))
    by_account = {}
    for c in contacts:
        by_account.setdefault(c[1], []).append(c)
    opps_by_account = {}
    for o in opportunities:
        opps_by_account.setdefault(o[3], []).append(o)
    act_reps = [r for r in reps if r[5] != "RVP" or r[0] == 1]
    act_w = [(5 if r[0] in (3, 21) else 1) * (0.2 if not r[9] else 1) for r in act_reps]
    activities = []
    for _ in range(3200):
        rep = rng.choices(act_reps, weights=act_w)[0]
        mine = [a for a in accounts if a[8] == rep[0]] or [a for a in accounts if a[9] == "P"]
        acct = rng.choice(mine)
        kind = rng.choices(["C", "M", "E", "D"], weights=[35, 18, 40, 7])[0]
        people = [c for c in by_account.get(acct[0], []) if not c[7] and c[0] % 9 != 2]
        contact = rng.choice(people)[0] if people and rng.random() < 0.85 else None
        deals = opps_by_account.get(acct[0], [])
        deal = rng.choice(deals) if deals and rng.random() < 0.6 else None
        if deal:
            lo = dt.date.fromisoformat(deal[9])
            hi = min(_TODAY, dt.date.fromisoformat(deal[10]))
            day = random_day(rng, lo, max(lo, hi))
        else:
            day = random_day(rng, dt.date(2023, 1, 2), _TODAY)
        while day.weekday() > 4:
            day -= dt.timedelta(days=1)
        minutes = {"C": rng.choice([5, 10, 15, 20, 30]), "M": rng.choice([30, 45, 60, 90]), "E": 0,
                   "D": rng.choice([45, 60, 60, 90])}[kind]  # fmt: skip
        activities.append((kind, rep[0], acct[0], contact, deal[0] if deal else None, day.isoformat(), minutes))
    activities.sort(key=lambda a: (a[5], a[1], a[2]))
    activities = [(i, *a) for i, a in enumerate(activities, 1)]
    return {"regions": regions, "reps": reps, "industries": industries, "accounts": accounts, "contacts": contacts,
            "leads": leads, "opportunities": opportunities, "products": products, "opp_lines": lines,
            "activities": activities}  # fmt: skip


def build_crm_database(path: str | Path) -> Path:
    """Write the sales CRM's database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
