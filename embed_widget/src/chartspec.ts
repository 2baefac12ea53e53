/** Preparing a server-sent Vega-Lite spec for rendering (kept apart from vega-embed so it unit-tests). */

/**
 * Vega reads "." and "[...]" in a field name as a path into nested data, so a column literally named
 * `SUM(t.amount)` or `STRFTIME('%Y-%m', "d")` breaks the chart. Escape such names where they are real
 * keys of the inline data rows (from which the spec's fields come).
 */
export function escapeFields(spec: unknown, keys: Set<string>): unknown {
  if (Array.isArray(spec)) return spec.map((item) => escapeFields(item, keys));
  if (!spec || typeof spec !== "object") return spec;
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(spec)) {
    if (name === "values" || name === "datasets") out[name] = value;
    else if (name === "field" && typeof value === "string" && keys.has(value)) {
      out[name] = value.replace(/[.[\]\\'"]/g, "\\$&");
    } else out[name] = escapeFields(value, keys);
  }
  return out;
}

/** Keys of the inline data rows that Vega would misread as paths. */
export function dataKeys(spec: Record<string, any>): Set<string> {
  const keys = new Set<string>();
  const rows = [spec.data && spec.data.values, ...Object.values(spec.datasets || {})];
  for (const values of rows) {
    if (Array.isArray(values) && values[0] && typeof values[0] === "object") {
      for (const key of Object.keys(values[0])) if (/[.[\]\\'"]/.test(key)) keys.add(key);
    }
  }
  return keys;
}
