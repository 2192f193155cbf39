import type { GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { ArgumentValidationError } from "type-graphql";
import { ErrorCode } from "../errors.js";
import { countingErrors } from "../http/metrics.js";
import type { Logger } from "../logger.js";

/**
 * Codes whose message was written for the client. INTERNAL_SERVER_ERROR is not one of them: Apollo
 * gives that code to every error nobody coded (a TypeError, a failed SQL statement), and their
 * messages describe our insides.
 */
const publicCodes = new Set<string>([
  ...Object.values(ErrorCode).filter((code) => code !== ErrorCode.INTERNAL),
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
]);

/**
 * Our own refusal of an input (`badUserInput`), if the error is or wraps one. graphql-js wraps a
 * scalar's refusal of a variable in an error of its own whose message repeats the value given (for
 * a personnummer, personal data), and Apollo recodes a refused literal as GRAPHQL_VALIDATION_FAILED;
 * the innermost error is the one written for the client.
 */
function ownRefusal(error: unknown): { message: string; extensions: Record<string, unknown> } | null {
  let found: { message: string; extensions: Record<string, unknown> } | null = null;
  let current = error;
  for (let depth = 0; depth < 5 && typeof current === "object" && current !== null; depth++) {
    const { message, extensions, originalError } = current as { message?: unknown; extensions?: Record<string, unknown>; originalError?: unknown };
    if (extensions?.code === ErrorCode.BAD_USER_INPUT && typeof extensions.field === "string" && typeof message === "string") {
      found = { message, extensions };
    }
    current = originalError;
  }
  return found;
}

/**
 * Every error leaves with a code from a fixed list and nothing else from the inside: coded errors
 * pass as they are (our input refusals as we wrote them), validation errors become VALIDATION_FAILED
 * with field messages, and anything unexpected is logged and replaced by a plain apology.
 */
export function createFormatError(logger: Logger, countError?: (code: string) => void) {
  const format = (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof ArgumentValidationError) {
      const fieldErrors: Record<string, string[]> = {};
      for (const issue of original.extensions.validationErrors ?? []) {
        fieldErrors[issue.property] = Object.values(issue.constraints ?? {});
      }
      return {
        message: "The input is not valid.",
        path: formatted.path,
        extensions: { code: ErrorCode.VALIDATION_FAILED, fieldErrors },
      };
    }
    const refusal = ownRefusal(error);
    if (refusal) return { message: refusal.message, locations: formatted.locations, path: formatted.path, extensions: refusal.extensions };
    const code = formatted.extensions?.code;
    if (typeof code === "string" && publicCodes.has(code)) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    logger.error({ err: loggable(original), path: formatted.path }, "unexpected error in a resolver");
    return {
      message: "Something went wrong. The error has been logged.",
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: ErrorCode.INTERNAL },
    };
  };
  return countingErrors(format, countError);
}

/**
 * An error as it may be logged. A failed SQL statement (TypeORM's QueryFailedError) carries the
 * statement's parameters, which hold personal data (a personnummer, a name): the log keeps the
 * statement and the driver's message, never the values.
 */
export function loggable(error: unknown): unknown {
  if (!(error instanceof Error) || !("parameters" in error)) return error;
  const { name, message, stack } = error;
  const query = (error as { query?: unknown }).query;
  const driverCode = (error as { driverError?: { code?: unknown } }).driverError?.code;
  return { name, message, stack, query, driverCode, parameters: "[left out: may hold personal data]" };
}
