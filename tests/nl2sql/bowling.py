"""A made-up group of five tenpin bowling centres in the north west of England that run leagues, written by someone
who had not seen the engine's rules: the ``bowling`` dev set's database.

Ten tables with foreign keys: ``centres`` (a ``ctr_code``, ``centre_name``, town, ``lane_count``, ``opened_on`` and
``has_bar`` 1/0), ``lanes`` (a ``lane_no`` in a centre, ``lane_type`` 'Standard', 'Bumper' or 'VIP', ``active_flg``
'Y'/'N' and an ``hourly_rate``), ``bowlers`` (first and last name, ``gender`` 'M'/'F', an optional ``dob`` and
``email``, a ``home_ctr_id``, the ``hand`` they bowl with 'R'/'L', a loyalty ``member_tier`` 'Bronze'/'Silver'/'Gold'
or NULL for non-members, and ``joined_dt``), ``leagues`` (one season of a league at a centre: ``league_name``,
``season`` such as 'Spring 2024', league ``night`` 'Mon'..'Sun', ``fmt`` 'Scratch' or 'Handicap', ``start_dt``,
``weeks`` and the ``fee_per_wk`` each bowler pays), ``teams`` (a trio in a league with a ``team_name`` and a
``captain_id`` bowler, NULL when none was named), ``team_members`` (a bowler on a team from ``joined_dt`` with a
``hcp`` handicap, NULL in scratch leagues), ``bookings`` (a lane booked by a customer: ``bk_ref``, ``bk_dt``,
``start_tm``, ``hrs``, ``party_sz``, ``cust_name``, ``bk_type`` such as 'Casual' or 'Birthday', ``channel``
'Online'/'Phone'/'Walk-in', ``sts`` 'C' completed / 'X' cancelled / 'N' no-show and ``total_amt`` paid: 0 when
cancelled, the forfeited deposit on a no-show), ``games`` (one game by a bowler on a lane on ``game_dt``: ``game_no``
1-3 of the night, ``score`` 0-300, ``strikes`` and ``spares``; ``league_id`` is NULL for practice games),
``menu_items`` (the food and drink list: ``item_code``, ``item_name``, ``category``, list ``price`` and
``is_alcoholic``) and ``bar_sales`` (a line sold at a centre's bar: ``sold_at`` date and time, ``qty``,
``unit_price`` charged, ``pay_method`` and the ``booking_id`` it was put on, NULL for sales not tied to a booking).
Rows come from a fixed seed, so every build holds the same rows; Bolton is the busiest centre, a handful of bowlers
score far above the rest, a few customers book again and again, Chorley (opened June 2023) has no bar and prices
rise each year.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_bowling_database(pathlib.Path(tempfile.mkdtemp()) / "bowling.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM centres").fetchone()
    (5,)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_bowling_database"]

_SCHEMA = """
CREATE TABLE centres (
    id INTEGER PRIMARY KEY, ctr_code TEXT NOT NULL, centre_name TEXT NOT NULL, town TEXT NOT NULL,
    lane_count INTEGER NOT NULL, opened_on DATE NOT NULL, has_bar INTEGER NOT NULL
);
CREATE TABLE lanes (
    id INTEGER PRIMARY KEY, centre_id INTEGER NOT NULL REFERENCES centres (id), lane_no INTEGER NOT NULL,
    lane_type TEXT NOT NULL, active_flg TEXT NOT NULL, hourly_rate NUMERIC NOT NULL
);
CREATE TABLE bowlers (
    id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, gender TEXT NOT NULL, dob DATE,
    email TEXT, home_ctr_id INTEGER NOT NULL REFERENCES centres (id), hand TEXT NOT NULL, member_tier TEXT,
    joined_dt DATE NOT NULL
);
CREATE TABLE leagues (
    id INTEGER PRIMARY KEY, centre_id INTEGER NOT NULL REFERENCES centres (id), league_name TEXT NOT NULL,
    season TEXT NOT NULL, night TEXT NOT NULL, fmt TEXT NOT NULL, start_dt DATE NOT NULL, weeks INTEGER NOT NULL,
    fee_per_wk NUMERIC NOT NULL
);
CREATE TABLE teams (
    id INTEGER PRIMARY KEY, league_id INTEGER NOT NULL REFERENCES leagues (id), team_name TEXT NOT NULL,
    captain_id INTEGER REFERENCES bowlers (id)
);
CREATE TABLE team_members (
    id INTEGER PRIMARY KEY, team_id INTEGER NOT NULL REFERENCES teams (id),
    bowler_id INTEGER NOT NULL REFERENCES bowlers (id), joined_dt DATE NOT NULL, hcp INTEGER
);
CREATE TABLE bookings (
    id INTEGER PRIMARY KEY, bk_ref TEXT NOT NULL, lane_id INTEGER NOT NULL REFERENCES lanes (id),
    bk_dt DATE NOT NULL, start_tm TEXT NOT NULL, hrs NUMERIC NOT NULL, party_sz INTEGER NOT NULL,
    cust_name TEXT NOT NULL, bk_type TEXT NOT NULL, channel TEXT NOT NULL, sts TEXT NOT NULL,
    total_amt NUMERIC NOT NULL
);
CREATE TABLE games (
    id INTEGER PRIMARY KEY, bowler_id INTEGER NOT NULL REFERENCES bowlers (id),
    league_id INTEGER REFERENCES leagues (id), lane_id INTEGER NOT NULL REFERENCES lanes (id),
    game_dt DATE NOT NULL, game_no INTEGER NOT NULL, score INTEGER NOT NULL, strikes INTEGER NOT NULL,
    spares INTEGER NOT NULL
);
CREATE TABLE menu_items (
    id INTEGER PRIMARY KEY, item_code TEXT NOT NULL, item_name TEXT NOT NULL, category TEXT NOT NULL,
    price NUMERIC NOT NULL, is_alcoholic INTEGER NOT NULL
);
CREATE TABLE bar_sales (
    id INTEGER PRIMARY KEY, centre_id INTEGER NOT NULL REFERENCES centres (id),
    item_id INTEGER NOT NULL REFERENCES menu_items (id), booking_id INTEGER REFERENCES bookings (id),
    sold_at TEXT NOT NULL, qty INTEGER NOT NULL, unit_price NUMERIC NOT NULL, pay_method TEXT NOT NULL
);
"""

#: code, name, town, lanes, opened, has bar, share of business, VIP lanes, rate uplift
_CENTRES = [
    ("BLT", "Strike Zone Bolton", "Bolton", 24, "2009-03-14", 1, 9, 4, 2.0),
    ("WGN", "Strike Zone Wigan", "Wigan", 20, "2012-10-01", 1, 6, 2, 1.0),
    ("PRS", "Strike Zone Preston", "Preston", 16, "2015-05-22", 1, 4, 2, 0.0),
    ("BRY", "Strike Zone Bury", "Bury", 12, "2018-11-09", 1, 3, 0, -1.0),
    ("CHR", "Strike Zone Chorley", "Chorley", 10, "2023-06-17", 0, 2, 0, -2.0),
]
_RATES = {"Standard": 30.0, "Bumper": 27.0, "VIP": 46.0}
_CHORLEY_OPEN = dt.date(2023, 6, 17)
#: centre, league name, night, format, which seasons ('all', 'autumn', 'spring'), teams, weekly fee
_LEAGUES = [
    (1, "Monday Night Scratch", "Mon", "Scratch", "all", 7, 12.0),
    (1, "Wednesday Mixed Handicap", "Wed", "Handicap", "autumn", 6, 10.5),
    (2, "Tuesday Trios", "Tue", "Handicap", "all", 5, 10.0),
    (3, "Friday Night Handicap", "Fri", "Handicap", "all", 4, 9.5),
    (4, "Bury Business House", "Tue", "Handicap", "autumn", 4, 11.0),
    (5, "Chorley Thursday Social", "Thu", "Handicap", "late", 4, 8.0),
]
_NIGHTS = {"Mon": 0, "Tue": 1, "Wed": 2, "Thu": 3, "Fri": 4, "Sat": 5, "Sun": 6}
_TEAM_NAMES = [
    "Pin Pals", "Gutter Gang", "Split Happens", "Lane Changers", "Spare Parts", "Strike Force", "Kingpins",
    "Alley Cats", "The Turkeys", "Holy Rollers", "Ten Pin Tornadoes", "Bowl Movements", "Pinheads",
    "Rolling Thunder", "The Headpins", "Foul Line Four", "Lucky Strikes", "Balls of Fury", "Sparetime",
    "Backenders", "The Brooklyns", "Hook Line and Sinker", "Oil Slicks", "Double Trouble", "Pocket Rockets",
    "Wood Choppers", "Strike Out", "Mill Lane Misfits", "The Baggers", "Frame Game",
]  # fmt: skip
#: code, name, category, price, alcoholic, popularity
_MENU = [
    ("HF01", "Hot Dog", "Hot food", 4.50, 0, 14), ("HF02", "Cheeseburger", "Hot food", 7.95, 0, 10),
    ("HF03", "Chicken Nuggets and Fries", "Hot food", 6.50, 0, 11), ("HF04", "Loaded Nachos", "Hot food", 7.25, 0, 8),
    ("HF05", "Margherita Pizza", "Hot food", 9.50, 0, 9), ("HF06", "Pepperoni Pizza", "Hot food", 10.50, 0, 7),
    ("SN01", "Fries", "Snacks", 3.25, 0, 18), ("SN02", "Popcorn", "Snacks", 2.75, 0, 9),
    ("SN03", "Crisps", "Snacks", 1.50, 0, 6), ("SN04", "Cookie", "Snacks", 1.95, 0, 4),
    ("SD01", "Pepsi Max (pint)", "Soft drinks", 3.10, 0, 22), ("SD02", "Lemonade (pint)", "Soft drinks", 2.95, 0, 9),
    ("SD03", "Fruit Shoot", "Soft drinks", 1.80, 0, 12), ("SD04", "Slush", "Soft drinks", 2.95, 0, 15),
    ("SD05", "Bottled Water", "Soft drinks", 1.60, 0, 5), ("HD01", "Coffee", "Hot drinks", 2.60, 0, 6),
    ("HD02", "Tea", "Hot drinks", 2.10, 0, 4), ("BR01", "Carling (pint)", "Beer", 4.95, 1, 19),
    ("BR02", "Peroni (pint)", "Beer", 5.80, 1, 11), ("BR03", "Guinness (pint)", "Beer", 5.60, 1, 6),
    ("BR04", "Bottle of Corona", "Beer", 4.75, 1, 5), ("CD01", "Strongbow (pint)", "Cider", 4.85, 1, 7),
    ("WN01", "House White (175ml)", "Wine", 5.50, 1, 5), ("WN02", "House Red (175ml)", "Wine", 5.50, 1, 3),
    ("WN03", "Prosecco (bottle)", "Wine", 24.00, 1, 2), ("SP01", "Vodka and Mixer", "Spirits", 5.90, 1, 5),
    ("SP02", "Gin and Tonic", "Spirits", 6.50, 1, 6), ("DS01", "Ice Cream Sundae", "Desserts", 4.25, 0, 5),
    ("DS02", "Chocolate Brownie", "Desserts", 3.95, 0, 3),
]  # fmt: skip
_FIRST_M = [
    "James",
    "Daniel",
    "Liam",
    "Craig",
    "Gary",
    "Steven",
    "Lee",
    "Ryan",
    "Wayne",
    "Darren",
    "Tom",
    "Chris",
    "Martin",
    "Neil",
    "Carl",
    "Jordan",
    "Sean",
    "Kevin",
    "Adam",
    "Brian",
    "Jason",
    "Mohammed",
    "Dean",
]
_FIRST_F = [
    "Sarah",
    "Emma",
    "Lisa",
    "Kelly",
    "Gemma",
    "Nicola",
    "Joanne",
    "Amy",
    "Laura",
    "Claire",
    "Rebecca",
    "Hayley",
    "Donna",
    "Leanne",
    "Jade",
    "Michelle",
    "Stacey",
    "Natalie",
    "Zoe",
    "Aisha",
    "Paula",
    "Karen",
]
_SURNAMES = [
    "Smith",
    "Jones",
    "Taylor",
    "Brown",
    "Wilson",
    "Walker",
    "Wright",
    "Thompson",
    "Robinson",
    "Hughes",
    "Clarke",
    "Hall",
    "Jackson",
    "Green",
    "Lees",
    "Holt",
    "Ashworth",
    "Pilkington",
    "Crompton",
    "Haworth",
    "Entwistle",
    "Kay",
    "Hargreaves",
    "Barlow",
    "Mather",
    "Shaw",
    "Riley",
    "Hussain",
    "Patel",
    "Kowalski",
    "Lomax",
    "Schofield",
    "Tattersall",
    "Whittle",
    "Yates",
    "Fletcher",
    "Marsden",
    "Greenhalgh",
]
_BK_TYPES = [("Casual", 60), ("Birthday", 16), ("Corporate", 7), ("School", 5), ("Group", 9), ("Stag/Hen", 3)]
_MAIL_DOMAINS = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "btinternet.com"]
_SEASONS = [(f"{half} {year}", half, year) for year in (2023, 2024, 2025) for half in ("Spring", "Autumn")]
_END = dt.date(2025, 12, 31)


def _busy_day(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    """A day from ``start`` to ``end`` drawn more often at weekends, in school holidays and in December."""
    while True:
        day = random_day(rng, start, end)
        weight = {4: 1.6, 5: 2.6, 6: 2.0}.get(day.weekday(), 0.7)
        weight *= {12: 1.6, 2: 1.2, 8: 1.4, 10: 1.2, 6: 0.7}.get(day.month, 1.0)
        weight *= {2023: 0.8, 2024: 0.95, 2025: 1.1}[day.year]
        if rng.random() * 4.6 < weight:
            return day


def _rows(seed: int = 31337) -> dict[str, list[tuple]]:  # noqa: C901, PLR0912, PLR0915 - one generator per table
    rng = random.Random(seed)
    centres = [(i, *c[:6]) for i, c in enumerate(_CENTRES, 1)]
    lanes = []
    for centre_id, (_, _, _, count, _, _, _, vip, uplift) in enumerate(_CENTRES, 1):
        for lane_no in range(1, count + 1):
            kind = "Bumper" if lane_no <= 2 else ("VIP" if lane_no > count - vip else "Standard")
            active = "N" if (centre_id, lane_no) in {(1, 9), (2, 14), (2, 15), (4, 7)} else "Y"
            lanes.append((len(lanes) + 1, centre_id, lane_no, kind, active, _RATES[kind] + uplift))
    # bowlers: league regulars and casual members, with a handful of far stronger players
    names = [(f, s, "M") for f in _FIRST_M for s in _SURNAMES] + [(f, s, "F") for f in _FIRST_F for s in _SURNAMES]
    names = rng.sample(names, 600)
    bowlers, skill = [], {}
    for i in range(1, 601):
        first, last, sex = names[i - 1]
        home = rng.choices(range(1, 6), weights=[c[6] for c in _CENTRES])[0]
        joined = random_day(rng, dt.date(2012, 1, 1), dt.date(2025, 9, 30))
        if home == 5:
            joined = max(joined, _CHORLEY_OPEN)
        dob = None if rng.random() < 0.17 else random_day(rng, dt.date(1950, 1, 1), dt.date(2009, 12, 31)).isoformat()
        email = None
        if rng.random() < 0.72:
            number = rng.randint(1, 99)
            email = f"{first.lower()}.{last.lower()}{number}@{rng.choice(_MAIL_DOMAINS)}"
        hand = "L" if rng.random() < 0.13 else "R"
        tier = rng.choices([None, "Bronze", "Silver", "Gold"], weights=[40, 30, 20, 10])[0]
        bowlers.append((i, first, last, sex, dob, email, home, hand, tier, joined.isoformat()))
        skill[i] = max(95.0, min(195.0, rng.gauss(158 if sex == "M" else 146, 20)))
    by_home = {c: [b[0] for b in bowlers if b[6] == c] for c in range(1, 6)}
    elite = {b for c, n in ((1, 2), (2, 1), (3, 1), (4, 1)) for b in rng.sample(by_home[c], n)}
    for bowler_id in sorted(elite):
        skill[bowler_id] = 212 + rng.random() * 16
    # leagues: a season of each series, with rosters that carry over from season to season
    leagues, teams, members, games = [], [], [], []
    for centre_id, name, night, fmt, when, n_teams, fee in _LEAGUES:
        rosters: list[tuple[str, list[int]]] = []
        for season, half, year in _SEASONS:
            if (when == "autumn" and half == "Spring") or (when == "late" and (year, half) < (2023, "Autumn")):
                continue
            if when == "late" and (year, half) == (2023, "Spring"):
                continue
            month = 1 if half == "Spring" else 9
            start = dt.date(year, month, 8 + rng.randrange(14))
            start += dt.timedelta(days=(_NIGHTS[night] - start.weekday()) % 7)
            weeks = rng.choice([4, 5, 6, 6]) if centre_id != 5 else 5
            season_fee = fee + (0.5 if year == 2024 else 1.0 if year == 2025 else 0.0)
            league_id = len(leagues) + 1
            leagues.append((league_id, centre_id, name, season, night, fmt, start.isoformat(), weeks, season_fee))
            want = n_teams + rng.choice([-1, 0, 0, 1])
            kept = [(t, list(m)) for t, m in rosters if rng.random() < 0.8][:want]
            busy = {b for _, m in kept for b in m}
            for _, roster in kept:
                for k in range(3):
                    if rng.random() < 0.15:
                        free = [b for b in by_home[centre_id] if b not in busy]
                        roster[k] = rng.choice(free)
                        busy.add(roster[k])
            used = {t for t, _ in kept}
            while len(kept) < want:
                team_name = rng.choice([t for t in _TEAM_NAMES if t not in used])
                used.add(team_name)
                free = [b for b in by_home[centre_id] if b not in busy]
                stars = [b for b in free if b in elite]
                roster = stars[:1] + rng.sample([b for b in free if b not in stars[:1]], 3 - len(stars[:1]))
                busy.update(roster)
                kept.append((team_name, roster))
            rosters = kept
            centre_lanes = [ln[0] for ln in lanes if ln[1] == centre_id and ln[3] == "Standard" and ln[4] == "Y"]
            for team_name, roster in rosters:
                team_id = len(teams) + 1
                captain = None if rng.random() < 0.08 else roster[0]
                teams.append((team_id, league_id, team_name, captain))
                for bowler_id in roster:
                    hcp = None if fmt == "Scratch" else max(0, int(0.9 * (215 - skill[bowler_id])))
                    signed = start - dt.timedelta(days=rng.randint(3, 40))
                    members.append((len(members) + 1, team_id, bowler_id, signed.isoformat(), hcp))
                for week in range(weeks):
                    night_dt = start + dt.timedelta(weeks=week)
                    if night_dt > _END:
                        break
                    lane = rng.choice(centre_lanes)
                    for bowler_id in roster:
                        if rng.random() < 0.1:
                            continue  # missed the night
                        for game_no in (1, 2, 3):
                            games.append([bowler_id, league_id, lane, night_dt.isoformat(), game_no])
    # practice games, mostly by the stronger league bowlers
    league_bowlers = sorted({m[2] for m in members})
    for _ in range(140):
        bowler_id = rng.choices(league_bowlers, weights=[skill[b] ** 3 for b in league_bowlers])[0]
        home = bowlers[bowler_id - 1][6]
        day = random_day(rng, _CHORLEY_OPEN if home == 5 else dt.date(2023, 1, 1), _END)
        lane = rng.choice([ln[0] for ln in lanes if ln[1] == home and ln[3] != "Bumper" and ln[4] == "Y"])
        for game_no in range(1, rng.choice([2, 3, 3]) + 1):
            games.append([bowler_id, None, lane, day.isoformat(), game_no])
    games.sort(key=lambda g: (g[3], g[2], g[0], g[4]))
    perfect = next(i for i, g in enumerate(games) if g[0] in elite and g[1] and g[3].startswith("2024-10"))
    game_rows = []
    for i, (bowler_id, league_id, lane, day, game_no) in enumerate(games, 1):
        score = 300 if i - 1 == perfect else max(38, min(299, round(rng.gauss(skill[bowler_id], 21))))
        if score == 300:
            strikes, spares = 12, 0
        else:
            strikes = max(0, min(11, round((score - 85) / 17 + rng.gauss(0, 1))))
            spares = max(0, min(10 - min(strikes, 10), round((score - 60) / 25 + rng.gauss(0, 1.2))))
        game_rows.append((i, bowler_id, league_id, lane, day, game_no, score, strikes, spares))
    # bookings: weekends and holidays are busier, a few customers book again and again
    customers = [f"{f} {s}" for f, s, _ in rng.sample(names, 420)]
    cust_weights = [9 if k == 0 else 6 if k == 1 else 4.5 if k == 2 else 3 if k < 6 else 1 for k in range(420)]
    bookings = []
    for _ in range(2600):
        centre_id = rng.choices(range(1, 6), weights=[c[6] for c in _CENTRES])[0]
        day = _busy_day(rng, _CHORLEY_OPEN if centre_id == 5 else dt.date(2023, 1, 1), _END)
        kind = rng.choices([k for k, _ in _BK_TYPES], weights=[w for _, w in _BK_TYPES])[0]
        pool = [ln for ln in lanes if ln[1] == centre_id and ln[4] == "Y"]
        if kind == "Birthday" and rng.random() < 0.6:
            pool = [ln for ln in pool if ln[3] == "Bumper"]
        elif kind in ("Corporate", "Stag/Hen") and rng.random() < 0.6:
            pool = [ln for ln in pool if ln[3] == "VIP"] or pool
        else:
            pool = [ln for ln in pool if ln[3] == "Standard"]
        lane = rng.choice(pool)
        hour = rng.randint(10, 21) if day.weekday() >= 5 else rng.randint(16, 21)
        start_tm = f"{hour:02d}:{rng.choice(['00', '00', '30'])}"
        hrs = rng.choices([1.0, 1.5, 2.0, 3.0], weights=[50, 20, 25, 5])[0]
        party = {"Birthday": rng.randint(6, 12), "Corporate": rng.randint(6, 16), "School": rng.randint(10, 24),
                 "Group": rng.randint(5, 10), "Stag/Hen": rng.randint(6, 12)}.get(kind, rng.randint(1, 6))  # fmt: skip
        channel_weights = [60, 25, 15] if day.year < 2025 else [72, 18, 10]
        channel = rng.choices(["Online", "Phone", "Walk-in"], weights=channel_weights)[0]
        if channel == "Walk-in":
            kind = "Casual" if kind in ("School", "Corporate") else kind
        status = rng.choices(["C", "X", "N"], weights=[86, 10, 4])[0]
        if channel == "Walk-in":
            status = "C"
        price_rise = {2023: 1.0, 2024: 1.05, 2025: 1.12}[day.year]
        amount = lane[5] * hrs * price_rise
        if kind == "Birthday":
            amount += 9.5 * party
        elif kind == "School":
            amount *= 0.8
        amount = {"C": round(amount, 2), "X": 0.0, "N": 10.0}[status]
        customer = rng.choices(customers, weights=cust_weights)[0]
        bookings.append([lane[0], day, start_tm, hrs, party, customer, kind, channel, status, amount])
    bookings.sort(key=lambda b: (b[1], b[2], b[0]))
    booking_rows = [(i, f"SZ{b[1]:%y}{i:05d}", b[0], b[1].isoformat(), *b[2:]) for i, b in enumerate(bookings, 1)]
    menu = [(i, *m[:5]) for i, m in enumerate(_MENU, 1)]
    lane_centre = {ln[0]: ln[1] for ln in lanes}
    sales = []

    def sell(centre_id: int, booking_id: int | None, when: dt.datetime, adults: bool) -> None:
        weights = [m[5] * (0.15 if m[4] and not adults else 1) for m in _MENU]
        item_id = rng.choices(range(1, len(_MENU) + 1), weights=weights)[0]
        base = _MENU[item_id - 1][3]
        price = round(base * {2023: 1.0, 2024: 1.06, 2025: 1.1}[when.year] * (0.8 if rng.random() < 0.04 else 1), 2)
        qty = rng.choices([1, 2, 3, 4, 6], weights=[50, 25, 10, 10, 5])[0]
        method = rng.choices(["Card", "Contactless", "Cash", "Tab"], weights=[25, 45, 12, 18])[0]
        sales.append([centre_id, item_id, booking_id, when.strftime("%Y-%m-%d %H:%M"), qty, price, method])

    for b in booking_rows:
        centre_id = lane_centre[b[2]]
        if b[10] != "C" or not _CENTRES[centre_id - 1][5] or rng.random() < 0.35:
            continue
        began = dt.datetime.fromisoformat(f"{b[3]} {b[4]}")
        adults = b[8] in ("Corporate", "Stag/Hen", "Group") or (b[8] == "Casual" and rng.random() < 0.6)
        for _ in range(rng.randint(1, 4)):
            sell(centre_id, b[0], began + dt.timedelta(minutes=rng.randint(0, int(b[5] * 60) + 30)), adults)
    while len(sales) < 4200:
        centre_id = rng.choices(range(1, 5), weights=[c[6] for c in _CENTRES[:4]])[0]
        day = _busy_day(rng, dt.date(2023, 1, 1), _END)
        when = dt.datetime(day.year, day.month, day.day, rng.randint(11, 22), rng.randrange(60))
        sell(centre_id, None, when, rng.random() < 0.7)
    sales.sort(key=lambda s: (s[3], s[0]))
    sale_rows = [(i, *s) for i, s in enumerate(sales, 1)]
    return {"centres": centres, "lanes": lanes, "bowlers": bowlers, "leagues": leagues, "teams": teams,
            "team_members": members, "bookings": booking_rows, "games": game_rows, "menu_items": menu,
            "bar_sales": sale_rows}  # fmt: skip


def build_bowling_database(path: str | Path) -> Path:
    """Write the bowling group's database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
