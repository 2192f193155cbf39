import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createAuth } from "../src/auth/auth.js";
import { readAuthConfig } from "../src/auth/config.js";
import { openPostgresEndedSessions } from "../src/auth/ended-sessions.js";
import { CLIENT_IP_HEADER, createPostgresLoginRateLimit } from "../src/auth/rate-limit.js";
import { CookieSealer } from "../src/auth/sealed-cookie.js";
import { openWebDatabase, type WebDatabase } from "../src/auth/web-database.js";

/**
 * What several instances of the portal (or the admin) share on PostgreSQL: the ended sessions and the log-in
 * counts. Each "instance" here is its own connection pool on the same database, as two processes would be.
 * Runs when TEST_DATABASE_URL is set, in schemas of its own that it drops afterwards.
 */
const url = process.env.TEST_DATABASE_URL;
const run = randomBytes(4).toString("hex");
const schemas: string[] = [];
const opened: WebDatabase[] = [];
const schemaFor = (part: string) => {
  const name = `web_test_${run}_${part}`;
  schemas.push(name);
  return name;
};
const instance = (schema: string) => {
  const db = openWebDatabase({ url: url!, schema, log: () => {} });
  opened.push(db);
  return db;
};
const from = (address: string) => new Request("http://127.0.0.1/auth/login", { headers: { [CLIENT_IP_HEADER]: address } });
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );

describe.skipIf(!url)("shared state on PostgreSQL (several instances)", () => {
  afterAll(async () => {
    await Promise.all(opened.map((db) => db.close()));
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  });

  it("instances starting at once make the schema and tables once, without tripping over each other", async () => {
    const schema = schemaFor("start");
    const instances = Array.from({ length: 4 }, () => openPostgresEndedSessions(instance(schema)));
    expect(await Promise.all(instances.map((store) => store.isEnded("nobody")))).toEqual([false, false, false, false]);
  });

  it("a schema the operator made for the apps' role is used as it is: the role needs no CREATE right on the database", async () => {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const role = `web_test_${run}_role`;
    const schema = schemaFor("owned");
    try {
      const { rows } = await admin.query<{ may: boolean }>("SELECT rolsuper OR rolcreaterole AS may FROM pg_roles WHERE rolname = current_user");
      if (!rows[0]?.may) return; // the test database's user cannot make roles: nothing to show here
      await admin.query(`CREATE ROLE "${role}" LOGIN`);
      await admin.query(`CREATE SCHEMA "${schema}" AUTHORIZATION "${role}"`);
      const asRole = new URL(url!);
      asRole.username = role;
      asRole.password = "";
      const db = openWebDatabase({ url: asRole.href, schema, log: () => {} });
      try {
        const { rows: rights } = await db.query<{ create: boolean }>("SELECT has_database_privilege(current_database(), 'CREATE') AS create");
        expect(rights[0]?.create).toBe(false);
        const store = openPostgresEndedSessions(db);
        await store.end("s1", new Date(Date.now() + 60_000));
        expect(await store.isEnded("s1")).toBe(true);
      } finally {
        await db.close();
      }
    } finally {
      await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await admin.query(`DROP ROLE IF EXISTS "${role}"`);
      await admin.end();
    }
  });

  it("two stores (two instances) on one database: a session ended on one is ended on the other", async () => {
    const schema = schemaFor("ended");
    let now = new Date("2026-11-21T10:00:00Z");
    const a = openPostgresEndedSessions(instance(schema), () => now);
    const b = openPostgresEndedSessions(instance(schema), () => now);
    expect(await b.isEnded("s1")).toBe(false);
    await a.end("s1", new Date("2026-11-21T11:00:00Z"));
    expect(await b.isEnded("s1")).toBe(true);
    expect(await a.isEnded("s1")).toBe(true);
    expect(await b.isEnded("s2")).toBe(false);
    // Ending the same session twice (a double click, two instances) is no error.
    await b.end("s1", new Date("2026-11-21T11:00:00Z"));
    // Rows go once the session would have expired anyway, whichever instance prunes.
    now = new Date("2026-11-21T12:00:00Z");
    await b.end("s3", new Date("2026-11-21T13:00:00Z"));
    expect(await a.isEnded("s1")).toBe(false);
    expect(await a.isEnded("s3")).toBe(true);
  });

  it("the app on two instances: log out on one, the copied cookie is refused on the other", async () => {
    const secret = "s".repeat(40);
    const read = readAuthConfig({
      OIDC_ISSUER: "http://127.0.0.1:9",
      OIDC_CLIENT_ID: "vardportal-portal",
      OIDC_CLIENT_SECRET: "x",
      PUBLIC_URL: "http://127.0.0.1:3000",
      SESSION_SECRET: secret,
      DATABASE_URL: url,
      DATABASE_SCHEMA: schemaFor("app"),
    });
    if (!read.ok) throw new Error(read.problems.join());
    expect(read.config.database?.url).toBe(url);
    const first = createAuth({ config: read.config, app: "portal", log: () => {} });
    const second = createAuth({ config: read.config, app: "portal", log: () => {} });
    try {
      const cookie = await new CookieSealer([secret], "portal-session").seal(
        { sid: `sid-${run}`, user: { subject: "nils", roles: ["resident"] }, at: "access-token" },
        new Date(Date.now() + 30 * 60_000),
      );
      const request = (path: string, init: RequestInit = {}) =>
        new Request(`http://127.0.0.1:3000${path}`, { ...init, headers: { cookie: `vp_session=${cookie}`, ...(init.headers as object) } });
      expect((await second.readSession(request("/"))).status).toBe("active");
      const logout = await first.logout(request("/auth/logout", { method: "POST", headers: { origin: "http://127.0.0.1:3000" } }));
      expect(logout.status).toBe(302);
      expect((await second.readSession(request("/"))).status).toBe("ended");
      expect((await first.readSession(request("/"))).status).toBe("ended");
    } finally {
      await first.close();
      await second.close();
    }
  });

  it("the log-in limit is one count per address across instances, with 429 and Retry-After past it", async () => {
    const schema = schemaFor("limit");
    const a = createPostgresLoginRateLimit({ db: instance(schema), keyPrefix: "portal", points: 3, windowSeconds: 60 });
    const b = createPostgresLoginRateLimit({ db: instance(schema), keyPrefix: "portal", points: 3, windowSeconds: 60 });
    await a.consume(from("10.0.0.1"));
    await b.consume(from("10.0.0.1"));
    await a.consume(from("10.0.0.1"));
    const refused = await refusal(b.consume(from("10.0.0.1")));
    expect(refused).toBeInstanceOf(Response);
    const response = refused as Response;
    expect(response.status).toBe(429);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(response.headers.get("retry-after"))).toBeLessThanOrEqual(60);
    expect(await response.json()).toEqual({ code: "TOO_MANY_LOGINS" });
    await expect(a.consume(from("10.0.0.1"))).rejects.toBeInstanceOf(Response);
    // Another address, and the other app at the same address, count on their own.
    await expect(b.consume(from("10.0.0.2"))).resolves.toBeUndefined();
    const admin = createPostgresLoginRateLimit({ db: instance(schema), keyPrefix: "admin", points: 3, windowSeconds: 60 });
    await expect(admin.consume(from("10.0.0.1"))).resolves.toBeUndefined();
  });

  it("attempts arriving together on several instances are all counted", async () => {
    const schema = schemaFor("burst");
    const limits = Array.from({ length: 3 }, () => createPostgresLoginRateLimit({ db: instance(schema), keyPrefix: "portal", points: 10, windowSeconds: 60 }));
    const outcomes = await Promise.all(Array.from({ length: 15 }, (_, i) => refusal(limits[i % 3]!.consume(from("10.0.0.9")))));
    expect(outcomes.filter((o) => o === null)).toHaveLength(10);
    expect(outcomes.filter((o) => o instanceof Response)).toHaveLength(5);
  });

  it("a window that has passed allows again", async () => {
    const schema = schemaFor("window");
    const a = createPostgresLoginRateLimit({ db: instance(schema), keyPrefix: "portal", points: 1, windowSeconds: 1 });
    const b = createPostgresLoginRateLimit({ db: instance(schema), keyPrefix: "portal", points: 1, windowSeconds: 1 });
    await a.consume(from("10.0.0.3"));
    await expect(b.consume(from("10.0.0.3"))).rejects.toBeInstanceOf(Response);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await expect(b.consume(from("10.0.0.3"))).resolves.toBeUndefined();
    await expect(a.consume(from("10.0.0.3"))).rejects.toBeInstanceOf(Response);
  });
});
