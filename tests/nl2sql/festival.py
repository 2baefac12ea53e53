"""A made-up music festival organiser in the north of England running five festivals a year, written by someone who had
not seen the engine's rules: the ``festival`` dev set's database.

Eleven tables with foreign keys. ``festivals`` holds one row per edition of a festival (the festival's ``name`` and
``year``, the ``site`` and ``town`` it was held at, ``start_date`` and ``end_date``, the licensed ``capacity`` and a
``status`` code: 'C' completed, 'X' cancelled, 'S' scheduled, not yet held); Harbour Lights moved from Whitby to
Scarborough in 2024 and Jazz on the Green 2023 was cancelled when the park flooded. ``stages`` are the stages built at
an edition (name, ``covered`` 'Y'/'N' for a tent or roofed stage, ``capacity``). ``artists`` are the acts that can be
booked (name, ``genre``, home ``country``, the ``agency`` and ``agent`` who book them, both empty for self-managed
acts). ``performances`` are the sets in a line-up: an artist on a stage, ``set_start`` and ``set_end`` as
'YYYY-MM-DD HH:MM', the agreed ``fee`` in pounds, ``headline`` 'Y' for the closing set on a main stage and a
``status`` code: 'P' played, 'C' cancelled, 'S' scheduled. ``ticket_types`` is the lookup of ticket ``code`` values
(weekend, weekend with camping, day ticket, VIP, under-16, campervan pass, guest list) with a ``camping`` flag and a
``list_price``. ``attendees`` are the ticket-buying public (name, ``email``, home ``town``, ``birth_year``,
``signed_up`` date and ``opt_in`` 1/0 for marketing emails); some signed up to the mailing list and never bought a
ticket. ``ticket_orders`` are orders by an attendee for an edition: an ``order_ref``, ``ticket_type`` code, ``qty``
tickets at ``unit_price``, ``order_date``, sales ``channel`` ('WEB', 'APP', 'BOX' box office on the gate, 'PHN'
phone) and ``status`` ('P' paid, 'R' refunded, 'C' cancelled before payment). ``stalls`` are traders' pitches at an
edition: the trading name ``vendor``, ``stall_type`` ('FOOD', 'BAR', 'COFFEE', 'SHOP', 'CRAFT', 'CHARITY'), the
``cuisine`` for food stalls, a ``pitch_no``, the ``pitch_fee`` charged, whether the fee was paid (``fee_paid``
'Y'/'N') and the trader's reported ``takings`` (empty until the edition has happened). ``volunteers`` (name, email,
town, ``team``, ``joined`` date, ``dbs_checked`` 1/0) work ``shifts`` at an edition (``shift_date``, ``start_time``,
``hours``, ``role`` and ``attended`` 'Y'/'N', empty for shifts still to come). ``incidents`` are logged on site:
``reported_at``, a ``category`` code ('MED' medical, 'WEL' welfare, 'SEC' security or ejection, 'THF' theft, 'LST'
lost child or person, 'LPR' lost property, 'HSF' health and safety, 'NOI' noise complaint from neighbours), a
``severity`` 1-3, the ``location``, the ``stage_id`` when it happened in front of a stage, the volunteer who
``reported_by`` it (empty when security staff logged it) and ``police`` 'Y'/'N'. Rows come from a fixed seed, so every
build holds the same rows; a few superfans place many orders, a few regular volunteers work many shifts, some artists
have never been booked and some volunteers never worked a shift.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_festival_database(pathlib.Path(tempfile.mkdtemp()) / "festival.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM festivals").fetchone()
    (19,)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_festival_database"]

_SCHEMA = """
CREATE TABLE festivals (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, year INTEGER NOT NULL, site TEXT NOT NULL, town TEXT NOT NULL,
    start_date DATE NOT NULL, end_date DATE NOT NULL, capacity INTEGER NOT NULL, status TEXT NOT NULL
);
CREATE TABLE stages (
    id INTEGER PRIMARY KEY, festival_id INTEGER NOT NULL REFERENCES festivals (id), name TEXT NOT NULL,
    covered TEXT NOT NULL, capacity INTEGER NOT NULL
);
CREATE TABLE artists (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, genre TEXT NOT NULL, country TEXT NOT NULL, agency TEXT,
    agent TEXT
);
CREATE TABLE performances (
    id INTEGER PRIMARY KEY, stage_id INTEGER NOT NULL REFERENCES stages (id),
    artist_id INTEGER NOT NULL REFERENCES artists (id), set_start TIMESTAMP NOT NULL, set_end TIMESTAMP NOT NULL,
    fee NUMERIC NOT NULL, headline TEXT NOT NULL, status TEXT NOT NULL
);
CREATE TABLE ticket_types (
    code TEXT PRIMARY KEY, description TEXT NOT NULL, camping TEXT NOT NULL, list_price NUMERIC NOT NULL
);
CREATE TABLE attendees (
    id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, surname TEXT NOT NULL, email TEXT NOT NULL, town TEXT NOT NULL,
    birth_year INTEGER NOT NULL, signed_up DATE NOT NULL, opt_in INTEGER NOT NULL
);
CREATE TABLE ticket_orders (
    id INTEGER PRIMARY KEY, order_ref TEXT NOT NULL, attendee_id INTEGER NOT NULL REFERENCES attendees (id),
    festival_id INTEGER NOT NULL REFERENCES festivals (id), ticket_type TEXT NOT NULL REFERENCES ticket_types (code),
    qty INTEGER NOT NULL, unit_price NUMERIC NOT NULL, order_date DATE NOT NULL, channel TEXT NOT NULL,
    status TEXT NOT NULL
);
CREATE TABLE stalls (
    id INTEGER PRIMARY KEY, festival_id INTEGER NOT NULL REFERENCES festivals (id), vendor TEXT NOT NULL,
    stall_type TEXT NOT NULL, cuisine TEXT, pitch_no TEXT NOT NULL, pitch_fee NUMERIC NOT NULL,
    fee_paid TEXT NOT NULL, takings NUMERIC
);
CREATE TABLE volunteers (
    id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, surname TEXT NOT NULL, email TEXT NOT NULL, town TEXT NOT NULL,
    team TEXT NOT NULL, joined DATE NOT NULL, dbs_checked INTEGER NOT NULL
);
CREATE TABLE shifts (
    id INTEGER PRIMARY KEY, volunteer_id INTEGER NOT NULL REFERENCES volunteers (id),
    festival_id INTEGER NOT NULL REFERENCES festivals (id), shift_date DATE NOT NULL, start_time TEXT NOT NULL,
    hours NUMERIC NOT NULL, role TEXT NOT NULL, attended TEXT
);
CREATE TABLE incidents (
    id INTEGER PRIMARY KEY, festival_id INTEGER NOT NULL REFERENCES festivals (id), reported_at TIMESTAMP NOT NULL,
    category TEXT NOT NULL, severity INTEGER NOT NULL, location TEXT NOT NULL, stage_id INTEGER REFERENCES stages (id),
    reported_by INTEGER REFERENCES volunteers (id), police TEXT NOT NULL
);
"""

#: name, order-ref prefix, genre weights, price factor, pitch factor, orders per edition, incidents per edition
_BRANDS = {
    "Harbour Lights": ("HL", {"Indie": 40, "Pop": 20, "Rock": 20, "Soul": 10, "Hip hop": 10}, 1.0, 1.3, 225, 33),
    "Greenhollow": ("GH", {"Folk": 60, "Americana": 30, "Indie": 10}, 0.8, 0.7, 85, 12),
    "Bassline Weekender": ("BW", {"Electronic": 70, "Hip hop": 30}, 1.1, 1.5, 330, 48),
    "Jazz on the Green": ("JG", {"Jazz": 75, "Soul": 25}, 0.7, 0.6, 65, 9),
    "Moorside Rocks": ("MR", {"Rock": 50, "Metal": 50}, 0.85, 0.9, 130, 21),
}
#: festival, year, site, town, start date, days, capacity, status
_EDITIONS = [
    ("Greenhollow", 2022, "Greenhollow Farm", "Hebden Bridge", "2022-06-17", 3, 5000, "C"),
    ("Harbour Lights", 2022, "Abbey Fields", "Whitby", "2022-07-15", 3, 12000, "C"),
    ("Bassline Weekender", 2022, "Clifton Park", "Rotherham", "2022-08-26", 3, 20000, "C"),
    ("Jazz on the Green", 2022, "Valley Gardens", "Harrogate", "2022-05-21", 2, 4000, "C"),
    ("Jazz on the Green", 2023, "Valley Gardens", "Harrogate", "2023-05-20", 2, 4000, "X"),
    ("Greenhollow", 2023, "Greenhollow Farm", "Hebden Bridge", "2023-06-16", 3, 5000, "C"),
    ("Harbour Lights", 2023, "Abbey Fields", "Whitby", "2023-07-14", 3, 12000, "C"),
    ("Bassline Weekender", 2023, "Clifton Park", "Rotherham", "2023-08-25", 3, 20000, "C"),
    ("Moorside Rocks", 2023, "Moorside Showground", "Skipton", "2023-09-15", 3, 8000, "C"),
    ("Jazz on the Green", 2024, "Valley Gardens", "Harrogate", "2024-05-18", 2, 4500, "C"),
    ("Greenhollow", 2024, "Greenhollow Farm", "Hebden Bridge", "2024-06-14", 3, 5500, "C"),
    ("Harbour Lights", 2024, "Peasholm Park", "Scarborough", "2024-07-12", 3, 15000, "C"),
    ("Bassline Weekender", 2024, "Clifton Park", "Rotherham", "2024-08-23", 3, 22000, "C"),
    ("Moorside Rocks", 2024, "Moorside Showground", "Skipton", "2024-09-13", 3, 8000, "C"),
    ("Jazz on the Green", 2025, "Valley Gardens", "Harrogate", "2025-05-17", 2, 4500, "C"),
    ("Greenhollow", 2025, "Greenhollow Farm", "Hebden Bridge", "2025-06-13", 3, 5500, "C"),
    ("Harbour Lights", 2025, "Peasholm Park", "Scarborough", "2025-07-11", 3, 15000, "C"),
    ("Bassline Weekender", 2025, "Clifton Park", "Rotherham", "2025-08-22", 3, 22000, "C"),
    ("Moorside Rocks", 2025, "Moorside Showground", "Skipton", "2025-09-12", 3, 8000, "S"),
]
#: festival: (stage name, covered, capacity or None for the edition's capacity, sets per day, tier, first year)
_STAGES = {
    "Harbour Lights": [("Main Stage", "N", None, 6, 1, 2022), ("Lighthouse Tent", "Y", 3000, 6, 2, 2022),
                       ("Quayside Stage", "N", 1500, 5, 2, 2022), ("Shanty Bar", "Y", 250, 4, 3, 2024)],
    "Greenhollow": [("Main Stage", "N", None, 5, 1, 2022), ("Barn Stage", "Y", 800, 6, 2, 2022),
                    ("Woodland Stage", "N", 600, 5, 3, 2022), ("Ceilidh Tent", "Y", 400, 3, 3, 2023)],
    "Bassline Weekender": [("Main Arena", "N", None, 5, 1, 2022), ("Warehouse", "Y", 4000, 6, 2, 2022),
                           ("Garden Stage", "N", 2000, 5, 2, 2022)],
    "Jazz on the Green": [("Bandstand", "N", None, 5, 1, 2022), ("Pavilion", "Y", 600, 5, 2, 2022)],
    "Moorside Rocks": [("Main Stage", "N", None, 5, 1, 2023), ("Ironworks Tent", "Y", 2000, 6, 2, 2023),
                       ("Cavern", "Y", 400, 4, 3, 2024)],
}  # fmt: skip
#: headline fee range per festival
_HEADLINE_FEE = {"Harbour Lights": (45000, 90000), "Greenhollow": (12000, 30000),
                 "Bassline Weekender": (50000, 120000), "Jazz on the Green": (8000, 18000),
                 "Moorside Rocks": (20000, 45000)}  # fmt: skip
#: code, description, camping, list price, weight at a camping festival, weight at Jazz on the Green
_TICKET_TYPES = [
    ("WKD", "Weekend ticket", "N", 129.0, 25, 45), ("WKC", "Weekend ticket with camping", "Y", 159.0, 35, 0),
    ("DAY", "Day ticket", "N", 59.0, 20, 35), ("VIP", "VIP weekend", "N", 289.0, 6, 10),
    ("U16", "Under-16 weekend", "N", 45.0, 6, 8), ("CMV", "Campervan pass", "Y", 95.0, 4, 0),
    ("GST", "Guest list", "N", 0.0, 2, 2),
]  # fmt: skip
_AGENCIES = [
    ("Northern Light Agency", ["Sam Kerr", "Priya Shah", "Owen Pryce"]),
    ("Coda Booking", ["Hannah Lowe", "Marcus Bell"]),
    ("Fold Music", ["Jess Okafor"]),
    ("Bluebell Artists", ["Tom Rigby", "Alice Dunn"]),
    ("Ironclad Management", ["Dean Holt"]),
    ("Lowlands Live", ["Pieter de Vries", "Femke Jansen"]),
    ("Swing Street", ["Ruth Abrams"]),
]
#: genre: (how many artists, agencies they tend to use)
_GENRES = {
    "Indie": (45, [0, 1, 3]), "Pop": (20, [0, 1]), "Rock": (35, [1, 4, 3]), "Soul": (18, [6, 1]),
    "Hip hop": (22, [2, 5]), "Folk": (40, [3, 0]), "Americana": (18, [3, 6]), "Electronic": (45, [5, 2]),
    "Jazz": (30, [6]), "Metal": (25, [4]),
}  # fmt: skip
_ADJ = ["Velvet", "Paper", "Silver", "Hollow", "Northern", "Electric", "Crooked", "Golden", "Quiet", "Wild", "Broken",
        "Neon", "Lonely", "Midnight", "Copper", "Amber", "Scarlet", "Wandering", "Restless", "Sleeping", "Tidal",
        "Glass", "Painted", "Sunday"]  # fmt: skip
_NOUN = ["Harbours", "Lanterns", "Foxes", "Rivers", "Ghosts", "Sparrows", "Engines", "Tides", "Wolves", "Hearts",
         "Arrows", "Kites", "Ravens", "Pilots", "Moths", "Anchors", "Satellites", "Orchards", "Strangers",
         "Comets"]  # fmt: skip
_DARK = ["Iron", "Grave", "Black", "Ash", "Storm", "Dread", "Bone", "Hex", "Thorn", "Rust", "Void", "Cinder"]
_DARK2 = ["Wake", "Tide", "Moor", "Crown", "Fall", "Throne", "Hammer", "Serpent", "Altar", "Forge", "Pyre", "Maw"]
_ELEC1 = ["Sub", "Neo", "Low", "Dub", "Hexa", "Flux", "Deep", "Kilo", "Mono", "Ultra", "Lumen", "Sonic", "Echo"]
_ELEC2 = ["tek", "wave", "form", "loop", "phase", "grid", "pulse", "shift", "core", "drift", "state", "vector"]
_FIRST = ["Ellie", "Tom", "Maya", "Jake", "Rosie", "Callum", "Freya", "Ben", "Niamh", "Luke", "Isla", "Sam", "Ruby",
          "Joe", "Amara", "Kieran", "Lucy", "Dan", "Zara", "Rory", "Hattie", "Marcus", "Leah", "Finn", "Nadia",
          "Owen", "Grace", "Theo", "Abi", "Jonah"]  # fmt: skip
_SURNAMES = ["Marsh", "Ashworth", "Holroyd", "Sutcliffe", "Brennan", "Okoro", "Whitaker", "Lindqvist", "Moreau",
             "Kavanagh", "Fairbairn", "Hartley", "Greenwood", "Pickles", "Barraclough", "Shaw", "Dobson", "Hussain",
             "Mensah", "Calloway", "Quinn", "Ferris", "Lowther", "Byrne", "Haigh", "Novak", "Delaney", "Pryce",
             "Castellano", "Thornton"]  # fmt: skip
_COUNTRIES = [("UK", 70), ("Ireland", 8), ("USA", 7), ("Netherlands", 4), ("Germany", 3), ("France", 2),
              ("Australia", 2), ("Canada", 2), ("Sweden", 2)]  # fmt: skip
_TOWNS = [("Leeds", 16), ("Sheffield", 12), ("York", 8), ("Bradford", 6), ("Manchester", 9), ("Hull", 5),
          ("Harrogate", 4), ("Whitby", 2), ("Scarborough", 4), ("Hebden Bridge", 2), ("Halifax", 4),
          ("Huddersfield", 5), ("Skipton", 2), ("Rotherham", 4), ("Doncaster", 4), ("Middlesbrough", 3),
          ("Newcastle", 5), ("London", 4), ("Wakefield", 4), ("Lancaster", 2)]  # fmt: skip
_PUBLIC_FIRST = ["Olivia", "Amelia", "Jack", "Harry", "Sophie", "Charlotte", "James", "Thomas", "Emily", "Jessica",
                 "Daniel", "Ryan", "Chloe", "Megan", "Liam", "Connor", "Lauren", "Hannah", "Adam", "Ben", "Katie",
                 "Rebecca", "Matt", "Chris", "Georgia", "Abbie", "Nathan", "Josh", "Bethany", "Jade", "Aaron",
                 "Priya", "Ewan", "Kirsty", "Dominic", "Imogen"]  # fmt: skip
_PUBLIC_SURNAMES = ["Smith", "Jones", "Taylor", "Brown", "Wilson", "Walker", "Wright", "Robinson", "Thompson",
                    "Wood", "Hall", "Green", "Clarke", "Jackson", "Hughes", "Turner", "Hill", "Cooper", "Ward",
                    "Moore", "Atkinson", "Bairstow", "Crowther", "Dawson", "Firth", "Hirst", "Kaur", "Khan",
                    "Lister", "Midgley", "Naylor", "Oates", "Pearson", "Sykes", "Wainwright", "Yates"]  # fmt: skip
_DOMAINS = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "icloud.com", "btinternet.com"]
#: vendor, stall type, cuisine, how often they trade (weight)
_VENDORS = [
    ("Fired Up Pizza", "FOOD", "Wood-fired pizza", 9), ("Taco Loco", "FOOD", "Mexican", 7),
    ("The Thai Tuk Tuk", "FOOD", "Thai", 6), ("Big Dave's Burgers", "FOOD", "Burgers", 9),
    ("Green Grazers", "FOOD", "Vegan", 5), ("Masala Wagon", "FOOD", "Indian", 7),
    ("Whitby Fryers", "FOOD", "Fish and chips", 4), ("Crepe Expectations", "FOOD", "Crepes", 5),
    ("Jerk Shack", "FOOD", "Caribbean", 5), ("Souvlaki Bros", "FOOD", "Greek", 3),
    ("Seoul Food", "FOOD", "Korean", 3), ("Porky's Hog Roast", "FOOD", "Hog roast", 4),
    ("Holy Dough", "FOOD", "Doughnuts", 4), ("Yorkshire Dales Ices", "FOOD", "Ice cream", 6),
    ("Bao Down", "FOOD", "Bao buns", 2), ("The Pie Hole", "FOOD", "Pies", 3),
    ("Halloumi Heaven", "FOOD", "Halloumi", 2),
    ("Curry Up", "FOOD", "Indian", 1), ("Paella Pan", "FOOD", "Spanish", 2), ("Loaded Fries Co", "FOOD", "Fries", 3),
    ("The Cider Bus", "BAR", None, 8), ("Gin Palace", "BAR", None, 5), ("Brewhouse Taps", "BAR", None, 7),
    ("Fizz Van", "BAR", None, 3), ("Rum Runners", "BAR", None, 2),
    ("Bean There Coffee", "COFFEE", None, 8), ("Grind Horsebox", "COFFEE", None, 4),
    ("Chai Wallah", "COFFEE", None, 3),
    ("Festival Threads", "SHOP", None, 5), ("Glitter Station", "SHOP", None, 6), ("Wellies & Ponchos", "SHOP", None, 4),
    ("Moon Stone Jewellery", "SHOP", None, 2), ("Vinyl Junkies", "SHOP", None, 3),
    ("Hennaworks", "CRAFT", None, 3), ("Woodland Weavers", "CRAFT", None, 2), ("Kids Clay Corner", "CRAFT", None, 2),
    ("Samaritans", "CHARITY", None, 3), ("Oxfam", "CHARITY", None, 4), ("Mind", "CHARITY", None, 2),
]  # fmt: skip
_STALL_BASE = {"FOOD": (900, 3000, 9000), "BAR": (1800, 6000, 15000), "COFFEE": (500, 1000, 3000),
               "SHOP": (350, 400, 1500), "CRAFT": (200, 200, 800), "CHARITY": (0, 100, 500)}  # fmt: skip
_STALL_LETTER = {"FOOD": "F", "BAR": "B", "COFFEE": "C", "SHOP": "S", "CRAFT": "K", "CHARITY": "Q"}
_STALLS_PER = {"Harbour Lights": 17, "Greenhollow": 12, "Bassline Weekender": 18, "Jazz on the Green": 8,
               "Moorside Rocks": 12}  # fmt: skip
_TEAMS = [("Stewarding", 35), ("Bars", 20), ("Litter", 15), ("Info Point", 10), ("First Aid", 8),
          ("Artist Liaison", 5), ("Car Parks", 10)]  # fmt: skip
_ROLE = {"Stewarding": "Steward", "Bars": "Bar staff", "Litter": "Litter pick", "Info Point": "Info point",
         "First Aid": "First aider", "Artist Liaison": "Artist liaison", "Car Parks": "Car park marshal"}  # fmt: skip
#: category, severity weights 1-3, weight at a dance festival, weight elsewhere
_INCIDENTS = [("MED", [50, 35, 15], 34, 26), ("WEL", [50, 40, 10], 18, 12), ("SEC", [40, 40, 20], 15, 13),
              ("THF", [50, 40, 10], 12, 12), ("LST", [30, 40, 30], 3, 7), ("LPR", [90, 10, 0], 9, 14),
              ("HSF", [50, 35, 15], 5, 9), ("NOI", [80, 20, 0], 4, 7)]  # fmt: skip
_LOCATIONS = [("Arena", 30), ("Campsite", 25), ("Car park", 8), ("Main entrance", 10), ("Bar area", 12),
              ("Front of stage", 15)]  # fmt: skip


def _artists(rng: random.Random) -> list[tuple]:
    used: set[str] = set()
    artists = []
    for genre, (count, agencies) in _GENRES.items():
        made = 0
        while made < count:
            first, last = rng.choice(_FIRST), rng.choice(_SURNAMES)
            if genre == "Electronic":
                name = rng.choice([rng.choice(_ELEC1) + rng.choice(_ELEC2), f"DJ {first} {last[0]}",
                                   rng.choice(_ELEC1) + rng.choice(_ELEC2), f"{first} {last}"])  # fmt: skip
            elif genre == "Metal":
                name = rng.choice([f"{rng.choice(_DARK)} {rng.choice(_DARK2)}",
                                   rng.choice(_DARK) + rng.choice(_DARK2).lower()])  # fmt: skip
            elif genre == "Jazz":
                name = f"{first} {last} {rng.choice(['Trio', 'Quartet', 'Quintet', 'Big Band', 'Trio'])}"
            elif genre == "Folk":
                name = rng.choice([f"{first} {last}", f"The {last} Family", f"{first} {last} & the {rng.choice(_NOUN)}",
                                   f"{rng.choice(_ADJ)} {rng.choice(_NOUN)}"])  # fmt: skip
            elif genre == "Hip hop":
                name = rng.choice([f"MC {last}", f"{first[0]}{last[0]}{rng.randint(2, 9)}", f"Lil {first}",
                                   f"{last} Collective"])  # fmt: skip
            elif genre in ("Soul", "Pop", "Americana"):
                name = rng.choice([f"{first} {last}", f"{first} {last}", f"The {rng.choice(_ADJ)} {rng.choice(_NOUN)}"])
            else:
                name = rng.choice([f"The {rng.choice(_ADJ)} {rng.choice(_NOUN)}",
                                   f"{rng.choice(_ADJ)} {rng.choice(_NOUN)}", f"The {rng.choice(_NOUN)}"])  # fmt: skip
            if name in used:
                continue
            used.add(name)
            made += 1
            country = rng.choices([c for c, _ in _COUNTRIES], weights=[w for _, w in _COUNTRIES])[0]
            if genre == "Electronic" and rng.random() < 0.3:
                country = rng.choice(["Netherlands", "Germany"])
            if rng.random() < 0.18:
                agency = agent = None
            else:
                agency_name, agents = _AGENCIES[rng.choice(agencies)]
                agency, agent = agency_name, rng.choice(agents)
            artists.append((len(artists) + 1, name, genre, country, agency, agent))
    return artists


def _rows(seed: int = 20250831) -> dict[str, list[tuple]]:  # noqa: PLR0915 - one generator per table, in order
    rng = random.Random(seed)
    festivals = []
    for i, (name, year, site, town, start, days, capacity, status) in enumerate(_EDITIONS, 1):
        first = dt.date.fromisoformat(start)
        assert first.weekday() == (5 if days == 2 else 4), name  # noqa: S101 - Friday, or Saturday for two days
        last = first + dt.timedelta(days=days - 1)
        festivals.append((i, name, year, site, town, first.isoformat(), last.isoformat(), capacity, status))
    # stages and line-ups
    artists = _artists(rng)
    popularity = {a[0]: (0 if rng.random() < 0.08 else rng.paretovariate(1.4)) for a in artists}
    stages, performances = [], []
    for fest in festivals:
        fid, name, year, _, _, start, end, capacity, status = fest
        brand = _BRANDS[name]
        genre_w = brand[1]
        booked: set[int] = set()
        days = (dt.date.fromisoformat(end) - dt.date.fromisoformat(start)).days + 1
        inflation = 1 + 0.05 * (year - 2022)
        for stage_name, covered, cap, per_day, tier, since in _STAGES[name]:
            if year < since:
                continue
            stage_id = len(stages) + 1
            stages.append((stage_id, fid, stage_name, covered, cap or capacity))
            for d in range(days):
                day = dt.date.fromisoformat(start) + dt.timedelta(days=d)
                opening = {1: dt.time(21, 0), 2: dt.time(12, 30), 3: dt.time(14, 0)}[tier]
                clock = dt.datetime.combine(day, opening) - dt.timedelta(minutes=90 * (per_day - 1) if tier == 1 else 0)
                for slot in range(per_day):
                    pool = [a for a in artists if a[2] in genre_w and a[0] not in booked and popularity[a[0]] > 0]
                    weights = [genre_w[a[2]] * popularity[a[0]] for a in pool]
                    artist = rng.choices(pool, weights=weights)[0]
                    booked.add(artist[0])
                    closing = tier == 1 and slot == per_day - 1
                    length = 90 if closing else rng.choice([40, 45, 50, 60, 60, 75] if tier < 3 else [30, 40, 45, 60])
                    if closing:
                        low, high = _HEADLINE_FEE[name]
                        fee = rng.uniform(low, high)
                    elif tier == 1:
                        fee = rng.uniform(1500, 4000) * (1 + slot * 0.8)
                    elif tier == 2:
                        fee = rng.uniform(600, 1500) * (1 + slot * 0.5)
                    else:
                        fee = rng.uniform(150, 900)
                    fee = round(fee * inflation / 50) * 50
                    if status == "X":
                        state = "C"
                    elif status == "S":
                        state = "S"
                    else:
                        state = "C" if rng.random() < 0.03 else "P"
                    set_end = clock + dt.timedelta(minutes=length)
                    performances.append((len(performances) + 1, stage_id, artist[0],
                                         clock.strftime("%Y-%m-%d %H:%M"), set_end.strftime("%Y-%m-%d %H:%M"), fee,
                                         "Y" if closing else "N", state))  # fmt: skip
                    gaps = [25, 30, 35, 40] if tier == 1 else [15, 20, 25, 30]
                    clock = set_end + dt.timedelta(minutes=rng.choice(gaps))
    ticket_types = [t[:4] for t in _TICKET_TYPES]
    # attendees: some never buy, a few superfans buy a lot
    attendees_n = 1500
    taken = set()
    people = []
    while len(people) < attendees_n:
        first, last = rng.choice(_PUBLIC_FIRST), rng.choice(_PUBLIC_SURNAMES)
        email = f"{first}.{last}{rng.choice(['', '', str(rng.randint(1, 99))])}@{rng.choice(_DOMAINS)}".lower()
        if email in taken:
            continue
        taken.add(email)
        town = rng.choices([t for t, _ in _TOWNS], weights=[w for _, w in _TOWNS])[0]
        birth = max(1958, min(2008, round(rng.gauss(1993, 9))))
        people.append([len(people) + 1, first, last, email, town, birth, None, int(rng.random() < 0.55)])
    buy_weight = [0 if rng.random() < 0.12 else (15 if rng.random() < 0.04 else rng.uniform(0.5, 1.5)) for _ in people]
    orders = []
    for fest in festivals:
        fid, name, year, _, _, start, _, _, status = fest
        prefix, _, price_f, _, per_edition, _ = _BRANDS[name]
        start_day = dt.date.fromisoformat(start)
        jazz = name == "Jazz on the Green"
        kinds = [t for t in _TICKET_TYPES if (t[5] if jazz else t[4]) > 0]
        if name == "Bassline Weekender":
            kinds = [t for t in kinds if t[0] != "U16"]
        for _ in range(per_edition + rng.randint(-10, 10)):
            person = rng.choices(people, weights=buy_weight)[0]
            kind = rng.choices(kinds, weights=[(t[5] if jazz else t[4]) for t in kinds])[0]
            channel = rng.choices(["WEB", "APP", "BOX", "PHN"], weights=[75, 15, 5, 5])[0]
            if status == "S" and channel == "BOX":
                channel = "WEB"
            if channel == "BOX":
                day = start_day
            else:
                ahead = rng.randint(150, 300) if rng.random() < 0.3 else int(rng.triangular(1, 150, 10))
                day = start_day - dt.timedelta(days=ahead)
                if day < dt.date(2022, 1, 4):
                    day = random_day(rng, dt.date(2022, 1, 4), start_day - dt.timedelta(days=1))
                if status == "S":
                    day = min(day, dt.date(2025, 8, 31))
            qty = 1 if kind[0] in ("CMV", "GST") else rng.choices([1, 2, 3, 4, 5, 6], weights=[45, 35, 8, 10, 1, 1])[0]
            if kind[0] == "VIP":
                qty = min(qty, 2)
            price = kind[3] * price_f * (1 + 0.06 * (year - 2022))
            if (start_day - day).days > 200:
                price *= 0.85
            price = round(price)
            if status == "X":
                state = "R" if rng.random() < 0.97 else "C"
            elif channel == "BOX":
                state = "P"
            else:
                state = rng.choices(["P", "R", "C"], weights=[93, 5, 2] if status == "C" else [98, 0, 2])[0]
            orders.append([None, None, person[0], fid, kind[0], qty, float(price), day.isoformat(), channel, state,
                           prefix, year])  # fmt: skip
    orders.sort(key=lambda o: (o[7], o[3], o[2]))
    counters: dict[str, int] = {}
    ticket_orders = []
    for i, o in enumerate(orders, 1):
        key = f"{o[10]}{o[11] % 100:02d}"
        counters[key] = counters.get(key, 0) + 1
        ticket_orders.append((i, f"{key}-{counters[key]:05d}", *o[2:10]))
    first_order: dict[int, str] = {}
    for o in ticket_orders:
        first_order.setdefault(o[2], o[7])
    for p in people:
        if p[0] in first_order:
            day = dt.date.fromisoformat(first_order[p[0]]) - dt.timedelta(days=rng.randint(0, 90))
            p[6] = max(dt.date(2022, 1, 3), day).isoformat()
        else:
            p[6] = random_day(rng, dt.date(2022, 1, 3), dt.date(2025, 8, 30)).isoformat()
    attendees = [tuple(p) for p in people]
    # traders' pitches
    stalls = []
    for fest in festivals:
        fid, name, year, _, _, start, end, _, status = fest
        if status == "X":
            continue
        days = (dt.date.fromisoformat(end) - dt.date.fromisoformat(start)).days + 1
        factor = _BRANDS[name][3]
        pool = list(_VENDORS)
        if name == "Bassline Weekender":
            pool = [v for v in pool if v[1] != "CRAFT"]
        chosen = []
        while len(chosen) < _STALLS_PER[name] + rng.randint(-1, 1):
            vendor = rng.choices(pool, weights=[v[3] for v in pool])[0]
            if vendor not in chosen:
                chosen.append(vendor)
        chosen.sort(key=lambda v: (list(_STALL_LETTER).index(v[1]), v[0]))
        numbers: dict[str, int] = {}
        for vendor, kind, cuisine, _ in chosen:
            base, low, high = _STALL_BASE[kind]
            numbers[kind] = numbers.get(kind, 0) + 1
            fee = round(base * factor * (1 + 0.05 * (year - 2022)) * rng.uniform(0.9, 1.15) / 25) * 25
            takings = None if status == "S" else round(rng.uniform(low, high) * days * factor * 0.8, 2)
            paid = "Y" if rng.random() < (0.96 if year < 2025 else 0.8) else "N"
            stalls.append((len(stalls) + 1, fid, vendor, kind, cuisine, f"{_STALL_LETTER[kind]}{numbers[kind]}",
                           fee, paid, takings))  # fmt: skip
    # volunteers and their shifts
    volunteers = []
    for i in range(1, 221):
        first, last = rng.choice(_PUBLIC_FIRST), rng.choice(_PUBLIC_SURNAMES)
        team = rng.choices([t for t, _ in _TEAMS], weights=[w for _, w in _TEAMS])[0]
        joined = random_day(rng, dt.date(2022, 1, 10), dt.date(2025, 8, 1))
        if rng.random() < 0.35:
            joined = random_day(rng, dt.date(2022, 1, 10), dt.date(2022, 4, 30))
        dbs = 1 if team in ("First Aid", "Artist Liaison") else int(rng.random() < 0.4)
        town = rng.choices([t for t, _ in _TOWNS], weights=[w for _, w in _TOWNS])[0]
        email = f"{first[0]}{last}{i}@{rng.choice(_DOMAINS)}".lower()
        volunteers.append((i, first, last, email, town, team, joined.isoformat(), dbs))
    vol_weight = {v[0]: 0 if v[0] % 11 == 5 else (8 if v[0] % 13 == 2 else rng.uniform(0.5, 1.5)) for v in volunteers}
    shifts = []
    for fest in festivals:
        fid, name, year, _, _, start, end, capacity, status = fest
        if status == "X":
            continue
        first_day, last_day = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
        eligible = [v for v in volunteers if dt.date.fromisoformat(v[6]) <= first_day - dt.timedelta(days=7)]
        weights = [vol_weight[v[0]] for v in eligible]
        wanted = capacity // 100 + rng.randint(-8, 8)
        seen: set[tuple[int, str]] = set()
        made = 0
        while made < wanted:
            vol = rng.choices(eligible, weights=weights)[0]
            day = first_day - dt.timedelta(days=1) if rng.random() < 0.1 else random_day(rng, first_day, last_day)
            if (vol[0], day.isoformat()) in seen:
                continue
            seen.add((vol[0], day.isoformat()))
            made += 1
            team = vol[5] if rng.random() < 0.85 else rng.choice([t for t, _ in _TEAMS])
            hours = 8 if team == "First Aid" else rng.choice([4, 4, 6])
            start_time = rng.choice(["07:00", "11:00", "15:00", "19:00"] if hours < 8 else ["08:00", "16:00"])
            attended = None if status == "S" else ("Y" if rng.random() < 0.9 else "N")
            shifts.append([None, vol[0], fid, day.isoformat(), start_time, hours, _ROLE[team], attended])
    shifts.sort(key=lambda s: (s[3], s[4], s[1]))
    shifts = [(i, *s[1:]) for i, s in enumerate(shifts, 1)]
    # incidents on site
    incidents = []
    for fest in festivals:
        fid, name, year, _, _, start, end, _, status = fest
        if status != "C":
            continue
        first_day, last_day = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
        dance = name == "Bassline Weekender"
        my_stages = [s for s in stages if s[1] == fid]
        on_shift = [s for s in shifts if s[2] == fid and s[7] == "Y"]
        locations = [loc for loc in _LOCATIONS if not (name == "Jazz on the Green" and loc[0] == "Campsite")]
        for _ in range(_BRANDS[name][5] + rng.randint(-4, 4)):
            cat = rng.choices(_INCIDENTS, weights=[c[2] if dance else c[3] for c in _INCIDENTS])[0]
            severity = rng.choices([1, 2, 3], weights=cat[1])[0]
            location = rng.choices([loc for loc, _ in locations], weights=[w for _, w in locations])[0]
            if cat[0] == "NOI":
                location = "Campsite" if name != "Jazz on the Green" else "Arena"
            stage = rng.choice(my_stages)[0] if location == "Front of stage" else None
            day = random_day(rng, first_day, last_day)
            when = dt.datetime.combine(day, dt.time(rng.randint(10, 23), rng.randrange(60)))
            if location == "Campsite" and rng.random() < 0.4:
                when = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(rng.randint(0, 3), rng.randrange(60)))
            reporter = None
            same_day = [s for s in on_shift if s[3] == day.isoformat()]
            if same_day and rng.random() < 0.65:
                reporter = rng.choice(same_day)[1]
            police = "Y" if (cat[0] == "THF" and rng.random() < 0.5) or (cat[0] == "SEC" and severity == 3) else "N"
            if cat[0] == "LST" and severity == 3:
                police = "Y"
            incidents.append([None, fid, when.strftime("%Y-%m-%d %H:%M"), cat[0], severity, location, stage,
                              reporter, police])  # fmt: skip
    incidents.sort(key=lambda r: (r[2], r[1]))
    incidents = [(i, *r[1:]) for i, r in enumerate(incidents, 1)]
    return {"festivals": festivals, "stages": stages, "artists": artists, "performances": performances,
            "ticket_types": ticket_types, "attendees": attendees, "ticket_orders": ticket_orders, "stalls": stalls,
            "volunteers": volunteers, "shifts": shifts, "incidents": incidents}  # fmt: skip


def build_festival_database(path: str | Path) -> Path:
    """Write the festival organiser's database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
