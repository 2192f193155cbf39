import type { GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { ArgumentValidationError } from "type-graphql";
import { ErrorCode } from "../errors.js";
import type { Logger } from "../logger.js";

const publicCodes = new Set<string>([
  ...Object.values(ErrorCode),
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
]);

/**
 * Every error leaves with a code from a fixed list and nothing else from the inside: coded errors
 * pass as they are, validation errors become VALIDATION_FAILED with field messages, and anything
 * unexpected is logged and replaced by a plain apology.
 */
export function createFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
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
    const code = formatted.extensions?.code;
    if (typeof code === "string" && publicCodes.has(code)) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    logger.error({ err: original, path: formatted.path }, "unexpected error in a resolver");
    return {
      message: "Something went wrong. The error has been logged.",
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: ErrorCode.INTERNAL },
    };
  };
}
