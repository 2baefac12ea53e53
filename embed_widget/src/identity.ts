/**
 * The visitor's identity token (`X-Datachat-Identity`): a short-lived JWT signed by the host's backend.
 *
 * The host gives it as `data-identity-token`, with `Datachat.identify(token)`, or as a `tokenProvider`
 * (`Datachat.identify({ tokenProvider })`, or `data-token-provider="globalFunctionName"`): a function returning
 * a token (or a promise of one) that is called again shortly before the current token expires, and after the
 * server said it expired, so a long conversation renews its token without the visitor noticing.
 * The token is never stored by the widget (no localStorage), only kept in memory.
 */

export type TokenProvider = () => string | Promise<string>;

/** Seconds before `exp` at which a provider is asked for a fresh token. */
export const RENEW_BEFORE = 30;

function claimsOf(token: string): { exp?: unknown; iat?: unknown } {
  const part = token.split(".")[1];
  if (!part) return {};
  try {
    const json = atob(part.replace(/-/g, "+").replace(/_/g, "/").padEnd(Math.ceil(part.length / 4) * 4, "="));
    return (JSON.parse(json) as object) || {};
  } catch {
    return {};
  }
}

/** The `exp` claim of a JWT (seconds since the epoch), or null when it cannot be read. */
export function expiryOf(token: string): number | null {
  const exp = claimsOf(token).exp;
  return typeof exp === "number" ? exp : null;
}

/** Seconds before expiry to renew: `RENEW_BEFORE`, or a quarter of a shorter token's lifetime (`exp - iat`). */
export function renewWindow(token: string): number {
  const { exp, iat } = claimsOf(token);
  return typeof exp === "number" && typeof iat === "number" ? Math.min(RENEW_BEFORE, (exp - iat) / 4) : RENEW_BEFORE;
}

export class Identity {
  private current = "";
  private provider: TokenProvider | null = null;
  private pending: Promise<string> | null = null;

  constructor(private now: () => number = () => Date.now() / 1000) {}

  /** Whether a token or a provider was given at all. */
  get known(): boolean {
    return !!(this.current || this.provider);
  }

  get canRenew(): boolean {
    return !!this.provider;
  }

  /** Take a token, a provider, or `{ token, tokenProvider }`; anything else is ignored. Returns true if used. */
  set(value: unknown): boolean {
    if (typeof value === "string") {
      this.current = value.trim();
      return true;
    }
    if (typeof value === "function") {
      this.provider = value as TokenProvider;
      this.current = "";
      return true;
    }
    if (value && typeof value === "object") {
      const { token, tokenProvider } = value as { token?: unknown; tokenProvider?: unknown };
      if (typeof tokenProvider === "function") this.provider = tokenProvider as TokenProvider;
      if (typeof token === "string") this.current = token.trim();
      return typeof tokenProvider === "function" || typeof token === "string";
    }
    return false;
  }

  /** The token to send now ("" for none): renewed through the provider when it is absent or about to expire. */
  async token(forceRenew = false): Promise<string> {
    if (!this.provider) return this.current;
    const exp = this.current ? expiryOf(this.current) : null;
    const fresh = this.current && !forceRenew && (exp === null || exp - this.now() > renewWindow(this.current));
    if (fresh) return this.current;
    if (!this.pending) {
      const provider = this.provider;
      this.pending = (async () => {
        try {
          const value = await provider();
          if (typeof value === "string" && value.trim()) this.current = value.trim();
        } catch (error) {
          console.warn("Datachat: the tokenProvider failed:", error);
        }
        return this.current;
      })().finally(() => {
        this.pending = null;
      });
    }
    return this.pending;
  }
}
