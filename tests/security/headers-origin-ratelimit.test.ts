import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { logInToApp } from "./support/portal-login.js";
import { startOwnStack, type OwnStack } from "./support/own-stack.js";

/**
 * Through the real portal and admin (our server in front of the Remix builds): security headers and the CSP
 * nonce; cross-site form posts refused with 403 and our error page before any action runs; the log-in rate limit
 * (429, Retry-After, our error page) counted per client address, with X-Forwarded-* honoured only from a trusted
 * proxy. The portal trusts loopback as its proxy (TRUST_PROXY=loopback); the admin trusts no one.
 */
let stack: OwnStack;
const LIMIT = 6;

beforeAll(async () => {
  stack = await startOwnStack({
    extraOffset: 70,
    appEnv: { LOGIN_RATE_LIMIT: String(LIMIT), LOGIN_RATE_LIMIT_WINDOW_SECONDS: "600" },
    envFor: { portal: { TRUST_PROXY: "loopback" }, admin: { TRUST_PROXY: "" } },
  });
});
afterAll(async () => {
  await stack?.close();
});

const h1 = (html: string) => html.match(/<h1[^>]*>([^<]*)</)?.[1];
const directives = (policy: string) => new Map(policy.split(/;\s*/).map((d) => [d.split(" ")[0]!, d.split(" ").slice(1)]));

describe("security headers", () => {
  it("a page has a CSP whose fresh nonce is on every inline script, and nothing else lets a script in", async () => {
    const nonces = new Set<string>();
    const cacheResults: (string | null)[] = [];
    for (let i = 0; i < 2; i++) {
      const response = await fetch(`${stack.portalUrl}/avgifter`);
      expect(response.status).toBe(200);
      cacheResults.push(response.headers.get("x-page-cache"));
      const policy = directives(response.headers.get("content-security-policy")!);
      const nonce = policy.get("script-src")!.find((v) => v.startsWith("'nonce-"))!.slice(7, -1);
      nonces.add(nonce);
      expect(policy.get("script-src")).toEqual(["'self'", `'nonce-${nonce}'`]);
      expect(policy.get("default-src")).toEqual(["'self'"]);
      expect(policy.get("object-src")).toEqual(["'none'"]);
      expect(policy.get("base-uri")).toEqual(["'self'"]);
      expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
      expect(policy.get("connect-src")).toEqual(["'self'"]);
      expect(policy.get("form-action")).toEqual(["'self'", stack.oidcIssuer]);
      expect([...policy.values()].flat()).not.toContain("'unsafe-inline'");
      const html = await response.text();
      const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!);
      expect(scripts.length).toBeGreaterThan(0);
      for (const attributes of scripts) {
        if (!/\bsrc=/.test(attributes)) expect(attributes).toContain(`nonce="${nonce}"`);
      }
    }
    expect(nonces.size).toBe(2);
    // The second copy came from the anonymous page cache (decision 028): a kept page still gets its own nonce.
    expect(cacheResults).toContain("HIT");
  });

  it("every response (page, data, built asset, 404) carries the common headers once; no HSTS over plain http", async () => {
    const page = await fetch(`${stack.portalUrl}/`);
    const html = await page.text();
    const asset = html.match(/\/assets\/[\w.-]+\.js/)![0];
    for (const path of ["/", "/avgifter.data", asset, "/favicon.svg", "/finns-inte"]) {
      const response = await fetch(`${stack.portalUrl}${path}`);
      await response.arrayBuffer();
      expect(response.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(response.headers.get("referrer-policy"), path).toBe("strict-origin-when-cross-origin");
      expect(response.headers.get("x-frame-options"), path).toBe("DENY");
      expect(response.headers.get("permissions-policy"), path).toMatch(/^camera=\(\), microphone=\(\), geolocation=\(\)/);
      expect(response.headers.get("strict-transport-security"), path).toBeNull();
    }
  });

  it("HSTS when a trusted proxy says the request came over TLS; a proxy that is not trusted is not believed", async () => {
    const viaProxy = await fetch(`${stack.portalUrl}/`, { headers: { "x-forwarded-proto": "https" } });
    expect(viaProxy.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
    await viaProxy.arrayBuffer();
    const untrusted = await fetch(`${stack.adminUrl}/tillganglighet`, { headers: { "x-forwarded-proto": "https" } });
    expect(untrusted.status).toBe(200);
    expect(untrusted.headers.get("strict-transport-security")).toBeNull();
    await untrusted.arrayBuffer();
  });
});

describe("cross-site requests that change something", () => {
  const form = { "content-type": "application/x-www-form-urlencoded" };
  const portalActions = ["/avgifter", "/checka-in", "/journalkopia/begaran", "/arkiv/arenden/1", "/auth/logout", "/", "/finns-inte"];

  it("a form posted from another site to any portal path gets 403 and our error page; no action runs", async () => {
    for (const path of portalActions) {
      for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
        const response = await fetch(`${stack.portalUrl}${path}`, {
          method,
          headers: { ...form, origin: "https://evil.example" },
          body: "intent=quote&visitKind=HEALTH_CENTRE_VISIT",
          redirect: "manual",
        });
        expect(response.status, `${method} ${path}`).toBe(403);
        expect(response.headers.get("content-type")).toContain("text/html");
        expect(h1(await response.text()), `${method} ${path}`).toBe("Formuläret kom från en annan webbplats");
      }
    }
  });

  it("without Origin the Referer decides; with neither the post is refused; a data request gets a bare 403", async () => {
    const byReferer = await fetch(`${stack.portalUrl}/avgifter`, { method: "POST", headers: { ...form, referer: "https://evil.example/page" }, body: "intent=quote" });
    expect(byReferer.status).toBe(403);
    expect(h1(await byReferer.text())).toBe("Formuläret kom från en annan webbplats");
    const bare = await fetch(`${stack.portalUrl}/avgifter`, { method: "POST", headers: form, body: "intent=quote" });
    expect(bare.status).toBe(403);
    await bare.arrayBuffer();
    const sameSite = await fetch(`${stack.portalUrl}/avgifter`, { method: "POST", headers: { ...form, origin: "https://sub.127.0.0.1.nip.io" }, body: "intent=quote" });
    expect(sameSite.status).toBe(403);
    await sameSite.arrayBuffer();
    const data = await fetch(`${stack.portalUrl}/avgifter.data`, { method: "POST", headers: { ...form, origin: "null" }, body: "intent=quote" });
    expect(data.status).toBe(403);
    expect(await data.json()).toEqual({ code: "CROSS_SITE_REQUEST" });
  });

  it("the same post from our own page goes through (origin, or referer of ours)", async () => {
    const ours = await fetch(`${stack.portalUrl}/avgifter`, { method: "POST", headers: { ...form, origin: stack.portalUrl }, body: "intent=quote&visitKind=" });
    expect(ours.status).not.toBe(403);
    expect(ours.status).toBeLessThan(500);
    await ours.arrayBuffer();
    const byReferer = await fetch(`${stack.portalUrl}/avgifter`, { method: "POST", headers: { ...form, referer: `${stack.portalUrl}/avgifter` }, body: "intent=quote&visitKind=" });
    expect(byReferer.status).not.toBe(403);
    await byReferer.arrayBuffer();
  });

  it("a forged log-out of a signed-in resident is refused and the session goes on; her own log-out works", async () => {
    const cookie = await logInToApp(stack.portalUrl, "anna");
    const forged = await fetch(`${stack.portalUrl}/auth/logout`, { method: "POST", headers: { cookie, origin: "https://evil.example" }, redirect: "manual" });
    expect(forged.status).toBe(403);
    await forged.arrayBuffer();
    const still = await fetch(`${stack.portalUrl}/mina-sidor`, { headers: { cookie }, redirect: "manual" });
    expect(still.status).toBe(200);
    expect(await still.text()).toContain("Anna");
    const own = await fetch(`${stack.portalUrl}/auth/logout`, { method: "POST", headers: { cookie, origin: stack.portalUrl }, redirect: "manual" });
    expect(own.status).toBe(302);
    await own.arrayBuffer();
    const after = await fetch(`${stack.portalUrl}/mina-sidor`, { headers: { cookie }, redirect: "manual" });
    expect(after.status).toBe(302); // the ended session no longer counts: off to log in
    await after.arrayBuffer();
  });

  it("the admin refuses a cross-site post the same way", async () => {
    const response = await fetch(`${stack.adminUrl}/`, { method: "POST", headers: { ...form, origin: "https://evil.example" }, body: "x=1" });
    expect(response.status).toBe(403);
    expect(h1(await response.text())).toBe("Formuläret kom från en annan webbplats");
  });
});

describe("the log-in rate limit", () => {
  const start = (appUrl: string, headers: Record<string, string>) =>
    fetch(`${appUrl}/auth/login?returnTo=/`, { headers: { accept: "text/html", ...headers }, redirect: "manual" });

  it("after the limit, one address gets 429 with Retry-After and our error page; another address is not affected", async () => {
    const client = { "x-forwarded-for": "203.0.113.7" };
    for (let i = 0; i < LIMIT; i++) {
      const response = await start(stack.portalUrl, client);
      expect(response.status).toBe(302);
      await response.arrayBuffer();
    }
    const refused = await start(stack.portalUrl, client);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(refused.headers.get("retry-after"))).toBeLessThanOrEqual(600);
    expect(h1(await refused.text())).toBe("För många försök");
    // The callback counts against the same window.
    const callback = await fetch(`${stack.portalUrl}/auth/callback?code=x&state=y`, { headers: client, redirect: "manual" });
    expect(callback.status).toBe(429);
    await callback.arrayBuffer();

    const other = await start(stack.portalUrl, { "x-forwarded-for": "203.0.113.8" });
    expect(other.status).toBe(302);
    await other.arrayBuffer();
  });

  it("a client cannot pick its own address: our header is overwritten, and X-Forwarded-For counts only from a trusted proxy", async () => {
    // The admin trusts no proxy: every request here comes from 127.0.0.1, whatever the headers say.
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT + 1; i++) {
      const response = await start(stack.adminUrl, { "x-forwarded-for": `198.51.100.${i}`, "x-vardportal-client-ip": `192.0.2.${i}` });
      statuses.push(response.status);
      await response.arrayBuffer();
    }
    expect(statuses.slice(0, LIMIT).every((s) => s === 302)).toBe(true);
    expect(statuses[LIMIT]).toBe(429);
  });
});
