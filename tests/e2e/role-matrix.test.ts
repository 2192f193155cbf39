import { beforeAll, describe, expect, inject, it } from "vitest";
import { loginWithCode } from "../oidc/login.js";

/**
 * The role matrix through the whole chain: a real log-in at the local identity provider gives each
 * persona a real access token; the gateway verifies it and every subgraph filters by it. The same
 * operations run as every role; what each should get is derived from the audiences the editor sees
 * and the table of decision 004, written out here, not from the code under test.
 */
const gatewayUrl = inject("gatewayUrl");
const portalUrl = inject("portalUrl");
const issuer = inject("oidcIssuer");

type Audience = "PUBLIC" | "RESIDENT" | "STAFF" | "ARCHIVE";
const personas = { anonymous: null, resident: "anna", staff: "nils", archivist: "ada", editor: "erik", admin: "alva" } as const;
type Role = keyof typeof personas;
const roles = Object.keys(personas) as Role[];

const reads: Record<Role, Audience[]> = {
  anonymous: ["PUBLIC"],
  resident: ["PUBLIC", "RESIDENT"],
  staff: ["PUBLIC", "RESIDENT", "STAFF"],
  archivist: ["PUBLIC", "RESIDENT", "ARCHIVE"],
  editor: ["PUBLIC", "RESIDENT", "STAFF", "ARCHIVE"],
  admin: ["PUBLIC", "RESIDENT", "STAFF", "ARCHIVE"],
};
const readsStaffFields: Record<Role, boolean> = { anonymous: false, resident: false, staff: true, archivist: true, editor: true, admin: true };

const tokens = {} as Record<Role, string | null>;

type Result<T> = { status: number; data?: T; errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[] };
async function query<T>(as: Role, document: string, variables: Record<string, unknown> = {}): Promise<Result<T>> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (tokens[as]) headers.authorization = `Bearer ${tokens[as]}`;
  const response = await fetch(gatewayUrl, { method: "POST", headers, body: JSON.stringify({ query: document, variables }) });
  return { status: response.status, ...((await response.json()) as object) };
}

/** Runs one operation as every role, in parallel. */
async function asEveryRole<T>(document: string, variables: Record<string, unknown> = {}) {
  const results = await Promise.all(roles.map((as) => query<T>(as, document, variables)));
  return Object.fromEntries(roles.map((as, i) => [as, results[i]!])) as Record<Role, Result<T>>;
}

const perRole = <T>(value: (as: Role) => T) => Object.fromEntries(roles.map((as) => [as, value(as)])) as Record<Role, T>;

type Item = { id: string; slug: string; audience: Audience; category?: string };
type Page = { edges: { node: Item }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

const lists = {
  guidelines: `query($after: String, $first: Int!) { list: guidelines(first: $first, after: $after) { edges { node { id slug audience category } } pageInfo { hasNextPage endCursor } } }`,
  archiveHoldings: `query($after: String, $first: Int!) { list: archiveHoldings(first: $first, after: $after) { edges { node { id slug audience } } pageInfo { hasNextPage endCursor } } }`,
  eServices: `query($after: String, $first: Int!) { list: eServices(first: $first, after: $after) { edges { node { id slug audience } } pageInfo { hasNextPage endCursor } } }`,
};

/** Everything the editor may read, with audiences: the universe the expectations are cut from. */
const universe = {} as Record<keyof typeof lists, Item[]>;
const expectedIds = (items: Item[]) => perRole((as) => items.filter((i) => reads[as].includes(i.audience)).map((i) => i.id));

beforeAll(async () => {
  const redirectUri = `${portalUrl}/auth/callback`;
  for (const as of roles) {
    const persona = personas[as];
    tokens[as] = persona
      ? (await loginWithCode({ issuer, clientId: "vardportal-portal", clientSecret: "local-portal-secret", redirectUri, persona })).accessToken
      : null;
  }
  for (const name of Object.keys(lists) as (keyof typeof lists)[]) {
    const result = await query<{ list: Page }>("editor", lists[name], { first: 100 });
    expect(result.errors).toBeUndefined();
    universe[name] = result.data!.list.edges.map((e) => e.node);
  }
});

describe("the same operations as every role, through the gateway with real access tokens", () => {
  it("the seed holds restricted content, so the matrix can tell roles apart", () => {
    expect(universe.guidelines.some((g) => g.audience === "STAFF")).toBe(true);
    expect(universe.guidelines.some((g) => g.audience === "PUBLIC")).toBe(true);
    expect(universe.archiveHoldings.some((h) => h.audience === "ARCHIVE")).toBe(true);
  });

  it.each(Object.keys(lists) as (keyof typeof lists)[])("list: %s gives each role exactly its audiences", async (name) => {
    const results = await asEveryRole<{ list: Page }>(lists[name], { first: 100 });
    expect(perRole((as) => results[as].data?.list.edges.map((e) => e.node.id))).toEqual(expectedIds(universe[name]));
    expect(perRole((as) => results[as].errors)).toEqual(perRole(() => undefined));
  });

  it.each(Object.keys(lists) as (keyof typeof lists)[])("next page by cursor: walking %s two at a time gives the same items as the list", async (name) => {
    const walked = perRole(() => [] as string[]);
    await Promise.all(
      roles.map(async (as) => {
        let after: string | null = null;
        for (let page = 0; page < 50; page++) {
          const result: Result<{ list: Page }> = await query<{ list: Page }>(as, lists[name], { first: 2, after });
          walked[as].push(...result.data!.list.edges.map((e) => e.node.id));
          if (!result.data!.list.pageInfo.hasNextPage) return;
          after = result.data!.list.pageInfo.endCursor;
        }
        throw new Error("the walk did not end within 50 pages");
      }),
    );
    expect(walked).toEqual(expectedIds(universe[name]));
  });

  it("lookup by slug: a staff guideline is there for staff and editors, null for everyone else, with no hint", async () => {
    const staffOnly = universe.guidelines.find((g) => g.audience === "STAFF")!;
    const open = universe.guidelines.find((g) => g.audience === "PUBLIC")!;
    for (const item of [staffOnly, open]) {
      const results = await asEveryRole<{ guideline: { id: string } | null }>(`query($slug: String!) { guideline(slug: $slug) { id } }`, { slug: item.slug });
      expect(perRole((as) => results[as].data?.guideline?.id ?? null)).toEqual(perRole((as) => (reads[as].includes(item.audience) ? item.id : null)));
      expect(perRole((as) => results[as].errors)).toEqual(perRole(() => undefined));
    }
  });

  it("lookup by slug: the archive's own note is for archive staff and editors only", async () => {
    const archiveOnly = universe.archiveHoldings.find((h) => h.audience === "ARCHIVE")!;
    const results = await asEveryRole<{ archiveHolding: { id: string } | null }>(`query($slug: String!) { archiveHolding(slug: $slug) { id } }`, { slug: archiveOnly.slug });
    expect(perRole((as) => results[as].data?.archiveHolding?.id ?? null)).toEqual(perRole((as) => (reads[as].includes("ARCHIVE") ? archiveOnly.id : null)));
  });

  it("filter: a category that only staff guidelines have gives others an empty list, not an error", async () => {
    const categories = new Set(universe.guidelines.map((g) => g.category));
    for (const category of categories) {
      const results = await asEveryRole<{ list: Page }>(
        `query($category: GuidelineCategory) { list: guidelines(first: 100, filter: { category: $category }) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
        { category },
      );
      expect(perRole((as) => results[as].data?.list.edges.map((e) => e.node.id))).toEqual(
        expectedIds(universe.guidelines.filter((g) => g.category === category)),
      );
    }
  });

  it("search: the care-unit text search answers everyone alike, and only staff roles get internal numbers", async () => {
    const results = await asEveryRole<{ careUnits: { totalCount: number; edges: { node: { id: string; internalPhone: string | null } }[] } }>(
      `{ careUnits(first: 50, filter: { text: "sjukhus" }) { totalCount edges { node { id internalPhone } } } }`,
    );
    const count = results.editor.data!.careUnits.totalCount;
    expect(count).toBeGreaterThan(0);
    expect(perRole((as) => results[as].data?.careUnits.totalCount)).toEqual(perRole(() => count));
    expect(perRole((as) => results[as].data!.careUnits.edges.some((e) => e.node.internalPhone !== null))).toEqual(readsStaffFields);
    // Everyone else: every internal number null, each with FORBIDDEN on its own path, the rest intact.
    for (const as of roles.filter((r) => !readsStaffFields[r])) {
      const codes = new Set(results[as].errors?.map((e) => `${e.path?.at(-1)}:${e.extensions?.code}`));
      expect([...codes]).toEqual(["internalPhone:FORBIDDEN"]);
    }
  });

  it("entity reference through the gateway: the fee schedule a care unit resolves from the fees subgraph is the same for all", async () => {
    const results = await asEveryRole<{ careUnits: { edges: { node: { feeSchedule: { id: string } | null } }[] } }>(
      `{ careUnits(first: 5, filter: { region: "Norrbotten" }) { edges { node { feeSchedule { id } } } } }`,
    );
    const ids = results.editor.data!.careUnits.edges.map((e) => e.node.feeSchedule?.id);
    expect(ids.every(Boolean)).toBe(true);
    expect(perRole((as) => results[as].data?.careUnits.edges.map((e) => e.node.feeSchedule?.id))).toEqual(perRole(() => ids));
  });

  it("entity reference: _entities is the gateway's to call, never a client's", async () => {
    const results = await asEveryRole(`{ _entities(representations: [{ __typename: "Guideline", id: "x" }]) { __typename } }`);
    expect(perRole((as) => [results[as].status, results[as].errors?.[0]?.extensions?.code])).toEqual(
      perRole(() => [400, "GRAPHQL_VALIDATION_FAILED"]),
    );
  });
});
