import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Audience, ContentStatus, seedId } from "@vardportal/kit";
import { expectData, startTestSubgraph, type PersonaName, type TestSubgraph } from "@vardportal/kit/testing";
import { definition } from "../src/index.js";
import { insertEService, LIST, type ServicePage } from "./helpers.js";

const BY_SLUG = `query($slug: String!) { eService(slug: $slug) { id slug } }`;
const REFS = `query($r: [_Any!]!) { _entities(representations: $r) { ... on EService { id slug } } }`;

let t: TestSubgraph;
let draftId: string;
let staffId: string;
beforeAll(async () => {
  t = await startTestSubgraph(definition, { seed: true });
  draftId = await insertEService(t, "utkast-tjanst", { status: ContentStatus.DRAFT });
  staffId = await insertEService(t, "personalens-tjanst", { audience: Audience.STAFF });
});
afterAll(async () => {
  await t.close();
});

async function listedSlugs(as: PersonaName): Promise<string[]> {
  const data = expectData(await t.query<ServicePage>(LIST, { as, variables: { first: 100 } }));
  return data.eServices.edges.map((e) => e.node.slug);
}

async function bySlug(as: PersonaName, slug: string): Promise<unknown> {
  return expectData(await t.query<{ eService: unknown }>(BY_SLUG, { as, variables: { slug } })).eService;
}

async function byReference(as: PersonaName, ids: string[]): Promise<({ slug: string } | null)[]> {
  const r = ids.map((id) => ({ __typename: "EService", id }));
  return expectData(await t.query<{ _entities: ({ slug: string } | null)[] }>(REFS, { as, variables: { r } }))._entities;
}

describe("who reads which e-service", () => {
  it.each(["anonymous", "resident"] as const)("a draft and a staff-only e-service never reach %s, by list, slug or reference", async (as) => {
    const listed = await listedSlugs(as);
    expect(listed).toHaveLength(6);
    expect(listed).not.toContain("utkast-tjanst");
    expect(listed).not.toContain("personalens-tjanst");
    expect(await bySlug(as, "utkast-tjanst")).toBeNull();
    expect(await bySlug(as, "personalens-tjanst")).toBeNull();
    expect(await byReference(as, [draftId, staffId])).toEqual([null, null]);
  });

  it.each(["staff", "editor", "admin"] as const)("%s reads the staff-only e-service by list, slug and reference", async (as) => {
    expect(await listedSlugs(as)).toContain("personalens-tjanst");
    expect(await bySlug(as, "personalens-tjanst")).toEqual({ id: staffId, slug: "personalens-tjanst" });
    expect(await byReference(as, [staffId])).toEqual([{ id: staffId, slug: "personalens-tjanst" }]);
  });

  it("an archivist, whose role does not cover staff content, does not get the staff-only e-service", async () => {
    expect(await listedSlugs("archivist")).not.toContain("personalens-tjanst");
    expect(await bySlug("archivist", "personalens-tjanst")).toBeNull();
    expect(await byReference("archivist", [staffId])).toEqual([null]);
  });

  it.each(["staff", "editor", "admin"] as const)("a draft stays out of %s's reads too: drafts are seen in the CMS, not here", async (as) => {
    expect(await listedSlugs(as)).not.toContain("utkast-tjanst");
    expect(await bySlug(as, "utkast-tjanst")).toBeNull();
    expect(await byReference(as, [draftId])).toEqual([null]);
  });

  it("references come back in the order asked, with null where the viewer may not see the item", async () => {
    const ids = [seedId("e-service", "ung-i-norr"), staffId, seedId("e-service", "digitalen"), draftId, seedId("e-service", "no-such-service")];
    expect((await byReference("anonymous", ids)).map((s) => s?.slug ?? null)).toEqual(["ung-i-norr", null, "digitalen", null, null]);
  });
});
