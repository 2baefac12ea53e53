"""A made-up craft brewery in the north of England that brews beers in batches, packages them in kegs, casks, cans
and bottles and sells to pubs, shops, restaurants and distributors, written by someone who had not seen the engine's
rules: the ``brewery`` dev set's database.

Eleven tables with foreign keys: ``rgn`` (sales regions: a ``rgn_cd`` such as 'NW', ``rgn_nm`` and ``cntry``),
``reps`` (sales reps: ``rep_nm``, home ``rgn_cd``, ``hire_dt`` and ``actv`` 1 still employed / 0 left), ``beers``
(a ``beer_cd``, ``beer_nm``, ``style``, ``abv`` in percent, ``core_flg`` 1 all-year core range / 0 seasonal or special,
``launch_dt``), ``batches`` (a brew: ``batch_no`` such as B24-031, the beer, ``brew_dt``, ``vol_hl`` volume brewed in
hectolitres, ``brwr`` the head brewer's initials and ``sts`` 'F' fermenting / 'C' conditioning / 'P' packaged / 'D'
dumped), ``pkg`` (packaging formats: a ``pkg_cd`` such as K30, ``pkg_desc``, ``ctr_typ`` 'K' keg / 'A' cask / 'C' can
/ 'B' bottle, ``unit_ltr`` litres in one sold unit and ``rtnbl`` 1 returnable container), ``prods`` (a sellable
``sku``: a beer in a packaging format with its ``list_amt`` list charge per unit in pounds and ``actv`` 1 on the price
list / 0 withdrawn), ``custs`` (trade customers: ``cust_nm``, ``cust_typ`` 'P' pub / 'S' bottle shop or off-licence /
'R' restaurant / 'D' distributor or wholesaler, ``rgn_cd``, ``town``, their ``rep_id``, ``pay_terms`` in days,
``cr_lim`` credit limit in pounds, ``sts`` 'A' active / 'H' on hold / 'C' closed account, ``open_dt``), ``inv``
(invoices: ``inv_no``, customer, ``inv_dt``, ``due_dt``, ``pay_dt`` (empty until paid), ``sts`` 'P' paid / 'O' open /
'W' written off as bad debt, ``net_amt`` the goods total before VAT and ``vat_amt``), ``inv_ln`` (invoice lines: the
product, the ``batch_id`` it was filled from, ``qty`` units, ``unit_amt`` charged per unit, ``disc_pct`` discount in
percent and ``ln_amt`` the line total after discount), ``dlv`` (delivery attempts for an invoice: ``sched_dt``,
``dlv_dt`` (empty when the drop failed), ``drv_nm`` the driver and ``sts`` 'D' delivered on time / 'L' delivered late /
'F' failed) and ``rtns`` (goods sent back against an invoice line: ``rtn_dt``, ``qty``, ``rsn_cd`` 'Q' quality fault /
'B' damaged in transit / 'X' out of date / 'W' wrong item sent, and ``cr_amt`` the credit given). Invoices run from
January 2023 to June 2025. Rows come from a fixed seed, so every build holds the same rows; a handful of distributors
and big pubs account for much of the trade, some customers never ordered, one rep has no customers, the Welsh region
has no customers yet and the alcohol-free beer has not sold.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_brewery_database(pathlib.Path(tempfile.mkdtemp()) / "brewery.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM beers").fetchone()
    (14,)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_brewery_database"]

_SCHEMA = """
CREATE TABLE rgn (
    rgn_cd TEXT PRIMARY KEY, rgn_nm TEXT NOT NULL, cntry TEXT NOT NULL
);
CREATE TABLE reps (
    id INTEGER PRIMARY KEY, rep_nm TEXT NOT NULL, rgn_cd TEXT NOT NULL REFERENCES rgn (rgn_cd), hire_dt DATE NOT NULL,
    actv INTEGER NOT NULL
);
CREATE TABLE beers (
    id INTEGER PRIMARY KEY, beer_cd TEXT NOT NULL, beer_nm TEXT NOT NULL, style TEXT NOT NULL, abv NUMERIC NOT NULL,
    core_flg INTEGER NOT NULL, launch_dt DATE NOT NULL
);
CREATE TABLE batches (
    id INTEGER PRIMARY KEY, batch_no TEXT NOT NULL, beer_id INTEGER NOT NULL REFERENCES beers (id),
    brew_dt DATE NOT NULL, vol_hl NUMERIC NOT NULL, brwr TEXT NOT NULL, sts TEXT NOT NULL
);
CREATE TABLE pkg (
    pkg_cd TEXT PRIMARY KEY, pkg_desc TEXT NOT NULL, ctr_typ TEXT NOT NULL, unit_ltr NUMERIC NOT NULL,
    rtnbl INTEGER NOT NULL
);
CREATE TABLE prods (
    id INTEGER PRIMARY KEY, sku TEXT NOT NULL, beer_id INTEGER NOT NULL REFERENCES beers (id),
    pkg_cd TEXT NOT NULL REFERENCES pkg (pkg_cd), list_amt NUMERIC NOT NULL, actv INTEGER NOT NULL
);
CREATE TABLE custs (
    id INTEGER PRIMARY KEY, cust_nm TEXT NOT NULL, cust_typ TEXT NOT NULL, rgn_cd TEXT NOT NULL REFERENCES rgn (rgn_cd),
    town TEXT NOT NULL, rep_id INTEGER NOT NULL REFERENCES reps (id), pay_terms INTEGER NOT NULL,
    cr_lim NUMERIC NOT NULL, sts TEXT NOT NULL, open_dt DATE NOT NULL
);
CREATE TABLE inv (
    id INTEGER PRIMARY KEY, inv_no TEXT NOT NULL, cust_id INTEGER NOT NULL REFERENCES custs (id),
    inv_dt DATE NOT NULL, due_dt DATE NOT NULL, pay_dt DATE, sts TEXT NOT NULL, net_amt NUMERIC NOT NULL,
    vat_amt NUMERIC NOT NULL
);
CREATE TABLE inv_ln (
    id INTEGER PRIMARY KEY, inv_id INTEGER NOT NULL REFERENCES inv (id), prod_id INTEGER NOT NULL REFERENCES prods (id),
    batch_id INTEGER NOT NULL REFERENCES batches (id), qty INTEGER NOT NULL, unit_amt NUMERIC NOT NULL,
    disc_pct NUMERIC NOT NULL, ln_amt NUMERIC NOT NULL
);
CREATE TABLE dlv (
    id INTEGER PRIMARY KEY, inv_id INTEGER NOT NULL REFERENCES inv (id), sched_dt DATE NOT NULL, dlv_dt DATE,
    drv_nm TEXT NOT NULL, sts TEXT NOT NULL
);
CREATE TABLE rtns (
    id INTEGER PRIMARY KEY, inv_ln_id INTEGER NOT NULL REFERENCES inv_ln (id), rtn_dt DATE NOT NULL,
    qty INTEGER NOT NULL, rsn_cd TEXT NOT NULL, cr_amt NUMERIC NOT NULL
);
"""

#: code, name, country, towns
_REGIONS = [
    ("NW", "North West", "England", ["Manchester", "Liverpool", "Preston", "Lancaster", "Bolton"]),
    ("YH", "Yorkshire", "England", ["Leeds", "Sheffield", "York", "Hull"]),
    ("NE", "North East", "England", ["Newcastle", "Sunderland", "Durham"]),
    ("MID", "Midlands", "England", ["Birmingham", "Nottingham", "Leicester", "Derby"]),
    ("LON", "London", "England", ["London"]),
    ("SCO", "Scotland", "Scotland", ["Glasgow", "Edinburgh"]),
    ("WAL", "Wales", "Wales", ["Cardiff"]),
]
#: name, region, hired, still employed
_REPS = [("Dave Whitworth", "NW", "2018-03-05", 1), ("Priya Chauhan", "NW", "2021-06-14", 1),
         ("Gemma Lister", "YH", "2019-09-02", 1), ("Callum Reid", "SCO", "2022-01-10", 1),
         ("Tom Asante", "MID", "2020-04-20", 0), ("Jo Pemberton", "LON", "2021-11-01", 1),
         ("Sean Doyle", "NE", "2019-02-11", 1), ("Bethan Morgan", "WAL", "2025-04-07", 1)]  # fmt: skip
#: code, name, style, abv, core, launched, popularity, months sold (None: all year), brew every n days
_BEERS = [
    ("PAL", "Mill Race Pale", "Pale Ale", 4.2, 1, "2016-05-01", 30, None, 14),
    ("IPA", "Ironworks IPA", "IPA", 6.2, 1, "2016-05-01", 22, None, 18),
    ("BIT", "Canal Bitter", "Bitter", 3.8, 1, "2016-05-01", 12, None, 24),
    ("STT", "Coal Seam Stout", "Stout", 5.0, 1, "2017-10-01", 9, None, 30),
    ("LAG", "Northern Lager", "Lager", 4.6, 1, "2019-03-01", 16, None, 20),
    ("POR", "Lamplighter Porter", "Porter", 5.4, 1, "2018-10-01", 5, None, 45),
    ("SES", "Session Haze", "Session IPA", 3.6, 1, "2021-04-01", 11, None, 26),
    ("DIP", "Double Weave DIPA", "Double IPA", 8.0, 0, "2020-02-01", 3, None, 70),
    ("SOU", "Rhubarb Sour", "Sour", 4.0, 0, "2022-04-01", 6, (4, 5, 6, 7, 8), 60),
    ("WHT", "Summer Wheat", "Wheat Beer", 4.8, 0, "2019-05-01", 8, (5, 6, 7, 8), 40),
    ("XMS", "Winter Warmer", "Old Ale", 6.5, 0, "2017-11-01", 7, (11, 12, 1), 50),
    ("BAR", "Old Loom Barley Wine", "Barley Wine", 10.5, 0, "2021-10-01", 2, (10, 11, 12, 1, 2), 120),
    ("NEI", "Cloud Factory NEIPA", "IPA", 6.8, 0, "2023-06-01", 5, None, 55),
    ("ALF", "Zero Loom", "Alcohol Free", 0.5, 0, "2025-06-02", 0, None, 0),
]
#: code, description, container type, litres, returnable
_PKG = [("K30", "30L keg", "K", 30, 1), ("K50", "50L keg", "K", 50, 1), ("CSK", "Firkin cask (40.9L)", "A", 40.9, 1),
        ("C44", "440ml can, case of 24", "C", 10.56, 0), ("B33", "330ml bottle, case of 12", "B", 3.96, 0),
        ("B50", "500ml bottle, case of 12", "B", 6.0, 0)]  # fmt: skip
#: formats each beer comes in
_FORMATS = {
    "PAL": ["K30", "K50", "CSK", "C44"], "IPA": ["K30", "K50", "C44", "B33"], "BIT": ["CSK", "K30", "B50"],
    "STT": ["K30", "CSK", "C44", "B50"], "LAG": ["K30", "K50", "C44"], "POR": ["CSK", "B50"],
    "SES": ["K30", "C44"], "DIP": ["K30", "C44"], "SOU": ["K30", "C44"], "WHT": ["K30", "B33"],
    "XMS": ["CSK", "B50"], "BAR": ["B33"], "NEI": ["K30", "C44"], "ALF": ["C44"],
}  # fmt: skip
#: formats each kind of customer buys
_BUYS = {"P": ["K30", "K50", "CSK"], "S": ["C44", "B33", "B50"], "R": ["K30", "B33", "B50", "C44"],
         "D": ["K30", "K50", "CSK", "C44", "B33", "B50"]}  # fmt: skip
_BASE_AMT = {"K30": 84.0, "K50": 132.0, "CSK": 92.0, "C44": 34.0, "B33": 17.5, "B50": 24.0}
#: name, region, town, share of orders
_DISTRIBUTORS = [
    ("Northern Ales Distribution", "NW", "Manchester", 14), ("Pennine Drinks Ltd", "YH", "Leeds", 11),
    ("Capital Craft Wholesale", "LON", "London", 9), ("Caledonian Beer Co", "SCO", "Glasgow", 5),
    ("Midland Cask Supply", "MID", "Birmingham", 3), ("Tyne Trade Drinks", "NE", "Newcastle", 0.6),
]  # fmt: skip
_PUB_A = ["Red", "Black", "White", "Golden", "Royal", "Old", "Green", "Blue", "Crown", "Kings", "Jolly", "Silver"]
_PUB_B = ["Lion", "Swan", "Bull", "Horse", "Hart", "Anchor", "Oak", "Boar", "Stag", "Plough", "Mitre", "Crow",
          "Sailor", "Fleece"]  # fmt: skip
_SHOP = ["Bottle Shop", "Hop Cellar", "Craft Corner", "Beer Emporium", "Off Licence", "Tap & Bottle"]
_REST = ["Kitchen", "Bistro", "Smokehouse", "Brasserie", "Pizza Co", "Grill"]
_BREWERS = ["JH", "JH", "JH", "MK", "MK", "AL"]
_DRIVERS = ["Gary Holt", "Kev Marsh", "Steph Quinn", "Ian Rowley"]
_MONTH_WT = {1: 0.7, 2: 0.7, 3: 0.85, 4: 0.95, 5: 1.1, 6: 1.25, 7: 1.3, 8: 1.25, 9: 1.0, 10: 0.95, 11: 1.0, 12: 1.4}
_START, _END = dt.date(2023, 1, 1), dt.date(2025, 6, 30)


def _rows(seed: int = 4417) -> dict[str, list[tuple]]:  # noqa: C901, PLR0912, PLR0915 - one generator per table
    rng = random.Random(seed)
    regions = [r[:3] for r in _REGIONS]
    reps = [(i, *r) for i, r in enumerate(_REPS, 1)]
    beers = [(i, *b[:6]) for i, b in enumerate(_BEERS, 1)]
    beer_by_cd = {b[0]: i for i, b in enumerate(_BEERS, 1)}
    pkgs = [p[:5] for p in _PKG]
    prods = []
    for b_cd, fmts in _FORMATS.items():
        b = _BEERS[beer_by_cd[b_cd] - 1]
        for f in fmts:
            amt = _BASE_AMT[f] * (1 + (b[3] - 4.5) * 0.06) * (1.08 if b[4] == 0 else 1)
            actv = 0 if (b_cd, f) in {("BIT", "B50"), ("POR", "B50"), ("DIP", "K30")} else 1
            prods.append((len(prods) + 1, f"{b_cd}-{f}", beer_by_cd[b_cd], f, round(amt * 2) / 2, actv))
    # batches: every beer brewed on a cycle from late 2022, the newest still in tank
    batches = []
    for b_id, b in enumerate(_BEERS, 1):
        if b[8] == 0:
            continue
        day = dt.date(2022, 10, 3) + dt.timedelta(days=rng.randrange(10))
        while day <= dt.date(2025, 6, 27):
            near_season = b[7] is None or any(((m - day.month) % 12) in (0, 1) for m in b[7])
            if near_season:
                vol = rng.choice([10, 20, 20, 20, 30]) if b[6] >= 10 else rng.choice([5, 10, 10, 20])
                batches.append([0, "", b_id, day, vol, rng.choice(_BREWERS), "P"])
            day += dt.timedelta(days=b[8] + rng.randint(-3, 3) if b[7] is None else max(12, b[8] // 4))
    batches.append([0, "", beer_by_cd["ALF"], dt.date(2025, 6, 16), 10, "AL", "F"])
    batches.sort(key=lambda r: (r[3], r[2]))
    per_year: dict[int, int] = {}
    for i, b in enumerate(batches, 1):
        per_year[b[3].year] = per_year.get(b[3].year, 0) + 1
        b[0], b[1] = i, f"B{b[3].year % 100:02d}-{per_year[b[3].year]:03d}"
        if b[6] == "P":
            if b[3] > dt.date(2025, 6, 18):
                b[6] = "F"
            elif b[3] > dt.date(2025, 6, 4):
                b[6] = "C"
            elif rng.random() < 0.035:
                b[6] = "D"
    usable: dict[int, list] = {}
    for b in batches:
        if b[6] == "P":
            usable.setdefault(b[2], []).append(b)
    # customers
    custs = []
    pub_names = rng.sample([f"The {a} {b}" for a in _PUB_A for b in _PUB_B], 70)
    weights = []
    for name, rcd, town, wt in _DISTRIBUTORS:
        custs.append([name, "D", rcd, town])
        weights.append(wt)
    reg_wt = {"NW": 10, "YH": 6, "NE": 3, "MID": 4, "LON": 3, "SCO": 2}
    reg_list = list(reg_wt)
    used_other: set[str] = set()
    for i in range(110):
        typ = rng.choices(["P", "S", "R"], weights=[62, 26, 12])[0]
        rcd = rng.choices(reg_list, weights=[reg_wt[r] for r in reg_list])[0]
        town = rng.choice(next(r[3] for r in _REGIONS if r[0] == rcd))
        if typ == "P":
            name = pub_names.pop()
        else:
            while True:
                name = f"{town} {rng.choice(_SHOP if typ == 'S' else _REST)}"
                if typ == "R":
                    name = f"{rng.choice(['Rosa', 'Fire', 'Ember', 'Salt', 'Brick', 'Larder'])} {rng.choice(_REST)}"
                    name += f" {town}"
                if name not in used_other:
                    used_other.add(name)
                    break
        custs.append([name, typ, rcd, town])
        big = 9 if i in (3, 17, 40) else (4 if i % 9 == 2 else 1)
        weights.append(0 if i % 10 == 7 else big * (0.6 if typ == "S" else 1))
    rep_for = {"NW": [1, 1, 2], "YH": [3], "SCO": [4], "MID": [5], "LON": [6], "NE": [7]}
    custs_rows = []
    for i, (name, typ, rcd, town) in enumerate(custs, 1):
        rep = rng.choice(rep_for[rcd])
        terms = 45 if typ == "D" else rng.choice([14, 30, 30, 30])
        lim = {"D": 25000, "P": 3000, "S": 1500, "R": 2000}[typ] * rng.choice([1, 1, 2])
        sts = "A"
        if weights[i - 1] == 0:
            sts = rng.choice(["A", "C", "C"])
        elif i % 13 == 5:
            sts = "H"
        elif i % 17 == 8:
            sts = "C"
        opened = random_day(rng, dt.date(2016, 6, 1), dt.date(2022, 12, 31))
        if weights[i - 1] == 0 and sts == "A":
            opened = random_day(rng, dt.date(2025, 5, 1), dt.date(2025, 6, 25))
        custs_rows.append((i, name, typ, rcd, town, rep, terms, lim, sts, opened.isoformat()))
    # invoices with their lines
    prods_by_beer: dict[int, list] = {}
    for p in prods:
        prods_by_beer.setdefault(p[2], []).append(p)
    inv, lines = [], []
    days = []
    while len(days) < 2600:
        day = random_day(rng, _START, _END)
        growth = 0.8 if day.year == 2023 else (1.0 if day.year == 2024 else 1.15)
        if day.weekday() < 6 and rng.random() < _MONTH_WT[day.month] * growth / 1.8:
            days.append(day)
    days.sort()
    for n, day in enumerate(days, 1):
        cust = custs_rows[rng.choices(range(len(custs_rows)), weights=weights)[0]]
        typ = cust[2]
        in_season = [b for b in range(1, len(_BEERS) + 1)
                     if _BEERS[b - 1][6] > 0 and (_BEERS[b - 1][7] is None or day.month in _BEERS[b - 1][7])
                     and dt.date.fromisoformat(_BEERS[b - 1][5]) <= day]  # fmt: skip
        n_lines = rng.randint(3, 7) if typ == "D" else rng.choices([1, 2, 3, 4], weights=[4, 4, 2, 1])[0]
        chosen: list[int] = []
        for _ in range(n_lines * 3):
            if len(chosen) >= n_lines:
                break
            beer = rng.choices(in_season, weights=[_BEERS[b - 1][6] for b in in_season])[0]
            options = [p for p in prods_by_beer[beer] if p[3] in _BUYS[typ] and p[5] == 1]
            if not options:
                continue
            prod = rng.choice(options)
            if prod[0] not in chosen:
                chosen.append(prod[0])
        if not chosen:
            chosen = [prods[0][0]]
        inv_id = len(inv) + 1
        net = 0.0
        for pid in chosen:
            prod = prods[pid - 1]
            bulk = prod[3] in ("C44", "B33", "B50")
            qty = (
                (rng.randint(10, 60) if bulk else rng.randint(4, 24))
                if typ == "D"
                else (rng.randint(2, 10) if bulk else rng.choices([1, 2, 3, 4, 6], weights=[5, 6, 3, 2, 1])[0])
            )
            disc = rng.choice([10, 12.5, 15]) if typ == "D" else rng.choice([0, 0, 0, 0, 5])
            unit = prod[4] if day.year < 2024 else round(prod[4] * (1.04 if day.year == 2024 else 1.07) * 2) / 2
            cands = [b for b in usable[prod[2]] if b[3] <= day - dt.timedelta(days=12)]
            batch = cands[-1] if cands else usable[prod[2]][0]
            if len(cands) > 1 and rng.random() < 0.3:
                batch = cands[-2]
            amt = round(qty * unit * (1 - disc / 100), 2)
            net += amt
            lines.append((len(lines) + 1, inv_id, pid, batch[0], qty, unit, disc, amt))
        net = round(net, 2)
        due = day + dt.timedelta(days=cust[6])
        if cust[8] == "H" and rng.random() < 0.25 and day.year < 2025:
            sts, paid = "W", None
        elif due >= dt.date(2025, 6, 1) or rng.random() < 0.03:
            sts, paid = "O", None
        else:
            sts, paid = "P", (day + dt.timedelta(days=rng.randint(3, cust[6] + 20))).isoformat()
        inv.append((inv_id, f"INV{100000 + inv_id * 3}", cust[0], day.isoformat(), due.isoformat(), paid, sts, net,
                    round(net * 0.2, 2)))  # fmt: skip
    # deliveries: most drops go on time, a failed drop is tried again
    dlv = []
    for i in inv:
        day = dt.date.fromisoformat(i[3])
        sched = day + dt.timedelta(days=rng.randint(0, 3))
        if sched > _END:
            continue
        driver = rng.choices(_DRIVERS, weights=[5, 4, 3, 1])[0]
        outcome = rng.choices("DLF", weights=[85, 10, 5 if driver != "Ian Rowley" else 14])[0]
        if outcome == "D":
            dlv.append((0, i[0], sched.isoformat(), sched.isoformat(), driver, "D"))
        elif outcome == "L":
            dlv.append((0, i[0], sched.isoformat(), (sched + dt.timedelta(days=rng.randint(1, 4))).isoformat(),
                        driver, "L"))  # fmt: skip
        else:
            dlv.append((0, i[0], sched.isoformat(), None, driver, "F"))
            again = sched + dt.timedelta(days=rng.randint(1, 3))
            dlv.append((0, i[0], again.isoformat(), again.isoformat(), rng.choice(_DRIVERS), "D"))
    dlv = [(k, *d[1:]) for k, d in enumerate(dlv, 1)]
    # returns: a sour that goes off and a bad batch of stout stand out
    bad_batch = next(b[0] for b in batches if b[2] == beer_by_cd["STT"] and b[3] >= dt.date(2024, 2, 1))
    rtns = []
    for ln in lines:
        prod = prods[ln[2] - 1]
        rate = 0.025 + (0.07 if prod[2] == beer_by_cd["SOU"] else 0) + (0.5 if ln[3] == bad_batch else 0)
        if rng.random() >= rate:
            continue
        day = dt.date.fromisoformat(inv[ln[1] - 1][3]) + dt.timedelta(days=rng.randint(3, 40))
        if day > _END:
            continue
        reason = "Q" if ln[3] == bad_batch else rng.choices("QBXW", weights=[40 if prod[2] == 9 else 20, 25, 10, 8])[0]
        qty = rng.randint(1, max(1, ln[4] // 3)) if reason != "W" else ln[4]
        rtns.append((0, ln[0], day.isoformat(), qty, reason, round(qty * ln[5] * (1 - ln[6] / 100), 2)))
    rtns.sort(key=lambda r: (r[2], r[1]))
    rtns = [(k, *r[1:]) for k, r in enumerate(rtns, 1)]
    batch_rows = [(b[0], b[1], b[2], b[3].isoformat(), b[4], b[5], b[6]) for b in batches]
    return {"rgn": regions, "reps": reps, "beers": beers, "batches": batch_rows, "pkg": pkgs, "prods": prods,
            "custs": custs_rows, "inv": inv, "inv_ln": lines, "dlv": dlv, "rtns": rtns}  # fmt: skip


def build_brewery_database(path: str | Path) -> Path:
    """Write the brewery's database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
