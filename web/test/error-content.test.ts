import { describe, expect, it } from "vitest";
import { describeError } from "../src/pages/error-content.js";

// The shape Remix gives the error boundary for a thrown Response.
const thrown = (status: number, data: unknown = null) => ({ status, statusText: "", internal: false, data });

describe("describeError", () => {
  it("says a missing page does not exist", () => {
    expect(describeError(thrown(404))).toMatchObject({ status: 404, title: "Sidan finns inte" });
  });

  it("says a forbidden page needs permission", () => {
    expect(describeError(thrown(403))).toMatchObject({ status: 403, title: "Du har inte behörighet" });
  });

  it("tells a log-in that ran out from one that was cancelled, and offers to log in again", () => {
    expect(describeError(thrown(400, { code: "LOGIN_EXPIRED" }))).toMatchObject({ status: 400, title: "Inloggningen tog för lång tid", retryLogin: true });
    expect(describeError(thrown(400, { code: "LOGIN_CANCELLED" }))).toMatchObject({ title: "Inloggningen avbröts", retryLogin: true });
    expect(describeError(thrown(503, { code: "IDENTITY_PROVIDER_UNAVAILABLE" }))).toMatchObject({ status: 503, title: "Inloggningen fungerar inte just nu" });
    expect(describeError(thrown(403, { code: "FORBIDDEN" })).retryLogin).toBeUndefined();
  });

  it("explains a refused cross-site form, and the log-in rate limit by its status", () => {
    expect(describeError(thrown(403, { code: "CROSS_SITE_REQUEST" }))).toMatchObject({ status: 403, title: "Formuläret kom från en annan webbplats" });
    expect(describeError(thrown(429, { code: "TOO_MANY_LOGINS" }))).toMatchObject({ status: 429, title: "För många försök" });
  });

  it("ignores a code it does not know and falls back to the status", () => {
    expect(describeError(thrown(404, { code: "SOMETHING_ELSE" }))).toMatchObject({ title: "Sidan finns inte" });
  });

  it("gives an unknown client error a general text with its own status", () => {
    expect(describeError(thrown(418))).toMatchObject({ status: 418, title: "Sidan kunde inte visas" });
  });

  it("shows only an apology for an unexpected error, never its message or stack", () => {
    const content = describeError(new Error("SQLITE_CANTOPEN at /srv/data/fees.sqlite"));
    expect(content).toMatchObject({ status: 500, title: "Något gick fel" });
    expect(JSON.stringify(content)).not.toMatch(/SQLITE|\/srv/);
  });

  it("does not show what a thrown server error Response carries", () => {
    const content = describeError(thrown(500, "connection string postgres://secret"));
    expect(content.status).toBe(500);
    expect(JSON.stringify(content)).not.toContain("secret");
  });
});
