"""A made-up print-on-demand shop in Bristol that prints for business clients, written by someone who had not seen
the engine's rules: the ``printshop`` dev set's database.

Eleven tables with foreign keys: ``clients`` (a business with an ``acct_no``, name, town, ``sector``, the day the
account was ``opened_on``, a ``credit_lim`` in pounds and ``is_trade`` 'Y'/'N' for trade accounts such as design
agencies that resell the shop's print), ``products`` (a ``prod_cd`` such as FLY-A5, name, ``category`` such as
Flyers, Business Cards or Banners, and a ``base_price`` per item), ``paper_stocks`` (a ``stock_cd``, description,
weight in ``gsm``, ``finish`` and the shop's ``cost_per_sht``), ``orders`` (an ``ord_no``, the client, ``ord_date``,
the promised ``due_dt``, a one-letter ``status`` - 'N' new, 'P' in production, 'D' dispatched, 'C' completed, 'X'
cancelled - ``is_rush`` 0/1 for the paid express service and ``ord_src`` where it came in: 'W' web shop, 'E' email,
'P' phone, 'C' over the counter), ``order_lines`` (a product on a paper stock in an order: ``qty`` items at a
``unit_price``), ``machines`` (keyed by ``machine_id``: a name, ``mach_type`` 'DIG' digital press, 'OFF' offset litho
or 'LFP' large-format printer, the ``make`` and ``model`` and the day it was ``installed``), ``print_jobs`` (an order
line run on a machine by an ``operator`` from ``start_ts`` to ``finish_ts``, both 'YYYY-MM-DD HH:MM', with the
``sheets`` used and the ``spoilage`` sheets thrown away; a job still running has no finish), ``maint_log`` (a
machine's maintenance on ``maint_dt``: ``maint_type`` 'PM' planned service, 'BD' breakdown repair or 'CAL' colour
calibration, ``hrs_down``, ``cost`` and the ``engineer``), ``couriers`` (a lookup keyed by ``courier_cd`` with the
courier's name, ``service`` level and ``rate_per_parcel``), ``deliveries`` (an order sent by a courier: ``ship_dt``,
``deliv_dt`` which is empty while still in transit, ``parcels``, ``tracking_no`` and the ``del_cost`` charged) and
``reprints`` (a defect found in a print job and reprinted: ``reported_on``, ``reason_cd`` 'MIS' misregistration,
'COL' colour mismatch, 'TRM' trimming error, 'SMG' ink smudging, 'DMG' damaged in transit or 'ART' client artwork
error, the ``qty`` reprinted, ``is_chargeable`` 'Y'/'N' whether the client pays for it, and the shop's
``reprint_cost``). Orders collected over the counter have no delivery. Rows come from a fixed seed, so every build
holds the same rows; a few clients place most of the orders, some clients never ordered, one product, one paper stock,
one courier and the newest machine were never used, and the oldest digital press causes most of the reprints.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_printshop_database(pathlib.Path(tempfile.mkdtemp()) / "printshop.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM couriers").fetchone()
    (5,)
"""

from __future__ import annotations

import datetime as dt
import math
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_printshop_database"]

_SCHEMA = """
CREATE TABLE clients (
    id INTEGER PRIMARY KEY, acct_no TEXT NOT NULL, name TEXT NOT NULL, town TEXT NOT NULL, sector TEXT NOT NULL,
    opened_on DATE NOT NULL, credit_lim NUMERIC NOT NULL, is_trade TEXT NOT NULL
);
CREATE TABLE products (
    id INTEGER PRIMARY KEY, prod_cd TEXT NOT NULL, name TEXT NOT NULL, category TEXT NOT NULL,
    base_price NUMERIC NOT NULL
);
CREATE TABLE paper_stocks (
    id INTEGER PRIMARY KEY, stock_cd TEXT NOT NULL, description TEXT NOT NULL, gsm INTEGER NOT NULL,
    finish TEXT NOT NULL, cost_per_sht NUMERIC NOT NULL
);
CREATE TABLE orders (
    id INTEGER PRIMARY KEY, ord_no TEXT NOT NULL, client_id INTEGER NOT NULL REFERENCES clients (id),
    ord_date DATE NOT NULL, due_dt DATE NOT NULL, status TEXT NOT NULL, is_rush INTEGER NOT NULL,
    ord_src TEXT NOT NULL
);
CREATE TABLE order_lines (
    id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES orders (id),
    product_id INTEGER NOT NULL REFERENCES products (id), stock_id INTEGER NOT NULL REFERENCES paper_stocks (id),
    qty INTEGER NOT NULL, unit_price NUMERIC NOT NULL
);
CREATE TABLE machines (
    machine_id INTEGER PRIMARY KEY, name TEXT NOT NULL, mach_type TEXT NOT NULL, make TEXT NOT NULL,
    model TEXT NOT NULL, installed DATE NOT NULL
);
CREATE TABLE print_jobs (
    id INTEGER PRIMARY KEY, line_id INTEGER NOT NULL REFERENCES order_lines (id),
    machine_id INTEGER NOT NULL REFERENCES machines (machine_id), operator TEXT NOT NULL, start_ts TEXT NOT NULL,
    finish_ts TEXT, sheets INTEGER NOT NULL, spoilage INTEGER NOT NULL
);
CREATE TABLE maint_log (
    id INTEGER PRIMARY KEY, machine_id INTEGER NOT NULL REFERENCES machines (machine_id), maint_dt DATE NOT NULL,
    maint_type TEXT NOT NULL, hrs_down NUMERIC NOT NULL, cost NUMERIC NOT NULL, engineer TEXT NOT NULL
);
CREATE TABLE couriers (
    courier_cd TEXT PRIMARY KEY, name TEXT NOT NULL, service TEXT NOT NULL, rate_per_parcel NUMERIC NOT NULL
);
CREATE TABLE deliveries (
    id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES orders (id),
    courier_cd TEXT NOT NULL REFERENCES couriers (courier_cd), ship_dt DATE NOT NULL, deliv_dt DATE,
    parcels INTEGER NOT NULL, tracking_no TEXT NOT NULL, del_cost NUMERIC NOT NULL
);
CREATE TABLE reprints (
    id INTEGER PRIMARY KEY, job_id INTEGER NOT NULL REFERENCES print_jobs (id), reported_on DATE NOT NULL,
    reason_cd TEXT NOT NULL, qty INTEGER NOT NULL, is_chargeable TEXT NOT NULL, reprint_cost NUMERIC NOT NULL
);
"""

#: name, town, sector, trade account, order weight
_CLIENTS = [
    ("Avon Valley Events", "Bristol", "Events", "N", 40), ("Harbourside Estates", "Bristol", "Property", "N", 30),
    ("Clifton Village Dental", "Bristol", "Healthcare", "N", 6), ("Pixel & Pine Design", "Bath", "Design", "Y", 34),
    ("The Stokes Croft Kitchen", "Bristol", "Hospitality", "N", 9), ("Mendip Outdoor Gear", "Wells", "Retail", "N", 7),
    ("Brunel Lettings", "Bristol", "Property", "N", 12), ("Severnside Community Trust", "Avonmouth", "Charity", "N", 5),
    ("Redland Yoga Studio", "Bristol", "Leisure", "N", 3),
    ("Kingswood Plumbing & Heating", "Kingswood", "Trades", "N", 4),
    ("Bath Spa Wedding Co", "Bath", "Events", "N", 11), ("Moorland Brewing Co", "Keynsham", "Hospitality", "N", 8),
    ("Greenway Primary School", "Yate", "Education", "N", 4), ("Whiteladies Hair Lounge", "Bristol", "Leisure", "N", 3),
    ("Portishead Sailing Club", "Portishead", "Leisure", "N", 2), ("Cotham Books", "Bristol", "Retail", "N", 3),
    ("Inkwell Creative Agency", "Bristol", "Design", "Y", 22), ("Westbury Vets", "Bristol", "Healthcare", "N", 3),
    ("Chew Valley Farm Shop", "Chew Magna", "Retail", "N", 4), ("Bedminster Boxing Gym", "Bristol", "Leisure", "N", 2),
    ("Clevedon Pier Cafe", "Clevedon", "Hospitality", "N", 3),
    ("Filton Aero Engineering", "Filton", "Manufacturing", "N", 5),
    ("Southville Deli", "Bristol", "Hospitality", "N", 4), ("Thornbury Fun Run", "Thornbury", "Charity", "N", 2),
    ("Ashton Gate Physio", "Bristol", "Healthcare", "N", 2),
    ("Weston Seafront Hotel", "Weston-super-Mare", "Hospitality", "N", 9),
    ("Bishopston Carpets", "Bristol", "Retail", "N", 2), ("Keynsham Town Council", "Keynsham", "Public Sector", "N", 6),
    ("Blue Harbour Marketing", "Bath", "Design", "Y", 14), ("Fishponds Motors", "Bristol", "Motor Trade", "N", 3),
    ("St Werburghs City Farm", "Bristol", "Charity", "N", 2),
    ("Lansdown Law LLP", "Bath", "Professional Services", "N", 3),
    ("Chippenham Cycle Hub", "Chippenham", "Retail", "N", 2), ("Yate Leisure Centre", "Yate", "Leisure", "N", 3),
    ("Old Market Theatre", "Bristol", "Arts", "N", 7), ("Frome Festival Committee", "Frome", "Arts", "N", 4),
    ("Radstock Roofing", "Radstock", "Trades", "N", 1), ("Totterdown Tattoo", "Bristol", "Leisure", "N", 1),
    ("Henleaze Opticians", "Bristol", "Healthcare", "N", 2),
    ("Cabot Wealth Partners", "Bristol", "Professional Services", "N", 2),
    ("Nailsea Electrical", "Nailsea", "Trades", "N", 2), ("Marshfield Ices", "Marshfield", "Hospitality", "N", 2),
    ("Downend Driving School", "Downend", "Education", "N", 1),
    ("Bath Rugby Supporters Club", "Bath", "Leisure", "N", 3),
    ("Paintworks Studio", "Bristol", "Design", "Y", 8),
    ("Midsomer Norton Tyres", "Midsomer Norton", "Motor Trade", "N", 1),
    ("Long Ashton Golf Club", "Long Ashton", "Leisure", "N", 2),
    ("Wapping Wharf Gin", "Bristol", "Hospitality", "N", 5),
    ("Easton Food Bank", "Bristol", "Charity", "N", 2), ("Corsham Antiques", "Corsham", "Retail", "N", 1),
    ("Horfield Church", "Bristol", "Charity", "N", 1), ("Brislington Dog Grooming", "Bristol", "Leisure", "N", 1),
    ("Saltford Marina", "Saltford", "Leisure", "N", 0), ("Glastonbury Crystals", "Glastonbury", "Retail", "N", 0),
    ("Stapleton Accountants", "Bristol", "Professional Services", "N", 0),
    ("Winterbourne Nursery", "Winterbourne", "Education", "N", 0),
    ("Pill Fish Bar", "Pill", "Hospitality", "N", 0),
    ("Emersons Green Pharmacy", "Emersons Green", "Healthcare", "N", 1),
]  # fmt: skip
#: code, name, category, base price per item, items per sheet (0: one per print), stock codes, quantities, weight
_PRODUCTS = [
    ("FLY-A5", "A5 Flyers", "Flyers", 0.045, 4, ["S130", "G170", "U120"], [250, 500, 1000, 2500, 5000, 10000], 22),
    ("FLY-A6", "A6 Flyers", "Flyers", 0.035, 8, ["S130", "G170"], [500, 1000, 2500, 5000], 10),
    ("LFT-DL", "DL Leaflets", "Leaflets", 0.05, 6, ["S130", "G170", "U120"], [500, 1000, 2500, 5000], 12),
    ("LFT-A4F", "A4 Folded Leaflets", "Leaflets", 0.11, 2, ["S130", "G170"], [250, 500, 1000, 2500], 8),
    ("BCD-STD", "Standard Business Cards", "Business Cards", 0.04, 21, ["S400", "S350", "U350"],
     [100, 250, 500, 1000], 20),
    ("BCD-LAM", "Matt Laminated Business Cards", "Business Cards", 0.07, 21, ["S400"], [250, 500, 1000], 8),
    ("PST-A2", "A2 Posters", "Posters", 1.80, 0, ["P200"], [5, 10, 25, 50, 100], 6),
    ("PST-A1", "A1 Posters", "Posters", 2.90, 0, ["P200"], [2, 5, 10, 25], 4),
    ("BNR-PVC", "PVC Banner", "Banners", 38.0, 0, ["V440"], [1, 1, 2, 3, 4, 6], 9),
    ("BNR-RUP", "Roller Banner", "Banners", 65.0, 0, ["F210"], [1, 1, 2, 3], 6),
    ("BRC-A4", "A4 Brochures 8pp", "Brochures", 1.20, 1, ["S130", "G170"], [50, 100, 250, 500], 5),
    ("STK-CIR", "Circular Stickers", "Stickers", 0.08, 24, ["L80"], [250, 500, 1000, 2000], 4),
    ("LTH-A4", "A4 Letterheads", "Stationery", 0.09, 2, ["U100"], [500, 1000, 2500], 5),
    ("FLD-A4", "A4 Presentation Folders", "Stationery", 2.40, 1, ["S400"], [100, 250], 0),
]  # fmt: skip
#: code, description, gsm, finish, cost per sheet, price factor
_STOCKS = [
    ("S130", "130gsm Silk", 130, "Silk", 0.031, 1.0), ("G170", "170gsm Gloss", 170, "Gloss", 0.042, 1.15),
    ("U120", "120gsm Uncoated", 120, "Uncoated", 0.028, 1.0), ("S350", "350gsm Silk Board", 350, "Silk", 0.085, 1.0),
    ("S400", "400gsm Silk Board", 400, "Silk", 0.097, 1.2),
    ("U350", "350gsm Uncoated Board", 350, "Uncoated", 0.09, 1.1),
    ("K540", "540gsm Kraft Board", 540, "Uncoated", 0.16, 1.5),
    ("P200", "200gsm Satin Poster Paper", 200, "Satin", 0.55, 1.0),
    ("V440", "440gsm PVC Banner Vinyl", 440, "Vinyl", 4.2, 1.0),
    ("F210", "210mic Polyester Film", 250, "Film", 5.1, 1.0),
    ("L80", "80gsm Gloss Label Stock", 80, "Gloss", 0.12, 1.0),
    ("U100", "100gsm Uncoated Bond", 100, "Uncoated", 0.022, 1.0),
]  # fmt: skip
#: name, type, make, model, installed, defect rate, breakdowns per year, engineer
_MACHINES = [
    ("Indigo 1", "DIG", "HP", "Indigo 7K", "2022-01-04", 0.02, 2, "HP Indigo Service"),
    ("Indigo 2", "DIG", "HP", "Indigo 7K", "2023-05-02", 0.02, 1.5, "HP Indigo Service"),
    ("Konica", "DIG", "Konica Minolta", "AccurioPress C3070", "2022-01-04", 0.09, 6, "Apex Copier Services"),
    ("SM52", "OFF", "Heidelberg", "Speedmaster SM 52", "2022-01-04", 0.03, 3, "Heidelberg UK"),
    ("Latex 1", "LFP", "HP", "Latex 800W", "2022-01-04", 0.03, 2, "HP Large Format Support"),
    ("Mimaki", "LFP", "Mimaki", "JV330-160", "2024-01-15", 0.025, 1, "Hybrid Services"),
    ("SureColor", "LFP", "Epson", "SureColor SC-R5000", "2025-06-16", 0.0, 0, "Epson UK"),
]  # fmt: skip
#: code, name, service, rate per parcel, weight
_COURIERS = [
    ("DPD", "DPD", "Next Day", 7.95, 50), ("RMT", "Royal Mail Tracked 48", "Economy", 4.20, 22),
    ("CTS", "CitySprint", "Same Day", 18.50, 9), ("PFW", "Parcelforce Worldwide", "Next Day", 8.60, 14),
    ("APC", "APC Overnight", "Next Day", 7.40, 0),
]  # fmt: skip
_OPERATORS = [("Dan Hollis", 5), ("Priya Mistry", 4), ("Kev Batten", 3), ("Sophie Lang", 3), ("Marek Zielinski", 2)]
#: code, weight on digital/offset presses, weight on large-format printers
_REASONS = [("MIS", 5, 1), ("COL", 8, 6), ("TRM", 6, 2), ("SMG", 3, 3), ("DMG", 2, 4), ("ART", 3, 2)]
_START, _END = dt.date(2022, 1, 4), dt.date(2025, 6, 30)


def _work_day(day: dt.date, ahead: int) -> dt.date:
    """``ahead`` working days (Monday to Friday) after ``day``; 0 moves a weekend day on to Monday."""
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    while ahead > 0:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            ahead -= 1
    return day


def _ts(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M")


def _rows(seed: int = 5529) -> dict[str, list[tuple]]:  # noqa: PLR0915 - one generator per table, in order
    rng = random.Random(seed)
    clients = []
    for i, (name, town, sector, trade, weight) in enumerate(_CLIENTS, 1):
        if weight >= 20:
            opened = dt.date(2022, 1, 4) if i == 1 else random_day(rng, dt.date(2022, 1, 4), dt.date(2022, 2, 28))
        else:
            opened = random_day(rng, dt.date(2022, 1, 4), dt.date(2025, 3, 31))
        limit = 10000 if trade == "Y" else rng.choice([500, 1000, 1000, 2000, 2500, 5000])
        clients.append((i, f"PS{3000 + i * 13}", name, town, sector, opened.isoformat(), limit, trade))
    products = [(i, p[0], p[1], p[2], p[3]) for i, p in enumerate(_PRODUCTS, 1)]
    stocks = [(i, *s[:5]) for i, s in enumerate(_STOCKS, 1)]
    stock_id = {s[0]: i for i, s in enumerate(_STOCKS, 1)}
    machines = [(i, *m[:5]) for i, m in enumerate(_MACHINES, 1)]
    couriers = [c[:4] for c in _COURIERS]

    # orders: busier each year, a few clients place most of them
    orders, lines = [], []
    days = []
    for _ in range(1700):
        day = random_day(rng, _START, _END)
        if rng.random() < 0.35 * (_END - day).days / (_END - _START).days:
            day = random_day(rng, dt.date(2024, 1, 2), _END)
        days.append(_work_day(day, 0) if rng.random() < 0.9 else day)
    days = sorted(d for d in days if d <= _END)
    for n, day in enumerate(days, 1):
        eligible = [c for c in clients if dt.date.fromisoformat(c[5]) <= day]
        client = rng.choices(eligible, weights=[_CLIENTS[c[0] - 1][4] for c in eligible])[0]
        rush = int(rng.random() < (0.22 if client[4] == "Events" else 0.1))
        due = _work_day(day, 2 if rush else rng.choice([4, 5, 5, 7]))
        age = (_END - day).days
        if age <= 4:
            status = rng.choice(["N", "N", "P"])
        elif age <= 9:
            status = rng.choice(["P", "D", "D"])
        elif age <= 16:
            status = rng.choice(["D", "C", "C"])
        else:
            status = "C"
        if rng.random() < 0.04:
            status = "X"
        src = rng.choices(["W", "E", "P", "C"], weights=[55, 20, 15, 10])[0]
        orders.append([n, f"ORD-{day.year % 100:02d}{n:05d}", client[0], day.isoformat(), due.isoformat(), status,
                       rush, src])  # fmt: skip
        n_lines = rng.choices([1, 2, 3, 4], weights=[55, 28, 12, 5])[0]
        if client[4] in ("Events", "Design"):
            n_lines = min(4, n_lines + rng.choice([0, 0, 1]))
        weights = [p[7] for p in _PRODUCTS]
        favourites = {"Events": ("Banners", "Posters"), "Property": ("Leaflets", "Brochures")}.get(client[4], ())
        weights = [w * (4 if p[2] in favourites else 1) for w, p in zip(weights, _PRODUCTS, strict=True)]
        for _ in range(n_lines):
            p = rng.choices(range(len(_PRODUCTS)), weights=weights)[0]
            code, _, _, price, _, stock_codes, qtys, _ = _PRODUCTS[p]
            stock = rng.choice(stock_codes)
            qty = rng.choice(qtys)
            if client[7] == "Y" and rng.random() < 0.4:
                qty = qtys[-1]
            factor = _STOCKS[stock_id[stock] - 1][5] * (0.85 if client[7] == "Y" else 1) * (1.25 if rush else 1)
            if qty >= 2500:
                factor *= 0.7
            elif qty >= 1000:
                factor *= 0.85
            lines.append((len(lines) + 1, n, p + 1, stock_id[stock], qty, round(price * factor, 3)))

    # print jobs, one per line (a few big runs split over two presses), none for new or cancelled orders
    jobs, machine_busy = [], {}
    operator_w = [o[1] for o in _OPERATORS]
    finished_by_order: dict[int, dt.datetime] = {}
    for line in lines:
        order = orders[line[1] - 1]
        if order[5] in ("N", "X"):
            continue
        day = dt.date.fromisoformat(order[3])
        prod = _PRODUCTS[line[2] - 1]
        qty = line[4]
        if prod[4] == 0:
            kind = "LFP"
            sheets = qty
        else:
            sheets = math.ceil(qty / prod[4]) * (4 if prod[2] == "Brochures" else 1)
            kind = "OFF" if sheets >= 1250 and prod[2] in ("Flyers", "Leaflets", "Stationery") else "DIG"
        pool = [m for m in machines if m[2] == kind and dt.date.fromisoformat(m[5]) <= day and m[1] != "SureColor"]
        mweights = [{"Indigo 1": 5, "Indigo 2": 4, "Konica": 3, "Latex 1": 3, "Mimaki": 2}.get(m[1], 1) for m in pool]
        parts = 2 if kind == "DIG" and sheets >= 400 and rng.random() < 0.3 and len(pool) > 1 else 1
        chosen = rng.sample(pool, 2) if parts == 2 else [rng.choices(pool, weights=mweights)[0]]
        in_progress = order[5] == "P" and rng.random() < 0.5
        for k, machine in enumerate(chosen):
            part_sheets = sheets // parts + (sheets % parts if k == 0 else 0)
            start_day = _work_day(day, rng.choice([0, 1]) if order[6] else rng.choice([1, 1, 2, 2, 3]))
            start = dt.datetime.combine(start_day, dt.time(7)) + dt.timedelta(minutes=rng.randrange(0, 11 * 60, 5))
            start = max(start, machine_busy.get(machine[0], start))
            if start.hour >= 20 or start.hour < 7:  # the queue ran past the evening shift: first thing next day
                start = dt.datetime.combine(_work_day(start.date() + dt.timedelta(days=start.hour >= 20), 0),
                                            dt.time(7, rng.randrange(0, 30, 5)))  # fmt: skip
            speed = {"DIG": 45, "OFF": 160, "LFP": 0}[kind]
            per_item = rng.uniform(12, 25) if prod[2] == "Banners" else rng.uniform(1.5, 4)
            minutes = (part_sheets / speed if speed else part_sheets * per_item) + rng.randint(10, 35)
            if kind == "OFF":
                minutes += 40  # plates and make-ready
            finish = start + dt.timedelta(minutes=round(minutes))
            if start.date() > _END:
                break
            machine_busy[machine[0]] = finish + dt.timedelta(minutes=5)
            spoil = max(1, round(part_sheets * rng.uniform(0.01, 0.05))) + (15 if kind == "OFF" else 0)
            if kind == "LFP":
                spoil = int(rng.random() < 0.15)
            done = not in_progress or k == 1
            op = rng.choices(_OPERATORS, weights=operator_w)[0][0]
            jobs.append((len(jobs) + 1, line[0], machine[0], op, _ts(start), _ts(finish) if done else None,
                         part_sheets, spoil))  # fmt: skip
            if done:
                finished_by_order[order[0]] = max(finished_by_order.get(order[0], finish), finish)

    # deliveries: everything dispatched or completed except counter collections
    deliveries = []
    lines_of: dict[int, list[tuple]] = {o[0]: [] for o in orders}
    for line in lines:
        lines_of[line[1]].append(line)
    cour_w = [c[4] for c in _COURIERS]
    for order in orders:
        if order[5] not in ("D", "C") or order[0] not in finished_by_order:
            continue
        if order[7] == "C" and rng.random() < 0.8 or rng.random() < 0.06:
            order[5] = "C"  # collected from the shop
            continue
        courier = rng.choices(_COURIERS, weights=cour_w)[0]
        if order[6] and rng.random() < 0.5:
            courier = _COURIERS[2]
        done = finished_by_order[order[0]]
        ship = _work_day(done.date(), 0 if done.hour < 15 else 1)
        transit = {"Same Day": 0, "Next Day": rng.choices([1, 2, 3], weights=[8, 2, 1])[0],
                   "Economy": rng.choice([2, 2, 3, 4])}[courier[2]]  # fmt: skip
        deliv = _work_day(ship, transit)
        if order[5] == "D" or deliv > _END:
            deliv = None
            orders[order[0] - 1][5] = "D"
        parcels = min(1 + sum(line[4] // 2500 for line in lines_of[order[0]]) + rng.choice([0, 0, 1]), 8)
        tracking = f"{courier[0]}{rng.randrange(10**9, 10**10)}"
        arrived = deliv.isoformat() if deliv else None
        deliveries.append((len(deliveries) + 1, order[0], courier[0], ship.isoformat(), arrived, parcels, tracking,
                           round(courier[3] * parcels, 2)))  # fmt: skip

    # reprints: mostly from the old Konica press
    reprints = []
    delivered = {d[1]: d[4] for d in deliveries if d[4]}
    for job in jobs:
        if job[5] is None:
            continue
        machine = _MACHINES[job[2] - 1]
        if rng.random() >= machine[5]:
            continue
        line = lines[job[1] - 1]
        kind = machine[1]
        reason = rng.choices(_REASONS, weights=[r[2] if kind == "LFP" else r[1] for r in _REASONS])[0][0]
        base = dt.date.fromisoformat(delivered.get(line[1], job[5][:10]))
        reported = base + dt.timedelta(days=rng.randint(0, 6))
        if reported > _END:
            continue
        qty = line[4]
        if rng.random() >= 0.5 and qty > 10:
            qty = rng.choice([qty // 2, qty // 4, qty // 10])
        cost = round(qty * line[5] * rng.uniform(0.35, 0.5) + rng.randint(5, 20), 2)
        reprints.append((len(reprints) + 1, job[0], reported.isoformat(), reason, qty, "Y" if reason == "ART" else "N",
                         cost))  # fmt: skip
    reprints.sort(key=lambda r: (r[2], r[1]))
    reprints = [(i, *r[1:]) for i, r in enumerate(reprints, 1)]

    # maintenance: planned services every couple of months, quarterly calibration, breakdowns at random
    maint = []
    for m_id, machine in enumerate(_MACHINES, 1):
        installed = dt.date.fromisoformat(machine[4])
        day = installed + dt.timedelta(days=rng.randint(40, 70))
        while day <= _END:
            maint.append([m_id, _work_day(day, 0), "PM", rng.choice([2, 3, 3, 4, 6]),
                          rng.choice([280, 350, 420, 495]) if machine[1] != "OFF" else 650, machine[7]])  # fmt: skip
            day += dt.timedelta(days=rng.randint(55, 75))
        if machine[1] != "OFF":
            day = installed + dt.timedelta(days=rng.randint(80, 100))
            while day <= _END:
                maint.append([m_id, _work_day(day, 0), "CAL", rng.choice([0.5, 1, 1, 1.5]), 0, "In-house"])
                day += dt.timedelta(days=rng.randint(85, 95))
        years = (_END - installed).days / 365
        for _ in range(round(machine[6] * years)):
            hours = rng.choice([1.5, 3, 4, 6, 8, 12, 16, 24, 36])
            day = _work_day(random_day(rng, installed, _END), 0)
            cost = round(hours * rng.uniform(60, 110) + rng.choice([0, 0, 150, 400, 1200]), 2)
            maint.append([m_id, day, "BD", hours, cost, machine[7]])
    maint = [m for m in maint if m[1] <= _END]
    maint.sort(key=lambda m: (m[1], m[0], m[2]))
    maint = [(i, m[0], m[1].isoformat(), *m[2:]) for i, m in enumerate(maint, 1)]
    return {"clients": clients, "products": products, "paper_stocks": stocks, "orders": [tuple(o) for o in orders],
            "order_lines": lines, "machines": machines, "print_jobs": jobs, "maint_log": maint, "couriers": couriers,
            "deliveries": deliveries, "reprints": reprints}  # fmt: skip


def build_printshop_database(path: str | Path) -> Path:
    """Write the print shop's database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
