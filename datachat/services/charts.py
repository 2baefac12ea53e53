"""Choose a chart from a result's shape and the question's frame, and build it as Vega-Lite with vega-altair.

The chooser looks at the roles of the columns (see :func:`datachat.services.results.column_roles`) and at
the :class:`~datachat.nl2sql.QueryFrame` the engine understood (never at the question's words; a
translator with no frame, such as the LLM, gets the choice from the result's shape alone). In order of
precedence:

1. ``hint="table"`` (or the frame's chart hint), an empty result, a single row (a big-number card),
   or prose columns: no chart.
2. An explicit hint ("bar", "line", "area", "pie", "scatter", from the argument or the frame) is honoured
   when the data has what that mark needs; otherwise the automatic choice applies.
3. Automatic: time and a measure is a line (bars when there are few points); several measures over time are
   several lines; a category and a measure is bars sorted by value (horizontal when labels are long or
   many); when the frame asks for parts of a whole (``composition``: "share", "breakdown") and there are few
   categories it is an arc; two categories and a measure is grouped bars (stacked when the colour has many
   values or the frame asks for parts of a whole); two measures is a scatter; anything wider gets no chart.

The spec carries its data inline (``data.values``), only the columns it draws, and never an external URL.
``usermeta.datachat`` records what was chosen (``kind``, ``x``, ``y``, ``color``) for the widget and tests.

>>> table = {"columns": [{"name": "country", "type": "string"}, {"name": "revenue", "type": "number"}],
...          "rows": [["France", 10.0], ["Japan", 30.0], ["Peru", 20.0]], "truncated": False}
>>> spec = choose_chart(table)
>>> spec["mark"]["type"], spec["encoding"]["x"]["sort"], spec["usermeta"]["datachat"]["kind"]
('bar', '-y', 'bar')
>>> choose_chart(table, hint="table") is None
True
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import altair as alt

from datachat.nl2sql.frame import CHART_HINTS, QueryFrame
from datachat.services.numbers import d3_format as number_format
from datachat.services.results import ColumnRole, column_roles, humanize, is_table, to_table

__all__ = [
    "CHART_HINTS",
    "DEFAULT_THEME",
    "choose_chart",
    "number_format",
]

DEFAULT_THEME: dict[str, Any] = {
    "primary": "#4f46e5",
    "palette": [
        "#4f46e5",
        "#0ea5e9",
        "#f59e0b",
        "#10b981",
        "#ef4444",
        "#8b5cf6",
        "#ec4899",
        "#14b8a6",
        "#f97316",
        "#64748b",
    ],
    "font": "Inter, system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif",
    "background": "#ffffff",
    "text": "#1f2937",
    "muted": "#6b7280",
    "grid": "#e5e7eb",
    "width": 420,
    "height": 260,
}

# Limits that keep a chart readable; past them the table is the better answer.
MAX_BARS = 50
MAX_COLORS = 10
MAX_PIE_SLICES = 8
FEW_POINTS = 6
LONG_LABEL = 12


@dataclass
class _Plan:
    kind: str  # line, area, bar, hbar, grouped, stacked, arc, scatter
    x: ColumnRole | None = None
    y: ColumnRole | None = None
    color: ColumnRole | None = None
    measures: list[ColumnRole] = field(default_factory=list)  # several measures: drawn as series
    label: ColumnRole | None = None  # scatter point label (tooltip)


def choose_chart(
    data: Any,
    frame: QueryFrame | None = None,
    *,
    hint: str | None = None,
    theme: Mapping[str, Any] | None = None,
) -> dict | None:
    """Pick and build the chart for a result.

    Args:
        data: a table dict from :func:`~datachat.services.results.to_table`, or a DataFrame.
        frame: what the engine understood (its chart hint and whether it asks for parts of a whole), or
            ``None`` when the translator gives none.
        hint: ``None``, ``"table"``, ``"bar"``, ``"line"``, ``"pie"``, ``"scatter"`` or ``"area"``; wins over
            the frame's.
        theme: the embed's theme (``primary``, ``palette``, ``font``, ``background``, ``text``, ``grid``,
            ``width``, ``height``); missing keys take :data:`DEFAULT_THEME` values.

    Returns:
        A Vega-Lite spec (dict) with inline data, or ``None`` when a chart would not help.
    """
    table = data if is_table(data) else to_table(data)
    if hint is not None and hint not in CHART_HINTS:
        raise ValueError(f"unknown chart hint {hint!r}; expected one of {', '.join(CHART_HINTS)}")
    hint = hint or (frame.chart_hint if frame is not None else None)
    composition = frame is not None and frame.composition
    if hint == "table" or not table["rows"] or not table["columns"]:
        return None
    roles = column_roles(table)
    plan = (_plan_for_hint(hint, roles, table) if hint else None) or _plan_auto(roles, table, composition)
    if plan is None:
        return None
    return _build(plan, table, _theme(theme))


# ---------------------------------------------------------------------------------------------------------
# Planning: which columns go where.


def _split(roles: list[ColumnRole]):
    times = [r for r in roles if r.role == "time"]
    measures = [r for r in roles if r.role == "measure"]
    categories = [r for r in roles if r.role == "category"]
    texts = [r for r in roles if r.role == "text"]
    # An identifier next to a name ("id, name, price") is noise: the name labels the row.
    named = [c for c in categories if c.type != "integer"]
    if named and len(named) < len(categories):
        categories = named
    if times and len(categories) > 1:
        categories = [c for c in categories if c.type != "integer"] or categories
    return times, measures, categories, texts


def _values(table: Mapping, column: ColumnRole) -> list:
    return [row[column.index] for row in table["rows"]]


def _non_negative(table: Mapping, column: ColumnRole) -> bool:
    values = [v for v in _values(table, column) if v is not None]
    return bool(values) and all(v >= 0 for v in values) and sum(values) > 0


def _plan_auto(roles: list[ColumnRole], table: Mapping, composition: bool) -> _Plan | None:  # noqa: C901
    rows = table["rows"]
    times, measures, categories, texts = _split(roles)
    if len(rows) < 2 or texts or not measures:
        return None
    if len(times) + len(measures) + len(categories) > 4:
        return None
    share = composition
    few = len(rows) <= FEW_POINTS

    if len(times) == 1 and not categories:
        time = times[0]
        if len(measures) == 1:
            return _Plan("bar" if few else "line", x=time, y=measures[0])
        if len(measures) <= 4:
            return _Plan("grouped" if few else "line", x=time, measures=measures)
        return None
    if len(times) == 1 and len(categories) == 1 and len(measures) == 1:
        time, category = times[0], categories[0]
        if category.distinct > MAX_COLORS:
            return None
        if time.distinct <= FEW_POINTS:
            return _Plan("stacked" if share else "grouped", x=time, y=measures[0], color=category)
        return _Plan("area" if share else "line", x=time, y=measures[0], color=category)
    if times:
        return None

    if len(categories) == 1 and len(measures) == 1:
        category, measure = categories[0], measures[0]
        if share and category.distinct <= MAX_PIE_SLICES and _non_negative(table, measure):
            return _Plan("arc", x=category, y=measure)
        if len(rows) > MAX_BARS or category.distinct < len(rows):
            return None  # too many bars, or repeated labels that a bar chart would silently add up
        return _Plan(_bar_orientation(category, len(rows)), x=category, y=measure)
    if len(categories) == 2 and len(measures) == 1:
        first, second = sorted(categories, key=lambda c: -c.distinct)
        if second.distinct > MAX_COLORS or first.distinct > MAX_BARS:
            return None
        stacked = composition or second.distinct > 4 or first.distinct * second.distinct > 48
        return _Plan("stacked" if stacked else "grouped", x=first, y=measures[0], color=second)
    if len(measures) == 2 and len(categories) <= 1:
        label = categories[0] if categories else None
        if label is not None and len(rows) < 4:
            return None
        color = label if label is not None and label.distinct <= MAX_COLORS and label.distinct < len(rows) else None
        return _Plan("scatter", x=measures[0], y=measures[1], color=color, label=label)
    return None


def _bar_orientation(category: ColumnRole, n: int) -> str:
    return "hbar" if category.max_length > LONG_LABEL or n > 12 else "bar"


def _plan_for_hint(hint: str, roles: list[ColumnRole], table: Mapping) -> _Plan | None:
    times, measures, categories, _ = _split(roles)
    if len(table["rows"]) < 1:
        return None
    if hint == "scatter":
        if len(measures) < 2:
            return None
        label = categories[0] if categories else (times[0] if times else None)
        return _Plan("scatter", x=measures[0], y=measures[1], label=label)
    if not measures:
        return None
    measure = measures[0]
    dimension = times[0] if times else (categories[0] if categories else None)
    if dimension is None:
        return None
    others = [c for c in categories if c is not dimension]
    color = others[0] if others and others[0].distinct <= MAX_COLORS else None
    if hint in ("line", "area"):
        if color is None and len(measures) > 1 and times:
            return _Plan(hint, x=dimension, measures=measures[:4])
        return _Plan(hint, x=dimension, y=measure, color=color)
    if hint == "bar":
        if color is None and len(measures) > 1:  # measures side by side ("revenue in 2024 vs 2025 by category")
            return _Plan("grouped", x=dimension, measures=measures[:4])
        if color is not None:
            return _Plan("stacked" if color.distinct > 4 else "grouped", x=dimension, y=measure, color=color)
        if dimension.role == "time":
            return _Plan("bar", x=dimension, y=measure)
        return _Plan(_bar_orientation(dimension, len(table["rows"])), x=dimension, y=measure)
    if hint == "pie":
        if not _non_negative(table, measure):
            return None
        return _Plan("arc", x=dimension, y=measure)
    return None


# ---------------------------------------------------------------------------------------------------------
# Formats and theme.


def _tooltip_format(axis_format: str) -> str:
    return {".3~s": ",.0f", ",.0f": ",.0f", ".0%": ".1%"}.get(axis_format, axis_format)


_DARK = {"background": "#111827", "text": "#e5e7eb", "muted": "#9ca3af", "grid": "#374151"}


def _theme(theme: Mapping[str, Any] | None) -> dict[str, Any]:
    """The embed's theme over :data:`DEFAULT_THEME`; ``{"dark": "dark"}`` switches to dark surfaces.

    ``dark: "auto"`` keeps the light chart: the server cannot know the reader's colour scheme, and the widget
    may restyle the spec's ``config`` in the browser.
    """
    theme = dict(theme or {})
    merged = dict(DEFAULT_THEME)
    if theme.get("dark") == "dark":
        merged.update(_DARK)
    for key, value in theme.items():
        if key in DEFAULT_THEME and isinstance(value, str) and value.strip():
            merged[key] = value.strip()
    if isinstance(theme.get("palette"), list | tuple) and theme["palette"]:
        merged["palette"] = [str(c) for c in theme["palette"]][:20]
    elif theme.get("primary"):
        merged["palette"] = [merged["primary"], *DEFAULT_THEME["palette"][1:]]
    for key, low, high in (("width", 160, 1600), ("height", 120, 1600)):
        value = theme.get(key)
        if isinstance(value, int | float) and not isinstance(value, bool) and low <= value <= high:
            merged[key] = int(value)
        else:
            merged[key] = DEFAULT_THEME[key]
    return merged


# ---------------------------------------------------------------------------------------------------------
# Building the spec.

# Time columns drawn as ordered labels, not on a time scale: integer years, "2024-Q1", "2024-W05".
_PERIODS = ("year-number", "quarter", "week")
_TIME_UNITS = {"day": "utcyearmonthdate", "month": "utcyearmonth", "year": "utcyear"}
_TIME_FORMATS = {"day": "%b %-d, %Y", "month": "%b %Y", "year": "%Y", "datetime": "%b %-d, %Y %H:%M"}
# Keys the chart adds to its records; a leading underscore keeps them apart from result columns.
_SERIES = "_series"
_VALUE = "_value"
_SHARE_FIELD = "_share"
_LABEL_FIELD = "_label"


def _escape(name: str) -> str:
    """Vega-Lite reads dots and brackets in field names as nested access; escape them."""
    return re.sub(r"([.\[\]\\])", r"\\\1", name)


class _Fields:
    """Unique data keys for the chart's inline records (a result may repeat a column name)."""

    def __init__(self) -> None:
        self.keys: dict[int, str] = {}
        self.used: set[str] = {_SERIES, _VALUE, _SHARE_FIELD, _LABEL_FIELD}

    def key(self, column: ColumnRole) -> str:
        if column.index not in self.keys:
            key, n = column.name, 2
            while key in self.used:
                key, n = f"{column.name} ({n})", n + 1
            self.used.add(key)
            self.keys[column.index] = key
        return self.keys[column.index]


def _records(rows: list, columns: list[ColumnRole], keys: dict[int, str]) -> list[dict]:
    """The chart's inline rows: one dict per result row, holding only the drawn columns."""
    names = [keys[c.index] for c in columns]
    values = []
    for column in columns:
        cells = [row[column.index] for row in rows]
        if column.time_unit == "month" and column.type == "string":
            cells = [None if v is None else f"{v}-01" for v in cells]
        values.append(cells)
    return [dict(zip(names, cells, strict=True)) for cells in zip(*values, strict=True)]


def _time_value(value: Any, column: ColumnRole) -> Any:
    if value is None:
        return None
    if column.time_unit == "month" and column.type == "string":
        return f"{value}-01"
    return value


def _encode_time(column: ColumnRole, key: str, channel: str, discrete: bool):
    title = humanize(column.name)
    cls = {"x": alt.X, "y": alt.Y, "color": alt.Color}[channel]
    if column.time_unit in _PERIODS:
        angle = _label_angle(column, column.distinct, int(DEFAULT_THEME["width"]))
        axis = alt.Axis(labelAngle=angle)
        return cls(field=_escape(key), type="ordinal", title=title, sort="ascending", axis=axis)
    if column.time_unit == "datetime":
        kind = "ordinal" if discrete else "temporal"
        return cls(field=_escape(key), type=kind, title=title, axis=alt.Axis(format="%b %-d %H:%M", labelAngle=0))
    unit = _TIME_UNITS[column.time_unit or "day"]
    fmt = _TIME_FORMATS[column.time_unit or "day"]
    if discrete:
        return cls(
            field=_escape(key),
            type="ordinal",
            timeUnit=unit,
            title=title,
            axis=alt.Axis(format=fmt, labelAngle=0),
        )
    # Continuous time has no timeUnit (it would shift points into the middle of their month); the UTC scale
    # keeps "2024-01-01", which browsers read as UTC midnight, from showing as Dec 31 west of Greenwich.
    return cls(
        field=_escape(key),
        type="temporal",
        title=title,
        scale=alt.Scale(type="utc"),
        axis=alt.Axis(format=fmt),
    )


def _tooltip(column: ColumnRole, key: str, values: Sequence | None = None, title: str | None = None):
    title = title or humanize(column.name)
    if column.role == "time" and column.time_unit not in _PERIODS:
        unit = _TIME_UNITS.get(column.time_unit or "")
        fmt = _TIME_FORMATS[column.time_unit or "day"]
        if unit:
            return alt.Tooltip(field=_escape(key), type="temporal", timeUnit=unit, title=title, format=fmt)
        return alt.Tooltip(field=_escape(key), type="temporal", title=title, format=fmt)
    if column.role == "measure":
        fmt = _tooltip_format(number_format(values or [], column.name))
        return alt.Tooltip(field=_escape(key), type="quantitative", title=title, format=fmt)
    return alt.Tooltip(field=_escape(key), type="nominal", title=title)


def _build(plan: _Plan, table: Mapping, theme: dict[str, Any]) -> dict:  # noqa: C901 - one branch per mark
    fields = _Fields()
    rows = table["rows"]
    width, height = int(theme["width"]), int(theme["height"])
    primary = theme["primary"]
    meta: dict[str, Any] = {"kind": plan.kind}

    if plan.measures and _needs_two_axes(plan.measures, rows):
        return _build_two_axes(plan, table, theme, fields, meta)
    if plan.measures:  # several measures drawn as series: records in long form
        x = plan.x
        assert x is not None
        xkey = fields.key(x)
        records = []
        for row in rows:
            for measure in plan.measures:
                value = row[measure.index]
                records.append({xkey: _time_value(row[x.index], x), _SERIES: humanize(measure.name), _VALUE: value})
        values = [r[_VALUE] for r in records]
        fmt = number_format(values)
        series_order = [humanize(m.name) for m in plan.measures]
        color = alt.Color(field=_SERIES, type="nominal", title=None, sort=series_order)
        tooltip = [
            _tooltip(x, xkey),
            alt.Tooltip(field=_SERIES, type="nominal", title="Series"),
            alt.Tooltip(field=_VALUE, type="quantitative", title="Value", format=_tooltip_format(fmt)),
        ]
        y = alt.Y(field=_VALUE, type="quantitative", title=None, axis=alt.Axis(format=fmt))
        if plan.kind == "grouped":
            chart = (
                alt.Chart()
                .mark_bar(cornerRadiusTopLeft=3, cornerRadiusTopRight=3)
                .encode(
                    x=_encode_time(x, xkey, "x", discrete=True) if x.role == "time" else _nominal("x", x, xkey),
                    xOffset=alt.XOffset(field=_SERIES, type="nominal", sort=series_order),
                    y=y,
                    color=color,
                    tooltip=tooltip,
                )
            )
        else:
            mark = (
                alt.Chart().mark_area(line=True, opacity=0.35)
                if plan.kind == "area"
                else alt.Chart().mark_line(point=_points(len(rows), None), strokeWidth=2)
            )
            chart = mark.encode(x=_encode_time(x, xkey, "x", discrete=False), y=y, color=color, tooltip=tooltip)
        meta.update(x=x.name, y=[m.name for m in plan.measures], color=None)
        return _finish(chart, theme, width, height, meta, records)

    assert plan.x is not None and plan.y is not None
    x, y = plan.x, plan.y
    used = [c for c in (x, y, plan.color, plan.label) if c is not None]
    keys = {c.index: fields.key(c) for c in used}
    meta.update(x=x.name, y=y.name, color=plan.color.name if plan.color else None)
    if plan.kind in ("line", "area", "bar", "grouped", "stacked") and x.role == "time":
        # Several rows per date (order lines, say) would zigzag a line: draw one point per date (and series).
        group = [x.index] + ([plan.color.index] if plan.color is not None else [])
        summed = _sum_rows(rows, group, y.index)
        if len(summed) < len(rows):
            rows, meta["aggregate"] = summed, "sum"
    records = _records(rows, used, keys)
    measure_values = [row[y.index] for row in rows]

    if plan.kind == "scatter":
        xfmt, yfmt = number_format(_column(rows, x), x.name), number_format(measure_values, y.name)
        tooltip = []
        if plan.label is not None:
            tooltip.append(_tooltip(plan.label, keys[plan.label.index]))
        tooltip += [_tooltip(x, keys[x.index], _column(rows, x)), _tooltip(y, keys[y.index], measure_values)]
        encoding = {
            "x": alt.X(
                field=_escape(keys[x.index]),
                type="quantitative",
                title=humanize(x.name),
                scale=alt.Scale(zero=False),
                axis=alt.Axis(format=xfmt, tickCount=6),
            ),
            "y": alt.Y(
                field=_escape(keys[y.index]),
                type="quantitative",
                title=humanize(y.name),
                scale=alt.Scale(zero=False),
                axis=alt.Axis(format=yfmt),
            ),
            "tooltip": tooltip,
        }
        if plan.color is not None:
            encoding["color"] = _nominal("color", plan.color, keys[plan.color.index])
        chart = alt.Chart().mark_point(filled=True, size=70, opacity=0.75, color=primary).encode(**encoding)
        return _finish(chart, theme, width, height, meta, records)

    ykey = keys[y.index]
    yfmt = number_format(measure_values, y.name)
    tooltip = [_tooltip(x, keys[x.index])]
    if plan.color is not None:
        tooltip.append(_tooltip(plan.color, keys[plan.color.index]))
    tooltip.append(_tooltip(y, ykey, measure_values))
    measure_axis = alt.Axis(format=yfmt, title=humanize(y.name))

    if plan.kind == "arc":
        records = _pie_records(records, keys[x.index], ykey)
        meta["slices"] = len(records)
        total = sum(r[ykey] or 0 for r in records) or 1
        for record in records:
            share = (record[ykey] or 0) / total
            share = share if math.isfinite(share) else None  # absurdly large values overflow the total
            record[_SHARE_FIELD] = share
            record[_LABEL_FIELD] = f"{share:.0%}" if share is not None and share >= 0.06 else ""
        order = [r[keys[x.index]] for r in records if r[keys[x.index]] is not None]
        tooltip.append(alt.Tooltip(field=_SHARE_FIELD, type="quantitative", title="Share", format=".1%"))
        size = min(width, height)
        outer = size // 2 - 4
        inner = int(outer * 0.5)
        base = alt.Chart().encode(
            theta=alt.Theta(field=_escape(ykey), type="quantitative", stack=True),
            order=alt.Order(field=_escape(ykey), sort="descending"),
        )
        arc = base.mark_arc(innerRadius=inner, outerRadius=outer, stroke=theme["background"], strokeWidth=2).encode(
            color=alt.Color(
                field=_escape(keys[x.index]), type="nominal", title=humanize(x.name), **_slice_colors(order, theme)
            ),
            tooltip=tooltip,
        )
        text = base.mark_text(radius=(inner + outer) / 2, fontWeight="bold", fill="#ffffff").encode(
            text=alt.Text(field=_LABEL_FIELD, type="nominal")
        )
        chart = alt.layer(arc, text)
        return _finish(chart, theme, width, height, meta, records)

    if plan.kind in ("bar", "hbar"):
        if x.role == "time":
            encoding = {"x": _encode_time(x, keys[x.index], "x", discrete=True)}
            encoding["y"] = alt.Y(field=_escape(ykey), type="quantitative", axis=measure_axis)
            mark = alt.Chart().mark_bar(color=primary, cornerRadiusTopLeft=3, cornerRadiusTopRight=3)
        elif plan.kind == "hbar":
            height = max(height, 22 * len(rows) + 40)
            encoding = {
                "y": alt.Y(
                    field=_escape(keys[x.index]),
                    type="nominal",
                    sort="-x",
                    title=humanize(x.name),
                    axis=alt.Axis(labelLimit=180),
                ),
                "x": alt.X(field=_escape(ykey), type="quantitative", axis=measure_axis),
            }
            mark = alt.Chart().mark_bar(color=primary, cornerRadiusTopRight=3, cornerRadiusBottomRight=3)
        else:
            encoding = {
                "x": alt.X(
                    field=_escape(keys[x.index]),
                    type="nominal",
                    sort="-y",
                    title=humanize(x.name),
                    axis=alt.Axis(labelAngle=_label_angle(x, len(rows), width)),
                ),
                "y": alt.Y(field=_escape(ykey), type="quantitative", axis=measure_axis),
            }
            mark = alt.Chart().mark_bar(color=primary, cornerRadiusTopLeft=3, cornerRadiusTopRight=3)
        chart = mark.encode(tooltip=tooltip, **encoding)
        return _finish(chart, theme, width, height, meta, records)

    if plan.kind in ("grouped", "stacked"):
        assert plan.color is not None
        ckey = keys[plan.color.index]
        xenc = (
            _encode_time(x, keys[x.index], "x", discrete=True)
            if x.role == "time"
            else _nominal("x", x, keys[x.index], sort=_by_total(rows, x, y), angle=_label_angle(x, x.distinct, width))
        )
        encoding = {
            "x": xenc,
            "y": alt.Y(field=_escape(ykey), type="quantitative", axis=measure_axis, stack=plan.kind == "stacked"),
            "color": _nominal("color", plan.color, ckey),
            "tooltip": tooltip,
        }
        if plan.kind == "grouped":
            encoding["xOffset"] = alt.XOffset(field=_escape(ckey), type="nominal")
        chart = alt.Chart().mark_bar(cornerRadiusTopLeft=2, cornerRadiusTopRight=2)
        return _finish(chart.encode(**encoding), theme, width, height, meta, records)

    # line / area, one series or one per category
    encoding = {
        "x": _encode_time(x, keys[x.index], "x", discrete=False)
        if x.role == "time"
        else _nominal("x", x, keys[x.index], sort=None),
        "y": alt.Y(field=_escape(ykey), type="quantitative", axis=measure_axis, stack=None),
        "tooltip": tooltip,
    }
    if plan.color is not None:
        encoding["color"] = _nominal("color", plan.color, keys[plan.color.index])
    if plan.kind == "area":
        mark = alt.Chart().mark_area(line=True, opacity=0.3, color=primary)
        if plan.color is not None:
            encoding["y"] = alt.Y(field=_escape(ykey), type="quantitative", axis=measure_axis, stack=True)
    else:
        mark = alt.Chart().mark_line(
            point=_points(len(rows), None if plan.color else primary), color=primary, strokeWidth=2
        )
    return _finish(mark.encode(**encoding), theme, width, height, meta, records)


def _magnitude(rows: list, column: ColumnRole) -> float:
    return max((abs(v) for v in _column(rows, column) if isinstance(v, int | float)), default=0.0)


def _needs_two_axes(measures: list[ColumnRole], rows: list) -> bool:
    """Two measures of very different size (revenue and order count) each get their own axis."""
    if len(measures) != 2:
        return False
    small, big = sorted(_magnitude(rows, m) for m in measures)
    return small > 0 and big / small > 5


def _build_two_axes(plan: _Plan, table: Mapping, theme: dict[str, Any], fields: _Fields, meta: dict) -> dict:
    rows = table["rows"]
    x = plan.x
    assert x is not None
    xkey = fields.key(x)
    first, second = plan.measures
    keys = [fields.key(first), fields.key(second)]
    records = [
        {xkey: _time_value(row[x.index], x), keys[0]: row[first.index], keys[1]: row[second.index]} for row in rows
    ]
    xenc = _encode_time(x, xkey, "x", discrete=False) if x.role == "time" else _nominal("x", x, xkey, sort=None)
    tooltip = [_tooltip(x, xkey)] + [_tooltip(m, k, _column(rows, m)) for m, k in zip(plan.measures, keys, strict=True)]
    layers = []
    for measure, key, color, orient in zip(plan.measures, keys, theme["palette"][:2], ("left", "right"), strict=True):
        fmt = number_format(_column(rows, measure), measure.name)
        axis = alt.Axis(
            format=fmt, title=humanize(measure.name), titleColor=color, orient=orient, grid=orient == "left"
        )
        layers.append(
            alt.Chart()
            .mark_line(point=_points(len(rows), color), color=color, strokeWidth=2)
            .encode(x=xenc, y=alt.Y(field=_escape(key), type="quantitative", axis=axis), tooltip=tooltip)
        )
    chart = alt.layer(*layers).resolve_scale(y="independent")
    meta.update(kind="line", x=x.name, y=[m.name for m in plan.measures], color=None, axes=2)
    return _finish(chart, theme, int(theme["width"]), int(theme["height"]), meta, records)


def _by_total(rows: list, category: ColumnRole, measure: ColumnRole) -> list:
    """Category labels ordered by their total, largest first (stacked and grouped bars)."""
    totals: dict[Any, float] = {}
    for row in rows:
        value = row[measure.index]
        totals[row[category.index]] = totals.get(row[category.index], 0) + (value if value is not None else 0)
    return [label for label, _ in sorted(totals.items(), key=lambda item: -item[1]) if label is not None]


def _label_angle(column: ColumnRole, n: int, width: int) -> int:
    """Tilt category labels when they would not fit side by side."""
    return 0 if max(column.max_length, 4) * 8 * n <= width else -35


def _points(n: int, color: str | None):
    if n > 60:
        return False
    return alt.OverlayMarkDef(filled=True, size=36, **({"color": color} if color else {}))


def _column(rows: list, column: ColumnRole) -> list:
    return [row[column.index] for row in rows]


def _nominal(channel: str, column: ColumnRole, key: str, sort: Any = "ascending", angle: int | None = None):
    title = humanize(column.name)
    if channel == "color":
        return alt.Color(field=_escape(key), type="nominal", title=title)
    cls = {"x": alt.X, "y": alt.Y}[channel]
    kwargs: dict[str, Any] = {"field": _escape(key), "type": "nominal", "title": title}
    if sort is not None:
        kwargs["sort"] = sort
    if angle is not None:
        kwargs["axis"] = alt.Axis(labelAngle=angle)
    return cls(**kwargs)


def _slice_colors(order: list, theme: Mapping[str, Any]) -> dict[str, Any]:
    """Legend in slice order; an "Other" slice is grey so it does not pass for one more category."""
    if not order or order[-1] != "Other" or len(order) > len(theme["palette"]) + 1:
        return {"sort": order}
    colors = list(theme["palette"][: len(order) - 1]) + [theme["muted"]]
    return {"sort": order, "scale": alt.Scale(domain=order, range=colors)}


def _sum_rows(rows: list, group: list[int], value: int) -> list:
    """Rows added up per distinct values of the ``group`` columns, in the order groups first appear."""
    out: dict[Any, list] = {}
    single = group[0] if len(group) == 1 else None
    for row in rows:
        key = row[single] if single is not None else tuple(row[g] for g in group)
        found = out.get(key)
        if found is None:
            out[key] = list(row)
            continue
        amount = row[value]
        if amount is not None:
            found[value] = amount if found[value] is None else found[value] + amount
    return list(out.values())


def _pie_records(records: list[dict], label_key: str, value_key: str) -> list[dict]:
    """One slice per label (repeated labels added up), largest first; past :data:`MAX_PIE_SLICES`, the rest
    are added up as "Other" (and every label becomes text, so the legend's sort list has one type)."""
    totals: dict[Any, float] = {}
    for record in records:
        value = record[value_key]
        totals[record[label_key]] = totals.get(record[label_key], 0) + (value if value is not None else 0)
    ordered = sorted(totals.items(), key=lambda item: -item[1])
    if len(ordered) > MAX_PIE_SLICES:
        rest = sum(value for _, value in ordered[MAX_PIE_SLICES - 1 :])
        ordered = [(None if label is None else str(label), v) for label, v in ordered[: MAX_PIE_SLICES - 1]]
        ordered.append(("Other", rest))
    return [{label_key: label, value_key: value} for label, value in ordered]


def _finish(chart, theme: dict[str, Any], width: int, height: int, meta: dict, records: list[dict]) -> dict:
    """Altair's spec of marks and encodings, plus data, size and theme as plain Vega-Lite.

    The top-level properties and config are set on the dict: Altair validates ``properties()`` and
    ``configure_*()`` arguments against the schema on every call, which costs more than the rest of the
    chart, and the test suite validates every spec against the schema anyway. The rows go in last for the
    same reason: Altair's generic ``to_dict`` walk over thousands of records is slow, and the records are plain
    JSON values already.
    """
    text, muted, grid = theme["text"], theme["muted"], theme["grid"]
    spec = chart.to_dict(validate=False)
    spec.pop("datasets", None)  # Altair's placeholder for "no data yet"
    spec.pop("data", None)
    for layer in spec.get("layer", []):
        layer.pop("data", None)
    spec.pop("config", None)
    out = {
        "$schema": spec.pop("$schema", alt.SCHEMA_URL),
        "data": {"values": records},
        "width": width,
        "height": height,
        "autosize": {"type": "fit", "contains": "padding"},
        "background": theme["background"],
        "padding": 8,
        "usermeta": {"datachat": meta},
    }
    out.update(spec)
    out["config"] = {
        "font": theme["font"],
        "range": {"category": list(theme["palette"])},
        "axis": {
            "labelColor": muted,
            "titleColor": text,
            "gridColor": grid,
            "domainColor": grid,
            "tickColor": grid,
            "labelFontSize": 11,
            "titleFontSize": 12,
            "titleFontWeight": "normal",
        },
        "legend": {"labelColor": text, "titleColor": text, "orient": "right" if meta["kind"] == "arc" else "bottom"},
        "title": {"color": text, "subtitleColor": muted},
        "view": {"stroke": None},
    }
    return out
