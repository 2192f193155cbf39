import type { DocumentNode, OperationDefinitionNode } from "graphql";
import { HttpError } from "@vardportal/kit/http";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import type { GatewayContext } from "./context.js";
import { limitError, measured } from "./limits.js";

export interface MutationRateLimit {
  /** Mutation fields a viewer may run per window. */
  points: number;
  durationSeconds: number;
}

/**
 * Mutations per viewer: the subject of the access token, else the caller's address. Each top-level
 * mutation field costs one point (two aliased `submit…` in one operation cost two). Past the limit:
 * HTTP 429 with `Retry-After` and RATE_LIMITED, before anything is written.
 *
 * Counted in this process's memory, so per gateway instance, on purpose (issue 13, docs/deploy.md): behind
 * a balancer with N gateway instances a viewer may get up to N × MUTATION_RATE_LIMIT per window, and a
 * restart forgets the counts. It bounds a runaway client without a database round trip on every request;
 * set the limit per instance with the number of instances in mind. The log-in limit, where a multiplied
 * limit would matter, is shared on PostgreSQL (web/src/auth/rate-limit.ts).
 */
export function createMutationRateLimiter(limit: MutationRateLimit) {
  const limiter = new RateLimiterMemory({ points: limit.points, duration: limit.durationSeconds, keyPrefix: "mutation" });
  return async (request: { operation?: OperationDefinitionNode; document: DocumentNode; operationName?: string | null; contextValue: GatewayContext }) => {
    if (request.operation?.operation !== "mutation") return;
    const { viewer, clientAddress } = request.contextValue;
    const key = viewer ? `subject:${viewer.subject}` : `address:${clientAddress ?? "unknown"}`;
    const points = Math.max(1, measured(request.document, request.operationName).rootFields);
    try {
      await limiter.consume(key, points);
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      const retryAfter = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
      throw limitError(
        "RATE_LIMITED",
        `Too many changes in a short time. Try again in ${retryAfter} seconds.`,
        { limit: limit.points, windowSeconds: limit.durationSeconds, retryAfterSeconds: retryAfter },
        429,
        [["retry-after", String(retryAfter)]],
      );
    }
  };
}

/**
 * Attachment uploads per viewer (`POST /attachments`, decision 011): each may be 10 MB and unused ones
 * stay a day, so this bounds what one account can put on the archive's disk. Per instance, like the
 * mutation limit (N instances: up to N × UPLOAD_RATE_LIMIT per window). Past it: 429 RATE_LIMITED with
 * Retry-After, before the body is read.
 */
export function createUploadRateLimiter(limit: MutationRateLimit) {
  const limiter = new RateLimiterMemory({ points: limit.points, duration: limit.durationSeconds, keyPrefix: "upload" });
  return async (subject: string) => {
    try {
      await limiter.consume(subject, 1);
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      const retryAfter = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
      throw new HttpError(429, "RATE_LIMITED", `Too many files in a short time. Try again in ${retryAfter} seconds.`, { "retry-after": String(retryAfter), connection: "close" });
    }
  };
}
