"""A made-up city council's allotment service that lets community garden plots on thirty sites around the city of
Harrowfield, keeps a waiting list, bills rent once a year, inspects the plots every summer, lends out shared garden
machinery, reads the water meters and runs volunteer work days: the ``allotments`` dev set's database.

Thirteen tables with foreign keys: ``sites`` (the ``site_name`` such as 'Elm Road' or 'Kingsway Fields', a
three-letter ``site_code`` such as 'ELM', the council ``ward`` 'Northfield' / 'Kingsway' / "St Peter's"
/ 'Riverside' / 'Central' / 'Eastgate' / 'Westbrook' / 'Hillcrest', ``address``, ``postcode``, ``opened_yr`` the
year the site opened, ``water_supply`` 'Mains' for sites with metered mains water troughs, 'Rainwater only' for
sites with water butts and 'None' for the two with no water at all, ``toilets`` and ``car_park`` 'Yes' / 'No',
``mgmt_type`` 'Council managed' or 'Self-managed' for sites where a plot holders' association runs things day to
day, the ``site_rep_id`` of the plot holder who is the volunteer site representative, empty where the site has none,
and the ``meter_serial`` of the water meter, empty for sites without mains water), ``plots`` (a plot on a site:
``site_id``, the ``plot_no`` painted on its post such as '7', ``plot_type`` 'Full' / 'Half' / 'Quarter'
/ 'Raised bed' (raised beds are for holders who cannot dig a full plot), ``size_sqm`` its area in square metres,
``annual_rent`` the full rent for the 2025 rent year in pounds (50% off for holders with a concession), ``has_shed``
'Y' / 'N' and ``plot_status`` 'Let' / 'Vacant' / 'Under offer' (offered to someone on the waiting list) as it stands
now), ``plot_holders`` (a person who holds or has held a plot: ``title`` 'Mr' / 'Mrs' / 'Ms' / 'Miss' / 'Dr' / 'Mx',
``forename``, ``surname``, ``email`` sometimes missing, ``phone``, ``addr_line1``, ``postcode``, ``dob`` date of
birth, ``concession`` 'Over 65' / 'Benefits', empty for holders paying the full rent, and ``pref_contact`` 'Email'
/ 'Post' / 'Phone'), ``tenancies`` (one holder's tenancy of one plot: ``agreement_ref`` such as 'TA-2019-0034',
``plot_id``, ``holder_id``, ``start_date``, ``end_date`` empty while the tenancy runs, ``end_reason`` 'Surrendered'
(given up by the holder) / 'Transferred' (moved to another plot on the same site) / 'Deceased'
/ 'Terminated - non-cultivation' / 'Terminated - rent arrears', empty while it runs, and ``tenancy_status`` 'Active'
/ 'Ended'; tenancies that ended before 2023 are not kept), ``waiting_list`` (an application for a plot: ``app_ref``
such as 'WL-2023-041', the applicant's ``forename``, ``surname``, ``email``, ``phone`` and ``postcode``,
``pref_site_id`` the site they asked for, empty for 'any site', ``size_wanted`` 'Full' / 'Half' / 'Raised bed'
/ 'Any', ``applied_on``, ``wl_status`` 'Waiting' / 'Offered' / 'Accepted' / 'Declined' / 'Lapsed' (dropped after not
answering the yearly November check), ``offered_on`` when a plot was offered, empty if never, and ``holder_id`` the
plot holder record made when they accepted, empty otherwise), ``rent_invoices`` (the yearly rent bill for one
tenancy, sent on the first working Monday of January, plus a part-year bill sent when a new tenancy starts during
the year, charging the months left: ``inv_no`` such as 'AR25-0107', ``tenancy_id``, ``rent_yr`` 2024 or 2025
(billing moved to this system for the 2024 rent year), ``issued_on``, ``due_on`` thirty days later, ``amount_due``
in pounds and ``inv_status`` 'Paid' / 'Part paid' / 'Unpaid' (not due yet) / 'Overdue' / 'Written off'),
``payments`` (money received against an invoice, some holders paying in two halves: ``invoice_id``, ``paid_on``,
``amount``, ``pay_method`` 'Direct Debit' / 'Online' / 'Card - phone' / 'Cheque' / 'Cash' and a ``receipt_no``),
``inspections`` (a council officer's check of a let plot: ``plot_id``, the ``tenancy_id`` of the holder at the time,
``insp_date``, ``insp_type`` 'Annual' for the summer round every June and July of 2024 and 2025 or 'Re-inspection'
four to six weeks after a bad result, the ``officer`` who did it ('Karen Mensah' / 'David Hollis' / 'Ruth Okonjo'),
``cultivated_pct`` the share of the plot under cultivation rounded to 5, ``outcome`` 'Good' (80%+) / 'Satisfactory'
(60%+) / 'Improvement needed' (40%+) / 'Non-cultivation notice', and ``comments``, only written for the last two
outcomes), ``equipment`` (shared machinery and tools kept in the store at the bigger sites: ``site_id``,
``item_type`` such as 'Rotavator', 'Petrol strimmer', 'Hedge trimmer', 'Lawnmower', 'Garden shredder', 'Wheelbarrow'
or 'Brushcutter', ``make_model``, ``asset_tag`` such as 'HCC-EQ-014', ``purchased_on``, ``cost_gbp``, ``power``
'Petrol' / 'Electric' / 'Manual' and ``condition`` 'Good' / 'Fair' / 'Awaiting repair'), ``equipment_loans`` (an
item borrowed by a plot holder from their own site's store, kept from January 2024: ``equip_id``, ``holder_id``,
``out_date``, ``due_back``, ``returned_on`` empty while it is still out and ``return_cond`` 'OK' / 'Needs cleaning'
/ 'Damaged', empty until it comes back), ``meter_readings`` (the quarterly water meter reading at each site on mains
water, early in January, April, July and October of 2024 and 2025: ``site_id``, ``read_date``, ``reading_m3`` the
meter's running total in cubic metres, ``units_used`` the cubic metres used since the previous reading, empty for a
site's first reading, ``read_type`` 'Actual' / 'Estimated' and ``read_by`` the officer, empty for estimates),
``work_days`` (a volunteer work day on a site, in 2024 and 2025: ``site_id``, ``work_date``, ``task`` such as
'Hedge cutting' or 'Skip day', ``hours`` how long it ran and ``led_by`` the plot holder who organised it) and
``work_day_attendance`` (one volunteer's turn at a work day: ``work_day_id``, ``holder_id`` and ``hrs`` the hours
they put in). Rows come from a fixed seed, so every build holds the same rows; the records run from 1 January 2023
to 28 November 2025. Elm Road is the biggest site and Kingsway Fields the next, most tenancies are long-standing,
rent went up in 2025, the summer inspections find most plots well kept but send a few holders a non-cultivation
notice, rotavators are borrowed more than anything else and mostly in spring, water use peaks in the summer
quarters, and the 2025 rent bills were sent on 6 January 2025 and fell due on 5 February 2025.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_allotments_database(pathlib.Path(tempfile.mkdtemp()) / "allotments.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM sites").fetchone()
    (30,)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_allotments_database"]

_SCHEMA = """
CREATE TABLE plot_holders (
    id INTEGER PRIMARY KEY, title TEXT NOT NULL, forename TEXT NOT NULL, surname TEXT NOT NULL, email TEXT,
    phone TEXT NOT NULL, addr_line1 TEXT NOT NULL, postcode TEXT NOT NULL, dob DATE NOT NULL, concession TEXT,
    pref_contact TEXT NOT NULL
);
CREATE TABLE sites (
    id INTEGER PRIMARY KEY, site_name TEXT NOT NULL UNIQUE, site_code TEXT NOT NULL UNIQUE, ward TEXT NOT NULL,
    address TEXT NOT NULL, postcode TEXT NOT NULL, opened_yr INTEGER NOT NULL, water_supply TEXT NOT NULL,
    toilets TEXT NOT NULL, car_park TEXT NOT NULL, mgmt_type TEXT NOT NULL,
    site_rep_id INTEGER REFERENCES plot_holders (id), meter_serial TEXT
);
CREATE TABLE plots (
    id INTEGER PRIMARY KEY, site_id INTEGER NOT NULL REFERENCES sites (id), plot_no TEXT NOT NULL,
    plot_type TEXT NOT NULL, size_sqm INTEGER NOT NULL, annual_rent NUMERIC NOT NULL, has_shed TEXT NOT NULL,
    plot_status TEXT NOT NULL, UNIQUE (site_id, plot_no)
);
CREATE TABLE tenancies (
    id INTEGER PRIMARY KEY, agreement_ref TEXT NOT NULL UNIQUE, plot_id INTEGER NOT NULL REFERENCES plots (id),
    holder_id INTEGER NOT NULL REFERENCES plot_holders (id), start_date DATE NOT NULL, end_date DATE,
    end_reason TEXT, tenancy_status TEXT NOT NULL
);
CREATE TABLE waiting_list (
    id INTEGER PRIMARY KEY, app_ref TEXT NOT NULL UNIQUE, forename TEXT NOT NULL, surname TEXT NOT NULL, email TEXT,
    phone TEXT NOT NULL, postcode TEXT NOT NULL, pref_site_id INTEGER REFERENCES sites (id),
    size_wanted TEXT NOT NULL, applied_on DATE NOT NULL, wl_status TEXT NOT NULL, offered_on DATE,
    holder_id INTEGER REFERENCES plot_holders (id)
);
CREATE TABLE rent_invoices (
    id INTEGER PRIMARY KEY, inv_no TEXT NOT NULL UNIQUE, tenancy_id INTEGER NOT NULL REFERENCES tenancies (id),
    rent_yr INTEGER NOT NULL, issued_on DATE NOT NULL, due_on DATE NOT NULL, amount_due NUMERIC NOT NULL,
    inv_status TEXT NOT NULL
);
CREATE TABLE payments (
    id INTEGER PRIMARY KEY, invoice_id INTEGER NOT NULL REFERENCES rent_invoices (id), paid_on DATE NOT NULL,
    amount NUMERIC NOT NULL, pay_method TEXT NOT NULL, receipt_no TEXT NOT NULL UNIQUE
);
CREATE TABLE inspections (
    id INTEGER PRIMARY KEY, plot_id INTEGER NOT NULL REFERENCES plots (id),
    tenancy_id INTEGER NOT NULL REFERENCES tenancies (id), insp_date DATE NOT NULL, insp_type TEXT NOT NULL,
    officer TEXT NOT NULL, cultivated_pct INTEGER NOT NULL, outcome TEXT NOT NULL, comments TEXT
);
CREATE TABLE equipment (
    id INTEGER PRIMARY KEY, site_id INTEGER NOT NULL REFERENCES sites (id), item_type TEXT NOT NULL,
    make_model TEXT NOT NULL, asset_tag TEXT NOT NULL UNIQUE, purchased_on DATE NOT NULL, cost_gbp NUMERIC NOT NULL,
    power TEXT NOT NULL, condition TEXT NOT NULL
);
CREATE TABLE equipment_loans (
    id INTEGER PRIMARY KEY, equip_id INTEGER NOT NULL REFERENCES equipment (id),
    holder_id INTEGER NOT NULL REFERENCES plot_holders (id), out_date DATE NOT NULL, due_back DATE NOT NULL,
    returned_on DATE, return_cond TEXT
);
CREATE TABLE meter_readings (
    id INTEGER PRIMARY KEY, site_id INTEGER NOT NULL REFERENCES sites (id), read_date DATE NOT NULL,
    reading_m3 NUMERIC NOT NULL, units_used NUMERIC, read_type TEXT NOT NULL, read_by TEXT
);
CREATE TABLE work_days (
    id INTEGER PRIMARY KEY, site_id INTEGER NOT NULL REFERENCES sites (id), work_date DATE NOT NULL,
    task TEXT NOT NULL, hours NUMERIC NOT NULL, led_by INTEGER NOT NULL REFERENCES plot_holders (id)
);
CREATE TABLE work_day_attendance (
    id INTEGER PRIMARY KEY, work_day_id INTEGER NOT NULL REFERENCES work_days (id),
    holder_id INTEGER NOT NULL REFERENCES plot_holders (id), hrs NUMERIC NOT NULL, UNIQUE (work_day_id, holder_id)
);
"""

_TODAY = dt.date(2025, 11, 28)
_RECORDS_FROM = dt.date(2023, 1, 1)
#: the yearly rent run: bills go out on the first working Monday of January and are due thirty days later
_RENT_RUN = {2024: dt.date(2024, 1, 8), 2025: dt.date(2025, 1, 6)}
#: full rent by rent year, plot type and whether the site has mains water
_RENT = {
    2024: {True: {"Full": 90.0, "Half": 49.0, "Quarter": 28.0, "Raised bed": 17.0},
           False: {"Full": 74.0, "Half": 40.0, "Quarter": 23.0, "Raised bed": 14.0}},
    2025: {True: {"Full": 96.0, "Half": 52.0, "Quarter": 30.0, "Raised bed": 18.0},
           False: {"Full": 78.0, "Half": 42.0, "Quarter": 24.0, "Raised bed": 15.0}},
}  # fmt: skip
_SIZE = {"Full": 250, "Half": 125, "Quarter": 60, "Raised bed": 10}
#: name, code, ward, address, postcode, opened, water, toilets, car park, management, plots, popularity
_SITES = [
    ("Elm Road", "ELM", "Northfield", "Elm Road, off Northfield Lane", "HF2 4JD", 1921, "Mains", "Yes", "Yes",
     "Council managed", 12, 9),
    ("Kingsway Fields", "KGF", "Kingsway", "Kingsway Fields, Kingsway", "HF5 1RT", 1947, "Mains", "Yes", "Yes",
     "Self-managed", 10, 7),
    ("Rectory Lane", "REC", "St Peter's", "Rectory Lane", "HF1 3PL", 1919, "Mains", "Yes", "No", "Self-managed", 8, 6),
    ("Mill Meadow", "MIL", "Riverside", "Mill Meadow, Weir Road", "HF3 7AB", 1952, "Mains", "No", "Yes",
     "Council managed", 7, 4),
    ("Victoria Park", "VIC", "Central", "Victoria Park, Park Terrace", "HF1 1VP", 1975, "Mains", "Yes", "No",
     "Council managed", 6, 8),
    ("Hollybush Lane", "HOL", "Northfield", "Hollybush Lane", "HF2 6HL", 1964, "Mains", "No", "Yes",
     "Council managed", 6, 3),
    ("Brookside", "BRK", "Riverside", "Brookside Walk", "HF3 2BS", 1958, "Mains", "No", "No", "Self-managed", 5, 3),
    ("Cherry Tree Avenue", "CHE", "Eastgate", "Cherry Tree Avenue", "HF4 8CT", 1981, "Mains", "Yes", "Yes",
     "Council managed", 5, 4),
    ("Station Road", "STN", "Westbrook", "Station Road", "HF6 2SR", 1936, "Mains", "No", "No", "Council managed", 5,
     3),
    ("Fern Hill", "FRN", "Hillcrest", "Fern Hill", "HF7 4FH", 1969, "Mains", "No", "Yes", "Self-managed", 4, 2),
    ("Orchard Close", "ORC", "Eastgate", "Orchard Close", "HF4 5OC", 1990, "Mains", "No", "No", "Council managed", 5,
     3),
    ("Beacon Hill", "BCN", "Hillcrest", "Beacon Hill Road", "HF7 1BH", 1949, "Rainwater only", "No", "Yes",
     "Council managed", 5, 1),
    ("Canal Side", "CNL", "Riverside", "Towpath, Canal Street", "HF3 9CS", 1983, "Mains", "No", "No",
     "Council managed", 4, 3),
    ("Green Lane", "GRN", "Westbrook", "Green Lane", "HF6 7GL", 1955, "Mains", "No", "No", "Council managed", 4, 2),
    ("St Mary's Glebe", "SMG", "St Peter's", "Glebe Road", "HF1 6SM", 1927, "Mains", "No", "No", "Self-managed", 4,
     4),
    ("Windmill Lane", "WND", "Hillcrest", "Windmill Lane", "HF7 3WL", 1961, "Rainwater only", "No", "No",
     "Council managed", 4, 1),
    ("Priory Gardens", "PRI", "Central", "Priory Gardens", "HF1 2PG", 1988, "Mains", "No", "No", "Council managed", 4,
     5),
    ("Ashgrove", "ASH", "Kingsway", "Ashgrove Road", "HF5 4AG", 1972, "Mains", "No", "Yes", "Council managed", 4, 2),
    ("Poplar Walk", "POP", "Eastgate", "Poplar Walk", "HF4 2PW", 1966, "Mains", "No", "No", "Council managed", 3, 2),
    ("Railway Cutting", "RLY", "Westbrook", "Cutting Lane", "HF6 5RC", 1944, "Rainwater only", "No", "No",
     "Council managed", 3, 1),
    ("Church Hill", "CHH", "St Peter's", "Church Hill", "HF1 8CH", 1931, "Mains", "No", "No", "Council managed", 3,
     3),
    ("Chapel Street", "CHP", "Central", "Chapel Street", "HF1 4CS", 2011, "Mains", "No", "No", "Council managed", 3,
     4),
    ("Moorland Road", "MOR", "Northfield", "Moorland Road", "HF2 9MR", 1978, "Rainwater only", "No", "No",
     "Council managed", 3, 1),
    ("Meadow View", "MDV", "Kingsway", "Meadow View", "HF5 6MV", 2004, "Mains", "No", "Yes", "Council managed", 3, 2),
    ("Quarry Lane", "QRY", "Hillcrest", "Quarry Lane", "HF7 8QL", 1950, "None", "No", "No", "Council managed", 2, 1),
    ("Bridge End", "BRE", "Riverside", "Bridge End", "HF3 5BE", 1963, "Rainwater only", "No", "No",
     "Council managed", 2, 1),
    ("Tanners Yard", "TAN", "Central", "Tanners Yard, Leather Lane", "HF1 9TY", 2016, "Mains", "No", "No",
     "Council managed", 2, 3),
    ("Foxhollow", "FOX", "Northfield", "Foxhollow Lane", "HF2 2FH", 1986, "None", "No", "No", "Council managed", 2, 1),
    ("The Paddock", "PAD", "Westbrook", "Paddock Lane", "HF6 1TP", 1997, "Rainwater only", "No", "No",
     "Council managed", 2, 1),
    ("Lark Rise", "LRK", "Eastgate", "Lark Rise", "HF4 7LR", 2019, "Mains", "No", "No", "Council managed", 2, 2),
]  # fmt: skip
_OFFICERS = ["Karen Mensah", "David Hollis", "Ruth Okonjo"]
_FORENAMES_F = ["Margaret", "Susan", "Patricia", "Linda", "Janet", "Carol", "Jean", "Sarah", "Emma", "Claire",
                "Helen", "Rachel", "Laura", "Joanne", "Katie", "Nicola", "Gemma", "Amy", "Lucy", "Hannah", "Sophie",
                "Alison", "Fiona", "Zoe", "Priya", "Aisha", "Nadia", "Ruth", "Anne", "Brenda", "Maureen", "Deborah",
                "Jasmine", "Chloe", "Megan", "Rosa", "Agnieszka", "Mei", "Bridget", "Olivia"]  # fmt: skip
_FORENAMES_M = ["John", "David", "Michael", "Peter", "Brian", "Keith", "Alan", "Colin", "James", "Paul", "Andrew",
                "Mark", "Chris", "Steven", "Richard", "Simon", "Daniel", "Matthew", "Robert", "Neil", "Graham",
                "Stuart", "Ian", "Kwame", "Tariq", "Martin", "Raj", "Tomasz", "Gareth", "Trevor", "Derek", "Sean",
                "Owen", "Luke", "Samuel", "Hamid", "Dennis", "Frank", "Adrian", "Marcus"]  # fmt: skip
_SURNAMES = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Thomas", "Roberts", "Davies",
             "Hughes", "Walker", "Wright", "Thompson", "White", "Edwards", "Green", "Hall", "Wood", "Harris", "Clarke",
             "Lewis", "Jackson", "Turner", "Hill", "Cooper", "Ward", "Morris", "King", "Baker", "Patel", "Khan",
             "Ali", "Kowalski", "O'Brien", "Murphy", "Fletcher", "Chapman", "Palmer", "Hobbs", "Pearce", "Watts",
             "Ellis", "Payne", "Mistry", "Adeyemi", "Sharma", "Nowak", "Rees", "Gibbons", "Shaw", "Marsh", "Doyle",
             "Barker", "Kaur", "Singh", "Osei", "Bell", "Lloyd", "Fox"]  # fmt: skip
_STREETS = ["Northfield Lane", "Kingsway", "Park Terrace", "Weir Road", "Station Road", "Cherry Tree Avenue",
            "Church Street", "Mill Lane", "Orchard Way", "Beacon Road", "Canal Street", "Glebe Road", "Windmill Lane",
            "Priory Road", "Ashgrove Road", "Poplar Walk", "Victoria Street", "Albert Road", "Queens Drive",
            "Manor Close", "High Street", "London Road", "Chapel Street", "Meadow View", "Lark Rise"]  # fmt: skip
_COMMENTS_POOR = ["Overgrown with brambles and couch grass", "Less than half the plot worked",
                  "Weeds seeding onto neighbouring plots", "Rubbish and old carpet left on the plot",
                  "No sign of cultivation this season", "Shed falling down, beds overgrown",
                  "Only the front third is cultivated", "Grass paths not cut, beds full of bindweed"]  # fmt: skip
#: item type, power, makes and models, price
_EQUIPMENT = {
    "Rotavator": ("Petrol", ["Honda FG201", "Mountfield Manor", "Cobra T40"], 489.0),
    "Petrol strimmer": ("Petrol", ["Stihl FS 55", "Husqvarna 525L"], 289.0),
    "Hedge trimmer": ("Electric", ["Bosch AHS 60", "Stihl HSA 56"], 179.0),
    "Lawnmower": ("Petrol", ["Mountfield SP46", "Honda HRG416"], 349.0),
    "Garden shredder": ("Electric", ["Bosch AXT 25 TC", "Einhell GC-RS 2845"], 399.0),
    "Wheelbarrow": ("Manual", ["Haemmerlin Premier 90L", "Walsall Builders 85L"], 89.0),
    "Brushcutter": ("Petrol", ["Stihl FS 131", "Husqvarna 535RX"], 529.0),
}  # fmt: skip
#: loans a month per item type in each month, January first
_LOAN_SEASON = {
    "Rotavator": [0, 0.3, 2.2, 3.0, 2.4, 0.6, 0.2, 0.2, 0.9, 1.2, 0.4, 0],
    "Petrol strimmer": [0, 0, 0.2, 0.6, 1.2, 1.5, 1.5, 1.3, 0.8, 0.3, 0, 0],
    "Hedge trimmer": [0, 0, 0.1, 0.2, 0.4, 0.5, 0.9, 1.2, 1.0, 0.6, 0.1, 0],
    "Lawnmower": [0, 0, 0.3, 0.8, 1.1, 1.2, 1.2, 1.0, 0.7, 0.3, 0, 0],
    "Garden shredder": [0.2, 0.2, 0.4, 0.3, 0.1, 0, 0, 0.1, 0.3, 0.8, 1.0, 0.4],
    "Wheelbarrow": [0.2, 0.3, 0.6, 0.8, 0.8, 0.6, 0.6, 0.6, 0.8, 0.8, 0.5, 0.2],
    "Brushcutter": [0, 0, 0.4, 0.7, 0.9, 0.9, 0.8, 0.8, 0.7, 0.4, 0.1, 0],
}  # fmt: skip
_TASKS = {3: ["Path clearing", "Skip day", "Fruit tree pruning"], 4: ["Path clearing", "Skip day", "Pond clearance"],
          5: ["Hedge cutting", "Path clearing", "Community bed planting"], 6: ["Hedge cutting", "Open day setup"],
          7: ["Hedge cutting", "Path clearing"], 8: ["Hedge cutting", "Skip day"],
          9: ["Skip day", "Vacant plot clearance", "Hedge cutting"], 10: ["Vacant plot clearance", "Leaf mould bays"],
          11: ["Fruit tree pruning", "Skip day", "Leaf mould bays"]}  # fmt: skip


def _weekend_day(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    day = random_day(rng, start, end)
    while day.weekday() < 5:
        day += dt.timedelta(days=1)
    return day


def _weekday(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    day = random_day(rng, start, end)
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return day


def _add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    return dt.date(day.year + month // 12, month % 12 + 1, 1)


def _rows(seed: int = 4117) -> dict[str, list[tuple]]:  # noqa: C901, PLR0912, PLR0915 - one simulation for all tables
    rng = random.Random(seed)

    # sites and plots
    sites = []
    plots: list[dict] = []
    for sid, s in enumerate(_SITES, 1):
        serial = f"WM{rng.randrange(10000000, 99999999)}" if s[6] == "Mains" else None
        sites.append([sid, s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], s[8], s[9], None, serial])
        mains = s[6] == "Mains"
        for n in range(1, s[10] + 1):
            weights = [36, 44, 14, 6 if (mains and s[8] == "Yes") else 0]
            kind = rng.choices(["Full", "Half", "Quarter", "Raised bed"], weights=weights)[0]
            if sid == 1 and n == 1:
                kind = "Full"
            size = _SIZE[kind] + (rng.choice([-15, -10, -5, 0, 0, 0, 5, 10, 15]) if kind != "Raised bed" else 0)
            plots.append({"id": len(plots) + 1, "site": sid, "no": str(n), "type": kind, "sqm": size,
                          "mains": mains, "shed": "Y" if kind in ("Full", "Half") and rng.random() < 0.45 else "N",
                          "rent": _RENT[2025][mains][kind]})  # fmt: skip

    holders: list[dict] = []
    used_names: set[tuple[str, str]] = set()

    def person(born_from: int, born_to: int) -> dict:
        female = rng.random() < 0.52
        while True:
            forename = rng.choice(_FORENAMES_F if female else _FORENAMES_M)
            surname = rng.choice(_SURNAMES)
            if (forename, surname) not in used_names:
                break
        used_names.add((forename, surname))
        born = random_day(rng, dt.date(born_from, 1, 1), dt.date(born_to, 12, 31))
        email = None
        if rng.random() < (0.93 if born.year >= 1955 else 0.6):
            email = f"{forename.lower()}.{surname.lower().replace(chr(39), '')}{rng.randrange(1, 99)}@" + rng.choice(
                ["gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "yahoo.co.uk", "icloud.com"]
            )
        phone = f"07{rng.randrange(100000000, 999999999)}"
        if female:
            title = rng.choices(["Mrs", "Ms", "Miss", "Dr", "Mx"], weights=[45, 30, 15, 6, 2])[0]
        else:
            title = rng.choices(["Mr", "Dr", "Mx"], weights=[92, 6, 2])[0]
        return {"title": title, "forename": forename, "surname": surname, "email": email, "phone": phone,
                "dob": born}  # fmt: skip

    def new_holder(p: dict, site: int) -> int:
        hid = len(holders) + 1
        age_2025 = 2025 - p["dob"].year
        concession = None
        if age_2025 >= 66 and rng.random() < 0.75:
            concession = "Over 65"
        elif rng.random() < 0.08:
            concession = "Benefits"
        postcode = (
            _SITES[site - 1][4][:4]
            + f"{rng.randrange(1, 10)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
            + (rng.choice("ABDEFGHJLNPQRSTUWXYZ"))
        )
        contact = "Email" if p["email"] and rng.random() < 0.8 else rng.choice(["Post", "Phone"])
        habit = rng.choices(["prompt", "slow", "bad"], weights=[78, 18, 4])[0]
        method = rng.choices(["Direct Debit", "Online", "Card - phone", "Cheque", "Cash"],
                             weights=[40, 30, 15, 10 if age_2025 > 60 else 3, 5])[0]  # fmt: skip
        holders.append({"id": hid, **p, "addr": f"{rng.randrange(1, 180)} {rng.choice(_STREETS)}",
                        "postcode": postcode, "concession": concession, "contact": contact, "habit": habit,
                        "method": method, "halves": method == "Direct Debit" and rng.random() < 0.12,
                        "keen": rng.uniform(0.25, 0.5) if rng.random() < 0.08 else min(0.99, rng.betavariate(7, 2)),
                        "volunteer": rng.choice([0, 0, 0.25, 0.5, 0.8]),
                        "handy": rng.choice([0.2, 1, 1, 2, 4])})  # fmt: skip
        return hid

    # the waiting list: people apply all through the years, most for a named site
    applicants: list[dict] = []
    popularity = [s[11] for s in _SITES]
    day = dt.date(2021, 2, 1)
    while day < _TODAY - dt.timedelta(days=5):
        p = person(1950, 2000)
        pref = None if rng.random() < 0.3 else rng.choices(range(1, len(_SITES) + 1), weights=popularity)[0]
        wanted = rng.choices(["Full", "Half", "Raised bed", "Any"], weights=[25, 40, 3, 32])[0]
        postcode = _SITES[(pref or rng.randrange(1, len(_SITES) + 1)) - 1][4][:4] + (
            f"{rng.randrange(1, 10)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        )
        applicants.append({"p": p, "pref": pref, "wanted": wanted, "applied": day, "status": "Waiting",
                           "offered": None, "holder": None, "postcode": postcode})  # fmt: skip
        day += dt.timedelta(days=rng.randrange(2, 22))

    # tenancies running when the records start
    tenancies: list[dict] = []
    current: dict[int, int | None] = {}  # plot -> index into tenancies

    def start_tenancy(plot: dict, holder: int, start: dt.date) -> int:
        tenancies.append({"plot": plot["id"], "holder": holder, "start": start, "end": None, "reason": None,
                          "keen": holders[holder - 1]["keen"]})  # fmt: skip
        current[plot["id"]] = len(tenancies) - 1
        return len(tenancies) - 1

    for plot in plots:
        if rng.random() < 0.04 and plot["id"] != 1:
            current[plot["id"]] = None
            continue
        site_holders = [t["holder"] for t in tenancies if plots[t["plot"] - 1]["site"] == plot["site"]]
        if site_holders and rng.random() < 0.12:
            hid = rng.choice(site_holders)
        else:
            hid = new_holder(person(1938, 1995), plot["site"])
        start = dt.date(rng.choices(range(1988, 2023), weights=[1] * 15 + [2] * 10 + [4] * 10)[0], 1, 1)
        start = random_day(rng, start, dt.date(start.year, 12, 31))
        start_tenancy(plot, hid, start)

    # day-by-day simulation from the start of the records
    events: dict[dt.date, list[tuple]] = {}

    def at(day: dt.date, *event: object) -> None:
        events.setdefault(day, []).append(event)

    invoices: list[dict] = []
    payments: list[dict] = []
    inspections: list[dict] = []
    round_days: dict[tuple[int, int], dt.date] = {}
    for year in (2024, 2025):
        for sid in range(1, len(_SITES) + 1):
            round_days[(year, sid)] = _weekday(rng, dt.date(year, 6, 2), dt.date(year, 7, 25))
    officer_of = {sid: _OFFICERS[(sid - 1) % 3] for sid in range(1, len(_SITES) + 1)}
    next_let: dict[int, dt.date] = {}

    def end_tenancy(ti: int, day: dt.date, reason: str) -> None:
        t = tenancies[ti]
        if t["end"] is not None:
            return
        t["end"], t["reason"] = day, reason
        current[t["plot"]] = None
        plot = plots[t["plot"] - 1]
        gap = rng.randrange(25, 120) + (60 if not plot["mains"] else 0) + (40 if day.month in (11, 12, 1) else 0)
        if reason == "Terminated - non-cultivation":
            gap += 45
        next_let[t["plot"]] = day + dt.timedelta(days=gap)

    for plot in plots:
        if current[plot["id"]] is None:
            next_let[plot["id"]] = _RECORDS_FROM + dt.timedelta(days=rng.randrange(20, 150))

    def bill(ti: int, year: int, issued: dt.date, months: int) -> None:
        t = tenancies[ti]
        plot = plots[t["plot"] - 1]
        holder = holders[t["holder"] - 1]
        amount = _RENT[year][plot["mains"]][plot["type"]] * months / 12
        if holder["concession"]:
            amount /= 2
        amount = round(amount, 2)
        due = issued + dt.timedelta(days=30)
        inv = {"tenancy": ti, "year": year, "issued": issued, "due": due, "amount": amount, "written_off": False}
        invoices.append(inv)
        idx = len(invoices) - 1
        habit = holder["habit"]
        if habit == "prompt":
            if holder["method"] == "Direct Debit":
                if holder["halves"] and months > 6:
                    half = round(amount / 2, 2)
                    at(due, "pay", idx, half)
                    at(due + dt.timedelta(days=181), "pay", idx, round(amount - half, 2))
                else:
                    at(due, "pay", idx, amount)
            else:
                at(issued + dt.timedelta(days=rng.randrange(2, 28)), "pay", idx, amount)
        elif habit == "slow":
            at(
                due + dt.timedelta(days=rng.randrange(8, 80) if rng.random() < 0.9 else rng.randrange(150, 400)),
                "pay",
                idx,
                amount,
            )
        else:
            late = rng.random()
            if late < 0.45:
                at(due + dt.timedelta(days=rng.randrange(40, 95)), "pay", idx, amount)
            elif late < 0.65:
                first = round(amount / 2, 2)
                at(due + dt.timedelta(days=rng.randrange(20, 60)), "pay", idx, first)
            at(due + dt.timedelta(days=100), "arrears", idx)

    def inspect(plot: dict, ti: int, day: dt.date, kind: str, prior: int | None) -> None:
        t = tenancies[ti]
        if prior is None:
            pct = t["keen"] * 100 + rng.gauss(0, 9)
            if (day - t["start"]).days < 240:
                pct = max(pct, 55 + rng.gauss(0, 10))
        else:
            pct = prior + (rng.gauss(24, 10) if rng.random() < 0.7 else rng.gauss(-2, 6))
        pct = int(max(0, min(100, 5 * round(pct / 5))))
        outcome = ("Good" if pct >= 80 else "Satisfactory" if pct >= 60 else "Improvement needed" if pct >= 40
                   else "Non-cultivation notice")  # fmt: skip
        comments = rng.choice(_COMMENTS_POOR) if pct < 60 else None
        inspections.append({"plot": plot["id"], "tenancy": ti, "date": day, "type": kind,
                            "officer": officer_of[plot["site"]], "pct": pct, "outcome": outcome,
                            "comments": comments})  # fmt: skip
        if prior is None:
            # a bad year shakes a holder up for next season
            t["keen"] = min(0.99, t["keen"] + (0.12 if pct < 60 else rng.gauss(-0.02, 0.05)))
        if pct < 60 and prior is None:
            at(day + dt.timedelta(days=rng.randrange(28, 43)), "reinspect", plot["id"], ti, pct)
        elif pct < 40 and prior is not None:
            if rng.random() < 0.35:
                at(day + dt.timedelta(days=rng.randrange(5, 25)), "end", ti, "Surrendered")
            else:
                at(day + dt.timedelta(days=rng.randrange(28, 36)), "end", ti, "Terminated - non-cultivation")

    def find_applicant(plot: dict, day: dt.date) -> dict | None:
        for a in applicants:
            if a["status"] != "Waiting" or a["applied"] > day - dt.timedelta(days=14):
                continue
            if a["pref"] not in (None, plot["site"]):
                continue
            fits = {"Full": ("Full",), "Half": ("Half", "Quarter"), "Raised bed": ("Raised bed",),
                    "Any": ("Full", "Half", "Quarter")}[a["wanted"]]  # fmt: skip
            if plot["type"] in fits:
                return a
        return None

    def let_plot(plot: dict, day: dt.date) -> None:
        # a holder on the same site with a smaller plot may move up
        movers = [ti for ti in (current[p["id"]] for p in plots if p["site"] == plot["site"]) if ti is not None
                  and plots[tenancies[ti]["plot"] - 1]["sqm"] < plot["sqm"] - 40
                  and (day - tenancies[ti]["start"]).days > 700]  # fmt: skip
        if movers and rng.random() < 0.3:
            ti = rng.choice(movers)
            hid = tenancies[ti]["holder"]
            end_tenancy(ti, day - dt.timedelta(days=1), "Transferred")
            new = start_tenancy(plot, hid, day)
            if day.year >= 2024:
                bill(new, day.year, day, 12 - day.month + 1 if day.day < 15 else 12 - day.month)
            return
        while True:
            a = find_applicant(plot, day)
            if a is None:
                next_let[plot["id"]] = day + dt.timedelta(days=rng.randrange(30, 75))
                return
            a["offered"] = max(a["applied"] + dt.timedelta(days=7), day - dt.timedelta(days=rng.randrange(12, 30)))
            if rng.random() < 0.78:
                a["status"] = "Accepted"
                hid = new_holder(a["p"], plot["site"])
                holders[hid - 1]["postcode"] = a["postcode"]
                a["holder"] = hid
                new = start_tenancy(plot, hid, day)
                if day.year >= 2024:
                    months = 12 - day.month + 1 if day.day < 15 else 12 - day.month
                    if months > 0:
                        bill(new, day.year, min(_TODAY, day + dt.timedelta(days=rng.randrange(0, 4))), months)
                return
            a["status"] = "Declined"

    day = _RECORDS_FROM
    while day <= _TODAY:
        if day in _RENT_RUN.values():
            for plot in plots:
                ti = current[plot["id"]]
                if ti is not None and tenancies[ti]["start"] < day:
                    bill(ti, day.year, day, 12)
        for event in events.pop(day, []):
            kind = event[0]
            if kind == "pay":
                inv = invoices[event[1]]
                if not inv["written_off"]:
                    payments.append({"invoice": event[1], "day": day, "amount": event[2]})
            elif kind == "arrears":
                inv = invoices[event[1]]
                paid = sum(p["amount"] for p in payments if p["invoice"] == event[1])
                ti = inv["tenancy"]
                if paid == 0 and tenancies[ti]["end"] is None:
                    inv["written_off"] = True
                    end_tenancy(ti, day + dt.timedelta(days=28), "Terminated - rent arrears")
                elif paid == 0:
                    inv["written_off"] = True
            elif kind == "reinspect":
                _, pid, ti, prior = event
                if tenancies[ti]["end"] is None:
                    inspect(plots[pid - 1], ti, day, "Re-inspection", prior)
            elif kind == "end":
                end_tenancy(event[1], day, event[2])
        for plot in plots:
            ti = current[plot["id"]]
            if ti is None:
                if next_let.get(plot["id"]) == day:
                    let_plot(plot, day)
                continue
            t = tenancies[ti]
            if t["end"] is not None and t["end"] > day:
                continue
            years_in = (day - t["start"]).days / 365
            hazard = (0.13 if years_in < 2 else 0.055) / 365 * (2.2 if day.month in (9, 10, 11) else 0.7)
            if rng.random() < hazard:
                age = (day - holders[t["holder"] - 1]["dob"]).days / 365
                reason = "Deceased" if age > 70 and rng.random() < 0.5 else "Surrendered"
                end_tenancy(ti, day, reason)
                continue
            if round_days.get((day.year, plot["site"])) == day and (day - t["start"]).days > 60:
                inspect(plot, ti, day, "Annual", None)
        if day.month == 11 and day.day == 3:
            for a in applicants:
                if a["status"] == "Waiting" and (day - a["applied"]).days > 365 and rng.random() < 0.1:
                    a["status"] = "Lapsed"
        day += dt.timedelta(days=1)

    # plots waiting to be let: a few are already offered to the next person on the list
    plot_status = {}
    for plot in plots:
        ti = current[plot["id"]]
        if ti is not None:
            plot_status[plot["id"]] = "Let"
            continue
        last = max((t for t in tenancies if t["plot"] == plot["id"]), key=lambda t: t["end"], default=None)
        plot_status[plot["id"]] = "Vacant"
        if last is None or (_TODAY - last["end"]).days > 20:
            a = find_applicant(plot, _TODAY)
            if a is not None:
                a["status"], a["offered"] = "Offered", _TODAY - dt.timedelta(days=rng.randrange(2, 12))
                plot_status[plot["id"]] = "Under offer"

    # site reps: a long-standing holder on most sites with four or more plots
    for s in sites:
        if _SITES[s[0] - 1][10] < 4 or rng.random() < 0.2:
            continue
        long_standing = sorted((t for t in tenancies if t["end"] is None and plots[t["plot"] - 1]["site"] == s[0]),
                               key=lambda t: t["start"])  # fmt: skip
        if long_standing:
            s[11] = rng.choice(long_standing[:2])["holder"]

    def holding(site: int, day: dt.date) -> list[int]:
        """Holders with a plot on a site on a day."""
        found = []
        for t in tenancies:
            on_site = plots[t["plot"] - 1]["site"] == site and t["start"] <= day
            if on_site and (t["end"] is None or t["end"] >= day) and t["holder"] not in found:
                found.append(t["holder"])
        return found

    # shared machinery on the bigger sites and who borrowed it
    equipment = []
    loans = []
    for s in sites:
        if _SITES[s[0] - 1][10] < 5:
            continue
        kinds = ["Rotavator"] + rng.sample(sorted(k for k in _EQUIPMENT if k != "Rotavator"),
                                           k=min(4, max(1, _SITES[s[0] - 1][10] // 3)))  # fmt: skip
        for kind in kinds:
            power, models, price = _EQUIPMENT[kind]
            bought = random_day(rng, dt.date(2014, 3, 1), dt.date(2023, 10, 31))
            equipment.append([len(equipment) + 1, s[0], kind, rng.choice(models), f"HCC-EQ-{len(equipment) + 1:03d}",
                              bought.isoformat(), round(price * rng.uniform(0.9, 1.15), 2), power, "Good"])  # fmt: skip
    for item in equipment:
        site, kind = item[1], item[2]
        free_from = dt.date(2024, 1, 1)
        day = free_from
        scale = 1.0 if _SITES[site - 1][10] >= 8 else 0.6
        worn = 0
        while day <= _TODAY:
            rate = _LOAN_SEASON[kind][day.month - 1] * scale / 55
            if day >= free_from and rng.random() < rate:
                pool = holding(site, day)
                if pool:
                    hid = rng.choices(pool, weights=[holders[h - 1]["handy"] for h in pool])[0]
                    keep = 2 if item[7] != "Manual" else 4
                    due = day + dt.timedelta(days=keep)
                    late = rng.choices([0, 1, 2, 3, 4, 6, 9], weights=[1, 6, 8, 3, 2, 1, 1])[0]
                    back: dt.date | None = day + dt.timedelta(days=late)
                    cond = rng.choices(["OK", "Needs cleaning", "Damaged"], weights=[78, 16, 6])[0]
                    if back > _TODAY:
                        back, cond = None, None
                    loans.append([day, item[0], hid, day.isoformat(), due.isoformat(),
                                  back.isoformat() if back else None, cond])  # fmt: skip
                    if back is None:
                        break
                    free_from = back + dt.timedelta(days=1)
                    worn += 1
                    if cond == "Damaged":
                        free_from = back + dt.timedelta(days=rng.randrange(14, 60))
                        if free_from > _TODAY:
                            item[8] = "Awaiting repair"
                            break
            day += dt.timedelta(days=1)
        if item[8] == "Good" and (worn > 9 or item[5] < "2017-01-01"):
            item[8] = "Fair"
    loans.sort(key=lambda r: (r[0], r[1]))
    loan_rows = [(i, *r[1:]) for i, r in enumerate(loans, 1)]

    # quarterly water meter readings on the mains sites
    readings = []
    quarter_use = {1: (2.0, 3.5), 4: (10.0, 16.0), 7: (14.0, 22.0), 10: (1.0, 2.5)}  # by the quarter's first month
    for s in sites:
        if s[7] != "Mains":
            continue
        n_plots = _SITES[s[0] - 1][10]
        total = float(rng.randrange(300, 4000))
        shown_before = 0.0
        for q, (year, month) in enumerate([(y, m) for y in (2024, 2025) for m in (1, 4, 7, 10)]):
            read = _weekday(rng, dt.date(year, month, 2), dt.date(year, month, 10))
            lo, hi = quarter_use[month - 3 if month > 1 else 10]  # use over the quarter just ended
            if q > 0:
                total += n_plots * rng.uniform(lo, hi) * (1.04 if year == 2025 else 1.0)
                if s[0] == 7 and (year, month) == (2025, 1):
                    total += 95.0  # a split trough pipe over the autumn of 2024
            estimated = q > 0 and rng.random() < 0.1
            shown = round(shown_before + n_plots * lo * 0.8, 1) if estimated else round(total, 1)
            used = None if q == 0 else round(shown - shown_before, 1)
            readings.append((len(readings) + 1, s[0], read.isoformat(), shown, used,
                             "Estimated" if estimated else "Actual",
                             None if estimated else officer_of[s[0]]))  # fmt: skip
            shown_before = shown

    # volunteer work days, led by the site rep
    work_days = []
    attendance = []
    plans = []
    for s in sites:
        if s[11] is None:
            continue
        n_days = 1 + _SITES[s[0] - 1][10] // 4
        for year in (2024, 2025):
            months = sorted(rng.sample(range(3, 12), k=min(9, n_days)))
            for month in months:
                if year == 2025 and month == 11:
                    continue
                start = dt.date(year, month, 1)
                plans.append((_weekend_day(rng, start, start + dt.timedelta(days=20)), s[0], s[11], month))
    for day, site, lead, month in sorted(plans):
        task = rng.choice(_TASKS[month])
        hours = rng.choice([3, 3, 4, 4, 5]) if task != "Skip day" else 3
        work_days.append((len(work_days) + 1, site, day.isoformat(), task, hours, lead))
        pool = holding(site, day)
        if lead not in pool:
            pool.append(lead)
        for hid in pool:
            if hid == lead or rng.random() < holders[hid - 1]["volunteer"]:
                hrs = hours if hid == lead or rng.random() < 0.6 else rng.choice([1, 1.5, 2, 2.5])
                attendance.append((len(attendance) + 1, len(work_days), hid, min(hrs, hours)))

    # invoice numbers, statuses and receipts
    invoice_rows = []
    order = sorted(range(len(invoices)),
                   key=lambda i: (invoices[i]["issued"], tenancies[invoices[i]["tenancy"]]["plot"]))  # fmt: skip
    new_id = {old: n for n, old in enumerate(order, 1)}
    paid_total: dict[int, float] = {}
    for p in payments:
        paid_total[p["invoice"]] = paid_total.get(p["invoice"], 0.0) + p["amount"]
    seq_in_year: dict[int, int] = {}
    for old in order:
        inv = invoices[old]
        seq_in_year[inv["issued"].year] = seq_in_year.get(inv["issued"].year, 0) + 1
        paid = paid_total.get(old, 0.0)
        if paid >= inv["amount"] - 0.005:
            status = "Paid"
        elif inv["written_off"]:
            status = "Written off"
        elif paid > 0:
            status = "Part paid"
        elif inv["due"] >= _TODAY:
            status = "Unpaid"
        else:
            status = "Overdue"
        invoice_rows.append((new_id[old], f"AR{inv['issued'].year % 100:02d}-{seq_in_year[inv['issued'].year]:04d}",
                             inv["tenancy"] + 1, inv["year"], inv["issued"].isoformat(), inv["due"].isoformat(),
                             inv["amount"], status))  # fmt: skip
    payment_rows = []
    for p in sorted(payments, key=lambda p: (p["day"], new_id[p["invoice"]])):
        holder = holders[tenancies[invoices[p["invoice"]]["tenancy"]]["holder"] - 1]
        receipt = f"RC{p['day'].strftime('%y%m')}{len(payment_rows) + 1:04d}"
        payment_rows.append((len(payment_rows) + 1, new_id[p["invoice"]], p["day"].isoformat(), p["amount"],
                             holder["method"], receipt))  # fmt: skip

    # agreement references follow the start year
    tenancy_rows = []
    per_year: dict[int, int] = {}
    for i, t in enumerate(tenancies, 1):
        per_year[t["start"].year] = per_year.get(t["start"].year, 0) + 1
        tenancy_rows.append((i, f"TA-{t['start'].year}-{per_year[t['start'].year] + 17 * (t['start'].year % 7):04d}",
                             t["plot"], t["holder"], t["start"].isoformat(), t["end"].isoformat() if t["end"] else None,
                             t["reason"], "Active" if t["end"] is None else "Ended"))  # fmt: skip

    inspections.sort(key=lambda r: (r["date"], r["plot"]))
    inspection_rows = [(i, r["plot"], r["tenancy"] + 1, r["date"].isoformat(), r["type"], r["officer"], r["pct"],
                        r["outcome"], r["comments"]) for i, r in enumerate(inspections, 1)]  # fmt: skip

    waiting_rows = []
    per_year = {}
    for i, a in enumerate(applicants, 1):
        per_year[a["applied"].year] = per_year.get(a["applied"].year, 0) + 1
        p = a["p"]
        waiting_rows.append((i, f"WL-{a['applied'].year}-{per_year[a['applied'].year]:03d}", p["forename"],
                             p["surname"], p["email"], p["phone"], a["postcode"], a["pref"], a["wanted"],
                             a["applied"].isoformat(), a["status"], a["offered"].isoformat() if a["offered"] else None,
                             a["holder"]))  # fmt: skip

    holder_rows = [(h["id"], h["title"], h["forename"], h["surname"], h["email"], h["phone"], h["addr"],
                    h["postcode"], h["dob"].isoformat(), h["concession"], h["contact"]) for h in holders]  # fmt: skip
    plot_rows = [(p["id"], p["site"], p["no"], p["type"], p["sqm"], p["rent"], p["shed"], plot_status[p["id"]])
                 for p in plots]  # fmt: skip

    return {"plot_holders": holder_rows, "sites": [tuple(s) for s in sites], "plots": plot_rows,
            "tenancies": tenancy_rows, "waiting_list": waiting_rows, "rent_invoices": sorted(invoice_rows),
            "payments": payment_rows, "inspections": inspection_rows, "equipment": [tuple(e) for e in equipment],
            "equipment_loans": loan_rows, "meter_readings": readings, "work_days": work_days,
            "work_day_attendance": attendance}  # fmt: skip


def build_allotments_database(path: str | Path) -> Path:
    """Write the allotment service's database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
