"""Short, deterministic summaries of a result, and the facts they are made from.

:func:`summary_facts` reads the numbers a person would look for first: the value of a one-cell answer, the
leader of a ranking and its share of the total, the change over a period and its peak, the strength of a
relationship between two measures, the row count. :func:`render_summary` turns those facts into one or two
sentences with numbers formatted for people. An LLM may phrase the same facts differently (see
:func:`datachat.services.answers.build_answer`); it gets the facts, never the raw rows.

>>> table = {"columns": [{"name": "country", "type": "string"}, {"name": "revenue", "type": "number"}],
...          "rows": [["Japan", 300.0], ["France", 100.0], ["Peru", 200.0]], "truncated": False}
>>> summarize(table)
'Japan has the highest revenue: 300 (50% of the 600 total across 3 countries). Next is Peru with 200.'
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping
from typing import Any

from datachat.nl2sql.frame import QueryFrame
from datachat.services.numbers import format_number, format_percent
from datachat.services.results import ColumnRole, column_roles, humanize

__all__ = [
    "format_number",
    "format_percent",
    "format_time",
    "render_summary",
    "summarize",
    "summary_facts",
]

_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_PERIOD_NOUNS = {
    "day": "days",
    "month": "months",
    "year": "years",
    "year-number": "years",
    "quarter": "quarters",
    "week": "weeks",
    "datetime": "points in time",
}


def summarize(table: Mapping, frame: QueryFrame | None = None) -> str:
    """One or two sentences that answer at a glance.

    Args:
        table: a table dict from :func:`datachat.services.results.to_table`.
        frame: what the engine understood; a ranking smallest first ("the fewest", "the cheapest") names
            the lowest. ``None`` (a translator with no frame): the result's shape alone, highest first.

    Returns:
        The summary text.
    """
    return render_summary(summary_facts(table, frame))


# ---------------------------------------------------------------------------------------------------------
# Facts


def summary_facts(table: Mapping, frame: QueryFrame | None = None) -> dict[str, Any]:
    """The numbers a summary is built from, as plain JSON values.

    Always present: ``kind`` (``empty``, ``value``, ``record``, ``ranking``, ``breakdown``, ``trend``,
    ``comparison``, ``relationship``, ``values`` or ``list``), ``rows`` and ``truncated``. The other keys
    depend on the kind.
    Sums that overflow a float (values near 1e308) come out as ``None``.
    """
    try:
        facts = _facts(table, frame is not None and frame.direction == "asc",
                       subset=frame is not None and frame.limit is not None, periods=_periods(frame))
    except OverflowError:
        facts = {"kind": "list", "rows": len(table["rows"]), "truncated": bool(table.get("truncated"))}
    return _finite(facts)


def _finite(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_finite(v) for v in value]
    return value


def _periods(frame: QueryFrame | None) -> bool:
    """Whether the frame sets one measure's two periods side by side ("revenue by category 2024 vs 2025")."""
    measures = frame.measures if frame is not None else ()
    return len(measures) == 2 and all(m.kind == "in_period" for m in measures) and measures[0].of == measures[1].of


def _facts(table: Mapping, lowest: bool, subset: bool = False, periods: bool = False) -> dict[str, Any]:  # noqa: C901
    """``subset``: the rows are a ranked cut the question asked for ("top 5 ..."), so shares are of their sum;
    ``periods``: the first two measures are one measure in two periods, compared rather than correlated."""
    rows = table["rows"]
    facts: dict[str, Any] = {"kind": "list", "rows": len(rows), "truncated": bool(table.get("truncated"))}
    if not rows or not table["columns"]:
        facts["kind"] = "empty"
        return facts
    roles = column_roles(table)
    if len(rows) == 1:
        cells = [{"name": humanize(r.name), "value": rows[0][r.index], "type": r.type, "role": r.role} for r in roles]
        if len(cells) == 1:
            facts.update(kind="value", **cells[0])
        else:
            facts.update(kind="record", cells=cells[:6])
        return facts

    times = [r for r in roles if r.role == "time"]
    measures = [r for r in roles if r.role == "measure"]
    categories = [r for r in roles if r.role == "category"]
    named = [c for c in categories if c.type != "integer"]
    categories = named or categories

    if times and measures:
        facts.update(_trend(rows, times[0], measures[0], categories[0] if categories else None))
        if len(measures) > 1:
            facts["also"] = [_trend(rows, times[0], m, None) for m in measures[1:3]]
        return facts
    if categories and measures and len(measures) == 1:
        if len(categories) == 1:
            facts.update(_ranking(rows, categories[0], measures[0], lowest))
        else:
            facts.update(_ranking_pairs(rows, categories[:2], measures[0], lowest))
        if facts["truncated"] and facts.get("leader"):  # the rows are a cut: their sum is not the total
            facts["leader"]["share"], facts["total"] = None, None
        elif subset:
            facts["subset"] = True  # "top 5 ...": the total is these rows' own, and the sentence says so
        return facts
    if periods and categories and len(measures) == 2:
        facts.update(_comparison(rows, categories[0], measures[0], measures[1]))
        return facts
    if len(measures) >= 2:
        relation = _relationship(rows, measures[0], measures[1])
        if relation:
            facts.update(relation)
            return facts
    if len(measures) == 1 and not categories:
        values = _numbers(rows, measures[0])
        if values:
            facts.update(
                kind="values",
                measure=humanize(measures[0].name),
                total=sum(values),
                minimum=min(values),
                maximum=max(values),
                average=sum(values) / len(values),
            )
    return facts


def _numbers(rows: list, column: ColumnRole) -> list[float]:
    return [v for v in (row[column.index] for row in rows) if isinstance(v, int | float) and math.isfinite(v)]


def _share(part: float, total: float) -> float | None:
    return part / total if total > 0 and part >= 0 else None


_NOT_ADDITIVE = re.compile(
    r"(^|_|\b)(avg|average|mean|median|min|minimum|max|maximum|rate|ratio|pct|percent|percentage|share)(_|\b|$)",
    re.IGNORECASE,
)


def additive(measure: ColumnRole) -> bool:
    """Whether values of ``measure`` add up to a meaningful total (a sum or a count, not an average or a rate).

    >>> [additive(ColumnRole(0, name, "number", "measure")) for name in ("revenue", "average_price", "AVG(x)")]
    [True, False, False]
    """
    return not _NOT_ADDITIVE.search(measure.name)


def _ranking(rows: list, category: ColumnRole, measure: ColumnRole, lowest: bool) -> dict:
    totals: dict[Any, float] = {}
    for row in rows:
        value = row[measure.index]
        if isinstance(value, int | float) and math.isfinite(value):
            totals[row[category.index]] = totals.get(row[category.index], 0) + value
    ordered = sorted(totals.items(), key=lambda item: item[1], reverse=not lowest)
    total = sum(totals.values())
    non_negative = additive(measure) and all(v >= 0 for v in totals.values())
    facts: dict[str, Any] = {
        "kind": "ranking",
        "measure": humanize(measure.name),
        "dimension": humanize(category.name),
        "count": len(totals),
        "order": "lowest" if lowest else "highest",
        "total": total if non_negative else None,
    }
    if ordered:
        label, value = ordered[0]
        facts["leader"] = {
            "label": _label(label),
            "value": value,
            "share": _share(value, total) if non_negative else None,
        }
    if len(ordered) > 1:
        label, value = ordered[1]
        facts["runner_up"] = {"label": _label(label), "value": value}
    return facts


def _comparison(rows: list, category: ColumnRole, first: ColumnRole, second: ColumnRole) -> dict:
    """Two periods of one measure per category: their totals and the category that differs most."""
    pairs = [(row[category.index], row[first.index], row[second.index]) for row in rows]
    numbers = [(c, a or 0, b or 0) for c, a, b in pairs if all(isinstance(v, int | float | None) for v in (a, b))]
    totals = [sum(a for _, a, _ in numbers), sum(b for _, _, b in numbers)] if additive(first) else None
    facts: dict[str, Any] = {
        "kind": "comparison", "first": humanize(first.name), "second": humanize(second.name),
        "dimension": humanize(category.name), "count": len(pairs), "totals": totals,
    }  # fmt: skip
    if numbers:
        label, a, b = max(numbers, key=lambda n: abs(n[2] - n[1]))
        facts["mover"] = {"label": _label(label), "first": a, "second": b}
    return facts


def _ranking_pairs(rows: list, categories: list[ColumnRole], measure: ColumnRole, lowest: bool) -> dict:
    first, second = categories
    totals: dict[tuple, float] = {}
    for row in rows:
        value = row[measure.index]
        if isinstance(value, int | float) and math.isfinite(value):
            key = (row[first.index], row[second.index])
            totals[key] = totals.get(key, 0) + value
    ordered = sorted(totals.items(), key=lambda item: item[1], reverse=not lowest)
    total = sum(totals.values())
    non_negative = additive(measure) and all(v >= 0 for v in totals.values())
    facts: dict[str, Any] = {
        "kind": "breakdown",
        "measure": humanize(measure.name),
        "dimension": f"{humanize(first.name)} and {humanize(second.name).lower()}",
        "count": len(totals),
        "order": "lowest" if lowest else "highest",
        "total": total if non_negative else None,
    }
    if ordered:
        (a, b), value = ordered[0]
        facts["leader"] = {
            "label": f"{_label(a)} / {_label(b)}",
            "value": value,
            "share": _share(value, total) if non_negative else None,
        }
    return facts


def _trend(rows: list, time: ColumnRole, measure: ColumnRole, category: ColumnRole | None) -> dict:
    per_period: dict[Any, float] = {}
    per_category: dict[Any, float] = {}
    for row in rows:
        when, value = row[time.index], row[measure.index]
        if when is None or not isinstance(value, int | float) or not math.isfinite(value):
            continue
        per_period[when] = per_period.get(when, 0) + value
        if category is not None:
            per_category[row[category.index]] = per_category.get(row[category.index], 0) + value
    points = sorted(per_period.items(), key=lambda item: str(item[0]) if time.type != "integer" else item[0])
    facts: dict[str, Any] = {
        "kind": "trend",
        "measure": humanize(measure.name),
        "dimension": humanize(time.name),
        "periods": len(points),
        "period_noun": _PERIOD_NOUNS.get(time.time_unit or "day", "periods"),
    }
    if not points:
        return facts
    (first_at, first), (last_at, last) = points[0], points[-1]
    peak_at, peak = max(points, key=lambda item: item[1])
    facts.update(
        first={"label": format_time(first_at, time.time_unit), "value": first},
        last={"label": format_time(last_at, time.time_unit), "value": last},
        peak={"label": format_time(peak_at, time.time_unit), "value": peak},
        change=(last - first) / abs(first) if first else None,
        total=sum(v for _, v in points) if additive(measure) else None,
    )
    if category is not None and per_category:
        label, value = max(per_category.items(), key=lambda item: item[1])
        total = sum(per_category.values())
        facts["split_by"] = humanize(category.name)
        facts["groups"] = len(per_category)
        facts["leader"] = {"label": _label(label), "value": value,
                           "share": _share(value, total) if additive(measure) else None}
    return facts


def _relationship(rows: list, x: ColumnRole, y: ColumnRole) -> dict | None:
    pairs = [
        (row[x.index], row[y.index])
        for row in rows
        if all(isinstance(v, int | float) and math.isfinite(v) for v in (row[x.index], row[y.index]))
    ]
    if len(pairs) < 3:
        return None
    n = len(pairs)
    mean_x = sum(p[0] for p in pairs) / n
    mean_y = sum(p[1] for p in pairs) / n
    sxx = sum((p[0] - mean_x) ** 2 for p in pairs)
    syy = sum((p[1] - mean_y) ** 2 for p in pairs)
    sxy = sum((p[0] - mean_x) * (p[1] - mean_y) for p in pairs)
    try:
        r = sxy / math.sqrt(sxx * syy) if sxx > 0 and syy > 0 else None
    except (OverflowError, ZeroDivisionError):  # values near the float limits
        r = None
    if r is not None and not math.isfinite(r):
        r = None
    return {"kind": "relationship", "x": humanize(x.name), "y": humanize(y.name), "correlation": r, "pairs": n}


def _label(value: Any) -> str:
    if value is None:
        return "(none)"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


# ---------------------------------------------------------------------------------------------------------
# Formatting for people


def format_time(value: Any, unit: str | None = None) -> str:
    """A date or period as people write it.

    >>> format_time("2024-01"), format_time("2024-03-01", "month"), format_time("2024-03-05")
    ('Jan 2024', 'Mar 2024', 'Mar 5, 2024')
    >>> format_time("2024-03-05T14:30:00"), format_time(2024, "year-number")
    ('Mar 5, 2024 14:30', '2024')
    """
    if value is None:
        return "(none)"
    text = str(value)
    match = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?.*", text)
    if not match:
        return text
    year, month, day, hour, minute = match.groups()
    try:
        dt.date(int(year), int(month), int(day or 1))
    except ValueError:
        return text
    name = _MONTHS[int(month) - 1]
    if unit == "year":
        return year
    if day is None or unit == "month":
        return f"{name} {year}"
    if hour is not None and (hour, minute) != ("00", "00"):
        return f"{name} {int(day)}, {year} {hour}:{minute}"
    return f"{name} {int(day)}, {year}"




def count_of(count: int, noun: str) -> str:
    """``count`` with its noun in the right number.

    >>> count_of(1, "row"), count_of(3, "row"), count_of(2, "country")
    ('1 row', '3 rows', '2 countries')
    """
    return f"{count:,} {_plural(noun, count)}"


def _plural(noun: str, count: int) -> str:
    noun = noun.lower()
    if count == 1:
        return noun
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es" if not noun.endswith("s") else noun
    return noun + "s"


def render_summary(facts: Mapping[str, Any]) -> str:  # noqa: C901 - one sentence shape per kind
    """Turn :func:`summary_facts` into text.

    >>> render_summary({"kind": "value", "name": "Revenue", "value": 786543.2, "rows": 1, "truncated": False})
    'Revenue: 786,543.'
    """
    kind = facts.get("kind")
    rows = facts.get("rows", 0)
    text = ""
    if kind == "empty":
        text = "No rows matched the question."
    elif kind == "value":
        text = f"{facts['name']}: {_value_text(facts['value'], facts.get('type'), facts['name'])}."
    elif kind == "record":
        parts = [f"{c['name']}: {_value_text(c['value'], c.get('type'), c['name'])}" for c in facts["cells"]]
        text = "; ".join(parts) + "."
    elif kind in ("ranking", "breakdown") and facts.get("leader"):
        leader = facts["leader"]
        measure = facts["measure"].lower()
        text = f"{leader['label']} has the {facts['order']} {measure}: {format_number(leader['value'])}"
        counted = count_of(facts["count"], facts["dimension"] if kind == "ranking" else "combination")
        if leader.get("share") is not None and facts.get("total") and facts.get("subset"):
            text += (f" ({format_percent(leader['share'])} of the {format_number(facts['total'])} these "
                     f"{counted} add up to).")
        elif leader.get("share") is not None and facts.get("total"):
            text += (f" ({format_percent(leader['share'])} of the {format_number(facts['total'])} total"
                     f" across {counted}).")
        else:
            text += f", across {counted}."
        if facts.get("runner_up"):
            runner = facts["runner_up"]
            text += f" Next is {runner['label']} with {format_number(runner['value'])}."
    elif kind == "trend" and facts.get("first"):
        text = _trend_sentence(facts)
        for other in facts.get("also") or []:
            if other.get("first"):
                text += " " + _trend_sentence(other, peak=False)
        if facts.get("leader"):
            leader = facts["leader"]
            label = leader["label"][:1].upper() + leader["label"][1:]
            text += f" {label} is the largest of {count_of(facts['groups'], facts['split_by'])}"
            if leader.get("share") is not None:
                text += f" with {format_percent(leader['share'])} of the total"
            text += "."
    elif kind == "relationship":
        r = facts.get("correlation")
        x, y = facts["x"], facts["y"].lower()
        if r is None:
            text = f"{x} and {y} across {count_of(facts['pairs'], 'row')}."
        else:
            strength = (
                "no clear"
                if abs(r) < 0.1
                else "a weak"
                if abs(r) < 0.3
                else "a moderate"
                if abs(r) < 0.6
                else "a strong"
            )
            direction = "" if abs(r) < 0.1 else (" positive" if r > 0 else " negative")
            text = (f"{x} and {y} show {strength}{direction} relationship across {count_of(facts['pairs'], 'row')} "
                    f"(r = {r:.2f}).")
    elif kind == "comparison":
        first, second = facts["first"], facts["second"].lower()
        counted = count_of(facts["count"], facts["dimension"])
        if facts.get("totals"):
            a, b = facts["totals"]
            text = f"{first}: {format_number(a)} in total against {second}: {format_number(b)}, across {counted}."
        else:
            text = f"{first} and {second} across {counted}."
        if facts.get("mover"):
            mover = facts["mover"]
            text += (f" {mover['label']} differs most: {format_number(mover['first'])} against "
                     f"{format_number(mover['second'])}.")
    elif kind == "values":
        measure = facts["measure"]
        text = (
            f"{count_of(rows, 'value')} of {measure.lower()}, from {format_number(facts['minimum'])} to "
            f"{format_number(facts['maximum'])} (total {format_number(facts['total'])})."
        )
    else:
        text = f"{count_of(rows, 'row')}."
    if facts.get("truncated"):
        text += f" The result was cut at {count_of(rows, 'row')}, so these figures cover only those rows."
    return text[:1].upper() + text[1:]


def _trend_sentence(facts: Mapping[str, Any], peak: bool = True) -> str:
    first, last = facts["first"], facts["last"]
    at = "on" if facts.get("period_noun") in ("days", "points in time") else "in"
    measure = facts["measure"]
    if facts["periods"] == 1:
        return f"{measure} was {format_number(first['value'])} {at} {first['label']}."
    text = (
        f"{measure} went from {format_number(first['value'])} {at} {first['label']} to "
        f"{format_number(last['value'])} {at} {last['label']}"
    )
    if facts.get("change") is not None:
        text += f" ({format_percent(facts['change'], signed=True)})"
    if peak:
        text += f" over {facts['periods']:,} {facts['period_noun']}"
        if facts["peak"]["label"] != last["label"]:
            text += f", peaking at {format_number(facts['peak']['value'])} {at} {facts['peak']['label']}"
    return text + "."


def _value_text(value: Any, kind: str | None, name: str) -> str:
    if kind in ("date", "datetime"):
        return format_time(value)
    return format_number(value, name)
