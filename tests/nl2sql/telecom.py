"""A made-up UK mobile phone operator ("Kestrel Mobile"), its billing and customer system as a BSS would hold it,
written by someone who had not seen the engine's rules: the ``telecom`` dev set's database.

Ten tables with foreign keys: ``channels`` (where a line was sold: a ``ch_code``, name, ``ch_type`` 'R' retail
shop / 'O' online / 'T' telesales / 'P' partner dealer, town, ``opened``), ``price_plans`` (a ``plan_cd`` and
``plan_nm``, ``pay_type`` 'PRE' prepay or 'POST' pay monthly, ``seg`` 'CONS' consumer or 'BUS' business, ``mrc``
the monthly charge in pounds, ``data_gb`` allowance, ``unl_data`` 0/1 unlimited data flag, ``mins_incl``,
``launch_dt`` and ``withdrawn_dt`` for plans no longer sold), ``addons`` (bolt-ons: ``addon_cd``, ``addon_nm``,
``cat`` DATA / ROAM / INTL / INS / ENT, ``price``, ``recurring`` 0/1), ``accounts`` (the paying customer: ``acct_no``,
``cust_nm``, ``cust_type`` 'C' consumer / 'B' business, town, ``open_dt``, ``credit_cls`` A-C, ``acct_status``
'A' active / 'S' suspended / 'C' closed), ``subscriptions`` (one line: ``msisdn`` phone number, ``iccid`` SIM
serial, account, price plan, sales channel, ``act_dt`` activation and ``term_dt`` termination dates, ``sub_status``
'ACT' / 'SUS' / 'TRM', ``contract_mths`` 0, 12 or 24 and ``handset``, empty for SIM-only), ``sub_addons`` (a bolt-on
on a line from ``start_dt`` to ``end_dt``), ``usage_records`` (rated usage events: ``rec_type`` 'V' voice / 'S' SMS
/ 'D' data, ``ev_dt``, ``dur_s`` seconds for calls, ``vol_mb`` for data, ``roam_flag`` and ``roam_ctry`` ISO code
when abroad, and ``chg`` the out-of-bundle charge in pounds), ``invoices`` (one per pay-monthly account and month:
``bill_prd`` 'YYYY-MM', ``inv_dt``, ``due_dt``, ``net_amt``, ``vat_amt``, ``tot_amt``, ``inv_status`` 'P' paid /
'O' open / 'W' written off), ``payments`` (against an invoice: ``pay_dt``, ``amount``, ``pay_method`` 'DD' direct
debit / 'CC' card / 'BT' bank transfer / 'CSH' cash in shop) and ``port_requests`` (number porting: ``direction``
'I' ported in from / 'O' ported out to ``other_op``, ``req_dt``, ``port_dt``, ``port_status`` 'C' completed / 'R'
rejected / 'P' pending, ``rej_reason``). Rows come from a fixed seed, so every build holds the same rows; a few
business accounts hold many lines, a few heavy users make most of the usage, some lines have no usage at all, one
bolt-on was never sold and the newest shop has sold nothing yet.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_telecom_database(pathlib.Path(tempfile.mkdtemp()) / "telecom.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM usage_records").fetchone()
    (4000,)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_telecom_database"]

_SCHEMA = """
CREATE TABLE channels (
    id INTEGER PRIMARY KEY, ch_code TEXT NOT NULL, name TEXT NOT NULL, ch_type TEXT NOT NULL, town TEXT,
    opened DATE NOT NULL
);
CREATE TABLE price_plans (
    id INTEGER PRIMARY KEY, plan_cd TEXT NOT NULL, plan_nm TEXT NOT NULL, pay_type TEXT NOT NULL, seg TEXT NOT NULL,
    mrc NUMERIC NOT NULL, data_gb INTEGER, unl_data INTEGER NOT NULL, mins_incl INTEGER NOT NULL,
    launch_dt DATE NOT NULL, withdrawn_dt DATE
);
CREATE TABLE addons (
    id INTEGER PRIMARY KEY, addon_cd TEXT NOT NULL, addon_nm TEXT NOT NULL, cat TEXT NOT NULL, price NUMERIC NOT NULL,
    recurring INTEGER NOT NULL
);
CREATE TABLE accounts (
    id INTEGER PRIMARY KEY, acct_no TEXT NOT NULL, cust_nm TEXT NOT NULL, cust_type TEXT NOT NULL, town TEXT NOT NULL,
    open_dt DATE NOT NULL, credit_cls TEXT NOT NULL, acct_status TEXT NOT NULL
);
CREATE TABLE subscriptions (
    id INTEGER PRIMARY KEY, msisdn TEXT NOT NULL, iccid TEXT NOT NULL,
    account_id INTEGER NOT NULL REFERENCES accounts (id), plan_id INTEGER NOT NULL REFERENCES price_plans (id),
    channel_id INTEGER NOT NULL REFERENCES channels (id), act_dt DATE NOT NULL, term_dt DATE,
    sub_status TEXT NOT NULL, contract_mths INTEGER NOT NULL, handset TEXT
);
CREATE TABLE sub_addons (
    id INTEGER PRIMARY KEY, sub_id INTEGER NOT NULL REFERENCES subscriptions (id),
    addon_id INTEGER NOT NULL REFERENCES addons (id), start_dt DATE NOT NULL, end_dt DATE
);
CREATE TABLE usage_records (
    id INTEGER PRIMARY KEY, sub_id INTEGER NOT NULL REFERENCES subscriptions (id), rec_type TEXT NOT NULL,
    ev_dt DATE NOT NULL, dur_s INTEGER, vol_mb NUMERIC, roam_flag INTEGER NOT NULL, roam_ctry TEXT,
    chg NUMERIC NOT NULL
);
CREATE TABLE invoices (
    id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL REFERENCES accounts (id), bill_prd TEXT NOT NULL,
    inv_dt DATE NOT NULL, due_dt DATE NOT NULL, net_amt NUMERIC NOT NULL, vat_amt NUMERIC NOT NULL,
    tot_amt NUMERIC NOT NULL, inv_status TEXT NOT NULL
);
CREATE TABLE payments (
    id INTEGER PRIMARY KEY, invoice_id INTEGER NOT NULL REFERENCES invoices (id), pay_dt DATE NOT NULL,
    amount NUMERIC NOT NULL, pay_method TEXT NOT NULL
);
CREATE TABLE port_requests (
    id INTEGER PRIMARY KEY, sub_id INTEGER NOT NULL REFERENCES subscriptions (id), msisdn TEXT NOT NULL,
    direction TEXT NOT NULL, other_op TEXT NOT NULL, req_dt DATE NOT NULL, port_dt DATE, port_status TEXT NOT NULL,
    rej_reason TEXT
);
"""

#: code, name, type, town, opened, sales weight
_CHANNELS = [
    ("RS01", "Manchester Arndale", "R", "Manchester", "2015-03-14", 9),
    ("RS02", "Leeds Briggate", "R", "Leeds", "2016-05-02", 7),
    ("RS03", "Liverpool One", "R", "Liverpool", "2017-09-23", 6),
    ("RS04", "Sheffield Meadowhall", "R", "Sheffield", "2018-11-10", 4),
    ("RS05", "Preston Fishergate", "R", "Preston", "2021-04-17", 2),
    ("RS06", "York Coppergate", "R", "York", "2025-06-21", 0),
    ("WEB", "kestrelmobile.co.uk", "O", None, "2014-01-01", 16),
    ("APP", "Kestrel app", "O", None, "2020-02-01", 6),
    ("TS1", "Telesales Bolton", "T", "Bolton", "2014-01-01", 5),
    ("BTS", "Business telesales", "T", "Bolton", "2016-01-04", 0),
    ("PD01", "Carphone Corner", "P", "Stockport", "2019-06-01", 3),
    ("PD02", "Mobiles4U", "P", "Bradford", "2020-08-15", 2),
]
#: code, name, pay type, segment, monthly charge, GB, unlimited, minutes, launched, withdrawn, weight
_PLANS = [
    ("PAYG10", "Pay As You Go Top-up", "PRE", "CONS", 0, 0, 0, 0, "2014-01-01", None, 6),
    ("PRE5GB", "Prepay 5GB Bundle", "PRE", "CONS", 10, 5, 0, 500, "2019-01-01", "2024-03-31", 3),
    ("PRE20", "Prepay 20GB Bundle", "PRE", "CONS", 15, 20, 0, 1000, "2022-06-01", None, 5),
    ("SO4", "SIM Only 4GB", "POST", "CONS", 8, 4, 0, 9999, "2018-01-01", "2024-09-30", 4),
    ("SO30", "SIM Only 30GB", "POST", "CONS", 14, 30, 0, 9999, "2020-03-01", None, 9),
    ("SO100", "SIM Only 100GB", "POST", "CONS", 18, 100, 0, 9999, "2021-05-01", None, 6),
    ("SOUNL", "SIM Only Unlimited", "POST", "CONS", 24, None, 1, 9999, "2021-05-01", None, 7),
    ("HS30", "Handset Plan 30GB", "POST", "CONS", 32, 30, 0, 9999, "2019-02-01", None, 6),
    ("HSUNL", "Handset Plan Unlimited", "POST", "CONS", 45, None, 1, 9999, "2020-09-01", None, 7),
    ("HSMAX", "Handset Max Unlimited", "POST", "CONS", 62, None, 1, 9999, "2023-09-15", None, 3),
    ("BIZ10", "Business Essentials 10GB", "POST", "BUS", 12, 10, 0, 9999, "2017-04-01", None, 5),
    ("BIZ50", "Business Pro 50GB", "POST", "BUS", 20, 50, 0, 9999, "2019-04-01", None, 6),
    ("BIZUNL", "Business Unlimited", "POST", "BUS", 28, None, 1, 9999, "2021-01-01", None, 4),
    ("DATA1", "Tablet Data 50GB", "POST", "CONS", 16, 50, 0, 0, "2018-07-01", None, 2),
]
#: code, name, category, price, recurring
_ADDONS = [
    ("XD5", "Extra 5GB", "DATA", 5.0, 1),
    ("XD20", "Extra 20GB", "DATA", 10.0, 1),
    ("EUR", "Roam Further Europe Day Pass", "ROAM", 2.5, 0),
    ("WRLD", "Worldwide Roaming Pack", "ROAM", 9.0, 1),
    ("INT300", "International 300 Minutes", "INTL", 6.0, 1),
    ("INS", "Phone Insurance", "INS", 9.5, 1),
    ("SPOT", "Spotify Premium", "ENT", 11.99, 1),
    ("DSNY", "Disney+ Standard", "ENT", 7.99, 1),
    ("TVP", "Sports TV Pass", "ENT", 14.99, 1),
    ("IDX", "ID Protect", "INS", 3.0, 1),
]
_TOWNS = [("Manchester", 10), ("Leeds", 7), ("Liverpool", 6), ("Sheffield", 5), ("Bolton", 4), ("Stockport", 4),
          ("Preston", 3), ("Bradford", 3), ("York", 2), ("Wigan", 2), ("Salford", 3), ("Huddersfield", 2)]  # fmt: skip
_FIRST = ["James", "Sophie", "Mohammed", "Emma", "Daniel", "Chloe", "Ryan", "Hannah", "Liam", "Aisha", "Tom", "Jade",
          "Chris", "Laura", "Adam", "Priya", "Ben", "Zoe", "Kieran", "Megan", "Ollie", "Fatima", "Jake", "Ellie",
          "Sean", "Gemma", "Nathan", "Amy", "Marek", "Natalie"]  # fmt: skip
_LAST = ["Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans", "Walker", "Wright", "Robinson", "Thompson", "Hughes",
         "Khan", "Patel", "Ali", "Hussain", "Clarke", "Lees", "Whittaker", "Hargreaves", "Butterworth", "Sutcliffe",
         "Kowalski", "Doyle", "Murphy", "Ashworth", "Booth", "Shaw", "Holt", "Pickering", "Fletcher"]  # fmt: skip
#: business name, town, number of lines
_BUSINESSES = [
    ("Northern Rail Services Ltd", "Manchester", 42),
    ("Pennine Plumbing & Heating", "Huddersfield", 9),
    ("Mersey Logistics Ltd", "Liverpool", 31),
    ("Aire Valley Builders", "Leeds", 12),
    ("Sheaf Street Dental", "Sheffield", 5),
    ("Red Rose Care Homes", "Preston", 18),
    ("Bolton Cab Co", "Bolton", 24),
    ("Castlefield Digital", "Manchester", 7),
    ("Ridings Estate Agents", "York", 4),
    ("Wigan Pier Catering", "Wigan", 3),
    ("Salford Quays Media", "Salford", 11),
    ("Stockport Electrical Ltd", "Stockport", 6),
    ("Bradford Textiles Group", "Bradford", 0),
]
_HANDSETS = [("iPhone 15", 8), ("iPhone 16", 6), ("iPhone 16 Pro", 4), ("Samsung Galaxy S24", 6),
             ("Samsung Galaxy A55", 4), ("Google Pixel 9", 3), ("Motorola g84", 2), ("iPhone 14", 4)]  # fmt: skip
_OTHER_OPS = [("EE", 8), ("Vodafone", 7), ("O2", 7), ("Three", 5), ("giffgaff", 4), ("Tesco Mobile", 3),
              ("Sky Mobile", 2), ("Lebara", 1)]  # fmt: skip
_ROAM = [("ES", 9), ("FR", 5), ("IT", 4), ("PT", 3), ("GR", 3), ("US", 3), ("TR", 2), ("AE", 1), ("IE", 2)]
_START = dt.date(2024, 1, 1)
_END = dt.date(2025, 6, 30)


def _pick(rng: random.Random, items: list[tuple]) -> tuple:
    """One of ``items``, chosen with the weight in its last field."""
    return rng.choices(items, weights=[i[-1] for i in items])[0]


def _months() -> list[dt.date]:
    first = _START
    out = []
    while first <= _END:
        out.append(first)
        first = dt.date(first.year + (first.month == 12), first.month % 12 + 1, 1)
    return out


def _rows(seed: int = 60447) -> dict[str, list[tuple]]:  # noqa: PLR0912, PLR0915 - one generator per table
    rng = random.Random(seed)
    channels = [(i, *c[:5]) for i, c in enumerate(_CHANNELS, 1)]
    plans = [(i, *p[:10]) for i, p in enumerate(_PLANS, 1)]
    addons = [(i, *a) for i, a in enumerate(_ADDONS, 1)]
    # accounts: consumers, then the businesses at fixed places in the list
    accounts = []
    n_accounts = 320
    biz_slots = {7 + 23 * k: b for k, b in enumerate(_BUSINESSES)}
    names = rng.sample([(f, s) for f in _FIRST for s in _LAST], n_accounts)
    for i in range(1, n_accounts + 1):
        if i in biz_slots:
            name, town, _ = biz_slots[i]
            ctype = "B"
            opened = random_day(rng, dt.date(2016, 1, 1), dt.date(2023, 6, 30))
        else:
            name = " ".join(names[i - 1])
            town = _pick(rng, _TOWNS)[0]
            ctype = "C"
            opened = random_day(rng, dt.date(2017, 1, 1), dt.date(2025, 5, 31))
        credit = rng.choices("ABC", weights=[6, 3, 1])[0]
        accounts.append([i, f"KM{40000000 + i * 1373}", name, ctype, town, opened.isoformat(), credit, "A"])
    consumer_plans = [p for p in _PLANS if p[3] == "CONS"]
    business_plans = [p for p in _PLANS if p[3] == "BUS"]
    sales_channels = [c for c in _CHANNELS if c[5] > 0]
    subs = []
    used_msisdn = set()

    def new_msisdn() -> str:
        while True:
            number = f"07{rng.choice('3456789')}{rng.randrange(10**8):08d}"
            if number not in used_msisdn:
                used_msisdn.add(number)
                return number

    for acct in accounts:
        opened = dt.date.fromisoformat(acct[5])
        n_lines = rng.choices([1, 2, 3, 4], weights=[60, 25, 10, 5])[0]
        if acct[3] == "B":
            n_lines = biz_slots[acct[0]][2]
        for _ in range(n_lines):
            if acct[3] == "B":
                plan = _pick(rng, business_plans)
                channel = ("BTS", 0) if rng.random() < 0.8 else _pick(rng, sales_channels)
            else:
                plan = _pick(rng, consumer_plans)
                channel = _pick(rng, sales_channels)
            plan_id = _PLANS.index(plan) + 1
            launch = dt.date.fromisoformat(plan[8])
            withdrawn = dt.date.fromisoformat(plan[9]) if plan[9] else dt.date(2025, 6, 30)
            ch_idx = next(k for k, c in enumerate(_CHANNELS) if c[0] == channel[0])
            ch_open = dt.date.fromisoformat(_CHANNELS[ch_idx][4])
            lo = max(opened, launch, ch_open)
            if lo > withdrawn:
                plan = _PLANS[4]
                plan_id = 5
                lo = max(opened, dt.date(2020, 3, 1), ch_open)
                withdrawn = dt.date(2025, 6, 30)
            act = random_day(rng, lo, max(lo, withdrawn))
            if plan[2] == "PRE" or plan[0] in ("SOUNL", "SO30", "SO100", "SO4", "DATA1"):
                months = 0 if plan[2] == "PRE" else rng.choice([0, 12, 12])
                handset = None
            elif plan[3] == "BUS":
                months = 24
                handset = _pick(rng, _HANDSETS)[0] if rng.random() < 0.6 else None
            else:
                months = 24
                handset = _pick(rng, _HANDSETS)[0]
                if handset.startswith("iPhone 16") and act < dt.date(2024, 9, 20):
                    handset = "iPhone 15" if act >= dt.date(2023, 9, 22) else "iPhone 14"
                if handset == "Samsung Galaxy S24" and act < dt.date(2024, 1, 31):
                    handset = "Samsung Galaxy A55" if act >= dt.date(2023, 3, 24) else "Motorola g84"
            term = None
            status = "ACT"
            roll = rng.random()
            if roll < 0.18:
                term = random_day(rng, act + dt.timedelta(days=30), dt.date(2025, 7, 30))
                if term > _END:
                    term = None
                else:
                    status = "TRM"
            elif roll < 0.21:
                status = "SUS"
            iccid = f"894430{rng.randrange(10**13):013d}"
            subs.append([len(subs) + 1, new_msisdn(), iccid, acct[0], plan_id, ch_idx + 1, act.isoformat(),
                         term.isoformat() if term else None, status, months, handset])  # fmt: skip
    # account status follows its lines
    for acct in accounts:
        mine = [s for s in subs if s[3] == acct[0]]
        if mine and all(s[8] == "TRM" for s in mine):
            acct[7] = "C"
        elif any(s[8] == "SUS" for s in mine) and acct[6] == "C":
            acct[7] = "S"

    def alive(sub: list, start: dt.date, end: dt.date) -> bool:
        act = dt.date.fromisoformat(sub[6])
        term = dt.date.fromisoformat(sub[7]) if sub[7] else dt.date(2099, 1, 1)
        return act <= end and term >= start

    # bolt-ons: never the ID Protect one
    sub_addons = []
    addon_weights = [10, 6, 8, 3, 4, 7, 6, 4, 2, 0]
    for sub in subs:
        if rng.random() < 0.35:
            for _ in range(rng.choices([1, 2, 3], weights=[6, 3, 1])[0]):
                a = rng.choices(range(1, 11), weights=addon_weights)[0]
                act = dt.date.fromisoformat(sub[6])
                last = dt.date.fromisoformat(sub[7]) if sub[7] else _END
                start = random_day(rng, act, last)
                if _ADDONS[a - 1][4] == 0:
                    end = start + dt.timedelta(days=rng.randint(1, 14) - 1)
                elif rng.random() < 0.4:
                    end = random_day(rng, start, last)
                else:
                    end = None if not sub[7] else last
                sub_addons.append((0, sub[0], a, start.isoformat(), end.isoformat() if end else None))
    sub_addons.sort(key=lambda r: (r[3], r[1], r[2]))
    sub_addons = [(i, *r[1:]) for i, r in enumerate(sub_addons, 1)]
    # usage: a few heavy users, a third of the lines never seen
    live = [s for s in subs if alive(s, _START, _END)]
    weights = []
    for s in live:
        if s[0] % 3 == 1:
            weights.append(0)
        elif s[0] % 29 == 5:
            weights.append(15)
        else:
            weights.append(1)
    usage = []
    while len(usage) < 4000:
        sub = rng.choices(live, weights=weights)[0]
        act = max(dt.date.fromisoformat(sub[6]), _START)
        last = min(dt.date.fromisoformat(sub[7]) if sub[7] else _END, _END)
        day = random_day(rng, act, last)
        kind = rng.choices("VSD", weights=[5, 2, 4])[0]
        plan = _PLANS[sub[4] - 1]
        roam = int(rng.random() < 0.09)
        ctry = _pick(rng, _ROAM)[0] if roam else None
        dur = vol = None
        chg = 0.0
        if kind == "V":
            dur = max(5, int(rng.expovariate(1 / 240)))
            if plan[0] == "PAYG10":
                chg = round(0.2 * ((dur + 59) // 60), 2)
            elif roam and ctry in ("US", "TR", "AE"):
                chg = round(1.5 * ((dur + 59) // 60), 2)
            elif rng.random() < 0.05:
                chg = round(0.65 * ((dur + 59) // 60), 2)
        elif kind == "S":
            if plan[0] == "PAYG10" or (roam and ctry in ("US", "TR", "AE")):
                chg = 0.3 if roam else 0.1
        else:
            vol = round(rng.lognormvariate(4.5, 1.2), 1)
            if plan[0] == "PAYG10":
                chg = round(vol * 0.01, 2)
            elif roam and ctry in ("US", "TR", "AE"):
                chg = round(vol * 0.05, 2)
        usage.append((0, sub[0], kind, day.isoformat(), dur, vol, roam, ctry, chg))
    usage.sort(key=lambda r: (r[3], r[1], r[2]))
    usage = [(i, *r[1:]) for i, r in enumerate(usage, 1)]
    # invoices: one per pay-monthly account and month with a live pay-monthly line
    invoices = []
    payments = []
    months = _months()
    usage_chg: dict[tuple[int, str], float] = {}
    for u in usage:
        usage_chg[(u[1], u[3][:7])] = usage_chg.get((u[1], u[3][:7]), 0.0) + u[8]
    for acct in accounts:
        post = [s for s in subs if s[3] == acct[0] and _PLANS[s[4] - 1][2] == "POST"]
        if not post:
            continue
        for first in months:
            last = dt.date(first.year + (first.month == 12), first.month % 12 + 1, 1) - dt.timedelta(days=1)
            live_now = [s for s in post if alive(s, first, last)]
            if not live_now:
                continue
            net = sum(_PLANS[s[4] - 1][4] for s in live_now)
            ids = {s[0] for s in live_now}
            for a in sub_addons:
                start = dt.date.fromisoformat(a[3])
                end = dt.date.fromisoformat(a[4]) if a[4] else dt.date(2099, 1, 1)
                if a[1] in ids and start <= last and end >= first:
                    net += _ADDONS[a[2] - 1][3] if _ADDONS[a[2] - 1][4] or first <= start else 0
            prd = first.strftime("%Y-%m")
            net += sum(usage_chg.get((i, prd), 0.0) for i in sorted(ids))
            net = round(net, 2)
            vat = round(net * 0.2, 2)
            total = round(net + vat, 2)
            inv_dt = last + dt.timedelta(days=1)
            due = inv_dt + dt.timedelta(days=14)
            late = {"A": 0.01, "B": 0.04, "C": 0.15}[acct[6]]
            if inv_dt > dt.date(2025, 6, 20):
                status = "O" if rng.random() < 0.6 else "P"
            elif rng.random() < late:
                status = rng.choice("OW")
            else:
                status = "P"
            inv_id = len(invoices) + 1
            invoices.append((inv_id, acct[0], prd, inv_dt.isoformat(), due.isoformat(), net, vat, total, status))
            method = "DD" if acct[3] == "B" or rng.random() < 0.7 else rng.choice(["CC", "CC", "BT", "CSH"])
            if status == "P":
                pay_day = inv_dt + dt.timedelta(days=rng.randint(1, 13) if method == "DD" else rng.randint(2, 30))
                if rng.random() < 0.08 and total > 20:
                    part = round(total * rng.choice([0.3, 0.5]), 2)
                    payments.append((0, inv_id, pay_day.isoformat(), part, method))
                    rest_day = pay_day + dt.timedelta(days=rng.randint(5, 20))
                    payments.append((0, inv_id, rest_day.isoformat(), round(total - part, 2), method))
                else:
                    payments.append((0, inv_id, pay_day.isoformat(), total, method))
            elif status == "O" and inv_dt < dt.date(2025, 6, 1) and rng.random() < 0.4:
                pay_day = due + dt.timedelta(days=rng.randint(3, 40))
                payments.append((0, inv_id, pay_day.isoformat(), round(total * 0.5, 2), rng.choice(["CC", "CSH"])))
    payments.sort(key=lambda r: (r[2], r[1]))
    payments = [(i, *r[1:]) for i, r in enumerate(payments, 1)]
    # number porting: in for some new lines, out for some leavers, a few rejected or pending
    ports = []
    for sub in subs:
        act = dt.date.fromisoformat(sub[6])
        if act >= dt.date(2023, 1, 1) and rng.random() < 0.22:
            op = _pick(rng, _OTHER_OPS)[0]
            req = act - dt.timedelta(days=rng.randint(1, 6))
            ports.append((0, sub[0], sub[1], "I", op, req.isoformat(), act.isoformat(), "C", None))
            if rng.random() < 0.1:
                bad = req - dt.timedelta(days=rng.randint(2, 9))
                reason = rng.choice(["PAC mismatch", "PAC expired", "Number not found at donor"])
                ports.append((0, sub[0], sub[1], "I", op, bad.isoformat(), None, "R", reason))
        if sub[7] and rng.random() < 0.45:
            term = dt.date.fromisoformat(sub[7])
            op = _pick(rng, _OTHER_OPS)[0]
            req = term - dt.timedelta(days=rng.randint(1, 5))
            ports.append((0, sub[0], sub[1], "O", op, req.isoformat(), term.isoformat(), "C", None))
        elif sub[8] == "ACT" and rng.random() < 0.012:
            op = _pick(rng, _OTHER_OPS)[0]
            req = random_day(rng, dt.date(2025, 6, 24), dt.date(2025, 6, 30))
            ports.append((0, sub[0], sub[1], "O", op, req.isoformat(), None, "P", None))
    ports.sort(key=lambda r: (r[5], r[1]))
    ports = [(i, *r[1:]) for i, r in enumerate(ports, 1)]
    return {"channels": channels, "price_plans": plans, "addons": addons,
            "accounts": [tuple(a) for a in accounts], "subscriptions": [tuple(s) for s in subs],
            "sub_addons": sub_addons, "usage_records": usage, "invoices": invoices, "payments": payments,
            "port_requests": ports}  # fmt: skip


def build_telecom_database(path: str | Path) -> Path:
    """Write the mobile operator's database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
