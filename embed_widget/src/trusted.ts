/**
 * Trusted Types: on hosts with `require-trusted-types-for 'script'`, a script URL must come from a policy.
 * One named policy, `datachat`, which only ever lets through the one chunk URL the widget computed itself.
 * (A host that lists allowed policies with `trusted-types` adds `datachat` to the list.)
 */
export const POLICY = "datachat";

interface Policy {
  createScriptURL(url: string): unknown;
}

let policy: Policy | null | undefined;
let allowed = "";

/** `url` as a TrustedScriptURL where Trusted Types exist, else as is. */
export function scriptURL(url: string): string {
  const tt = (window as unknown as { trustedTypes?: { createPolicy(n: string, r: object): Policy } }).trustedTypes;
  if (!tt || typeof tt.createPolicy !== "function") return url;
  allowed = url;
  if (policy === undefined) {
    try {
      policy = tt.createPolicy(POLICY, {
        createScriptURL: (value: string) => {
          if (value !== allowed) throw new TypeError("Datachat: refusing script URL " + value);
          return value;
        },
      });
    } catch {
      policy = null; // the host's `trusted-types` list does not allow our policy: the load fails visibly
    }
  }
  return (policy ? policy.createScriptURL(url) : url) as string;
}
