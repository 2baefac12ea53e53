/**
 * The few d3-style formats the server's charts use (`,.0f`, `,.2~f`, `.3~s`, `.0%`, `.1%`, `.3~g`, `,`) and
 * strftime-style date formats (`%b %Y`, `%b %-d, %Y`, `%Y`, `%H:%M`), in UTC. Pure functions, no DOM.
 */

const SPEC = /^(,)?(?:\.(\d+))?(~)?([fs%g])?$/;
const PREFIXES = ["p", "n", "µ", "m", "", "k", "M", "G", "T", "P"];

function trim(text: string): string {
  return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
}

function group(text: string): string {
  const [int, frac] = text.split(".");
  const sign = int[0] === "-" ? "-" : "";
  const digits = sign ? int.slice(1) : int;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return sign + grouped + (frac !== undefined ? "." + frac : "");
}

/** Format a number with a d3-style specifier (the subset above); unknown specifiers fall back to `,`. */
export function formatNumber(value: number, spec = ","): string {
  if (typeof value !== "number" || !isFinite(value)) return String(value);
  const m = SPEC.exec(spec) || SPEC.exec(",")!;
  const [, comma, precision, tilde, type] = m;
  const p = precision === undefined ? undefined : Number(precision);
  let text: string;
  if (type === "%") {
    text = (value * 100).toFixed(p ?? 0);
    if (tilde) text = trim(text);
    return (comma ? group(text) : text) + "%";
  }
  if (type === "s") {
    if (value === 0) return "0";
    const exp = Math.max(-12, Math.min(15, Math.floor(Math.log10(Math.abs(value)) / 3) * 3));
    text = (value / Math.pow(10, exp)).toPrecision(p ?? 3);
    if (tilde) text = trim(text);
    return text + PREFIXES[exp / 3 + 4];
  }
  if (type === "g") {
    text = value.toPrecision(p ?? 6);
    if (tilde && !/e/.test(text)) text = trim(text);
    return text;
  }
  if (type === "f") text = value.toFixed(p ?? 6);
  else text = String(Math.round(value * 1e12) / 1e12);
  if (tilde) text = trim(text);
  return comma ? group(text) : text;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const pad = (n: number) => (n < 10 ? "0" : "") + n;

/** Format a UTC timestamp (ms) with a strftime-style pattern. */
export function formatDate(ms: number, pattern = "%b %-d, %Y"): string {
  const d = new Date(ms);
  if (isNaN(d.getTime())) return "";
  const parts: Record<string, string> = {
    Y: String(d.getUTCFullYear()),
    y: pad(d.getUTCFullYear() % 100),
    m: pad(d.getUTCMonth() + 1),
    b: MONTHS[d.getUTCMonth()],
    d: pad(d.getUTCDate()),
    "-d": String(d.getUTCDate()),
    H: pad(d.getUTCHours()),
    M: pad(d.getUTCMinutes()),
  };
  return pattern.replace(/%(-?[a-zA-Z])/g, (all, key: string) => parts[key] ?? all);
}

/** Milliseconds for a date value from the server ("2024-01-01", an ISO timestamp, or a number). */
export function parseTime(value: unknown): number {
  if (typeof value === "number") return value;
  if (typeof value !== "string") return NaN;
  // A date-only string is UTC midnight; a timestamp without zone is read as UTC too (the server's clock).
  const text = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value) ? value.replace(" ", "T") + "Z" : value;
  return Date.parse(text);
}

/** About `count` round tick values covering [min, max]. */
export function ticks(min: number, max: number, count = 5): number[] {
  if (!isFinite(min) || !isFinite(max)) return [];
  if (min === max) return [min];
  const raw = (max - min) / Math.max(1, count);
  const power = Math.pow(10, Math.floor(Math.log10(raw)));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * power).find((s) => s >= raw) || raw;
  const out: number[] = [];
  // Whole multiples of the step, rounded to 12 digits so 3 * 0.2 is 0.6, not 0.6000000000000001.
  for (let k = Math.ceil(min / step - 1e-9); k * step <= max + step * 1e-9; k++) out.push(Number((k * step).toPrecision(12)));
  return out;
}

/** The domain [min, max] widened to round values (and to include zero when asked). */
export function niceDomain(values: number[], zero: boolean): [number, number] {
  const finite = values.filter((v) => isFinite(v));
  let min = finite.length ? Math.min(...finite) : 0;
  let max = finite.length ? Math.max(...finite) : 1;
  if (zero) {
    min = Math.min(0, min);
    max = Math.max(0, max);
  }
  if (min === max) {
    min -= min === 0 ? 0 : Math.abs(min) * 0.1;
    max += max === 0 ? 1 : Math.abs(max) * 0.1;
  }
  const t = ticks(min, max, 5);
  const step = t.length > 1 ? t[1] - t[0] : 0;
  if (step) {
    min = Math.floor(min / step + 1e-9) * step;
    max = Math.ceil(max / step - 1e-9) * step;
  }
  return [min, max];
}

/**
 * Ticks whose labels say their value: with a format of fixed precision (`,.0f`), 2.5 would read "3"; fewer
 * ticks give rounder steps, so the count goes down until every label parses back to its tick.
 */
export function honestTicks(domain: [number, number], count: number, format: (v: number) => string): number[] {
  let best = ticks(domain[0], domain[1], count);
  for (let n = count; n >= 2; n--) {
    const candidate = ticks(domain[0], domain[1], n);
    const faithful = candidate.every((t) => {
      const label = format(t).replace(/,/g, "");
      return !/^-?[\d.]+$/.test(label) || Math.abs(Number(label) - t) <= Math.abs(t) * 1e-9 + 1e-12;
    });
    if (faithful) return candidate;
    if (n === count) best = candidate;
  }
  return best;
}
