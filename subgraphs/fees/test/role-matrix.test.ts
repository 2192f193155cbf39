import { afterAll, beforeAll, describe, it } from "vitest";
import { Audience, localized } from "@vardportal/kit";
import {
  errorCodeAt,
  expectData,
  expectPerPersona,
  expectedSlots,
  namesOf,
  perPersona,
  personas,
  shouldRead,
  startTestSubgraph,
  testClock,
  writeItem,
  type ItemState,
  type MatrixItem,
  type PersonaName,
  type TestSubgraph,
} from "@vardportal/kit/testing";
import { FeeItem } from "../src/entities/fee-item.entity.js";
import { HighCostPayment } from "../src/entities/high-cost-payment.entity.js";
import { feeScheduleStore } from "../src/fee-schedule-store.js";
import { definition } from "../src/index.js";

/**
 * Schedules in Norrbotten one after the other, as published schedules must be (decision 009), each a
 * different audience or state, so a date falls in exactly one and only its readers get a schedule; and a
 * region (Gotland) only hidden schedules cover, a draft overlapping the live one as drafts may. Each has
 * one fee line with its own amount, so a line that followed the wrong schedule shows. Fees have no text
 * search and no paging of schedules (feeSchedules is a plain list), so the matrix has no text, cursor
 * or forged-cursor rows for them.
 */
interface ScheduleFixture {
  key: string;
  audience: Audience;
  state: ItemState;
  region: string;
  validFrom: string;
  validTo: string | null;
  amountSek: number;
}
const fixture: ScheduleFixture[] = [
  { key: "public", audience: Audience.PUBLIC, state: "live", region: "Norrbotten", validFrom: "2025-01-01", validTo: "2025-05-31", amountSek: 300 },
  { key: "resident", audience: Audience.RESIDENT, state: "live", region: "Norrbotten", validFrom: "2025-06-01", validTo: "2025-08-31", amountSek: 310 },
  { key: "staff", audience: Audience.STAFF, state: "live", region: "Norrbotten", validFrom: "2025-09-01", validTo: "2025-09-30", amountSek: 320 },
  { key: "archive", audience: Audience.ARCHIVE, state: "live", region: "Norrbotten", validFrom: "2025-10-01", validTo: "2025-10-31", amountSek: 330 },
  { key: "draft", audience: Audience.PUBLIC, state: "draft", region: "Norrbotten", validFrom: "2025-11-01", validTo: "2025-11-30", amountSek: 340 },
  { key: "scheduled", audience: Audience.PUBLIC, state: "scheduled", region: "Norrbotten", validFrom: "2025-12-01", validTo: "2025-12-31", amountSek: 350 },
  { key: "expired", audience: Audience.PUBLIC, state: "expired", region: "Norrbotten", validFrom: "2026-01-01", validTo: "2026-01-31", amountSek: 360 },
  { key: "public, today", audience: Audience.PUBLIC, state: "live", region: "Norrbotten", validFrom: "2026-02-01", validTo: null, amountSek: 390 },
  { key: "staff, Gotland", audience: Audience.STAFF, state: "live", region: "Gotland", validFrom: "2025-01-01", validTo: null, amountSek: 370 },
  { key: "staff draft, Gotland", audience: Audience.STAFF, state: "draft", region: "Gotland", validFrom: "2026-02-01", validTo: null, amountSek: 380 },
];
type Schedule = MatrixItem & ScheduleFixture;

const TODAY = "2026-03-02";
/** The resident persona's own number: the only persona whose login carries one. */
const RESIDENT = personas.resident.personnummer;

let t: TestSubgraph;
let schedules: Schedule[];
let names: Record<string, string>;
beforeAll(async () => {
  t = await startTestSubgraph(definition, { seed: false, clock: testClock(`${TODAY}T09:00:00+01:00`) });
  const store = feeScheduleStore(t.subgraph);
  schedules = [];
  for (const f of fixture) {
    const data = {
      region: f.region,
      audience: f.audience,
      validFrom: f.validFrom,
      validTo: f.validTo,
      title: localized(`Taxa ${f.key}`),
      freeUnderAge: 20,
      freeFromAge: null,
      ageExemptionCoversMissedVisits: true,
      highCostLimitSek: 1450,
      highCostPeriodMonths: 12,
    };
    const schedule = await writeItem(store, data, f.state, t.clock());
    await t.subgraph.dataSource.getRepository(FeeItem).insert({
      scheduleId: schedule.id,
      position: 0,
      visitKind: "HEALTH_CENTRE_VISIT",
      label: localized("Besök på hälsocentral"),
      amountSek: f.amountSek,
      countsTowardsHighCost: true,
      chargedWhenMissed: true,
      unitKinds: ["HEALTH_CENTRE"],
    });
    schedules.push({ ...f, id: schedule.id });
  }
  // One payment for the resident persona, so an account that reaches a reader shows it.
  await t.subgraph.dataSource.getRepository(HighCostPayment).insert({
    id: "00000000-0000-4000-8000-000000000001",
    region: "Norrbotten",
    personnummer: RESIDENT,
    paidOn: "2026-02-15",
    amountSek: 390,
    visitKind: "HEALTH_CENTRE_VISIT",
    missed: false,
    countsTowardsHighCost: true,
    careUnitId: null,
    reference: null,
    recordedBy: "test",
    sample: false,
  });
  names = namesOf(schedules);
});
afterAll(async () => {
  await t.close();
});

interface ScheduleView {
  id: string;
  items: { amountSek: number }[];
}
const FIELDS = "id items { amountSek }";
/** A schedule as "<id>:<amounts>", so a fee line under the wrong schedule changes the answer. */
const withLines = (s: ScheduleView | null) => (s ? `${s.id}:${s.items.map((i) => i.amountSek).join(",")}` : null);
const expectedWithLines = (s: Schedule | null) => (s ? `${s.id}:${s.amountSek}` : null);

/** The rule the subgraph implements, applied to what the persona may read: the schedule whose period holds the date. */
function inForce(as: PersonaName, region: string, date: string): Schedule | null {
  const candidates = schedules.filter((s) => shouldRead(as, s) && s.region === region && s.validFrom <= date && (s.validTo === null || date <= s.validTo));
  candidates.sort((a, b) => (a.validFrom === b.validFrom ? (a.id < b.id ? -1 : 1) : a.validFrom > b.validFrom ? -1 : 1));
  return candidates[0] ?? null;
}

const list = async (as: PersonaName, region?: string) =>
  expectData(await t.query<{ feeSchedules: ScheduleView[] }>(`query($region: String) { feeSchedules(region: $region) { ${FIELDS} } }`, { as, variables: { region } }))
    .feeSchedules.map(withLines)
    .sort();
const expectedList = (subset: Schedule[]) => perPersona((as) => subset.filter((s) => shouldRead(as, s)).map(expectedWithLines).sort());

describe("fee schedules, as every persona", () => {
  it("list, each schedule with its own fee lines", async () => {
    await expectPerPersona("feeSchedules", (as) => list(as), expectedList(schedules), { names });
  });

  it("a filter on a region only hidden schedules cover", async () => {
    await expectPerPersona('feeSchedules(region: "Gotland")', (as) => list(as, "Gotland"), expectedList(schedules.filter((s) => s.region === "Gotland")), { names });
  });

  it("lookup by region and date, on each schedule's first day: the one in force among those the persona may read", async () => {
    const dates = [...new Set(schedules.flatMap((s) => [s.validFrom, s.validTo ?? TODAY])), TODAY].sort();
    const ON = `query($region: String!, $on: String!) { feeSchedule(region: $region, on: $on) { ${FIELDS} } }`;
    await expectPerPersona(
      "feeSchedule(region, on)",
      async (as) => {
        const answers: Record<string, string | null> = {};
        for (const region of ["Norrbotten", "Gotland"]) {
          for (const on of dates) {
            answers[`${region} ${on}`] = withLines(expectData(await t.query<{ feeSchedule: ScheduleView | null }>(ON, { as, variables: { region, on } })).feeSchedule);
          }
        }
        return answers;
      },
      perPersona((as) => Object.fromEntries(["Norrbotten", "Gotland"].flatMap((region) => dates.map((on) => [`${region} ${on}`, expectedWithLines(inForce(as, region, on))])))),
      { names },
    );
  });

  it("the schedule in force today, directly and as a care unit's fee schedule", async () => {
    const QUERY = `query($r: [_Any!]!) {
      norrbotten: currentFeeSchedule(region: "Norrbotten") { ${FIELDS} }
      gotland: currentFeeSchedule(region: "Gotland") { ${FIELDS} }
      _entities(representations: $r) { ... on CareUnit { id feeSchedule { ${FIELDS} } } }
    }`;
    const r = [
      { __typename: "CareUnit", id: "unit-norrbotten", region: "Norrbotten" },
      { __typename: "CareUnit", id: "unit-gotland", region: "Gotland" },
    ];
    type Data = { norrbotten: ScheduleView | null; gotland: ScheduleView | null; _entities: { id: string; feeSchedule: ScheduleView | null }[] };
    await expectPerPersona(
      "currentFeeSchedule and CareUnit.feeSchedule",
      async (as) => {
        const data = expectData(await t.query<Data>(QUERY, { as, variables: { r } }));
        return [withLines(data.norrbotten), withLines(data.gotland), ...data._entities.map((u) => `${u.id} → ${withLines(u.feeSchedule)}`)];
      },
      perPersona((as) => {
        const [norrbotten, gotland] = [expectedWithLines(inForce(as, "Norrbotten", TODAY)), expectedWithLines(inForce(as, "Gotland", TODAY))];
        return [norrbotten, gotland, `unit-norrbotten → ${norrbotten}`, `unit-gotland → ${gotland}`];
      }),
      { names },
    );
  });

  it("_entities for every schedule's key", async () => {
    const r = schedules.map((s) => ({ __typename: "FeeSchedule", id: s.id }));
    await expectPerPersona(
      "_entities(FeeSchedule)",
      async (as) => expectData(await t.query<{ _entities: (ScheduleView | null)[] }>(`query($r: [_Any!]!) { _entities(representations: $r) { ... on FeeSchedule { ${FIELDS} } } }`, { as, variables: { r } }))._entities.map(withLines),
      perPersona((as) => expectedSlots(schedules)[as].map((id) => expectedWithLines(schedules.find((s) => s.id === id) ?? null))),
      { names },
    );
  });
});

describe("the rest of the fees API, as every persona", () => {
  it("feeScheduleRegions: the regions with a schedule the persona may read", async () => {
    await expectPerPersona(
      "feeScheduleRegions",
      async (as) => expectData(await t.query<{ feeScheduleRegions: string[] }>(`{ feeScheduleRegions }`, { as })).feeScheduleRegions,
      perPersona((as) => [...new Set(schedules.filter((s) => shouldRead(as, s)).map((s) => s.region))].sort()),
    );
  });

  it("CareUnit.fees: today's lines for the unit's kind, from the schedule the persona may read", async () => {
    const r = ["Norrbotten", "Gotland"].map((region) => ({ __typename: "CareUnit", id: `unit-${region}`, region, kind: "HEALTH_CENTRE" }));
    await expectPerPersona(
      "CareUnit.fees",
      async (as) =>
        expectData(await t.query<{ _entities: { fees: { amountSek: number }[] }[] }>(`query($r: [_Any!]!) { _entities(representations: $r) { ... on CareUnit { fees { amountSek } } } }`, { as, variables: { r } }))._entities.map(
          (unit) => unit.fees.map((fee) => fee.amountSek),
        ),
      perPersona((as) => ["Norrbotten", "Gotland"].map((region) => (inForce(as, region, TODAY) ? [inForce(as, region, TODAY)!.amountSek] : []))),
    );
  });

  it("feeQuote: anyone may ask; the amount comes from the schedule the persona may read, else a coded refusal", async () => {
    const QUOTE = `query($region: String!, $date: String!) { feeQuote(input: { region: $region, visitKind: "HEALTH_CENTRE_VISIT", visitDate: $date, birthDate: "1980-01-01" }) { amountSek } }`;
    const asked = [["Norrbotten", "2025-03-01"], ["Norrbotten", "2025-06-15"], ["Norrbotten", "2025-09-15"], ["Norrbotten", "2025-10-15"], ["Norrbotten", "2025-11-15"], ["Norrbotten", TODAY], ["Gotland", TODAY]] as const;
    const knowsRegion = (as: PersonaName, region: string) => schedules.some((s) => shouldRead(as, s) && s.region === region);
    await expectPerPersona(
      "feeQuote",
      async (as) => {
        const answers: (number | string | null)[] = [];
        for (const [region, date] of asked) {
          const result = await t.query<{ feeQuote: { amountSek: number } | null }>(QUOTE, { as, variables: { region, date } });
          answers.push(result.data?.feeQuote?.amountSek ?? (result.errors?.[0]?.extensions?.problem as string | undefined) ?? null);
        }
        return answers;
      },
      perPersona((as) =>
        asked.map(([region, date]) => inForce(as, region, date)?.amountSek ?? (knowsRegion(as, region) ? "NO_SCHEDULE_IN_FORCE" : "REGION_UNKNOWN")),
      ),
    );
  });

  it("feeQuote with the resident's personnummer: only the resident has the account applied", async () => {
    const QUOTE = `query($p: String!) { feeQuote(input: { region: "Norrbotten", visitKind: "HEALTH_CENTRE_VISIT", visitDate: "${TODAY}", personnummer: $p }) { highCostAccountApplied } }`;
    await expectPerPersona(
      "feeQuote(personnummer)",
      async (as) => expectData(await t.query<{ feeQuote: { highCostAccountApplied: boolean } }>(QUOTE, { as, variables: { p: RESIDENT } })).feeQuote.highCostAccountApplied,
      perPersona((as) => as === "resident"),
    );
  });

  it("myHighCostAccount: a login is needed; only a login with a personnummer has one", async () => {
    await expectPerPersona(
      "myHighCostAccount",
      async (as) => {
        const result = await t.query<{ myHighCostAccount: { currentPeriod: { paidSek: number } | null } | null }>(`{ myHighCostAccount { currentPeriod { paidSek } } }`, { as });
        return result.data?.myHighCostAccount === undefined || result.errors ? errorCodeAt(result, ["myHighCostAccount"]) : (result.data.myHighCostAccount?.currentPeriod?.paidSek ?? null);
      },
      perPersona((as) => (as === "anonymous" ? "UNAUTHENTICATED" : as === "resident" ? 390 : null)),
    );
  });

  it("highCostAccount: staff, editors and admins; everyone else FORBIDDEN", async () => {
    await expectPerPersona(
      "highCostAccount",
      async (as) => {
        const result = await t.query<{ highCostAccount: { currentPeriod: { paidSek: number } | null } | null }>(
          `query($p: String!) { highCostAccount(region: "Norrbotten", personnummer: $p) { currentPeriod { paidSek } } }`,
          { as, variables: { p: RESIDENT } },
        );
        return result.data?.highCostAccount?.currentPeriod?.paidSek ?? errorCodeAt(result, ["highCostAccount"]);
      },
      perPersona((as) => (["staff", "editor", "admin"].includes(as) ? 390 : "FORBIDDEN")),
    );
  });

  it("recordFeePayment: care staff only; everyone else FORBIDDEN", async () => {
    await expectPerPersona(
      "recordFeePayment",
      async (as) => {
        const result = await t.query<{ recordFeePayment: { alreadyRecorded: boolean } | null }>(
          `mutation($p: String!) { recordFeePayment(input: { region: "Norrbotten", personnummer: $p, visitKind: "HEALTH_CENTRE_VISIT", visitDate: "${TODAY}", reference: "matrix" }) { alreadyRecorded } }`,
          { as, variables: { p: RESIDENT } },
        );
        return result.data?.recordFeePayment ? "recorded" : errorCodeAt(result, ["recordFeePayment"]);
      },
      perPersona((as) => (as === "staff" ? "recorded" : "FORBIDDEN")),
    );
  });

  it("createFeeSchedule, updateFeeSchedule and setFeeScheduleStatus: editors and admins only", async () => {
    const draft = schedules.find((s) => s.key === "draft")!;
    const input = `{ region: "Norrbotten", title: { sv: "Matris" }, validFrom: "2030-01-01", highCostLimitSek: 1450, items: [{ visitKind: "HEALTH_CENTRE_VISIT", label: { sv: "Besök" }, amountSek: 1, countsTowardsHighCost: true }] }`;
    const operations = {
      createFeeSchedule: `mutation { createFeeSchedule(input: ${input}) { id } }`,
      updateFeeSchedule: `mutation { updateFeeSchedule(id: "${draft.id}", version: 999, input: ${input}) { id } }`,
      setFeeScheduleStatus: `mutation { setFeeScheduleStatus(id: "${draft.id}", version: 999, status: IN_REVIEW) { id } }`,
    };
    await expectPerPersona(
      "schedule mutations",
      async (as) => {
        const codes: Record<string, string | null> = {};
        for (const [name, document] of Object.entries(operations)) codes[name] = errorCodeAt(await t.query(document, { as }), [name]);
        return codes;
      },
      // An editor's update and status change reach the version check (999 is stale): CONFLICT, not FORBIDDEN.
      perPersona((as) =>
        as === "editor" || as === "admin"
          ? { createFeeSchedule: null, updateFeeSchedule: "CONFLICT", setFeeScheduleStatus: "CONFLICT" }
          : { createFeeSchedule: "FORBIDDEN", updateFeeSchedule: "FORBIDDEN", setFeeScheduleStatus: "FORBIDDEN" },
      ),
    );
  });
});

describe("the editorial API (decision 019), as every persona", () => {
  let id: string;
  beforeAll(async () => {
    const values = {
      audience: "STAFF",
      region: "Gotland",
      title: { sv: "Matrisens utkast", en: null },
      validFrom: "2031-01-01",
      validTo: null,
      highCostLimitSek: 1450,
      items: [{ visitKind: "HEALTH_CENTRE_VISIT", label: { sv: "Besök", en: null }, amountSek: 1, countsTowardsHighCost: true }],
    };
    const created = await t.query<{ createFeeScheduleDraft: { id: string } }>(`mutation($v: JSONObject!) { createFeeScheduleDraft(values: $v) { id } }`, { as: "editor", variables: { v: values } });
    id = expectData(created).createFeeScheduleDraft.id;
  });

  it("every query and mutation: editors and admins only, FORBIDDEN for everyone else, anonymous too", async () => {
    const csv = "visitKind;label_sv;amountSek;countsTowardsHighCost\\nHEALTH_CENTRE_VISIT;Besök;300;ja";
    const operations: Record<string, [document: string, forEditors: string | null]> = {
      editorialFeeScheduleType: [`{ editorialFeeScheduleType { key fields { name } csvImport { targetRequired } } }`, null],
      editorialFeeSchedules: [`{ editorialFeeSchedules { totalCount } }`, null],
      editorialFeeSchedule: [`query($id: ID!) { editorialFeeSchedule(id: $id) { id } }`, null],
      editorialFeeScheduleRevisions: [`query($id: ID!) { editorialFeeScheduleRevisions(id: $id) { totalCount } }`, null],
      editorialFeeScheduleDiff: [`query($id: ID!) { editorialFeeScheduleDiff(id: $id, from: 1, to: 1) { field } }`, null],
      feesAuditLog: [`{ feesAuditLog { totalCount } }`, null],
      createFeeScheduleDraft: [`mutation($v: JSONObject!) { createFeeScheduleDraft(values: $v) { id } }`, "VALIDATION_FAILED"],
      saveFeeScheduleDraft: [`mutation($id: ID!, $v: JSONObject!) { saveFeeScheduleDraft(id: $id, version: 999, values: $v) { id } }`, "VALIDATION_FAILED"],
      submitFeeScheduleForReview: [`mutation($id: ID!) { submitFeeScheduleForReview(id: $id, version: 999) { id } }`, "CONFLICT"],
      publishFeeSchedule: [`mutation($id: ID!) { publishFeeSchedule(id: $id, version: 999) { id } }`, "CONFLICT"],
      unscheduleFeeSchedule: [`mutation($id: ID!) { unscheduleFeeSchedule(id: $id, version: 999) { id } }`, "CONFLICT"],
      archiveFeeSchedule: [`mutation($id: ID!) { archiveFeeSchedule(id: $id, version: 999) { id } }`, "CONFLICT"],
      restoreFeeScheduleRevision: [`mutation($id: ID!) { restoreFeeScheduleRevision(id: $id, number: 1, version: 999) { id } }`, "CONFLICT"],
      feeSchedulePreviewLink: [`mutation($id: ID!) { feeSchedulePreviewLink(id: $id) { url } }`, null],
      importFeeItemsCsv: [`mutation($id: ID!) { importFeeItemsCsv(target: $id, csv: "${csv}", dryRun: true) { rowCount } }`, null],
    };
    await expectPerPersona(
      "editorial API",
      async (as) => {
        const codes: Record<string, string | null> = {};
        for (const [name, [document]] of Object.entries(operations)) {
          const variables = { ...(document.includes("$id") ? { id } : {}), ...(document.includes("$v") ? { v: {} } : {}) };
          codes[name] = errorCodeAt(await t.query(document, { as, variables }), [name]);
        }
        return codes;
      },
      perPersona((as) =>
        Object.fromEntries(Object.entries(operations).map(([name, [, forEditors]]) => [name, as === "editor" || as === "admin" ? forEditors : "FORBIDDEN"])),
      ),
    );
  });

  it("a schedule written in the admin never reaches a reader until it is published", async () => {
    await expectPerPersona(
      "feeSchedules(region: Gotland) with a draft made in the admin",
      async (as) => (await list(as, "Gotland")).filter((s) => s?.startsWith(id)),
      perPersona(() => []),
    );
  });
});
