import type { GraphQLFormattedError } from "graphql";
import type { ErrorCode } from "../errors.js";

export interface GraphqlResult<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: GraphQLFormattedError[];
}

function fail(message: string, result: GraphqlResult<unknown>): never {
  throw new Error(`${message}\n${JSON.stringify({ status: result.status, data: result.data, errors: result.errors }, null, 2)}`);
}

/** Asserts no errors and returns the data, typed. */
export function expectData<T>(result: GraphqlResult<T>): T {
  if (result.errors?.length) fail("Expected no errors", result);
  if (!result.data) fail("Expected data", result);
  return result.data;
}

/** Asserts an error with this code (and, if given, on this path) and returns it. */
export function expectCode(result: GraphqlResult<unknown>, code: ErrorCode | string, path?: (string | number)[]): GraphQLFormattedError {
  const found = result.errors?.find(
    (e) => e.extensions?.code === code && (!path || JSON.stringify(e.path) === JSON.stringify(path)),
  );
  if (!found) fail(`Expected an error with code ${code}${path ? ` at ${path.join(".")}` : ""}`, result);
  for (const error of result.errors ?? []) {
    if (JSON.stringify(error).includes("    at ")) fail("An error carries a stack trace", result);
  }
  return found;
}

export const expectUnauthenticated = (r: GraphqlResult<unknown>, path?: (string | number)[]) => expectCode(r, "UNAUTHENTICATED", path);
export const expectForbidden = (r: GraphqlResult<unknown>, path?: (string | number)[]) => expectCode(r, "FORBIDDEN", path);
export const expectNotFound = (r: GraphqlResult<unknown>, path?: (string | number)[]) => expectCode(r, "NOT_FOUND", path);
export const expectConflict = (r: GraphqlResult<unknown>, path?: (string | number)[]) => expectCode(r, "CONFLICT", path);
export const expectValidationFailed = (r: GraphqlResult<unknown>, path?: (string | number)[]) =>
  expectCode(r, "VALIDATION_FAILED", path);
export const expectBadUserInput = (r: GraphqlResult<unknown>, path?: (string | number)[]) => expectCode(r, "BAD_USER_INPUT", path);

/** The code of the error on exactly this path, or null: for matrices that compare codes per persona. */
export function errorCodeAt(result: GraphqlResult<unknown>, path: (string | number)[]): string | null {
  const error = result.errors?.find((e) => JSON.stringify(e.path) === JSON.stringify(path));
  const code = error?.extensions?.code;
  return typeof code === "string" ? code : null;
}
