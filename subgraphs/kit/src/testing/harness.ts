import "reflect-metadata";
import { generateKeyPairPem } from "../identity/keys.js";
import { IDENTITY_HEADER, importSigningKey, importVerifyingKey, signIdentity, type SigningKey } from "../identity/token.js";
import type { Viewer } from "../identity/viewer.js";
import { createLogger } from "../logger.js";
import { createSubgraph, type Subgraph, type SubgraphDefinition } from "../server/subgraph.js";
import type { GraphqlResult } from "./expect.js";
import { testDatabase } from "./database.js";
import type { DatabaseTarget } from "../db/data-source.js";
import { personas, type PersonaName } from "./personas.js";

export interface TestClock {
  now: Date;
  set(iso: string | Date): void;
}

export function testClock(start: string | Date = "2026-03-02T09:00:00+01:00"): TestClock & (() => Date) {
  const clock = Object.assign(() => new Date(clock.now), {
    now: new Date(start),
    set(iso: string | Date) {
      clock.now = new Date(iso);
    },
  });
  return clock;
}

export interface QueryOptions {
  variables?: Record<string, unknown>;
  /** A persona name, a viewer, or null for anonymous. Default: anonymous. */
  as?: PersonaName | Viewer | null;
  /** Send exactly this identity header instead of a freshly signed one ("" sends none). */
  identityToken?: string;
  /** Extra request headers, e.g. `{ "x-preview-token": token }`. */
  headers?: Record<string, string>;
}

export interface TestSubgraph {
  subgraph: Subgraph;
  url: string;
  signingKey: SigningKey;
  clock: ReturnType<typeof testClock>;
  query<T = Record<string, unknown>>(document: string, options?: QueryOptions): Promise<GraphqlResult<T>>;
  sign(viewer: Viewer | null): Promise<string>;
  close(): Promise<void>;
}

/**
 * A real subgraph on 127.0.0.1 with its own fresh database, migrated like production, and a gateway
 * key pair of its own, so tests can sign (or forge) identity tokens. The database is SQLite in memory,
 * or, when TEST_DATABASE_URL is set (the PostgreSQL run of the suite, decision 026), a new schema of
 * its own in that database, dropped again on close.
 */
export async function startTestSubgraph(
  definition: SubgraphDefinition,
  options: { seed?: boolean; clock?: ReturnType<typeof testClock>; database?: DatabaseTarget } = {},
): Promise<TestSubgraph> {
  const pair = generateKeyPairPem();
  const signingKey = await importSigningKey(pair.privateKey);
  const clock = options.clock ?? testClock();
  const scratch = options.database === undefined ? testDatabase(definition.name) : undefined;
  const subgraph = await createSubgraph(definition, {
    database: options.database ?? scratch?.target ?? ":memory:",
    verifyingKey: await importVerifyingKey(pair.publicKey),
    seed: options.seed ?? false,
    clock,
    // TEST_LOG_LEVEL=error shows what a test subgraph logs (an internal error's cause, say).
    logger: createLogger(definition.name, (process.env.TEST_LOG_LEVEL as "error" | undefined) ?? "silent"),
  });
  const sign = (viewer: Viewer | null) => signIdentity(signingKey, { viewer });
  return {
    subgraph,
    url: subgraph.url,
    signingKey,
    clock,
    sign,
    close: async () => {
      await subgraph.close();
      await scratch?.drop();
    },
    async query<T>(document: string, opts: QueryOptions = {}) {
      const viewer = typeof opts.as === "string" ? personas[opts.as] : (opts.as ?? null);
      const token = opts.identityToken ?? (await sign(viewer as Viewer | null));
      const response = await fetch(subgraph.url, {
        method: "POST",
        headers: { "content-type": "application/json", ...(opts.headers ?? {}), ...(token ? { [IDENTITY_HEADER]: token } : {}) },
        body: JSON.stringify({ query: document, variables: opts.variables }),
      });
      const body = (await response.json()) as Omit<GraphqlResult<T>, "status">;
      return { status: response.status, ...body };
    },
  };
}
