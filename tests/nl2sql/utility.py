"""A made-up British household and small-business energy supplier, written by someone who had not seen the engine's
rules: the ``utility`` dev set's database.

Nine tables with foreign keys: ``regions`` (a two-letter ``rgn_cd``, the region's name and its ``dno``, the
distribution network operator), ``tariffs`` (a ``trf_cd`` such as FIX12-E, name, ``fuel`` 'E' electricity / 'G' gas,
``trf_type`` VAR variable, FIX fixed, EV, E7 Economy 7, PPM prepayment or BUS business, ``unit_p`` pence per kWh,
``stdg_p`` standing charge in pence per day, ``green`` 0/1, ``launch_dt`` and ``wdrn_dt`` the day it was withdrawn
from sale, empty while on sale), ``customers`` (the account holder: ``acct_no``, ``title``, ``fname``, ``lname``
(the contact for a business), ``trading_nm`` a business's trading name, ``cust_type`` 'R' residential / 'B'
business, ``pay_mthd`` DD direct debit / QC quarterly cash or card / PPM prepayment, ``psr`` 0/1 on the Priority
Services Register, ``open_dt`` and ``close_dt``, empty while the account is live), ``premises`` (a supply address of
a customer: ``addr1``, ``town``, ``postcode``, region, ``prop_type`` D detached / S semi / T terraced / F flat / C
commercial unit, ``occ_from`` the day the customer moved in), ``meters`` (at a premises: ``msn`` meter serial
number, ``fuel`` 'E'/'G', ``mtr_type`` S2 SMETS2 smart, S1 SMETS1 smart, CR traditional credit, PP prepayment key
meter, ``inst_dt`` the day it was fitted, the tariff it is on), ``meter_reads`` (a register reading of a meter on
``read_dt``: ``read_val`` in kWh and ``read_src`` S smart, C customer, R meter reader visit, E estimated), ``bills``
(a quarterly bill of a credit customer: ``bill_no``, ``prd_start``/``prd_end``, ``issue_dt``, ``due_dt``, ``kwh_e``
and ``kwh_g`` used, ``net_amt``, ``vat_amt`` (5% domestic, 20% business), ``tot_amt`` in pounds, ``est`` 'Y' if
based on estimated reads), ``payments`` (money in against a bill: ``pay_dt``, ``amt``, ``pay_mthd`` DD, CARD, BACS
or CHQ, ``dd_fail`` 1 for a direct debit that was collected late after a first failed attempt) and ``tickets`` (a
customer complaint or query: ``opened``, ``closed`` empty while open, ``cat`` BILL, METER, PAYMT, SUPPLY, SWITCH or
OTHER, ``chnl`` PH phone, EM email, WEB, CHAT, ``prio`` 1 urgent to 3 low, ``ombuds`` 0/1 escalated to the Energy
Ombudsman and ``gw_amt`` goodwill credit paid in pounds). Rows come from a fixed seed, so every build holds the same
rows; tickets and unpaid bills are skewed so a few customers account for many, prepayment customers get no bills,
one region has no customers yet and one tariff has no meters on it.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_utility_database(pathlib.Path(tempfile.mkdtemp()) / "utility.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM regions").fetchone()
    (10,)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_utility_database"]

_SCHEMA = """
CREATE TABLE regions (
    id INTEGER PRIMARY KEY, rgn_cd TEXT NOT NULL, name TEXT NOT NULL, dno TEXT NOT NULL
);
CREATE TABLE tariffs (
    id INTEGER PRIMARY KEY, trf_cd TEXT NOT NULL, name TEXT NOT NULL, fuel TEXT NOT NULL, trf_type TEXT NOT NULL,
    unit_p NUMERIC NOT NULL, stdg_p NUMERIC NOT NULL, green INTEGER NOT NULL, launch_dt DATE NOT NULL, wdrn_dt DATE
);
CREATE TABLE customers (
    id INTEGER PRIMARY KEY, acct_no TEXT NOT NULL, title TEXT, fname TEXT NOT NULL, lname TEXT NOT NULL,
    trading_nm TEXT, cust_type TEXT NOT NULL, pay_mthd TEXT NOT NULL, psr INTEGER NOT NULL, open_dt DATE NOT NULL,
    close_dt DATE
);
CREATE TABLE premises (
    id INTEGER PRIMARY KEY, cust_id INTEGER NOT NULL REFERENCES customers (id), addr1 TEXT NOT NULL,
    town TEXT NOT NULL, postcode TEXT NOT NULL, rgn_id INTEGER NOT NULL REFERENCES regions (id),
    prop_type TEXT NOT NULL, occ_from DATE NOT NULL
);
CREATE TABLE meters (
    id INTEGER PRIMARY KEY, prem_id INTEGER NOT NULL REFERENCES premises (id), msn TEXT NOT NULL,
    fuel TEXT NOT NULL, mtr_type TEXT NOT NULL, inst_dt DATE NOT NULL,
    tariff_id INTEGER NOT NULL REFERENCES tariffs (id)
);
CREATE TABLE meter_reads (
    id INTEGER PRIMARY KEY, meter_id INTEGER NOT NULL REFERENCES meters (id), read_dt DATE NOT NULL,
    read_val INTEGER NOT NULL, read_src TEXT NOT NULL
);
CREATE TABLE bills (
    id INTEGER PRIMARY KEY, bill_no TEXT NOT NULL, cust_id INTEGER NOT NULL REFERENCES customers (id),
    prd_start DATE NOT NULL, prd_end DATE NOT NULL, issue_dt DATE NOT NULL, due_dt DATE NOT NULL,
    kwh_e INTEGER NOT NULL, kwh_g INTEGER NOT NULL, net_amt NUMERIC NOT NULL, vat_amt NUMERIC NOT NULL,
    tot_amt NUMERIC NOT NULL, est TEXT NOT NULL
);
CREATE TABLE payments (
    id INTEGER PRIMARY KEY, bill_id INTEGER NOT NULL REFERENCES bills (id),
    cust_id INTEGER NOT NULL REFERENCES customers (id), pay_dt DATE NOT NULL, amt NUMERIC NOT NULL,
    pay_mthd TEXT NOT NULL, dd_fail INTEGER NOT NULL
);
CREATE TABLE tickets (
    id INTEGER PRIMARY KEY, cust_id INTEGER NOT NULL REFERENCES customers (id), opened DATE NOT NULL, closed DATE,
    cat TEXT NOT NULL, chnl TEXT NOT NULL, prio INTEGER NOT NULL, ombuds INTEGER NOT NULL, gw_amt NUMERIC NOT NULL
);
"""

#: code, name, DNO, share of premises, towns, postcode areas
_REGIONS = [
    (
        "NW",
        "North West",
        "Electricity North West",
        16,
        ["Manchester", "Bolton", "Preston", "Wigan"],
        ["M", "BL", "PR", "WN"],
    ),
    ("NE", "North East", "Northern Powergrid", 7, ["Newcastle", "Sunderland", "Durham"], ["NE", "SR", "DH"]),
    ("YO", "Yorkshire", "Northern Powergrid", 12, ["Leeds", "Sheffield", "York", "Bradford"], ["LS", "S", "YO", "BD"]),
    ("WM", "West Midlands", "National Grid", 11, ["Birmingham", "Coventry", "Wolverhampton"], ["B", "CV", "WV"]),
    ("EM", "East Midlands", "National Grid", 9, ["Nottingham", "Leicester", "Derby"], ["NG", "LE", "DE"]),
    ("LN", "London", "UK Power Networks", 20, ["London"], ["E", "N", "SE", "SW"]),
    (
        "SE",
        "South East",
        "UK Power Networks",
        13,
        ["Brighton", "Reading", "Guildford", "Maidstone"],
        ["BN", "RG", "GU", "ME"],
    ),
    ("SW", "South West", "National Grid", 8, ["Bristol", "Exeter", "Plymouth"], ["BS", "EX", "PL"]),
    ("SS", "South Scotland", "SP Energy Networks", 4, ["Glasgow", "Edinburgh"], ["G", "EH"]),
    ("NS", "North Scotland", "SSEN Distribution", 0, ["Aberdeen"], ["AB"]),
]
#: code, name, fuel, type, unit p/kWh, standing p/day, green, launched, withdrawn
_TARIFFS = [
    ("SVT-E", "Standard Variable Electricity", "E", "VAR", 24.50, 60.10, 0, "2019-01-01", None),
    ("FIX12-E", "Fixed 12M Electricity", "E", "FIX", 22.80, 55.40, 0, "2024-01-15", None),
    ("FIX24-E", "Fixed 24M Electricity", "E", "FIX", 23.90, 52.00, 0, "2023-06-01", "2025-03-31"),
    ("GRN-E", "Green Fixed Electricity", "E", "FIX", 25.60, 50.20, 1, "2024-04-01", None),
    ("EV-E", "EV Night Saver", "E", "EV", 19.40, 62.30, 1, "2024-09-01", None),
    ("E7-E", "Economy 7", "E", "E7", 21.10, 58.70, 0, "2018-01-01", None),
    ("PPM-E", "Prepay Electricity", "E", "PPM", 24.10, 58.00, 0, "2019-01-01", None),
    ("BUS-E", "Business Electricity", "E", "BUS", 27.20, 85.00, 0, "2020-04-01", None),
    ("TRK-E", "Tracker Electricity", "E", "VAR", 21.90, 49.50, 0, "2025-07-01", None),
    ("SVT-G", "Standard Variable Gas", "G", "VAR", 6.24, 31.70, 0, "2019-01-01", None),
    ("FIX12-G", "Fixed 12M Gas", "G", "FIX", 5.81, 29.90, 0, "2024-01-15", None),
    ("FIX24-G", "Fixed 24M Gas", "G", "FIX", 6.05, 28.50, 0, "2023-06-01", "2025-03-31"),
    ("GRN-G", "Green Fixed Gas", "G", "FIX", 6.40, 27.80, 1, "2024-04-01", None),
    ("PPM-G", "Prepay Gas", "G", "PPM", 6.10, 31.00, 0, "2019-01-01", None),
    ("BUS-G", "Business Gas", "G", "BUS", 6.90, 45.00, 0, "2020-04-01", None),
]
_FIRST = ["James", "Sarah", "Michael", "Emma", "David", "Claire", "John", "Laura", "Peter", "Helen", "Mark", "Joanne",
          "Robert", "Karen", "Daniel", "Rachel", "Thomas", "Lisa", "Andrew", "Gemma", "Imran", "Priya", "Tomasz",
          "Agnieszka", "Kwame", "Grace", "Sean", "Siobhan", "Ian", "Fiona"]  # fmt: skip
_LAST = [
    "Smith",
    "Jones",
    "Taylor",
    "Brown",
    "Williams",
    "Wilson",
    "Johnson",
    "Davies",
    "Patel",
    "Wright",
    "Khan",
    "Evans",
    "Walker",
    "Thomas",
    "Roberts",
    "Green",
    "Hall",
    "Wood",
    "Clarke",
    "Hughes",
    "Edwards",
    "Lewis",
    "Murphy",
    "Campbell",
    "Stewart",
    "Kowalski",
    "Mensah",
    "Ahmed",
    "O'Brien",
    "Fletcher",
    "Barker",
    "Shaw",
]
_BUSINESSES = ["Corner Cafe Ltd", "Bright Smile Dental", "Hartley Motors", "Oak Tree Nursery", "Patel Pharmacy",
               "Kings Arms", "Northside Gym", "Rosie's Florist", "Green Leaf Laundrette", "Harbour Fish Bar",
               "Clarke & Sons Joinery", "Studio Nine Hair", "Bluebell Bakery", "Mill Lane Garage",
               "Fletcher Print Works", "Lotus Thai Kitchen", "The Book Nook", "Apex Accountants",
               "Meadow Vets", "Crown Dry Cleaners", "Station Newsagents", "Vale Physio", "Riverside B&B",
               "Hilltop Pet Supplies", "Baker Street Deli"]  # fmt: skip
_STREETS = [
    "High Street",
    "Church Road",
    "Station Road",
    "Park Avenue",
    "Victoria Road",
    "Mill Lane",
    "Green Lane",
    "Queens Road",
    "New Street",
    "Manor Way",
    "Albert Road",
    "Kings Drive",
    "Elm Grove",
    "Chapel Street",
]
_QUARTERS = [(dt.date(2024, m, 1), dt.date(2024 + (m == 10), (m + 3) % 12 or 12, 1)) for m in (1, 4, 7, 10)] + [
    (dt.date(2025, m, 1), dt.date(2025, m + 3, 1)) for m in (1, 4, 7)
]
_SEASON = {1: 1.35, 4: 0.9, 7: 0.65, 10: 1.1}
_GAS_SEASON = {1: 1.9, 4: 0.8, 7: 0.35, 10: 1.0}
_TODAY = dt.date(2025, 10, 20)


def _tariff_id(code: str) -> int:
    return next(i for i, t in enumerate(_TARIFFS, 1) if t[0] == code)


def _rows(seed: int = 52607) -> dict[str, list[tuple]]:  # noqa: C901, PLR0912, PLR0915 - one generator per table
    rng = random.Random(seed)
    regions = [(i, *r[:3]) for i, r in enumerate(_REGIONS, 1)]
    tariffs = [(i, *t) for i, t in enumerate(_TARIFFS, 1)]
    customers, premises, meters = [], [], []
    names = rng.sample([(f, s) for f in _FIRST for s in _LAST], 400)
    businesses = list(_BUSINESSES)
    for i in range(1, 401):
        ctype = "B" if i % 16 == 5 and businesses else "R"
        first, last = names[i - 1]
        title = None
        if ctype == "R":
            title = rng.choice(["Mr", "Mr", "Mr"] if _FIRST.index(first) % 2 == 0 else ["Mrs", "Ms", "Miss"])
            if rng.random() < 0.06:
                title = rng.choice(["Dr", "Mx"])
        trading = businesses.pop(0) if ctype == "B" else None
        pay = "DD" if ctype == "B" else rng.choices(["DD", "QC", "PPM"], weights=[66, 16, 18])[0]
        psr = int(ctype == "R" and rng.random() < 0.13)
        opened = random_day(rng, dt.date(2016, 1, 1), dt.date(2025, 8, 31))
        closed = None
        if rng.random() < 0.09 and opened < dt.date(2024, 10, 1):
            closed = random_day(rng, max(opened + dt.timedelta(days=200), dt.date(2024, 3, 1)), dt.date(2025, 9, 30))
        customers.append((i, f"{30000000 + i * 7919 % 900000:08d}", title, first, last, trading, ctype, pay, psr,
                          opened.isoformat(), closed.isoformat() if closed else None))  # fmt: skip
        n_prem = 1
        if i % 29 == 3 or ctype == "B" and rng.random() < 0.3:
            n_prem = rng.choice([2, 2, 3, 4])
        home = rng.choices(regions, weights=[r[3] for r in _REGIONS])[0][0]
        for k in range(n_prem):
            rgn = home if k == 0 or rng.random() < 0.7 else rng.choices(regions, weights=[r[3] for r in _REGIONS])[0][0]
            towns, areas = _REGIONS[rgn - 1][4], _REGIONS[rgn - 1][5]
            t = rng.randrange(len(towns))
            town = towns[t]
            area = areas[t] if len(areas) == len(towns) else rng.choice(areas)
            inward = "".join(rng.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))
            postcode = f"{area}{rng.randint(1, 28)} {rng.randint(1, 9)}{inward}"
            ptype = "C" if ctype == "B" else rng.choices("DSTF", weights=[2, 4, 4, 3])[0]
            addr = f"{rng.randint(1, 180)} {rng.choice(_STREETS)}"
            occ = opened if k == 0 else random_day(rng, opened, max(opened, dt.date(2025, 6, 30)))
            prem_id = len(premises) + 1
            premises.append((prem_id, i, addr, town, postcode, rgn, ptype, occ.isoformat()))
            fuels = ["E", "G"] if ptype != "F" and rng.random() < 0.82 or rng.random() < 0.25 else ["E"]
            for fuel in fuels:
                if pay == "PPM":
                    mtype = rng.choices(["S2", "PP"], weights=[6, 4])[0]
                    code = f"PPM-{fuel}"
                else:
                    mtype = rng.choices(["S2", "S1", "CR"], weights=[55, 15, 30])[0]
                    if ctype == "B":
                        code = f"BUS-{fuel}"
                    else:
                        pick = ["SVT", "SVT", "SVT", "FIX12", "FIX12", "FIX24", "GRN"]
                        if fuel == "E":
                            pick += ["E7"] if mtype == "CR" else ["EV"] * (1 if ptype in "DS" else 0)
                        code = f"{rng.choice(pick)}-{fuel}"
                inst = random_day(
                    rng, max(occ, dt.date(2015, 6, 1)), max(occ, dt.date(2015, 6, 1)) + dt.timedelta(days=30)
                )
                if mtype in ("S2", "S1") and rng.random() < 0.4:
                    inst = random_day(rng, inst, max(inst, dt.date(2025, 9, 30)))
                if i % 97 == 11 and fuel == "E":
                    inst = random_day(rng, dt.date(2025, 10, 1), dt.date(2025, 10, 15))
                kind = "Z" if mtype.startswith("S") else "K"
                msn = f"{'E' if fuel == 'E' else 'G4'}{rng.randint(10, 24)}{kind}{rng.randint(100000, 999999)}"
                meters.append((len(meters) + 1, prem_id, msn, fuel, mtype, inst.isoformat(), _tariff_id(code)))
    # a daily use per meter
    use = {}
    for m in meters:
        prem = premises[m[1] - 1]
        base = {"D": 1.4, "S": 1.1, "T": 0.95, "F": 0.7, "C": 2.6}[prem[6]]
        ev = 1.5 if tariffs[m[6] - 1][4] == "EV" else 1.0
        use[m[0]] = (8.0 if m[3] == "E" else 30.0) * base * ev * rng.uniform(0.6, 1.5)
    reads = []
    for m in meters:
        inst = dt.date.fromisoformat(m[5])
        start = max(inst, dt.date(2024, 1, 1))
        if inst > dt.date(2025, 9, 30):
            continue
        reg = rng.randint(0, 60000) if inst < dt.date(2024, 1, 1) else 0
        if m[4] in ("S2", "S1"):
            days = [q[1] - dt.timedelta(days=1) for q in _QUARTERS if q[1] - dt.timedelta(days=1) > start]
            days = [d for d in days if rng.random() < 0.93 or m[4] == "S2"]
            srcs = ["S" if m[4] == "S2" or rng.random() < 0.8 else "E" for _ in days]
        else:
            n = rng.choice([1, 2, 2, 3, 3, 4, 5])
            days = sorted({random_day(rng, start, dt.date(2025, 9, 30)) for _ in range(n)})
            srcs = [rng.choices("CRE", weights=[5, 2, 4])[0] for _ in days]
        last = start
        for day, src in zip(days, srcs, strict=True):
            reg += round(use[m[0]] * (day - last).days * rng.uniform(0.85, 1.15))
            last = day
            reads.append((m[0], day.isoformat(), reg, src))
    reads.sort(key=lambda r: (r[1], r[0]))
    reads = [(i, *r) for i, r in enumerate(reads, 1)]
    est_meters = {r[1] for r in reads if r[4] == "E"}
    # bills for credit customers each quarter; chronic debtors pay late, part or not at all
    bills, payments = [], []
    debtors = {c[0] for c in customers if c[7] == "QC" and c[0] % 5 == 2} | {44, 187}
    for q_start, q_end in _QUARTERS:
        for c in customers:
            if c[7] == "PPM":
                continue
            opened = dt.date.fromisoformat(c[9])
            closed = dt.date.fromisoformat(c[10]) if c[10] else None
            if opened >= q_end or closed and closed < q_start:
                continue
            p_start, p_end = max(q_start, opened), min(q_end - dt.timedelta(days=1), closed or q_end)
            days = (p_end - p_start).days + 1
            kwh = {"E": 0, "G": 0}
            net = 0.0
            est = "N"
            for m in meters:
                if premises[m[1] - 1][1] != c[0]:
                    continue
                season = (_SEASON if m[3] == "E" else _GAS_SEASON)[q_start.month]
                k = round(use[m[0]] * days * season * rng.uniform(0.9, 1.1))
                kwh[m[3]] += k
                t = tariffs[m[6] - 1]
                net += k * t[5] / 100 + days * t[6] / 100
                if m[0] in est_meters and rng.random() < 0.3:
                    est = "Y"
            if net == 0:
                continue
            net = round(net, 2)
            vat = round(net * (0.2 if c[6] == "B" else 0.05), 2)
            issue = p_end + dt.timedelta(days=rng.randint(3, 9))
            if issue > _TODAY:
                continue
            due = issue + dt.timedelta(days=14)
            bill_id = len(bills) + 1
            total = round(net + vat, 2)
            bills.append((bill_id, f"INV{700000 + bill_id * 13}", c[0], p_start.isoformat(), p_end.isoformat(),
                          issue.isoformat(), due.isoformat(), kwh["E"], kwh["G"], net, vat, total, est))  # fmt: skip
            if c[7] == "DD":
                if rng.random() < 0.05 or c[0] in debtors and rng.random() < 0.5:
                    day = due + dt.timedelta(days=rng.randint(5, 20))
                    if day <= _TODAY:
                        payments.append((bill_id, c[0], day, total, rng.choice(["DD", "CARD"]), 1))
                else:
                    if due <= _TODAY:
                        payments.append((bill_id, c[0], due, total, "DD", 0))
                continue
            roll = rng.random()
            if c[0] in debtors:
                roll = roll * 0.6 + 0.4
            method = rng.choices(["CARD", "BACS", "CHQ"], weights=[6, 3, 1])[0]
            if roll < 0.7:
                day = issue + dt.timedelta(days=rng.randint(1, 20))
                if day <= _TODAY:
                    payments.append((bill_id, c[0], day, total, method, 0))
            elif roll < 0.9:
                for _ in range(rng.randint(1, 2)):
                    day = issue + dt.timedelta(days=rng.randint(5, 60))
                    if day <= _TODAY:
                        payments.append((bill_id, c[0], day, round(total * rng.uniform(0.2, 0.45), 2), method, 0))
    payments.sort(key=lambda p: (p[2], p[0]))
    payments = [(i, p[0], p[1], p[2].isoformat(), p[3], p[4], p[5]) for i, p in enumerate(payments, 1)]
    # tickets: most customers never get in touch, a few are on the phone every month
    weights = [0 if c[0] % 3 == 0 else (14 if c[0] in debtors or c[0] % 53 == 8 else 1) for c in customers]
    weights[43] = 30  # one very unhappy customer
    tickets = []
    for _ in range(360):
        c = rng.choices(customers, weights=weights)[0]
        opened = dt.date.fromisoformat(c[9])
        lo = max(opened, dt.date(2024, 1, 1))
        hi = min(dt.date.fromisoformat(c[10]) if c[10] else _TODAY, _TODAY)
        if hi < lo:
            continue
        day = random_day(rng, lo, hi)
        cat = rng.choices(["BILL", "METER", "PAYMT", "SUPPLY", "SWITCH", "OTHER"], weights=[34, 20, 16, 8, 7, 9])[0]
        if c[7] == "PPM":
            cat = rng.choice(["METER", "PAYMT", "SUPPLY", cat])
        chnl = rng.choices(["PH", "EM", "WEB", "CHAT"], weights=[9, 5, 3, 4])[0]
        prio = 1 if cat == "SUPPLY" else rng.choices([1, 2, 3], weights=[1, 4, 3])[0]
        closed = day + dt.timedelta(days=rng.choice([0, 1, 2, 3, 5, 8, 14, 21, 35, 60]))
        closed = None if closed > _TODAY or rng.random() < 0.05 else closed.isoformat()
        ombuds = int(closed is None and rng.random() < 0.2 or cat == "BILL" and rng.random() < 0.05)
        gw = 0 if rng.random() < 0.78 else rng.choice([10, 20, 25, 30, 50, 75, 100])
        tickets.append((c[0], day.isoformat(), closed, cat, chnl, prio, ombuds, gw))
    tickets.sort(key=lambda t: (t[1], t[0]))
    tickets = [(i, *t) for i, t in enumerate(tickets, 1)]
    return {"regions": regions, "tariffs": tariffs, "customers": customers, "premises": premises, "meters": meters,
            "meter_reads": reads, "bills": bills, "payments": payments, "tickets": tickets}  # fmt: skip


def build_utility_database(path: str | Path) -> Path:
    """Write the energy supplier's database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
