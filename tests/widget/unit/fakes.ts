/** Test doubles injected through the widget's seams (a fetch function, a storage object, a view). */
import type { View } from "../../../embed_widget/src/chat";
import type { StorageLike } from "../../../embed_widget/src/storage";

export interface Call {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
}

type Reply = Response | (() => Response) | Error;

/** A fetch that answers from a queue of replies per "METHOD path" and records every call. */
export function fakeFetch(routes: Record<string, Reply[]>) {
  const calls: Call[] = [];
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input);
    const method = init.method || "GET";
    const path = new URL(url).pathname;
    calls.push({
      url,
      method,
      headers: init.headers as Record<string, string>,
      body: init.body ? JSON.parse(String(init.body)) : undefined,
    });
    const key = Object.keys(routes).find((k) => {
      const [m, pattern] = k.split(" ");
      return m === method && new RegExp("^" + pattern + "$").test(path);
    });
    const reply = key && routes[key].length > 1 ? routes[key].shift() : key && routes[key][0];
    if (!reply) throw new Error("no fake route for " + method + " " + path);
    if (reply instanceof Error) throw reply;
    return typeof reply === "function" ? reply() : reply.clone();
  };
  return { fetch: fetch as typeof globalThis.fetch, calls };
}

export const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json", ...headers } });

/** An SSE response whose body arrives in the given chunks. */
export const sse = (chunks: string[]) => () =>
  new Response(
    new ReadableStream({
      start(controller) {
        const encoder = new TextEncoder();
        for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
        controller.close();
      },
    }),
    { status: 200, headers: { "Content-Type": "text/event-stream" } },
  );

export const event = (name: string, data: unknown) => `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;

export function memoryStorage(initial: Record<string, string> = {}): StorageLike & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getItem: (k) => (k in data ? data[k] : null),
    setItem: (k, v) => {
      data[k] = v;
    },
    removeItem: (k) => {
      delete data[k];
    },
  };
}

/** A View that writes down what it was told. */
export function recordingView() {
  const log: [string, unknown][] = [];
  let retry: (() => void) | undefined;
  const view: View = {
    session: (s) => log.push(["session", s.id]),
    clear: () => log.push(["clear", null]),
    message: (m, restored) => log.push([restored ? "restored" : "message", m.role + ":" + m.content]),
    progress: (p) => log.push(["progress", p && (p.label || p.step)]),
    busy: (b) => log.push(["busy", b]),
    error: (e, r) => {
      log.push(["error", e && e.status]);
      retry = r;
    },
  };
  return { view, log, retry: () => retry && retry() };
}

export const session = (id = "s1", extra = {}) => ({
  id,
  expires_at: "2999-01-01T00:00:00Z",
  suggestions: ["How many orders?"],
  embed: { name: "Demo", theme: { primary: "#0f766e" } },
  ...extra,
});

export const answer = (content = "42 orders", extra = {}) => ({
  id: "m1",
  role: "assistant",
  content,
  sql: "SELECT COUNT(*) FROM orders",
  data: { columns: [{ name: "n", type: "integer" }], rows: [[42]], truncated: false },
  chart: null,
  intents: [],
  created_at: "2024-01-01T00:00:00Z",
  error: null,
  ...extra,
});
