"""A small made-up live-events promoter and ticket seller, written by someone who had not seen the engine's rules:
the ``tickets`` held-out set's database.

Seven tables with foreign keys: ``venues`` (a ``venue_cd``, name, city, ``capacity``, ``vtype`` and the year it
opened), ``performers`` (a ``stage_name``, ``genre``, a two-letter ``country`` code, ``act_type`` and ``formed_yr``),
``events`` (an ``evt_code`` and title on an ``evt_date`` at a venue with a headlining performer, an ``on_sale_dt``,
a ``min_age`` code and a ``status``: completed, scheduled, cancelled or postponed), ``customers`` (``first_nm``,
``last_nm``, email, city, ``signup_dt``, ``birth_yr`` and a marketing ``opt_in`` flag), ``orders`` (an
``order_ref`` placed by a customer on an ``order_dt`` through a ``channel``: ``WEB``, ``APP`` or ``BOX`` for the
box office; a ``pay_mthd`` and an optional ``promo_cd``), ``tickets`` (one seat or standing place of an order for an
event: a ``tier_cd`` of ``GA``, ``STD``, ``PRM`` or ``VIP``, a ``seat_ref`` (NULL when standing), the ``price``, a
``bkg_fee`` and whether it was ``scanned`` at the door) and ``refunds`` (a ticket's ``refund_dt``, ``amt`` and a
``reason_cd``: ``CXL`` event cancelled, ``PPN`` event postponed, ``REQ`` customer request, ``DUP`` duplicate
purchase). The data runs to the end of October 2025: later events are still on sale. Rows come from a fixed seed,
so every build holds the same rows; popularity is skewed so rankings have clear leaders, some performers never
headlined and some customers never ordered.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_tickets_database(pathlib.Path(tempfile.mkdtemp()) / "tickets.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM tickets").fetchone()
    (4000,)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_tickets_database"]

_SCHEMA = """
CREATE TABLE venues (
    id INTEGER PRIMARY KEY, venue_cd TEXT NOT NULL, name TEXT NOT NULL, city TEXT NOT NULL,
    capacity INTEGER NOT NULL, vtype TEXT NOT NULL, opened_yr INTEGER NOT NULL
);
CREATE TABLE performers (
    id INTEGER PRIMARY KEY, stage_name TEXT NOT NULL, genre TEXT NOT NULL, country TEXT NOT NULL,
    act_type TEXT NOT NULL, formed_yr INTEGER NOT NULL
);
CREATE TABLE events (
    id INTEGER PRIMARY KEY, evt_code TEXT NOT NULL, title TEXT NOT NULL, evt_date DATE NOT NULL,
    venue_id INTEGER NOT NULL REFERENCES venues (id), headliner_id INTEGER NOT NULL REFERENCES performers (id),
    on_sale_dt DATE NOT NULL, min_age TEXT NOT NULL, status TEXT NOT NULL
);
CREATE TABLE customers (
    id INTEGER PRIMARY KEY, first_nm TEXT NOT NULL, last_nm TEXT NOT NULL, email TEXT NOT NULL, city TEXT NOT NULL,
    signup_dt DATE NOT NULL, birth_yr INTEGER, opt_in INTEGER NOT NULL
);
CREATE TABLE orders (
    id INTEGER PRIMARY KEY, order_ref TEXT NOT NULL, cust_id INTEGER NOT NULL REFERENCES customers (id),
    order_dt DATE NOT NULL, channel TEXT NOT NULL, pay_mthd TEXT NOT NULL, promo_cd TEXT
);
CREATE TABLE tickets (
    id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES orders (id),
    event_id INTEGER NOT NULL REFERENCES events (id), tier_cd TEXT NOT NULL, seat_ref TEXT, price REAL NOT NULL,
    bkg_fee REAL NOT NULL, scanned INTEGER NOT NULL
);
CREATE TABLE refunds (
    id INTEGER PRIMARY KEY, ticket_id INTEGER NOT NULL REFERENCES tickets (id), refund_dt DATE NOT NULL,
    amt REAL NOT NULL, reason_cd TEXT NOT NULL
);
"""

#: the last day the data knows about: later events are still scheduled
_AS_OF = dt.date(2025, 10, 31)
#: code, name, city, capacity, type, opened, how many events it hosts (a weight)
_VENUES = [
    ("MAN-ANC", "Ancoats Depot", "Manchester", 1800, "hall", 2009, 9),
    ("LON-RVA", "Riverside Arena", "London", 12000, "arena", 2004, 5),
    ("LON-KTP", "Kentish Town Playhouse", "London", 1400, "theatre", 1931, 7),
    ("GLA-CAR", "Clyde Assembly Rooms", "Glasgow", 2500, "hall", 1998, 6),
    ("LDS-KWH", "Kirkgate Warehouse", "Leeds", 650, "club", 2014, 6),
    ("BRS-HBT", "Harbourside Theatre", "Bristol", 950, "theatre", 1976, 4),
    ("BHM-DGA", "Digbeth Arena", "Birmingham", 8000, "arena", 2011, 3),
    ("NCL-OUS", "Ouseburn Social", "Newcastle", 450, "club", 2017, 4),
]  # fmt: skip
#: the seat tiers each kind of venue sells, with a weight and a price multiple
_TIERS = {"club": [("GA", 10, 1.0)], "hall": [("GA", 10, 1.0), ("VIP", 1, 2.5)],
          "theatre": [("STD", 8, 1.0), ("PRM", 3, 1.6)],
          "arena": [("GA", 8, 1.0), ("STD", 6, 1.15), ("PRM", 3, 1.7), ("VIP", 1, 3.2)]}  # fmt: skip
_VENUE_PRICE = {"club": 0.8, "hall": 1.0, "theatre": 1.1, "arena": 1.6}
#: stage name, genre, country, act type, formed, popularity (a weight; 0 never headlined)
_PERFORMERS = [
    ("The Velvet Static", "Indie", "GB", "band", 2011, 9), ("Marisol Vega", "Pop", "ES", "solo", 2015, 7),
    ("Copper Harbour", "Folk", "IE", "band", 2009, 4), ("Kid Lanterns", "Hip-Hop", "GB", "solo", 2017, 6),
    ("Northbound Freight", "Rock", "US", "band", 1998, 5), ("Ayla Demir", "Electronic", "DE", "solo", 2013, 3),
    ("Glasshouse Choir", "Indie", "GB", "band", 2016, 4), ("DJ Okonkwo", "Electronic", "NG", "solo", 2012, 5),
    ("The Hollow Pines", "Folk", "CA", "band", 2010, 3), ("Ruby Thorne", "Pop", "GB", "solo", 2018, 8),
    ("Iron Meridian", "Metal", "SE", "band", 2002, 4), ("Saltwater Sisters", "Country", "US", "band", 2014, 2),
    ("Tomas Reyes Quartet", "Jazz", "AR", "band", 2006, 2), ("Big Sal Murphy", "Comedy", "IE", "solo", 2008, 5),
    ("Neon Orchard", "Electronic", "NL", "band", 2015, 3), ("Lowland Drifters", "Folk", "GB", "band", 2012, 2),
    ("Jaz Mireille", "Jazz", "FR", "solo", 2011, 3), ("Concrete Saints", "Hip-Hop", "US", "band", 2009, 4),
    ("Harriet Quill", "Comedy", "GB", "solo", 2013, 6), ("Wolves of Aldgate", "Rock", "GB", "band", 2007, 6),
    ("Sunday Arcade", "Indie", "AU", "band", 2017, 3), ("Kasia Nowak", "Pop", "PL", "solo", 2019, 2),
    ("Blackwater Engine", "Metal", "GB", "band", 2005, 3), ("Moonlit Ferry", "Indie", "JP", "band", 2018, 0),
    ("Elias Brandt", "Electronic", "DE", "solo", 2010, 2), ("The Mersey Larks", "Rock", "GB", "band", 2013, 4),
    ("Amara Osei", "Pop", "GB", "solo", 2020, 5), ("Fjord & Fable", "Folk", "NO", "band", 2016, 0),
    ("Grit Theory", "Hip-Hop", "CA", "band", 2015, 2), ("Dan Pryce", "Comedy", "GB", "solo", 2010, 3),
    ("Scarlet Avenue", "Rock", "US", "band", 2012, 0), ("Lucia Ferraro", "Jazz", "IT", "solo", 2009, 1),
    ("Static Bloom", "Electronic", "GB", "band", 2019, 2), ("Ghost Tide", "Metal", "FI", "band", 2011, 0),
    ("Ollie Brennan", "Country", "IE", "solo", 2016, 1), ("Halden Youth Orchestra", "Classical", "GB", "ensemble",
     1987, 1), ("Penny Hargreaves", "Comedy", "GB", "solo", 2015, 2), ("The Lantern Thieves", "Indie", "US",
     "band", 2014, 0), ("MC Rook", "Hip-Hop", "GB", "solo", 2016, 3), ("Siobhan Kell", "Folk", "IE", "solo", 2012, 0),
]  # fmt: skip
_GENRE_PRICE = {"Indie": 26, "Pop": 38, "Folk": 22, "Hip-Hop": 32, "Rock": 34, "Electronic": 28, "Metal": 30,
                "Country": 27, "Jazz": 30, "Comedy": 24, "Classical": 35}  # fmt: skip
_TOURS = ["Live", "Tour", "In Concert", "Live & Loud", "Winter Tour", "Summer Sessions", "Headline Show"]
_FIRST = ["Adam", "Amelia", "Ben", "Chloe", "Connor", "Eilidh", "Emily", "Ethan", "Fatima", "Finlay", "Grace",
          "Hannah", "Isla", "Jack", "James", "Jasmine", "Kai", "Leah", "Liam", "Megan", "Mia", "Nathan", "Olivia",
          "Owen", "Poppy", "Ravi", "Ruby", "Sam", "Sana", "Zoe"]  # fmt: skip
_LAST = ["Anderson", "Begum", "Brown", "Campbell", "Davies", "Edwards", "Fraser", "Graham", "Hall", "Hughes",
         "Iqbal", "Johnson", "Kaur", "Kelly", "Macdonald", "Mitchell", "Morgan", "O'Neill", "Price", "Reid",
         "Roberts", "Scott", "Singh", "Stewart", "Thompson", "Turner", "Ward", "Watson", "White", "Wilson"]  # fmt: skip
#: city and how many customers live there (a weight)
_CITIES = [("Manchester", 12), ("London", 14), ("Glasgow", 7), ("Leeds", 7), ("Bristol", 5), ("Birmingham", 5),
           ("Newcastle", 4), ("Liverpool", 4), ("Sheffield", 3), ("Edinburgh", 3), ("Nottingham", 2),
           ("Cardiff", 2), ("York", 1)]  # fmt: skip
_PROMOS = ["EARLY10", "STUDENT15", "FANCLUB", "BLACKFRI20"]


def _rows(seed: int = 2077) -> dict[str, list[tuple]]:
    rng = random.Random(seed)
    venues = [(i, *v[:6]) for i, v in enumerate(_VENUES, 1)]
    performers = [(i, *p[:5]) for i, p in enumerate(_PERFORMERS, 1)]
    events = []
    dates = [random_day(rng, dt.date(2022, 3, 1), _AS_OF) for _ in range(139)]
    dates = sorted(dates + [random_day(rng, _AS_OF + dt.timedelta(days=1), dt.date(2025, 12, 20)) for _ in range(11)])
    cancelled = {18, 47, 63, 88, 104, 121, 133}
    postponed = {143, 148}
    for i, day in enumerate(dates, 1):
        venue = rng.choices(venues, weights=[v[6] for v in _VENUES])[0]
        act = rng.choices(performers, weights=[p[5] for p in _PERFORMERS])[0]
        if venue[5] == "arena" and _PERFORMERS[act[0] - 1][5] < 4:  # small acts do not play arenas
            venue = venues[2] if act[2] in ("Comedy", "Jazz", "Classical") else venues[0]
        if day > _AS_OF:
            status = "postponed" if i in postponed else "scheduled"
        else:
            status = "cancelled" if i in cancelled else "completed"
        on_sale = max(day - dt.timedelta(days=rng.randrange(75, 210)), dt.date(2022, 1, 4))
        age = "18+" if venue[5] == "club" else rng.choices(["ALL", "14+", "18+"], weights=[5, 3, 1])[0]
        title = f"{act[1]} {rng.choice(_TOURS)}"
        events.append((i, f"EV{day.year % 100:02d}-{i:04d}", title, day.isoformat(), venue[0], act[0],
                       on_sale.isoformat(), age, status))  # fmt: skip
    customers = []
    names = rng.sample([(f, last) for f in _FIRST for last in _LAST], 400)
    for i, (first, last) in enumerate(names, 1):
        city = rng.choices([c for c, _ in _CITIES], weights=[w for _, w in _CITIES])[0]
        signup = random_day(rng, dt.date(2022, 1, 3), dt.date(2025, 9, 30))
        if rng.random() < 0.5:  # most customers signed up early on
            signup = min(signup, random_day(rng, dt.date(2022, 1, 3), dt.date(2025, 9, 30)))
        if i <= 25:  # moved over from the old box-office mailing list when the site opened
            signup = random_day(rng, dt.date(2022, 1, 3), dt.date(2022, 1, 9))
        email = f"{first.lower()}.{last.lower().replace(chr(39), '')}{rng.randint(1, 99)}@" + rng.choice(
            ["gmail.com", "outlook.com", "yahoo.co.uk", "icloud.com", "btinternet.com"])  # fmt: skip
        born = rng.randint(1958, 2006) if rng.random() < 0.9 else None
        customers.append((i, first, last, email, city, signup.isoformat(), born, int(rng.random() < 0.55)))
    # some customers never order, some order a lot
    customer_weights = [0 if c[0] % 10 == 7 else 1 / (1 + (c[0] * 11) % 6) for c in customers]
    customer_weights[40], customer_weights[212] = 2.5, 3.0
    # cancelled and postponed shows sell little, Manchester and the big London room sell a lot
    event_weights = [_PERFORMERS[e[5] - 1][5] * (0.2 if e[8] in ("cancelled", "postponed") else 1)
                     * (1.6 if e[4] in (1, 2) else 1) for e in events]  # fmt: skip
    orders, plans = [], []
    for i in range(1, 1501):
        event = rng.choices(events, weights=event_weights)[0]
        day = dt.date.fromisoformat(event[3])
        channel = rng.choices(["WEB", "APP", "BOX"], weights=[11, 6 + 2 * (day.year - 2022), 3])[0]
        last_day = min(day, _AS_OF) if event[8] != "cancelled" else day - dt.timedelta(days=30)
        first_day = dt.date.fromisoformat(event[6])
        if channel == "BOX":
            first_day = max(first_day, last_day - dt.timedelta(days=21))
        ordered = random_day(rng, first_day, max(first_day, last_day))
        signed_up = [c for c in customers if c[5] <= ordered.isoformat()]
        customer = rng.choices(signed_up, weights=[customer_weights[c[0] - 1] for c in signed_up])[0]
        pay = "CASH" if channel == "BOX" and rng.random() < 0.4 else rng.choices(["CARD", "PAYPAL", "APPLEPAY"],
                                                                              weights=[8, 3, 2])[0]  # fmt: skip
        promo = rng.choice(_PROMOS) if channel != "BOX" and rng.random() < 0.12 else None
        orders.append((i, f"ORD-{ordered.year}-{10000 + i * 7}", customer[0], ordered.isoformat(), channel, pay,
                       promo))  # fmt: skip
        on_sale = [e for e in events if e[6] <= ordered.isoformat() < e[3] and e[8] in ("completed", "scheduled")]
        extra = None
        if on_sale and rng.random() < 0.06:  # a second event in the same basket
            extra = rng.choices(on_sale, weights=[event_weights[e[0] - 1] for e in on_sale])[0]
        plans.append([event, extra, rng.choices([1, 2, 2, 2, 3, 4, 4, 6], k=1)[0]])
    # exactly 4000 tickets
    while sum(p[2] for p in plans) > 4000:
        plan = rng.choice(plans)
        plan[2] = max(1, plan[2] - 1)
    while sum(p[2] for p in plans) < 4000:
        rng.choice(plans)[2] += 1
    tickets = []
    prices = {}
    for order, (event, extra, quantity) in zip(orders, plans, strict=True):
        for k in range(quantity):
            evt = extra if extra is not None and k == quantity - 1 and quantity > 1 else event
            venue = venues[evt[4] - 1]
            tiers = _TIERS[venue[5]]
            if evt[0] not in prices:
                genre = _PERFORMERS[evt[5] - 1][1]
                year = int(evt[3][:4])
                prices[evt[0]] = _GENRE_PRICE[genre] * _VENUE_PRICE[venue[5]] * (1 + 0.06 * (year - 2022))
            tier, _, multiple = rng.choices(tiers, weights=[t[1] for t in tiers])[0]
            price = round(prices[evt[0]] * multiple * rng.uniform(0.95, 1.05) * 2) / 2
            fee = 0.0 if order[4] == "BOX" else round(price * 0.1 + 0.5, 2)
            seat = None if tier == "GA" else f"{rng.choice('ABCDEFGHJKLMN')}{rng.randint(1, 40)}"
            scanned = int(evt[8] == "completed" and rng.random() < 0.93)
            tickets.append((len(tickets) + 1, order[0], evt[0], tier, seat, price, fee, scanned))
    refunds = []
    for t in tickets:
        event = events[t[2] - 1]
        if event[8] == "cancelled":
            when = dt.date.fromisoformat(event[3]) - dt.timedelta(days=rng.randrange(3, 25))
            refunds.append((t[0], when.isoformat(), round(t[5] + t[6], 2), "CXL"))
        elif event[8] == "postponed" and rng.random() < 0.4:
            ordered = max(dt.date.fromisoformat(orders[t[1] - 1][3]), dt.date(2025, 9, 1))
            refunds.append((t[0], random_day(rng, ordered, _AS_OF).isoformat(), t[5], "PPN"))
    others = [t for t in tickets if events[t[2] - 1][8] in ("completed", "scheduled")]
    for t in rng.sample(others, 150 - len(refunds)):
        event = events[t[2] - 1]
        ordered = dt.date.fromisoformat(orders[t[1] - 1][3])
        latest = min(dt.date.fromisoformat(event[3]), _AS_OF)
        when = random_day(rng, ordered, max(ordered, latest))
        if rng.random() < 0.25:
            refunds.append((t[0], min(ordered + dt.timedelta(days=rng.randrange(0, 3)), latest).isoformat(),
                            round(t[5] + t[6], 2), "DUP"))  # fmt: skip
        else:
            refunds.append((t[0], when.isoformat(), round(t[5] * 0.9, 2), "REQ"))
    refunds = [(i, *r) for i, r in enumerate(sorted(refunds, key=lambda r: (r[1], r[0])), 1)]
    return {"venues": venues, "performers": performers, "events": events, "customers": customers, "orders": orders,
            "tickets": tickets, "refunds": refunds}  # fmt: skip


def build_tickets_database(path: str | Path) -> Path:
    """Write the ticket seller's database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
