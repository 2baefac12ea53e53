"""Exports: CSV of the whole result, PNG and SVG of the chart rendered on the server."""

import csv
import io
import struct
import xml.etree.ElementTree as ET
import zlib

import pytest

from datachat.services.answers import build_answer
from datachat.services.charts import choose_chart
from datachat.services.exports import (
    EXPORT_FORMATS,
    ExportError,
    NoChartToExport,
    UnknownFormat,
    export_answer,
    export_filename,
    render_chart,
    table_to_csv,
)
from datachat.services.results import to_table
from tests.answers.conftest import ORDERS_ITEMS, REVENUE

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == PNG_SIGNATURE and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def decode_png(data: bytes) -> tuple[int, int, int]:
    """Read a PNG as an image viewer would: every chunk's CRC, the header, all pixel rows. Returns w, h, channels."""
    assert data[:8] == PNG_SIGNATURE
    pos, chunks, idat = 8, [], b""
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length : pos + 12 + length])
        assert zlib.crc32(kind + body) == crc, kind
        chunks.append(kind)
        if kind == b"IDAT":
            idat += body
        pos += 12 + length
    assert chunks[0] == b"IHDR" and chunks[-1] == b"IEND"
    width, height, depth, colour = struct.unpack(">IIBB", data[16:26])
    channels = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}[colour]
    assert depth == 8
    assert len(zlib.decompress(idat)) == height * (1 + width * channels)  # one filter byte per row
    return width, height, channels


@pytest.fixture(scope="module")
def monthly(query):
    return to_table(
        query(f"SELECT strftime('%Y-%m', o.order_date) AS month, {REVENUE} AS revenue {ORDERS_ITEMS} GROUP BY 1")
    )


def test_csv_round_trips_every_row(query):
    df = query("SELECT id, first_name, country, signup_date FROM customers")
    table = to_table(df)
    rows = list(csv.reader(io.StringIO(table_to_csv(table).decode("utf-8"))))
    assert rows[0] == ["id", "first_name", "country", "signup_date"]
    assert len(rows) == len(df) + 1
    assert rows[1] == [str(v) for v in table["rows"][0]]
    assert any("ã" in cell or "é" in cell for row in rows for cell in row)  # São Paulo, Léa: UTF-8 intact


def test_csv_cells():
    table = {
        "columns": [
            {"name": "name", "type": "string"},
            {"name": "n", "type": "number"},
            {"name": "ok", "type": "boolean"},
            {"name": "note", "type": "string"},
        ],
        "rows": [['=HYPERLINK("x")', -1.5, True, 'say "hi", ok'], ["+1", None, False, "line\nbreak"]],
        "truncated": True,
    }
    text = table_to_csv(table).decode()
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[1] == ['\'=HYPERLINK("x")', "-1.5", "true", 'say "hi", ok']
    assert rows[2] == ["'+1", "", "false", "line\nbreak"]
    assert text.endswith("\r\n")
    assert table_to_csv(table, bom=True).startswith(b"\xef\xbb\xbf")


@pytest.mark.parametrize(("scale", "size"), [(1, (420, 260)), (2, (840, 520))])
def test_png_has_the_chart_size(ask, monthly, scale, size):
    spec = choose_chart(monthly, ask("revenue by month"))
    png = render_chart(spec, "png", scale=scale)
    assert png_size(png) == size
    assert decode_png(png)[:2] == size


def test_tall_bar_chart_png(ask, query, tmp_path):
    spec = choose_chart(
        query(
            f"SELECT p.name AS product, {REVENUE} AS revenue {ORDERS_ITEMS} "
            "JOIN products p ON p.id = i.product_id GROUP BY 1"
        ),
        ask("revenue by product"),
    )
    width, height = png_size(render_chart(spec, "png", scale=1))
    assert width == 420 and height == spec["height"] > 260


def test_png_of_every_chart_kind_renders(ask, query):
    sqls = [
        f"SELECT c.segment, {REVENUE} AS revenue {ORDERS_ITEMS} JOIN customers c ON c.id = o.customer_id GROUP BY 1",
        f"SELECT o.channel, o.status, {REVENUE} AS revenue {ORDERS_ITEMS} GROUP BY 1, 2",
        "SELECT price, cost FROM products",
    ]
    for sql, question in zip(sqls, ["share of revenue by segment", "revenue by channel and status", ""], strict=True):
        spec = choose_chart(query(sql), ask(question))
        assert png_size(render_chart(spec, "png", scale=1)) == (420, 260)


def test_svg_is_an_svg_document(monthly):
    svg = render_chart(choose_chart(monthly), "svg")
    root = ET.fromstring(svg)
    assert root.tag.endswith("svg")
    assert root.get("width") == "420" and root.get("height") == "260"


def test_title_is_drawn_and_spec_is_not_changed(monthly):
    spec = choose_chart(monthly)
    svg = render_chart(spec, "svg", title="Revenue by month")
    assert b"Revenue by month" in svg and "title" not in spec


def test_no_chart_cannot_be_an_image(ask, query):
    answer = build_answer(query(f"SELECT {REVENUE} AS revenue {ORDERS_ITEMS}"), ask("total revenue"))
    with pytest.raises(NoChartToExport, match="no chart"):
        render_chart(answer.chart, "png")
    with pytest.raises(ExportError):
        export_answer(answer.data, answer.chart, "svg")
    body, media_type, filename = export_answer(answer.data, answer.chart, "csv", name="Total revenue?")
    assert body.startswith(b"revenue\r\n") and media_type == EXPORT_FORMATS["csv"] and filename == "total-revenue.csv"


def test_unknown_formats_and_bad_scale(monthly):
    spec = choose_chart(monthly)
    with pytest.raises(UnknownFormat):
        render_chart(spec, "gif")
    with pytest.raises(UnknownFormat):
        export_answer(monthly, spec, "xlsx")
    with pytest.raises(ExportError, match="Scale"):
        render_chart(spec, "png", scale=100)


def test_external_data_is_refused():
    spec = {"data": {"url": "http://127.0.0.1:9/secret.csv"}, "mark": "bar", "encoding": {"x": {"field": "a"}}}
    with pytest.raises(ExportError, match="could not be rendered"):
        render_chart(spec, "png")


def test_export_answer_png(monthly):
    spec = choose_chart(monthly)
    body, media_type, filename = export_answer(monthly, spec, "PNG", name="Revenue by month")
    assert png_size(body) == (840, 520) and media_type == "image/png" and filename == "revenue-by-month.png"


def test_filenames():
    assert export_filename("svg", "../../etc/passwd") == "etc-passwd.svg"
    assert export_filename("csv", "") == "datachat-answer.csv"
