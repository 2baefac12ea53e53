"""A made-up group of five regional museums in Yorkshire, written by someone who had not seen the engine's rules: the
``museum`` dev set's database.

Eleven tables with foreign keys: ``sites`` (a ``site_cd``, ``site_nm``, ``city``, ``opened_dt``, ``free_entry`` 0/1
flag: general admission is free and only special exhibitions are ticketed), ``galleries`` (a room at a site:
``gal_nm``, ``flr`` floor number, ``clim_ctl`` 0/1 climate-controlled flag, ``sts`` 'O' open / 'C' closed for
refurbishment), ``makers`` (artists and makers: ``maker_nm``, ``natl`` nationality, ``born_yr``, ``died_yr`` empty for
living makers, ``mkr_typ`` 'I' individual artist / 'W' workshop or studio / 'F' factory or manufacturer),
``objects`` (the collection: an accession number ``accn_no``, ``title``, ``obj_typ`` such as Painting or Ceramic,
``maker_id`` (empty when the maker is unknown), ``made_yr``, the owning ``site_id``, ``gal_id`` the gallery it is shown
in (empty when in store), ``acq_mthd`` 'P' purchase / 'G' gift / 'B' bequest / 'T' transfer from another public body
/ 'F' field collection or excavation, ``acq_dt``, ``acq_cost`` what was paid (0 unless purchased), ``valn_amt`` the
current insurance valuation in pounds, ``cond_cd`` 'E' excellent / 'G' good / 'F' fair / 'P' poor), ``exhibitions``
(an ``exh_cd``, ``exh_ttl``, site, ``exh_typ`` 'P' permanent display / 'T' temporary / 'R' touring (received from
elsewhere), ``start_dt``, ``end_dt``, ``bdgt_amt`` budget), ``exh_items`` (which objects were shown in which
exhibition), ``loans`` (objects lent to or borrowed from other institutions: ``loan_ref``, ``dir`` 'O' outgoing (our
object, ``obj_id`` set) / 'I' incoming (their object, described in ``item_ttl``, ``obj_id`` empty), ``inst_nm`` and
``inst_ctry`` of the other institution, ``exh_id`` the exhibition it is for when it is one of ours, ``out_dt``,
``due_dt``, ``ret_dt`` empty until returned, ``fee_amt`` loan fee, ``sts`` 'P' pending / 'A' active / 'R' returned /
'X' cancelled), ``tkt_types`` (a ``tkt_cd`` such as ADL adult or CON concession, description and ``std_fee``),
``tkt_sales`` (a sale at a site on ``sale_dt``: ``tkt_cd``, ``qty`` tickets, ``tot_amt`` takings, ``chnl`` 'W' web /
'D' front desk / 'K' kiosk, ``exh_id`` when the ticket was for a special exhibition), ``members`` (a ``mbr_no``,
``first_nm``, ``last_nm``, ``city``, ``tier`` 'I' individual / 'J' joint / 'F' family / 'P' patron, home ``site_id``,
``join_dt``, ``exp_dt``, ``sts`` 'A' active / 'L' lapsed / 'C' cancelled, ``gift_aid`` 0/1) and ``donations`` (a gift
of money on ``don_dt``: ``mbr_id`` when given by a member, ``donor_nm``, ``site_id``, ``amt``, ``fund_cd`` 'G' general
/ 'A' acquisitions / 'E' education / 'C' conservation, ``anon`` 0/1 wishes to stay anonymous). Rows come from a fixed
seed, so every build holds the same rows; ticket sales, donations and loans are skewed towards the biggest sites and a
few donors, and some makers have no objects, some objects were never exhibited and some members never donated.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_museum_database(pathlib.Path(tempfile.mkdtemp()) / "museum.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM objects").fetchone()
    (640,)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_museum_database"]

_SCHEMA = """
CREATE TABLE sites (
    id INTEGER PRIMARY KEY, site_cd TEXT NOT NULL, site_nm TEXT NOT NULL, city TEXT NOT NULL, opened_dt DATE NOT NULL,
    free_entry INTEGER NOT NULL
);
CREATE TABLE galleries (
    id INTEGER PRIMARY KEY, site_id INTEGER NOT NULL REFERENCES sites (id), gal_nm TEXT NOT NULL, flr INTEGER NOT NULL,
    clim_ctl INTEGER NOT NULL, sts TEXT NOT NULL
);
CREATE TABLE makers (
    id INTEGER PRIMARY KEY, maker_nm TEXT NOT NULL, natl TEXT NOT NULL, born_yr INTEGER, died_yr INTEGER,
    mkr_typ TEXT NOT NULL
);
CREATE TABLE objects (
    id INTEGER PRIMARY KEY, accn_no TEXT NOT NULL, title TEXT NOT NULL, obj_typ TEXT NOT NULL,
    maker_id INTEGER REFERENCES makers (id), made_yr INTEGER, site_id INTEGER NOT NULL REFERENCES sites (id),
    gal_id INTEGER REFERENCES galleries (id), acq_mthd TEXT NOT NULL, acq_dt DATE NOT NULL, acq_cost NUMERIC NOT NULL,
    valn_amt NUMERIC NOT NULL, cond_cd TEXT NOT NULL
);
CREATE TABLE exhibitions (
    id INTEGER PRIMARY KEY, exh_cd TEXT NOT NULL, exh_ttl TEXT NOT NULL, site_id INTEGER NOT NULL REFERENCES sites (id),
    exh_typ TEXT NOT NULL, start_dt DATE NOT NULL, end_dt DATE NOT NULL, bdgt_amt NUMERIC NOT NULL
);
CREATE TABLE exh_items (
    exh_id INTEGER NOT NULL REFERENCES exhibitions (id), obj_id INTEGER NOT NULL REFERENCES objects (id),
    PRIMARY KEY (exh_id, obj_id)
);
CREATE TABLE loans (
    id INTEGER PRIMARY KEY, loan_ref TEXT NOT NULL, dir TEXT NOT NULL, obj_id INTEGER REFERENCES objects (id),
    item_ttl TEXT, inst_nm TEXT NOT NULL, inst_ctry TEXT NOT NULL, exh_id INTEGER REFERENCES exhibitions (id),
    out_dt DATE NOT NULL, due_dt DATE NOT NULL, ret_dt DATE, fee_amt NUMERIC NOT NULL, sts TEXT NOT NULL
);
CREATE TABLE tkt_types (
    tkt_cd TEXT PRIMARY KEY, descr TEXT NOT NULL, std_fee NUMERIC NOT NULL
);
CREATE TABLE tkt_sales (
    id INTEGER PRIMARY KEY, site_id INTEGER NOT NULL REFERENCES sites (id), sale_dt DATE NOT NULL,
    tkt_cd TEXT NOT NULL REFERENCES tkt_types (tkt_cd), qty INTEGER NOT NULL, tot_amt NUMERIC NOT NULL,
    chnl TEXT NOT NULL, exh_id INTEGER REFERENCES exhibitions (id)
);
CREATE TABLE members (
    id INTEGER PRIMARY KEY, mbr_no TEXT NOT NULL, first_nm TEXT NOT NULL, last_nm TEXT NOT NULL, city TEXT NOT NULL,
    tier TEXT NOT NULL, site_id INTEGER NOT NULL REFERENCES sites (id), join_dt DATE NOT NULL, exp_dt DATE NOT NULL,
    sts TEXT NOT NULL, gift_aid INTEGER NOT NULL
);
CREATE TABLE donations (
    id INTEGER PRIMARY KEY, mbr_id INTEGER REFERENCES members (id), donor_nm TEXT NOT NULL,
    site_id INTEGER NOT NULL REFERENCES sites (id), don_dt DATE NOT NULL, amt NUMERIC NOT NULL, fund_cd TEXT NOT NULL,
    anon INTEGER NOT NULL
);
"""

#: code, name, city, opened, free entry, weight of visitors
_SITES = [
    ("CMG", "Castlegate Museum and Art Gallery", "York", "1893-05-11", 0, 10),
    ("RWM", "Riverside Works Museum", "Leeds", "1978-09-02", 1, 6),
    ("HGH", "Holm Gardens House", "Harrogate", "1951-04-20", 0, 3),
    ("QSG", "Quayside Gallery", "Hull", "2004-06-12", 1, 4),
    ("MMC", "Moorland Mining Collection", "Skipton", "1989-07-01", 0, 1),
]
#: site, gallery name, floor, climate controlled, status
_GALLERIES = [
    (1, "Great Hall", 0, 0, "O"), (1, "Victorian Picture Gallery", 1, 1, "O"), (1, "Roman York", -1, 1, "O"),
    (1, "Decorative Arts Room", 1, 1, "O"), (1, "Print Room", 2, 1, "C"), (1, "Special Exhibitions Gallery", 0, 1, "O"),
    (2, "Engine Hall", 0, 0, "O"), (2, "Textile Floor", 1, 1, "O"), (2, "Workers' Lives", 1, 0, "O"),
    (2, "Mezzanine", 2, 0, "C"),
    (3, "Drawing Room", 0, 1, "O"), (3, "Long Gallery", 1, 1, "O"), (3, "Servants' Hall", -1, 0, "O"),
    (4, "Gallery One", 0, 1, "O"), (4, "Gallery Two", 0, 1, "O"), (4, "Project Space", 1, 0, "O"),
    (5, "Pit Head", 0, 0, "O"), (5, "Lamp Room", 0, 0, "C"),
]  # fmt: skip
#: name, nationality, born, died, type, weight
_MAKERS = [
    ("Thomas Ashworth", "British", 1812, 1879, "I", 14), ("Eleanor Vance", "British", 1868, 1941, "I", 9),
    ("William Etty", "British", 1787, 1849, "I", 11), ("Henri Delacroix-Maury", "French", 1834, 1902, "I", 4),
    ("Leeds Pottery", "British", None, None, "F", 16), ("Wedgwood", "British", None, None, "F", 10),
    ("Rockingham Works", "British", None, None, "F", 5), ("Morris & Co.", "British", None, None, "W", 7),
    ("Grace Holroyd", "British", 1950, None, "I", 3), ("Kwame Mensah", "Ghanaian", 1971, None, "I", 2),
    ("Ingrid Solberg", "Norwegian", 1962, None, "I", 2), ("Anna Kowalczyk", "Polish", 1980, None, "I", 1),
    ("Peter Ridsdale", "British", 1901, 1977, "I", 4), ("Marjorie Pratt", "British", 1922, 2009, "I", 3),
    ("Johannes van Heel", "Dutch", 1640, 1701, "I", 2), ("Giovanni Ferrante", "Italian", 1702, 1768, "I", 1),
    ("Chippendale Workshop", "British", None, None, "W", 3), ("Fenton Glassworks", "British", None, None, "F", 4),
    ("Harriet Booth", "British", 1889, 1960, "I", 2), ("Samuel Whitby", "British", 1745, 1810, "I", 2),
    ("Lucie Marchand", "French", 1955, None, "I", 1), ("Hiroshi Tanaka", "Japanese", 1948, None, "I", 1),
    ("Aire Valley Mills", "British", None, None, "F", 6), ("Robert Thompson", "British", 1876, 1955, "W", 3),
    ("Edith Carr", "British", 1903, 1988, "I", 0), ("Moritz Lindqvist", "Swedish", 1911, 1983, "I", 0),
    ("Clara Benn", "British", 1985, None, "I", 0), ("Omar Haddad", "Lebanese", 1966, None, "I", 0),
]  # fmt: skip
#: object type, weight, typical value, title words
_OBJ_TYPES = [
    ("Painting", 20, 45000, ["Portrait of a Lady", "View of the Ouse", "Harvest Scene", "Moorland Storm",
                             "Still Life with Fruit", "The Minster at Dusk", "Study of a Horse", "Seascape"]),
    ("Ceramic", 22, 2500, ["Creamware Teapot", "Punch Bowl", "Dinner Plate", "Pair of Vases", "Jug", "Tureen"]),
    ("Textile", 12, 1800, ["Woven Panel", "Sampler", "Wall Hanging", "Shawl", "Banner"]),
    ("Furniture", 8, 12000, ["Oak Chair", "Writing Desk", "Side Table", "Chest of Drawers", "Bookcase"]),
    ("Glass", 8, 1500, ["Wine Glass", "Decanter", "Goblet", "Bowl"]),
    ("Sculpture", 7, 30000, ["Bust of a Man", "Standing Figure", "Torso", "Reclining Form"]),
    ("Archaeology", 12, 800, ["Roman Coin", "Brooch", "Pottery Sherd", "Altar Fragment", "Hairpin"]),
    ("Industrial", 9, 5000, ["Miner's Lamp", "Loom Shuttle", "Steam Gauge", "Pit Tub", "Signal Bell"]),
    ("Print", 10, 900, ["Etching of Whitby", "Lithograph", "Woodcut", "Engraved Map"]),
]  # fmt: skip
#: which object types each site collects
_SITE_TYPES = {
    1: ["Painting", "Ceramic", "Furniture", "Glass", "Sculpture", "Archaeology", "Print"],
    2: ["Textile", "Industrial", "Ceramic", "Furniture"],
    3: ["Painting", "Furniture", "Ceramic", "Glass", "Textile"],
    4: ["Painting", "Sculpture", "Print", "Textile"],
    5: ["Industrial", "Archaeology"],
}
_TICKETS = [
    ("ADL", "Adult", 12.00, 40), ("CON", "Concession (65+, disabled)", 9.50, 16), ("CHD", "Child 5-16", 5.00, 14),
    ("FAM", "Family (2 adults, 2 children)", 30.00, 10), ("STU", "Student", 8.00, 8),
    ("GRP", "Group (per head)", 9.00, 5),
    ("SCH", "School party (per pupil)", 3.00, 0),
]  # fmt: skip
_INSTITUTIONS = [
    ("National Gallery", "United Kingdom", 6), ("Tate Britain", "United Kingdom", 5),
    ("Victoria and Albert Museum", "United Kingdom", 5), ("Rijksmuseum", "Netherlands", 3),
    ("Musee d'Orsay", "France", 2), ("Manchester Art Gallery", "United Kingdom", 4),
    ("National Museum of Norway", "Norway", 1), ("Yale Center for British Art", "United States", 2),
    ("Science and Industry Museum", "United Kingdom", 3), ("Glasgow Museums", "United Kingdom", 2),
]  # fmt: skip
_FIRST = ["James", "Margaret", "John", "Susan", "David", "Patricia", "Robert", "Janet", "Michael", "Elizabeth",
          "Peter", "Catherine", "Andrew", "Helen", "Richard", "Gillian", "Christopher", "Anne", "Ian", "Judith",
          "Priya", "Tom", "Hannah", "Ben", "Sophie"]  # fmt: skip
_LAST = ["Atkinson", "Barraclough", "Crowther", "Dawson", "Ellis", "Firth", "Greenwood", "Hirst", "Ibbotson",
         "Jowett", "Kitching", "Lister", "Metcalfe", "Naylor", "Oldroyd", "Pickles", "Rhodes", "Sutcliffe",
         "Thackray", "Wainwright", "Holmes", "Shaw", "Singh", "Khan", "Brooke"]  # fmt: skip
_CITIES = [("York", 10), ("Leeds", 8), ("Harrogate", 5), ("Hull", 4), ("Skipton", 1), ("Bradford", 2),
           ("Wakefield", 2), ("London", 1), ("Manchester", 1)]  # fmt: skip
_EXHIBITIONS = [
    # site, title, type, start, end, budget
    (1, "Treasures of Eboracum", "P", "2015-03-01", "2030-12-31", 120000),
    (1, "Etty and the Nude", "T", "2022-02-11", "2022-06-05", 85000),
    (1, "Yorkshire Creamware", "T", "2022-09-16", "2023-01-08", 40000),
    (1, "Impressions of France", "R", "2023-03-10", "2023-07-02", 150000),
    (1, "Victorian Faces", "T", "2023-10-06", "2024-02-25", 60000),
    (1, "Glass: Light and Form", "T", "2024-04-12", "2024-08-31", 45000),
    (1, "Dutch Masters from Private Collections", "R", "2024-10-04", "2025-02-23", 175000),
    (2, "Engines of Industry", "P", "2010-05-01", "2030-12-31", 90000),
    (2, "Threads: Women in the Mills", "T", "2022-04-22", "2022-10-30", 35000),
    (2, "Made in Leeds", "T", "2023-05-19", "2023-11-26", 30000),
    (2, "Arts and Crafts at Home", "T", "2024-03-08", "2024-09-01", 38000),
    (3, "Life Below Stairs", "P", "2012-04-01", "2030-12-31", 25000),
    (3, "The Country House Table", "T", "2022-05-06", "2022-09-25", 18000),
    (3, "Chippendale's Yorkshire", "T", "2024-05-17", "2024-10-27", 52000),
    (4, "New Northern Voices", "T", "2022-03-04", "2022-06-26", 22000),
    (4, "Sea and Sky", "T", "2022-10-14", "2023-02-19", 26000),
    (4, "Contemporary Ceramics Now", "R", "2023-06-09", "2023-10-01", 41000),
    (4, "Kwame Mensah: Tides", "T", "2024-02-02", "2024-05-26", 33000),
    (4, "Northern Light Photography", "T", "2024-09-20", "2025-01-12", 19000),
    (5, "Coal and Community", "P", "2005-07-01", "2030-12-31", 8000),
    (5, "Lamps Through Time", "T", "2025-03-01", "2025-08-31", 6000),
]  # fmt: skip


def _money(value: float) -> float:
    return round(value, 2)


def _rows(seed: int = 20417) -> dict[str, list[tuple]]:  # noqa: PLR0915 - one generator per table, in order
    rng = random.Random(seed)
    sites = [(i, *s[:5]) for i, s in enumerate(_SITES, 1)]
    galleries = [(i, *g) for i, g in enumerate(_GALLERIES, 1)]
    makers = [(i, *m[:5]) for i, m in enumerate(_MAKERS, 1)]
    type_info = {t[0]: t for t in _OBJ_TYPES}
    # which makers make which kinds of thing
    maker_types = {
        "Painting": [1, 2, 3, 4, 9, 13, 14, 15, 16, 19, 20, 21], "Ceramic": [5, 6, 7, 10, 22],
        "Textile": [8, 23, 11, 19], "Furniture": [17, 24, 8], "Glass": [18, 12], "Sculpture": [10, 11, 13, 21, 14],
        "Archaeology": [], "Industrial": [23], "Print": [1, 3, 9, 13, 14, 20],
    }  # fmt: skip
    objects = []
    site_weights = [40, 22, 12, 16, 10]
    for i in range(1, 641):
        site = rng.choices(range(1, 6), weights=site_weights)[0]
        kinds = _SITE_TYPES[site]
        kind = rng.choices(kinds, weights=[type_info[k][1] for k in kinds])[0]
        candidates = maker_types[kind]
        if candidates and rng.random() < 0.85:
            maker = rng.choices(candidates, weights=[_MAKERS[m - 1][5] for m in candidates])[0]
        else:
            maker = None
        if maker is not None:
            born, died = _MAKERS[maker - 1][2], _MAKERS[maker - 1][3]
            if born is None:
                made = rng.randint(1760, 1950)
            else:
                made = rng.randint(born + 20, min(died or 2024, born + 75, 2024))
        elif kind == "Archaeology":
            made = rng.choice([None, None, rng.randint(70, 410)])
        else:
            made = rng.choice([None, rng.randint(1700, 1950)])
        method = rng.choices("PGBTF", weights=[30, 30, 18, 8, 14 if kind in ("Archaeology", "Industrial") else 0])[0]
        earliest = min(2024, max(1900, (made or 1900) + 1, int(_SITES[site - 1][3][:4])))
        acq = random_day(rng, dt.date(earliest, 1, 1), dt.date(2024, 12, 31))
        if rng.random() < 0.12:
            acq = random_day(rng, dt.date(2020, 1, 1), dt.date(2024, 12, 31))
        base = type_info[kind][2] * rng.lognormvariate(0, 1.0)
        if maker in (1, 3, 4, 15):
            base *= 4
        value = round(base / 50) * 50 + 50
        cost = round(value * rng.uniform(0.2, 0.9) * (0.3 if acq.year < 1970 else 1), -1) if method == "P" else 0
        title = rng.choice(type_info[kind][3])
        condition = rng.choices("EGFP", weights=[20, 45, 25, 10])[0]
        site_galleries = [g[0] for g in galleries if g[1] == site and g[5] == "O"]
        gallery = rng.choice(site_galleries) if rng.random() < 0.45 else None
        accn = f"{_SITES[site - 1][0]}.{acq.year}.{i * 3 % 97 + 1}"
        objects.append((i, accn, title, kind, maker, made, site, gallery, method, acq.isoformat(), cost, value,
                        condition))  # fmt: skip
    exhibitions = []
    for i, e in enumerate(_EXHIBITIONS, 1):
        exhibitions.append((i, f"EX{e[3][2:4]}{i:02d}", e[1], e[0], e[2], e[3], e[4], e[5]))
    exh_items = []
    for exh in exhibitions:
        if exh[2] in ("Lamps Through Time",):
            continue  # not yet installed
        pool = [o for o in objects if o[6] == exh[3] and o[0] % 5 != 0]  # every fifth object is never shown
        n = {"P": 30, "T": 15, "R": 4}[exh[4]]
        for o in sorted(rng.sample(pool, min(n, len(pool))), key=lambda o: o[0]):
            exh_items.append((exh[0], o[0]))
    loans = []
    inst_weights = [x[2] for x in _INSTITUTIONS]
    for i in range(1, 91):
        inst, country, _ = rng.choices(_INSTITUTIONS, weights=inst_weights)[0]
        direction = "O" if rng.random() < 0.6 else "I"
        if direction == "O":
            candidates = [o for o in objects if o[6] in (1, 2, 3, 4) and o[12] != "P" and o[11] > 1500]
            obj = rng.choice(candidates)
            obj_id, item, exh_id = obj[0], None, None
            start = random_day(rng, dt.date(2021, 1, 1), dt.date(2025, 3, 31))
            fee = rng.choice([0, 0, 250, 500, 750, 1000, 1500])
        else:
            ours = [e for e in exhibitions if e[4] in ("T", "R")]
            exh = rng.choice(ours)
            obj_id, exh_id = None, exh[0]
            item = f"{rng.choice(['Portrait', 'Landscape', 'Vase', 'Tapestry', 'Figure', 'Drawing'])} " \
                   f"(lent by {inst})"  # fmt: skip
            start = dt.date.fromisoformat(exh[5]) - dt.timedelta(days=rng.randint(7, 30))
            fee = rng.choice([0, 500, 1000, 2000, 3500])
        due = start + dt.timedelta(days=rng.choice([90, 120, 180, 365]))
        if due < dt.date(2025, 1, 1):
            status = "R" if rng.random() < 0.92 else "X"
        elif start > dt.date(2025, 1, 1):
            status = "P"
        else:
            status = "A"
        returned = (due - dt.timedelta(days=rng.randint(0, 10))).isoformat() if status == "R" else None
        loans.append((i, f"LN-{start.year}-{i:03d}", direction, obj_id, item, inst, country, exh_id,
                      start.isoformat(), due.isoformat(), returned, fee if status != "X" else 0, status))  # fmt: skip
    tkt_types = [t[:3] for t in _TICKETS]
    tkt_sales = []
    ticketed = [e for e in exhibitions if e[4] in ("T", "R")]
    for i in range(1, 6001):
        site = rng.choices(range(1, 6), weights=[s[5] for s in _SITES])[0]
        day = random_day(rng, dt.date(2022, 1, 1), dt.date(2024, 12, 31))
        if day.month in (7, 8) and rng.random() < 0.3:
            day = random_day(rng, dt.date(day.year, 7, 15), dt.date(day.year, 8, 31))
        running = [e for e in ticketed if e[3] == site and e[5] <= day.isoformat() <= e[6]]
        if _SITES[site - 1][4] and not running:
            running = [e for e in ticketed if e[3] == site]
            exh = min(running, key=lambda e: abs((dt.date.fromisoformat(e[5]) - day).days))
            day = random_day(rng, dt.date.fromisoformat(exh[5]), min(dt.date.fromisoformat(exh[6]),
                                                                         dt.date(2024, 12, 31)))  # fmt: skip
        else:
            exh = running[0] if running and rng.random() < 0.5 else None
        if _SITES[site - 1][4]:
            exh = exh or running[0]
        code, _, fee, _ = rng.choices(_TICKETS, weights=[t[3] for t in _TICKETS])[0]
        qty = rng.randint(10, 30) if code == "GRP" else rng.choices([1, 2, 3, 4], weights=[40, 40, 12, 8])[0]
        if code == "FAM":
            qty = 1
        price = fee + (3 if exh else 0) + (1.5 if day.year == 2024 else 0)
        channel = rng.choices("WDK", weights=[45, 45, 10])[0]
        amount = _money(price * qty * (0.9 if channel == "W" else 1))
        tkt_sales.append((i, site, day.isoformat(), code, qty, amount, channel, exh[0] if exh else None))
    tkt_sales.sort(key=lambda r: (r[2], r[1], r[0]))
    tkt_sales = [(i, *r[1:]) for i, r in enumerate(tkt_sales, 1)]
    members = []
    names = rng.sample([(f, s) for f in _FIRST for s in _LAST], 420)
    for i in range(1, 421):
        first, last = names[i - 1]
        city = rng.choices([c[0] for c in _CITIES], weights=[c[1] for c in _CITIES])[0]
        home = {"York": 1, "Leeds": 2, "Harrogate": 3, "Hull": 4, "Skipton": 5}.get(city, rng.choice([1, 1, 2]))
        tier = rng.choices("IJFP", weights=[45, 25, 24, 6])[0]
        joined = random_day(rng, dt.date(2012, 1, 1), dt.date(2024, 12, 31))
        years = rng.choice([1, 1, 2, 3, 5, 8, 12])
        expires = dt.date(joined.year + years, joined.month, min(joined.day, 28))
        status = "A" if expires >= dt.date(2025, 1, 1) else "L"
        if rng.random() < 0.06:
            status = "C"
        gift_aid = int(rng.random() < 0.55)
        members.append((i, f"M{70000 + i * 13}", first, last, city, tier, home, joined.isoformat(),
                        expires.isoformat(), status, gift_aid))  # fmt: skip
    donors = [m for m in members if m[0] % 4 != 1]  # every fourth member never gives
    big = {m[0] for m in donors if m[5] == "P"}
    donations = []
    outsiders = [
        "Harrogate Rotary Club",
        "Ainsty Charitable Trust",
        "Yorkshire Heritage Fund",
        "Anonymous donor",
        "Friends of Castlegate",
        "Walkers Solicitors LLP",
        "Mrs E. Kettlewell",
        "Dr R. Brompton",
    ]
    for i in range(1, 701):
        if rng.random() < 0.78:
            weights = [12 if m[0] in big else (5 if m[0] % 29 == 2 else 1) for m in donors]
            member = rng.choices(donors, weights=weights)[0]
            mbr_id, donor = member[0], f"{member[2]} {member[3]}"
            site = member[6]
            amount = rng.choice([10, 20, 25, 50, 100]) * (rng.choice([10, 20, 50]) if member[0] in big else 1)
            day = random_day(rng, max(dt.date.fromisoformat(member[7]), dt.date(2019, 1, 1)), dt.date(2024, 12, 31))
        else:
            mbr_id, donor = None, rng.choice(outsiders)
            site = rng.choices(range(1, 6), weights=[8, 4, 3, 3, 1])[0]
            amount = rng.choice([250, 500, 1000, 2500, 5000, 10000])
            day = random_day(rng, dt.date(2019, 1, 1), dt.date(2024, 12, 31))
        fund = rng.choices("GAEC", weights=[50, 20, 15, 15])[0]
        anon = int(donor == "Anonymous donor" or rng.random() < 0.08)
        donations.append((i, mbr_id, donor, site, day.isoformat(), amount, fund, anon))
    donations.sort(key=lambda r: (r[4], r[0]))
    donations = [(i, *r[1:]) for i, r in enumerate(donations, 1)]
    return {"sites": sites, "galleries": galleries, "makers": makers, "objects": objects, "exhibitions": exhibitions,
            "exh_items": exh_items, "loans": loans, "tkt_types": tkt_types, "tkt_sales": tkt_sales,
            "members": members, "donations": donations}  # fmt: skip


def build_museum_database(path: str | Path) -> Path:
    """Write the museum group's database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
