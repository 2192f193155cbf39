import { readFile } from "node:fs/promises";
import path from "node:path";
import { ConfigError, createLogger, createSubgraph, importVerifyingKey, repoRoot, schemaNameFor, type DatabaseTarget } from "@vardportal/kit";
import { internalDefinition } from "./definition.js";

export const E_SERVICES_PUBLIC_KEY_FILE = "e-services-service.pub.pem";

function readInternalConfig(env: NodeJS.ProcessEnv = process.env) {
  const rawPort = env.FEES_INTERNAL_PORT ?? String(internalDefinition.defaultPort);
  const listenPort = Number(rawPort);
  if (!/^\d+$/.test(rawPort) || listenPort > 65535) throw new ConfigError([`FEES_INTERNAL_PORT: must be a port number, 0 to 65535`]);
  const dataDir = env.DATA_DIR || path.join(repoRoot, "data");
  return {
    host: env.HOST || "127.0.0.1",
    port: listenPort,
    // The same database as the public listener: the fees schema on PostgreSQL, else the SQLite file.
    database: (env.DATABASE_URL
      ? { url: env.DATABASE_URL, schema: env.DATABASE_SCHEMA || schemaNameFor("fees"), poolSize: 4 }
      : env.DATABASE_PATH || path.join(dataDir, "fees.sqlite")) as DatabaseTarget,
    publicKey: env.E_SERVICES_PUBLIC_KEY || undefined,
    publicKeyFile: env.E_SERVICES_PUBLIC_KEY_FILE || path.join(dataDir, E_SERVICES_PUBLIC_KEY_FILE),
  };
}

/**
 * Starts the internal listener beside the public one, on its own port, verifying only e-services'
 * service key. Without that key (no check-in wired up) it does not start and says so.
 */
export async function runInternalListener(): Promise<void> {
  const logger = createLogger(internalDefinition.name);
  const config = readInternalConfig();
  const file = config.publicKeyFile;
  const pem = config.publicKey?.replace(/\\n/g, "\n") ?? (await readFile(file, "utf8").catch(() => null));
  if (!pem) {
    logger.warn({ file }, "no e-services public key: the internal check-in listener is not started");
    return;
  }
  const server = await createSubgraph(internalDefinition, {
    host: config.host,
    port: config.port,
    database: config.database,
    verifyingKey: await importVerifyingKey(pem),
    logger,
    introspection: false,
  });
  logger.info({ url: server.url }, "internal check-in listener ready");
  const stop = () => void server.close();
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}
