import { describe, expect, it } from "vitest";
import { Api } from "../../../embed_widget/src/api";
import { Chat } from "../../../embed_widget/src/chat";
import { Emitter } from "../../../embed_widget/src/emitter";
import { Store } from "../../../embed_widget/src/storage";
import { answer, event, fakeFetch, json, memoryStorage, recordingView, session, sse } from "./fakes";

const KEY = "pk_test";

function setup(routes: Parameters<typeof fakeFetch>[0], stored?: object) {
  const { fetch, calls } = fakeFetch(routes);
  const storage = memoryStorage(stored ? { ["datachat:" + KEY]: JSON.stringify(stored) } : {});
  const { view, log, retry } = recordingView();
  const events = new Emitter();
  const emitted: [string, unknown][] = [];
  for (const name of ["message", "intent", "error", "progress"]) events.on(name, (p) => emitted.push([name, p]));
  const chat = new Chat((visitor) => new Api("https://api.test", KEY, visitor, fetch), new Store(KEY, storage), view, events);
  const saved = () => JSON.parse(storage.data["datachat:" + KEY]);
  return { chat, calls, log, retry, emitted, saved };
}

describe("Chat", () => {
  it("creates a session, remembers it and a visitor id", async () => {
    const t = setup({ "POST /api/v1/sessions": [json(201, session("s1"))] });
    expect(await t.chat.open()).toBe(true);
    expect(t.saved().session.id).toBe("s1");
    expect(t.saved().visitor).toMatch(/^[0-9a-f-]{36}$/);
    expect(t.calls[0].headers["X-Datachat-Visitor"]).toBe(t.saved().visitor);
    expect(t.log).toContainEqual(["session", "s1"]);
  });

  it("restores a remembered session with its history, without creating a new one", async () => {
    const t = setup(
      {
        "GET /api/v1/sessions/s9/messages": [
          json(200, [{ id: "u", role: "user", content: "Hi?" }, answer("Hello")]),
        ],
      },
      { visitor: "v1", session: session("s9") },
    );
    expect(t.chat.session?.id).toBe("s9");
    expect(await t.chat.open()).toBe(true);
    expect(t.calls.map((c) => c.method + " " + new URL(c.url).pathname)).toEqual(["GET /api/v1/sessions/s9/messages"]);
    expect(t.log.filter(([k]) => k === "restored")).toEqual([
      ["restored", "user:Hi?"],
      ["restored", "assistant:Hello"],
    ]);
    expect(t.calls[0].headers["X-Datachat-Visitor"]).toBe("v1");
  });

  it("starts a new session when the remembered one is unknown to the server (404)", async () => {
    const t = setup(
      {
        "GET /api/v1/sessions/old/messages": [json(404, { error: { code: "not_found", message: "" } })],
        "POST /api/v1/sessions": [json(201, session("new"))],
      },
      { session: session("old") },
    );
    expect(await t.chat.open()).toBe(true);
    expect(t.saved().session.id).toBe("new");
  });

  it("ignores a remembered session that has expired", async () => {
    const t = setup({ "POST /api/v1/sessions": [json(201, session("fresh"))] }, {
      session: session("stale", { expires_at: "2000-01-01T00:00:00Z" }),
    });
    expect(t.chat.session).toBeNull();
    await t.chat.open();
    expect(t.calls).toHaveLength(1);
    expect(t.saved().session.id).toBe("fresh");
  });

  it("asks, streams progress, emits the message and its intents", async () => {
    const intent = { name: "schedule_report", confidence: 0.9, slots: { every: "monday" } };
    const t = setup({
      "POST /api/v1/sessions": [json(201, session())],
      "POST /api/v1/sessions/s1/messages": [
        sse([event("progress", { step: "querying", label: "Running query…" }), event("message", answer("Done", { intents: [intent] }))]),
      ],
    });
    const message = await t.chat.ask("  Email me this every Monday ");
    expect(message?.content).toBe("Done");
    expect(t.calls[1].body).toEqual({ content: "Email me this every Monday" });
    expect(t.log).toEqual([
      ["busy", true],
      ["error", null],
      ["error", null],
      ["session", "s1"],
      ["message", "user:Email me this every Monday"],
      ["progress", "Running query…"],
      ["progress", null],
      ["message", "assistant:Done"],
      ["busy", false],
    ]);
    expect(t.emitted.map(([name]) => name)).toEqual(["progress", "message", "intent"]);
    expect(t.emitted[0][1]).toEqual({ step: "querying", label: "Running query…" });
    expect(t.emitted[2][1]).toMatchObject(intent);
    expect(t.chat.busy).toBe(false);
  });

  it("ignores empty questions and questions asked while busy", async () => {
    const t = setup({
      "POST /api/v1/sessions": [json(201, session())],
      "POST /api/v1/sessions/s1/messages": [json(200, answer())],
    });
    expect(await t.chat.ask("   ")).toBeNull();
    const first = t.chat.ask("one");
    expect(await t.chat.ask("two")).toBeNull();
    await first;
    expect(t.calls.filter((c) => c.url.endsWith("/messages"))).toHaveLength(1);
  });

  it("shows a question asked during a restore after the restored history", async () => {
    const t = setup(
      {
        "GET /api/v1/sessions/s1/messages": [json(200, [{ id: "u", role: "user", content: "earlier" }, answer("old")])],
        "POST /api/v1/sessions/s1/messages": [json(200, answer("new"))],
      },
      { session: session("s1") },
    );
    await t.chat.ask("now");
    const shown = t.log.filter(([k]) => k === "message" || k === "restored" || k === "clear").map(([, v]) => v);
    expect(shown).toEqual([null, "user:earlier", "assistant:old", "user:now", "assistant:new"]);
  });

  it("renews an expired session once and asks again", async () => {
    const t = setup(
      {
        "GET /api/v1/sessions/s1/messages": [json(200, [])],
        "POST /api/v1/sessions/s1/messages": [json(404, { error: { code: "not_found", message: "" } })],
        "POST /api/v1/sessions": [json(201, session("s2"))],
        "POST /api/v1/sessions/s2/messages": [json(200, answer("fresh answer"))],
      },
      { session: session("s1") },
    );
    expect((await t.chat.ask("q"))?.content).toBe("fresh answer");
    expect(t.saved().session.id).toBe("s2");
  });

  it.each([
    [401, {}],
    [403, {}],
    [429, { "Retry-After": "2" }],
  ])("shows HTTP %i with a retry that resends the question", async (status, headers) => {
    const t = setup({
      "POST /api/v1/sessions": [json(201, session())],
      "POST /api/v1/sessions/s1/messages": [json(status, { error: { code: "x", message: "no" } }, headers), json(200, answer("ok"))],
    });
    expect(await t.chat.ask("q")).toBeNull();
    expect(t.log).toContainEqual(["error", status]);
    expect(t.emitted).toEqual([["error", expect.objectContaining({ status })]]);
    t.retry();
    await new Promise((r) => setTimeout(r, 10));
    expect(t.log.at(-2)).toEqual(["message", "assistant:ok"]);
    const posts = t.calls.filter((c) => c.method === "POST" && c.url.endsWith("/messages"));
    expect(posts).toHaveLength(2);
    // The retry carries the question's Idempotency-Key, so the server cannot store the answer twice.
    expect(posts[0].headers["Idempotency-Key"]).toMatch(/^[\x21-\x7e]{8,128}$/);
    expect(posts[1].headers["Idempotency-Key"]).toBe(posts[0].headers["Idempotency-Key"]);
    // The question was shown once, not again on retry.
    expect(t.log.filter(([, v]) => v === "user:q")).toHaveLength(1);
  });

  it("shows a session failure (403 origin) and retries the session on demand", async () => {
    const t = setup({
      "POST /api/v1/sessions": [json(403, { error: { code: "origin_not_allowed", message: "no" } }), json(201, session())],
    });
    expect(await t.chat.open()).toBe(false);
    expect(t.log).toContainEqual(["error", 403]);
    t.retry();
    await new Promise((r) => setTimeout(r, 10));
    expect(t.chat.session?.id).toBe("s1");
  });

  it("retries a question after going offline", async () => {
    const t = setup({
      "POST /api/v1/sessions": [new TypeError("offline"), json(201, session())],
      "POST /api/v1/sessions/s1/messages": [json(200, answer("back"))],
    });
    expect(await t.chat.ask("q")).toBeNull();
    expect(t.log).toContainEqual(["error", 0]);
    t.retry();
    await new Promise((r) => setTimeout(r, 10));
    expect(t.log).toContainEqual(["message", "assistant:back"]);
  });

  it("gives each question its own Idempotency-Key", async () => {
    const t = setup({
      "POST /api/v1/sessions": [json(201, session())],
      "POST /api/v1/sessions/s1/messages": [json(200, answer("one")), json(200, answer("two"))],
    });
    await t.chat.ask("first");
    await t.chat.ask("second");
    const keys = t.calls.filter((c) => c.url.endsWith("/messages")).map((c) => c.headers["Idempotency-Key"]);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBeTruthy();
    expect(keys[0]).not.toBe(keys[1]);
  });

  it("emits an error for an answer that carries one", async () => {
    const t = setup({
      "POST /api/v1/sessions": [json(201, session())],
      "POST /api/v1/sessions/s1/messages": [json(200, answer("Sorry", { error: { code: "timeout", message: "slow" } }))],
    });
    await t.chat.ask("q");
    expect(t.emitted.map(([n]) => n)).toEqual(["message", "error"]);
    expect(t.emitted[1][1]).toEqual({ status: 200, code: "timeout", message: "slow" });
  });

  it("reset forgets the session and starts a new one", async () => {
    const t = setup({ "POST /api/v1/sessions": [json(201, session("a")), json(201, session("b"))] });
    await t.chat.open();
    expect(await t.chat.reset()).toBe(true);
    expect(t.saved().session.id).toBe("b");
  });

  it("works without storage at all", async () => {
    const { fetch } = fakeFetch({ "POST /api/v1/sessions": [json(201, session())] });
    const broken = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
      removeItem: () => {},
    };
    const { view } = recordingView();
    const chat = new Chat((v) => new Api("https://api.test", KEY, v, fetch), new Store(KEY, broken), view, new Emitter());
    expect(await chat.open()).toBe(true);
    const nothing = new Chat((v) => new Api("https://api.test", KEY, v, fetch), new Store(KEY, null), view, new Emitter());
    expect(await nothing.open()).toBe(true);
  });
});
