import { readFileSync } from "node:fs";
import { readConfigOrExit } from "@vardportal/kit/config";
import { ensureLocalKeyPair, importSigningKey } from "@vardportal/kit/identity";
import { createLogger } from "@vardportal/kit/logger";
import { createAccessTokenVerifier } from "./access-token.js";
import { gatewayConfigSchema } from "./config.js";
import { createGateway } from "./gateway.js";
import { supergraphFile } from "./subgraphs.js";

const config = readConfigOrExit(gatewayConfigSchema);
const logger = createLogger("gateway", config.logLevel);

try {
  const pem = config.signingKey?.replace(/\\n/g, "\n") ?? ensureLocalKeyPair(config.dataDir).privateKey;
  const server = await createGateway({
    supergraphSdl: readFileSync(supergraphFile, "utf8"),
    subgraphUrls: config.subgraphUrls,
    signingKey: await importSigningKey(pem),
    logger,
    host: config.host,
    port: config.port,
    production: config.nodeEnv === "production",
    subgraphTimeoutMs: config.subgraphTimeoutMs,
    maxBodyBytes: config.maxBodyBytes,
    anonymousCacheTtlMs: config.anonymousCacheTtlMs,
    limits: config.limits,
    mutationRateLimit: config.mutationRateLimit,
    uploadRateLimit: config.uploadRateLimit,
    allowAnyOperation: config.allowAnyOperation,
    verifyAccessToken: config.oidc && createAccessTokenVerifier({ ...config.oidc, logger }),
  });
  if (config.allowAnyOperation && config.nodeEnv === "production") logger.warn("ALLOW_ANY_OPERATION=true: operations outside persisted-operations.json are accepted");
  if (!config.oidc) logger.warn("OIDC_ISSUER is not set: only anonymous requests are served");
  logger.info({ url: server.url }, "ready");
  const stop = () => server.close().then(() => process.exit(0), () => process.exit(1));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
} catch (error) {
  logger.fatal({ err: error }, "gateway failed to start");
  console.error(`gateway: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
