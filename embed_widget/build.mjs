// Build, check and measure the widget.
//
//   node embed_widget/build.mjs            build into widget_dist/
//   node embed_widget/build.mjs --check    build into a temp dir and fail if widget_dist/ differs
//   node embed_widget/build.mjs --sizes    print raw, gzip and brotli sizes of widget_dist/
//   node embed_widget/build.mjs --budget   fail if the initial script is over its gzip budget
//
// Output is deterministic: same sources and lockfile, same bytes. The chart chunk is built first and its
// hash is compiled into widget.js as a cache-busting query string.
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

export async function build(outdir = DIST) {
  const chart = await esbuild.build({
    ...common,
    entryPoints: [join(SRC, "chart.ts")],
    outfile: join(outdir, "chart.js"),
    legalComments: "eof",
    banner: { js: `/*! Datachat chart chunk. Bundled packages and their licenses: ${LICENSES} */` },
    metafile: true,
    write: true,
  });
  writeFileSync(join(outdir, LICENSES), licenses(chart.metafile));
  const chartBytes = readFileSync(join(outdir, "chart.js"));
  const chartHash = createHash("sha256").update(chartBytes).digest("hex").slice(0, 10);
  await esbuild.build({
    ...common,
    entryPoints: [join(SRC, "widget.ts")],
    outfile: join(outdir, "widget.js"),
    define: { ...common.define, __VERSION__: JSON.stringify(version), __CHART__: JSON.stringify(chartHash) },
    write: true,
  });
  return [join(outdir, "widget.js"), join(outdir, "chart.js")];
}

const LICENSES = "chart.js.LICENSES.txt";

/** The license text of every npm package bundled into the chunk (BSD/MIT/ISC ask to keep their notices). */
function licenses(metafile) {
  const packages = new Map();
  for (const input of Object.keys(metafile.inputs)) {
    const match = input.match(/^(.*node_modules\/)((?:@[^/]+\/)?[^/]+)\//);
    if (match) packages.set(match[2], join(ROOT, match[1], match[2]));
  }
  const sections = [...packages.keys()].sort().map((name) => {
    const dir = packages.get(name);
    const meta = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(f));
    const text = file ? readFileSync(join(dir, file), "utf8").trim() : `License: ${meta.license}`;
    return `${name}@${meta.version} (${meta.license})\n\n${text}\n`;
  });
  return sections.join("\n" + "-".repeat(78) + "\n\n");
}

export function sizes(dir = DIST) {
  return ["widget.js", "chart.js"].map((name) => {
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
  console.log("file          raw        gzip       brotli");
  for (const s of sizes(dir)) console.log(`${s.file.padEnd(10)}${kb(s.raw)}${kb(s.gzip)}${kb(s.brotli)}`);
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
  const [widget] = sizes();
  printSizes(DIST);
  if (widget.gzip > BUDGET_GZIP) {
    console.error(`widget.js is ${widget.gzip} bytes gzipped, over the ${BUDGET_GZIP} byte budget.`);
    process.exit(1);
  }
  console.log(`widget.js: ${widget.gzip} of ${BUDGET_GZIP} gzip bytes.`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = process.argv[2];
  if (arg === "--check") await check();
  else if (arg === "--sizes") printSizes(DIST);
  else if (arg === "--budget") budget();
  else {
    await build();
    printSizes(DIST);
  }
}
