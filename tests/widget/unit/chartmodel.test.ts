// Reading Vega-Lite specs shaped like datachat/services/charts.py's (the browser test draws the real ones).
import { describe, expect, it } from "vitest";
import { fieldKey, readSpec } from "../../../embed_widget/src/chartmodel";

const tooltip = (field: string, type = "nominal") => ({ field, type, title: field.toUpperCase() });

describe("readSpec", () => {
  it("reads sorted bars with escaped field names", () => {
    const spec = {
      data: { values: [{ "t.c": "a", v: 1 }, { "t.c": "b", v: 3 }, { "t.c": "c", v: 2 }] },
      mark: { type: "bar", color: "#123456" },
      encoding: {
        x: { field: "t\\.c", type: "nominal", sort: "-y", title: "Cat" },
        y: { field: "v", type: "quantitative", axis: { format: ",.0f", title: "Value" } },
        tooltip: [tooltip("t\\.c"), tooltip("v", "quantitative")],
      },
    };
    const model = readSpec(spec)!;
    expect(model.kind).toBe("bar");
    expect(model.horizontal).toBe(false);
    expect(model.categories).toEqual(["b", "c", "a"]);
    expect(model.series).toHaveLength(1);
    expect(model.series[0].color).toBe("#123456");
    expect(model.series[0].points.map((p) => p.y)).toEqual([1, 3, 2]);
    expect(model.series[0].points[0].tip).toBe("T\\.C: a, V: 1");
    expect(model.x.title).toBe("Cat");
    expect(model.y.title).toBe("Value");
  });

  it.each([
    [{ xOffset: { field: "s", type: "nominal" } }, false],
    [{}, true],
  ])("bars coloured by a category are grouped with an offset, else stacked (%j)", (extra, stacked) => {
    const rows = [{ c: "x", s: "p", v: 1 }, { c: "x", s: "q", v: 2 }, { c: "y", s: "p", v: 3 }];
    const model = readSpec({
      data: { values: rows },
      mark: "bar",
      encoding: {
        x: { field: "c", type: "nominal" },
        y: { field: "v", type: "quantitative" },
        color: { field: "s", type: "nominal", title: "S" },
        ...extra,
      },
    })!;
    expect(model.stacked).toBe(stacked);
    expect(model.series.map((s) => s.name)).toEqual(["p", "q"]);
    expect(model.legend.map((l) => l.name)).toEqual(["p", "q"]);
  });

  it("reads horizontal bars", () => {
    const model = readSpec({
      data: { values: [{ n: "long name", v: 4 }] },
      mark: "bar",
      encoding: { y: { field: "n", type: "nominal" }, x: { field: "v", type: "quantitative" } },
    })!;
    expect(model.horizontal).toBe(true);
    expect(model.categories).toEqual(["long name"]);
  });

  it("reads a time line in date order, and a two-axis layer", () => {
    const rows = [{ m: "2024-02-01", a: 2, b: 200 }, { m: "2024-01-01", a: 1, b: 100 }];
    const line = (field: string) => ({
      mark: { type: "line" },
      encoding: { x: { field: "m", type: "temporal", axis: { format: "%b %Y" } }, y: { field, type: "quantitative" } },
    });
    const single = readSpec({ data: { values: rows }, ...line("a") })!;
    expect(single.xScale).toBe("time");
    expect(single.series[0].points.map((p) => p.y)).toEqual([1, 2]);
    expect(single.x.format(Date.UTC(2024, 0, 1))).toBe("Jan 2024");
    const two = readSpec({ data: { values: rows }, layer: [line("a"), line("b")] })!;
    expect(two.series.map((s) => s.axis)).toEqual([1, 2]);
    expect(two.y2).not.toBeNull();
  });

  it("reads arcs with a grey 'Other' from the colour scale", () => {
    const model = readSpec({
      data: { values: [{ k: "a", n: 5 }, { k: "Other", n: 1 }] },
      layer: [
        {
          mark: { type: "arc" },
          encoding: {
            theta: { field: "n", type: "quantitative" },
            color: { field: "k", type: "nominal", sort: ["a", "Other"], scale: { domain: ["a", "Other"], range: ["#111111", "#999999"] } },
          },
        },
        { mark: { type: "text" }, encoding: { text: { field: "_label" } } },
      ],
    })!;
    expect(model.kind).toBe("arc");
    expect(model.series.map((s) => [s.name, s.color])).toEqual([["a", "#111111"], ["Other", "#999999"]]);
  });

  it.each([
    [{}],
    [{ data: { values: [] }, mark: "bar" }],
    [{ data: { values: [{ a: 1 }] }, mark: "geoshape" }],
    [{ data: { values: [{ a: 1 }] }, mark: "bar", encoding: {} }],
  ])("refuses what it cannot draw: %j", (spec) => {
    expect(readSpec(spec)).toBeNull();
  });

  it("unescapes field names", () => {
    expect(fieldKey("SUM(t\\.amount)")).toBe("SUM(t.amount)");
    expect(fieldKey("x\\[0\\]")).toBe("x[0]");
    expect(fieldKey(undefined)).toBe("");
  });
});
