/**
 * The HTTP client. Every call resolves to a `Result`; nothing here throws, so a failing network or a
 * hostile response can never break the host page (STYLE.md section 6, "be a polite guest").
 */
import { warnOrigin } from "./hints";
import type { Identity } from "./identity";
import { createSSEParser } from "./sse";
import type { ApiError, Message, Progress, Result, Session } from "./types";

type FetchFn = typeof fetch;

export function errorFrom(status: number, body: unknown, retryAfter?: string | null): ApiError {
  const inner = (body && typeof body === "object" && (body as { error?: unknown }).error) || {};
  const { code, message } = inner as { code?: unknown; message?: unknown };
  const error: ApiError = {
    status,
    code: typeof code === "string" ? code : status ? "http_" + status : "offline",
    message: typeof message === "string" ? message : "",
  };
  const seconds = retryAfter ? parseInt(retryAfter, 10) : NaN;
  if (seconds >= 0) error.retryAfter = seconds;
  return error;
}

export const offline = (): ApiError => ({ status: 0, code: "offline", message: "" });

export class Api {
  constructor(
    private base: string,
    private key: string,
    private visitor: string,
    private fetchFn: FetchFn = (...args) => fetch(...args),
    private identity: Identity | null = null,
  ) {}

  private async call<T>(
    method: string,
    path: string,
    body?: unknown,
    accept = "application/json",
    idempotencyKey = "",
    renewed = false,
  ): Promise<{ response: Response; result: Result<T> | null }> {
    const headers: Record<string, string> = { Accept: accept, "X-Datachat-Key": this.key };
    if (this.visitor) headers["X-Datachat-Visitor"] = this.visitor;
    if (idempotencyKey) headers["Idempotency-Key"] = idempotencyKey;
    if (body !== undefined) headers["Content-Type"] = "application/json";
    const token = this.identity ? await this.identity.token(renewed) : "";
    if (token) headers["X-Datachat-Identity"] = token;
    let response: Response;
    try {
      response = await this.fetchFn(this.base + "/api/v1" + path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        mode: "cors",
        credentials: "omit",
      });
    } catch {
      if (typeof navigator === "undefined" || navigator.onLine !== false) warnOrigin(this.base, false);
      return { response: null as unknown as Response, result: { ok: false, error: offline() } as Result<T> };
    }
    if (response.ok) return { response, result: null };
    let parsed: unknown = null;
    try {
      parsed = await response.json();
    } catch {
      // not JSON: keep the status
    }
    const error = errorFrom(response.status, parsed, response.headers.get("Retry-After"));
    if (error.code === "origin_not_allowed") warnOrigin(this.base, true);
    // An identity token that expired (or was refused) between renewals: ask the host for a new one, once.
    if (response.status === 401 && /^identity_/.test(error.code) && !renewed && this.identity?.canRenew) {
      return this.call<T>(method, path, body, accept, idempotencyKey, true);
    }
    return { response, result: { ok: false, error } as Result<T> };
  }

  private async json<T>(method: string, path: string, body?: unknown): Promise<Result<T>> {
    const { response, result } = await this.call<T>(method, path, body);
    if (result) return result;
    try {
      return { ok: true, value: (await response.json()) as T };
    } catch {
      return { ok: false, error: errorFrom(response.status, null) };
    }
  }

  createSession(): Promise<Result<Session>> {
    return this.json("POST", "/sessions", {});
  }

  history(sessionId: string): Promise<Result<Message[]>> {
    return this.json("GET", "/sessions/" + encodeURIComponent(sessionId) + "/messages");
  }

  /** Ask a question, streaming progress when the server answers with server-sent events. A retry passes the
   * same `idempotencyKey`, so the server returns the answer it may already have stored instead of a second one. */
  async send(
    sessionId: string,
    content: string,
    onProgress: (p: Progress) => void,
    idempotencyKey = "",
  ): Promise<Result<Message>> {
    const path = "/sessions/" + encodeURIComponent(sessionId) + "/messages";
    const { response, result } = await this.call<Message>("POST", path, { content }, "text/event-stream", idempotencyKey);
    if (result) return result;
    if (!/event-stream/.test(response.headers.get("Content-Type") || "")) {
      try {
        return { ok: true, value: (await response.json()) as Message };
      } catch {
        return { ok: false, error: errorFrom(response.status, null) };
      }
    }
    return readStream(response, onProgress);
  }
}

/** Turn an SSE response into the assistant message, reporting `progress` events on the way. */
export async function readStream(response: Response, onProgress: (p: Progress) => void): Promise<Result<Message>> {
  let outcome: Result<Message> | null = null;
  const parser = createSSEParser((event, data) => {
    let payload: unknown;
    try {
      payload = JSON.parse(data);
    } catch {
      return;
    }
    if (event === "progress") {
      try {
        onProgress(payload as Progress);
      } catch {
        // a UI bug must not cut the stream
      }
    } else if (event === "message" && !outcome) outcome = { ok: true, value: payload as Message };
    else if (event === "error" && !outcome) outcome = { ok: false, error: errorFrom(200, payload) };
  });
  const decoder = new TextDecoder();
  try {
    if (response.body && response.body.getReader) {
      const reader = response.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        parser.push(decoder.decode(value, { stream: true }));
        if (outcome) {
          reader.cancel().catch(() => {});
          break;
        }
      }
    } else {
      parser.push(await response.text());
    }
    parser.push(decoder.decode());
    parser.end();
  } catch {
    if (!outcome) return { ok: false, error: offline() };
  }
  return outcome || { ok: false, error: { status: response.status, code: "incomplete", message: "" } };
}
