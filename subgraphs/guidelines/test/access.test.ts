import { Audience, ContentStatus, seedId } from "@vardportal/kit";
import { expectData, personaNames, personas, type PersonaName, type TestSubgraph } from "@vardportal/kit/testing";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GuidelineCategory } from "../src/entities/guideline-category.js";
import { guidelineStore } from "../src/guideline-store.js";
import { BY_SLUG, createGuideline, ENTITIES, LIST, publicSlugs, readsStaff, seedCount, startGuidelines, type ListData } from "./helpers.js";

interface EntitiesData {
  _entities: ({ id: string; slug: string; audience: string } | null)[];
}

const staffSlug = "blockera-vardnadshavare-skane";
const publicSlug = "din-journal-nar-du-ar-13-15-ar";

/** How many seed guidelines each category holds, in all and for readers of PUBLIC only. */
const perCategory: Record<GuidelineCategory, { all: number; public: number }> = {
  [GuidelineCategory.JOURNAL_ONLINE]: { all: 2, public: 0 },
  [GuidelineCategory.SEALING]: { all: 2, public: 1 },
  [GuidelineCategory.BLOCKING_GUARDIAN]: { all: 1, public: 0 },
  [GuidelineCategory.LOCKING_ACCOUNT]: { all: 2, public: 0 },
  [GuidelineCategory.MINORS_ACCESS]: { all: 4, public: 1 },
  [GuidelineCategory.RELEASE_OF_RECORDS]: { all: 0, public: 0 },
  [GuidelineCategory.LEGAL_REPRESENTATIVE]: { all: 1, public: 0 },
  [GuidelineCategory.OTHER]: { all: 0, public: 0 },
};

const list = async (t: TestSubgraph, as: PersonaName, variables: Record<string, unknown> = {}) =>
  expectData(await t.query<ListData>(LIST, { as, variables: { first: 100, ...variables } })).guidelines;
const bySlug = async (t: TestSubgraph, as: PersonaName, slug: string) =>
  expectData(await t.query<{ guideline: { slug: string } | null }>(BY_SLUG, { as, variables: { slug } })).guideline;
const entities = async (t: TestSubgraph, as: PersonaName, ids: unknown[]) =>
  expectData(await t.query<EntitiesData>(ENTITIES, { as, variables: { r: ids.map((id) => ({ __typename: "Guideline", id })) } }))._entities;

describe("who reads which seed guideline", () => {
  let t: TestSubgraph;
  beforeAll(async () => {
    t = await startGuidelines();
  });
  afterAll(async () => {
    await t.close();
  });

  for (const as of personaNames) {
    const staffToo = readsStaff[as];

    it(`${as}: the list holds ${staffToo ? "every guideline" : "the public guidelines only"}`, async () => {
      const page = await list(t, as);
      expect(page.totalCount).toBe(staffToo ? seedCount : publicSlugs.length);
      if (!staffToo) expect(page.edges.map((e) => e.node.slug).sort()).toEqual([...publicSlugs].sort());
      expect(page.edges.some((e) => e.node.audience === Audience.STAFF)).toBe(staffToo);
    });

    it(`${as}: a staff guideline by slug is ${staffToo ? "readable" : "null"}, a public one readable`, async () => {
      expect((await bySlug(t, as, staffSlug))?.slug ?? null).toBe(staffToo ? staffSlug : null);
      expect((await bySlug(t, as, publicSlug))?.slug).toBe(publicSlug);
    });

    it(`${as}: _entities ${staffToo ? "resolves" : "returns null for"} a staff guideline and resolves a public one, in order`, async () => {
      const ids = [seedId("guideline", staffSlug), seedId("guideline", publicSlug), "00000000-0000-5000-a000-000000000000", 42];
      const result = await entities(t, as, ids);
      expect(result.map((g) => g?.slug ?? null)).toEqual([staffToo ? staffSlug : null, publicSlug, null, null]);
    });

    it(`${as}: filtering by category counts ${staffToo ? "every guideline" : "only the public guidelines"} in it`, async () => {
      for (const [category, counts] of Object.entries(perCategory)) {
        const page = await list(t, as, { filter: { category } });
        expect({ category, totalCount: page.totalCount }).toEqual({ category, totalCount: staffToo ? counts.all : counts.public });
        expect(page.edges).toHaveLength(page.totalCount);
        for (const { node } of page.edges) {
          expect(node.category).toBe(category);
          if (!staffToo) expect(node.audience).toBe(Audience.PUBLIC);
        }
      }
    });

    it(`${as}: filtering by region and category never adds a staff guideline`, async () => {
      const skaneSealing = await list(t, as, { filter: { region: "Skåne", category: "SEALING" } });
      expect(skaneSealing.totalCount).toBe(staffToo ? 2 : 1);
      const kronoberg = await list(t, as, { filter: { region: "Kronoberg" } });
      expect(kronoberg.totalCount).toBe(staffToo ? 6 : 1);
      expect(kronoberg.edges.every((e) => e.node.region === "Kronoberg")).toBe(true);
      const norrbotten = await list(t, as, { filter: { region: "Norrbotten" } });
      expect(norrbotten.totalCount).toBe(0);
    });
  }

  it("a cursor taken from a staff member's page shows a resident nothing more than the public guidelines", async () => {
    const staffPage = await list(t, "staff");
    const firstStaffOnly = staffPage.edges.find((e) => e.node.audience === Audience.STAFF)!;
    const page = await list(t, "resident", { after: firstStaffOnly.cursor });
    expect(page.totalCount).toBe(publicSlugs.length);
    expect(page.edges.every((e) => e.node.audience === Audience.PUBLIC)).toBe(true);
  });
});

describe("unpublished and scheduled guidelines", () => {
  let t: TestSubgraph;
  beforeEach(async () => {
    t = await startGuidelines({ seed: false });
  });
  afterEach(async () => {
    await t.close();
  });

  it("a draft, even a public one, is read by nobody through the public queries", async () => {
    const draft = await createGuideline(t, { slug: "utkast", audience: Audience.PUBLIC });
    for (const as of personaNames) {
      expect((await list(t, as)).totalCount).toBe(0);
      expect(await bySlug(t, as, "utkast")).toBeNull();
      expect(await entities(t, as, [draft.id])).toEqual([null]);
    }
  });

  it("a published staff guideline reaches staff, editors and admins but never an anonymous visitor, a resident or an archivist", async () => {
    const item = await createGuideline(t, { slug: "intern", audience: Audience.STAFF }, { publish: true });
    for (const as of personaNames) {
      const expected = readsStaff[as] ? "intern" : null;
      expect((await list(t, as)).edges.map((e) => e.node.slug)).toEqual(expected ? [expected] : []);
      expect((await bySlug(t, as, "intern"))?.slug ?? null).toBe(expected);
      expect((await entities(t, as, [item.id])).map((g) => g?.slug ?? null)).toEqual([expected]);
    }
  });

  it("a guideline created without an audience is staff guidance", async () => {
    const item = await createGuideline(t, { slug: "utan-malgrupp" }, { publish: true });
    expect(item.audience).toBe(Audience.STAFF);
    expect(await bySlug(t, "resident", "utan-malgrupp")).toBeNull();
  });

  it("a public guideline scheduled for later appears only from its publishAt, and an archived one disappears", async () => {
    t.clock.set("2026-03-02T09:00:00Z");
    const scheduled = await createGuideline(t, { slug: "snart", audience: Audience.PUBLIC, publishAt: new Date("2026-03-03T07:00:00Z") }, { publish: true });
    expect(await bySlug(t, "anonymous", "snart")).toBeNull();
    expect(await entities(t, "anonymous", [scheduled.id])).toEqual([null]);
    t.clock.set("2026-03-03T07:00:00Z");
    expect((await bySlug(t, "anonymous", "snart"))?.slug).toBe("snart");

    const store = guidelineStore(t.subgraph.dataSource);
    await store.transition(scheduled.id, scheduled.version, ContentStatus.ARCHIVED, { viewer: personas.editor });
    expect(await bySlug(t, "anonymous", "snart")).toBeNull();
    expect((await list(t, "anonymous")).totalCount).toBe(0);
  });
});
