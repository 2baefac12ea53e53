/** How result cells are typed and shown in the table. */
import type { Column } from "./types";

const NUMERIC_TYPES = /^(int|integer|bigint|smallint|float|double|real|number|numeric|decimal|quantitative)/i;
// Integers that are labels rather than amounts: no thousands separators ("2,024" is not a year).
const LABEL_NAMES = /(^|_|\b)(id|year|yr|code|zip|postal|phone)s?$/i;

/** True when the column holds numbers: by its declared type, or (type unknown) by its values. */
export function isNumericColumn(column: Column, rows: unknown[][], index: number): boolean {
  if (column.type && NUMERIC_TYPES.test(column.type)) return true;
  if (column.type && !/^(unknown|any|)$/i.test(column.type)) return false;
  let seen = false;
  for (const row of rows) {
    const v = row[index];
    if (v === null || v === undefined) continue;
    if (typeof v !== "number") return false;
    seen = true;
  }
  return seen;
}

// Building an Intl.NumberFormat costs far more than using one: one per (locale, digits, grouping).
const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string | undefined, digits: number, grouping: boolean): Intl.NumberFormat {
  const key = `${locale || ""}|${digits}|${grouping}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: digits, useGrouping: grouping });
    formats.set(key, format);
  }
  return format;
}

/**
 * The first Intl.NumberFormat of a page loads ICU's number data (20-40 ms on a desktop): do it in idle time
 * once the chat opens, not in the task that renders the first answer.
 */
export function warmNumbers(locale?: string): void {
  const run = () => {
    try {
      numberFormat(locale, 0, true);
    } catch {
      // an unknown locale: formatCell falls back the same way
    }
  };
  const idle = (window as unknown as { requestIdleCallback?: (fn: () => void, o: object) => void }).requestIdleCallback;
  if (idle) idle(run, { timeout: 2000 });
  else setTimeout(run, 200);
}

export function formatCell(value: unknown, column: Column, numeric: boolean, locale?: string): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" && numeric) {
    if (!Number.isFinite(value)) return String(value);
    const label = Number.isInteger(value) && LABEL_NAMES.test(column.name);
    try {
      return numberFormat(locale, Number.isInteger(value) ? 0 : Math.abs(value) < 1 ? 4 : 2, !label).format(value);
    } catch {
      return String(value);
    }
  }
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}
