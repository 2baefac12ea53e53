"""A made-up regional cinema chain in the north of England, Northlight Cinemas, written by someone who had not seen
the engine's rules: the ``cinema`` dev set's database.

Eleven tables with foreign keys, in the terse style of the chain's old box-office system:

- ``site``: a cinema. ``site_cd`` a short code such as 'LDS', ``site_nm`` its name, ``town``, ``rgn_cd`` the region
  ('NW' North West, 'NE' North East, 'YH' Yorkshire and the Humber), ``open_dt``, ``close_dt`` (NULL while the site is
  trading; set for a site that has closed), ``imax_flg`` 1 if the site has an IMAX screen.
- ``scrn``: a screen (auditorium) at a site. ``scrn_no`` its number within the site, ``seats`` capacity,
  ``scrn_typ`` 'STD' standard, 'PRM' premium recliner, 'IMX' IMAX; ``acc_flg`` 1 if wheelchair accessible.
- ``film``: a title. ``title``, ``genre_cd`` ('ACT' action, 'ANI' animation, 'COM' comedy, 'DRA' drama, 'HOR' horror,
  'SCI' science fiction, 'FAM' family, 'DOC' documentary), ``cert`` the BBFC certificate ('U', 'PG', '12A', '15',
  '18'), ``run_min`` running time in minutes, ``rel_dt`` UK release date, ``distrib`` the distributor.
- ``shw``: a showing (screening) of a film on a screen. ``shw_dt`` the day, ``start_tm`` 'HH:MM', ``fmt_cd`` '2D' or
  '3D', ``sts`` 'R' ran / 'X' cancelled, ``cnx_rsn`` why it was cancelled ('TEC' technical fault, 'LOW' low sales,
  'OTH' other; NULL when it ran).
- ``mbr``: a loyalty scheme member ("Northlight Rewards"). ``mbr_no``, ``first_nm``, ``last_nm``, ``tier_cd`` ('B'
  bronze, 'S' silver, 'G' gold), ``home_site_id`` their usual cinema, ``join_dt``, ``lapse_dt`` (NULL while the
  membership is active; the day it lapsed otherwise), ``email_optin_flg`` 1 if they accept marketing emails.
- ``bkg``: a booking (one transaction for one showing). ``mbr_id`` NULL for a non-member, ``bkg_dt`` the day it was
  made, ``chnl_cd`` the sales channel ('WEB' website, 'APP' mobile app, 'BOX' box office), ``sts`` 'CF' confirmed /
  'CNX' cancelled by the customer / 'RFD' refunded because the showing was cancelled, ``cnx_dt`` the day it was
  cancelled or refunded (NULL for confirmed bookings), ``fee_amt`` the online booking fee (0 at the box office),
  ``tot_amt`` ticket prices plus the fee.
- ``tkt``: a ticket (one seat) in a booking. ``tkt_typ`` ('ADT' adult, 'CHD' child, 'SNR' senior, 'STU' student),
  ``seat_ref`` such as 'F12', ``price_amt``.
- ``conc_item``: a concessions (snacks and drinks) product. ``item_cd``, ``item_nm``, ``cat_cd`` ('FD' food such as
  popcorn and hot dogs, 'DRK' soft drinks, 'SWT' sweets, 'ALC' alcohol), ``unit_prc``, ``actv_flg`` 1 if still sold.
- ``conc_sale``: a concessions sale line at a site: ``item_id``, ``sale_dt``, ``qty``, ``amt`` (qty times the unit
  price), ``mbr_id`` (NULL unless a member scanned their card), ``pay_cd`` 'CARD' or 'CASH'.
- ``emp``: a member of staff. ``first_nm``, ``last_nm``, ``site_id``, ``role_cd`` ('GM' general manager, 'DM' duty
  manager, 'PRJ' projectionist, 'FOH' front of house, 'KSK' kiosk/concessions), ``hrly_rate``, ``hire_dt``,
  ``term_dt`` (NULL while employed, the leaving date otherwise).
- ``shft``: a worked shift. ``emp_id``, ``site_id`` where it was worked, ``shft_dt``, ``start_tm``, ``hrs`` worked,
  ``ot_flg`` 1 if paid as overtime.

Rows come from a fixed seed, so every build holds the same rows, dated 2023 to 2025. Leeds and Manchester are far
busier than the rest, a few blockbusters take most bookings, the Hull site closed in 2024, the Durham site opened in
December 2025 and has shown nothing yet, some films were never shown, some members never booked, some products were
never sold and some staff have worked no shifts.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_cinema_database(pathlib.Path(tempfile.mkdtemp()) / "cinema.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM site").fetchone()
    (8,)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_cinema_database"]

_SCHEMA = """
CREATE TABLE site (
    site_id INTEGER PRIMARY KEY, site_cd TEXT NOT NULL, site_nm TEXT NOT NULL, town TEXT NOT NULL,
    rgn_cd TEXT NOT NULL, open_dt DATE NOT NULL, close_dt DATE, imax_flg INTEGER NOT NULL
);
CREATE TABLE scrn (
    scrn_id INTEGER PRIMARY KEY, site_id INTEGER NOT NULL REFERENCES site (site_id), scrn_no INTEGER NOT NULL,
    seats INTEGER NOT NULL, scrn_typ TEXT NOT NULL, acc_flg INTEGER NOT NULL
);
CREATE TABLE film (
    film_id INTEGER PRIMARY KEY, title TEXT NOT NULL, genre_cd TEXT NOT NULL, cert TEXT NOT NULL,
    run_min INTEGER NOT NULL, rel_dt DATE NOT NULL, distrib TEXT NOT NULL
);
CREATE TABLE shw (
    shw_id INTEGER PRIMARY KEY, scrn_id INTEGER NOT NULL REFERENCES scrn (scrn_id),
    film_id INTEGER NOT NULL REFERENCES film (film_id), shw_dt DATE NOT NULL, start_tm TEXT NOT NULL,
    fmt_cd TEXT NOT NULL, sts TEXT NOT NULL, cnx_rsn TEXT
);
CREATE TABLE mbr (
    mbr_id INTEGER PRIMARY KEY, mbr_no TEXT NOT NULL, first_nm TEXT NOT NULL, last_nm TEXT NOT NULL,
    tier_cd TEXT NOT NULL, home_site_id INTEGER NOT NULL REFERENCES site (site_id), join_dt DATE NOT NULL,
    lapse_dt DATE, email_optin_flg INTEGER NOT NULL
);
CREATE TABLE bkg (
    bkg_id INTEGER PRIMARY KEY, shw_id INTEGER NOT NULL REFERENCES shw (shw_id), mbr_id INTEGER REFERENCES mbr (mbr_id),
    bkg_dt DATE NOT NULL, chnl_cd TEXT NOT NULL, sts TEXT NOT NULL, cnx_dt DATE, fee_amt NUMERIC NOT NULL,
    tot_amt NUMERIC NOT NULL
);
CREATE TABLE tkt (
    tkt_id INTEGER PRIMARY KEY, bkg_id INTEGER NOT NULL REFERENCES bkg (bkg_id), tkt_typ TEXT NOT NULL,
    seat_ref TEXT NOT NULL, price_amt NUMERIC NOT NULL
);
CREATE TABLE conc_item (
    item_id INTEGER PRIMARY KEY, item_cd TEXT NOT NULL, item_nm TEXT NOT NULL, cat_cd TEXT NOT NULL,
    unit_prc NUMERIC NOT NULL, actv_flg INTEGER NOT NULL
);
CREATE TABLE conc_sale (
    sale_id INTEGER PRIMARY KEY, site_id INTEGER NOT NULL REFERENCES site (site_id),
    item_id INTEGER NOT NULL REFERENCES conc_item (item_id), sale_dt DATE NOT NULL, qty INTEGER NOT NULL,
    amt NUMERIC NOT NULL, mbr_id INTEGER REFERENCES mbr (mbr_id), pay_cd TEXT NOT NULL
);
CREATE TABLE emp (
    emp_id INTEGER PRIMARY KEY, first_nm TEXT NOT NULL, last_nm TEXT NOT NULL,
    site_id INTEGER NOT NULL REFERENCES site (site_id), role_cd TEXT NOT NULL, hrly_rate NUMERIC NOT NULL,
    hire_dt DATE NOT NULL, term_dt DATE
);
CREATE TABLE shft (
    shft_id INTEGER PRIMARY KEY, emp_id INTEGER NOT NULL REFERENCES emp (emp_id),
    site_id INTEGER NOT NULL REFERENCES site (site_id), shft_dt DATE NOT NULL, start_tm TEXT NOT NULL,
    hrs NUMERIC NOT NULL, ot_flg INTEGER NOT NULL
);
"""

_START = dt.date(2023, 1, 1)
_END = dt.date(2025, 12, 31)

#: code, name, town, region, opened, closed, IMAX, busyness weight, screens
_SITES = [
    ("LDS", "Northlight Leeds Trinity", "Leeds", "YH", "2009-03-20", None, 1, 10, 9),
    ("MCR", "Northlight Manchester Quays", "Manchester", "NW", "2011-11-04", None, 1, 9, 8),
    ("YRK", "Northlight York Foss Bank", "York", "YH", "2014-06-13", None, 0, 4, 5),
    ("NCL", "Northlight Newcastle Quayside", "Newcastle", "NE", "2012-10-26", None, 0, 5, 6),
    ("PRS", "Northlight Preston Fishergate", "Preston", "NW", "2016-02-12", None, 0, 3, 4),
    ("SND", "Northlight Sunderland Keel", "Sunderland", "NE", "2018-09-21", None, 0, 2, 4),
    ("HUL", "Northlight Hull Marina", "Hull", "YH", "2010-05-07", "2024-06-30", 0, 2, 3),
    ("DUR", "Northlight Durham Riverwalk", "Durham", "NE", "2025-12-12", None, 0, 0, 3),
]
#: title, genre, certificate, minutes, release date, distributor, popularity
_FILMS = [
    ("Iron Harbour", "ACT", "12A", 128, "2022-12-16", "Meridian Pictures", 9),
    ("The Lantern Keeper", "DRA", "12A", 117, "2023-01-13", "Halcyon Films", 3),
    ("Puddle Jumpers", "ANI", "U", 94, "2023-02-10", "Bright Owl Studios", 6),
    ("Night Shift at Hollow Farm", "HOR", "15", 101, "2023-03-03", "Grey Moth", 4),
    ("Starfall Protocol", "SCI", "12A", 141, "2023-04-21", "Meridian Pictures", 10),
    ("Two Weddings in Whitby", "COM", "12A", 106, "2023-05-19", "Halcyon Films", 3),
    ("Pip and the Paper Kite", "FAM", "U", 89, "2023-06-23", "Bright Owl Studios", 5),
    ("Velocity Run", "ACT", "15", 133, "2023-07-14", "Atlas Screen", 8),
    ("The Quiet Coast", "DOC", "PG", 88, "2023-08-04", "Northern Reel", 1),
    ("Grave Tides", "HOR", "18", 98, "2023-09-29", "Grey Moth", 3),
    ("Dragons of Moorland", "ANI", "PG", 102, "2023-10-20", "Bright Owl Studios", 7),
    ("A Christmas on Hold", "COM", "PG", 97, "2023-11-24", "Halcyon Films", 4),
    ("Titan Reach", "SCI", "12A", 152, "2023-12-15", "Meridian Pictures", 9),
    ("Hard Ledger", "DRA", "15", 124, "2024-01-26", "Atlas Screen", 2),
    ("Mabel Goes Wild", "FAM", "U", 91, "2024-02-09", "Bright Owl Studios", 5),
    ("Crossfire Avenue", "ACT", "15", 119, "2024-03-22", "Atlas Screen", 6),
    ("The Orchard Letters", "DRA", "PG", 112, "2024-04-12", "Halcyon Films", 2),
    ("Deep Signal", "SCI", "12A", 136, "2024-05-24", "Meridian Pictures", 8),
    ("Sheep Happens", "COM", "PG", 93, "2024-06-14", "Northern Reel", 3),
    ("Robo Pals 2", "ANI", "U", 96, "2024-07-19", "Bright Owl Studios", 9),
    ("The Salt Road", "DOC", "12A", 95, "2024-08-16", "Northern Reel", 1),
    ("Hollow Farm Returns", "HOR", "18", 104, "2024-10-25", "Grey Moth", 4),
    ("Midwinter Express", "FAM", "PG", 99, "2024-11-29", "Halcyon Films", 6),
    ("Iron Harbour II", "ACT", "12A", 139, "2024-12-13", "Meridian Pictures", 10),
    ("Last Orders", "COM", "15", 101, "2025-01-24", "Northern Reel", 3),
    ("The Glass Orbit", "SCI", "12A", 144, "2025-02-28", "Atlas Screen", 7),
    ("Wren", "DRA", "12A", 109, "2025-03-21", "Halcyon Films", 2),
    ("Puddle Jumpers 2", "ANI", "U", 97, "2025-04-11", "Bright Owl Studios", 8),
    ("Bone Orchard", "HOR", "15", 99, "2025-05-30", "Grey Moth", 3),
    ("Skyline Heist", "ACT", "12A", 127, "2025-07-04", "Atlas Screen", 9),
    ("Summer of the Otters", "FAM", "U", 86, "2025-07-25", "Bright Owl Studios", 5),
    ("Signal Lost", "SCI", "15", 131, "2025-09-12", "Meridian Pictures", 6),
    ("The Ferryman's Daughter", "DRA", "15", 118, "2025-10-10", "Northern Reel", 2),
    ("Snow Day", "COM", "PG", 95, "2025-11-21", "Halcyon Films", 4),
    ("Nightjar", "HOR", "18", 103, "2025-10-31", "Grey Moth", 3),
    ("Fells and Falls", "DOC", "U", 84, "2024-03-08", "Northern Reel", 0),
    ("The Tinsmith", "DRA", "12A", 121, "2023-09-08", "Halcyon Films", 0),
    ("Kaiju Cup", "ACT", "12A", 118, "2025-12-19", "Atlas Screen", 0),
]  # fmt: skip
#: code, name, category, unit price, still sold, popularity
_ITEMS = [
    ("PCS", "Popcorn Small", "FD", 4.50, 1, 8), ("PCM", "Popcorn Medium", "FD", 5.95, 1, 12),
    ("PCL", "Popcorn Large", "FD", 7.25, 1, 9), ("NCH", "Nachos with Cheese", "FD", 6.50, 1, 6),
    ("HDG", "Hot Dog", "FD", 5.75, 1, 4), ("CLR", "Cola Regular", "DRK", 3.95, 1, 10),
    ("CLL", "Cola Large", "DRK", 4.75, 1, 8), ("WTR", "Bottled Water", "DRK", 2.50, 1, 5),
    ("SLS", "Slushie", "DRK", 4.25, 1, 6), ("CFE", "Coffee", "DRK", 3.20, 1, 3),
    ("PMX", "Pick and Mix", "SWT", 4.80, 1, 7), ("CHB", "Chocolate Bar", "SWT", 2.20, 1, 5),
    ("ICT", "Ice Cream Tub", "SWT", 4.10, 1, 4), ("BER", "Bottled Beer", "ALC", 5.50, 1, 3),
    ("WNE", "Glass of Wine", "ALC", 6.75, 1, 2), ("PSC", "Prosecco Mini", "ALC", 7.95, 0, 0),
    ("CAN", "Candy Floss", "SWT", 3.00, 0, 0),
]  # fmt: skip
_FIRST = ["Oliver", "Amelia", "Jack", "Isla", "Harry", "Ava", "George", "Emily", "Noah", "Sophie", "Charlie",
          "Grace", "Jacob", "Mia", "Alfie", "Poppy", "Freddie", "Ella", "Leo", "Lily", "Archie", "Evie", "Ethan",
          "Chloe", "Callum", "Freya", "Liam", "Holly", "Adam", "Megan", "Ryan", "Niamh", "Kieran", "Aisha"]  # fmt: skip
_LAST = ["Smith", "Jones", "Taylor", "Brown", "Wilson", "Robinson", "Wright", "Thompson", "Walker", "White",
         "Hall", "Wood", "Jackson", "Clarke", "Hughes", "Lewis", "Turner", "Hill", "Cooper", "Ward", "Moore",
         "Dobson", "Armstrong", "Charlton", "Milburn", "Shearer", "Heslop", "Lister", "Sutcliffe", "Haigh",
         "Patel", "Hussain", "Khan", "Kowalski", "Nowak", "Doherty", "Brennan", "Foster"]  # fmt: skip
_PRICES = {"ADT": 11.50, "CHD": 7.50, "SNR": 8.50, "STU": 9.00}
_SCREEN_EXTRA = {"STD": 0.0, "PRM": 3.50, "IMX": 5.00}
_TIMES = ["11:00", "12:30", "13:15", "14:45", "16:00", "17:30", "18:15", "19:00", "20:15", "20:45", "21:30"]


def _open_on(site: tuple, day: dt.date) -> bool:
    return dt.date.fromisoformat(site[5]) <= day and (site[6] is None or day <= dt.date.fromisoformat(site[6]))


def _rows(seed: int = 4417) -> dict[str, list[tuple]]:  # noqa: PLR0915 - one generator per table, in order
    rng = random.Random(seed)
    site = [(i, *s[:7]) for i, s in enumerate(_SITES, 1)]
    scrn = []
    for site_id, spec in enumerate(_SITES, 1):
        for no in range(1, spec[8] + 1):
            if no == 1 and spec[6]:
                typ, seats = "IMX", 380
            elif no <= 2 and spec[8] >= 5 or no == spec[8] and spec[8] == 4:
                typ, seats = "PRM", rng.choice([48, 56, 64, 72])
            else:
                typ, seats = "STD", rng.choice([90, 120, 150, 180, 220, 250])
            scrn.append((len(scrn) + 1, site_id, no, seats, typ, int(no % 4 != 3)))
    film = [(i, *f[:6]) for i, f in enumerate(_FILMS, 1)]

    # showings: a film plays for about ten weeks from release; busier sites get more showings
    shw = []
    weights = [s[7] for s in _SITES]
    while len(shw) < 2600:
        site_id = rng.choices(range(1, len(_SITES) + 1), weights=weights)[0]
        day = random_day(rng, _START, _END)
        if not _open_on(site[site_id - 1], day):
            continue
        playing = [f for f in film if _FILMS[f[0] - 1][6] > 0 and 0 <= (day - dt.date.fromisoformat(f[5])).days <= 70]
        if not playing:
            continue
        chosen = rng.choices(playing, weights=[_FILMS[f[0] - 1][6] ** 1.5 for f in playing])[0]
        screens = [s for s in scrn if s[1] == site_id]
        screen = rng.choice(screens)
        fmt = "3D" if chosen[2] in ("ACT", "SCI", "ANI") and rng.random() < 0.25 else "2D"
        if rng.random() < 0.04:
            sts, rsn = "X", rng.choices(["TEC", "LOW", "OTH"], weights=[4, 5, 1])[0]
        else:
            sts, rsn = "R", None
        shw.append((0, screen[0], chosen[0], day.isoformat(), rng.choice(_TIMES), fmt, sts, rsn))
    shw.sort(key=lambda r: (r[3], r[4], r[1]))
    shw = [(i, *r[1:]) for i, r in enumerate(shw, 1)]

    # members: skewed activity, some never book
    mbr = []
    names = rng.sample([(f, s) for f in _FIRST for s in _LAST], 700)
    for i in range(1, 701):
        home = rng.choices(range(1, 8), weights=weights[:7])[0]
        join = random_day(rng, dt.date(2021, 1, 1), dt.date(2025, 11, 30))
        lapse = None
        if rng.random() < 0.18 and join < dt.date(2025, 9, 1):
            lapse = random_day(rng, max(join + dt.timedelta(days=60), dt.date(2023, 1, 1)), dt.date(2025, 12, 31))
        if site[home - 1][6] is not None and lapse is None and join < dt.date(2024, 6, 1) and rng.random() < 0.7:
            lapse = dt.date(2024, 7, 31)
        tier = rng.choices(["B", "S", "G"], weights=[60, 28, 12])[0]
        first, last = names[i - 1]
        mbr.append((i, f"NL{400000 + i * 13}", first, last, tier, home, join.isoformat(),
                    lapse.isoformat() if lapse else None, int(rng.random() < 0.55)))  # fmt: skip
    mbr_weight = [0 if m[0] % 6 == 5 else {"B": 1, "S": 3, "G": 7}[m[4]] * (6 if m[0] % 50 == 7 else 1) for m in mbr]

    # bookings and tickets
    bkg, tkt = [], []
    for show in shw:
        screen = scrn[show[1] - 1]
        day = dt.date.fromisoformat(show[3])
        pop = _FILMS[show[2] - 1][6]
        weekend = day.weekday() >= 4
        n = max(0, round(rng.gauss(pop * 0.15 * (1.4 if weekend else 1.0) * (1 + weights[screen[1] - 1] / 12), 1.0)))
        seats_left = screen[3]
        for _ in range(n):
            size = rng.choices([1, 2, 3, 4, 5], weights=[22, 45, 14, 14, 5])[0]
            if size > seats_left:
                break
            seats_left -= size
            chnl = rng.choices(["WEB", "APP", "BOX"], weights=[40, 35, 25])[0]
            bday = day - dt.timedelta(days=rng.choice([0, 0, 0, 1, 1, 2, 3, 5, 7, 14]))
            if chnl == "BOX":
                bday = day
            member = None
            if rng.random() < 0.42:
                member = rng.choices(mbr, weights=mbr_weight)[0]
                if dt.date.fromisoformat(member[6]) > bday or (member[7] and dt.date.fromisoformat(member[7]) < bday):
                    member = None
            if show[6] == "X":
                sts, cnx = "RFD", day
            elif chnl != "BOX" and rng.random() < 0.06:
                sts, cnx = "CNX", bday + dt.timedelta(days=rng.randint(0, max(0, (day - bday).days)))
            else:
                sts, cnx = "CF", None
            bkg_id = len(bkg) + 1
            family = pop and _FILMS[show[2] - 1][1] in ("ANI", "FAM")
            row = rng.choice("ABCDEFGHJKLM")
            first_seat = rng.randint(1, 18)
            total = 0.0
            for k in range(size):
                if family and k >= 1:
                    typ = rng.choices(["ADT", "CHD"], weights=[1, 3])[0]
                else:
                    typ = rng.choices(["ADT", "SNR", "STU", "CHD"], weights=[70, 12, 14, 4])[0]
                if _FILMS[show[2] - 1][2] == "18" and typ == "CHD":
                    typ = "ADT"
                price = _PRICES[typ] + _SCREEN_EXTRA[screen[4]] + (2.0 if show[5] == "3D" else 0.0)
                if day.year >= 2025:
                    price += 0.50
                if member and member[4] == "G":
                    price = round(price * 0.9, 2)
                total += price
                tkt.append((len(tkt) + 1, bkg_id, typ, f"{row}{first_seat + k}", round(price, 2)))
            fee = 0.0 if chnl == "BOX" else round(0.95 * size, 2)
            bkg.append((bkg_id, show[0], member[0] if member else None, bday.isoformat(), chnl, sts,
                        cnx.isoformat() if cnx else None, fee, round(total + fee, 2)))  # fmt: skip

    # concessions
    conc_item = [(i, *it[:5]) for i, it in enumerate(_ITEMS, 1)]
    conc_sale = []
    while len(conc_sale) < 4200:
        site_id = rng.choices(range(1, len(_SITES) + 1), weights=weights)[0]
        day = random_day(rng, _START, _END)
        if not _open_on(site[site_id - 1], day):
            continue
        item = rng.choices(conc_item, weights=[it[5] for it in _ITEMS])[0]
        if item[3] == "ALC" and site_id in (5, 6):
            continue  # no bar licence at Preston or Sunderland
        qty = rng.choices([1, 2, 3, 4], weights=[60, 28, 8, 4])[0]
        member = rng.choices(mbr, weights=mbr_weight)[0][0] if rng.random() < 0.25 else None
        price = item[4] + (0.30 if day.year >= 2025 and item[3] != "ALC" else 0.0)
        pay = "CASH" if rng.random() < (0.22 if day.year == 2023 else 0.12) else "CARD"
        conc_sale.append((0, site_id, item[0], day.isoformat(), qty, round(qty * price, 2), member, pay))
    conc_sale.sort(key=lambda r: (r[3], r[1], r[2]))
    conc_sale = [(i, *r[1:]) for i, r in enumerate(conc_sale, 1)]

    # staff and shifts
    emp = []
    enames = rng.sample([(f, s) for f in _FIRST for s in _LAST], 95)
    rates = {"GM": 19.80, "DM": 14.60, "PRJ": 13.10, "FOH": 11.44, "KSK": 11.44}
    for site_id, spec in enumerate(_SITES, 1):
        staff_n = max(4, spec[8] + 3 + spec[7] // 2)
        roles = ["GM", "DM", "PRJ"] + rng.choices(["FOH", "KSK", "DM", "PRJ"], weights=[6, 5, 1, 1], k=staff_n - 3)
        for role in roles:
            opened = dt.date.fromisoformat(spec[4])
            hire = random_day(rng, max(opened - dt.timedelta(days=60), dt.date(2015, 1, 1)), dt.date(2025, 10, 31))
            if site_id == 8:
                hire = random_day(rng, dt.date(2025, 9, 1), dt.date(2025, 11, 28))
            term = None
            if spec[5]:
                term = dt.date.fromisoformat(spec[5])
            elif role in ("FOH", "KSK") and rng.random() < 0.3:
                term = random_day(rng, max(hire + dt.timedelta(days=30), _START), dt.date(2025, 12, 20))
            if term and term < hire:
                hire = term - dt.timedelta(days=400)
            rate = rates[role] + rng.choice([0, 0, 0.25, 0.50, 0.80, 1.20])
            first, last = enames[len(emp)]
            emp.append((len(emp) + 1, first, last, site_id, role, round(rate, 2), hire.isoformat(),
                        term.isoformat() if term else None))  # fmt: skip
    shft = []
    emp_weight = [0 if e[3] == 8 or e[0] % 17 == 11 else (2 if e[4] in ("FOH", "KSK") else 1) for e in emp]
    while len(shft) < 3000:
        person = rng.choices(emp, weights=emp_weight)[0]
        start = max(_START, dt.date.fromisoformat(person[6]))
        end = min(_END, dt.date.fromisoformat(person[7]) if person[7] else _END)
        if start > end:
            continue
        day = random_day(rng, start, end)
        site_id = person[3] if rng.random() < 0.95 else rng.choice([1, 2, 3, 4, 5])
        if not _open_on(site[site_id - 1], day):
            continue
        hrs = rng.choice([4, 5, 6, 6.5, 7.5, 8, 8]) if person[4] != "GM" else rng.choice([8, 8.5, 9])
        start_tm = rng.choice(["09:30", "10:30", "12:00", "14:00", "16:30", "17:00"])
        ot = int(rng.random() < (0.12 if day.month in (7, 8, 12) else 0.05))
        shft.append((0, person[0], site_id, day.isoformat(), start_tm, hrs, ot))
    shft.sort(key=lambda r: (r[3], r[1]))
    shft = [(i, *r[1:]) for i, r in enumerate(shft, 1)]
    return {"site": site, "scrn": scrn, "film": film, "shw": shw, "mbr": mbr, "bkg": bkg, "tkt": tkt,
            "conc_item": conc_item, "conc_sale": conc_sale, "emp": emp, "shft": shft}  # fmt: skip


def build_cinema_database(path: str | Path) -> Path:
    """Write the cinema chain's database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
