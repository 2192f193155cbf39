import "reflect-metadata";
import { ConfigError, readConfig, subgraphConfigSchema } from "../config.js";
import { importVerifyingKey, readPublicKeyPem } from "../identity/index.js";
import { createLogger } from "../logger.js";
import { createSubgraph, type SubgraphDefinition } from "./subgraph.js";

/** The whole of a subgraph's `main.ts`: read the environment, open the database, serve, stop cleanly. */
export async function runSubgraph(definition: SubgraphDefinition): Promise<void> {
  const logger = createLogger(definition.name);
  try {
    const config = readConfig(subgraphConfigSchema(definition.name, definition.defaultPort));
    if (config.databaseUrl) throw new Error("DATABASE_URL (PostgreSQL) is reserved and not supported yet; unset it to use SQLite.");
    const verifyingKey = await importVerifyingKey(readPublicKeyPem(config.gatewayPublicKey, config.gatewayPublicKeyFile));
    const started = Date.now();
    const subgraph = await createSubgraph(definition, {
      host: config.host,
      port: config.port,
      database: config.databasePath,
      verifyingKey,
      seed: config.seed !== "never",
      logger,
      introspection: config.nodeEnv !== "production",
    });
    logger.info({ url: subgraph.url, database: config.databasePath, ms: Date.now() - started }, "ready");
    const stop = (signal: string) => {
      logger.info({ signal }, "stopping");
      subgraph.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.once("SIGINT", () => stop("SIGINT"));
    process.once("SIGTERM", () => stop("SIGTERM"));
  } catch (error) {
    const message = error instanceof ConfigError || error instanceof Error ? error.message : String(error);
    logger.fatal(message);
    console.error(`${definition.name}: ${message}`);
    process.exit(1);
  }
}
