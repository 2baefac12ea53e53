"""A made-up regional bus and coach operator in Devon, written by someone who had not seen the engine's rules: the
``coach`` dev set's database.

Eleven tables with foreign keys, some plainly named and some abbreviated: ``depots`` (a ``depot_cd``, name, town,
``opened`` date and ``capacity`` in vehicles), ``vehicles`` (a ``fleet_no`` and ``reg_no``, ``make`` and ``model``,
``veh_type`` 'SD' single deck / 'DD' double deck / 'CO' coach / 'MB' minibus, ``seats``, ``fuel`` 'D' diesel / 'H'
hybrid / 'E' electric, ``yr_built``, home depot, odometer ``mileage_km`` and ``status`` 'A' active / 'R' reserve / 'W'
withdrawn), ``drv`` (the drivers: ``staff_no``, ``fname`` and ``sname``, home depot, licence ``lic_cat`` 'D' full bus
and coach / 'D1' minibus only, ``grade`` 'SNR' senior / 'STD' standard / 'TRN' trainee, ``hired_dt``, ``hrly_rate`` in
pounds, ``status`` 'A' active / 'L' left and ``left_dt``), ``routes`` (a ``route_no`` such as 5 or X9, name, ``origin``
and ``destination`` towns, operating depot, ``route_km``, ``svc_type`` 'URB' town service / 'RUR' rural / 'EXP' express
/ 'SCH' school service and an ``active`` flag), ``stops`` (a stop on a route: ``atco_cd``, ``stop_nm``, town, ``seq``
along the route and a ``shelter`` flag), ``trip_sched`` (a scheduled journey of a route on ``svc_date`` at ``dep_tm``
with a vehicle and a driver, ``status`` 'OP' operated / 'PT' part operated / 'CX' cancelled, ``late_min`` minutes late
at the terminus, empty when cancelled, and ``cx_reason`` for cancellations), ``fare_typ`` (the ticket types:
``fare_cd``, ``descr``, ``price`` in pounds and a ``concession`` flag for the free bus pass), ``tkt_sales`` (tickets
sold on a trip: fare type, ``qty``, ``amount`` taken in pounds, ``pay_mthd`` 'CASH' / 'CARD' / 'APP' / 'PASS' (a bus
pass shown, nothing paid) and the boarding stop), ``hire_bkg`` (private hire bookings: ``bkg_ref``, ``client``,
``client_typ`` 'SCH' school / 'COR' corporate / 'PRV' private party / 'CLB' sports or social club / 'TOUR' tour
operator, ``booked_on``, ``hire_dt``, ``pickup`` town, ``destination``, ``pax`` passengers, the vehicle and driver sent
(empty until assigned), ``distance_km``, ``quote_gbp``, a ``deposit_pd`` flag and ``status`` 'ENQ' enquiry / 'CONF'
confirmed / 'DONE' completed / 'CXL' cancelled), ``breakdowns`` (a vehicle failing on ``bd_date``, on a trip or not,
``fault`` category, ``location``, whether ``towed``, ``repair_cost`` and ``days_vor`` days off the road) and
``drv_shifts`` (a driver's rostered shift on ``shift_dt``: ``shift_typ`` 'E' early / 'L' late / 'M' middle / 'SPL'
split, ``sched_hrs``, ``actual_hrs``, ``ot_hrs`` overtime and ``attend`` 'WRK' worked / 'SCK' sick / 'AWL' absent
without leave). Rows come from a fixed seed, so every build holds the same rows; breakdowns are skewed towards a few old
vehicles, private hire towards a few regular clients, some drivers have never driven a trip and one new route has never
run.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_coach_database(pathlib.Path(tempfile.mkdtemp()) / "coach.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM depots").fetchone()
    (5,)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_coach_database"]

_SCHEMA = """
CREATE TABLE depots (
    id INTEGER PRIMARY KEY, depot_cd TEXT NOT NULL, name TEXT NOT NULL, town TEXT NOT NULL, opened DATE NOT NULL,
    capacity INTEGER NOT NULL
);
CREATE TABLE vehicles (
    id INTEGER PRIMARY KEY, fleet_no INTEGER NOT NULL, reg_no TEXT NOT NULL, make TEXT NOT NULL, model TEXT NOT NULL,
    veh_type TEXT NOT NULL, seats INTEGER NOT NULL, fuel TEXT NOT NULL, yr_built INTEGER NOT NULL,
    depot_id INTEGER NOT NULL REFERENCES depots (id), mileage_km INTEGER NOT NULL, status TEXT NOT NULL
);
CREATE TABLE drv (
    id INTEGER PRIMARY KEY, staff_no TEXT NOT NULL, fname TEXT NOT NULL, sname TEXT NOT NULL,
    depot_id INTEGER NOT NULL REFERENCES depots (id), lic_cat TEXT NOT NULL, grade TEXT NOT NULL,
    hired_dt DATE NOT NULL, hrly_rate NUMERIC NOT NULL, status TEXT NOT NULL, left_dt DATE
);
CREATE TABLE routes (
    id INTEGER PRIMARY KEY, route_no TEXT NOT NULL, name TEXT NOT NULL, origin TEXT NOT NULL,
    destination TEXT NOT NULL, depot_id INTEGER NOT NULL REFERENCES depots (id), route_km NUMERIC NOT NULL,
    svc_type TEXT NOT NULL, active INTEGER NOT NULL
);
CREATE TABLE stops (
    id INTEGER PRIMARY KEY, atco_cd TEXT NOT NULL, stop_nm TEXT NOT NULL, town TEXT NOT NULL,
    route_id INTEGER NOT NULL REFERENCES routes (id), seq INTEGER NOT NULL, shelter INTEGER NOT NULL
);
CREATE TABLE trip_sched (
    id INTEGER PRIMARY KEY, route_id INTEGER NOT NULL REFERENCES routes (id), svc_date DATE NOT NULL,
    dep_tm TEXT NOT NULL, vehicle_id INTEGER NOT NULL REFERENCES vehicles (id),
    drv_id INTEGER NOT NULL REFERENCES drv (id), status TEXT NOT NULL, late_min INTEGER, cx_reason TEXT
);
CREATE TABLE fare_typ (
    fare_cd TEXT PRIMARY KEY, descr TEXT NOT NULL, price NUMERIC NOT NULL, concession INTEGER NOT NULL
);
CREATE TABLE tkt_sales (
    id INTEGER PRIMARY KEY, trip_id INTEGER NOT NULL REFERENCES trip_sched (id),
    fare_cd TEXT NOT NULL REFERENCES fare_typ (fare_cd), qty INTEGER NOT NULL, amount NUMERIC NOT NULL,
    pay_mthd TEXT NOT NULL, board_stop_id INTEGER NOT NULL REFERENCES stops (id)
);
CREATE TABLE hire_bkg (
    id INTEGER PRIMARY KEY, bkg_ref TEXT NOT NULL, client TEXT NOT NULL, client_typ TEXT NOT NULL,
    booked_on DATE NOT NULL, hire_dt DATE NOT NULL, pickup TEXT NOT NULL, destination TEXT NOT NULL,
    pax INTEGER NOT NULL, vehicle_id INTEGER REFERENCES vehicles (id), drv_id INTEGER REFERENCES drv (id),
    distance_km INTEGER NOT NULL, quote_gbp NUMERIC NOT NULL, deposit_pd INTEGER NOT NULL, status TEXT NOT NULL
);
CREATE TABLE breakdowns (
    id INTEGER PRIMARY KEY, vehicle_id INTEGER NOT NULL REFERENCES vehicles (id),
    trip_id INTEGER REFERENCES trip_sched (id), bd_date DATE NOT NULL, fault TEXT NOT NULL, location TEXT NOT NULL,
    towed INTEGER NOT NULL, repair_cost NUMERIC NOT NULL, days_vor INTEGER NOT NULL
);
CREATE TABLE drv_shifts (
    id INTEGER PRIMARY KEY, drv_id INTEGER NOT NULL REFERENCES drv (id), shift_dt DATE NOT NULL,
    shift_typ TEXT NOT NULL, sched_hrs NUMERIC NOT NULL, actual_hrs NUMERIC NOT NULL, ot_hrs NUMERIC NOT NULL,
    attend TEXT NOT NULL
);
"""

_START, _END = dt.date(2022, 1, 1), dt.date(2025, 6, 30)

#: code, name, town, opened, capacity, share of the fleet
_DEPOTS = [
    ("EXE", "Exeter Belgrave Road", "Exeter", "1987-04-01", 70, 9),
    ("PLY", "Plymouth Milehouse", "Plymouth", "1992-10-12", 60, 8),
    ("BAR", "Barnstaple Station Yard", "Barnstaple", "2001-06-04", 30, 4),
    ("NAB", "Newton Abbot Brunel Works", "Newton Abbot", "2008-03-17", 25, 3),
    ("TIV", "Tiverton Howden", "Tiverton", "2019-09-02", 12, 1),
]
#: make, model, type, seats, fuel, built from, built to, weight in the fleet
_MODELS = [
    ("Alexander Dennis", "Enviro200 MMC", "SD", 39, "D", 2014, 2023, 9),
    ("Alexander Dennis", "Enviro400 MMC", "DD", 78, "D", 2015, 2022, 6),
    ("Wrightbus", "StreetDeck HEV", "DD", 76, "H", 2019, 2023, 3),
    ("Optare", "Solo SR", "SD", 29, "D", 2009, 2017, 5),
    ("Volvo", "B8R Plaxton Panther", "CO", 53, "D", 2012, 2021, 4),
    ("Irizar", "i6S", "CO", 57, "D", 2017, 2023, 2),
    ("Mercedes-Benz", "Sprinter City 75", "MB", 19, "D", 2016, 2023, 3),
    ("Yutong", "E12", "SD", 41, "E", 2021, 2024, 2),
    ("Scania", "Citywide LE", "SD", 43, "D", 2008, 2013, 3),
]
_REG_AGE = {2008: "08", 2009: "09", 2010: "10", 2011: "61", 2012: "12", 2013: "63", 2014: "14", 2015: "65",
            2016: "16", 2017: "67", 2018: "18", 2019: "69", 2020: "70", 2021: "21", 2022: "72", 2023: "23",
            2024: "74"}  # fmt: skip
#: route no, name, origin, destination, depot, km, service type, active, trips weight
_ROUTES = [
    ("1", "Exeter City Circular", "Exeter", "Exeter", 1, 14.5, "URB", 1, 14),
    ("4", "Exeter - Exmouth", "Exeter", "Exmouth", 1, 17.8, "URB", 1, 12),
    ("9", "Exeter - Sidmouth", "Exeter", "Sidmouth", 1, 25.2, "RUR", 1, 7),
    ("X9", "Exeter - Bideford Express", "Exeter", "Bideford", 1, 72.4, "EXP", 1, 5),
    ("55", "Exeter - Tiverton", "Exeter", "Tiverton", 5, 24.6, "RUR", 1, 5),
    ("398", "Tiverton - Dulverton", "Tiverton", "Dulverton", 5, 21.3, "RUR", 1, 2),
    ("21", "Plymouth - Derriford Hospital", "Plymouth", "Derriford", 2, 9.6, "URB", 1, 13),
    ("42", "Plymouth - Tavistock", "Plymouth", "Tavistock", 2, 23.1, "RUR", 1, 6),
    ("X38", "Plymouth - Exeter Express", "Plymouth", "Exeter", 2, 70.2, "EXP", 1, 6),
    ("59", "Plymouth - Ivybridge", "Plymouth", "Ivybridge", 2, 18.9, "URB", 1, 7),
    ("21A", "Barnstaple - Ilfracombe", "Barnstaple", "Ilfracombe", 3, 18.2, "RUR", 1, 7),
    ("5B", "Barnstaple - Bideford", "Barnstaple", "Bideford", 3, 15.0, "URB", 1, 8),
    ("315", "Barnstaple - Lynton", "Barnstaple", "Lynton", 3, 31.7, "RUR", 0, 2),
    ("7", "Newton Abbot - Torquay", "Newton Abbot", "Torquay", 4, 12.4, "URB", 1, 9),
    ("88", "Newton Abbot - Totnes", "Newton Abbot", "Totnes", 4, 14.1, "RUR", 1, 4),
    ("S12", "Kingsteignton School Service", "Kingsteignton", "Newton Abbot", 4, 8.3, "SCH", 1, 2),
    ("S30", "Braunton School Service", "Braunton", "Barnstaple", 3, 10.2, "SCH", 1, 2),
    ("X64", "Exeter Airport Link", "Exeter", "Exeter Airport", 1, 11.6, "EXP", 1, 0),
]
#: stop names along each route (after the origin), the towns come from the route
_STOP_WORDS = ["High Street", "Bus Station", "Railway Station", "Post Office", "Church", "Green", "Market Square",
               "Hospital", "Park and Ride", "Community College", "Fore Street", "Crossroads", "The Square",
               "Memorial Hall", "Leisure Centre", "Tesco", "Quay", "Cemetery", "Football Ground",
               "Library"]  # fmt: skip
_VIA = {
    "1": ["Exeter"],
    "4": ["Topsham", "Lympstone"],
    "9": ["Clyst St Mary", "Newton Poppleford"],
    "X9": ["Crediton", "Barnstaple"],
    "55": ["Stoke Canon", "Bickleigh"],
    "398": ["Bampton"],
    "21": ["Plymouth"],
    "42": ["Roborough", "Yelverton"],
    "X38": ["Ivybridge", "Ashburton"],
    "59": ["Plympton"],
    "21A": ["Braunton", "Mullacott"],
    "5B": ["Fremington", "Instow"],
    "315": ["Blackmoor Gate", "Lynmouth"],
    "7": ["Kingskerswell"],
    "88": ["Ipplepen"],
    "S12": ["Kingsteignton"],
    "S30": ["Braunton"],
    "X64": ["Exeter"],
}
#: code, description, 2022 price, concession flag, weight
_FARES = [
    ("ADS", "Adult single", 2.80, 0, 30),
    ("ADR", "Adult return", 4.90, 0, 14),
    ("CHS", "Child single", 1.40, 0, 8),
    ("STU", "Student single", 1.90, 0, 6),
    ("DAY", "Day Rider", 6.50, 0, 9),
    ("WKY", "Weekly Rider", 22.00, 0, 3),
    ("GRP", "Group day ticket", 14.00, 0, 2),
    ("ENC", "Concessionary bus pass", 0.00, 1, 22),
    ("FAM", "Family day ticket", 12.50, 0, 0),
]
_CLIENTS = [  # name, type, pickup town, weight
    ("Exeter Cathedral School", "SCH", "Exeter", 10),
    ("Plymstock School", "SCH", "Plymouth", 4),
    ("Braunton Academy", "SCH", "Braunton", 3),
    ("Shearings Westcountry Tours", "TOUR", "Exeter", 14),
    ("Riviera Coastal Holidays", "TOUR", "Torquay", 6),
    ("Exeter Chiefs Supporters Club", "CLB", "Exeter", 7),
    ("Tavistock Rugby Club", "CLB", "Tavistock", 3),
    ("Barnstaple Town Bowls Club", "CLB", "Barnstaple", 2),
    ("Met Office Exeter", "COR", "Exeter", 4),
    ("Babcock Devonport", "COR", "Plymouth", 5),
    ("Princess Yachts", "COR", "Plymouth", 2),
    ("Harrison Wedding Party", "PRV", "Newton Abbot", 0.2),
    ("Mr D Squire 60th Birthday", "PRV", "Exmouth", 0.2),
    ("Kelly-Ward Wedding", "PRV", "Torquay", 0.2),
    ("Ashburton Stag Do", "PRV", "Ashburton", 0.2),
    ("Lympstone Village Outing", "PRV", "Lympstone", 0.4),
    ("Okehampton WI", "CLB", "Okehampton", 2),
    ("Sidmouth Folk Festival", "COR", "Sidmouth", 2),
    ("Mrs J Pengelly", "PRV", "Ivybridge", 0.6),
    ("Crediton Hen Party", "PRV", "Crediton", 0.2),
    ("Totnes Choral Society", "CLB", "Totnes", 2),
    ("Devon County Council", "COR", "Exeter", 3),
]
_DESTINATIONS = [("London Heathrow", 280), ("Bristol Airport", 125), ("Eden Project", 95), ("Longleat", 170),
                 ("Twickenham Stadium", 290), ("Cheltenham Racecourse", 175), ("Bath", 150),
                 ("Dartmoor Zoo", 25), ("Minehead", 80), ("Weymouth", 115), ("Sandy Park Stadium", 8),
                 ("Paignton Zoo", 40), ("Clovelly", 60), ("Cardiff", 190), ("Birmingham NEC", 260),
                 ("Exeter St Davids", 6), ("Padstow", 120), ("Cornwall Airport Newquay", 140)]  # fmt: skip
_FAULTS = [("Engine", 10, 1800), ("Electrical", 14, 450), ("Brakes", 9, 650), ("Tyre", 12, 240),
           ("Gearbox", 5, 2600), ("Air system", 8, 380), ("Cooling", 7, 520), ("Doors", 11, 160),
           ("Suspension", 5, 900), ("Traction battery", 0, 3100)]  # fmt: skip
_FIRST = ["Dave", "Steve", "Mark", "Gary", "Paul", "Karen", "Andy", "Julie", "Ian", "Tracey", "Kevin", "Sharon",
          "Neil", "Lee", "Wayne", "Sue", "Martin", "Jason", "Dean", "Nicola", "Tomasz", "Piotr", "Rob", "Carol",
          "Phil", "Graham", "Shaun", "Debbie", "Craig", "Lisa"]  # fmt: skip
_SURNAMES = ["Pengelly", "Trewin", "Luscombe", "Yeo", "Squire", "Hext", "Chudleigh", "Ridd", "Mudge", "Vosper",
             "Widdicombe", "Honey", "Smale", "Babbage", "Coombes", "Stoneman", "Hosking", "Tucker", "Cole", "Webber",
             "Nowak", "Kowalczyk", "Brooks", "Parsons", "Hill", "Wills", "Short", "Harris", "Bowden",
             "Northcott"]  # fmt: skip
_CX_REASONS = [("Driver shortage", 9), ("Vehicle fault", 6), ("Road closure", 3), ("Severe weather", 2)]


def _time(rng: random.Random, svc_type: str) -> str:
    if svc_type == "SCH":
        return rng.choice(["07:40", "07:55", "08:05", "15:20", "15:35"])
    hour = rng.choices(range(6, 23), weights=[2, 6, 8, 6, 5, 5, 5, 5, 5, 6, 7, 7, 5, 3, 2, 2, 1])[0]
    return f"{hour:02d}:{rng.choice(range(0, 60, 5)):02d}"


def _rows(seed: int = 3841) -> dict[str, list[tuple]]:  # noqa: PLR0915 - one generator per table, in order
    rng = random.Random(seed)
    depots = [(i, *d[:5]) for i, d in enumerate(_DEPOTS, 1)]

    # vehicles: 72, coaches and minibuses mostly at Exeter and Plymouth, a few old ones withdrawn
    vehicles = []
    used_regs: list[str] = []
    for i in range(1, 73):
        model = rng.choices(_MODELS, weights=[m[7] for m in _MODELS])[0]
        depot = rng.choices(range(1, 6), weights=[d[5] for d in _DEPOTS])[0]
        if model[2] in ("CO", "MB") and depot in (4, 5):
            depot = rng.choice([1, 2])
        built = rng.randint(model[5], model[6])
        while True:
            area = rng.choice(["WA", "WK", "WF", "WJ", "YJ", "SN", "BX"])
            reg = f"{area}{_REG_AGE[built]} {''.join(rng.choice('ABCDEFGHJKLMNOPRSTUVWXYZ') for _ in range(3))}"
            if reg not in used_regs:
                used_regs.append(reg)
                break
        age = 2025 - built
        per_year = {"CO": 95000, "MB": 60000, "DD": 55000, "SD": 62000}[model[2]]
        mileage = int(age * per_year * rng.uniform(0.7, 1.2)) + rng.randint(500, 9000)
        status = "A"
        if built <= 2010 and rng.random() < 0.6:
            status = "W"
        elif rng.random() < 0.1:
            status = "R"
        fleet_no = {"SD": 200, "DD": 400, "CO": 800, "MB": 600}[model[2]] + i
        vehicles.append((i, fleet_no, reg, model[0], model[1], model[2], model[3], model[4], built, depot, mileage,
                         status))  # fmt: skip
    vehicles.sort(key=lambda v: v[1])
    vehicles = [(i, *v[1:]) for i, v in enumerate(vehicles, 1)]

    # drivers: 95, a few trainees and a few who have left
    names = rng.sample([(f, s) for f in _FIRST for s in _SURNAMES], 95)
    drivers = []
    for i in range(1, 96):
        depot = rng.choices(range(1, 6), weights=[d[5] for d in _DEPOTS])[0]
        grade = rng.choices(["SNR", "STD", "TRN"], weights=[3, 8, 1])[0]
        if grade == "TRN":
            hired = random_day(rng, dt.date(2024, 9, 1), dt.date(2025, 5, 30))
        elif grade == "SNR":
            hired = random_day(rng, dt.date(1995, 1, 1), dt.date(2015, 12, 31))
        else:
            hired = random_day(rng, dt.date(2008, 1, 1), dt.date(2024, 6, 30))
        lic = "D1" if rng.random() < 0.07 else "D"
        rate = {"SNR": 14.85, "STD": 13.40, "TRN": 11.95}[grade] + rng.choice([0, 0, 0.25, 0.5])
        status, left = "A", None
        if grade != "TRN" and rng.random() < 0.12:
            status = "L"
            left = random_day(rng, max(hired + dt.timedelta(days=200), dt.date(2022, 3, 1)), dt.date(2025, 5, 31))
            left = left.isoformat()
        first, last = names[i - 1]
        drivers.append((i, f"D{4100 + i * 3}", first, last, depot, lic, grade, hired.isoformat(), round(rate, 2),
                        status, left))  # fmt: skip

    routes = [(i, *r[:8]) for i, r in enumerate(_ROUTES, 1)]

    stops = []
    for route_id, r in enumerate(_ROUTES, 1):
        via = _VIA[r[0]]
        towns = [r[2], *via, r[3]]
        n_stops = rng.randint(6, 13) if r[6] != "EXP" else rng.randint(4, 7)
        words = rng.sample(_STOP_WORDS, n_stops)
        for seq in range(1, n_stops + 1):
            town = towns[min(len(towns) - 1, (seq - 1) * len(towns) // n_stops)]
            if seq == n_stops:
                town = r[3]
            name = f"{town}, {words[seq - 1]}"
            atco = f"110{route_id:02d}{seq:02d}{rng.randint(100, 999)}"
            stops.append((len(stops) + 1, atco, name, town, route_id, seq, int(rng.random() < 0.45)))

    # scheduled trips over 2022 to mid 2025, more each year
    trips = []
    route_weights = [r[8] for r in _ROUTES]
    depot_vehicles = {d: [v for v in vehicles if v[9] == d and v[5] != "CO"] for d in range(1, 6)}
    depot_coaches = {d: [v for v in vehicles if v[9] == d and v[5] in ("CO", "SD", "DD")] for d in range(1, 6)}
    idle_drivers = [d[0] for d in drivers if d[0] % 17 == 5 or d[5] == "D1"]
    while len(trips) < 3600:
        route_id = rng.choices(range(1, len(_ROUTES) + 1), weights=route_weights)[0]
        r = _ROUTES[route_id - 1]
        day = random_day(rng, _START, _END)
        if r[7] == 0 and day > dt.date(2024, 3, 30):
            continue
        if r[6] == "SCH" and (day.weekday() >= 5 or day.month == 8):
            continue
        if rng.random() < {2022: 0.25, 2023: 0.1, 2024: 0.0, 2025: 0.0}[day.year]:
            continue
        depot = r[4]
        pool = depot_coaches[depot] if r[6] == "EXP" else depot_vehicles[depot]
        pool = [v for v in pool if v[8] <= day.year and not (v[11] == "W" and day.year >= 2024)] or depot_vehicles[1]
        vehicle = rng.choice(pool)
        drv_pool = [d for d in drivers if d[4] == depot and d[0] not in idle_drivers and d[7] <= day.isoformat()
                    and (d[10] is None or d[10] >= day.isoformat())] or [drivers[0]]  # fmt: skip
        driver = rng.choice(drv_pool)
        status = rng.choices(["OP", "PT", "CX"], weights=[92, 3, 5 if depot != 3 else 9])[0]
        late = None
        reason = None
        if status == "CX":
            reason = rng.choices([c[0] for c in _CX_REASONS], weights=[c[1] for c in _CX_REASONS])[0]
        else:
            base = {"URB": 4, "RUR": 3, "EXP": 7, "SCH": 2}[r[6]]
            late = max(0, int(rng.expovariate(1 / base)) - 1)
            if status == "PT":
                late += rng.randint(5, 25)
        trips.append((0, route_id, day.isoformat(), _time(rng, r[6]), vehicle[0], driver[0], status, late, reason))
    trips.sort(key=lambda t: (t[2], t[3], t[1]))
    trips = [(i, *t[1:]) for i, t in enumerate(trips, 1)]

    fares = [f[:4] for f in _FARES]

    # ticket sales on operated trips
    sales = []
    run = [t for t in trips if t[6] != "CX"]
    route_stops = {rid: [s for s in stops if s[4] == rid] for rid in range(1, len(_ROUTES) + 1)}
    for trip in run:
        r = _ROUTES[trip[1] - 1]
        n = rng.choices([0, 1, 2, 3, 4], weights=[1, 5, 6, 3, 1])[0]
        if r[6] == "EXP":
            n += 1
        for _ in range(n):
            if r[6] == "SCH":
                fare = rng.choices(_FARES, weights=[0, 0, 10, 6, 0, 3, 0, 0, 0])[0]
            else:
                fare = rng.choices(_FARES, weights=[f[4] for f in _FARES])[0]
            qty = 1 if fare[0] in ("WKY", "GRP", "ENC") else rng.choices([1, 2, 3, 4], weights=[20, 5, 2, 1])[0]
            year = int(trip[2][:4])
            uplift = {2022: 1.0, 2023: 1.04, 2024: 1.08, 2025: 1.12}[year]
            price = fare[2] * uplift
            if r[6] == "EXP" and fare[0] in ("ADS", "ADR", "CHS", "STU"):
                price *= 2.2
            if year >= 2023 and fare[0] == "ADS":
                price = min(price, 2.00)  # the government single fare cap
            amount = round(price * qty, 2)
            cash, app = {2022: (5, 1), 2023: (4, 2), 2024: (3, 4), 2025: (2, 5)}[year]
            pay = "PASS" if fare[0] == "ENC" else rng.choices(["CASH", "CARD", "APP"], weights=[cash, 6, app])[0]
            stop = rng.choice(route_stops[trip[1]][:-1])
            sales.append((len(sales) + 1, trip[0], fare[0], qty, amount, pay, stop[0]))

    # private hire bookings
    bookings = []
    hire_vehicles = [v for v in vehicles if v[5] in ("CO", "MB") and v[11] != "W"]
    hire_drivers = [d for d in drivers if d[6] != "TRN" and d[0] not in idle_drivers[:3]]
    for i in range(1, 421):
        client = rng.choices(_CLIENTS, weights=[c[3] for c in _CLIENTS])[0]
        hire = random_day(rng, dt.date(2022, 2, 1), dt.date(2025, 9, 30))
        booked = hire - dt.timedelta(days=rng.randint(3, 160))
        if booked < dt.date(2022, 1, 4):
            booked = dt.date(2022, 1, 4) + dt.timedelta(days=rng.randint(0, (hire - dt.date(2022, 1, 7)).days))
        if booked > dt.date(2025, 6, 30):
            booked = dt.date(2025, 6, 30) - dt.timedelta(days=rng.randint(0, 40))
        dest, km = rng.choice(_DESTINATIONS)
        if client[1] == "SCH":
            dest, km = rng.choice([d for d in _DESTINATIONS if d[1] < 200])
        pax = rng.randint(8, 19) if rng.random() < 0.25 else rng.randint(20, 57)
        if hire > dt.date(2025, 6, 30):
            status = rng.choices(["ENQ", "CONF", "CXL"], weights=[4, 6, 1])[0]
        else:
            status = rng.choices(["DONE", "CXL"], weights=[11, 1])[0]
        vehicle_id = drv_id = None
        if status in ("CONF", "DONE"):
            fits = [v for v in hire_vehicles if v[6] >= pax and v[8] <= hire.year]
            vehicle = rng.choice(fits)
            vehicle_id = vehicle[0]
            drv_id = rng.choice([d for d in hire_drivers if d[5] == "D" or vehicle[5] == "MB"])[0]
        dist = km * 2 + rng.randint(0, 30)
        quote = round((180 + dist * 1.65 + (120 if km > 150 else 0)) * (0.85 if client[1] == "SCH" else 1.0)
                      * {2022: 1.0, 2023: 1.06, 2024: 1.1, 2025: 1.13}[hire.year] / 5) * 5  # fmt: skip
        deposit = int(status in ("CONF", "DONE") or (status == "CXL" and rng.random() < 0.4))
        bookings.append((0, "", client[0], client[1], booked.isoformat(), hire.isoformat(), client[2], dest, pax,
                         vehicle_id, drv_id, dist, quote, deposit, status))  # fmt: skip
    bookings.sort(key=lambda b: (b[4], b[5], b[2]))
    bookings = [(i, f"HB{b[4][2:4]}-{i:04d}", *b[2:]) for i, b in enumerate(bookings, 1)]

    # breakdowns: old vehicles and a few lemons break down far more
    lemons = [v[0] for v in vehicles if v[0] % 19 == 7]
    bd_weights = [(0.2 if v[8] >= 2021 else 1 + (2021 - v[8]) * 0.25) * (6 if v[0] in lemons else 1)
                  * (0 if v[0] % 11 == 3 else 1) for v in vehicles]  # fmt: skip
    breakdowns = []
    trips_by_vehicle = {v[0]: [t for t in trips if t[4] == v[0]] for v in vehicles}
    while len(breakdowns) < 190:
        vehicle = rng.choices(vehicles, weights=bd_weights)[0]
        faults = _FAULTS if vehicle[7] == "E" else _FAULTS[:-1]
        weights = [f[1] for f in faults]
        if vehicle[7] == "E":
            weights[-1] = 8
        fault = rng.choices(faults, weights=weights)[0]
        own = trips_by_vehicle[vehicle[0]]
        trip_id = None
        if own and rng.random() < 0.7:
            trip = rng.choice(own)
            trip_id, day = trip[0], dt.date.fromisoformat(trip[2])
            location = _ROUTES[trip[1] - 1][rng.choice([2, 3])]
        else:
            day = random_day(rng, max(_START, dt.date(vehicle[8], 3, 1)), _END)
            location = rng.choice([_DEPOTS[vehicle[9] - 1][2], "A38", "M5", "A30", "A361", "A377"])
        towed = int(fault[0] in ("Engine", "Gearbox", "Traction battery") or rng.random() < 0.15)
        cost = round(fault[2] * rng.uniform(0.4, 1.8) * (1.2 if vehicle[5] == "CO" else 1.0), 2)
        vor = max(0, int(rng.expovariate(1 / (1 + fault[2] / 400))))
        breakdowns.append((0, vehicle[0], trip_id, day.isoformat(), fault[0], location, towed, cost, vor))
    breakdowns.sort(key=lambda b: (b[3], b[1]))
    breakdowns = [(i, *b[1:]) for i, b in enumerate(breakdowns, 1)]

    # driver shifts: a sample of rostered shifts, with sickness concentrated on a few drivers
    shifts = []
    sick_prone = [d[0] for d in drivers if d[0] % 23 == 8]
    shift_weights = [0 if d[0] % 31 == 12 else (3 if d[6] == "SNR" else 2) for d in drivers]
    while len(shifts) < 2800:
        driver = rng.choices(drivers, weights=shift_weights)[0]
        hired = dt.date.fromisoformat(driver[7])
        left = dt.date.fromisoformat(driver[10]) if driver[10] else _END
        start = max(hired, _START)
        if start >= left:
            continue
        day = random_day(rng, start, left)
        typ = rng.choices(["E", "L", "M", "SPL"], weights=[5, 5, 3, 2])[0]
        sched = {"E": 8.5, "L": 8.5, "M": 8.0, "SPL": 10.0}[typ]
        attend = rng.choices(["WRK", "SCK", "AWL"], weights=[94, 5 * (5 if driver[0] in sick_prone else 1), 1])[0]
        if attend == "WRK":
            ot = rng.choices([0, 0.5, 1.0, 1.5, 2.0, 3.0], weights=[20, 4, 4, 2, 2, 1])[0]
            if day.year == 2022 or driver[4] == 3:
                ot += rng.choice([0, 0, 0.5, 1.0])
            actual = sched + ot
        else:
            ot, actual = 0, 0
        shifts.append((0, driver[0], day.isoformat(), typ, sched, actual, ot, attend))
    shifts.sort(key=lambda s: (s[2], s[1], s[3]))
    shifts = [(i, *s[1:]) for i, s in enumerate(shifts, 1)]

    return {"depots": depots, "vehicles": vehicles, "drv": drivers, "routes": routes, "stops": stops,
            "trip_sched": trips, "fare_typ": fares, "tkt_sales": sales, "hire_bkg": bookings,
            "breakdowns": breakdowns, "drv_shifts": shifts}  # fmt: skip


def build_coach_database(path: str | Path) -> Path:
    """Write the bus and coach operator's database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
