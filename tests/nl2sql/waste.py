"""A made-up borough council's waste and recycling service, written by someone who had not seen the engine's rules:
the ``waste`` dev set's database.

Eleven tables with foreign keys, named as in a real council system (some plain, some terse):

``depots``
    Council waste sites: ``depot_cd``, ``depot_nm``, ``street``, ``hwrc`` (1 = a household waste recycling centre
    open to the public, the "tip"), ``actv`` ('Y' open, 'N' closed) and ``clsd_dt`` (closure date, else NULL).
    Chapel Fold HWRC closed at the end of September 2024; Northgate Depot only bases crews and vehicles.
``vehicles``
    The fleet: ``reg_no``, ``make``, ``model``, ``veh_typ`` ('RCV' refuse collection vehicle, 'NRR' narrow-access
    RCV, 'FDV' food waste vehicle, 'CAG' caged tipper used for bulky items and fly-tipping), ``fuel`` ('D' diesel,
    'E' electric, 'H' HVO biofuel), ``payload_kg``, ``depot_id`` (home depot), ``acq_dt`` (date acquired) and
    ``sts`` ('A' in service, 'W' off the road in the workshop, 'D' disposed of / sold).
``crews``
    Collection crews: ``crew_cd``, ``lead_nm`` (the crew leader / driver), ``depot_id``, ``crew_sz`` (people on the
    crew) and ``sts`` ('A' active, 'X' disbanded). RLF is the relief crew that covers absences.
``rounds``
    Collection rounds: ``round_cd``, ``round_nm``, ``strm`` (waste stream: 'RES' residual / general rubbish in the
    grey bin, 'REC' dry recycling in the blue bin, 'FD' food waste caddy, 'GRN' garden waste brown bin, a paid
    subscription), ``coll_day`` ('MON'..'FRI'), ``freq`` ('W' weekly, 'F' fortnightly), ``crew_id`` and ``veh_id``
    (the usual crew and vehicle), ``depot_id``, ``start_dt``, ``end_dt`` (NULL while running) and ``actv`` ('Y'/'N').
    Food waste collections began in April 2024; garden waste is collected March to November only; the Friday
    Refuse 2 round was merged into Friday Refuse 1 at the end of June 2024.
``prop``
    Properties (households) from the address gazetteer: ``uprn`` (unique property reference number), ``hse_no``,
    ``street``, ``postcode``, ``ward_cd`` (the electoral ward: 'ABB' Abbey, 'STJ' St John's, 'BRH' Brookhouse,
    'CST' Castle, 'HLM' Holme, 'KGS' Kingsway, 'MRS' Marsh, 'WDF' Woodfield), ``prop_typ`` ('D' detached, 'S' semi-
    detached, 'T' terraced, 'F' flat, 'B' bungalow), ``ctax_bnd`` (council tax band 'A'..'G'), ``asst_flg``
    (1 = assisted collection: the crew fetches the bins for an elderly or disabled resident), ``grn_sub``
    (1 = currently subscribes to garden waste), ``reg_dt`` (added to the gazetteer; new builds are 2023-2025) and
    ``sts`` ('L' live, 'H' historic: demolished).
``bin_iss``
    Bins and caddies issued to a property: ``prop_id``, ``bin_typ`` ('GRY' grey residual bin, 'BLU' blue recycling
    bin, 'BRN' brown garden bin, 'CAD' food caddy), ``cap_l`` (litres), ``rnd_id`` (the round that empties it),
    ``iss_dt`` (delivered), ``iss_rsn`` ('N' new or standard issue, 'R' replacement, 'X' extra capacity, 'S' garden
    waste subscription), ``chg_amt`` (pounds charged to the resident, 0 if free), ``sts`` ('A' in use, 'W'
    withdrawn / taken back, 'L' lost or stolen, 'D' damaged) and ``rmv_dt`` (when it stopped being in use).
``coll_evt``
    Scheduled collections: one row per round per collection day, ``rnd_id``, ``coll_dt``, ``crew_id`` and ``veh_id``
    (who and what actually went out), ``sts`` ('C' completed, 'P' partly completed, 'X' not run: snow days and the
    like), ``lifts`` (bins emptied) and ``wt_kg`` (weight tipped, NULL when not run).
``msd_coll``
    Missed-collection reports from residents: ``prop_id``, ``evt_id`` (the scheduled collection that was missed),
    ``rpt_dt``, ``rpt_chan`` ('WEB' website, 'APP' the council app, 'PHN' phone, 'EML' email), ``rsn_cd`` ('NA' crew
    did not attend, 'NO' bin not put out, 'CT' recycling contaminated, 'AB' access blocked by parked cars, 'AS'
    assisted collection missed), ``sts`` ('R' returned and collected, 'X' rejected: not the council's fault, 'O'
    still open) and ``res_dt`` (date put right, else NULL).
``blky_bkg``
    Bulky item collection bookings (paid): ``bkg_ref``, ``prop_id``, ``bkd_dt`` (booked on), ``coll_dt``
    (collection date), ``n_items``, ``items`` (what, separated by '; '), ``fee_amt`` (pounds paid), ``conc_flg``
    ('Y' half-price concession for residents on benefits, 'N'), ``pay_chan`` ('WEB' online, 'PHN' phone, 'CSC'
    customer service centre), ``crew_id`` (the crew that collected, NULL if cancelled), ``sts`` ('C' collected,
    'X' cancelled by the resident, 'N' items not presented, 'B' booked, not yet due) and ``rfnd_amt`` (refunded).
``ft_rpt``
    Fly-tipping reports: ``ref_no``, ``rpt_dt``, ``ward_cd`` (as in ``prop``), ``loc`` (street or place),
    ``land_typ`` ('HWY' highway, 'BKL' back alley, 'PRK' park or open space, 'FP' footpath, 'CNL' canal towpath,
    'PRV' private land), ``waste_typ`` ('BAG' black bags, 'BLK' furniture and white goods, 'GRN' garden, 'CON'
    construction rubble, 'TYR' tyres, 'ASB' asbestos, 'ELE' electricals, 'MIX' mixed), ``size_cd`` ('SB' single
    bag, 'CB' car boot or less, 'SV' small van load, 'TV' transit van load, 'TL' tipper lorry load),
    ``rpt_chan`` ('WEB', 'APP', 'PHN', 'STF' found by staff), ``crew_id`` (crew that cleared it), ``clr_dt``,
    ``clr_cost`` (pounds), ``enf_actn`` ('NON' none, 'WRN' warning letter, 'FPN' fixed penalty notice, 'PRS'
    prosecution) and ``sts`` ('C' cleared, 'O' open, 'P' passed to the landowner: private land).
``tonn``
    Monthly tonnages of material sent for recycling from a depot: ``depot_id``, ``per_mth`` (first day of the
    month), ``matl_cd`` ('PAP' paper and card, 'GLS' glass, 'MTL' metal cans, 'PLS' plastics, 'GRN' garden,
    'FD' food, 'WEE' electricals, 'TXT' textiles), ``tonnes`` and ``rej_t`` (tonnes rejected as contaminated).

Rows come from a fixed seed, so every build holds the same rows, over 2023-2025. Missed collections are skewed
towards the narrow-access Wednesday rounds, part-completed days and assisted collections; fly-tipping towards Castle
and Marsh wards; some crews and vehicles have no collections at all.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_waste_database(pathlib.Path(tempfile.mkdtemp()) / "waste.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM rounds").fetchone()
    (18,)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_waste_database"]

_SCHEMA = """
CREATE TABLE depots (
    id INTEGER PRIMARY KEY, depot_cd TEXT NOT NULL, depot_nm TEXT NOT NULL, street TEXT NOT NULL,
    hwrc INTEGER NOT NULL, actv TEXT NOT NULL, clsd_dt DATE
);
CREATE TABLE vehicles (
    id INTEGER PRIMARY KEY, reg_no TEXT NOT NULL, make TEXT NOT NULL, model TEXT NOT NULL, veh_typ TEXT NOT NULL,
    fuel TEXT NOT NULL, payload_kg INTEGER NOT NULL, depot_id INTEGER NOT NULL REFERENCES depots (id),
    acq_dt DATE NOT NULL, sts TEXT NOT NULL
);
CREATE TABLE crews (
    id INTEGER PRIMARY KEY, crew_cd TEXT NOT NULL, lead_nm TEXT NOT NULL,
    depot_id INTEGER NOT NULL REFERENCES depots (id), crew_sz INTEGER NOT NULL, sts TEXT NOT NULL
);
CREATE TABLE rounds (
    id INTEGER PRIMARY KEY, round_cd TEXT NOT NULL, round_nm TEXT NOT NULL, strm TEXT NOT NULL,
    coll_day TEXT NOT NULL, freq TEXT NOT NULL, crew_id INTEGER NOT NULL REFERENCES crews (id),
    veh_id INTEGER NOT NULL REFERENCES vehicles (id), depot_id INTEGER NOT NULL REFERENCES depots (id),
    start_dt DATE NOT NULL, end_dt DATE, actv TEXT NOT NULL
);
CREATE TABLE prop (
    id INTEGER PRIMARY KEY, uprn TEXT NOT NULL, hse_no TEXT NOT NULL, street TEXT NOT NULL, postcode TEXT NOT NULL,
    ward_cd TEXT NOT NULL, prop_typ TEXT NOT NULL, ctax_bnd TEXT NOT NULL, asst_flg INTEGER NOT NULL,
    grn_sub INTEGER NOT NULL, reg_dt DATE NOT NULL, sts TEXT NOT NULL
);
CREATE TABLE bin_iss (
    id INTEGER PRIMARY KEY, prop_id INTEGER NOT NULL REFERENCES prop (id), bin_typ TEXT NOT NULL,
    cap_l INTEGER NOT NULL, rnd_id INTEGER NOT NULL REFERENCES rounds (id), iss_dt DATE NOT NULL,
    iss_rsn TEXT NOT NULL, chg_amt NUMERIC NOT NULL, sts TEXT NOT NULL, rmv_dt DATE
);
CREATE TABLE coll_evt (
    id INTEGER PRIMARY KEY, rnd_id INTEGER NOT NULL REFERENCES rounds (id), coll_dt DATE NOT NULL,
    crew_id INTEGER NOT NULL REFERENCES crews (id), veh_id INTEGER NOT NULL REFERENCES vehicles (id),
    sts TEXT NOT NULL, lifts INTEGER NOT NULL, wt_kg INTEGER
);
CREATE TABLE msd_coll (
    id INTEGER PRIMARY KEY, prop_id INTEGER NOT NULL REFERENCES prop (id),
    evt_id INTEGER NOT NULL REFERENCES coll_evt (id), rpt_dt DATE NOT NULL, rpt_chan TEXT NOT NULL,
    rsn_cd TEXT NOT NULL, sts TEXT NOT NULL, res_dt DATE
);
CREATE TABLE blky_bkg (
    id INTEGER PRIMARY KEY, bkg_ref TEXT NOT NULL, prop_id INTEGER NOT NULL REFERENCES prop (id),
    bkd_dt DATE NOT NULL, coll_dt DATE NOT NULL, n_items INTEGER NOT NULL, items TEXT NOT NULL,
    fee_amt NUMERIC NOT NULL, conc_flg TEXT NOT NULL, pay_chan TEXT NOT NULL, crew_id INTEGER REFERENCES crews (id),
    sts TEXT NOT NULL, rfnd_amt NUMERIC NOT NULL
);
CREATE TABLE ft_rpt (
    id INTEGER PRIMARY KEY, ref_no TEXT NOT NULL, rpt_dt DATE NOT NULL, ward_cd TEXT NOT NULL, loc TEXT NOT NULL,
    land_typ TEXT NOT NULL, waste_typ TEXT NOT NULL, size_cd TEXT NOT NULL, rpt_chan TEXT NOT NULL,
    crew_id INTEGER REFERENCES crews (id), clr_dt DATE, clr_cost NUMERIC, enf_actn TEXT NOT NULL, sts TEXT NOT NULL
);
CREATE TABLE tonn (
    id INTEGER PRIMARY KEY, depot_id INTEGER NOT NULL REFERENCES depots (id), per_mth DATE NOT NULL,
    matl_cd TEXT NOT NULL, tonnes NUMERIC NOT NULL, rej_t NUMERIC NOT NULL
);
"""

_DEPOTS = [
    (1, "HLN", "Holme Lane Depot", "Holme Lane", 0, "Y", None),
    (2, "WRF", "Wharf Street Transfer Station", "Wharf Street", 0, "Y", None),
    (3, "BRK", "Brookside HWRC", "Brookside Road", 1, "Y", None),
    (4, "CHP", "Chapel Fold HWRC", "Chapel Fold", 1, "N", "2024-09-30"),
    (5, "NTG", "Northgate Depot", "Northgate", 0, "Y", None),
]
_VEHICLES = [
    (1, "YN19 KRF", "Dennis Eagle", "Elite 6", "RCV", "D", 11000, 1, "2019-03-14", "A"),
    (2, "YN19 KRG", "Dennis Eagle", "Elite 6", "RCV", "D", 11000, 1, "2019-03-14", "A"),
    (3, "YJ20 BXW", "Dennis Eagle", "Elite 6 Narrow", "NRR", "D", 8000, 5, "2020-06-02", "A"),
    (4, "YJ20 BXZ", "Mercedes-Benz", "Econic", "RCV", "D", 11500, 5, "2020-06-30", "A"),
    (5, "YK23 EVA", "Dennis Eagle", "eCollect", "RCV", "E", 10000, 1, "2023-05-15", "A"),
    (6, "YF15 HHT", "Dennis Eagle", "Elite 6", "RCV", "D", 11000, 1, "2015-04-01", "D"),
    (7, "YF16 MLO", "Mercedes-Benz", "Econic", "RCV", "D", 11500, 1, "2016-09-12", "A"),
    (8, "YA17 PZK", "Dennis Eagle", "Elite 6", "RCV", "H", 11000, 5, "2017-03-20", "W"),
    (9, "YN24 FDA", "Isuzu", "N75 Food Pod", "FDV", "D", 3500, 1, "2024-02-20", "A"),
    (10, "YN24 FDB", "Isuzu", "N75 Food Pod", "FDV", "D", 3500, 5, "2024-02-20", "A"),
    (11, "YN24 FDC", "Isuzu", "N75 Food Pod", "FDV", "E", 3000, 1, "2024-03-11", "A"),
    (12, "YG21 GRW", "Mercedes-Benz", "Econic", "RCV", "H", 11500, 2, "2021-02-08", "A"),
    (13, "YE18 CAG", "Isuzu", "N75 Caged Tipper", "CAG", "D", 3000, 1, "2018-05-21", "A"),
    (14, "YE22 TPR", "Ford", "Transit Caged Tipper", "CAG", "D", 1200, 5, "2022-07-04", "A"),
    (15, "YD68 ENV", "Ford", "Transit Caged Tipper", "CAG", "D", 1200, 1, "2018-10-01", "A"),
    (16, "YK25 EVB", "Dennis Eagle", "eCollect", "RCV", "E", 10000, 5, "2025-11-24", "A"),
]
_CREWS = [
    (1, "RC1", "Gary Whitehead", 1, 3, "A"), (2, "RC2", "Lee Fitzgerald", 1, 3, "A"),
    (3, "RC3", "Darren Holt", 5, 3, "A"), (4, "RC4", "Wayne Booth", 5, 3, "A"),
    (5, "RC5", "Craig Mellor", 1, 3, "A"), (6, "RC6", "Steve Ogden", 1, 3, "X"),
    (7, "FW1", "Karen Shaw", 1, 2, "A"), (8, "FW2", "Imran Akhtar", 5, 2, "A"),
    (9, "GW1", "Tony Hurst", 2, 3, "A"), (10, "BK1", "Phil Crossley", 1, 2, "A"),
    (11, "BK2", "Jason Pratt", 5, 2, "A"), (12, "ENV", "Mick Dunne", 1, 2, "A"),
    (13, "RLF", "Paul Kershaw", 1, 3, "A"), (14, "TRN", "Sam Lowe", 5, 2, "X"),
]  # fmt: skip
_DAYS = ["MON", "TUE", "WED", "THU", "FRI"]
_DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
_FOOD_START = dt.date(2024, 4, 1)
_R6_END = dt.date(2024, 6, 28)
_START, _END = dt.date(2023, 1, 1), dt.date(2025, 12, 31)
#: ward code, properties, collection day (0 = Monday), fly-tipping weight, postcode district, streets
_WARDS = [
    ("ABB", 150, 0, 8, "MW3", ["Abbey Road", "Priory Close", "Monks Way", "Cloister Walk", "Friars Lane"]),
    ("STJ", 90, 0, 5, "MW3", ["St John's Road", "Church Lane", "Vicarage Close", "Bell Street", "Market Street"]),
    ("BRH", 180, 1, 10, "MW7", ["Brookhouse Lane", "Willow Drive", "Meadow Way", "Beech Grove", "Ash Close",
                                "Oak Avenue", "Rowan Crescent"]),
    ("CST", 110, 2, 22, "MW1", ["Castle Street", "Keep Road", "Moat Lane", "Tower View", "Bailey Court"]),
    ("HLM", 140, 2, 9, "MW2", ["Riverside Drive", "Mill Lane", "Weir Close", "Ferry Road", "Bank Terrace"]),
    ("KGS", 160, 3, 12, "MW5", ["Kingsway", "Queens Drive", "Regent Street", "Crown Avenue", "Duke Street"]),
    ("MRS", 100, 4, 25, "MW4", ["Marsh Road", "Canal Side", "Dock Lane", "Basin Street", "Lock Terrace"]),
    ("WDF", 70, 4, 3, "MW9", ["Woodfield Road", "Larch Close", "Pine Walk", "Hazel Grove", "Maple Rise"]),
]  # fmt: skip
#: property type weights per ward: D, S, T, F, B
_TYPE_MIX = {"ABB": [3, 4, 3, 1, 1], "STJ": [1, 3, 5, 3, 1], "BRH": [5, 5, 1, 1, 2], "CST": [0, 2, 6, 5, 0],
             "HLM": [2, 4, 4, 2, 2], "KGS": [3, 5, 2, 2, 1], "MRS": [0, 1, 6, 6, 0],
             "WDF": [6, 3, 0, 0, 3]}  # fmt: skip
_BULKY_ITEMS = ["Sofa", "Armchair", "Mattress", "Bed frame", "Wardrobe", "Fridge freezer", "Washing machine",
                "Dining table", "Chairs", "Carpet", "Television", "Bicycle", "Chest of drawers", "Desk"]  # fmt: skip


def _rounds() -> list[tuple]:
    rounds = []
    for d in range(5):  # residual and recycling alternate weeks, same crew and vehicle
        rounds.append((d + 1, f"R{d + 1}", f"{_DAY_NAMES[d]} Refuse" + (" 1" if d == 4 else ""), "RES", _DAYS[d], "F",
                       d + 1, d + 1, 5 if d in (2, 3) else 1, "2015-04-01", None, "Y"))  # fmt: skip
    rounds.append((6, "R6", "Friday Refuse 2", "RES", "FRI", "F", 6, 6, 1, "2015-04-01", _R6_END.isoformat(), "N"))
    for d in range(5):
        rounds.append((7 + d, f"C{d + 1}", f"{_DAY_NAMES[d]} Recycling", "REC", _DAYS[d], "F", d + 1, d + 1,
                       5 if d in (2, 3) else 1, "2015-04-01", None, "Y"))  # fmt: skip
    for d in range(5):
        crew, veh = (7, 9) if d % 2 == 0 else (8, 10)
        rounds.append((12 + d, f"F{d + 1}", f"{_DAY_NAMES[d]} Food", "FD", _DAYS[d], "W", crew, veh,
                       1 if crew == 7 else 5, _FOOD_START.isoformat(), None, "Y"))  # fmt: skip
    rounds.append((17, "G1", "Tuesday Garden", "GRN", "TUE", "F", 9, 12, 2, "2016-03-01", None, "Y"))
    rounds.append((18, "G2", "Thursday Garden", "GRN", "THU", "F", 9, 12, 2, "2016-03-01", None, "Y"))
    return rounds


def _round_for(ward_day: int, ward: str, strm: str, on: dt.date | None = None) -> int:
    """The round (id) that serves a ward for a stream, on a date (the current one if ``on`` is None)."""
    if strm == "RES":
        if ward == "WDF" and on is not None and on <= _R6_END:
            return 6
        return ward_day + 1
    if strm == "REC":
        return 7 + ward_day
    if strm == "FD":
        return 12 + ward_day
    return 17 if ward_day <= 1 else 18


def _rows(seed: int = 40217) -> dict[str, list[tuple]]:  # noqa: PLR0912, PLR0915 - one generator per table
    rng = random.Random(seed)
    rounds = _rounds()
    wards = {w[0]: w for w in _WARDS}
    # properties
    prop = []
    uprns = rng.sample(range(10000, 99999), 1000)
    for ward, count, _day, _ft, district, streets in _WARDS:
        numbers = {s: 0 for s in streets}
        for _ in range(count):
            i = len(prop) + 1
            street = rng.choice(streets)
            ptype = rng.choices("DSTFB", weights=_TYPE_MIX[ward])[0]
            numbers[street] += 1
            n = numbers[street] * 2 - rng.randint(0, 1)
            hse_no = f"Flat {rng.randint(1, 6)}, {n}" if ptype == "F" else str(n)
            band = {"D": "DEFG", "S": "BCD", "T": "ABC", "F": "AB", "B": "BCD"}[ptype]
            band = rng.choice(band)
            sector = f"{rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXY')}{rng.choice('ABDEHJLNPRSTWXY')}"
            postcode = f"{district} {sector}"
            asst = int(rng.random() < (0.12 if ptype == "B" else 0.03))
            new_build = (ward in ("KGS", "BRH") and rng.random() < 0.12) or rng.random() < 0.02
            reg = random_day(rng, dt.date(2023, 2, 1), dt.date(2025, 10, 31)) if new_build else random_day(
                rng, dt.date(1996, 1, 1), dt.date(2022, 12, 31))  # fmt: skip
            historic = ward == "CST" and ptype == "F" and rng.random() < 0.25
            grn = ptype != "F" and rng.random() < {"D": 0.6, "S": 0.42, "T": 0.18, "B": 0.5}[ptype]
            prop.append([i, f"1000{uprns[i - 1]:05d}{rng.randint(100, 999)}", hse_no, street, postcode, ward, ptype,
                         band, asst, int(grn), reg.isoformat(), "H" if historic else "L"])  # fmt: skip
    # bins
    bins: list[list] = []
    demolished = {}
    for p in prop:
        pid, ward, ptype, reg = p[0], p[5], p[6], dt.date.fromisoformat(p[10])
        day = wards[ward][2]
        gone = random_day(rng, dt.date(2024, 2, 1), dt.date(2024, 11, 30)) if p[11] == "H" else None
        demolished[pid] = gone
        first = reg + dt.timedelta(days=rng.randint(3, 20)) if reg.year >= 2023 else random_day(
            rng, max(reg, dt.date(2012, 1, 1)), dt.date(2022, 12, 31))  # fmt: skip
        for typ, cap in (("GRY", 180 if ptype == "F" else 240), ("BLU", 240)):
            # replacements: the old bin lost or damaged, a new one issued
            current = first
            for _ in range(3):
                if rng.random() < 0.07 and current < dt.date(2025, 11, 1):
                    broke = random_day(rng, max(current, dt.date(2023, 1, 5)), dt.date(2025, 12, 15))
                    if gone and broke >= gone:
                        break
                    state = rng.choice("LLD")
                    bins.append([pid, typ, cap, _round_for(day, ward, "RES" if typ == "GRY" else "REC"),
                                 current, "N" if current == first else "R", 0 if current == first else 25, state,
                                 broke])  # fmt: skip
                    current = broke + dt.timedelta(days=rng.randint(2, 12))
                else:
                    break
            bins.append([pid, typ, cap, _round_for(day, ward, "RES" if typ == "GRY" else "REC"), current,
                         "N" if current == first else "R", 0 if current == first else 25, "W" if gone else "A",
                         gone])  # fmt: skip
        if (ptype in "DS" and rng.random() < 0.06) and not gone:
            bins.append(
                [
                    pid,
                    "BLU",
                    240,
                    _round_for(day, ward, "REC"),
                    random_day(rng, max(first, dt.date(2023, 1, 1)), dt.date(2025, 11, 30)),
                    "X",
                    0,
                    "A",
                    None,
                ]
            )
        if not gone or gone > _FOOD_START:
            caddy = max(first, random_day(rng, dt.date(2024, 3, 4), dt.date(2024, 3, 29)))
            bins.append([pid, "CAD", 23, _round_for(day, ward, "FD"), caddy, "N", 0, "W" if gone else "A", gone])
        if ptype != "F":
            subscribed = p[9] == 1
            lapsed = not subscribed and rng.random() < 0.12
            if subscribed or lapsed:
                start = random_day(rng, max(first, dt.date(2016, 3, 1)), max(first, dt.date(2025, 6, 30)))
                end = None
                if lapsed and start < dt.date(2025, 3, 1):
                    end = random_day(
                        rng, max(start + dt.timedelta(days=200), dt.date(2023, 1, 1)), dt.date(2025, 12, 1)
                    )
                elif lapsed:
                    p[9] = 1
                bins.append([pid, "BRN", 240, _round_for(day, ward, "GRN"), start, "S",
                             0, "W" if end else "A", end])  # fmt: skip
    bins.sort(key=lambda b: (b[4], b[0], b[1]))
    bin_iss = [(i, b[0], b[1], b[2], b[3], b[4].isoformat(), b[5], b[6], b[7], b[8].isoformat() if b[8] else None)
               for i, b in enumerate(bins, 1)]  # fmt: skip
    # which bins a round empties on a day
    members: dict[int, list[tuple[dt.date, dt.date | None, int]]] = {r[0]: [] for r in rounds}
    ward_of = {p[0]: p[5] for p in prop}
    for b in bins:
        ward = ward_of[b[0]]
        day = wards[ward][2]
        strm = {"GRY": "RES", "BLU": "REC", "CAD": "FD", "BRN": "GRN"}[b[1]]
        if strm == "RES" and ward == "WDF":
            merged = _R6_END + dt.timedelta(days=1)
            members[6].append((b[4], min(b[8], merged) if b[8] else merged, b[0]))
            members[5].append((max(b[4], merged), b[8], b[0]))
        else:
            members[_round_for(day, ward, strm)].append((b[4], b[8], b[0]))
    # scheduled collections
    snow = {dt.date(2023, 3, 9), dt.date(2023, 3, 10), dt.date(2024, 1, 18), dt.date(2024, 1, 19),
            dt.date(2025, 1, 9), dt.date(2025, 1, 10)}  # fmt: skip
    per_bin = {"RES": (13, 19), "REC": (7, 10), "FD": (3, 5), "GRN": (9, 17)}
    events = []
    day = _START
    while day <= _END:
        if day.weekday() < 5 and (day.month, day.day) not in ((12, 25), (12, 26), (1, 1)):
            week = day.isocalendar()[1]
            for r in rounds:
                rid, strm, dname = r[0], r[3], r[4]
                if _DAYS.index(dname) != day.weekday():
                    continue
                if day < dt.date.fromisoformat(r[9]) or (r[10] and day > dt.date.fromisoformat(r[10])):
                    continue
                if strm == "RES" and week % 2 == 1 or strm == "REC" and week % 2 == 0:
                    continue
                if strm == "GRN" and (week % 2 == 1 or day.month in (12, 1, 2)):
                    continue
                crew, veh = r[6], r[7]
                if rng.random() < 0.07:
                    crew = 13
                if rng.random() < 0.06:
                    veh = 11 if strm == "FD" else (8 if day < dt.date(2025, 6, 1) and rng.random() < 0.5 else 7)
                bins_out = sum(1 for a, b, _ in members[rid] if a <= day and (b is None or b > day))
                if day in snow:
                    sts = "X"
                else:
                    p_partial = 0.04 + (0.08 if rid in (3, 9) else 0) + (0.06 if veh == 8 else 0) + (
                        0.03 if crew == 13 else 0)  # fmt: skip
                    sts = "P" if rng.random() < p_partial else "C"
                if sts == "X":
                    lifts, kg = 0, None
                else:
                    rate = rng.uniform(0.82, 0.97) * (rng.uniform(0.55, 0.85) if sts == "P" else 1)
                    lifts = round(bins_out * rate)
                    lo, hi = per_bin[strm]
                    if strm == "GRN":
                        season = {3: 0.6, 4: 0.9, 5: 1.2, 6: 1.3, 7: 1.2, 8: 1.1, 9: 1.0, 10: 0.9, 11: 0.7}
                        lo, hi = lo * season[day.month], hi * season[day.month]
                    kg = round(lifts * rng.uniform(lo, hi) / 10) * 10
                events.append((len(events) + 1, rid, day.isoformat(), crew, veh, sts, lifts, kg))
        day += dt.timedelta(days=1)
    # missed collections
    props_by_id = {p[0]: p for p in prop}
    evt_weights = [0 if e[5] == "X" else (3 if e[1] in (3, 9) else 1) * (6 if e[5] == "P" else 1)
                   * (2.5 if e[3] == 13 else 1) * (1.6 if e[1] == 6 else 1) for e in events]  # fmt: skip
    msd = []
    seen = set()
    while len(msd) < 720:
        e = rng.choices(events, weights=evt_weights)[0]
        eday = dt.date.fromisoformat(e[2])
        pool = [pid for a, b, pid in members[e[1]] if a <= eday and (b is None or b > eday)]
        weights = [(4 if props_by_id[pid][8] else 1) * (9 if pid % 53 == 7 else 1) for pid in pool]
        pid = rng.choices(pool, weights=weights)[0]
        if (pid, e[0]) in seen:
            continue
        seen.add((pid, e[0]))
        strm = rounds[e[1] - 1][3]
        if props_by_id[pid][8] and rng.random() < 0.6:
            reason = "AS"
        else:
            reason = rng.choices(["NA", "NO", "CT", "AB"], weights=[48, 22, 12 if strm == "REC" else 0, 13])[0]
        rpt = eday + dt.timedelta(days=rng.choices([0, 1, 2, 3], weights=[45, 35, 15, 5])[0])
        chan = rng.choices(["WEB", "APP", "PHN", "EML"], weights=[45, 25 if rpt.year >= 2024 else 8, 25, 5])[0]
        if reason in ("NO", "CT") and rng.random() < 0.85:
            sts, res = "X", None
        elif rpt > dt.date(2025, 12, 23) or rng.random() < 0.015:
            sts, res = "O", None
        else:
            sts, res = "R", rpt + dt.timedelta(days=rng.choices([1, 2, 3, 5, 8], weights=[40, 30, 15, 10, 5])[0])
        msd.append([pid, e[0], rpt, chan, reason, sts, res])
    msd.sort(key=lambda m: (m[2], m[1], m[0]))
    msd_coll = [(i, m[0], m[1], m[2].isoformat(), m[3], m[4], m[5], m[6].isoformat() if m[6] else None)
                for i, m in enumerate(msd, 1)]  # fmt: skip
    # bulky bookings
    live = [p for p in prop if p[11] == "L"]
    bk_weights = [(0.5 if p[6] == "F" else 1) * (7 if p[0] % 61 == 11 else 1) * (0 if p[0] % 4 == 0 else 1)
                  for p in live]  # fmt: skip
    bookings = []
    for _ in range(640):
        p = rng.choices(live, weights=bk_weights)[0]
        reg = dt.date.fromisoformat(p[10])
        booked = random_day(rng, max(reg, _START), _END)
        coll = booked + dt.timedelta(days=rng.randint(3, 16))
        while coll.weekday() >= 5:
            coll += dt.timedelta(days=1)
        n = rng.choices([1, 2, 3, 4, 5, 6], weights=[15, 25, 30, 12, 10, 8])[0]
        items = "; ".join(rng.sample(_BULKY_ITEMS, n))
        base, extra = {2023: (30.0, 10.0), 2024: (32.5, 11.0), 2025: (35.0, 11.0)}[booked.year]
        fee = base + extra * max(0, n - 3)
        conc = "Y" if (p[7] in "AB" and rng.random() < 0.35) or rng.random() < 0.04 else "N"
        if conc == "Y":
            fee = round(fee / 2, 2)
        chan = rng.choices(["WEB", "PHN", "CSC"], weights=[60 + 5 * (booked.year - 2023), 30, 10])[0]
        sts = "B" if coll > _END else rng.choices(["C", "X", "N"], weights=[82, 11, 7])[0]
        crew = None if sts == "X" else (10 if coll < dt.date(2024, 1, 1) or rng.random() < 0.6 else 11)
        refund = fee if sts == "X" else 0
        bookings.append([p[0], booked, coll, n, items, fee, conc, chan, crew, sts, refund])
    bookings.sort(key=lambda b: (b[1], b[0]))
    blky_bkg = []
    counters: dict[int, int] = {}
    for i, b in enumerate(bookings, 1):
        counters[b[1].year] = counters.get(b[1].year, 0) + 1
        blky_bkg.append((i, f"BK{b[1].year % 100}-{counters[b[1].year]:04d}", b[0], b[1].isoformat(),
                         b[2].isoformat(), *b[3:]))  # fmt: skip
    # fly-tipping
    sizes = {
        "BAG": ("SB", "CB"),
        "BLK": ("CB", "SV", "TV"),
        "GRN": ("CB", "SV"),
        "CON": ("CB", "SV", "TV", "TL"),
        "TYR": ("CB", "SV", "TV"),
        "ASB": ("CB", "SV"),
        "ELE": ("CB", "SV"),
        "MIX": ("SB", "CB", "SV", "TV", "TL"),
    }
    size_w = {"SB": 30, "CB": 40, "SV": 25, "TV": 12, "TL": 3}
    cost = {"SB": (18, 35), "CB": (45, 90), "SV": (110, 210), "TV": (220, 400), "TL": (450, 1100)}
    reports = []
    for _ in range(860):
        year = rng.choices([2023, 2024, 2025], weights=[28, 33, 39])[0]
        month = rng.choices(range(1, 13), weights=[6, 6, 7, 8, 9, 10, 11, 11, 9, 8, 7, 8])[0]
        rpt = random_day(rng, dt.date(year, month, 1),
                         dt.date(year, month, 28) + dt.timedelta(days=3 if month != 2 else 0))  # fmt: skip
        while rpt.month != month:
            rpt -= dt.timedelta(days=1)
        ward = rng.choices(_WARDS, weights=[w[3] for w in _WARDS])[0]
        loc = rng.choice(ward[5] + (["Marsh Road Rec"] if ward[0] == "MRS" else [])
                         + (["Castle Park"] if ward[0] == "CST" else []))  # fmt: skip
        land = rng.choices(["HWY", "BKL", "PRK", "FP", "CNL", "PRV"], weights=[50, 20, 12, 8, 4, 6])[0]
        if loc.endswith(("Park", "Rec")):
            land = "PRK"
        if land == "CNL" and ward[0] not in ("MRS", "HLM"):
            land = "FP"
        waste = rng.choices(["BAG", "BLK", "GRN", "CON", "TYR", "ASB", "ELE", "MIX"],
                            weights=[30, 25, 8, 12, 5, 2, 6, 12])[0]  # fmt: skip
        size = rng.choices(sizes[waste], weights=[size_w[s] for s in sizes[waste]])[0]
        chan = rng.choices(["WEB", "APP", "PHN", "STF"], weights=[35, 20 if year >= 2024 else 5, 25, 20])[0]
        lo, hi = cost[size]
        if land == "PRV":
            crew, clr, price, sts = None, None, None, "P"
        elif rpt > dt.date(2025, 12, 20) or rng.random() < 0.02:
            crew, clr, price, sts = None, None, None, "O"
        else:
            crew = 12 if size in ("SB", "CB") or rng.random() < 0.5 else rng.choice([10, 11, 13])
            clr = rpt + dt.timedelta(days=rng.randint(3, 20) if waste == "ASB" else rng.choice([0, 1, 1, 2, 3, 5]))
            price = round(rng.uniform(lo, hi) * (2.5 if waste == "ASB" else 1), 2)
            sts = "C"
        enf = rng.choices(["NON", "WRN", "FPN", "PRS"], weights=[80, 9, 9, 2 if size in ("TV", "TL") else 0.3])[0]
        reports.append([rpt, ward[0], loc, land, waste, size, chan, crew, clr, price, enf, sts])
    reports.sort(key=lambda r: (r[0], r[1], r[2]))
    ft_rpt = []
    counters = {}
    for i, r in enumerate(reports, 1):
        counters[r[0].year] = counters.get(r[0].year, 0) + 1
        ft_rpt.append((i, f"FT{r[0].year % 100}-{counters[r[0].year]:04d}", r[0].isoformat(), *r[1:8],
                       r[8].isoformat() if r[8] else None, *r[9:]))  # fmt: skip
    # depot tonnages
    handled = {1: [("PAP", 60), ("GLS", 38), ("MTL", 9), ("PLS", 21), ("FD", 44)], 2: [("GRN", 95), ("PAP", 14)],
               3: [("PAP", 11), ("GLS", 8), ("MTL", 4), ("GRN", 40), ("WEE", 6), ("TXT", 3)],
               4: [("GLS", 5), ("GRN", 22), ("WEE", 3), ("TXT", 2)]}  # fmt: skip
    tonn = []
    for month_index in range(36):
        first = dt.date(2023 + month_index // 12, month_index % 12 + 1, 1)
        for depot, materials in handled.items():
            if depot == 4 and first > dt.date(2024, 9, 1):
                continue
            for matl, size in materials:
                if matl == "FD" and first < _FOOD_START:
                    continue
                factor = 1.0
                if matl == "GRN":
                    factor = {12: 0.15, 1: 0.1, 2: 0.15, 3: 0.6, 4: 1.0, 5: 1.4, 6: 1.5, 7: 1.4, 8: 1.3, 9: 1.1,
                              10: 0.9, 11: 0.6}[first.month]  # fmt: skip
                elif matl in ("GLS", "PAP") and first.month == 12:
                    factor = 1.35
                if depot == 3 and first > dt.date(2024, 9, 1):
                    factor *= 1.3  # Chapel Fold's visitors moved to Brookside
                if matl == "FD":
                    factor *= min(1.0, 0.55 + 0.1 * ((first.year - 2024) * 12 + first.month - 4))
                tonnes = round(size * factor * rng.uniform(0.85, 1.15), 1)
                rej = round(tonnes * (rng.uniform(0.06, 0.16) if matl == "PLS" else rng.uniform(0.0, 0.04)), 1)
                tonn.append((len(tonn) + 1, depot, first.isoformat(), matl, tonnes, rej))
    return {"depots": list(_DEPOTS), "vehicles": list(_VEHICLES), "crews": list(_CREWS), "rounds": rounds,
            "prop": [tuple(p) for p in prop], "bin_iss": bin_iss, "coll_evt": events, "msd_coll": msd_coll,
            "blky_bkg": blky_bkg, "ft_rpt": ft_rpt, "tonn": tonn}  # fmt: skip


def build_waste_database(path: str | Path) -> Path:
    """Write the council waste service's database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
