/**
 * The loader: what `<script src=".../widget.js" data-key="..." async>` runs (CONTRACT.md section 5).
 *
 * It reads its configuration from its own script tag, takes the API origin from the script's URL, defines
 * exactly one global (`window.Datachat`), replays calls queued by the optional stub
 *   <script>window.Datachat=window.Datachat||function(){(Datachat.q=Datachat.q||[]).push(arguments)}</script>
 * and mounts a `<datachat-widget>` element whose open shadow root holds all markup and styles.
 *
 * When another script already owns `window.Datachat` (anything but the stub above), the widget leaves it
 * alone, defines `window.DatachatWidget` instead and says so in the console; `data-global="Name"` on the
 * script tag picks the name outright. Nothing is asked of the server until the visitor opens the chat or asks.
 */
import { Api } from "./api";
import { Chat } from "./chat";
import { CHART_CHUNK_EVENT } from "./chunks";
import { globalName, isStub, readConfig } from "./config";
import { Emitter } from "./emitter";
import { Identity } from "./identity";
import { defaultStorage, Store } from "./storage";
import { scriptURL } from "./trusted";
import { type ChartRenderer, Widget } from "./ui";

declare const __VERSION__: string;
declare const __CHART__: string;
declare const __CSS__: string;

const TAG = "datachat-widget";
/** Marks the widget's own global (the snippet twice on a page starts one widget). */
const OURS = "__datachat";

const isOurs = (value: unknown) => typeof value === "function" && !!(value as unknown as Record<string, unknown>)[OURS];

type Global = ((method: string, ...args: unknown[]) => unknown) & Record<string, unknown>;

function currentScript(): HTMLScriptElement | null {
  const current = document.currentScript as HTMLScriptElement | null;
  if (current && current.getAttribute("data-key")) return current;
  // Fallback (e.g. the tag was injected by a tag manager after this ran): the last matching tag.
  const tags = document.querySelectorAll<HTMLScriptElement>('script[src*="widget"][data-key]');
  return tags[tags.length - 1] || null;
}

function boot(): void {
  const win = window as unknown as Record<string, Global | undefined>;
  const script = currentScript();
  let name = globalName(script);
  if (isOurs(win[name])) return; // the snippet is on the page twice
  if (win[name] !== undefined && !isStub(win[name])) {
    const fallback = name + "Widget";
    console.warn(
      `Datachat: window.${name} is already defined by another script; leaving it alone. ` +
        `The chat widget's API is window.${fallback} (set data-global="..." on its script tag to choose the name).`,
    );
    name = fallback;
    if (isOurs(win[name])) return;
    if (win[name] !== undefined && !isStub(win[name])) name = ""; // both taken: no global, the launcher still works
  }
  const existing = name ? win[name] : undefined;
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

  // The chart renderer is a separate classic script with a content-hashed name, fetched the first time a
  // chart arrives. A classic script needs no CORS headers on the static files, unlike a module `import()`
  // across origins; it hands its renderer back with an event (chunks.ts).
  let chart: Promise<ChartRenderer> | null = null;
  const loadChart = () =>
    (chart ||= new Promise<ChartRenderer>((resolve, reject) => {
      const loaded = (e: Event) => resolve((e as CustomEvent<ChartRenderer>).detail);
      window.addEventListener(CHART_CHUNK_EVENT, loaded, { once: true });
      const tag = document.createElement("script");
      tag.async = true;
      if (script.nonce) tag.nonce = script.nonce;
      tag.onerror = () => {
        chart = null;
        tag.remove();
        window.removeEventListener(CHART_CHUNK_EVENT, loaded);
        reject(new Error("chart chunk failed to load"));
      };
      try {
        tag.src = scriptURL(config.assets + "chart." + __CHART__ + ".js");
      } catch (error) {
        chart = null;
        reject(error);
        return;
      }
      widget.root.appendChild(tag);
    }));

  class DatachatElement extends HTMLElement {
    disconnectedCallback() {
      widget.unmount();
    }
  }
  if (!customElements.get(TAG)) customElements.define(TAG, DatachatElement);
  host = document.createElement(TAG);
  const styles = config.assets + "widget." + __CSS__ + ".css";
  const widget = new Widget(host.attachShadow({ mode: "open" }), config, styles, script.nonce || "", loadChart, (e) => {
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
  };
  const global = function (method: string, ...args: unknown[]) {
    const fn = (api as Record<string, unknown>)[method];
    return typeof fn === "function" ? fn(...args) : undefined;
  } as Global;
  Object.assign(global, api);
  Object.defineProperty(global, OURS, { value: true });
  if (name) win[name] = global;

  let started = false;
  const start = () => {
    // Lazy: the launcher shows with the default (or remembered) theme; the session, and the embed's theme
    // with it, is created when the visitor opens the chat or asks.
    mount();
    widget.reveal();
    const queued = existing && Array.isArray(existing.q) ? (existing.q as ArrayLike<unknown>[]) : [];
    // The visitor's identity first, so the first session already belongs to them.
    for (const args of queued) if (args[0] === "identify") global(...(Array.from(args) as [string, ...unknown[]]));
    started = true;
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
