import { describe, expect, it } from "vitest";
import { checkSameOrigin } from "../src/server/same-origin.js";

const allowed = ["https://vard.region.se", "http://127.0.0.1:3000"];

describe("checkSameOrigin", () => {
  it("lets reading methods through whatever their origin", () => {
    for (const method of ["GET", "HEAD", "OPTIONS", "get"]) {
      expect(checkSameOrigin({ method, origin: "https://evil.example", referer: null, allowed })).toEqual({ ok: true });
    }
  });

  it("accepts a post from one of our origins, by Origin, else by Referer", () => {
    expect(checkSameOrigin({ method: "POST", origin: "https://vard.region.se", referer: null, allowed }).ok).toBe(true);
    expect(checkSameOrigin({ method: "POST", origin: "https://VARD.region.se:443", referer: null, allowed }).ok).toBe(true);
    expect(checkSameOrigin({ method: "POST", origin: null, referer: "http://127.0.0.1:3000/avgifter?x=1", allowed }).ok).toBe(true);
  });

  it("refuses every changing method from another origin, a sub-domain, another port or scheme", () => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
      for (const origin of ["https://evil.example", "https://evil.vard.region.se", "http://vard.region.se", "http://127.0.0.1:3001"]) {
        expect(checkSameOrigin({ method, origin, referer: null, allowed })).toEqual({ ok: false, reason: "foreign-origin" });
      }
    }
  });

  it("an Origin decides even when a Referer of ours is there too", () => {
    expect(checkSameOrigin({ method: "POST", origin: "https://evil.example", referer: "https://vard.region.se/", allowed }).ok).toBe(false);
  });

  it("refuses the opaque origin \"null\" (sandboxed frames, privacy redirects), junk, and a post with neither header", () => {
    expect(checkSameOrigin({ method: "POST", origin: "null", referer: null, allowed })).toEqual({ ok: false, reason: "foreign-origin" });
    expect(checkSameOrigin({ method: "POST", origin: "vard.region.se", referer: null, allowed }).ok).toBe(false);
    expect(checkSameOrigin({ method: "POST", origin: null, referer: "https://evil.example/form", allowed })).toEqual({ ok: false, reason: "foreign-referer" });
    expect(checkSameOrigin({ method: "POST", origin: undefined, referer: undefined, allowed })).toEqual({ ok: false, reason: "no-origin" });
  });
});
