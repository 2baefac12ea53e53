"""A made-up B2B software-as-a-service company's billing and usage database, written by someone who had not seen the
engine's rules: the ``saas`` dev set's database.

Ten tables with foreign keys: ``ctry`` (a two-letter ``ctry_cd``, ``ctry_nm``, sales region ``rgn`` 'NA' North
America / 'EMEA' / 'APAC' / 'LATAM', and ``vat_pct`` the sales tax rate charged), ``csm`` (the customer success
managers: ``csm_nm``, ``email``, ``rgn``, ``hire_dt`` and an ``active_flg`` 0/1), ``orgs`` (the customer
organisations: ``org_nm``, ``ctry_cd``, ``ind`` industry, ``emp_band`` company size '1' 1-50 staff / '2' 51-250 /
'3' 251-1000 / '4' over 1000, ``acct_stat`` 'A' active / 'S' suspended / 'X' closed, the ``csm_id`` looking after it
(empty for self-serve customers), ``signup_dt`` and ``partner_flg`` 1 when referred by a reseller partner),
``plans`` (a ``plan_cd`` such as 'PRO': ``plan_nm``, ``seat_fee`` the list price per seat per month in USD,
``max_seats`` and ``legacy_flg`` 1 for plans no longer sold), ``subs`` (an organisation's subscription to a plan:
``stat`` 'A' active / 'T' free trial / 'P' past due / 'C' cancelled / 'U' upgraded to another plan, ``start_dt``,
``end_dt`` empty while running, ``seats``, ``bill_cyc`` 'M' monthly / 'Y' yearly, ``disc_pct`` discount percent,
``auto_rnw`` 0/1 auto-renew flag and ``mrr_amt`` the monthly recurring revenue after discount), ``inv`` (invoices:
``inv_no``, the subscription and organisation, ``inv_dt``, ``due_dt``, ``net_amt`` before tax, ``tax_amt``,
``tot_amt`` and ``inv_stat`` 'P' paid / 'O' open / 'V' void), ``pmt`` (payments received against an invoice:
``pmt_dt``, ``amt_rcvd`` and ``pmt_mthd`` 'CC' credit card / 'ACH' bank transfer / 'WIR' wire / 'CHQ' cheque),
``tix`` (support tickets raised by an organisation: ``opened_dt``, ``closed_dt`` empty while open, ``prio`` 1 urgent
to 4 low, ``cat`` 'BIL' billing / 'BUG' defect / 'HOW' how-to question / 'INT' integration / 'ACC' login and
access, ``tkt_stat`` 'O' open / 'W' waiting on customer / 'R' resolved, and ``csat`` a 1-5 satisfaction score some
customers give when a ticket is resolved), ``feat`` (product features: a ``feat_cd``, ``feat_nm``, ``module`` and
``beta_flg`` 0/1) and ``usage_evt`` (daily feature usage per organisation: ``evt_dt``, ``feat_cd``, ``evt_cnt``
times used and ``usr_cnt`` distinct users). Rows come from a fixed seed, so every build holds the same rows; a few
large customers account for much of the usage, tickets and revenue, some organisations never subscribed, some have
never raised a ticket, one manager looks after nobody and some beta features were never used.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_saas_database(pathlib.Path(tempfile.mkdtemp()) / "saas.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM orgs").fetchone()
    (120,)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_saas_database"]

_SCHEMA = """
CREATE TABLE ctry (
    ctry_cd TEXT PRIMARY KEY, ctry_nm TEXT NOT NULL, rgn TEXT NOT NULL, vat_pct NUMERIC NOT NULL
);
CREATE TABLE csm (
    id INTEGER PRIMARY KEY, csm_nm TEXT NOT NULL, email TEXT NOT NULL, rgn TEXT NOT NULL, hire_dt DATE NOT NULL,
    active_flg INTEGER NOT NULL
);
CREATE TABLE orgs (
    id INTEGER PRIMARY KEY, org_nm TEXT NOT NULL, ctry_cd TEXT NOT NULL REFERENCES ctry (ctry_cd), ind TEXT NOT NULL,
    emp_band TEXT NOT NULL, acct_stat TEXT NOT NULL, csm_id INTEGER REFERENCES csm (id), signup_dt DATE NOT NULL,
    partner_flg INTEGER NOT NULL
);
CREATE TABLE plans (
    plan_cd TEXT PRIMARY KEY, plan_nm TEXT NOT NULL, seat_fee NUMERIC NOT NULL, max_seats INTEGER NOT NULL,
    legacy_flg INTEGER NOT NULL
);
CREATE TABLE subs (
    id INTEGER PRIMARY KEY, org_id INTEGER NOT NULL REFERENCES orgs (id),
    plan_cd TEXT NOT NULL REFERENCES plans (plan_cd), stat TEXT NOT NULL, start_dt DATE NOT NULL, end_dt DATE,
    seats INTEGER NOT NULL, bill_cyc TEXT NOT NULL, disc_pct NUMERIC NOT NULL, auto_rnw INTEGER NOT NULL,
    mrr_amt NUMERIC NOT NULL
);
CREATE TABLE inv (
    id INTEGER PRIMARY KEY, inv_no TEXT NOT NULL, sub_id INTEGER NOT NULL REFERENCES subs (id),
    org_id INTEGER NOT NULL REFERENCES orgs (id), inv_dt DATE NOT NULL, due_dt DATE NOT NULL,
    net_amt NUMERIC NOT NULL, tax_amt NUMERIC NOT NULL, tot_amt NUMERIC NOT NULL, inv_stat TEXT NOT NULL
);
CREATE TABLE pmt (
    id INTEGER PRIMARY KEY, inv_id INTEGER NOT NULL REFERENCES inv (id), pmt_dt DATE NOT NULL,
    amt_rcvd NUMERIC NOT NULL, pmt_mthd TEXT NOT NULL
);
CREATE TABLE tix (
    id INTEGER PRIMARY KEY, org_id INTEGER NOT NULL REFERENCES orgs (id), opened_dt DATE NOT NULL, closed_dt DATE,
    prio INTEGER NOT NULL, cat TEXT NOT NULL, tkt_stat TEXT NOT NULL, csat INTEGER
);
CREATE TABLE feat (
    feat_cd TEXT PRIMARY KEY, feat_nm TEXT NOT NULL, module TEXT NOT NULL, beta_flg INTEGER NOT NULL
);
CREATE TABLE usage_evt (
    id INTEGER PRIMARY KEY, org_id INTEGER NOT NULL REFERENCES orgs (id),
    feat_cd TEXT NOT NULL REFERENCES feat (feat_cd), evt_dt DATE NOT NULL, evt_cnt INTEGER NOT NULL,
    usr_cnt INTEGER NOT NULL
);
"""

#: code, name, region, tax rate, share of customers
_CTRY = [("US", "United States", "NA", 0.0, 34), ("CA", "Canada", "NA", 5.0, 8),
         ("GB", "United Kingdom", "EMEA", 20.0, 14), ("DE", "Germany", "EMEA", 19.0, 10),
         ("FR", "France", "EMEA", 20.0, 6), ("NL", "Netherlands", "EMEA", 21.0, 5),
         ("AU", "Australia", "APAC", 10.0, 7), ("SG", "Singapore", "APAC", 9.0, 4), ("JP", "Japan", "APAC", 10.0, 3),
         ("BR", "Brazil", "LATAM", 0.0, 4), ("MX", "Mexico", "LATAM", 16.0, 0)]  # fmt: skip
#: name, region, hired, active
_CSM = [("Dana Whitfield", "NA", "2019-03-11", 1), ("Marcus Lee", "NA", "2020-07-06", 1),
        ("Priya Raman", "NA", "2022-01-17", 1), ("Sophie Brandt", "EMEA", "2019-10-01", 1),
        ("Oliver Grant", "EMEA", "2021-05-24", 1), ("Kenji Watanabe", "APAC", "2020-11-02", 1),
        ("Lucia Ferreira", "LATAM", "2023-02-13", 0), ("Tom Okafor", "EMEA", "2025-04-07", 1)]  # fmt: skip
#: code, name, fee per seat per month, max seats, legacy, weight
_PLANS = [("STR", "Starter", 12.0, 10, 0, 40), ("PRO", "Professional", 29.0, 50, 0, 32),
          ("BUS", "Business", 49.0, 250, 0, 16), ("ENT", "Enterprise", 79.0, 2000, 0, 7),
          ("TEAM", "Team (2021)", 19.0, 25, 1, 5)]  # fmt: skip
#: code, name, module, beta
_FEAT = [("DASH", "Dashboards", "Analytics", 0, 30), ("RPT", "Scheduled reports", "Analytics", 0, 14),
         ("EXP", "CSV export", "Analytics", 0, 18), ("API", "REST API", "Platform", 0, 16),
         ("SSO", "Single sign-on", "Platform", 0, 6), ("AUD", "Audit log", "Platform", 0, 3),
         ("WF", "Workflow builder", "Automation", 0, 10), ("ALR", "Alerts", "Automation", 0, 9),
         ("INT", "Slack integration", "Integrations", 0, 8), ("SFI", "Salesforce sync", "Integrations", 0, 5),
         ("AIQ", "AI query assistant", "Analytics", 1, 4), ("FCS", "Forecasting", "Analytics", 1, 0),
         ("MOB", "Mobile app", "Platform", 1, 0), ("WHK", "Webhooks", "Automation", 1, 2)]  # fmt: skip
_INDS = ["Software", "Retail", "Healthcare", "Financial services", "Manufacturing", "Education", "Logistics",
         "Media", "Non-profit"]  # fmt: skip
_NAME_A = ["Acme", "Bluefin", "Cobalt", "Driftwood", "Evergreen", "Foxglove", "Granite", "Harbor", "Ironbark",
           "Juniper", "Kestrel", "Lumen", "Meridian", "Northwind", "Orchid", "Pinnacle", "Quarry", "Redwood",
           "Summit", "Tidewater", "Umbra", "Vantage", "Westbrook", "Yellowtail", "Zephyr"]  # fmt: skip
_NAME_B = ["Labs", "Systems", "Logistics", "Health", "Analytics", "Retail", "Partners", "Group", "Foods", "Media"]
_END = dt.date(2025, 6, 30)


def _add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year = day.year + month // 12
    return dt.date(year, month % 12 + 1, min(day.day, 28))


def _rows(seed: int = 90417) -> dict[str, list[tuple]]:  # noqa: PLR0915 - one generator per table, in order
    rng = random.Random(seed)
    ctry = [c[:4] for c in _CTRY]
    csm = [(i, n, n.lower().replace(" ", ".") + "@corvid.io", r, h, a) for i, (n, r, h, a) in enumerate(_CSM, 1)]
    plans = [p[:5] for p in _PLANS]
    feat = [f[:4] for f in _FEAT]
    names = rng.sample([f"{a} {b}" for a in _NAME_A for b in _NAME_B], 120)
    orgs, size = [], {}
    for i in range(1, 121):
        cc = rng.choices(_CTRY, weights=[c[4] for c in _CTRY])[0]
        band = rng.choices("1234", weights=[40, 30, 18, 12])[0]
        rgn = cc[2]
        managers = [c[0] for c in csm if c[3] == rgn and c[0] != 8]
        csm_id = rng.choice(managers) if (band in "34" or rng.random() < 0.35) and managers else None
        signup = random_day(rng, dt.date(2022, 6, 1), dt.date(2025, 3, 31))
        if i % 17 == 3:  # recent sign-ups still on a free trial
            signup = random_day(rng, dt.date(2025, 5, 1), dt.date(2025, 6, 10))
        orgs.append([i, names[i - 1], cc[0], rng.choice(_INDS), band, "A", csm_id, signup.isoformat(),
                     int(rng.random() < 0.2)])  # fmt: skip
        size[i] = int(band) ** 2 * (6 if i % 23 == 5 else 1)  # a few whales
    never = {o[0] for o in orgs if o[0] % 12 == 7}  # signed up but never bought
    subs = []
    for org in orgs:
        if org[0] in never:
            continue
        band = int(org[4])
        start = dt.date.fromisoformat(org[7]) + dt.timedelta(days=rng.randint(0, 40))
        if start > dt.date(2025, 6, 15):
            start = dt.date(2025, 6, 15)
        plan_w = {1: [60, 25, 3, 0, 12], 2: [25, 45, 15, 2, 13], 3: [5, 30, 45, 15, 5], 4: [0, 10, 40, 50, 0]}[band]
        plan = rng.choices(_PLANS, weights=plan_w)[0]
        if plan[4] and start > dt.date(2024, 3, 31):
            plan = _PLANS[1]
        chain = [plan]
        upgrade_day = None
        if plan[0] in ("STR", "PRO", "TEAM") and rng.random() < 0.3 and start < dt.date(2024, 12, 1):
            upgrade_day = random_day(rng, start + dt.timedelta(days=60), min(_END, start + dt.timedelta(days=500)))
            chain.append(_PLANS[{"STR": 1, "PRO": 2, "TEAM": 1}[plan[0]]])
        for k, p in enumerate(chain):
            s_start = start if k == 0 else upgrade_day
            s_end = upgrade_day - dt.timedelta(days=1) if (k == 0 and upgrade_day) else None
            if s_end:
                stat = "U"
            else:
                stat = rng.choices("APC", weights=[72, 9, 19])[0]
                if org[0] % 17 == 3:
                    stat, s_start = "T", dt.date.fromisoformat(org[7])
                    s_end = s_start + dt.timedelta(days=30)
                if stat == "C":
                    s_end = random_day(rng, min(s_start + dt.timedelta(days=90), _END), _END)
            seats = max(1, min(p[3], round(rng.uniform(1, 4) * {1: 3, 2: 12, 3: 50, 4: 200}[band]
                                           * (3 if org[0] % 23 == 5 else 1))))  # fmt: skip
            cyc = "Y" if (band >= 3 and rng.random() < 0.6) or rng.random() < 0.15 else "M"
            disc = rng.choice([0, 0, 0, 10, 15, 20]) if cyc == "Y" or band == 4 else 0
            mrr = round(seats * p[2] * (1 - disc / 100), 2) if stat != "T" else 0
            subs.append((len(subs) + 1, org[0], p[0], stat, s_start.isoformat(), s_end.isoformat() if s_end else None,
                         seats, cyc, disc, int(cyc == "Y" or rng.random() < 0.7), mrr))  # fmt: skip
        last = subs[-1][3]
        org[5] = "X" if last == "C" else ("S" if last == "P" and rng.random() < 0.6 else "A")
    vat = {c[0]: c[3] for c in ctry}
    org_ctry = {o[0]: o[2] for o in orgs}
    inv, pmt = [], []
    for sub in subs:
        if sub[3] == "T":
            continue
        start = dt.date.fromisoformat(sub[4])
        stop = dt.date.fromisoformat(sub[5]) if sub[5] else _END
        step = 12 if sub[7] == "Y" else 1
        periods = []
        n = 0
        while (day := _add_months(start, n)) <= stop:
            periods.append(day)
            n += step
        for j, day in enumerate(periods):
            net = round(sub[10] * step, 2)
            tax = round(net * vat[org_ctry[sub[1]]] / 100, 2)
            status = "P"
            if sub[3] == "P" and (j == len(periods) - 1 or day > _add_months(_END, -rng.randint(1, 3))):  # noqa: SIM114
                status = "O"
            elif day > dt.date(2025, 6, 5) and rng.random() < 0.5:
                status = "O"
            elif rng.random() < 0.02:
                status = "V"
            inv_id = len(inv) + 1
            inv.append((inv_id, f"INV-{day.year}-{10000 + inv_id}", sub[0], sub[1], day.isoformat(),
                        (day + dt.timedelta(days=30)).isoformat(), net, tax, round(net + tax, 2), status))  # fmt: skip
            if status == "P":
                band = orgs[sub[1] - 1][4]
                mthd = rng.choices(["CC", "ACH", "WIR", "CHQ"],
                                   weights=[70, 20, 5, 5] if band in "12" else [15, 45, 35, 5])[0]  # fmt: skip
                paid = day + dt.timedelta(days=rng.choice([0, 0, 1, 3, 7, 14, 21, 28, 35, 45]))
                total = round(net + tax, 2)
                if total > 20000 and rng.random() < 0.5:
                    half = round(total / 2, 2)
                    pmt.append((len(pmt) + 1, inv_id, paid.isoformat(), half, mthd))
                    later = paid + dt.timedelta(days=rng.randint(10, 30))
                    pmt.append((len(pmt) + 1, inv_id, later.isoformat(), round(total - half, 2), mthd))
                else:
                    pmt.append((len(pmt) + 1, inv_id, paid.isoformat(), total, mthd))
    pmt.sort(key=lambda r: (r[2], r[1]))
    pmt = [(i, *r[1:]) for i, r in enumerate(pmt, 1)]
    active_span = {}
    for sub in subs:
        first = dt.date.fromisoformat(sub[4])
        last = dt.date.fromisoformat(sub[5]) if sub[5] else _END
        lo, hi = active_span.get(sub[1], (first, last))
        active_span[sub[1]] = (min(lo, first), max(hi, last))
    buyers = sorted(active_span)
    tix = []
    tix_w = [0 if o % 9 == 4 else size[o] ** 0.7 for o in buyers]
    for _ in range(700):
        org = rng.choices(buyers, weights=tix_w)[0]
        lo, hi = active_span[org]
        opened = random_day(rng, lo, hi)
        cat = rng.choices(["BIL", "BUG", "HOW", "INT", "ACC"], weights=[15, 30, 30, 15, 10])[0]
        prio = rng.choices([1, 2, 3, 4], weights=[6, 20, 45, 29] if cat != "BUG" else [20, 35, 35, 10])[0]
        age = (_END - opened).days
        stat = "R" if age > 30 or rng.random() < 0.5 else rng.choice("OW")
        closed = csat = None
        if stat == "R":
            closed = min(_END, opened + dt.timedelta(days=rng.choice([0, 1, 1, 2, 3, 5, 8, 13, 21]) + (4 - prio)))
            if rng.random() < 0.45:
                csat = rng.choices([1, 2, 3, 4, 5], weights=[5, 6, 14, 35, 40] if prio > 1 else [12, 12, 20, 30, 26])[0]
        tix.append((org, opened.isoformat(), closed.isoformat() if closed else None, prio, cat, stat, csat))
    tix.sort(key=lambda r: (r[1], r[0]))
    tix = [(i, *r) for i, r in enumerate(tix, 1)]
    usage, seen = [], set()
    use_w = [size[o] for o in buyers]
    feat_w = [f[4] for f in _FEAT]
    while len(usage) < 5000:
        org = rng.choices(buyers, weights=use_w)[0]
        code = rng.choices(_FEAT, weights=feat_w)[0][0]
        lo, hi = active_span[org]
        day = random_day(rng, max(lo, dt.date(2024, 1, 1)) if hi >= dt.date(2024, 1, 1) else lo, hi)
        if (org, code, day) in seen:
            continue
        seen.add((org, code, day))
        users = max(1, round(rng.uniform(0.05, 0.4) * size[org] * 3))
        usage.append((org, code, day.isoformat(), users * rng.randint(1, 12), users))
    usage.sort(key=lambda r: (r[2], r[0], r[1]))
    usage = [(i, *r) for i, r in enumerate(usage, 1)]
    return {"ctry": ctry, "csm": csm, "orgs": [tuple(o) for o in orgs], "plans": plans, "subs": subs, "inv": inv,
            "pmt": pmt, "tix": tix, "feat": feat, "usage_evt": usage}  # fmt: skip


def build_saas_database(path: str | Path) -> Path:
    """Write the SaaS company's billing and usage database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
