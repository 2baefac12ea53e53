import { describe, expect, it } from "vitest";
import { csvCell, csvFilename, toCSV } from "../../../embed_widget/src/csv";

describe("csvCell", () => {
  it.each([
    [null, ""],
    [undefined, ""],
    [42, "42"],
    [-3.5, "-3.5"],
    [true, "true"],
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["=SUM(A1:A9)", "'=SUM(A1:A9)"],
    ["+1", "'+1"],
    ["-x", "'-x"],
    ["@cmd", "'@cmd"],
    ["=a,b", "\"'=a,b\""],
    [{ a: 1 }, '"{""a"":1}"'],
  ])("%j -> %j", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe("toCSV", () => {
  it("writes a header and CRLF-terminated rows", () => {
    const csv = toCSV(
      [
        { name: "month", type: "string" },
        { name: "orders", type: "integer" },
      ],
      [
        ["2024-01", 12],
        ["2024-02", null],
      ],
    );
    expect(csv).toBe("month,orders\r\n2024-01,12\r\n2024-02,\r\n");
  });
});

describe("csvFilename", () => {
  it.each([
    ["How many orders were placed per month?", "how-many-orders-were-placed-per-month.csv"],
    ["", "datachat-result.csv"],
    ["???", "datachat-result.csv"],
    ["../../etc/passwd", "etc-passwd.csv"],
    ["a".repeat(100), "a".repeat(48) + ".csv"],
  ])("%j -> %j", (question, expected) => {
    expect(csvFilename(question)).toBe(expected);
  });
});
