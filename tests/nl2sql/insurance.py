"""A made-up UK car and home insurer, written by someone who had not seen the engine's rules: the ``insurance`` dev
set's database.

Ten tables with foreign keys: ``brokers`` (a ``brk_code``, name, region, ``channel`` 'B' broker / 'A' tied agent /
'D' direct sales desk, ``comm_pct`` commission rate and an ``active_flg``), ``policyholders`` (a ``cust_no``, first
and last name, ``dob``, ``gender`` 'M'/'F', ``postcode``, ``city``, ``ncd_yrs`` years of no-claims discount and
``since_dt`` when they became a customer), ``products`` (a ``prod_cd`` such as MCOMP, its name, ``lob`` line of
business 'MOTOR' or 'HOME' and ``cover_lvl``), ``policies`` (a ``pol_no``: policyholder, product, the broker who sold
it or NULL when bought direct, ``incep_dt`` and ``exp_dt``, ``ann_prem`` annual premium, ``vol_xs`` voluntary
excess, ``pay_freq`` 'M' monthly / 'A' annual, ``status`` 'A' active / 'L' lapsed / 'C' cancelled / 'X' expired),
``vehicles`` (the car on a motor policy: ``reg_no``, make, model, ``yr_mfg``, ``veh_val``, ``fuel`` 'P' petrol / 'D'
diesel / 'H' hybrid / 'E' electric, ``annual_miles``), ``properties`` (the home on a home policy: postcode, city,
``prop_type``, ``beds``, ``yr_built``, ``rebuild_val``, ``contents_si`` contents sum insured, ``flood_zn`` 0/1),
``adjusters`` (claims handlers: a ``adj_code``, name, ``team`` MOTOR/PROPERTY/MAJOR LOSS, ``grade`` 1-4, ``hire_dt``),
``perils`` (a ``peril_cd`` with description and line of business), ``claims`` (a ``clm_no`` on a policy: ``loss_dt``,
``fnol_dt`` when it was reported, peril, adjuster or NULL when not yet assigned, ``clm_status`` 'O' open / 'S'
settled / 'D' declined / 'W' withdrawn, ``reserve_amt``, ``fraud_flg`` 0/1 and ``tp_involved`` 0/1 whether a third
party was involved) and ``claim_payments`` (money paid out on a claim: ``pay_dt``, ``amount``, ``payee_type`` 'PH'
policyholder / 'REP' repairer or contractor / 'TP' third party / 'SOL' solicitor, ``pay_method`` 'BACS' or 'CHQ').
Rows come from a fixed seed, so every build holds the same rows; a few brokers sell most policies, a few adjusters
handle many claims, one broker and one adjuster have no rows at all, most policies have no claim and declined or
withdrawn claims have no payments.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_insurance_database(pathlib.Path(tempfile.mkdtemp()) / "insurance.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM policies").fetchone()
    (1200,)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_insurance_database"]

_SCHEMA = """
CREATE TABLE brokers (
    id INTEGER PRIMARY KEY, brk_code TEXT NOT NULL, name TEXT NOT NULL, region TEXT NOT NULL, channel TEXT NOT NULL,
    comm_pct NUMERIC NOT NULL, active_flg INTEGER NOT NULL
);
CREATE TABLE policyholders (
    id INTEGER PRIMARY KEY, cust_no TEXT NOT NULL, first_nm TEXT NOT NULL, last_nm TEXT NOT NULL, dob DATE NOT NULL,
    gender TEXT NOT NULL, postcode TEXT NOT NULL, city TEXT NOT NULL, ncd_yrs INTEGER NOT NULL, since_dt DATE NOT NULL
);
CREATE TABLE products (
    prod_cd TEXT PRIMARY KEY, prod_nm TEXT NOT NULL, lob TEXT NOT NULL, cover_lvl TEXT NOT NULL
);
CREATE TABLE policies (
    id INTEGER PRIMARY KEY, pol_no TEXT NOT NULL, holder_id INTEGER NOT NULL REFERENCES policyholders (id),
    prod_cd TEXT NOT NULL REFERENCES products (prod_cd), broker_id INTEGER REFERENCES brokers (id),
    incep_dt DATE NOT NULL, exp_dt DATE NOT NULL, ann_prem NUMERIC NOT NULL, vol_xs INTEGER NOT NULL,
    pay_freq TEXT NOT NULL, status TEXT NOT NULL
);
CREATE TABLE vehicles (
    id INTEGER PRIMARY KEY, policy_id INTEGER NOT NULL REFERENCES policies (id), reg_no TEXT NOT NULL,
    make TEXT NOT NULL, model TEXT NOT NULL, yr_mfg INTEGER NOT NULL, veh_val INTEGER NOT NULL, fuel TEXT NOT NULL,
    annual_miles INTEGER NOT NULL
);
CREATE TABLE properties (
    id INTEGER PRIMARY KEY, policy_id INTEGER NOT NULL REFERENCES policies (id), postcode TEXT NOT NULL,
    city TEXT NOT NULL, prop_type TEXT NOT NULL, beds INTEGER NOT NULL, yr_built INTEGER NOT NULL,
    rebuild_val INTEGER NOT NULL, contents_si INTEGER NOT NULL, flood_zn INTEGER NOT NULL
);
CREATE TABLE adjusters (
    id INTEGER PRIMARY KEY, adj_code TEXT NOT NULL, first_nm TEXT NOT NULL, last_nm TEXT NOT NULL,
    team TEXT NOT NULL, grade INTEGER NOT NULL, hire_dt DATE NOT NULL
);
CREATE TABLE perils (
    peril_cd TEXT PRIMARY KEY, descr TEXT NOT NULL, lob TEXT NOT NULL
);
CREATE TABLE claims (
    id INTEGER PRIMARY KEY, clm_no TEXT NOT NULL, policy_id INTEGER NOT NULL REFERENCES policies (id),
    loss_dt DATE NOT NULL, fnol_dt DATE NOT NULL, peril_cd TEXT NOT NULL REFERENCES perils (peril_cd),
    adjuster_id INTEGER REFERENCES adjusters (id), clm_status TEXT NOT NULL, reserve_amt NUMERIC NOT NULL,
    fraud_flg INTEGER NOT NULL, tp_involved INTEGER NOT NULL
);
CREATE TABLE claim_payments (
    id INTEGER PRIMARY KEY, claim_id INTEGER NOT NULL REFERENCES claims (id), pay_dt DATE NOT NULL,
    amount NUMERIC NOT NULL, payee_type TEXT NOT NULL, pay_method TEXT NOT NULL
);
"""

#: code, name, region, channel, commission %, active, share of sales
_BROKERS = [
    ("BRK01", "Hargreaves & Lowe Insurance Brokers", "North West", "B", 12.5, 1, 22),
    ("BRK02", "Castle Cover Ltd", "Midlands", "B", 11.0, 1, 16),
    ("BRK03", "Pennine Risk Partners", "Yorkshire", "B", 10.0, 1, 9),
    ("AGT04", "Marsh Lane Agency", "North West", "A", 8.5, 1, 6),
    ("AGT05", "Severn Valley Agents", "South West", "A", 8.0, 1, 4),
    ("BRK06", "Thames Gateway Brokers", "London", "B", 13.0, 1, 7),
    ("AGT07", "Cotswold Insurance Agency", "South West", "A", 7.5, 0, 2),
    ("BRK08", "Northumbria Brokerage", "North East", "B", 10.5, 1, 3),
    ("DSK09", "Direct Sales Desk Leeds", "Yorkshire", "D", 0.0, 1, 5),
    ("AGT10", "Fenland Agents", "East", "A", 9.0, 1, 1),
    ("BRK11", "Solent Brokers", "South East", "B", 12.0, 0, 0),
]
#: code, name, line of business, cover level, base premium
_PRODUCTS = [
    ("MCOMP", "Motor Comprehensive", "MOTOR", "Comprehensive", 640),
    ("MTPFT", "Motor Third Party Fire & Theft", "MOTOR", "TPFT", 520),
    ("MTPO", "Motor Third Party Only", "MOTOR", "TPO", 470),
    ("MYDRV", "Young Driver Telematics", "MOTOR", "Comprehensive", 1150),
    ("HBLD", "Home Buildings Only", "HOME", "Buildings", 210),
    ("HCON", "Home Contents Only", "HOME", "Contents", 130),
    ("HCOMB", "Home Buildings & Contents", "HOME", "Combined", 330),
    ("HLAND", "Landlord Buildings", "HOME", "Buildings", 290),
]
#: code, description, line, weight, typical cost
_PERILS = [
    ("ACC", "Accidental collision", "MOTOR", 40, 2800),
    ("THF", "Theft of vehicle", "MOTOR", 8, 9000),
    ("WSC", "Windscreen damage", "MOTOR", 22, 350),
    ("VAN", "Vandalism", "MOTOR", 7, 900),
    ("FIR", "Vehicle fire", "MOTOR", 2, 7000),
    ("EOW", "Escape of water", "HOME", 20, 4200),
    ("STM", "Storm damage", "HOME", 14, 3100),
    ("FLD", "Flood", "HOME", 4, 18000),
    ("BUR", "Burglary", "HOME", 12, 2600),
    ("ACD", "Accidental damage", "HOME", 16, 700),
    ("SUB", "Subsidence", "HOME", 2, 24000),
    ("HFR", "House fire", "HOME", 2, 30000),
]
#: first name, surname, team, grade, hire date, share of claims
_ADJUSTERS = [
    ("Karen", "Whitfield", "MOTOR", 3, "2012-03-05", 14),
    ("Dean", "Sutcliffe", "MOTOR", 2, "2017-06-19", 9),
    ("Priya", "Nair", "MOTOR", 2, "2019-01-14", 7),
    ("Tom", "Barraclough", "MOTOR", 1, "2022-09-05", 4),
    ("Joanne", "Pickles", "MOTOR", 4, "2008-11-03", 3),
    ("Imran", "Qureshi", "PROPERTY", 3, "2014-04-22", 12),
    ("Siobhan", "Kearney", "PROPERTY", 2, "2018-08-13", 8),
    ("Gavin", "Hollis", "PROPERTY", 1, "2023-02-27", 3),
    ("Rachel", "Ogden", "PROPERTY", 2, "2016-10-10", 6),
    ("Martin", "Cropper", "MAJOR LOSS", 4, "2006-05-15", 0),
    ("Alison", "Grundy", "MAJOR LOSS", 4, "2010-01-04", 0),
    ("Lewis", "Fairbairn", "PROPERTY", 1, "2025-05-12", 0),
]
_CITIES = [("Manchester", "M", 14), ("Leeds", "LS", 11), ("Birmingham", "B", 12), ("Bristol", "BS", 7),
           ("Liverpool", "L", 9), ("Sheffield", "S", 6), ("Newcastle", "NE", 5), ("London", "SE", 8),
           ("Nottingham", "NG", 5), ("York", "YO", 3), ("Preston", "PR", 4), ("Norwich", "NR", 2)]  # fmt: skip
_FIRST_M = ["James", "John", "Robert", "Michael", "David", "Paul", "Mark", "Steven", "Gary", "Andrew", "Craig",
            "Lee", "Daniel", "Ryan", "Ben", "Chris", "Wayne", "Tariq", "Piotr", "Sean"]  # fmt: skip
_FIRST_F = ["Susan", "Sarah", "Karen", "Julie", "Lisa", "Claire", "Emma", "Helen", "Nicola", "Laura", "Gemma",
            "Kerry", "Amy", "Zoe", "Fatima", "Sinead", "Anna", "Joanne", "Louise", "Hayley"]  # fmt: skip
_SURNAMES = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Wright", "Walker",
             "Thompson", "Evans", "Roberts", "Green", "Hall", "Wood", "Clarke", "Hughes", "Lewis", "Turner",
             "Hill", "Cooper", "Ward", "Moore", "Khan", "Patel", "Ali", "Murphy", "O'Brien", "Bennett",
             "Shaw", "Holmes", "Barker", "Marsden", "Ashworth", "Kowalczyk", "Duffy", "Lord", "Pearson",
             "Kay"]  # fmt: skip
#: make, model, value when new, weight
_CARS = [("Ford", "Fiesta", 18000, 14), ("Ford", "Focus", 23000, 10), ("Vauxhall", "Corsa", 17500, 11),
         ("Volkswagen", "Golf", 26000, 10), ("Volkswagen", "Polo", 19000, 6), ("Toyota", "Yaris", 20000, 7),
         ("Toyota", "Corolla", 27000, 5), ("Nissan", "Qashqai", 28000, 8), ("BMW", "3 Series", 38000, 5),
         ("Audi", "A3", 31000, 4), ("Kia", "Sportage", 30000, 5), ("Tesla", "Model 3", 42000, 3),
         ("Mercedes-Benz", "A-Class", 33000, 3), ("Hyundai", "Tucson", 29000, 4),
         ("Land Rover", "Range Rover Evoque", 45000, 2)]  # fmt: skip
_PROP_TYPES = [("Semi-detached", 30), ("Terraced", 28), ("Detached", 18), ("Flat", 16), ("Bungalow", 8)]
_TODAY = dt.date(2025, 6, 30)


def _postcode(rng: random.Random, area: str) -> str:
    """A made-up postcode in the postcode ``area`` (such as LS for Leeds)."""
    district, sector = rng.randint(1, 28), rng.randint(1, 9)
    return f"{area}{district} {sector}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEHJLNPRSTUWXYZ')}"


def _rows(seed: int = 40417) -> dict[str, list[tuple]]:  # noqa: PLR0915 - one generator per table, in order
    rng = random.Random(seed)
    brokers = [(i, *b[:6]) for i, b in enumerate(_BROKERS, 1)]
    products = [p[:4] for p in _PRODUCTS]
    perils = [p[:3] for p in _PERILS]
    adjusters = [(i, f"ADJ{100 + i * 3}", *a[:5]) for i, a in enumerate(_ADJUSTERS, 1)]
    names = rng.sample([(f, s, "M") for f in _FIRST_M for s in _SURNAMES] +
                       [(f, s, "F") for f in _FIRST_F for s in _SURNAMES], 700)  # fmt: skip
    holders = []
    for i in range(1, 701):
        city, area, _ = rng.choices(_CITIES, weights=[c[2] for c in _CITIES])[0]
        dob = random_day(rng, dt.date(1944, 1, 1), dt.date(2006, 12, 31))
        since = random_day(rng, max(dt.date(2008, 1, 1), dob.replace(year=dob.year + 18)), dt.date(2025, 5, 31))
        ncd = min(_TODAY.year - dob.year - 17, rng.choices(range(10), weights=[6, 5, 5, 5, 4, 4, 4, 3, 3, 9])[0])
        first, last, sex = names[i - 1]
        holders.append((i, f"C{300000 + i * 41}", first, last, dob.isoformat(), sex, _postcode(rng, area), city,
                        max(ncd, 0), since.isoformat()))  # fmt: skip
    # policies: most customers hold one, some hold two or three (car and home, or a renewal)
    holder_pool = (
        [h[0] for h in holders] + rng.sample([h[0] for h in holders], 330) + rng.sample([h[0] for h in holders], 170)
    )
    holder_pool = holder_pool[:1200]
    rng.shuffle(holder_pool)
    policies, vehicles, properties = [], [], []
    broker_weights = [b[6] for b in _BROKERS]
    for i, holder_id in enumerate(holder_pool, 1):
        holder = holders[holder_id - 1]
        age = _TODAY.year - int(holder[4][:4])
        product = rng.choices(_PRODUCTS, weights=[30, 9, 4, 6 if age < 26 else 1, 8, 9, 22, 4])[0]
        since = dt.date.fromisoformat(holder[9])
        incep = random_day(rng, max(since, dt.date(2021, 1, 1)), dt.date(2025, 6, 30))
        direct = rng.random() < 0.27
        broker_id = None if direct else rng.choices(brokers, weights=broker_weights)[0][0]
        if broker_id == 7 and incep > dt.date(2023, 6, 30):  # the Cotswold agency stopped trading mid-2023
            broker_id = 1
        exp = incep.replace(year=incep.year + 1) - dt.timedelta(days=1) if incep.month != 2 or incep.day != 29 else (
            dt.date(incep.year + 1, 2, 28))  # fmt: skip
        prem = product[4] * rng.uniform(0.7, 1.45)
        if product[2] == "MOTOR":
            prem *= 1.9 if age < 25 else (1.0 if age < 70 else 1.25)
            prem *= 1 - 0.045 * holder[8]
        if holder[7] == "London":
            prem *= 1.2
        cancelled = rng.random() < 0.06
        if cancelled:
            status = "C"
        elif exp < _TODAY:
            status = rng.choices(["X", "L"], weights=[3, 1])[0]
        else:
            status = "A"
        policies.append((i, f"{'MP' if product[2] == 'MOTOR' else 'HP'}{700000 + i * 13}", holder_id, product[0],
                         broker_id, incep.isoformat(), exp.isoformat(), round(prem, 2),
                         rng.choice([0, 100, 250, 250, 500]) if product[2] == "MOTOR" else rng.choice([0, 100, 250]),
                         rng.choices(["M", "A"], weights=[58, 42])[0], status))  # fmt: skip
        if product[2] == "MOTOR":
            make, model, new_val, _ = rng.choices(_CARS, weights=[c[3] for c in _CARS])[0]
            yr = rng.randint(2008, 2025)
            val = round(new_val * (0.85 ** (2025 - yr)) / 100) * 100
            fuel = "E" if make == "Tesla" else rng.choices("PDHE", weights=[55, 25, 13, 7])[0]
            age_id = yr % 100 if yr % 2 else yr % 100 + 50
            area = rng.choice("ABCDEFGHKLMNPRSVWY") + rng.choice("ABCDEFGHJKLMNOPRSTUVWXY")
            letters = "".join(rng.choice("ABCDEFGHJKLMNOPRSTUVWXYZ") for _ in range(3))
            reg = f"{area}{age_id:02d} {letters}"
            vehicles.append((len(vehicles) + 1, i, reg, make, model, yr, max(val, 900), fuel,
                             rng.choice(range(3000, 20001, 500))))  # fmt: skip
        elif product[0] != "HCON" or rng.random() < 0.9:
            ptype = rng.choices(_PROP_TYPES, weights=[t[1] for t in _PROP_TYPES])[0][0]
            beds = {"Flat": rng.randint(1, 2), "Terraced": rng.randint(2, 3), "Bungalow": rng.randint(2, 3)}.get(
                ptype, rng.randint(3, 5)
            )
            rebuild = round((beds * 52000 + rng.randint(20000, 90000)) * (1.3 if ptype == "Detached" else 1), -3)
            contents = 0 if product[0] in ("HBLD", "HLAND") else rng.choice([25000, 35000, 50000, 75000, 100000])
            area = next(c[1] for c in _CITIES if c[0] == holder[7])
            properties.append((len(properties) + 1, i, _postcode(rng, area), holder[7], ptype, beds,
                               rng.randint(1890, 2022), int(rebuild), contents, int(rng.random() < 0.08)))  # fmt: skip
    # claims: about one policy in three, some policies claim again and again
    by_team = {
        "MOTOR": [a for a in _ADJUSTERS if a[2] == "MOTOR"],
        "HOME": [a for a in _ADJUSTERS if a[2] == "PROPERTY" and a[5]],
    }
    claim_weights = [0 if p[0] % 3 == 1 else (9 if p[0] % 53 == 8 else 1) for p in policies]
    claims = []
    for _ in range(760):
        policy = rng.choices(policies, weights=claim_weights)[0]
        lob = next(p[2] for p in _PRODUCTS if p[0] == policy[3])
        start, end = dt.date.fromisoformat(policy[5]), min(dt.date.fromisoformat(policy[6]), _TODAY)
        loss = random_day(rng, start, end)
        fnol = min(loss + dt.timedelta(days=rng.choices([0, 1, 2, 5, 12, 40], weights=[30, 30, 15, 12, 8, 5])[0]),
                   _TODAY)  # fmt: skip
        options = [p for p in _PERILS if p[2] == lob]
        if policy[3] == "MTPO":
            options = [p for p in options if p[0] == "ACC"]
        elif policy[3] == "MTPFT":
            options = [p for p in options if p[0] in ("ACC", "THF", "FIR")]
        peril = rng.choices(options, weights=[p[3] for p in options])[0]
        cost = peril[4] * rng.lognormvariate(0, 0.55)
        major = cost > 20000
        days_old = (_TODAY - fnol).days
        status = "O" if days_old < rng.randint(20, 150) else rng.choices("SDW", weights=[80, 12, 8])[0]
        if major:
            adjuster = rng.choice([10, 11])
        elif days_old < 3 and rng.random() < 0.7:
            adjuster = None
        else:
            team = by_team[lob]
            adjuster = _ADJUSTERS.index(rng.choices(team, weights=[a[5] for a in team])[0]) + 1
        fraud = int(rng.random() < (0.12 if peril[0] in ("THF", "FIR", "BUR") else 0.02))
        if fraud and status != "O":
            status = "D"
        tp = int(peril[0] == "ACC" and lob == "MOTOR" and rng.random() < 0.55)
        claims.append([policy[0], loss, fnol, peril[0], adjuster, status, round(cost * rng.uniform(0.9, 1.3), 2),
                       fraud, tp, cost])  # fmt: skip
    claims.sort(key=lambda c: (c[2], c[0]))
    payments = []
    claim_rows = []
    for i, (policy_id, loss, fnol, peril, adjuster, status, reserve, fraud, tp, cost) in enumerate(claims, 1):
        claim_rows.append((i, f"CLM{fnol.year}-{i:05d}", policy_id, loss.isoformat(), fnol.isoformat(), peril,
                           adjuster, status, reserve, fraud, tp))  # fmt: skip
        if status in ("D", "W") or (status == "O" and rng.random() < 0.55):
            continue
        parts = 1 if cost < 1500 else rng.choices([1, 2, 3, 4], weights=[4, 4, 2, 1])[0]
        paid_total = cost * (rng.uniform(0.3, 0.7) if status == "O" else 1)
        day = fnol
        for k in range(parts):
            day = min(day + dt.timedelta(days=rng.randint(5, 60)), _TODAY)
            if peril in ("WSC", "ACC") or (peril in ("EOW", "STM", "FIR", "HFR", "SUB") and k == 0):
                payee = "REP"
            else:
                payee = "PH"
            if tp and k == parts - 1 and parts > 1:
                payee = rng.choice(["TP", "TP", "SOL"])
            method = "CHQ" if rng.random() < 0.08 else "BACS"
            payments.append((len(payments) + 1, i, day.isoformat(), round(paid_total / parts, 2), payee, method))
    payments.sort(key=lambda p: (p[2], p[1]))
    payments = [(i, *p[1:]) for i, p in enumerate(payments, 1)]
    return {"brokers": brokers, "policyholders": holders, "products": products, "policies": policies,
            "vehicles": vehicles, "properties": properties, "adjusters": adjusters, "perils": perils,
            "claims": claim_rows, "claim_payments": payments}  # fmt: skip


def build_insurance_database(path: str | Path) -> Path:
    """Write the insurer's database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
