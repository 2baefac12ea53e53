// Unit tests of the widget's logic (no browser): `npm test`.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  root: fileURLToPath(new URL("..", import.meta.url)),
  test: {
    include: ["tests/widget/unit/**/*.test.ts"],
    environment: "node",
    testTimeout: 60000,
  },
});
