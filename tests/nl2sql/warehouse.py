"""A made-up grocery and household goods distributor running four warehouses (and one closed site) from a WMS,
written by someone who had not seen the engine's rules: the ``warehouse`` dev set's database.

Ten tables with foreign keys: ``sites`` (a ``site_cd`` such as DC01, name, city, region, floor area ``sq_ft``,
``opened`` date and ``active`` 0/1), ``prod_cat`` (product categories: a ``cat_cd``, name, ``temp_cls`` 'A' ambient
/ 'C' chilled / 'F' frozen and a ``hazmat`` flag), ``suppliers`` (a ``supp_cd``, name, country, ``lead_days`` and a
vendor ``rating`` 'A'/'B'/'C'), ``skus`` (the product master: ``sku`` code, ``descr``, category, supplier, ``uom``
'EA'/'CS'/'PK', ``case_qty``, ``unit_cost``, ``list_px``, ``wt_kg`` and ``status`` 'A' active / 'D' discontinued),
``inv_bal`` (stock on hand per site and bin: ``bin_loc`` such as A-12-03, ``zone`` 'PK' pick face / 'BK' bulk /
'CL' cold room, ``qty_oh`` on hand, ``qty_alloc`` allocated to orders, ``last_cnt`` the last cycle-count date),
``po_hdr`` (purchase orders: ``po_no``, supplier, receiving site, ``ord_dt``, ``due_dt``, ``status`` 'O' open / 'P'
part received / 'C' closed / 'X' cancelled), ``po_ln`` (purchase order lines: ``ln_no``, sku, ``qty_ord``,
``qty_rcv``, ``unit_cost``), ``customers`` (a ``cust_cd``, name, city, ``chan`` 'RT' retail / 'WS' wholesale / 'EC'
online, ``cr_hold`` credit-hold flag), ``shipments`` (customer orders going out: ``shp_no``, customer, shipping
site, ``ord_dt``, ``ship_dt`` (empty until shipped), ``carrier``, ``status`` 'N' new / 'K' picking / 'S' shipped /
'X' cancelled, ``ctns`` cartons and ``frt_chg`` freight charged) and ``stk_mv`` (stock movements: ``mv_dt``,
``mv_type`` 'RCV' receipt / 'PCK' pick / 'ADJ' adjustment, site, sku, ``qty`` signed (picks negative), the purchase
order or shipment it belongs to, a ``rsn_cd`` for adjustments ('DMG' damaged, 'CC' cycle count, 'EXP' expired,
'SHR' shrinkage) and the ``usr`` who keyed it). Rows come from a fixed seed, so every build holds the same rows; a
few suppliers and customers account for many orders, some SKUs were never picked, one supplier has no purchase
orders and some customers never ordered.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_warehouse_database(pathlib.Path(tempfile.mkdtemp()) / "warehouse.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM sites").fetchone()
    (5,)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_warehouse_database"]

_SCHEMA = """
CREATE TABLE sites (
    id INTEGER PRIMARY KEY, site_cd TEXT NOT NULL, name TEXT NOT NULL, city TEXT NOT NULL, region TEXT NOT NULL,
    sq_ft INTEGER NOT NULL, opened DATE NOT NULL, active INTEGER NOT NULL
);
CREATE TABLE prod_cat (
    id INTEGER PRIMARY KEY, cat_cd TEXT NOT NULL, name TEXT NOT NULL, temp_cls TEXT NOT NULL, hazmat INTEGER NOT NULL
);
CREATE TABLE suppliers (
    id INTEGER PRIMARY KEY, supp_cd TEXT NOT NULL, name TEXT NOT NULL, country TEXT NOT NULL,
    lead_days INTEGER NOT NULL, rating TEXT NOT NULL
);
CREATE TABLE skus (
    id INTEGER PRIMARY KEY, sku TEXT NOT NULL, descr TEXT NOT NULL, cat_id INTEGER NOT NULL REFERENCES prod_cat (id),
    supp_id INTEGER NOT NULL REFERENCES suppliers (id), uom TEXT NOT NULL, case_qty INTEGER NOT NULL,
    unit_cost NUMERIC NOT NULL, list_px NUMERIC NOT NULL, wt_kg NUMERIC NOT NULL, status TEXT NOT NULL
);
CREATE TABLE inv_bal (
    id INTEGER PRIMARY KEY, site_id INTEGER NOT NULL REFERENCES sites (id), bin_loc TEXT NOT NULL,
    zone TEXT NOT NULL, sku_id INTEGER NOT NULL REFERENCES skus (id), qty_oh INTEGER NOT NULL,
    qty_alloc INTEGER NOT NULL, last_cnt DATE NOT NULL
);
CREATE TABLE po_hdr (
    id INTEGER PRIMARY KEY, po_no TEXT NOT NULL, supp_id INTEGER NOT NULL REFERENCES suppliers (id),
    site_id INTEGER NOT NULL REFERENCES sites (id), ord_dt DATE NOT NULL, due_dt DATE NOT NULL, status TEXT NOT NULL
);
CREATE TABLE po_ln (
    id INTEGER PRIMARY KEY, po_id INTEGER NOT NULL REFERENCES po_hdr (id), ln_no INTEGER NOT NULL,
    sku_id INTEGER NOT NULL REFERENCES skus (id), qty_ord INTEGER NOT NULL, qty_rcv INTEGER NOT NULL,
    unit_cost NUMERIC NOT NULL
);
CREATE TABLE customers (
    id INTEGER PRIMARY KEY, cust_cd TEXT NOT NULL, name TEXT NOT NULL, city TEXT NOT NULL, chan TEXT NOT NULL,
    cr_hold INTEGER NOT NULL
);
CREATE TABLE shipments (
    id INTEGER PRIMARY KEY, shp_no TEXT NOT NULL, cust_id INTEGER NOT NULL REFERENCES customers (id),
    site_id INTEGER NOT NULL REFERENCES sites (id), ord_dt DATE NOT NULL, ship_dt DATE, carrier TEXT NOT NULL,
    status TEXT NOT NULL, ctns INTEGER NOT NULL, frt_chg NUMERIC NOT NULL
);
CREATE TABLE stk_mv (
    id INTEGER PRIMARY KEY, mv_dt DATE NOT NULL, mv_type TEXT NOT NULL, site_id INTEGER NOT NULL REFERENCES sites (id),
    sku_id INTEGER NOT NULL REFERENCES skus (id), qty INTEGER NOT NULL, po_id INTEGER REFERENCES po_hdr (id),
    shp_id INTEGER REFERENCES shipments (id), rsn_cd TEXT, usr TEXT NOT NULL
);
"""

#: code, name, city, region, sq ft, opened, active, share of outbound work
_SITES = [
    ("DC01", "Leeds Central DC", "Leeds", "North", 240000, "2008-04-14", 1, 10),
    ("DC02", "Daventry Hub", "Daventry", "Midlands", 310000, "2012-09-03", 1, 8),
    ("DC03", "Avonmouth Depot", "Bristol", "South West", 145000, "2015-02-16", 1, 4),
    ("DC04", "Thurrock Cross-Dock", "Grays", "South East", 98000, "2019-06-10", 1, 3),
    ("DC05", "Wakefield Overflow", "Wakefield", "North", 60000, "2010-01-11", 0, 0),
]
#: code, name, temperature class, hazmat, products (description stems)
_CATS = [
    ("BEV", "Beverages", "A", 0, ["Sparkling Water 500ml", "Cola 2L", "Orange Juice 1L", "Lemonade 330ml Can",
                                  "Cold Brew Coffee 250ml", "Energy Drink 500ml", "Still Water 1.5L"]),
    ("SNK", "Snacks & Confectionery", "A", 0, ["Salted Crisps 150g", "Milk Chocolate Bar 100g", "Oat Cookies 200g",
                                                "Mixed Nuts 250g", "Fruit Gums 180g", "Popcorn 80g"]),
    ("HHC", "Household Cleaning", "A", 1, ["Bleach 750ml", "Multi-Surface Spray 500ml", "Oven Cleaner 400ml",
                                            "Toilet Gel 750ml", "Drain Unblocker 1L", "Laundry Liquid 1.3L"]),
    ("PCR", "Personal Care", "A", 0, ["Shampoo 400ml", "Shower Gel 250ml", "Toothpaste 75ml", "Hand Wash 300ml",
                                       "Deodorant 150ml", "Sun Cream SPF30 200ml"]),
    ("PAP", "Paper Goods", "A", 0, ["Toilet Roll 9pk", "Kitchen Towel 2pk", "Tissues 3pk", "Paper Plates 50pk",
                                     "Napkins 100pk"]),
    ("PET", "Pet Supplies", "A", 0, ["Dry Dog Food 2kg", "Cat Pouches 12x85g", "Cat Litter 10L", "Dog Treats 200g",
                                      "Bird Seed 1kg"]),
    ("DAI", "Dairy & Chilled", "C", 0, ["Semi-Skimmed Milk 2L", "Greek Yogurt 500g", "Cheddar 400g",
                                         "Salted Butter 250g", "Fresh Orange Juice 1L"]),
    ("FRZ", "Frozen Foods", "F", 0, ["Garden Peas 1kg", "Oven Chips 1.5kg", "Fish Fingers 10pk",
                                      "Vanilla Ice Cream 2L", "Margherita Pizza 350g"]),
    ("ELE", "Batteries & Electricals", "A", 1, ["AA Batteries 8pk", "AAA Batteries 4pk", "LED Bulb E27 4pk",
                                                 "Extension Lead 4-way", "Phone Charger USB-C"]),
]  # fmt: skip
#: code, name, country, lead days, rating, weight (how much of the range it supplies), category codes
_SUPPLIERS = [
    ("V1001", "Northbrook Foods Ltd", "United Kingdom", 5, "A", 9, ["SNK", "BEV", "FRZ"]),
    ("V1002", "Crystal Springs Beverages", "United Kingdom", 4, "A", 6, ["BEV"]),
    ("V1003", "Hartley Hygiene Products", "United Kingdom", 7, "B", 6, ["HHC", "PCR"]),
    ("V1004", "Rhein Chemie Haushalt GmbH", "Germany", 14, "B", 3, ["HHC"]),
    ("V1005", "Softleaf Paper Co", "United Kingdom", 6, "A", 4, ["PAP"]),
    ("V1006", "Pawsome Pet Nutrition", "Netherlands", 10, "B", 3, ["PET"]),
    ("V1007", "Dale Farm Dairies", "United Kingdom", 2, "A", 4, ["DAI"]),
    ("V1008", "Arctic Star Frozen", "Denmark", 9, "C", 3, ["FRZ"]),
    ("V1009", "Voltmax Trading", "China", 42, "C", 3, ["ELE"]),
    ("V1010", "Brightside Electricals", "Poland", 16, "B", 2, ["ELE"]),
    ("V1011", "Maison Beaute SA", "France", 12, "A", 3, ["PCR"]),
    ("V1012", "Golden Harvest Snacks", "Belgium", 11, "B", 4, ["SNK"]),
    ("V1013", "Iberia Juices SL", "Spain", 13, "C", 2, ["BEV", "DAI"]),
    ("V1014", "Kestrel Packaging", "Ireland", 8, "B", 0, ["PAP"]),
]
_BRANDS = ["Everyday", "Premium", "Value", "Eco", "Family"]
#: customer name stems, city, channel, weight
_CUSTOMERS = [
    ("Fresco Supermarkets", "Manchester", "RT", 40), ("Greenway Stores", "Birmingham", "RT", 28),
    ("Harbour Cash & Carry", "Liverpool", "WS", 22), ("QuickBasket Online", "London", "EC", 30),
    ("Corner Shop Group", "Sheffield", "RT", 12), ("Valley Wholesale", "Cardiff", "WS", 10),
    ("Pennine Co-operative", "Huddersfield", "RT", 9), ("Metro Convenience", "London", "RT", 8),
    ("Bargain Bins Ltd", "Leicester", "RT", 7), ("Hillside Catering Supplies", "Bristol", "WS", 6),
    ("Parcelbox Direct", "Milton Keynes", "EC", 8), ("Riverside Nurseries", "Norwich", "WS", 3),
    ("Coastline Hotels", "Brighton", "WS", 4), ("Campus Stores", "Nottingham", "RT", 4),
    ("Daily Drop Grocery", "Leeds", "EC", 6), ("Oakfield Farm Shop", "York", "RT", 2),
    ("St Mary's Hospital Trust", "Oxford", "WS", 3), ("Fenland Foods", "Peterborough", "WS", 3),
    ("Northern Vending", "Newcastle", "WS", 2), ("Petworld Superstores", "Reading", "RT", 5),
    ("Click & Collect Co", "Coventry", "EC", 3), ("Highland Provisions", "Carlisle", "WS", 2),
    ("Seaview Caravan Parks", "Scarborough", "WS", 1), ("Urban Pantry", "London", "EC", 4),
    ("Mercia Schools Catering", "Worcester", "WS", 2), ("Thames Office Supplies", "Slough", "WS", 1),
    ("Kingfisher Pharmacies", "Bath", "RT", 2), ("Moorland Garage Shops", "Exeter", "RT", 1),
    ("Lakeside Leisure", "Kendal", "WS", 0), ("Beacon Community Store", "Wrexham", "RT", 0),
    ("Gatehouse Deli", "Chester", "RT", 0), ("Summit Outdoor Retail", "Derby", "RT", 1),
    ("Eastgate Minimarts", "Ipswich", "RT", 2), ("Saltire Traders", "Berwick", "WS", 1),
    ("FreshFast Delivery", "Cambridge", "EC", 3), ("Willow Care Homes", "Lincoln", "WS", 0),
]  # fmt: skip
_CARRIERS = [("Own fleet", 10), ("DPD", 6), ("Palletways", 4), ("UPS", 3), ("Royal Mail", 2)]
_USERS = ["jpatel", "mkowalski", "sbrennan", "tnguyen", "agreen", "rholt", "lchen", "dmorris", "kwhite", "bokafor"]


def _rows(seed: int = 40417) -> dict[str, list[tuple]]:  # noqa: PLR0912, PLR0915 - one generator per table, in order
    rng = random.Random(seed)
    sites = [(i, *s[:7]) for i, s in enumerate(_SITES, 1)]
    cats = [(i, *c[:4]) for i, c in enumerate(_CATS, 1)]
    suppliers = [(i, *s[:5]) for i, s in enumerate(_SUPPLIERS, 1)]
    # the product master: each product stem in one or two brands, from a supplier that covers the category
    skus = []
    for c_index, (code, _, temp, _, stems) in enumerate(_CATS, 1):
        makers = [(i, s[5]) for i, s in enumerate(_SUPPLIERS, 1) if code in s[6] and s[5]]  # Kestrel: none yet
        for stem in stems:
            for brand in rng.sample(_BRANDS, rng.choice([1, 2, 2, 3])):
                supp = rng.choices([m[0] for m in makers], weights=[m[1] for m in makers])[0]
                cost = round(rng.uniform(0.35, 6.5) * (1.4 if code in ("ELE", "PET") else 1), 2)
                margin = {"Premium": 1.55, "Value": 1.22, "Eco": 1.45}.get(brand, 1.35)
                uom = rng.choices(["EA", "CS", "PK"], weights=[6, 3, 1])[0]
                case_qty = rng.choice([6, 12, 12, 24]) if uom != "EA" else 1
                weight = round(rng.uniform(0.08, 2.6) * (1.8 if code in ("PET", "BEV") else 1), 2)
                status = "D" if rng.random() < 0.1 else "A"
                skus.append((len(skus) + 1, f"{code}-{10000 + len(skus) * 37 + rng.randrange(30)}",
                             f"{brand} {stem}", c_index, supp, uom, case_qty, cost,
                             round(cost * margin + 0.05, 2), weight, status))  # fmt: skip
    popularity = {s[0]: (0 if s[0] % 11 == 6 else rng.choice([1, 1, 2, 3, 5, 8])) * (0.2 if s[10] == "D" else 1)
                  for s in skus}  # fmt: skip
    # stock balances per bin in the four live sites
    inv = []
    for site in sites[:4]:
        used = {""}
        for sku in skus:
            if rng.random() > (0.8 if site[0] <= 2 else 0.55):
                continue
            temp = _CATS[sku[3] - 1][2]
            places = ["PK", "BK"] if rng.random() < 0.35 else [rng.choice(["PK", "BK"])]
            for zone in places:
                zone_here = "CL" if temp != "A" else zone
                aisle = {"PK": "ABCD", "BK": "RST", "CL": "F"}[zone_here]
                loc = ""
                while loc in used:  # one SKU per bin
                    loc = f"{rng.choice(aisle)}-{rng.randint(1, 24):02d}-{rng.randint(1, 6):02d}"
                used.add(loc)
                qty = 0 if rng.random() < 0.06 else int(rng.expovariate(1 / (60 if zone == "PK" else 240))) + 1
                alloc = min(qty, int(qty * rng.random() * 0.4)) if rng.random() < 0.5 else 0
                counted = random_day(rng, dt.date(2024, 9, 1), dt.date(2025, 6, 27))
                inv.append((len(inv) + 1, site[0], loc, zone_here, sku[0], qty, alloc, counted.isoformat()))
                if zone_here == "CL":
                    break
    # purchase orders: a few suppliers account for most of them
    po_hdr, po_ln, moves = [], [], []
    po_weights = [s[5] ** 1.4 for s in _SUPPLIERS]
    site_w = [s[7] for s in _SITES]
    for n in range(1, 361):
        supp = rng.choices(range(1, 15), weights=po_weights)[0]
        site = rng.choices(range(1, 6), weights=site_w)[0]
        ordered = random_day(rng, dt.date(2023, 1, 2), dt.date(2025, 6, 20))
        due = ordered + dt.timedelta(days=_SUPPLIERS[supp - 1][3])
        age = (dt.date(2025, 6, 30) - ordered).days
        if rng.random() < 0.05:
            status = "X"
        elif age < 20:
            status = rng.choice(["O", "O", "P"])
        elif age < 60:
            status = rng.choice(["C", "C", "C", "P"])
        else:
            status = "C"
        po_hdr.append((n, f"PO{ordered.year % 100}{n:05d}", supp, site, ordered.isoformat(), due.isoformat(), status))
        range_ = [s for s in skus if s[4] == supp and s[10] == "A"] or [s for s in skus if s[4] == supp]
        for ln, sku in enumerate(rng.sample(range_, min(len(range_), rng.randint(1, 6))), 1):
            qty = rng.choice([24, 48, 96, 120, 240, 480]) * rng.randint(1, 3)
            rcv = {"X": 0, "O": 0, "C": qty if rng.random() < 0.85 else qty - rng.randrange(1, qty // 4)}.get(status)
            if rcv is None:
                rcv = rng.choice([0, qty // 2, qty])
            cost = round(sku[7] * rng.uniform(0.94, 1.06), 2)
            po_ln.append((len(po_ln) + 1, n, ln, sku[0], qty, rcv, cost))
            if rcv:
                got = due + dt.timedelta(days=rng.randint(-2, 6))
                moves.append((got.isoformat(), "RCV", site, sku[0], rcv, n, None, None, rng.choice(_USERS[:6])))
    customers = []
    for i, (name, city, chan, _) in enumerate(_CUSTOMERS, 1):
        hold = 1 if i in (9, 19, 27) else 0
        customers.append((i, f"C{20000 + i * 13}", name, city, chan, hold))
    shipments = []
    pick_w = [popularity[s[0]] for s in skus]
    for n in range(1, 1401):
        cust = rng.choices(range(1, len(_CUSTOMERS) + 1), weights=[c[3] for c in _CUSTOMERS])[0]
        chan = _CUSTOMERS[cust - 1][2]
        site = rng.choices(range(1, 5), weights=site_w[:4])[0]
        ordered = random_day(rng, dt.date(2023, 1, 3), dt.date(2025, 6, 30))
        carrier = rng.choices([c[0] for c in _CARRIERS], weights=[c[1] for c in _CARRIERS])[0]
        if chan == "EC":
            carrier = rng.choice(["DPD", "UPS", "Royal Mail"])
        age = (dt.date(2025, 6, 30) - ordered).days
        status = "X" if rng.random() < 0.04 else ("S" if age > 4 else rng.choice(["N", "K", "S"]))
        shipped = ordered + dt.timedelta(days=rng.choice([0, 1, 1, 1, 2, 2, 3, 5])) if status == "S" else None
        ctns = rng.randint(1, 6) if chan == "EC" else rng.randint(4, 60)
        freight = 0.0 if carrier == "Own fleet" else round(ctns * rng.uniform(2.1, 4.8) + 3.5, 2)
        freight = freight if status == "S" else 0.0  # charged when it goes out
        shipments.append((n, f"SO{ordered.year}{n:05d}", cust, site, ordered.isoformat(),
                          shipped.isoformat() if shipped else None, carrier, status, ctns, freight))  # fmt: skip
        if status in ("S", "K"):
            day = shipped or ordered
            for sku in sorted({rng.choices(skus, weights=pick_w)[0] for _ in range(rng.randint(1, 5))}):
                qty = rng.randint(1, 12) * (sku[6] if chan != "EC" else 1)
                moves.append((day.isoformat(), "PCK", site, sku[0], -qty, None, n, None, rng.choice(_USERS)))
    for _ in range(260):
        row = rng.choice(inv)
        reason = rng.choices(["DMG", "CC", "EXP", "SHR"], weights=[5, 8, 2 + 3 * (row[3] == "CL"), 2])[0]
        qty = -rng.randint(1, 18) if reason != "CC" or rng.random() < 0.6 else rng.randint(1, 10)
        day = random_day(rng, dt.date(2023, 2, 1), dt.date(2025, 6, 30))
        moves.append((day.isoformat(), "ADJ", row[1], row[4], qty, None, None, reason, rng.choice(_USERS[5:])))
    moves.sort(key=lambda m: (m[0], m[1], m[3], m[4]))
    stk_mv = [(i, *m) for i, m in enumerate(moves, 1)]
    return {"sites": sites, "prod_cat": cats, "suppliers": suppliers, "skus": skus, "inv_bal": inv,
            "po_hdr": po_hdr, "po_ln": po_ln, "customers": customers, "shipments": shipments,
            "stk_mv": stk_mv}  # fmt: skip


def build_warehouse_database(path: str | Path) -> Path:
    """Write the distributor's warehouse database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
