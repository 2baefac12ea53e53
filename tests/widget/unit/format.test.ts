import { describe, expect, it } from "vitest";
import { formatCell, isNumericColumn } from "../../../embed_widget/src/format";

const col = (name: string, type = "") => ({ name, type });

describe("isNumericColumn", () => {
  it.each([
    ["integer", [[1]], true],
    ["number", [[1.5]], true],
    ["float64", [[1.5]], true],
    ["DECIMAL(10,2)", [["1.50"]], true],
    ["string", [[1]], false],
    ["date", [["2024-01-01"]], false],
    ["", [[1], [null], [2.5]], true],
    ["", [[1], ["x"]], false],
    ["", [[null]], false],
    ["unknown", [[3]], true],
  ])("type %j with %j -> %s", (type, rows, expected) => {
    expect(isNumericColumn(col("c", type), rows as unknown[][], 0)).toBe(expected);
  });
});

describe("formatCell", () => {
  it.each([
    [1234567, col("revenue"), "1,234,567"],
    [1234.5678, col("revenue"), "1,234.57"],
    [0.12345, col("share"), "0.1235"],
    [2024, col("year"), "2024"],
    [10023, col("customer_id"), "10023"],
    [10023, col("CustomerId"), "10,023"],
    [null, col("x"), ""],
    [undefined, col("x"), ""],
    [Number.NaN, col("x"), "NaN"],
  ])("%j in %j -> %j", (value, column, expected) => {
    expect(formatCell(value, column, true, "en-US")).toBe(expected);
  });

  it("shows text, booleans and objects as text, never as markup", () => {
    expect(formatCell("<img src=x onerror=alert(1)>", col("name"), false)).toBe("<img src=x onerror=alert(1)>");
    expect(formatCell(false, col("active"), false)).toBe("false");
    expect(formatCell({ a: [1] }, col("json"), false)).toBe('{"a":[1]}');
    expect(formatCell(12, col("code"), false)).toBe("12");
  });

  it("falls back when the locale is invalid", () => {
    expect(formatCell(1.5, col("x"), true, "not a locale!")).toBe("1.5");
  });
});
