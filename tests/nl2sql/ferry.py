"""A made-up small ferry operator on the west coast of Scotland, written by someone who had not seen the engine's
rules: the ``ferry`` dev set's database.

Eleven tables with foreign keys. ``ports`` are the harbours served (a three-letter ``port_code``, the name, the
``island`` it is on, 'Mainland' for the mainland side, and ``has_ticket_office`` 'Y'/'N'). ``routes`` are one-way
crossings from an origin port to a destination port (a ``route_code`` such as OBN-CRN, ``distance_miles`` in nautical
miles, ``crossing_minutes``, ``seasonal`` 'Y' for summer-only routes and ``active`` 'N' for a planned route that has
never run). ``vessels`` are the ships (name, ``built_year``, ``passenger_capacity``, ``car_spaces``, ``length_m``,
home port and a ``status`` 'A' in service / 'R' relief vessel / 'W' withdrawn). ``disruption_reasons`` is the lookup
of the codes used when a sailing is delayed or cancelled (weather, technical fault, crew shortage and so on).
``sailings`` are the timetabled departures from January 2024 to June 2025: the route, the vessel that ran it, the
``departure_time`` ('YYYY-MM-DD HH:MM'), a ``status`` 'S' sailed on time / 'D' sailed late / 'X' cancelled, the
``delay_minutes`` (0 on time, NULL when cancelled), the ``reason_code`` for a delay or cancellation, and the
``passenger_count`` and ``vehicle_count`` carried (booked plus turn-up-and-go traffic). ``customers`` hold booking
accounts (first and last name, a ``company_name`` for business accounts, email, ``home_town``, an ``account_type``
'STD' standard / 'ISL' island resident / 'BUS' business, and ``joined_on``). ``bookings`` are a customer's booking on
one sailing (a ``booking_ref``, ``booked_on``, the ``channel`` 'WEB' / 'PHONE' / 'OFFICE' and a ``status`` 'C'
confirmed / 'X' cancelled by the customer / 'N' no-show / 'R' refunded because the sailing was cancelled).
``fare_types`` is the lookup of fare codes (ADT adult, CHD child, SNR senior, ISL islander, INF infant, and the
vehicle fares CAR, VAN, MCY motorcycle, BIC bicycle and HGV commercial vehicle, with ``is_vehicle`` 1 for the
vehicle ones). ``fares`` give the current price of each fare type on each route (small routes take no commercial
vehicles), and ``tickets`` are the lines of a booking: one row per passenger or vehicle with the ``fare_type``, the
``price`` paid (fares went up on 1 April 2025) and a ``vehicle_registration`` for vehicles. ``crew`` are the
seafarers (a ``staff_number``, names, ``rank``, the vessel they are assigned to, NULL for the relief pool,
``hired_on``, annual ``salary`` and ``left_on`` for leavers).

Rows come from a fixed seed, so every build holds the same rows. A handful of hauliers and tour operators account
for many bookings, a fifth of the customers never booked, the withdrawn vessel and the planned Lismore route have no
sailings, and winter weather cancels far more sailings on the exposed Coll and Tiree routes.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_ferry_database(pathlib.Path(tempfile.mkdtemp()) / "ferry.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM routes").fetchone()
    (12,)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_ferry_database"]

_SCHEMA = """
CREATE TABLE ports (
    id INTEGER PRIMARY KEY, port_code TEXT NOT NULL, name TEXT NOT NULL, island TEXT NOT NULL,
    has_ticket_office TEXT NOT NULL
);
CREATE TABLE routes (
    id INTEGER PRIMARY KEY, route_code TEXT NOT NULL, origin_port_id INTEGER NOT NULL REFERENCES ports (id),
    destination_port_id INTEGER NOT NULL REFERENCES ports (id), distance_miles NUMERIC NOT NULL,
    crossing_minutes INTEGER NOT NULL, seasonal TEXT NOT NULL, active TEXT NOT NULL
);
CREATE TABLE vessels (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, built_year INTEGER NOT NULL, passenger_capacity INTEGER NOT NULL,
    car_spaces INTEGER NOT NULL, length_m NUMERIC NOT NULL, home_port_id INTEGER NOT NULL REFERENCES ports (id),
    status TEXT NOT NULL
);
CREATE TABLE disruption_reasons (
    code TEXT PRIMARY KEY, description TEXT NOT NULL
);
CREATE TABLE sailings (
    id INTEGER PRIMARY KEY, route_id INTEGER NOT NULL REFERENCES routes (id),
    vessel_id INTEGER NOT NULL REFERENCES vessels (id), departure_time TEXT NOT NULL, status TEXT NOT NULL,
    delay_minutes INTEGER, reason_code TEXT REFERENCES disruption_reasons (code), passenger_count INTEGER NOT NULL,
    vehicle_count INTEGER NOT NULL
);
CREATE TABLE customers (
    id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, company_name TEXT, email TEXT NOT NULL,
    home_town TEXT NOT NULL, account_type TEXT NOT NULL, joined_on DATE NOT NULL
);
CREATE TABLE bookings (
    id INTEGER PRIMARY KEY, booking_ref TEXT NOT NULL, customer_id INTEGER NOT NULL REFERENCES customers (id),
    sailing_id INTEGER NOT NULL REFERENCES sailings (id), booked_on DATE NOT NULL, channel TEXT NOT NULL,
    status TEXT NOT NULL
);
CREATE TABLE fare_types (
    code TEXT PRIMARY KEY, description TEXT NOT NULL, is_vehicle INTEGER NOT NULL
);
CREATE TABLE fares (
    id INTEGER PRIMARY KEY, route_id INTEGER NOT NULL REFERENCES routes (id),
    fare_type TEXT NOT NULL REFERENCES fare_types (code), price NUMERIC NOT NULL
);
CREATE TABLE tickets (
    id INTEGER PRIMARY KEY, booking_id INTEGER NOT NULL REFERENCES bookings (id),
    fare_type TEXT NOT NULL REFERENCES fare_types (code), price NUMERIC NOT NULL, vehicle_registration TEXT
);
CREATE TABLE crew (
    id INTEGER PRIMARY KEY, staff_number TEXT NOT NULL, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
    rank TEXT NOT NULL, vessel_id INTEGER REFERENCES vessels (id), hired_on DATE NOT NULL, salary INTEGER NOT NULL,
    left_on DATE
);
"""

#: code, name, island, ticket office
_PORTS = [
    ("OBN", "Oban", "Mainland", "Y"), ("CRN", "Craignure", "Mull", "Y"), ("LCA", "Lochaline", "Mainland", "N"),
    ("FIS", "Fishnish", "Mull", "N"), ("TOB", "Tobermory", "Mull", "Y"), ("KIL", "Kilchoan", "Mainland", "N"),
    ("COL", "Arinagour", "Coll", "N"), ("TIR", "Scarinish", "Tiree", "Y"), ("LIS", "Achnacroish", "Lismore", "N"),
]  # fmt: skip
#: origin, destination (port ids), miles, minutes, seasonal, active, price factor, takes lorries, weather exposure
_ROUTES = [
    (1, 2, 9.5, 46, "N", "Y", 1.0, True, 1.0), (2, 1, 9.5, 46, "N", "Y", 1.0, True, 1.0),
    (3, 4, 2.0, 15, "N", "Y", 0.55, False, 0.6), (4, 3, 2.0, 15, "N", "Y", 0.55, False, 0.6),
    (5, 6, 5.0, 35, "Y", "Y", 0.8, False, 1.3), (6, 5, 5.0, 35, "Y", "Y", 0.8, False, 1.3),
    (1, 7, 44.0, 165, "N", "Y", 2.6, True, 3.2), (7, 1, 44.0, 165, "N", "Y", 2.6, True, 3.2),
    (1, 8, 55.0, 215, "N", "Y", 2.9, True, 3.8), (8, 1, 55.0, 215, "N", "Y", 2.9, True, 3.8),
    (1, 9, 7.0, 50, "N", "N", 0.9, False, 1.0), (9, 1, 7.0, 50, "N", "N", 0.9, False, 1.0),
]  # fmt: skip
#: name, built, passengers, cars, length, home port, status
_VESSELS = [
    ("Duart Castle", 2003, 550, 60, 84.6, 1, "A"), ("Morvern Lass", 1987, 150, 14, 30.2, 3, "A"),
    ("Ardnamurchan Star", 2011, 120, 10, 25.8, 5, "A"), ("Hebridean Spirit", 1998, 400, 40, 72.3, 1, "A"),
    ("Glen Aros", 1992, 250, 24, 49.9, 1, "R"), ("Sea Thrift", 1979, 90, 8, 28.4, 2, "W"),
]  # fmt: skip
_REASONS = [
    ("WX", "Adverse weather"), ("TEC", "Technical fault"), ("CRW", "Crew shortage"), ("TID", "Tidal conditions"),
    ("PRT", "Berth or harbour unavailable"), ("MED", "Medical emergency on board"),
    ("CON", "Waiting for connecting service"),
]  # fmt: skip
_FARE_TYPES = [
    ("ADT", "Adult", 0, 4.50), ("CHD", "Child (5-15)", 0, 2.25), ("SNR", "Senior (60+)", 0, 3.40),
    ("ISL", "Islander resident", 0, 2.70), ("INF", "Infant (under 5)", 0, 0.0), ("CAR", "Car", 1, 17.85),
    ("VAN", "Van or campervan", 1, 26.40), ("MCY", "Motorcycle", 1, 8.90), ("BIC", "Bicycle", 1, 1.50),
    ("HGV", "Commercial vehicle", 1, 61.20),
]  # fmt: skip
#: departure times per route id (route 5/6 only April to October, 7-10 only on given weekdays)
_TIMETABLE = {1: ["08:00"], 2: ["09:15"], 3: ["07:40"], 4: ["08:10"], 5: ["10:30"], 6: ["11:30"], 7: ["07:15"],
              8: ["11:00"], 9: ["07:15"], 10: ["13:30"]}  # fmt: skip
_SUMMER_EXTRA = {1: "13:45", 2: "15:00", 3: "16:20", 4: "16:50"}  # a second return trip May to September
_ISLAND_DAYS = {7: (0, 3), 8: (0, 3), 9: (1, 4), 10: (1, 4)}  # weekday numbers
_FIRST = ["James", "John", "Robert", "David", "Alan", "Iain", "Neil", "Angus", "Calum", "Donald", "Ewan", "Fraser",
          "Gordon", "Hamish", "Kenneth", "Murdo", "Peter", "Stuart", "Mary", "Catherine", "Fiona", "Morag", "Ailsa",
          "Eilidh", "Kirsty", "Shona", "Jean", "Margaret", "Rhona", "Lorna", "Anne", "Sarah", "Emma", "Isla",
          "Heather", "Joan"]  # fmt: skip
_LAST = ["MacDonald", "MacLean", "MacKinnon", "Campbell", "MacKenzie", "Stewart", "Cameron", "MacLeod", "Brown",
         "Smith", "Wilson", "Robertson", "Thomson", "Fraser", "MacPhail", "MacInnes", "Beaton", "Lamont", "Munro",
         "Ross", "Black", "Morrison", "MacArthur", "Livingstone", "Buchanan", "Grant", "Reid", "Murray", "Kerr",
         "Henderson", "Paterson", "Mackay"]  # fmt: skip
_ISLAND_TOWNS = [("Tobermory", 8), ("Craignure", 3), ("Salen", 3), ("Dervaig", 2), ("Fionnphort", 2),
                 ("Bunessan", 2), ("Lochaline", 2), ("Kilchoan", 2), ("Arinagour", 2), ("Scarinish", 3)]  # fmt: skip
_MAIN_TOWNS = [("Glasgow", 14), ("Edinburgh", 9), ("Oban", 7), ("Fort William", 4), ("Inverness", 3),
               ("Stirling", 3), ("Perth", 2), ("Dundee", 2), ("Aberdeen", 2), ("Manchester", 3), ("London", 4),
               ("Newcastle", 2), ("Birmingham", 2), ("Leeds", 1), ("York", 1)]  # fmt: skip
#: company, kind ('H' haulier, 'T' tour operator, 'S' island trade), town, booking weight
_COMPANIES = [
    ("Mull Haulage Ltd", "H", "Craignure", 60), ("Argyll Fuel Services", "H", "Oban", 34),
    ("Highland Grocers Wholesale", "H", "Fort William", 22), ("West Coast Tours", "T", "Glasgow", 26),
    ("Hebridean Rambles", "T", "Edinburgh", 12), ("Tiree Building Supplies", "S", "Scarinish", 15),
    ("Coll Community Shop", "S", "Arinagour", 9), ("Isle of Mull Hotel Group", "S", "Tobermory", 7),
    ("Lochaline Quarry", "H", "Lochaline", 10), ("Caledonian Coaches", "T", "Stirling", 4),
    ("Morvern Joinery", "S", "Lochaline", 2), ("Oban Marine Electrics", "S", "Oban", 0),
]  # fmt: skip
_RANKS = [("Master", 62000), ("Chief Officer", 48500), ("Chief Engineer", 52000), ("Second Engineer", 41000),
          ("Purser", 30500), ("Able Seaman", 28400), ("Deckhand", 25200)]  # fmt: skip
_START, _END = dt.date(2024, 1, 1), dt.date(2025, 6, 30)
_LETTERS = "ABCDEFGHJKLMNOPRSTUVWXYZ"


def _plate(rng: random.Random, year: int) -> str:
    age = rng.choice([year % 100, year % 100 + 50])
    return f"S{rng.choice('FGKNVY')}{age:02d} {''.join(rng.choice(_LETTERS) for _ in range(3))}"


def _sailing_rows(rng: random.Random) -> list[list]:
    rows = []
    refits = {1: (dt.date(2025, 1, 13), dt.date(2025, 2, 21)), 4: (dt.date(2024, 2, 5), dt.date(2024, 3, 8)),
              2: (dt.date(2024, 11, 4), dt.date(2024, 11, 22))}  # fmt: skip
    usual = {1: 1, 2: 1, 3: 2, 4: 2, 5: 3, 6: 3, 7: 4, 8: 4, 9: 4, 10: 4}
    day = _START
    while day <= _END:
        winter = day.month in (11, 12, 1, 2, 3)
        departures = []
        for route_id, times in _TIMETABLE.items():
            if route_id in (5, 6) and not 4 <= day.month <= 10:
                continue
            if route_id in _ISLAND_DAYS and day.weekday() not in _ISLAND_DAYS[route_id]:
                continue
            if route_id in (3, 4) and day.weekday() == 6:
                continue
            extra = [_SUMMER_EXTRA[route_id]] if route_id in _SUMMER_EXTRA and 5 <= day.month <= 9 else []
            departures += [(time, route_id) for time in times + extra]
        for time, route_id in sorted(departures):
            vessel = usual[route_id]
            start, end = refits.get(vessel, (_END, _START))
            if start <= day <= end:
                vessel = 5
            exposure = _ROUTES[route_id - 1][8]
            p_weather = (0.035 if winter else 0.006) * exposure
            p_tech = 0.02 if vessel in (2, 5) else 0.006
            roll = rng.random()
            status, delay, reason = "S", 0, None
            if roll < p_weather:
                status, delay, reason = "X", None, "WX"
            elif roll < p_weather + p_tech:
                status, delay, reason = "X", None, rng.choices(["TEC", "CRW"], weights=[5, 1])[0]
            elif roll < p_weather + p_tech + 0.09 + (0.04 if winter else 0):
                reason = rng.choices(
                    ["WX", "TEC", "CRW", "TID", "PRT", "MED", "CON"],
                    weights=[10 * exposure, 5, 2, 3 if route_id in (3, 4) else 0.3, 3, 1, 4],
                )[0]
                status, delay = "D", rng.choice([10, 15, 15, 20, 25, 30, 35, 40, 45, 60, 75, 90, 120])
            rows.append([len(rows) + 1, route_id, vessel, f"{day.isoformat()} {time}", status, delay, reason, 0, 0])
        day += dt.timedelta(days=1)
    return rows


def _customer_rows(rng: random.Random) -> tuple[list[list], list[float], dict[int, str]]:
    customers, weights, kinds = [], [], {}
    names = rng.sample([(f, s) for f in _FIRST for s in _LAST], 700)
    for n, (company, kind, town, weight) in enumerate(_COMPANIES):
        first, last = names[n]
        email = company.lower().replace(" ", "").replace("ltd", "") + ".co.uk"
        customers.append([n + 1, first, last, company, f"bookings@{email}", town, "BUS", None])
        weights.append(weight)
        kinds[n + 1] = kind
    for i in range(len(_COMPANIES) + 1, 701):
        first, last = names[i - 1]
        account = rng.choices(["STD", "ISL"], weights=[72, 28])[0]
        pool = _ISLAND_TOWNS if account == "ISL" else _MAIN_TOWNS
        town = rng.choices([t for t, _ in pool], weights=[w for _, w in pool])[0]
        domain = rng.choice(["gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk"])
        email = f"{first.lower()}.{last.lower()}{rng.randint(1, 99) if rng.random() < 0.4 else ''}@{domain}"
        customers.append([i, first, last, None, email, town, account, None])
        never = i % 5 == 2
        heavy = 5 if i % 53 == 7 else 1
        weights.append(0 if never else (2.2 if account == "ISL" else 0.7) * heavy)
    return customers, weights, kinds


def _lines(rng: random.Random, account: str, kind: str | None, route_id: int) -> list[str]:
    lorries = _ROUTES[route_id - 1][7]
    if kind == "H":
        return ["ADT", "HGV" if lorries and rng.random() < 0.8 else "VAN"]
    if kind == "T":
        return rng.choices(["ADT", "SNR"], weights=[2, 3], k=rng.randint(4, 9))
    if kind == "S":
        return ["ISL", "VAN"] if rng.random() < 0.7 else ["ISL"]
    if account == "ISL":
        people = ["ISL"] * rng.choices([1, 2], weights=[3, 1])[0] + ["CHD"] * rng.choices([0, 1, 2], [6, 2, 1])[0]
        return people + (["CAR"] if rng.random() < 0.6 else [])
    adults = rng.choices([1, 2, 2, 3, 4], k=1)[0]
    people = rng.choices(["ADT", "SNR"], weights=[3, 1], k=adults)
    if adults >= 2 and rng.random() < 0.35:
        people += ["CHD"] * rng.randint(1, 3) + (["INF"] if rng.random() < 0.2 else [])
    vehicle = rng.choices(["CAR", "VAN", "MCY", "BIC", None], weights=[55, 8, 4, 8, 25])[0]
    if vehicle == "BIC":
        return people + ["BIC"] * len([p for p in people if p in ("ADT", "SNR")])
    return people + ([vehicle] if vehicle else [])


def _rows(seed: int = 2417) -> dict[str, list[tuple]]:  # noqa: PLR0915 - one generator per table, in order
    rng = random.Random(seed)
    ports = [(i, *p) for i, p in enumerate(_PORTS, 1)]
    routes = [(i, f"{_PORTS[r[0] - 1][0]}-{_PORTS[r[1] - 1][0]}", *r[:6]) for i, r in enumerate(_ROUTES, 1)]
    vessels = [(i, *v) for i, v in enumerate(_VESSELS, 1)]
    fare_types = [f[:3] for f in _FARE_TYPES]
    fares = []
    for route_id, route in enumerate(_ROUTES, 1):
        for code, _, _, base in _FARE_TYPES:
            if code == "HGV" and not route[7]:
                continue
            if code == "ISL" and route_id in (11, 12):
                continue
            fares.append((len(fares) + 1, route_id, code, round(base * route[6] * 20) / 20))
    price = {(f[1], f[2]): f[3] for f in fares}
    sailings = _sailing_rows(rng)
    customers, weights, kinds = _customer_rows(rng)
    route_weight = {1: 6, 2: 6, 3: 3, 4: 3, 5: 2.5, 6: 2.5, 7: 4, 8: 4, 9: 5, 10: 5}
    bookings, tickets, first_booking = [], [], {}
    for sailing in sailings:
        sailing_id, route_id, _, departure, status = sailing[:5]
        day = dt.date.fromisoformat(departure[:10])
        summer = 1.8 if 5 <= day.month <= 9 else 1.0
        n = min(12, int(rng.expovariate(1) * route_weight[route_id] * summer * 0.13 + rng.random()))
        for _ in range(n):
            customer = rng.choices(customers, weights=weights)[0]
            kind = kinds.get(customer[0])
            if kind == "T" and not 4 <= day.month <= 10:
                continue
            lead = rng.choice([0, 1, 2, 3, 5, 7]) if customer[6] != "STD" else rng.choice([1, 4, 9, 14, 21, 30, 45, 60])
            booked = max(day - dt.timedelta(days=lead), dt.date(2023, 11, 20))
            channel = rng.choices(["WEB", "PHONE", "OFFICE"], weights=[70, 18, 12] if customer[6] == "STD"
                                  else [50, 30, 20])[0]  # fmt: skip
            state = "R" if status == "X" else rng.choices(["C", "X", "N"], weights=[91, 6, 3])[0]
            booking_id = len(bookings) + 1
            bookings.append((booking_id, f"MF{480213 + booking_id * 7}", customer[0], sailing_id,
                             booked.isoformat(), channel, state))  # fmt: skip
            first_booking[customer[0]] = min(first_booking.get(customer[0], booked), booked)
            first_line = len(tickets)
            factor = 1.0 if day >= dt.date(2025, 4, 1) else 0.95
            for code in _lines(rng, customer[6], kind, route_id):
                if (route_id, code) not in price:
                    continue
                plate = _plate(rng, rng.randint(2008, 2024)) if code in ("CAR", "VAN", "MCY", "HGV") else None
                tickets.append((len(tickets) + 1, booking_id, code, round(price[route_id, code] * factor, 2), plate))
            if state == "C":
                booked_lines = tickets[first_line:]
                sailing[7] += sum(1 for t in booked_lines if t[2] in ("ADT", "CHD", "SNR", "ISL", "INF"))
                sailing[8] += sum(1 for t in booked_lines if t[2] in ("CAR", "VAN", "MCY", "HGV"))
    for sailing in sailings:
        if sailing[4] == "X":
            continue
        capacity = _VESSELS[sailing[2] - 1][2]
        cars = _VESSELS[sailing[2] - 1][3]
        month = int(sailing[3][5:7])
        walk_on = int(rng.expovariate(1) * route_weight[sailing[1]] * (3.5 if 5 <= month <= 9 else 1.5)) + 2
        sailing[7] = min(capacity, sailing[7] + walk_on)
        sailing[8] = min(cars, sailing[8] + rng.randint(0, 4 if 5 <= month <= 9 else 2))
    for customer in customers:
        if customer[0] in first_booking:
            customer[7] = random_day(rng, dt.date(2022, 3, 1), first_booking[customer[0]]).isoformat()
        else:
            customer[7] = random_day(rng, dt.date(2022, 3, 1), dt.date(2025, 6, 20)).isoformat()
    crew = []
    crew_names = rng.sample([(f, s) for f in _FIRST for s in _LAST], 60)
    plan = {1: [0, 0, 1, 2, 3, 4, 4, 5, 5, 5, 6, 6], 2: [0, 1, 2, 5, 6], 3: [0, 2, 5, 6],
            4: [0, 0, 1, 2, 3, 4, 5, 5, 6, 6], 5: [0, 1, 2, 5, 6], 0: [0, 1, 3, 5, 6, 6]}  # fmt: skip
    for vessel_id in (1, 2, 3, 4, 5, 0):
        for rank_index in plan[vessel_id]:
            rank, pay = _RANKS[rank_index]
            latest = dt.date(2023, 6, 30) if rank_index < 3 else dt.date(2025, 5, 30)
            hired = random_day(rng, dt.date(2022, 1, 10), latest)
            left = None
            if rng.random() < 0.12:
                left = random_day(rng, hired + dt.timedelta(days=60), dt.date(2025, 6, 30))
                left = min(left, dt.date(2025, 6, 30)).isoformat()
            first, last = crew_names[len(crew)]
            crew.append((len(crew) + 1, f"MF{3100 + 17 * len(crew)}", first, last, rank, vessel_id or None,
                         hired.isoformat(), pay + rng.randrange(0, 30) * 100, left))  # fmt: skip
    return {"ports": ports, "routes": routes, "vessels": vessels, "disruption_reasons": list(_REASONS),
            "sailings": [tuple(s) for s in sailings], "customers": [tuple(c) for c in customers],
            "bookings": bookings, "fare_types": fare_types, "fares": fares, "tickets": tickets,
            "crew": crew}  # fmt: skip


def build_ferry_database(path: str | Path) -> Path:
    """Write the ferry operator's database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
