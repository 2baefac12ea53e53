"""A made-up domestic solar panel and battery installer in the north of England, written by someone who had not seen
the engine's rules: the ``solar`` dev set's database. Its in-house system uses terse, abbreviated names.

Eleven tables with foreign keys: ``team`` (an install team: ``team_cd`` such as NW1, ``team_nm``, ``rgn`` the region it
covers and ``act_flg`` 'Y' active / 'N' disbanded), ``eng`` (an engineer: ``eng_cd``, ``fst_nm``, ``lst_nm``, the team,
``role_cd`` SRV surveyor, LDR team leader, INS installer (roofer), ELC electrician or APP apprentice, ``mcs_flg`` 'Y' if
MCS certified, ``day_rt`` day rate in pounds, ``strt_dt`` and ``lv_dt`` the day they left, empty while still employed),
``prod`` (a product keyed by ``prod_cd`` such as PNL-JA415: ``prod_dsc``, ``prod_typ`` PNL panel, INV inverter or BAT
battery, ``mfr`` the manufacturer, ``wp`` watts peak of a panel, ``inv_kw`` an inverter's rating in kW, ``bat_kwh`` a
battery's capacity in kWh, ``unit_cst`` our cost price in pounds and ``disc_flg`` 'Y' if discontinued), ``cust`` (a
customer: ``cust_ref``, ``fst_nm``, ``lst_nm``, ``co_nm`` the company name of a landlord or business, ``cust_typ`` D
domestic / L landlord / B business, ``addr1``, ``town``, ``pcd`` postcode, ``tel``, ``mkt_flg`` 'Y' opted in to
marketing, ``crt_dt`` the day the record was created), ``lead`` (an enquiry from a customer on ``lead_dt`` with
``src_cd`` WEB website, PPC paid search, REF referral, SHW home show, DOR door knocking or PRT partner, ``int_cd`` what
they asked about PV panels only, PVB panels and battery, BAT battery retrofit; then the survey: ``srvy_dt``,
``srvy_eng_id`` the surveyor, ``roof_cd`` TIL tiled, SLT slate, FLT flat or MTL metal, ``orient`` the main roof
direction S, SE, SW, E or W, ``shd_flg`` 'Y' if shaded; survey fields are empty when no survey was done; ``sts_cd`` the
lead status), ``qte`` (a quote for a lead: ``qte_ref``, ``qte_dt``, ``vld_dt`` valid until, ``pnl_cd`` and ``pnl_qty``
the panels, empty/0 for a battery retrofit, ``inv_cd`` the inverter, ``bat_cd`` and ``bat_qty`` the battery, empty/0
without one, ``kwp`` system size in kilowatts peak, ``dsc_amt`` discount and ``tot_amt`` the price in pounds (solar is
zero-rated for VAT), ``sts_cd``), ``inst`` (an installation job from an accepted quote: ``job_ref``, the quote, the
customer, the team, ``inst_dt`` the day work starts, ``comp_dt`` the day it was completed, empty until then, ``kwp``,
``mon_flg`` 'Y' if the monitoring is linked, ``dno_flg`` 'Y' once the network operator has been notified, ``mcs_cert``
the MCS certificate number once issued, ``sts_cd``), ``gen_rdg`` (a monthly generation reading from an installed system:
``rdg_dt`` the last day of the month, ``gen_kwh`` generated and ``exp_kwh`` exported to the grid, ``src_cd`` A automatic
from monitoring, M read by the customer, E estimated), ``svc_call`` (a service callout to an installation: ``call_dt``,
the engineer sent, empty if not yet assigned, ``flt_cd`` INV inverter fault, BAT battery fault, PNL panel damage, MON
monitoring offline, LEAK roof leak, BIRD pigeons under the panels, ELEC electrical trip, OTH other, ``pri`` 1 urgent to
3 routine, ``wty_flg`` 'Y' if covered by warranty, ``chg_amt`` charged to the customer, ``cls_dt`` the day it was
closed, ``sts_cd``), ``fin_agr`` (a finance agreement paying for an installation: ``agr_ref``, ``lndr`` the lender,
``dep_amt`` deposit, ``prin_amt`` amount borrowed, ``apr`` percent, ``term_mth`` months, ``mthly_pmt``, ``strt_dt``,
``sts_cd``) and ``sts_lkp`` (the status codes of every record type: ``rec_typ`` LEAD, QTE, INST, SVC or FIN, ``sts_cd``
and ``sts_dsc``; a lead is N new, S surveyed, Q quoted, W won, L lost, X cancelled; a quote O open, A accepted, D
declined, E expired; an installation B booked, I in progress, C completed, X cancelled; a callout O open, C closed, X
cancelled; a finance agreement A active, S settled, R in arrears, X cancelled in the cooling-off period). Rows come from
a fixed seed, so every build holds the same rows. A handful of landlord customers account for many leads and
installations, a few installations get many callouts, some installations have no readings because their monitoring was
never linked, some engineers have never been sent on a callout, and one discontinued panel has never been quoted.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_solar_database(pathlib.Path(tempfile.mkdtemp()) / "solar.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM team").fetchone()
    (6,)
"""

from __future__ import annotations

import calendar
import datetime as dt
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_solar_database"]

_SCHEMA = """
CREATE TABLE team (
    team_id INTEGER PRIMARY KEY, team_cd TEXT NOT NULL, team_nm TEXT NOT NULL, rgn TEXT NOT NULL,
    act_flg TEXT NOT NULL
);
CREATE TABLE eng (
    eng_id INTEGER PRIMARY KEY, eng_cd TEXT NOT NULL, fst_nm TEXT NOT NULL, lst_nm TEXT NOT NULL,
    team_id INTEGER NOT NULL REFERENCES team (team_id), role_cd TEXT NOT NULL, mcs_flg TEXT NOT NULL,
    day_rt NUMERIC NOT NULL, strt_dt DATE NOT NULL, lv_dt DATE
);
CREATE TABLE prod (
    prod_cd TEXT PRIMARY KEY, prod_dsc TEXT NOT NULL, prod_typ TEXT NOT NULL, mfr TEXT NOT NULL, wp INTEGER,
    inv_kw NUMERIC, bat_kwh NUMERIC, unit_cst NUMERIC NOT NULL, disc_flg TEXT NOT NULL
);
CREATE TABLE cust (
    cust_id INTEGER PRIMARY KEY, cust_ref TEXT NOT NULL, fst_nm TEXT NOT NULL, lst_nm TEXT NOT NULL, co_nm TEXT,
    cust_typ TEXT NOT NULL, addr1 TEXT NOT NULL, town TEXT NOT NULL, pcd TEXT NOT NULL, tel TEXT NOT NULL,
    mkt_flg TEXT NOT NULL, crt_dt DATE NOT NULL
);
CREATE TABLE lead (
    lead_id INTEGER PRIMARY KEY, cust_id INTEGER NOT NULL REFERENCES cust (cust_id), lead_dt DATE NOT NULL,
    src_cd TEXT NOT NULL, int_cd TEXT NOT NULL, srvy_dt DATE, srvy_eng_id INTEGER REFERENCES eng (eng_id),
    roof_cd TEXT, orient TEXT, shd_flg TEXT, sts_cd TEXT NOT NULL
);
CREATE TABLE qte (
    qte_id INTEGER PRIMARY KEY, qte_ref TEXT NOT NULL, lead_id INTEGER NOT NULL REFERENCES lead (lead_id),
    qte_dt DATE NOT NULL, vld_dt DATE NOT NULL, pnl_cd TEXT REFERENCES prod (prod_cd),
    pnl_qty INTEGER NOT NULL, inv_cd TEXT NOT NULL REFERENCES prod (prod_cd), bat_cd TEXT REFERENCES prod (prod_cd),
    bat_qty INTEGER NOT NULL, kwp NUMERIC NOT NULL, dsc_amt NUMERIC NOT NULL, tot_amt NUMERIC NOT NULL,
    sts_cd TEXT NOT NULL
);
CREATE TABLE inst (
    inst_id INTEGER PRIMARY KEY, job_ref TEXT NOT NULL, qte_id INTEGER NOT NULL REFERENCES qte (qte_id),
    cust_id INTEGER NOT NULL REFERENCES cust (cust_id), team_id INTEGER NOT NULL REFERENCES team (team_id),
    inst_dt DATE NOT NULL, comp_dt DATE, kwp NUMERIC NOT NULL, mon_flg TEXT NOT NULL, dno_flg TEXT NOT NULL,
    mcs_cert TEXT, sts_cd TEXT NOT NULL
);
CREATE TABLE gen_rdg (
    rdg_id INTEGER PRIMARY KEY, inst_id INTEGER NOT NULL REFERENCES inst (inst_id), rdg_dt DATE NOT NULL,
    gen_kwh NUMERIC NOT NULL, exp_kwh NUMERIC NOT NULL, src_cd TEXT NOT NULL
);
CREATE TABLE svc_call (
    call_id INTEGER PRIMARY KEY, inst_id INTEGER NOT NULL REFERENCES inst (inst_id), call_dt DATE NOT NULL,
    eng_id INTEGER REFERENCES eng (eng_id), flt_cd TEXT NOT NULL, pri INTEGER NOT NULL, wty_flg TEXT NOT NULL,
    chg_amt NUMERIC NOT NULL, cls_dt DATE, sts_cd TEXT NOT NULL
);
CREATE TABLE fin_agr (
    agr_id INTEGER PRIMARY KEY, agr_ref TEXT NOT NULL, inst_id INTEGER NOT NULL REFERENCES inst (inst_id),
    lndr TEXT NOT NULL, dep_amt NUMERIC NOT NULL, prin_amt NUMERIC NOT NULL, apr NUMERIC NOT NULL,
    term_mth INTEGER NOT NULL, mthly_pmt NUMERIC NOT NULL, strt_dt DATE NOT NULL, sts_cd TEXT NOT NULL
);
CREATE TABLE sts_lkp (
    rec_typ TEXT NOT NULL, sts_cd TEXT NOT NULL, sts_dsc TEXT NOT NULL, PRIMARY KEY (rec_typ, sts_cd)
);
"""

_AS_OF = dt.date(2025, 6, 30)  # the day the extract was taken

#: team code, name, region, active, towns it covers
_TEAMS = [
    ("NW1", "Manchester North", "North West", "Y", ["Bolton", "Bury", "Oldham", "Rochdale"]),
    ("NW2", "Manchester South", "North West", "Y", ["Stockport", "Altrincham", "Sale", "Wilmslow"]),
    ("MER", "Merseyside", "North West", "Y", ["Liverpool", "St Helens", "Southport", "Warrington", "Wigan"]),
    ("LDS", "Leeds", "Yorkshire", "Y", ["Leeds", "Wakefield", "Harrogate", "Bradford"]),
    ("SHF", "Sheffield", "Yorkshire", "Y", ["Sheffield", "Rotherham", "Barnsley"]),
    ("STK", "Stoke", "Midlands", "N", ["Stoke-on-Trent", "Stafford", "Crewe"]),
]
_POSTCODES = {"Bolton": "BL1", "Bury": "BL9", "Oldham": "OL8", "Rochdale": "OL11", "Stockport": "SK4",
              "Altrincham": "WA14", "Sale": "M33", "Wilmslow": "SK9", "Liverpool": "L18", "St Helens": "WA10",
              "Southport": "PR9", "Warrington": "WA4", "Wigan": "WN6", "Leeds": "LS17", "Wakefield": "WF2",
              "Harrogate": "HG2", "Bradford": "BD9", "Sheffield": "S11", "Rotherham": "S60", "Barnsley": "S75",
              "Stoke-on-Trent": "ST4", "Stafford": "ST16", "Crewe": "CW2"}  # fmt: skip
_TOWN_WEIGHT = {"Stockport": 3, "Leeds": 4, "Sheffield": 3, "Liverpool": 3, "Bolton": 2, "Harrogate": 2,
                "Altrincham": 2, "Warrington": 2, "Wilmslow": 2}  # fmt: skip
#: product code, description, type, manufacturer, Wp, inverter kW, battery kWh, unit cost, discontinued
_PRODUCTS = [
    ("PNL-JA415", "JA Solar JAM54 415W mono", "PNL", "JA Solar", 415, None, None, 92, "N"),
    ("PNL-AK430", "Aiko Neostar 430W all-black", "PNL", "Aiko", 430, None, None, 118, "N"),
    ("PNL-TR420", "Trina Vertex S+ 420W", "PNL", "Trina", 420, None, None, 98, "N"),
    ("PNL-LR440", "Longi Hi-MO 6 440W", "PNL", "Longi", 440, None, None, 104, "N"),
    ("PNL-RE400", "REC Alpha Pure 400W", "PNL", "REC", 400, None, None, 135, "Y"),
    ("PNL-CS385", "Canadian Solar HiKu 385W", "PNL", "Canadian Solar", 385, None, None, 88, "Y"),
    ("INV-SE3K6", "SolarEdge SE3680H 3.68kW", "INV", "SolarEdge", None, 3.68, None, 610, "N"),
    ("INV-SE5K0", "SolarEdge SE5000H 5kW", "INV", "SolarEdge", None, 5.0, None, 720, "N"),
    ("INV-GV5K0", "GivEnergy Gen 3 hybrid 5kW", "INV", "GivEnergy", None, 5.0, None, 790, "N"),
    ("INV-FX3K7", "Fox ESS H1 hybrid 3.7kW", "INV", "Fox ESS", None, 3.7, None, 560, "N"),
    ("INV-SG3K0", "Sungrow SG3.0RS 3kW", "INV", "Sungrow", None, 3.0, None, 420, "Y"),
    ("BAT-GV9K5", "GivEnergy 9.5kWh battery", "BAT", "GivEnergy", None, None, 9.5, 3150, "N"),
    ("BAT-PW13K", "Tesla Powerwall 2 13.5kWh", "BAT", "Tesla", None, None, 13.5, 6200, "N"),
    ("BAT-FX5K2", "Fox ESS EP5 5.2kWh", "BAT", "Fox ESS", None, None, 5.2, 1750, "N"),
    ("BAT-PY4K8", "Pylontech US5000 4.8kWh", "BAT", "Pylontech", None, None, 4.8, 1390, "Y"),
]
_STATUSES = [
    ("LEAD", "N", "New"), ("LEAD", "S", "Surveyed"), ("LEAD", "Q", "Quoted"), ("LEAD", "W", "Won"),
    ("LEAD", "L", "Lost"), ("LEAD", "X", "Cancelled"),
    ("QTE", "O", "Open"), ("QTE", "A", "Accepted"), ("QTE", "D", "Declined"), ("QTE", "E", "Expired"),
    ("INST", "B", "Booked"), ("INST", "I", "In progress"), ("INST", "C", "Completed"), ("INST", "X", "Cancelled"),
    ("SVC", "O", "Open"), ("SVC", "C", "Closed"), ("SVC", "X", "Cancelled"),
    ("FIN", "A", "Active"), ("FIN", "S", "Settled"), ("FIN", "R", "In arrears"), ("FIN", "X", "Cancelled"),
]  # fmt: skip
_FIRST = ["James", "Sarah", "David", "Helen", "Mark", "Claire", "Paul", "Joanne", "Andrew", "Karen", "Stephen",
          "Lisa", "Richard", "Emma", "Gary", "Nicola", "Ian", "Rachel", "Peter", "Julie", "Neil", "Amanda", "Chris",
          "Louise", "Tom", "Gemma", "Simon", "Kate", "Graham", "Alison", "Martin", "Deborah", "Raj", "Priya",
          "Imran", "Fatima", "Tomasz", "Agnieszka", "Sean", "Siobhan"]  # fmt: skip
_SURNAMES = ["Smith", "Jones", "Taylor", "Brown", "Wilson", "Walker", "Wright", "Robinson", "Thompson", "Hughes",
             "Green", "Hall", "Wood", "Clarke", "Jackson", "Harrison", "Lewis", "Turner", "Hill", "Cooper", "Ward",
             "Moore", "Kenyon", "Ashworth", "Sutcliffe", "Hargreaves", "Crossley", "Greenwood", "Holroyd", "Pickles",
             "Barraclough", "Ackroyd", "Lomax", "Fairclough", "Heywood", "Molyneux", "Rimmer", "Hussain", "Patel",
             "Khan", "Nowak", "Doherty", "Kowalski", "Brennan"]  # fmt: skip
_STREETS = ["Park Road", "Church Lane", "Moor Lane", "Station Road", "Oak Avenue", "Meadow Close", "Hollins Lane",
            "Beech Grove", "Manor Drive", "Green Lane", "Victoria Road", "Mill Lane", "Brook Street", "Elm Close",
            "Highfield Road", "Windsor Avenue", "The Crescent", "Ash Grove", "Fern Bank", "Kingsway"]  # fmt: skip
#: landlords and businesses that send us many jobs: first, last, company, type, town, share of leads
_BIG = [
    ("Margaret", "Holt", "Pennine Homes Ltd", "L", "Bolton", 22),
    ("Anil", "Mistry", "Redbrick Lettings", "L", "Leeds", 15),
    ("Owen", "Price", "Mersey Vale Housing Co-op", "L", "Liverpool", 11),
    ("Carol", "Dunn", "Dunn & Sons Farms", "B", "Harrogate", 4),
    ("Howard", "Bell", "Bell Street Properties", "L", "Sheffield", 7),
    ("Fiona", "Marsh", "Marsh Veterinary Practice", "B", "Wilmslow", 2),
]
_MONTH_YIELD = [18, 34, 66, 98, 118, 124, 119, 104, 78, 48, 24, 14]  # kWh per kWp in a month facing south
_ORIENT = {"S": 1.0, "SE": 0.95, "SW": 0.95, "E": 0.82, "W": 0.82}
_LENDERS = [("Brightline Finance", 9.9, 5), ("Greenfin", 11.9, 3), ("Solis Credit", 7.9, 2)]


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _weekday(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    """A day from ``start`` to ``end`` moved on to the Monday when it falls at a weekend."""
    day = random_day(rng, start, end)
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return day


def _after(rng: random.Random, day: dt.date, low: int, high: int) -> dt.date:
    """A weekday ``low`` to ``high`` days after ``day``."""
    return _weekday(rng, day + dt.timedelta(days=low), day + dt.timedelta(days=high))


def _engineers(rng: random.Random) -> list[tuple]:
    """Engineers per team: a leader, installers, electricians, an apprentice; a surveyor per region."""
    names = rng.sample([(f, s) for f in _FIRST[:32] for s in _SURNAMES], 40)
    plan = {1: ["LDR", "SRV", "INS", "INS", "ELC", "APP"], 2: ["LDR", "INS", "INS", "ELC", "ELC"],
            3: ["LDR", "SRV", "INS", "INS", "ELC", "APP"], 4: ["LDR", "SRV", "SRV", "INS", "INS", "ELC", "ELC"],
            5: ["LDR", "INS", "ELC", "APP"], 6: ["LDR", "SRV", "INS", "ELC"]}  # fmt: skip
    rates = {"LDR": 260, "SRV": 210, "INS": 190, "ELC": 230, "APP": 110}
    engineers = []
    for team, roles in plan.items():
        for role in roles:
            i = len(engineers) + 1
            first, last = names[i - 1]
            start = random_day(rng, dt.date(2014, 3, 1), dt.date(2021, 12, 31))
            if role == "APP":
                start = random_day(rng, dt.date(2022, 1, 10), dt.date(2023, 9, 30))
            left = None
            if team == 6:
                left = dt.date(2024, 3, 29) if role != "SRV" else None
            elif i % 9 == 4:
                left = random_day(rng, dt.date(2023, 6, 1), dt.date(2025, 3, 31))
            mcs = "Y" if role in ("LDR", "ELC", "SRV") or rng.random() < 0.3 else "N"
            rate = rates[role] + rng.randrange(0, 9) * 5
            engineers.append((i, f"E{100 + i * 3:03d}", first, last, team, role, mcs, rate, start.isoformat(),
                              left.isoformat() if left else None))  # fmt: skip
    return engineers


def _customers(rng: random.Random) -> list[tuple]:
    towns = [t for team in _TEAMS for t in team[4]]
    weights = [_TOWN_WEIGHT.get(t, 1) for t in towns]
    names = rng.sample([(f, s) for f in _FIRST for s in _SURNAMES], 700)
    customers = []
    for i in range(1, 701):
        if i <= len(_BIG):
            first, last, company, kind, town, _ = _BIG[i - 1]
            created = random_day(rng, dt.date(2022, 1, 4), dt.date(2022, 4, 30))
        else:
            (first, last), company, kind = names[i - 1], None, "D"
            town = rng.choices(towns, weights=weights)[0]
            last_day = dt.date(2024, 1, 31) if town in _TEAMS[5][4] else dt.date(2025, 6, 20)  # Stoke closed
            created = random_day(rng, dt.date(2022, 1, 4), last_day)
            if i % 61 == 17:
                company, kind = f"{last} {rng.choice(['Joinery', 'Motors', 'Dental', 'Garden Centre'])}", "B"
        street = f"{rng.randint(1, 180)} {rng.choice(_STREETS)}"
        inward = f"{rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEHJLNPRSTUWXY')}"
        postcode = f"{_POSTCODES[town]} {inward}"
        phone = f"07{rng.randint(700, 999)} {rng.randint(100000, 999999)}"
        mkt = "Y" if rng.random() < 0.45 else "N"
        customers.append((i, f"C{10000 + i * 7}", first, last, company, kind, street, town, postcode, phone, mkt,
                          created.isoformat()))  # fmt: skip
    return customers


def _rows(seed: int = 5150) -> dict[str, list[tuple]]:  # noqa: PLR0912, PLR0915 - one generator per table, in order
    rng = random.Random(seed)
    teams = [(i, *t[:4]) for i, t in enumerate(_TEAMS, 1)]
    team_of_town = {town: i for i, t in enumerate(_TEAMS, 1) for town in t[4]}
    engineers = _engineers(rng)
    products = [p[:9] for p in _PRODUCTS]
    customers = _customers(rng)

    def working(role: tuple[str, ...], team: int | None, day: dt.date) -> list[tuple]:
        return [e for e in engineers if e[5] in role and (team is None or e[4] == team)
                and e[8] <= day.isoformat() and (e[9] is None or e[9] >= day.isoformat())]  # fmt: skip

    # leads: every customer has one; the big customers have many more; a few domestic customers come back
    lead_owners = []
    for c in customers:
        extra = _BIG[c[0] - 1][5] if c[0] <= len(_BIG) else (1 if rng.random() < 0.08 else 0)
        lead_owners += [c] * (1 + extra)
    leads, quotes, jobs = [], [], []
    for c in lead_owners:
        created = dt.date.fromisoformat(c[11])
        lead_day = created if not any(lead[1] == c[0] for lead in leads) else random_day(rng, created, _AS_OF)
        team = team_of_town[c[7]]
        if team == 6 and lead_day > dt.date(2024, 2, 1):  # Stoke stopped taking new work
            lead_day = random_day(rng, created, dt.date(2024, 1, 31))
        source = rng.choices(["WEB", "PPC", "REF", "SHW", "DOR", "PRT"], weights=[34, 22, 18, 9, 7, 10])[0]
        if c[5] != "D":
            source = rng.choice(["REF", "PRT", "WEB"])
        interest = rng.choices(["PV", "PVB", "BAT"], weights=[40, 50, 10])[0]
        survey = None
        surveyors = working(("SRV",), None, lead_day)
        surveyors = [e for e in surveyors if _TEAMS[e[4] - 1][2] == _TEAMS[team - 1][2]] or surveyors
        if rng.random() < (0.78 if c[5] == "D" else 0.95) and lead_day < _AS_OF - dt.timedelta(days=12):
            survey = _after(rng, lead_day, 3, 21)
            if survey > _AS_OF:
                survey = None
        if survey is not None:
            who = rng.choice(surveyors)[0]
            roof = rng.choices(["TIL", "SLT", "FLT", "MTL"], weights=[60, 25, 10, 5])[0]
            orient = rng.choices(list(_ORIENT), weights=[35, 20, 20, 12, 13])[0]
            shade = "Y" if rng.random() < 0.15 else "N"
            survey_fields = (survey.isoformat(), who, roof, orient, shade)
        else:
            survey_fields = (None, None, None, None, None)
        lead_id = len(leads) + 1
        status = "N" if survey is None and lead_day > _AS_OF - dt.timedelta(days=40) else "X"
        if survey is not None:
            status = "S"
            n_quotes = (
                0
                if rng.random() < 0.08 or survey > _AS_OF - dt.timedelta(days=4)
                else (2 if rng.random() < 0.15 else 1)
            )
            quote_day = survey
            for q in range(n_quotes):
                quote_day = _after(rng, quote_day, 1, 10 if q == 0 else 25)
                if quote_day > _AS_OF:
                    break
                panels = [p for p in _PRODUCTS if p[2] == "PNL" and (p[8] == "N" or quote_day < dt.date(2023, 7, 1))]
                panels = [p for p in panels if p[0] != "PNL-CS385"]  # never sold: bought in, never quoted
                panel = rng.choices(panels, weights=[5, 2, 3, 3, 1][: len(panels)])[0]
                qty = rng.randint(6, 16) if c[5] == "D" else rng.randint(8, 24)
                if interest == "BAT":
                    qty = 0
                kwp = round(qty * panel[4] / 1000, 2)
                battery, bat_qty = None, 0
                if interest != "PV" or rng.random() < 0.1:
                    bats = [b for b in _PRODUCTS if b[2] == "BAT" and (b[8] == "N" or quote_day < dt.date(2023, 4, 1))]
                    battery = rng.choices(bats, weights=[5, 2, 3, 2][: len(bats)])[0]
                    bat_qty = 2 if rng.random() < 0.12 else 1
                hybrid = battery is not None
                invs = [v for v in _PRODUCTS if v[2] == "INV" and (v[8] == "N" or quote_day < dt.date(2023, 1, 1))]
                invs = [v for v in invs if (v[0] in ("INV-GV5K0", "INV-FX3K7")) == hybrid] or invs
                inverter = rng.choice([v for v in invs if v[5] >= 3.68 or kwp < 4.5] or invs)
                price = (qty * panel[7] * 2.1 + inverter[7] * 1.6 + (battery[7] * 1.35 * bat_qty if battery else 0)
                         + (1450 + 95 * qty if qty else 650) + (900 if qty else 0))  # fmt: skip
                discount = rng.choice([0, 0, 0, 0, 100, 250, 500]) if c[5] == "D" else round(price * 0.08, -1)
                total = round(price - discount, -1)
                valid = quote_day + dt.timedelta(days=30)
                last = q == n_quotes - 1
                if not last:
                    q_status = "D"
                elif valid >= _AS_OF:
                    q_status = rng.choices(["O", "A"], weights=[3, 1])[0]
                else:
                    q_status = rng.choices(["A", "D", "E"], weights=[58 if c[5] == "D" else 85, 24, 18])[0]
                    if team == 6 and quote_day > dt.date(2023, 11, 1):
                        q_status = "D"
                quote_id = len(quotes) + 1
                quotes.append((quote_id, f"Q{20000 + quote_id}", lead_id, quote_day.isoformat(), valid.isoformat(),
                               panel[0] if qty else None, qty, inverter[0], battery[0] if battery else None,
                               bat_qty, kwp, discount, total, q_status))  # fmt: skip
                status = {"O": "Q", "A": "W", "D": "L", "E": "L"}[q_status]
                if q_status == "A":
                    jobs.append((quote_id, c, team, quote_day, kwp, lead_id))
        leads.append((lead_id, c[0], lead_day.isoformat(), source, interest, *survey_fields, status))
    installs = []
    for quote_id, c, team, quote_day, kwp, lead_id in jobs:
        start = _after(rng, quote_day, 14, 70)
        if team == 6 and start > dt.date(2024, 3, 20):
            start = _after(rng, quote_day, 5, 9)
        days = 1 if kwp < 4 else (2 if kwp < 7 else 3)
        done = _after(rng, start, days - 1, days + (3 if rng.random() < 0.1 else 0)) if days > 1 else start
        cancelled = rng.random() < 0.05
        if cancelled:
            i_status, done = "X", None
        elif start > _AS_OF:
            i_status, done = "B", None
        elif done > _AS_OF:
            i_status, done = "I", None
        else:
            i_status = "C"
        if cancelled:
            leads[lead_id - 1] = (*leads[lead_id - 1][:10], "X")
        inst_id = len(installs) + 1
        monitored = "Y" if done is not None and (rng.random() < 0.85 or c[5] != "D") else "N"
        notified = "Y" if done is not None and rng.random() < 0.97 else "N"
        cert = f"MCS-{rng.randint(10**7, 10**8 - 1)}" if done is not None and inst_id % 23 != 5 else None
        installs.append((inst_id, f"J{3000 + inst_id}", quote_id, c[0], team, start.isoformat(),
                         done.isoformat() if done else None, kwp, monitored, notified, cert, i_status))  # fmt: skip
    # monthly readings of monitored, completed systems with panels
    lead_of_quote = {q[0]: leads[q[2] - 1] for q in quotes}
    has_battery = {q[0]: q[8] is not None for q in quotes}
    readings = []
    for job in installs:
        if job[11] != "C" or job[8] != "Y" or not job[7]:
            continue
        done = dt.date.fromisoformat(job[6])
        year, month = done.year, done.month
        factor = _ORIENT[lead_of_quote[job[2]][8]] * (0.8 if lead_of_quote[job[2]][9] == "Y" else 1.0)
        while True:
            month += 1
            if month == 13:
                year, month = year + 1, 1
            end = _month_end(year, month)
            if end > _AS_OF:
                break
            source = rng.choices(["A", "M", "E"], weights=[88, 6, 6])[0]
            gen = round(job[7] * _MONTH_YIELD[month - 1] * factor * rng.uniform(0.75, 1.15), 1)
            share = rng.uniform(0.15, 0.35) if has_battery[job[2]] else rng.uniform(0.4, 0.6)
            readings.append((0, job[0], end.isoformat(), gen, round(gen * share, 1), source))
    readings.sort(key=lambda r: (r[2], r[1]))
    readings = [(i, *r[1:]) for i, r in enumerate(readings, 1)]
    # callouts: a few problem systems get many
    done_jobs = [j for j in installs if j[11] == "C"]
    weights = [9 if j[0] % 29 == 7 else (0 if j[0] % 3 == 1 else 1) for j in done_jobs]
    calls = []
    faults = [("INV", 20), ("BAT", 10), ("PNL", 6), ("MON", 24), ("LEAK", 8), ("BIRD", 12), ("ELEC", 9), ("OTH", 6)]
    for _ in range(230):
        job = rng.choices(done_jobs, weights=weights)[0]
        day = _after(rng, dt.date.fromisoformat(job[6]), 10, 500)
        if day > _AS_OF:
            day = _after(rng, dt.date.fromisoformat(job[6]), 3, max(4, (_AS_OF - dt.date.fromisoformat(job[6])).days))
            day = min(day, _AS_OF)
        fault = rng.choices([f[0] for f in faults], weights=[f[1] for f in faults])[0]
        if fault == "BAT" and not has_battery[job[2]]:
            fault = "INV"
        priority = {"LEAK": 1, "ELEC": 1, "BAT": 2, "INV": 2}.get(fault, 3)
        warranty = "Y" if (day - dt.date.fromisoformat(job[6])).days < 730 and fault not in ("BIRD", "OTH") else "N"
        if rng.random() < 0.08:
            warranty = "N"
        charge = 0 if warranty == "Y" else rng.choice([95, 120, 145, 180, 240, 375, 450])
        pool = working(("ELC", "LDR", "INS"), job[4], day) or working(("ELC", "LDR"), None, day)
        pool = [e for e in pool if e[0] % 5 != 2 or e[5] == "LDR"]  # some engineers are never sent out
        r = rng.random()
        if day > _AS_OF - dt.timedelta(days=20) and r < 0.6:
            c_status, closed = "O", None
        elif r < 0.05:
            c_status, closed = "X", None
        else:
            c_status, closed = "C", min(_AS_OF, day + dt.timedelta(days=rng.randint(0, 3 if priority == 1 else 21)))
        engineer = rng.choice(pool)[0] if pool and not (c_status == "O" and rng.random() < 0.5) else None
        if c_status == "X":
            charge = 0
        calls.append((0, job[0], day.isoformat(), engineer, fault, priority, warranty, charge,
                      closed.isoformat() if closed else None, c_status))  # fmt: skip
    calls.sort(key=lambda r: (r[2], r[1]))
    calls = [(i, *r[1:]) for i, r in enumerate(calls, 1)]
    # finance: about a third of jobs, more for batteries
    price_of = {q[0]: q[12] for q in quotes}
    agreements = []
    for job in installs:
        if job[11] == "X" and rng.random() < 0.7:
            continue
        customer = customers[job[3] - 1]
        if customer[5] != "D" or rng.random() > (0.45 if has_battery[job[2]] else 0.28):
            continue
        lender, apr, _ = rng.choices(_LENDERS, weights=[w[2] for w in _LENDERS])[0]
        apr = round(apr + rng.choice([-1, 0, 0, 1]) * 0.5, 1)
        term = rng.choice([60, 84, 120, 120, 180])
        deposit = rng.choice([0, 0, 500, 1000, 2000])
        principal = price_of[job[2]] - deposit
        r = apr / 1200
        payment = round(principal * r / (1 - (1 + r) ** -term), 2)
        start = dt.date.fromisoformat(job[5])
        if job[11] == "X":
            a_status = "X"
        else:
            a_status = rng.choices(["A", "S", "R"], weights=[85, 9, 6])[0]
            if job[11] != "C":
                a_status = "A"
        agr_id = len(agreements) + 1
        agreements.append((agr_id, f"FA{70000 + agr_id * 13}", job[0], lender, deposit, principal, apr, term,
                           payment, start.isoformat(), a_status))  # fmt: skip
    return {"team": teams, "eng": engineers, "prod": products, "cust": customers, "lead": leads, "qte": quotes,
            "inst": installs, "gen_rdg": readings, "svc_call": calls, "fin_agr": agreements,
            "sts_lkp": list(_STATUSES)}  # fmt: skip


def build_solar_database(path: str | Path) -> Path:
    """Write the solar installer's database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
