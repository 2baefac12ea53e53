import { describe, expect, it } from "vitest";
import { fill, strings } from "../../../embed_widget/src/i18n";

describe("strings", () => {
  it("picks the language by its primary subtag and falls back to English", () => {
    expect(strings("fr-CA").send).toBe("Envoyer");
    expect(strings("DE").send).toBe("Senden");
    expect(strings("xx").send).toBe("Send");
    expect(strings("").send).toBe("Send");
  });

  it("translates every key", () => {
    const keys = Object.keys(strings("en")).sort();
    for (const lang of ["fr", "de"]) expect(Object.keys(strings(lang)).sort()).toEqual(keys);
  });

  it("fills counts", () => {
    expect(fill(strings("en").showAll, 250)).toBe("Show all 250 rows");
  });
});
