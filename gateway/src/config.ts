import path from "node:path";
import { z } from "zod";
import { logLevel, nodeEnv, port, repoRoot } from "@vardportal/kit/config";
import { defaultSubgraphUrl, subgraphList } from "./subgraphs.js";

const url = z.string().url();
const limit = (fallback: number, min: number, max: number) => z.coerce.number().int().min(min).max(max).default(fallback);
const flag = z.enum(["true", "false"]).transform((v) => v === "true").optional();

/**
 * Every limit the gateway puts on a request, in one place, each with its environment override
 * (docs/security.md lists them and the test that shows each refusal).
 */
export const limitsEnv = {
  /** Nesting of fields in one operation (fragments followed). */
  MAX_QUERY_DEPTH: limit(8, 2, 50),
  /** Aliased fields in one operation, counted each time a fragment is spread. */
  MAX_ALIASES: limit(15, 0, 500),
  /** Lexical tokens in the document (graphql's parse `maxTokens`). */
  MAX_TOKENS: limit(2_000, 100, 100_000),
  /** Fields at the top of one operation. */
  MAX_ROOT_FIELDS: limit(8, 1, 100),
  /** The cost estimate (see `estimateCost`): a page of n items costs n × what one item costs. */
  MAX_QUERY_COST: limit(5_000, 10, 10_000_000),
  /** The page size a paged field is counted at when the operation does not give `first`: the kit's default. */
  COST_DEFAULT_PAGE_SIZE: limit(20, 1, 100),
  /** A GraphQL request's body; uploads travel beside GraphQL with their own 10 MB limit (decision 011). */
  MAX_BODY_BYTES: limit(100_000, 1_000, 10_000_000),
  /**
   * Mutations per viewer (subject, else the caller's address) per window, per gateway instance: counted in
   * memory, so N instances allow up to N × this (docs/deploy.md).
   */
  MUTATION_RATE_LIMIT: limit(60, 1, 1_000_000),
  MUTATION_RATE_WINDOW_SECONDS: limit(60, 1, 86_400),
  /** Attachment uploads per viewer per window (each may be 10 MB: this bounds what one account can put on disk); per instance too. */
  UPLOAD_RATE_LIMIT: limit(20, 1, 1_000_000),
  UPLOAD_RATE_WINDOW_SECONDS: limit(3_600, 1, 86_400),
  /** Accept operations outside gateway/persisted-operations.json; default true unless NODE_ENV=production. */
  ALLOW_ANY_OPERATION: flag,
};

export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxRootFields: number;
  maxCost: number;
  defaultPageSize: number;
}

const limitsOf = (env: z.infer<z.ZodObject<typeof limitsEnv>>): OperationLimits => ({
  maxDepth: env.MAX_QUERY_DEPTH,
  maxAliases: env.MAX_ALIASES,
  maxTokens: env.MAX_TOKENS,
  maxRootFields: env.MAX_ROOT_FIELDS,
  maxCost: env.MAX_QUERY_COST,
  defaultPageSize: env.COST_DEFAULT_PAGE_SIZE,
});

/** The limits with no overrides: what `createGateway` uses unless told otherwise. */
const defaults = z.object(limitsEnv).parse({});
export const defaultLimits: OperationLimits = limitsOf(defaults);
export const defaultMutationRateLimit = { points: defaults.MUTATION_RATE_LIMIT, durationSeconds: defaults.MUTATION_RATE_WINDOW_SECONDS };
export const defaultUploadRateLimit = { points: defaults.UPLOAD_RATE_LIMIT, durationSeconds: defaults.UPLOAD_RATE_WINDOW_SECONDS };
export const defaultMaxBodyBytes = defaults.MAX_BODY_BYTES;

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
    ...limitsEnv,
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
    limits: limitsOf(env),
    mutationRateLimit: { points: env.MUTATION_RATE_LIMIT, durationSeconds: env.MUTATION_RATE_WINDOW_SECONDS },
    uploadRateLimit: { points: env.UPLOAD_RATE_LIMIT, durationSeconds: env.UPLOAD_RATE_WINDOW_SECONDS },
    allowAnyOperation: env.ALLOW_ANY_OPERATION ?? env.NODE_ENV !== "production",
    anonymousCacheTtlMs: env.ANONYMOUS_CACHE_TTL_MS,
    oidc: env.OIDC_ISSUER ? { issuer: env.OIDC_ISSUER, audience: env.OIDC_AUDIENCE } : undefined,
    subgraphUrls: Object.fromEntries(subgraphList.map((s) => [s.name, env[s.env]])) as Record<string, string>,
  }));

export type GatewayConfig = z.infer<typeof gatewayConfigSchema>;
