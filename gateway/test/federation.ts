import "reflect-metadata";
import { readFileSync } from "node:fs";
import { createSubgraph, type Subgraph, type SubgraphDefinition } from "@vardportal/kit";
import { generateKeyPairPem, importSigningKey, importVerifyingKey } from "@vardportal/kit/identity";
import { createLogger } from "@vardportal/kit/logger";
import { definition as careUnits } from "@vardportal/care-units";
import { definition as fees } from "@vardportal/fees";
import { definition as eServices } from "@vardportal/e-services";
import { definition as archive } from "@vardportal/archive";
import { definition as guidelines } from "@vardportal/guidelines";
import type { AccessTokenVerifier } from "../src/access-token.js";
import { createGateway, type GatewayOptions } from "../src/gateway.js";
import { supergraphFile } from "../src/subgraphs.js";

export const definitions: Record<string, SubgraphDefinition> = {
  "care-units": careUnits,
  fees,
  "e-services": eServices,
  archive,
  guidelines,
};

export interface Federation {
  url: string;
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<{ status: number; data?: T | null; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[] }>;
  close(): Promise<void>;
}

/** All five seeded subgraphs and the gateway on loopback; `down` names subgraphs left unstarted. */
export async function startFederation(
  options: {
    down?: string[];
    timeoutMs?: number;
    verifyAccessToken?: AccessTokenVerifier;
    anonymousCacheTtlMs?: number;
    /** Anything else the gateway takes: production mode, limits, the rate limit, a manifest. */
    gateway?: Partial<GatewayOptions>;
  } = {},
): Promise<Federation> {
  const pair = generateKeyPairPem();
  const verifyingKey = await importVerifyingKey(pair.publicKey);
  const started: Subgraph[] = [];
  const urls: Record<string, string> = {};
  for (const [name, definition] of Object.entries(definitions)) {
    if (options.down?.includes(name)) {
      urls[name] = "http://127.0.0.1:9/graphql"; // the discard port: nothing listens there
      continue;
    }
    const subgraph = await createSubgraph(definition, { database: ":memory:", verifyingKey, seed: true, logger: createLogger(name, "silent") });
    started.push(subgraph);
    urls[name] = subgraph.url;
  }
  const gateway = await createGateway({
    supergraphSdl: readFileSync(supergraphFile, "utf8"),
    subgraphUrls: urls,
    signingKey: await importSigningKey(pair.privateKey),
    logger: createLogger("gateway", "silent"),
    subgraphTimeoutMs: options.timeoutMs ?? 5_000,
    verifyAccessToken: options.verifyAccessToken,
    anonymousCacheTtlMs: options.anonymousCacheTtlMs,
    ...options.gateway,
  });
  return {
    url: gateway.url,
    async query(query, variables, headers = {}) {
      const response = await fetch(gateway.url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query, variables }) });
      return { status: response.status, ...((await response.json()) as object) };
    },
    async close() {
      await gateway.close();
      await Promise.all(started.map((s) => s.close()));
    },
  };
}
