import { describe, expect, it } from "vitest";
import { CookieSealer, clearCookie, readCookie, serializeCookie } from "../src/auth/sealed-cookie.js";

const secret = "a".repeat(32);
const later = () => new Date(Date.now() + 60_000);

describe("sealed cookies", () => {
  it("open to what was sealed, and the value does not show it", async () => {
    const sealer = new CookieSealer([secret], "portal-session");
    const value = await sealer.seal({ sid: "s1", user: { subject: "anna", roles: ["resident"] } }, later());
    expect(value).not.toContain("anna");
    const opened = await sealer.open(value);
    expect(opened.ok && opened.payload.sid).toBe("s1");
  });

  it("refuse a value changed by one character", async () => {
    const sealer = new CookieSealer([secret], "portal-session");
    const value = await sealer.seal({ sid: "s1" }, later());
    const at = value.length - 5;
    const tampered = `${value.slice(0, at)}${value[at] === "A" ? "B" : "A"}${value.slice(at + 1)}`;
    expect(await sealer.open(tampered)).toEqual({ ok: false, reason: "invalid" });
    expect(await sealer.open("not-a-cookie")).toEqual({ ok: false, reason: "invalid" });
  });

  it("tell an expired seal from a bad one", async () => {
    const sealer = new CookieSealer([secret], "portal-session");
    const value = await sealer.seal({ sid: "s1" }, new Date(Date.now() - 120_000));
    expect(await sealer.open(value)).toEqual({ ok: false, reason: "expired" });
  });

  it("never open a cookie sealed for another purpose or app", async () => {
    const portal = await new CookieSealer([secret], "portal-session").seal({ sid: "s1" }, later());
    expect((await new CookieSealer([secret], "admin-session").open(portal)).ok).toBe(false);
    expect((await new CookieSealer([secret], "portal-login").open(portal)).ok).toBe(false);
  });

  it("open cookies sealed with an older secret during rotation, and seal with the newest", async () => {
    const old = await new CookieSealer([secret], "p").seal({ sid: "old" }, later());
    const rotated = new CookieSealer(["b".repeat(32), secret], "p");
    expect((await rotated.open(old)).ok).toBe(true);
    const fresh = await rotated.seal({ sid: "new" }, later());
    expect((await new CookieSealer([secret], "p").open(fresh)).ok).toBe(false);
  });

  it("are httpOnly and SameSite=Lax, Secure only over https, and read back by name", () => {
    expect(serializeCookie("v", { name: "vp_session", path: "/", secure: false, maxAgeSeconds: 60 })).toBe(
      "vp_session=v; Path=/; HttpOnly; SameSite=Lax; Max-Age=60",
    );
    expect(serializeCookie("v", { name: "vp_session", path: "/", secure: true })).toContain("; Secure");
    expect(clearCookie({ name: "vp_session", path: "/", secure: false })).toContain("Max-Age=0");
    const request = new Request("http://x/", { headers: { cookie: "a=1; vp_session=abc.def; vp_session_login=zz" } });
    expect(readCookie(request, "vp_session")).toBe("abc.def");
    expect(readCookie(request, "missing")).toBeUndefined();
  });
});
