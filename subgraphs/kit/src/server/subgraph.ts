import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import type { DataSource, EntitySchema } from "typeorm";
import { createDataSource, openDatabase, recentSqlStatements, sqlStatementsExecuted, type DatabaseTarget } from "../db/data-source.js";
import { isUnseeded } from "../content/seed.js";
import { startGraphqlHttp, type RouteHandler, type RunningServer } from "../http/server.js";
import { createServiceMetrics, metricsEnabled, observeDatabasePool } from "../http/metrics.js";
import { HttpError } from "../http/request.js";
import { IDENTITY_HEADER, IdentityError, SHARED_SUBGRAPH_AUDIENCE, subgraphAudience, verifyIdentity, type VerifyingKey } from "../identity/token.js";
import { createLogger, type Logger } from "../logger.js";
import { buildFederatedSchema, type SchemaDefinition } from "../schema/build-schema.js";
import { Loaders, type SubgraphContext } from "./context.js";
import { createFormatError } from "./format-error.js";
import { PREVIEW_HEADER } from "../editorial/preview.js";
import { createEditorialScheduler, type EditorialScheduler } from "../editorial/scheduler.js";
import type { EditorialRegistry } from "../editorial/types.js";

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type Constructor = Function;

/** What a subgraph is: its classes, its migrations and its seed. Each subgraph exports one. */
export interface SubgraphDefinition extends SchemaDefinition {
  name: string;
  defaultPort: number;
  entities: (Constructor | EntitySchema)[];
  migrations: Constructor[];
  /** Writes the seed content; called only on a database that holds no content yet. */
  seed?: (dataSource: DataSource, now: Date) => Promise<void>;
  /** HTTP routes beside `/graphql` (the archive's upload), behind the same gateway-identity check. */
  routes?: Record<string, RouteHandler<SubgraphContext>>;
  /** The subgraph's editorial content types (decision 019): the kit runs their scheduler. */
  editorial?: EditorialRegistry;
}

export interface SubgraphOptions {
  host?: string;
  port?: number;
  database: DatabaseTarget;
  verifyingKey: VerifyingKey;
  /** Tests only: build tables from the entities instead of running migrations. */
  synchronize?: boolean;
  seed?: boolean;
  clock?: () => Date;
  logger?: Logger;
  introspection?: boolean;
  /** How often the editorial scheduler looks (ms); 0 or unset = only when `editorialScheduler.tick()` is called (tests). */
  editorialTickMs?: number;
  /**
   * The identity-token audiences accepted. Default: this subgraph's own (`subgraphAudience(name)`,
   * what the gateway mints) and the shared one (service tokens signed with their own keys, decision 012).
   */
  audiences?: string[];
}

export interface Subgraph extends RunningServer {
  dataSource: DataSource;
  /** Present when the definition has editorial types; tests call `tick()` with the injected clock. */
  editorialScheduler?: EditorialScheduler;
}

/** The factory: a running subgraph on a port, for `main.ts` and for tests alike. */
export async function createSubgraph(definition: SubgraphDefinition, options: SubgraphOptions): Promise<Subgraph> {
  const logger = options.logger ?? createLogger(definition.name);
  const clock = options.clock ?? (() => new Date());
  const dataSource = createDataSource({
    database: options.database,
    entities: definition.entities,
    migrations: definition.migrations,
    synchronize: options.synchronize,
  });
  await openDatabase(dataSource, {
    // Under the migration lock on PostgreSQL: two instances starting on an empty schema seed it once.
    afterMigrations: async () => {
      if (options.seed && definition.seed && (await isUnseeded(dataSource))) {
        await definition.seed(dataSource, clock());
        logger.info("seed content written");
      }
    },
  });

  // GET /metrics (kit/src/http/metrics.ts); on PostgreSQL with the pool's connections (TypeORM keeps it as `driver.master`).
  const metrics = metricsEnabled() ? createServiceMetrics() : false;
  if (metrics && dataSource.options.type === "postgres") observeDatabasePool(metrics, () => (dataSource.driver as { master?: unknown }).master);

  const apollo = new ApolloServer<SubgraphContext>({
    schema: await buildFederatedSchema(definition),
    introspection: options.introspection ?? true,
    includeStacktraceInErrorResponses: false,
    formatError: createFormatError(logger, metrics ? (code) => metrics.countGraphqlError(code) : undefined),
    logger,
    // Apollo's cache-control plugin works out a cache policy field by field (a hook wrapped around every resolver
    // and a policy object per field) only to answer `cache-control: no-store`: nothing here gives cache hints, and
    // the gateway treats a subgraph answer without the header as uncacheable too. Without it no resolver is wrapped.
    plugins: [ApolloServerPluginCacheControlDisabled()],
  });
  await apollo.start();

  const audiences = options.audiences ?? [subgraphAudience(definition.name), SHARED_SUBGRAPH_AUDIENCE];
  const running = await startGraphqlHttp<SubgraphContext>({
    apollo,
    logger,
    host: options.host ?? "127.0.0.1",
    port: options.port ?? 0,
    routes: definition.routes,
    metrics,
    context: async (req, requestId) => {
      const header = req.headers[IDENTITY_HEADER];
      try {
        const claims = await verifyIdentity(options.verifyingKey, typeof header === "string" ? header : undefined, { audience: audiences });
        return {
          viewer: claims.viewer,
          requestId,
          now: clock(),
          dataSource,
          loaders: new Loaders(),
          logger: logger.child({ requestId }),
          previewToken: typeof req.headers[PREVIEW_HEADER] === "string" ? (req.headers[PREVIEW_HEADER] as string) : null,
        };
      } catch (error) {
        if (error instanceof IdentityError) {
          throw new HttpError(401, "UNAUTHENTICATED", "This service answers only the gateway: the request has no valid gateway signature.");
        }
        throw error;
      }
    },
    health: () => {
      const sqlStatements = sqlStatementsExecuted();
      return sqlStatements === undefined ? {} : { sqlStatements, recentSqlStatements: recentSqlStatements() };
    },
    ready: async () => {
      if (!dataSource.isInitialized) return false;
      await dataSource.query("SELECT 1");
      return !(await dataSource.showMigrations());
    },
  });

  const editorialScheduler = definition.editorial
    ? createEditorialScheduler({ dataSource, registry: definition.editorial, clock, intervalMs: options.editorialTickMs ?? 0, logger })
    : undefined;

  return {
    ...running,
    dataSource,
    editorialScheduler,
    close: async () => {
      await editorialScheduler?.stop();
      await running.close();
      await apollo.stop();
      if (dataSource.isInitialized) await dataSource.destroy();
    },
  };
}
