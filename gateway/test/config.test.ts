import { describe, expect, it } from "vitest";
import { readConfig } from "@vardportal/kit/config";
import { defaultLimits, gatewayConfigSchema } from "../src/config.js";

describe("the gateway's limits in its configuration", () => {
  it("default to the numbers docs/security.md gives", () => {
    const config = readConfig(gatewayConfigSchema, {});
    expect(config.limits).toEqual({ maxDepth: 8, maxAliases: 15, maxTokens: 2_000, maxRootFields: 8, maxCost: 5_000, defaultPageSize: 20 });
    expect(config.limits).toEqual(defaultLimits);
    expect(config.maxBodyBytes).toBe(100_000);
    expect(config.mutationRateLimit).toEqual({ points: 60, durationSeconds: 60 });
    expect(config.uploadRateLimit).toEqual({ points: 20, durationSeconds: 3_600 });
  });

  it("each has an environment override", () => {
    const config = readConfig(gatewayConfigSchema, {
      MAX_QUERY_DEPTH: "6",
      MAX_ALIASES: "3",
      MAX_TOKENS: "500",
      MAX_ROOT_FIELDS: "2",
      MAX_QUERY_COST: "900",
      COST_DEFAULT_PAGE_SIZE: "10",
      MAX_BODY_BYTES: "50000",
      MUTATION_RATE_LIMIT: "5",
      MUTATION_RATE_WINDOW_SECONDS: "30",
      UPLOAD_RATE_LIMIT: "2",
      UPLOAD_RATE_WINDOW_SECONDS: "120",
    });
    expect(config.limits).toEqual({ maxDepth: 6, maxAliases: 3, maxTokens: 500, maxRootFields: 2, maxCost: 900, defaultPageSize: 10 });
    expect([config.maxBodyBytes, config.mutationRateLimit, config.uploadRateLimit]).toEqual([50_000, { points: 5, durationSeconds: 30 }, { points: 2, durationSeconds: 120 }]);
  });

  it("accepts only our operations in production unless ALLOW_ANY_OPERATION=true, and any elsewhere unless false", () => {
    expect(readConfig(gatewayConfigSchema, { NODE_ENV: "production" }).allowAnyOperation).toBe(false);
    expect(readConfig(gatewayConfigSchema, { NODE_ENV: "production", ALLOW_ANY_OPERATION: "true" }).allowAnyOperation).toBe(true);
    expect(readConfig(gatewayConfigSchema, { NODE_ENV: "development" }).allowAnyOperation).toBe(true);
    expect(readConfig(gatewayConfigSchema, { NODE_ENV: "test", ALLOW_ANY_OPERATION: "false" }).allowAnyOperation).toBe(false);
  });

  it("refuses a limit that makes no sense, naming the variable", () => {
    expect(() => readConfig(gatewayConfigSchema, { MAX_QUERY_DEPTH: "0" })).toThrow(/MAX_QUERY_DEPTH/);
    expect(() => readConfig(gatewayConfigSchema, { MAX_QUERY_COST: "lots" })).toThrow(/MAX_QUERY_COST/);
    expect(() => readConfig(gatewayConfigSchema, { ALLOW_ANY_OPERATION: "yes" })).toThrow(/ALLOW_ANY_OPERATION/);
  });
});
