/**
 * Drawing a chart model (chartmodel.ts) as SVG with DOM calls only: no HTML strings, no `style`
 * attributes, no `eval` (so strict CSP and Trusted Types hosts are fine). Text and grid colours come from
 * the widget's stylesheet (classes), mark colours from the spec, lifted to 3:1 against the panel's surface.
 */
import type { Model, Series } from "./chartmodel";
import { honestTicks, niceDomain, ticks } from "./numfmt";
import { readable, SURFACE, textOn } from "./theme";

const NS = "http://www.w3.org/2000/svg";
type Attrs = Record<string, string | number>;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs, parent?: Element): SVGElementTagNameMap[K] {
  const node = document.createElementNS(NS, tag);
  for (const name in attrs) node.setAttribute(name, String(attrs[name]));
  if (parent) parent.appendChild(node);
  return node;
}

function text(parent: Element, value: string, attrs: Attrs): SVGTextElement {
  const node = svg("text", attrs, parent);
  node.textContent = value;
  return node;
}

function tip(parent: Element, value: string): void {
  if (value) svg("title", {}, parent).textContent = value;
}

const short = (label: string, max = 16) => (label.length > max ? label.slice(0, max - 1) + "…" : label);
const CHAR = 6.4; // average width of an 11px label character

let counter = 0;

export interface DrawOptions {
  width: number;
  dark: boolean;
  /** The accessible name ("Chart"), completed with the axis titles. */
  label: string;
  description: string;
}

/** Append the chart (an `<svg role="img">` and, for several series, a legend) to `el`. */
export function draw(el: HTMLElement, model: Model, options: DrawOptions): SVGSVGElement {
  const surface = options.dark ? SURFACE.dark : SURFACE.light;
  for (const s of model.series) s.color = readable(s.color, surface);
  for (const l of model.legend) l.color = readable(l.color, surface);
  const W = Math.max(180, Math.round(options.width));
  const H = model.horizontal ? Math.max(model.height, 22 * model.categories.length + 48) : model.height;
  const id = "dc-chart-" + ++counter;
  const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: "img", "aria-labelledby": id + "-t" });
  const titles = [model.y.title, model.x.title].filter(Boolean).join(" · ");
  svg("title", { id: id + "-t" }, root).textContent = options.label + (titles ? ": " + titles : "");
  if (options.description) {
    svg("desc", { id: id + "-d" }, root).textContent = options.description;
    root.setAttribute("aria-describedby", id + "-d");
  }
  if (model.kind === "arc") drawArc(root, model, W, H);
  else drawCartesian(root, model, W, H);
  el.appendChild(root);
  if (model.legend.length > 1 || model.kind === "arc") el.appendChild(legend(model));
  return root;
}

function legend(model: Model): HTMLElement {
  const box = document.createElement("div");
  box.className = "lg";
  if (model.legendTitle) {
    const head = document.createElement("span");
    head.className = "lt";
    head.textContent = model.legendTitle;
    box.appendChild(head);
  }
  for (const item of model.legend) {
    const entry = document.createElement("span");
    entry.className = "li";
    const swatch = svg("svg", { width: 10, height: 10, "aria-hidden": "true" }, entry);
    svg("rect", { width: 10, height: 10, rx: 2, fill: item.color }, swatch);
    entry.appendChild(document.createTextNode(item.name));
    box.appendChild(entry);
  }
  return box;
}

function drawArc(root: SVGSVGElement, model: Model, W: number, H: number): void {
  const total = model.series.reduce((sum, s) => sum + s.points[0].y, 0) || 1;
  const r = Math.max(20, Math.min(W, H) / 2 - 6);
  const inner = r * 0.5;
  const cx = W / 2;
  const cy = H / 2;
  const at = (angle: number, radius: number) => [cx + radius * Math.sin(angle), cy - radius * Math.cos(angle)];
  let start = 0;
  for (const s of model.series) {
    const sweep = (s.points[0].y / total) * Math.PI * 2;
    const end = start + Math.min(sweep, Math.PI * 2 - 1e-6);
    const large = end - start > Math.PI ? 1 : 0;
    const [x0, y0] = at(start, r);
    const [x1, y1] = at(end, r);
    const [x2, y2] = at(end, inner);
    const [x3, y3] = at(start, inner);
    const d = `M${x0},${y0}A${r},${r} 0 ${large} 1 ${x1},${y1}L${x2},${y2}A${inner},${inner} 0 ${large} 0 ${x3},${y3}Z`;
    const path = svg("path", { d, fill: s.color, class: "sl" }, root);
    tip(path, s.points[0].tip);
    const share = s.points[0].y / total;
    if (share >= 0.06) {
      const [lx, ly] = at((start + end) / 2, (r + inner) / 2);
      // Black or white, whichever reads on the slice (a class: the stylesheet colours chart text).
      const on = textOn(s.color) === "#ffffff" ? "pl on-dark" : "pl on-light";
      text(root, Math.round(share * 100) + "%", { x: lx, y: ly + 4, "text-anchor": "middle", class: on, "aria-hidden": "true" });
    }
    start = end;
  }
}

function drawCartesian(root: SVGSVGElement, model: Model, W: number, H: number): void {
  const valuesFor = (axis: number) => {
    const values: number[] = [];
    const series = model.series.filter((s) => s.axis === axis);
    if (model.stacked) {
      const sums = new Map<string, number>();
      for (const s of series) for (const p of s.points) sums.set(p.key + "|" + p.x, (sums.get(p.key + "|" + p.x) || 0) + Math.max(0, p.y));
      values.push(...sums.values());
    } else for (const s of series) for (const p of s.points) values.push(p.y);
    return values;
  };
  const yDomain = niceDomain(valuesFor(1), model.zeroY);
  const y2Domain = model.y2 ? niceDomain(valuesFor(2), model.zeroY) : null;
  const yTicks = honestTicks(yDomain, model.horizontal ? Math.max(2, Math.floor(W / 90)) : 5, model.y.format);
  const labelWidth = (labels: string[]) => Math.max(0, ...labels.map((l) => l.length)) * CHAR + 8;

  const catLabels = model.categories.map((k) => short(model.categoryLabel(k), model.horizontal ? 26 : 16));
  const left = (model.horizontal ? Math.min(180, labelWidth(catLabels)) : labelWidth(yTicks.map(model.y.format))) + (model.horizontal ? (model.x.title ? 18 : 0) : model.y.title ? 18 : 0);
  const y2Ticks = y2Domain && model.y2 ? honestTicks(y2Domain, 5, model.y2.format) : [];
  const right = model.y2 ? labelWidth(y2Ticks.map(model.y2.format)) + 18 : 12;
  const top = 8;
  const bottom = 22 + ((model.horizontal ? model.y.title : model.x.title) ? 18 : 0);
  const pw = Math.max(40, W - left - right);
  const ph = Math.max(40, H - top - bottom);
  const g = svg("g", { transform: `translate(${left},${top})` }, root);

  const scale = (domain: [number, number], length: number, flip: boolean) => (v: number) => {
    const t = (v - domain[0]) / (domain[1] - domain[0] || 1);
    return flip ? length - t * length : t * length;
  };
  const valueScale = model.horizontal ? scale(yDomain, pw, false) : scale(yDomain, ph, true);
  const value2 = y2Domain ? scale(y2Domain, ph, true) : valueScale;

  // grid and value axis
  for (const t of yTicks) {
    const p = valueScale(t);
    if (model.horizontal) {
      svg("line", { x1: p, x2: p, y1: 0, y2: ph, class: "gr" }, g);
      text(g, model.y.format(t), { x: p, y: ph + 16, "text-anchor": "middle", class: "tk" });
    } else {
      svg("line", { x1: 0, x2: pw, y1: p, y2: p, class: "gr" }, g);
      text(g, model.y.format(t), { x: -6, y: p + 4, "text-anchor": "end", class: "tk" });
    }
  }
  if (model.y2) {
    for (const t of y2Ticks) text(g, model.y2.format(t), { x: pw + 6, y: value2(t) + 4, class: "tk" });
    text(g, model.y2.title, {
      x: pw + right - 16, y: ph / 2, "text-anchor": "middle", class: "tt", transform: `rotate(90 ${pw + right - 16} ${ph / 2})`,
    });
  }
  const valueTitle = model.y.title;
  const catTitle = model.x.title;
  if (model.horizontal) {
    if (valueTitle) text(g, valueTitle, { x: pw / 2, y: ph + 34, "text-anchor": "middle", class: "tt" });
    if (catTitle) text(g, catTitle, { x: -left + 12, y: ph / 2, "text-anchor": "middle", class: "tt", transform: `rotate(-90 ${-left + 12} ${ph / 2})` });
  } else {
    if (valueTitle) text(g, valueTitle, { x: -left + 12, y: ph / 2, "text-anchor": "middle", class: "tt", transform: `rotate(-90 ${-left + 12} ${ph / 2})` });
    if (catTitle) text(g, catTitle, { x: pw / 2, y: ph + 36, "text-anchor": "middle", class: "tt" });
  }
  svg("line", model.horizontal ? { x1: 0, x2: 0, y1: 0, y2: ph, class: "ax" } : { x1: 0, x2: pw, y1: ph, y2: ph, class: "ax" }, g);

  if (model.kind === "bar") return drawBars(g, model, pw, ph, valueScale, catLabels);
  // x positions for lines, areas and points
  let xPos: (p: { key: string; x: number }) => number;
  if (model.xScale === "band") {
    const step = pw / Math.max(1, model.categories.length);
    xPos = (p) => (model.categories.indexOf(p.key) + 0.5) * step;
    categoryLabels(g, catLabels, step, ph, (i) => (i + 0.5) * step);
  } else {
    const xs = model.series.flatMap((s) => s.points.map((p) => p.x));
    const domain = model.xScale === "linear" ? niceDomain(xs, model.zeroX) : ([Math.min(...xs), Math.max(...xs)] as [number, number]);
    const sx = scale(domain, pw, false);
    xPos = (p) => sx(p.x);
    const count = Math.max(2, Math.min(6, Math.floor(pw / 80)));
    let marks: number[];
    if (model.xScale === "linear") marks = ticks(domain[0], domain[1], count);
    else {
      const unique = [...new Set(xs)].sort((a, b) => a - b);
      const every = Math.ceil(unique.length / count);
      marks = unique.filter((_, i) => i % every === 0);
    }
    for (const m of marks) text(g, model.x.format(m), { x: sx(m), y: ph + 16, "text-anchor": "middle", class: "tk" });
  }
  const base = new Map<string, number>();
  for (const s of model.series) {
    const ys = s.axis === 2 ? value2 : valueScale;
    const coords = s.points.map((p) => {
      const k = p.key + "|" + p.x;
      const below = model.stacked ? base.get(k) || 0 : 0;
      if (model.stacked) base.set(k, below + Math.max(0, p.y));
      return { p, x: xPos(p), y: ys(below + p.y), y0: ys(below) };
    });
    if (model.kind === "point") {
      for (const c of coords) tip(svg("circle", { cx: c.x, cy: c.y, r: 4.5, fill: s.color, "fill-opacity": 0.8, class: "pt" }, g), c.p.tip);
      continue;
    }
    const line = coords.map((c, i) => (i ? "L" : "M") + c.x.toFixed(1) + "," + c.y.toFixed(1)).join("");
    if (model.kind === "area" && coords.length) {
      const back = coords.slice().reverse().map((c) => "L" + c.x.toFixed(1) + "," + c.y0.toFixed(1)).join("");
      svg("path", { d: line + back + "Z", fill: s.color, "fill-opacity": 0.3 }, g);
    }
    svg("path", { d: line, fill: "none", stroke: s.color, "stroke-width": 2, "stroke-linejoin": "round", class: "ln" }, g);
    if (coords.length <= 60) {
      for (const c of coords) tip(svg("circle", { cx: c.x, cy: c.y, r: 3, fill: s.color, class: "pt" }, g), c.p.tip);
    }
  }
}

function categoryLabels(g: SVGGElement, labels: string[], step: number, ph: number, at: (i: number) => number): void {
  const widest = Math.max(0, ...labels.map((l) => l.length)) * CHAR + 6;
  const every = Math.max(1, Math.ceil(widest / step));
  labels.forEach((label, i) => {
    if (i % every === 0) text(g, label, { x: at(i), y: ph + 16, "text-anchor": "middle", class: "tk" });
  });
}

function drawBars(
  g: SVGGElement,
  model: Model,
  pw: number,
  ph: number,
  value: (v: number) => number,
  labels: string[],
): void {
  const n = Math.max(1, model.categories.length);
  const step = (model.horizontal ? ph : pw) / n;
  const band = step * 0.8;
  const grouped = !model.stacked && model.series.length > 1;
  const width = grouped ? band / model.series.length : band;
  const offsets = new Map<string, number>();
  model.series.forEach((s: Series, index) => {
    for (const p of s.points) {
      const i = model.categories.indexOf(p.key);
      if (i < 0) continue;
      const below = model.stacked ? offsets.get(p.key) || 0 : 0;
      if (model.stacked) offsets.set(p.key, below + Math.max(0, p.y));
      const a = value(below);
      const b = value(below + p.y);
      const along = i * step + (step - band) / 2 + (grouped ? index * width : 0);
      const attrs = model.horizontal
        ? { x: Math.min(a, b), y: along, width: Math.max(1, Math.abs(b - a)), height: width }
        : { x: along, y: Math.min(a, b), width, height: Math.max(1, Math.abs(b - a)) };
      tip(svg("rect", { ...attrs, fill: s.color, class: "br" }, g), p.tip);
    }
  });
  if (model.horizontal) {
    labels.forEach((label, i) => text(g, label, { x: -6, y: i * step + step / 2 + 4, "text-anchor": "end", class: "tk" }));
  } else categoryLabels(g, labels, step, ph, (i) => i * step + step / 2);
}
