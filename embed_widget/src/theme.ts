/** Turning `ChatEmbed.theme` (server data) into safe presentation values. */
import type { Theme } from "./types";

export const DEFAULT_PRIMARY = "#4f46e5";

const COLOR = /^(#[0-9a-f]{3,4}|#[0-9a-f]{6}|#[0-9a-f]{8}|(rgb|rgba|hsl|hsla)\(\s*[0-9.,%\s/deg]+\))$/i;

/** The theme color when it is a plain CSS color (hex, rgb(), hsl()), else the default. */
export function primaryColor(theme: Theme | undefined): string {
  const value = theme && typeof theme.primary === "string" ? theme.primary.trim() : "";
  return COLOR.test(value) ? value : DEFAULT_PRIMARY;
}

/** Black or white, whichever reads better on `color` (WCAG relative luminance; white for non-hex). */
export function textOn(color: string): string {
  let hex = color.replace("#", "");
  if (!/^[0-9a-f]+$/i.test(hex) || color[0] !== "#") return "#ffffff";
  if (hex.length < 6) hex = hex.slice(0, 3).replace(/./g, (c) => c + c);
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
  // Contrast with white is (1.05)/(L+0.05), with black (L+0.05)/0.05: pick the larger.
  return 1.05 / (luminance + 0.05) >= (luminance + 0.05) / 0.05 ? "#ffffff" : "#111827";
}

export function position(theme: Theme | undefined): "left" | "right" {
  return theme && theme.position === "left" ? "left" : "right";
}

export function scheme(theme: Theme | undefined): "auto" | "light" | "dark" {
  const dark = theme && theme.dark;
  return dark === "light" || dark === "dark" ? dark : "auto";
}

/** "chat", "chart", or an image URL (https only, or the API's own origin during development). */
export function launcherIcon(theme: Theme | undefined, apiOrigin: string): string {
  const icon = theme && typeof theme.launcher_icon === "string" ? theme.launcher_icon.trim() : "";
  if (icon === "chart" || icon === "chat" || !icon) return icon || "chat";
  try {
    const url = new URL(icon, apiOrigin);
    if (url.protocol === "https:" || url.origin === new URL(apiOrigin).origin) return url.href;
  } catch {
    // not a URL
  }
  return "chat";
}

/** The panel's surfaces (styles.ts `--bg`), which marks and focus rings must stand out against. */
export const SURFACE = { light: "#ffffff", dark: "#111827" };

function rgb(color: string): number[] | null {
  let hex = color.trim().replace("#", "");
  if (color.trim()[0] !== "#" || !/^[0-9a-f]{3,8}$/i.test(hex)) return null;
  if (hex.length < 6) hex = hex.slice(0, 3).replace(/./g, (c) => c + c);
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
}

function luminance([r, g, b]: number[]): number {
  const c = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * c(r) + 0.7152 * c(g) + 0.0722 * c(b);
}

/** WCAG contrast ratio of two hex colours (1 when either is not hex). */
export function contrast(a: string, b: string): number {
  const x = rgb(a);
  const y = rgb(b);
  if (!x || !y) return 1;
  const [hi, lo] = [luminance(x), luminance(y)].sort((m, n) => n - m);
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * `color`, mixed towards white (on a dark surface) or black (on a light one) just enough to reach `min`
 * contrast against `surface` (WCAG 1.4.11 asks 3:1 for focus rings, borders and chart marks).
 */
export function readable(color: string, surface: string, min = 3.2): string {
  const c = rgb(color);
  const s = rgb(surface);
  if (!c || !s) return color;
  const target = luminance(s) < 0.5 ? 255 : 0;
  for (let t = 0; t <= 1.0001; t += 0.05) {
    const mixed = c.map((v) => Math.round(v + (target - v) * t));
    const hex = "#" + mixed.map((v) => v.toString(16).padStart(2, "0")).join("");
    if (contrast(hex, surface) >= min) return hex;
  }
  return target ? "#ffffff" : "#000000";
}
