import { describe, expect, it } from "vitest";
import { Api } from "../../../embed_widget/src/api";
import { expiryOf, Identity, RENEW_BEFORE, renewWindow } from "../../../embed_widget/src/identity";
import { fakeFetch, json, session } from "./fakes";

const b64 = (value: object) => btoa(JSON.stringify(value)).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
const token = (exp: number, sub = "alice") => `${b64({ alg: "HS256" })}.${b64({ sub, exp })}.sig`;

describe("Identity", () => {
  it("reads exp from a JWT and tolerates garbage", () => {
    expect(expiryOf(token(1234567890))).toBe(1234567890);
    expect(expiryOf("nope")).toBeNull();
    expect(expiryOf("a.%%%.c")).toBeNull();
    expect(renewWindow(token(100))).toBe(RENEW_BEFORE);
    expect(renewWindow(`${b64({})}.${b64({ iat: 0, exp: 8 })}.s`)).toBe(2); // a short token: a quarter of its life
  });

  it("keeps a fixed token and never renews it", async () => {
    const identity = new Identity(() => 1000);
    identity.set(token(900));
    expect(await identity.token()).toBe(token(900));
    expect(identity.canRenew).toBe(false);
  });

  it("asks the provider at first, again shortly before expiry, and once for concurrent calls", async () => {
    let now = 1000;
    let calls = 0;
    const identity = new Identity(() => now);
    identity.set({ tokenProvider: async () => token(now + 120, "t" + ++calls) });
    const [a, b] = await Promise.all([identity.token(), identity.token()]);
    expect(a).toBe(b);
    expect(calls).toBe(1);
    now += 120 - RENEW_BEFORE - 1;
    expect(await identity.token()).toBe(a); // still fresh enough
    now += 2;
    expect(await identity.token()).not.toBe(a);
    expect(calls).toBe(2);
    expect(await identity.token(true)).toContain(".");
    expect(calls).toBe(3);
  });
});

describe("Api with an identity", () => {
  it("sends X-Datachat-Identity and retries once with a renewed token after identity_expired", async () => {
    let n = 0;
    const identity = new Identity();
    identity.set(() => token(Date.now() / 1000 + 600, "v" + ++n));
    const expired = json(401, { error: { code: "identity_expired", message: "expired" } });
    const { fetch, calls } = fakeFetch({ "POST /api/v1/sessions": [expired, json(201, session())] });
    const result = await new Api("https://c.example", "k", "", fetch, identity).createSession();
    expect(result.ok).toBe(true);
    expect(calls.map((c) => c.headers["X-Datachat-Identity"])).toEqual([
      token(expiryOf(calls[0].headers["X-Datachat-Identity"])!, "v1"),
      token(expiryOf(calls[1].headers["X-Datachat-Identity"])!, "v2"),
    ]);
  });
});
