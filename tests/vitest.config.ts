import { defineConfig } from "vitest/config";

/**
 * Two projects in one run: the local identity provider's own tests (each file starts it in-process),
 * then the end-to-end tests against the whole stack, started once by the global setup.
 */
export default defineConfig({
  test: {
    // One file at a time: the e2e files share one stack, and the browser is the heavy part on 2 cores.
    fileParallelism: false,
    projects: [
      "./oidc/vitest.config.ts",
      {
        test: {
          name: "e2e",
          include: ["e2e/**/*.test.ts"],
          environment: "node",
          globalSetup: ["./support/global-setup.ts"],
          setupFiles: ["../subgraphs/kit/src/testing/setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        // The attack suite (issue 10), through the real gateway or portal. The global setup starts one stack (as the
        // e2e tests do, with its data directory and subgraph addresses); files that kill processes start their own.
        test: {
          name: "security",
          include: ["security/**/*.test.ts"],
          environment: "node",
          globalSetup: ["./security/support/global-setup.ts"],
          setupFiles: ["../subgraphs/kit/src/testing/setup.ts"],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
