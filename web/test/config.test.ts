import { describe, expect, it } from "vitest";
import { readAuthConfig } from "../src/auth/config.js";

const good = {
  OIDC_ISSUER: "http://127.0.0.1:4100",
  OIDC_CLIENT_ID: "vardportal-portal",
  OIDC_CLIENT_SECRET: "s",
  PUBLIC_URL: "http://127.0.0.1:3000",
  SESSION_SECRET: "x".repeat(32),
};

describe("log-in settings", () => {
  it("accept a local set-up: http only to a loopback issuer, cookies not Secure over http", () => {
    const result = readAuthConfig(good);
    expect(result.ok && result.config).toMatchObject({ allowHttpIssuer: true, secureCookies: false, sessionMaxAgeSeconds: 28_800 });
  });

  it("make cookies Secure behind https and refuse plain http to a remote issuer", () => {
    const result = readAuthConfig({ ...good, OIDC_ISSUER: "https://idp.region.se/", PUBLIC_URL: "https://vard.region.se" });
    expect(result.ok && result.config).toMatchObject({ issuer: "https://idp.region.se", allowHttpIssuer: false, secureCookies: true });
  });

  it("make cookies Secure in production even before a proxy adds https, and read the log-in rate limit", () => {
    const result = readAuthConfig({ ...good, NODE_ENV: "production", LOGIN_RATE_LIMIT: "5", LOGIN_RATE_LIMIT_WINDOW_SECONDS: "30" });
    expect(result.ok && result.config).toMatchObject({ secureCookies: true, loginRateLimit: { points: 5, windowSeconds: 30 } });
    expect(readAuthConfig(good)).toMatchObject({ ok: true, config: { loginRateLimit: { points: 120, windowSeconds: 60 } } });
    expect(readAuthConfig({ ...good, LOGIN_RATE_LIMIT: "0" })).toMatchObject({ ok: false });
  });

  it("read DATABASE_URL (shared state on PostgreSQL, schema web unless DATABASE_SCHEMA says otherwise); unset means none", () => {
    const plain = readAuthConfig(good);
    expect(plain.ok).toBe(true);
    expect(plain.ok && "database" in plain.config).toBe(false);
    const url = "postgres://web@db.region.se:5432/vardportal";
    expect(readAuthConfig({ ...good, DATABASE_URL: url })).toMatchObject({ ok: true, config: { database: { url, schema: "web" } } });
    expect(readAuthConfig({ ...good, DATABASE_URL: url, DATABASE_SCHEMA: "web_portal" })).toMatchObject({ ok: true, config: { database: { url, schema: "web_portal" } } });
    expect(readAuthConfig({ ...good, DATABASE_URL: "mysql://x/y" })).toMatchObject({ ok: false, problems: [expect.stringMatching(/^DATABASE_URL:/)] });
    expect(readAuthConfig({ ...good, DATABASE_URL: url, DATABASE_SCHEMA: "Web; DROP" })).toMatchObject({ ok: false, problems: [expect.stringMatching(/^DATABASE_SCHEMA:/)] });
  });

  it("name every missing or bad variable", () => {
    const result = readAuthConfig({ ...good, OIDC_CLIENT_SECRET: "", SESSION_SECRET: "short", PUBLIC_URL: "ftp://x" });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => p.split(":")[0])).toEqual(["OIDC_CLIENT_SECRET", "PUBLIC_URL", "SESSION_SECRET"]);
  });
});
