/** The `Datachat.on(event, fn)` registry. Listeners are the host page's code: their errors are contained. */
export type Listener = (payload: any) => void;

export class Emitter {
  private listeners: Record<string, Listener[]> = {};

  on(event: string, fn: Listener): () => void {
    if (typeof fn !== "function") return () => {};
    (this.listeners[event] ||= []).push(fn);
    return () => this.off(event, fn);
  }

  off(event: string, fn: Listener): void {
    const list = this.listeners[event];
    if (list) this.listeners[event] = list.filter((f) => f !== fn);
  }

  emit(event: string, payload?: unknown): void {
    for (const fn of (this.listeners[event] || []).slice()) {
      try {
        fn(payload);
      } catch (error) {
        // Report without breaking the widget, the way an event listener's exception is reported.
        setTimeout(() => {
          throw error;
        });
      }
    }
  }
}
