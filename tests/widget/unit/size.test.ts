// The byte budget (issue 7): the initial script, minified and gzipped, stays under 20 kB.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
// @ts-expect-error: plain ESM build script without types
import { BUDGET_GZIP, build, DIST, sizes } from "../../../embed_widget/build.mjs";

const dir = mkdtempSync(join(tmpdir(), "datachat-size-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("widget bundle", () => {
  it("builds an initial script within the gzip budget and a separate chart chunk", async () => {
    await build(dir);
    const [widget, chart] = sizes(dir);
    console.log(`widget.js ${widget.raw} B raw, ${widget.gzip} B gzip; chart.js ${chart.raw} B raw, ${chart.gzip} B gzip`);
    expect(widget.gzip).toBeLessThanOrEqual(BUDGET_GZIP);
    // vega lives only in the lazy chunk.
    expect(chart.raw).toBeGreaterThan(10 * widget.raw);
    const source = readFileSync(join(dir, "widget.js"), "utf8");
    expect(source).not.toMatch(/vega-lite|innerHTML|document\.head|eval\(/);
  });

  it("is byte-for-byte what widget_dist/ holds (run `npm run build` after editing embed_widget/)", () => {
    for (const file of ["widget.js", "chart.js"]) {
      expect(readFileSync(join(dir, file)).equals(readFileSync(join(DIST, file))), file).toBe(true);
    }
  });
});
