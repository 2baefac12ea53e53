"""A made-up youth football academy (Riverside Rovers Academy), written by someone who had not seen the engine's
rules: the ``academy`` dev set's database.

Nine tables with foreign keys:

``coaches``
    ``id``, ``first_name``, ``last_name``, ``email``, ``licence`` (coaching badge: 'L1' FA Level 1, 'L2' FA Level 2,
    'UB' UEFA B, 'UA' UEFA A), ``hired_on`` and ``status`` ('A' active, 'L' left the academy).
``teams``
    ``id``, ``name`` ('Under 12s', 'Under 14 Girls' ...), ``age_group`` ('U7' ... 'U18'), ``gender`` ('B' boys,
    'G' girls, 'X' mixed), ``match_format`` ('S7' seven-a-side, 'S9' nine-a-side, 'S11' eleven-a-side),
    ``coach_id`` (the head coach), ``training_day`` and ``status`` ('A' active, 'D' disbanded; the Under 16 Girls
    folded in summer 2024 and the Under 7s only started in September 2025, so they have no fixtures).
``players``
    ``id``, ``first_name``, ``last_name``, ``date_of_birth``, ``team_id``, ``position`` ('GK' goalkeeper, 'DF'
    defender, 'MF' midfielder, 'FW' forward), ``shirt_number``, ``joined_on``, ``left_on`` (empty while still at the
    academy), ``status`` ('A' active, 'T' on trial, 'L' left), ``fee_plan`` ('STD' standard, 'SIB' sibling discount,
    'BUR' bursary: plays free, so never pays), and the parent or guardian's ``guardian_name``, ``guardian_phone`` and
    ``guardian_email`` (brothers and sisters share a guardian).
``fixtures``
    a team's match: ``id``, ``team_id``, ``opponent`` (the other club), ``kick_off`` ('YYYY-MM-DD HH:MM'), ``venue``
    ('H' home, 'A' away), ``competition`` ('LG' league, 'CP' cup, 'FR' friendly), ``goals_for`` and
    ``goals_against`` (the academy team's and the opponent's score, empty unless played) and ``status`` ('P' played,
    'C' cancelled or postponed, 'S' scheduled, i.e. still to come after mid-November 2025).
``appearances``
    a player in a played fixture: ``id``, ``fixture_id``, ``player_id``, ``started`` (1 in the starting line-up, 0 came
    on as a substitute), ``minutes_played``, ``goals_scored`` and ``assists``. A fixture's goals_scored add up to its
    goals_for.
``training_sessions``
    ``id``, ``team_id``, ``coach_id`` (who ran it, usually the head coach), ``session_date``, ``start_time``,
    ``duration_minutes``, ``focus`` ('TEC' technical, 'TAC' tactical, 'FIT' fitness, 'SSG' small-sided games, 'GK'
    goalkeeping) and ``status`` ('H' held, 'X' cancelled). Sessions were only logged from September 2024.
``attendance``
    the register of a held session: ``id``, ``session_id``, ``player_id`` and ``status`` ('P' present, 'L' late,
    'E' excused absence, 'A' absent without notice).
``injuries``
    ``id``, ``player_id``, ``injured_on``, ``body_part``, ``severity`` ('MIN' minor, under a week out; 'MOD'
    moderate, one to four weeks; 'SEV' severe, more than four weeks), ``occurred_in`` ('M' a match, 'T' training,
    'O' outside the academy), ``fixture_id`` (the match, only when occurred_in is 'M') and ``returned_on`` (empty
    while still injured).
``payments``
    subscription fees, one row per attempt: ``id``, ``player_id``, ``season`` ('2024/25'), ``term`` ('AUT' autumn,
    'SPR' spring, 'SUM' summer), ``paid_on``, ``amount`` in pounds, ``method`` ('DD' direct debit, 'CARD', 'CASH',
    'BANK' bank transfer) and ``status`` ('P' paid, 'F' failed, so not collected, 'R' refunded: a negative
    amount, half a term's fee back to a player who left mid-term).

Rows come from a fixed seed, so every build holds the same rows; a few players play, score and miss training far
more than others, some coaches run no sessions, some players were never injured and bursary players never pay.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_academy_database(pathlib.Path(tempfile.mkdtemp()) / "academy.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM teams").fetchone()
    (14,)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_academy_database"]

_SCHEMA = """
CREATE TABLE coaches (
    id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, email TEXT NOT NULL,
    licence TEXT NOT NULL, hired_on DATE NOT NULL, status TEXT NOT NULL
);
CREATE TABLE teams (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, age_group TEXT NOT NULL, gender TEXT NOT NULL,
    match_format TEXT NOT NULL, coach_id INTEGER NOT NULL REFERENCES coaches (id), training_day TEXT NOT NULL,
    status TEXT NOT NULL
);
CREATE TABLE players (
    id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, date_of_birth DATE NOT NULL,
    team_id INTEGER NOT NULL REFERENCES teams (id), position TEXT NOT NULL, shirt_number INTEGER NOT NULL,
    joined_on DATE NOT NULL, left_on DATE, status TEXT NOT NULL, fee_plan TEXT NOT NULL,
    guardian_name TEXT NOT NULL, guardian_phone TEXT NOT NULL, guardian_email TEXT NOT NULL
);
CREATE TABLE fixtures (
    id INTEGER PRIMARY KEY, team_id INTEGER NOT NULL REFERENCES teams (id), opponent TEXT NOT NULL,
    kick_off TEXT NOT NULL, venue TEXT NOT NULL, competition TEXT NOT NULL, goals_for INTEGER,
    goals_against INTEGER, status TEXT NOT NULL
);
CREATE TABLE appearances (
    id INTEGER PRIMARY KEY, fixture_id INTEGER NOT NULL REFERENCES fixtures (id),
    player_id INTEGER NOT NULL REFERENCES players (id), started INTEGER NOT NULL, minutes_played INTEGER NOT NULL,
    goals_scored INTEGER NOT NULL, assists INTEGER NOT NULL
);
CREATE TABLE training_sessions (
    id INTEGER PRIMARY KEY, team_id INTEGER NOT NULL REFERENCES teams (id),
    coach_id INTEGER NOT NULL REFERENCES coaches (id), session_date DATE NOT NULL, start_time TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL, focus TEXT NOT NULL, status TEXT NOT NULL
);
CREATE TABLE attendance (
    id INTEGER PRIMARY KEY, session_id INTEGER NOT NULL REFERENCES training_sessions (id),
    player_id INTEGER NOT NULL REFERENCES players (id), status TEXT NOT NULL
);
CREATE TABLE injuries (
    id INTEGER PRIMARY KEY, player_id INTEGER NOT NULL REFERENCES players (id), injured_on DATE NOT NULL,
    body_part TEXT NOT NULL, severity TEXT NOT NULL, occurred_in TEXT NOT NULL,
    fixture_id INTEGER REFERENCES fixtures (id), returned_on DATE
);
CREATE TABLE payments (
    id INTEGER PRIMARY KEY, player_id INTEGER NOT NULL REFERENCES players (id), season TEXT NOT NULL,
    term TEXT NOT NULL, paid_on DATE NOT NULL, amount NUMERIC NOT NULL, method TEXT NOT NULL, status TEXT NOT NULL
);
"""

#: first name, last name, licence, hired on, status
_COACHES = [
    ("Gary", "Halliwell", "UA", "2014-07-01", "A"), ("Dean", "Mercer", "UB", "2016-08-15", "A"),
    ("Lisa", "Crompton", "UB", "2017-06-01", "A"), ("Tony", "Birch", "L2", "2018-09-01", "A"),
    ("Kevin", "Ashworth", "L2", "2019-01-10", "A"), ("Sam", "Okafor", "UB", "2019-08-01", "A"),
    ("Rachel", "Doyle", "L2", "2020-03-01", "A"), ("Martin", "Greaves", "L1", "2021-05-20", "A"),
    ("Jamie", "Pickup", "L2", "2021-08-01", "A"), ("Steve", "Rourke", "L1", "2022-02-14", "A"),
    ("Chris", "Nuttall", "UB", "2015-07-01", "L"), ("Paula", "Whitehead", "L2", "2022-08-01", "A"),
    ("Danny", "Kershaw", "UB", "2023-07-01", "A"), ("Imran", "Siddiqui", "L1", "2025-08-18", "A"),
]  # fmt: skip
#: name, age group, gender, format, head coach, training day, status, strength, match minutes
_TEAMS = [
    ("Under 8s", "U8", "X", "S7", 10, "Tuesday", "A", 0.2, 40),
    ("Under 9s", "U9", "X", "S7", 8, "Tuesday", "A", -0.3, 50),
    ("Under 10s", "U10", "B", "S7", 7, "Wednesday", "A", 0.4, 50),
    ("Under 11s", "U11", "B", "S9", 4, "Wednesday", "A", 0.0, 60),
    ("Under 12s", "U12", "B", "S9", 5, "Monday", "A", 0.6, 60),
    ("Under 13s", "U13", "B", "S11", 9, "Monday", "A", -0.5, 70),
    ("Under 14s", "U14", "B", "S11", 6, "Thursday", "A", 0.3, 70),
    ("Under 15s", "U15", "B", "S11", 2, "Thursday", "A", -0.1, 80),
    ("Under 16s", "U16", "B", "S11", 1, "Tuesday", "A", 0.8, 80),
    ("Under 18s", "U18", "B", "S11", 1, "Wednesday", "A", 0.1, 90),
    ("Under 12 Girls", "U12", "G", "S9", 3, "Thursday", "A", 0.5, 60),
    ("Under 14 Girls", "U14", "G", "S11", 12, "Monday", "A", -0.2, 70),
    ("Under 16 Girls", "U16", "G", "S11", 3, "Friday", "D", -0.6, 80),
    ("Under 7s", "U7", "X", "S7", 14, "Friday", "A", 0.0, 40),
]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_SQUAD = {"S7": 11, "S9": 14, "S11": 19}
_ON_PITCH = {"S7": 7, "S9": 9, "S11": 11}
_BOYS = ["Oliver", "Jack", "Harry", "George", "Noah", "Charlie", "Jacob", "Alfie", "Freddie", "Oscar", "Leo",
         "Archie", "Joshua", "Mohammed", "Ethan", "Logan", "Kai", "Reece", "Callum", "Tyler", "Adam", "Liam", "Finley",
         "Theo", "Riley", "Mason", "Ollie", "Zac", "Kian", "Jayden"]  # fmt: skip
_GIRLS = ["Amelia", "Olivia", "Isla", "Ava", "Emily", "Sophie", "Grace", "Mia", "Poppy", "Ella", "Lily", "Evie",
          "Chloe", "Freya", "Ruby", "Millie", "Hannah", "Maisie", "Darcy", "Layla"]  # fmt: skip
_SURNAMES = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright",
             "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Hughes",
             "Edwards", "Lewis", "Harrison", "Turner", "Hill", "Cooper", "Ward", "Morris", "Moore", "Baxter",
             "Fairclough", "Heaton", "Kenyon", "Unsworth", "Prescott", "Latham", "Gaskell", "Hussain", "Patel",
             "Kowalski", "Nowak", "Doherty", "Molyneux", "Ashcroft", "Rimmer", "Hesketh", "Brennan", "Okoro",
             "Mensah", "Costa", "Byrne"]  # fmt: skip
_ADULTS = ["Sarah", "Mark", "Helen", "Paul", "Claire", "Andrew", "Nicola", "Stephen", "Joanne", "Gareth", "Emma",
           "Richard", "Kate", "Matthew", "Laura", "Wayne", "Donna", "Lee", "Michelle", "Neil"]  # fmt: skip
#: opponent club, weight
_OPPONENTS = [("Hollins Park Juniors", 14), ("Bold Street Colts", 12), ("Penketh Rangers", 10),
              ("Great Sankey Lions", 9), ("Burtonwood Albion", 8), ("Culcheth Athletic", 7),
              ("Lymm Juniors", 6), ("Stockton Heath Youth", 6), ("Woolston Wanderers", 5),
              ("Padgate St Oswalds", 4), ("Orford Eagles", 3), ("Winwick Village", 2),
              ("Croft Youth", 1)]  # fmt: skip
#: body part, weight
_BODY = [("Ankle", 22), ("Knee", 16), ("Hamstring", 12), ("Groin", 7), ("Thigh", 9), ("Calf", 6), ("Foot", 8),
         ("Wrist", 5), ("Shoulder", 4), ("Head", 3), ("Back", 3)]  # fmt: skip
_TODAY = dt.date(2025, 11, 15)
#: season, term, term start, term end
_TERMS = [("2022/23", "SPR", "2023-01-03", "2023-03-31"), ("2022/23", "SUM", "2023-04-11", "2023-07-14"),
          ("2023/24", "AUT", "2023-09-01", "2023-12-19"), ("2023/24", "SPR", "2024-01-03", "2024-03-28"),
          ("2023/24", "SUM", "2024-04-08", "2024-07-12"), ("2024/25", "AUT", "2024-09-02", "2024-12-18"),
          ("2024/25", "SPR", "2025-01-06", "2025-04-04"), ("2024/25", "SUM", "2025-04-22", "2025-07-11"),
          ("2025/26", "AUT", "2025-09-01", "2025-12-19")]  # fmt: skip
_FEES = {"S7": 90, "S9": 105, "S11": 120}


def _in_season(day: dt.date) -> bool:
    """Matches run September to mid-May, with a Christmas break."""
    if day.month in (6, 7, 8) or (day.month == 5 and day.day > 18):
        return False
    return not ((day.month == 12 and day.day > 20) or (day.month == 1 and day.day < 4))


def _rows(seed: int = 2607) -> dict[str, list[tuple]]:  # noqa: C901, PLR0912, PLR0915 - one generator per table
    rng = random.Random(seed)
    coaches = []
    for i, (first, last, licence, hired, status) in enumerate(_COACHES, 1):
        coaches.append((i, first, last, f"{first.lower()}.{last.lower()}@riversiderovers.org.uk", licence, hired,
                        status))  # fmt: skip
    teams = [(i, *t[:7]) for i, t in enumerate(_TEAMS, 1)]

    # players: a squad per team plus some who have left; a few sibling pairs share a guardian
    players = []
    used_names: set[tuple[str, str]] = set()
    guardians: list[tuple[str, str, str, str]] = []  # surname, name, phone, email
    for team_id, (_, age, gender, fmt, _, _, status, _, _) in enumerate(_TEAMS, 1):
        under = int(age[1:])
        squad = _SQUAD[fmt] if team_id != 14 else 9
        leavers = rng.randint(2, 6) if team_id not in (14,) else 0
        born_from, born_to = dt.date(2025 - under, 9, 1), dt.date(2026 - under, 8, 31)
        if status == "D":
            born_from, born_to = dt.date(2023 - under, 9, 1), dt.date(2024 - under, 8, 31)
        for k in range(squad + leavers):
            girl = gender == "G" or (gender == "X" and rng.random() < 0.25)
            sibling = None
            if guardians and rng.random() < 0.09:
                sibling = rng.choice(guardians)
            while True:
                first = rng.choice(_GIRLS if girl else _BOYS)
                last = sibling[0] if sibling else rng.choice(_SURNAMES)
                if (first, last) not in used_names:
                    break
            used_names.add((first, last))
            if sibling:
                _, g_name, g_phone, g_email = sibling
                plan = "SIB"
            else:
                g_first = rng.choice(_ADULTS)
                g_name = f"{g_first} {last}"
                g_phone = f"07{rng.randint(700, 999)} {rng.randint(100000, 999999)}"
                number = rng.randint(1, 99)
                domain = rng.choice(["gmail.com", "outlook.com", "hotmail.co.uk", "icloud.com"])
                g_email = f"{g_first.lower()}{last.lower()}{number}@{domain}"
                guardians.append((last, g_name, g_phone, g_email))
                plan = "BUR" if rng.random() < 0.07 else "STD"
            dob = random_day(rng, born_from, born_to)
            earliest = max(dt.date(dob.year + 5, 9, 1), dt.date(2019, 9, 1))
            joined = random_day(rng, earliest, dt.date(2025, 9, 30))
            if team_id == 14:
                joined = random_day(rng, dt.date(2025, 9, 1), dt.date(2025, 10, 20))
            left = None
            p_status = "A"
            if status == "D":
                joined = random_day(rng, earliest, dt.date(2023, 10, 1))
                left = random_day(rng, dt.date(2024, 5, 20), dt.date(2024, 7, 31))
                p_status = "L"
            elif k >= squad:
                joined = random_day(rng, earliest, dt.date(2024, 6, 30))
                left = random_day(rng, max(joined + dt.timedelta(days=90), dt.date(2023, 2, 1)), dt.date(2025, 10, 31))
                p_status = "L"
            elif joined > dt.date(2025, 8, 15) and rng.random() < 0.6:
                p_status = "T"
            position = "GK" if k == 0 else rng.choices(["GK", "DF", "MF", "FW"], weights=[1, 8, 8, 5])[0]
            players.append([len(players) + 1, first, last, dob.isoformat(), team_id, position, 0,
                            joined.isoformat(), left.isoformat() if left else None, p_status, plan, g_name,
                            g_phone, g_email])  # fmt: skip
    for team_id in range(1, len(_TEAMS) + 1):
        numbers = rng.sample(range(2, 30), 28)
        squad = [p for p in players if p[4] == team_id]
        for k, p in enumerate(squad):
            p[6] = 1 if k == 0 else numbers.pop()
    players = [tuple(p) for p in players]
    skill = {p[0]: rng.lognormvariate(0, 0.7) * {"GK": 0.02, "DF": 0.4, "MF": 1.0, "FW": 2.2}[p[5]] for p in players}
    keen = {p[0]: (0.55 if p[0] % 17 == 5 else 0.97 if p[0] % 5 == 1 else 0.86) for p in players}

    def on_books(player: tuple, day: dt.date) -> bool:
        return dt.date.fromisoformat(player[7]) <= day and (player[8] is None or dt.date.fromisoformat(player[8]) > day)

    # injuries first, so injured players miss matches and training
    injury_weight = [0 if p[0] % 4 == 2 else (9 if p[0] % 29 == 3 else 1) for p in players]
    injuries_raw = []
    while len(injuries_raw) < 140:
        player = rng.choices(players, weights=injury_weight)[0]
        start = max(dt.date.fromisoformat(player[7]), dt.date(2023, 1, 1))
        end = min(dt.date.fromisoformat(player[8]) if player[8] else _TODAY, _TODAY)
        if start >= end:
            continue
        day = random_day(rng, start, end)
        severity = rng.choices(["MIN", "MOD", "SEV"], weights=[10, 7, 2])[0]
        days_out = {"MIN": rng.randint(2, 6), "MOD": rng.randint(8, 28), "SEV": rng.randint(35, 150)}[severity]
        back = day + dt.timedelta(days=days_out)
        occurred = rng.choices(["M", "T", "O"], weights=[6, 3, 2])[0]
        injuries_raw.append([player[0], day, rng.choices(_BODY, weights=[b[1] for b in _BODY])[0][0], severity,
                             occurred, None, back if back <= _TODAY else None, back])  # fmt: skip
    injured: dict[int, list[tuple[dt.date, dt.date]]] = {}
    for inj in injuries_raw:
        injured.setdefault(inj[0], []).append((inj[1], inj[7]))

    def fit(player_id: int, day: dt.date) -> bool:
        return not any(a < day <= b for a, b in injured.get(player_id, []))

    fixtures, appearances = [], []
    by_team_day: dict[tuple[int, dt.date], int] = {}
    for team_id, t in enumerate(_TEAMS, 1):
        if t[6] == "A" and team_id == 14:
            continue
        fmt, strength, length = t[3], t[7], t[8]
        day = dt.date(2023, 1, 7) + dt.timedelta(days=1 if t[2] == "G" else 0)
        last_day = dt.date(2024, 5, 18) if t[6] == "D" else dt.date(2025, 12, 14)
        squad_ids = [p for p in players if p[4] == team_id]
        while day <= last_day:
            if _in_season(day) and rng.random() < (0.5 if int(t[1][1:]) >= 11 else 0.38):
                hour = rng.choice(["09:30", "10:00", "10:30", "11:00", "13:00"])
                opponent = rng.choices(_OPPONENTS, weights=[o[1] for o in _OPPONENTS])[0][0]
                comp = rng.choices(["LG", "CP", "FR"], weights=[12, 2, 3] if int(t[1][1:]) >= 11 else [6, 1, 6])[0]
                venue = rng.choice("HA")
                status = "S" if day > _TODAY else "C" if rng.random() < 0.07 else "P"
                gf = ga = None
                fid = len(fixtures) + 1
                if status == "P":
                    home = 0.25 if venue == "H" else 0.0
                    gf = min(12, int(rng.expovariate(1 / max(0.4, 1.7 + strength + home))))
                    ga = min(12, int(rng.expovariate(1 / max(0.4, 1.7 - strength * 0.8 - home))))
                    avail = [p for p in squad_ids if on_books(p, day) and fit(p[0], day)]
                    avail = [p for p in avail if rng.random() < keen[p[0]]]
                    size = min(len(avail), _ON_PITCH[fmt] + {"S7": 3, "S9": 3, "S11": 5}[fmt])
                    gks = [p for p in avail if p[5] == "GK"]
                    chosen = gks[:1] + rng.sample([p for p in avail if p not in gks[:1]], max(0, size - len(gks[:1])))
                    starters = set(q[0] for q in chosen[: _ON_PITCH[fmt]])
                    rows = []
                    for p in chosen:
                        if p[0] in starters:
                            mins = length if rng.random() < 0.6 else rng.randint(length // 2, length - 5)
                        else:
                            mins = rng.randint(5, length // 2)
                        rows.append([p[0], int(p[0] in starters), mins, 0, 0])
                    for _ in range(gf or 0):
                        if not rows:
                            break
                        scorer = rng.choices(rows, weights=[skill[r[0]] * r[2] + 0.01 for r in rows])[0]
                        scorer[3] += 1
                        if rng.random() < 0.65 and len(rows) > 1:
                            helper = rng.choice([r for r in rows if r is not scorer])
                            helper[4] += 1
                    if rows:
                        gf = sum(r[3] for r in rows)
                    for r in rows:
                        appearances.append((len(appearances) + 1, fid, *r))
                fixtures.append((fid, team_id, opponent, f"{day.isoformat()} {hour}", venue, comp, gf, ga, status))
                by_team_day[(team_id, day)] = fid
            day += dt.timedelta(days=7)

    # training, logged from September 2024
    sessions, attendance = [], []
    for team_id, t in enumerate(_TEAMS, 1):
        if t[6] == "D":
            continue
        weekday = _DAYS.index(t[5])
        day = dt.date(2024, 9, 2)
        if team_id == 14:
            day = dt.date(2025, 9, 5)
        while day.weekday() != weekday:
            day += dt.timedelta(days=1)
        squad_ids = [p for p in players if p[4] == team_id]
        while day <= _TODAY:
            if (
                day.month not in (8,)
                and not (day.month == 12 and day.day > 20)
                and not (day.month == 1 and day.day < 3)
            ):
                coach = t[4]
                if rng.random() < 0.15:
                    coach = rng.choice([2, 3, 6, 7, 9, 12, 13])
                focus = rng.choices(["TEC", "TAC", "FIT", "SSG", "GK"], weights=[8, 5, 3, 6, 1])[0]
                if focus == "GK" or (rng.random() < 0.05):
                    coach = 13 if focus == "GK" else coach
                status = "X" if rng.random() < 0.06 else "H"
                start = {"S7": "17:30", "S9": "18:00", "S11": "19:00"}[t[3]]
                length = {"S7": 60, "S9": 75, "S11": 90}[t[3]]
                sid = len(sessions) + 1
                sessions.append((sid, team_id, coach, day.isoformat(), start, length, focus, status))
                if status == "H":
                    for p in squad_ids:
                        if not on_books(p, day):
                            continue
                        if not fit(p[0], day):
                            mark = "E"
                        else:
                            r = rng.random()
                            k = keen[p[0]]
                            mark = "P" if r < k - 0.06 else "L" if r < k else "E" if r < k + (1 - k) * 0.5 else "A"
                        attendance.append((len(attendance) + 1, sid, p[0], mark))
            day += dt.timedelta(days=7)

    injuries = []
    injuries_raw.sort(key=lambda r: (r[1], r[0]))
    for inj in injuries_raw:
        player = players[inj[0] - 1]
        fixture_id = None
        if inj[4] == "M":
            best = None
            for back in range(0, 10):
                d = inj[1] - dt.timedelta(days=back)
                if (player[4], d) in by_team_day:
                    best = by_team_day[(player[4], d)]
                    inj[1] = d
                    break
            if best is None or fixtures[best - 1][8] != "P":
                inj[4] = "T" if rng.random() < 0.6 else "O"
            else:
                fixture_id = best
        injuries.append((len(injuries) + 1, inj[0], inj[1].isoformat(), inj[2], inj[3], inj[4], fixture_id,
                         inj[6].isoformat() if inj[6] else None))  # fmt: skip

    payments = []
    late_payer = {p[0] for p in players if p[0] % 11 == 7}
    for season, term, start, end in _TERMS:
        t_start, t_end = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
        for p in players:
            if p[10] == "BUR" or p[9] == "T":
                continue
            joined = dt.date.fromisoformat(p[7])
            left = dt.date.fromisoformat(p[8]) if p[8] else None
            if joined > t_end or (left and left < t_start + dt.timedelta(days=20)):
                continue
            if rng.random() < (0.12 if p[0] in late_payer else 0.015):
                continue  # never paid this term
            fee = _FEES[_TEAMS[p[4] - 1][3]] + (15 if season >= "2024/25" else 0)
            if p[10] == "SIB":
                fee = round(fee * 0.8)
            due = max(t_start, joined)
            method = rng.choices(["DD", "CARD", "CASH", "BANK"], weights=[10, 6, 1, 3])[0]
            delay = rng.randint(0, 6) if method == "DD" else rng.randint(0, 40 if p[0] in late_payer else 14)
            paid = min(due + dt.timedelta(days=delay), _TODAY)
            if method in ("DD", "CARD") and rng.random() < 0.05:
                payments.append((p[0], season, term, paid.isoformat(), fee, method, "F"))
                paid = min(paid + dt.timedelta(days=rng.randint(3, 15)), _TODAY)
            payments.append((p[0], season, term, paid.isoformat(), fee, method, "P"))
            if left and left < t_end and rng.random() < 0.5:
                refunded = min(left + dt.timedelta(days=rng.randint(3, 20)), _TODAY)
                payments.append((p[0], season, term, refunded.isoformat(), -round(fee / 2), method, "R"))
    payments.sort(key=lambda r: (r[3], r[0]))
    payments = [(i, *r) for i, r in enumerate(payments, 1)]
    return {
        "coaches": coaches,
        "teams": teams,
        "players": players,
        "fixtures": fixtures,
        "appearances": appearances,
        "training_sessions": sessions,
        "attendance": attendance,
        "injuries": injuries,
        "payments": payments,
    }


def build_academy_database(path: str | Path) -> Path:
    """Write the football academy's database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
