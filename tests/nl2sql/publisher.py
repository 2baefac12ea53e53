"""A made-up trade book publisher with seven imprints, written by someone who had not seen the engine's rules: the
``publisher`` dev set's database.

Eleven tables with foreign keys: ``imprint`` (``imp_cd``, ``imp_nm``, the ``city`` it is run from, ``est_yr`` the
year founded, ``act_flg`` 1 still publishing / 0 closed to new titles), ``agents`` (literary agents: ``agt_nm``, the
``agency`` they work at, ``ctry`` and ``comm_pct`` their commission), ``authors`` (``fst_nm``, ``lst_nm``, a
``pen_nm`` or NULL, ``ctry``, ``agt_id`` their agent or NULL when unagented, ``roy_pct`` the royalty rate on net
receipts and ``debut_yr``), ``titles`` (``ttl_nm``, author, imprint, ``genre``, ``stat_cd`` 'F' forthcoming /
'I' in print / 'O' out of print, ``pub_dt`` the publication date and ``adv_amt`` the advance paid to the author for
the title, in GBP), ``editions`` (a title in one ``fmt`` 'H' hardback / 'P' paperback / 'E' ebook / 'A' audiobook,
with its ``isbn``, ``list_amt`` the recommended retail price in GBP, ``pg_cnt`` pages (NULL for audio) and
``ed_dt`` the edition's release date), ``print_runs`` (a printing of a hardback or paperback edition: ``run_dt``,
``qty`` copies, ``printer`` and ``unit_cost`` per copy), ``accts`` (retailer accounts: ``acct_nm``, ``acct_typ``
'C' bookshop chain / 'I' independent bookshop / 'O' online retailer / 'W' wholesaler / 'L' library supplier,
``city``, ``ctry``, ``disc_pct`` trade discount off list, ``stat`` 'A' active / 'S' on stop (suspended for unpaid
invoices) / 'X' closed, and ``open_dt``), ``so_hdr`` (sales orders: account, ``ord_dt``, ``ship_dt`` NULL until
shipped, ``stat`` 'O' open / 'S' shipped / 'C' cancelled, and the customer's ``po_ref``), ``so_ln`` (order lines:
an edition, ``qty`` copies and ``net_amt`` the line value after the account's discount, GBP), ``rtns`` (copies of an
order line sent back: ``rtn_dt``, ``qty``, ``rsn_cd`` 'U' unsold / 'D' damaged / 'W' wrong item sent, and
``cr_amt`` the credit issued) and ``roy_stmt`` (half-yearly royalty statements per author and title: ``prd_end``
the last day of the half year, ``units`` copies sold net of returns, ``earn_amt`` royalties earned and ``pay_amt``
paid out once the advance is earned back). Rows come from a fixed seed, so every build holds the same rows; a few
titles and a few big accounts carry most of the sales, some accounts never ordered, some agents have no authors,
and forthcoming titles have no sales yet.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_publisher_database(pathlib.Path(tempfile.mkdtemp()) / "publisher.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM titles").fetchone()
    (84,)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_publisher_database"]

_SCHEMA = """
CREATE TABLE imprint (
    imp_id INTEGER PRIMARY KEY, imp_cd TEXT NOT NULL, imp_nm TEXT NOT NULL, city TEXT NOT NULL,
    est_yr INTEGER NOT NULL, act_flg INTEGER NOT NULL
);
CREATE TABLE agents (
    agt_id INTEGER PRIMARY KEY, agt_nm TEXT NOT NULL, agency TEXT NOT NULL, ctry TEXT NOT NULL,
    comm_pct NUMERIC NOT NULL
);
CREATE TABLE authors (
    auth_id INTEGER PRIMARY KEY, fst_nm TEXT NOT NULL, lst_nm TEXT NOT NULL, pen_nm TEXT, ctry TEXT NOT NULL,
    agt_id INTEGER REFERENCES agents (agt_id), roy_pct NUMERIC NOT NULL, debut_yr INTEGER NOT NULL
);
CREATE TABLE titles (
    ttl_id INTEGER PRIMARY KEY, ttl_nm TEXT NOT NULL, auth_id INTEGER NOT NULL REFERENCES authors (auth_id),
    imp_id INTEGER NOT NULL REFERENCES imprint (imp_id), genre TEXT NOT NULL, stat_cd TEXT NOT NULL,
    pub_dt DATE NOT NULL, adv_amt NUMERIC NOT NULL
);
CREATE TABLE editions (
    ed_id INTEGER PRIMARY KEY, ttl_id INTEGER NOT NULL REFERENCES titles (ttl_id), fmt TEXT NOT NULL,
    isbn TEXT NOT NULL, list_amt NUMERIC NOT NULL, pg_cnt INTEGER, ed_dt DATE NOT NULL
);
CREATE TABLE print_runs (
    run_id INTEGER PRIMARY KEY, ed_id INTEGER NOT NULL REFERENCES editions (ed_id), run_dt DATE NOT NULL,
    qty INTEGER NOT NULL, printer TEXT NOT NULL, unit_cost NUMERIC NOT NULL
);
CREATE TABLE accts (
    acct_id INTEGER PRIMARY KEY, acct_nm TEXT NOT NULL, acct_typ TEXT NOT NULL, city TEXT NOT NULL,
    ctry TEXT NOT NULL, disc_pct NUMERIC NOT NULL, stat TEXT NOT NULL, open_dt DATE NOT NULL
);
CREATE TABLE so_hdr (
    so_id INTEGER PRIMARY KEY, acct_id INTEGER NOT NULL REFERENCES accts (acct_id), ord_dt DATE NOT NULL,
    ship_dt DATE, stat TEXT NOT NULL, po_ref TEXT NOT NULL
);
CREATE TABLE so_ln (
    ln_id INTEGER PRIMARY KEY, so_id INTEGER NOT NULL REFERENCES so_hdr (so_id),
    ed_id INTEGER NOT NULL REFERENCES editions (ed_id), qty INTEGER NOT NULL, net_amt NUMERIC NOT NULL
);
CREATE TABLE rtns (
    rtn_id INTEGER PRIMARY KEY, ln_id INTEGER NOT NULL REFERENCES so_ln (ln_id), rtn_dt DATE NOT NULL,
    qty INTEGER NOT NULL, rsn_cd TEXT NOT NULL, cr_amt NUMERIC NOT NULL
);
CREATE TABLE roy_stmt (
    stmt_id INTEGER PRIMARY KEY, auth_id INTEGER NOT NULL REFERENCES authors (auth_id),
    ttl_id INTEGER NOT NULL REFERENCES titles (ttl_id), prd_end DATE NOT NULL, units INTEGER NOT NULL,
    earn_amt NUMERIC NOT NULL, pay_amt NUMERIC NOT NULL
);
"""

#: code, name, city, founded, still publishing, genres it publishes
_IMPRINTS = [
    ("HRN", "Heron Books", "London", 1962, 1, ["Literary Fiction", "Biography"]),
    ("QLL", "Quill & Lantern", "London", 1988, 1, ["Literary Fiction", "History", "Poetry"]),
    ("NSP", "Northsea Press", "Edinburgh", 1975, 1, ["Crime", "History", "Travel"]),
    ("SLT", "Saltmarsh", "Norwich", 2004, 1, ["Nature", "Travel", "Cookery"]),
    ("BLK", "Blackthorn", "Manchester", 1997, 1, ["Crime", "Thriller"]),
    ("JUN", "Juniper Kids", "London", 2010, 1, ["Children's", "Young Adult"]),
    ("GRY", "Greyfriars", "Oxford", 1951, 0, ["History", "Biography"]),
]
#: agent name, agency, country, commission
_AGENTS = [
    ("Philippa Marsh", "Marsh & Doyle", "UK", 15), ("Tom Ashworth", "Curtis Ashworth", "UK", 15),
    ("Nadia Rahman", "Blue Door Literary", "UK", 15), ("Gregor McBride", "McBride Agency", "UK", 12.5),
    ("Susan Klein", "Klein Lit", "USA", 20), ("Aoife Brennan", "Harbour Lights", "Ireland", 15),
    ("Jonathan Wells", "Wells Fargeon", "UK", 15), ("Marta Lindqvist", "Nordlit", "Sweden", 20),
]  # fmt: skip
_FIRST = ["Anna", "Ben", "Clara", "Daniel", "Eleanor", "Felix", "Grace", "Hugo", "Isobel", "James", "Kirsty", "Liam",
          "Maya", "Niall", "Olivia", "Patrick", "Rosa", "Samuel", "Tessa", "Victor", "Wendy", "Yusuf", "Zoe",
          "Ewan"]  # fmt: skip
_LAST = ["Ashby", "Barrow", "Carver", "Dunmore", "Ellery", "Fenwick", "Garside", "Holloway", "Iveson", "Jardine",
         "Kettle", "Lowther", "McAllister", "Norbury", "Okafor", "Pennington", "Quayle", "Rowntree", "Sinclair",
         "Thackeray", "Underwood", "Varga", "Whitlock", "Yardley"]  # fmt: skip
_CTRY = ["UK"] * 8 + ["Ireland", "USA", "Canada", "Australia"]
_WORDS_A = ["The Silent", "A Winter", "The Glass", "The Last", "Salt", "The Hollow", "Northern", "The Paper",
            "Small", "The Drowned", "Broken", "The Lantern", "Bright", "The Night", "Iron", "The Orchard", "Deep",
            "The Long", "Wild", "The Quiet"]  # fmt: skip
_WORDS_B = ["Harbour", "Garden", "Orchard", "Fires", "Shore", "Letters", "Machine", "Kingdom", "River", "Hours",
            "Island", "Road", "Field", "Tide", "Witness", "House", "Marsh", "Songs", "Winter", "Crossing"]  # fmt: skip
#: account name, type, city, country, discount, status, opened, order weight
_ACCTS = [
    ("Waterstones", "C", "London", "UK", 50, "A", "2009-03-01", 30),
    ("Amazon EU", "O", "Luxembourg", "LU", 55, "A", "2011-06-15", 38),
    ("Gardners Books", "W", "Eastbourne", "UK", 55, "A", "2008-01-10", 22),
    ("WHSmith Travel", "C", "Swindon", "UK", 50, "A", "2012-05-01", 8),
    ("Blackwell's", "C", "Oxford", "UK", 45, "A", "2010-09-20", 7),
    ("Foyles", "C", "London", "UK", 45, "S", "2013-02-11", 3),
    ("Bertrams", "W", "Norwich", "UK", 52, "X", "2008-01-10", 2),
    ("Hive.co.uk", "O", "Bath", "UK", 45, "A", "2014-07-07", 4),
    ("Askews & Holts", "L", "Preston", "UK", 42, "A", "2012-11-01", 3),
    ("Peters Books", "L", "Birmingham", "UK", 40, "A", "2015-03-03", 2),
    ("Easons", "C", "Dublin", "IE", 45, "A", "2016-04-18", 2),
    ("Topping & Co", "I", "Bath", "UK", 35, "A", "2017-01-09", 1.5),
    ("Mr B's Emporium", "I", "Bath", "UK", 35, "A", "2017-06-12", 1),
    ("Lutyens & Rubinstein", "I", "London", "UK", 35, "A", "2018-02-01", 1),
    ("The Edinburgh Bookshop", "I", "Edinburgh", "UK", 35, "A", "2016-10-10", 1.2),
    ("Golden Hare Books", "I", "Edinburgh", "UK", 35, "A", "2019-05-20", 0.8),
    ("Booka Bookshop", "I", "Oswestry", "UK", 35, "S", "2018-08-08", 0.6),
    ("Linghams", "I", "Heswall", "UK", 35, "A", "2015-11-11", 0.8),
    ("Book-ish", "I", "Crickhowell", "UK", 35, "A", "2019-09-02", 0.7),
    ("Kenny's Bookshop", "I", "Galway", "IE", 35, "A", "2020-01-15", 0.6),
    ("The Bookhive", "I", "Norwich", "UK", 35, "X", "2014-04-04", 0.5),
    ("Readings", "I", "Melbourne", "AU", 40, "A", "2021-03-01", 0.5),
    ("Libreria", "I", "London", "UK", 35, "A", "2022-06-01", 0),
    ("Chapter One Books", "I", "Leeds", "UK", 35, "A", "2025-02-03", 0),
    ("Harbour Books", "I", "Whitby", "UK", 35, "S", "2016-05-05", 0),
    ("Bookbarn International", "O", "Bristol", "UK", 45, "A", "2023-09-01", 0),
    ("Scottish Book Supply", "W", "Glasgow", "UK", 50, "A", "2013-08-19", 1.5),
    ("Browns Books for Students", "L", "Hull", "UK", 40, "X", "2011-01-20", 0.4),
]
_PRINTERS = ["CPI Group", "Clays", "TJ Books", "Bell & Bain"]


def _rows(seed: int = 52017) -> dict[str, list[tuple]]:  # noqa: PLR0912, PLR0915 - one generator per table
    rng = random.Random(seed)
    imprints = [(i, *m[:5]) for i, m in enumerate(_IMPRINTS, 1)]
    agents = [(i, *a) for i, a in enumerate(_AGENTS, 1)]
    names = rng.sample([(f, s) for f in _FIRST for s in _LAST], 42)
    authors = []
    for i in range(1, 43):
        first, last = names[i - 1]
        agent = None if i % 9 == 4 else rng.choices(range(1, 7), weights=[8, 6, 5, 3, 2, 1])[0]
        pen = f"{rng.choice(['J.', 'A.', 'M.', 'R.'])} {rng.choice(_LAST)}" if i % 11 == 5 else None
        roy = rng.choice([7.5, 10, 10, 12.5, 15])
        authors.append((i, first, last, pen, rng.choice(_CTRY), agent, roy, rng.randint(1985, 2023)))
    titles = []
    used = set()
    for i in range(1, 85):
        # authors 39-42 are newly signed: no titles yet
        auth = rng.choices(range(1, 39), weights=[4 if a % 7 == 1 else 1 for a in range(1, 39)])[0]
        imp = rng.choices(range(1, 8), weights=[5, 4, 4, 3, 4, 3, 2])[0]
        genre = rng.choice(_IMPRINTS[imp - 1][5])
        while True:
            name = f"{rng.choice(_WORDS_A)} {rng.choice(_WORDS_B)}"
            if name not in used:
                used.add(name)
                break
        stat = "O" if imp == 7 else rng.choices(["I", "F", "O"], weights=[14, 2, 2])[0]
        if stat == "F":
            pub = random_day(rng, dt.date(2025, 7, 1), dt.date(2026, 6, 30))
        elif stat == "O":
            pub = random_day(rng, dt.date(1998, 1, 1), dt.date(2016, 12, 31))
        else:
            pub = random_day(rng, dt.date(2014, 1, 1), dt.date(2025, 3, 31))
        adv = rng.choice([750, 1000, 1500, 2500, 4000, 6000, 10000, 25000])
        titles.append((i, name, auth, imp, genre, stat, pub.isoformat(), adv))
    editions = []
    for t in titles:
        pub = dt.date.fromisoformat(t[6])
        kids = t[4] in ("Children's", "Young Adult")
        fmts = ["H", "P", "E"] if rng.random() < 0.55 else ["P", "E"]
        if rng.random() < 0.35 and not kids:
            fmts.append("A")
        if t[5] == "O":
            fmts = [f for f in fmts if f != "A"]
        pages = rng.randint(180, 520) if not kids else rng.randint(32, 320)
        for fmt in fmts:
            day = pub + dt.timedelta(days=365 if fmt == "P" and "H" in fmts else 0)
            price = {"H": rng.choice([16.99, 18.99, 20.0, 22.0, 25.0]), "P": rng.choice([8.99, 9.99, 10.99, 12.99]),
                     "E": rng.choice([4.99, 6.99, 7.99]), "A": rng.choice([14.99, 19.99, 24.99])}[fmt]  # fmt: skip
            if kids and fmt == "P":
                price = rng.choice([6.99, 7.99])
            ed_id = len(editions) + 1
            isbn = f"978{rng.choice(['0', '1'])}{ed_id * 7919 % 100000000:08d}"
            isbn += str((10 - sum((3 if k % 2 else 1) * int(c) for k, c in enumerate(isbn)) % 10) % 10)
            editions.append((ed_id, t[0], fmt, isbn, price, None if fmt == "A" else pages, day.isoformat()))
    runs = []
    for e in editions:
        if e[2] not in ("H", "P") or titles[e[1] - 1][5] == "F" and rng.random() < 0.5:
            continue
        first = dt.date.fromisoformat(e[6]) - dt.timedelta(days=rng.randint(30, 60))
        n = rng.choices([1, 2, 3, 5], weights=[6, 3, 2, 1])[0]
        for k in range(n):
            day = first + dt.timedelta(days=k * rng.randint(120, 400))
            qty = rng.choice([1500, 2000, 3000, 5000, 8000]) if k == 0 else rng.choice([1000, 1500, 2000, 3000])
            cost = round((1.6 if e[2] == "H" else 0.9) + (e[5] or 200) / 400 + rng.uniform(-0.2, 0.3), 2)
            runs.append((0, e[0], day.isoformat(), qty, rng.choice(_PRINTERS), cost))
    runs.sort(key=lambda r: (r[2], r[1]))
    runs = [(i, *r[1:]) for i, r in enumerate(runs, 1)]
    accts = [(i, *a[:7]) for i, a in enumerate(_ACCTS, 1)]
    # which editions sell: nothing forthcoming or out of print; a few bestsellers dominate
    start, end = dt.date(2023, 1, 1), dt.date(2025, 6, 30)
    sellable = [e for e in editions if titles[e[1] - 1][5] == "I"]
    hits = set(rng.sample([t[0] for t in titles if t[5] == "I"], 5))
    ed_weight = [(25 if e[1] in hits else 1) * {"H": 1, "P": 2.5, "E": 1.2, "A": 0.5}[e[2]] for e in sellable]
    orders, lines = [], []
    for so in range(1, 1401):
        acct = rng.choices(accts, weights=[a[7] for a in _ACCTS])[0]
        opened = dt.date.fromisoformat(acct[7])
        while True:
            day = random_day(rng, max(start, opened), end)
            if day.weekday() < 5:
                break
        stat = rng.choices(["S", "O", "C"], weights=[90, 4, 6])[0]
        if day > dt.date(2025, 6, 16) and stat == "S":
            stat = "O"
        ship = (day + dt.timedelta(days=rng.randint(1, 9))).isoformat() if stat == "S" else None
        orders.append((so, acct[0], day.isoformat(), ship, stat, f"PO{acct[0]:02d}-{rng.randint(10000, 99999)}"))
        n = rng.choices([1, 2, 3, 4, 6], weights=[5, 4, 3, 2, 1])[0]
        picked = []
        for _ in range(n):
            ed = rng.choices(sellable, weights=ed_weight)[0]
            if ed[0] in picked or ed[6] > day.isoformat():
                continue
            picked.append(ed[0])
            big = acct[2] in ("C", "O", "W")
            qty = rng.choice([5, 10, 20, 25, 50, 100]) if big else rng.choice([1, 2, 3, 5, 10])
            if ed[2] in ("E", "A"):
                qty = rng.randint(10, 200) if acct[2] == "O" else rng.randint(1, 5)
            net = round(qty * ed[4] * (1 - acct[5] / 100), 2)
            lines.append((len(lines) + 1, so, ed[0], qty, net))
    returns = []
    for ln in lines:
        order = orders[ln[1] - 1]
        ed = editions[ln[2] - 1]
        if order[4] != "S" or ed[2] in ("E", "A") or rng.random() > 0.09:
            continue
        reason = rng.choices(["U", "D", "W"], weights=[7, 2, 1])[0]
        qty = ln[3] if reason == "W" else max(1, round(ln[3] * rng.uniform(0.1, 0.6)))
        day = dt.date.fromisoformat(order[3]) + dt.timedelta(days=rng.randint(10, 240) if reason == "U" else
                                                             rng.randint(3, 20))  # fmt: skip
        if day > dt.date(2025, 6, 30):
            continue
        returns.append((0, ln[0], day.isoformat(), qty, reason, round(ln[4] * qty / ln[3], 2)))
    returns.sort(key=lambda r: (r[2], r[1]))
    returns = [(i, *r[1:]) for i, r in enumerate(returns, 1)]
    # royalty statements: net receipts per title and half year, advance earned back before anything is paid
    halves = [("2023-06-30", "2023-01-01"), ("2023-12-31", "2023-07-01"), ("2024-06-30", "2024-01-01"),
              ("2024-12-31", "2024-07-01"), ("2025-06-30", "2025-01-01")]  # fmt: skip
    units, receipts = {}, {}
    for ln in lines:
        order = orders[ln[1] - 1]
        if order[4] != "S":
            continue
        ttl = editions[ln[2] - 1][1]
        half = next(h for h, s in halves if s <= order[3] <= h)
        units[ttl, half] = units.get((ttl, half), 0) + ln[3]
        receipts[ttl, half] = receipts.get((ttl, half), 0) + ln[4]
    for r in returns:
        ln = lines[r[1] - 1]
        ttl = editions[ln[2] - 1][1]
        half = next(h for h, s in halves if s <= r[2] <= h)
        units[ttl, half] = units.get((ttl, half), 0) - r[3]
        receipts[ttl, half] = receipts.get((ttl, half), 0) - r[5]
    stmts = []
    for t in titles:
        if t[5] != "I":
            continue
        rate = authors[t[2] - 1][6] / 100
        earned_total, paid_total = 0.0, 0.0
        for half, _ in halves:
            if (t[0], half) not in units:
                continue
            earned = round(max(receipts[t[0], half], 0) * rate, 2)
            earned_total += earned
            pay = round(max(0.0, earned_total - t[7] - paid_total), 2)
            paid_total += pay
            stmts.append((0, t[2], t[0], half, units[t[0], half], earned, pay))
    stmts.sort(key=lambda s: (s[3], s[2]))
    stmts = [(i, *s[1:]) for i, s in enumerate(stmts, 1)]
    return {"imprint": imprints, "agents": agents, "authors": authors, "titles": titles, "editions": editions,
            "print_runs": runs, "accts": accts, "so_hdr": orders, "so_ln": lines, "rtns": returns,
            "roy_stmt": stmts}  # fmt: skip


def build_publisher_database(path: str | Path) -> Path:
    """Write the publisher's database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
