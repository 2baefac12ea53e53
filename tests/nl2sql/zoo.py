"""A made-up zoo and wildlife park near Chester that opened in April 2022, kept in an old in-house system with very
terse legacy table and column names, written by someone who had not seen the engine's rules: the ``zoo`` dev set's
database.

Eleven tables with foreign keys. ``spc`` holds the species the park keeps or plans to keep (a ``spc_cd`` such as LION,
the common name ``cmn_nm``, the Latin name ``sci_nm``, a class code ``cls_cd`` MAM mammal / BRD bird / RPT reptile / AMP
amphibian, the IUCN Red List status ``iucn_cd`` LC least concern / NT near threatened / VU vulnerable / EN endangered /
CR critically endangered, and a diet code ``dt_cd`` H herbivore / C carnivore / O omnivore / I insectivore / P
fish-eater). ``encl`` holds the enclosures (an ``encl_cd`` such as E04, the name ``encl_nm``, a zone code ``zn_cd`` AFR
Africa / ASI Asia / SAM South America / NTH Northern Trail / TRP Tropical Houses / FRM Children's Farm, the area
``ar_m2`` in square metres, ``indr_flg`` 'Y'/'N' for an indoor house and the opening date ``opn_dt``). ``kpr`` holds the
keepers (a staff number ``kpr_no``, first and last name ``fst_nm``/``lst_nm``, a grade ``grd_cd`` HK head keeper / SK
senior keeper / KP keeper / TR trainee keeper, their home zone ``zn_cd``, hire date ``hr_dt`` and ``actv_flg`` 'Y'/'N'
whether they still work there). ``anml`` holds the individual animals (a ring or tag number ``tag_no``, the house name
``anml_nm``, species ``spc_id``, enclosure ``encl_id``, ``sex_cd`` M/F/U unknown, birth year ``brth_yr``, the date it
arrived ``acq_dt`` and how, ``acq_cd`` B born here / T transfer from another zoo / R rescue, a status ``st_cd`` A on
site / D died / X transferred out, the leaving date ``lv_dt`` or NULL, and its lead keeper ``kpr_id``). ``fd_log`` is
the feeding log (an animal fed by a keeper on ``fd_dt``, the food ``fd_itm``, the amount ``qty_kg`` and ``rfsd_flg``
'Y'/'N' when the animal refused it). ``trt_typ`` is the lookup of vet treatment codes (``trt_cd``, the description
``trt_dsc`` and ``rtn_flg`` 'Y' for routine preventive care). ``vt_trt`` holds vet treatments (an animal, a ``trt_cd``,
the date ``trt_dt``, the vet ``vet_nm``, the cost ``cst_amt`` and ``fu_flg`` 'Y'/'N' whether a follow-up was booked).
``tkt`` holds day ticket sales (sale date ``tkt_dt`` which is also the visit day, a ticket type ``tkt_typ`` A adult / C
child / S senior or student concession / F family of four, the sales channel ``chnl_cd`` W website / G gate / P phone,
the number of tickets ``qty``, the amount paid ``amt`` and a status ``st_cd`` P paid / R refunded). ``pss`` holds annual
passes (a ``pss_no``, the holder's first and last name ``hldr_fnm``/``hldr_lnm`` and home town ``hldr_twn``, a pass type
``pss_typ`` I individual / J joint / F family, the issue date ``iss_dt`` (a pass runs for a year from it), the price
``prc_amt``, an auto-renew flag ``arnw_flg`` 'Y'/'N' and a status ``st_cd`` A active / E expired / X cancelled, as at
the end of 2025). ``adpt`` holds animal adoptions, the park's sponsorship scheme (an animal, the sponsor's name
``spnsr_nm``, a sponsor type ``spnsr_typ`` I individual / C company / S school, the annual pass ``pss_id`` when the
sponsor holds one or NULL, a level ``lvl_cd`` BRZ bronze / SLV silver / GLD gold / PLT platinum, the start date
``strt_dt`` (an adoption runs for a year), the amount ``amt``, ``gft_flg`` 'Y'/'N' whether it was bought as a gift and a
status ``st_cd`` A active / E ended / X cancelled, as at the end of 2025). ``tlk`` holds keeper talks (a keeper at an
enclosure on ``tlk_dt`` at ``tlk_tm``, the head count ``aud_cnt`` and ``cncl_flg`` 'Y'/'N' when the talk was called off,
with a head count of 0). Rows come from a fixed seed, so every build holds the same rows; a few animals account for many
vet visits, lions, tigers and red pandas draw most adoptions, some animals were never treated or adopted, two keepers
give most of the talks and trainees give none, and two species and two new enclosures have no animals yet.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_zoo_database(pathlib.Path(tempfile.mkdtemp()) / "zoo.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM anml").fetchone()
    (173,)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_zoo_database"]

_SCHEMA = """
CREATE TABLE spc (
    spc_id INTEGER PRIMARY KEY, spc_cd TEXT NOT NULL, cmn_nm TEXT NOT NULL, sci_nm TEXT NOT NULL,
    cls_cd TEXT NOT NULL, iucn_cd TEXT NOT NULL, dt_cd TEXT NOT NULL
);
CREATE TABLE encl (
    encl_id INTEGER PRIMARY KEY, encl_cd TEXT NOT NULL, encl_nm TEXT NOT NULL, zn_cd TEXT NOT NULL,
    ar_m2 INTEGER NOT NULL, indr_flg TEXT NOT NULL, opn_dt TEXT NOT NULL
);
CREATE TABLE kpr (
    kpr_id INTEGER PRIMARY KEY, kpr_no TEXT NOT NULL, fst_nm TEXT NOT NULL, lst_nm TEXT NOT NULL,
    grd_cd TEXT NOT NULL, zn_cd TEXT NOT NULL, hr_dt TEXT NOT NULL, actv_flg TEXT NOT NULL
);
CREATE TABLE anml (
    anml_id INTEGER PRIMARY KEY, tag_no TEXT NOT NULL, anml_nm TEXT NOT NULL,
    spc_id INTEGER NOT NULL REFERENCES spc (spc_id), encl_id INTEGER NOT NULL REFERENCES encl (encl_id),
    sex_cd TEXT NOT NULL, brth_yr INTEGER NOT NULL, acq_dt TEXT NOT NULL, acq_cd TEXT NOT NULL, st_cd TEXT NOT NULL,
    lv_dt TEXT, kpr_id INTEGER NOT NULL REFERENCES kpr (kpr_id)
);
CREATE TABLE fd_log (
    fd_id INTEGER PRIMARY KEY, anml_id INTEGER NOT NULL REFERENCES anml (anml_id),
    kpr_id INTEGER NOT NULL REFERENCES kpr (kpr_id), fd_dt TEXT NOT NULL, fd_itm TEXT NOT NULL,
    qty_kg NUMERIC NOT NULL, rfsd_flg TEXT NOT NULL
);
CREATE TABLE trt_typ (
    trt_cd TEXT PRIMARY KEY, trt_dsc TEXT NOT NULL, rtn_flg TEXT NOT NULL
);
CREATE TABLE vt_trt (
    trt_id INTEGER PRIMARY KEY, anml_id INTEGER NOT NULL REFERENCES anml (anml_id),
    trt_cd TEXT NOT NULL REFERENCES trt_typ (trt_cd), trt_dt TEXT NOT NULL, vet_nm TEXT NOT NULL,
    cst_amt NUMERIC NOT NULL, fu_flg TEXT NOT NULL
);
CREATE TABLE tkt (
    tkt_id INTEGER PRIMARY KEY, tkt_dt TEXT NOT NULL, tkt_typ TEXT NOT NULL, chnl_cd TEXT NOT NULL,
    qty INTEGER NOT NULL, amt NUMERIC NOT NULL, st_cd TEXT NOT NULL
);
CREATE TABLE pss (
    pss_id INTEGER PRIMARY KEY, pss_no TEXT NOT NULL, hldr_fnm TEXT NOT NULL, hldr_lnm TEXT NOT NULL,
    hldr_twn TEXT NOT NULL, pss_typ TEXT NOT NULL, iss_dt TEXT NOT NULL,
    prc_amt NUMERIC NOT NULL, arnw_flg TEXT NOT NULL, st_cd TEXT NOT NULL
);
CREATE TABLE adpt (
    adpt_id INTEGER PRIMARY KEY, anml_id INTEGER NOT NULL REFERENCES anml (anml_id), spnsr_nm TEXT NOT NULL,
    spnsr_typ TEXT NOT NULL, pss_id INTEGER REFERENCES pss (pss_id), lvl_cd TEXT NOT NULL, strt_dt TEXT NOT NULL,
    amt NUMERIC NOT NULL, gft_flg TEXT NOT NULL, st_cd TEXT NOT NULL
);
CREATE TABLE tlk (
    tlk_id INTEGER PRIMARY KEY, kpr_id INTEGER NOT NULL REFERENCES kpr (kpr_id),
    encl_id INTEGER NOT NULL REFERENCES encl (encl_id), tlk_dt TEXT NOT NULL, tlk_tm TEXT NOT NULL,
    aud_cnt INTEGER NOT NULL, cncl_flg TEXT NOT NULL
);
"""

_OPEN = dt.date(2022, 4, 1)
_END = dt.date(2025, 12, 31)

#: code, common name, Latin name, class, IUCN, diet, enclosure code, head count, kg per feed, popularity
_SPECIES = [
    ("LION", "African Lion", "Panthera leo", "MAM", "VU", "C", "E01", 6, 7.0, 9),
    ("TIGR", "Sumatran Tiger", "Panthera tigris sumatrae", "MAM", "CR", "C", "E04", 3, 6.0, 9),
    ("GIRF", "Giraffe", "Giraffa camelopardalis", "MAM", "VU", "H", "E02", 5, 30.0, 7),
    ("ZEBR", "Plains Zebra", "Equus quagga", "MAM", "NT", "H", "E02", 7, 12.0, 3),
    ("MEER", "Meerkat", "Suricata suricatta", "MAM", "LC", "I", "E03", 14, 0.1, 6),
    ("RPND", "Red Panda", "Ailurus fulgens", "MAM", "EN", "H", "E05", 4, 1.5, 10),
    ("LEMR", "Ring-tailed Lemur", "Lemur catta", "MAM", "EN", "O", "E07", 10, 0.4, 5),
    ("CHMP", "Chimpanzee", "Pan troglodytes", "MAM", "EN", "O", "E08", 8, 3.5, 6),
    ("ELPH", "Asian Elephant", "Elephas maximus", "MAM", "EN", "H", "E06", 4, 120.0, 8),
    ("SNLP", "Snow Leopard", "Panthera uncia", "MAM", "VU", "C", "E19", 0, 3.0, 0),
    ("CAPY", "Capybara", "Hydrochoerus hydrochaeris", "MAM", "LC", "H", "E11", 6, 2.5, 2),
    ("SLTH", "Linne's Two-toed Sloth", "Choloepus didactylus", "MAM", "LC", "H", "E15", 2, 0.6, 4),
    ("WOLF", "Grey Wolf", "Canis lupus", "MAM", "LC", "C", "E12", 6, 2.5, 4),
    ("OTTR", "Eurasian Otter", "Lutra lutra", "MAM", "NT", "P", "E14", 4, 1.0, 5),
    ("RNDR", "Reindeer", "Rangifer tarandus", "MAM", "VU", "H", "E13", 6, 8.0, 2),
    ("ALPC", "Alpaca", "Vicugna pacos", "MAM", "LC", "H", "E18", 8, 2.0, 2),
    ("PNGN", "Humboldt Penguin", "Spheniscus humboldti", "BRD", "VU", "P", "E09", 20, 0.5, 6),
    ("FLMG", "Chilean Flamingo", "Phoenicopterus chilensis", "BRD", "NT", "O", "E10", 24, 0.3, 1),
    ("MCAW", "Scarlet Macaw", "Ara macao", "BRD", "LC", "H", "E15", 4, 0.2, 2),
    ("SOWL", "Snowy Owl", "Bubo scandiacus", "BRD", "VU", "C", "E17", 3, 0.3, 3),
    ("OSTR", "Common Ostrich", "Struthio camelus", "BRD", "LC", "O", "E02", 3, 2.0, 1),
    ("TCAN", "Toco Toucan", "Ramphastos toco", "BRD", "LC", "O", "E15", 2, 0.3, 2),
    ("KMDO", "Komodo Dragon", "Varanus komodoensis", "RPT", "EN", "C", "E16", 2, 4.0, 5),
    ("TORT", "Galapagos Giant Tortoise", "Chelonoidis niger", "RPT", "VU", "H", "E16", 3, 5.0, 4),
    ("ANAC", "Green Anaconda", "Eunectes murinus", "RPT", "LC", "C", "E15", 1, 3.0, 1),
    ("NCRC", "Nile Crocodile", "Crocodylus niloticus", "RPT", "LC", "C", "E20", 0, 5.0, 0),
    ("AXOL", "Axolotl", "Ambystoma mexicanum", "AMP", "CR", "C", "E16", 8, 0.02, 1),
    ("PDFG", "Dyeing Poison Dart Frog", "Dendrobates tinctorius", "AMP", "LC", "I", "E15", 10, 0.01, 1),
]
#: code, name, zone, area, indoor, opened
_ENCLOSURES = [
    ("E01", "Lion Ridge", "AFR", 4200, "N", "2022-04-01"), ("E02", "Savannah Plains", "AFR", 12500, "N", "2022-04-01"),
    ("E03", "Meerkat Mound", "AFR", 300, "N", "2022-04-01"), ("E04", "Tiger Forest", "ASI", 3600, "N", "2022-04-01"),
    ("E05", "Red Panda Walk", "ASI", 900, "N", "2022-04-01"), ("E06", "Elephant House", "ASI", 8000, "Y", "2022-04-01"),
    ("E07", "Lemur Island", "AFR", 1100, "N", "2022-06-18"), ("E08", "Chimp Kingdom", "AFR", 2600, "N", "2022-04-01"),
    ("E09", "Penguin Cove", "SAM", 1400, "N", "2022-04-01"), ("E10", "Flamingo Lagoon", "SAM", 2000, "N", "2022-04-01"),
    ("E11", "Capybara Marsh", "SAM", 1500, "N", "2023-03-25"), ("E12", "Wolf Wood", "NTH", 5200, "N", "2022-04-01"),
    ("E13", "Reindeer Fell", "NTH", 3800, "N", "2022-11-19"), ("E14", "Otter Creek", "NTH", 700, "N", "2022-04-01"),
    ("E15", "Tropical House", "TRP", 1800, "Y", "2022-04-01"), ("E16", "Reptile House", "TRP", 1200, "Y", "2022-04-01"),
    ("E17", "Owl Barn", "NTH", 400, "Y", "2023-07-08"), ("E18", "Alpaca Paddock", "FRM", 1600, "N", "2022-04-01"),
    ("E19", "Snow Leopard Peak", "ASI", 2900, "N", "2025-09-27"),
    ("E20", "Crocodile Creek", "TRP", 1000, "Y", "2025-11-15"),
]  # fmt: skip
#: first, last, grade, zone, hired, active
_KEEPERS = [
    ("Gemma", "Holloway", "HK", "AFR", "2022-01-10", "Y"), ("Rob", "Ashworth", "SK", "AFR", "2022-01-10", "Y"),
    ("Priya", "Naidoo", "KP", "AFR", "2022-02-14", "Y"), ("Callum", "Reid", "KP", "AFR", "2023-05-02", "Y"),
    ("Jade", "Whitlock", "TR", "AFR", "2025-03-03", "Y"), ("Tom", "Beddows", "HK", "ASI", "2022-01-10", "Y"),
    ("Hannah", "Lowe", "SK", "ASI", "2022-02-14", "Y"), ("Owen", "Pritchard", "KP", "ASI", "2022-03-07", "N"),
    ("Sian", "Griffiths", "KP", "ASI", "2023-09-11", "Y"), ("Megan", "Carter", "SK", "SAM", "2022-01-24", "Y"),
    ("Dan", "Kearney", "KP", "SAM", "2022-03-07", "Y"), ("Ellie", "Marsh", "TR", "SAM", "2024-09-02", "Y"),
    ("Ian", "Fletcher", "SK", "NTH", "2022-01-24", "Y"), ("Laura", "Benson", "KP", "NTH", "2022-06-06", "N"),
    ("Josh", "Tranter", "KP", "NTH", "2024-01-08", "Y"), ("Nina", "Okafor", "SK", "TRP", "2022-01-24", "Y"),
    ("Carl", "Dunne", "KP", "TRP", "2022-03-07", "Y"), ("Ruth", "Ellison", "KP", "TRP", "2023-02-13", "Y"),
    ("Amy", "Jepson", "KP", "FRM", "2022-03-07", "Y"), ("Liam", "Hough", "TR", "FRM", "2025-06-16", "Y"),
]  # fmt: skip
#: code, description, routine, cost range, weight
_TREATMENTS = [
    ("HCK", "Health check", "Y", (45, 90), 30), ("VAC", "Vaccination", "Y", (35, 80), 14),
    ("WRM", "Deworming", "Y", (20, 45), 16), ("CTR", "Contraceptive implant", "Y", (90, 180), 4),
    ("DNT", "Dental work", "N", (150, 600), 6), ("INJ", "Wound or injury care", "N", (60, 300), 12),
    ("XRY", "X-ray or scan", "N", (180, 450), 7), ("SRG", "Surgery", "N", (800, 3200), 3),
    ("QRN", "Quarantine check", "Y", (70, 120), 0), ("ACU", "Acupuncture", "N", (90, 140), 0),
]  # fmt: skip
_VETS = ["Dr Anna Kowalczyk", "Dr Ben Osei", "Dr Claire Mottram", "Dr Dev Raman"]
_FOODS = {"C": ["Whole carcass", "Beef", "Chicken", "Rabbit"], "H": ["Hay", "Browse", "Pellets", "Fruit and veg"],
          "O": ["Fruit and veg", "Pellets", "Insects", "Fish"], "I": ["Insects", "Mealworms", "Crickets"],
          "P": ["Fish", "Sprats", "Herring"]}  # fmt: skip
_NAMES = [
    "Zuri", "Kito", "Nala", "Simba", "Asha", "Tano", "Raja", "Indah", "Bima", "Twiga", "Jabari", "Kesi", "Lulu", "Mosi",
    "Penda", "Rafiki", "Sefu", "Tatu", "Imani", "Juma", "Kibo", "Makena", "Nuru", "Pili", "Saba", "Tamu", "Ajani",
    "Bahati", "Chausiku", "Dalila", "Ember", "Ginger", "Maple", "Willow", "Hazel", "Rusty", "Sage", "Pepper", "Biscuit",
    "Nutmeg", "Koda", "Luna", "Storm", "Shadow", "Aspen", "Frost", "Blitzen", "Comet", "Dasher", "Holly", "Ivy",
    "Juniper", "Pablo", "Rosa", "Lola", "Diego", "Paco", "Ramon", "Frida", "Coco", "Mango", "Kiwi", "Papaya", "Sunny",
    "Ziggy", "Bramble", "Thistle", "Clover", "Fern", "Moss", "Pebble", "Skye", "Tilly", "Rolo", "Wispa", "Oreo",
    "Dotty", "Bertie", "Hamish", "Percy", "Gus", "Otis", "Mabel", "Hugo", "Ziva", "Sultan", "Mek", "Komo", "Tiny",
    "Goliath", "Sheldon", "Myrtle", "Kaa", "Basil", "Rocco", "Miko", "Bao", "Lin", "Mei", "Chester", "Pip", "Squeak",
    "Nibbles", "Whisper", "Echo", "Flint", "Cinder", "Tundra", "Blizzard", "Sorrel", "Bracken",
]  # fmt: skip
_FIRST = [
    "Sarah", "James", "Emma", "David", "Rachel", "Mark", "Laura", "Chris", "Kate", "Paul", "Helen", "Gareth", "Lucy",
    "Steve", "Zoe", "Adam", "Nicola", "Rhys", "Becky", "Andy", "Carys", "Martin", "Jo", "Neil",
]  # fmt: skip
_LAST = [
    "Jones", "Williams", "Davies", "Evans", "Roberts", "Hughes", "Smith", "Taylor", "Brown", "Wilson", "Lloyd", "Parry",
    "Edwards", "Morris", "Price", "Bennett", "Hassan", "Kaur", "Moore", "Shaw", "Owen", "Foster",
]  # fmt: skip
_TOWNS = [("Chester", 30), ("Wrexham", 14), ("Ellesmere Port", 10), ("Warrington", 9), ("Liverpool", 8),
          ("Crewe", 6), ("Mold", 6), ("Northwich", 5), ("Runcorn", 4), ("Manchester", 3)]  # fmt: skip
_COMPANIES = ["Deeside Logistics Ltd", "Grosvenor Estates", "Chester Building Society", "Vale Royal Solar",
              "Cheshire Oaks Dental", "Rowlinson Homes", "Dee Valley Water"]  # fmt: skip
_SCHOOLS = ["Upton Heath Primary", "Hoole CE Primary", "Boughton Heath Academy", "Tarvin Primary School",
            "Gladstone Primary", "Acresfield Community Primary"]  # fmt: skip
#: ticket type, share, price per year 2022..2025
_TICKETS = {"A": (40, [24.5, 26.0, 27.5, 29.0]), "C": (30, [16.0, 17.0, 18.0, 19.0]),
            "S": (12, [20.0, 21.0, 22.0, 23.0]), "F": (18, [72.0, 76.0, 80.0, 84.0])}  # fmt: skip
_PASSES = {"I": (5, [85.0, 89.0, 95.0, 99.0]), "J": (3, [150.0, 158.0, 165.0, 172.0]),
           "F": (4, [210.0, 220.0, 235.0, 245.0])}  # fmt: skip
_LEVELS = {"BRZ": 40.0, "SLV": 75.0, "GLD": 150.0, "PLT": 500.0}
_MONTH_WEIGHT = {1: 3, 2: 5, 3: 6, 4: 10, 5: 9, 6: 10, 7: 14, 8: 16, 9: 8, 10: 9, 11: 4, 12: 6}


def _seasonal_day(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    """A day from ``start`` to ``end`` weighted towards summer and weekends."""
    while True:
        day = random_day(rng, start, end)
        weight = _MONTH_WEIGHT[day.month] * (2 if day.weekday() >= 5 else 1)
        if rng.random() * 32 < weight and not (day.month == 12 and day.day == 25):
            return day


def _rows(seed: int = 4417) -> dict[str, list[tuple]]:  # noqa: PLR0915 - one generator per table, in order
    rng = random.Random(seed)
    species = [(i, *s[:6]) for i, s in enumerate(_SPECIES, 1)]
    enclosures = [(i, *e) for i, e in enumerate(_ENCLOSURES, 1)]
    encl_id = {e[1]: e[0] for e in enclosures}
    keepers = [(i, f"K{300 + i * 11}", *k) for i, k in enumerate(_KEEPERS, 1)]
    by_zone = {}
    for k in keepers:
        by_zone.setdefault(k[5], []).append(k)
    # animals: the founding collection arrived around opening, later arrivals, births and a few leavers
    animals = []
    names = list(_NAMES)
    rng.shuffle(names)
    for sid, s in enumerate(_SPECIES, 1):
        code, _, _, cls, _, _, encl_cd, count, _, _ = s
        encl = enclosures[encl_id[encl_cd] - 1]
        for n in range(1, count + 1):
            acq = rng.choices(["T", "B", "R"], weights=[70, 20, 10] if count > 3 else [85, 5, 10])[0]
            if n <= max(2, count // 2) and acq == "B":
                acq = "T"
            if acq == "B":
                day = random_day(rng, dt.date(2023, 2, 1), dt.date(2025, 10, 31))
                born = day.year
            else:
                first = dt.date.fromisoformat(encl[6])
                if rng.random() < 0.6:  # the founding group, just before the enclosure opened
                    day = random_day(rng, max(first - dt.timedelta(days=40), dt.date(2022, 2, 1)), first)
                else:
                    day = random_day(rng, max(first, dt.date(2022, 5, 1)), dt.date(2025, 9, 30))
                born = day.year - rng.randint(1, {"MAM": 14, "BRD": 14, "RPT": 30, "AMP": 5}[cls])
            sex = rng.choice("MF") if cls != "AMP" or rng.random() < 0.5 else "U"
            status, left = "A", None
            if rng.random() < 0.09 and day < dt.date(2025, 6, 1):
                status = rng.choice("DX")
                left = random_day(rng, day + dt.timedelta(days=60), dt.date(2025, 11, 30)).isoformat()
            name = names.pop() if count <= 8 or n <= 2 else f"{s[1].split()[-1]} {n:02d}"
            zone_keepers = [k for k in by_zone[encl[3]] if k[4] != "TR"]
            lead = rng.choices(zone_keepers, weights=[3 if k[4] in ("HK", "SK") else 2 for k in zone_keepers])[0]
            tag = f"{code[:2]}{sid:02d}-{n:03d}"
            animals.append([0, tag, name, sid, encl[0], sex, born, day.isoformat(), acq, status, left, lead[0]])
    animals.sort(key=lambda a: (a[7], a[1]))
    animals = [(i, *a[1:]) for i, a in enumerate(animals, 1)]

    def on_site(animal: tuple, day: dt.date) -> bool:
        return animal[7] <= day.isoformat() and (animal[10] is None or day.isoformat() < animal[10])

    def keeper_on(zone: str, day: dt.date, *, trainees: bool = True) -> tuple:
        pool = [k for k in by_zone[zone] if k[6] <= day.isoformat() and (trainees or k[4] != "TR")]
        pool = [k for k in pool if k[7] == "Y" or day < dt.date(2024, 10, 1)] or pool
        return rng.choice(pool)

    feeds = []
    while len(feeds) < 4200:
        animal = rng.choice(animals)
        day = random_day(rng, _OPEN, _END)
        if not on_site(animal, day):
            continue
        s = _SPECIES[animal[3] - 1]
        keeper = keeper_on(enclosures[animal[4] - 1][3], day)
        item = rng.choice(_FOODS[s[5]])
        qty = round(s[8] * rng.uniform(0.7, 1.3), 2 if s[8] >= 0.1 else 3)
        refused = "Y" if rng.random() < (0.12 if animal[0] % 17 == 5 else 0.03) else "N"
        feeds.append((0, animal[0], keeper[0], day.isoformat(), item, qty, refused))
    feeds.sort(key=lambda f: (f[3], f[1]))
    feeds = [(i, *f[1:]) for i, f in enumerate(feeds, 1)]
    treat_types = [t[:3] for t in _TREATMENTS]
    sickly = {a[0] for a in animals if a[0] % 23 == 7}
    never = {a[0] for a in animals if a[0] % 5 == 2}
    weights = [0 if a[0] in never else (10 if a[0] in sickly else 1) for a in animals]
    treatments = []
    while len(treatments) < 620:
        animal = rng.choices(animals, weights=weights)[0]
        day = random_day(rng, _OPEN, _END)
        if not on_site(animal, day):
            continue
        kind = rng.choices(_TREATMENTS, weights=[t[4] for t in _TREATMENTS])[0]
        if animal[0] in sickly and rng.random() < 0.4:
            kind = rng.choice([t for t in _TREATMENTS if t[0] in ("INJ", "XRY", "DNT", "SRG")])
        size = _SPECIES[animal[3] - 1][8]
        cost = rng.uniform(*kind[3]) * (1.6 if size >= 20 else 1.0)
        follow = "Y" if rng.random() < (0.6 if kind[2] == "N" else 0.08) else "N"
        treatments.append((0, animal[0], kind[0], day.isoformat(), rng.choice(_VETS), round(cost, 2), follow))
    for animal in animals:  # new arrivals by transfer get a quarantine check
        if animal[8] == "T" and animal[7] > "2022-06-01" and animal[0] % 3:
            day = dt.date.fromisoformat(animal[7]) + dt.timedelta(days=rng.randint(2, 20))
            treatments.append((0, animal[0], "QRN", day.isoformat(), rng.choice(_VETS), round(rng.uniform(70, 120), 2),
                               "N"))  # fmt: skip
    treatments.sort(key=lambda t: (t[3], t[1]))
    treatments = [(i, *t[1:]) for i, t in enumerate(treatments, 1)]
    tickets = []
    for i in range(1, 3601):
        day = _seasonal_day(rng, _OPEN, _END)
        kind = rng.choices(list(_TICKETS), weights=[t[0] for t in _TICKETS.values()])[0]
        qty = rng.choices([1, 2, 3, 4, 5, 6, 8, 12, 30], weights=[20, 38, 14, 12, 6, 4, 2, 1, 1])[0]
        if kind == "F":
            qty = rng.choices([1, 2], weights=[9, 1])[0]
        channel = rng.choices("WGP", weights=[52 + 4 * (day.year - 2022), 42, 6])[0]
        price = _TICKETS[kind][1][day.year - 2022] * (0.9 if channel == "W" else 1.0)
        status = "R" if rng.random() < 0.025 else "P"
        tickets.append((i, day.isoformat(), kind, channel, qty, round(price * qty, 2), status))
    tickets.sort(key=lambda t: (t[1], t[0]))
    tickets = [(i, *t[1:]) for i, t in enumerate(tickets, 1)]
    passes = []
    for i in range(1, 421):
        issued = _seasonal_day(rng, _OPEN, dt.date(2025, 12, 20))
        kind = rng.choices(list(_PASSES), weights=[p[0] for p in _PASSES.values()])[0]
        expires = issued.replace(year=issued.year + 1) - dt.timedelta(days=1)
        status = "A" if expires >= _END else "E"
        if rng.random() < 0.04:
            status = "X"
        town = rng.choices([t[0] for t in _TOWNS], weights=[t[1] for t in _TOWNS])[0]
        auto = "Y" if rng.random() < 0.35 else "N"
        passes.append((0, "", rng.choice(_FIRST), rng.choice(_LAST), town, kind, issued.isoformat(),
                       _PASSES[kind][1][issued.year - 2022], auto, status))  # fmt: skip
    passes.sort(key=lambda p: (p[6], p[3]))
    passes = [(i, f"AP{issued_year}{i:04d}", *p[2:]) for i, p in enumerate(passes, 1) for issued_year in [p[6][2:4]]]
    adoptions = []
    popularity = [_SPECIES[a[3] - 1][9] * (3 if a[0] % 11 == 4 else 1) * (0 if a[0] % 4 == 3 else 1) for a in animals]
    while len(adoptions) < 260:
        animal = rng.choices(animals, weights=popularity)[0]
        start = random_day(rng, max(dt.date.fromisoformat(animal[7]), dt.date(2022, 5, 1)), dt.date(2025, 12, 15))
        if not on_site(animal, start):
            continue
        kind = rng.choices("ICS", weights=[82, 8, 10])[0]
        holder = None
        if kind == "I":
            sponsor = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
            if rng.random() < 0.3:
                holder = rng.choice([p for p in passes if p[6] <= start.isoformat()])
                sponsor = f"{holder[2]} {holder[3]}"
            level = rng.choices(["BRZ", "SLV", "GLD"], weights=[50, 32, 18])[0]
        elif kind == "C":
            sponsor, level = rng.choice(_COMPANIES), rng.choice(["GLD", "PLT", "PLT"])
        else:
            sponsor, level = rng.choice(_SCHOOLS), rng.choice(["BRZ", "SLV"])
        leap = (start.month, start.day) == (2, 29)
        end = dt.date(start.year + 1, 3, 1) if leap else start.replace(year=start.year + 1)
        status = "A" if end > _END else "E"
        if rng.random() < 0.05 or (animal[10] is not None and animal[10] < end.isoformat()):
            status = "X"
        gift = "Y" if kind == "I" and rng.random() < 0.45 else "N"
        adoptions.append((0, animal[0], sponsor, kind, holder[0] if holder else None, level, start.isoformat(),
                          _LEVELS[level], gift, status))  # fmt: skip
    adoptions.sort(key=lambda a: (a[6], a[1]))
    adoptions = [(i, *a[1:]) for i, a in enumerate(adoptions, 1)]
    talks = []
    stage = [e for e in enclosures if e[1] not in ("E17", "E19", "E20")]
    stage_weights = [6 if e[1] in ("E01", "E09", "E05", "E06") else (2 if e[1] in ("E03", "E07", "E08") else 1)
                     for e in stage]  # fmt: skip
    while len(talks) < 720:
        encl = rng.choices(stage, weights=stage_weights)[0]
        day = _seasonal_day(rng, max(_OPEN, dt.date.fromisoformat(encl[6])), _END)
        keeper = keeper_on(encl[3], day, trainees=False)
        if encl[3] in ("AFR", "TRP") and rng.random() < 0.45:  # two keepers do far more talks than anyone else
            keeper = keepers[1] if encl[3] == "AFR" else keepers[15]
        slot = rng.choice(["11:00", "12:30", "14:00", "15:30"])
        cancelled = "Y" if rng.random() < (0.12 if day.month in (11, 12, 1, 2) else 0.04) else "N"
        crowd = 0 if cancelled == "Y" else max(3, round(rng.gauss(22, 9) * _MONTH_WEIGHT[day.month] / 9))
        talks.append((0, keeper[0], encl[0], day.isoformat(), slot, crowd, cancelled))
    talks.sort(key=lambda t: (t[3], t[4], t[2]))
    talks = [(i, *t[1:]) for i, t in enumerate(talks, 1)]
    return {"spc": species, "encl": enclosures, "kpr": keepers, "anml": animals, "fd_log": feeds,
            "trt_typ": treat_types, "vt_trt": treatments, "tkt": tickets, "pss": passes, "adpt": adoptions,
            "tlk": talks}  # fmt: skip


def build_zoo_database(path: str | Path) -> Path:
    """Write the zoo's database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
