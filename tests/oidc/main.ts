import { readConfigOrExit } from "@vardportal/kit/config";
import { createLogger } from "@vardportal/kit/logger";
import { oidcConfigSchema } from "./config.js";
import { startOidcServer } from "./server.js";

// The local OpenID provider for development and tests: `node --import tsx oidc/main.ts` from tests/.
const config = readConfigOrExit(oidcConfigSchema);
const logger = createLogger("oidc", config.logLevel);

try {
  const { logLevel: _logLevel, ...options } = config;
  const server = await startOidcServer({ ...options, logger });
  logger.info({ issuer: server.issuer, audience: config.audience, dataDir: config.dataDir }, "ready");

  const stop = (signal: string) => {
    logger.info({ signal }, "stopping");
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
    // Clients holding a request open get five seconds, not forever.
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.once("SIGINT", () => stop("SIGINT"));
  process.once("SIGTERM", () => stop("SIGTERM"));
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  logger.fatal(message);
  console.error(`oidc: ${message}`);
  process.exit(1);
}
