import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce, originOf, setDocumentSecurityHeaders, setSecurityHeaders } from "../src/server/security-headers.js";

const directives = (policy: string) => Object.fromEntries(policy.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));

describe("setSecurityHeaders", () => {
  it("forbids sniffing, framing, powerful features and leaking full referrers; no HSTS over plain http", () => {
    const headers = new Headers();
    setSecurityHeaders(headers);
    expect(headers.get("x-content-type-options")).toBe("nosniff");
    expect(headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(headers.get("x-frame-options")).toBe("DENY");
    expect(headers.get("permissions-policy")).toContain("camera=()");
    expect(headers.get("strict-transport-security")).toBeNull();
  });

  it("sends HSTS when the request came over TLS", () => {
    const headers = new Headers();
    setSecurityHeaders(headers, { https: true });
    expect(headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
  });
});

describe("contentSecurityPolicy", () => {
  it("allows scripts and styles only from our origin or with this document's nonce, never inline", () => {
    const policy = directives(contentSecurityPolicy({ nonce: "abc123" }));
    expect(policy["default-src"]).toEqual(["'self'"]);
    expect(policy["script-src"]).toEqual(["'self'", "'nonce-abc123'"]);
    expect(policy["style-src"]).toEqual(["'self'", "'nonce-abc123'"]);
    expect(Object.values(policy).flat()).not.toContain("'unsafe-inline'");
    expect(Object.values(policy).flat()).not.toContain("'unsafe-eval'");
    expect(policy["object-src"]).toEqual(["'none'"]);
    expect(policy["base-uri"]).toEqual(["'self'"]);
    expect(policy["frame-ancestors"]).toEqual(["'none'"]);
    expect(policy["connect-src"]).toEqual(["'self'"]);
    expect(policy["form-action"]).toEqual(["'self'"]);
  });

  it("lets forms reach the identity provider (log-out redirects there) and opens Vite's web socket only in development", () => {
    const policy = directives(contentSecurityPolicy({ nonce: "n", formTargets: ["https://idp.region.se"], development: true }));
    expect(policy["form-action"]).toEqual(["'self'", "https://idp.region.se"]);
    expect(policy["connect-src"]).toContain("ws://localhost:*");
  });

  it("a document gets the common headers and its policy", () => {
    const headers = new Headers();
    setDocumentSecurityHeaders(headers, { nonce: "xyz", https: true });
    expect(headers.get("content-security-policy")).toContain("'nonce-xyz'");
    expect(headers.get("strict-transport-security")).not.toBeNull();
  });
});

describe("nonces and origins", () => {
  it("every document gets a fresh, unguessable nonce", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    expect(Buffer.from([...nonces][0]!, "base64")).toHaveLength(16);
  });

  it("reads an origin from an http(s) URL only", () => {
    expect(originOf("https://idp.region.se/realms/x/")).toBe("https://idp.region.se");
    expect(originOf("javascript:alert(1)")).toBeUndefined();
    expect(originOf("not a url")).toBeUndefined();
    expect(originOf(undefined)).toBeUndefined();
  });
});
