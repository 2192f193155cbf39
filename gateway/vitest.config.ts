import { defineConfig } from "vitest/config";

export default defineConfig({
  // As in the kit's config: one copy of graphql (CommonJS), or type-graphql does not know the kit's scalars.
  resolve: { alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }] },
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    setupFiles: ["../subgraphs/kit/src/testing/setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
