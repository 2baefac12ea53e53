/**
 * The lazy chart chunk: vega-embed renders the answer's Vega-Lite spec as SVG. Loaded by the widget only
 * when the first chart arrives; it hands its renderer back through the one global, `Datachat._chart`.
 */
import embed from "vega-embed";
import { dataKeys, escapeFields } from "./chartspec";

const label = { labelColor: "#d1d5db", titleColor: "#e5e7eb" };
const DARK = {
  axis: { ...label, gridColor: "#374151", domainColor: "#6b7280", tickColor: "#6b7280" },
  legend: label,
  title: { color: "#f3f4f6", subtitleColor: "#d1d5db" },
  header: label,
  view: { stroke: "#374151" },
  text: { color: "#f3f4f6" },
};

const COMPOSITE = ["facet", "hconcat", "vconcat", "concat", "repeat", "layer"];

async function render(
  el: HTMLElement,
  spec: Record<string, unknown>,
  options: { dark: boolean; description: string },
): Promise<unknown> {
  const keys = dataKeys(spec);
  const copy = (keys.size ? escapeFields(spec, keys) : { ...spec }) as Record<string, any>;
  if (!copy.description && options.description) copy.description = options.description;
  if (copy.width === undefined && !COMPOSITE.some((k) => k in copy)) {
    copy.width = Math.max(180, el.clientWidth - 24);
    copy.autosize = { type: "fit-x", contains: "padding" };
  }
  // The panel's colours win over the spec's own: its surface shows through, and in dark mode the text and
  // grid colours are switched (the server cannot know the reader's colour scheme).
  copy.background = "transparent";
  const config: Record<string, any> = { ...copy.config };
  if (options.dark) {
    for (const [key, value] of Object.entries(DARK)) config[key] = { ...config[key], ...value };
  }
  copy.config = config;
  return embed(el, copy as any, {
    actions: false,
    renderer: "svg",
    // The expression interpreter instead of `new Function`: works under a strict host-page CSP.
    ast: true,
    // vega-tooltip would add elements to the host's <body> and <head>; the default is a title attribute.
    tooltip: false,
    defaultStyle: false,
  });
}

const global = (window as unknown as { Datachat?: { _chart?: (r: typeof render) => void } }).Datachat;
if (global && typeof global._chart === "function") global._chart(render);
