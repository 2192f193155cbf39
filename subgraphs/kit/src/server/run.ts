import "reflect-metadata";
import { ConfigError, readConfig, subgraphConfigSchema } from "../config.js";
import { importVerifyingKey, readPublicKeyPem } from "../identity/index.js";
import { createLogger } from "../logger.js";
import { createSubgraph, type SubgraphDefinition } from "./subgraph.js";
import { describeTarget } from "../db/data-source.js";
import { previewSecret } from "../editorial/preview.js";

/** EDITORIAL_TICK_MS: how often the editorial scheduler looks (decision 019); default 15 s, 0 = off. */
function editorialTickMs(): number {
  const value = Number(process.env.EDITORIAL_TICK_MS ?? 15_000);
  if (!Number.isInteger(value) || value < 0) throw new Error("EDITORIAL_TICK_MS must be a whole number of milliseconds (0 = off).");
  return value;
}

/** The whole of a subgraph's `main.ts`: read the environment, open the database, serve, stop cleanly. */
export async function runSubgraph(definition: SubgraphDefinition): Promise<void> {
  const logger = createLogger(definition.name);
  try {
    const config = readConfig(subgraphConfigSchema(definition.name, definition.defaultPort));
    const verifyingKey = await importVerifyingKey(readPublicKeyPem(config.gatewayPublicKey, config.gatewayPublicKeyFile));
    // A bad PREVIEW_SECRET is a start-up error, not a failed preview link later (decision 019).
    if (definition.editorial) previewSecret();
    const started = Date.now();
    const subgraph = await createSubgraph(definition, {
      host: config.host,
      port: config.port,
      database: config.database,
      verifyingKey,
      seed: config.seed !== "never",
      logger,
      introspection: config.nodeEnv !== "production",
      editorialTickMs: editorialTickMs(),
    });
    logger.info({ url: subgraph.url, database: describeTarget(config.database), ms: Date.now() - started }, "ready");
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
