import { defineConfig } from "vitest/config";

export default defineConfig({
  // As in the kit: give our source the same CommonJS graphql that type-graphql and Apollo load, so
  // a scalar defined in the kit (Personnummer) is recognised by type-graphql under Vitest too.
  resolve: { alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }] },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    environment: "node",
    setupFiles: ["../kit/src/testing/setup.ts"],
  },
});
