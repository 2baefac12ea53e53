"""A made-up group of six marinas on the south coast of England, written by someone who had not seen the engine's
rules: the ``marina`` dev set's database.

Ten tables with foreign keys:

- ``marinas``: ``name``, ``town``, ``county``, ``opened`` (date the group took it over), ``status`` 'O' open /
  'C' closed (Shoreham closed for good on 2024-09-30), ``visitor_rate`` (pounds per metre of boat length per night
  for visiting boats) and ``labour_rate`` (boatyard pounds per hour).
- ``berths``: a berth in a marina: ``code`` such as 'C14' (pontoon letter and number), ``pontoon``, ``length_m``
  (the longest boat it takes), ``berth_type`` 'P' pontoon finger / 'W' walk-ashore hammerhead / 'S' swinging
  mooring buoy / 'D' dry stack, ``has_power`` 1/0 shore power.
- ``owners``: boat owners: ``first_name``, ``surname``, ``email``, ``town``, ``joined_on``, ``tier`` 'S' standard /
  'G' gold club member, ``status`` 'A' active / 'L' lapsed account.
- ``boats``: ``name``, ``owner_id``, ``boat_type`` 'SY' sailing yacht / 'MY' motor yacht / 'CAT' catamaran / 'RIB'
  rigid inflatable / 'DAY' day boat, ``length_m``, ``year_built``, ``home_port`` (where the boat is registered; a
  boat berthed with us has one of our marinas' towns, visitors come from elsewhere).
- ``berth_contracts``: a boat on a berth: ``start_date``, ``end_date``, ``contract_type`` 'ANN' annual / 'SUM' summer
  (April-September) / 'WIN' winter (October-March) / 'MTH' monthly, ``price`` in pounds for the whole contract,
  ``status`` 'A' active (running at 2025-10-31) / 'E' ended / 'X' cancelled early (``end_date`` is then the
  cancellation date).
- ``visits``: a visiting boat's overnight stay: ``marina_id``, ``boat_id``, ``arrival_date``, ``nights``, ``fee`` in
  pounds, ``booked_via`` 'APP' mobile app / 'WEB' website / 'PHN' phone / 'VHF' radio on arrival.
- ``fuel_sales``: a sale at a marina's fuel berth: ``boat_id`` (NULL when the boat was not identified),
  ``sale_date``, ``fuel_type`` 'D' diesel / 'P' petrol, ``litres``, ``price_per_litre``, ``amount`` in pounds,
  ``payment`` 'CRD' card / 'CSH' cash / 'ACC' put on the owner's account.
- ``staff``: ``marina_id``, ``first_name``, ``surname``, ``role`` 'MGR' marina manager / 'HM' harbourmaster /
  'DH' dockhand / 'ENG' boatyard engineer / 'OFF' office, ``start_date``, ``leave_date`` (NULL while still employed),
  ``hourly_rate``.
- ``repair_jobs``: boatyard work: ``boat_id``, ``marina_id`` (the yard), ``engineer_id`` (a member of staff, NULL if
  never assigned), ``job_type`` 'ENG' engine service / 'ANT' antifouling / 'RIG' rigging / 'ELE' electrics / 'HUL'
  hull repair / 'WNT' winterisation, ``opened_on``, ``completed_on`` (NULL unless done), ``status`` 'Q' quoted / 'W'
  work in progress / 'D' done / 'X' cancelled, ``labour_hours``, ``parts_cost`` and ``total_cost`` (labour at the
  yard's rate plus parts) in pounds.
- ``events``: ``marina_id``, ``title``, ``event_type`` 'RGT' regatta / 'SOC' social / 'TRN' training course / 'OPN'
  open day, ``event_date``, ``attendees``, ``ticket_price`` (0 when free).

Rows come from a fixed seed, so every build holds the same rows. Dates run over 2023-2025. Poole and Lymington are
far busier than the rest, a handful of owners run several boats while some have none, many berths were never let,
some boats have never been in the yard and one engineer has never had a job.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_marina_database(pathlib.Path(tempfile.mkdtemp()) / "marina.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM marinas").fetchone()
    (6,)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_marina_database"]

_SCHEMA = """
CREATE TABLE marinas (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, town TEXT NOT NULL, county TEXT NOT NULL, opened DATE NOT NULL,
    status TEXT NOT NULL, visitor_rate NUMERIC NOT NULL, labour_rate NUMERIC NOT NULL
);
CREATE TABLE berths (
    id INTEGER PRIMARY KEY, marina_id INTEGER NOT NULL REFERENCES marinas (id), code TEXT NOT NULL,
    pontoon TEXT NOT NULL, length_m NUMERIC NOT NULL, berth_type TEXT NOT NULL, has_power INTEGER NOT NULL
);
CREATE TABLE owners (
    id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, surname TEXT NOT NULL, email TEXT NOT NULL, town TEXT NOT NULL,
    joined_on DATE NOT NULL, tier TEXT NOT NULL, status TEXT NOT NULL
);
CREATE TABLE boats (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, owner_id INTEGER NOT NULL REFERENCES owners (id),
    boat_type TEXT NOT NULL, length_m NUMERIC NOT NULL, year_built INTEGER NOT NULL, home_port TEXT NOT NULL
);
CREATE TABLE berth_contracts (
    id INTEGER PRIMARY KEY, berth_id INTEGER NOT NULL REFERENCES berths (id),
    boat_id INTEGER NOT NULL REFERENCES boats (id), start_date DATE NOT NULL, end_date DATE NOT NULL,
    contract_type TEXT NOT NULL, price NUMERIC NOT NULL, status TEXT NOT NULL
);
CREATE TABLE visits (
    id INTEGER PRIMARY KEY, marina_id INTEGER NOT NULL REFERENCES marinas (id),
    boat_id INTEGER NOT NULL REFERENCES boats (id), arrival_date DATE NOT NULL, nights INTEGER NOT NULL,
    fee NUMERIC NOT NULL, booked_via TEXT NOT NULL
);
CREATE TABLE fuel_sales (
    id INTEGER PRIMARY KEY, marina_id INTEGER NOT NULL REFERENCES marinas (id), boat_id INTEGER REFERENCES boats (id),
    sale_date DATE NOT NULL, fuel_type TEXT NOT NULL, litres NUMERIC NOT NULL, price_per_litre NUMERIC NOT NULL,
    amount NUMERIC NOT NULL, payment TEXT NOT NULL
);
CREATE TABLE staff (
    id INTEGER PRIMARY KEY, marina_id INTEGER NOT NULL REFERENCES marinas (id), first_name TEXT NOT NULL,
    surname TEXT NOT NULL, role TEXT NOT NULL, start_date DATE NOT NULL, leave_date DATE, hourly_rate NUMERIC NOT NULL
);
CREATE TABLE repair_jobs (
    id INTEGER PRIMARY KEY, boat_id INTEGER NOT NULL REFERENCES boats (id),
    marina_id INTEGER NOT NULL REFERENCES marinas (id), engineer_id INTEGER REFERENCES staff (id),
    job_type TEXT NOT NULL, opened_on DATE NOT NULL, completed_on DATE, status TEXT NOT NULL,
    labour_hours NUMERIC NOT NULL, parts_cost NUMERIC NOT NULL, total_cost NUMERIC NOT NULL
);
CREATE TABLE events (
    id INTEGER PRIMARY KEY, marina_id INTEGER NOT NULL REFERENCES marinas (id), title TEXT NOT NULL,
    event_type TEXT NOT NULL, event_date DATE NOT NULL, attendees INTEGER NOT NULL, ticket_price NUMERIC NOT NULL
);
"""

#: name, town, county, opened, status, visitor rate, labour rate, berths, busyness, annual rate per metre
_MARINAS = [
    ("Poole Quay Marina", "Poole", "Dorset", "2012-04-01", "O", 4.60, 78, 130, 10, 520),
    ("Lymington Harbour Marina", "Lymington", "Hampshire", "2009-03-15", "O", 4.95, 82, 110, 8, 560),
    ("Itchen Ferry Marina", "Southampton", "Hampshire", "2015-06-01", "O", 3.80, 72, 80, 4, 430),
    ("Chichester Reach Marina", "Chichester", "West Sussex", "2017-05-01", "O", 4.10, 75, 70, 3, 470),
    ("Weymouth Harbourside Marina", "Weymouth", "Dorset", "2019-04-01", "O", 3.55, 68, 55, 3, 400),
    ("Shoreham Lock Marina", "Shoreham-by-Sea", "West Sussex", "2014-01-10", "C", 3.20, 65, 35, 3, 360),
]
_TODAY = dt.date(2025, 10, 31)
_SHOREHAM_CLOSED = dt.date(2024, 9, 30)
_FIRST = ["James", "Sarah", "Peter", "Helen", "Richard", "Anne", "Michael", "Susan", "David", "Claire", "Robert",
          "Fiona", "Andrew", "Julia", "Simon", "Karen", "Nigel", "Louise", "Graham", "Alison", "Tom", "Emma",
          "Charles", "Victoria", "Hugh", "Rebecca", "Mark", "Joanna", "Ian", "Lucy"]  # fmt: skip
_SURNAMES = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Davies", "Evans", "Thomas", "Roberts",
             "Walker", "Wright", "Hughes", "Green", "Hall", "Wood", "Clarke", "Harris", "Martin", "Cooper",
             "Hill", "Ward", "Morris", "Turner", "Baker", "Parker", "Collins", "Bennett", "Fletcher", "Marsh",
             "Pengelly", "Trelawny", "Ashdown", "Cheeseman", "Blanchard", "Frost", "Holloway", "Sayer",
             "Whitcombe", "Doughty"]  # fmt: skip
_OWNER_TOWNS = ["London", "Winchester", "Salisbury", "Bournemouth", "Guildford", "Reading", "Brighton", "Southampton",
                "Poole", "Lymington", "Chichester", "Dorchester", "Basingstoke", "Bath", "Oxford", "Weymouth"]
_VISITOR_PORTS = ["Cowes", "Yarmouth IOW", "Portsmouth", "Brixham", "Dartmouth", "Plymouth", "Falmouth",
                  "Cherbourg", "St Peter Port", "Eastbourne", "Ramsgate", "Torquay", "Gosport", "Hamble"]
_BOAT_WORDS = ["Sea", "Wind", "Blue", "Silver", "Morning", "Star", "Wave", "Spray", "Gull", "Tern", "Swift", "Otter",
               "Curlew", "Kestrel", "Puffin", "Osprey", "Mistral", "Solent", "Tide", "Harbour", "Jolly", "Lady",
               "Free", "Spirit", "Dream", "Breeze", "Dancer", "Chaser", "Runner", "Song", "Light", "Rover"]
_BOAT_NAMES_SOLO = ["Aurora", "Calypso", "Serenity", "Odyssey", "Halcyon", "Nimbus", "Zephyr", "Minerva", "Bluebell",
                    "Pippin", "Whimbrel", "Avocet", "Selkie", "Marigold", "Skylark", "Wanderer", "Saoirse",
                    "Mañana", "Bella Mia", "Rascal", "Lutine", "Gypsy Moth", "Tinker", "Kittiwake", "Moonraker"]
#: boat type, weight, min length, max length
_TYPES = [("SY", 48, 7.5, 15.0), ("MY", 24, 8.0, 22.0), ("CAT", 7, 10.0, 16.0), ("RIB", 11, 4.5, 9.0),
          ("DAY", 10, 4.5, 7.5)]  # fmt: skip
_JOBS = [("ENG", 30, 2, 10, 80, 900), ("ANT", 22, 6, 16, 180, 650), ("RIG", 10, 3, 14, 120, 2400),
         ("ELE", 14, 1, 8, 40, 1200), ("HUL", 9, 4, 40, 150, 4500), ("WNT", 15, 2, 6, 30, 220)]  # fmt: skip
_EVENTS = {"RGT": ["Summer Regatta", "Round the Buoys Race", "Classic Boat Regatta", "Autumn Series Race"],
           "SOC": ["Berth Holders' BBQ", "Christmas Party", "Quiz Night", "Summer Social"],
           "TRN": ["VHF Radio Course", "Diesel Engine Course", "First Aid at Sea", "Powerboat Level 2"],
           "OPN": ["Open Day", "Boat Jumble"]}  # fmt: skip


def _boat_name(rng: random.Random, used: set[str]) -> str:
    while True:
        if rng.random() < 0.25:
            name = rng.choice(_BOAT_NAMES_SOLO)
            if name in used:
                name = f"{name} {rng.choice(['II', 'III', 'IV'])}"
        else:
            first, second = rng.sample(_BOAT_WORDS, 2)
            name = f"{first} {second}"
        if name not in used:
            used.add(name)
            return name


def _season_day(rng: random.Random, start: dt.date, end: dt.date, summer_weight: float) -> dt.date:
    """A day from ``start`` to ``end``, with May-September ``summer_weight`` times as likely."""
    while True:
        day = random_day(rng, start, end)
        weight = summer_weight if 5 <= day.month <= 9 else 1.0
        if rng.random() < weight / summer_weight:
            return day


def _marina_open(marina_id: int, day: dt.date) -> bool:
    return marina_id != 6 or day <= _SHOREHAM_CLOSED


def _rows(seed: int = 20251031) -> dict[str, list[tuple]]:  # noqa: PLR0912, PLR0915 - one generator per table
    rng = random.Random(seed)
    marinas = [(i, *m[:7]) for i, m in enumerate(_MARINAS, 1)]
    # berths
    berths = []
    for marina_id, m in enumerate(_MARINAS, 1):
        n = m[7]
        pontoons = "ABCDEFG"[: max(2, n // 20)]
        for k in range(n):
            pontoon = pontoons[k % len(pontoons)]
            number = k // len(pontoons) + 1
            kind = rng.choices(["P", "W", "S", "D"], weights=[60, 12, 14 if marina_id in (2, 4) else 4,
                                                              10 if marina_id in (1, 3) else 2])[0]  # fmt: skip
            if kind == "D":
                length = rng.choice([6.0, 7.0, 8.0, 9.0])
            elif kind == "W":
                length = rng.choice([16.0, 18.0, 20.0, 24.0])
            else:
                length = rng.choice([8.0, 9.0, 10.0, 10.0, 11.0, 12.0, 12.0, 13.0, 14.0, 15.0])
            power = 0 if kind in ("S", "D") else int(rng.random() < 0.92)
            berths.append((len(berths) + 1, marina_id, f"{pontoon}{number:02d}", pontoon, length, kind, power))
    # owners
    owners = []
    names = rng.sample([(f, s) for f in _FIRST for s in _SURNAMES], 330)
    for i, (first, last) in enumerate(names, 1):
        joined = random_day(rng, dt.date(2012, 1, 1), dt.date(2025, 9, 30))
        tier = "G" if rng.random() < 0.18 else "S"
        status = "L" if rng.random() < 0.1 else "A"
        domain = rng.choice(["gmail.com", "btinternet.com", "outlook.com", "yahoo.co.uk", "icloud.com"])
        owners.append((i, first, last, f"{first.lower()}.{last.lower()}{i % 7 or ''}@{domain}",
                       rng.choice(_OWNER_TOWNS), joined.isoformat(), tier, status))  # fmt: skip
    # boats: a few owners with many boats, about 35 owners with none
    owner_weights = [0 if o[0] % 9 == 4 else (9 if o[0] % 47 == 5 else (3 if o[6] == "G" else 1)) for o in owners]
    boats = []
    used: set[str] = set()
    for i in range(1, 481):
        owner = rng.choices(owners, weights=owner_weights)[0][0]
        kind, _, low, high = rng.choices(_TYPES, weights=[t[1] for t in _TYPES])[0]
        length = round(rng.uniform(low, high) * 10) / 10
        built = rng.randint(1972, 2024)
        boats.append([i, _boat_name(rng, used), owner, kind, length, built, ""])
    # home boats (berthed with us) vs visitors
    home_ids = list(range(1, 331))
    contracts = []
    boat_marina: dict[int, int] = {}
    free = {b[0] for b in berths}
    marina_weights = [m[8] * m[7] for m in _MARINAS]
    for boat_id in home_ids:
        boat = boats[boat_id - 1]
        for _ in range(40):
            marina_id = rng.choices(range(1, 7), weights=marina_weights)[0]
            choices = [b for b in berths if b[0] in free and b[1] == marina_id and b[4] >= boat[4]
                       and (b[5] != "D" or boat[3] in ("RIB", "DAY"))]  # fmt: skip
            if choices:
                break
        else:
            boat[6] = rng.choice(_VISITOR_PORTS)
            continue
        berth = min(choices, key=lambda b: (b[4], rng.random()))
        free.discard(berth[0])
        boat_marina[boat_id] = marina_id
        boat[6] = _MARINAS[marina_id - 1][1]
        rate = _MARINAS[marina_id - 1][9] * (1.15 if berth[6] else 1.0) * (0.6 if berth[5] == "S" else 1.0)
        start = dt.date(rng.choice([2023, 2023, 2023, 2024, 2024, 2025]), rng.choice([1, 3, 4, 4, 4, 5, 6, 10]), 1)
        while start <= _TODAY and _marina_open(marina_id, start):
            if start.month == 4:
                kind = rng.choices(["ANN", "SUM", "MTH"], weights=[55, 35, 10])[0]
            elif start.month == 10:
                kind = rng.choices(["ANN", "WIN", "MTH"], weights=[40, 45, 15])[0]
            else:
                kind = rng.choices(["ANN", "MTH"], weights=[75, 25])[0]
            months = {"ANN": 12, "SUM": 6, "WIN": 6, "MTH": rng.randint(1, 3)}[kind]
            year, month = start.year + (start.month - 1 + months) // 12, (start.month - 1 + months) % 12 + 1
            end = dt.date(year, month, 1) - dt.timedelta(days=1)
            factor = {"ANN": 1.0, "SUM": 0.68, "WIN": 0.38, "MTH": 0.12 * months}[kind]
            price = round(max(berth[4] * 0.9, boat[4]) * rate * factor, 2)
            status = "A" if end >= _TODAY else "E"
            if rng.random() < 0.06 or (marina_id == 6 and end > _SHOREHAM_CLOSED):
                end = min(random_day(rng, start + dt.timedelta(days=20), end), _SHOREHAM_CLOSED if
                          marina_id == 6 else end)  # fmt: skip
                status = "X" if end < _TODAY else status
                contracts.append([berth[0], boat_id, start, end, kind, price, status])
                break
            contracts.append([berth[0], boat_id, start, end, kind, price, status])
            if rng.random() < 0.12:  # left us
                break
            start = end + dt.timedelta(days=1)
    contracts.sort(key=lambda c: (c[2], c[0]))
    berth_contracts = [(i, c[0], c[1], c[2].isoformat(), c[3].isoformat(), c[4], c[5], c[6])
                       for i, c in enumerate(contracts, 1)]  # fmt: skip
    for boat in boats:
        if not boat[6]:
            boat[6] = rng.choice(_VISITOR_PORTS)
    boats = [tuple(b) for b in boats]
    # visits: mostly visiting boats, some of ours cruising to a sister marina; a few visitors come back a lot
    visitor_ids = [b[0] for b in boats if b[0] not in boat_marina]
    visit_weights = {b: (10 if b % 23 == 1 else 1) for b in visitor_ids}
    visits = []
    for _ in range(1400):
        if rng.random() < 0.8:
            boat_id = rng.choices(visitor_ids, weights=[visit_weights[b] for b in visitor_ids])[0]
        else:
            boat_id = rng.choice(list(boat_marina))
        for _ in range(20):
            marina_id = rng.choices(range(1, 7), weights=[10, 9, 4, 4, 5, 1])[0]
            if boat_marina.get(boat_id) != marina_id:
                break
        day = _season_day(rng, dt.date(2023, 1, 1), dt.date(2025, 10, 31), 6.0)
        if not _marina_open(marina_id, day):
            continue
        nights = rng.choices([1, 2, 3, 4, 5, 7], weights=[45, 25, 12, 7, 6, 5])[0]
        length = boats[boat_id - 1][4]
        fee = round(length * _MARINAS[marina_id - 1][5] * nights * (1.0 if day.year < 2025 else 1.06), 2)
        via = rng.choices(["APP", "WEB", "PHN", "VHF"], weights=[4 + 4 * (day.year - 2023), 5, 4, 3])[0]
        visits.append((marina_id, boat_id, day, nights, fee, via))
    visits.sort(key=lambda v: (v[2], v[0], v[1]))
    visits = [(i, v[0], v[1], v[2].isoformat(), *v[3:]) for i, v in enumerate(visits, 1)]
    # fuel sales; Itchen Ferry has no petrol pump
    fuel_sales = []
    price_base = {"D": {2023: 1.52, 2024: 1.44, 2025: 1.39}, "P": {2023: 1.68, 2024: 1.62, 2025: 1.57}}
    all_ids = [b[0] for b in boats]
    while len(fuel_sales) < 2600:
        marina_id = rng.choices(range(1, 7), weights=[10, 8, 3, 3, 3, 1])[0]
        day = _season_day(rng, dt.date(2023, 1, 1), dt.date(2025, 10, 31), 3.5)
        if not _marina_open(marina_id, day):
            continue
        boat_id = None if rng.random() < 0.12 else rng.choice(
            [b for b, m in boat_marina.items() if m == marina_id] if rng.random() < 0.7 else all_ids)
        boat = boats[boat_id - 1] if boat_id else None
        petrol = boat[3] in ("RIB", "DAY") if boat else rng.random() < 0.3
        if marina_id == 3:
            petrol = False
        fuel = "P" if petrol else "D"
        litres = round(rng.uniform(15, 60) if petrol else rng.uniform(30, 60) * (boat[4] / 6 if boat else 2.5), 1)
        ppl = round(price_base[fuel][day.year] + (0.06 if marina_id == 2 else 0) + rng.choice([0, 0.01, 0.02]), 2)
        pay = rng.choices(["CRD", "CSH", "ACC"], weights=[70, 8, 22 if boat_id else 0])[0]
        fuel_sales.append((marina_id, boat_id, day, fuel, litres, ppl, round(litres * ppl, 2), pay))
    fuel_sales.sort(key=lambda f: (f[2], f[0]))
    fuel_sales = [(i, f[0], f[1], f[2].isoformat(), *f[3:]) for i, f in enumerate(fuel_sales, 1)]
    # staff
    staff = []
    staff_names = rng.sample([(f, s) for f in _FIRST for s in _SURNAMES], 60)
    plan = {1: ["MGR", "HM", "DH", "DH", "DH", "DH", "ENG", "ENG", "ENG", "OFF", "OFF"],
            2: ["MGR", "HM", "DH", "DH", "DH", "ENG", "ENG", "ENG", "OFF", "OFF"],
            3: ["MGR", "HM", "DH", "DH", "ENG", "ENG", "OFF"], 4: ["MGR", "HM", "DH", "DH", "ENG", "OFF"],
            5: ["MGR", "HM", "DH", "ENG", "ENG", "OFF"], 6: ["MGR", "HM", "DH", "ENG"]}  # fmt: skip
    pay = {"MGR": 27.5, "HM": 21.0, "DH": 12.6, "ENG": 19.5, "OFF": 13.8}
    for marina_id, roles in plan.items():
        for role in roles:
            first, last = staff_names[len(staff)]
            start = random_day(rng, dt.date(2010, 1, 1), dt.date(2025, 6, 30))
            leave = None
            if marina_id == 6:
                leave = _SHOREHAM_CLOSED
            elif rng.random() < 0.12 and start < dt.date(2024, 6, 1):
                leave = random_day(rng, max(start, dt.date(2023, 3, 1)), dt.date(2025, 8, 31))
            rate = round(pay[role] + rng.randrange(0, 30) * 0.1 + min(2025 - start.year, 10) * 0.15, 2)
            staff.append((len(staff) + 1, marina_id, first, last, role, start.isoformat(),
                          leave.isoformat() if leave else None, rate))  # fmt: skip
    # repair jobs: in home yards; a third of the boats never come in
    repair_jobs = []
    idle_engineer = next(s[0] for s in staff if s[1] == 5 and s[4] == "ENG")
    job_boats = [b for b in boat_marina if b % 3 != 0]
    for _ in range(560):
        boat_id = rng.choice(job_boats)
        boat = boats[boat_id - 1]
        marina_id = boat_marina[boat_id]
        kind, _, low, high, plow, phigh = rng.choices(_JOBS, weights=[j[1] for j in _JOBS])[0]
        if kind == "RIG" and boat[3] not in ("SY", "CAT"):
            kind, _, low, high, plow, phigh = _JOBS[0]
        if kind == "WNT":
            year = rng.choice([2023, 2024])
            opened = random_day(rng, dt.date(year, 10, 1), dt.date(year, 11, 30))
        elif kind == "ANT":
            year = rng.choice([2023, 2024, 2025])
            opened = random_day(rng, dt.date(year, 2, 1), dt.date(year, 4, 30))
        else:
            opened = random_day(rng, dt.date(2023, 1, 3), dt.date(2025, 10, 24))
        if not _marina_open(marina_id, opened):
            continue
        engineers = [s[0] for s in staff if s[1] == marina_id and s[4] == "ENG" and s[0] != idle_engineer
                     and dt.date.fromisoformat(s[5]) <= opened and (s[6] is None or s[6] >= opened.isoformat())]
        engineer = rng.choice(engineers) if engineers else None
        hours = round(rng.uniform(low, high) * (1 + boat[4] / 20), 1)
        parts = round(rng.uniform(plow, phigh), 2)
        days_open = (_TODAY - opened).days
        if engineer is None:
            status = "Q"
        elif days_open < 25:
            status = rng.choice(["Q", "W", "W"])
        else:
            status = rng.choices(["D", "X"], weights=[93, 7])[0]
        done = opened + dt.timedelta(days=rng.randint(1, 20)) if status == "D" else None
        if status in ("Q", "X"):
            hours, parts = (0.0, 0.0) if status == "X" else (hours, parts)
        total = round(hours * _MARINAS[marina_id - 1][6] + parts, 2)
        repair_jobs.append((boat_id, marina_id, engineer, kind, opened, done, status, hours, parts, total))
    repair_jobs.sort(key=lambda r: (r[4], r[0]))
    repair_jobs = [(i, *r[:4], r[4].isoformat(), r[5].isoformat() if r[5] else None, *r[6:])
                   for i, r in enumerate(repair_jobs, 1)]  # fmt: skip
    # events: none at Itchen Ferry
    events = []
    for marina_id, per_year in [(1, 9), (2, 8), (4, 4), (5, 3), (6, 2)]:
        for year in (2023, 2024, 2025):
            for _ in range(per_year + rng.randint(-1, 1)):
                kind = rng.choices(list(_EVENTS), weights=[4, 4, 3, 1])[0]
                title = rng.choice(_EVENTS[kind])
                if kind == "RGT":
                    day = random_day(rng, dt.date(year, 5, 1), dt.date(year, 9, 30))
                elif title == "Christmas Party":
                    day = random_day(rng, dt.date(year, 12, 1), dt.date(year, 12, 20))
                else:
                    day = random_day(rng, dt.date(year, 1, 15), dt.date(year, 12, 15))
                if not _marina_open(marina_id, day) or day > dt.date(2025, 12, 20):
                    continue
                size = {"RGT": (20, 140), "SOC": (25, 120), "TRN": (6, 14), "OPN": (80, 450)}[kind]
                attendees = rng.randint(*size) if day <= _TODAY else 0
                price = {"RGT": rng.choice([15, 20, 25, 30]), "SOC": rng.choice([0, 10, 12.5, 18]),
                         "TRN": rng.choice([95, 125, 150, 175]), "OPN": 0}[kind]  # fmt: skip
                events.append((marina_id, title, kind, day, attendees, price))
    events.sort(key=lambda e: (e[3], e[0]))
    events = [(i, e[0], e[1], e[2], e[3].isoformat(), *e[4:]) for i, e in enumerate(events, 1)]
    return {"marinas": marinas, "berths": berths, "owners": owners, "boats": boats,
            "berth_contracts": berth_contracts, "visits": visits, "fuel_sales": fuel_sales, "staff": staff,
            "repair_jobs": repair_jobs, "events": events}  # fmt: skip


def build_marina_database(path: str | Path) -> Path:
    """Write the marina group's database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
