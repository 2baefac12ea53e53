import { describe, expect, it } from "vitest";
import { DEFAULT_PRIMARY, launcherIcon, position, primaryColor, scheme, textOn } from "../../../embed_widget/src/theme";

describe("primaryColor", () => {
  it.each([
    ["#4f46e5", "#4f46e5"],
    ["#ABC", "#ABC"],
    ["rgb(10, 20, 30)", "rgb(10, 20, 30)"],
    ["hsl(200 50% 40%)", "hsl(200 50% 40%)"],
    ["red;}:host{display:none", DEFAULT_PRIMARY],
    ["url(https://evil.test/x.png)", DEFAULT_PRIMARY],
    ["", DEFAULT_PRIMARY],
    [undefined, DEFAULT_PRIMARY],
  ])("%j -> %j", (primary, expected) => {
    expect(primaryColor({ primary })).toBe(expected);
  });
});

describe("textOn", () => {
  it.each([
    ["#4f46e5", "#ffffff"],
    ["#000000", "#ffffff"],
    ["#ffffff", "#111827"],
    ["#fde047", "#111827"],
    ["#fff", "#111827"],
    ["rgb(0,0,0)", "#ffffff"],
  ])("%s -> %s", (color, expected) => {
    expect(textOn(color)).toBe(expected);
  });
});

describe("theme fields", () => {
  it("defaults position and scheme", () => {
    expect(position({ position: "left" })).toBe("left");
    expect(position({})).toBe("right");
    expect(position(undefined)).toBe("right");
    expect(scheme({ dark: "dark" })).toBe("dark");
    expect(scheme({ dark: "sepia" as never })).toBe("auto");
  });

  it.each([
    [undefined, "chat"],
    ["chart", "chart"],
    ["https://cdn.example.com/logo.png", "https://cdn.example.com/logo.png"],
    ["http://cdn.example.com/logo.png", "chat"],
    ["javascript:alert(1)", "chat"],
    ["/static/logo.png", "http://127.0.0.1:8000/static/logo.png"],
  ])("launcher icon %j -> %j", (launcher_icon, expected) => {
    expect(launcherIcon({ launcher_icon }, "http://127.0.0.1:8000")).toBe(expected);
  });
});
