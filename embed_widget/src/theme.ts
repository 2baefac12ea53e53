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
