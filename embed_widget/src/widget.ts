/**
 * The loader: what `<script src=".../widget.js" data-key="..." async>` runs (CONTRACT.md section 5).
 *
 * It reads its configuration from its own script tag, takes the API origin from the script's URL, defines
 * exactly one global (`window.Datachat`), replays calls queued by the optional stub
 *   <script>window.Datachat=window.Datachat||function(){(Datachat.q=Datachat.q||[]).push(arguments)}</script>
 * and mounts a `<datachat-widget>` element whose open shadow root holds all markup and styles.
 */
import { Api } from "./api";
import { Chat } from "./chat";
import { readConfig } from "./config";
import { Emitter } from "./emitter";
import { Identity } from "./identity";
import { defaultStorage, Store } from "./storage";
import { type ChartRenderer, Widget } from "./ui";

declare const __VERSION__: string;
declare const __CHART__: string;

const TAG = "datachat-widget";

type Global = ((method: string, ...args: unknown[]) => unknown) & Record<string, unknown>;

function currentScript(): HTMLScriptElement | null {
  const current = document.currentScript as HTMLScriptElement | null;
  if (current && current.getAttribute("data-key")) return current;
  // Fallback (e.g. the tag was injected by a tag manager after this ran): the last matching tag.
  const tags = document.querySelectorAll<HTMLScriptElement>('script[src*="widget"][data-key]');
  return tags[tags.length - 1] || null;
}

function boot(): void {
  const win = window as unknown as { Datachat?: Global };
  const existing = win.Datachat;
  if (existing && existing.version) return; // the snippet is on the page twice
  const script = currentScript();
  const config = script && readConfig(script, document.documentElement.lang);
  if (!script || !config) {
    console.warn("Datachat: the script tag needs a data-key attribute.");
    return;
  }

  const events = new Emitter();
  let host: HTMLElement;
  const dispatch = (name: string, detail: unknown) => {
    const target = host && host.isConnected ? host : document;
    target.dispatchEvent(new CustomEvent("datachat:" + name, { detail, bubbles: true, composed: true }));
  };
  for (const name of ["message", "intent", "error"]) events.on(name, (detail) => dispatch(name, detail));

  // The chart renderer (vega-embed) is a separate classic script, fetched the first time a chart arrives.
  // A classic script needs no CORS headers on the static files, unlike a module `import()` across origins.
  let chart: Promise<ChartRenderer> | null = null;
  let chartLoaded: (render: ChartRenderer) => void = () => {};
  const loadChart = () =>
    (chart ||= new Promise<ChartRenderer>((resolve, reject) => {
      chartLoaded = resolve;
      const tag = document.createElement("script");
      tag.src = config.assets + "chart.js?v=" + __CHART__;
      tag.async = true;
      if (script.nonce) tag.nonce = script.nonce;
      tag.onerror = () => {
        chart = null;
        tag.remove();
        reject(new Error("chart chunk failed to load"));
      };
      widget.root.appendChild(tag);
    }));

  class DatachatElement extends HTMLElement {
    disconnectedCallback() {
      widget.unmount();
    }
  }
  if (!customElements.get(TAG)) customElements.define(TAG, DatachatElement);
  host = document.createElement(TAG);
  const widget = new Widget(host.attachShadow({ mode: "open" }), config, loadChart, (e) => {
    events.emit(e);
    dispatch(e, null);
  });
  const store = new Store(config.key, defaultStorage());
  const identity = new Identity();
  if (config.identityToken) identity.set(config.identityToken);
  const provider = config.tokenProvider && (window as unknown as Record<string, unknown>)[config.tokenProvider];
  if (typeof provider === "function") identity.set(provider);
  widget.chat = new Chat(
    (visitor) => new Api(config.api, config.key, visitor, undefined, identity),
    store,
    widget,
    events,
  );

  const mount = () => {
    if (!host.isConnected) document.body.appendChild(host);
  };
  const api = {
    version: __VERSION__,
    open: () => {
      mount();
      widget.open();
    },
    close: () => widget.close(),
    toggle: () => (widget.isOpen ? widget.close() : api.open()),
    ask: (text: unknown) => {
      mount();
      if (typeof text === "string") widget.ask(text);
    },
    reset: () => void widget.chat.reset(),
    /** The visitor's identity: a token, a `tokenProvider` function, or `{ token, tokenProvider }`. */
    identify: (value: unknown) => {
      if (!identity.set(value)) console.warn("Datachat.identify: expected a token or a tokenProvider function.");
      else if (started) widget.chat.identified();
    },
    on: (event: string, fn: (payload: unknown) => void) => events.on(event, fn),
    off: (event: string, fn: (payload: unknown) => void) => events.off(event, fn),
    /** Called by the chart chunk once it has loaded. */
    _chart: (render: ChartRenderer) => chartLoaded(render),
  };
  const global = function (method: string, ...args: unknown[]) {
    const fn = (api as Record<string, unknown>)[method];
    return typeof fn === "function" ? fn(...args) : undefined;
  } as Global;
  Object.assign(global, api);
  win.Datachat = global;

  let started = false;
  const start = () => {
    mount();
    const queued = existing && Array.isArray(existing.q) ? (existing.q as ArrayLike<unknown>[]) : [];
    // The visitor's identity first, so the first session already belongs to them.
    for (const args of queued) if (args[0] === "identify") global(...(Array.from(args) as [string, ...unknown[]]));
    started = true;
    widget.chat.preload();
    if (widget.chat.session) widget.reveal();
    // A session failure (e.g. 403) still shows the launcher, so opening it explains the refusal.
    else events.on("error", () => widget.reveal());
    for (const args of queued) if (args[0] !== "identify") global(...(Array.from(args) as [string, ...unknown[]]));
    if (config.open) api.open();
    dispatch("ready", { version: __VERSION__ });
  };
  if (document.body) start();
  else document.addEventListener("DOMContentLoaded", start);
}

try {
  boot();
} catch (error) {
  // Never break the host page.
  console.error("Datachat:", error);
}
