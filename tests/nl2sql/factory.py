"""A made-up pump and valve plant's manufacturing execution system (MES), written by someone who had not seen the
engine's rules: the ``factory`` dev set's database.

Brennan Fluid Systems runs one plant that machines parts and assembles centrifugal pumps and valves. Ten tables with
foreign keys: ``lines`` (a production line: ``line_cd`` such as L3, ``line_nm``, ``area`` Machining / Assembly /
Finishing, ``commissioned`` date and ``is_active`` 0/1), ``machines`` (an ``asset_no``, ``mach_desc``, the line it
stands on, ``mach_type``, the ``oem`` maker, ``inst_dt`` install date and ``rated_uph`` rated units per hour),
``products`` (an item: ``sku``, ``prod_desc``, ``prod_type`` 'FG' finished good / 'SA' sub-assembly or machined part /
'RM' raw material or bought-in part, ``family``, ``uom`` and ``std_cost`` standard cost in GBP), ``bom_lines`` (the
bill of materials: a parent item, a component item and ``qty_per`` parent), ``operators`` (an ``emp_no``, first and
last name, home line, ``shift_cd`` 'A' days 06-14 / 'B' lates 14-22 / 'C' nights, ``skill_lvl`` 1-3, ``hire_dt`` and
``is_active``), ``work_orders`` (a ``wo_no`` to make ``qty_ord`` of a product on a line: ``rel_dt`` released,
``due_dt``, ``status`` 'REL' released / 'INP' in progress / 'CMP' complete / 'CXL' cancelled, ``priority`` 1 high to
3 low), ``prod_runs`` (a run against a work order on a machine by an operator: ``run_dt``, ``shift_cd``, ``run_hrs``,
``qty_good`` and ``qty_scrap``), ``qc_insp`` (a quality inspection of a run by an operator acting as inspector:
``insp_dt``, ``sample_sz``, ``defects`` found, ``result`` 'P' pass / 'F' fail and a ``defect_cd`` such as DIM or
LEAK, empty when nothing was found), ``dt_reasons`` (downtime reason codes: ``descr``, ``category`` and whether
``planned``) and ``downtime`` (a machine stopped on ``evt_dt`` for ``dur_min`` minutes on a shift with a
``reason_cd``, logged by an operator). Rows come from a fixed seed, so every build holds the same rows; one old lathe
and a few operators account for many rows, some machines never stopped, some operators never ran a job and some
products were never ordered.

    >>> import sqlite3, tempfile, pathlib
    >>> path = build_factory_database(pathlib.Path(tempfile.mkdtemp()) / "factory.sqlite3")
    >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM lines").fetchone()
    (6,)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .seeded import random_day, write_database

__all__ = ["build_factory_database"]

_SCHEMA = """
CREATE TABLE lines (
    id INTEGER PRIMARY KEY, line_cd TEXT NOT NULL, line_nm TEXT NOT NULL, area TEXT NOT NULL,
    commissioned DATE NOT NULL, is_active INTEGER NOT NULL
);
CREATE TABLE machines (
    id INTEGER PRIMARY KEY, asset_no TEXT NOT NULL, mach_desc TEXT NOT NULL,
    line_id INTEGER NOT NULL REFERENCES lines (id), mach_type TEXT NOT NULL, oem TEXT NOT NULL,
    inst_dt DATE NOT NULL, rated_uph INTEGER NOT NULL
);
CREATE TABLE products (
    id INTEGER PRIMARY KEY, sku TEXT NOT NULL, prod_desc TEXT NOT NULL, prod_type TEXT NOT NULL,
    family TEXT NOT NULL, uom TEXT NOT NULL, std_cost NUMERIC NOT NULL
);
CREATE TABLE bom_lines (
    id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL REFERENCES products (id),
    comp_id INTEGER NOT NULL REFERENCES products (id), qty_per NUMERIC NOT NULL
);
CREATE TABLE operators (
    id INTEGER PRIMARY KEY, emp_no TEXT NOT NULL, first_nm TEXT NOT NULL, last_nm TEXT NOT NULL,
    home_line_id INTEGER NOT NULL REFERENCES lines (id), shift_cd TEXT NOT NULL, skill_lvl INTEGER NOT NULL,
    hire_dt DATE NOT NULL, is_active INTEGER NOT NULL
);
CREATE TABLE work_orders (
    id INTEGER PRIMARY KEY, wo_no TEXT NOT NULL, product_id INTEGER NOT NULL REFERENCES products (id),
    line_id INTEGER NOT NULL REFERENCES lines (id), qty_ord INTEGER NOT NULL, rel_dt DATE NOT NULL,
    due_dt DATE NOT NULL, status TEXT NOT NULL, priority INTEGER NOT NULL
);
CREATE TABLE prod_runs (
    id INTEGER PRIMARY KEY, wo_id INTEGER NOT NULL REFERENCES work_orders (id),
    machine_id INTEGER NOT NULL REFERENCES machines (id), operator_id INTEGER NOT NULL REFERENCES operators (id),
    run_dt DATE NOT NULL, shift_cd TEXT NOT NULL, run_hrs NUMERIC NOT NULL, qty_good INTEGER NOT NULL,
    qty_scrap INTEGER NOT NULL
);
CREATE TABLE qc_insp (
    id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL REFERENCES prod_runs (id),
    inspector_id INTEGER NOT NULL REFERENCES operators (id), insp_dt DATE NOT NULL, sample_sz INTEGER NOT NULL,
    defects INTEGER NOT NULL, result TEXT NOT NULL, defect_cd TEXT
);
CREATE TABLE dt_reasons (
    code TEXT PRIMARY KEY, descr TEXT NOT NULL, category TEXT NOT NULL, planned INTEGER NOT NULL
);
CREATE TABLE downtime (
    id INTEGER PRIMARY KEY, machine_id INTEGER NOT NULL REFERENCES machines (id), evt_dt DATE NOT NULL,
    shift_cd TEXT NOT NULL, dur_min INTEGER NOT NULL, reason_cd TEXT NOT NULL REFERENCES dt_reasons (code),
    logged_by INTEGER NOT NULL REFERENCES operators (id)
);
"""

#: line code, name, area, commissioned, active
_LINES = [
    ("L1", "CNC Machining Cell 1", "Machining", "2009-03-02", 1),
    ("L2", "CNC Machining Cell 2", "Machining", "2017-06-12", 1),
    ("L3", "Pump Assembly", "Assembly", "2011-01-10", 1),
    ("L4", "Valve Assembly", "Assembly", "2014-09-01", 1),
    ("L5", "Paint and Test", "Finishing", "2012-05-14", 1),
    ("L6", "Legacy Casting Line", "Machining", "1998-04-06", 0),
]
#: line, description, type, maker, installed, rated units per hour, downtime weight
_MACHINES = [
    (1, "Mazak QT-250 lathe", "Lathe", "Mazak", "2009-03-02", 14, 14),
    (1, "Haas VF-3 mill", "Mill", "Haas", "2012-07-16", 10, 3),
    (1, "DMG Mori NLX 2500 lathe", "Lathe", "DMG Mori", "2018-02-05", 18, 2),
    (1, "Hermle C 22 5-axis mill", "Mill", "Hermle", "2021-10-11", 8, 1),
    (2, "Okuma Genos L3000 lathe", "Lathe", "Okuma", "2017-06-12", 16, 2),
    (2, "Haas VF-2 mill", "Mill", "Haas", "2017-06-12", 11, 3),
    (2, "Doosan DNM 5700 mill", "Mill", "Doosan", "2020-03-09", 12, 2),
    (3, "Impeller press", "Press", "Schuler", "2011-01-10", 40, 4),
    (3, "Pump assembly station 1", "Assembly station", "Bosch Rexroth", "2011-01-10", 12, 1),
    (3, "Pump assembly station 2", "Assembly station", "Bosch Rexroth", "2019-04-01", 12, 0),
    (3, "Hydro test rig 1", "Test rig", "Hydrotechnik", "2011-01-10", 9, 3),
    (4, "Valve assembly station", "Assembly station", "Bosch Rexroth", "2014-09-01", 20, 1),
    (4, "Torque and seat tester", "Test rig", "Atlas Copco", "2014-09-01", 24, 2),
    (4, "Laser marker", "Marker", "Trumpf", "2022-01-17", 60, 0),
    (5, "Paint booth", "Paint booth", "Nordson", "2012-05-14", 30, 3),
    (5, "Curing oven", "Oven", "Nordson", "2012-05-14", 30, 2),
    (5, "Final test bench", "Test rig", "Hydrotechnik", "2016-08-22", 15, 0),
    (6, "Sand casting unit", "Foundry", "Kunkel Wagner", "1998-04-06", 6, 0),
]
#: sku, description, type, family, unit, standard cost, order weight
_PRODUCTS = [
    ("FG-CP100", "CP100 centrifugal pump 1.5kW", "FG", "Centrifugal pumps", "EA", 412.50, 9),
    ("FG-CP200", "CP200 centrifugal pump 3kW", "FG", "Centrifugal pumps", "EA", 598.00, 7),
    ("FG-CP400", "CP400 centrifugal pump 7.5kW", "FG", "Centrifugal pumps", "EA", 1135.00, 3),
    ("FG-MP50", "MP50 multistage pump", "FG", "Multistage pumps", "EA", 1480.00, 2),
    ("FG-MP80", "MP80 multistage pump", "FG", "Multistage pumps", "EA", 1925.00, 0),
    ("FG-BV25", "BV25 brass ball valve DN25", "FG", "Ball valves", "EA", 38.40, 10),
    ("FG-BV50", "BV50 brass ball valve DN50", "FG", "Ball valves", "EA", 71.20, 6),
    ("FG-GV80", "GV80 cast iron gate valve DN80", "FG", "Gate valves", "EA", 164.00, 4),
    ("FG-CV40", "CV40 check valve DN40", "FG", "Check valves", "EA", 52.75, 3),
    ("FG-CV65", "CV65 check valve DN65", "FG", "Check valves", "EA", 88.10, 0),
    ("SA-IMP100", "Impeller 160mm", "SA", "Pump parts", "EA", 46.30, 6),
    ("SA-IMP200", "Impeller 210mm", "SA", "Pump parts", "EA", 71.90, 5),
    ("SA-SHF20", "Pump shaft 20mm", "SA", "Pump parts", "EA", 18.60, 6),
    ("SA-SHF32", "Pump shaft 32mm", "SA", "Pump parts", "EA", 27.40, 3),
    ("SA-VB25", "Ball valve body DN25", "SA", "Valve parts", "EA", 12.10, 8),
    ("SA-VB50", "Ball valve body DN50", "SA", "Valve parts", "EA", 23.80, 5),
    ("SA-STM", "Valve stem", "SA", "Valve parts", "EA", 4.35, 6),
    ("SA-HSG200", "Volute housing 200", "SA", "Pump parts", "EA", 96.00, 0),
    ("RM-BRS60", "Brass bar CW614N 60mm", "RM", "Bar stock", "M", 41.20, 0),
    ("RM-SS316", "Stainless bar 316 40mm", "RM", "Bar stock", "M", 58.90, 0),
    ("RM-CI-CAST", "Cast iron volute casting", "RM", "Castings", "EA", 62.00, 0),
    ("RM-MTR15", "Motor 1.5kW IE3", "RM", "Bought-in", "EA", 138.00, 0),
    ("RM-MTR30", "Motor 3kW IE3", "RM", "Bought-in", "EA", 196.00, 0),
    ("RM-MTR75", "Motor 7.5kW IE3", "RM", "Bought-in", "EA", 402.00, 0),
    ("RM-SEAL", "Mechanical seal kit", "RM", "Bought-in", "EA", 21.50, 0),
    ("RM-ORING", "O-ring set", "RM", "Bought-in", "EA", 0.85, 0),
    ("RM-PTFE", "PTFE seat ring", "RM", "Bought-in", "EA", 1.60, 0),
    ("RM-BOLT", "M10 bolt pack", "RM", "Fasteners", "EA", 0.40, 0),
    ("RM-PAINT", "Epoxy paint RAL5010", "RM", "Consumables", "KG", 14.80, 0),
    ("RM-HNDL", "Lever handle", "RM", "Bought-in", "EA", 2.20, 0),
]
#: parent sku, component sku, quantity per parent
_BOM = [
    ("FG-CP100", "SA-IMP100", 1), ("FG-CP100", "SA-SHF20", 1), ("FG-CP100", "RM-CI-CAST", 1),
    ("FG-CP100", "RM-MTR15", 1), ("FG-CP100", "RM-SEAL", 1), ("FG-CP100", "RM-BOLT", 2), ("FG-CP100", "RM-PAINT", 0.4),
    ("FG-CP200", "SA-IMP200", 1), ("FG-CP200", "SA-SHF20", 1), ("FG-CP200", "RM-CI-CAST", 1),
    ("FG-CP200", "RM-MTR30", 1), ("FG-CP200", "RM-SEAL", 1), ("FG-CP200", "RM-BOLT", 2), ("FG-CP200", "RM-PAINT", 0.5),
    ("FG-CP400", "SA-IMP200", 1), ("FG-CP400", "SA-SHF32", 1), ("FG-CP400", "SA-HSG200", 1),
    ("FG-CP400", "RM-MTR75", 1), ("FG-CP400", "RM-SEAL", 1), ("FG-CP400", "RM-BOLT", 3), ("FG-CP400", "RM-PAINT", 0.8),
    ("FG-MP50", "SA-IMP100", 4), ("FG-MP50", "SA-SHF32", 1), ("FG-MP50", "RM-MTR30", 1), ("FG-MP50", "RM-SEAL", 2),
    ("FG-MP50", "RM-ORING", 4), ("FG-MP50", "RM-BOLT", 4),
    ("FG-MP80", "SA-IMP200", 6), ("FG-MP80", "SA-SHF32", 1), ("FG-MP80", "RM-MTR75", 1), ("FG-MP80", "RM-SEAL", 2),
    ("FG-MP80", "RM-ORING", 6), ("FG-MP80", "RM-BOLT", 6),
    ("FG-BV25", "SA-VB25", 1), ("FG-BV25", "SA-STM", 1), ("FG-BV25", "RM-PTFE", 2), ("FG-BV25", "RM-ORING", 1),
    ("FG-BV25", "RM-HNDL", 1),
    ("FG-BV50", "SA-VB50", 1), ("FG-BV50", "SA-STM", 1), ("FG-BV50", "RM-PTFE", 2), ("FG-BV50", "RM-ORING", 1),
    ("FG-BV50", "RM-HNDL", 1),
    ("FG-GV80", "RM-CI-CAST", 1), ("FG-GV80", "SA-STM", 1), ("FG-GV80", "RM-ORING", 2), ("FG-GV80", "RM-BOLT", 8),
    ("FG-GV80", "RM-PAINT", 0.3),
    ("FG-CV40", "SA-VB25", 1), ("FG-CV40", "RM-ORING", 2), ("FG-CV40", "RM-BOLT", 4),
    ("SA-IMP100", "RM-SS316", 0.12), ("SA-IMP200", "RM-SS316", 0.18), ("SA-SHF20", "RM-SS316", 0.35),
    ("SA-SHF32", "RM-SS316", 0.5), ("SA-VB25", "RM-BRS60", 0.08), ("SA-VB50", "RM-BRS60", 0.14),
    ("SA-STM", "RM-BRS60", 0.05), ("SA-HSG200", "RM-CI-CAST", 1),
]  # fmt: skip
#: code, description, category, planned, weight, typical minutes
_REASONS = [
    ("BRK", "Mechanical breakdown", "Breakdown", 0, 18, 95),
    ("ELEC", "Electrical fault", "Breakdown", 0, 8, 70),
    ("TOOL", "Tool change or tool breakage", "Tooling", 0, 14, 25),
    ("SETUP", "Changeover and setup", "Changeover", 1, 20, 45),
    ("PM", "Planned maintenance", "Maintenance", 1, 9, 120),
    ("MAT", "Waiting for material", "Logistics", 0, 12, 40),
    ("QH", "Quality hold", "Quality", 0, 6, 60),
    ("NOOP", "No operator available", "Labour", 0, 5, 50),
    ("BRKF", "Scheduled break", "Break", 1, 8, 20),
    ("CLN", "Cleaning", "Housekeeping", 1, 0, 30),
]
_DEFECTS = [("DIM", 30), ("SURF", 18), ("LEAK", 14), ("BURR", 12), ("PAINT", 9), ("TORQ", 7), ("LABEL", 4)]
_FIRST = [
    "Gary",
    "Wayne",
    "Lee",
    "Dean",
    "Craig",
    "Tomasz",
    "Piotr",
    "Marek",
    "Sean",
    "Darren",
    "Karen",
    "Tracy",
    "Michelle",
    "Joanne",
    "Amrit",
    "Jas",
    "Ryan",
    "Kyle",
    "Stuart",
    "Ian",
    "Nadia",
    "Lukas",
    "Priya",
    "Shane",
]
_LAST = [
    "Brennan",
    "Hughes",
    "Walsh",
    "Kowalczyk",
    "Nowak",
    "Sandhu",
    "Bains",
    "Fletcher",
    "Barker",
    "Holt",
    "Marsden",
    "Pickering",
    "Dyson",
    "Ashworth",
    "Grimshaw",
    "Lord",
    "Whittaker",
    "Clegg",
    "Horrocks",
    "Shaw",
]
_START, _END = dt.date(2023, 1, 2), dt.date(2025, 6, 27)


def _weekday(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    while True:
        day = random_day(rng, start, end)
        if day.weekday() < 5:
            return day


def _rows(seed: int = 40417) -> dict[str, list[tuple]]:  # noqa: PLR0915 - one generator per table, in order
    rng = random.Random(seed)
    lines = [(i, *line) for i, line in enumerate(_LINES, 1)]
    machines = [(i, f"AST-{1000 + i * 13}", m[1], m[0], m[2], m[3], m[4], m[5]) for i, m in enumerate(_MACHINES, 1)]
    products = [(i, *p[:6]) for i, p in enumerate(_PRODUCTS, 1)]
    by_sku = {p[0]: i for i, p in enumerate(_PRODUCTS, 1)}
    bom = [(i, by_sku[b[0]], by_sku[b[1]], b[2]) for i, b in enumerate(_BOM, 1)]
    reasons = [r[:4] for r in _REASONS]
    names = rng.sample([(f, s) for f in _FIRST for s in _LAST], 48)
    operators = []
    for i in range(1, 49):
        home = [1, 1, 2, 2, 3, 3, 3, 4, 4, 5, 5, 6][(i - 1) % 12]
        shift = "ABC"[(i - 1) % 3] if i % 7 else "A"
        hired = random_day(rng, dt.date(1999, 1, 4), dt.date(2025, 3, 31))
        active = 0 if home == 6 or i in (17, 38) else 1
        skill = rng.choices([1, 2, 3], weights=[3, 5, 2])[0]
        first, last = names[i - 1]
        operators.append((i, f"E{4100 + i * 3}", first, last, home, shift, skill, hired.isoformat(), active))
    runners = [o for o in operators if o[8] and o[4] != 6 and o[0] % 11 != 5]  # a few active people never ran a job
    run_weight = {o[0]: (6 if o[0] in (7, 22) else 1) * o[6] for o in runners}
    work_orders = []
    skus = [p for p in _PRODUCTS if p[6] > 0]
    for i in range(1, 701):
        prod = rng.choices(skus, weights=[p[6] for p in skus])[0]
        machined = rng.choices([1, 2], weights=[3, 2])[0]
        line = machined if prod[2] == "SA" else (3 if prod[3].endswith("pumps") else 4)
        rel = _weekday(rng, _START, _END - dt.timedelta(days=10))
        due = rel + dt.timedelta(days=rng.choice([7, 10, 14, 14, 21, 28]))
        qty = rng.choice([20, 25, 50, 50, 100, 100, 150, 200, 250, 500]) if prod[5] < 100 else rng.choice([5, 10, 20])
        age = (_END - rel).days
        if rng.random() < 0.05:
            status = "CXL"
        elif age > 40:
            status = "CMP"
        else:
            status = rng.choice(["REL", "INP", "CMP"])
        work_orders.append((i, f"WO{230000 + i * 4}", by_sku[prod[0]], line, qty, rel.isoformat(), due.isoformat(),
                            status, rng.choices([1, 2, 3], weights=[2, 5, 3])[0]))  # fmt: skip
    runs = []
    for wo in work_orders:
        if wo[7] in ("CXL", "REL"):
            continue
        on_line = [m for m in machines if m[3] == wo[3]]
        people = [o for o in runners if o[4] == wo[3]] or runners
        left = wo[4]
        day = dt.date.fromisoformat(wo[5])
        scrap_rate = 0.02 + (0.04 if wo[3] == 1 else 0) + (0.03 if _PRODUCTS[wo[2] - 1][0] == "FG-GV80" else 0)
        for _ in range(rng.randint(1, 6)):
            if left <= 0 and wo[7] == "CMP":
                break
            machine = rng.choice(on_line)
            operator = rng.choices(people, weights=[run_weight[o[0]] for o in people])[0]
            shift = operator[5] if rng.random() < 0.85 else rng.choice("ABC")
            hrs = round(rng.choice([2, 3, 4, 4, 6, 7.5, 7.5]) * 1.0, 1)
            good = max(1, min(max(left, 1), round(machine[7] * hrs * rng.uniform(0.55, 0.95))))
            scrap = round(good * max(0.0, rng.gauss(scrap_rate, 0.02)))
            if wo[3] == 1 and machine[0] == 1:
                scrap += rng.randint(0, 3)
            runs.append((len(runs) + 1, wo[0], machine[0], operator[0], day.isoformat(), shift, hrs, good, scrap))
            left -= good
            day = day + dt.timedelta(days=rng.randint(0, 3))
            if day.weekday() >= 5:
                day += dt.timedelta(days=7 - day.weekday())
    runs.sort(key=lambda r: (r[4], r[1], r[0]))
    runs = [(i, *r[1:]) for i, r in enumerate(runs, 1)]
    inspectors = [o for o in operators if o[6] == 3 and o[8]]
    inspections = []
    for run in runs:
        if rng.random() > 0.35:
            continue
        sample = min(run[7] + run[8], rng.choice([5, 10, 10, 20, 32]))
        bad_rate = 0.03 + (0.05 if run[2] == 1 else 0) + (0.02 if run[5] == "C" else 0)
        defects = sum(1 for _ in range(sample) if rng.random() < bad_rate)
        result = "F" if defects >= max(2, sample // 8) else "P"
        code = rng.choices([d[0] for d in _DEFECTS], weights=[d[1] for d in _DEFECTS])[0] if defects else None
        insp = dt.date.fromisoformat(run[4]) + dt.timedelta(days=rng.choice([0, 0, 0, 1]))
        inspections.append((len(inspections) + 1, run[0], rng.choice(inspectors)[0], insp.isoformat(), sample,
                            defects, result, code))  # fmt: skip
    weights = [m[6] for m in _MACHINES]
    downtime = []
    for i in range(1, 1301):
        machine = rng.choices(machines, weights=weights)[0]
        reason = rng.choices(_REASONS, weights=[r[4] for r in _REASONS])[0]
        if machine[0] == 1 and rng.random() < 0.45:
            reason = _REASONS[0]
        day = _weekday(rng, max(_START, dt.date.fromisoformat(machine[6])), _END)
        shift = rng.choices("ABC", weights=[5, 4, 3])[0]
        minutes = max(5, round(rng.gauss(reason[5], reason[5] / 3) / 5) * 5)
        people = [o for o in operators if o[4] == machine[3] and o[8]] or [o for o in operators if o[8]]
        downtime.append((i, machine[0], day.isoformat(), shift, minutes, reason[0], rng.choice(people)[0]))
    downtime.sort(key=lambda d: (d[2], d[1], d[0]))
    downtime = [(i, *d[1:]) for i, d in enumerate(downtime, 1)]
    return {"lines": lines, "machines": machines, "products": products, "bom_lines": bom, "operators": operators,
            "work_orders": work_orders, "prod_runs": runs, "qc_insp": inspections, "dt_reasons": reasons,
            "downtime": downtime}  # fmt: skip


def build_factory_database(path: str | Path) -> Path:
    """Write the pump and valve plant's database to ``path`` (replacing a file there) and return the path.

    Args:
        path: where the SQLite file goes.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    return write_database(path, _SCHEMA, _rows())
