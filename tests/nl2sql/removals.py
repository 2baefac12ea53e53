"""A made-up house removals and storage company with three branches, written by someone who had not seen the engine's
rules: the ``removals`` dev set's database.

Eleven tables with foreign keys, named the way a system grown over years ends up: ``customers`` (a ``cust_no``, the
``cust_name``, ``cust_type`` 'P' private household / 'B' business account, email, phone, home town, ``created_dt``
and a ``mkt_optin`` 'Y'/'N' marketing flag), ``quotes`` (a ``quote_ref`` for a customer: ``quote_dt``, how the
surveyor saw the goods in ``survey`` 'H' home visit / 'V' video call / 'W' web form, ``from_town`` and ``to_town``,
the estimated volume ``est_cuft`` in cubic feet, the ``quoted_amt`` in pounds before VAT and a ``status`` 'A'
accepted / 'D' declined / 'E' expired / 'P' pending), ``veh`` (the vans and lorries: ``reg_no``, make, model,
``veh_type`` 'LUTON' / '7.5T' / '18T', load capacity ``cap_cuft``, the ``branch`` it works from, ``in_svc`` 'Y'/'N',
``purch_dt`` and ``mot_due``), ``crew_mbr`` (an ``emp_no``, ``first_nm`` and ``surname``, ``role_cd`` 'FOR'
foreman / 'DRV' driver / 'POR' porter / 'PKR' packer, ``branch``, ``hrly_rate`` in pounds, ``hgv_lic`` 'Y'/'N',
``start_dt`` and ``leave_dt`` when they left), ``mv_jobs`` (the moves: a ``job_no``, the quote it came from, if
any, the customer, ``branch``, the vehicle, ``move_dt``, ``job_type`` 'DOM' domestic house move / 'COM' office or
commercial move / 'STO' move into storage, ``status`` 'B' booked / 'C' completed / 'X' cancelled, ``packing`` 'Y'
when the packing service was bought, ``crew_sz``, ``miles``, ``est_hrs`` and ``act_hrs`` once done),
``job_crew`` (which crew members worked a completed job, ``is_lead`` 'Y' for the one in charge, and ``hrs`` worked),
``stor_unit`` (storage units: ``unit_no``, ``branch``, ``size_sqft``, ``unit_type`` 'STD' standard / 'CLM'
climate-controlled / 'CTR' container, and the list price ``wkly_rate``), ``stor_contract`` (a customer renting a
unit: ``contract_no``, ``start_dt``, ``end_dt`` once ended, the agreed ``wk_rate``, the insured value ``ins_cover``
and ``status`` 'A' active / 'T' terminated), ``dmg_claims`` (a customer's claim for goods damaged on a job:
``claim_ref``, ``claim_dt``, the ``item``, ``claim_amt``, ``settled_amt`` once paid and ``status`` 'O' open / 'P'
paid out / 'R' rejected), ``invoices`` (an ``inv_no`` for a customer, either for a job or for four weeks of a
storage contract: ``inv_dt``, ``due_dt``, ``inv_amt`` net of VAT, ``vat_amt`` and ``status`` 'O' outstanding / 'P'
paid / 'W' written off) and ``payments`` (money received against an invoice: ``pay_dt``, ``amount`` and ``method``
'CARD' / 'BACS' / 'CASH' / 'CHQ'). Branch codes are 'MCR' Manchester, 'LDS' Leeds and 'SHF' Sheffield. Rows come
from a fixed seed, so every build holds the same rows; a handful of business accounts (letting agents, relocation
firms) book most of the jobs, many private customers only ever got a quote, some vans and crew never worked a job
and some storage units were never rented.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_removals_database(pathlib.Path(tempfile.mkdtemp()) / "removals.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM customers").fetchone()
    (560,)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_removals_database"]

_SCHEMA = """
CREATE TABLE customers (
    id INTEGER PRIMARY KEY, cust_no TEXT NOT NULL, cust_name TEXT NOT NULL, cust_type TEXT NOT NULL, email TEXT,
    phone TEXT, town TEXT NOT NULL, created_dt DATE NOT NULL, mkt_optin TEXT NOT NULL
);
CREATE TABLE quotes (
    id INTEGER PRIMARY KEY, quote_ref TEXT NOT NULL, customer_id INTEGER NOT NULL REFERENCES customers (id),
    quote_dt DATE NOT NULL, survey TEXT NOT NULL, from_town TEXT NOT NULL, to_town TEXT NOT NULL,
    est_cuft INTEGER NOT NULL, quoted_amt NUMERIC NOT NULL, status TEXT NOT NULL
);
CREATE TABLE veh (
    id INTEGER PRIMARY KEY, reg_no TEXT NOT NULL, make TEXT NOT NULL, model TEXT NOT NULL, veh_type TEXT NOT NULL,
    cap_cuft INTEGER NOT NULL, branch TEXT NOT NULL, in_svc TEXT NOT NULL, purch_dt DATE NOT NULL, mot_due DATE NOT NULL
);
CREATE TABLE crew_mbr (
    id INTEGER PRIMARY KEY, emp_no TEXT NOT NULL, first_nm TEXT NOT NULL, surname TEXT NOT NULL, role_cd TEXT NOT NULL,
    branch TEXT NOT NULL, hrly_rate NUMERIC NOT NULL, hgv_lic TEXT NOT NULL, start_dt DATE NOT NULL, leave_dt DATE
);
CREATE TABLE mv_jobs (
    id INTEGER PRIMARY KEY, job_no TEXT NOT NULL, quote_id INTEGER REFERENCES quotes (id),
    cust_id INTEGER NOT NULL REFERENCES customers (id), branch TEXT NOT NULL, veh_id INTEGER REFERENCES veh (id),
    move_dt DATE NOT NULL, job_type TEXT NOT NULL, status TEXT NOT NULL, packing TEXT NOT NULL,
    crew_sz INTEGER NOT NULL, miles INTEGER NOT NULL, est_hrs NUMERIC NOT NULL, act_hrs NUMERIC
);
CREATE TABLE job_crew (
    id INTEGER PRIMARY KEY, job_id INTEGER NOT NULL REFERENCES mv_jobs (id),
    crew_id INTEGER NOT NULL REFERENCES crew_mbr (id), is_lead TEXT NOT NULL, hrs NUMERIC NOT NULL
);
CREATE TABLE stor_unit (
    id INTEGER PRIMARY KEY, unit_no TEXT NOT NULL, branch TEXT NOT NULL, size_sqft INTEGER NOT NULL,
    unit_type TEXT NOT NULL, wkly_rate NUMERIC NOT NULL
);
CREATE TABLE stor_contract (
    id INTEGER PRIMARY KEY, contract_no TEXT NOT NULL, cust_id INTEGER NOT NULL REFERENCES customers (id),
    unit_id INTEGER NOT NULL REFERENCES stor_unit (id), start_dt DATE NOT NULL, end_dt DATE,
    wk_rate NUMERIC NOT NULL, ins_cover NUMERIC NOT NULL, status TEXT NOT NULL
);
CREATE TABLE dmg_claims (
    id INTEGER PRIMARY KEY, claim_ref TEXT NOT NULL, job_id INTEGER NOT NULL REFERENCES mv_jobs (id),
    claim_dt DATE NOT NULL, item TEXT NOT NULL, claim_amt NUMERIC NOT NULL, settled_amt NUMERIC, status TEXT NOT NULL
);
CREATE TABLE invoices (
    id INTEGER PRIMARY KEY, inv_no TEXT NOT NULL, cust_id INTEGER NOT NULL REFERENCES customers (id),
    job_id INTEGER REFERENCES mv_jobs (id), contract_id INTEGER REFERENCES stor_contract (id), inv_dt DATE NOT NULL,
    due_dt DATE NOT NULL, inv_amt NUMERIC NOT NULL, vat_amt NUMERIC NOT NULL, status TEXT NOT NULL
);
CREATE TABLE payments (
    id INTEGER PRIMARY KEY, inv_id INTEGER NOT NULL REFERENCES invoices (id), pay_dt DATE NOT NULL,
    amount NUMERIC NOT NULL, method TEXT NOT NULL
);
"""

_CUTOFF = dt.date(2025, 10, 31)  # the day the extract was taken: later moves are still booked
#: branch code, towns it serves (the first is the branch's own town)
_BRANCHES = {
    "MCR": ["Manchester", "Stockport", "Salford", "Altrincham", "Bolton", "Oldham", "Sale", "Bury"],
    "LDS": ["Leeds", "Bradford", "Wakefield", "Harrogate", "Huddersfield", "Otley", "Halifax"],
    "SHF": ["Sheffield", "Rotherham", "Barnsley", "Chesterfield", "Doncaster"],
}
_FAR_TOWNS = ["London", "Bristol", "Edinburgh", "Glasgow", "Birmingham", "Newcastle", "Cardiff", "Norwich", "York",
              "Liverpool", "Nottingham", "Leicester", "Brighton", "Exeter", "Aberdeen"]  # fmt: skip
_FIRST = ["James", "Sarah", "David", "Emma", "Michael", "Laura", "Paul", "Rachel", "Chris", "Helen", "Tom", "Claire",
          "Mark", "Lucy", "Steven", "Hannah", "Andrew", "Sophie", "Daniel", "Katie", "Gary", "Nicola", "Ian",
          "Priya", "Imran", "Joanne", "Peter", "Fiona", "Richard", "Amy", "Neil", "Zoe", "Graham", "Jenny",
          "Tariq", "Anna"]  # fmt: skip
_SURNAMES = ["Smith", "Jones", "Taylor", "Brown", "Wilson", "Walker", "Wright", "Thompson", "Robinson", "Hughes",
             "Hall", "Wood", "Clarke", "Turner", "Hill", "Cooper", "Ward", "Moore", "Kaur", "Khan", "Patel",
             "Holroyd", "Sutcliffe", "Ackroyd", "Barraclough", "Hepworth", "Whiteley", "Greenwood", "Brook",
             "Mellor", "Hargreaves", "Fletcher", "Duffy", "Murphy", "Nowak", "Kowalczyk", "Shaw", "Lees",
             "Bibby", "Rowbotham"]  # fmt: skip
#: business accounts: name, home town, weight for how many jobs they book
_BUSINESSES = [
    ("Northern Relocation Services Ltd", "Manchester", 30), ("Pennine Lettings", "Huddersfield", 22),
    ("Cartwright & Dunn Estate Agents", "Leeds", 16), ("Steel City Student Lets", "Sheffield", 14),
    ("Brightwater Housing Association", "Bradford", 11), ("Hallam University Estates", "Sheffield", 8),
    ("Quayside Office Interiors", "Salford", 7), ("Marsden Solicitors LLP", "Stockport", 5),
    ("Airedale NHS Trust Facilities", "Bradford", 5), ("Kirkgate Antiques", "Wakefield", 4),
    ("Moorside Care Homes", "Oldham", 4), ("Redrose Corporate Moves", "Bolton", 3),
    ("Oakwood Primary School", "Leeds", 2), ("Fenwick Dental Group", "Harrogate", 2),
    ("Castleton Interiors", "Chesterfield", 2), ("Ridings Self Build Ltd", "Halifax", 1),
    ("Dearne Valley Council", "Barnsley", 1), ("Peak Outdoor Supplies", "Sheffield", 1),
    ("Trafford Print Works", "Altrincham", 1), ("Aire Valley Archives", "Otley", 1),
]  # fmt: skip
#: make, model, type, capacity in cubic feet
_VEH_MODELS = [("Ford", "Transit Luton", "LUTON", 650), ("Peugeot", "Boxer Luton", "LUTON", 600),
               ("Iveco", "Eurocargo 75E", "7.5T", 1200), ("DAF", "LF 180", "7.5T", 1300),
               ("DAF", "LF 290", "18T", 2200), ("MAN", "TGL 18.250", "18T", 2100)]  # fmt: skip
_ITEMS = ["Oak wardrobe", "Glass coffee table", "Television", "Sofa", "Dining chairs", "Piano", "Mirror", "Bookcase",
          "Chest of drawers", "Washing machine", "Framed painting", "Bed frame", "China dinner set", "Fridge freezer",
          "Desk", "Wall plaster", "Door frame", "Filing cabinet", "Grandfather clock", "Garden ornaments"]  # fmt: skip


def _phone(rng: random.Random) -> str:
    return f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}"


def _branch_of(town: str) -> str:
    for code, towns in _BRANCHES.items():
        if town in towns:
            return code
    return "MCR"


def _rows(seed: int = 52061) -> dict[str, list[tuple]]:  # noqa: C901, PLR0912, PLR0915 - one generator per table
    rng = random.Random(seed)
    all_towns = [t for towns in _BRANCHES.values() for t in towns]
    town_weights = [5 if i == 0 else 2 for towns in _BRANCHES.values() for i, _ in enumerate(towns)]
    # customers: twenty business accounts spread through the list, the rest households
    customers = []
    business_at = set(rng.sample(range(1, 561), len(_BUSINESSES)))
    businesses = iter(_BUSINESSES)
    weight = {}
    for i in range(1, 561):
        created = random_day(rng, dt.date(2022, 1, 3), dt.date(2025, 10, 10))
        if i in business_at:
            name, town, w = next(businesses)
            email = f"accounts@{name.split()[0].lower()}{rng.choice(['.co.uk', '.com', '.org.uk'])}"
            created = random_day(rng, dt.date(2022, 1, 3), dt.date(2023, 6, 30)) if w > 2 else created
            phone = f"0{rng.randint(113, 161)} {rng.randint(2000000, 9999999)}"
            customers.append((i, f"B{4000 + i}", name, "B", email, phone, town, created.isoformat(), "N"))
            weight[i] = w
        else:
            first = rng.choice(_FIRST)
            name = f"{first} {rng.choice(_SURNAMES)}"
            if rng.random() < 0.15:
                titles = ["Mr", "Dr"] if _FIRST.index(first) % 2 == 0 else ["Mrs", "Ms", "Miss", "Dr"]
                name = f"{rng.choice(titles)} {name}"
            bare = name.split()[-2:]
            domain = rng.choice(["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com"])
            email = f"{bare[0].lower()}.{bare[1].lower()}{rng.randint(1, 99)}@{domain}" if rng.random() < 0.9 else None
            town = rng.choices(all_towns, weights=town_weights)[0]
            customers.append((i, f"C{10000 + i}", name, "P", email, _phone(rng) if rng.random() < 0.95 else None,
                              town, created.isoformat(), rng.choices(["Y", "N"], weights=[35, 65])[0]))  # fmt: skip
    # vehicles: eight or so per branch, a few sold or off the road
    veh = []
    letters = "ABCDEFGHJKLMNPRSTVWXY"
    for i in range(1, 26):
        branch = ["MCR", "LDS", "SHF"][(i - 1) % 3] if i <= 24 else "MCR"
        make, model, kind, cap = rng.choices(_VEH_MODELS, weights=[4, 2, 3, 3, 2, 1])[0]
        bought = random_day(rng, dt.date(2016, 3, 1), dt.date(2024, 9, 30))
        plate_year = bought.year % 100 + (50 if bought.month >= 9 else 0)
        reg = f"{rng.choice(['MA', 'MX', 'YD', 'YK', 'YJ', 'YG'])}{plate_year:02d} {''.join(rng.sample(letters, 3))}"
        in_svc = "N" if i in (7, 15, 22, 25) else "Y"
        mot = random_day(rng, dt.date(2025, 11, 1), dt.date(2026, 10, 31)) if in_svc == "Y" else random_day(
            rng, dt.date(2023, 1, 1), dt.date(2024, 12, 31))  # fmt: skip
        veh.append((i, reg, make, model, kind, cap, branch, in_svc, bought.isoformat(), mot.isoformat()))
    # crew: a mix of roles per branch; some left, some joined too late or too part-time to work a job here
    crew = []
    crew_names = rng.sample([(f, s) for f in _FIRST for s in _SURNAMES], 56)
    roles = ["FOR"] * 4 + ["DRV"] * 5 + ["POR"] * 7 + ["PKR"] * 2
    for i in range(1, 57):
        branch = ["MCR", "LDS", "SHF"][(i - 1) % 3]
        role = roles[((i - 1) // 3) % len(roles)] if i <= 54 else "PKR"
        start = random_day(rng, dt.date(2012, 4, 1), dt.date(2025, 6, 30))
        left = None
        if rng.random() < 0.18:
            left = random_day(rng, max(start + dt.timedelta(days=120), dt.date(2022, 3, 1)), dt.date(2025, 9, 30))
        if i in (55, 56):
            start, left = dt.date(2025, 10, 27), None  # joined the week of the extract
        rate = {"FOR": 15.5, "DRV": 14.0, "POR": 12.2, "PKR": 12.0}[role] + rng.randrange(0, 9) * 0.25
        hgv = "Y" if role == "DRV" or (role == "FOR" and rng.random() < 0.5) else "N"
        first, last = crew_names[i - 1]
        crew.append((i, f"E{300 + i * 3}", first, last, role, branch, round(rate, 2), hgv, start.isoformat(),
                     left.isoformat() if left else None))  # fmt: skip
    # quotes: households mostly one, business accounts many; about a quarter of households never go ahead
    quotes = []
    for cust in customers:
        cid, created = cust[0], dt.date.fromisoformat(cust[7])
        if cust[3] == "B":
            n = max(1, round(weight[cid] * rng.uniform(1.6, 2.4)))
        else:
            n = rng.choices([0, 1, 2, 3], weights=[8, 70, 18, 4])[0]
        for _ in range(n):
            day = random_day(rng, created, min(created + dt.timedelta(days=900 if cust[3] == "B" else 120),
                                               dt.date(2025, 10, 24)))  # fmt: skip
            origin = cust[6]
            if cust[3] == "B":
                dest = rng.choice(_BRANCHES[_branch_of(origin)])
            elif rng.random() < 0.25:
                dest = rng.choice(_FAR_TOWNS)
            else:
                dest = rng.choices(all_towns, weights=town_weights)[0]
            survey = rng.choices(["H", "V", "W"], weights=[45, 35, 20])[0]
            cuft = rng.randrange(250, 2000, 25) if cust[3] == "P" else rng.randrange(200, 2400, 50)
            dist_extra = 450 if dest in _FAR_TOWNS else 0
            amt = round(180 + cuft * rng.uniform(0.55, 0.8) + dist_extra + rng.randrange(0, 20) * 5, 2)
            quotes.append([0, "", cid, day, survey, origin, dest, cuft, amt, ""])
    quotes.sort(key=lambda q: (q[3], q[2]))
    for n, q in enumerate(quotes, 1):
        q[0], q[1] = n, f"Q{q[3].year % 100:02d}-{n:05d}"
        if q[3] > dt.date(2025, 9, 20):
            q[9] = rng.choices(["P", "A"], weights=[3, 1])[0]
        else:
            q[9] = rng.choices(["A", "D", "E"], weights=[62, 22, 16])[0]
    # jobs: one per accepted quote, plus repeat office moves booked without a fresh quote
    cust_by_id = {c[0]: c for c in customers}
    job_src = []
    for q in quotes:
        if q[9] == "A":
            job_src.append((q[3] + dt.timedelta(days=rng.randint(5, 60)), q))
    for cid, w in weight.items():
        for _ in range(w // 4):
            job_src.append((random_day(rng, dt.date(2022, 6, 1), dt.date(2025, 12, 15)), ("noquote", cid)))
    job_src.sort(key=lambda s: (s[0], s[1][2] if isinstance(s[1], list) else s[1][1]))
    jobs = []
    storage_moves = []
    for n, (day, src) in enumerate(job_src, 1):
        if isinstance(src, list):
            qid, cid, cuft, miles_far = src[0], src[2], src[7], src[6] in _FAR_TOWNS
        else:
            qid, cid, cuft, miles_far = None, src[1], rng.randrange(200, 1500, 50), False
        cust = cust_by_id[cid]
        branch = _branch_of(cust[6])
        kind = ("COM" if rng.random() < 0.8 else "DOM") if cust[3] == "B" else "STO" if rng.random() < 0.12 else "DOM"
        status = "B" if day > _CUTOFF else "X" if rng.random() < 0.07 else "C"
        packing = "Y" if rng.random() < (0.45 if cust[3] == "P" else 0.2) else "N"
        crew_sz = 2 if cuft < 600 else (3 if cuft < 1300 else 4)
        crew_sz += 1 if packing == "Y" and rng.random() < 0.4 else 0
        miles = rng.randint(120, 420) if miles_far else rng.randint(3, 45)
        est = round(2 + cuft / 250 + miles / 45 + (1.5 if packing == "Y" else 0), 1)
        act = round(est * rng.uniform(0.8, 1.35), 1) if status == "C" else None
        fits = [v for v in veh if v[6] == branch and v[5] >= cuft * 0.8 and v[8] <= day.isoformat()
                and (v[7] == "Y" or v[0] % 2)] or [v for v in veh if v[6] == branch]  # fmt: skip
        vid = rng.choice(fits)[0] if status != "X" else None
        jobs.append((n, f"J{day.year}{n:05d}", qid, cid, branch, vid, day.isoformat(), kind, status, packing,
                     crew_sz, miles, est, act))  # fmt: skip
        if kind == "STO" and status == "C":
            storage_moves.append((cid, branch, day, cuft))
    # crew on completed jobs: a lead (foreman if one is about) and the rest from the branch's staff on the day
    job_crew = []
    for job in jobs:
        if job[8] != "C":
            continue  # crews are rostered the week before, so booked moves have none yet
        day = job[6]
        there = [c for c in crew if c[5] == job[4] and c[8] <= day and (c[9] is None or c[9] >= day)
                 and c[0] % 11 != 5]  # fmt: skip
        foremen = [c for c in there if c[4] == "FOR"]
        lead = rng.choice(foremen or there)
        others = rng.sample([c for c in there if c is not lead], min(job[10] - 1, len(there) - 1))
        for c in [lead, *others]:
            hrs = round(job[13] + rng.choice([0, 0, 0, -0.5, 0.5]), 1)
            job_crew.append((len(job_crew) + 1, job[0], c[0], "Y" if c is lead else "N", hrs))
    # storage units: rows of units at each branch, the dearer climate-controlled ones less often let
    units = []
    for branch, count in (("MCR", 60), ("LDS", 50), ("SHF", 40)):
        for k in range(1, count + 1):
            kind = rng.choices(["STD", "CLM", "CTR"], weights=[6, 2, 3])[0]
            size = rng.choice([25, 35, 50, 75, 100, 150]) if kind != "CTR" else rng.choice([160, 320])
            rate = round(size * {"STD": 0.42, "CLM": 0.61, "CTR": 0.3}[kind] + rng.choice([0, 1.5, 2.5]), 2)
            units.append((len(units) + 1, f"{branch}-{'ABCD'[(k - 1) // 15]}{(k - 1) % 15 + 1:02d}", branch, size,
                          kind, rate))  # fmt: skip
    free_from = {u[0]: dt.date(2022, 1, 1) for u in units}
    never = {u[0] for u in units if u[0] % 9 == 4}
    contracts = []

    def let_unit(cid: int, branch: str, start: dt.date, size_needed: int, months: int | None) -> None:
        pool = [u for u in units if u[2] == branch and u[0] not in never and free_from[u[0]] <= start
                and u[3] >= size_needed]  # fmt: skip
        if not pool:
            return
        unit = min(pool, key=lambda u: (u[3], rng.random()))
        end = start + dt.timedelta(days=30 * months) if months else None
        if end and end > _CUTOFF:
            end = None
        free_from[unit[0]] = end + dt.timedelta(days=1) if end else dt.date(2099, 1, 1)
        rate = round(unit[5] * rng.choice([1, 1, 1, 0.9, 0.85]), 2)
        cover = rng.choice([5000, 10000, 15000, 20000, 30000, 50000])
        contracts.append([0, "", cid, unit[0], start, end, rate, cover, "T" if end else "A"])

    for cid, branch, day, cuft in storage_moves:
        let_unit(cid, branch, day, 25 if cuft < 500 else (50 if cuft < 1000 else 100), rng.randint(1, 20))
    private = [c for c in customers if c[3] == "P"]
    for _ in range(150):
        cust = rng.choice(private) if rng.random() < 0.85 else cust_by_id[rng.choice(list(weight))]
        start = random_day(rng, max(dt.date.fromisoformat(cust[7]), dt.date(2022, 1, 3)), dt.date(2025, 10, 20))
        let_unit(cust[0], _branch_of(cust[6]), start, rng.choice([25, 35, 50, 75, 150]),
                 rng.choices([None, rng.randint(1, 24)], weights=[1, 4])[0])  # fmt: skip
    contracts.sort(key=lambda c: (c[4], c[2]))
    for n, c in enumerate(contracts, 1):
        c[0], c[1] = n, f"SC{c[4].year}-{n:04d}"
    # damage claims on about one completed job in ten, more on long-distance and packed jobs
    claims = []
    for job in jobs:
        if job[8] != "C":
            continue
        if rng.random() < (0.08 if job[11] < 100 else 0.2):
            day = dt.date.fromisoformat(job[6]) + dt.timedelta(days=rng.randint(1, 40))
            if day > _CUTOFF:
                continue
            amt = round(rng.choice([40, 75, 120, 180, 250, 400, 650, 900, 1500, 2400]) * rng.uniform(0.8, 1.2), 2)
            status = "O" if day > dt.date(2025, 6, 30) else rng.choices(["P", "R", "O"], weights=[12, 5, 1])[0]
            settled = round(amt * rng.choice([1, 1, 0.75, 0.5]), 2) if status == "P" else None
            claims.append((len(claims) + 1, f"DC{len(claims) + 101:04d}", job[0], day.isoformat(), rng.choice(_ITEMS),
                           amt, settled, status))  # fmt: skip
    # invoices: one per completed job at the quoted price (plus any extra hours), four-weekly ones for storage
    quote_amt = {q[0]: q[8] for q in quotes}
    inv_src = []
    for job in jobs:
        if job[8] != "C":
            continue
        base = quote_amt[job[2]] if job[2] else round(job[12] * job[10] * 32 + 95, 2)
        if job[13] and job[13] > job[12] * 1.2:
            base = round(base + (job[13] - job[12]) * 60, 2)
        inv_src.append((dt.date.fromisoformat(job[6]), job[3], job[0], None, base))
    for c in contracts:
        day, stop = c[4], c[5] or _CUTOFF
        while day <= stop:
            inv_src.append((day, c[2], None, c[0], round(c[6] * 4, 2)))
            day += dt.timedelta(days=28)
    inv_src.sort(key=lambda s: (s[0], s[1], s[2] or 0, s[3] or 0))
    invoices, payments = [], []
    slow = {cid for cid in weight if cid % 3 == 0}
    for n, (day, cid, jid, contract_id, net) in enumerate(inv_src, 1):
        business = cust_by_id[cid][3] == "B"
        due = day + dt.timedelta(days=30 if business else 14)
        age = (_CUTOFF - day).days
        if age < 20:
            status = "O" if rng.random() < 0.7 else "P"
        elif age < 75 and (business or rng.random() < 0.1):
            status = "O" if rng.random() < (0.5 if cid in slow else 0.2) else "P"
        else:
            status = rng.choices(["P", "O", "W"], weights=[95, 3, 2])[0]
        vat = round(net * 0.2, 2)
        invoices.append((n, f"INV{day.year % 100:02d}{n:06d}", cid, jid, contract_id, day.isoformat(), due.isoformat(),
                         net, vat, status))  # fmt: skip
        total = round(net + vat, 2)
        method = (rng.choices(["BACS", "CHQ"], weights=[9, 1])[0] if business
                  else rng.choices(["CARD", "BACS", "CASH"], weights=[6, 3, 1])[0])  # fmt: skip
        lag = rng.randint(5, 55) if business and cid in slow else rng.randint(0, 25)
        paid_on = min(day + dt.timedelta(days=lag), _CUTOFF)
        if status == "P":
            if jid and not business and rng.random() < 0.3:
                deposit = round(total * 0.25, 2)
                deposit_on = max(paid_on - dt.timedelta(days=rng.randint(7, 30)), dt.date(2022, 1, 3))
                payments.append((deposit_on, n, deposit, "CARD"))
                payments.append((paid_on, n, round(total - deposit, 2), method))
            else:
                payments.append((paid_on, n, total, method))
        elif status == "O" and rng.random() < 0.25:
            payments.append((paid_on, n, round(total * 0.5, 2), method))
    payments.sort(key=lambda p: (p[0], p[1]))
    payments = [(i, p[1], p[0].isoformat(), p[2], p[3]) for i, p in enumerate(payments, 1)]
    quotes = [(q[0], q[1], q[2], q[3].isoformat(), *q[4:]) for q in quotes]
    contracts = [(c[0], c[1], c[2], c[3], c[4].isoformat(), c[5].isoformat() if c[5] else None, *c[6:])
                 for c in contracts]  # fmt: skip
    return {"customers": customers, "quotes": quotes, "veh": veh, "crew_mbr": crew, "mv_jobs": jobs,
            "job_crew": job_crew, "stor_unit": units, "stor_contract": contracts, "dmg_claims": claims,
            "invoices": invoices, "payments": payments}  # fmt: skip


def build_removals_database(path: str | Path) -> Path:
    """Write the removals company's database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
