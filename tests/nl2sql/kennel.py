"""A made-up dog boarding and grooming business with four sites around Harrogate, kept in an old system with terse
legacy column names, written by someone who had not seen the engine's rules: the ``kennel`` dev set's database.

Eleven tables with foreign keys. ``site`` holds the four sites (a ``site_cd`` such as HGT, the ``site_nm``, the town
``twn``, the opening date ``opn_dt``, ``knl_cap`` the number of kennels and ``grm_yn`` 'Y'/'N' whether it has a
grooming room). ``cd_lkup`` is the one lookup table for every code in the system: a ``cd_typ`` (STAY_STS stay status,
APPT_STS grooming appointment status, ROLE staff role, PMT payment method, VACC vaccine, SVC_TYP service type, SZ dog
size), the code ``cd`` and its meaning ``cd_desc``. ``brd`` lists dog breeds (a ``brd_cd``, the ``brd_nm`` and a size
code ``sz_cd`` S/M/L/X). ``cust`` holds customers (a ``cust_no``, first and last name ``cust_fnm``/``cust_lnm``, the
town they live in ``twn``, postcode ``pcd``, phone ``ph_no``, ``eml``, the date they registered ``reg_dt``, their
home site ``hm_site_id``, a marketing opt-in ``mktg_yn`` and ``actv_yn``). ``dg`` holds their dogs (owner
``cust_id``, name ``dg_nm``, ``brd_cd``, ``sex_cd`` M/F, date of birth ``dob``, neutered flag ``ntr_yn``, weight
``wt_kg``). ``stf`` holds staff (first and last name, ``site_id``, a ``role_cd``, ``hire_dt``, leaving date
``lv_dt`` or NULL, hourly rate ``hrly_rt``). ``svc`` is the price list (a ``svc_cd``, ``svc_nm``, ``svc_typ_cd``,
``unit_cd`` NT per night / DY per day / EA each, ``unit_prc`` and ``actv_yn``). ``stay`` holds boarding and day care
stays (a dog at a site on a boarding service, booked on ``bk_dt``, checking in on ``stay_in_dt`` and out on
``stay_out_dt``, the same day for day care, kennel number ``knl_no`` or NULL for day care, status ``sts_cd`` and
flags ``own_fd_yn`` for bringing its own food and ``meds_yn`` for needing medication). ``grm`` holds grooming
appointments (a dog at a site with a groomer ``stf_id`` on ``appt_dt`` at ``appt_tm`` for a grooming ``svc_cd``, a
status ``sts_cd`` and the minutes taken ``dur_min``). ``inv`` holds invoices: one per completed stay (``stay_id``)
or finished grooming appointment (``grm_id``), with the customer, site, ``inv_dt``, the net amount billed
``inv_amt`` after the discount ``disc_amt``, ``pd_yn`` whether it has been paid, ``pd_dt`` and the payment method
``pmt_cd`` (both NULL while unpaid). ``vacc`` records a dog's vaccinations (``vacc_cd``, ``vacc_dt``, expiry
``exp_dt`` and the vet practice ``vet_prac``). Rows come from a fixed seed, so every build holds the same rows; the
business's "today" is 30 June 2025, so later stays and appointments are still booked. A few customers account for
many stays, some dogs only ever come for grooming, some customers never booked anything, and some services are never
used.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_kennel_database(pathlib.Path(tempfile.mkdtemp()) / "kennel.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM site").fetchone()
    (4,)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_kennel_database"]

_SCHEMA = """
CREATE TABLE site (
    site_id INTEGER PRIMARY KEY, site_cd TEXT NOT NULL, site_nm TEXT NOT NULL, twn TEXT NOT NULL,
    opn_dt DATE NOT NULL, knl_cap INTEGER NOT NULL, grm_yn TEXT NOT NULL
);
CREATE TABLE cd_lkup (
    cd_typ TEXT NOT NULL, cd TEXT NOT NULL, cd_desc TEXT NOT NULL, PRIMARY KEY (cd_typ, cd)
);
CREATE TABLE brd (
    brd_cd TEXT PRIMARY KEY, brd_nm TEXT NOT NULL, sz_cd TEXT NOT NULL
);
CREATE TABLE cust (
    cust_id INTEGER PRIMARY KEY, cust_no TEXT NOT NULL, cust_fnm TEXT NOT NULL, cust_lnm TEXT NOT NULL,
    twn TEXT NOT NULL, pcd TEXT NOT NULL, ph_no TEXT NOT NULL, eml TEXT, reg_dt DATE NOT NULL,
    hm_site_id INTEGER NOT NULL REFERENCES site (site_id), mktg_yn TEXT NOT NULL, actv_yn TEXT NOT NULL
);
CREATE TABLE dg (
    dg_id INTEGER PRIMARY KEY, cust_id INTEGER NOT NULL REFERENCES cust (cust_id), dg_nm TEXT NOT NULL,
    brd_cd TEXT NOT NULL REFERENCES brd (brd_cd), sex_cd TEXT NOT NULL, dob DATE NOT NULL, ntr_yn TEXT NOT NULL,
    wt_kg NUMERIC NOT NULL
);
CREATE TABLE stf (
    stf_id INTEGER PRIMARY KEY, stf_fnm TEXT NOT NULL, stf_lnm TEXT NOT NULL,
    site_id INTEGER NOT NULL REFERENCES site (site_id), role_cd TEXT NOT NULL, hire_dt DATE NOT NULL, lv_dt DATE,
    hrly_rt NUMERIC NOT NULL
);
CREATE TABLE svc (
    svc_cd TEXT PRIMARY KEY, svc_nm TEXT NOT NULL, svc_typ_cd TEXT NOT NULL, unit_cd TEXT NOT NULL,
    unit_prc NUMERIC NOT NULL, actv_yn TEXT NOT NULL
);
CREATE TABLE stay (
    stay_id INTEGER PRIMARY KEY, dg_id INTEGER NOT NULL REFERENCES dg (dg_id),
    site_id INTEGER NOT NULL REFERENCES site (site_id), svc_cd TEXT NOT NULL REFERENCES svc (svc_cd),
    bk_dt DATE NOT NULL, stay_in_dt DATE NOT NULL, stay_out_dt DATE NOT NULL, knl_no TEXT, sts_cd TEXT NOT NULL,
    own_fd_yn TEXT NOT NULL, meds_yn TEXT NOT NULL
);
CREATE TABLE grm (
    grm_id INTEGER PRIMARY KEY, dg_id INTEGER NOT NULL REFERENCES dg (dg_id),
    site_id INTEGER NOT NULL REFERENCES site (site_id), stf_id INTEGER NOT NULL REFERENCES stf (stf_id),
    appt_dt DATE NOT NULL, appt_tm TEXT NOT NULL, svc_cd TEXT NOT NULL REFERENCES svc (svc_cd),
    sts_cd TEXT NOT NULL, dur_min INTEGER
);
CREATE TABLE inv (
    inv_id INTEGER PRIMARY KEY, inv_no TEXT NOT NULL, cust_id INTEGER NOT NULL REFERENCES cust (cust_id),
    site_id INTEGER NOT NULL REFERENCES site (site_id), stay_id INTEGER REFERENCES stay (stay_id),
    grm_id INTEGER REFERENCES grm (grm_id), inv_dt DATE NOT NULL, inv_amt NUMERIC NOT NULL,
    disc_amt NUMERIC NOT NULL, pd_yn TEXT NOT NULL, pd_dt DATE, pmt_cd TEXT
);
CREATE TABLE vacc (
    vacc_id INTEGER PRIMARY KEY, dg_id INTEGER NOT NULL REFERENCES dg (dg_id), vacc_cd TEXT NOT NULL,
    vacc_dt DATE NOT NULL, exp_dt DATE NOT NULL, vet_prac TEXT NOT NULL
);
"""

_TODAY = dt.date(2025, 6, 30)
_START = dt.date(2022, 1, 4)
_HORIZON = dt.date(2025, 9, 30)  # the furthest a booking reaches

#: code, name, town, opened, kennels, grooming room, share of customers
_SITES = [
    ("HGT", "Harrogate", "Harrogate", "2016-05-01", 40, "Y", 10),
    ("RIP", "Ripon", "Ripon", "2018-09-01", 28, "Y", 6),
    ("WTB", "Wetherby", "Wetherby", "2020-03-02", 24, "N", 5),
    ("KNB", "Knaresborough", "Knaresborough", "2023-03-06", 20, "Y", 3),
]
_CODES = [
    ("STAY_STS", "B", "Booked"), ("STAY_STS", "I", "Checked in"), ("STAY_STS", "C", "Checked out"),
    ("STAY_STS", "X", "Cancelled"), ("STAY_STS", "N", "No show"),
    ("APPT_STS", "S", "Scheduled"), ("APPT_STS", "D", "Done"), ("APPT_STS", "X", "Cancelled"),
    ("APPT_STS", "N", "No show"),
    ("ROLE", "MGR", "Site manager"), ("ROLE", "GRM", "Groomer"), ("ROLE", "KNL", "Kennel assistant"),
    ("ROLE", "RCP", "Receptionist"),
    ("PMT", "CRD", "Card"), ("PMT", "CSH", "Cash"), ("PMT", "BAC", "Bank transfer"), ("PMT", "VCH", "Gift voucher"),
    ("VACC", "DHP", "Distemper, hepatitis and parvovirus"), ("VACC", "LEP", "Leptospirosis"),
    ("VACC", "KC", "Kennel cough"), ("VACC", "RAB", "Rabies"),
    ("SVC_TYP", "BRD", "Boarding"), ("SVC_TYP", "DAY", "Day care"), ("SVC_TYP", "GRM", "Grooming"),
    ("SVC_TYP", "XTR", "Extras"),
    ("SZ", "S", "Small"), ("SZ", "M", "Medium"), ("SZ", "L", "Large"), ("SZ", "X", "Giant"),
]  # fmt: skip
#: code, name, size, popularity, grooming-heavy (coat needs regular grooming)
_BREEDS = [
    ("LAB", "Labrador Retriever", "L", 14, 0), ("CKR", "Cocker Spaniel", "M", 12, 1),
    ("SPR", "Springer Spaniel", "M", 7, 1), ("BDR", "Border Collie", "M", 6, 0),
    ("GRT", "Golden Retriever", "L", 6, 1), ("CVP", "Cockapoo", "M", 13, 1), ("LDP", "Labradoodle", "L", 6, 1),
    ("CAV", "Cavalier King Charles Spaniel", "S", 5, 1), ("DAC", "Dachshund", "S", 5, 0),
    ("FBD", "French Bulldog", "S", 6, 0), ("JRT", "Jack Russell Terrier", "S", 6, 0),
    ("BTR", "Border Terrier", "S", 6, 1), ("SHZ", "Shih Tzu", "S", 5, 1), ("WHW", "West Highland Terrier", "S", 3, 1),
    ("MSC", "Miniature Schnauzer", "S", 4, 1), ("STB", "Staffordshire Bull Terrier", "M", 5, 0),
    ("GSD", "German Shepherd", "L", 4, 0), ("WHP", "Whippet", "M", 4, 0), ("BEA", "Beagle", "M", 3, 0),
    ("VIZ", "Hungarian Vizsla", "L", 2, 0), ("BMD", "Bernese Mountain Dog", "X", 1, 1),
    ("NFD", "Newfoundland", "X", 1, 1), ("GDN", "Great Dane", "X", 1, 0), ("PUG", "Pug", "S", 3, 0),
    ("CHI", "Chihuahua", "S", 2, 0), ("BIC", "Bichon Frise", "S", 3, 1), ("SMD", "Samoyed", "L", 1, 1),
    ("XBD", "Crossbreed", "M", 8, 0),
]  # fmt: skip
_WEIGHT = {"S": (4, 12), "M": (10, 22), "L": (24, 40), "X": (45, 70)}
#: code, name, type, unit, price, active
_SERVICES = [
    ("BSTD", "Standard kennel", "BRD", "NT", 32.00, "Y"), ("BLUX", "Luxury suite", "BRD", "NT", 46.00, "Y"),
    ("BSHR", "Shared family kennel (2 dogs)", "BRD", "NT", 52.00, "Y"),
    ("DAYC", "Doggy day care", "DAY", "DY", 26.00, "Y"), ("DHLF", "Half day care", "DAY", "DY", 16.00, "N"),
    ("GBTH", "Bath and brush", "GRM", "EA", 34.00, "Y"), ("GFUL", "Full groom", "GRM", "EA", 52.00, "Y"),
    ("GPUP", "Puppy introduction groom", "GRM", "EA", 25.00, "Y"), ("GNLS", "Nail trim", "GRM", "EA", 10.00, "Y"),
    ("GDSH", "De-shedding treatment", "GRM", "EA", 45.00, "Y"), ("GHST", "Hand stripping", "GRM", "EA", 62.00, "Y"),
    ("GTTH", "Teeth cleaning", "GRM", "EA", 18.00, "N"),
    ("XWLK", "Extra walk", "XTR", "EA", 8.00, "Y"), ("XMED", "Medication given", "XTR", "DY", 3.50, "Y"),
]  # fmt: skip
_SIZE_SURCHARGE = {"S": 0, "M": 5, "L": 10, "X": 18}
#: customers' home towns near each site, with postcode districts
_TOWNS = {
    1: [("Harrogate", "HG1", 6), ("Harrogate", "HG2", 5), ("Harrogate", "HG3", 3), ("Pannal", "HG3", 1),
        ("Killinghall", "HG3", 1)],
    2: [("Ripon", "HG4", 6), ("Masham", "HG4", 1), ("Boroughbridge", "YO51", 2), ("Bishop Monkton", "HG3", 1)],
    3: [("Wetherby", "LS22", 6), ("Boston Spa", "LS23", 2), ("Tadcaster", "LS24", 1), ("Collingham", "LS22", 1)],
    4: [("Knaresborough", "HG5", 6), ("Scotton", "HG5", 1), ("Boroughbridge", "YO51", 1)],
}  # fmt: skip
_FIRST = ["Sarah", "James", "Emma", "David", "Helen", "Richard", "Claire", "Andrew", "Rachel", "Mark", "Joanne",
          "Paul", "Louise", "Simon", "Victoria", "Graham", "Nicola", "Stuart", "Kirsty", "Ian", "Fiona", "Neil",
          "Amanda", "Gary", "Lucy", "Tom", "Hannah", "Chris", "Becky", "Martin", "Jill", "Alan", "Sophie", "Rob",
          "Katie", "Pete", "Gemma", "Dan", "Karen", "Steve"]  # fmt: skip
_LAST = ["Smith", "Jones", "Taylor", "Brown", "Wilson", "Thompson", "Walker", "Wright", "Robinson", "White",
         "Hughes", "Wood", "Clarke", "Hall", "Green", "Harrison", "Atkinson", "Metcalfe", "Dawson", "Pickersgill",
         "Sutcliffe", "Hirst", "Lister", "Barraclough", "Ackroyd", "Holmes", "Greenwood", "Shaw", "Booth", "Hepworth",
         "Armitage", "Firth", "Kershaw", "Precious", "Whiteley", "Oldroyd", "Wainwright", "Raistrick", "Patel",
         "Khan", "O'Brien", "Fraser", "Murray", "Lund", "Moorhouse"]  # fmt: skip
_DOG_NAMES = ["Bella", "Luna", "Daisy", "Poppy", "Milo", "Teddy", "Alfie", "Bailey", "Max", "Charlie", "Coco",
              "Rosie", "Ruby", "Bonnie", "Archie", "Buster", "Hugo", "Monty", "Ollie", "Bear", "Biscuit", "Willow",
              "Maisie", "Lola", "Nala", "Winston", "Otis", "Ted", "Murphy", "Toby", "Pippa", "Honey", "Duke",
              "Ralph", "Skye", "Bruno", "Dexter", "Mabel", "Hattie", "Flo", "Bramble", "Pepper", "Marley", "Jasper",
              "Cooper", "Tilly", "Fudge", "Barney", "Ziggy", "Juno", "Meg", "Bob", "Nell", "Scout", "Rolo"]  # fmt: skip
_FEMALE_DOGS = {
    "Bella",
    "Luna",
    "Daisy",
    "Poppy",
    "Coco",
    "Rosie",
    "Ruby",
    "Bonnie",
    "Willow",
    "Maisie",
    "Lola",
    "Nala",
    "Pippa",
    "Honey",
    "Skye",
    "Mabel",
    "Hattie",
    "Flo",
    "Pepper",
    "Tilly",
    "Juno",
    "Meg",
    "Nell",
}
_VETS = ["Bishopton Vets", "Nidd Valley Vets", "Castle Vets Knaresborough", "Wetherby Veterinary Group",
         "Harrogate Animal Hospital", "Ure Vets Ripon", "PDSA Leeds"]  # fmt: skip
#: per site: (first, last, role, hired, left, hourly rate)
_STAFF = {
    1: [("Joanne", "Kirby", "MGR", "2016-04-11", None, 15.8), ("Megan", "Lowther", "RCP", "2019-06-03", None, 11.6),
        ("Beth", "Rawlinson", "RCP", "2022-08-15", None, 11.44),
        ("Callum", "Hesketh", "KNL", "2020-05-18", None, 11.44),
        ("Liam", "Fawcett", "KNL", "2021-03-01", "2023-09-29", 10.42),
        ("Ellie", "Binns", "KNL", "2022-02-07", None, 11.44), ("Jordan", "Spence", "KNL", "2023-10-09", None, 11.44),
        ("Tasha", "Moorby", "GRM", "2017-01-09", None, 14.2), ("Zoe", "Calvert", "GRM", "2021-09-06", None, 13.1),
        ("Amy", "Bolton", "GRM", "2022-01-10", "2023-06-30", 12.5),
        ("Kayleigh", "Ingle", "GRM", "2023-07-03", None, 12.9)],
    2: [("Martin", "Dinsdale", "MGR", "2018-08-01", None, 15.2), ("Sian", "Pratt", "RCP", "2020-10-12", None, 11.44),
        ("Owen", "Clapham", "KNL", "2019-04-08", None, 11.44), ("Abbie", "Wray", "KNL", "2022-05-23", None, 11.44),
        ("Harvey", "Nelson", "KNL", "2024-03-11", None, 11.44), ("Lauren", "Teasdale", "GRM", "2018-09-03", None, 13.6),
        ("Chloe", "Mudd", "GRM", "2022-11-14", None, 12.6)],
    3: [("Gillian", "Petty", "MGR", "2020-02-03", None, 15.0), ("Ryan", "Tomlinson", "KNL", "2020-02-24", None, 11.44),
        ("Jade", "Haigh", "KNL", "2021-07-19", None, 11.44),
        ("Nathan", "Brook", "RCP", "2022-04-04", "2024-08-30", 11.0),
        ("Freya", "Outhwaite", "RCP", "2024-09-02", None, 11.44)],
    4: [("Dean", "Sowerby", "MGR", "2023-01-16", None, 15.0), ("Holly", "Thackray", "KNL", "2023-02-20", None, 11.44),
        ("Millie", "Umpleby", "RCP", "2023-02-20", None, 11.44), ("Anna", "Gaunt", "GRM", "2023-02-27", None, 13.0)],
}  # fmt: skip


def _season_day(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    """A day from ``start`` to ``end``, busier in summer, at Easter and over Christmas."""
    weights = {1: 0.5, 2: 0.8, 3: 0.7, 4: 1.2, 5: 1.0, 6: 1.1, 7: 1.6, 8: 1.8, 9: 1.0, 10: 1.1, 11: 0.6, 12: 1.3}
    while True:
        day = random_day(rng, start, end)
        if rng.random() < weights[day.month] / 1.8:
            return day


def _rows(seed: int = 5309) -> dict[str, list[tuple]]:  # noqa: C901, PLR0912, PLR0915 - one generator per table
    rng = random.Random(seed)
    sites = [(i, s[0], s[1], s[2], s[3], s[4], s[5]) for i, s in enumerate(_SITES, 1)]
    opened = {i: dt.date.fromisoformat(s[3]) for i, s in enumerate(_SITES, 1)}
    codes = list(_CODES)
    breeds = [b[:3] for b in _BREEDS]
    size = {b[0]: b[2] for b in _BREEDS}
    coat = {b[0]: b[4] for b in _BREEDS}
    services = list(_SERVICES)
    price = {s[0]: s[4] for s in _SERVICES}
    staff = []
    for site_id in range(1, 5):
        for first, last, role, hired, left, rate in _STAFF[site_id]:
            staff.append((len(staff) + 1, first, last, site_id, role, hired, left, rate))
    # customers: a few heavy boarders, some who only groom, some who never came
    names = rng.sample([(f, s) for f in _FIRST for s in _LAST], 420)
    customers, habit = [], {}
    for i in range(1, 421):
        site_id = rng.choices([1, 2, 3, 4], weights=[s[6] for s in _SITES])[0]
        town, district, _ = rng.choices(_TOWNS[site_id], weights=[t[2] for t in _TOWNS[site_id]])[0]
        earliest = max(opened[site_id] - dt.timedelta(days=30), _START)  # when this system went live
        latest = dt.date(2025, 5, 31) if rng.random() < 0.6 else max(earliest, dt.date(2022, 6, 30))
        reg = random_day(rng, earliest, latest)
        first, last = names[i - 1]
        pcd = f"{district} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        phone = f"07{rng.randint(700, 999)} {rng.randint(100000, 999999)}"
        handle = f"{first.lower()}.{last.lower().replace(chr(39), '')}"
        email = None if rng.random() < 0.12 else f"{handle}{rng.randint(1, 99)}@example.co.uk"
        kind = rng.choices(["never", "groom", "board", "heavy"], weights=[6, 16, 74, 4])[0]
        habit[i] = kind
        active = "N" if kind == "never" and rng.random() < 0.5 or rng.random() < 0.06 else "Y"
        customers.append((i, f"C{10000 + i * 3}", first, last, town, pcd, phone, email, reg.isoformat(), site_id,
                          rng.choice(["Y", "Y", "N"]), active))  # fmt: skip
    dogs = []
    for cust in customers:
        n = rng.choices([1, 2, 3], weights=[72, 22, 6])[0]
        used = []
        for _ in range(n):
            breed = rng.choices(_BREEDS, weights=[b[3] for b in _BREEDS])[0][0]
            name = rng.choice([d for d in _DOG_NAMES if d not in used])
            used.append(name)
            sex = "F" if name in _FEMALE_DOGS else "M"
            dob = random_day(rng, dt.date(2010, 1, 1), dt.date(2024, 12, 31))
            low, high = _WEIGHT[size[breed]]
            weight = round(rng.uniform(low, high), 1)
            neutered = "Y" if rng.random() < (0.75 if dob < dt.date(2023, 6, 1) else 0.25) else "N"
            dogs.append((len(dogs) + 1, cust[0], name, breed, sex, dob.isoformat(), neutered, weight))
    dog_start = {}
    for d in dogs:
        cust = customers[d[1] - 1]
        dog_start[d[0]] = max(dt.date.fromisoformat(cust[8]), dt.date.fromisoformat(d[5]) + dt.timedelta(days=110),
                              _START)  # fmt: skip
    # stays
    board_weight = {"never": 0, "groom": 0, "board": 1, "heavy": 14}
    stay_dogs = [d for d in dogs if board_weight[habit[d[1]]] and dog_start[d[0]] < dt.date(2025, 8, 1)]
    weights = [board_weight[habit[d[1]]] * (0.6 if d[0] % 5 == 2 else 1) for d in stay_dogs]
    busy: dict[int, list[tuple[dt.date, dt.date]]] = {}
    stays = []
    while len(stays) < 2600:
        dog = rng.choices(stay_dogs, weights=weights)[0]
        cust = customers[dog[1] - 1]
        site_id = cust[9] if rng.random() < 0.88 else rng.choice([1, 2, 3, 4])
        start = max(dog_start[dog[0]], opened[site_id])
        if start >= _HORIZON - dt.timedelta(days=25):
            continue
        svc_cd = rng.choices(["BSTD", "BLUX", "BSHR", "DAYC"], weights=[58, 14, 0, 28])[0]
        day_in = _season_day(rng, start, _HORIZON - dt.timedelta(days=25))
        if svc_cd == "DAYC":
            if day_in.weekday() >= 5:
                continue
            nights = 0
        else:
            nights = rng.choices([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 18, 21],
                                 weights=[6, 8, 10, 9, 7, 5, 14, 4, 3, 4, 2, 2, 2, 6, 1, 1])[0]  # fmt: skip
        day_out = day_in + dt.timedelta(days=nights)
        if any(not (day_out < a or day_in > b) for a, b in busy.get(dog[0], [])):
            continue
        busy.setdefault(dog[0], []).append((day_in, day_out))
        booked = max(day_in - dt.timedelta(days=rng.choice([0, 1, 3, 7, 14, 21, 30, 45, 60, 90])),
                     dt.date.fromisoformat(cust[8]))  # fmt: skip
        if day_out <= _TODAY:
            status = rng.choices(["C", "X", "N"], weights=[90, 8, 2])[0]
        elif day_in <= _TODAY:
            status = "I"
        else:
            status = rng.choices(["B", "X"], weights=[92, 8])[0]
        kennel = None if svc_cd == "DAYC" else f"K{rng.randint(1, _SITES[site_id - 1][4]):02d}"
        own_food = "Y" if rng.random() < 0.35 else "N"
        meds = "Y" if rng.random() < 0.12 else "N"
        stays.append([0, dog[0], site_id, svc_cd, booked.isoformat(), day_in.isoformat(), day_out.isoformat(),
                      kennel, status, own_food, meds])  # fmt: skip
    stays.sort(key=lambda s: (s[5], s[1]))
    stays = [(i, *s[1:]) for i, s in enumerate(stays, 1)]
    # the shared family kennel came in mid-2023: a few standard stays from then on use it
    stays = [s if not (s[3] == "BSTD" and s[5] >= "2023-06-01" and s[0] % 23 == 5) else (*s[:3], "BSHR", *s[4:])
             for s in stays]  # fmt: skip
    # grooming appointments
    groom_weight = {"never": 0, "groom": 3, "board": 1, "heavy": 1.5}
    groom_sites = [i for i, s in enumerate(_SITES, 1) if s[5] == "Y"]
    groom_dogs = [d for d in dogs if groom_weight[habit[d[1]]] and d[0] % 4 != 1 or habit[d[1]] == "groom"]
    weights = [groom_weight[habit[d[1]]] * (4 if coat[d[3]] else 0.6) for d in groom_dogs]
    groomers = [s for s in staff if s[4] == "GRM"]
    slots = ["08:30", "09:00", "09:30", "10:00", "10:30", "11:00", "11:30", "13:00", "13:30", "14:00", "14:30",
             "15:00", "15:30"]  # fmt: skip
    taken = set()
    grooms = []
    while len(grooms) < 2200:
        dog = rng.choices(groom_dogs, weights=weights)[0]
        cust = customers[dog[1] - 1]
        home = cust[9]
        site_id = home if home in groom_sites and rng.random() < 0.9 else rng.choice(groom_sites)
        start = max(dog_start[dog[0]], opened[site_id])
        if start >= dt.date(2025, 7, 31):
            continue
        day = random_day(rng, start, dt.date(2025, 7, 31))
        if day.weekday() == 6:
            continue
        pool = [g for g in groomers if g[3] == site_id and g[5] <= day.isoformat()
                and (g[6] is None or g[6] >= day.isoformat())]  # fmt: skip
        if not pool:
            continue
        groomer = rng.choices(pool, weights=[2 if g[1] in ("Tasha", "Lauren") else 1 for g in pool])[0]
        time = rng.choice(slots)
        if (groomer[0], day, time) in taken:
            continue
        taken.add((groomer[0], day, time))
        age_days = (day - dt.date.fromisoformat(dog[5])).days
        if age_days < 240 and rng.random() < 0.7:
            svc_cd = "GPUP"
        elif coat[dog[3]]:
            svc_cd = rng.choices(["GFUL", "GBTH", "GNLS", "GDSH", "GHST"],
                                 weights=[50, 20, 10, 8, 12 if dog[3] in ("BTR", "WHW", "MSC") else 0])[0]  # fmt: skip
        else:
            svc_cd = rng.choices(["GBTH", "GNLS", "GDSH", "GFUL"], weights=[45, 30, 15, 10])[0]
        if day <= _TODAY:
            status = rng.choices(["D", "X", "N"], weights=[88, 8, 4])[0]
        else:
            status = rng.choices(["S", "X"], weights=[94, 6])[0]
        base = {"GFUL": 120, "GBTH": 60, "GNLS": 15, "GDSH": 75, "GHST": 110, "GPUP": 45}[svc_cd]
        minutes = (
            None
            if status != "D"
            else int(base * (1 + 0.2 * "SMLX".index(size[dog[3]])) + rng.choice([-10, -5, 0, 0, 5, 10, 15]))
        )
        grooms.append([0, dog[0], site_id, groomer[0], day.isoformat(), time, svc_cd, status, minutes])
    grooms.sort(key=lambda g: (g[4], g[5], g[3]))
    grooms = [(i, *g[1:]) for i, g in enumerate(grooms, 1)]
    # invoices: one per completed stay and finished grooming appointment
    stay_count: dict[int, int] = {}
    for s in stays:
        if s[8] == "C":
            stay_count[dogs[s[1] - 1][1]] = stay_count.get(dogs[s[1] - 1][1], 0) + 1
    events = []
    for s in stays:
        if s[8] == "C":
            nights = (dt.date.fromisoformat(s[6]) - dt.date.fromisoformat(s[5])).days
            gross = price[s[3]] * max(nights, 1) + (3.50 * max(nights, 1) if s[10] == "Y" else 0)
            if s[5] < "2023-04-01":
                gross *= 0.92  # prices went up in April 2023
            events.append((s[6], dogs[s[1] - 1][1], s[2], s[0], None, gross, nights))
    for g in grooms:
        if g[7] == "D":
            gross = price[g[6]] + _SIZE_SURCHARGE[size[dogs[g[1] - 1][3]]]
            if g[4] < "2023-04-01":
                gross *= 0.92
            events.append((g[4], dogs[g[1] - 1][1], g[2], None, g[0], gross, 0))
    events.sort(key=lambda e: (e[0], e[2], e[1], e[3] or 0, e[4] or 0))
    invoices = []
    for inv_dt, cust_id, site_id, stay_id, grm_id, gross, nights in events:
        gross = round(gross, 2)
        discount = 0.0
        if stay_id and nights >= 14:
            discount = round(gross * 0.10, 2)
        elif stay_count.get(cust_id, 0) >= 20 and rng.random() < 0.6:
            discount = round(gross * 0.05, 2)
        amount = round(gross - discount, 2)
        day = dt.date.fromisoformat(inv_dt)
        age = (_TODAY - day).days
        unpaid = rng.random() < (0.35 if age < 30 else 0.08 if age < 120 else 0.012)
        if unpaid:
            paid, paid_on, method = "N", None, None
        else:
            paid = "Y"
            lag = rng.choices([0, 0, 0, 1, 3, 7, 14, 28], weights=[50, 10, 10, 8, 7, 6, 5, 4])[0]
            paid_on = min(day + dt.timedelta(days=lag), _TODAY).isoformat()
            method = rng.choices(["CRD", "CSH", "BAC", "VCH"], weights=[70, 9, 18, 3])[0]
            if lag >= 7 and method == "CSH":
                method = "BAC"
        inv_no = f"{_SITES[site_id - 1][0]}{day.year % 100:02d}-{len(invoices) + 1:05d}"
        invoices.append((len(invoices) + 1, inv_no, cust_id, site_id, stay_id, grm_id, inv_dt, amount, discount, paid,
                         paid_on, method))  # fmt: skip
    # vaccinations: boarding dogs keep kennel cough up to date, some grooming-only dogs have nothing on file
    vaccs = []
    for d in dogs:
        kind = habit[d[1]]
        if kind == "never" or (kind == "groom" and d[0] % 3 == 0):
            continue
        first = max(dog_start[d[0]] - dt.timedelta(days=rng.randint(0, 300)), dt.date.fromisoformat(d[5])
                    + dt.timedelta(days=70), dt.date(2022, 1, 1))  # fmt: skip
        annual = ["LEP"] + (["KC"] if kind != "groom" or rng.random() < 0.3 else [])
        if kind == "board" and d[0] % 11 == 7:
            annual = ["LEP"]  # on file without a kennel cough jab
        day = first
        n = 0
        while day <= _TODAY:
            if n % 3 == 0:
                vaccs.append((d[0], "DHP", day, 3))
            for code in annual:
                vaccs.append((d[0], code, day + dt.timedelta(days=rng.choice([0, 0, 0, 7, 14])), 1))
            if d[0] % 17 == 4 and n % 3 == 0:
                vaccs.append((d[0], "RAB", day + dt.timedelta(days=21), 3))
            n += 1
            day += dt.timedelta(days=365 + rng.randint(-20, 25))
    vaccs = [v for v in vaccs if v[2] <= _TODAY]
    vaccs.sort(key=lambda v: (v[2], v[0], v[1]))
    vet_of = {d[0]: rng.choices(_VETS, weights=[5, 4, 3, 3, 4, 3, 1])[0] for d in dogs}
    vacc_rows = []
    for i, (dog_id, code, day, years) in enumerate(vaccs, 1):
        vet = vet_of[dog_id]
        expiry = (
            day.replace(year=day.year + years)
            if not (day.month == 2 and day.day == 29)
            else dt.date(day.year + years, 2, 28)
        )
        vacc_rows.append((i, dog_id, code, day.isoformat(), expiry.isoformat(), vet))
    return {"site": sites, "cd_lkup": codes, "brd": breeds, "cust": customers, "dg": dogs, "stf": staff,
            "svc": services, "stay": stays, "grm": grooms, "inv": invoices, "vacc": vacc_rows}  # fmt: skip


def build_kennel_database(path: str | Path) -> Path:
    """Write the kennel business's database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
