import type { ApolloServerPlugin } from "@apollo/server";
import type { FormattedExecutionResult } from "graphql";
import type { GatewayContext } from "./context.js";
import type { CacheResult } from "./metrics.js";

export interface AnonymousCacheOptions {
  /** How long an answer is reused; 0 turns the cache off. */
  ttlMs: number;
  /** At most this many answers are kept; the oldest goes first. */
  maxEntries: number;
  now?: () => number;
  /** Told of every anonymous query the cache could answer: hit, miss or bypass (the gateway's metrics). */
  count?: (result: CacheResult) => void;
}

/**
 * A short-lived cache of whole answers to anonymous queries (decision 018). An anonymous visitor sees
 * PUBLIC content only, so every anonymous visitor gets the same answer to the same query and
 * variables: the busiest pages (the home page, Hitta vård, Avgifter) are answered without asking
 * the subgraphs again for a few seconds. Never for a request with a viewer, never for a mutation,
 * never an answer with errors (a subgraph that was down is asked again at once). `Cache-Control:
 * no-cache` from the client skips the lookup. `x-cache: HIT|MISS` says which it was.
 */
export function anonymousResponseCache(options: AnonymousCacheOptions): ApolloServerPlugin<GatewayContext> {
  const now = options.now ?? Date.now;
  const entries = new Map<string, { at: number; result: FormattedExecutionResult }>();
  return {
    async requestDidStart({ contextValue, request }) {
      // A request that sends only the hash of one of our operations (decision 020) is keyed on the hash.
      const hash = (request.extensions?.persistedQuery as { sha256Hash?: unknown } | undefined)?.sha256Hash;
      const text = request.query ?? (typeof hash === "string" ? `sha256:${hash}` : undefined);
      if (options.ttlMs <= 0 || contextValue.viewer !== null || !text) return;
      const key = JSON.stringify([text, request.operationName ?? null, request.variables ?? null]);
      const bypass = /no-cache|no-store/.test(request.http?.headers.get("cache-control") ?? "");
      let served = false;
      return {
        async responseForOperation(ctx) {
          if (ctx.operation.operation !== "query") return null;
          if (bypass) {
            options.count?.("bypass");
            return null;
          }
          const hit = entries.get(key);
          if (!hit || now() - hit.at >= options.ttlMs) {
            options.count?.("miss");
            return null;
          }
          options.count?.("hit");
          served = true;
          ctx.response.http.headers.set("x-cache", "HIT");
          return { http: ctx.response.http, body: { kind: "single", singleResult: hit.result } };
        },
        async willSendResponse(ctx) {
          if (served || ctx.operation?.operation !== "query") return;
          const body = ctx.response.body;
          if (body.kind !== "single" || body.singleResult.errors?.length) return;
          entries.delete(key);
          entries.set(key, { at: now(), result: body.singleResult });
          if (entries.size > options.maxEntries) entries.delete(entries.keys().next().value!);
          ctx.response.http.headers.set("x-cache", "MISS");
        },
      };
    },
  };
}
