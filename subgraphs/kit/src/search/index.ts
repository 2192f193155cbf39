export * from "./fold.js";
export * from "./sql.js";
export * from "./search-index.js";
export * from "./snippet.js";
export * from "./types.js";
export * from "./run-search.js";
export { SEARCH_WORDS_FUNCTION, postgresSearchIndexStatements, postgresTriggerNames, tsQueryExpression } from "./postgres.js";
