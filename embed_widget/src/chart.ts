/**
 * The lazy chart chunk: vega-embed renders the answer's Vega-Lite spec as SVG. Loaded by the widget only
 * when the first chart arrives; it hands its renderer back through the one global, `Datachat._chart`.
 */
import embed from "vega-embed";
import { dataKeys, escapeFields } from "./chartspec";

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
  return embed(el, copy as any, {
    actions: false,
    renderer: "svg",
    // The expression interpreter instead of `new Function`: works under a strict host-page CSP.
    ast: true,
    // vega-tooltip would add elements to the host's <body> and <head>; the default is a title attribute.
    tooltip: false,
    defaultStyle: false,
    theme: options.dark ? "dark" : undefined,
    config: { background: "transparent" },
  });
}

const global = (window as unknown as { Datachat?: { _chart?: (r: typeof render) => void } }).Datachat;
if (global && typeof global._chart === "function") global._chart(render);
