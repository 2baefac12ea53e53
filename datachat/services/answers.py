"""Build the answer to a question from its executed result: typed table, chart, summary and facts.

This is step 7 of a message (see ``DESIGN.md``): the executor has run the safe SQL and hands over a
:class:`pandas.DataFrame` (read-only, under a timeout, capped at the row limit, with ``truncated`` set when the
cap cut it). Nothing here touches Django or a database.

>>> import pandas as pd
>>> df = pd.DataFrame({"month": ["2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06", "2024-07"],
...                    "revenue": [100.0, 120.0, 90.0, 150.0, 160.0, 155.0, 200.0]})
>>> answer = build_answer(df)
>>> answer.display, answer.chart["mark"]["type"]
('chart', 'line')
>>> answer.summary
'Revenue went from 100 in Jan 2024 to 200 in Jul 2024 (+100%) over 7 months.'
>>> build_answer(answer.data, chart_hint="table").display
'table'
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from datachat.nl2sql.frame import CHART_HINTS, QueryFrame
from datachat.services.charts import choose_chart
from datachat.services.results import is_table, to_table
from datachat.services.summary import render_summary, summary_facts

__all__ = ["Answer", "build_answer"]

logger = logging.getLogger(__name__)

#: chart kinds (``usermeta.datachat.kind``) that satisfy each hint
_HINT_KINDS = {
    "bar": {"bar", "hbar", "grouped", "stacked"},
    "line": {"line"},
    "area": {"area"},
    "pie": {"arc"},
    "scatter": {"scatter"},
}
_HINT_NAMES = {"bar": "a bar chart", "line": "a line chart", "area": "an area chart", "pie": "a pie chart",
               "scatter": "a scatter plot"}  # fmt: skip


@dataclass
class Answer:
    """What the assistant says about one result.

    Attributes:
        data: the typed table, exactly the API's ``data`` object.
        chart: a Vega-Lite spec with inline data, or ``None``.
        summary: one or two sentences for people.
        facts: the numbers the summary was built from (what an LLM may re-phrase).
        display: how the widget should lead: ``"number"`` (a big-number card), ``"chart"``, ``"table"`` or
            ``"empty"``.
        chart_hint: the rendering the user asked for, if any.
    """

    data: dict
    chart: dict | None
    summary: str
    facts: dict = field(default_factory=dict)
    display: str = "table"
    chart_hint: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def build_answer(
    df: Any,
    frame: QueryFrame | None = None,
    *,
    truncated: bool = False,
    theme: Mapping[str, Any] | None = None,
    chart_hint: str | None = None,
    phrase: Callable[[dict], str | None] | None = None,
) -> Answer:
    """Turn an executed result into an :class:`Answer`.

    Args:
        df: the result as a DataFrame, or a table dict already made by :func:`~datachat.services.results.to_table`
            (a stored message's ``data``, to re-render it after "as a line chart").
        frame: what the engine understood: the chart hint, whether parts of a whole are asked for, the
            ranking direction. ``None`` when the translator gives no frame (the LLM): the chart and summary
            come from the result's shape alone. The question's text is never read again here.
        truncated: whether the row cap cut the result; ignored when ``df`` is a table dict, which carries it.
        theme: the embed's theme for the chart.
        chart_hint: ``None``, ``"table"``, ``"bar"``, ``"line"``, ``"pie"``, ``"scatter"`` or ``"area"``;
            when ``None``, the frame's counts.
        phrase: optional ``facts -> text`` (an LLM); its text replaces the deterministic summary when it
            returns something. Failures fall back to the deterministic summary.

    Returns:
        The answer.
    """
    if chart_hint is not None and chart_hint not in CHART_HINTS:
        raise ValueError(f"unknown chart hint {chart_hint!r}; expected one of {', '.join(CHART_HINTS)}")
    table = dict(df) if is_table(df) else to_table(df, truncated=truncated)
    hint = chart_hint or (frame.chart_hint if frame is not None else None)
    chart = choose_chart(table, frame, hint=hint, theme=theme)

    facts = summary_facts(table, frame)
    if chart is not None:
        facts["chart"] = chart.get("usermeta", {}).get("datachat", {}).get("kind")
    summary = render_summary(facts)
    note = _hint_note(hint, chart, table)
    if note:
        facts["chart_note"] = note
        summary = f"{summary} {note}"

    if phrase is not None:
        try:
            phrased = phrase(dict(facts))
        except Exception:  # a model being down must not cost the user their answer
            logger.warning("summary phrasing failed; using the deterministic summary", exc_info=True)
            phrased = None
        if phrased and phrased.strip():
            summary = phrased.strip()

    return Answer(
        data=table,
        chart=chart,
        summary=summary,
        facts=facts,
        display=_display(table, chart, facts),
        chart_hint=hint,
    )


def _display(table: Mapping, chart: dict | None, facts: Mapping) -> str:
    if not table["rows"]:
        return "empty"
    if chart is not None:
        return "chart"
    if facts.get("kind") == "value" and facts.get("type") in ("integer", "number"):
        return "number"
    if facts.get("kind") == "record" and len(table["columns"]) <= 4:
        numeric = [c.get("type") in ("integer", "number") for c in facts.get("cells", [])]
        if numeric and all(numeric):
            return "number"  # a few key figures side by side

    return "table"


def _hint_note(hint: str | None, chart: dict | None, table: Mapping) -> str | None:
    """Say so when the user asked for a rendering that this result cannot have."""
    if hint in (None, "table") or not table["rows"]:
        return None
    kind = (chart or {}).get("usermeta", {}).get("datachat", {}).get("kind")
    if kind in _HINT_KINDS[hint]:
        return None
    needs = {
        "pie": "one category and a positive measure",
        "scatter": "two numeric columns",
        "line": "a date or category and a number",
        "area": "a date or category and a number",
        "bar": "a category or date and a number",
    }[hint]
    shown = "the table" if chart is None else "the best fitting chart"
    return f"I can't draw this result as {_HINT_NAMES[hint]} (it needs {needs}), so here is {shown}."
