import { describe, expect, it } from "vitest";
import { formatDate, formatNumber, honestTicks, niceDomain, parseTime, ticks } from "../../../embed_widget/src/numfmt";

describe("formatNumber (the d3 specifiers charts.py uses)", () => {
  it.each([
    [1234567.891, ",.0f", "1,234,568"],
    [1234.5, ",.2~f", "1,234.5"],
    [3.14159, ",.2~f", "3.14"],
    [250000.5, ".3~s", "250k"],
    [1234567, ".3~s", "1.23M"],
    [-45000, ".3~s", "-45k"],
    [0, ".3~s", "0"],
    [0.25, ".0%", "25%"],
    [0.1234, ".1%", "12.3%"],
    [0.0123, ".3~g", "0.0123"],
    [1234.5678, ",", "1,234.5678"],
    [-1234, ",.0f", "-1,234"],
    [12, "nonsense", "12"],
  ])("%s with %s -> %s", (value, spec, expected) => {
    expect(formatNumber(value, spec)).toBe(expected);
  });
});

describe("dates (UTC)", () => {
  it.each([
    ["2024-03-01", "%b %Y", "Mar 2024"],
    ["2024-03-05", "%b %-d, %Y", "Mar 5, 2024"],
    ["2024-12-31T23:30:00", "%b %-d %H:%M", "Dec 31 23:30"],
    ["2019-01-01", "%Y", "2019"],
  ])("%s with %s -> %s", (value, pattern, expected) => {
    expect(formatDate(parseTime(value), pattern)).toBe(expected);
  });

  it("reads unparsable values as NaN and formats them as empty", () => {
    expect(parseTime("soon")).toBeNaN();
    expect(parseTime(null)).toBeNaN();
    expect(formatDate(NaN)).toBe("");
  });
});

describe("ticks and domains", () => {
  it("gives round steps covering the range", () => {
    expect(ticks(0, 100, 5)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(ticks(0, 1, 4)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    for (const [min, max] of [[3, 97], [-12, 480], [0.001, 0.009]]) {
      const t = ticks(min, max, 5);
      expect(t.length).toBeGreaterThanOrEqual(3);
      expect(t.every((v) => v >= min - 1e-12 && v <= max + 1e-12)).toBe(true);
    }
  });

  it("widens to round values, with zero when asked", () => {
    expect(niceDomain([13, 87], true)).toEqual([0, 100]);
    const [lo, hi] = niceDomain([132, 171], false);
    expect(lo).toBeLessThanOrEqual(132);
    expect(lo).toBeGreaterThan(0);
    expect(hi).toBeGreaterThanOrEqual(171);
    expect(niceDomain([5, 5], true)).toEqual([0, 5]);
    const [a, b] = niceDomain([5, 5], false); // one value: still a range around it
    expect(a).toBeLessThan(5);
    expect(b).toBeGreaterThan(5);
    expect(niceDomain([], false)).toEqual([0, 1]);
  });
});

describe("honestTicks", () => {
  it.each([
    [[0, 2], ",.0f", [0, 1, 2]],
    [[0, 12.5], ",.0f", [0, 5, 10]],
    [[0, 1], ".0%", [0, 0.2, 0.4, 0.6, 0.8, 1]],
    [[0, 100], ",.0f", [0, 20, 40, 60, 80, 100]],
  ])("%j with %s -> %j", (domain, spec, expected) => {
    expect(honestTicks(domain as [number, number], 5, (v) => formatNumber(v, spec))).toEqual(expected);
  });
});
