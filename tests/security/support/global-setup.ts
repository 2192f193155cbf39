import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { ensureLocalKeyPair, localKeyPairs } from "@vardportal/kit/identity";
import { testPorts } from "../../support/global-setup.js";
// @ts-expect-error plain ESM script shared with `npm start`
import { startStack } from "../../../scripts/lib/stack.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    /** The stack's data directory: its gateway key (to mint tokens as a thief would replay them) and the archive's files. */
    securityDataDir: string;
    subgraphUrls: Record<string, string>;
    /** Where the attack tests may start gateways of their own (a few ports from here up). */
    extraGatewayPort: number;
  }
}

/**
 * 30 above the e2e stack's ports: `npm test` runs the e2e and security projects in one vitest run, and both
 * global setups start a stack. (The files that start stacks of their own use 50 and more above.)
 */
export const securityPorts = Object.fromEntries(Object.entries(testPorts).map(([name, port]) => [name, port + 30])) as typeof testPorts;

const subgraphNames = ["care-units", "fees", "e-services", "archive", "guidelines"];

/**
 * The whole stack, as the e2e tests start it (the same processes, on ports 30 above theirs, E2E_PORT_OFFSET moving them), and
 * besides what they get, its data directory and the subgraphs' own addresses: the attack tests call subgraphs
 * directly, mint identity tokens with the stack's own gateway key, and look at the archive's files on disk.
 */
export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(path.join(tmpdir(), "vardportal-security-"));
  for (const name of localKeyPairs) ensureLocalKeyPair(dataDir, name);
  const ports = securityPorts;
  const stack = await startStack({ ports, dataDir, quiet: true, env: { LOG_LEVEL: "warn", OIDC_ISSUER: "" } });
  project.provide("oidcIssuer", `http://127.0.0.1:${ports.oidc}`);
  project.provide("portalUrl", `http://127.0.0.1:${ports.portal}`);
  project.provide("adminUrl", `http://127.0.0.1:${ports.admin}`);
  project.provide("gatewayUrl", `http://127.0.0.1:${ports.gateway}/graphql`);
  project.provide("securityDataDir", dataDir);
  project.provide("subgraphUrls", Object.fromEntries(subgraphNames.map((name, i) => [name, `http://127.0.0.1:${ports.subgraphBase + i}/graphql`])));
  // Clear of this stack's own (fees' internal listener is 101 above the first subgraph) and of the other stacks'.
  project.provide("extraGatewayPort", ports.gateway + 90);
  return async () => {
    await stack.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
