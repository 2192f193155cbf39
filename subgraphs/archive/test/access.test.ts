import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Audience, ContentStatus, seedId } from "@vardportal/kit";
import { expectData, startTestSubgraph, type PersonaName, type TestSubgraph } from "@vardportal/kit/testing";
import { definition } from "../src/index.js";
import { insertHolding, LIST, type HoldingPage } from "./helpers.js";

const BY_SLUG = `query($slug: String!) { archiveHolding(slug: $slug) { id slug extentMeters description { sv } } }`;
const REFS = `query($r: [_Any!]!) { _entities(representations: $r) { ... on ArchiveHolding { id slug } } }`;
const NOTE = "intern-placering-privata-vardgivare";
const noteId = seedId("archive-holding", NOTE);

let t: TestSubgraph;
let draftId: string;
let staffId: string;
beforeAll(async () => {
  t = await startTestSubgraph(definition, { seed: true });
  draftId = await insertHolding(t, "utkast", { status: ContentStatus.DRAFT });
  staffId = await insertHolding(t, "vardpersonalens-anteckning", { audience: Audience.STAFF });
});
afterAll(async () => {
  await t.close();
});

async function listedSlugs(as: PersonaName): Promise<string[]> {
  return expectData(await t.query<HoldingPage>(LIST, { as, variables: { first: 100 } })).archiveHoldings.edges.map((e) => e.node.slug);
}

async function bySlug(as: PersonaName, slug: string) {
  return expectData(await t.query<{ archiveHolding: { id: string; slug: string; extentMeters: number | null; description: { sv: string } } | null }>(BY_SLUG, { as, variables: { slug } })).archiveHolding;
}

async function byReference(as: PersonaName, ids: string[]): Promise<({ id: string; slug: string } | null)[]> {
  const r = ids.map((id) => ({ __typename: "ArchiveHolding", id }));
  return expectData(await t.query<{ _entities: ({ id: string; slug: string } | null)[] }>(REFS, { as, variables: { r } }))._entities;
}

describe("the archive staff's own note (audience ARCHIVE)", () => {
  it.each(["archivist", "editor", "admin"] as const)("reaches %s by list, slug and reference", async (as) => {
    expect(await listedSlugs(as)).toContain(NOTE);
    const note = await bySlug(as, NOTE);
    expect(note?.id).toBe(noteId);
    expect(note?.description.sv).toContain("EXEMPELDATA");
    expect(note?.extentMeters).toBe(42.5);
    expect(await byReference(as, [noteId])).toEqual([{ id: noteId, slug: NOTE }]);
  });

  it.each(["anonymous", "resident", "staff"] as const)("never reaches %s, by list, slug or reference", async (as) => {
    expect(await listedSlugs(as)).not.toContain(NOTE);
    expect(await bySlug(as, NOTE)).toBeNull();
    expect(await byReference(as, [noteId])).toEqual([null]);
  });
});

describe("drafts and staff-only holdings", () => {
  it.each(["anonymous", "resident"] as const)("a draft and a staff-only holding never reach %s, by list, slug or reference", async (as) => {
    const listed = await listedSlugs(as);
    expect(listed).toHaveLength(12);
    expect(listed).not.toContain("utkast");
    expect(listed).not.toContain("vardpersonalens-anteckning");
    expect(await bySlug(as, "utkast")).toBeNull();
    expect(await bySlug(as, "vardpersonalens-anteckning")).toBeNull();
    expect(await byReference(as, [draftId, staffId])).toEqual([null, null]);
  });

  it.each(["staff", "editor"] as const)("%s reads the staff-only holding by list, slug and reference", async (as) => {
    expect(await listedSlugs(as)).toContain("vardpersonalens-anteckning");
    expect((await bySlug(as, "vardpersonalens-anteckning"))?.id).toBe(staffId);
    expect(await byReference(as, [staffId])).toEqual([{ id: staffId, slug: "vardpersonalens-anteckning" }]);
  });

  it("an archivist, whose role covers archive content but not care staff's, does not get the staff-only holding", async () => {
    expect(await listedSlugs("archivist")).not.toContain("vardpersonalens-anteckning");
    expect(await bySlug("archivist", "vardpersonalens-anteckning")).toBeNull();
    expect(await byReference("archivist", [staffId])).toEqual([null]);
  });

  it.each(["archivist", "editor"] as const)("a draft stays out of %s's reads too", async (as) => {
    expect(await listedSlugs(as)).not.toContain("utkast");
    expect(await bySlug(as, "utkast")).toBeNull();
    expect(await byReference(as, [draftId])).toEqual([null]);
  });

  it("references come back in the order asked, with null where the viewer may not see the holding", async () => {
    const ids = [seedId("archive-holding", "vardhogskolan"), noteId, draftId, seedId("archive-holding", "andra-regioner"), staffId];
    expect((await byReference("resident", ids)).map((h) => h?.slug ?? null)).toEqual(["vardhogskolan", null, null, "andra-regioner", null]);
    expect((await byReference("archivist", ids)).map((h) => h?.slug ?? null)).toEqual(["vardhogskolan", NOTE, null, "andra-regioner", null]);
  });
});
