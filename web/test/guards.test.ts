import { describe, expect, it } from "vitest";
import { createAuth, type Auth } from "../src/auth/auth.js";
import { readAuthConfig } from "../src/auth/config.js";
import { openEndedSessions, type EndedSessions } from "../src/auth/ended-sessions.js";
import { createGuards } from "../src/auth/guards.js";
import { CookieSealer } from "../src/auth/sealed-cookie.js";

const secret = "s".repeat(40);
const read = readAuthConfig({
  OIDC_ISSUER: "http://127.0.0.1:9",
  OIDC_CLIENT_ID: "vardportal-portal",
  OIDC_CLIENT_SECRET: "x",
  PUBLIC_URL: "http://127.0.0.1:3000",
  SESSION_SECRET: secret,
});
if (!read.ok) throw new Error(read.problems.join());

/** An app with a movable clock; no identity provider is needed to read, check or end a session. */
function setUp() {
  let now = new Date("2026-11-21T10:00:00Z");
  const clock = () => now;
  const ended: EndedSessions = openEndedSessions(":memory:", clock);
  const auth: Auth = createAuth({ config: read.ok ? read.config : (undefined as never), app: "portal", now: clock, endedSessions: ended, log: () => {} });
  const sealer = new CookieSealer([secret], "portal-session", clock);
  const cookieFor = async (roles: string[], minutes = 30, sid = "sid-1") =>
    sealer.seal({ sid, user: { subject: "nils", name: "Nils", roles }, at: "access-token" }, new Date(now.getTime() + minutes * 60_000));
  const request = (cookie?: string, path = "/personal?flik=2", init: RequestInit = {}) =>
    new Request(`http://127.0.0.1:3000${path}`, { ...init, headers: { ...(cookie ? { cookie: `vp_session=${cookie}` } : {}), ...(init.headers as object) } });
  return { auth, guards: createGuards(auth), ended, cookieFor, request, advance: (minutes: number) => (now = new Date(now.getTime() + minutes * 60_000)) };
}

const thrown = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Response) return error;
    throw error;
  }
  throw new Error("expected a thrown Response");
};

describe("route guards", () => {
  it("no cookie is an anonymous visitor; a staff page sends them to log in and back", async () => {
    const { guards, request } = setUp();
    expect((await guards.getViewer(request())).session).toBeNull();
    const response = await thrown(guards.requireRole(request(), "staff"));
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/auth/login?returnTo=%2Fpersonal%3Fflik%3D2&reason=required");
  });

  it("a live session gives the user and the access token", async () => {
    const { guards, cookieFor, request } = setUp();
    const session = await guards.requireRole(request(await cookieFor(["staff"])), "staff");
    expect(session.user).toEqual({ subject: "nils", name: "Nils", roles: ["staff"] });
    expect(session.accessToken).toBe("access-token");
  });

  it("a signed-in user without the role gets 403 FORBIDDEN", async () => {
    const { guards, cookieFor, request } = setUp();
    const response = await thrown(guards.requireRole(request(await cookieFor(["resident"])), "staff", "editor"));
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ code: "FORBIDDEN" });
  });

  it("when the session runs out, the user is sent to log in again and back to the same page", async () => {
    const { guards, cookieFor, request, advance } = setUp();
    const cookie = await cookieFor(["staff"], 30);
    advance(29);
    expect((await guards.getViewer(request(cookie))).session).not.toBeNull();
    advance(2);
    const response = await thrown(guards.getViewer(request(cookie)));
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/auth/login?returnTo=%2Fpersonal%3Fflik%3D2&reason=expired");
    expect(response.headers.get("set-cookie")).toMatch(/^vp_session=; .*Max-Age=0/);
  });

  it("a tampered cookie counts as none, and the response clears it", async () => {
    const { guards, cookieFor, request } = setUp();
    const cookie = await cookieFor(["staff"]);
    const tampered = `${cookie.slice(0, -4)}${cookie.endsWith("AAAA") ? "BBBB" : "AAAA"}`;
    const viewer = await guards.getViewer(request(tampered));
    expect(viewer.session).toBeNull();
    expect(viewer.headers.get("set-cookie")).toMatch(/^vp_session=; /);
  });

  it("after log-out the same cookie is refused, though it has not expired", async () => {
    const { auth, guards, cookieFor, request } = setUp();
    const cookie = await cookieFor(["staff"]);
    const logout = await auth.logout(request(cookie, "/auth/logout", { method: "POST", headers: { origin: "http://127.0.0.1:3000" } }));
    expect(logout.status).toBe(302);
    expect(logout.headers.get("set-cookie")).toMatch(/^vp_session=; /);
    expect((await guards.getViewer(request(cookie))).session).toBeNull();
  });

  it("log-out from another site's form is refused", async () => {
    const { auth, guards, cookieFor, request } = setUp();
    const cookie = await cookieFor(["staff"]);
    const response = await thrown(auth.logout(request(cookie, "/auth/logout", { method: "POST", headers: { origin: "https://evil.example" } })));
    expect(response.status).toBe(403);
    expect((await guards.getViewer(request(cookie))).session).not.toBeNull();
  });

  it("the callback without the log-in's own cookie says the log-in ran out", async () => {
    const { auth, request } = setUp();
    const response = await thrown(auth.callback(request(undefined, "/auth/callback?code=x&state=y")));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ code: "LOGIN_EXPIRED" });
  });

  it("a log-in started at another host name starts again at the public address", async () => {
    const { auth } = setUp();
    const response = await auth.login(new Request("http://localhost:3000/auth/login?returnTo=%2Fpersonal"));
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("http://127.0.0.1:3000/auth/login?returnTo=%2Fpersonal");
  });

  it("starting a log-in while the identity provider is down is a 503 with a code, not a crash", async () => {
    const { auth, request } = setUp();
    const response = await thrown(auth.login(request(undefined, "/auth/login?returnTo=/personal")));
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ code: "IDENTITY_PROVIDER_UNAVAILABLE" });
  });
});
