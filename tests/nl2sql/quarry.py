"""A made-up aggregates company running six quarries and pits in the English Midlands and the North, written by
someone who had not seen the engine's rules: the ``quarry`` dev set's database.

Nine tables with foreign keys: ``quarries`` (a ``qry_code``, name, county, ``rock_type``, ``status`` 'Active' or
'Mothballed', the planning permit ``permit_tpa`` in tonnes a year and ``opened_yr``), ``products`` (a ``prod_code``,
description, category such as 'Sub-base' or 'Sand', ``size_mm`` which is empty for ungraded material, and the
``list_price`` per tonne), ``customers`` (an ``acct_no``, ``cust_name``, ``cust_type`` such as 'Contractor' or
'Ready-mix', town, ``credit_lmt`` empty for cash accounts, ``acct_sts`` 'A' active / 'H' on hold / 'C' closed and
``opened_dt``), ``lorries`` (a ``reg_no``, ``fleet`` 'OWN' for the company's own tippers or 'SUB' for a
subcontract haulier, ``haulier_name`` empty for own fleet, ``body_type``, ``axles`` and ``payload_t``),
``sales_orders`` (an ``order_no``: customer, quarry, product, ``order_dt``, ``qty_t`` ordered tonnes, the agreed
``price_per_t``, ``deliv_method`` 'DEL' delivered or 'COL' collected, ``status`` 'Open' / 'Complete' /
'Cancelled' and the customer's ``po_ref`` when given), ``weighbridge_tickets`` (one load out of the gate against an
order: ``ticket_no``, quarry, lorry (empty when the customer collected), ``weighed_at``, ``gross_kg``, ``tare_kg``,
``net_t`` and a ``haul_charge`` for delivered loads), ``plant`` (crushers, screens and mobile plant at a quarry:
``plant_no``, ``plant_type``, ``make``, ``rated_tph`` for fixed processing plant, ``commissioned_on`` and
``status``), ``maintenance_jobs`` (work on a piece of plant: ``job_no``, ``job_type`` 'PM' planned / 'BD' breakdown /
'INSP' inspection, ``raised_dt``, ``closed_dt`` empty while open, ``downtime_hrs``, ``parts_cost``, ``labour_hrs``,
``fitter`` and a ``fault_desc`` for breakdowns) and ``monthly_production`` (tonnes of each product made at a quarry
in a month starting ``prod_month``). Rows come from a fixed seed, so every build holds the same rows; sales are
skewed towards the biggest quarry and a handful of large accounts, one ageing jaw crusher breaks down far more often
than the rest, cancelled orders have no tickets and the mothballed pit stopped selling in mid 2024.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_quarry_database(pathlib.Path(tempfile.mkdtemp()) / "quarry.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM quarries").fetchone()
    (6,)
"""

from __future__ import annotations

import datetime as dt
import math
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_quarry_database"]

_SCHEMA = """
CREATE TABLE quarries (
    id INTEGER PRIMARY KEY, qry_code TEXT NOT NULL UNIQUE, name TEXT NOT NULL, county TEXT NOT NULL,
    rock_type TEXT NOT NULL, status TEXT NOT NULL, permit_tpa INTEGER NOT NULL, opened_yr INTEGER NOT NULL
);
CREATE TABLE products (
    id INTEGER PRIMARY KEY, prod_code TEXT NOT NULL UNIQUE, description TEXT NOT NULL, category TEXT NOT NULL,
    size_mm INTEGER, list_price NUMERIC NOT NULL
);
CREATE TABLE customers (
    id INTEGER PRIMARY KEY, acct_no TEXT NOT NULL UNIQUE, cust_name TEXT NOT NULL, cust_type TEXT NOT NULL,
    town TEXT NOT NULL, credit_lmt NUMERIC, acct_sts TEXT NOT NULL, opened_dt DATE NOT NULL
);
CREATE TABLE lorries (
    id INTEGER PRIMARY KEY, reg_no TEXT NOT NULL UNIQUE, fleet TEXT NOT NULL, haulier_name TEXT,
    body_type TEXT NOT NULL, axles INTEGER NOT NULL, payload_t NUMERIC NOT NULL
);
CREATE TABLE sales_orders (
    id INTEGER PRIMARY KEY, order_no TEXT NOT NULL UNIQUE, customer_id INTEGER NOT NULL REFERENCES customers (id),
    quarry_id INTEGER NOT NULL REFERENCES quarries (id), product_id INTEGER NOT NULL REFERENCES products (id),
    order_dt DATE NOT NULL, qty_t NUMERIC NOT NULL, price_per_t NUMERIC NOT NULL, deliv_method TEXT NOT NULL,
    status TEXT NOT NULL, po_ref TEXT
);
CREATE TABLE weighbridge_tickets (
    id INTEGER PRIMARY KEY, ticket_no TEXT NOT NULL UNIQUE, order_id INTEGER NOT NULL REFERENCES sales_orders (id),
    quarry_id INTEGER NOT NULL REFERENCES quarries (id), lorry_id INTEGER REFERENCES lorries (id),
    weighed_at TIMESTAMP NOT NULL, gross_kg INTEGER NOT NULL, tare_kg INTEGER NOT NULL, net_t NUMERIC NOT NULL,
    haul_charge NUMERIC
);
CREATE TABLE plant (
    id INTEGER PRIMARY KEY, plant_no TEXT NOT NULL UNIQUE, quarry_id INTEGER NOT NULL REFERENCES quarries (id),
    plant_type TEXT NOT NULL, make TEXT NOT NULL, rated_tph INTEGER, commissioned_on DATE NOT NULL,
    status TEXT NOT NULL
);
CREATE TABLE maintenance_jobs (
    id INTEGER PRIMARY KEY, job_no TEXT NOT NULL UNIQUE, plant_id INTEGER NOT NULL REFERENCES plant (id),
    job_type TEXT NOT NULL, raised_dt DATE NOT NULL, closed_dt DATE, downtime_hrs NUMERIC NOT NULL,
    parts_cost NUMERIC NOT NULL, labour_hrs NUMERIC NOT NULL, fitter TEXT NOT NULL, fault_desc TEXT
);
CREATE TABLE monthly_production (
    id INTEGER PRIMARY KEY, quarry_id INTEGER NOT NULL REFERENCES quarries (id),
    product_id INTEGER NOT NULL REFERENCES products (id), prod_month DATE NOT NULL, tonnes NUMERIC NOT NULL
);
"""

#: code, name, county, rock type, status, permit (t/yr), opened, share of sales, hard rock?
_QUARRIES = [
    ("HEQ", "Hollins Edge Quarry", "Derbyshire", "Limestone", "Active", 1_200_000, 1958, 34, True),
    ("CSP", "Coldstones Pit", "North Yorkshire", "Gritstone", "Active", 650_000, 1971, 16, True),
    ("MLG", "Marsh Lane Sand & Gravel", "Nottinghamshire", "Sand and gravel", "Active", 400_000, 1986, 20, False),
    ("WCQ", "Whitecliff Quarry", "Leicestershire", "Granite", "Active", 900_000, 1964, 14, True),
    ("TRP", "Trent Reach Pit", "Staffordshire", "Sand and gravel", "Active", 250_000, 2003, 11, False),
    ("AMP", "Ashby Moor Pit", "Leicestershire", "Sand and gravel", "Mothballed", 150_000, 1992, 5, False),
]
#: code, description, category, size (mm), list price 2023, hard rock product?, popularity
_PRODUCTS = [
    ("T1SB", "MOT Type 1 sub-base", "Sub-base", 40, 19.50, True, 30),
    ("6F2", "6F2 recycled capping", "Capping", 75, 13.00, True, 10),
    ("40SC", "40mm scalpings", "Scalpings", 40, 12.50, True, 9),
    ("20CR", "20mm clean crushed stone", "Crushed rock", 20, 24.00, True, 14),
    ("10CR", "10mm clean crushed stone", "Crushed rock", 10, 25.50, True, 8),
    ("14CH", "14mm asphalt chippings", "Chippings", 14, 31.00, True, 6),
    ("6DST", "0-6mm quarry dust", "Fines", 6, 11.00, True, 5),
    ("ARMR", "Rock armour 1-3t", "Armour stone", None, 46.00, True, 2),
    ("GABN", "Gabion stone 100-200mm", "Crushed rock", None, 34.00, True, 3),
    ("20GR", "20mm washed gravel", "Gravel", 20, 26.50, False, 16),
    ("10PG", "10mm pea gravel", "Gravel", 10, 28.00, False, 10),
    ("SHRP", "Washed sharp sand", "Sand", 4, 23.00, False, 14),
    ("BSND", "Soft building sand", "Sand", 2, 24.50, False, 11),
    ("BALL", "All-in ballast", "Gravel", 40, 21.00, False, 9),
    ("FILL", "As-dug general fill", "Fill", None, 8.50, False, 5),
]
_TOWNS = ["Derby", "Nottingham", "Leicester", "Sheffield", "Chesterfield", "Stoke-on-Trent", "Buxton", "Harrogate",
          "Leeds", "York", "Loughborough", "Burton upon Trent", "Mansfield", "Matlock", "Newark", "Stafford",
          "Skipton", "Coalville", "Ripon", "Ashbourne"]  # fmt: skip
_SURNAMES = ["Hallam", "Brindley", "Fearn", "Wragg", "Slack", "Bagshaw", "Oldfield", "Kirkland", "Redfern",
             "Hibbert", "Marriott", "Swindell", "Gregory", "Needham", "Ollerenshaw", "Tomlinson", "Bramall",
             "Pickering", "Sowerby", "Whitworth", "Lomas", "Platts", "Holmes", "Staniforth", "Beresford",
             "Cartledge", "Froggatt", "Allsop", "Shimwell", "Wainwright"]  # fmt: skip
#: type, name patterns, share of accounts, order size range (t), discount off list, credit limit range
_CUST_TYPES = [
    ("Contractor", ["{s} Civils Ltd", "{s} Groundworks", "{s} & Sons Construction", "{s} Plant & Civils"],
     38, (30, 300), 0.08, (20_000, 150_000)),
    ("Builders merchant", ["{t} Builders Merchants", "{s} Building Supplies", "{s} Timber & Aggregates"],
     20, (20, 120), 0.12, (25_000, 80_000)),
    ("Ready-mix", ["{t} Ready Mix Concrete", "{s} Concrete Products"], 8, (100, 480), 0.15, (80_000, 250_000)),
    ("Local authority", ["{c} County Council Highways"], 4, (50, 400), 0.10, (100_000, 300_000)),
    ("Landscaper", ["{s} Landscapes", "{s} Garden Services", "{t} Landscaping Co"], 15, (8, 60), 0.03,
     (5_000, 15_000)),
    ("Private", ["{f} {s}"], 15, (6, 30), 0.0, None),
]  # fmt: skip
_FIRST = ["John", "Susan", "Peter", "Karen", "Ian", "Janet", "Neil", "Wendy", "Alan", "Tracey", "Gary", "Carol"]
_HAULIERS = [("Peak Haulage Ltd", 9), ("J & M Bagshaw Transport", 6), ("Dales Tipper Hire", 4),
             ("Trentside Haulage", 3), ("K Wragg Tippers", 2)]  # fmt: skip
_BODIES = [("8-wheel tipper", 4, 20.0, 16800, 8), ("Artic tipper", 5, 29.0, 14500, 4),
           ("6-wheel tipper", 3, 16.0, 12400, 2), ("Grab lorry", 4, 17.5, 18200, 1)]  # fmt: skip
#: plant type, makes, rated tonnes per hour range (None for mobile plant)
_PLANT_TYPES = {
    "Jaw crusher": (["Metso", "Sandvik", "Terex Finlay"], (250, 450)),
    "Cone crusher": (["Metso", "Sandvik"], (180, 320)),
    "Impact crusher": (["Kleemann", "Terex Finlay"], (150, 280)),
    "Screen": (["Powerscreen", "Terex Finlay", "McCloskey"], (200, 400)),
    "Washing plant": (["CDE", "Terex Washing"], (100, 250)),
    "Wheel loader": (["CAT", "Volvo", "Komatsu"], None),
    "Excavator": (["CAT", "Komatsu", "Hitachi"], None),
    "Dump truck": (["CAT", "Bell", "Volvo"], None),
}
_FITTERS = ["Dave Slack", "Mick Redfern", "Tony Fearn", "Sam Platts", "Rob Kirkland", "Lee Hibbert"]
#: breakdown causes on fixed processing plant and on mobile plant
_FAULTS_FIXED = [
    "Conveyor belt torn",
    "Bearing failure",
    "Electrical fault on control panel",
    "Blocked chute",
    "Drive belt snapped",
    "Feeder jammed",
    "Hydraulic hose burst",
    "Screen mesh split",
]
_FAULTS_MOBILE = ["Hydraulic hose burst", "Engine overheating", "Tyre puncture", "Gearbox failure",
                  "Electrical fault in cab"]  # fmt: skip
_START, _END = dt.date(2023, 1, 3), dt.date(2025, 11, 28)
_MOTHBALLED = dt.date(2024, 6, 28)
_RETIRED = dt.date(2024, 2, 29)


def _weekday(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    """A Monday to Friday (or the odd Saturday morning) from ``start`` to ``end``, avoiding Christmas week."""
    while True:
        day = random_day(rng, start, end)
        if (day.weekday() < 5 or (day.weekday() == 5 and rng.random() < 0.2)) and not (
            day.month == 12 and day.day > 23
        ):
            return day


def _price_factor(day: dt.date) -> float:
    """Annual price rises each January."""
    return {2023: 1.0, 2024: 1.065, 2025: 1.105}[day.year]


def _rows(seed: int = 4417) -> dict[str, list[tuple]]:  # noqa: PLR0915 - one generator per table, in order
    rng = random.Random(seed)
    quarries = [(i, *q[:7]) for i, q in enumerate(_QUARRIES, 1)]
    products = [(i, *p[:5]) for i, p in enumerate(_PRODUCTS, 1)]
    made_at = {q: [p for p in range(1, len(_PRODUCTS) + 1) if _PRODUCTS[p - 1][5] == _QUARRIES[q - 1][8]]
               for q in range(1, len(_QUARRIES) + 1)}  # fmt: skip
    # Coldstones does not make armour stone; Trent Reach makes no pea gravel
    made_at[2] = [p for p in made_at[2] if _PRODUCTS[p - 1][0] != "ARMR"]
    made_at[5] = [p for p in made_at[5] if _PRODUCTS[p - 1][0] != "10PG"]

    # customers: a few big accounts buy most of the stone
    customers, used = [], set()
    counties = ["Derbyshire", "Nottinghamshire", "Leicestershire", "Staffordshire", "North Yorkshire"]
    type_rows = []
    for i in range(1, 141):
        kind = rng.choices(_CUST_TYPES, weights=[c[2] for c in _CUST_TYPES])[0]
        if kind[0] == "Local authority":
            if not counties:
                kind = _CUST_TYPES[0]
            else:
                county = counties.pop(0)
        while True:
            town = rng.choice(_TOWNS[:12]) if rng.random() < 0.8 else rng.choice(_TOWNS)
            pattern = rng.choice(kind[1])
            name = pattern.format(s=rng.choice(_SURNAMES), t=town, f=rng.choice(_FIRST),
                                  c=county if kind[0] == "Local authority" else "")  # fmt: skip
            if name not in used:
                used.add(name)
                break
        if kind[0] == "Local authority":
            town = {"Derbyshire": "Matlock", "Nottinghamshire": "Nottingham", "Leicestershire": "Leicester",
                    "Staffordshire": "Stafford", "North Yorkshire": "Harrogate"}[county]  # fmt: skip
        limit = None
        if kind[5] is not None and rng.random() > 0.06:
            limit = rng.randrange(kind[5][0], kind[5][1] + 1, 2500)
        status = rng.choices(["A", "H", "C"], weights=[84, 6, 10])[0]
        opened = random_day(rng, dt.date(2008, 1, 1), dt.date(2025, 6, 30))
        customers.append((i, f"C{10000 + i * 13}", name, kind[0], town, limit, status, opened.isoformat()))
        type_rows.append(kind)
    # order weight per customer: long-tailed, a clear top few
    cust_weight = []
    for c, kind in zip(customers, type_rows, strict=True):
        w = 1.0 / (1 + (c[0] * 7919) % 140) ** 0.7 * 40
        w *= {"Ready-mix": 2.0, "Contractor": 1.5, "Local authority": 1.6, "Builders merchant": 1.3}.get(kind[0], 0.7)
        cust_weight.append(w)

    # lorries: own fleet and subcontract hauliers
    lorries = []
    letters = "ABCDEFGHJKLMNPRSTVWXY"
    regs = set()
    for i in range(1, 57):
        if i <= 24:
            fleet, haulier = "OWN", None
        else:
            fleet, haulier = "SUB", rng.choices(_HAULIERS, weights=[h[1] for h in _HAULIERS])[0][0]
        body = rng.choices(_BODIES, weights=[b[4] for b in _BODIES])[0]
        while True:
            reg = (f"{rng.choice(['FD', 'FE', 'FG', 'YA', 'YB', 'YD', 'FV', 'AK'])}"
                   f"{rng.choice(['17', '19', '68', '70', '21', '71', '22', '73', '24'])} "
                   f"{''.join(rng.choice(letters) for _ in range(3))}")  # fmt: skip
            if reg not in regs:
                regs.add(reg)
                break
        lorries.append((i, reg, fleet, haulier, body[0], body[1], body[2]))
    tare = {lorry[0]: next(b[3] for b in _BODIES if b[0] == lorry[4]) + rng.randrange(-30, 31) * 20
            for lorry in lorries}  # fmt: skip
    lorry_weight = [3.0 if lorry[2] == "OWN" and lorry[0] % 5 == 1 else 1.0 for lorry in lorries]

    # sales orders and their weighbridge tickets
    orders, tickets = [], []
    quarry_weight = [q[7] for q in _QUARRIES]
    n_orders = 1150
    for n in range(1, n_orders + 1):
        while True:
            cust = rng.choices(customers, weights=cust_weight)[0]
            day = _weekday(rng, max(_START, dt.date.fromisoformat(cust[7])), _END)
            if cust[6] == "C" and day > dt.date(2024, 9, 30):
                continue  # closed accounts stopped ordering
            quarry = rng.choices(quarries, weights=quarry_weight)[0]
            if quarry[5] == "Mothballed" and day > _MOTHBALLED:
                continue
            break
        kind = type_rows[cust[0] - 1]
        pool = made_at[quarry[0]]
        if kind[0] == "Ready-mix":
            pool = [p for p in pool if _PRODUCTS[p - 1][2] in ("Gravel", "Sand", "Crushed rock", "Fines")] or pool
        product = rng.choices(pool, weights=[_PRODUCTS[p - 1][6] for p in pool])[0]
        lo, hi = kind[3]
        qty = round(lo + (hi - lo) * rng.random() ** 2.2)
        if _PRODUCTS[product - 1][0] == "ARMR":
            qty = min(qty, 120)
        price = round(_PRODUCTS[product - 1][4] * _price_factor(day) * (1 - kind[4]) * rng.uniform(0.96, 1.03), 2)
        deliver = kind[0] in ("Private", "Local authority") or rng.random() < (0.55 if qty > 60 else 0.35)
        method = "DEL" if deliver else "COL"
        if day > dt.date(2025, 10, 31):
            status = rng.choices(["Open", "Cancelled"], weights=[12, 1])[0]
        else:
            status = rng.choices(["Complete", "Cancelled"], weights=[94, 6])[0]
        if cust[6] == "H" and day > dt.date(2025, 9, 1):
            status = "Open"
        po_ref = None
        if kind[0] not in ("Private",) and rng.random() < 0.7:
            po_ref = f"PO{rng.randrange(10000, 99999)}"
        order_id = n
        orders.append([order_id, f"SO{day.year % 100}-{n:05d}", cust[0], quarry[0], product, day.isoformat(), qty,
                       price, method, status, po_ref])  # fmt: skip
        if status == "Cancelled":
            continue
        remaining = qty
        load_day = day
        stop_after = None
        if status == "Open":
            stop_after = rng.choice([0, 0, 1, 2])
        loads = 0
        while remaining > 0.5:
            if stop_after is not None and loads >= stop_after:
                break
            lorry = rng.choices(lorries, weights=lorry_weight)[0] if deliver else None
            if lorry:
                payload, tare_kg = lorry[6], tare[lorry[0]]
            else:  # the customer's own wagon, from a van-sized tipper to an artic
                payload, tare_kg = rng.choice([(10.0, 7400), (16.0, 12400), (20.0, 16800), (20.0, 16800),
                                               (29.0, 14500)])  # fmt: skip
                tare_kg += rng.randrange(-20, 21) * 20
            target = min(remaining, payload * rng.uniform(0.9, 1.0))
            net_kg = max(1000, round(target * 1000 / 20) * 20)
            if loads and rng.random() < 0.45:
                load_day = min(_END + dt.timedelta(days=3), load_day + dt.timedelta(days=rng.choice([1, 1, 2, 3, 7])))
            when = dt.datetime.combine(load_day, dt.time(6, 0)) + dt.timedelta(minutes=rng.randrange(0, 11 * 60))
            haul = None
            if lorry:
                rate = 5.20 if quarry[0] in (1, 3) else 6.40
                haul = round(net_kg / 1000 * rate * _price_factor(load_day), 2)
            tickets.append((when, order_id, quarry[0], lorry[0] if lorry else None, tare_kg + net_kg, tare_kg,
                            round(net_kg / 1000, 2), haul))  # fmt: skip
            remaining -= net_kg / 1000
            loads += 1
    tickets.sort(key=lambda t: (t[0], t[1]))
    weighbridge = []
    for i, (when, order_id, quarry_id, lorry_id, gross, tare_kg, net, haul) in enumerate(tickets, 1):
        code = _QUARRIES[quarry_id - 1][0]
        weighbridge.append((i, f"{code}{when.year % 100}{i:06d}", order_id, quarry_id, lorry_id,
                            when.strftime("%Y-%m-%d %H:%M"), gross, tare_kg, net, haul))  # fmt: skip
    orders = [tuple(o) for o in orders]

    # plant at each quarry
    plant = []
    layouts = {
        True: ["Jaw crusher", "Cone crusher", "Screen", "Screen", "Wheel loader", "Wheel loader", "Excavator",
               "Dump truck", "Impact crusher"],
        False: ["Washing plant", "Screen", "Wheel loader", "Excavator", "Dump truck"],
    }  # fmt: skip
    for q in quarries:
        kinds = list(layouts[_QUARRIES[q[0] - 1][8]])
        if q[0] == 1:
            kinds += ["Jaw crusher", "Dump truck", "Wheel loader"]
        if q[0] == 6:
            kinds = kinds[:3]
        counter: dict[str, int] = {}
        for kind in kinds:
            makes, tph = _PLANT_TYPES[kind]
            counter[kind] = counter.get(kind, 0) + 1
            abbrev = "".join(w[0] for w in kind.split()).upper()
            commissioned = random_day(rng, dt.date(2004, 1, 1), dt.date(2023, 12, 31))
            if q[0] == 1 and kind == "Jaw crusher" and counter[kind] == 1:
                commissioned = dt.date(1998, 5, 11)  # the old primary crusher
            status = "Operational"
            if q[0] == 6:
                status = "Laid up"
            rated = rng.randrange(tph[0], tph[1] + 1, 10) if tph else None
            plant.append((len(plant) + 1, f"{q[1]}-{abbrev}{counter[kind]:02d}", q[0], kind, rng.choice(makes), rated,
                          commissioned.isoformat(), status))  # fmt: skip
    old_jaw = next(p[0] for p in plant if p[2] == 1 and p[3] == "Jaw crusher")
    plant[old_jaw - 1] = (*plant[old_jaw - 1][:7], "Under repair")
    retired = [p for p in plant if p[3] == "Dump truck" and p[2] in (2, 4)]
    for p in retired[:1]:
        plant[p[0] - 1] = (*p[:7], "Retired")

    # maintenance jobs: planned every few weeks, breakdowns skewed to the old crusher
    jobs = []
    working = plant
    bd_weight = [14.0 if p[0] == old_jaw else (2.5 if "crusher" in p[3] else 1.0) * (0.2 if p[2] == 6 else 1)
                 for p in working]  # fmt: skip
    for _ in range(460):
        job_type = rng.choices(["PM", "BD", "INSP"], weights=[45, 38, 17])[0]
        item = rng.choices(working, weights=bd_weight)[0] if job_type == "BD" else rng.choice(working)
        end = _MOTHBALLED if item[2] == 6 else _END
        if item[7] == "Retired":
            end = _RETIRED
        raised = _weekday(rng, max(_START, dt.date.fromisoformat(item[6])), end)
        if job_type == "BD":
            downtime = round(rng.uniform(2, 12) * (1 + rng.random() ** 3 * 8), 1)
            parts = round(rng.uniform(150, 2500) * (1.8 if "crusher" in item[3] else 1), 2)
            labour = round(downtime * rng.uniform(0.6, 1.3), 1)
            fault = rng.choice(_FAULTS_MOBILE if item[5] is None else _FAULTS_FIXED)
            if item[3] == "Screen" and rng.random() < 0.4:
                fault = "Screen mesh split"
            if item[3] == "Jaw crusher" and rng.random() < 0.4:
                fault = "Jaw plate worn through"
        elif job_type == "PM":
            downtime = round(rng.uniform(2, 8), 1)
            parts = round(rng.uniform(80, 900), 2)
            labour = round(downtime * rng.uniform(0.8, 1.5), 1)
            fault = None
        else:
            downtime = round(rng.uniform(0.5, 3), 1)
            parts = 0.0
            labour = round(downtime, 1)
            fault = None
        closed = raised + dt.timedelta(days=math.ceil(downtime / 10) + rng.choice([0, 0, 1, 2]))
        if raised > dt.date(2025, 11, 10) and rng.random() < 0.6:
            closed = None
        if item[0] == old_jaw and raised > dt.date(2025, 11, 1) and job_type == "BD":
            closed = None
        jobs.append(
            [
                None,
                None,
                item[0],
                job_type,
                raised.isoformat(),
                closed.isoformat() if closed else None,
                downtime,
                parts,
                labour,
                rng.choices(_FITTERS, weights=[6, 5, 4, 3, 2, 1])[0],
                fault,
            ]
        )
    # the old crusher is down for repair now
    jobs.append([None, None, old_jaw, "BD", "2025-11-26", None, 46.0, 8420.0, 38.5, "Dave Slack", "Bearing failure"])
    jobs.sort(key=lambda j: (j[4], j[2]))
    maintenance = []
    for i, j in enumerate(jobs, 1):
        maintenance.append((i, f"WO{int(j[4][:4]) % 100}{i:04d}", *j[2:]))

    # monthly production: roughly what was sold plus stockpile build
    sold: dict[tuple[int, int, str], float] = {}
    for t in weighbridge:
        order = orders[t[2] - 1]
        key = (t[3], order[4], t[5][:7])
        sold[key] = sold.get(key, 0.0) + t[8]
    production = []
    month = dt.date(2023, 1, 1)
    while month <= dt.date(2025, 10, 1):
        tag = month.isoformat()[:7]
        for q in quarries:
            if q[0] == 6 and month > _MOTHBALLED:
                continue
            for p in made_at[q[0]]:
                base = sold.get((q[0], p, tag), 0.0)
                if base == 0 and rng.random() < 0.5:
                    continue
                tonnes = round(base * rng.uniform(1.0, 1.2) + rng.uniform(0, 40), 1)
                production.append((len(production) + 1, q[0], p, month.isoformat(), tonnes))
        month = (month.replace(day=28) + dt.timedelta(days=5)).replace(day=1)

    return {"quarries": quarries, "products": products, "customers": customers, "lorries": lorries,
            "sales_orders": orders, "weighbridge_tickets": weighbridge, "plant": plant,
            "maintenance_jobs": maintenance, "monthly_production": production}  # fmt: skip


def build_quarry_database(path: str | Path) -> Path:
    """Write the quarrying company's database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
