import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/** The local OpenID provider's own tests: no stack, each file starts the provider in-process. */
export default defineConfig({
  root: fileURLToPath(new URL("..", import.meta.url)),
  test: {
    name: "oidc",
    include: ["oidc/**/*.test.ts"],
    environment: "node",
    setupFiles: ["../subgraphs/kit/src/testing/setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
