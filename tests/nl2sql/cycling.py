"""A made-up chain of five bicycle shops in Cumbria and north Lancashire that sells bikes and accessories, repairs
bikes in its workshops and rents out e-bikes, written by someone who had not seen the engine's rules: the
``cycling`` dev set's database.

Ten tables with foreign keys: ``shops`` (a ``shop_name``, ``town``, ``opened_date``, ``phone`` and
``offers_rentals`` 1 for the three shops that rent e-bikes, 0 otherwise), ``staff`` (``first_name``,
``last_name``, the shop they work at, ``job_title`` 'Store Manager' / 'Sales Assistant' / 'Mechanic' / 'Senior
Mechanic', ``hire_date``, ``hourly_rate`` and a ``leaving_date`` that is empty while they still work there),
``customers`` (``first_name``, ``last_name``, a ``company_name`` only for the handful of business accounts,
``email`` and ``phone`` which are sometimes missing, ``town``, their ``home_shop_id``, ``signup_date`` and
``is_club_member`` 1 for members of a local cycling club who get 10% off accessories), ``products`` (a ``sku``,
``product_name``, ``brand``, ``category`` such as 'Hybrid bike', 'E-bike', 'Helmet' or 'Inner tube', the current
``retail_price`` and ``cost_price``, ``warranty_months`` which is empty for consumables, and ``is_discontinued``),
``bikes`` (every individual bike the chain has had: its ``frame_number``, model, the shop holding it, ``colour``,
``frame_size`` which is empty for kids' bikes, ``received_date`` and ``status`` 'In stock' / 'Sold' / 'Rental
fleet' / 'Written off'), ``sales`` (a till sale: ``receipt_number``, shop, the customer when known (empty for
walk-in buyers), the salesperson, ``sale_date``, ``payment_method`` 'Card' / 'Cash' / 'Finance' / 'Cycle to Work'
and the ``total_amount``), ``sale_items`` (the lines of a sale: product, the individual bike for a bike line,
``quantity``, ``unit_price`` and ``discount_amount``), ``repair_jobs`` (workshop jobs: ``job_number``, shop,
customer, the mechanic (empty for jobs cancelled before anyone picked them up), the bike when the chain sold it or
else a ``bike_description``, ``service_type``, ``booked_in_date``, ``completed_date`` empty until done,
``status`` 'Completed' / 'Open' / 'Waiting for parts' / 'Cancelled', ``labour_hours``, ``labour_cost`` and
``parts_cost``), ``rentals`` (an e-bike hire: the fleet bike, customer, shop, ``start_date``, ``return_date``
empty while the bike is still out, ``daily_rate``, ``total_charge`` and a ``damage_charge`` only when the bike
came back damaged) and ``warranty_claims`` (a claim to the maker on a bike the chain sold: ``claim_number``, bike,
the shop handling it, ``claim_date``, ``fault``, ``status`` 'Pending' / 'Approved' / 'Rejected', ``resolved_date``
empty while pending and the ``credit_amount`` the maker paid on approved claims). Rows come from a fixed seed, so
every build holds the same rows; Lancaster sells the most, the Giant Escape 3 hybrid outsells every other bike and
the Continental inner tube every other product, a few business accounts (a holiday company, a university, a
cycling club) buy and repair far more than anyone else, rentals peak in August, workshops are busiest in April,
the Penrith shop only opened in March 2024 and the Raleigh Motus e-bike draws most battery claims.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_cycling_database(pathlib.Path(tempfile.mkdtemp()) / "cycling.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM shops").fetchone()
    (5,)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_cycling_database"]

_SCHEMA = """
CREATE TABLE shops (
    id INTEGER PRIMARY KEY, shop_name TEXT NOT NULL UNIQUE, town TEXT NOT NULL, opened_date DATE NOT NULL,
    phone TEXT NOT NULL, offers_rentals INTEGER NOT NULL
);
CREATE TABLE staff (
    id INTEGER PRIMARY KEY, shop_id INTEGER NOT NULL REFERENCES shops (id), first_name TEXT NOT NULL,
    last_name TEXT NOT NULL, job_title TEXT NOT NULL, hire_date DATE NOT NULL, hourly_rate NUMERIC NOT NULL,
    leaving_date DATE
);
CREATE TABLE customers (
    id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, company_name TEXT, email TEXT,
    phone TEXT, town TEXT NOT NULL, home_shop_id INTEGER NOT NULL REFERENCES shops (id), signup_date DATE NOT NULL,
    is_club_member INTEGER NOT NULL
);
CREATE TABLE products (
    id INTEGER PRIMARY KEY, sku TEXT NOT NULL UNIQUE, product_name TEXT NOT NULL, brand TEXT NOT NULL,
    category TEXT NOT NULL, retail_price NUMERIC NOT NULL, cost_price NUMERIC NOT NULL, warranty_months INTEGER,
    is_discontinued INTEGER NOT NULL
);
CREATE TABLE bikes (
    id INTEGER PRIMARY KEY, frame_number TEXT NOT NULL UNIQUE, product_id INTEGER NOT NULL REFERENCES products (id),
    shop_id INTEGER NOT NULL REFERENCES shops (id), colour TEXT NOT NULL, frame_size TEXT,
    received_date DATE NOT NULL, status TEXT NOT NULL
);
CREATE TABLE sales (
    id INTEGER PRIMARY KEY, receipt_number TEXT NOT NULL UNIQUE, shop_id INTEGER NOT NULL REFERENCES shops (id),
    customer_id INTEGER REFERENCES customers (id), staff_id INTEGER NOT NULL REFERENCES staff (id),
    sale_date DATE NOT NULL, payment_method TEXT NOT NULL, total_amount NUMERIC NOT NULL
);
CREATE TABLE sale_items (
    id INTEGER PRIMARY KEY, sale_id INTEGER NOT NULL REFERENCES sales (id),
    product_id INTEGER NOT NULL REFERENCES products (id), bike_id INTEGER REFERENCES bikes (id),
    quantity INTEGER NOT NULL, unit_price NUMERIC NOT NULL, discount_amount NUMERIC NOT NULL
);
CREATE TABLE repair_jobs (
    id INTEGER PRIMARY KEY, job_number TEXT NOT NULL UNIQUE, shop_id INTEGER NOT NULL REFERENCES shops (id),
    customer_id INTEGER NOT NULL REFERENCES customers (id), mechanic_id INTEGER REFERENCES staff (id),
    bike_id INTEGER REFERENCES bikes (id), bike_description TEXT, service_type TEXT NOT NULL,
    booked_in_date DATE NOT NULL, completed_date DATE, status TEXT NOT NULL, labour_hours NUMERIC NOT NULL,
    labour_cost NUMERIC NOT NULL, parts_cost NUMERIC NOT NULL
);
CREATE TABLE rentals (
    id INTEGER PRIMARY KEY, bike_id INTEGER NOT NULL REFERENCES bikes (id),
    customer_id INTEGER NOT NULL REFERENCES customers (id), shop_id INTEGER NOT NULL REFERENCES shops (id),
    start_date DATE NOT NULL, return_date DATE, daily_rate NUMERIC NOT NULL, total_charge NUMERIC NOT NULL,
    damage_charge NUMERIC
);
CREATE TABLE warranty_claims (
    id INTEGER PRIMARY KEY, claim_number TEXT NOT NULL UNIQUE, bike_id INTEGER NOT NULL REFERENCES bikes (id),
    shop_id INTEGER NOT NULL REFERENCES shops (id), claim_date DATE NOT NULL, fault TEXT NOT NULL,
    status TEXT NOT NULL, resolved_date DATE, credit_amount NUMERIC
);
"""

#: name, town, opened, phone, offers rentals, share of sales, share of workshop jobs, rental fleet size
_SHOPS = [
    ("Fellside Cycles Kendal", "Kendal", "2009-03-14", "01539 722418", 0, 25, 30, 0),
    ("Fellside Cycles Keswick", "Keswick", "2013-05-01", "017687 71390", 1, 13, 15, 12),
    ("Fellside Cycles Windermere", "Windermere", "2016-04-09", "015394 46127", 1, 14, 14, 16),
    ("Fellside Cycles Lancaster", "Lancaster", "2019-09-21", "01524 388205", 0, 36, 31, 0),
    ("Fellside Cycles Penrith", "Penrith", "2024-03-16", "01768 864502", 1, 12, 10, 8),
]
_PENRITH_OPENED = dt.date(2024, 3, 16)
#: towns customers live in, by the shop they use most
_TOWNS = {
    1: ["Kendal", "Kendal", "Kendal", "Staveley", "Burneside", "Sedbergh", "Kirkby Lonsdale", "Milnthorpe"],
    2: ["Keswick", "Keswick", "Cockermouth", "Braithwaite", "Workington", "Threlkeld"],
    3: ["Windermere", "Bowness-on-Windermere", "Ambleside", "Ambleside", "Grasmere", "Troutbeck"],
    4: ["Lancaster", "Lancaster", "Lancaster", "Morecambe", "Morecambe", "Carnforth", "Garstang", "Heysham"],
    5: ["Penrith", "Penrith", "Pooley Bridge", "Appleby-in-Westmorland", "Shap", "Greystoke"],
}
#: sku, name, brand, category, retail price (2025), cost price, warranty months, discontinued, popularity
_BIKES = [
    ("RD-ALLEZ", "Allez Sport", "Specialized", "Road bike", 1150.00, 760.00, 24, 0, 5),
    ("RD-CONT2", "Contend AR 2", "Giant", "Road bike", 1099.00, 715.00, 24, 0, 6),
    ("RD-DOM3", "Domane AL 3", "Trek", "Road bike", 1250.00, 820.00, 24, 0, 4),
    ("RD-ATTR", "Attain Race", "Cube", "Road bike", 1199.00, 790.00, 24, 1, 2),
    ("MT-MARL7", "Marlin 7", "Trek", "Mountain bike", 950.00, 610.00, 24, 0, 7),
    ("MT-W629", "629", "Whyte", "Mountain bike", 1399.00, 920.00, 24, 0, 3),
    ("MT-TAL2", "Talon 2", "Giant", "Mountain bike", 749.00, 480.00, 24, 0, 6),
    ("MT-STER", "Stereo One22 Pro", "Cube", "Mountain bike", 2299.00, 1540.00, 24, 0, 2),
    ("HY-ESC3", "Escape 3", "Giant", "Hybrid bike", 549.00, 340.00, 24, 0, 30),
    ("HY-FX2", "FX 2", "Trek", "Hybrid bike", 699.00, 445.00, 24, 0, 9),
    ("HY-PION", "Pioneer", "Raleigh", "Hybrid bike", 449.00, 280.00, 12, 0, 7),
    ("HY-NATX", "Nature EXC", "Cube", "Hybrid bike", 899.00, 580.00, 24, 0, 4),
    ("EB-MOTUS", "Motus Grand Tour", "Raleigh", "E-bike", 2399.00, 1600.00, 24, 0, 8),
    ("EB-KATH", "Kathmandu Hybrid Pro 750", "Cube", "E-bike", 3299.00, 2210.00, 24, 0, 4),
    ("EB-EXPL", "Explore E+ 2", "Giant", "E-bike", 3199.00, 2150.00, 24, 0, 5),
    ("EB-KCROSS", "Kings Cross", "Whyte", "E-bike", 2649.00, 1780.00, 24, 0, 3),
    ("EB-RAIL5", "Rail 5", "Trek", "E-bike", 5299.00, 3560.00, 24, 0, 1),
    ("EB-VADO", "Turbo Vado 4.0", "Specialized", "E-bike", 3999.00, 2690.00, 24, 1, 2),
    ("KD-FROG62", "Frog 62", "Frog", "Kids bike", 459.00, 300.00, 12, 0, 5),
    ("KD-FROG44", "Frog 44", "Frog", "Kids bike", 379.00, 245.00, 12, 0, 5),
    ("KD-BEINN", "Beinn 20", "Islabikes", "Kids bike", 479.00, 315.00, 12, 0, 3),
    ("KD-STRK", "Striker 24", "Raleigh", "Kids bike", 249.00, 160.00, 12, 0, 4),
    ("FD-BROMC", "C Line Explore", "Brompton", "Folding bike", 1695.00, 1150.00, 24, 0, 2),
]
_ACCESSORIES = [
    ("HL-GIRO", "Register MIPS helmet", "Giro", "Helmet", 59.00, 30.00, 12, 0, 10),
    ("HL-BELL", "Formula helmet", "Bell", "Helmet", 89.00, 46.00, 12, 0, 4),
    ("HL-LAZER", "Tonic helmet", "Lazer", "Helmet", 49.00, 24.00, 12, 1, 3),
    ("HL-KIDS", "Kids Nutcase helmet", "Nutcase", "Helmet", 39.00, 19.00, 12, 0, 4),
    ("LT-LEZF", "Macro Drive 800+ front light", "Lezyne", "Lights", 65.00, 34.00, 12, 0, 6),
    ("LT-EXPT", "Trace rear light", "Exposure", "Lights", 45.00, 23.00, 12, 0, 4),
    ("LT-KNOG", "Blinder light set", "Knog", "Lights", 55.00, 28.00, 12, 0, 5),
    ("LK-KRYP", "Evolution Mini-7 D-lock", "Kryptonite", "Lock", 79.00, 41.00, 24, 0, 6),
    ("LK-ABUS", "Bordo 6500 folding lock", "Abus", "Lock", 99.00, 52.00, 24, 0, 3),
    ("LK-HIPL", "Z Lok cable lock", "Hiplok", "Lock", 29.00, 14.00, None, 0, 3),
    ("TY-GP5K", "GP5000 700x25 tyre", "Continental", "Tyre", 65.00, 36.00, None, 0, 7),
    ("TY-MARA", "Marathon Plus 700x35 tyre", "Schwalbe", "Tyre", 42.00, 22.00, None, 0, 8),
    ("TY-MINI", "Minion DHF 29x2.5 tyre", "Maxxis", "Tyre", 55.00, 30.00, None, 0, 4),
    ("TB-CONT", "Race 700x25 inner tube", "Continental", "Inner tube", 7.99, 2.90, None, 0, 60),
    ("TB-SCHW", "29er inner tube", "Schwalbe", "Inner tube", 9.50, 3.60, None, 0, 14),
    ("TB-26IN", "26in inner tube", "Schwalbe", "Inner tube", 6.99, 2.50, None, 0, 6),
    ("CL-JACK", "Explorer waterproof jacket", "Altura", "Clothing", 120.00, 62.00, None, 0, 3),
    ("CL-GLOV", "Summer mitts", "Endura", "Clothing", 25.00, 11.00, None, 0, 4),
    ("CL-SHRT", "Padded liner shorts", "dhb", "Clothing", 45.00, 20.00, None, 0, 3),
    ("CL-SOCK", "Merino cycling socks", "DeFeet", "Clothing", 14.00, 6.00, None, 0, 5),
    ("CR-MUCC", "Nano Tech bike cleaner 1L", "Muc-Off", "Care", 12.99, 5.80, None, 0, 9),
    ("CR-LUBE", "Dry chain lube 120ml", "Finish Line", "Care", 8.50, 3.70, None, 0, 11),
    ("CR-PKIT", "Puncture repair kit", "Park Tool", "Care", 4.50, 1.60, None, 0, 10),
    ("TL-PUMP", "Pressure Drive mini pump", "Lezyne", "Tools", 29.00, 14.00, 12, 0, 6),
    ("TL-MULT", "Ratchet Rocket multi-tool", "Topeak", "Tools", 25.00, 12.00, 12, 0, 4),
    ("PT-CHAIN", "CN-HG601 11-speed chain", "Shimano", "Parts", 29.99, 15.00, None, 0, 7),
    ("PT-PADS", "Disc brake pads", "Shimano", "Parts", 14.99, 6.20, None, 0, 9),
    ("PT-CASS", "Deore 10-speed cassette", "Shimano", "Parts", 45.00, 24.00, None, 0, 3),
    ("PT-SADL", "Tempo comfort saddle", "Selle Royal", "Parts", 39.00, 19.00, 12, 0, 3),
    ("PT-BOTL", "Purist water bottle", "Specialized", "Parts", 8.00, 3.10, None, 0, 6),
    ("PT-CAGE", "Alloy bottle cage", "Elite", "Parts", 12.00, 5.00, None, 1, 3),
    ("EL-GARM", "Edge 130 Plus bike computer", "Garmin", "Electronics", 199.00, 128.00, 12, 0, 2),
]
#: rental fleet models (by sku) per rental shop
_FLEET_MODELS = ["EB-EXPL", "EB-EXPL", "EB-MOTUS", "EB-KATH"]
_FIRST = ["James", "Sarah", "David", "Emma", "Michael", "Claire", "Paul", "Helen", "Andrew", "Rachel", "Mark",
          "Laura", "Chris", "Joanne", "Steven", "Katie", "Richard", "Nicola", "Tom", "Gemma", "Daniel", "Amy",
          "Matthew", "Lucy", "Robert", "Hannah", "Ben", "Sophie", "Graham", "Alison", "Stuart", "Fiona", "Ian",
          "Zoe", "Gareth", "Megan"]  # fmt: skip
_LAST = ["Atkinson", "Wilson", "Dixon", "Bell", "Robinson", "Thompson", "Hodgson", "Nicholson", "Armstrong",
         "Jackson", "Graham", "Walker", "Harrison", "Bowness", "Fell", "Tyson", "Benson", "Relph", "Stephenson",
         "Wood", "Holme", "Birkett", "Gaskell", "Simpson", "Teasdale", "Mounsey", "Hewitson", "Pattinson",
         "Clark", "Airey", "Ridley", "Dodd", "Hall", "Parker", "Brockbank", "Cowperthwaite"]  # fmt: skip
#: company, contact first and last name, town, home shop, signup, club, sales weight, repair weight, rental weight
_BUSINESSES = [
    ("Lakes Adventure Holidays", "Rob", "Birkett", "Ambleside", 3, "2023-01-09", 0, 18, 25, 0),
    ("Lancaster University Estates", "Karen", "Whiteside", "Lancaster", 4, "2023-02-13", 0, 12, 12, 0),
    ("Kendal Wheelers CC", "Phil", "Tyson", "Kendal", 1, "2023-01-05", 1, 10, 3, 0),
    ("Low Wood Bay Hotel", "Anna", "Hesketh", "Windermere", 3, "2023-04-18", 0, 3, 4, 4),
    ("Ullswater Bike Tours", "Mike", "Scott", "Pooley Bridge", 5, "2024-04-02", 0, 5, 8, 0),
    ("Keswick Mountain School", "Jo", "Pears", "Keswick", 2, "2023-06-21", 0, 3, 5, 2),
    ("Westmorland Council Fleet", "Alan", "Burrow", "Kendal", 1, "2024-09-30", 0, 2, 3, 0),
]
_COLOURS = ["Black", "Black", "Grey", "Blue", "Red", "Green", "White", "Silver", "Orange"]
_SIZES = ["S", "M", "M", "L", "L", "XL"]
_EXTERNAL_BIKES = ["Carrera Vengeance", "Boardman MTB 8.6", "Voodoo Bizango", "Apollo Phaze", "Ribble CGR AL",
                   "Claud Butler Explorer", "Cannondale Trail 6", "Scott Aspect 970", "Pinnacle Lithium 3",
                   "Orbea Gain D30", "Dawes Galaxy", "Specialized Rockhopper", "Merida Big Nine 100",
                   "Marin Bobcat Trail", "Ridgeback Speed", "Canyon Endurace 7", "Vitus Nucleus 29"]  # fmt: skip
#: service type, labour hours range, parts cost range, share, e-bike only?
_SERVICES = [
    ("Puncture repair", (0.3, 0.5), (7.99, 9.5), 22),
    ("Basic service", (1.0, 1.5), (0.0, 25.0), 24),
    ("Full service", (2.5, 3.5), (20.0, 140.0), 14),
    ("Brake service", (0.8, 1.5), (14.99, 60.0), 12),
    ("Gear adjustment", (0.5, 1.0), (0.0, 30.0), 11),
    ("Wheel truing", (0.5, 1.0), (0.0, 15.0), 7),
    ("E-bike diagnostics", (1.0, 2.0), (0.0, 320.0), 6),
    ("Suspension service", (1.5, 2.5), (25.0, 90.0), 4),
]
_START, _END = dt.date(2023, 1, 2), dt.date(2025, 12, 31)


def _month_weight(kind: str, day: dt.date) -> float:
    """How busy a month is for sales, the workshop or rentals."""
    m = day.month
    if kind == "sales":
        return [0.6, 0.6, 0.9, 1.1, 1.4, 1.3, 1.2, 1.1, 0.9, 0.7, 0.8, 1.3][m - 1]
    if kind == "repairs":
        return [0.5, 0.6, 1.0, 2.2, 1.5, 1.2, 1.1, 1.1, 0.9, 0.7, 0.6, 0.5][m - 1]
    return [0.05, 0.1, 0.4, 0.9, 1.2, 1.6, 2.4, 4.0, 1.4, 0.7, 0.15, 0.1][m - 1]


def _seasonal_day(rng: random.Random, kind: str, start: dt.date, end: dt.date) -> dt.date:
    """A day from ``start`` to ``end`` drawn with the month's busyness (Christmas Day and Boxing Day closed)."""
    while True:
        day = random_day(rng, start, end)
        if day.month == 12 and day.day in (25, 26):
            continue
        if rng.random() * 4.0 < _month_weight(kind, day) * (1.25 if day.weekday() == 5 else 1.0):
            return day


def _price_factor(day: dt.date) -> float:
    """Prices went up each spring; the product list holds the 2025 price."""
    if day < dt.date(2024, 3, 1):
        return 0.93
    if day < dt.date(2025, 3, 1):
        return 0.97
    return 1.0


def _rows(seed: int = 20251) -> dict[str, list[tuple]]:  # noqa: C901, PLR0912, PLR0915 - one generator per table
    rng = random.Random(seed)
    shops = [(i, *s[:5]) for i, s in enumerate(_SHOPS, 1)]
    shop_open = {i: max(_START, dt.date.fromisoformat(s[2])) for i, s in enumerate(_SHOPS, 1)}

    catalogue = _BIKES + _ACCESSORIES
    products = [(i, *p[:8]) for i, p in enumerate(catalogue, 1)]
    by_sku = {p[1]: p for p in products}
    bike_models = [p for p in products if p[4].endswith("bike")]
    accessory_models = [p for p in products if not p[4].endswith("bike")]
    popularity = {p[0]: catalogue[p[0] - 1][8] for p in products}

    # staff: a manager, sales assistants and mechanics at every shop; a few have left
    staff = []
    used_names = set()

    def person() -> tuple[str, str]:
        while True:
            name = (rng.choice(_FIRST), rng.choice(_LAST))
            if name not in used_names:
                used_names.add(name)
                return name

    team = {1: (3, 3), 2: (2, 2), 3: (2, 2), 4: (4, 3), 5: (2, 2)}
    for shop_id, (n_sales, n_mech) in team.items():
        opened = dt.date.fromisoformat(_SHOPS[shop_id - 1][2])
        roles = ["Store Manager"] + ["Sales Assistant"] * n_sales + ["Senior Mechanic"] + ["Mechanic"] * (n_mech - 1)
        for role in roles:
            first, last = person()
            if shop_id == 5:
                hired = random_day(rng, dt.date(2024, 1, 15), dt.date(2024, 3, 10))
            else:
                hired = random_day(rng, max(opened, dt.date(2012, 1, 1)), dt.date(2022, 10, 31))
            rate = {"Store Manager": (16.5, 19.0), "Sales Assistant": (11.44, 12.6), "Senior Mechanic": (15.5, 17.5),
                    "Mechanic": (13.0, 15.0)}[role]  # fmt: skip
            staff.append([len(staff) + 1, shop_id, first, last, role, hired.isoformat(),
                          round(rng.uniform(*rate), 2), None])  # fmt: skip
    # leavers and their replacements
    for idx, left in ((3, "2024-05-31"), (9, "2023-09-15"), (14, "2025-02-28"), (20, "2024-10-11")):
        row = staff[idx - 1]
        row[7] = left
        first, last = person()
        hired = dt.date.fromisoformat(left) + dt.timedelta(days=rng.randrange(7, 40))
        staff.append([len(staff) + 1, row[1], first, last, row[4], hired.isoformat(),
                      round(float(row[6]) - rng.uniform(0.2, 0.8), 2), None])  # fmt: skip
    # a sales assistant who left in the last month with no replacement yet
    staff[5][7] = "2025-12-05"

    def working(shop_id: int, roles: tuple[str, ...], day: dt.date) -> list[list]:
        return [s for s in staff if s[1] == shop_id and s[4] in roles and dt.date.fromisoformat(s[5]) <= day
                and (s[7] is None or dt.date.fromisoformat(s[7]) >= day)]  # fmt: skip

    # customers: businesses first, then private customers; a long-tailed spend per customer
    customers = []
    weights: dict[str, dict[int, float]] = {"sales": {}, "repairs": {}, "rentals": {}}
    for b in _BUSINESSES:
        cid = len(customers) + 1
        email = f"{b[1].lower()}.{b[2].lower()}@{b[0].lower().replace(' ', '')[:14]}.co.uk"
        customers.append((cid, b[1], b[2], b[0], email, f"0{rng.randrange(1500000000, 1599999999)}", b[3], b[4],
                          b[5], b[6]))  # fmt: skip
        weights["sales"][cid], weights["repairs"][cid], weights["rentals"][cid] = b[7], b[8], b[9]
    visitor_towns = ["Manchester", "Leeds", "Newcastle", "Liverpool", "Preston", "Carlisle", "Glasgow", "London",
                     "Sheffield", "York"]  # fmt: skip
    for _ in range(760):
        cid = len(customers) + 1
        first, last = rng.choice(_FIRST), rng.choice(_LAST)
        home = rng.choices([1, 2, 3, 4, 5], weights=[24, 17, 20, 28, 11])[0]
        earliest = _PENRITH_OPENED if home == 5 else _START
        if rng.random() < 0.35 and home != 5:
            signup = random_day(rng, _START, dt.date(2023, 3, 31))
        else:
            signup = random_day(rng, earliest, dt.date(2025, 12, 20))
        visitor = home in (2, 3, 5) and rng.random() < 0.45
        town = rng.choice(visitor_towns) if visitor else rng.choice(_TOWNS[home])
        email = None if rng.random() < 0.14 else f"{first.lower()}.{last.lower()}{rng.randrange(1, 99)}@" + rng.choice(
            ["gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "yahoo.co.uk"])  # fmt: skip
        phone = None if rng.random() < 0.09 else f"07{rng.randrange(100000000, 999999999)}"
        club = 1 if (not visitor and rng.random() < 0.18) else 0
        customers.append((cid, first, last, None, email, phone, town, home, signup.isoformat(), club))
        base = 1.0 / (1 + (cid * 7919) % 760) ** 0.45 * 6
        weights["sales"][cid] = base * (0.4 if visitor else 1.0)
        weights["repairs"][cid] = base * (0.2 if visitor else 1.0)
        weights["rentals"][cid] = 1.0 if visitor else 0.25

    cumulative = {}
    for kind, per_customer in weights.items():
        running, cumulative[kind] = 0.0, []
        for c in customers:
            running += per_customer[c[0]]
            cumulative[kind].append(running)

    def pick_customer(kind: str, shop_id: int, day: dt.date) -> tuple | None:
        for _ in range(60):
            c = rng.choices(customers, cum_weights=cumulative[kind])[0]
            if dt.date.fromisoformat(c[8]) > day:
                continue
            if c[7] != shop_id and rng.random() < (0.5 if c[3] else 0.85):
                continue
            return c
        return None

    # sales, with a bike taken into stock for every bike sold
    bikes: list[list] = []
    frames: set[str] = set()

    def new_bike(product: tuple, shop_id: int, received: dt.date, status: str) -> int:
        while True:
            frame = f"{product[3][:2].upper()}{rng.randrange(1000000, 9999999)}"
            if frame not in frames:
                frames.add(frame)
                break
        size = None if product[4] == "Kids bike" else ("One size" if product[4] == "Folding bike"
                                                       else rng.choice(_SIZES))  # fmt: skip
        bikes.append([len(bikes) + 1, frame, product[0], shop_id, rng.choice(_COLOURS), size, received.isoformat(),
                      status])  # fmt: skip
        return len(bikes)

    sale_shop_weights = [s[5] for s in _SHOPS]
    sale_days = []
    for _ in range(3300):
        while True:
            shop_id = rng.choices([1, 2, 3, 4, 5], weights=sale_shop_weights)[0]
            day = _seasonal_day(rng, "sales", _START, _END)
            if day >= shop_open[shop_id]:
                break
        sale_days.append((day, shop_id))
    sale_days.sort()
    sales, items = [], []
    bike_buyers: dict[int, list[tuple[int, dt.date]]] = {}
    for day, shop_id in sale_days:
        sale_id = len(sales) + 1
        seller = rng.choice(working(shop_id, ("Sales Assistant", "Store Manager"), day))
        has_bike = rng.random() < (0.30 if day.month != 12 else 0.42)
        customer = pick_customer("sales", shop_id, day) if (has_bike or rng.random() < 0.6) else None
        if has_bike and customer is None:
            has_bike = False
        if has_bike and customer[3] is not None and (customer[3] == "Kendal Wheelers CC" or rng.random() < 0.5):
            has_bike = False  # the club buys kit, not bikes; the other businesses buy bikes now and then
        lines = []
        if has_bike:
            pool = [p for p in bike_models if not (p[8] and day > dt.date(2025, 4, 30))]
            if day.month == 12:
                bw = [popularity[p[0]] * (4 if p[4] == "Kids bike" else 1) for p in pool]
            else:
                bw = [popularity[p[0]] for p in pool]
            if customer[3] == "Lakes Adventure Holidays":
                bw = [w * (6 if p[4] == "E-bike" else 0.3) for p, w in zip(pool, bw, strict=True)]
            n_bikes = 1
            if customer[3] is not None and rng.random() < 0.4:
                n_bikes = rng.choice([2, 2, 3, 4])
            for _ in range(n_bikes):
                model = rng.choices(pool, weights=bw)[0]
                received = max(_START - dt.timedelta(days=1), day - dt.timedelta(days=rng.randrange(2, 150)))
                received = max(received, shop_open[shop_id]) if shop_id == 5 else received
                bike_id = new_bike(model, shop_id, received, "Sold")
                price = float(model[5])
                if day.month == 1 or (day.month == 9 and model[4] != "Kids bike" and rng.random() < 0.5):
                    discount = round(price * _price_factor(day) * 0.15, 2)  # end-of-season sale
                elif customer[3] is not None:
                    discount = round(price * _price_factor(day) * 0.08, 2)
                else:
                    discount = 0.0
                lines.append([model[0], bike_id, 1, round(price * _price_factor(day), 2), discount])
                bike_buyers.setdefault(customer[0], []).append((bike_id, day))
            extras = rng.choices([0, 1, 2, 3], weights=[30, 35, 25, 10])[0]
        else:
            extras = rng.choices([1, 2, 3, 4], weights=[55, 28, 12, 5])[0]
        chosen = set()
        for _ in range(extras):
            acc = rng.choices(accessory_models, weights=[popularity[p[0]] for p in accessory_models])[0]
            if acc[0] in chosen or (acc[8] and day > dt.date(2025, 2, 28)):
                continue
            chosen.add(acc[0])
            qty = 1
            if acc[4] in ("Inner tube", "Care", "Parts") and rng.random() < 0.35:
                qty = rng.choice([2, 2, 3, 4])
            if customer is not None and customer[3] == "Kendal Wheelers CC" and rng.random() < 0.6:
                qty = rng.choice([6, 10, 12, 20])
            unit = round(float(acc[5]) * _price_factor(day), 2)
            discount = round(unit * qty * 0.10, 2) if customer is not None and customer[9] else 0.0
            lines.append([acc[0], None, qty, unit, discount])
        if not lines:
            acc = by_sku["TB-CONT"]
            lines.append([acc[0], None, rng.choice([1, 1, 2]), round(float(acc[5]) * _price_factor(day), 2), 0.0])
        total = round(sum(q * u - d for _, _, q, u, d in lines), 2)
        if has_bike:
            method = rng.choices(["Card", "Finance", "Cycle to Work"], weights=[52, 24, 24])[0]
            if customer[3] is not None:
                method = "Card"
        else:
            method = "Cash" if rng.random() < (0.14 if day.year == 2023 else 0.08) else "Card"
        receipt = f"{_SHOPS[shop_id - 1][1][:3].upper()}-{day.strftime('%y%m%d')}-{sale_id:05d}"
        sales.append((sale_id, receipt, shop_id, customer[0] if customer else None, seller[0], day.isoformat(),
                      method, total))  # fmt: skip
        for product_id, bike_id, qty, unit, discount in lines:
            items.append((len(items) + 1, sale_id, product_id, bike_id, qty, unit, discount))

    # bikes in stock now, and the rental fleets
    stock_pool = [p for p in bike_models if not p[8]]
    for _ in range(118):
        shop_id = rng.choices([1, 2, 3, 4, 5], weights=[26, 12, 14, 34, 14])[0]
        model = rng.choices(stock_pool, weights=[popularity[p[0]] ** 0.5 for p in stock_pool])[0]
        new_bike(model, shop_id, random_day(rng, dt.date(2025, 7, 1), dt.date(2025, 12, 19)), "In stock")
    fleet: dict[int, list[int]] = {}
    fleet_since: dict[int, dt.date] = {}
    for shop_id in (2, 3, 5):
        size = _SHOPS[shop_id - 1][7]
        for k in range(size):
            model = by_sku[_FLEET_MODELS[k % len(_FLEET_MODELS)]]
            if shop_id == 5:
                received = dt.date(2024, 3, 11)
            elif k < size - 4:
                received = dt.date(2023, 2, 20) + dt.timedelta(days=rng.randrange(0, 10))
            else:
                received = dt.date(2024, 3, 1) + dt.timedelta(days=rng.randrange(0, 30))
            bike_id = new_bike(model, shop_id, received, "Rental fleet")
            fleet.setdefault(shop_id, []).append(bike_id)
            fleet_since[bike_id] = received
    written_off = {fleet[3][1]: dt.date(2024, 8, 17), fleet[2][3]: dt.date(2025, 6, 2)}
    for bike_id in written_off:
        bikes[bike_id - 1][7] = "Written off"

    # rentals: a fleet bike free on the day, busiest in August
    rentals = []
    busy_until: dict[int, dt.date] = {}
    rental_days = []
    for _ in range(1900):
        shop_id = rng.choices([2, 3, 5], weights=[34, 46, 20])[0]
        day = _seasonal_day(rng, "rentals", max(_START, shop_open[shop_id]), dt.date(2025, 12, 30))
        rental_days.append((day, shop_id))
    rental_days.sort()
    for day, shop_id in rental_days:
        free = [b for b in fleet[shop_id] if busy_until.get(b, dt.date(2000, 1, 1)) < day
                and fleet_since[b] <= day and (b not in written_off or day < written_off[b])]  # fmt: skip
        if not free:
            continue
        customer = pick_customer("rentals", shop_id, day)
        if customer is None:
            continue
        bike_id = rng.choice(free)
        length = rng.choices([1, 2, 3, 4, 5, 7], weights=[46, 22, 12, 7, 6, 7])[0]
        rate = 40.0 if day < dt.date(2024, 3, 1) else 45.0
        charge = round(rate * length * (0.85 if length >= 5 else 1.0), 2)
        back = day + dt.timedelta(days=length)
        back_text = None if back > _END else back.isoformat()
        damage = None
        if rng.random() < 0.05:
            damage = float(rng.choice([25, 25, 40, 60, 85, 150, 320]))
        busy_until[bike_id] = back
        rentals.append((len(rentals) + 1, bike_id, customer[0], shop_id, day.isoformat(), back_text, rate, charge,
                        damage))  # fmt: skip

    # workshop jobs, busiest in April
    jobs_raw = []
    job_shop_weights = [s[6] for s in _SHOPS]
    for _ in range(2150):
        while True:
            shop_id = rng.choices([1, 2, 3, 4, 5], weights=job_shop_weights)[0]
            day = _seasonal_day(rng, "repairs", _START, dt.date(2025, 12, 30))
            if day >= shop_open[shop_id]:
                break
        jobs_raw.append((day, shop_id))
    jobs_raw.sort()
    sold_bike_model = {b[0]: b[2] for b in bikes}
    jobs = []
    for day, shop_id in jobs_raw:
        customer = pick_customer("repairs", shop_id, day)
        if customer is None:
            continue
        bike_id, description = None, None
        owned = [b for b, bought in bike_buyers.get(customer[0], []) if bought < day]
        if owned and rng.random() < 0.7:
            bike_id = rng.choice(owned)
        else:
            description = rng.choice(_EXTERNAL_BIKES)
        is_ebike = bike_id is not None and products[sold_bike_model[bike_id] - 1][4] == "E-bike"
        services = [s for s in _SERVICES if is_ebike or s[0] != "E-bike diagnostics"]
        service = rng.choices(services, weights=[s[3] for s in services])[0]
        hours = round(rng.uniform(*service[1]) * 4) / 4
        rate = 45.0 if day < dt.date(2024, 3, 1) else (48.0 if day < dt.date(2025, 3, 1) else 50.0)
        parts = round(rng.uniform(*service[2]), 2) if service[2][1] > 0 else 0.0
        if service[0] in ("Basic service", "Gear adjustment", "Wheel truing") and rng.random() < 0.5:
            parts = 0.0
        if service[0] == "Puncture repair":
            parts = float(rng.choice([7.99, 9.50, 6.99]))
        status = "Completed"
        done = day + dt.timedelta(days=rng.choice([0, 1, 1, 2, 2, 3, 4, 6]))
        if rng.random() < 0.035:
            status = "Cancelled"
        elif rng.random() < 0.03:
            done = done + dt.timedelta(days=rng.randrange(7, 25))  # parts were on back order
        if day > dt.date(2025, 12, 15):
            status = rng.choices(["Open", "Waiting for parts", "Completed"], weights=[5, 2, 3])[0]
        if status == "Completed" and done > _END:
            status = "Open"
        mechanic = rng.choice(working(shop_id, ("Mechanic", "Senior Mechanic"), day))
        if status == "Cancelled":
            hours, parts = 0.0, 0.0
            if rng.random() < 0.6:
                mechanic = None
        completed = done.isoformat() if status == "Completed" else None
        jobs.append([shop_id, customer[0], mechanic[0] if mechanic else None, bike_id, description, service[0],
                     day.isoformat(), completed, status, hours, round(hours * rate, 2), parts])  # fmt: skip
    # two old jobs still waiting on back-ordered parts
    for j in jobs:
        if j[5] == "Suspension service" and j[6].startswith("2025-11") and j[8] == "Completed":
            j[7], j[8] = None, "Waiting for parts"
    repair_jobs = [(i, f"WS{j[6][2:4]}-{i:05d}", *j) for i, j in enumerate(jobs, 1)]

    # warranty claims on bikes the chain sold; the Motus battery is the weak spot
    sold_on = {it[3]: (sales[it[1] - 1][5], sales[it[1] - 1][2]) for it in items if it[3] is not None}
    sold_bikes = sorted(sold_on)
    motus = by_sku["EB-MOTUS"][0]
    faults = {
        "E-bike": ["Battery not charging", "Motor cutting out", "Display fault", "Speed sensor fault"],
        "other": ["Frame crack", "Gear shifter fault", "Wheel bearing play", "Paint defect", "Bottom bracket creak",
                  "Fork seal leak"],
    }  # fmt: skip
    claims_raw = []
    for _ in range(420):
        bike_id = rng.choice(sold_bikes)
        model = products[sold_bike_model[bike_id] - 1]
        chance = 0.55 if model[0] == motus else (0.22 if model[4] == "E-bike" else 0.10)
        if rng.random() > chance:
            continue
        sold_day = dt.date.fromisoformat(sold_on[bike_id][0])
        limit = min(_END, sold_day + dt.timedelta(days=30 * int(model[7])))
        if limit <= sold_day + dt.timedelta(days=20):
            continue
        claim_day = random_day(rng, sold_day + dt.timedelta(days=20), limit)
        if model[0] == motus and rng.random() < 0.7:
            fault = "Battery not charging"
        else:
            fault = rng.choice(faults["E-bike" if model[4] == "E-bike" else "other"])
        claims_raw.append((claim_day, bike_id, sold_on[bike_id][1], fault, model))
    claims_raw.sort()
    claims = []
    seen = set()
    for claim_day, bike_id, shop_id, fault, model in claims_raw:
        if (bike_id, fault) in seen:
            continue
        seen.add((bike_id, fault))
        resolved = claim_day + dt.timedelta(days=rng.randrange(5, 45))
        if resolved > _END:
            status, resolved_text, credit = "Pending", None, None
        else:
            status = rng.choices(["Approved", "Rejected"], weights=[78, 22])[0]
            resolved_text = resolved.isoformat()
            credit = None
            if status == "Approved":
                fixed = {"Battery not charging": 540.0, "Motor cutting out": 380.0, "Frame crack": float(model[6])}
                credit = fixed.get(fault, round(rng.uniform(25, 140), 2))
        claims.append((len(claims) + 1, f"WC-{claim_day.year}-{len(claims) + 1:04d}", bike_id, shop_id,
                       claim_day.isoformat(), fault, status, resolved_text, credit))  # fmt: skip

    return {"shops": shops, "staff": [tuple(s) for s in staff], "customers": customers, "products": products,
            "bikes": [tuple(b) for b in bikes], "sales": sales, "sale_items": items, "repair_jobs": repair_jobs,
            "rentals": rentals, "warranty_claims": claims}  # fmt: skip


def build_cycling_database(path: str | Path) -> Path:
    """Write the bicycle shop chain's database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
