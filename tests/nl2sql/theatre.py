"""A made-up regional producing theatre with two venues, a main house and a studio, written by someone who had not seen
the engine's rules: the ``theatre`` dev set's database.

Eleven tables with foreign keys. ``venues`` holds the two spaces (a ``code`` 'MH' main house or 'ST' studio, the
``name``, seating ``capacity`` and the ``opened`` date). ``productions`` holds each show the company staged from 2022 to
2025: its ``title``, the ``writer``, a ``genre`` (Drama, Comedy, Musical, Family or Shakespeare), the venue it played
in, the ``first_preview``, ``press_night`` and ``closing_night`` dates, the production ``budget`` in pounds and two
'Y'/'N' flags, ``new_writing`` for a world premiere of a new play and ``co_production`` for a show made with another
theatre. ``performances`` holds every scheduled showing of a production: ``perf_date``, ``start_time`` ('19:30',
'14:30' and so on), a ``perf_type`` code ('P' preview, 'N' press night, 'E' evening, 'M' matinee), an ``access`` code
('N' none, 'C' captioned, 'A' audio described, 'B' British Sign Language interpreted, 'R' relaxed) and a ``status``
('P' performed, 'X' cancelled). ``patrons`` are the customers with a box-office account: ``first_name``,
``last_name``, ``email``, ``town``, ``postcode``, the date the account was ``joined_on`` and two 'Y'/'N' flags,
``mailing_opt_in`` for the newsletter and ``gift_aid`` for a Gift Aid declaration. ``membership_tiers`` is the lookup
of the members' scheme (a ``code``, the tier ``name``, the ``annual_fee``, the ``discount_pct`` off tickets and the
number of ``priority_days`` of early booking) and ``memberships`` holds each year of a patron's membership (the tier,
``start_date``, ``end_date``, ``amount_paid`` and an ``auto_renew`` 'Y'/'N' flag). ``bookings`` holds a patron's order
of tickets for one performance: ``booked_on``, the number of ``seats``, a ``concession`` 'Y'/'N' flag, the
``amount_paid`` in pounds after any member discount, the ``channel`` ('W' website, 'B' box office in person, 'T'
telephone) and a ``status`` ('C' confirmed, 'X' cancelled by the patron and credited to their account, 'R' refunded).
``donations`` are gifts from patrons (``donated_on``, ``amount``, the ``fund`` given to, and 'Y'/'N' flags for
``gift_aid`` and ``anonymous``). ``artists`` are the freelance actors, creatives and crew the company hires
(``first_name``, ``last_name``, ``discipline``, ``equity_member`` 'Y'/'N', ``home_town``) and ``contracts`` engage an
artist on a production: the ``role`` (a character name or a job such as Director), a ``contract_type`` ('C' cast,
'R' creative team, 'S' stage management and crew), ``weekly_fee``, ``weeks``, ``start_date`` and a ``status`` ('S'
signed, 'T' terminated early). ``incidents`` is the front-of-house log: the performance, the booking involved when a
patron was (otherwise NULL), the ``category``, a ``severity`` 1-3, the ``duty_manager`` who logged it, whether a
refund was given (``refund_given`` 'Y'/'N') and the ``refund_amount``.

Rows come from a fixed seed, so every build holds the same rows. Bookings are skewed so a handful of regulars account
for many and some patrons (donors and mailing-list sign-ups) never booked; a few actors work on show after show while
some artists on file were never contracted; Christmas family shows sell most and attract most incidents.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_theatre_database(pathlib.Path(tempfile.mkdtemp()) / "theatre.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM productions").fetchone()
    (32,)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_theatre_database"]

_SCHEMA = """
CREATE TABLE venues (
    id INTEGER PRIMARY KEY, code TEXT NOT NULL, name TEXT NOT NULL, capacity INTEGER NOT NULL, opened DATE NOT NULL
);
CREATE TABLE productions (
    id INTEGER PRIMARY KEY, title TEXT NOT NULL, writer TEXT NOT NULL, genre TEXT NOT NULL,
    venue_id INTEGER NOT NULL REFERENCES venues (id), first_preview DATE NOT NULL, press_night DATE NOT NULL,
    closing_night DATE NOT NULL, budget NUMERIC NOT NULL, new_writing TEXT NOT NULL, co_production TEXT NOT NULL
);
CREATE TABLE performances (
    id INTEGER PRIMARY KEY, production_id INTEGER NOT NULL REFERENCES productions (id), perf_date DATE NOT NULL,
    start_time TEXT NOT NULL, perf_type TEXT NOT NULL, access TEXT NOT NULL, status TEXT NOT NULL
);
CREATE TABLE patrons (
    id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, email TEXT NOT NULL,
    town TEXT NOT NULL, postcode TEXT NOT NULL, joined_on DATE NOT NULL, mailing_opt_in TEXT NOT NULL,
    gift_aid TEXT NOT NULL
);
CREATE TABLE membership_tiers (
    code TEXT PRIMARY KEY, name TEXT NOT NULL, annual_fee NUMERIC NOT NULL, discount_pct INTEGER NOT NULL,
    priority_days INTEGER NOT NULL
);
CREATE TABLE memberships (
    id INTEGER PRIMARY KEY, patron_id INTEGER NOT NULL REFERENCES patrons (id),
    tier_code TEXT NOT NULL REFERENCES membership_tiers (code), start_date DATE NOT NULL, end_date DATE NOT NULL,
    amount_paid NUMERIC NOT NULL, auto_renew TEXT NOT NULL
);
CREATE TABLE bookings (
    id INTEGER PRIMARY KEY, patron_id INTEGER NOT NULL REFERENCES patrons (id),
    performance_id INTEGER NOT NULL REFERENCES performances (id), booked_on DATE NOT NULL, seats INTEGER NOT NULL,
    concession TEXT NOT NULL, amount_paid NUMERIC NOT NULL, channel TEXT NOT NULL, status TEXT NOT NULL
);
CREATE TABLE donations (
    id INTEGER PRIMARY KEY, patron_id INTEGER NOT NULL REFERENCES patrons (id), donated_on DATE NOT NULL,
    amount NUMERIC NOT NULL, fund TEXT NOT NULL, gift_aid TEXT NOT NULL, anonymous TEXT NOT NULL
);
CREATE TABLE artists (
    id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, discipline TEXT NOT NULL,
    equity_member TEXT NOT NULL, home_town TEXT NOT NULL
);
CREATE TABLE contracts (
    id INTEGER PRIMARY KEY, artist_id INTEGER NOT NULL REFERENCES artists (id),
    production_id INTEGER NOT NULL REFERENCES productions (id), role TEXT NOT NULL, contract_type TEXT NOT NULL,
    weekly_fee NUMERIC NOT NULL, weeks INTEGER NOT NULL, start_date DATE NOT NULL, status TEXT NOT NULL
);
CREATE TABLE incidents (
    id INTEGER PRIMARY KEY, performance_id INTEGER NOT NULL REFERENCES performances (id),
    booking_id INTEGER REFERENCES bookings (id), category TEXT NOT NULL, severity INTEGER NOT NULL,
    duty_manager TEXT NOT NULL, refund_given TEXT NOT NULL, refund_amount NUMERIC NOT NULL
);
"""

_VENUES = [(1, "MH", "Main House", 480, "1976-10-02"), (2, "ST", "The Studio", 120, "1998-03-14")]
#: title, writer, genre, venue, first preview, last night, budget, new writing, co-production, cast size, demand
_PRODUCTIONS = [
    (
        "A Midsummer Night's Dream",
        "William Shakespeare",
        "Shakespeare",
        1,
        "2022-02-10",
        "2022-03-05",
        285000,
        "N",
        "N",
        12,
        1.0,
    ),
    (
        "The Importance of Being Earnest",
        "Oscar Wilde",
        "Comedy",
        1,
        "2022-04-07",
        "2022-04-30",
        240000,
        "N",
        "Y",
        9,
        1.1,
    ),
    ("Constellations", "Nick Payne", "Drama", 2, "2022-03-16", "2022-04-02", 42000, "N", "N", 2, 0.9),
    ("Bright Lights, Cold Town", "Dan Kettle", "Drama", 2, "2022-05-18", "2022-06-04", 55000, "Y", "N", 4, 0.6),
    ("Educating Rita", "Willy Russell", "Comedy", 1, "2022-09-15", "2022-10-08", 190000, "N", "N", 2, 1.2),
    ("The Birthday Party", "Harold Pinter", "Drama", 2, "2022-10-12", "2022-10-29", 48000, "N", "N", 6, 0.8),
    ("Peter Pan", "J. M. Barrie", "Family", 1, "2022-11-25", "2022-12-31", 410000, "N", "N", 14, 1.6),
    ("The Snowman's Tale", "Ruth Ellison", "Family", 2, "2022-12-07", "2022-12-24", 38000, "Y", "N", 3, 1.3),
    ("A View from the Bridge", "Arthur Miller", "Drama", 1, "2023-02-09", "2023-03-04", 260000, "N", "Y", 9, 0.9),
    ("Lungs", "Duncan Macmillan", "Drama", 2, "2023-03-15", "2023-04-01", 36000, "N", "N", 2, 1.0),
    ("Guys and Dolls", "Frank Loesser", "Musical", 1, "2023-04-13", "2023-05-13", 520000, "N", "N", 16, 1.5),
    ("Salt Water", "Aoife Brennan", "Drama", 2, "2023-05-17", "2023-06-03", 51000, "Y", "N", 4, 0.7),
    ("The Mill on the Marsh", "Helen Ashworth", "Drama", 1, "2023-09-14", "2023-10-07", 310000, "Y", "Y", 10, 0.7),
    ("Betrayal", "Harold Pinter", "Drama", 2, "2023-10-11", "2023-10-28", 44000, "N", "N", 3, 1.0),
    ("The Wizard of Oz", "L. Frank Baum", "Family", 1, "2023-11-24", "2023-12-31", 455000, "N", "N", 15, 1.7),
    ("Tin Soldier", "Ruth Ellison", "Family", 2, "2023-12-06", "2023-12-23", 40000, "Y", "N", 3, 1.2),
    ("Macbeth", "William Shakespeare", "Shakespeare", 1, "2024-02-08", "2024-03-02", 295000, "N", "N", 13, 1.1),
    ("Oleanna", "David Mamet", "Drama", 2, "2024-03-13", "2024-03-30", 33000, "N", "N", 2, 0.7),
    ("Noises Off", "Michael Frayn", "Comedy", 1, "2024-04-11", "2024-05-04", 275000, "N", "Y", 9, 1.4),
    ("Last Orders at the Feathers", "Sam Okafor", "Comedy", 2, "2024-05-15", "2024-06-01", 52000, "Y", "N", 5, 1.1),
    ("An Inspector Calls", "J. B. Priestley", "Drama", 1, "2024-09-12", "2024-10-05", 250000, "N", "N", 7, 1.3),
    ("Krapp's Last Tape", "Samuel Beckett", "Drama", 2, "2024-10-09", "2024-10-26", 21000, "N", "N", 1, 0.6),
    ("Cinderella", "Charles Perrault", "Family", 1, "2024-11-22", "2024-12-31", 470000, "N", "N", 14, 1.8),
    ("The Night Before Christmas", "Ruth Ellison", "Family", 2, "2024-12-04", "2024-12-21", 41000, "Y", "N", 3, 1.3),
    ("Twelfth Night", "William Shakespeare", "Shakespeare", 1, "2025-02-06", "2025-03-01", 300000, "N", "N", 12, 1.0),
    ("Girls and Boys", "Dennis Kelly", "Drama", 2, "2025-03-12", "2025-03-29", 30000, "N", "N", 1, 0.9),
    ("Sweeney Todd", "Stephen Sondheim", "Musical", 1, "2025-04-10", "2025-05-10", 540000, "N", "Y", 14, 1.4),
    ("Under the Viaduct", "Jess Marlow", "Drama", 2, "2025-05-14", "2025-05-31", 56000, "Y", "N", 5, 0.8),
    ("The Weaver's Daughter", "Priya Nair", "Drama", 1, "2025-09-11", "2025-10-04", 330000, "Y", "N", 8, 0.8),
    ("Happy Days", "Samuel Beckett", "Drama", 2, "2025-10-08", "2025-10-25", 29000, "N", "N", 2, 0.8),
    ("The Snow Queen", "Hans Christian Andersen", "Family", 1, "2025-11-21", "2025-12-31", 480000, "N", "N", 14, 1.7),
    ("Pinocchio", "Carlo Collodi", "Family", 2, "2025-12-03", "2025-12-20", 43000, "N", "N", 4, 1.2),
]
#: code, name, annual fee, discount on tickets, days of priority booking, share of members
_TIERS = [("FR", "Friend", 45, 10, 7, 55), ("BF", "Best Friend", 95, 15, 14, 25), ("BN", "Benefactor", 300, 20, 28, 6),
          ("YM", "Young Member", 12, 25, 0, 14), ("CP", "Company Patron", 1200, 20, 28, 0)]  # fmt: skip
_CHARACTERS = {
    "A Midsummer Night's Dream": ["Theseus", "Hippolyta", "Oberon", "Titania", "Puck", "Bottom", "Lysander",
                                  "Demetrius", "Hermia", "Helena", "Quince", "Flute"],
    "The Importance of Being Earnest": ["John Worthing", "Algernon Moncrieff", "Lady Bracknell", "Gwendolen Fairfax",
                                        "Cecily Cardew", "Miss Prism", "Canon Chasuble", "Lane", "Merriman"],
    "Educating Rita": ["Rita", "Frank"],
    "Peter Pan": ["Peter Pan", "Wendy", "Captain Hook", "Tinker Bell", "Smee", "John", "Michael", "Mrs Darling",
                  "Tiger Lily", "Nana", "Slightly", "Tootles", "Nibs", "Curly"],
    "A View from the Bridge": ["Eddie Carbone", "Beatrice", "Catherine", "Alfieri", "Marco", "Rodolpho", "Louis",
                               "Mike", "Officer"],
    "Guys and Dolls": ["Sky Masterson", "Sarah Brown", "Nathan Detroit", "Miss Adelaide", "Nicely-Nicely Johnson",
                       "Benny Southstreet", "Big Jule", "Harry the Horse", "Arvide Abernathy", "Lt Brannigan",
                       "General Cartwright", "Rusty Charlie", "Ensemble", "Ensemble", "Ensemble", "Ensemble"],
    "Macbeth": ["Macbeth", "Lady Macbeth", "Banquo", "Macduff", "Lady Macduff", "Duncan", "Malcolm", "Ross",
                "First Witch", "Second Witch", "Third Witch", "Porter", "Fleance"],
    "Noises Off": ["Dotty Otley", "Lloyd Dallas", "Garry Lejeune", "Brooke Ashton", "Poppy Norton-Taylor",
                   "Frederick Fellowes", "Belinda Blair", "Tim Allgood", "Selsdon Mowbray"],
    "An Inspector Calls": ["Inspector Goole", "Arthur Birling", "Sybil Birling", "Sheila Birling", "Eric Birling",
                           "Gerald Croft", "Edna"],
    "Twelfth Night": ["Viola", "Orsino", "Olivia", "Malvolio", "Sir Toby Belch", "Sir Andrew Aguecheek", "Feste",
                      "Maria", "Sebastian", "Antonio", "Fabian", "Valentine"],
    "Sweeney Todd": ["Sweeney Todd", "Mrs Lovett", "Anthony Hope", "Johanna", "Judge Turpin", "The Beadle",
                     "Tobias Ragg", "Pirelli", "Beggar Woman", "Ensemble", "Ensemble", "Ensemble", "Ensemble",
                     "Ensemble"],
    "Krapp's Last Tape": ["Krapp"],
    "Happy Days": ["Winnie", "Willie"],
    "The Birthday Party": ["Stanley", "Meg", "Petey", "Goldberg", "McCann", "Lulu"],
    "Betrayal": ["Emma", "Jerry", "Robert"],
    "Oleanna": ["John", "Carol"],
    "Girls and Boys": ["Woman"],
    "Constellations": ["Marianne", "Roland"],
    "Lungs": ["W", "M"],
}  # fmt: skip
_CREATIVE_ROLES = ["Director", "Designer", "Lighting Designer", "Sound Designer", "Movement Director",
                   "Musical Director", "Choreographer"]  # fmt: skip
_CREW_ROLES = ["Company Stage Manager", "Deputy Stage Manager", "Assistant Stage Manager", "Wardrobe Supervisor",
               "Production Manager"]  # fmt: skip
_FIRST = ["Alice", "Ben", "Chloe", "Daniel", "Eleanor", "Fraser", "Grace", "Harvey", "Imogen", "Jamal", "Katie",
          "Liam", "Maya", "Nathan", "Olivia", "Patrick", "Rosie", "Samir", "Tessa", "Victor", "Zara", "Owen",
          "Hannah", "Callum", "Priya", "Tom", "Lucy", "Rhys", "Freya", "Joe", "Martha", "Kwame", "Niamh", "Rory",
          "Isla", "Gareth", "Sophie", "Dev", "Bethan", "Jack"]  # fmt: skip
_LAST = ["Abbott", "Bennett", "Carter", "Dawson", "Ellis", "Fletcher", "Gallagher", "Hughes", "Iqbal", "Jennings",
         "Kaur", "Lawson", "Mensah", "Nolan", "Osei", "Parry", "Quinn", "Rowe", "Shah", "Thornton", "Upton", "Vaughan",
         "Whitaker", "Yates", "Barker", "Cross", "Dunne", "Evans", "Finch", "Greaves", "Holt", "Kemp", "Lowe",
         "Marsh", "Nash", "Pickering", "Rees", "Slater", "Tierney", "Walsh", "Ahmed", "Brooks", "Cole",
         "Doyle"]  # fmt: skip
_TOWNS = [("Lancaster", "LA1", 30), ("Morecambe", "LA4", 18), ("Carnforth", "LA5", 6), ("Kendal", "LA9", 8),
          ("Garstang", "PR3", 5), ("Preston", "PR1", 10), ("Heysham", "LA3", 7), ("Lancaster", "LA2", 9),
          ("Kirkby Lonsdale", "LA6", 3), ("Ulverston", "LA12", 2), ("Blackpool", "FY1", 2)]  # fmt: skip
_ARTIST_TOWNS = ["London", "London", "London", "Manchester", "Manchester", "Leeds", "Liverpool", "Lancaster",
                 "Glasgow", "Bristol", "Sheffield", "Newcastle"]  # fmt: skip
_FUNDS = [("Annual Fund", 40), ("Youth Theatre", 20), ("Building Appeal", 15), ("New Writing Fund", 12),
          ("Access Fund", 13)]  # fmt: skip
_MANAGERS = [("Carol Pennington", 5), ("Mohammed Rafiq", 4), ("Siobhan Keane", 3), ("Declan Hurst", 2),
             ("Amy Thwaite", 1)]  # fmt: skip
#: category, weight, severity choices, chance of a refund, involves a booking
_INCIDENTS = [("Late arrival", 14, [1], 0.0, True), ("Medical", 9, [2, 3], 0.0, True),
              ("Disruptive patron", 10, [1, 2, 3], 0.0, True), ("Seat problem", 11, [1], 0.7, True),
              ("Complaint about view", 7, [1], 0.5, True), ("Lost property", 8, [1], 0.0, True),
              ("Trip or fall", 4, [2, 3], 0.2, True), ("Show stop", 3, [2, 3], 0.0, False),
              ("Fire alarm", 2, [3], 0.0, False), ("Heating or cooling fault", 3, [1, 2], 0.0, False)]  # fmt: skip


def _schedule(venue: int, genre: str, first: dt.date, last: dt.date) -> list[tuple]:
    """The showings of one run, in order: (date, time, type)."""
    shows = []
    day = first
    while day <= last:
        weekday = day.weekday()  # Monday 0
        if not (day.month == 12 and day.day in (25, 26)):
            if genre == "Family":
                if weekday != 0:
                    shows.append((day, "13:00" if venue == 1 else "11:00", "M"))
                if weekday in (1, 2, 3, 4, 5) and venue == 1:
                    shows.append((day, "18:00", "E"))
                elif venue == 2 and weekday in (5, 6):
                    shows.append((day, "14:30", "M"))
            elif venue == 1:
                if weekday in (3, 5):
                    shows.append((day, "14:30", "M"))
                if weekday != 6:
                    shows.append((day, "19:30", "E"))
            else:
                if weekday == 5:
                    shows.append((day, "15:00", "M"))
                if weekday in (1, 2, 3, 4, 5):
                    shows.append((day, "19:45", "E"))
        day += dt.timedelta(days=1)
    n_previews = 3 if venue == 1 else 2
    evenings = [i for i, s in enumerate(shows) if s[2] == "E" or (genre == "Family" and venue == 2)]
    press = evenings[n_previews] if len(evenings) > n_previews else n_previews
    out = []
    for i, (day, time, kind) in enumerate(shows):
        if i < press:
            kind = "P"
        elif i == press:
            kind = "N"
        out.append((day, time, kind))
    return out


def _rows(seed: int = 20519) -> dict[str, list[tuple]]:  # noqa: PLR0912, PLR0915 - one generator per table, in order
    rng = random.Random(seed)
    venues = list(_VENUES)
    tiers = [t[:5] for t in _TIERS]
    # productions and performances
    productions, performances = [], []
    cancelled = {(7, 12), (11, 20), (15, 31), (17, 5), (23, 40), (19, 14), (30, 6)}  # (production, show number)
    for pid, p in enumerate(_PRODUCTIONS, 1):
        title, writer, genre, venue, first, last, budget, new, co = p[:9]
        shows = _schedule(venue, genre, dt.date.fromisoformat(first), dt.date.fromisoformat(last))
        press = next(s[0] for s in shows if s[2] == "N")
        n = len(shows)
        access = {}
        later = [i for i in range(n // 3, n) if shows[i][2] in ("E", "M")]
        picks = rng.sample(later, 4)
        access[picks[0]] = "C"
        access[picks[1]] = "A"
        if venue == 1:
            access[picks[2]] = "B"
        if genre == "Family" or rng.random() < 0.3:
            access[picks[3]] = "R"
        for i, (day, time, kind) in enumerate(shows):
            status = "X" if (pid, i + 1) in cancelled else "P"
            performances.append((len(performances) + 1, pid, day.isoformat(), time, kind, access.get(i, "N"), status))
        productions.append((pid, title, writer, genre, venue, first, press.isoformat(), shows[-1][0].isoformat(),
                            budget, new, co))  # fmt: skip
    # patrons: weights give a few heavy regulars, many occasional bookers and some who never book
    patrons = []
    names = rng.sample([(f, s) for f in _FIRST for s in _LAST], 1500)
    weights = []
    for i in range(1, 1501):
        first, last = names[i - 1]
        town, area, _ = rng.choices(_TOWNS, weights=[t[2] for t in _TOWNS])[0]
        postcode = f"{area} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        joined = random_day(rng, dt.date(2022, 1, 1), dt.date(2025, 10, 31))
        if rng.random() < 0.45:
            joined = random_day(rng, dt.date(2022, 1, 1), dt.date(2022, 6, 30))
        domain = rng.choice(["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "hotmail.co.uk"])
        email = f"{first.lower()}.{last.lower()}{rng.randint(1, 99) if rng.random() < 0.4 else ''}@{domain}"
        patrons.append([i, first, last, email, town, postcode, joined, rng.choice("YYYN"),
                        "Y" if rng.random() < 0.35 else "N"])  # fmt: skip
        if i % 9 == 4:
            weights.append(0.0)
        elif i % 97 == 11:
            weights.append(25.0)
        elif i % 23 == 7:
            weights.append(6.0)
        else:
            weights.append(rng.choice([0.5, 1.0, 1.0, 1.5]))
    # memberships: a year at a time, some renewing
    memberships = []
    member_ids = sorted(rng.sample([p[0] for p in patrons if weights[p[0] - 1] > 0 or p[0] % 2 == 0], 330))
    for pid in member_ids:
        tier = rng.choices(_TIERS, weights=[t[5] for t in _TIERS])[0]
        if weights[pid - 1] >= 6:
            tier = rng.choice(_TIERS[:3])
        start = random_day(rng, dt.date(2022, 1, 10), dt.date(2025, 9, 30))
        while start.year <= 2025:  # the membership year ends on 31 December; joiners from October get the next too
            end = dt.date(start.year + (1 if start.month >= 10 else 0), 12, 31)
            if end.year > 2025:
                break
            auto = "Y" if rng.random() < 0.55 else "N"
            memberships.append([pid, tier[0], start, end, tier[2], auto])
            renew = 0.85 if auto == "Y" else 0.35
            if rng.random() > renew:
                break
            start = end + dt.timedelta(days=1 + (0 if auto == "Y" else rng.randint(0, 60)))
            if start.year > 2025:
                break
    for code, name in (("CP", "Lancaster Building Society"), ("CP", "Morecambe Bay Solicitors")):
        pid = next(p[0] for p in patrons if p[0] % 97 == 11 and not any(m[0] == p[0] for m in memberships))
        patrons[pid - 1][1:3] = ["Corporate", name]
        patrons[pid - 1][3] = f"events@{name.split()[0].lower()}.co.uk"
        for year in (2023, 2024, 2025):
            memberships.append([pid, code, dt.date(year, 1, 1), dt.date(year, 12, 31), 1200, "Y"])
    memberships.sort(key=lambda m: (m[2], m[0]))
    by_patron: dict[int, list] = {}
    for m in memberships:
        by_patron.setdefault(m[0], []).append(m)
    discount = {t[0]: t[3] for t in _TIERS}
    # bookings
    bookings = []
    patron_ids = [p[0] for p in patrons]
    for perf in performances:
        pid_prod = perf[1]
        prod = _PRODUCTIONS[pid_prod - 1]
        venue, genre, demand = prod[3], prod[2], prod[10]
        day = dt.date.fromisoformat(perf[2])
        base = (11 if venue == 1 else 4) * demand
        if perf[4] in ("P",):
            base *= 0.7
        if day.weekday() in (4, 5):
            base *= 1.3
        n = max(1, round(rng.gauss(base, base / 4)))
        for _ in range(n):
            booked = max(dt.date(2022, 1, 4), day - dt.timedelta(days=min(150, int(rng.expovariate(1 / 35)))))
            for _ in range(30):  # mostly patrons who already had an account by then
                patron = rng.choices(patron_ids, weights=weights)[0]
                if patrons[patron - 1][6] <= booked:
                    break
            seats = rng.choices([1, 2, 3, 4, 5, 6], weights=[18, 50, 10, 14, 4, 4])[0]
            if genre == "Family":
                seats = rng.choices([2, 3, 4, 5, 6], weights=[15, 25, 35, 15, 10])[0]
            if patrons[patron - 1][1] == "Corporate":
                seats = rng.choice([8, 10, 12, 20])
            if venue == 1:
                price = {"P": 18, "N": 34, "E": 38 if day.weekday() in (4, 5) else 32, "M": 26}[perf[4]]
                price += 6 if genre == "Musical" else 0
                price = 24 if genre == "Family" and perf[4] != "P" else price
            else:
                price = {"P": 10, "N": 16, "E": 16, "M": 14}[perf[4]]
                price = 12 if genre == "Family" else price
            concession = "Y" if perf[4] != "P" and rng.random() < 0.22 else "N"
            pct = 0
            for m in by_patron.get(patron, []):
                if m[2] <= booked <= m[3]:
                    pct = discount[m[1]]
            amount = seats * price * (0.8 if concession == "Y" else 1) * (100 - pct) / 100
            channel = rng.choices("WBT", weights=[64, 21, 15])[0]
            status = "R" if perf[6] == "X" else rng.choices("CXR", weights=[91, 5, 4])[0]
            bookings.append([patron, perf[0], booked, seats, concession, round(amount, 2), channel, status])
    bookings.sort(key=lambda b: (b[2], b[1], b[0]))
    first_seen: dict[int, dt.date] = {}
    for b in bookings:
        first_seen.setdefault(b[0], b[2])
    for m in memberships:
        first_seen[m[0]] = min(first_seen.get(m[0], m[2]), m[2])
    # donations: members and regulars give most; a few large gifts
    donations = []
    donor_pool = [p[0] for p in patrons if p[0] in by_patron or weights[p[0] - 1] >= 6 or p[0] % 9 == 4]
    for _ in range(620):
        pid = rng.choice(donor_pool) if rng.random() < 0.8 else rng.choice(patron_ids)
        day = random_day(rng, dt.date(2022, 1, 5), dt.date(2025, 12, 20))
        if rng.random() < 0.3:
            day = random_day(rng, dt.date(day.year, 11, 20), dt.date(day.year, 12, 20))
        amount = rng.choice([5, 10, 10, 20, 25, 25, 50, 50, 100])
        if rng.random() < 0.06:
            amount = rng.choice([250, 500, 1000, 2500])
        if pid % 97 == 11 and rng.random() < 0.5:
            amount = rng.choice([1000, 5000])
        fund = rng.choices([f[0] for f in _FUNDS], weights=[f[1] for f in _FUNDS])[0]
        if day.year == 2022 and fund == "Building Appeal":
            fund = "Annual Fund"
        gift_aid = patrons[pid - 1][8] if patrons[pid - 1][1] != "Corporate" else "N"
        donations.append([pid, day, amount, fund, gift_aid, "Y" if rng.random() < 0.08 else "N"])
        first_seen[pid] = min(first_seen.get(pid, day), day)
    donations.sort(key=lambda d: (d[1], d[0]))
    for p in patrons:
        p[6] = min(p[6], first_seen.get(p[0], p[6])).isoformat()
    # artists and contracts
    artists = []
    artist_names = rng.sample([(f, s) for f in _FIRST for s in _LAST], 190)
    creatives = [role for role, n in (("Director", 11), ("Designer", 10), ("Lighting Designer", 5),
                                      ("Sound Designer", 5), ("Movement Director", 3), ("Musical Director", 3),
                                      ("Choreographer", 3)) for _ in range(n)]  # fmt: skip
    rng.shuffle(creatives)
    for i in range(1, 191):
        first, last = artist_names[i - 1]
        if i <= 110:
            discipline = "Actor"
        elif i <= 150:
            discipline = creatives[i - 111]
        else:
            discipline = "Stage Manager" if i <= 175 else rng.choice(["Wardrobe Supervisor", "Production Manager"])
        equity = "Y" if discipline == "Actor" and rng.random() < 0.9 or rng.random() < 0.4 else "N"
        artists.append((i, first, last, discipline, equity, rng.choice(_ARTIST_TOWNS)))
    actors = [a for a in artists if a[3] == "Actor"]
    actor_weights = [12 if a[0] % 17 == 3 else (0 if a[0] % 11 == 5 else 1) for a in actors]
    contracts = []
    for pid, prod in enumerate(productions, 1):
        title, venue, genre = prod[1], prod[4], prod[3]
        first = dt.date.fromisoformat(prod[5])
        last = dt.date.fromisoformat(prod[7])
        rehearsal = first - dt.timedelta(weeks=4 if venue == 1 else 3)
        weeks = (last - rehearsal).days // 7 + 1
        size = _PRODUCTIONS[pid - 1][9]
        roles = _CHARACTERS.get(title) or [f"Role {k}" for k in range(1, size + 1)]
        if genre == "Family" and title not in _CHARACTERS:
            roles = ["Lead", "Dame" if venue == 1 else "Storyteller", "Villain", "Ensemble"][:size] + ["Ensemble"] * (
                size - 4
            )
        cast: list[tuple] = []
        while len(cast) < size:
            actor = rng.choices(actors, weights=actor_weights)[0]
            if actor not in cast:
                cast.append(actor)
        for actor, role in zip(cast, roles[:size], strict=True):
            fee = rng.choice([650, 700, 750, 800, 900]) if venue == 1 else rng.choice([600, 650, 700])
            if role in roles[:2] and venue == 1:
                fee += 250
            status = "T" if rng.random() < 0.03 else "S"
            contracts.append((actor[0], pid, role, "C", fee, weeks, rehearsal.isoformat(), status))
        creative = ["Director", "Designer", "Lighting Designer", "Sound Designer"]
        if genre == "Musical":
            creative += ["Musical Director", "Choreographer"]
        elif venue == 1 and rng.random() < 0.5:
            creative.append("Movement Director")
        if venue == 2:
            creative = creative[:3]
        for role in creative:
            pool = [a for a in artists if a[3] == role]
            person = rng.choice(pool[:4] if len(pool) > 4 else pool)
            start = rehearsal - dt.timedelta(weeks=8 if role in ("Director", "Designer") else 1)
            length = (last - start).days // 7 + 1 if role == "Director" else rng.randint(4, 8)
            fee = {"Director": 1100, "Designer": 850}.get(role, 600) + (150 if venue == 1 else 0)
            start = max(start, dt.date(2022, 1, 4))
            contracts.append((person[0], pid, role, "R", fee, length, start.isoformat(), "S"))
        crew = _CREW_ROLES[:3] if venue == 1 else _CREW_ROLES[1:3]
        if venue == 1 and rng.random() < 0.6:
            crew = [*crew, "Wardrobe Supervisor"]
        for role in crew:
            discipline = role if role in ("Wardrobe Supervisor", "Production Manager") else "Stage Manager"
            pool = [a for a in artists if a[3] == discipline]
            person = rng.choice(pool[: max(3, len(pool) - 6)])
            while any(c[0] == person[0] and c[1] == pid for c in contracts):
                person = rng.choice(pool)
            fee = {"Company Stage Manager": 820, "Deputy Stage Manager": 720, "Assistant Stage Manager": 620,
                   "Wardrobe Supervisor": 680}[role]  # fmt: skip
            start = rehearsal - dt.timedelta(weeks=1)
            contracts.append((person[0], pid, role, "S", fee, weeks + 1, start.isoformat(), "S"))
    contracts = [(i, *c) for i, c in enumerate(contracts, 1)]
    # incidents: busier and family shows get more
    incidents = []
    played = [p for p in performances if p[6] == "P"]
    perf_weights = [(2.5 if _PRODUCTIONS[p[1] - 1][2] == "Family" else 1) * (1.5 if _PRODUCTIONS[p[1] - 1][3] == 1
                                                                               else 0.5) for p in played]  # fmt: skip
    bookings_by_perf: dict[int, list[int]] = {}
    for n, b in enumerate(bookings, 1):
        if b[7] == "C":
            bookings_by_perf.setdefault(b[1], []).append(n)
    while len(incidents) < 170:
        perf = rng.choices(played, weights=perf_weights)[0]
        category, _, severities, refund_chance, with_booking = rng.choices(
            _INCIDENTS, weights=[c[1] for c in _INCIDENTS]
        )[0]
        booking = None
        if with_booking:
            if perf[0] not in bookings_by_perf:
                continue
            booking = rng.choice(bookings_by_perf[perf[0]])
        refund = "Y" if rng.random() < refund_chance else "N"
        amount = 0
        if refund == "Y" and booking is not None:
            amount = round(bookings[booking - 1][5] * rng.choice([0.5, 1.0, 1.0]), 2)
        manager = rng.choices([m[0] for m in _MANAGERS], weights=[m[1] for m in _MANAGERS])[0]
        incidents.append([perf[0], booking, category, rng.choice(severities), manager, refund, amount])
    incidents.sort(key=lambda r: (r[0], r[2]))
    return {
        "venues": venues,
        "productions": productions,
        "performances": performances,
        "patrons": [tuple(p) for p in patrons],
        "membership_tiers": tiers,
        "memberships": [(i, m[0], m[1], m[2].isoformat(), m[3].isoformat(), m[4], m[5])
                        for i, m in enumerate(memberships, 1)],
        "bookings": [(i, b[0], b[1], b[2].isoformat(), *b[3:]) for i, b in enumerate(bookings, 1)],
        "donations": [(i, d[0], d[1].isoformat(), *d[2:]) for i, d in enumerate(donations, 1)],
        "artists": artists,
        "contracts": contracts,
        "incidents": [(i, *r) for i, r in enumerate(incidents, 1)],
    }  # fmt: skip


def build_theatre_database(path: str | Path) -> Path:
    """Write the theatre company's database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
