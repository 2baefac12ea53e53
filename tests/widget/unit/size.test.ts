// The byte budgets: the initial script under 20 kB gzip (issue 7), the lazy chart chunk under 100 kB (issue 17).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
// @ts-expect-error: plain ESM build script without types
import { BUDGET_GZIP, build, CHART_BUDGET_GZIP, DIST, files, sizes } from "../../../embed_widget/build.mjs";

const dir = mkdtempSync(join(tmpdir(), "datachat-size-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("widget bundle", () => {
  it("builds an initial script and a chart chunk within their gzip budgets", async () => {
    await build(dir);
    const [widget, chart, css] = sizes(dir);
    console.log(`widget.js ${widget.gzip} B gzip; ${chart.file} ${chart.gzip} B gzip; ${css.file} ${css.gzip} B gzip`);
    expect(widget.gzip).toBeLessThanOrEqual(BUDGET_GZIP);
    expect(chart.gzip).toBeLessThanOrEqual(CHART_BUDGET_GZIP);
    const source = readFileSync(join(dir, "widget.js"), "utf8");
    expect(source).not.toMatch(/vega-lite|innerHTML|document\.head|eval\(|new Function/);
    // The chunk and stylesheet names widget.js asks for are the ones built.
    const names = files(dir);
    expect(source).toContain(names.chart.slice("chart.".length, -".js".length));
    expect(source).toContain(names.css.slice("widget.".length, -".css".length));
    const chunk = readFileSync(join(dir, names.chart), "utf8");
    expect(chunk).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|eval\(|new Function|setAttribute\("style"/);
  });

  it("writes precompressed copies that decompress to the files", () => {
    const { widget, chart, css, pinned } = files(dir);
    for (const name of [widget, chart, css, pinned]) {
      expect(gunzipSync(readFileSync(join(dir, name + ".gz"))).equals(readFileSync(join(dir, name))), name).toBe(true);
    }
    expect(readFileSync(join(dir, pinned)).equals(readFileSync(join(dir, widget)))).toBe(true);
  });

  it("is byte-for-byte what widget_dist/ holds (run `npm run build` after editing embed_widget/)", () => {
    const built = readdirSync(dir).sort();
    expect(readdirSync(DIST).filter((f) => !f.startsWith(".")).sort()).toEqual(built);
    for (const file of built) expect(readFileSync(join(dir, file)).equals(readFileSync(join(DIST, file))), file).toBe(true);
  });
});
