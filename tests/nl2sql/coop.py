"""A made-up arable farmers' co-operative in the east of England (Fenland Growers Co-operative), written by someone
who had not seen the engine's rules: the ``coop`` dev set's database.

Eleven tables with foreign keys, named the way the co-op's old intake and ledger system names them:

- ``rgn``: the co-op's member regions: ``rgn_cd`` (a three-letter code, the key), ``rgn_nm`` (its name) and
  ``fld_ofcr`` (the field officer looking after it). 'WLD' (The Wolds) was opened in 2025 and has no members yet.
- ``mbr``: member farms: ``mbr_no`` (such as M0042), ``farm_nm`` (the farm), ``ownr_nm`` (the member's name),
  ``rgn_cd``, ``join_dt``, ``exit_dt`` (the day the member left; NULL while still a member), ``sts`` the membership
  status ('A' active, 'S' suspended for arrears or a quality dispute, 'L' left the co-op), ``org_flg`` 1 for a
  certified organic farm, ``vat_flg`` 1 when VAT registered and ``tot_ha`` the farm's total hectares. Livestock-only
  members have no fields and so never deliver grain.
- ``fld``: fields: ``fld_cd`` (such as F0137), ``mbr_id`` (the farm it belongs to), ``fld_nm`` (the field's name),
  ``area_ha``, ``soil_cd`` ('CL' clay, 'LO' loam, 'SA' sandy, 'PT' peat, 'SI' silt) and ``irrig_flg`` 1 when the
  field can be irrigated.
- ``crop``: the crops the co-op takes in: ``crop_cd`` (the key: 'WW' feed winter wheat, 'MW' milling wheat, 'WB'
  winter barley, 'SB' spring malting barley, 'OA' oats, 'OSR' oilseed rape, 'BN' field beans, 'PE' peas, 'LIN'
  linseed, 'RY' hybrid rye), ``crop_nm``, ``grp_cd`` the crop group ('CER' cereal, 'OIL' oilseed, 'PUL' pulse),
  ``base_prc`` the list price per tonne for a grade 1 load and ``wntr_flg`` 1 for an autumn-sown crop. Nobody has
  grown hybrid rye yet.
- ``plnt``: plantings, one crop on one field for one harvest year: ``fld_id``, ``crop_cd``, ``hrv_yr`` (the harvest
  year 2023-2025), ``sow_dt`` (autumn of the year before for winter crops, spring for spring crops), ``hrv_dt`` (the
  day it was combined; NULL when it failed or has not been harvested yet), ``sts`` ('H' harvested, 'F' failed or
  abandoned, 'G' still growing - the autumn 2025 sowings for harvest 2026) and ``est_yld`` the agronomist's expected
  yield in tonnes per hectare.
- ``dlv``: intake deliveries (one trailer load tipped at a co-op store): ``tkt_no`` (the weighbridge ticket),
  ``mbr_id``, ``plnt_id`` (the planting the grain came from), ``crop_cd``, ``dlv_dt``, ``site_cd`` the store ('HX'
  Hexley main store, 'BR' Brampton, 'ML' Mill Lane), ``net_wt`` net weight in tonnes, ``moist_pct`` moisture
  percent, ``grade_cd`` the quality grade ('P' premium, '1' grade 1, '2' grade 2, 'F' feed, 'R' rejected),
  ``prc_t`` the price paid per tonne, ``amt`` the load's value (net_wt x prc_t, 0 for a rejected load) and
  ``dry_chg`` the drying charge deducted for loads over 15% moisture (0 otherwise).
- ``pay``: payments to members: ``mbr_id``, ``pay_dt``, ``pay_typ`` ('ADV' harvest advance, 'FIN' final
  settlement for a harvest, 'DIV' annual dividend on trade), ``hrv_yr`` the harvest year it settles, ``amt``,
  ``sts`` ('P' paid, 'H' on hold, 'V' void) and ``bacs_ref`` the bank transfer reference.
- ``inp``: farm inputs the co-op sells: ``inp_cd``, ``inp_nm``, ``cat_cd`` ('FERT' fertiliser, 'SEED' seed, 'CHEM'
  crop protection, 'FUEL' fuel and oil, 'MISC' sundries), ``uom`` the unit sold ('t', 'L', 'kg', 'unit') and
  ``unit_prc`` the current list price. A few lines have never been ordered.
- ``inp_ord``: members' input purchases: ``mbr_id``, ``inp_id``, ``ord_dt``, ``qty``, ``unit_prc`` (charged),
  ``amt`` (qty x unit_prc), ``sts`` ('O' open, 'D' delivered, 'CNX' cancelled), ``dlv_dt`` (the delivery day; NULL
  unless delivered), ``cnx_dt`` (the cancellation day; NULL unless cancelled) and ``crd_flg`` 1 when charged to the
  member's crop account rather than paid up front.
- ``eqp``: shared machinery the co-op hires to members: ``eqp_cd``, ``eqp_nm``, ``typ_cd`` ('COMB' combine
  harvester, 'DRL' seed drill, 'SPR' sprayer, 'TRL' grain trailer, 'TEL' telehandler, 'BAL' baler), ``day_rate``,
  ``purch_dt``, ``actv_flg`` (0 once sold or scrapped) and ``retire_dt`` (NULL while still in the fleet).
- ``eqp_hire``: hires: ``eqp_id``, ``mbr_id``, ``out_dt``, ``ret_dt`` (NULL while still out), ``days`` booked, ``amt``,
  ``opr_flg`` 1 when a co-op operator went with the machine and ``dmg_flg`` 1 when it came back damaged.

Rows come from a fixed seed, so every build holds the same rows. Trade is skewed towards a few big farms, a few
members (livestock-only ones, 2025 joiners and two who sell all their grain to a merchant) have delivered nothing,
and some machines and inputs were never used.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_coop_database(pathlib.Path(tempfile.mkdtemp()) / "coop.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM mbr").fetchone()
    (120,)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_coop_database"]

_SCHEMA = """
CREATE TABLE rgn (
    rgn_cd TEXT PRIMARY KEY, rgn_nm TEXT NOT NULL, fld_ofcr TEXT NOT NULL
);
CREATE TABLE mbr (
    id INTEGER PRIMARY KEY, mbr_no TEXT NOT NULL, farm_nm TEXT NOT NULL, ownr_nm TEXT NOT NULL,
    rgn_cd TEXT NOT NULL REFERENCES rgn (rgn_cd), join_dt DATE NOT NULL, exit_dt DATE, sts TEXT NOT NULL,
    org_flg INTEGER NOT NULL, vat_flg INTEGER NOT NULL, tot_ha NUMERIC NOT NULL
);
CREATE TABLE fld (
    id INTEGER PRIMARY KEY, fld_cd TEXT NOT NULL, mbr_id INTEGER NOT NULL REFERENCES mbr (id), fld_nm TEXT NOT NULL,
    area_ha NUMERIC NOT NULL, soil_cd TEXT NOT NULL, irrig_flg INTEGER NOT NULL
);
CREATE TABLE crop (
    crop_cd TEXT PRIMARY KEY, crop_nm TEXT NOT NULL, grp_cd TEXT NOT NULL, base_prc NUMERIC NOT NULL,
    wntr_flg INTEGER NOT NULL
);
CREATE TABLE plnt (
    id INTEGER PRIMARY KEY, fld_id INTEGER NOT NULL REFERENCES fld (id),
    crop_cd TEXT NOT NULL REFERENCES crop (crop_cd), hrv_yr INTEGER NOT NULL, sow_dt DATE NOT NULL, hrv_dt DATE,
    sts TEXT NOT NULL, est_yld NUMERIC NOT NULL
);
CREATE TABLE dlv (
    id INTEGER PRIMARY KEY, tkt_no TEXT NOT NULL, mbr_id INTEGER NOT NULL REFERENCES mbr (id),
    plnt_id INTEGER NOT NULL REFERENCES plnt (id), crop_cd TEXT NOT NULL REFERENCES crop (crop_cd),
    dlv_dt DATE NOT NULL, site_cd TEXT NOT NULL, net_wt NUMERIC NOT NULL, moist_pct NUMERIC NOT NULL,
    grade_cd TEXT NOT NULL, prc_t NUMERIC NOT NULL, amt NUMERIC NOT NULL, dry_chg NUMERIC NOT NULL
);
CREATE TABLE pay (
    id INTEGER PRIMARY KEY, mbr_id INTEGER NOT NULL REFERENCES mbr (id), pay_dt DATE NOT NULL,
    pay_typ TEXT NOT NULL, hrv_yr INTEGER NOT NULL, amt NUMERIC NOT NULL, sts TEXT NOT NULL, bacs_ref TEXT NOT NULL
);
CREATE TABLE inp (
    id INTEGER PRIMARY KEY, inp_cd TEXT NOT NULL, inp_nm TEXT NOT NULL, cat_cd TEXT NOT NULL, uom TEXT NOT NULL,
    unit_prc NUMERIC NOT NULL
);
CREATE TABLE inp_ord (
    id INTEGER PRIMARY KEY, mbr_id INTEGER NOT NULL REFERENCES mbr (id), inp_id INTEGER NOT NULL REFERENCES inp (id),
    ord_dt DATE NOT NULL, qty NUMERIC NOT NULL, unit_prc NUMERIC NOT NULL, amt NUMERIC NOT NULL, sts TEXT NOT NULL,
    dlv_dt DATE, cnx_dt DATE, crd_flg INTEGER NOT NULL
);
CREATE TABLE eqp (
    id INTEGER PRIMARY KEY, eqp_cd TEXT NOT NULL, eqp_nm TEXT NOT NULL, typ_cd TEXT NOT NULL,
    day_rate NUMERIC NOT NULL, purch_dt DATE NOT NULL, actv_flg INTEGER NOT NULL, retire_dt DATE
);
CREATE TABLE eqp_hire (
    id INTEGER PRIMARY KEY, eqp_id INTEGER NOT NULL REFERENCES eqp (id), mbr_id INTEGER NOT NULL REFERENCES mbr (id),
    out_dt DATE NOT NULL, ret_dt DATE, days INTEGER NOT NULL, amt NUMERIC NOT NULL, opr_flg INTEGER NOT NULL,
    dmg_flg INTEGER NOT NULL
);
"""

#: code, name, field officer, share of members
_REGIONS = [
    ("NFN", "North Fen", "Graham Pask", 34),
    ("SFN", "South Fen", "Julie Orrell", 26),
    ("BRK", "Breckland", "Tom Scarrow", 18),
    ("CLY", "Clayland", "Anita Bloom", 14),
    ("COA", "Coastal Marshes", "Ian Feather", 8),
    ("WLD", "The Wolds", "Ruth Dawes", 0),
]
#: code, name, group, base price per tonne, winter sown, yield t/ha, share of plantings
_CROPS = [
    ("WW", "Feed winter wheat", "CER", 185, 1, 8.6, 30),
    ("MW", "Milling wheat", "CER", 225, 1, 7.8, 12),
    ("WB", "Winter barley", "CER", 160, 1, 7.4, 12),
    ("SB", "Spring malting barley", "CER", 190, 0, 5.9, 11),
    ("OA", "Oats", "CER", 170, 0, 6.1, 5),
    ("OSR", "Oilseed rape", "OIL", 395, 1, 3.4, 12),
    ("BN", "Field beans", "PUL", 235, 0, 4.1, 9),
    ("PE", "Peas", "PUL", 265, 0, 3.9, 6),
    ("LIN", "Linseed", "OIL", 440, 0, 2.0, 3),
    ("RY", "Hybrid rye", "CER", 175, 1, 8.0, 0),
]
#: grade, price factor, weight
_GRADES = [("P", 1.08, 14), ("1", 1.0, 46), ("2", 0.93, 24), ("F", 0.82, 12), ("R", 0.0, 4)]
_YEAR_PRICE = {2023: 1.0, 2024: 0.91, 2025: 0.96}
_SOILS = [("CL", 22), ("LO", 25), ("SA", 12), ("PT", 18), ("SI", 23)]
#: code, name, category, unit, price, popularity
_INPUTS = [
    ("AN34", "Ammonium nitrate 34.5%N", "FERT", "t", 385.00, 14),
    ("UR46", "Granular urea 46%N", "FERT", "t", 420.00, 6),
    ("NPK20", "NPK 20-10-10 compound", "FERT", "t", 455.00, 8),
    ("TSP", "Triple superphosphate", "FERT", "t", 510.00, 3),
    ("MOP", "Muriate of potash", "FERT", "t", 395.00, 3),
    ("LIME", "Ground limestone", "FERT", "t", 38.50, 4),
    ("NSOL", "Liquid nitrogen solution", "FERT", "t", 298.00, 0),
    ("SWW1", "Winter wheat seed C2 (Skyfall)", "SEED", "t", 640.00, 7),
    ("SWW2", "Milling wheat seed C2 (Crusoe)", "SEED", "t", 690.00, 3),
    ("SWB", "Winter barley seed C2", "SEED", "t", 610.00, 3),
    ("SSB", "Spring barley seed (Laureate)", "SEED", "t", 655.00, 3),
    ("SOSR", "Oilseed rape hybrid seed", "SEED", "unit", 89.00, 3),
    ("SBN", "Field bean seed", "SEED", "t", 540.00, 2),
    ("SRY", "Hybrid rye seed", "SEED", "unit", 112.00, 0),
    ("GLY", "Glyphosate 360", "CHEM", "L", 4.85, 9),
    ("FUNG1", "Prothioconazole fungicide", "CHEM", "L", 38.20, 7),
    ("FUNG2", "Chlorothalonil-free SDHI mix", "CHEM", "L", 46.50, 5),
    ("HERB1", "Flufenacet pre-emergence", "CHEM", "L", 29.90, 6),
    ("HERB2", "Pendimethalin herbicide", "CHEM", "L", 12.40, 3),
    ("PGR", "Chlormequat growth regulator", "CHEM", "L", 3.95, 4),
    ("SLUG", "Ferric phosphate slug pellets", "CHEM", "kg", 2.65, 4),
    ("INS", "Lambda-cyhalothrin insecticide", "CHEM", "L", 21.00, 0),
    ("RDSL", "Red diesel (gas oil)", "FUEL", "L", 0.78, 16),
    ("ADBL", "AdBlue", "FUEL", "L", 0.62, 4),
    ("ENGO", "Engine oil 15W-40 (205L)", "FUEL", "unit", 610.00, 2),
    ("TWN", "Baler twine", "MISC", "unit", 32.00, 2),
    ("NET", "Bale net wrap", "MISC", "unit", 118.00, 1),
    ("PPE", "Spray PPE kit", "MISC", "unit", 45.00, 1),
    ("SACK", "Grain sampling sacks (100)", "MISC", "unit", 24.50, 0),
]
#: usual quantity range (and step) per order by category and unit
_QTY = {("FERT", "t"): (1, 40, 1), ("SEED", "t"): (1, 12, 1), ("SEED", "unit"): (2, 40, 1),
        ("CHEM", "L"): (10, 400, 5), ("CHEM", "kg"): (25, 600, 25), ("FUEL", "L"): (500, 6000, 100),
        ("FUEL", "unit"): (1, 4, 1), ("MISC", "unit"): (1, 30, 1)}  # fmt: skip
#: code, name, type, day rate, purchased, popularity, retired
_EQUIPMENT = [
    ("CMB01", "Claas Lexion 760 combine", "COMB", 1150.00, "2016-06-20", 9, None),
    ("CMB02", "John Deere S790 combine", "COMB", 1380.00, "2021-05-14", 12, None),
    ("CMB03", "New Holland CR8.90 combine", "COMB", 1240.00, "2014-07-01", 3, "2024-03-28"),
    ("DRL01", "Vaderstad Rapid 6m drill", "DRL", 265.00, "2018-08-30", 8, None),
    ("DRL02", "Horsch Pronto 4DC drill", "DRL", 240.00, "2020-02-11", 6, None),
    ("DRL03", "Claydon Hybrid T6 drill", "DRL", 255.00, "2023-01-19", 5, None),
    ("SPR01", "Amazone UX 5201 trailed sprayer", "SPR", 190.00, "2017-03-03", 7, None),
    ("SPR02", "Househam Harrier sprayer", "SPR", 210.00, "2022-02-25", 5, None),
    ("TRL01", "Bailey 16t grain trailer", "TRL", 72.00, "2015-06-15", 6, None),
    ("TRL02", "Bailey 16t grain trailer", "TRL", 72.00, "2015-06-15", 4, None),
    ("TRL03", "Richard Western 18t trailer", "TRL", 85.00, "2022-07-01", 6, None),
    ("TEL01", "JCB 542-70 telehandler", "TEL", 150.00, "2019-04-09", 5, None),
    ("TEL02", "Manitou MLT 635 telehandler", "TEL", 140.00, "2013-09-12", 2, "2023-11-30"),
    ("BAL01", "Krone BiG Pack 1290 baler", "BAL", 320.00, "2020-06-01", 3, None),
    ("BAL02", "McHale round baler", "BAL", 175.00, "2025-05-20", 0, None),
    ("SPR03", "Knight 3000 mounted sprayer", "SPR", 120.00, "2012-04-04", 0, "2023-02-17"),
]
_FARMS = [
    "Manor", "Grange", "Hall", "Church", "Fen", "Marsh", "Low", "High", "Red House", "White House", "Willow",
    "Poplar", "Ash Tree", "Oak Tree", "Elm", "Home", "Lodge", "Moor", "Drove", "Dyke", "Washway", "Bank",
    "Mill", "Priory", "Abbey", "Holly", "Park", "Wood", "Hill", "Brook", "Glebe", "Common", "North", "South",
    "East", "West", "Rectory", "Bridge", "Ferry", "Sluice",
]  # fmt: skip
_FIRST = [
    "John", "David", "Richard", "Peter", "Andrew", "James", "Robert", "Michael", "Mark", "William", "Simon",
    "Stephen", "Thomas", "Edward", "Philip", "Charles", "Sarah", "Elizabeth", "Helen", "Jane", "Anne", "Kate",
    "Rebecca", "Louise",
]  # fmt: skip
_SURNAMES = [
    "Banham", "Clarke", "Dennis", "Elsey", "Fisher", "Gotobed", "Harrison", "Ingram", "Jessop", "Kisby", "Leverington",
    "Mason", "Neave", "Osborne", "Pearson", "Quincey", "Ransome", "Savage", "Thurston", "Upwood", "Vergette",
    "Wright", "Youngs", "Bailey", "Cooper", "Dunham", "Emmerson", "Fowler", "Gathercole", "Hoyles", "Kerridge",
    "Lambert", "Marshall", "Nicholls", "Proctor", "Rix", "Stannard", "Tebbutt", "Walpole", "Woodhouse",
]  # fmt: skip
_FIELDS = [
    "Long Meadow", "Top Field", "Bottom Field", "Forty Acre", "Twenty Acre", "Church Piece", "Barn Field",
    "Middle Fen", "Drove Field", "Pylon Field", "Windmill Field", "Road Piece", "Back Field", "Pond Field",
    "Hundred Acre", "Sluice Field", "Bank Field", "Station Field", "Chapel Field", "Thistly Ground", "Cottage Field",
    "Gravel Pit", "Railway Field", "Big Field", "Little Field", "Hangar Field", "Black Fen", "Far Side",
]  # fmt: skip
_END = dt.date(2025, 12, 31)


def _weighted(rng: random.Random, items: list, weights: list):
    return rng.choices(items, weights=weights)[0]


def _rows(seed: int = 20917) -> dict[str, list[tuple]]:  # noqa: PLR0915 - one generator per table, in order
    rng = random.Random(seed)
    regions = [r[:3] for r in _REGIONS]
    crops = [c[:5] for c in _CROPS]
    crop_info = {c[0]: c for c in _CROPS}

    # members: a few very large farms, many small ones
    members, activity = [], {}
    names = rng.sample([(f, s) for f in _FIRST for s in _SURNAMES], 120)
    farm_names = rng.sample(
        [f"{a} Farm" for a in _FARMS] + [f"{s} Farms Ltd" for s in _SURNAMES] + [f"{s} Bros" for s in _SURNAMES], 120
    )
    for i in range(1, 121):
        region = _weighted(rng, [r[0] for r in _REGIONS], [r[3] for r in _REGIONS])
        join = random_day(rng, dt.date(1978, 4, 1), dt.date(2024, 12, 31))
        if i % 29 == 7:  # a handful of 2025 joiners, nothing delivered yet
            join = random_day(rng, dt.date(2025, 9, 1), dt.date(2025, 12, 15))
        sts, exit_dt = "A", None
        if i % 11 == 5:
            sts = "L"
            exit_dt = random_day(rng, dt.date(2024, 1, 10), dt.date(2025, 11, 30))
        elif i % 17 == 3:
            sts = "S"
        size = min(2200.0, rng.lognormvariate(5.0, 0.8))
        if i % 23 == 1:
            size *= 3.2  # the estates
        livestock = i % 19 == 11
        elsewhere = i in (57, 99)  # grow crops but sell them all to a merchant
        first, last = names[i - 1]
        members.append((i, f"M{i:04d}", farm_names[i - 1], f"{first} {last}", region, join.isoformat(),
                        exit_dt.isoformat() if exit_dt else None, sts, int(rng.random() < 0.08),
                        int(size > 90 or rng.random() < 0.6), round(size, 1)))  # fmt: skip
        activity[i] = {"size": size, "livestock": livestock, "join": join, "exit": exit_dt, "elsewhere": elsewhere}

    # fields: arable members split part of their land into named fields
    fields = []
    for m in members:
        info = activity[m[0]]
        if info["livestock"] or info["join"] > dt.date(2025, 1, 1):
            continue
        n = max(1, min(14, round(info["size"] / 45 + rng.random() * 2)))
        chosen = rng.sample(_FIELDS, n)
        for name in chosen:
            area = round(max(2.5, rng.gauss(info["size"] * 0.6 / n, 6)), 1)
            soil = _weighted(rng, [s[0] for s in _SOILS], [s[1] for s in _SOILS])
            if m[4] in ("NFN", "SFN") and rng.random() < 0.5:
                soil = rng.choice(["PT", "SI"])
            fields.append((len(fields) + 1, f"F{len(fields) + 1:04d}", m[0], name, area, soil,
                           int(soil in ("SA", "LO") and rng.random() < 0.35)))  # fmt: skip

    # plantings: harvest 2023-2025 plus the autumn 2025 sowings; a few fields left fallow in a year
    plantings = []
    crop_codes = [c[0] for c in _CROPS]
    crop_weights = [c[6] for c in _CROPS]
    for f in fields:
        info = activity[f[2]]
        for year in (2023, 2024, 2025, 2026):
            if info["exit"] and info["exit"].year < year:
                continue
            if rng.random() < 0.08 or f[0] % 31 == 0:
                continue  # fallow or in stewardship
            crop = _weighted(rng, crop_codes, crop_weights)
            if year == 2026 and not crop_info[crop][4]:
                continue
            winter = crop_info[crop][4]
            if winter:
                sow = random_day(rng, dt.date(year - 1, 9, 10), dt.date(year - 1, 10, 31))
            else:
                sow = random_day(rng, dt.date(year, 3, 1), dt.date(year, 4, 25))
            est = round(crop_info[crop][5] * rng.uniform(0.88, 1.1), 2)
            if year == 2026:
                sts, hrv = "G", None
            elif rng.random() < 0.045:
                sts, hrv = "F", None
            else:
                sts = "H"
                start = dt.date(year, 7, 8) if winter else dt.date(year, 8, 1)
                hrv = random_day(rng, start, start + dt.timedelta(days=40))
            plantings.append((len(plantings) + 1, f[0], crop, year, sow.isoformat(),
                              hrv.isoformat() if hrv else None, sts, est))  # fmt: skip

    # deliveries: part of each harvested crop comes to the co-op in trailer loads
    deliveries = []
    field_by_id = {f[0]: f for f in fields}
    for p in plantings:
        if p[6] != "H":
            continue
        field = field_by_id[p[1]]
        member = field[2]
        if activity[member]["elsewhere"]:
            continue
        tonnes = field[4] * p[7] * rng.uniform(0.75, 1.12) * rng.uniform(0.2, 0.55)
        hrv = dt.date.fromisoformat(p[5])
        site = _weighted(rng, ["HX", "BR", "ML"], [55, 30, 15] if member % 3 else [20, 20, 60])
        while tonnes > 1:
            load = round(min(tonnes, rng.uniform(18, 29.5)), 2)
            tonnes -= load
            if rng.random() < 0.7:
                day = hrv + dt.timedelta(days=rng.randrange(0, 6))
            else:
                day = hrv + dt.timedelta(days=rng.randrange(20, min(240, (_END - hrv).days)))
            moist = round(rng.uniform(12.8, 17.2) if day - hrv < dt.timedelta(days=8) else rng.uniform(12.5, 15.0), 1)
            grade, factor, _ = _weighted(rng, _GRADES, [g[2] for g in _GRADES])
            if p[2] == "MW" and grade == "P":
                factor = 1.12
            prc = round(crop_info[p[2]][3] * _YEAR_PRICE[p[3]] * factor, 2)
            amt = round(load * prc, 2)
            dry = round(load * (moist - 15) * 2.4, 2) if moist > 15 and grade != "R" else 0
            deliveries.append([0, "", member, p[0], p[2], day.isoformat(), site, load, moist, grade, prc, amt, dry])
    deliveries.sort(key=lambda d: (d[5], d[2], d[3]))
    deliveries = [(i, f"WB{23000 + i * 3}", *d[2:]) for i, d in enumerate(deliveries, 1)]

    # payments: harvest advance in October, final settlement the next March, dividend in December
    payments = []
    ref = 700100
    for m in members:
        mine = [d for d in deliveries if d[2] == m[0]]
        for year in (2023, 2024, 2025):
            value = sum(d[11] - d[12] for d in mine if plantings[d[3] - 1][3] == year)
            if value <= 0:
                continue
            plan = [("ADV", dt.date(year, 10, rng.randint(14, 25)), 0.6 * value)]
            if year < 2025:
                plan.append(("FIN", dt.date(year + 1, 3, rng.randint(10, 28)), 0.4 * value))
            plan.append(("DIV", dt.date(year, 12, rng.randint(5, 15)), 0.018 * value))
            for typ, day, amount in plan:
                if activity[m[0]]["exit"] and day > activity[m[0]]["exit"] and typ == "DIV":
                    continue
                sts = "P"
                if m[7] == "S" and day.year == 2025:
                    sts = "H"
                elif rng.random() < 0.025:
                    sts = "V"
                ref += rng.randint(1, 40)
                payments.append((0, m[0], day.isoformat(), typ, year, round(amount, 2), sts, f"FGC{ref}"))
    payments.sort(key=lambda r: (r[2], r[1]))
    payments = [(i, *r[1:]) for i, r in enumerate(payments, 1)]

    # input purchases: skewed towards the big farms; livestock farms buy fuel and sundries
    inputs = [(i, *x[:5]) for i, x in enumerate(_INPUTS, 1)]
    buyers = [m for m in members if activity[m[0]]["join"] < dt.date(2025, 6, 1)]
    buyer_w = [activity[m[0]]["size"] ** 0.9 * (0.3 if m[0] % 13 == 6 else 1) for m in buyers]
    orders = []
    for _ in range(1900):
        member = _weighted(rng, buyers, buyer_w)
        info = activity[member[0]]
        start = max(info["join"], dt.date(2023, 1, 3))
        end = min(info["exit"] or _END, _END)
        if start >= end:
            continue
        pool = [x for x in inputs if not info["livestock"] or x[3] in ("FUEL", "MISC")]
        item = _weighted(rng, pool, [_INPUTS[x[0] - 1][5] for x in pool])
        if _INPUTS[item[0] - 1][5] == 0:
            continue
        day = random_day(rng, start, end)
        low, high, step = _QTY[item[3], item[4]]
        qty = rng.randrange(low, high + 1, step)
        drift = {2023: 1.12, 2024: 0.97, 2025: 1.0}[day.year]
        price = round(float(item[5]) * drift * rng.uniform(0.97, 1.03), 2)
        r = rng.random()
        sts, delivered, cancelled = "D", None, None
        if day > dt.date(2025, 11, 20) and r < 0.6:
            sts = "O"
        elif r < 0.07:
            sts, cancelled = "CNX", min(day + dt.timedelta(days=rng.randint(0, 12)), _END)
        else:
            delivered = min(day + dt.timedelta(days=rng.randint(1, 14)), _END)
        orders.append([0, member[0], item[0], day.isoformat(), qty, price, round(qty * price, 2), sts,
                       delivered.isoformat() if delivered else None, cancelled.isoformat() if cancelled else None,
                       int(rng.random() < 0.55)])  # fmt: skip
    orders.sort(key=lambda o: (o[3], o[1]))
    orders = [(i, *o[1:]) for i, o in enumerate(orders, 1)]

    # equipment hire: combines at harvest, drills in autumn and spring, the rest all year
    equipment = [(i, e[0], e[1], e[2], e[3], e[4], int(e[6] is None), e[6]) for i, e in enumerate(_EQUIPMENT, 1)]
    season = {"COMB": [(7, 10, 9, 15)], "DRL": [(9, 1, 10, 31), (3, 1, 4, 20)], "SPR": [(3, 10, 6, 30)],
              "TRL": [(7, 10, 10, 15)], "TEL": [(1, 5, 12, 28)], "BAL": [(7, 15, 9, 20)]}  # fmt: skip
    hirers = [m for m in members if not activity[m[0]]["livestock"] and m[0] % 5 != 2]
    hirer_w = [activity[m[0]]["size"] ** 0.7 for m in hirers]
    hires = []
    while len(hires) < 620:
        e = _weighted(rng, equipment, [x[5] for x in _EQUIPMENT])
        year = rng.choice([2023, 2024, 2025])
        m1, d1, m2, d2 = rng.choice(season[e[3]])
        out = random_day(rng, dt.date(year, m1, d1), dt.date(year, m2, d2))
        if out < dt.date.fromisoformat(e[5]) or (e[7] and out >= dt.date.fromisoformat(e[7])):
            continue
        member = _weighted(rng, hirers, hirer_w)
        info = activity[member[0]]
        if out < info["join"] or (info["exit"] and out > info["exit"]):
            continue
        days = rng.choice([1, 1, 2, 2, 3, 4, 5, 7]) if e[3] != "TEL" else rng.randint(2, 21)
        if e[3] == "TEL" and out > dt.date(2025, 10, 20):
            days = rng.randint(60, 120)  # winter long-term hires, still out at the year end
        ret = out + dt.timedelta(days=days)
        opr = int(e[3] == "COMB" and rng.random() < 0.7 or rng.random() < 0.1)
        amt = round(float(e[4]) * days + (180 * days if opr else 0), 2)
        hires.append([0, e[0], member[0], out.isoformat(), ret.isoformat() if ret <= _END else None, days, amt, opr,
                      int(rng.random() < 0.04)])  # fmt: skip
    hires.sort(key=lambda h: (h[3], h[1]))
    hires = [(i, *h[1:]) for i, h in enumerate(hires, 1)]

    return {"rgn": regions, "mbr": members, "fld": fields, "crop": crops, "plnt": plantings, "dlv": deliveries,
            "pay": payments, "inp": inputs, "inp_ord": orders, "eqp": equipment, "eqp_hire": hires}  # fmt: skip


def build_coop_database(path: str | Path) -> Path:
    """Write the co-operative's database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
