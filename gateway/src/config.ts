import path from "node:path";
import { z } from "zod";
import { logLevel, nodeEnv, port, repoRoot } from "@vardportal/kit/config";
import { defaultSubgraphUrl, subgraphList } from "./subgraphs.js";

const url = z.string().url();

const subgraphUrls = Object.fromEntries(subgraphList.map((s) => [s.env, url.default(defaultSubgraphUrl(s.port))])) as Record<
  (typeof subgraphList)[number]["env"],
  z.ZodDefault<z.ZodString>
>;

export const gatewayConfigSchema = z
  .object({
    NODE_ENV: nodeEnv,
    HOST: z.string().min(1).default("127.0.0.1"),
    PORT: port(4000),
    LOG_LEVEL: logLevel,
    DATA_DIR: z.string().min(1).default(path.join(repoRoot, "data")),
    GATEWAY_SIGNING_KEY: z.string().min(1).optional(),
    SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
    OIDC_ISSUER: url.optional(),
    OIDC_AUDIENCE: z.string().min(1).default("urn:vardportal:gateway"),
    ANONYMOUS_CACHE_TTL_MS: z.coerce.number().int().min(0).max(60_000).default(5_000),
    MAX_BODY_BYTES: z.coerce.number().int().min(1_000).max(10_000_000).default(100_000),
    ...subgraphUrls,
  })
  .transform((env) => ({
    nodeEnv: env.NODE_ENV,
    host: env.HOST,
    port: env.PORT,
    logLevel: env.LOG_LEVEL,
    dataDir: env.DATA_DIR,
    signingKey: env.GATEWAY_SIGNING_KEY,
    subgraphTimeoutMs: env.SUBGRAPH_TIMEOUT_MS,
    maxBodyBytes: env.MAX_BODY_BYTES,
    anonymousCacheTtlMs: env.ANONYMOUS_CACHE_TTL_MS,
    oidc: env.OIDC_ISSUER ? { issuer: env.OIDC_ISSUER, audience: env.OIDC_AUDIENCE } : undefined,
    subgraphUrls: Object.fromEntries(subgraphList.map((s) => [s.name, env[s.env]])) as Record<string, string>,
  }));

export type GatewayConfig = z.infer<typeof gatewayConfigSchema>;
