import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { expectConflict, expectData, expectValidationFailed, type TestSubgraph } from "@vardportal/kit/testing";
import { queryWithPreview, SEEDED_SCHEDULE_ID, startFees } from "./helpers.js";

/** A 2027 schedule as an editor writes it in the admin: the values object of decision 019. */
export const schedule2027 = (patch: Record<string, unknown> = {}) => ({
  audience: "PUBLIC",
  region: "Norrbotten",
  title: { sv: "Patientavgifter 2027", en: "Patient fees 2027" },
  validFrom: "2027-01-01",
  validTo: null,
  freeUnderAge: 20,
  freeFromAge: null,
  ageExemptionCoversMissedVisits: true,
  highCostLimitSek: 1500,
  highCostPeriodMonths: 12,
  items: [
    { visitKind: "HEALTH_CENTRE_VISIT", label: { sv: "Besök på hälsocentral", en: "Health centre visit" }, amountSek: 325, countsTowardsHighCost: true, chargedWhenMissed: true, unitKinds: ["HEALTH_CENTRE"] },
    { visitKind: "MISSED_VISIT", label: { sv: "Uteblivet besök", en: "Missed visit" }, amountSek: 450, countsTowardsHighCost: false, chargedWhenMissed: false, unitKinds: ["HEALTH_CENTRE"] },
  ],
  ...patch,
});

const ITEM = `id title status version live hasDraft values publishedValues portalPath scheduledPublishAt`;
interface Item {
  id: string;
  title: string;
  status: string;
  version: number;
  live: boolean;
  hasDraft: boolean;
  values: Record<string, unknown> & { items: { amountSek: number }[] };
  publishedValues: (Record<string, unknown> & { items: { amountSek: number }[] }) | null;
  portalPath: string | null;
  scheduledPublishAt: string | null;
}
const CREATE = `mutation($values: JSONObject!) { createFeeScheduleDraft(values: $values, confirmPublicAudience: true) { ${ITEM} } }`;
const SAVE = `mutation($id: ID!, $version: Int!, $values: JSONObject!) { saveFeeScheduleDraft(id: $id, version: $version, values: $values) { ${ITEM} } }`;
const PUBLISH = `mutation($id: ID!, $version: Int!, $publishAt: DateTimeISO) { publishFeeSchedule(id: $id, version: $version, publishAt: $publishAt) { ${ITEM} } }`;
const ARCHIVE = `mutation($id: ID!, $version: Int!) { archiveFeeSchedule(id: $id, version: $version) { ${ITEM} } }`;
const RESTORE = `mutation($id: ID!, $number: Int!, $version: Int!) { restoreFeeScheduleRevision(id: $id, number: $number, version: $version) { ${ITEM} } }`;
const ITEM_QUERY = `query($id: ID!) { editorialFeeSchedule(id: $id) { ${ITEM} } }`;
const QUOTE = `query($date: String!) { feeQuote(input: { region: "Norrbotten", visitKind: "HEALTH_CENTRE_VISIT", visitDate: $date, birthDate: "1980-01-01" }) { amountSek } }`;

let t: TestSubgraph;
beforeEach(async () => {
  t = await startFees();
});
afterEach(async () => {
  await t.close();
});

const create = async (values = schedule2027()) => expectData(await t.query<{ createFeeScheduleDraft: Item }>(CREATE, { as: "editor", variables: { values } })).createFeeScheduleDraft;
const save = (id: string, version: number, values: Record<string, unknown>) => t.query<{ saveFeeScheduleDraft: Item }>(SAVE, { as: "editor", variables: { id, version, values } });
const publish = (id: string, version: number, publishAt?: string) => t.query<{ publishFeeSchedule: Item }>(PUBLISH, { as: "editor", variables: { id, version, publishAt } });
const item = async (id: string) => expectData(await t.query<{ editorialFeeSchedule: Item }>(ITEM_QUERY, { as: "editor", variables: { id } })).editorialFeeSchedule;
const quote = async (date: string) => (await t.query<{ feeQuote: { amountSek: number } | null }>(QUOTE, { variables: { date } })).data?.feeQuote?.amountSek ?? null;

/** Gives the seeded schedule (2025 until further notice) a last day through the editorial API, and publishes it. */
async function endSeeded(validTo: string) {
  const seeded = await item(SEEDED_SCHEDULE_ID);
  const saved = expectData(await save(SEEDED_SCHEDULE_ID, seeded.version, { ...seeded.values, validTo })).saveFeeScheduleDraft;
  return expectData(await publish(SEEDED_SCHEDULE_ID, saved.version)).publishFeeSchedule;
}

describe("editors write fee schedules through the editorial API", () => {
  it("the seeded schedule reads back with its lines as values, and its page is the region's fees page", async () => {
    const seeded = await item(SEEDED_SCHEDULE_ID);
    expect(seeded).toMatchObject({ status: "PUBLISHED", live: true, hasDraft: false, portalPath: "/avgifter?region=Norrbotten&datum=2025-01-01" });
    expect(seeded.values).toMatchObject({ region: "Norrbotten", validFrom: "2025-01-01", validTo: null, freeUnderAge: 20 });
    expect(seeded.values.items.map((i) => i.amountSek)).toContain(300);
  });

  it("a new schedule is a draft no reader sees", async () => {
    const draft = await create();
    expect(draft).toMatchObject({ status: "DRAFT", version: 1, live: false, title: "Patientavgifter 2027" });
    const list = expectData(await t.query<{ feeSchedules: { id: string }[] }>(`{ feeSchedules(region: "Norrbotten") { id } }`, { as: "staff" })).feeSchedules;
    expect(list.map((s) => s.id)).toEqual([SEEDED_SCHEDULE_ID]);
  });

  it("a save on a stale version is a CONFLICT with the current item, and writes nothing", async () => {
    const draft = await create();
    expectData(await save(draft.id, 1, schedule2027({ highCostLimitSek: 1600 })));
    const stale = await save(draft.id, 1, schedule2027({ highCostLimitSek: 1700 }));
    expect(expectConflict(stale).extensions?.current).toMatchObject({ version: 2, values: { highCostLimitSek: 1600 } });
    expect((await item(draft.id)).values.highCostLimitSek).toBe(1600);
  });

  it("publishing a period that overlaps the published schedule is refused with the rule's fields, and nothing changes", async () => {
    const draft = await create();
    const refused = await publish(draft.id, draft.version);
    const error = expectValidationFailed(refused);
    const message = 'Perioden överlappar den publicerade taxan "Patientavgifter i Region Norrbotten" (2025-01-01 – tills vidare). Ge den taxan en sista dag före den här börjar, eller ändra datumen.';
    expect(error.extensions?.fieldErrors).toEqual({ validFrom: [message], validTo: [message] });
    expect(await item(draft.id)).toMatchObject({ status: "DRAFT", live: false, hasDraft: true, version: 1 });
    expect(await quote("2027-03-01")).toBe(300);
  });

  it("once the old schedule has a last day, the new one publishes in one step with its lines, and quotes follow", async () => {
    const draft = await create();
    await endSeeded("2026-12-31");
    const published = expectData(await publish(draft.id, draft.version)).publishFeeSchedule;
    expect(published).toMatchObject({ status: "PUBLISHED", live: true, hasDraft: false });
    expect(await quote("2026-12-31")).toBe(300);
    expect(await quote("2027-01-01")).toBe(325);
  });

  it("editing a published schedule keeps the live fees until the change is published", async () => {
    const seeded = await item(SEEDED_SCHEDULE_ID);
    const items = seeded.values.items.map((line) => ({ ...line, amountSek: line.amountSek === 300 ? 350 : line.amountSek }));
    const edited = expectData(await save(SEEDED_SCHEDULE_ID, seeded.version, { ...seeded.values, items })).saveFeeScheduleDraft;
    expect(edited).toMatchObject({ live: true, hasDraft: true, status: "DRAFT" });
    expect(await quote("2026-03-02")).toBe(300);
    expectData(await publish(SEEDED_SCHEDULE_ID, edited.version));
    expect(await quote("2026-03-02")).toBe(350);
  });

  it("restoring an old revision makes a draft and leaves the published schedule alone", async () => {
    const draft = await create();
    await endSeeded("2026-12-31");
    const live = expectData(await publish(draft.id, draft.version)).publishFeeSchedule;
    const edited = expectData(await save(draft.id, live.version, schedule2027({ items: [schedule2027().items[0]!].map((i) => ({ ...i, amountSek: 400 })) }))).saveFeeScheduleDraft;
    const republished = expectData(await publish(draft.id, edited.version)).publishFeeSchedule;
    const restored = expectData(await t.query<{ restoreFeeScheduleRevision: Item }>(RESTORE, { as: "editor", variables: { id: draft.id, number: 1, version: republished.version } })).restoreFeeScheduleRevision;
    expect(restored.values.items.map((i) => i.amountSek)).toEqual([325, 450]);
    expect(restored.publishedValues?.items.map((i) => i.amountSek)).toEqual([400]);
    expect(await quote("2027-02-01")).toBe(400);
  });

  it("a scheduled publish happens at its time, and not while its period overlaps a published schedule", async () => {
    const draft = await create();
    const scheduled = expectData(await publish(draft.id, draft.version, "2026-03-02T10:00:00+01:00")).publishFeeSchedule;
    expect(scheduled).toMatchObject({ live: false, scheduledPublishAt: "2026-03-02T09:00:00.000Z" });
    const scheduler = t.subgraph.editorialScheduler!;
    expect(await scheduler.tick()).toMatchObject({ published: 0 });
    t.clock.set("2026-03-02T10:00:00+01:00");
    // Due, but the seeded schedule still runs until further notice: the rule holds the publish back.
    expect(await scheduler.tick()).toMatchObject({ published: 0 });
    expect(await item(draft.id)).toMatchObject({ live: false, hasDraft: true, scheduledPublishAt: "2026-03-02T09:00:00.000Z" });
    expect(await quote("2027-01-01")).toBe(300);
    await endSeeded("2026-12-31");
    expect(await scheduler.tick()).toMatchObject({ published: 1 });
    expect(await quote("2027-01-01")).toBe(325);
  });

  it("archiving takes a schedule away from readers: its dates have no fees", async () => {
    const seeded = await item(SEEDED_SCHEDULE_ID);
    const archived = expectData(await t.query<{ archiveFeeSchedule: Item }>(ARCHIVE, { as: "editor", variables: { id: SEEDED_SCHEDULE_ID, version: seeded.version } })).archiveFeeSchedule;
    expect(archived).toMatchObject({ status: "ARCHIVED", live: false });
    expect(await quote("2026-03-02")).toBeNull();
  });

  it("the older mutations still work beside the engine's", async () => {
    const result = await t.query<{ createFeeSchedule: { id: string; status: string } }>(
      `mutation { createFeeSchedule(input: { region: "Norrbotten", title: { sv: "Gammal väg" }, validFrom: "2030-01-01", highCostLimitSek: 1450, items: [{ visitKind: "HEALTH_CENTRE_VISIT", label: { sv: "Besök" }, amountSek: 1, countsTowardsHighCost: true }] }) { id status } }`,
      { as: "editor" },
    );
    expect(expectData(result).createFeeSchedule.status).toBe("DRAFT");
  });
});

describe("a fee schedule's values are validated by the schedule rule, in Swedish, at each field", () => {
  it("whole kronor, one line per kind, the missed-visit line, codes, ages and dates", async () => {
    const values = schedule2027({
      validTo: "2026-12-31",
      freeUnderAge: 20,
      freeFromAge: 18,
      items: [
        { visitKind: "health_centre_visit", label: { sv: "Besök" }, amountSek: 300.5, countsTowardsHighCost: true },
        { visitKind: "HEALTH_CENTRE_VISIT", label: { sv: "Igen" }, amountSek: -1, countsTowardsHighCost: true },
        { visitKind: "MISSED_VISIT", label: { sv: "Uteblivet" }, amountSek: 400, countsTowardsHighCost: true },
        { visitKind: "9BAD", label: { sv: "" }, amountSek: 100, countsTowardsHighCost: false, unitKinds: ["SPA"] },
      ],
    });
    const result = await t.query(CREATE, { as: "editor", variables: { values } });
    const fieldErrors = expectValidationFailed(result).extensions?.fieldErrors as Record<string, string[]>;
    // Shape problems first: the rule speaks when every field has the right type.
    expect(fieldErrors).toEqual({ "items.3.label.sv": ["Ange vad raden gäller på svenska."], "items.3.unitKinds.0": ["Välj ett av alternativen."] });

    const shaped = { ...values, items: values.items.map((i, n) => (n === 3 ? { ...i, label: { sv: "Fel kod" }, unitKinds: [] } : i)) };
    const rule = expectValidationFailed(await t.query(CREATE, { as: "editor", variables: { values: shaped } })).extensions?.fieldErrors as Record<string, string[]>;
    expect(rule).toEqual({
      validTo: ["Sista dagen kan inte komma före första."],
      freeFromAge: ["Måste vara högre än åldern under vilken vården är avgiftsfri; annars vore alla åldrar fria."],
      "items.0.amountSek": ["Hela kronor från 0 till 100000."],
      "items.1.visitKind": ["Varje besökstyp kan bara ha en rad."],
      "items.1.amountSek": ["Hela kronor från 0 till 100000."],
      "items.2.countsTowardsHighCost": ["En avgift för uteblivet besök räknas aldrig in i högkostnadsskyddet."],
      "items.3.visitKind": ["Bara versaler A–Z, siffror och _, med en bokstav först, högst 32 tecken (t.ex. HEALTH_CENTRE_VISIT)."],
    });
  });

  it("a visit kind is taken in capitals however it is typed", async () => {
    const draft = await create(schedule2027({ items: [{ ...schedule2027().items[0]!, visitKind: " physiotherapy_visit " }] }));
    expect((draft.values.items[0] as unknown as { visitKind: string }).visitKind).toBe("PHYSIOTHERAPY_VISIT");
  });
});

describe("previewing a schedule's working copy on the fees page", () => {
  const LINK = `mutation($id: ID!) { feeSchedulePreviewLink(id: $id) { url } }`;
  const TABLE = `query($on: String!) { feeSchedule(region: "Norrbotten", on: $on) { title { sv } items { amountSek } } }`;
  type Table = { feeSchedule: { title: { sv: string }; items: { amountSek: number }[] } | null };

  it("the editor the link was made for sees the draft as the region's schedule on a date in its period; no one else does", async () => {
    const draft = await create();
    const link = expectData(await t.query<{ feeSchedulePreviewLink: { url: string } }>(LINK, { as: "editor", variables: { id: draft.id } })).feeSchedulePreviewLink;
    const url = new URL(link.url);
    expect(`${url.pathname}?region=${url.searchParams.get("region")}&datum=${url.searchParams.get("datum")}`).toBe("/avgifter?region=Norrbotten&datum=2027-01-01");
    const token = url.searchParams.get("forhandsvisning")!;

    const asEditor = expectData(await queryWithPreview<Table>(t, TABLE, { as: "editor", token, variables: { on: "2027-01-01" } })).feeSchedule;
    expect(asEditor).toEqual({ title: { sv: "Patientavgifter 2027" }, items: [{ amountSek: 325 }, { amountSek: 450 }] });
    // Outside its period the page shows what is in force, as for everyone.
    const today = expectData(await queryWithPreview<Table>(t, TABLE, { as: "editor", token, variables: { on: "2026-03-02" } })).feeSchedule;
    expect(today?.title.sv).toBe("Patientavgifter i Region Norrbotten");
    for (const as of ["anonymous", "resident", "staff", "admin"] as const) {
      const seen = expectData(await queryWithPreview<Table>(t, TABLE, { as, token, variables: { on: "2027-01-01" } })).feeSchedule;
      expect(seen?.title.sv, as).toBe("Patientavgifter i Region Norrbotten");
    }
  });
});
