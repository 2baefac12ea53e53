"""A made-up driving school with five branches across West and North Yorkshire, written by someone who had not seen
the engine's rules: the ``driving`` dev set's database.

Eleven tables with foreign keys, named in plain English:

- ``branches``: an office with a ``name``, ``town``, ``street``, ``postcode`` and the date it ``opened_on``.
- ``instructors``: ``first_name``, ``last_name``, their ``branch_id``, the ``gearbox`` they teach in ('Manual' or
  'Automatic'), the ``hourly_rate`` in pounds charged for a pay-as-you-go lesson, ``employment_type`` ('Employed' or
  'Franchise'), ``start_date`` and ``left_on`` (NULL while they still work for the school).
- ``cars``: the tuition cars, with ``registration``, ``make``, ``model``, ``gearbox``, ``fuel_type`` ('Petrol',
  'Diesel' or 'Hybrid'), ``year_made``, the ``branch_id`` they belong to, the ``instructor_id`` who drives it (NULL
  for a branch's spare car), ``bought_on``, ``purchase_price`` and ``sold_on`` (NULL while still owned).
- ``pupils``: learners with ``first_name``, ``last_name``, ``date_of_birth``, ``home_town``, ``branch_id``, their
  main ``instructor_id`` (NULL while not yet given one), ``signed_up_on``, the ``gearbox`` they learn in,
  ``heard_about_us`` (how they found the school) and ``status`` ('Active', 'Passed' or 'Left').
- ``lesson_packages``: what the school sells, with ``name``, ``hours``, ``gearbox`` ('Manual', 'Automatic' or
  'Any'), list ``price`` and ``on_sale`` (1 if still sold, 0 if withdrawn).
- ``package_purchases``: a pupil buying a package on ``bought_on`` for ``price_paid``.
- ``lessons``: a booked lesson for a pupil with an instructor on ``lesson_date`` at ``start_time`` ('HH:MM') for
  ``minutes`` (60, 90 or 120), a ``lesson_type`` ('Standard', 'Motorway', 'Night driving', 'Mock test', 'Test day'
  or 'Pass Plus') and a ``status``: 'Completed', 'Cancelled' (with ``cancelled_by`` 'Pupil' or 'Instructor'),
  'No show' (the pupil did not turn up) or 'Booked' (still to come, December 2025).
- ``payments``: money from a pupil on ``paid_on``: ``amount``, ``method`` ('Card', 'Bank transfer' or 'Cash'),
  ``paid_for`` ('Package', 'Single lesson' for pay-as-you-go pupils, or 'Test booking' for a practical test the
  school booked) and the ``purchase_id`` of the package it pays towards (NULL otherwise). Some package purchases
  are still partly unpaid.
- ``test_attempts``: a pupil's ``test_type`` ('Theory' or 'Practical') on ``test_date`` at a ``test_centre`` with a
  ``result`` ('Pass' or 'Fail'); theory tests have a ``multiple_choice_score`` out of 50 (43 to pass) and a
  ``hazard_perception_score`` out of 75 (44 to pass); practical tests have ``minor_faults`` and ``serious_faults``
  (more than 15 minors or any serious fault fails) and the ``instructor_id`` whose car was used.
- ``car_services``: work on a car on ``service_date``: ``service_type`` ('Interim service', 'Full service', 'MOT',
  'Tyres', 'Brakes', 'Clutch replacement' or 'Bodywork repair'), ``garage``, ``mileage`` and ``cost``.
- ``fuel_purchases``: filling a car on ``filled_on`` at a ``station``: ``litres``, ``total_cost`` and ``mileage``.

Rows come from a fixed seed, so every build holds the same rows. Data runs from January 2022 to the end of November
2025, plus lessons already booked for December 2025. A few pupils take far more lessons than most, some pupils never
had a lesson, one instructor has just joined and has taught nobody, one package has never been bought and a spare
car bought in 2025 has never been serviced.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_driving_database(pathlib.Path(tempfile.mkdtemp()) / "driving.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM branches").fetchone()
    (5,)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_driving_database"]

_SCHEMA = """
CREATE TABLE branches (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, town TEXT NOT NULL, street TEXT NOT NULL, postcode TEXT NOT NULL,
    opened_on DATE NOT NULL
);
CREATE TABLE instructors (
    id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
    branch_id INTEGER NOT NULL REFERENCES branches (id), gearbox TEXT NOT NULL, hourly_rate NUMERIC NOT NULL,
    employment_type TEXT NOT NULL, start_date DATE NOT NULL, left_on DATE
);
CREATE TABLE cars (
    id INTEGER PRIMARY KEY, registration TEXT NOT NULL, make TEXT NOT NULL, model TEXT NOT NULL,
    gearbox TEXT NOT NULL, fuel_type TEXT NOT NULL, year_made INTEGER NOT NULL,
    branch_id INTEGER NOT NULL REFERENCES branches (id), instructor_id INTEGER REFERENCES instructors (id),
    bought_on DATE NOT NULL, purchase_price NUMERIC NOT NULL, sold_on DATE
);
CREATE TABLE pupils (
    id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, date_of_birth DATE NOT NULL,
    home_town TEXT NOT NULL, branch_id INTEGER NOT NULL REFERENCES branches (id),
    instructor_id INTEGER REFERENCES instructors (id), signed_up_on DATE NOT NULL, gearbox TEXT NOT NULL,
    heard_about_us TEXT NOT NULL, status TEXT NOT NULL
);
CREATE TABLE lesson_packages (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, hours INTEGER NOT NULL, gearbox TEXT NOT NULL,
    price NUMERIC NOT NULL, on_sale INTEGER NOT NULL
);
CREATE TABLE package_purchases (
    id INTEGER PRIMARY KEY, pupil_id INTEGER NOT NULL REFERENCES pupils (id),
    package_id INTEGER NOT NULL REFERENCES lesson_packages (id), bought_on DATE NOT NULL,
    price_paid NUMERIC NOT NULL
);
CREATE TABLE lessons (
    id INTEGER PRIMARY KEY, pupil_id INTEGER NOT NULL REFERENCES pupils (id),
    instructor_id INTEGER NOT NULL REFERENCES instructors (id), lesson_date DATE NOT NULL, start_time TEXT NOT NULL,
    minutes INTEGER NOT NULL, lesson_type TEXT NOT NULL, status TEXT NOT NULL, cancelled_by TEXT
);
CREATE TABLE payments (
    id INTEGER PRIMARY KEY, pupil_id INTEGER NOT NULL REFERENCES pupils (id),
    purchase_id INTEGER REFERENCES package_purchases (id), paid_on DATE NOT NULL, amount NUMERIC NOT NULL,
    method TEXT NOT NULL, paid_for TEXT NOT NULL
);
CREATE TABLE test_attempts (
    id INTEGER PRIMARY KEY, pupil_id INTEGER NOT NULL REFERENCES pupils (id), test_type TEXT NOT NULL,
    test_date DATE NOT NULL, test_centre TEXT NOT NULL, result TEXT NOT NULL, multiple_choice_score INTEGER,
    hazard_perception_score INTEGER, minor_faults INTEGER, serious_faults INTEGER,
    instructor_id INTEGER REFERENCES instructors (id)
);
CREATE TABLE car_services (
    id INTEGER PRIMARY KEY, car_id INTEGER NOT NULL REFERENCES cars (id), service_date DATE NOT NULL,
    service_type TEXT NOT NULL, garage TEXT NOT NULL, mileage INTEGER NOT NULL, cost NUMERIC NOT NULL
);
CREATE TABLE fuel_purchases (
    id INTEGER PRIMARY KEY, car_id INTEGER NOT NULL REFERENCES cars (id), filled_on DATE NOT NULL,
    station TEXT NOT NULL, litres NUMERIC NOT NULL, total_cost NUMERIC NOT NULL, mileage INTEGER NOT NULL
);
"""

_FIRST_DAY = dt.date(2022, 1, 3)
_CUTOFF = dt.date(2025, 11, 30)  # the last day with history; later lessons are only booked
_LAST_BOOKED = dt.date(2025, 12, 31)

#: name, town, street, postcode, opened, share of pupils, practical test centres, nearby towns, garages
_BRANCHES = [
    ("Leeds City", "Leeds", "Kirkstall Road", "LS4 2AZ", "2012-03-01", 34,
     ["Leeds (Horsforth)", "Leeds (Harehills)"], ["Leeds", "Leeds", "Leeds", "Horsforth", "Morley", "Pudsey"],
     ["Kirkstall Motors", "Kwik Fit Leeds", "Halfords Autocentre Leeds"]),
    ("Bradford", "Bradford", "Manningham Lane", "BD8 7HX", "2015-06-15", 25,
     ["Bradford (Thornbury)", "Bradford (Heaton)"], ["Bradford", "Bradford", "Shipley", "Keighley", "Bingley"],
     ["Thornbury Garage", "Kwik Fit Bradford"]),
    ("Wakefield", "Wakefield", "Westgate", "WF1 1JY", "2017-09-01", 18,
     ["Wakefield", "Heckmondwike"], ["Wakefield", "Wakefield", "Ossett", "Castleford", "Pontefract"],
     ["Westgate Motor Services", "Halfords Autocentre Wakefield"]),
    ("Harrogate", "Harrogate", "Skipton Road", "HG1 4LA", "2019-04-01", 12,
     ["Harrogate"], ["Harrogate", "Harrogate", "Knaresborough", "Ripon"], ["Nidd Valley Motors"]),
    ("York", "York", "Hull Road", "YO10 3JB", "2023-02-01", 11,
     ["York"], ["York", "York", "Haxby", "Selby"], ["Hull Road Garage", "Kwik Fit York"]),
]  # fmt: skip

#: branch, first name, last name, gearbox, hourly rate, employment type, start date, left on, busyness
_INSTRUCTORS = [
    (1, "Gary", "Whitaker", "Manual", 38, "Employed", "2012-03-01", None, 3),
    (1, "Sandra", "Holmes", "Manual", 37, "Employed", "2014-05-12", None, 3),
    (1, "Imran", "Akhtar", "Manual", 36, "Franchise", "2018-09-03", None, 4),
    (1, "Karen", "Lister", "Automatic", 42, "Employed", "2016-01-11", None, 3),
    (1, "Dean", "Marsden", "Manual", 36, "Franchise", "2020-07-06", None, 2),
    (1, "Priya", "Sharma", "Automatic", 41, "Franchise", "2022-03-14", None, 2),
    (1, "Tom", "Firth", "Manual", 35, "Employed", "2025-11-17", None, 0),
    (2, "Shabana", "Hussain", "Manual", 35, "Employed", "2015-06-15", None, 4),
    (2, "Neil", "Crossley", "Manual", 35, "Franchise", "2016-10-03", "2024-05-31", 3),
    (2, "Adnan", "Rashid", "Automatic", 40, "Franchise", "2019-02-18", None, 3),
    (2, "Julie", "Greenwood", "Manual", 34, "Employed", "2021-04-19", None, 2),
    (2, "Martin", "Sutcliffe", "Manual", 35, "Employed", "2024-05-20", None, 3),
    (3, "Steve", "Atkinson", "Manual", 34, "Employed", "2017-09-01", None, 3),
    (3, "Lorraine", "Booth", "Manual", 34, "Franchise", "2018-03-05", None, 2),
    (3, "Wayne", "Hirst", "Automatic", 39, "Franchise", "2020-01-13", None, 2),
    (3, "Emma", "Pickles", "Manual", 33, "Employed", "2023-06-05", None, 2),
    (4, "Richard", "Pennington", "Manual", 40, "Employed", "2019-04-01", None, 3),
    (4, "Fiona", "Dalby", "Automatic", 44, "Franchise", "2019-08-12", None, 2),
    (4, "Chris", "Lumb", "Manual", 39, "Franchise", "2021-11-01", None, 1),
    (5, "Helen", "Metcalfe", "Manual", 38, "Employed", "2023-02-01", None, 3),
    (5, "James", "Kettlewell", "Automatic", 42, "Franchise", "2023-02-01", None, 2),
    (5, "Ryan", "Ward", "Manual", 37, "Franchise", "2024-01-08", None, 1),
]
#: make, model, gearbox, fuel type, price when new
_MODELS = {
    "Manual": [("Ford", "Fiesta", "Petrol", 19500), ("Vauxhall", "Corsa", "Petrol", 18900),
               ("Volkswagen", "Polo", "Petrol", 20500), ("Seat", "Ibiza", "Petrol", 19200),
               ("Peugeot", "208", "Diesel", 21000), ("Skoda", "Fabia", "Petrol", 18700)],
    "Automatic": [("Toyota", "Yaris", "Hybrid", 23500), ("Honda", "Jazz", "Hybrid", 24000),
                  ("Renault", "Clio E-Tech", "Hybrid", 22500)],
}  # fmt: skip
#: name, hours, gearbox, list price, on sale
_PACKAGES = [
    ("Starter offer - 2 hours", 2, "Any", 50, 0),
    ("5 hour block (manual)", 5, "Manual", 175, 1),
    ("10 hour block (manual)", 10, "Manual", 340, 1),
    ("20 hour block (manual)", 20, "Manual", 660, 1),
    ("10 hour block (automatic)", 10, "Automatic", 380, 1),
    ("20 hour block (automatic)", 20, "Automatic", 740, 1),
    ("Intensive 30 hour course", 30, "Manual", 1050, 1),
    ("Pass Plus", 6, "Any", 210, 1),
    ("Refresher course - 4 hours", 4, "Any", 150, 1),
]
_STARTER_WITHDRAWN = dt.date(2024, 6, 30)

_FIRST = [
    "Olivia",
    "Amelia",
    "Isla",
    "Ava",
    "Mia",
    "Sophie",
    "Grace",
    "Lily",
    "Freya",
    "Evie",
    "Ella",
    "Chloe",
    "Hannah",
    "Zara",
    "Aisha",
    "Maryam",
    "Jessica",
    "Holly",
    "Megan",
    "Ruby",
    "Oliver",
    "Jack",
    "Harry",
    "George",
    "Noah",
    "Charlie",
    "Jacob",
    "Alfie",
    "Oscar",
    "Leo",
    "Archie",
    "Joshua",
    "Mohammed",
    "Ethan",
    "Logan",
    "Ali",
    "Bilal",
    "Callum",
    "Tyler",
    "Kieran",
    "Liam",
    "Ben",
    "Sam",
    "Daniel",
    "Ibrahim",
    "Yusuf",
]
_LAST = [
    "Smith",
    "Jones",
    "Taylor",
    "Brown",
    "Wilson",
    "Walker",
    "Wood",
    "Robinson",
    "Wright",
    "Thompson",
    "Hall",
    "Green",
    "Clarke",
    "Jackson",
    "Turner",
    "Hill",
    "Shaw",
    "Barker",
    "Hudson",
    "Moss",
    "Ellis",
    "Kaur",
    "Khan",
    "Ahmed",
    "Begum",
    "Hussain",
    "Mahmood",
    "Iqbal",
    "Patel",
    "Nowak",
    "Kowalski",
    "Sykes",
    "Haigh",
    "Ackroyd",
    "Priestley",
    "Oldroyd",
    "Mitchell",
    "Hargreaves",
    "Normanton",
    "Spencer",
]
_HEARD = [("Friend or family", 36), ("Google", 26), ("Facebook", 10), ("Instagram", 9), ("TikTok", 5),
          ("Leaflet", 4), ("School or college", 6), ("Passed a car on the road", 4)]  # fmt: skip
_STATIONS = ["Tesco", "Asda", "Morrisons", "Sainsbury's", "Shell", "BP", "Esso", "Jet"]
_LETTERS = "ABCDEFGHJKLMNOPRSTUVWXYZ"


def _pump_price(day: dt.date, fuel: str) -> float:
    """Pence per litre in pounds, roughly as UK pump prices moved from 2022 to 2025."""
    if day < dt.date(2022, 3, 1):
        price = 1.47
    elif day < dt.date(2022, 8, 1):
        price = 1.78
    elif day < dt.date(2023, 1, 1):
        price = 1.62
    elif day < dt.date(2024, 1, 1):
        price = 1.50
    elif day < dt.date(2025, 1, 1):
        price = 1.45
    else:
        price = 1.37
    if fuel == "Diesel":
        price += 0.09 if day.year <= 2023 else 0.05
    return price


def _registration(rng: random.Random, year: int, area: str) -> str:
    age = year % 100 if rng.random() < 0.5 else year % 100 + 50
    return f"{area}{age:02d} {''.join(rng.choice(_LETTERS) for _ in range(3))}"


def _people(rng: random.Random):  # noqa: PLR0915 - branches, instructors, cars and pupils in order
    branches = [(i, *b[:4], b[4]) for i, b in enumerate(_BRANCHES, 1)]
    instructors = [(i, s[1], s[2], s[0], s[3], s[4], s[5], s[6], s[7]) for i, s in enumerate(_INSTRUCTORS, 1)]
    cars = []
    area = {1: "YA", 2: "YB", 3: "YC", 4: "YE", 5: "YK"}
    for ins in instructors:
        branch, gearbox, start, left = ins[3], ins[4], dt.date.fromisoformat(ins[7]), ins[8]
        make, model, fuel, new_price = rng.choice(_MODELS[gearbox])
        bought = start - dt.timedelta(days=rng.randint(0, 30))
        if start < dt.date(2021, 1, 1):
            bought = random_day(rng, dt.date(2019, 6, 1), dt.date(2021, 9, 30))
        made = bought.year - rng.choice([0, 0, 1])
        price = round(new_price * (1 - 0.12 * (bought.year - made)) - rng.randrange(0, 20) * 50)
        replace = ins[0] in (2, 8, 13, 17)  # these instructors got a newer car during the period
        sold = left
        if replace:
            sold = random_day(rng, dt.date(2023, 3, 1), dt.date(2025, 3, 31)).isoformat()
        cars.append([_registration(rng, made, area[branch]), make, model, gearbox, fuel, made, branch, ins[0],
                     bought.isoformat(), price, sold])  # fmt: skip
        if replace:
            new_day = dt.date.fromisoformat(sold) - dt.timedelta(days=rng.randint(0, 5))
            make, model, fuel, new_price = rng.choice(_MODELS[gearbox])
            price = new_price - rng.randrange(0, 15) * 100
            cars.append([_registration(rng, new_day.year, area[branch]), make, model, gearbox, fuel, new_day.year,
                         branch, ins[0], new_day.isoformat(), price, None])  # fmt: skip
    # spare cars, used while an instructor's car is off the road
    cars.append([_registration(rng, 2019, "YA"), "Ford", "Fiesta", "Manual", "Petrol", 2019, 1, None, "2021-02-15",
                 11800, None])  # fmt: skip
    cars.append([_registration(rng, 2021, "YB"), "Vauxhall", "Corsa", "Manual", "Petrol", 2021, 2, None,
                 "2022-05-09", 12900, "2025-06-30"])  # fmt: skip
    cars.append([_registration(rng, 2025, "YB"), "Toyota", "Yaris", "Automatic", "Hybrid", 2025, 2, None,
                 "2025-09-22", 22900, None])  # fmt: skip
    cars.sort(key=lambda c: (c[8], c[0]))
    cars = [(i, *c) for i, c in enumerate(cars, 1)]

    pupils = []
    names = rng.sample([(f, s) for f in _FIRST for s in _LAST], 600)
    heard_names, heard_weights = [h[0] for h in _HEARD], [h[1] for h in _HEARD]
    for i in range(1, 601):
        while True:
            branch = rng.choices(range(1, 6), weights=[b[5] for b in _BRANCHES])[0]
            # more sign-ups as the school grew, with a January and summer rush
            signed = random_day(rng, _FIRST_DAY, dt.date(2025, 11, 28))
            if rng.random() > 0.55 + 0.15 * (signed.year - 2022) + (0.2 if signed.month in (1, 6, 7, 8) else 0):
                continue
            if signed >= dt.date.fromisoformat(_BRANCHES[branch - 1][4]):
                break
        age = rng.choices([17, 18, 19, 20, 22, 25, 30, 38, 47], weights=[38, 18, 9, 6, 7, 8, 7, 5, 2])[0]
        dob = random_day(rng, signed - dt.timedelta(days=365 * (age + 1) - 5), signed - dt.timedelta(days=365 * age))
        gearbox = "Automatic" if rng.random() < (0.18 if age < 25 else 0.4) else "Manual"
        town = rng.choice(_BRANCHES[branch - 1][7])
        heard = rng.choices(heard_names, weights=heard_weights)[0]
        first, last = names[i - 1]
        pupils.append([i, first, last, dob.isoformat(), town, branch, None, signed.isoformat(), gearbox, heard, None])
    pupils.sort(key=lambda p: (p[7], p[0]))
    for i, p in enumerate(pupils, 1):
        p[0] = i
    return branches, instructors, cars, pupils


def _pick_instructor(rng: random.Random, pupil: list, instructors: list) -> int | None:
    signed = dt.date.fromisoformat(pupil[7])
    pool = [
        ins
        for ins in instructors
        if ins[3] == pupil[5]
        and dt.date.fromisoformat(ins[7]) <= signed
        and (ins[8] is None or dt.date.fromisoformat(ins[8]) > signed + dt.timedelta(days=90))
        and _INSTRUCTORS[ins[0] - 1][8] > 0
    ]
    matching = [ins for ins in pool if ins[4] == pupil[8]] or pool
    if not matching:
        return None
    return rng.choices(matching, weights=[_INSTRUCTORS[ins[0] - 1][8] for ins in matching])[0][0]


def _rows(seed: int = 40417) -> dict[str, list[tuple]]:  # noqa: PLR0912, PLR0915 - one pass per pupil, then cars
    rng = random.Random(seed)
    branches, instructors, cars, pupils = _people(rng)
    packages = [(i, *p) for i, p in enumerate(_PACKAGES, 1)]
    by_id = {ins[0]: ins for ins in instructors}
    lessons, purchases, payments, tests = [], [], [], []
    heavy = [p[0] for p in pupils if p[0] % 53 == 11]
    for pupil in pupils:
        pid, branch, gearbox = pupil[0], pupil[5], pupil[8]
        signed = dt.date.fromisoformat(pupil[7])
        main = _pick_instructor(rng, pupil, instructors) if signed < dt.date(2025, 11, 20) else None
        pupil[6] = main
        intensive = gearbox == "Manual" and rng.random() < 0.04
        if main is None or (rng.random() < 0.06 and pid not in heavy):
            n_lessons = 0
        elif pid in heavy:
            n_lessons = rng.randint(65, 95)
        elif intensive:
            n_lessons = rng.randint(15, 19)
        else:
            n_lessons = rng.choices([rng.randint(2, 8), rng.randint(10, 24), rng.randint(25, 40)], weights=[3, 5, 3])[0]
        payg = rng.random() < 0.2 and not intensive
        # the lesson diary
        dates = []
        day = signed + dt.timedelta(days=rng.randint(3, 25))
        for _ in range(n_lessons):
            if day > _LAST_BOOKED:
                break
            dates.append(day)
            day += dt.timedelta(days=rng.randint(1, 3) if intensive else rng.choice([4, 6, 7, 7, 7, 8, 10, 14]))
        # theory test, taken by most learners a few weeks in
        passed_theory = None
        theory_day = signed + dt.timedelta(days=rng.randint(12, 100))
        if n_lessons == 0 and rng.random() < 0.7:
            theory_day = _CUTOFF + dt.timedelta(days=1)
        for _ in range(4):
            if theory_day > _CUTOFF:
                break
            ok = rng.random() < 0.52
            if ok:
                mc, hp = rng.randint(43, 50), rng.randint(44, 68)
            else:
                miss = rng.choice(["mc", "hp", "both"])
                mc = rng.randint(30, 42) if miss in ("mc", "both") else rng.randint(43, 50)
                hp = rng.randint(25, 43) if miss in ("hp", "both") else rng.randint(44, 66)
            tests.append([pid, "Theory", theory_day, f"{_BRANCHES[branch - 1][1]} theory test centre",
                          "Pass" if ok else "Fail", mc, hp, None, None, None])  # fmt: skip
            if ok:
                passed_theory = theory_day
                break
            theory_day += dt.timedelta(days=rng.randint(10, 45))
        # practical tests once theory is passed and enough lessons are done
        types = ["Standard"] * len(dates)
        passed_at = None
        if passed_theory and len(dates) >= 12:
            idx = int(len(dates) * rng.uniform(0.6, 0.85))
            while idx < len(dates) and dates[idx] < passed_theory + dt.timedelta(days=21):
                idx += 1
            while idx < len(dates) and dates[idx] <= _CUTOFF:
                if idx >= 2:
                    types[idx - 2] = "Mock test"
                types[idx] = "Test day"
                ins_id = _lesson_instructor(main, dates[idx], instructors, gearbox)
                ok = rng.random() < 0.47 + (0.1 if pid in heavy else 0)
                if ok:
                    minors, serious = rng.choice([rng.randint(0, 6), rng.randint(3, 15)]), 0
                elif rng.random() < 0.85:
                    minors, serious = rng.randint(2, 14), rng.choices([1, 2, 3], weights=[7, 2, 1])[0]
                else:
                    minors, serious = rng.randint(16, 22), 0
                centre = rng.choice(_BRANCHES[branch - 1][6])
                tests.append([pid, "Practical", dates[idx], centre, "Pass" if ok else "Fail", None, None, minors,
                              serious, ins_id])  # fmt: skip
                if rng.random() < 0.75:  # the school booked this test for the pupil
                    fee = 75 if dates[idx].weekday() == 5 else 62
                    paid = max(signed, dates[idx] - dt.timedelta(days=rng.randint(25, 80)))
                    payments.append([pid, None, paid, fee, rng.choices(["Card", "Bank transfer"], [3, 1])[0],
                                     "Test booking"])  # fmt: skip
                if ok:
                    passed_at = idx
                    break
                idx += rng.randint(5, 10)
        if passed_at is not None:
            dates, types = dates[: passed_at + 1], types[: passed_at + 1]
            if rng.random() < 0.12:  # Pass Plus after passing
                day = dates[-1] + dt.timedelta(days=rng.randint(10, 40))
                for _ in range(3):
                    if day > _LAST_BOOKED:
                        break
                    dates.append(day)
                    types.append("Pass Plus")
                    day += dt.timedelta(days=rng.randint(5, 12))
        for k, day in enumerate(dates):
            if types[k] == "Standard" and k > 10 and rng.random() < 0.05:
                types[k] = "Motorway"
            elif types[k] == "Standard" and k > 6 and day.month in (11, 12, 1) and rng.random() < 0.06:
                types[k] = "Night driving"
        # lessons with their outcome
        covered = 0.0
        used = 0.0
        for k, day in enumerate(dates):
            kind = types[k]
            minutes = (
                120 if intensive or kind in ("Pass Plus", "Motorway", "Test day") else rng.choice([60, 90, 120, 120])
            )
            if kind == "Night driving":
                hour = rng.choice(["17:00", "17:30", "18:00", "19:00"])
            elif kind == "Test day":
                hour = rng.choice(["07:30", "08:30", "10:00", "11:30", "13:00"])
            else:
                hour = f"{rng.randint(8, 18):02d}:{rng.choice(['00', '00', '30'])}"
            if day > _CUTOFF:
                status, by = "Booked", None
            elif kind in ("Test day", "Pass Plus", "Mock test"):
                status, by = "Completed", None
            else:
                roll = rng.random()
                no_show = 0.03 + (0.05 if pid % 29 == 3 else 0)
                if roll < no_show:
                    status, by = "No show", None
                elif roll < no_show + 0.075:
                    status, by = "Cancelled", "Pupil"
                elif roll < no_show + 0.105:
                    status, by = "Cancelled", "Instructor"
                else:
                    status, by = "Completed", None
            ins_id = _lesson_instructor(main, day, instructors, gearbox)
            lessons.append([pid, ins_id, day, hour, minutes, kind, status, by])
            charged = status in ("Completed", "No show", "Booked")
            if not charged:
                continue
            if kind == "Pass Plus":
                if k == 0 or types[k - 1] != "Pass Plus":
                    _buy(rng, purchases, payments, pid, packages[7], day - dt.timedelta(days=rng.randint(1, 7)))
                continue
            hours = minutes / 60
            if payg and status != "Booked":
                rate = by_id[ins_id][5]
                method = rng.choices(["Card", "Cash", "Bank transfer"], [5, 3, 2])[0]
                payments.append([pid, None, day, round(rate * hours, 2), method, "Single lesson"])
                continue
            if payg:
                continue
            used += hours
            while used > covered + 0.01:
                when = day - dt.timedelta(days=rng.randint(0, 4))
                when = max(when, signed)
                if intensive and not _has_purchase(purchases, pid):
                    package = packages[6]
                elif (not _has_purchase(purchases, pid) and when <= _STARTER_WITHDRAWN
                      and rng.random() < 0.45):  # fmt: skip
                    package = packages[0]
                elif gearbox == "Automatic":
                    package = packages[4] if rng.random() < 0.7 else packages[5]
                else:
                    package = rng.choices([packages[1], packages[2], packages[3]], weights=[2, 6, 3])[0]
                _buy(rng, purchases, payments, pid, package, when)
                covered += package[2]
        # status of the learner
        done = [d for d in dates if d <= _CUTOFF]
        if passed_at is not None:
            pupil[10] = "Passed"
        elif (
            (dates and dates[-1] >= dt.date(2025, 8, 1))
            or signed >= dt.date(2025, 9, 1)
            or not done
            and signed >= dt.date(2025, 6, 1)
        ):
            pupil[10] = "Active"
        else:
            pupil[10] = "Left"

    # order and number everything
    purchases.sort(key=lambda r: (r[2], r[0], r[4]))
    new_purchase_id = {r[4]: i for i, r in enumerate(purchases, 1)}
    package_purchases = [(i, r[0], r[1], r[2].isoformat(), r[3]) for i, r in enumerate(purchases, 1)]
    payments.sort(key=lambda r: (r[2], r[0], r[5], r[3]))
    payment_rows = [(i, r[0], new_purchase_id.get(r[1]), r[2].isoformat(), r[3], r[4], r[5])
                    for i, r in enumerate(payments, 1)]  # fmt: skip
    lessons.sort(key=lambda r: (r[2], r[3], r[0]))
    lesson_rows = [(i, r[0], r[1], r[2].isoformat(), *r[3:]) for i, r in enumerate(lessons, 1)]
    tests.sort(key=lambda r: (r[2], r[1], r[0]))
    test_rows = [(i, r[0], r[1], r[2].isoformat(), *r[3:]) for i, r in enumerate(tests, 1)]
    services, fuel = _car_costs(rng, cars, lessons)
    return {
        "branches": branches,
        "instructors": instructors,
        "cars": cars,
        "pupils": [tuple(p) for p in pupils],
        "lesson_packages": [p[:6] for p in packages],
        "package_purchases": package_purchases,
        "lessons": lesson_rows,
        "payments": payment_rows,
        "test_attempts": test_rows,
        "car_services": services,
        "fuel_purchases": fuel,
    }


def _has_purchase(purchases: list, pupil_id: int) -> bool:
    """Whether the pupil has bought any package yet (the newest purchases are at the end)."""
    return any(r[0] == pupil_id for r in purchases[-12:])


def _buy(rng: random.Random, purchases: list, payments: list, pupil_id: int, package: tuple, day: dt.date) -> None:
    """A package purchase and the payments towards it; a few instalments are never paid."""
    factor = {2022: 0.9, 2023: 0.95}.get(day.year, 1.0)
    price = round(package[4] * factor)
    if rng.random() < 0.08:
        price = round(price * 0.9)
    key = len(purchases)
    purchases.append([pupil_id, package[0], day, price, key])
    method = rng.choices(["Card", "Bank transfer", "Cash"], weights=[6, 3, 1])[0]
    roll = rng.random()
    if roll < 0.72 or price < 100:
        payments.append([pupil_id, key, day, price, method, "Package"])
    else:
        first = round(price / 2)
        payments.append([pupil_id, key, day, first, method, "Package"])
        later = day + dt.timedelta(days=rng.randint(14, 35))
        if roll < 0.95 and later <= _CUTOFF:
            payments.append([pupil_id, key, later, price - first, method, "Package"])


def _lesson_instructor(main: int, day: dt.date, instructors: list, gearbox: str) -> int:
    """The pupil's own instructor, or a colleague at the branch once that instructor has left."""
    ins = instructors[main - 1]
    if ins[8] is None or day <= dt.date.fromisoformat(ins[8]):
        return main
    others = [
        o
        for o in instructors
        if o[3] == ins[3] and o[8] is None and dt.date.fromisoformat(o[7]) <= day and o[4] == gearbox
    ]
    return (others or [o for o in instructors if o[3] == ins[3] and o[8] is None])[-1][0]


def _car_costs(rng: random.Random, cars: list, lessons: list) -> tuple[list[tuple], list[tuple]]:
    """Servicing and fuel for every car while the school owned it."""
    busy = {}
    for r in lessons:
        if r[6] != "Booked":
            busy[r[1]] = busy.get(r[1], 0) + r[4]
    services, fuel = [], []
    for car in cars:
        car_id, gearbox, fuel_type, made, branch, ins_id = car[0], car[4], car[5], car[6], car[7], car[8]
        start = max(dt.date.fromisoformat(car[9]), _FIRST_DAY)
        end = min(dt.date.fromisoformat(car[11]) if car[11] else _CUTOFF, _CUTOFF)
        if ins_id is not None and _joined(ins_id) > start:
            start = _joined(ins_id)
        garages = _BRANCHES[branch - 1][8]
        mileage = max(0, (start.year - made) * 14000 + rng.randint(500, 4000))
        minutes = busy.get(ins_id, 0) if ins_id else 0
        daily = 28 + min(minutes / 3000, 40) if ins_id else 6
        # fuel fills
        day = start + dt.timedelta(days=rng.randint(0, 6))
        fills = []
        while day <= end:
            litres = round(rng.uniform(24, 38) if fuel_type == "Hybrid" else rng.uniform(30, 45), 2)
            mpg = 60 if fuel_type == "Hybrid" else (52 if fuel_type == "Diesel" else 44)
            gap = max(3, round(litres / 4.546 * mpg / daily)) + rng.randint(-1, 2)
            mileage += round(litres / 4.546 * mpg * rng.uniform(0.9, 1.05))
            unit = _pump_price(day, fuel_type) + rng.uniform(-0.04, 0.05)
            fills.append((car_id, day.isoformat(), rng.choice(_STATIONS), litres, round(litres * unit, 2), mileage))
            day += dt.timedelta(days=max(2, gap))
        fuel.extend(fills)
        # servicing: alternate interim and full services, an MOT once the car is three years old, and repairs
        first_mileage = fills[0][5] if fills else mileage
        last_mileage = fills[-1][5] if fills else mileage
        span = max(1, (end - start).days)

        def miles_on(day: dt.date, lo=first_mileage, hi=last_mileage, s=start, sp=span) -> int:
            return round(lo + (hi - lo) * min(1.0, max(0.0, (day - s).days / sp)))

        if end < start + dt.timedelta(days=100):
            continue
        day = start + dt.timedelta(days=rng.randint(120, 200))
        full = rng.random() < 0.5
        while day <= end:
            kind = "Full service" if full else "Interim service"
            cost = rng.randint(220, 330) if full else rng.randint(115, 175)
            services.append((car_id, day.isoformat(), kind, rng.choice(garages), miles_on(day), cost))
            full = not full
            day += dt.timedelta(days=rng.randint(150, 200))
        for year in range(max(start.year, made + 3), end.year + 1):
            mot = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
            if start <= mot <= end:
                services.append((car_id, mot.isoformat(), "MOT", rng.choice(garages), miles_on(mot), 54.85))
        repairs = max(0, round(span / 365 * (1.6 if ins_id else 0.6)))
        for _ in range(rng.randint(0, repairs)):
            day = random_day(rng, start, end)
            options = [("Tyres", 6, 170, 330), ("Brakes", 4, 160, 380), ("Bodywork repair", 2, 240, 1450)]
            if gearbox == "Manual":
                options.append(("Clutch replacement", 2, 520, 880))
            kind, _, lo, hi = rng.choices(options, weights=[o[1] for o in options])[0]
            services.append((car_id, day.isoformat(), kind, rng.choice(garages), miles_on(day), rng.randint(lo, hi)))
    services.sort(key=lambda r: (r[1], r[0], r[2]))
    fuel.sort(key=lambda r: (r[1], r[0]))
    return [(i, *r) for i, r in enumerate(services, 1)], [(i, *r) for i, r in enumerate(fuel, 1)]


def _joined(instructor_id: int) -> dt.date:
    """The day an instructor joined."""
    return dt.date.fromisoformat(_INSTRUCTORS[instructor_id - 1][6])


def build_driving_database(path: str | Path) -> Path:
    """Write the driving school's database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
