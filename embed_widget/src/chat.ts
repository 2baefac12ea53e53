/**
 * The conversation controller: session lifecycle, persistence, asking, retrying. No DOM here; the view
 * gets told what to show through the `View` callbacks, which keeps this logic unit-testable.
 */
import { type Api, offline } from "./api";
import type { Emitter } from "./emitter";
import { expired, randomId, type Saved, type Store } from "./storage";
import type { ApiError, Message, Progress, Session } from "./types";

export interface View {
  session(session: Session): void;
  clear(): void;
  message(message: Message, restored: boolean): void;
  progress(progress: Progress | null): void;
  busy(busy: boolean): void;
  error(error: ApiError | null, retry?: () => void): void;
}

export class Chat {
  session: Session | null = null;
  busy = false;
  private saved: Saved;
  private restored = false;
  private starting: Promise<ApiError | null> | null = null;

  constructor(
    private api: (visitor: string) => Api,
    private store: Store,
    private view: View,
    private events: Emitter,
  ) {
    this.saved = store.load();
    if (!this.saved.visitor) {
      this.saved.visitor = randomId();
      store.save(this.saved);
    }
    const session = this.saved.session;
    if (session && session.id && !expired(session)) {
      this.session = session;
      view.session(session);
    }
  }

  private get client(): Api {
    return this.api(this.saved.visitor || "");
  }

  private fail(error: ApiError, retry: () => void): void {
    this.view.error(error, retry);
    this.events.emit("error", error);
  }

  /** Make sure there is a usable session with its history shown; on failure show the error with a retry. */
  async open(): Promise<boolean> {
    const error = await this.ready();
    if (error) this.fail(error, () => void this.open());
    return !error;
  }

  /** Resolves to null once a session is usable and its history shown, else to the error. */
  private ready(): Promise<ApiError | null> {
    if (this.session && this.restored) return Promise.resolve(null);
    if (!this.starting) {
      this.view.error(null);
      this.starting = this.start().then((error) => {
        this.starting = null;
        return error;
      });
    }
    return this.starting;
  }

  private async start(): Promise<ApiError | null> {
    if (this.session && !this.restored) {
      const history = await this.client.history(this.session.id);
      if (history.ok) {
        this.restored = true;
        this.view.clear();
        this.view.session(this.session);
        for (const message of history.value) this.view.message(message, true);
        return null;
      }
      if (history.error.status !== 404) return history.error;
      this.forget();
    }
    const created = await this.client.createSession();
    if (!created.ok) return created.error;
    this.session = created.value;
    this.restored = true;
    this.saved.session = created.value;
    this.store.save(this.saved);
    // No clear() here: a question asked meanwhile (or before a renewal) stays on screen.
    this.view.session(created.value);
    return null;
  }

  private forget(): void {
    this.session = null;
    this.restored = false;
    delete this.saved.session;
    this.store.save(this.saved);
  }

  /** A (new) visitor identity was given: without a usable session yet, try again now as that visitor. */
  identified(): void {
    if (!this.session || !this.restored) void this.open();
  }

  /** Start over: a fresh session, an empty log. */
  async reset(): Promise<boolean> {
    if (this.busy) return false;
    this.forget();
    this.view.clear();
    return this.open();
  }

  /** Ask a question. The user's message shows at once; the answer (or an error with retry) follows. */
  async ask(text: string): Promise<Message | null> {
    const content = (text || "").trim();
    if (!content || this.busy) return null;
    this.setBusy(true);
    this.view.error(null);
    // Let a restore finish first, so the question lands after the history instead of being wiped by it.
    const error = await this.ready();
    this.view.message({ id: "", role: "user", content }, false);
    const key = randomId(); // the question's Idempotency-Key: its retries do not store a second answer
    const answer = error ? this.retryLater(error, content, key) : await this.send(content, key);
    this.setBusy(false);
    return answer;
  }

  private setBusy(busy: boolean): void {
    this.busy = busy;
    this.view.busy(busy);
  }

  private async send(content: string, key: string, renewed = false): Promise<Message | null> {
    const error = await this.ready();
    if (error || !this.session) return this.retryLater(error || offline(), content, key);
    const result = await this.client.send(
      this.session.id,
      content,
      (p) => {
        this.view.progress(p);
        this.events.emit("progress", p);
      },
      key,
    );
    this.view.progress(null);
    if (!result.ok) {
      if (result.error.status === 404 && !renewed) {
        // The session expired on the server: start a new one and ask again, once.
        this.forget();
        return this.send(content, key, true);
      }
      return this.retryLater(result.error, content, key);
    }
    const message = result.value;
    this.view.message(message, false);
    this.events.emit("message", message);
    for (const intent of message.intents || []) this.events.emit("intent", { ...intent, message });
    if (message.error) this.events.emit("error", { status: 200, ...message.error });
    return message;
  }

  private retryLater(error: ApiError, content: string, key: string): null {
    const retry = async () => {
      if (this.busy) return;
      this.setBusy(true);
      this.view.error(null);
      await this.send(content, key);
      this.setBusy(false);
    };
    this.fail(error, () => void retry());
    return null;
  }
}
