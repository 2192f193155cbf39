import { defineConfig } from "vitest/config";

export default defineConfig({
  // graphql ships CommonJS (main) and ESM (module). Node, and so type-graphql and Apollo, load the
  // CommonJS one; without this, Vite would give our own source the ESM one, and a scalar we define
  // would be a GraphQLScalarType of another copy that type-graphql does not recognise.
  resolve: { alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }] },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    environment: "node",
    setupFiles: ["./src/testing/setup.ts"],
  },
});
