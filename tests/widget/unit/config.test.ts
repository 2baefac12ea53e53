import { describe, expect, it } from "vitest";
import { flag, readConfig } from "../../../embed_widget/src/config";

const script = (src: string, attrs: Record<string, string>) => ({
  src,
  getAttribute: (name: string) => (name in attrs ? attrs[name] : null),
});

describe("readConfig", () => {
  it("takes the API origin and asset base from the script URL", () => {
    const config = readConfig(script("https://chat.example.com/static/datachat/widget.js?v=1", { "data-key": " pk_1 " }));
    expect(config).toEqual({
      key: "pk_1",
      api: "https://chat.example.com",
      assets: "https://chat.example.com/static/datachat/",
      open: false,
      lang: "en",
      identityToken: "",
      tokenProvider: "",
    });
  });

  it("reads data-identity-token and data-token-provider", () => {
    const config = readConfig(
      script("https://chat.example.com/widget.js", {
        "data-key": "pk",
        "data-identity-token": " a.b.c ",
        "data-token-provider": "getDatachatToken",
      }),
    );
    expect(config?.identityToken).toBe("a.b.c");
    expect(config?.tokenProvider).toBe("getDatachatToken");
  });

  it("honours data-api, data-open and data-lang", () => {
    const config = readConfig(
      script("https://cdn.example.net/w/widget.js", {
        "data-key": "pk",
        "data-api": "https://api.example.com/datachat/",
        "data-open": "",
        "data-lang": "fr",
      }),
      "de",
    );
    expect(config).toMatchObject({ api: "https://api.example.com/datachat", open: true, lang: "fr" });
  });

  it("resolves a relative data-api against the script URL and falls back to the page language", () => {
    const config = readConfig(script("http://127.0.0.1:8000/static/datachat/widget.js", { "data-key": "k", "data-api": "/" }), "de-CH");
    expect(config).toMatchObject({ api: "http://127.0.0.1:8000", lang: "de-CH" });
  });

  it.each([
    [script("https://x.test/widget.js", {})],
    [script("https://x.test/widget.js", { "data-key": "  " })],
    [script("", { "data-key": "k" })],
  ])("is null without a key or a script URL", (tag) => {
    expect(readConfig(tag)).toBeNull();
  });
});

describe("flag", () => {
  it.each([
    ["", true],
    ["true", true],
    ["1", true],
    ["open", true],
    ["false", false],
    ["0", false],
    [null, false],
  ])("%j -> %s", (value, expected) => {
    expect(flag(value)).toBe(expected);
  });
});
