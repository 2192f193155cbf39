import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// A plain config on purpose: the Remix Vite plugin must not run under vitest.
export default defineConfig({
  resolve: {
    alias: { "~": fileURLToPath(new URL("./app", import.meta.url)) },
  },
  test: {
    environment: "node",
    include: ["app/**/*.test.ts"],
    // Both languages' strings, as the server has them (decision 024).
    setupFiles: ["./app/i18n/resources.server.ts"],
  },
});
