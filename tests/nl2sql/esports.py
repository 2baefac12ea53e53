"""A made-up amateur esports league, written by someone who had not seen the engine's rules: the ``esports`` dev
set's database, with terse abbreviated names throughout.

Eleven tables with foreign keys. ``ctry`` is a lookup of countries: a two-letter ``ctry_cd``, the ``ctry_nm`` and
the ``rgn`` (Europe, North America, South America, Asia-Pacific). ``gm`` holds the game titles the league runs: the
``gm_nm``, its genre ``gnr``, the publisher ``pblshr`` and ``tm_sz``, how many players a side fields. ``tm`` holds
the teams: ``tm_nm``, a short ``tm_tag``, the home country ``ctry_cd``, home city ``hm_cty``, the founding date
``fnd_dt``, ``dsbnd_dt`` (when a team folded, empty otherwise) and ``actv_flg`` 'Y'/'N'. ``plyr`` holds the players:
the in-game handle ``plyr_hndl``, first and last name, ``ctry_cd``, the team ``tm_id`` (empty for a free agent), the
game ``gm_id`` they play for it, a role code ``rl_cd`` (IGL in-game leader, ENT entry fragger, SUP support, SNP
sniper/AWPer, FLX flex, SUB substitute), ``jn_dt`` when they joined the league, ``brth_yr`` and ``actv_flg``.
``trn`` holds the tournaments: ``trn_nm``, the game, ``strt_dt`` and ``end_dt``, ``fmt_cd`` 'LAN' (in person) or
'ONL' (online), the prize pool ``prz_pool``, the per-team entry fee ``ent_fee`` and ``trn_sts`` 'C' completed, 'X'
cancelled or 'U' upcoming. ``mtch`` holds the bracket matches: the tournament, a round code ``rnd_cd`` (R16 round of
sixteen, QF quarter-final, SF semi-final, GF grand final), the two sides ``tm1_id`` and ``tm2_id``, ``mtch_dt``, the
series length ``bo`` (best of 1, 3 or 5), the maps each side won ``tm1_scr`` and ``tm2_scr`` (empty for a forfeit
or a scheduled match), the winner ``wnr_id`` (empty while scheduled) and a status code ``sts_cd``. ``mtch_sts`` is
the lookup of those status codes (F played, W forfeit, D disputed, S scheduled). ``mtch_plyr_stt`` holds one row per
player per played match: the player, the team they played for, kills
``kls``, deaths ``dths``, assists ``asts`` and ``mvp_flg`` 'Y'/'N'. ``prz`` holds the prize payouts of completed
tournaments: the team, its placing ``plcmnt``, ``prz_amt`` in dollars, ``pd_flg`` 'Y'/'N' and the payment date
``pd_dt``. ``spnsr`` holds the sponsors (``spnsr_nm``, industry ``ind``, ``ctry_cd``) and ``spnsr_dl`` their
sponsorship deals with teams: a deal type ``dl_typ`` (JRS jersey patch, HWR hardware, APP apparel, STR streaming,
VEN venue), ``strt_dt``, ``end_dt`` (empty for a rolling deal) and the deal's value ``dl_amt``.

Rows come from a fixed seed, so every build holds the same rows. A few strong teams win most of the brackets and a
few star players rack up most of the kills; some teams never entered a tournament, some players (free agents, the
Dota 2 roster, late joiners) never played a match and some sponsors have no deals.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_esports_database(pathlib.Path(tempfile.mkdtemp()) / "esports.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM tm").fetchone()
    (40,)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_esports_database"]

_SCHEMA = """
CREATE TABLE ctry (
    ctry_cd TEXT PRIMARY KEY, ctry_nm TEXT NOT NULL, rgn TEXT NOT NULL
);
CREATE TABLE gm (
    gm_id INTEGER PRIMARY KEY, gm_nm TEXT NOT NULL, gnr TEXT NOT NULL, pblshr TEXT NOT NULL, tm_sz INTEGER NOT NULL
);
CREATE TABLE tm (
    tm_id INTEGER PRIMARY KEY, tm_nm TEXT NOT NULL, tm_tag TEXT NOT NULL,
    ctry_cd TEXT NOT NULL REFERENCES ctry (ctry_cd), hm_cty TEXT NOT NULL, fnd_dt DATE NOT NULL, dsbnd_dt DATE,
    actv_flg TEXT NOT NULL
);
CREATE TABLE plyr (
    plyr_id INTEGER PRIMARY KEY, plyr_hndl TEXT NOT NULL, frst_nm TEXT NOT NULL, lst_nm TEXT NOT NULL,
    ctry_cd TEXT NOT NULL REFERENCES ctry (ctry_cd), tm_id INTEGER REFERENCES tm (tm_id),
    gm_id INTEGER NOT NULL REFERENCES gm (gm_id), rl_cd TEXT NOT NULL, jn_dt DATE NOT NULL, brth_yr INTEGER NOT NULL,
    actv_flg TEXT NOT NULL
);
CREATE TABLE trn (
    trn_id INTEGER PRIMARY KEY, trn_nm TEXT NOT NULL, gm_id INTEGER NOT NULL REFERENCES gm (gm_id),
    strt_dt DATE NOT NULL, end_dt DATE NOT NULL, fmt_cd TEXT NOT NULL, prz_pool NUMERIC NOT NULL,
    ent_fee NUMERIC NOT NULL, trn_sts TEXT NOT NULL
);
CREATE TABLE mtch_sts (
    sts_cd TEXT PRIMARY KEY, sts_desc TEXT NOT NULL
);
CREATE TABLE mtch (
    mtch_id INTEGER PRIMARY KEY, trn_id INTEGER NOT NULL REFERENCES trn (trn_id), rnd_cd TEXT NOT NULL,
    tm1_id INTEGER NOT NULL REFERENCES tm (tm_id), tm2_id INTEGER NOT NULL REFERENCES tm (tm_id),
    mtch_dt DATE NOT NULL, bo INTEGER NOT NULL, tm1_scr INTEGER, tm2_scr INTEGER, wnr_id INTEGER REFERENCES tm (tm_id),
    sts_cd TEXT NOT NULL REFERENCES mtch_sts (sts_cd)
);
CREATE TABLE mtch_plyr_stt (
    mps_id INTEGER PRIMARY KEY, mtch_id INTEGER NOT NULL REFERENCES mtch (mtch_id),
    plyr_id INTEGER NOT NULL REFERENCES plyr (plyr_id), tm_id INTEGER NOT NULL REFERENCES tm (tm_id),
    kls INTEGER NOT NULL, dths INTEGER NOT NULL, asts INTEGER NOT NULL, mvp_flg TEXT NOT NULL
);
CREATE TABLE prz (
    prz_id INTEGER PRIMARY KEY, trn_id INTEGER NOT NULL REFERENCES trn (trn_id),
    tm_id INTEGER NOT NULL REFERENCES tm (tm_id), plcmnt INTEGER NOT NULL, prz_amt NUMERIC NOT NULL,
    pd_flg TEXT NOT NULL, pd_dt DATE
);
CREATE TABLE spnsr (
    spnsr_id INTEGER PRIMARY KEY, spnsr_nm TEXT NOT NULL, ind TEXT NOT NULL,
    ctry_cd TEXT NOT NULL REFERENCES ctry (ctry_cd)
);
CREATE TABLE spnsr_dl (
    dl_id INTEGER PRIMARY KEY, spnsr_id INTEGER NOT NULL REFERENCES spnsr (spnsr_id),
    tm_id INTEGER NOT NULL REFERENCES tm (tm_id), dl_typ TEXT NOT NULL, strt_dt DATE NOT NULL, end_dt DATE,
    dl_amt NUMERIC NOT NULL
);
"""

#: code, name, region, weight as a team's home, weight as a player's country
_COUNTRIES = [
    ("US", "United States", "North America", 9, 20), ("CA", "Canada", "North America", 4, 8),
    ("GB", "United Kingdom", "Europe", 8, 14), ("IE", "Ireland", "Europe", 2, 3), ("DE", "Germany", "Europe", 5, 10),
    ("FR", "France", "Europe", 3, 7), ("SE", "Sweden", "Europe", 2, 6), ("DK", "Denmark", "Europe", 1, 5),
    ("PL", "Poland", "Europe", 2, 6), ("NL", "Netherlands", "Europe", 2, 4), ("ES", "Spain", "Europe", 1, 4),
    ("FI", "Finland", "Europe", 1, 3), ("BR", "Brazil", "South America", 0, 5),
    ("KR", "South Korea", "Asia-Pacific", 0, 3),
    ("AU", "Australia", "Asia-Pacific", 0, 2), ("JP", "Japan", "Asia-Pacific", 0, 0),
]  # fmt: skip
_CITIES = {
    "US": ["Austin", "Columbus", "Denver", "Portland", "Raleigh", "Sacramento"],
    "CA": ["Toronto", "Calgary", "Halifax"],
    "GB": ["Manchester", "Leeds", "Bristol", "Glasgow", "Cardiff"], "IE": ["Dublin", "Cork"],
    "DE": ["Hamburg", "Cologne", "Leipzig"], "FR": ["Lyon", "Lille"], "SE": ["Malmo", "Uppsala"], "DK": ["Aarhus"],
    "PL": ["Krakow", "Wroclaw"], "NL": ["Utrecht", "Eindhoven"], "ES": ["Valencia"], "FI": ["Tampere"],
}  # fmt: skip
#: name, genre, publisher, team size, base team kills per map, rosters in the league
_GAMES = [
    ("Valorant", "Tactical shooter", "Riot Games", 5, 64, 20),
    ("Counter-Strike 2", "Tactical shooter", "Valve", 5, 78, 18),
    ("League of Legends", "MOBA", "Riot Games", 5, 18, 12),
    ("Rainbow Six Siege", "Tactical shooter", "Ubisoft", 5, 34, 10),
    ("Overwatch 2", "Hero shooter", "Blizzard", 5, 58, 9),
    ("Dota 2", "MOBA", "Valve", 5, 30, 3),
]
_TEAMS = [
    ("Night Owls", "NOWL"), ("Copper Foxes", "CPFX"), ("Static Pulse", "STPL"), ("Riverside Rebels", "RVRB"),
    ("Ghost Protocol", "GHST"), ("Iron Lanterns", "IRLN"), ("Velvet Thunder", "VLVT"), ("Basement Kings", "BSMK"),
    ("Lucky Comets", "LKCM"), ("Northbound", "NRTH"), ("Paper Tigers", "PPRT"), ("Crimson Tide Gaming", "CTG"),
    ("Salt Factory", "SALT"), ("Midnight Ravens", "MRVN"), ("Tilted Towers", "TILT"), ("Blue Harbor", "BLHB"),
    ("Kinetic Esports", "KNTC"), ("Pixel Pirates", "PXPR"), ("Hollow Point", "HLPT"), ("Frostbyte", "FRST"),
    ("Second Wind", "SCWD"), ("Orbit Gaming", "ORBT"), ("Wildcard Academy", "WLDC"), ("Last Light", "LSTL"),
    ("Urban Legends", "URBL"), ("Quiet Storm", "QTST"), ("Redline Collective", "RDLN"), ("Neon Wolves", "NNWV"),
    ("Grey Area", "GRYA"), ("Chalk Outline", "CHLK"), ("Steel City Squad", "SCSQ"), ("Moonshot", "MNSH"),
    ("Overtime Club", "OVTC"), ("Lowkey Legends", "LWKY"), ("Vanguard Six", "VGSX"), ("Brick Wall", "BRWL"),
    ("Sunset Syndicate", "SNST"), ("Echo Valley", "ECHV"), ("Fifth Gear", "FFGR"), ("Dark Horse Esports", "DKHS"),
]  # fmt: skip
_FIRST = ["Alex", "Ben", "Chris", "Daniel", "Eli", "Finn", "Gabe", "Hugo", "Ivan", "Jonas", "Kyle", "Leon", "Marco",
          "Nate", "Owen", "Pavel", "Quinn", "Ryan", "Sam", "Tomas", "Victor", "Will", "Yuki", "Zach", "Aidan", "Bruno",
          "Caleb", "Dylan", "Emil", "Felix", "Jake", "Lukas", "Mateo", "Noah", "Oskar", "Rafael", "Simon", "Theo",
          "Emma", "Sofia", "Mia", "Nina", "Lena", "Chloe", "Hana", "Julia", "Maja", "Ines"]  # fmt: skip
_LAST = ["Anderson", "Baker", "Costa", "Dubois", "Eriksson", "Fischer", "Garcia", "Hansen", "Ivanov", "Jensen",
         "Kowalski", "Larsen", "Martin", "Nowak", "OBrien", "Petersen", "Quinlan", "Rossi", "Schmidt", "Taylor",
         "Walsh", "Young", "Zielinski", "Murphy", "Lindqvist", "Novak", "Reyes", "Silva", "Kim", "Park", "Virtanen",
         "Becker", "Moreau", "Clarke", "Bauer", "Wright", "Doyle", "Hughes", "Vogel", "Santos"]  # fmt: skip
_HANDLE_ROOTS = ["frost", "nova", "blitz", "vex", "kilo", "sly", "dusk", "pyro", "echo", "zeph", "lynx", "onyx",
                 "raze", "fuzz", "mako", "juno", "koda", "nyx", "bolt", "rook", "jinx", "tango", "vortex", "glitch",
                 "havoc", "wisp", "ember", "crux", "flick", "mantis", "quill", "sable", "tempo", "oni", "drift",
                 "spade", "hex", "kairo", "lumen", "marlo", "pixl", "riff", "shade", "taz", "vanta", "yeti", "zinc",
                 "axel", "brisk", "clutch", "dex", "fang", "grim", "hush", "ion", "jolt", "kite", "loop",
                 "mojo"]  # fmt: skip
_HANDLE_FORMS = ["{r}", "{r}gg", "x{r}", "{r}x", "{r}_", "{r}99", "{r}7", "{r}tv", "{R}Z", "its{R}", "{r}ie"]
_ROLES_5 = ["IGL", "ENT", "SUP", "FLX", "SNP"]
_SERIES = {
    1: ["Spike Rush Series", "Radiant Road", "Plant and Defuse Cup"],
    2: ["Frag Night Open", "Dust Up Cup", "Eco Round Classic"],
    3: ["Rift Rumble", "Baron Bash"],
    4: ["Breach Cup", "Hard Breach Open"],
    5: ["Payload Pushers Cup"],
}
#: per year, per game: how many tournaments
_PER_YEAR = {1: 3, 2: 3, 3: 2, 4: 2, 5: 1}
_STATUSES = [("F", "Played"), ("W", "Forfeit"), ("D", "Disputed"), ("S", "Scheduled")]
#: name, industry, country, weight of getting deals (0 = none)
_SPONSORS = [
    ("Byte Energy", "Energy drinks", "US", 8), ("Pixel Pizza Co", "Food and drink", "US", 4),
    ("HyperCore PCs", "PC hardware", "DE", 7), ("Lumen Monitors", "PC hardware", "NL", 3),
    ("Griptape Mice", "Peripherals", "SE", 5), ("Northside Credit Union", "Finance", "CA", 2),
    ("Fiberlink Broadband", "Telecoms", "GB", 4), ("Stitchworks Apparel", "Apparel", "GB", 3),
    ("Rapid Courier", "Logistics", "DE", 1), ("Cloud Nine Chairs", "Furniture", "PL", 3),
    ("Volt Cola", "Energy drinks", "GB", 5), ("Checkpoint Bar", "Hospitality", "IE", 2),
    ("StreamForge", "Streaming", "US", 3), ("Kraken Headsets", "Peripherals", "DK", 4),
    ("Maple Leaf Insurance", "Finance", "CA", 0), ("Orbital VPN", "Software", "FI", 2),
    ("Brightside Dental", "Healthcare", "US", 0), ("Sprout Meal Kits", "Food and drink", "NL", 1),
    ("Arcadia LAN Centre", "Hospitality", "GB", 2), ("Tessellate Studios", "Media", "FR", 0),
]  # fmt: skip
_DEAL_TYPES = [("JRS", 8, 1500), ("HWR", 5, 2500), ("APP", 3, 1200), ("STR", 3, 1800), ("VEN", 2, 900)]
_TODAY = dt.date(2025, 10, 15)


def _rows(seed: int = 4417) -> dict[str, list[tuple]]:  # noqa: C901, PLR0912, PLR0915 - one generator per table
    rng = random.Random(seed)
    countries = [c[:3] for c in _COUNTRIES]
    games = [(i, *g[:4]) for i, g in enumerate(_GAMES, 1)]
    home_codes = [c[0] for c in _COUNTRIES if c[3]]
    home_weights = [c[3] for c in _COUNTRIES if c[3]]
    teams = []
    strength = {}
    for i, (name, tag) in enumerate(_TEAMS, 1):
        code = rng.choices(home_codes, weights=home_weights)[0]
        city = rng.choice(_CITIES[code])
        if i <= 30:
            founded = random_day(rng, dt.date(2019, 3, 1), dt.date(2022, 1, 31))
        elif i <= 36:
            founded = random_day(rng, dt.date(2022, 2, 1), dt.date(2024, 12, 31))
        else:
            founded = random_day(rng, dt.date(2025, 3, 1), dt.date(2025, 9, 30))
        disbanded = None
        if i in (7, 15, 22, 27):
            disbanded = random_day(rng, dt.date(2023, 6, 1), dt.date(2024, 11, 30)).isoformat()
        strength[i] = rng.lognormvariate(0, 0.45) * (2.6 if i in (3, 9, 14) else 1.0)
        teams.append((i, name, tag, code, city, founded.isoformat(), disbanded, "N" if disbanded else "Y"))
    # rosters: each game's slots go to distinct teams; some teams field several games
    rosters = []  # (team, game)
    for game_id, game in enumerate(_GAMES, 1):
        pool = list(range(1, 41))
        if game_id == 6:
            pool = [5, 18, 31]
        chosen = rng.sample(pool, game[5]) if game_id != 6 else pool
        rosters += [(t, game_id) for t in sorted(chosen)]
    # make sure the strong teams play Valorant and Counter-Strike
    for t in (3, 9, 14):
        for g in (1, 2):
            if (t, g) not in rosters:
                drop = next(r for r in rosters if r[1] == g and r[0] not in (3, 9, 14))
                rosters[rosters.index(drop)] = (t, g)
    rosters.sort(key=lambda r: (r[1], r[0]))
    handles = rng.sample(
        list(dict.fromkeys(f.format(r=r, R=r.capitalize()) for r in _HANDLE_ROOTS for f in _HANDLE_FORMS)), 520
    )
    player_codes = [c[0] for c in _COUNTRIES]
    player_weights = [c[4] for c in _COUNTRIES]
    players = []
    skill = {}
    roster_players = {}
    team_country = {t[0]: t[3] for t in teams}
    for team_id, game_id in rosters:
        size = rng.choices([5, 6, 7], weights=[5, 4, 1])[0]
        founded = dt.date.fromisoformat(teams[team_id - 1][5])
        ids = []
        for slot in range(size):
            pid = len(players) + 1
            code = team_country[team_id] if rng.random() < 0.6 else rng.choices(player_codes, player_weights)[0]
            role = _ROLES_5[slot] if slot < 5 else "SUB"
            if game_id in (3, 6):
                role = ["IGL", "ENT", "FLX", "SUP", "SUP"][slot] if slot < 5 else "SUB"
            joined = max(founded, dt.date(2022, 1, 1))
            if slot >= 5:
                joined += dt.timedelta(days=rng.randrange(0, 120))
            if slot >= 5 and rng.random() < 0.4:
                joined = random_day(rng, dt.date(2025, 1, 1), dt.date(2025, 9, 30))
            active = "N" if teams[team_id - 1][6] else "Y"
            players.append((pid, handles[pid - 1], rng.choice(_FIRST), rng.choice(_LAST), code, team_id, game_id,
                            role, joined.isoformat(), rng.randint(1994, 2008), active))  # fmt: skip
            skill[pid] = rng.lognormvariate(0, 0.25) * (1.9 if pid % 29 == 11 else 1.0)
            ids.append(pid)
        roster_players[(team_id, game_id)] = ids
    for _ in range(24):  # free agents: never on a team, never played
        pid = len(players) + 1
        players.append((pid, handles[pid - 1], rng.choice(_FIRST), rng.choice(_LAST),
                        rng.choices(player_codes, player_weights)[0], None, rng.randint(1, 5),
                        rng.choice(_ROLES_5), random_day(rng, dt.date(2022, 1, 1), dt.date(2025, 9, 30)).isoformat(),
                        rng.randint(1994, 2008), "Y" if rng.random() < 0.7 else "N"))  # fmt: skip
    # tournaments
    tournaments = []
    seasons = [("Winter", 1, 2), ("Spring", 3, 5), ("Summer", 6, 8), ("Autumn", 9, 11)]
    for year in range(2022, 2026):
        for game_id, count in _PER_YEAR.items():
            picks = sorted(rng.sample(range(4), count)) if count < 4 else list(range(4))
            for n, season_i in enumerate(picks):
                season, m_from, m_to = seasons[season_i]
                series = _SERIES[game_id][(year + n) % len(_SERIES[game_id])]
                start = random_day(rng, dt.date(year, m_from, 1), dt.date(year, m_to, 20))
                lan = rng.random() < 0.3
                end = start + dt.timedelta(days=rng.randint(1, 2) if lan else rng.randint(10, 24))
                pool = rng.choice([500, 1000, 1500, 2000, 2500, 3000, 5000]) if game_id != 5 else rng.choice([0, 500])
                if lan:
                    pool = pool + 2000
                fee = rng.choice([0, 0, 25, 50, 75, 100])
                tournaments.append([0, f"{series} {season} {year}", game_id, start, end, "LAN" if lan else "ONL",
                                    pool, fee, "C"])  # fmt: skip
    tournaments.sort(key=lambda t: (t[3], t[2]))
    for i, t in enumerate(tournaments, 1):
        t[0] = i
        if t[3] > _TODAY:
            t[8] = "U"
    tournaments[9][8] = "X"
    tournaments[30][8] = "X"
    # matches and player stats
    matches, stats, prizes = [], [], []
    stake = {1: 64, 2: 78, 3: 18, 4: 34, 5: 58}
    for t in tournaments:
        tid, _, game_id, start, end, _, pool, _, status = t
        if status == "X":
            continue
        eligible = [r[0] for r in rosters if r[1] == game_id and teams[r[0] - 1][5] <= start.isoformat()
                    and (teams[r[0] - 1][6] is None or teams[r[0] - 1][6] > start.isoformat())]  # fmt: skip
        size = 16 if game_id in (1, 2) and len(eligible) >= 16 and rng.random() < 0.5 else 8
        if len(eligible) < size:
            size = 4
        weights = [strength[e] ** 0.5 * (1.5 if e % 4 == 1 else 1) for e in eligible]
        entrants = []
        while len(entrants) < size:
            e = rng.choices(eligible, weights=weights)[0]
            if e not in entrants:
                entrants.append(e)
        rounds = ["R16", "QF", "SF", "GF"][-{16: 4, 8: 3, 4: 2}[size] :]
        span = (end - start).days
        alive = entrants
        losers = {}
        for r_i, rnd in enumerate(rounds):
            day_from = start + dt.timedelta(days=span * r_i // len(rounds))
            day_to = start + dt.timedelta(days=span * (r_i + 1) // len(rounds))
            winners = []
            for a, b in zip(alive[0::2], alive[1::2], strict=True):
                day = random_day(rng, day_from, day_to)
                mid = len(matches) + 1
                bo = 5 if rnd == "GF" and rng.random() < 0.5 else (1 if game_id == 3 and r_i == 0 else 3)
                if status == "U":
                    matches.append((mid, tid, rnd, a, b, day.isoformat(), bo, None, None, None, "S"))
                    continue
                p_a = strength[a] / (strength[a] + strength[b])
                winner = a if rng.random() < p_a else b
                loser = b if winner == a else a
                need = bo // 2 + 1
                lost_maps = rng.choices(range(need), weights=[3, 2, 1][:need])[0] if bo > 1 else 0
                if rng.random() < 0.03:
                    matches.append((mid, tid, rnd, a, b, day.isoformat(), bo, None, None, winner, "W"))
                else:
                    sts = "D" if rng.random() < 0.02 else "F"
                    s_a, s_b = (need, lost_maps) if winner == a else (lost_maps, need)
                    matches.append((mid, tid, rnd, a, b, day.isoformat(), bo, s_a, s_b, winner, sts))
                    maps = need + lost_maps
                    team_kills = {}
                    for side in (a, b):
                        base = stake[game_id] * maps * (1.08 if side == winner else 0.9)
                        team_kills[side] = max(5, round(rng.gauss(base, base * 0.08)))
                    for side, other in ((a, b), (b, a)):
                        squad = [p for p in roster_players[(side, game_id)]
                                 if players[p - 1][8] <= day.isoformat()]  # fmt: skip
                        starters = [p for p in squad if players[p - 1][7] != "SUB"]
                        subs = [p for p in squad if players[p - 1][7] == "SUB"]
                        if subs and rng.random() < 0.15:
                            starters[rng.randrange(len(starters))] = rng.choice(subs)
                        starters = starters[:5]
                        w = [skill[p] * rng.uniform(0.6, 1.4) for p in starters]
                        kills = [round(team_kills[side] * x / sum(w)) for x in w]
                        dw = [rng.uniform(0.7, 1.3) for _ in starters]
                        deaths = [round(team_kills[other] * x / sum(dw)) for x in dw]
                        best = max(range(len(starters)), key=lambda k: (kills[k], -starters[k]))
                        for k, p in enumerate(starters):
                            assists = round(kills[k] * rng.uniform(0.25, 0.7) + (4 if players[p - 1][7] == "SUP"
                                                                               else 0) * maps)  # fmt: skip
                            mvp = "Y" if side == winner and k == best else "N"
                            stats.append((len(stats) + 1, mid, p, side, kills[k], deaths[k], assists, mvp))
                winners.append(winner)
                losers[loser] = rnd
            alive = winners
            if status == "U":
                break
        if status != "C" or pool == 0:
            continue
        champion = alive[0]
        finalist = next(t_ for t_, r in losers.items() if r == "GF")
        semis = sorted((t_ for t_, r in losers.items() if r == "SF"), key=lambda x: -strength[x])
        quarters = sorted((t_ for t_, r in losers.items() if r == "QF"), key=lambda x: -strength[x])
        if size == 8:
            split = [(champion, 1, 0.5), (finalist, 2, 0.3)] + [(s, 3, 0.1) for s in semis]
        else:
            split = (
                [(champion, 1, 0.45), (finalist, 2, 0.25)]
                + [(s, 3, 0.1) for s in semis]
                + [(q, 5, 0.025) for q in quarters]
            )
        for team_id, place, share in split:
            paid = end + dt.timedelta(days=rng.randint(7, 45))
            flag = "Y"
            if paid > _TODAY or rng.random() < 0.04:
                flag, paid = "N", None
            prizes.append((len(prizes) + 1, tid, team_id, place, round(pool * share, 2), flag,
                           paid.isoformat() if paid else None))  # fmt: skip
    tournaments = [(t[0], t[1], t[2], t[3].isoformat(), t[4].isoformat(), *t[5:]) for t in tournaments]
    # sponsors and deals: winners attract more deals
    sponsors = [(i, *s[:3]) for i, s in enumerate(_SPONSORS, 1)]
    titles = {}
    for p in prizes:
        titles[p[2]] = titles.get(p[2], 0) + p[4]
    deals = []
    deal_team_weights = [(1 + titles.get(t[0], 0) / 1500) * (0 if t[0] in (12, 25, 33, 38) else 1) for t in teams]
    while len(deals) < 64:
        spn = rng.choices(sponsors, weights=[s[3] for s in _SPONSORS])[0]
        team = rng.choices(teams, weights=deal_team_weights)[0]
        kind, _, base = rng.choices(_DEAL_TYPES, weights=[d[1] for d in _DEAL_TYPES])[0]
        begin = max(dt.date.fromisoformat(team[5]), dt.date(2022, 1, 1))
        start = random_day(rng, begin, dt.date(2025, 10, 10))
        months = rng.choice([6, 12, 12, 24, None])
        finish = None if months is None else start + dt.timedelta(days=months * 30)
        if team[6] and (finish is None or finish.isoformat() > team[6]):
            if start.isoformat() >= team[6]:
                continue
            finish = dt.date.fromisoformat(team[6])
        amount = round(base * rng.uniform(0.5, 2.5) * (1 + titles.get(team[0], 0) / 20000) / 50) * 50
        deals.append((0, spn[0], team[0], kind, start.isoformat(), finish.isoformat() if finish else None, amount))
    deals.sort(key=lambda d: (d[4], d[1]))
    deals = [(i, *d[1:]) for i, d in enumerate(deals, 1)]
    return {"ctry": countries, "gm": games, "tm": teams, "plyr": players, "trn": tournaments,
            "mtch_sts": _STATUSES, "mtch": matches, "mtch_plyr_stt": stats, "prz": prizes, "spnsr": sponsors,
            "spnsr_dl": deals}  # fmt: skip


def build_esports_database(path: str | Path) -> Path:
    """Write the esports league's database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
