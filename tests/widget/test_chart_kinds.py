"""Every chart kind that datachat/services/charts.py makes, drawn by the widget's chart chunk (no Vega in the
browser) in real Chromium: a named `<svg role="img">` with one mark per row, slice or series, in both themes."""

import json
import re
from pathlib import Path

import pytest

from .conftest import screenshot

pytestmark = pytest.mark.browser

DIST = Path(__file__).resolve().parents[2] / "widget_dist"


def table(columns, rows):
    return {"columns": [{"name": n, "type": t} for n, t in columns], "rows": rows, "truncated": False}


MONTHS = [f"2024-{m:02d}-01" for m in range(1, 13)]
REGIONS = [[r, c, i * 10 + j + 1]
           for i, r in enumerate(["North", "South", "East"]) for j, c in enumerate(["web", "shop"])]
CASES = {
    "bar": (table([("country", "string"), ("revenue", "number")], [["France", 10.5], ["Japan", 30.0], ["Peru", 20.0]]),
            "revenue by country"),
    "hbar": (table([("product name", "string"), ("units", "integer")],
                   [[f"Long product name {i}", i * 3 + 1] for i in range(15)]), "units by product"),
    "line": (table([("month", "date"), ("revenue", "number")], [[m, 100 + i * 7.5] for i, m in enumerate(MONTHS)]),
             "revenue by month"),
    "series": (table([("month", "date"), ("a", "number"), ("b", "number")],
                     [[m, 100 + i, 120 - i] for i, m in enumerate(MONTHS)]), "a and b by month"),
    "two axes": (table([("month", "date"), ("revenue", "number"), ("orders", "integer")],
                       [[m, 10000 + i * 100, i + 1] for i, m in enumerate(MONTHS)]), "revenue and orders by month"),
    "arc": (table([("status", "string"), ("n", "integer")], [["paid", 50], ["shipped", 30], ["refunded", 5]]),
            "share of orders by status"),
    "grouped": (table([("region", "string"), ("channel", "string"), ("sales", "number")], REGIONS),
                "sales by region and channel"),
    "stacked": (table([("region", "string"), ("channel", "string"), ("sales", "number")], REGIONS),
                "sales breakdown by region and channel"),
    "scatter": (table([("price", "number"), ("units", "integer")], [[i * 1.5, 100 - i] for i in range(20)]),
                "price vs units"),
    "area": (table([("month", "date"), ("channel", "string"), ("sales", "number")],
                   [[m, c, i * j + 5] for i, m in enumerate(MONTHS) for j, c in enumerate(["web", "shop"], 1)]),
             "share of sales by channel per month"),
    "years": (table([("year", "integer"), ("sales", "number")], [[2015 + i, i * 3.3 + 1] for i in range(10)]),
              "sales per year"),
    "dotted names": (table([("t.amount", "string"), ("SUM(x.y)", "number")], [["a.b", 1.0], ["c[0]", 2.0]]),
                     "sum by amount"),
}


def expected_marks(spec: dict) -> tuple[str, int]:
    """The selector of the drawn marks and how many the spec's own data calls for."""
    rows = spec["data"]["values"]
    kind = spec["usermeta"]["datachat"]["kind"]
    if kind == "arc":
        theta = spec["layer"][0]["encoding"]["theta"]["field"]
        return "path.sl", sum(1 for r in rows if (r.get(theta) or 0) > 0)
    if kind in ("bar", "hbar", "grouped", "stacked"):
        return "rect.br", len(rows)
    if kind == "scatter":
        return "circle.pt", len(rows)
    layers = spec.get("layer") or [spec]
    color = (spec.get("encoding") or {}).get("color", {}).get("field")
    series = len({r[color] for r in rows}) if color else len(layers)
    return "path.ln", series


@pytest.fixture(scope="module")
def chart_page(chromium):
    chunk = next(p for p in DIST.iterdir() if re.fullmatch(r"chart\.[0-9a-f]{12}\.js", p.name))
    context = chromium.new_context(viewport={"width": 480, "height": 900})
    page = context.new_page()
    page.set_content("<!doctype html><html lang=en><body><div id=charts></div></body></html>")
    page.evaluate("() => { addEventListener('datachat:chart-chunk', e => { window.render = e.detail; }); }")
    page.add_script_tag(content=chunk.read_text(encoding="utf-8"))
    assert page.evaluate("typeof window.render") == "function"
    yield page
    context.close()


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
@pytest.mark.parametrize("name", list(CASES))
def test_every_chart_kind_is_drawn_and_named(chart_page, name, dark):
    from datachat.nl2sql.frame import QueryFrame
    from datachat.services.charts import choose_chart

    data, question = CASES[name]
    # what the engine reads from such a question: parts of a whole ("share of", "breakdown") or nothing special
    frame = QueryFrame(composition=any(word in question for word in ("share", "breakdown")))
    spec = choose_chart(data, frame)
    assert spec is not None, name
    selector, count = expected_marks(spec)
    result = chart_page.evaluate("""async ([spec, dark]) => {
        const box = document.createElement("div");
        box.style.width = "420px";
        document.getElementById("charts").replaceChildren(box);
        await window.render(box, spec, { dark, description: "The answer.", label: "Chart" });
        const svg = box.querySelector("svg[role=img]");
        const title = svg && document.getElementById(svg.getAttribute("aria-labelledby"));
        return { name: title && title.textContent, desc: svg && svg.getAttribute("aria-describedby") };
    }""", [json.loads(json.dumps(spec)), dark])
    assert result["name"].startswith("Chart: "), result
    assert result["desc"]
    assert chart_page.locator(f"#charts svg[role=img] {selector}").count() == count, (name, selector)
    tips = chart_page.locator(f"#charts svg[role=img] {selector} title").all_text_contents()
    assert all(tip.strip() for tip in tips)
    if name == "line" and not dark:
        screenshot(chart_page, "chart-line")


def test_a_spec_it_does_not_know_is_refused(chart_page):
    error = chart_page.evaluate("""async () => {
        try { await window.render(document.createElement("div"), { mark: "geoshape", data: { values: [{a: 1}] } },
                                  { dark: false, description: "" }); return null; }
        catch (e) { return String(e.message); }
    }""")
    assert error and "unsupported" in error
