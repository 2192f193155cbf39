import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseAppEnv as parseEnv } from "../src/server/env.js";

describe("parseAppEnv", () => {
  it("falls back to the documented defaults when nothing is set", () => {
    expect(parseEnv({})).toEqual({
      NODE_ENV: "development",
      GATEWAY_URL: "http://127.0.0.1:4000/graphql",
      GATEWAY_TIMEOUT_MS: 5000,
    });
  });

  it("treats an empty value as unset", () => {
    expect(parseEnv({ GATEWAY_URL: "", GATEWAY_TIMEOUT_MS: "" }).GATEWAY_TIMEOUT_MS).toBe(5000);
  });

  it("reads the timeout as a number", () => {
    const env = parseEnv({ GATEWAY_URL: "https://gateway.internal/graphql", GATEWAY_TIMEOUT_MS: "1500", NODE_ENV: "production" });
    expect(env).toEqual({ GATEWAY_URL: "https://gateway.internal/graphql", GATEWAY_TIMEOUT_MS: 1500, NODE_ENV: "production" });
  });

  it("names every bad variable in one error", () => {
    const read = () => parseEnv({ GATEWAY_URL: "not a url", GATEWAY_TIMEOUT_MS: "soon", NODE_ENV: "staging" });
    expect(read).toThrow(/GATEWAY_URL/);
    expect(read).toThrow(/GATEWAY_TIMEOUT_MS/);
    expect(read).toThrow(/NODE_ENV/);
  });

  it("refuses a gateway URL that is not http(s)", () => {
    expect(() => parseEnv({ GATEWAY_URL: "ftp://127.0.0.1/graphql" })).toThrow(/GATEWAY_URL/);
  });

  it("refuses a timeout that is not a positive whole number", () => {
    for (const value of ["0", "-5", "2.5", "99999999"]) {
      expect(() => parseEnv({ GATEWAY_TIMEOUT_MS: value }), value).toThrow(/GATEWAY_TIMEOUT_MS/);
    }
  });

  it("does not name variables that are fine", () => {
    expect(() => parseEnv({ GATEWAY_TIMEOUT_MS: "soon" })).toThrow(
      expect.objectContaining({ message: expect.not.stringMatching(/GATEWAY_URL|NODE_ENV/) }),
    );
  });

  it("adds an app's own variables, checked the same way", () => {
    const extra = { ADMIN_URL: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).optional() };
    expect(parseEnv({ ADMIN_URL: "http://127.0.0.1:3001" }, extra).ADMIN_URL).toBe("http://127.0.0.1:3001");
    expect(parseEnv({}, extra).ADMIN_URL).toBeUndefined();
    expect(() => parseEnv({ ADMIN_URL: "admin" }, extra)).toThrow(/ADMIN_URL: must be an http\(s\) URL/);
  });
});
