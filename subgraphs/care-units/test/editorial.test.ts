import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { expectCode, expectConflict, expectData, expectValidationFailed, startTestSubgraph, testClock, type TestSubgraph } from "@vardportal/kit/testing";
import { definition } from "../src/index.js";
import { ITEM, queryWithPreview, unitValues, type Item } from "./editorial-helpers.js";

const CREATE = `mutation($values: JSONObject!, $confirm: Boolean) { createCareUnit(values: $values, confirmPublicAudience: $confirm) { ${ITEM} } }`;
const SAVE = `mutation($id: ID!, $version: Int!, $values: JSONObject!, $confirm: Boolean) { saveCareUnitDraft(id: $id, version: $version, values: $values, confirmPublicAudience: $confirm) { ${ITEM} } }`;
const SUBMIT = `mutation($id: ID!, $version: Int!) { submitCareUnitForReview(id: $id, version: $version) { ${ITEM} } }`;
const PUBLISH = `mutation($id: ID!, $version: Int!, $publishAt: DateTimeISO) { publishCareUnit(id: $id, version: $version, publishAt: $publishAt) { ${ITEM} } }`;
const ARCHIVE = `mutation($id: ID!, $version: Int!) { archiveCareUnit(id: $id, version: $version) { ${ITEM} } }`;
const RESTORE = `mutation($id: ID!, $number: Int!, $version: Int!) { restoreCareUnitRevision(id: $id, number: $number, version: $version, confirmPublicAudience: true) { ${ITEM} } }`;
const ITEM_QUERY = `query($id: ID!) { editorialCareUnit(id: $id) { ${ITEM} } }`;
const REVISIONS = `query($id: ID!) { editorialCareUnitRevisions(id: $id) { edges { node { number action status } } } }`;
const UNIT_PAGE = `query($hsaId: String!) { careUnitByHsaId(hsaId: $hsaId) { id name regularHours { weekday spans { opens closes closesNextDay } } openingDays(from: "2026-03-20", days: 1) { source spans { opens } } } }`;
const ROUTES = `query($hsaId: String!) { careUnitByHsaId(hsaId: $hsaId) { contactRoutes { value } } }`;

type UnitPage = { careUnitByHsaId: { id: string; name: string; regularHours: { weekday: number; spans: { opens: string; closes: string; closesNextDay: boolean }[] }[]; openingDays: { source: string; spans: unknown[] }[] } | null };

let t: TestSubgraph;
beforeEach(async () => {
  t = await startTestSubgraph(definition, { seed: false, clock: testClock("2026-03-02T09:00:00+01:00") });
});
afterEach(async () => {
  await t.close();
});

const create = async (values = unitValues()) => expectData(await t.query<{ createCareUnit: Item }>(CREATE, { as: "editor", variables: { values, confirm: true } })).createCareUnit;
const save = (id: string, version: number, values: Record<string, unknown>, as: "editor" | "admin" = "editor") => t.query<{ saveCareUnitDraft: Item }>(SAVE, { as, variables: { id, version, values } });
const publish = async (id: string, version: number, publishAt?: string) => expectData(await t.query<{ publishCareUnit: Item }>(PUBLISH, { as: "editor", variables: { id, version, publishAt } })).publishCareUnit;
const item = async (id: string) => expectData(await t.query<{ editorialCareUnit: Item }>(ITEM_QUERY, { as: "editor", variables: { id } })).editorialCareUnit;
const page = async (as: "anonymous" | "staff" | "resident" = "anonymous", hsaId = "SE2321000230-TEST1") =>
  expectData(await t.query<UnitPage>(UNIT_PAGE, { as, variables: { hsaId } })).careUnitByHsaId;

describe("editors write care units through the editorial API", () => {
  it("a new unit is a draft with its hours, exceptions and routes, unseen by readers, with a portal path", async () => {
    const draft = await create();
    expect(draft).toMatchObject({ type: "CareUnit", title: "Testhälsan Kallax", status: "DRAFT", version: 1, live: false, hasDraft: true, publishedVersion: null, portalPath: "/hitta-vard/SE2321000230-TEST1" });
    expect(draft.values.openingHours).toEqual(unitValues().openingHours);
    expect(draft.missingEnglish).toEqual(["contactRoutes.0.label", "contactRoutes.0.hours"]);
    expect(await page("anonymous")).toBeNull();
    expect(await page("staff")).toBeNull();
  });

  it("an HSA-id is written in capitals however it is typed, and a second unit cannot take it", async () => {
    const draft = await create(unitValues({ hsaId: " se2321000230-test1 " }));
    expect(draft.values.hsaId).toBe("SE2321000230-TEST1");
    const twice = await t.query(CREATE, { as: "editor", variables: { values: unitValues({ name: "Dubblett" }), confirm: true } });
    expect(expectValidationFailed(twice).extensions?.fieldErrors).toEqual({ hsaId: ["HSA-id:t används redan av Testhälsan Kallax."] });
  });

  it("a draft that takes another unit's HSA-id is refused when it is published, at the field, and nothing changes", async () => {
    await create();
    const other = await create(unitValues({ hsaId: "SE2321000230-TEST2", name: "Annan enhet" }));
    const taken = expectData(await save(other.id, other.version, unitValues({ name: "Annan enhet" }))).saveCareUnitDraft;
    const refused = await t.query(PUBLISH, { as: "editor", variables: { id: other.id, version: taken.version } });
    expect(expectValidationFailed(refused, ["publishCareUnit"]).extensions?.fieldErrors).toEqual({ hsaId: ["HSA-id:t används redan av Testhälsan Kallax."] });
    expect(await item(other.id)).toMatchObject({ status: "DRAFT", hasDraft: true, version: taken.version, publishedValues: null });
  });

  it("widening a staff-only unit to everyone needs the widening confirmed", async () => {
    const draft = await create(unitValues({ audience: "STAFF" }));
    const refused = await save(draft.id, draft.version, unitValues());
    expect(expectCode(refused, "AUDIENCE_WIDENING_NOT_CONFIRMED", ["saveCareUnitDraft"]).extensions?.field).toBe("audience");
    expect((await item(draft.id)).audience).toBe("STAFF");
    const confirmed = expectData(await t.query<{ saveCareUnitDraft: Item }>(SAVE, { as: "editor", variables: { id: draft.id, version: draft.version, values: unitValues(), confirm: true } }));
    expect(confirmed.saveCareUnitDraft.audience).toBe("PUBLIC");
  });

  it("a save on a stale version is a CONFLICT with the other editor's item, and writes nothing", async () => {
    const draft = await create();
    const first = expectData(await save(draft.id, 1, unitValues({ name: "Första ändringen" }))).saveCareUnitDraft;
    expect(first.version).toBe(2);
    const second = await save(draft.id, 1, unitValues({ name: "Andra ändringen" }), "admin");
    const error = expectConflict(second);
    expect(error.extensions?.current).toMatchObject({ id: draft.id, version: 2, updatedBy: "test-editor", values: { name: "Första ändringen" } });
    expect((await item(draft.id)).values.name).toBe("Första ändringen");
  });

  it("publishing makes the unit, its hours, exceptions and routes what readers see", async () => {
    const draft = await create();
    const submitted = expectData(await t.query<{ submitCareUnitForReview: Item }>(SUBMIT, { as: "editor", variables: { id: draft.id, version: 1 } })).submitCareUnitForReview;
    expect(submitted.status).toBe("IN_REVIEW");
    const published = await publish(draft.id, submitted.version);
    expect(published).toMatchObject({ status: "PUBLISHED", live: true, hasDraft: false });
    const unit = await page("anonymous");
    expect(unit?.name).toBe("Testhälsan Kallax");
    expect(unit?.regularHours.map((d) => d.spans.map((s) => `${s.opens}-${s.closes}`).join(","))).toEqual(["08:00-17:00", "08:00-17:00", "08:00-17:00", "08:00-17:00", "08:00-17:00", "10:00-14:00", ""]);
    expect(unit?.openingDays).toEqual([{ source: "EXCEPTION", spans: [] }]);
    const routes = expectData(await t.query<{ careUnitByHsaId: { contactRoutes: { value: string }[] } }>(ROUTES, { as: "staff", variables: { hsaId: "SE2321000230-TEST1" } }));
    expect(routes.careUnitByHsaId.contactRoutes).toEqual([{ value: "0920-28 45 00" }]);
    // Read back from the tables, the values are what was written.
    const { audience: _a, region: _r, ...written } = unitValues();
    expect(published.values).toMatchObject(written);
  });

  it("a night span past midnight is stored as decision 008 says and shown with the next morning's clock", async () => {
    const draft = await create(unitValues({ openingHours: [{ weekdays: ["FRI"], opens: "16:00", closes: "01:00" }] }));
    await publish(draft.id, draft.version);
    const friday = (await page("anonymous"))?.regularHours.find((d) => d.weekday === 5);
    expect(friday?.spans).toEqual([{ opens: "16:00", closes: "01:00", closesNextDay: true }]);
  });

  it("editing a published unit keeps the live copy until the change is published", async () => {
    const draft = await create();
    const live = await publish(draft.id, draft.version);
    const edited = expectData(await save(draft.id, live.version, unitValues({ name: "Nytt namn", openingHours: [] }))).saveCareUnitDraft;
    expect(edited).toMatchObject({ status: "DRAFT", live: true, hasDraft: true, publishedValues: { name: "Testhälsan Kallax" }, values: { name: "Nytt namn" } });
    expect((await page("anonymous"))?.name).toBe("Testhälsan Kallax");
    expect((await page("anonymous"))?.regularHours[0]?.spans).toHaveLength(1);
    await publish(draft.id, edited.version);
    const after = await page("anonymous");
    expect(after?.name).toBe("Nytt namn");
    expect(after?.regularHours.every((d) => d.spans.length === 0)).toBe(true);
  });

  it("restoring an old revision makes a new draft and leaves the published unit alone", async () => {
    const draft = await create();
    const live = await publish(draft.id, draft.version);
    const edited = expectData(await save(draft.id, live.version, unitValues({ name: "Version två" }))).saveCareUnitDraft;
    const published = await publish(draft.id, edited.version);
    const restored = expectData(await t.query<{ restoreCareUnitRevision: Item }>(RESTORE, { as: "editor", variables: { id: draft.id, number: 1, version: published.version } })).restoreCareUnitRevision;
    expect(restored).toMatchObject({ status: "DRAFT", hasDraft: true, values: { name: "Testhälsan Kallax" }, publishedValues: { name: "Version två" } });
    expect((await page("anonymous"))?.name).toBe("Version två");
    const actions = expectData(await t.query<{ editorialCareUnitRevisions: { edges: { node: { action: string } }[] } }>(REVISIONS, { as: "editor", variables: { id: draft.id } }));
    expect(actions.editorialCareUnitRevisions.edges.map((e) => e.node.action)).toEqual(["RESTORE", "PUBLISH", "SAVE", "PUBLISH", "CREATE"]);
  });

  it("a scheduled publish happens when the scheduler runs at its time, not before", async () => {
    const draft = await create();
    const scheduled = await publish(draft.id, draft.version, "2026-03-02T12:00:00+01:00");
    expect(scheduled).toMatchObject({ live: false, scheduledPublishAt: "2026-03-02T11:00:00.000Z" });
    const scheduler = t.subgraph.editorialScheduler!;
    t.clock.set("2026-03-02T11:59:00+01:00");
    expect(await scheduler.tick()).toMatchObject({ published: 0 });
    expect(await page("anonymous")).toBeNull();
    t.clock.set("2026-03-02T12:00:30+01:00");
    expect(await scheduler.tick()).toMatchObject({ published: 1 });
    expect((await page("anonymous"))?.name).toBe("Testhälsan Kallax");
  });

  it("archiving takes the unit away from readers; the editor still has it", async () => {
    const draft = await create();
    const live = await publish(draft.id, draft.version);
    const archived = expectData(await t.query<{ archiveCareUnit: Item }>(ARCHIVE, { as: "editor", variables: { id: draft.id, version: live.version } })).archiveCareUnit;
    expect(archived).toMatchObject({ status: "ARCHIVED", live: false });
    expect(await page("anonymous")).toBeNull();
    expect((await item(draft.id)).status).toBe("ARCHIVED");
  });
});

describe("a care unit's values are validated as a whole, each message at its field", () => {
  it("every bad field is named, nothing is written", async () => {
    const values = unitValues({
      hsaId: "2321000230-1A",
      name: "",
      kind: "HOSPITAL",
      latitude: 65.5,
      longitude: null,
      webUrl: "javascript:alert(1)",
      description: { sv: "", en: "Only English" },
      openingHours: [
        { weekdays: ["MON"], opens: "08:00", closes: "12:00" },
        { weekdays: ["MON"], opens: "11:00", closes: "25:00" },
        { weekdays: ["TUE"], opens: "8", closes: "17:00" },
      ],
      hoursExceptions: [{ fromDate: "2026-06-30", toDate: "2026-06-01", label: { sv: "Sommar", en: null }, closed: false, weekdays: [], opens: "09:00", closes: "15:00" }],
      contactRoutes: [{ kind: "PAGER", label: { sv: "Sökare", en: null }, value: "", hours: null }],
      colour: "red",
    });
    const result = await t.query(CREATE, { as: "editor", variables: { values, confirm: true } });
    const fieldErrors = expectValidationFailed(result).extensions?.fieldErrors as Record<string, string[]>;
    expect(Object.keys(fieldErrors).sort()).toEqual(
      ["colour", "contactRoutes.0.kind", "contactRoutes.0.value", "description.sv", "hsaId", "kind", "name", "webUrl"].sort(),
    );
    expect(fieldErrors.colour).toEqual(["Okänt fält: det finns inte i den här innehållstypen."]);
    expect(expectData(await t.query<{ editorialCareUnits: { totalCount: number } }>(`{ editorialCareUnits { totalCount } }`, { as: "editor" })).editorialCareUnits.totalCount).toBe(0);
  });

  it("hours, exceptions and coordinates are checked once the fields have the right shape", async () => {
    const values = unitValues({
      latitude: 65.5,
      longitude: null,
      openingHours: [
        { weekdays: ["MON"], opens: "08:00", closes: "12:00" },
        { weekdays: ["MON"], opens: "11:00", closes: "17:00" },
        { weekdays: ["TUE"], opens: "8", closes: "17:00" },
      ],
      hoursExceptions: [{ fromDate: "2026-06-30", toDate: "2026-06-01", label: { sv: "Sommar", en: null }, closed: false, weekdays: [], opens: "09:00", closes: "15:00" }],
    });
    const fieldErrors = expectValidationFailed(await t.query(CREATE, { as: "editor", variables: { values, confirm: true } })).extensions?.fieldErrors as Record<string, string[]>;
    expect(fieldErrors).toEqual({
      longitude: ["Ange både latitud och longitud, eller ingen av dem."],
      "openingHours.1.opens": ["Passet överlappar ett annat pass på måndag."],
      "openingHours.2.opens": ["Skriv tiden som TT:MM, t.ex. 08:00."],
      "hoursExceptions.0.toDate": ["Sista dagen kan inte komma före första."],
    });
  });
});

describe("previewing a unit's working copy on its portal page", () => {
  const LINK = `mutation($id: ID!) { careUnitPreviewLink(id: $id) { url expiresAt } }`;

  it("only the editor the link was made for sees the draft, through the unit page's lookup", async () => {
    const draft = await create();
    const live = await publish(draft.id, draft.version);
    const edited = expectData(await save(draft.id, live.version, unitValues({ name: "Förhandsvisat namn", openingHours: [{ weekdays: ["SUN"], opens: "16:00", closes: "01:00" }] }))).saveCareUnitDraft;
    const link = expectData(await t.query<{ careUnitPreviewLink: { url: string; expiresAt: string } }>(LINK, { as: "editor", variables: { id: edited.id } })).careUnitPreviewLink;
    expect(link.url).toMatch(/\/hitta-vard\/SE2321000230-TEST1\?forhandsvisning=/);
    const token = decodeURIComponent(new URL(link.url).searchParams.get("forhandsvisning")!);

    const asEditor = expectData(await queryWithPreview<UnitPage>(t, UNIT_PAGE, { as: "editor", token, variables: { hsaId: "SE2321000230-TEST1" } })).careUnitByHsaId;
    expect(asEditor?.name).toBe("Förhandsvisat namn");
    expect(asEditor?.regularHours.find((d) => d.weekday === 7)?.spans).toEqual([{ opens: "16:00", closes: "01:00", closesNextDay: true }]);

    for (const as of ["anonymous", "resident", "staff", "admin"] as const) {
      const seen = (await queryWithPreview<UnitPage>(t, UNIT_PAGE, { as, token, variables: { hsaId: "SE2321000230-TEST1" } })).data?.careUnitByHsaId;
      expect(seen?.name, as).toBe("Testhälsan Kallax");
    }
    // Lists never show a working copy, token or not.
    const list = await queryWithPreview<{ careUnits: { edges: { node: { name: string } }[] } }>(t, `{ careUnits(first: 10) { edges { node { name } } } }`, { as: "editor", token });
    expect(expectData(list).careUnits.edges.map((e) => e.node.name)).toEqual(["Testhälsan Kallax"]);
  });

  it("an expired token shows nothing of the draft", async () => {
    const draft = await create();
    const link = expectData(await t.query<{ careUnitPreviewLink: { url: string } }>(LINK, { as: "editor", variables: { id: draft.id } })).careUnitPreviewLink;
    const token = decodeURIComponent(new URL(link.url).searchParams.get("forhandsvisning")!);
    expect((await queryWithPreview<UnitPage>(t, UNIT_PAGE, { as: "editor", token, variables: { hsaId: "SE2321000230-TEST1" } })).data?.careUnitByHsaId?.name).toBe("Testhälsan Kallax");
    t.clock.set("2026-03-02T09:11:00+01:00");
    expect((await queryWithPreview<UnitPage>(t, UNIT_PAGE, { as: "editor", token, variables: { hsaId: "SE2321000230-TEST1" } })).data?.careUnitByHsaId).toBeNull();
  });
});
