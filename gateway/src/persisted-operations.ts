import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { ApolloServerPlugin } from "@apollo/server";
import type { KeyValueCache } from "@apollo/utils.keyvaluecache";
import { repoRoot } from "@vardportal/kit/config";
import type { GatewayContext } from "./context.js";
import { limitError } from "./limits.js";

/** The committed manifest: sha256 (hex) of each operation's exact text → the text (decision 020). */
export const persistedOperationsFile = path.join(repoRoot, "gateway", "persisted-operations.json");

export type PersistedOperations = ReadonlyMap<string, string>;

export const operationHash = (document: string) => createHash("sha256").update(document).digest("hex");

export function readPersistedOperations(file = persistedOperationsFile): PersistedOperations {
  if (!existsSync(file)) return new Map();
  const parsed = JSON.parse(readFileSync(file, "utf8")) as { operations?: Record<string, string> };
  return new Map(Object.entries(parsed.operations ?? {}));
}

/**
 * Apollo's persisted-query cache, read-only over the manifest: a request that sends only the hash of
 * one of our operations is served from it, and nothing a client sends is ever added to it.
 */
export function manifestCache(operations: PersistedOperations): KeyValueCache<string> {
  const strip = (key: string) => key.replace(/^apq:/, "");
  return {
    get: async (key) => operations.get(strip(key)),
    set: async () => {},
    delete: async () => false,
  };
}

/**
 * Only the portal's and admin's own operations (the manifest) run, unless `allowAny` (development and
 * tests). The check is on the hash of the document that would run, so an operation sent in full is
 * accepted exactly when it is one of ours; the client also sends the hash (`extensions.persistedQuery`)
 * and may send it alone. An operation outside the manifest is OPERATION_NOT_ALLOWED (400).
 */
export function checkPersistedOperation(queryHash: string | undefined, operations: PersistedOperations, options: { allowAny: boolean }): void {
  if (options.allowAny) return;
  if (queryHash === undefined || !operations.has(queryHash)) {
    throw limitError("OPERATION_NOT_ALLOWED", "This gateway runs only the portal's and the admin's own operations.");
  }
}

/**
 * A hash we do not know, sent without a document, is Apollo's PERSISTED_QUERY_NOT_FOUND, which the
 * automatic-persisted-query protocol answers with HTTP 200 (so a client retries with the document). We
 * register nothing a client sends, so there is nothing to retry for: it is a bad request, 400.
 */
export function persistedQueryNotFoundIs400(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== "single") return;
          if (response.body.singleResult.errors?.some((e) => e.extensions?.code === "PERSISTED_QUERY_NOT_FOUND")) response.http.status = 400;
        },
      };
    },
  };
}
