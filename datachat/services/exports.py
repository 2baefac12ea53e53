"""Exports of an answer: the result as CSV, the chart as PNG or SVG rendered on the server.

Charts are rendered with vl-convert-python (the ``export`` extra), which bundles Vega and renders offline.
Rendering never fetches anything: answer specs carry their data inline, and external data URLs are refused.

Errors::

    ExportError            every failure here (a ``DatachatError``); ``code`` is stable for the API's error envelope
    ├── NoChartToExport    the answer has no chart (a single value, a table-only answer)
    ├── UnknownFormat      not one of csv, png, svg
    └── RendererMissing    vl-convert-python is not installed

>>> table = {"columns": [{"name": "country", "type": "string"}, {"name": "n", "type": "integer"}],
...          "rows": [["France", 3], ["=cmd()", None]], "truncated": False}
>>> table_to_csv(table)
b"country,n\\r\\nFrance,3\\r\\n'=cmd(),\\r\\n"
"""

from __future__ import annotations

import copy
import csv
import io
import re
from collections.abc import Mapping
from typing import Any

from datachat.errors import DatachatError

__all__ = [
    "EXPORT_FORMATS",
    "ExportError",
    "NoChartToExport",
    "RendererMissing",
    "UnknownFormat",
    "export_answer",
    "export_filename",
    "render_chart",
    "table_to_csv",
]

#: format -> media type
EXPORT_FORMATS = {"csv": "text/csv; charset=utf-8", "png": "image/png", "svg": "image/svg+xml"}

# Spreadsheet apps run cells that start with these as formulas (CSV injection); text cells get a quote.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class ExportError(DatachatError):
    """An answer could not be exported."""

    code = "export_failed"


class NoChartToExport(ExportError):
    """The answer has no chart, so there is no image to render."""

    code = "no_chart"


class UnknownFormat(ExportError):
    """The requested format is not one of :data:`EXPORT_FORMATS`."""

    code = "unknown_format"


class RendererMissing(ExportError):
    """vl-convert-python is not installed."""

    code = "renderer_missing"


def table_to_csv(table: Mapping, *, bom: bool = False) -> bytes:
    """The result table as UTF-8 CSV: a header row of column names, then every row.

    Nulls are empty cells, booleans ``true``/``false``, numbers as written in the table. Text cells that a
    spreadsheet would read as a formula get a leading ``'``.

    Args:
        table: a table dict from :func:`datachat.services.results.to_table`.
        bom: start with a UTF-8 byte order mark, which some versions of Excel need to read UTF-8.

    Returns:
        The CSV document as bytes, with ``\\r\\n`` line ends (RFC 4180).
    """
    columns = table.get("columns") or []
    text_columns = [c.get("type") == "string" for c in columns]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([_text_cell(str(c["name"])) for c in columns])
    for row in table.get("rows") or []:
        writer.writerow([_cell(v, text) for v, text in zip(row, text_columns, strict=False)])
    data = buffer.getvalue().encode("utf-8")
    return b"\xef\xbb\xbf" + data if bom else data


def _cell(value: Any, text: bool) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return _text_cell(value) if text or not _looks_numeric(value) else value
    return value


def _text_cell(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value


def _looks_numeric(value: str) -> bool:
    return bool(re.fullmatch(r"[+-]?\d+(\.\d+)?([eE][+-]?\d+)?", value))


def render_chart(spec: Mapping | None, fmt: str = "png", scale: float = 2, *, title: str | None = None) -> bytes:
    """Render a Vega-Lite spec to PNG or SVG on the server.

    Args:
        spec: the answer's chart; ``None`` raises :class:`NoChartToExport`.
        fmt: ``"png"`` or ``"svg"``.
        scale: pixel density of the PNG; a 420x260 chart at ``scale=2`` is 840x520 pixels.
        title: an optional title drawn above the chart (the question, for instance).

    Returns:
        The image bytes.

    Raises:
        ExportError: no chart, an unknown format, a missing renderer, or a spec the renderer refuses.
    """
    fmt = (fmt or "").lower().lstrip(".")
    if fmt not in ("png", "svg"):
        raise UnknownFormat(f"Charts can be exported as PNG or SVG, not {fmt or 'nothing'!r}.")
    if not spec:
        raise NoChartToExport("This answer has no chart to export as an image; download it as CSV instead.")
    if not 0 < scale <= 8:
        raise ExportError(f"Scale must be above 0 and at most 8, not {scale}.")
    try:
        import vl_convert
    except ImportError as exc:  # pragma: no cover - the dev extra installs it
        raise RendererMissing("Rendering charts needs vl-convert-python: pip install 'datachat[export]'.") from exc
    spec = copy.deepcopy(dict(spec))
    if title:
        spec["title"] = {"text": title[:200], "anchor": "start", "fontSize": 14, "offset": 10}
    try:
        if fmt == "svg":
            return vl_convert.vegalite_to_svg(spec, allowed_base_urls=[]).encode("utf-8")
        return vl_convert.vegalite_to_png(spec, scale=scale, allowed_base_urls=[])
    except Exception as exc:  # vl-convert raises plain ValueError with the JavaScript error text
        message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ExportError(f"The chart could not be rendered: {message[:300]}") from exc


def export_filename(fmt: str, name: str | None = None) -> str:
    """A safe download name such as ``revenue-by-month.csv``.

    >>> export_filename("csv", "Revenue by month?"), export_filename("png")
    ('revenue-by-month.csv', 'datachat-answer.png')
    """
    stem = re.sub(r"[^a-z0-9]+", "-", (name or "").lower()).strip("-")[:60].strip("-") or "datachat-answer"
    return f"{stem}.{fmt}"


def export_answer(
    data: Mapping | None, chart: Mapping | None, fmt: str, *, name: str | None = None, scale: float = 2
) -> tuple[bytes, str, str]:
    """Export a stored answer in one of :data:`EXPORT_FORMATS`.

    Args:
        data: the message's ``data`` (the table dict).
        chart: the message's ``chart`` (a Vega-Lite spec or ``None``).
        fmt: ``"csv"``, ``"png"`` or ``"svg"``.
        name: used for the file name (the question, for instance).
        scale: PNG pixel density.

    Returns:
        ``(body, media type, file name)``.
    """
    fmt = (fmt or "").lower().lstrip(".")
    if fmt not in EXPORT_FORMATS:
        raise UnknownFormat(f"Answers can be exported as CSV, PNG or SVG, not {fmt or 'nothing'!r}.")
    if fmt == "csv":
        if not data or not data.get("columns"):
            raise ExportError("This answer has no table to export.")
        body = table_to_csv(data)
    else:
        body = render_chart(chart, fmt, scale=scale)
    return body, EXPORT_FORMATS[fmt], export_filename(fmt, name)
