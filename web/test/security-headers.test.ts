import { describe, expect, it } from "vitest";
import { setSecurityHeaders } from "../src/server/security-headers.js";

describe("setSecurityHeaders", () => {
  it("forbids sniffing, framing and leaking full referrers", () => {
    const headers = new Headers({ "Content-Security-Policy": "default-src *" });
    setSecurityHeaders(headers);
    expect(Object.fromEntries(headers)).toEqual({
      "x-content-type-options": "nosniff",
      "referrer-policy": "strict-origin-when-cross-origin",
      "x-frame-options": "DENY",
      "content-security-policy": "frame-ancestors 'none'",
    });
  });
});
