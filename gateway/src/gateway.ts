import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { HttpError, startGraphqlHttp, type RunningServer } from "@vardportal/kit/http";
import { signIdentity, type SigningKey } from "@vardportal/kit/identity";
import type { Logger } from "@vardportal/kit/logger";
import type { AccessTokenVerifier } from "./access-token.js";
import { anonymousResponseCache } from "./anonymous-cache.js";
import { attachmentRoute } from "./attachments.js";
import type { GatewayContext } from "./context.js";
import { createGatewayFormatError } from "./format-error.js";
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
}

/** Apollo Gateway over the committed supergraph, behind the kit's HTTP binding. */
export async function createGateway(options: GatewayOptions): Promise<RunningServer> {
  const timeout = options.subgraphTimeoutMs ?? 5_000;
  // @apollo/gateway otherwise sends usage metrics to Apollo and probes cloud metadata servers at
  // start-up (its OpenTelemetry exporter). Nothing here may call outside the region's machines.
  process.env.APOLLO_TELEMETRY_DISABLED = "true";
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    logger: options.logger,
    buildService: ({ name, url }) => new SignedDataSource(options.subgraphUrls[name] ?? url ?? "", timeout),
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    logger: options.logger,
    introspection: !options.production,
    hideSchemaDetailsFromClientErrors: options.production ?? false,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    formatError: createGatewayFormatError(options.logger),
    plugins: [anonymousResponseCache({ ttlMs: options.anonymousCacheTtlMs ?? 0, maxEntries: 500 })],
  });
  await apollo.start();
  const running = await startGraphqlHttp<GatewayContext>({
    apollo,
    logger: options.logger,
    host: options.host ?? "127.0.0.1",
    port: options.port ?? 0,
    maxBodyBytes: options.maxBodyBytes ?? 100_000,
    routes: { "/attachments": attachmentRoute({ archiveUrl: options.subgraphUrls.archive ?? "", logger: options.logger }) },
    context: async (req, requestId) => {
      const viewer = await viewerOf(req.headers.authorization, options.verifyAccessToken);
      let token: Promise<string> | undefined;
      return { requestId, viewer, identityToken: () => (token ??= signIdentity(options.signingKey, { viewer, requestId })) };
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

/** Anonymous without a token; a token is verified or refused, never ignored. */
async function viewerOf(authorization: string | undefined, verify: AccessTokenVerifier | undefined) {
  if (authorization === undefined) return null;
  if (!verify) {
    throw new HttpError(401, "UNAUTHENTICATED", "This gateway has no identity provider configured (OIDC_ISSUER); send the request without a token.");
  }
  return verify(authorization);
}
