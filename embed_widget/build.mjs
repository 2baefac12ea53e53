// Build, check and measure the widget.
//
//   node embed_widget/build.mjs            build into widget_dist/
//   node embed_widget/build.mjs --check    build into a temp dir and fail if widget_dist/ differs
//   node embed_widget/build.mjs --sizes    print raw, gzip and brotli sizes of widget_dist/
//   node embed_widget/build.mjs --budget   fail if the initial script is over its gzip budget
//   node embed_widget/build.mjs --sri      print the pinned script's name and its `integrity` value
//
// Output is deterministic: same sources and lockfile, same bytes. Files:
//   widget.js                 the loader (CONTRACT.md section 5; short cache, always the latest)
//   widget.<hash>.js          the same bytes under a content-hashed name, for pinning with SRI
//   chart.<hash>.js           the lazy chart chunk (its name is compiled into widget.js)
//   widget.<hash>.css         the stylesheet, for browsers without constructable stylesheets
//   *.gz, *.br                precompressed copies, which WhiteNoise serves to clients that accept them
// A 12-hex-digit hash in a name is what WhiteNoise treats as immutable (a year-long Cache-Control).
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import * as esbuild from "esbuild";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SRC = join(ROOT, "embed_widget", "src");
export const DIST = join(ROOT, "widget_dist");
/** The initial script's budget, gzipped (issue 7). */
export const BUDGET_GZIP = 20 * 1000;
/** The chart chunk's budget, gzipped (issue 17). */
export const CHART_BUDGET_GZIP = 100 * 1000;

const version = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version;

const common = {
  bundle: true,
  format: "iife",
  minify: true,
  target: "es2020",
  legalComments: "none",
  logLevel: "warning",
  define: { "process.env.NODE_ENV": '"production"' },
  write: false,
};

const hash = (bytes) => createHash("sha256").update(bytes).digest("hex").slice(0, 12);
const GENERATED = /^(widget\.js|widget\.[0-9a-f]{12}\.(js|css)|chart\.[0-9a-f]{12}\.js)(\.gz|\.br)?$/;

async function bundle(entry, options = {}) {
  const result = await esbuild.build({ ...common, entryPoints: [join(SRC, entry)], outfile: "out.js", ...options });
  return Buffer.from(result.outputFiles[0].contents);
}

/** The stylesheet text, taken from styles.ts (the one source of the CSS). */
async function stylesheet() {
  const code = await bundle("styles.ts", { format: "esm", minify: false });
  const { CSS } = await import("data:text/javascript;base64," + code.toString("base64"));
  return Buffer.from(CSS.trim() + "\n");
}

function emit(outdir, name, bytes) {
  writeFileSync(join(outdir, name), bytes);
  writeFileSync(join(outdir, name + ".gz"), gzipSync(bytes, { level: 9 }));
  writeFileSync(
    join(outdir, name + ".br"),
    brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
  );
}

export async function build(outdir = DIST) {
  for (const f of readdirSync(outdir)) if (GENERATED.test(f) || f === "chart.js" || f.startsWith("chart.js.")) rmSync(join(outdir, f));
  const chart = await bundle("chart.ts");
  const chartHash = hash(chart);
  const css = await stylesheet();
  const cssHash = hash(css);
  const widget = await bundle("widget.ts", {
    define: {
      ...common.define,
      __VERSION__: JSON.stringify(version),
      __CHART__: JSON.stringify(chartHash),
      __CSS__: JSON.stringify(cssHash),
    },
  });
  emit(outdir, `chart.${chartHash}.js`, chart);
  emit(outdir, `widget.${cssHash}.css`, css);
  emit(outdir, "widget.js", widget);
  emit(outdir, `widget.${hash(widget)}.js`, widget);
  return files(outdir);
}

/** widget.js, the chart chunk, the stylesheet and the pinned widget, by role. */
export function files(dir = DIST) {
  const names = readdirSync(dir);
  const find = (re) => names.find((f) => re.test(f));
  return {
    widget: "widget.js",
    chart: find(/^chart\.[0-9a-f]{12}\.js$/),
    css: find(/^widget\.[0-9a-f]{12}\.css$/),
    pinned: find(/^widget\.[0-9a-f]{12}\.js$/),
  };
}

/** The `integrity` attribute value (SHA-384, as browsers check it) of a built file. */
export function integrity(name, dir = DIST) {
  return "sha384-" + createHash("sha384").update(readFileSync(join(dir, name))).digest("base64");
}

export function sizes(dir = DIST) {
  const { widget, chart, css } = files(dir);
  return [widget, chart, css].map((name) => {
    const bytes = readFileSync(join(dir, name));
    return {
      file: name,
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
}

function printSizes(dir) {
  const kb = (n) => (n / 1000).toFixed(1).padStart(7) + " kB";
  console.log("file                          raw        gzip       brotli");
  for (const s of sizes(dir)) console.log(`${s.file.padEnd(24)}${kb(s.raw)}${kb(s.gzip)}${kb(s.brotli)}`);
}

async function check() {
  const tmp = mkdtempSync(join(tmpdir(), "datachat-widget-"));
  try {
    await build(tmp);
    const built = readdirSync(tmp).sort();
    const committed = readdirSync(DIST).filter((f) => !f.startsWith(".")).sort();
    const problems = [];
    for (const f of new Set([...built, ...committed])) {
      if (!built.includes(f)) problems.push(`${f}: in widget_dist/ but not produced by the build`);
      else if (!committed.includes(f)) problems.push(`${f}: missing from widget_dist/`);
      else if (!readFileSync(join(tmp, f)).equals(readFileSync(join(DIST, f)))) problems.push(`${f}: differs`);
    }
    if (problems.length) {
      console.error("widget_dist/ does not match a fresh build of embed_widget/ (run `npm run build`):");
      for (const p of problems) console.error("  " + p);
      process.exit(1);
    }
    console.log("widget_dist/ matches a fresh build.");
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function budget() {
  const [widget, chart] = sizes();
  printSizes(DIST);
  if (widget.gzip > BUDGET_GZIP || chart.gzip > CHART_BUDGET_GZIP) {
    console.error(`widget.js ${widget.gzip} B (budget ${BUDGET_GZIP}), ${chart.file} ${chart.gzip} B (budget ${CHART_BUDGET_GZIP}), gzipped.`);
    process.exit(1);
  }
  console.log(`widget.js: ${widget.gzip} of ${BUDGET_GZIP} gzip bytes; ${chart.file}: ${chart.gzip} of ${CHART_BUDGET_GZIP}.`);
}

function sri() {
  const { pinned } = files(DIST);
  console.log(`${pinned} integrity="${integrity(pinned)}"`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = process.argv[2];
  if (arg === "--check") await check();
  else if (arg === "--sizes") printSizes(DIST);
  else if (arg === "--budget") budget();
  else if (arg === "--sri") sri();
  else {
    await build();
    printSizes(DIST);
  }
}
