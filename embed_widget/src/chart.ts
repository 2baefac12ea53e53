/**
 * The lazy chart chunk: draws the answer's Vega-Lite spec (the few chart kinds datachat/services/charts.py
 * makes) as SVG without Vega in the browser (chartmodel.ts reads the spec, svgchart.ts draws it). Loaded by
 * the widget only when the first chart arrives; it hands its renderer back with a `datachat:chart-chunk`
 * event on `window`, so it needs no global of its own.
 */
import { readSpec } from "./chartmodel";
import { CHART_CHUNK_EVENT } from "./chunks";
import { draw } from "./svgchart";

async function render(
  el: HTMLElement,
  spec: Record<string, unknown>,
  options: { dark: boolean; description: string; label?: string },
): Promise<unknown> {
  const model = readSpec(spec);
  if (!model) throw new Error("unsupported chart spec");
  el.replaceChildren();
  return draw(el, model, {
    width: Math.max(180, (el.clientWidth || 360) - 4),
    dark: options.dark,
    label: options.label || "Chart",
    description: typeof spec.description === "string" ? spec.description : options.description,
  });
}

window.dispatchEvent(new CustomEvent(CHART_CHUNK_EVENT, { detail: render }));
