/** Reading the widget's configuration from its own script tag (CONTRACT.md section 5). */

export interface Config {
  /** The embed's publishable key (`data-key`). */
  key: string;
  /** Origin (and optional path prefix) of the API, without trailing slash: `data-api` or the script's origin. */
  api: string;
  /** Base URL the lazy chunks load from: the directory of the script. */
  assets: string;
  /** Open the panel as soon as the widget loads (`data-open`). */
  open: boolean;
  /** Interface language (`data-lang`, else the page's `<html lang>`, else the browser's). */
  lang: string;
  /** The visitor's identity token signed by the host's backend (`data-identity-token`). */
  identityToken: string;
  /** Name of a global function returning identity tokens (`data-token-provider`). */
  tokenProvider: string;
}

export interface ScriptLike {
  src: string;
  getAttribute(name: string): string | null;
}

/** Truthy attribute values: present and empty, "true", "1", "yes", "open". */
export function flag(value: string | null): boolean {
  return value !== null && /^(|true|1|yes|open)$/i.test(value.trim());
}

export function readConfig(script: ScriptLike, pageLang = ""): Config | null {
  const key = (script.getAttribute("data-key") || "").trim();
  if (!key || !script.src) return null;
  let src: URL;
  try {
    src = new URL(script.src);
  } catch {
    return null;
  }
  let api = src.origin;
  const explicit = script.getAttribute("data-api");
  if (explicit) {
    try {
      api = new URL(explicit, src).href.replace(/\/+$/, "");
    } catch {
      // keep the script's origin
    }
  }
  return {
    key,
    api,
    assets: new URL(".", src).href,
    open: flag(script.getAttribute("data-open")),
    lang: (script.getAttribute("data-lang") || pageLang || "en").trim(),
    identityToken: (script.getAttribute("data-identity-token") || "").trim(),
    tokenProvider: (script.getAttribute("data-token-provider") || "").trim(),
  };
}

/** The name of the widget's one global: `data-global` when it is a plain identifier, else `Datachat`. */
export function globalName(script: ScriptLike | null): string {
  const name = ((script && script.getAttribute("data-global")) || "").trim();
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : "Datachat";
}

/**
 * True for the documented queueing stub (a function that pushes its calls onto `.q`), which the widget
 * replaces; anything else under the name belongs to another script.
 */
export function isStub(value: unknown): boolean {
  if (typeof value !== "function") return false;
  const q = (value as unknown as { q?: unknown }).q;
  if (q !== undefined) return Array.isArray(q);
  try {
    return /\.q\b/.test(Function.prototype.toString.call(value));
  } catch {
    return false;
  }
}
