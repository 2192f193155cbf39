import { parse, type OperationDefinitionNode } from "graphql";
import { HttpError } from "@vardportal/kit/http";
import { describe, expect, it } from "vitest";
import type { GatewayContext } from "../src/context.js";
import { createMutationRateLimiter, createUploadRateLimiter } from "../src/rate-limit.js";

/**
 * The gateway's request limits are per instance, on purpose (docs/deploy.md, "Per instance or shared"): each
 * gateway process counts in its own memory, so with N instances behind a balancer a viewer gets up to N times
 * the limit. These tests pin that down, so a change to shared counting is a deliberate one.
 */
const mutation = (source: string) => {
  const document = parse(source);
  const operation = document.definitions[0] as OperationDefinitionNode;
  const contextValue: GatewayContext = {
    requestId: "r",
    viewer: { subject: "nils", roles: ["resident"] } as unknown as GatewayContext["viewer"],
    identityToken: async () => "t",
  };
  return { document, operation, contextValue };
};
const outcome = (promise: Promise<unknown>) =>
  promise.then(
    () => "allowed",
    (error: unknown) => ((error as { extensions?: { code?: string } }).extensions?.code ?? (error instanceof HttpError ? error.code : String(error))),
  );

describe("gateway rate limits are per instance", () => {
  it("two gateway instances each allow the mutation limit: a viewer gets up to 2 × the limit behind a balancer", async () => {
    const instances = [createMutationRateLimiter({ points: 2, durationSeconds: 60 }), createMutationRateLimiter({ points: 2, durationSeconds: 60 })];
    const request = () => mutation("mutation { checkIn(code: \"x\") { id } }");
    const results = [];
    // A round-robin balancer: requests alternate between the instances.
    for (let i = 0; i < 6; i++) results.push(await outcome(instances[i % 2]!(request())));
    expect(results).toEqual(["allowed", "allowed", "allowed", "allowed", "RATE_LIMITED", "RATE_LIMITED"]);
  });

  it("on one instance the limit is the limit", async () => {
    const limit = createMutationRateLimiter({ points: 2, durationSeconds: 60 });
    const results = [];
    for (let i = 0; i < 3; i++) results.push(await outcome(limit(mutation("mutation { checkIn(code: \"x\") { id } }"))));
    expect(results).toEqual(["allowed", "allowed", "RATE_LIMITED"]);
  });

  it("uploads likewise: each instance counts its own", async () => {
    const [a, b] = [createUploadRateLimiter({ points: 1, durationSeconds: 3600 }), createUploadRateLimiter({ points: 1, durationSeconds: 3600 })];
    expect(await outcome(a!("nils"))).toBe("allowed");
    expect(await outcome(b!("nils"))).toBe("allowed");
    expect(await outcome(a!("nils"))).toBe("RATE_LIMITED");
    expect(await outcome(b!("nils"))).toBe("RATE_LIMITED");
  });
});
