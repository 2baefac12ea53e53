"""A made-up UK car rental company with twelve branches, written by someone who had not seen the engine's rules: the
``carrental`` dev set's database.

Ten tables with foreign keys: ``branches`` (a ``br_code`` such as MAN1, name, city, ``region``, ``is_apt`` 1 for an
airport counter, ``opened``), ``veh_classes`` (an ACRISS ``acriss`` code such as ECMR, ``descr``, ``seats``,
``day_rate`` list price in GBP and ``deposit``), ``vehicles`` (``reg_no`` number plate, ``make``, ``model``,
``model_yr``, ``colour``, ``fuel`` 'P' petrol / 'D' diesel / 'H' hybrid / 'E' electric, ``trans`` 'M' manual / 'A'
automatic, class, ``home_br`` home branch, ``odo_km`` current odometer reading, ``acq_dt`` date added to the fleet,
``status`` 'AV' available / 'RN' on rent / 'MT' in the workshop / 'DF' defleeted, i.e. sold off), ``customers``
(``cust_no``, ``first_nm``, ``last_nm``, ``email``, ``dob``, ``lic_ctry`` country of the driving licence,
``lic_since`` date the licence was issued, ``acct_type`` 'P' private / 'B' business account, ``tier`` loyalty tier
'B' bronze / 'S' silver / 'G' gold, ``joined``), ``rentals`` (a rental agreement ``ra_no``: customer, vehicle, pick-up
branch ``pu_br`` and return branch ``rt_br``, ``pu_dt``, ``due_dt`` and actual return ``rt_dt``, ``km_out`` and
``km_in`` odometer readings, the agreed ``rate`` per day, booking ``chan`` 'W' web / 'A' app / 'D' desk / 'T' travel
agent, ``status`` 'C' closed / 'O' open, still out / 'X' no-show, cancelled; a no-show has no vehicle, return date or
readings), ``extras`` (add-ons: ``ext_cd``, ``descr``, ``kind`` 'INS' insurance or waiver / 'EQP' equipment / 'SVC'
service, ``price_day``), ``rental_extras`` (an add-on on an agreement: ``qty``, ``days`` and the ``amt`` charged),
``damage_reports`` (damage found on a vehicle at the end of an agreement: ``rpt_dt``, ``area``, ``sev`` 'MIN' / 'MOD'
/ 'MAJ', ``est_cost`` repair estimate, ``cust_liable`` 1 when the customer pays, i.e. had no damage waiver),
``invoices`` (one per closed agreement: ``inv_no``, ``inv_dt``, ``net_amt``, ``vat_amt``, ``gross_amt``, ``due_dt``,
``status`` 'P' paid / 'PP' part paid / 'U' unpaid) and ``payments`` (``pay_dt``, ``amt``, ``method`` 'CARD' / 'AMEX' /
'CASH' / 'ACCT' bank transfer on a business account). Agreements run from January 2023 to the end of June 2025 and
come from a fixed seed, so every build holds the same rows; a few business customers rent very often, some customers
never rented, airport branches are busiest, some vehicles never had damage and one add-on was never sold.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_carrental_database(pathlib.Path(tempfile.mkdtemp()) / "carrental.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM branches").fetchone()
    (12,)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_carrental_database"]

_SCHEMA = """
CREATE TABLE branches (
    id INTEGER PRIMARY KEY, br_code TEXT NOT NULL, name TEXT NOT NULL, city TEXT NOT NULL, region TEXT NOT NULL,
    is_apt INTEGER NOT NULL, opened DATE NOT NULL
);
CREATE TABLE veh_classes (
    id INTEGER PRIMARY KEY, acriss TEXT NOT NULL, descr TEXT NOT NULL, seats INTEGER NOT NULL,
    day_rate NUMERIC NOT NULL, deposit NUMERIC NOT NULL
);
CREATE TABLE vehicles (
    id INTEGER PRIMARY KEY, reg_no TEXT NOT NULL, make TEXT NOT NULL, model TEXT NOT NULL, model_yr INTEGER NOT NULL,
    colour TEXT NOT NULL, fuel TEXT NOT NULL, trans TEXT NOT NULL,
    class_id INTEGER NOT NULL REFERENCES veh_classes (id), home_br INTEGER NOT NULL REFERENCES branches (id),
    odo_km INTEGER NOT NULL, acq_dt DATE NOT NULL, status TEXT NOT NULL
);
CREATE TABLE customers (
    id INTEGER PRIMARY KEY, cust_no TEXT NOT NULL, first_nm TEXT NOT NULL, last_nm TEXT NOT NULL, email TEXT NOT NULL,
    dob DATE NOT NULL, lic_ctry TEXT NOT NULL, lic_since DATE NOT NULL, acct_type TEXT NOT NULL, tier TEXT NOT NULL,
    joined DATE NOT NULL
);
CREATE TABLE rentals (
    id INTEGER PRIMARY KEY, ra_no TEXT NOT NULL, cust_id INTEGER NOT NULL REFERENCES customers (id),
    veh_id INTEGER REFERENCES vehicles (id), pu_br INTEGER NOT NULL REFERENCES branches (id),
    rt_br INTEGER NOT NULL REFERENCES branches (id), pu_dt DATE NOT NULL, due_dt DATE NOT NULL, rt_dt DATE,
    km_out INTEGER, km_in INTEGER, rate NUMERIC NOT NULL, chan TEXT NOT NULL, status TEXT NOT NULL
);
CREATE TABLE extras (
    id INTEGER PRIMARY KEY, ext_cd TEXT NOT NULL, descr TEXT NOT NULL, kind TEXT NOT NULL, price_day NUMERIC NOT NULL
);
CREATE TABLE rental_extras (
    id INTEGER PRIMARY KEY, ra_id INTEGER NOT NULL REFERENCES rentals (id),
    extra_id INTEGER NOT NULL REFERENCES extras (id), qty INTEGER NOT NULL, days INTEGER NOT NULL,
    amt NUMERIC NOT NULL
);
CREATE TABLE damage_reports (
    id INTEGER PRIMARY KEY, ra_id INTEGER NOT NULL REFERENCES rentals (id),
    veh_id INTEGER NOT NULL REFERENCES vehicles (id), rpt_dt DATE NOT NULL, area TEXT NOT NULL, sev TEXT NOT NULL,
    est_cost NUMERIC NOT NULL, cust_liable INTEGER NOT NULL
);
CREATE TABLE invoices (
    id INTEGER PRIMARY KEY, inv_no TEXT NOT NULL, ra_id INTEGER NOT NULL REFERENCES rentals (id), inv_dt DATE NOT NULL,
    net_amt NUMERIC NOT NULL, vat_amt NUMERIC NOT NULL, gross_amt NUMERIC NOT NULL, due_dt DATE NOT NULL,
    status TEXT NOT NULL
);
CREATE TABLE payments (
    id INTEGER PRIMARY KEY, inv_id INTEGER NOT NULL REFERENCES invoices (id), pay_dt DATE NOT NULL,
    amt NUMERIC NOT NULL, method TEXT NOT NULL
);
"""

#: code, name, city, region, airport, opened, weight of pick-ups
_BRANCHES = [
    ("MAN1", "Manchester Airport T2", "Manchester", "North West", 1, "2009-04-01", 14),
    ("MAN2", "Manchester Piccadilly", "Manchester", "North West", 0, "2012-06-18", 6),
    ("LPL1", "Liverpool John Lennon Airport", "Liverpool", "North West", 1, "2014-03-03", 5),
    ("LDS1", "Leeds City Centre", "Leeds", "Yorkshire", 0, "2015-09-14", 4),
    ("BHX1", "Birmingham Airport", "Birmingham", "Midlands", 1, "2010-05-10", 9),
    ("BHX2", "Birmingham New Street", "Birmingham", "Midlands", 0, "2016-02-01", 4),
    ("LHR5", "London Heathrow T5", "London", "London", 1, "2008-11-03", 16),
    ("LGW1", "London Gatwick North", "London", "London", 1, "2011-07-04", 10),
    ("KGX1", "London Kings Cross", "London", "London", 0, "2018-10-22", 5),
    ("BRS1", "Bristol Temple Meads", "Bristol", "South West", 0, "2019-04-15", 3),
    ("EDI1", "Edinburgh Airport", "Edinburgh", "Scotland", 1, "2013-05-20", 7),
    ("GLA1", "Glasgow Central", "Glasgow", "Scotland", 0, "2021-03-08", 2),
]
#: ACRISS, description, seats, list day rate, deposit, share of fleet, models (make, model, fuel, transmission)
_CLASSES = [
    ("MBMR", "Mini", 4, 29.0, 250, 10, [("Fiat", "500", "P", "M"), ("Hyundai", "i10", "P", "M")]),
    ("ECMR", "Economy", 5, 34.0, 250, 18, [("Volkswagen", "Polo", "P", "M"), ("Ford", "Fiesta", "P", "M"),
                                           ("Vauxhall", "Corsa", "P", "M")]),
    ("CDMR", "Compact", 5, 42.0, 300, 20, [("Volkswagen", "Golf", "P", "M"), ("Ford", "Focus", "P", "M"),
                                           ("Toyota", "Corolla", "H", "A")]),
    ("IDAR", "Intermediate", 5, 51.0, 350, 12, [("Skoda", "Octavia", "D", "A"), ("Kia", "Ceed", "P", "A")]),
    ("SDAR", "Standard", 5, 62.0, 400, 8, [("Volkswagen", "Passat", "D", "A"), ("Skoda", "Superb", "D", "A")]),
    ("CDAE", "Compact Electric", 5, 55.0, 400, 8, [("Nissan", "Leaf", "E", "A"), ("MG", "MG4", "E", "A")]),
    ("IFAR", "Intermediate SUV", 5, 68.0, 450, 12, [("Nissan", "Qashqai", "P", "A"), ("Kia", "Sportage", "H", "A")]),
    ("FFAR", "Full-size SUV", 7, 95.0, 600, 5, [("Volvo", "XC90", "H", "A"), ("Land Rover", "Discovery", "D", "A")]),
    ("PDAR", "Premium", 5, 110.0, 750, 4, [("BMW", "5 Series", "D", "A"), ("Mercedes-Benz", "E-Class", "D", "A")]),
    ("FVMR", "9-seat Minibus", 9, 88.0, 500, 3, [("Ford", "Tourneo Custom", "D", "M"),
                                                 ("Volkswagen", "Transporter Shuttle", "D", "M")]),
]  # fmt: skip
#: code, description, kind, price per day, share of agreements taking it
_EXTRAS = [
    ("CDW", "Collision Damage Waiver", "INS", 14.99, 0.38),
    ("SCDW", "Super Collision Damage Waiver (zero excess)", "INS", 24.99, 0.17),
    ("TP", "Theft Protection", "INS", 6.99, 0.22),
    ("PAI", "Personal Accident Insurance", "INS", 5.5, 0.09),
    ("RSA+", "Roadside Assistance Plus", "SVC", 4.99, 0.14),
    ("GPS", "Sat Nav", "EQP", 9.99, 0.08),
    ("CST", "Child Seat", "EQP", 8.5, 0.07),
    ("BST", "Booster Seat", "EQP", 6.0, 0.05),
    ("ADRV", "Additional Driver", "SVC", 11.0, 0.12),
    ("WIFI", "Mobile Wi-Fi Hotspot", "EQP", 7.5, 0.03),
    ("SNOW", "Snow Chains", "EQP", 12.0, 0.0),
    ("YDS", "Young Driver Surcharge", "SVC", 18.0, 0.0),
]
_COLOURS = ["White", "Black", "Silver", "Grey", "Blue", "Red"]
_FIRST = ["James", "Oliver", "Sophie", "Emily", "Thomas", "Jack", "Hannah", "Laura", "Daniel", "Chloe", "Matthew",
          "Rebecca", "Samuel", "Lucy", "Ryan", "Megan", "Michael", "Zara", "Arjun", "Priya", "Liam", "Niamh", "Lukas",
          "Anna", "Pierre", "Claire", "Javier", "Lucia", "Pieter", "Femke", "Connor", "Aoife", "Ethan",
          "Grace"]  # fmt: skip
_LAST = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Thomas", "Roberts", "Walker", "Wright",
         "Khan", "Patel", "Murphy", "O'Brien", "Campbell", "Stewart", "Hughes", "Green", "Hall", "Wood", "Clarke",
         "Schmidt", "Muller", "Dubois", "Martin", "Garcia", "Lopez", "de Vries", "Jansen", "Kelly", "Byrne",
         "Anderson", "Morgan", "Price", "Bennett", "Shaw", "Lloyd"]  # fmt: skip
_LIC = [("GB", 70), ("IE", 6), ("US", 7), ("DE", 5), ("FR", 4), ("ES", 3), ("NL", 3), ("AU", 2)]
_AREAS = [("Front bumper", 20), ("Rear bumper", 18), ("Windscreen", 10), ("Alloy wheel", 16), ("Door panel", 12),
          ("Wing mirror", 9), ("Bonnet", 4), ("Interior", 6), ("Tyre", 5)]  # fmt: skip
_START, _TODAY = dt.date(2023, 1, 1), dt.date(2025, 6, 30)
_LETTERS = "ABCDEFGHJKLMNOPRSTUVWXYZ"


def _plate(rng: random.Random, acquired: dt.date, used: set[str]) -> str:
    area = rng.choice(["MA", "MF", "LD", "BD", "YK", "LA", "LB", "LR", "SK", "SJ"])
    age = acquired.year % 100 + (50 if acquired.month >= 9 else 0)
    while True:
        plate = f"{area}{age:02d} {''.join(rng.choice(_LETTERS) for _ in range(3))}"
        if plate not in used:
            used.add(plate)
            return plate


def _season(day: dt.date) -> float:
    return {7: 1.3, 8: 1.35, 12: 1.15, 4: 1.1, 6: 1.15}.get(day.month, 1.0)


def _rows(seed: int = 5307) -> dict[str, list[tuple]]:  # noqa: PLR0912, PLR0915 - one generator per table, in order
    rng = random.Random(seed)
    branches = [(i, *b[:6]) for i, b in enumerate(_BRANCHES, 1)]
    classes = [(i, *c[:5]) for i, c in enumerate(_CLASSES, 1)]
    extras = [(i, *e[:4]) for i, e in enumerate(_EXTRAS, 1)]
    br_weights = [b[6] for b in _BRANCHES]
    # vehicles
    plates: set[str] = set()
    fleet = []
    for i in range(1, 171):
        cls = rng.choices(range(1, 11), weights=[c[5] for c in _CLASSES])[0]
        make, model, fuel, trans = rng.choice(_CLASSES[cls - 1][6])
        acquired = random_day(rng, dt.date(2022, 3, 1), dt.date(2025, 3, 31))
        if i in (57, 131):
            acquired = dt.date(2025, 6, 27)  # just arrived, not rented yet
        if fuel == "E" and acquired < dt.date(2023, 6, 1):
            acquired = random_day(rng, dt.date(2023, 6, 1), dt.date(2024, 6, 30))
        home = rng.choices(range(1, 13), weights=br_weights)[0]
        sold = acquired < dt.date(2023, 3, 1) and rng.random() < 0.55
        until = random_day(rng, dt.date(2024, 8, 1), dt.date(2025, 4, 30)) if sold else _TODAY
        fleet.append({"id": i, "cls": cls, "make": make, "model": model, "fuel": fuel, "trans": trans,
                      "acq": acquired, "home": home, "until": until, "sold": sold,
                      "km": rng.randint(8, 3500) if acquired.year < 2025 else rng.randint(5, 60),
                      "yr": acquired.year if acquired.month >= 3 else acquired.year - 1,
                      "colour": rng.choice(_COLOURS), "plate": _plate(rng, acquired, plates)})  # fmt: skip
    # customers
    names = rng.sample([(f, s) for f in _FIRST for s in _LAST], 900)
    customers, cust_weights = [], []
    for i in range(1, 901):
        first, last = names[i - 1]
        business = rng.random() < 0.12
        dob = random_day(rng, dt.date(1950, 1, 1), dt.date(2003, 6, 30))
        licence = random_day(rng, dob + dt.timedelta(days=17 * 366), min(_TODAY, dob + dt.timedelta(days=40 * 365)))
        ctry = rng.choices([c for c, _ in _LIC], weights=[w for _, w in _LIC])[0]
        joined = random_day(rng, dt.date(2016, 1, 1), dt.date(2025, 5, 31))
        tier = rng.choices(["B", "S", "G"], weights=[70, 22, 8] if not business else [30, 40, 30])[0]
        email = f"{first.lower()}.{last.lower().replace(' ', '').replace(chr(39), '')}{rng.randint(1, 99)}@" + (
            rng.choice(["gmail.com", "outlook.com", "yahoo.co.uk", "icloud.com"])
            if not business
            else rng.choice(["acme-eng.co.uk", "northbridge.com", "kpmg.co.uk", "arup.com", "bt.com"])
        )
        customers.append((i, f"C{104200 + i * 13}", first, last, email, dob.isoformat(), ctry, licence.isoformat(),
                          "B" if business else "P", tier, joined.isoformat()))  # fmt: skip
        weight = 0.0 if i % 9 == 4 else (4.0 if business else 1.0) * (1.5 if tier == "G" else 1.0)
        if i in (23, 118, 342, 587, 806):
            weight = 40.0 + i / 50  # the road warriors
        cust_weights.append(weight)
    # rentals: walk each vehicle's life, one agreement after another
    raw = []
    for car in fleet:
        where = car["home"]
        day = max(car["acq"], _START) + dt.timedelta(days=rng.randint(0, 12))
        km = car["km"]
        while day <= min(car["until"], _TODAY):
            length = rng.choices([1, 2, 3, 4, 5, 7, 10, 14, 21], weights=[8, 12, 14, 12, 10, 14, 7, 6, 2])[0]
            if car["cls"] == 10:
                length = rng.choice([2, 3, 4, 7])
            due = day + dt.timedelta(days=length)
            back = due + dt.timedelta(days=rng.choices([0, 1, 2, -1], weights=[80, 9, 3, 8])[0])
            back = max(back, day + dt.timedelta(days=1))
            one_way = rng.random() < 0.11
            to = rng.choices(range(1, 13), weights=br_weights)[0] if one_way else where
            driven = int((back - day).days * rng.uniform(40, 190)) + rng.randint(5, 60)
            open_ = back > _TODAY
            raw.append({"veh": car["id"], "pu": where, "rt": to, "pu_dt": day, "due": due,
                        "rt_dt": None if open_ else back, "km_out": km, "km_in": None if open_ else km + driven,
                        "cls": car["cls"], "status": "O" if open_ else "C"})  # fmt: skip
            if open_:
                break
            km += driven
            where = to
            day = back + dt.timedelta(days=rng.choices([1, 4, 9, 16, 25, 35, 50], weights=[4, 6, 7, 7, 6, 4, 3])[0])
        car["km_now"] = km
        on_rent = bool(raw) and raw[-1]["veh"] == car["id"] and raw[-1]["status"] == "O"
        car["status"] = "DF" if car["sold"] else "RN" if on_rent else rng.choices(["AV", "MT"], weights=[9, 1])[0]
    for _ in range(110):  # no-shows
        day = random_day(rng, _START, dt.date(2025, 6, 25))
        where = rng.choices(range(1, 13), weights=br_weights)[0]
        length = rng.choice([1, 2, 3, 5, 7])
        raw.append({"veh": None, "pu": where, "rt": where, "pu_dt": day, "due": day + dt.timedelta(days=length),
                    "rt_dt": None, "km_out": None, "km_in": None, "cls": rng.randint(1, 7), "status": "X"})  # fmt: skip
    raw.sort(key=lambda r: (r["pu_dt"], r["pu"], r["veh"] or 0))
    rentals = []
    for n, r in enumerate(raw, 1):
        r["id"] = n
        r["cust"] = rng.choices(range(1, 901), weights=cust_weights)[0]
        while customers[r["cust"] - 1][10] > r["pu_dt"].isoformat() and rng.random() < 0.9:
            r["cust"] = rng.choices(range(1, 901), weights=cust_weights)[0]
        business = customers[r["cust"] - 1][8] == "B"
        chan = rng.choices(["W", "A", "D", "T"], weights=[45, 20, 20, 15] if not business else [30, 10, 50, 10])[0]
        list_rate = _CLASSES[r["cls"] - 1][3] * _season(r["pu_dt"]) * (0.85 if business else 1.0)
        r["rate"] = round(list_rate * (0.9 if chan == "T" else 1.0) * rng.uniform(0.94, 1.06), 2)
        r["chan"] = chan
        rentals.append((n, f"RA{r['pu_dt'].year % 100}{100000 + n * 7}", r["cust"], r["veh"], r["pu"], r["rt"],
                        r["pu_dt"].isoformat(), r["due"].isoformat(), r["rt_dt"] and r["rt_dt"].isoformat(),
                        r["km_out"], r["km_in"], r["rate"], chan, r["status"]))  # fmt: skip
    vehicles = [(c["id"], c["plate"], c["make"], c["model"], c["yr"], c["colour"], c["fuel"], c["trans"], c["cls"],
                 c["home"], c["km_now"], c["acq"].isoformat(), c["status"]) for c in fleet]  # fmt: skip
    # add-ons
    rental_extras = []
    for r in raw:
        if r["status"] == "X":
            continue
        days = max(1, ((r["rt_dt"] or r["due"]) - r["pu_dt"]).days)
        taken = []
        for e_id, e in enumerate(_EXTRAS, 1):
            share = e[4] * (1.6 if r["pu"] in (1, 7, 8, 11) and e[0] in ("CDW", "SCDW") else 1.0)
            if e[0] == "SCDW" and 1 in taken:
                continue
            if e[0] == "CDW" and rng.random() < 0.3:
                share = 0.0
            if e[0] == "YDS" and rng.random() < 0.05:
                share = 1.0
            if rng.random() < share:
                taken.append(e_id)
                qty = rng.choice([1, 1, 1, 2]) if e[0] in ("CST", "BST", "ADRV") else 1
                rental_extras.append((len(rental_extras) + 1, r["id"], e_id, qty, days, round(e[3] * qty * days, 2)))
        r["extras"] = taken
        r["extras_amt"] = sum(x[5] for x in rental_extras[len(rental_extras) - len(taken) :])
    # damage: a fifth of the fleet is never damaged, a few cars are damaged again and again
    careful = {c["id"] for c in fleet if c["id"] % 5 == 2}
    prone = {14, 88, 103, 149}
    damage = []
    for r in raw:
        if r["status"] != "C" or r["veh"] in careful:
            continue
        chance = 0.06 * (4 if r["veh"] in prone else 1) * (1.5 if r["cls"] in (8, 9, 10) else 1)
        if rng.random() < chance:
            area = rng.choices([a for a, _ in _AREAS], weights=[w for _, w in _AREAS])[0]
            sev = rng.choices(["MIN", "MOD", "MAJ"], weights=[60, 30, 10])[0]
            cost = {"MIN": rng.uniform(60, 350), "MOD": rng.uniform(350, 1400), "MAJ": rng.uniform(1400, 6500)}[sev]
            liable = int(not ({1, 2} & set(r["extras"])))
            day = r["rt_dt"] + dt.timedelta(days=rng.choice([0, 0, 0, 1]))
            damage.append((len(damage) + 1, r["id"], r["veh"], day.isoformat(), area, sev, round(cost, 2), liable))
            r["damage"] = min(cost, 1200.0) if liable else 0.0
    # invoices and payments
    invoices, payments = [], []
    for r in raw:
        if r["status"] != "C":
            continue
        days = max(1, (r["rt_dt"] - r["pu_dt"]).days)
        net = days * r["rate"] + r["extras_amt"] + (45.0 if r["pu"] != r["rt"] else 0.0) + r.get("damage", 0.0)
        net = round(net, 2)
        vat = round(net * 0.2, 2)
        gross = round(net + vat, 2)
        business = customers[r["cust"] - 1][8] == "B"
        inv_id = len(invoices) + 1
        inv_dt = r["rt_dt"]
        due = inv_dt + dt.timedelta(days=30 if business else 0)
        age = (_TODAY - inv_dt).days
        if business:
            if age < 30 and rng.random() < 0.7 or rng.random() < 0.04:
                status, paid = "U", []
            elif rng.random() < 0.08:
                part = round(gross * rng.choice([0.5, 0.4, 0.6]), 2)
                status, paid = "PP", [(inv_dt + dt.timedelta(days=rng.randint(10, 40)), part, "ACCT")]
            else:
                status, paid = "P", [(inv_dt + dt.timedelta(days=rng.randint(5, min(58, max(5, age)))), gross, "ACCT")]
        else:
            method = rng.choices(["CARD", "AMEX", "CASH"], weights=[80, 14, 6])[0]
            if rng.random() < 0.06 and r.get("damage"):
                status, paid = "PP", [(inv_dt, round(gross - r["damage"] * 1.2, 2), method)]
            elif rng.random() < 0.1:  # deposit taken at pick-up, balance at return
                deposit = float(_CLASSES[r["cls"] - 1][4])
                deposit = min(deposit, round(gross / 2, 2))
                status, paid = "P", [(r["pu_dt"], deposit, method), (inv_dt, round(gross - deposit, 2), method)]
            else:
                status, paid = "P", [(inv_dt, gross, method)]
        invoices.append((inv_id, f"INV-{inv_dt.year}-{inv_id:05d}", r["id"], inv_dt.isoformat(), net, vat, gross,
                         due.isoformat(), status))  # fmt: skip
        for day, amount, method in paid:
            payments.append((day.isoformat(), inv_id, amount, method))
    payments.sort(key=lambda p: (p[0], p[1]))
    payments = [(i, p[1], p[0], p[2], p[3]) for i, p in enumerate(payments, 1)]
    return {"branches": branches, "veh_classes": classes, "vehicles": vehicles, "customers": customers,
            "rentals": rentals, "extras": extras, "rental_extras": rental_extras, "damage_reports": damage,
            "invoices": invoices, "payments": payments}  # fmt: skip


def build_carrental_database(path: str | Path) -> Path:
    """Write the car rental company's database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
