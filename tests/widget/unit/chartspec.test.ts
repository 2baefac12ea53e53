import { describe, expect, it } from "vitest";
import { dataKeys, escapeFields } from "../../../embed_widget/src/chartspec";

describe("escapeFields", () => {
  it("escapes path characters in field names that are real data keys", () => {
    const spec = {
      data: { values: [{ "STRFTIME('%Y-%m', \"d\")": "2024-01", "COUNT(*)": 3, "t.amount": 1 }] },
      mark: "bar",
      encoding: {
        x: { field: "STRFTIME('%Y-%m', \"d\")", type: "ordinal" },
        y: { field: "COUNT(*)", type: "quantitative" },
        color: { field: "t.amount" },
        tooltip: [{ field: "t.amount" }, { field: "nested.path" }],
      },
    };
    const keys = dataKeys(spec);
    expect([...keys].sort()).toEqual(["STRFTIME('%Y-%m', \"d\")", "t.amount"]);
    const out = escapeFields(spec, keys) as typeof spec;
    expect(out.encoding.x.field).toBe("STRFTIME(\\'%Y-%m\\', \\\"d\\\")");
    expect(out.encoding.y.field).toBe("COUNT(*)");
    expect(out.encoding.color.field).toBe("t\\.amount");
    expect(out.encoding.tooltip).toEqual([{ field: "t\\.amount" }, { field: "nested.path" }]);
    // The data itself is untouched.
    expect(out.data.values).toBe(spec.data.values);
  });

  it("reads keys from named datasets too", () => {
    expect([...dataKeys({ datasets: { a: [{ "x[0]": 1 }] } })]).toEqual(["x[0]"]);
    expect(dataKeys({ data: { url: "x.csv" } }).size).toBe(0);
  });
});
