import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { schemaNameFor, type DatabaseTarget } from "./db/target.js";

/** The repository root, found from this file's place so every process agrees on `data/`. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/**
 * Reads and validates the environment once. Every bad variable is named in one error,
 * so an operator fixes them all in one go instead of one restart per mistake.
 */
export function readConfig<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv = process.env): z.infer<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = issue.path.join(".") || "(environment)";
    return `${name}: ${issue.message}`;
  });
  throw new ConfigError(problems);
}

/** For entry files: print the problems and exit instead of showing a stack trace. */
export function readConfigOrExit<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv = process.env): z.infer<S> {
  try {
    return readConfig(schema, env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

export const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);

export const nodeEnv = z.enum(["development", "production", "test"]).default("development");

export const logLevel = z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info");

/** Settings every subgraph shares; each subgraph reads them with its own default port. */
export function subgraphConfigSchema(name: string, defaultPort: number) {
  return z.object({
    NODE_ENV: nodeEnv,
    HOST: z.string().min(1).default("127.0.0.1"),
    PORT: port(defaultPort),
    LOG_LEVEL: logLevel,
    DATA_DIR: z.string().min(1).default(path.join(repoRoot, "data")),
    DATABASE_PATH: z.string().min(1).optional(),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL (unset it for the SQLite file)")
      .optional(),
    DATABASE_SCHEMA: z
      .string()
      .regex(/^[a-z_][a-z0-9_]{0,62}$/, "must be a plain lower-case schema name (letters, digits, _)")
      .optional(),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
    GATEWAY_PUBLIC_KEY: z.string().min(1).optional(),
    GATEWAY_PUBLIC_KEY_FILE: z.string().min(1).optional(),
    SEED: z.enum(["auto", "never"]).default("auto"),
  }).transform((env) => ({
    name,
    nodeEnv: env.NODE_ENV,
    host: env.HOST,
    port: env.PORT,
    logLevel: env.LOG_LEVEL,
    dataDir: env.DATA_DIR,
    databasePath: env.DATABASE_PATH ?? path.join(env.DATA_DIR, `${name}.sqlite`),
    databaseUrl: env.DATABASE_URL,
    /** PostgreSQL when DATABASE_URL is set (this subgraph's own schema), else the SQLite file (decision 026). */
    database: (env.DATABASE_URL
      ? { url: env.DATABASE_URL, schema: env.DATABASE_SCHEMA ?? schemaNameFor(name), poolSize: env.DATABASE_POOL_SIZE }
      : (env.DATABASE_PATH ?? path.join(env.DATA_DIR, `${name}.sqlite`))) as DatabaseTarget,
    gatewayPublicKey: env.GATEWAY_PUBLIC_KEY,
    gatewayPublicKeyFile: env.GATEWAY_PUBLIC_KEY_FILE ?? path.join(env.DATA_DIR, "gateway-identity.pub.pem"),
    seed: env.SEED,
  }));
}

export type SubgraphConfig = z.infer<ReturnType<typeof subgraphConfigSchema>>;
