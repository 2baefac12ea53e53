// Being a polite guest: the global's name, the stub, toJSON-proof storage, contrast, the UI language.
import { describe, expect, it } from "vitest";
import { globalName, isStub } from "../../../embed_widget/src/config";
import { uiLang } from "../../../embed_widget/src/i18n";
import { stringify } from "../../../embed_widget/src/storage";
import { contrast, readable, SURFACE } from "../../../embed_widget/src/theme";

const tag = (attrs: Record<string, string>) => ({ src: "https://x.test/w.js", getAttribute: (n: string) => attrs[n] ?? null });

describe("the global", () => {
  it.each([
    [{}, "Datachat"],
    [{ "data-global": "ShopChat" }, "ShopChat"],
    [{ "data-global": " $chat_2 " }, "$chat_2"],
    [{ "data-global": "bad-name" }, "Datachat"],
    [{ "data-global": "window.x" }, "Datachat"],
  ])("%j -> %s", (attrs, name) => {
    expect(globalName(tag(attrs))).toBe(name);
  });

  it("tells the documented stub from another script's global", () => {
    const stub = function () {
      // eslint-disable-next-line prefer-rest-params
      ((stub as unknown as { q: unknown[] }).q ||= []).push(arguments);
    };
    expect(isStub(stub)).toBe(true);
    const queued = Object.assign(() => {}, { q: [["open"]] });
    expect(isStub(queued)).toBe(true);
    expect(isStub({ vendor: "other" })).toBe(false);
    expect(isStub(() => "theirs")).toBe(false);
    expect(isStub(Object.assign(() => {}, { q: "not a queue" }))).toBe(false);
    expect(isStub(undefined)).toBe(false);
  });
});

describe("stringify", () => {
  it("keeps arrays as arrays when a page patched Array.prototype.toJSON", () => {
    const proto = Array.prototype as unknown as { toJSON?: () => string };
    proto.toJSON = function (this: unknown[]) {
      return "patched";
    };
    try {
      const saved = { visitor: "v", session: { id: "s", suggestions: ["a", "b"], nested: [[1], { x: [2] }] } };
      expect(JSON.parse(JSON.stringify(saved)).session.suggestions).toBe("patched"); // the problem
      expect(JSON.parse(stringify(saved))).toEqual(saved);
    } finally {
      delete proto.toJSON;
    }
  });
});

describe("contrast", () => {
  it("computes WCAG ratios", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 1);
    expect(contrast("#4f46e5", "#111827")).toBeCloseTo(2.82, 2);
  });

  it.each(["#4f46e5", "#0f766e", "#f59e0b", "#ffffff", "#000000", "#e5e7eb", "#fde047"])(
    "lifts %s to at least 3:1 on both surfaces",
    (color) => {
      for (const surface of [SURFACE.light, SURFACE.dark]) {
        expect(contrast(readable(color, surface), surface)).toBeGreaterThanOrEqual(3);
      }
    },
  );

  it("leaves colours that already contrast alone", () => {
    expect(readable("#4f46e5", SURFACE.light)).toBe("#4f46e5");
  });
});

describe("uiLang", () => {
  it.each([
    ["ar", "en"],
    ["fr-CA", "fr-CA"],
    ["DE", "DE"],
    ["", "en"],
  ])("%s -> %s", (lang, shown) => {
    expect(uiLang(lang)).toBe(shown);
  });
});
