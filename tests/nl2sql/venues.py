"""A made-up company running six wedding and events venues in the south and west of England, written by someone who
had not seen the engine's rules: the ``venues`` dev set's database.

Eleven tables with foreign keys: ``venues`` (name, town, county, the date it opened for events, whether it holds a
``ceremony_licence`` for civil weddings 1/0 and how many ``bedrooms`` it has for guests to stay, 0 for none),
``rooms`` (the spaces that can be hired at a venue: name, ``room_type`` 'Ballroom' / 'Barn' / 'Orangery' /
'Marquee' / 'Garden' / 'Private dining' / 'Meeting room' / 'Terrace', ``seated_capacity``, ``standing_capacity`` and
the Saturday ``hire_fee`` in pounds), ``staff`` (first and last name, ``job_title`` such as 'Venue Manager',
'Events Coordinator', 'Chef', 'Bar Staff', 'Waiting Staff' or 'Porter', the venue they work at, ``contract``
'Full time' / 'Part time' / 'Casual', ``hourly_rate`` and ``start_date``), ``clients`` (first and last name,
``client_type`` 'Couple' / 'Private' / 'Corporate', ``company_name`` for corporate clients, email, phone, home town and
``created_on``), ``enquiries`` (a client asking about a venue: ``received_on``, ``event_type`` 'Wedding' /
'Birthday party' / 'Anniversary' / 'Christening' / 'Wake' / 'Conference' / 'Christmas party' / 'Awards dinner' /
'Team away day', ``preferred_date``, ``estimated_guests``, ``source`` where the enquiry came from, the
``viewing_date`` and the member of staff who showed them round (``viewing_staff_id``) when a show-round took place,
both empty otherwise, and ``status`` 'Open' still being worked / 'Booked' turned into a booking / 'Lost'),
``catering_packages`` (name, ``style`` 'Sit-down' / 'Buffet' / 'BBQ' / 'Canapes' / 'Afternoon tea' / 'Street food' /
'Day delegate', ``price_per_head``, ``min_guests`` and whether drinks are included 1/0), ``suppliers`` (outside
firms: name, ``supplier_type`` 'Florist' / 'Photographer' / 'Videographer' / 'DJ' / 'Band' / 'Cake maker' /
'Toastmaster' / 'Decor hire' / 'Wedding cars', town, phone and whether the company lists them as ``preferred`` 1/0),
``bookings`` (an event in a room for a client, usually from an enquiry (``enquiry_id`` is empty for repeat corporate
bookings made directly): ``event_type``, ``event_date``, ``booked_on``, ``status`` 'Provisional' (date held, no
deposit yet) / 'Confirmed' / 'Completed' / 'Cancelled', ``guests``, the catering package (empty when the client brings
their own caterer), ``room_hire`` and ``catering_total`` in pounds and ``total_price`` their sum),
``booking_suppliers`` (a supplier working at a booking: the ``service`` provided and the ``fee`` they charge the
client), ``invoices`` (raised to the client for a booking: ``invoice_number``, ``invoice_type`` 'Deposit' / 'Balance'
/ 'Extras', ``issued_on``, ``due_on``, ``amount``, ``status`` 'Paid' / 'Part paid' / 'Unpaid' / 'Overdue' / 'Void',
``amount_paid``, ``paid_on`` and ``payment_method`` 'Bank transfer' / 'Card' / 'Cheque' / 'Cash', the last two empty
until something is paid) and ``shifts`` (the staff rota: a member of staff working at a venue on ``shift_date`` from
``start_time`` to ``end_time``, ``hours`` worked, ``shift_type`` 'Setup' / 'Event' / 'Clear down' and the booking it
was for).

The data runs from January 2022 to the end of June 2025 with events booked up to December 2025, so later events
are still provisional or confirmed. Rows come from a fixed seed, so every build holds the same rows; a few corporate
clients book again and again, many enquiries are lost so some clients never booked, a couple of rooms, catering
packages and suppliers have never been used and a few staff have never worked a rota shift.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_venues_database(pathlib.Path(tempfile.mkdtemp()) / "venues.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM venues").fetchone()
    (6,)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_venues_database"]

_SCHEMA = """
CREATE TABLE venues (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, town TEXT NOT NULL, county TEXT NOT NULL, opened_on DATE NOT NULL,
    ceremony_licence INTEGER NOT NULL, bedrooms INTEGER NOT NULL
);
CREATE TABLE rooms (
    id INTEGER PRIMARY KEY, venue_id INTEGER NOT NULL REFERENCES venues (id), name TEXT NOT NULL,
    room_type TEXT NOT NULL, seated_capacity INTEGER NOT NULL, standing_capacity INTEGER NOT NULL,
    hire_fee NUMERIC NOT NULL
);
CREATE TABLE staff (
    id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, job_title TEXT NOT NULL,
    venue_id INTEGER NOT NULL REFERENCES venues (id), contract TEXT NOT NULL, hourly_rate NUMERIC NOT NULL,
    start_date DATE NOT NULL
);
CREATE TABLE clients (
    id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, client_type TEXT NOT NULL,
    company_name TEXT, email TEXT NOT NULL, phone TEXT NOT NULL, town TEXT NOT NULL, created_on DATE NOT NULL
);
CREATE TABLE enquiries (
    id INTEGER PRIMARY KEY, client_id INTEGER NOT NULL REFERENCES clients (id),
    venue_id INTEGER NOT NULL REFERENCES venues (id), received_on DATE NOT NULL, event_type TEXT NOT NULL,
    preferred_date DATE NOT NULL, estimated_guests INTEGER NOT NULL, source TEXT NOT NULL, viewing_date DATE,
    viewing_staff_id INTEGER REFERENCES staff (id), status TEXT NOT NULL
);
CREATE TABLE catering_packages (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, style TEXT NOT NULL, price_per_head NUMERIC NOT NULL,
    min_guests INTEGER NOT NULL, drinks_included INTEGER NOT NULL
);
CREATE TABLE suppliers (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, supplier_type TEXT NOT NULL, town TEXT NOT NULL, phone TEXT NOT NULL,
    preferred INTEGER NOT NULL
);
CREATE TABLE bookings (
    id INTEGER PRIMARY KEY, client_id INTEGER NOT NULL REFERENCES clients (id),
    room_id INTEGER NOT NULL REFERENCES rooms (id), enquiry_id INTEGER REFERENCES enquiries (id),
    event_type TEXT NOT NULL, event_date DATE NOT NULL, booked_on DATE NOT NULL, status TEXT NOT NULL,
    guests INTEGER NOT NULL, catering_package_id INTEGER REFERENCES catering_packages (id),
    room_hire NUMERIC NOT NULL, catering_total NUMERIC NOT NULL, total_price NUMERIC NOT NULL
);
CREATE TABLE booking_suppliers (
    id INTEGER PRIMARY KEY, booking_id INTEGER NOT NULL REFERENCES bookings (id),
    supplier_id INTEGER NOT NULL REFERENCES suppliers (id), service TEXT NOT NULL, fee NUMERIC NOT NULL
);
CREATE TABLE invoices (
    id INTEGER PRIMARY KEY, booking_id INTEGER NOT NULL REFERENCES bookings (id), invoice_number TEXT NOT NULL,
    invoice_type TEXT NOT NULL, issued_on DATE NOT NULL, due_on DATE NOT NULL, amount NUMERIC NOT NULL,
    status TEXT NOT NULL, amount_paid NUMERIC NOT NULL, paid_on DATE, payment_method TEXT
);
CREATE TABLE shifts (
    id INTEGER PRIMARY KEY, staff_id INTEGER NOT NULL REFERENCES staff (id),
    venue_id INTEGER NOT NULL REFERENCES venues (id), booking_id INTEGER REFERENCES bookings (id),
    shift_date DATE NOT NULL, start_time TEXT NOT NULL, end_time TEXT NOT NULL, hours NUMERIC NOT NULL,
    shift_type TEXT NOT NULL
);
"""

_TODAY = dt.date(2025, 6, 30)
_LAST_EVENT = dt.date(2025, 12, 31)

#: name, town, county, opened, ceremony licence, bedrooms, share of enquiries
_VENUES = [
    ("Ashcombe Hall", "Cheltenham", "Gloucestershire", "2009-05-01", 1, 12, 9),
    ("Millbrook Barn", "Stroud", "Gloucestershire", "2014-04-12", 1, 0, 8),
    ("The Old Rectory", "Ludlow", "Shropshire", "2011-06-01", 1, 8, 5),
    ("Harbour House", "Falmouth", "Cornwall", "2017-03-20", 1, 6, 6),
    ("Kingsley Manor", "Harrogate", "North Yorkshire", "2019-09-01", 1, 20, 7),
    ("Riverside Pavilion", "Bath", "Somerset", "2022-04-01", 0, 0, 3),
]
#: venue, name, type, seated, standing, Saturday hire fee, how often it is picked
_ROOMS = [
    (1, "Great Hall", "Ballroom", 180, 250, 6500, 8), (1, "Orangery", "Orangery", 90, 130, 3800, 5),
    (1, "Library", "Private dining", 30, 45, 1200, 2), (1, "Walled Garden", "Garden", 120, 200, 2900, 2),
    (2, "Main Barn", "Barn", 160, 220, 5200, 10), (2, "Hayloft", "Private dining", 40, 60, 1500, 3),
    (2, "Meadow Marquee", "Marquee", 200, 300, 5900, 3),
    (3, "Drawing Room", "Private dining", 50, 70, 1800, 4), (3, "Rectory Marquee", "Marquee", 150, 200, 4700, 6),
    (3, "The Snug", "Private dining", 16, 25, 650, 0), (3, "Vestry Room", "Meeting room", 24, 30, 550, 1),
    (4, "Harbour Room", "Ballroom", 140, 190, 5600, 7), (4, "Sail Loft", "Private dining", 60, 90, 2400, 4),
    (4, "Quay Terrace", "Terrace", 80, 140, 2600, 2),
    (5, "Kingsley Ballroom", "Ballroom", 220, 300, 7200, 6), (5, "Long Gallery", "Private dining", 70, 100, 2700, 4),
    (5, "Boardroom", "Meeting room", 20, 25, 600, 4), (5, "Conservatory", "Orangery", 100, 140, 3600, 4),
    (5, "Stable Yard", "Garden", 120, 250, 3000, 2),
    (6, "Pavilion Hall", "Ballroom", 130, 180, 4200, 6), (6, "River Room", "Meeting room", 40, 60, 900, 3),
    (6, "Terrace Room", "Terrace", 36, 60, 1100, 0),
]  # fmt: skip
#: name, style, price per head, minimum guests, drinks included, event kinds it suits, how often it is picked
_PACKAGES = [
    ("Classic Three Course", "Sit-down", 58.0, 40, 0, "W", 10), ("Deluxe Wedding Breakfast", "Sit-down", 79.5, 40, 1,
     "W", 5), ("Hog Roast", "BBQ", 24.0, 50, 0, "WP", 4), ("Summer Barbecue", "BBQ", 28.5, 30, 0, "WP", 3),
    ("Canape Reception", "Canapes", 18.0, 30, 0, "PC", 3), ("Afternoon Tea", "Afternoon tea", 22.0, 20, 0, "WP", 3),
    ("Hot Fork Buffet", "Buffet", 32.0, 30, 0, "WPC", 5), ("Street Food Feast", "Street food", 35.0, 50, 0, "WP", 3),
    ("Vegan Tasting Menu", "Sit-down", 64.0, 20, 0, "", 0), ("Conference Day Delegate", "Day delegate", 45.0, 10, 0,
     "C", 6), ("Working Lunch", "Buffet", 19.5, 10, 0, "C", 3), ("Gala Dinner", "Sit-down", 72.0, 50, 1, "C", 3),
]  # fmt: skip
#: type, the service written on a booking, fee range
_SUPPLIER_TYPES = {
    "Florist": ("Flowers", 450, 2400), "Photographer": ("Photography", 900, 2600),
    "Videographer": ("Videography", 1100, 2900), "DJ": ("Evening DJ", 350, 900), "Band": ("Live band", 1200, 3200),
    "Cake maker": ("Wedding cake", 300, 950), "Toastmaster": ("Toastmaster", 280, 600),
    "Decor hire": ("Chair covers and decor", 250, 1400), "Wedding cars": ("Wedding cars", 350, 1100),
}  # fmt: skip
#: name, type, town, preferred, how often it is picked
_SUPPLIERS = [
    ("Petal & Stem", "Florist", "Cheltenham", 1, 8), ("Wild Meadow Flowers", "Florist", "Stroud", 1, 6),
    ("The Flower Barn", "Florist", "Ludlow", 0, 3), ("Kernow Blooms", "Florist", "Truro", 0, 2),
    ("Rose & Thistle Florals", "Florist", "Harrogate", 1, 4), ("Bloom Bath", "Florist", "Bath", 0, 0),
    ("Emma Reid Photography", "Photographer", "Gloucester", 1, 9),
    ("Lightbox Studios", "Photographer", "Bristol", 0, 4), ("Tom Ashby Photography", "Photographer", "Ludlow", 0, 3),
    ("Sea Glass Photography", "Photographer", "Falmouth", 1, 3), ("Northern Light Photo", "Photographer", "York", 0, 3),
    ("Reel Moments", "Videographer", "Cheltenham", 1, 4), ("Cotswold Film Co", "Videographer", "Cirencester", 0, 2),
    ("Frame by Frame", "Videographer", "Leeds", 0, 0),
    ("DJ Mikey B", "DJ", "Gloucester", 0, 5), ("Party Starters Disco", "DJ", "Bristol", 1, 6),
    ("Sound Society", "DJ", "Harrogate", 0, 2), ("The Late Night Club", "Band", "Bristol", 1, 4),
    ("Velvet Swing Band", "Band", "Cheltenham", 0, 3), ("The Harbour Lights", "Band", "Penzance", 0, 2),
    ("Electric Avenue", "Band", "Leeds", 0, 1), ("Sugar & Slice Cakes", "Cake maker", "Stroud", 1, 6),
    ("Little Crumbs Bakery", "Cake maker", "Ludlow", 0, 2), ("Tiered Treats", "Cake maker", "Harrogate", 0, 2),
    ("Cornish Cake Co", "Cake maker", "Falmouth", 0, 2), ("Master of Ceremonies UK", "Toastmaster", "Worcester", 1, 3),
    ("Grand Occasions Toastmaster", "Toastmaster", "York", 0, 0), ("Elegant Hire", "Decor hire", "Gloucester", 1, 5),
    ("Simply Chair Covers", "Decor hire", "Swindon", 0, 2), ("Vintage Prop Hire", "Decor hire", "Bath", 0, 1),
    ("Classic Wedding Cars", "Wedding cars", "Cheltenham", 1, 3), ("Silver Ghost Cars", "Wedding cars", "Leeds", 0, 1),
    ("VW Camper Weddings", "Wedding cars", "Truro", 0, 0),
]  # fmt: skip
#: type, share of enquiries, client type, guest range
_EVENT_TYPES = [
    ("Wedding", 52, "Couple", (40, 190)), ("Birthday party", 10, "Private", (25, 140)),
    ("Anniversary", 4, "Private", (20, 110)), ("Christening", 3, "Private", (20, 70)),
    ("Wake", 3, "Private", (20, 90)), ("Conference", 9, "Corporate", (12, 150)),
    ("Christmas party", 9, "Corporate", (30, 200)), ("Awards dinner", 4, "Corporate", (60, 210)),
    ("Team away day", 6, "Corporate", (8, 40)),
]  # fmt: skip
_SOURCES = [("Website", 30), ("Instagram", 16), ("Hitched", 12), ("Wedding fair", 9), ("Referral", 14),
            ("Phone", 11), ("Google Ads", 8)]  # fmt: skip
_COMPANIES = [
    "Hartwell Legal LLP", "Cotswold Software Ltd", "Severnside Engineering", "Bluebell Insurance Group",
    "Avon Valley Housing", "Granite Peak Consulting", "Yorkshire Mutual", "Falmouth Marine Services",
    "Marches Agricultural Supplies", "Kestrel Logistics", "Penrose Accountants", "Northgate Dental Group",
    "Brightwater Energy", "Oakfield Recruitment", "Lambert & Shaw Architects", "Thistledown Foods",
    "Quayside Properties", "Harrogate Healthcare Trust", "Wessex Print Works", "Cobalt Media",
    "Stroud Valley Brewery", "Castleview Motors", "Greenleaf Garden Centres", "Morgan Pryce Solicitors",
]  # fmt: skip
_FIRST = ["Oliver", "James", "Harry", "Thomas", "George", "William", "Daniel", "Samuel", "Joshua", "Matthew", "Ryan",
          "Luke", "Adam", "Ben", "Callum", "Jack", "Nathan", "Rhys", "Owen", "Ethan", "Sophie", "Emily", "Charlotte",
          "Olivia", "Jessica", "Hannah", "Lucy", "Amy", "Megan", "Laura", "Rebecca", "Katie", "Chloe", "Georgia",
          "Ellie", "Holly", "Rachel", "Zoe", "Natalie", "Abigail", "Priya", "Aisha", "Fatima", "Kamal"]  # fmt: skip
_LAST = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright",
         "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Hughes",
         "Edwards", "Lewis", "Harrison", "Turner", "Hill", "Cooper", "Ward", "Morris", "Moore", "King", "Baker",
         "Carter", "Phillips", "Mitchell", "Bennett", "Price", "Pascoe", "Trelawny", "Penhaligon", "Ackroyd",
         "Sutcliffe", "Hargreaves", "Pritchard", "Vaughan", "Gough", "Patel", "Khan", "Shah", "Nowak"]  # fmt: skip
#: venue -> towns its clients mostly come from
_CLIENT_TOWNS = {
    1: ["Cheltenham", "Gloucester", "Tewkesbury", "Worcester", "Oxford"],
    2: ["Stroud", "Cirencester", "Gloucester", "Swindon", "Bristol"],
    3: ["Ludlow", "Shrewsbury", "Hereford", "Leominster", "Birmingham"],
    4: ["Falmouth", "Truro", "Penzance", "Plymouth", "Exeter"],
    5: ["Harrogate", "Leeds", "York", "Ripon", "Knaresborough"],
    6: ["Bath", "Bristol", "Frome", "Chippenham", "Trowbridge"],
}
#: title, how many at each venue (by venue), contract weights (full, part, casual), hourly rate range
_JOBS = [
    ("Venue Manager", [1, 1, 1, 1, 1, 1], (1, 0, 0), (21.0, 26.0)),
    ("Events Coordinator", [2, 2, 1, 1, 2, 1], (4, 1, 0), (14.5, 18.5)),
    ("Head Chef", [1, 1, 1, 1, 1, 0], (1, 0, 0), (17.0, 21.0)),
    ("Chef", [1, 1, 1, 1, 2, 1], (3, 2, 1), (12.5, 15.0)),
    ("Bar Staff", [2, 2, 1, 2, 2, 1], (1, 2, 4), (11.44, 12.6)),
    ("Waiting Staff", [3, 3, 2, 2, 3, 2], (1, 2, 5), (11.44, 12.4)),
    ("Porter", [1, 1, 1, 1, 1, 1], (2, 2, 2), (11.44, 12.0)),
]


def _money(value: float) -> float:
    return round(value, 2)


def _weekday_factor(day: dt.date) -> float:
    return {5: 1.0, 4: 0.85, 6: 0.8}.get(day.weekday(), 0.6)


def _event_day(rng: random.Random, start: dt.date, end: dt.date, kind: str) -> dt.date:
    """A day from ``start`` to ``end``: weddings and parties lean on Saturdays, corporate events on weekdays."""
    if start > end:
        start = end
    for _ in range(30):
        day = random_day(rng, start, end)
        if kind == "Christmas party" and day.month not in (11, 12):
            continue
        if kind in ("Conference", "Team away day", "Awards dinner"):
            if day.weekday() < 5:
                return day
        elif day.weekday() in (4, 5, 6) or rng.random() < 0.15:
            return day
    return day


def _rows(seed: int = 2718) -> dict[str, list[tuple]]:  # noqa: C901, PLR0912, PLR0915 - one generator, in order
    rng = random.Random(seed)
    venues = [(i, *v[:6]) for i, v in enumerate(_VENUES, 1)]
    rooms = [(i, *r[:6]) for i, r in enumerate(_ROOMS, 1)]
    packages = [(i, *p[:5]) for i, p in enumerate(_PACKAGES, 1)]
    suppliers = []
    for i, (name, kind, town, preferred, _) in enumerate(_SUPPLIERS, 1):
        phone = f"0{rng.randint(1200, 1999)} {rng.randint(100000, 999999)}"
        suppliers.append((i, name, kind, town, phone, preferred))

    # staff: a fixed team per venue, plus a few casuals who joined recently and have not worked a shift yet
    staff = []
    names = rng.sample([(f, s) for f in _FIRST for s in _LAST], 1100)
    for venue in range(1, 7):
        for title, per_venue, contracts, (low, high) in _JOBS:
            for _ in range(per_venue[venue - 1]):
                first, last = names[len(staff)]
                contract = rng.choices(["Full time", "Part time", "Casual"], weights=contracts)[0]
                opened = dt.date.fromisoformat(_VENUES[venue - 1][3])
                start = random_day(rng, max(opened, dt.date(2012, 1, 1)), dt.date(2024, 10, 31))
                rate = _money(rng.uniform(low, high))
                staff.append((len(staff) + 1, first, last, title, venue, contract, rate, start.isoformat()))
    for venue in (1, 2, 5, 4):
        first, last = names[len(staff)]
        title = rng.choice(["Waiting Staff", "Bar Staff"])
        start = random_day(rng, dt.date(2025, 6, 2), dt.date(2025, 6, 27))
        staff.append((len(staff) + 1, first, last, title, venue, "Casual", 11.44, start.isoformat()))
    never_rota = [s[0] for s in staff if dt.date.fromisoformat(s[7]) > dt.date(2025, 6, 1)]

    # clients: couples and private hosts enquire once (a few twice); corporate clients come back, a few very often
    clients, enquiries = [], []
    client_names = names[len(staff) :]
    heavy = {0: 14, 1: 11, 2: 9}  # company index -> extra direct bookings later
    companies = list(_COMPANIES)
    rng.shuffle(companies)
    corporate_kinds = [e for e in _EVENT_TYPES if e[2] == "Corporate"]
    private_kinds = [e for e in _EVENT_TYPES if e[2] != "Corporate"]
    n_clients = 900
    home_venues = []
    for i in range(1, n_clients + 1):
        first, last = client_names[i - 1]
        corporate = i <= len(companies)
        home_venue = rng.choices(range(1, 7), weights=[v[6] for v in _VENUES])[0]
        if corporate:
            kind_pool = corporate_kinds
            client_type, company = "Corporate", companies[i - 1]
            n_enq = 6 if i - 1 in heavy else rng.choice([1, 1, 2, 2, 3])
        else:
            kind_pool = private_kinds
            company = None
            n_enq = 2 if rng.random() < 0.08 else 1
        first_kind = rng.choices(kind_pool, weights=[k[1] for k in kind_pool])[0]
        if not corporate:
            client_type = first_kind[2]
        domain = company.lower().replace(" & ", "").replace(" ", "")[:14] + ".co.uk" if company else rng.choice(
            ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "icloud.com", "btinternet.com"])  # fmt: skip
        email = f"{first.lower()}.{last.lower()}{'' if company else rng.randint(1, 99)}@{domain}"
        phone = f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}"
        town = rng.choice(_CLIENT_TOWNS[home_venue])
        first_seen = random_day(rng, dt.date(2022, 1, 4), _TODAY)
        clients.append([i, first, last, client_type, company, email, phone, town, first_seen.isoformat()])
        home_venues.append(home_venue)
        received = first_seen
        for n in range(n_enq):
            kind = first_kind if n == 0 else rng.choices(kind_pool, weights=[k[1] for k in kind_pool])[0]
            if client_type == "Couple":
                kind = _EVENT_TYPES[0]
            venue = home_venue if n == 0 or rng.random() < 0.6 else rng.randint(1, 6)
            if venue == 6 and received < dt.date(2022, 4, 1):
                venue = rng.randint(1, 5)
            if n > 0:
                received = received + dt.timedelta(days=rng.randint(40, 300))
                if received > _TODAY:
                    break
            lead = (60, 540) if kind[0] == "Wedding" else (14, 200)
            preferred = _event_day(rng, received + dt.timedelta(days=lead[0]),
                                   min(received + dt.timedelta(days=lead[1]), _LAST_EVENT), kind[0])  # fmt: skip
            guests = rng.randint(*kind[3])
            source = rng.choices([s[0] for s in _SOURCES], weights=[s[1] for s in _SOURCES])[0]
            if kind[2] == "Corporate" and source in ("Hitched", "Wedding fair", "Instagram"):
                source = rng.choice(["Website", "Referral", "Phone"])
            if n > 0 and corporate:
                source = "Repeat client"
            showers = [s[0] for s in staff if s[4] == venue and s[3] in ("Venue Manager", "Events Coordinator")]
            viewing_date, viewing_staff = None, None
            if rng.random() < (0.62 if kind[0] == "Wedding" else 0.4):
                day = received + dt.timedelta(days=rng.randint(3, 28))
                if day <= _TODAY:
                    viewing_date, viewing_staff = day, rng.choice(showers)
            chance = 0.62 if viewing_date else 0.2
            if source == "Repeat client":
                chance = 0.8
            if rng.random() < chance:
                status = "Booked"
            elif (_TODAY - received).days < 45 and rng.random() < 0.7:
                status = "Open"
            else:
                status = "Lost"
            viewed_on = viewing_date and viewing_date.isoformat()
            enquiries.append([len(enquiries) + 1, i, venue, received.isoformat(), kind[0], preferred.isoformat(),
                              guests, source, viewed_on, viewing_staff, status])  # fmt: skip
    enquiries.sort(key=lambda e: (e[3], e[1]))
    for n, e in enumerate(enquiries, 1):
        e[0] = n

    # bookings: one for each booked enquiry, plus direct repeat bookings for the heaviest corporate clients
    room_by_venue = {v: [r for r in rooms if r[1] == v] for v in range(1, 7)}
    pick_weight = {r[0]: _ROOMS[r[0] - 1][6] for r in rooms}
    pending = []
    for e in enquiries:
        if e[10] == "Booked":
            viewing = dt.date.fromisoformat(e[8]) if e[8] else None
            received = dt.date.fromisoformat(e[3])
            booked_on = (viewing or received) + dt.timedelta(days=rng.randint(1, 21))
            pending.append((e[1], e[2], e[0], e[4], dt.date.fromisoformat(e[5]), min(booked_on, _TODAY), e[6]))
    for index, extra in heavy.items():
        client = clients[index]
        venue = home_venues[index]
        for _ in range(extra):
            kind = rng.choices(corporate_kinds, weights=[k[1] for k in corporate_kinds])[0]
            booked_on = random_day(rng, dt.date.fromisoformat(client[8]) + dt.timedelta(days=30), _TODAY)
            event = _event_day(rng, booked_on + dt.timedelta(days=20), min(booked_on + dt.timedelta(days=240),
                               _LAST_EVENT), kind[0])  # fmt: skip
            pending.append((client[0], venue, None, kind[0], event, booked_on, rng.randint(*kind[3])))
    pending.sort(key=lambda p: (p[5], p[0], p[4]))
    bookings = []
    for client_id, venue, enquiry_id, kind, event, booked_on, estimate in pending:
        booked_on = min(booked_on, event - dt.timedelta(days=7))
        guests = max(8, round(estimate * rng.uniform(0.85, 1.1)))
        fits = [r for r in room_by_venue[venue] if r[4] >= guests and pick_weight[r[0]] > 0]
        if not fits:
            fits = [max((r for r in room_by_venue[venue] if pick_weight[r[0]] > 0), key=lambda r: r[4])]
            guests = fits[0][4]
        if kind in ("Conference", "Team away day") and any(r[5] == "Meeting room" for r in fits):
            fits = [r for r in fits if r[5] == "Meeting room"] + fits
        # the smallest rooms that fit are favoured, weighted by how popular each room is
        fits.sort(key=lambda r: r[4])
        room = rng.choices(fits[:3], weights=[pick_weight[r[0]] for r in fits[:3]])[0]
        if event > _TODAY:
            status = "Provisional" if rng.random() < 0.22 else "Confirmed"
            if rng.random() < 0.04:
                status = "Cancelled"
        else:
            status = "Cancelled" if rng.random() < 0.09 else "Completed"
        kind_code = "W" if kind == "Wedding" else ("C" if kind in [k[0] for k in corporate_kinds] else "P")
        options = [p for p in _PACKAGES if kind_code in p[5] and p[3] <= guests]
        package = None
        if options and rng.random() < 0.9:
            chosen = rng.choices(options, weights=[p[6] for p in options])[0]
            package = _PACKAGES.index(chosen) + 1
        hire = round(room[6] * _weekday_factor(event) / 10) * 10
        if kind in ("Conference", "Team away day"):
            hire = round(hire * 0.7 / 10) * 10
        catering = _money(guests * _PACKAGES[package - 1][2]) if package else 0.0
        bookings.append((len(bookings) + 1, client_id, room[0], enquiry_id, kind, event.isoformat(),
                         booked_on.isoformat(), status, guests, package, float(hire), catering,
                         _money(hire + catering)))  # fmt: skip

    # suppliers at weddings and some parties
    booking_suppliers = []
    by_type = {}
    for i, s in enumerate(_SUPPLIERS, 1):
        by_type.setdefault(s[1], []).append((i, s[4]))
    wedding_mix = [("Photographer", 0.85), ("Florist", 0.7), ("DJ", 0.55), ("Cake maker", 0.45), ("Band", 0.25),
                   ("Videographer", 0.3), ("Decor hire", 0.3), ("Wedding cars", 0.2), ("Toastmaster", 0.1)]  # fmt: skip
    party_mix = [("DJ", 0.45), ("Cake maker", 0.2), ("Florist", 0.1), ("Band", 0.1), ("Photographer", 0.1)]
    for b in bookings:
        if b[7] in ("Cancelled", "Provisional"):
            continue
        mix = wedding_mix if b[4] == "Wedding" else (party_mix if b[4] in ("Birthday party", "Anniversary") else [])
        if b[4] in ("Awards dinner", "Christmas party"):
            mix = [("DJ", 0.35), ("Band", 0.15), ("Photographer", 0.2)]
        for kind, chance in mix:
            if rng.random() < chance:
                pool = by_type[kind]
                supplier = rng.choices([p[0] for p in pool], weights=[p[1] for p in pool])[0]
                service, low, high = _SUPPLIER_TYPES[kind]
                fee = float(round(rng.uniform(low, high) / 5) * 5)
                booking_suppliers.append((len(booking_suppliers) + 1, b[0], supplier, service, fee))

    # invoices: a deposit when the booking is confirmed, the balance six weeks before, sometimes extras afterwards
    invoices = []
    late_payers = {c[0] for c in clients if c[0] % 29 == 5}
    for b in bookings:
        if b[7] == "Provisional":
            continue
        event, booked_on = dt.date.fromisoformat(b[5]), dt.date.fromisoformat(b[6])
        total = b[12]
        deposit = _money(min(total, max(500.0, round(total * 0.25, -1))))
        plan = [("Deposit", booked_on, booked_on + dt.timedelta(days=14), deposit)]
        balance_day = max(booked_on, event - dt.timedelta(days=42))
        if total > deposit and balance_day <= _TODAY:
            plan.append(("Balance", balance_day, max(balance_day, event - dt.timedelta(days=28)),
                         _money(total - deposit)))  # fmt: skip
        if b[7] == "Completed" and rng.random() < 0.3:
            issued = event + dt.timedelta(days=rng.randint(1, 6))
            if issued <= _TODAY:
                plan.append(("Extras", issued, issued + dt.timedelta(days=14),
                             float(rng.randrange(120, 2400, 5))))  # fmt: skip
        for kind, issued, due, amount in plan:
            method = rng.choices(["Bank transfer", "Card", "Cheque", "Cash"], weights=[70, 22, 5, 3])[0]
            if b[7] == "Cancelled" and kind == "Balance":
                status, paid, paid_on, method = "Void", 0.0, None, None
            elif due < _TODAY:
                roll = rng.random()
                if b[1] in late_payers and roll < 0.5:
                    roll = 0.99
                if roll < 0.93:
                    status, paid = "Paid", amount
                    paid_on = min(_TODAY, issued + dt.timedelta(days=rng.randint(0, (due - issued).days + 10)))
                elif roll < 0.96:
                    status, paid = "Part paid", _money(amount * rng.choice([0.25, 0.5, 0.6]))
                    paid_on = min(_TODAY, issued + dt.timedelta(days=rng.randint(3, 30)))
                else:
                    status, paid, paid_on, method = "Overdue", 0.0, None, None
            elif rng.random() < 0.45:
                status, paid, paid_on = (
                    "Paid",
                    amount,
                    issued + dt.timedelta(days=rng.randint(0, (_TODAY - issued).days)),
                )
            else:
                status, paid, paid_on, method = "Unpaid", 0.0, None, None
            invoices.append([0, b[0], "", kind, issued.isoformat(), due.isoformat(), amount, status, paid,
                             paid_on and paid_on.isoformat(), method])  # fmt: skip
    invoices.sort(key=lambda v: (v[4], v[1], v[3]))
    for n, v in enumerate(invoices, 1):
        v[0], v[2] = n, f"INV-{v[4][:4]}-{n:05d}"

    # the rota: who worked each event that has happened (a setup shift, the event itself, some clear downs)
    shifts = []
    for b in bookings:
        event = dt.date.fromisoformat(b[5])
        if b[7] != "Completed":
            continue
        venue = rooms[b[2] - 1][1]
        team = [s for s in staff if s[4] == venue and s[0] not in never_rota and dt.date.fromisoformat(s[7]) <= event]
        weights = [{"Casual": 3, "Part time": 2}.get(s[5], 1.5) for s in team]
        crew = max(2, min(7, b[8] // 30 + rng.randint(0, 2)))
        picked = []
        while len(picked) < min(crew, len(team)):
            person = rng.choices(team, weights=weights)[0]
            if person not in picked:
                picked.append(person)
        corporate = b[4] in ("Conference", "Team away day")
        for person in picked:
            if person[3] in ("Porter",) and rng.random() < 0.6:
                start, end, kind = "09:00", "15:00", "Setup"
            elif corporate:
                start, end, kind = "07:30", rng.choice(["16:30", "17:00", "18:00"]), "Event"
            else:
                start, end, kind = (
                    rng.choice(["12:00", "13:00", "14:00"]),
                    rng.choice(["23:30", "00:00", "00:30"]),
                    "Event",
                )
            hours = (dt.datetime.strptime(end, "%H:%M") - dt.datetime.strptime(start, "%H:%M")).seconds / 3600
            shifts.append((person[0], venue, b[0], event.isoformat(), start, end, hours, kind))
            if kind == "Event" and not corporate and person[3] in ("Waiting Staff", "Bar Staff") and rng.random() < 0.3:
                next_day = (event + dt.timedelta(days=1)).isoformat()
                shifts.append((person[0], venue, b[0], next_day, "09:00", "13:00", 4.0, "Clear down"))
    shifts.sort(key=lambda s: (s[3], s[1], s[0], s[4]))
    shifts = [(i, *s) for i, s in enumerate(shifts, 1)]
    return {
        "venues": venues,
        "rooms": rooms,
        "staff": staff,
        "clients": [tuple(c) for c in clients],
        "enquiries": [tuple(e) for e in enquiries],
        "catering_packages": packages,
        "suppliers": suppliers,
        "bookings": bookings,
        "booking_suppliers": booking_suppliers,
        "invoices": [tuple(v) for v in invoices],
        "shifts": shifts,
    }


def build_venues_database(path: str | Path) -> Path:
    """Write the venue company's database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
