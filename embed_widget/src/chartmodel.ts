/**
 * Reading the server's Vega-Lite spec (datachat/services/charts.py) into a small drawing model: bars
 * (vertical, horizontal, grouped, stacked), lines and areas (one or more series, one or two y axes),
 * scatter points and arcs. Only what those charts use is read; anything else yields `null` and the widget
 * keeps the table. Pure functions, no DOM, so it unit-tests.
 */
import { formatDate, formatNumber, parseTime } from "./numfmt";

export type Kind = "bar" | "line" | "area" | "point" | "arc";
type Row = Record<string, unknown>;
type Enc = Record<string, any>;

export interface Point {
  /** Category label (band and point scales) or "" on continuous scales. */
  key: string;
  /** Position on the x scale: time in ms or a number (continuous scales); unused for categories. */
  x: number;
  y: number;
  /** Tooltip text. */
  tip: string;
}

export interface Series {
  name: string;
  color: string;
  /** 1 or 2: which y axis (two-axis line charts). */
  axis: number;
  points: Point[];
}

export interface Axis {
  title: string;
  format: (value: number) => string;
}

export interface Model {
  kind: Kind;
  horizontal: boolean;
  stacked: boolean;
  /** x scale: "band" (categories), "time" or "linear". */
  xScale: "band" | "time" | "linear";
  /** Category domain in drawing order (band and ordinal point scales). */
  categories: string[];
  categoryLabel: (key: string) => string;
  x: Axis;
  y: Axis;
  y2: Axis | null;
  zeroY: boolean;
  zeroX: boolean;
  series: Series[];
  /** Shown under the chart when there is more than one series (or for arcs). */
  legend: { name: string; color: string }[];
  legendTitle: string;
  height: number;
}

export const PALETTE = ["#4f46e5", "#0ea5e9", "#f59e0b", "#10b981", "#ef4444", "#8b5cf6", "#ec4899", "#14b8a6"];

/** A field name as a data key: the server escapes `.`, `[`, `]` and `\` for Vega. */
export const fieldKey = (field: unknown): string => (typeof field === "string" ? field.replace(/\\(.)/g, "$1") : "");

const str = (v: unknown) => (v === null || v === undefined ? "" : String(v));
const num = (v: unknown) => (typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v) : NaN);

function compare(a: string, b: string): number {
  const x = Number(a);
  const y = Number(b);
  if (a !== "" && b !== "" && !isNaN(x) && !isNaN(y)) return x - y;
  return a < b ? -1 : a > b ? 1 : 0;
}

function markType(mark: unknown): string {
  return typeof mark === "string" ? mark : mark && typeof mark === "object" ? str((mark as Enc).type) : "";
}

function isTime(enc: Enc | undefined): boolean {
  return !!enc && (enc.type === "temporal" || !!enc.timeUnit);
}

function valueFormat(enc: Enc | undefined): (v: number) => string {
  const spec = enc && enc.axis && typeof enc.axis.format === "string" ? enc.axis.format : ",";
  return (v) => formatNumber(v, spec);
}

function dateFormat(enc: Enc | undefined): string {
  return (enc && (enc.axis?.format || enc.format)) || "%b %-d, %Y";
}

/** Label of a category value (dates formatted with the axis format). */
function labeller(enc: Enc | undefined): (key: string) => string {
  if (!isTime(enc)) return (key) => key;
  const pattern = dateFormat(enc);
  return (key) => {
    const ms = parseTime(key);
    return isNaN(ms) ? key : formatDate(ms, pattern);
  };
}

function title(enc: Enc | undefined): string {
  if (!enc) return "";
  if (typeof enc.title === "string") return enc.title;
  if (enc.axis && typeof enc.axis.title === "string") return enc.axis.title;
  return enc.title === null ? "" : fieldKey(enc.field);
}

/** "Month: Jan 2024, Revenue: 1,200" from the spec's tooltip list. */
function tipper(encoding: Enc): (row: Row) => string {
  const list = Array.isArray(encoding.tooltip) ? encoding.tooltip : encoding.tooltip ? [encoding.tooltip] : [];
  return (row) =>
    list
      .map((t: Enc) => {
        const value = row[fieldKey(t.field)];
        let text = str(value);
        if (t.type === "quantitative" && typeof value === "number") text = formatNumber(value, t.format || ",");
        else if (t.type === "temporal") text = formatDate(parseTime(value), t.format || "%b %-d, %Y") || text;
        return (t.title || fieldKey(t.field)) + ": " + text;
      })
      .join(", ");
}

function order(values: string[], sort: unknown, byValue?: Map<string, number>): string[] {
  const unique = [...new Set(values)];
  if (Array.isArray(sort)) {
    const listed = sort.map(str).filter((v) => unique.includes(v));
    return [...listed, ...unique.filter((v) => !listed.includes(v))];
  }
  if (typeof sort === "string" && sort[0] === "-" && byValue) {
    return unique.sort((a, b) => (byValue.get(b) || 0) - (byValue.get(a) || 0));
  }
  if (sort === null) return unique;
  const sorted = unique.sort(compare);
  return sort === "descending" ? sorted.reverse() : sorted;
}

function palette(spec: Enc): string[] {
  const range = spec.config && spec.config.range && spec.config.range.category;
  return Array.isArray(range) && range.length ? range.map(str) : PALETTE;
}

function colorsFor(names: string[], colorEnc: Enc | undefined, colors: string[]): Map<string, string> {
  const scale = colorEnc && colorEnc.scale;
  const domain: string[] = scale && Array.isArray(scale.domain) ? scale.domain.map(str) : [];
  const range: string[] = scale && Array.isArray(scale.range) ? scale.range.map(str) : [];
  const out = new Map<string, string>();
  names.forEach((name, i) => {
    const at = domain.indexOf(name);
    out.set(name, at >= 0 && range[at] ? range[at] : colors[i % colors.length]);
  });
  return out;
}

interface Layer {
  mark: Enc | string;
  encoding: Enc;
}

function layers(spec: Enc): Layer[] {
  if (Array.isArray(spec.layer)) {
    return spec.layer
      .filter((l: Enc) => l && typeof l === "object")
      .map((l: Enc) => ({ mark: l.mark, encoding: { ...(spec.encoding || {}), ...(l.encoding || {}) } }));
  }
  return [{ mark: spec.mark, encoding: spec.encoding || {} }];
}

/** The drawing model of a spec, or null when it is not one of the chart kinds the server makes. */
export function readSpec(spec: Enc): Model | null {
  const rows: Row[] = spec && spec.data && Array.isArray(spec.data.values) ? spec.data.values : [];
  if (!rows.length) return null;
  const drawn = layers(spec).filter((l) => ["bar", "line", "area", "point", "circle", "arc"].includes(markType(l.mark)));
  if (!drawn.length) return null;
  const colors = palette(spec);
  const height = Math.max(120, Math.min(900, num(spec.height) || 260));
  const type = markType(drawn[0].mark);
  if (type === "arc") return arcModel(rows, drawn[0], colors, height);
  if (type === "bar") return barModel(rows, drawn[0], colors, height);
  return lineModel(rows, drawn, type === "area" ? "area" : type === "line" ? "line" : "point", colors, height);
}

function markColor(layer: Layer): string {
  const mark = layer.mark;
  return mark && typeof mark === "object" && typeof mark.color === "string" ? mark.color : "";
}

function arcModel(rows: Row[], layer: Layer, colors: string[], height: number): Model | null {
  const { encoding } = layer;
  const value = fieldKey(encoding.theta && encoding.theta.field);
  const label = fieldKey(encoding.color && encoding.color.field);
  if (!value || !label) return null;
  const tip = tipper(encoding);
  const names = order(rows.map((r) => str(r[label])), encoding.color.sort ?? null);
  const palette = colorsFor(names, encoding.color, colors);
  const series = names.map((name) => {
    const row = rows.find((r) => str(r[label]) === name)!;
    return { name, color: palette.get(name)!, axis: 1, points: [{ key: name, x: 0, y: num(row[value]), tip: tip(row) }] };
  });
  return {
    ...base("arc", height),
    series: series.filter((s) => s.points[0].y > 0),
    legend: series.map((s) => ({ name: s.name, color: s.color })),
    legendTitle: title(encoding.color),
    x: { title: title(encoding.color), format: String },
    y: { title: title(encoding.theta), format: valueFormat(encoding.theta) },
  };
}

function base(kind: Kind, height: number): Model {
  return {
    kind,
    horizontal: false,
    stacked: false,
    xScale: "band",
    categories: [],
    categoryLabel: (k) => k,
    x: { title: "", format: String },
    y: { title: "", format: String },
    y2: null,
    zeroX: false,
    zeroY: true,
    series: [],
    legend: [],
    legendTitle: "",
    height,
  };
}

function barModel(rows: Row[], layer: Layer, colors: string[], height: number): Model | null {
  const { encoding } = layer;
  const horizontal = encoding.x && encoding.x.type === "quantitative" && !(encoding.y && encoding.y.type === "quantitative");
  const cat: Enc | undefined = horizontal ? encoding.y : encoding.x;
  const val: Enc | undefined = horizontal ? encoding.x : encoding.y;
  const catKey = fieldKey(cat && cat.field);
  const valKey = fieldKey(val && val.field);
  if (!catKey || !valKey) return null;
  const colorKey = fieldKey(encoding.color && encoding.color.field);
  const tip = tipper(encoding);
  const totals = new Map<string, number>();
  for (const r of rows) totals.set(str(r[catKey]), (totals.get(str(r[catKey])) || 0) + (num(r[valKey]) || 0));
  const categories = order(
    rows.map((r) => str(r[catKey])),
    cat!.sort === undefined && isTime(cat) ? "ascending" : cat!.sort,
    totals,
  );
  const names = colorKey ? order(rows.map((r) => str(r[colorKey])), encoding.color.sort) : [title(val)];
  const palette = colorsFor(names, encoding.color, colors);
  const single = markColor(layer) || colors[0];
  const series = names.map((name) => ({
    name,
    color: colorKey ? palette.get(name)! : single,
    axis: 1,
    points: rows
      .filter((r) => !colorKey || str(r[colorKey]) === name)
      .map((r) => ({ key: str(r[catKey]), x: 0, y: num(r[valKey]), tip: tip(r) }))
      .filter((p) => isFinite(p.y)),
  }));
  const stacked = !!colorKey && !encoding.xOffset && !encoding.yOffset && val!.stack !== false && val!.stack !== null;
  return {
    ...base("bar", height),
    horizontal: !!horizontal,
    stacked,
    categories,
    categoryLabel: labeller(cat),
    x: { title: title(cat), format: String },
    y: { title: title(val), format: valueFormat(val) },
    series,
    legend: colorKey ? series.map((s) => ({ name: s.name, color: s.color })) : [],
    legendTitle: colorKey ? title(encoding.color) : "",
  };
}

function lineModel(rows: Row[], drawn: Layer[], kind: Kind, colors: string[], height: number): Model | null {
  const first = drawn[0].encoding;
  const xKey = fieldKey(first.x && first.x.field);
  if (!xKey) return null;
  const xScale = kind === "point" && first.x.type === "quantitative" ? "linear" : first.x.type === "temporal" ? "time" : "band";
  const xValue = (r: Row) => (xScale === "time" ? parseTime(r[xKey]) : xScale === "linear" ? num(r[xKey]) : 0);
  const categories = xScale === "band" ? order(rows.map((r) => str(r[xKey])), first.x.sort ?? "ascending") : [];
  const series: Series[] = [];
  let stacked = false;
  const twoAxes = drawn.length > 1;
  drawn.slice(0, 2).forEach((layer, index) => {
    const { encoding } = layer;
    const yKey = fieldKey(encoding.y && encoding.y.field);
    if (!yKey) return;
    const colorKey = fieldKey(encoding.color && encoding.color.field);
    const tip = tipper(encoding);
    const names = colorKey ? order(rows.map((r) => str(r[colorKey])), encoding.color.sort) : [title(encoding.y)];
    const palette = colorsFor(names, encoding.color, colors);
    const single = markColor(layer) || colors[index % colors.length];
    if (colorKey && kind === "area" && encoding.y.stack) stacked = true;
    for (const name of names) {
      const points = rows
        .filter((r) => !colorKey || str(r[colorKey]) === name)
        .map((r) => ({ key: xScale === "band" ? str(r[xKey]) : "", x: xValue(r), y: num(r[yKey]), tip: tip(r) }))
        .filter((p) => isFinite(p.y) && isFinite(p.x));
      if (xScale !== "band" && kind !== "point") points.sort((a, b) => a.x - b.x);
      if (xScale === "band") points.sort((a, b) => categories.indexOf(a.key) - categories.indexOf(b.key));
      series.push({ name, color: colorKey ? palette.get(name)! : single, axis: twoAxes ? index + 1 : 1, points });
    }
  });
  if (!series.length) return null;
  const x = first.x;
  const pattern = dateFormat(x);
  const y2Enc = twoAxes ? drawn[1].encoding.y : null;
  const multi = series.length > 1 && !twoAxes;
  return {
    ...base(kind, height),
    stacked,
    xScale,
    categories,
    categoryLabel: labeller(x),
    x: { title: title(x), format: xScale === "time" ? (v) => formatDate(v, pattern) : valueFormat(x) },
    y: { title: title(first.y), format: valueFormat(first.y) },
    y2: y2Enc ? { title: title(y2Enc), format: valueFormat(y2Enc) } : null,
    zeroY: kind !== "point" && !(first.y.scale && first.y.scale.zero === false),
    zeroX: false,
    series,
    legend: multi || twoAxes ? series.map((s) => ({ name: s.name, color: s.color })) : [],
    legendTitle: multi ? title(first.color) : "",
  };
}
