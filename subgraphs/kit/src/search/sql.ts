import { foldForSearch } from "./fold.js";

/**
 * The SQL name of `foldForSearch`; the triggers of every search index call it. SQLite: registered on
 * each connection (below). PostgreSQL: a function in the subgraph's schema, generated from
 * `foldForSearch` and made by `createSearchIndex` (postgres.ts).
 */
export const SEARCH_FOLD_FUNCTION = "vp_search_fold";

interface FunctionHost {
  function(name: string, options: { deterministic: boolean }, fn: (value: unknown) => unknown): unknown;
}

/**
 * Registers the search functions on one better-sqlite3 connection. The kit does it for every
 * connection it opens (`createDataSource`), so triggers fired by any writer (the ContentStore, the
 * editorial engine, a seed, a migration) index exactly as the query folds.
 */
export function registerSearchFunctions(db: FunctionHost): void {
  db.function(SEARCH_FOLD_FUNCTION, { deterministic: true }, (value) =>
    value === null || value === undefined ? "" : foldForSearch(String(value)),
  );
}
