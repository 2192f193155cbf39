import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { ensureLocalKeyPair, localKeyPairs } from "@vardportal/kit/identity";
// @ts-expect-error plain ESM script shared with `npm start`
import { startStack } from "../../scripts/lib/stack.mjs";

/** Test ports, apart from `npm start`'s, so a running portal and the tests never collide. */
const offset = Number(process.env.E2E_PORT_OFFSET ?? 0);
/** E2E_PORT_OFFSET moves them all, so two checkouts can run their browser tests side by side. */
export const testPorts = { portal: 5300 + offset, admin: 5301 + offset, gateway: 5000 + offset, subgraphBase: 5001 + offset, oidc: 5400 + offset };

declare module "vitest" {
  export interface ProvidedContext {
    portalUrl: string;
    adminUrl: string;
    gatewayUrl: string;
    oidcIssuer: string;
  }
}

/** The whole stack, as `npm start` runs it, on a fresh data directory that is removed afterwards. */
export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(path.join(tmpdir(), "vardportal-e2e-"));
  for (const name of localKeyPairs) ensureLocalKeyPair(dataDir, name);
  // The local identity provider, whatever the calling shell has set.
  // The editorial scheduler looks every second (a scheduled publish is seen on time), and preview links
  // point at this test portal, not the default http://localhost:3000 (decision 019).
  const editorial = { EDITORIAL_TICK_MS: "1000", PORTAL_URL: `http://127.0.0.1:${testPorts.portal}` };
  const stack = await startStack({ ports: testPorts, dataDir, quiet: true, env: { LOG_LEVEL: "warn", OIDC_ISSUER: "", ...editorial } });
  project.provide("oidcIssuer", `http://127.0.0.1:${testPorts.oidc}`);
  project.provide("portalUrl", `http://127.0.0.1:${testPorts.portal}`);
  project.provide("adminUrl", `http://127.0.0.1:${testPorts.admin}`);
  project.provide("gatewayUrl", `http://127.0.0.1:${testPorts.gateway}/graphql`);
  return async () => {
    await stack.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
