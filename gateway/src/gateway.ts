import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { createServiceMetrics, HttpError, metricsEnabled, startGraphqlHttp, type RunningServer } from "@vardportal/kit/http";
import type { SigningKey } from "@vardportal/kit/identity";
import type { Logger } from "@vardportal/kit/logger";
import type { AccessTokenVerifier } from "./access-token.js";
import { anonymousResponseCache } from "./anonymous-cache.js";
import { attachmentRoute } from "./attachments.js";
import { defaultLimits, defaultMaxBodyBytes, defaultMutationRateLimit, defaultUploadRateLimit, type OperationLimits } from "./config.js";
import type { GatewayContext } from "./context.js";
import { createGatewayFormatError } from "./format-error.js";
import { createIdentityTokens } from "./identity-tokens.js";
import { createGatewayMetrics } from "./metrics.js";
import { checkOperationLimits } from "./limits.js";
import { checkPersistedOperation, manifestCache, persistedQueryNotFoundIs400, readPersistedOperations, type PersistedOperations } from "./persisted-operations.js";
import { createMutationRateLimiter, createUploadRateLimiter, type MutationRateLimit } from "./rate-limit.js";
import { SignedDataSource } from "./signed-data-source.js";

export interface GatewayOptions {
  supergraphSdl: string;
  subgraphUrls: Record<string, string>;
  signingKey: SigningKey;
  logger: Logger;
  host?: string;
  port?: number;
  production?: boolean;
  subgraphTimeoutMs?: number;
  maxBodyBytes?: number;
  /** How long an anonymous query's answer is reused (decision 018); 0 (the default here) turns it off. */
  anonymousCacheTtlMs?: number;
  /** Verifies users' access tokens; without it every request that carries one is refused. */
  verifyAccessToken?: AccessTokenVerifier;
  /** Depth, aliases, tokens, top-level fields and cost (docs/security.md); the defaults of config.ts otherwise. */
  limits?: Partial<OperationLimits>;
  mutationRateLimit?: MutationRateLimit;
  /** Attachment uploads per viewer (the same shape: points per window). */
  uploadRateLimit?: MutationRateLimit;
  /** Accept operations outside the manifest. Default: true unless `production`. */
  allowAnyOperation?: boolean;
  /** The portal's and admin's operations by hash; default gateway/persisted-operations.json. */
  persistedOperations?: PersistedOperations;
  /** How long an identity token is handed out again for the same viewer and subgraph (decision 025); default 30 s, 0 = a fresh one for every subgraph call. */
  identityTokenReuseMs?: number;
  /** `GET /metrics`; default: on unless `METRICS=off`. */
  metrics?: boolean;
}

/** Apollo Gateway over the committed supergraph, behind the kit's HTTP binding. */
export async function createGateway(options: GatewayOptions): Promise<RunningServer> {
  const timeout = options.subgraphTimeoutMs ?? 5_000;
  // @apollo/gateway otherwise sends usage metrics to Apollo and probes cloud metadata servers at
  // start-up (its OpenTelemetry exporter). Nothing here may call outside the region's machines.
  process.env.APOLLO_TELEMETRY_DISABLED = "true";
  // GET /metrics (kit/src/http/metrics.ts) unless METRICS=off: HTTP, GraphQL errors, subgraph calls, the anonymous cache.
  const metrics = (options.metrics ?? metricsEnabled()) ? createServiceMetrics() : false;
  const gatewayMetrics = metrics ? createGatewayMetrics(metrics) : undefined;
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    logger: options.logger,
    buildService: ({ name, url }) => new SignedDataSource(options.subgraphUrls[name] ?? url ?? "", timeout, name, gatewayMetrics),
  });
  const production = options.production ?? false;
  const limits: OperationLimits = { ...defaultLimits, ...options.limits };
  const operations = options.persistedOperations ?? readPersistedOperations();
  const identityTokens = createIdentityTokens({ signingKey: options.signingKey, reuseMs: options.identityTokenReuseMs });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    logger: options.logger,
    introspection: !production,
    // No "Did you mean …?" in production: a field name guessed right would map the schema.
    hideSchemaDetailsFromClientErrors: production,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    // Apollo's CSRF prevention stays on (its default): a simple request (a GET, a text/plain or form POST) without a
    // non-simple content type or an `apollo-require-preflight` header is refused before it runs.
    csrfPrevention: true,
    // The token limit is the parser's own: it stops at `maxTokens`; the error formatter codes it TOO_MANY_TOKENS.
    parseOptions: { maxTokens: limits.maxTokens },
    // Only our operations may be sent by hash alone; nothing a client sends is registered (decision 020).
    persistedQueries: { cache: manifestCache(operations) },
    formatError: createGatewayFormatError(options.logger, metrics ? (code) => metrics.countGraphqlError(code) : undefined),
    plugins: [
      requestGuards({
        operations,
        allowAnyOperation: options.allowAnyOperation ?? !production,
        limits,
        allowIntrospection: !production,
        mutationRateLimit: options.mutationRateLimit ?? defaultMutationRateLimit,
      }),
      persistedQueryNotFoundIs400(),
      anonymousResponseCache({ ttlMs: options.anonymousCacheTtlMs ?? 0, maxEntries: 500, count: gatewayMetrics?.countCache }),
    ],
  });
  await apollo.start();
  const running = await startGraphqlHttp<GatewayContext>({
    apollo,
    logger: options.logger,
    host: options.host ?? "127.0.0.1",
    port: options.port ?? 0,
    maxBodyBytes: options.maxBodyBytes ?? defaultMaxBodyBytes,
    metrics,
    routes: {
      "/attachments": attachmentRoute({
        archiveUrl: options.subgraphUrls.archive ?? "",
        logger: options.logger,
        limitUploads: createUploadRateLimiter(options.uploadRateLimit ?? defaultUploadRateLimit),
      }),
    },
    context: async (req, requestId) => {
      const viewer = await viewerOf(req.headers.authorization, options.verifyAccessToken);
      const identityToken = (subgraph: string) => identityTokens(viewer, subgraph);
      const preview = req.headers["x-preview-token"];
      const previewToken = typeof preview === "string" && preview.length > 0 && preview.length <= 2_000 ? preview : undefined;
      return { requestId, viewer, identityToken, clientAddress: req.socket.remoteAddress, previewToken };
    },
  });
  return {
    ...running,
    close: async () => {
      await running.close();
      await apollo.stop();
    },
  };
}

/**
 * The gateway's refusals, in order, once Apollo has parsed (under `maxTokens`) and validated the
 * document and before anything is planned or sent to a subgraph: only our operations (in production),
 * then depth, aliases, top-level fields and cost, then the mutation rate limit (so a refused operation
 * costs no points). Apollo turns what `didResolveOperation` throws into the response: the error's
 * code and HTTP status (400, 429 with Retry-After).
 */
function requestGuards(options: {
  operations: PersistedOperations;
  allowAnyOperation: boolean;
  limits: OperationLimits;
  allowIntrospection: boolean;
  mutationRateLimit: MutationRateLimit;
}): ApolloServerPlugin<GatewayContext> {
  const rateLimit = createMutationRateLimiter(options.mutationRateLimit);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ queryHash, document, schema, operation, request, contextValue }) {
          checkPersistedOperation(queryHash, options.operations, { allowAny: options.allowAnyOperation });
          const operationName = operation?.name?.value ?? request.operationName;
          checkOperationLimits({ document, schema, operationName, variables: request.variables }, options.limits, { allowIntrospection: options.allowIntrospection });
          await rateLimit({ operation, document, operationName, contextValue });
        },
      };
    },
  };
}

/** Anonymous without a token; a token is verified or refused, never ignored. */
async function viewerOf(authorization: string | undefined, verify: AccessTokenVerifier | undefined) {
  if (authorization === undefined) return null;
  if (!verify) {
    throw new HttpError(401, "UNAUTHENTICATED", "This gateway has no identity provider configured (OIDC_ISSUER); send the request without a token.");
  }
  return verify(authorization);
}
