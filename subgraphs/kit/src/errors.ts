import { GraphQLError } from "graphql";

/** The fixed codes every subgraph uses; clients and tests match on these, never on messages. */
export const ErrorCode = {
  UNAUTHENTICATED: "UNAUTHENTICATED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  VALIDATION_FAILED: "VALIDATION_FAILED",
  CONFLICT: "CONFLICT",
  /** Input the schema accepts but we cannot use: a cursor we never issued, a personnummer that cannot exist. */
  BAD_USER_INPUT: "BAD_USER_INPUT",
  /** An editorial save would widen an item's audience to PUBLIC without `confirmPublicAudience` (decision 019). */
  AUDIENCE_WIDENING_NOT_CONFIRMED: "AUDIENCE_WIDENING_NOT_CONFIRMED",
  /** Another service this answer depends on did not answer; try again later. */
  SERVICE_UNAVAILABLE: "SERVICE_UNAVAILABLE",
  INTERNAL: "INTERNAL_SERVER_ERROR",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export type FieldErrors = Record<string, string[]>;

function coded(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export const unauthenticated = (message = "You must be logged in.") => coded(ErrorCode.UNAUTHENTICATED, message);

export const forbidden = (message = "You do not have access to this.") => coded(ErrorCode.FORBIDDEN, message);

export const notFound = (what: string, id?: string) =>
  coded(ErrorCode.NOT_FOUND, id ? `${what} ${id} was not found.` : `${what} was not found.`);

export const validationFailed = (fieldErrors: FieldErrors, message = "The input is not valid.") =>
  coded(ErrorCode.VALIDATION_FAILED, message, { fieldErrors });

/** `field` names the argument or input field at fault, so a form can put the message beside it. */
export const badUserInput = (message: string, field: string, extra: Record<string, unknown> = {}) =>
  coded(ErrorCode.BAD_USER_INPUT, message, { field, ...extra });

export const conflict = (message: string, current?: unknown) =>
  coded(ErrorCode.CONFLICT, message, current === undefined ? {} : { current });

export const serviceUnavailable = (message = "A service this answer needs is not answering. Try again in a while.") =>
  coded(ErrorCode.SERVICE_UNAVAILABLE, message);
