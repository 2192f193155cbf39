import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { countingErrors } from "@vardportal/kit/http";
import type { Logger } from "@vardportal/kit/logger";
import { countTokens, TOKEN_LIMIT_MESSAGE } from "./limits.js";

/** Codes a client may see as they are; their messages were written for clients. */
const publicCodes = new Set([
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "VALIDATION_FAILED",
  "CONFLICT",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
  // Editorial: widening an item to PUBLIC needs a confirmation (decision 019).
  "AUDIENCE_WIDENING_NOT_CONFIRMED",
  // The gateway's own refusals (limits.ts, persisted-operations.ts, rate-limit.ts).
  "TOO_MANY_TOKENS",
  "QUERY_TOO_DEEP",
  "TOO_MANY_ALIASES",
  "TOO_MANY_ROOT_FIELDS",
  "QUERY_TOO_COMPLEX",
  "OPERATION_NOT_ALLOWED",
  "RATE_LIMITED",
]);

/** What a coded error may carry to the client: the field and the words for it, never internals. */
const passedExtensions = ["code", "field", "messages", "problem", "fieldErrors", "current", "limit", "value", "windowSeconds", "retryAfterSeconds"];

/**
 * What leaves the gateway: a coded error a client can act on, with the path of the part that
 * failed. A subgraph's URL, stack, response body or internal message never does.
 */
export function createGatewayFormatError(logger: Logger, countError?: (code: string) => void) {
  const format = (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const tooManyTokens = formatted.extensions?.code === "GRAPHQL_PARSE_FAILED" ? TOKEN_LIMIT_MESSAGE.exec(formatted.message) : null;
    if (tooManyTokens) return tokenLimitError(Number(tooManyTokens[1]), error);
    const code = formatted.extensions?.code;
    if (typeof code === "string" && publicCodes.has(code)) {
      const extensions = Object.fromEntries(passedExtensions.filter((k) => formatted.extensions?.[k] !== undefined).map((k) => [k, formatted.extensions?.[k]]));
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions };
    }
    logger.warn({ err: error, code, path: formatted.path, serviceName: formatted.extensions?.serviceName }, "error replaced before reaching the client");
    const unavailable = formatted.path !== undefined || code === "INTERNAL_SERVER_ERROR" || code === "DOWNSTREAM_SERVICE_ERROR";
    return {
      message: unavailable
        ? "This part of the answer is unavailable right now. Try again in a moment."
        : "Something went wrong. The error has been logged.",
      path: formatted.path,
      extensions: { code: unavailable ? "SERVICE_UNAVAILABLE" : "INTERNAL_SERVER_ERROR" },
    };
  };
  return countingErrors(format, countError);
}

/** The parser stopped at `maxTokens`: say so with the code, the limit and how many tokens the document has. */
function tokenLimitError(limit: number, error: unknown): GraphQLFormattedError {
  const source = error instanceof GraphQLError ? (error.source ?? (error.originalError as GraphQLError | undefined)?.source) : undefined;
  let value: number | undefined;
  try {
    value = source ? countTokens(source.body) : undefined;
  } catch {
    value = undefined;
  }
  return {
    message: `The query has ${value ?? "more than " + limit} tokens; at most ${limit} are accepted.`,
    extensions: { code: "TOO_MANY_TOKENS", limit, ...(value !== undefined ? { value } : {}) },
  };
}
