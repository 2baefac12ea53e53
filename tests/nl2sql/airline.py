"""A small made-up regional airline flying around the UK, Ireland and Norway, written by someone who had not seen
the engine's rules: the ``airline`` dev set's database.

Eight tables with foreign keys: ``airports`` (an ``iata`` code, name, city, country), ``aircraft`` (a ``reg``
registration, ``ac_type``, ``seats``, ``eis_year`` entry into service), ``routes`` (a ``flt_no`` from an ``orig_id``
airport to a ``dest_id`` airport, ``dist_km``, ``blk_mins`` block time), ``flights`` (a route flights on a
``flt_date`` at ``std`` by an aircraft: a ``status`` code ``LND`` landed, ``DIV`` diverted or ``CNX`` cancelled,
and ``delay_min``, NULL when cancelled), ``passengers`` (first and last name, ``nationality``, ``ff_tier``
frequent-flyer tier ``Blue``/``Silver``/``Gold``, ``joined_on``), ``bookings`` (a ``pnr`` for a passenger on a
flight: ``booked_on``, ``fare_paid`` in pounds, ``fare_cls`` ``Q`` saver, ``Y`` flex or ``J`` plus, ``channel``
``WEB``/``APP``/``GDS``/``CC`` call centre and ``bk_status`` ``TKT`` ticketed, ``RFD`` refunded or ``NS``
no-show), ``crew_members`` (an ``emp_no``, name, ``role``, ``base_id`` airport, ``hired_on``) and
``crew_assignments`` (a crew member on a flight with a ``duty`` code ``OPS`` operating or ``DHD`` deadheading).
Rows come from a fixed seed, so every build holds the same rows; traffic is skewed so rankings have clear
leaders, some passengers never booked and some crew members never flew.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_airline_database(pathlib.Path(tempfile.mkdtemp()) / "airline.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM flights").fetchone()
    (2500,)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_airline_database"]

_SCHEMA = """
CREATE TABLE airports (
    id INTEGER PRIMARY KEY, iata TEXT NOT NULL, name TEXT NOT NULL, city TEXT NOT NULL, country TEXT NOT NULL
);
CREATE TABLE aircraft (
    id INTEGER PRIMARY KEY, reg TEXT NOT NULL, ac_type TEXT NOT NULL, seats INTEGER NOT NULL,
    eis_year INTEGER NOT NULL
);
CREATE TABLE routes (
    id INTEGER PRIMARY KEY, flt_no TEXT NOT NULL, orig_id INTEGER NOT NULL REFERENCES airports (id),
    dest_id INTEGER NOT NULL REFERENCES airports (id), dist_km INTEGER NOT NULL, blk_mins INTEGER NOT NULL
);
CREATE TABLE flights (
    id INTEGER PRIMARY KEY, route_id INTEGER NOT NULL REFERENCES routes (id),
    aircraft_id INTEGER NOT NULL REFERENCES aircraft (id), flt_date DATE NOT NULL, std TEXT NOT NULL,
    status TEXT NOT NULL, delay_min INTEGER
);
CREATE TABLE passengers (
    id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, nationality TEXT NOT NULL,
    ff_tier TEXT NOT NULL, joined_on DATE NOT NULL
);
CREATE TABLE bookings (
    id INTEGER PRIMARY KEY, pnr TEXT NOT NULL, pax_id INTEGER NOT NULL REFERENCES passengers (id),
    flight_id INTEGER NOT NULL REFERENCES flights (id), booked_on DATE NOT NULL, fare_paid REAL NOT NULL,
    fare_cls TEXT NOT NULL, channel TEXT NOT NULL, bk_status TEXT NOT NULL
);
CREATE TABLE crew_members (
    id INTEGER PRIMARY KEY, emp_no TEXT NOT NULL, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
    role TEXT NOT NULL, base_id INTEGER NOT NULL REFERENCES airports (id), hired_on DATE NOT NULL
);
CREATE TABLE crew_assignments (
    id INTEGER PRIMARY KEY, flight_id INTEGER NOT NULL REFERENCES flights (id),
    crew_id INTEGER NOT NULL REFERENCES crew_members (id), duty TEXT NOT NULL
);
"""

_AIRPORTS = [("EDI", "Edinburgh Airport", "Edinburgh", "United Kingdom"),
             ("GLA", "Glasgow Airport", "Glasgow", "United Kingdom"),
             ("ABZ", "Aberdeen International", "Aberdeen", "United Kingdom"),
             ("INV", "Inverness Airport", "Inverness", "United Kingdom"),
             ("KOI", "Kirkwall Airport", "Kirkwall", "United Kingdom"),
             ("LSI", "Sumburgh Airport", "Shetland", "United Kingdom"),
             ("SYY", "Stornoway Airport", "Stornoway", "United Kingdom"),
             ("BHD", "George Best Belfast City", "Belfast", "United Kingdom"),
             ("MAN", "Manchester Airport", "Manchester", "United Kingdom"),
             ("BHX", "Birmingham Airport", "Birmingham", "United Kingdom"),
             ("SOU", "Southampton Airport", "Southampton", "United Kingdom"),
             ("JER", "Jersey Airport", "St Helier", "Jersey"),
             ("DUB", "Dublin Airport", "Dublin", "Ireland"),
             ("ORK", "Cork Airport", "Cork", "Ireland"),
             ("BGO", "Bergen Flesland", "Bergen", "Norway"),
             ("SVG", "Stavanger Sola", "Stavanger", "Norway")]  # fmt: skip
#: type, seats, how many, entry-into-service years
_FLEET = [("ATR 72-600", 70, 7, (2014, 2023)), ("Dash 8-400", 78, 5, (2008, 2016)),
          ("ATR 42-600", 48, 3, (2015, 2021)), ("Embraer E175", 88, 2, (2017, 2022)),
          ("Saab 340B", 34, 2, (1996, 2000)), ("DHC-6 Twin Otter", 19, 1, (2011, 2011))]  # fmt: skip
#: city pairs (IATA codes), distance in km and how busy (a weight); each is flights both ways
_PAIRS = [("EDI", "KOI", 390, 9), ("GLA", "SYY", 290, 6), ("ABZ", "LSI", 300, 8), ("EDI", "LSI", 490, 5),
          ("GLA", "BHD", 180, 7), ("EDI", "BHD", 300, 6), ("MAN", "EDI", 300, 10), ("MAN", "ABZ", 500, 5),
          ("BHX", "EDI", 410, 6), ("BHX", "GLA", 420, 4), ("SOU", "JER", 200, 5), ("MAN", "JER", 570, 3),
          ("EDI", "DUB", 350, 7), ("GLA", "DUB", 300, 4), ("BHD", "ORK", 410, 2), ("ABZ", "BGO", 500, 3),
          ("ABZ", "SVG", 500, 4), ("INV", "KOI", 170, 3), ("INV", "LSI", 330, 2), ("SOU", "MAN", 300, 4)]  # fmt: skip
_FIRST = ["Alasdair", "Bethany", "Callum", "Deirdre", "Ewan", "Fiona", "Gareth", "Hannah", "Iain", "Jessica",
          "Kirsty", "Liam", "Morag", "Niall", "Orla", "Padraig", "Rhona", "Sean", "Siobhan", "Torquil", "Una",
          "Victoria", "William", "Ingrid", "Lars", "Sofie", "Anders", "Emma", "James", "Chloe"]  # fmt: skip
_LAST = ["MacLeod", "Campbell", "Stewart", "Robertson", "Fraser", "Murray", "Sinclair", "Flett", "Johnston",
         "O'Brien", "Murphy", "Kelly", "Walsh", "Byrne", "Smith", "Jones", "Taylor", "Brown", "Wilson", "Hansen",
         "Larsen", "Olsen", "Nilsen", "Thomson", "Gunn", "Mackay", "Ross", "Hughes", "Quinn", "Patel"]  # fmt: skip
#: nationality and weight
_NATIONS = [("United Kingdom", 60), ("Ireland", 14), ("Norway", 8), ("United States", 5), ("Germany", 4),
            ("France", 3), ("Poland", 3), ("Netherlands", 2), ("Canada", 1)]  # fmt: skip
_ROLES = [("Captain", 20), ("First Officer", 22), ("Senior Cabin Crew", 10), ("Cabin Crew", 28)]
_BASES = ["EDI", "GLA", "ABZ", "MAN", "BHD"]


def _rows(seed: int = 4242) -> dict[str, list[tuple]]:
    rng = random.Random(seed)
    airports = [(i, *a) for i, a in enumerate(_AIRPORTS, 1)]
    code_id = {a[1]: a[0] for a in airports}
    aircraft = []
    for ac_type, seats, count, (low, high) in _FLEET:
        for _ in range(count):
            i = len(aircraft) + 1
            reg = f"G-SK{chr(64 + i // 26 + 1)}{chr(65 + (i * 7) % 26)}"
            aircraft.append((i, reg, ac_type, seats, rng.randint(low, high)))
    routes, route_weights = [], []
    for n, (a, b, km, weight) in enumerate(_PAIRS):
        block = round(25 + km / 7.5 + rng.randint(-4, 6))
        for k, (o, d) in enumerate(((a, b), (b, a))):
            i = len(routes) + 1
            routes.append((i, f"SK{101 + n * 2 + k if n < 10 else 301 + (n - 10) * 2 + k}", code_id[o], code_id[d],
                           km, block + (5 if k else 0)))  # fmt: skip
            route_weights.append(weight * (1.1 if k == 0 else 0.9))
    # which types fly which routes: the small island hops get turboprops, long sectors get jets and Dash 8s
    flights = []
    for i in range(1, 2501):
        route = rng.choices(routes, weights=route_weights)[0]
        if route[4] <= 200:
            fit = [a for a in aircraft if a[3] <= 48]
        elif route[4] >= 500:
            fit = [a for a in aircraft if a[2] in ("Embraer E175", "Dash 8-400", "ATR 72-600")]
        else:
            fit = [a for a in aircraft if a[3] >= 48]
        plane = rng.choices(fit, weights=[1 + (a[0] * 5) % 4 for a in fit])[0]
        day = random_day(rng, dt.date(2022, 1, 1), dt.date(2025, 12, 31))
        std = f"{rng.choice([6, 7, 7, 8, 9, 11, 13, 15, 16, 17, 18, 20]):02d}:{rng.choice([0, 10, 25, 40, 55]):02d}"
        winter = day.month in (12, 1, 2)
        roll = rng.random()
        if roll < (0.07 if winter else 0.025):
            status, delay = "CNX", None
        elif roll < (0.09 if winter else 0.035):
            status, delay = "DIV", rng.randint(40, 240)
        else:
            status = "LND"
            delay = 0 if rng.random() < 0.55 else int(rng.expovariate(1 / (35 if winter else 18))) + 1
        flights.append((i, route[0], plane[0], day.isoformat(), std, status, delay))
    passengers = []
    for i in range(1, 1501):
        nation = rng.choices([n for n, _ in _NATIONS], weights=[w for _, w in _NATIONS])[0]
        first, last = rng.choice(_FIRST), rng.choice(_LAST)
        tier = rng.choices(["Blue", "Silver", "Gold"], weights=[80, 15, 5])[0]
        joined = random_day(rng, dt.date(2016, 1, 1), dt.date(2025, 9, 30))
        passengers.append((i, first, last, nation, tier, joined.isoformat()))
    pax_weights = [0 if p[0] % 13 == 7 else {"Blue": 1, "Silver": 3, "Gold": 6}[p[4]] / (1 + (p[0] * 7) % 5)
                   for p in passengers]  # fmt: skip
    flight_weights = [3 if f[5] == "LND" else 1 for f in flights]
    bookings = []
    base_fare = {r[0]: 35 + r[4] * 0.17 for r in routes}
    for i in range(1, 5001):
        pax = rng.choices(passengers, weights=pax_weights)[0]
        flight = rng.choices(flights, weights=flight_weights)[0]
        day = dt.date.fromisoformat(flight[3])
        booked = day - dt.timedelta(days=int(rng.expovariate(1 / 30)))
        cls = rng.choices(["Q", "Y", "J"], weights=[60, 30, 10] if pax[4] == "Blue" else [35, 40, 25])[0]
        fare = base_fare[flight[1]] * {"Q": 1.0, "Y": 1.8, "J": 2.9}[cls] * (1 + 0.06 * (day.year - 2022))
        fare = round(fare * rng.uniform(0.8, 1.35), 2)
        channel = rng.choices(["WEB", "APP", "GDS", "CC"], weights=[50, 25 + 5 * (day.year - 2022), 15, 6])[0]
        status = "RFD" if flight[5] == "CNX" else rng.choices(["TKT", "RFD", "NS"], weights=[90, 5, 5])[0]
        bookings.append((i, f"{''.join(rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(5))}{i % 10}",
                         pax[0], flight[0], booked.isoformat(), fare, cls, channel, status))  # fmt: skip
    crew = []
    roles = [r for r, n in _ROLES for _ in range(n)]
    for i, role in enumerate(roles, 1):
        base = rng.choices(_BASES, weights=[8, 6, 4, 3, 2])[0] if i > 5 else _BASES[i - 1]
        hired = random_day(rng, dt.date(2005, 1, 1), dt.date(2025, 6, 30))
        crew.append((i, f"E{1000 + i * 13}", rng.choice(_FIRST), rng.choice(_LAST), role, code_id[base],
                     hired.isoformat()))  # fmt: skip
    crew_weights = [0 if c[0] % 19 == 4 else 1 / (1 + (c[0] * 3) % 6) for c in crew]
    by_role = {r: [c for c in crew if c[4] == r] for r, _ in _ROLES}

    def pick(role_names: tuple[str, ...]) -> tuple:
        pool = [c for r in role_names for c in by_role[r]]
        return rng.choices(pool, weights=[crew_weights[c[0] - 1] for c in pool])[0]

    assignments, seen = [], set()

    def assign(flight: tuple, member: tuple) -> None:
        if (flight[0], member[0]) not in seen and len(assignments) < 6000:
            seen.add((flight[0], member[0]))
            duty = "DHD" if rng.random() < 0.04 else "OPS"
            assignments.append((len(assignments) + 1, flight[0], member[0], duty))

    for flight in flights:
        if flight[5] != "CNX":
            assign(flight, pick(("Captain",)))
            assign(flight, pick(("First Officer",)))
    while len(assignments) < 6000:
        flight = rng.choice(flights)
        if flight[5] != "CNX":
            assign(flight, pick(("Senior Cabin Crew", "Cabin Crew")))
    return {"airports": airports, "aircraft": aircraft, "routes": routes, "flights": flights,
            "passengers": passengers, "bookings": bookings, "crew_members": crew,
            "crew_assignments": assignments}  # fmt: skip


def build_airline_database(path: str | Path) -> Path:
    """Write the airline's database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
