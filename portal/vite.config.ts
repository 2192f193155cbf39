import { fileURLToPath } from "node:url";
import { vitePlugin as remix } from "@remix-run/dev";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig } from "vite";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

export default defineConfig({
  resolve: {
    alias: { "~": fileURLToPath(new URL("./app", import.meta.url)) },
  },
  server: { host: "127.0.0.1", port: 3000, strictPort: true },
  plugins: [
    tailwindcss(),
    remix({
      // BUILD_DIR lets two builds (and their browser tests) live side by side; `npm start` uses build/.
      buildDirectory: process.env.BUILD_DIR ?? "build",
      // Route-private helpers and tests live beside the routes; only route modules are routes.
      ignoredRouteFiles: ["**/.*", "**/*.test.ts", "**/*.server.ts", "**/*.graphql.ts", "**/*.view.ts"],
      future: {
        v3_fetcherPersist: true,
        v3_relativeSplatPath: true,
        v3_throwAbortReason: true,
        v3_lazyRouteDiscovery: true,
        v3_singleFetch: true,
      },
    }),
  ],
});
