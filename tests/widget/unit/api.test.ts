import { describe, expect, it } from "vitest";
import { Api, errorFrom } from "../../../embed_widget/src/api";
import { answer, event, fakeFetch, json, session, sse } from "./fakes";

const BASE = "https://chat.example.com";

describe("Api", () => {
  it("sends the key, the visitor and a JSON body", async () => {
    const { fetch, calls } = fakeFetch({ "POST /api/v1/sessions": [json(201, session())] });
    const result = await new Api(BASE, "pk_live", "visitor-1", fetch).createSession();
    expect(result).toEqual({ ok: true, value: session() });
    expect(calls[0]).toMatchObject({
      url: "https://chat.example.com/api/v1/sessions",
      method: "POST",
      body: {},
      headers: {
        Accept: "application/json",
        "Content-Type": "application/json",
        "X-Datachat-Key": "pk_live",
        "X-Datachat-Visitor": "visitor-1",
      },
    });
  });

  it("does not send a body or content type on GET", async () => {
    const { fetch, calls } = fakeFetch({ "GET /api/v1/sessions/s%201/messages": [json(200, [])] });
    expect(await new Api(BASE, "k", "", fetch).history("s 1")).toEqual({ ok: true, value: [] });
    expect(calls[0].headers).toEqual({ Accept: "application/json", "X-Datachat-Key": "k" });
    expect(calls[0].body).toBeUndefined();
  });

  it.each([
    [401, { error: { code: "invalid_key", message: "Unknown key" } }, {}, { status: 401, code: "invalid_key", message: "Unknown key" }],
    [403, { error: { code: "origin_not_allowed", message: "This site is not allowed to use this chat." } }, {}, { status: 403, code: "origin_not_allowed", message: "This site is not allowed to use this chat." }],
    [429, { error: { code: "rate_limited", message: "Slow down" } }, { "Retry-After": "17" }, { status: 429, code: "rate_limited", message: "Slow down", retryAfter: 17 }],
    [502, "<html>Bad gateway</html>", {}, { status: 502, code: "http_502", message: "" }],
  ])("maps HTTP %i to an error result", async (status, body, headers, expected) => {
    const reply = typeof body === "string" ? new Response(body, { status, headers }) : json(status, body, headers);
    const { fetch } = fakeFetch({ "POST /api/v1/sessions": [reply] });
    expect(await new Api(BASE, "k", "", fetch).createSession()).toEqual({ ok: false, error: expected });
  });

  it("reports a network failure as offline instead of throwing", async () => {
    const { fetch } = fakeFetch({ "POST /api/v1/sessions": [new TypeError("Failed to fetch")] });
    expect(await new Api(BASE, "k", "", fetch).createSession()).toEqual({
      ok: false,
      error: { status: 0, code: "offline", message: "" },
    });
  });

  it("streams progress then returns the message event", async () => {
    const stream = event("progress", { step: "understanding", label: "Understanding…" }) +
      event("progress", { step: "querying", label: "Running query…" }) + event("message", answer());
    const { fetch, calls } = fakeFetch({
      "POST /api/v1/sessions/s1/messages": [sse([stream.slice(0, 30), stream.slice(30, 31), stream.slice(31)])],
    });
    const steps: string[] = [];
    const result = await new Api(BASE, "k", "", fetch).send("s1", "How many?", (p) => steps.push(p.step));
    expect(result).toEqual({ ok: true, value: answer() });
    expect(steps).toEqual(["understanding", "querying"]);
    expect(calls[0].headers.Accept).toBe("text/event-stream");
    expect(calls[0].body).toEqual({ content: "How many?" });
  });

  it("returns the stream's error event as an error", async () => {
    const { fetch } = fakeFetch({
      "POST /api/v1/sessions/s1/messages": [sse([event("error", { error: { code: "timeout", message: "Query took too long" } })])],
    });
    expect(await new Api(BASE, "k", "", fetch).send("s1", "q", () => {})).toEqual({
      ok: false,
      error: { status: 200, code: "timeout", message: "Query took too long" },
    });
  });

  it("reports a stream that ends without a message", async () => {
    const { fetch } = fakeFetch({ "POST /api/v1/sessions/s1/messages": [sse([event("progress", { step: "querying" })])] });
    const result = await new Api(BASE, "k", "", fetch).send("s1", "q", () => {});
    expect(result).toMatchObject({ ok: false, error: { code: "incomplete" } });
  });

  it("accepts a plain JSON answer when the server does not stream", async () => {
    const { fetch } = fakeFetch({ "POST /api/v1/sessions/s1/messages": [json(200, answer())] });
    expect(await new Api(BASE, "k", "", fetch).send("s1", "q", () => {})).toEqual({ ok: true, value: answer() });
  });

  it("survives a progress callback that throws", async () => {
    const { fetch } = fakeFetch({
      "POST /api/v1/sessions/s1/messages": [sse([event("progress", { step: "x" }) + event("message", answer())])],
    });
    const result = await new Api(BASE, "k", "", fetch).send("s1", "q", () => {
      throw new Error("ui bug");
    });
    expect(result.ok).toBe(true);
  });
});

describe("errorFrom", () => {
  it("ignores a malformed Retry-After and non-string fields", () => {
    expect(errorFrom(429, { error: { code: 5, message: null } }, "soon")).toEqual({
      status: 429,
      code: "http_429",
      message: "",
    });
  });
});
