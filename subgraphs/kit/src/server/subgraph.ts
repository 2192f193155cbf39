import { ApolloServer } from "@apollo/server";
import type { DataSource, EntitySchema } from "typeorm";
import { createDataSource, openDatabase, sqlStatementsExecuted } from "../db/data-source.js";
import { isUnseeded } from "../content/seed.js";
import { startGraphqlHttp, type RouteHandler, type RunningServer } from "../http/server.js";
import { HttpError } from "../http/request.js";
import { IDENTITY_HEADER, IdentityError, verifyIdentity, type VerifyingKey } from "../identity/token.js";
import { createLogger, type Logger } from "../logger.js";
import { buildFederatedSchema, type SchemaDefinition } from "../schema/build-schema.js";
import { Loaders, type SubgraphContext } from "./context.js";
import { createFormatError } from "./format-error.js";

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
}

export interface SubgraphOptions {
  host?: string;
  port?: number;
  database: string;
  verifyingKey: VerifyingKey;
  /** Tests only: build tables from the entities instead of running migrations. */
  synchronize?: boolean;
  seed?: boolean;
  clock?: () => Date;
  logger?: Logger;
  introspection?: boolean;
}

export interface Subgraph extends RunningServer {
  dataSource: DataSource;
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
  await openDatabase(dataSource);
  if (options.seed && definition.seed && (await isUnseeded(dataSource))) {
    await definition.seed(dataSource, clock());
    logger.info("seed content written");
  }

  const apollo = new ApolloServer<SubgraphContext>({
    schema: await buildFederatedSchema(definition),
    introspection: options.introspection ?? true,
    includeStacktraceInErrorResponses: false,
    formatError: createFormatError(logger),
    logger,
  });
  await apollo.start();

  const running = await startGraphqlHttp<SubgraphContext>({
    apollo,
    logger,
    host: options.host ?? "127.0.0.1",
    port: options.port ?? 0,
    routes: definition.routes,
    context: async (req, requestId) => {
      const header = req.headers[IDENTITY_HEADER];
      try {
        const claims = await verifyIdentity(options.verifyingKey, typeof header === "string" ? header : undefined);
        return {
          viewer: claims.viewer,
          requestId,
          now: clock(),
          dataSource,
          loaders: new Loaders(),
          logger: logger.child({ requestId }),
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
      return sqlStatements === undefined ? {} : { sqlStatements };
    },
    ready: async () => {
      if (!dataSource.isInitialized) return false;
      await dataSource.query("SELECT 1");
      return !(await dataSource.showMigrations());
    },
  });

  return {
    ...running,
    dataSource,
    close: async () => {
      await running.close();
      await apollo.stop();
      if (dataSource.isInitialized) await dataSource.destroy();
    },
  };
}
