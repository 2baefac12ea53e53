/**
 * Per-embed persistence in localStorage. Storage can be missing, full or forbidden (privacy modes,
 * sandboxed iframes), so every access is guarded and failures just mean "nothing remembered".
 */
import type { Session } from "./types";

export interface Saved {
  /** Random visitor id sent as `X-Datachat-Visitor` (per-visitor rate limits). */
  visitor?: string;
  session?: Session;
}

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export function defaultStorage(): StorageLike | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export class Store {
  private name: string;
  constructor(
    embedKey: string,
    private storage: StorageLike | null,
  ) {
    this.name = "datachat:" + embedKey;
  }

  load(): Saved {
    try {
      const parsed = JSON.parse((this.storage && this.storage.getItem(this.name)) || "{}");
      return parsed && typeof parsed === "object" ? parsed : {};
    } catch {
      return {};
    }
  }

  save(saved: Saved): void {
    try {
      if (this.storage) this.storage.setItem(this.name, stringify(saved));
    } catch {
      // quota or privacy mode: the session just will not survive a reload
    }
  }
}

/**
 * JSON.stringify that ignores `toJSON` methods pages add to built-in prototypes (an old library's
 * `Array.prototype.toJSON` turns arrays into strings): the replacer sees the raw value and returns it.
 */
export function stringify(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key: string, replaced: unknown) {
    const raw = key === "" ? value : this[key];
    return Array.isArray(raw) ? raw.slice() : raw !== null && typeof raw === "object" ? { ...raw } : replaced;
  });
}

export function randomId(): string {
  try {
    return crypto.randomUUID();
  } catch {
    return Math.random().toString(36).slice(2) + Date.now().toString(36);
  }
}

/** True when the session's `expires_at` is in the past (an unparsable date counts as not expired). */
export function expired(session: Session, now = Date.now()): boolean {
  const at = session.expires_at ? Date.parse(session.expires_at) : NaN;
  return at <= now;
}
