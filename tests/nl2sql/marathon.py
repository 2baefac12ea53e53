"""A made-up company organising running races in Yorkshire, Lancashire and Cumbria (road 10Ks, half marathons, a
marathon and trail races), written by someone who had not seen the engine's rules: the ``marathon`` dev set's
database.

Ten tables with foreign keys: ``clubs`` (running clubs: ``club_name``, home ``town``, ``ea_affil`` 'Y' when
affiliated to England Athletics or 'N', and ``founded_yr``), ``runners`` (people with an account: a ``runner_no``,
``first_name``, ``last_name``, ``gender`` 'F', 'M' or 'X', ``birth_dt``, their ``club_id`` which is empty for
unattached runners, ``home_town``, an ``email`` that is sometimes missing and the ``signup_dt`` of the account),
``events`` (one race day in a town: an ``evt_code`` such as 'YAH25', ``event_name``, ``town``, ``county``,
``event_date``, ``terrain`` 'Road' or 'Trail' and ``status`` 'Completed' or 'Cancelled'), ``races`` (a distance run
at an event: ``race_name``, a ``dist_code`` such as '10K', 'HM', 'MAR' or 'T21', ``dist_km``, the ``entry_fee``,
``start_tm``, the ``field_cap`` on entries and the ``min_age``), ``entries`` (a runner's place in a race: an
``entry_ref``, ``entry_dt``, the ``disc_code`` used, empty when none, ``fee_paid`` after the discount, ``entry_sts``
'C' confirmed / 'W' withdrawn / 'R' refunded because the event was called off, and a ``bib_no`` that is empty for
withdrawn and refunded entries), ``results`` (the timing company's line for an entry that started: ``chip_secs``
and ``gun_secs`` in seconds, ``overall_pos`` among the race's finishers, the ``age_cat`` such as 'SEN' or 'V40' on
the day and ``fin_sts`` 'FIN' finished / 'DNF' did not finish / 'DSQ' disqualified; a confirmed entry with no
result did not start), ``volunteers`` (``full_name``, a ``phone`` that is sometimes missing, ``first_aider`` 'Y' or
'N', the ``club_id`` they came through, empty for independents, and ``joined_dt``), ``vol_shifts`` (a volunteer's
shift at an event: ``shift_dt``, ``role`` such as 'Marshal' or 'Water station', ``start_tm``, ``hrs`` and
``attended`` 'Y' or 'N' for a no-show), ``sponsor_deals`` (a sponsor's deal: ``sponsor_name``, ``industry``, the
``event_id`` it backs, empty for a season-wide deal, ``tier`` such as 'Headline' or 'Medal', ``deal_value`` in
pounds, ``in_kind`` 'Y' for goods rather than cash, ``signed_dt`` and ``pay_sts`` 'P' paid / 'I' invoiced / 'O'
overdue) and ``pledges`` (money a runner raises for a charity on an entry: ``charity``, ``target_amt``,
``raised_amt``, ``gift_aid`` 'Y' or 'N', ``pledge_dt`` and ``paid_over_dt``, empty while the money has not yet
been handed to the charity). Rows come from a fixed seed, so every build holds the same rows; the York Autumn Half
Marathon takes far more entries than any other race, entries peak every January, a handful of clubs and a few
keen runners make up a large share of the entries, a few regular volunteers work far more shifts than the rest,
the hospice that is the official charity gets the most pledges, and the 2024 Keswick Fell Trail was cancelled, so
its entries were refunded and it has no results.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_marathon_database(pathlib.Path(tempfile.mkdtemp()) / "marathon.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM events").fetchone()
    (26,)
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_marathon_database"]

_SCHEMA = """
CREATE TABLE clubs (
    id INTEGER PRIMARY KEY, club_name TEXT NOT NULL UNIQUE, town TEXT NOT NULL, ea_affil TEXT NOT NULL,
    founded_yr INTEGER NOT NULL
);
CREATE TABLE runners (
    id INTEGER PRIMARY KEY, runner_no TEXT NOT NULL UNIQUE, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
    gender TEXT NOT NULL, birth_dt DATE NOT NULL, club_id INTEGER REFERENCES clubs (id), home_town TEXT NOT NULL,
    email TEXT, signup_dt DATE NOT NULL
);
CREATE TABLE events (
    id INTEGER PRIMARY KEY, evt_code TEXT NOT NULL UNIQUE, event_name TEXT NOT NULL, town TEXT NOT NULL,
    county TEXT NOT NULL, event_date DATE NOT NULL, terrain TEXT NOT NULL, status TEXT NOT NULL
);
CREATE TABLE races (
    id INTEGER PRIMARY KEY, event_id INTEGER NOT NULL REFERENCES events (id), race_name TEXT NOT NULL,
    dist_code TEXT NOT NULL, dist_km NUMERIC NOT NULL, entry_fee NUMERIC NOT NULL, start_tm TEXT NOT NULL,
    field_cap INTEGER NOT NULL, min_age INTEGER NOT NULL
);
CREATE TABLE entries (
    id INTEGER PRIMARY KEY, entry_ref TEXT NOT NULL UNIQUE, race_id INTEGER NOT NULL REFERENCES races (id),
    runner_id INTEGER NOT NULL REFERENCES runners (id), entry_dt DATE NOT NULL, disc_code TEXT,
    fee_paid NUMERIC NOT NULL, entry_sts TEXT NOT NULL, bib_no INTEGER
);
CREATE TABLE results (
    id INTEGER PRIMARY KEY, entry_id INTEGER NOT NULL UNIQUE REFERENCES entries (id), chip_secs INTEGER,
    gun_secs INTEGER, overall_pos INTEGER, age_cat TEXT NOT NULL, fin_sts TEXT NOT NULL
);
CREATE TABLE volunteers (
    id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, phone TEXT, first_aider TEXT NOT NULL,
    club_id INTEGER REFERENCES clubs (id), joined_dt DATE NOT NULL
);
CREATE TABLE vol_shifts (
    id INTEGER PRIMARY KEY, volunteer_id INTEGER NOT NULL REFERENCES volunteers (id),
    event_id INTEGER NOT NULL REFERENCES events (id), shift_dt DATE NOT NULL, role TEXT NOT NULL,
    start_tm TEXT NOT NULL, hrs NUMERIC NOT NULL, attended TEXT NOT NULL
);
CREATE TABLE sponsor_deals (
    id INTEGER PRIMARY KEY, sponsor_name TEXT NOT NULL, industry TEXT NOT NULL,
    event_id INTEGER REFERENCES events (id), tier TEXT NOT NULL, deal_value NUMERIC NOT NULL,
    in_kind TEXT NOT NULL, signed_dt DATE NOT NULL, pay_sts TEXT NOT NULL
);
CREATE TABLE pledges (
    id INTEGER PRIMARY KEY, entry_id INTEGER NOT NULL REFERENCES entries (id), charity TEXT NOT NULL,
    target_amt NUMERIC NOT NULL, raised_amt NUMERIC NOT NULL, gift_aid TEXT NOT NULL, pledge_dt DATE NOT NULL,
    paid_over_dt DATE
);
"""

#: club, town, England Athletics affiliated, founded, share of club runners (0: no members on the system)
_CLUBS = [
    ("York Minster Striders", "York", "Y", 1982, 16),
    ("Knavesmire Pacers", "York", "Y", 2009, 6),
    ("Harrogate Hares", "Harrogate", "Y", 1979, 11),
    ("Nidd Valley Joggers", "Knaresborough", "N", 2014, 4),
    ("Wharfedale Road Runners", "Ilkley", "Y", 1985, 7),
    ("Otley Tortoises", "Otley", "N", 2016, 3),
    ("Airedale Harriers", "Skipton", "Y", 1969, 6),
    ("Craven Trail Club", "Settle", "N", 2018, 3),
    ("Lune Valley Harriers", "Lancaster", "Y", 1974, 8),
    ("Morecambe Bay Runners", "Lancaster", "N", 2012, 4),
    ("Kendal Fell Club", "Kendal", "Y", 1971, 5),
    ("Keswick Trail Runners", "Keswick", "N", 2015, 3),
    ("Calder Fell Runners", "Hebden Bridge", "Y", 1986, 6),
    ("Halifax Road Club", "Halifax", "Y", 1990, 4),
    ("Leeds Canal Striders", "Leeds", "Y", 2005, 9),
    ("Bradford Bullets RC", "Bradford", "N", 2019, 3),
    ("Ripon City Runners", "Ripon", "Y", 1995, 3),
    ("Whitby Coastal Joggers", "Whitby", "N", 2017, 2),
    ("Selby Striders", "Selby", "Y", 1998, 2),
    ("Thirsk Parkrun Pals", "Thirsk", "N", 2020, 1),
    ("Sheffield Steel Runners", "Sheffield", "Y", 1988, 2),
    ("Preston Harriers", "Preston", "Y", 1960, 2),
    ("Manchester Midnight Runners", "Manchester", "N", 2013, 1),
    ("Settle Social Runners", "Settle", "N", 2021, 1),
    ("Pickering Plodders", "Pickering", "N", 2022, 0),
    ("Malton Milers", "Malton", "N", 2023, 0),
]
#: home towns of unattached runners, with weights
_TOWNS = [("York", 16), ("Leeds", 14), ("Harrogate", 9), ("Bradford", 5), ("Ilkley", 4), ("Skipton", 4),
          ("Lancaster", 6), ("Kendal", 3), ("Keswick", 2), ("Hebden Bridge", 3), ("Halifax", 3), ("Otley", 2),
          ("Knaresborough", 2), ("Ripon", 2), ("Whitby", 2), ("Selby", 2), ("Manchester", 4), ("Preston", 3),
          ("Sheffield", 3), ("Newcastle", 2), ("London", 2), ("Wakefield", 3)]  # fmt: skip
#: series code, event name, town, county, terrain, month, nth Sunday, years run, races: (race name, distance
#: code, km, 2023 fee, field cap, start time, minimum age, entries a year)
_SERIES = [
    ("ILK", "Ilkley Moor Trail", "Ilkley", "West Yorkshire", "Trail", 2, 3, (2023, 2024, 2025),
     [("Short Trail 12K", "T12", 12.0, 24.00, 250, "10:00", 16, 70),
      ("Long Trail 25K", "T25", 25.0, 36.00, 200, "09:30", 18, 45)]),
    ("YSP", "York Spring 10K", "York", "North Yorkshire", "Road", 3, 2, (2023, 2024, 2025),
     [("10K", "10K", 10.0, 22.00, 500, "09:30", 15, 180)]),
    ("HGH", "Harrogate Half Marathon", "Harrogate", "North Yorkshire", "Road", 4, 2, (2023, 2024, 2025),
     [("Half Marathon", "HM", 21.1, 36.00, 600, "09:00", 17, 220),
      ("10K", "10K", 10.0, 23.00, 250, "09:15", 15, 90)]),
    ("LCM", "Lancaster Marathon", "Lancaster", "Lancashire", "Road", 5, 3, (2024, 2025),
     [("Marathon", "MAR", 42.2, 58.00, 400, "09:00", 18, 120),
      ("Half Marathon", "HM", 21.1, 37.00, 400, "09:30", 17, 105)]),
    ("KFT", "Keswick Fell Trail", "Keswick", "Cumbria", "Trail", 6, 2, (2023, 2024, 2025),
     [("Fell Race 18K", "T18", 18.0, 32.00, 150, "10:00", 18, 55),
      ("Trail Marathon", "T42", 42.0, 62.00, 120, "08:00", 18, 38)]),
    ("KSX", "Kendal Summer 10K", "Kendal", "Cumbria", "Road", 7, 1, (2023, 2024),
     [("10K", "10K", 10.0, 20.00, 300, "19:00", 15, 85)]),
    ("HBT", "Hebden Bridge Trail Half", "Hebden Bridge", "West Yorkshire", "Trail", 9, 1, (2023, 2024, 2025),
     [("Trail Half", "T21", 21.0, 34.00, 250, "09:30", 17, 75)]),
    ("YAH", "York Autumn Half Marathon", "York", "North Yorkshire", "Road", 10, 2, (2023, 2024, 2025),
     [("Half Marathon", "HM", 21.1, 39.00, 700, "09:00", 17, 440),
      ("10K", "10K", 10.0, 24.00, 300, "09:20", 15, 165)]),
    ("SCX", "Skipton Christmas 10K", "Skipton", "North Yorkshire", "Road", 12, 2, (2023, 2024, 2025),
     [("10K", "10K", 10.0, 21.00, 300, "10:00", 15, 115)]),
    ("WCT", "Whitby Coastal Trail", "Whitby", "North Yorkshire", "Trail", 8, 4, (2025,),
     [("Coastal Trail 15K", "T15", 15.0, 30.00, 200, "10:00", 16, 70)]),
]  # fmt: skip
_GROWTH = {2023: 0.85, 2024: 1.0, 2025: 1.12}
_FEE_RISE = {2023: 0.0, 2024: 2.0, 2025: 3.0}
_CANCELLED = "KFT24"

_FIRST_F = ["Emma", "Sophie", "Hannah", "Laura", "Rachel", "Sarah", "Claire", "Jessica", "Amy", "Katie", "Lucy",
            "Helen", "Gemma", "Charlotte", "Rebecca", "Joanne", "Nicola", "Anna", "Victoria", "Louise", "Megan",
            "Eleanor", "Fiona", "Alison", "Jenny", "Ruth", "Zoe", "Beth", "Harriet", "Isla"]  # fmt: skip
_FIRST_M = ["James", "Tom", "Daniel", "Matthew", "Chris", "David", "Andrew", "Mark", "Paul", "Ben", "Sam",
            "Richard", "Michael", "Rob", "Jonathan", "Steve", "Luke", "Adam", "Gareth", "Simon", "Craig", "Martin",
            "Neil", "Oliver", "Jack", "Will", "Ian", "Stuart", "Kieran", "Harry"]  # fmt: skip
_SURNAMES = ["Atkinson", "Barker", "Bell", "Brooke", "Calvert", "Dawson", "Dobson", "Ellis", "Fawcett", "Firth",
             "Gill", "Greenwood", "Haigh", "Hardcastle", "Hirst", "Holroyd", "Ibbotson", "Jowett", "Kitching",
             "Lister", "Metcalfe", "Moorhouse", "Naylor", "Oates", "Pickles", "Raistrick", "Rhodes", "Riley",
             "Shackleton", "Sunderland", "Sutcliffe", "Thackray", "Thornton", "Umpleby", "Wade", "Walker",
             "Whiteley", "Wilkinson", "Wood", "Yeadon", "Ackroyd", "Bentley", "Crabtree", "Denison", "Emmott",
             "Hebden", "Illingworth", "Lumb", "Mitchell", "Nettleton"]  # fmt: skip
#: code, percent off, when a runner uses it
_CODES = {"EARLY10": 10, "CLUB15": 15, "LOYAL20": 20, "NHS15": 15, "NEWYEAR20": 20, "SPONSOR50": 50}
_ROLES = [("Marshal", 44, "07:30", (4.0, 6.0)), ("Water station", 18, "08:00", (3.5, 5.0)),
          ("Registration", 10, "07:00", (3.0, 4.0)), ("Bag drop", 8, "07:30", (4.0, 5.5)),
          ("Finish funnel", 10, "09:30", (3.0, 4.5)), ("First aid", 6, "07:30", (5.0, 7.0))]  # fmt: skip
#: charity, share of pledges (the hospice is the official charity)
_CHARITIES = [("Dales Hospice", 36), ("Cancer Research UK", 14), ("Mind", 11), ("British Heart Foundation", 10),
              ("Macmillan Cancer Support", 9), ("Mountain Rescue England and Wales", 8), ("Alzheimer's Society", 6),
              ("Yorkshire Cat Rescue", 3), ("Samaritans", 3)]  # fmt: skip
_END = dt.date(2025, 12, 31)


def _nth_sunday(year: int, month: int, n: int) -> dt.date:
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(6 - first.weekday()) % 7 + 7 * (n - 1))


def _age_on(birth: dt.date, day: dt.date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def _age_cat(age: int) -> str:
    if age < 20:
        return "U20"
    if age < 40:
        return "SEN"
    return f"V{min(age // 10 * 10, 70)}"


def _rows(seed: int = 26042) -> dict[str, list[tuple]]:  # noqa: PLR0912, PLR0915 - one generator per table
    rng = random.Random(seed)
    clubs = [(i, c[0], c[1], c[2], c[3]) for i, c in enumerate(_CLUBS, 1)]

    # events and their races
    events, races, race_info = [], [], []
    for series in _SERIES:
        code, name, town, county, terrain, month, nth, years, lines = series
        for year in years:
            day = _nth_sunday(year, month, nth)
            evt_code = f"{code}{year % 100}"
            status = "Cancelled" if evt_code == _CANCELLED else "Completed"
            events.append([None, evt_code, name, town, county, day, terrain, status])
            for line in lines:
                race_info.append((evt_code, line, year))
    events.sort(key=lambda e: e[5])
    event_id = {}
    for i, e in enumerate(events, 1):
        e[0] = i
        event_id[e[1]] = i
    event_by_code = {e[1]: e for e in events}
    race_info.sort(key=lambda r: (event_by_code[r[0]][5], r[1][7] * -1))
    for i, (evt_code, line, year) in enumerate(race_info, 1):
        rname, dcode, km, fee, cap, start, min_age, _ = line
        races.append((i, event_id[evt_code], rname, dcode, km, round(fee + _FEE_RISE[year], 2), start, cap, min_age))

    # runners: just over half in a club, a few very keen
    runners, profile = [], {}
    club_weight = [c[4] for c in _CLUBS]
    names = set()
    for i in range(1, 2301):
        gender = rng.choices(["F", "M", "X"], weights=[47, 52, 1])[0]
        while True:
            first = rng.choice(_FIRST_F if gender == "F" else _FIRST_M if gender == "M" else _FIRST_F + _FIRST_M)
            last = rng.choice(_SURNAMES)
            age = int(rng.triangular(16, 74, 37))
            birth = random_day(rng, dt.date(2024 - age, 1, 1), dt.date(2024 - age, 12, 31))
            if (first, last, birth.year) not in names:
                names.add((first, last, birth.year))
                break
        club = None
        if rng.random() < 0.55:
            club = rng.choices(clubs, weights=club_weight)[0]
        if club and rng.random() < 0.8:
            town = club[2]
        else:
            town = rng.choices([t[0] for t in _TOWNS], weights=[t[1] for t in _TOWNS])[0]
        email = None
        if rng.random() > 0.08:
            number = rng.randrange(1, 99)
            domain = rng.choice(["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com"])
            email = f"{first.lower()}.{last.lower()}{number}@{domain}"
        keen = min(rng.paretovariate(1.5), 30.0)
        if i in (17, 402, 1311):
            keen = 60.0  # the regulars who enter almost everything
        reach = rng.choices(["10K", "HM", "MAR"], weights=[40, 36, 24])[0]
        trail = rng.choice([0.3, 1.0, 1.0, 3.0])
        pace = rng.gauss(330 if gender == "M" else 360, 45)
        age = 2024 - birth.year
        pace *= 1 + max(0, age - 40) * 0.008
        pace = max(205.0, min(pace, 560.0))
        profile[i] = (keen, reach, trail, pace, birth)
        runners.append([i, f"R{20000 + i * 7}", first, last, gender, birth.isoformat(), club[0] if club else None,
                        town, email, None])  # fmt: skip

    # entries
    entries, seen_at_event = [], {}
    ever_entered: set[int] = set()
    reach_km = {"10K": 10.5, "HM": 25.5, "MAR": 43.0}
    for race in races:
        rid, eid, rname, dcode, km, fee, start, cap, min_age = race
        event = events[eid - 1]
        evt_code, day, terrain = event[1], event[5], event[6]
        year = day.year
        line = next(r[1] for r in race_info if r[0] == evt_code and r[1][0] == rname)
        target = min(cap, round(line[7] * _GROWTH[year] * rng.uniform(0.92, 1.08)))
        if evt_code == "YAH25":
            target = cap  # sold out
        opens = max(dt.date(2023, 1, 1), day - dt.timedelta(days=300))
        closes = day - dt.timedelta(days=3)
        days = [opens + dt.timedelta(days=k) for k in range((closes - opens).days + 1)]
        day_w = [(3.0 if d.month == 1 else 1.0) * (1.6 if (closes - d).days < 30 else 1.0) for d in days]
        cum = list(itertools.accumulate(day_w))
        weights = []
        for r in runners:
            keen, reach, trail, _, birth = profile[r[0]]
            w = keen
            if km > reach_km[reach]:
                w *= 0.05
            elif reach == "MAR" and km > 40:
                w *= 2.5
            if terrain == "Trail":
                w *= trail
            if r[7] == event[3]:
                w *= 3.0
            if _age_on(birth, day) < min_age:
                w = 0.0
            weights.append(w)
        taken = seen_at_event.setdefault(eid, set())
        chosen = []
        while len(chosen) < target:
            runner = rng.choices(runners, weights=weights)[0]
            if runner[0] in taken:
                continue
            taken.add(runner[0])
            chosen.append(runner)
        for runner in chosen:
            when = rng.choices(days, cum_weights=cum)[0]
            code = None
            roll = rng.random()
            if (day - when).days > 150 and roll < 0.25:
                code = "EARLY10"
            elif runner[6] is not None and roll < 0.12:
                code = "CLUB15"
            elif runner[0] in ever_entered and roll < 0.08:
                code = "LOYAL20"
            elif when.month == 1 and year == 2025 and roll < 0.22:
                code = "NEWYEAR20"
            elif roll < 0.05:
                code = "NHS15"
            elif roll > 0.996:
                code = "SPONSOR50"
            paid = round(fee * (1 - _CODES[code] / 100), 2) if code else fee
            status = "R" if evt_code == _CANCELLED else rng.choices(["C", "W"], weights=[94, 6])[0]
            entries.append([None, None, rid, runner[0], when, code, paid, status, None, evt_code])
            ever_entered.add(runner[0])
    entries.sort(key=lambda e: (e[4], e[2], e[3]))
    bib_next: dict[int, int] = {}
    for i, e in enumerate(entries, 1):
        e[0] = i
        e[1] = f"E{e[4].year % 100}{i:05d}"
        if e[7] == "C":
            race = races[e[2] - 1]
            base = {"10K": 1000, "HM": 2000, "MAR": 1}.get(race[3], 500)
            bib_next[e[2]] = bib_next.get(e[2], base) + 1
            e[8] = bib_next[e[2]] - 1
    first_entry: dict[int, dt.date] = {}
    for e in entries:
        first_entry.setdefault(e[3], e[4])
    for r in runners:
        if r[0] in first_entry:
            signup = first_entry[r[0]] - dt.timedelta(days=rng.choice([0, 0, 0, 1, 3, 10, 40, 200, 600, 1200]))
        else:
            signup = random_day(rng, dt.date(2021, 1, 1), dt.date(2025, 12, 20))
        r[9] = signup.isoformat()

    # results for confirmed entries at completed events; some did not start
    results = []
    by_race: dict[int, list] = {}
    for e in entries:
        if e[7] != "C":
            continue
        if rng.random() < 0.07:
            continue  # did not start
        race = races[e[2] - 1]
        event = events[race[1] - 1]
        keen, reach, trail, pace, birth = profile[e[3]]
        km = race[4]
        secs = pace * km * (km / 10) ** 0.07 * rng.uniform(0.95, 1.07)
        if event[6] == "Trail":
            secs *= rng.uniform(1.22, 1.38) * (1.0 if trail > 1 else 1.06)
        if km > reach_km[reach]:
            secs *= 1.12
        chip = int(round(secs))
        gun = chip + int(min(420, max(3, (pace - 200) * rng.uniform(0.1, 0.9))))
        dnf_rate = {"10K": 0.012, "HM": 0.02, "MAR": 0.05}.get(race[3], 0.055)
        sts = "FIN"
        if rng.random() < dnf_rate:
            sts, chip, gun = "DNF", None, None
        elif rng.random() < 0.002:
            sts = "DSQ"
        row = [None, e[0], chip, gun, None, _age_cat(_age_on(birth, event[5])), sts]
        results.append(row)
        by_race.setdefault(race[0], []).append(row)
    for rows in by_race.values():
        finishers = sorted((r for r in rows if r[6] == "FIN"), key=lambda r: (r[2], r[1]))
        for pos, r in enumerate(finishers, 1):
            r[4] = pos
    results.sort(key=lambda r: r[1])
    for i, r in enumerate(results, 1):
        r[0] = i

    # volunteers and their shifts: a few regulars do most of them
    volunteers, vol_weight = [], []
    vol_names = set()
    for i in range(1, 151):
        while True:
            female = rng.random() < 0.55
            name = f"{rng.choice(_FIRST_F if female else _FIRST_M)} {rng.choice(_SURNAMES)}"
            if name not in vol_names:
                vol_names.add(name)
                break
        phone = f"07{rng.randrange(100, 999)} {rng.randrange(100000, 999999)}" if rng.random() > 0.18 else None
        aider = "Y" if rng.random() < 0.16 else "N"
        club = rng.choices(clubs[:24], weights=club_weight[:24])[0][0] if rng.random() < 0.45 else None
        joined = random_day(rng, dt.date(2021, 3, 1), dt.date(2025, 11, 30))
        if i <= 6:
            joined = random_day(rng, dt.date(2021, 3, 1), dt.date(2022, 12, 31))
        volunteers.append((i, name, phone, aider, club, joined.isoformat()))
        vol_weight.append([13.0, 8.0, 6.5, 5.0, 4.5, 4.0][i - 1] if i <= 6 else rng.uniform(0.3, 1.6))
    shifts = []
    entries_per_event: dict[int, int] = {}
    for e in entries:
        eid = races[e[2] - 1][1]
        entries_per_event[eid] = entries_per_event.get(eid, 0) + 1
    for event in events:
        if event[7] == "Cancelled":
            continue
        need = max(18, round(entries_per_event.get(event[0], 0) / 11))
        pool = [(v, w) for v, w in zip(volunteers, vol_weight, strict=True)
                if dt.date.fromisoformat(v[5]) <= event[5] - dt.timedelta(days=7)]  # fmt: skip
        picked = []
        while len(picked) < min(need, len(pool)):
            v = rng.choices([p[0] for p in pool], weights=[p[1] for p in pool])[0]
            if v not in picked:
                picked.append(v)
        for v in picked:
            if v[3] == "Y" and rng.random() < 0.6:
                role = _ROLES[5]
            else:
                role = rng.choices(_ROLES[:5], weights=[r[1] for r in _ROLES[:5]])[0]
            day = event[5]
            start = role[2]
            if role[0] == "Marshal" and rng.random() < 0.15:
                role, day, start = ("Course setup", 0, "13:00", (3.0, 5.0)), day - dt.timedelta(days=1), "13:00"
            hrs = round(rng.uniform(*role[3]) * 2) / 2
            attended = "N" if rng.random() < 0.06 else "Y"
            shifts.append((day, v[0], event[0], role[0], start, hrs, attended))
    shifts.sort(key=lambda s: (s[0], s[2], s[1]))
    vol_shifts = [(i, s[1], s[2], s[0].isoformat(), s[3], s[4], s[5], s[6]) for i, s in enumerate(shifts, 1)]

    # sponsor deals
    def ev(code: str) -> list:
        return event_by_code[code]

    deals = []
    spec = [
        ("Dalesway Building Society", "Finance", ["YAH23", "YAH24", "YAH25"], "Headline", (16000, 22000), "N"),
        ("Northern Lights Energy", "Energy", ["HGH23", "HGH24", "HGH25"], "Headline", (7000, 9500), "N"),
        ("Ridings Motors", "Automotive", ["LCM24", "LCM25"], "Headline", (9000, 12000), "N"),
        ("Stridewell Physio", "Healthcare", ["YSP23", "YSP24", "YSP25", "HGH24", "YAH24", "YAH25", "SCX25"],
         "Partner", (800, 2200), "N"),
        ("Moorland Brewery", "Food and drink", ["HBT23", "HBT24", "HBT25", "SCX23", "SCX24", "SCX25", "ILK25"],
         "Finish area", (600, 1800), "Y"),
        ("Peak Fuel Gels", "Nutrition", ["YAH23", "HGH23", "LCM24", "LCM25", "YAH25", "KFT25"],
         "Water station", (900, 2500), "Y"),
        ("Fellside Outdoor", "Retail", ["ILK23", "ILK24", "ILK25", "KFT23", "KFT25", "HBT24", "WCT25"],
         "Headline", (2500, 5000), "N"),
        ("Lakeland Lodges", "Hospitality", ["KFT23", "KSX23", "KSX24", "KFT25"], "Medal", (1200, 2600), "N"),
        ("Calder Valley Coffee", "Food and drink", ["HBT23", "HBT25"], "Finish area", (300, 700), "Y"),
        ("Pennine Print", "Services", ["YSP24", "YAH24", "HGH25", "YAH25"], "Partner", (500, 1500), "Y"),
        ("Kirkgate Solicitors", "Legal", ["YSP23", "YSP25"], "Medal", (1500, 2500), "N"),
        ("Harbour Fish Co", "Food and drink", ["WCT25"], "Finish area", (400, 800), "Y"),
        ("Swale Water", "Utilities", ["YSP25", "HGH25", "YAH25", "SCX25"], "Water station", (1000, 2000), "N"),
    ]  # fmt: skip
    for sponsor, industry, codes, tier, (lo, hi), kind in spec:
        for code in codes:
            e = ev(code)
            value = round(rng.randrange(lo, hi + 1, 50), 2)
            signed = e[5] - dt.timedelta(days=rng.randrange(60, 240))
            deals.append([sponsor, industry, e[0], tier, value, kind, signed, e[5]])
    # season-wide deals (no single event)
    deals.append(["Fellside Outdoor", "Retail", None, "Kit partner", 12000.00, "Y", dt.date(2023, 11, 20),
                  dt.date(2024, 12, 31)])  # fmt: skip
    deals.append(["Fellside Outdoor", "Retail", None, "Kit partner", 14500.00, "Y", dt.date(2024, 11, 28),
                  dt.date(2025, 12, 31)])  # fmt: skip
    deals.append(["Peak Fuel Gels", "Nutrition", None, "Partner", 4000.00, "N", dt.date(2023, 1, 16),
                  dt.date(2023, 12, 31)])  # fmt: skip
    deals.sort(key=lambda d: (d[6], d[0]))
    sponsor_deals = []
    for i, d in enumerate(deals, 1):
        due = d[7]
        if d[5] == "Y" or due < dt.date(2025, 9, 1):
            sts = "P"
        elif due < dt.date(2025, 11, 1):
            sts = rng.choice(["P", "P", "O"])
        else:
            sts = "I"
        sponsor_deals.append((i, d[0], d[1], d[2], d[3], d[4], d[5], d[6].isoformat(), sts))
    # one headline sponsor is late paying
    fix = next(i for i, d in enumerate(sponsor_deals) if d[1] == "Ridings Motors" and d[3] == event_id["LCM25"])
    sponsor_deals[fix] = (*sponsor_deals[fix][:8], "O")

    # charity pledges on confirmed and refunded entries
    pledges = []
    for e in entries:
        if e[7] == "W":
            continue
        race = races[e[2] - 1]
        event = events[race[1] - 1]
        chance = {"10K": 0.05, "HM": 0.11, "MAR": 0.2}.get(race[3], 0.05)
        if event[1] == "YAH25":
            chance *= 1.5
        if rng.random() >= chance:
            continue
        charity = rng.choices(_CHARITIES, weights=[c[1] for c in _CHARITIES])[0][0]
        if event[6] == "Trail" and rng.random() < 0.35:
            charity = "Mountain Rescue England and Wales"
        targets = {"10K": [100, 150, 200, 250], "HM": [200, 250, 300, 500], "MAR": [500, 750, 1000, 2000]}
        target = float(rng.choice(targets.get(race[3], [100, 200, 300])))
        raised = round(target * rng.uniform(0.3, 1.0) * (1 + rng.random() ** 4), 2)
        if e[7] == "R":
            raised = round(raised * 0.4, 2)
        pledged = e[4] + dt.timedelta(days=rng.randrange(0, max(1, (event[5] - e[4]).days)))
        paid_over = event[5] + dt.timedelta(days=rng.randrange(14, 75))
        if paid_over > _END or rng.random() < 0.04:
            paid_over = None
        pledges.append((None, e[0], charity, target, raised, "Y" if rng.random() < 0.62 else "N",
                        pledged.isoformat(), paid_over.isoformat() if paid_over else None))  # fmt: skip
    pledges = [(i, *p[1:]) for i, p in enumerate(pledges, 1)]

    events_out = [(e[0], e[1], e[2], e[3], e[4], e[5].isoformat(), e[6], e[7]) for e in events]
    entries_out = [(e[0], e[1], e[2], e[3], e[4].isoformat(), e[5], e[6], e[7], e[8]) for e in entries]
    return {"clubs": clubs, "runners": [tuple(r) for r in runners], "events": events_out, "races": races,
            "entries": entries_out, "results": [tuple(r) for r in results], "volunteers": volunteers,
            "vol_shifts": vol_shifts, "sponsor_deals": sponsor_deals, "pledges": pledges}  # fmt: skip


def build_marathon_database(path: str | Path) -> Path:
    """Write the race organiser's database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
