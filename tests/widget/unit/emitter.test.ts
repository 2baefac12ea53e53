import { describe, expect, it, vi } from "vitest";
import { Emitter } from "../../../embed_widget/src/emitter";

describe("Emitter", () => {
  it("calls listeners in order, and on() returns an unsubscribe", () => {
    const events = new Emitter();
    const seen: string[] = [];
    const off = events.on("message", (p) => seen.push("a" + p));
    events.on("message", (p) => seen.push("b" + p));
    events.emit("message", 1);
    off();
    events.emit("message", 2);
    expect(seen).toEqual(["a1", "b1", "b2"]);
  });

  it("keeps going when a host-page listener throws, and reports the error asynchronously", () => {
    vi.useFakeTimers();
    const events = new Emitter();
    const seen: number[] = [];
    events.on("intent", () => {
      throw new Error("host bug");
    });
    events.on("intent", (p) => seen.push(p));
    expect(() => events.emit("intent", 7)).not.toThrow();
    expect(seen).toEqual([7]);
    expect(() => vi.runAllTimers()).toThrow("host bug");
    vi.useRealTimers();
  });

  it("ignores non-function listeners", () => {
    const events = new Emitter();
    events.on("error", "nope" as never)();
    expect(() => events.emit("error")).not.toThrow();
  });
});
