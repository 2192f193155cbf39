import { Audience, ContentStatus, IDENTITY_HEADER, localized, seedId, type ContentStore } from "@vardportal/kit";
import { personas, startTestSubgraph, testClock, type GraphqlResult, type PersonaName, type TestSubgraph } from "@vardportal/kit/testing";
import { FeeItem } from "../src/entities/fee-item.entity.js";
import { FeeSchedule } from "../src/entities/fee-schedule.entity.js";
import { feeScheduleStore } from "../src/fee-schedule-store.js";
import { definition } from "../src/index.js";

/** A weekday morning in March 2026, Swedish time: the seeded 2025 schedule is in force. */
export const startFees = (options: { seed?: boolean; now?: string } = {}) =>
  startTestSubgraph(definition, { seed: options.seed ?? true, clock: testClock(options.now ?? "2026-03-02T09:00:00+01:00") });

/** The seeded schedule of Region Norrbotten, from 2025-01-01 until further notice. */
export const SEEDED_SCHEDULE_ID = seedId("fee-schedule", "Norrbotten:2025-01-01");

/** The local persona Anna Andersson (tests/oidc/personas.ts), whom the seed gives sample payments. */
export const ANNA = "198505172828";

type ScheduleData = Parameters<ContentStore<FeeSchedule>["create"]>[0];
const editor = { viewer: personas.editor };

/**
 * Writes a schedule the way an editor does (DRAFT, with a revision), one health-centre line, optionally
 * publishing it. Through the store, not the API: tests that set up a state choose it exactly, overlap
 * checks aside (the editor tests go through the API).
 */
export async function createSchedule(
  t: TestSubgraph,
  data: ScheduleData,
  options: { publish?: boolean; visitAmount?: number } = {},
): Promise<FeeSchedule> {
  const store = feeScheduleStore(t.subgraph);
  const schedule = await store.create(
    {
      region: "Norrbotten",
      audience: Audience.PUBLIC,
      title: localized("Testtaxa"),
      validFrom: "2026-01-01",
      validTo: null,
      freeUnderAge: 20,
      freeFromAge: null,
      ageExemptionCoversMissedVisits: true,
      highCostLimitSek: 1450,
      highCostPeriodMonths: 12,
      ...data,
    },
    editor,
  );
  await t.subgraph.dataSource.getRepository(FeeItem).insert({
    scheduleId: schedule.id,
    position: 0,
    visitKind: "HEALTH_CENTRE_VISIT",
    label: localized("Besök på hälsocentral"),
    amountSek: options.visitAmount ?? 350,
    countsTowardsHighCost: true,
    chargedWhenMissed: true,
    unitKinds: ["HEALTH_CENTRE"],
  });
  return options.publish ? store.transition(schedule.id, schedule.version, ContentStatus.PUBLISHED, editor) : schedule;
}

/** Gives the seeded schedule a last day, as an editor does before publishing the next one. */
export async function endSeededSchedule(t: TestSubgraph, validTo: string): Promise<void> {
  const current = await t.subgraph.dataSource.getRepository(FeeSchedule).findOneByOrFail({ id: SEEDED_SCHEDULE_ID });
  await feeScheduleStore(t.subgraph).update(current.id, current.version, { validTo }, editor);
}

export const SCHEDULE_FIELDS = `id region title { sv en } validFrom validTo freeUnderAge freeFromAge ageExemptionCoversMissedVisits highCostLimitSek highCostPeriodMonths
  items { visitKind label { sv en } amountSek countsTowardsHighCost chargedWhenMissed unitKinds }`;

export interface ScheduleView {
  id: string;
  region: string;
  title: { sv: string; en: string | null };
  validFrom: string;
  validTo: string | null;
  freeUnderAge: number | null;
  freeFromAge: number | null;
  ageExemptionCoversMissedVisits: boolean;
  highCostLimitSek: number;
  highCostPeriodMonths: number;
  items: {
    visitKind: string;
    label: { sv: string; en: string | null };
    amountSek: number;
    countsTowardsHighCost: boolean;
    chargedWhenMissed: boolean;
    unitKinds: string[];
  }[];
}

export const QUOTE = `query($input: FeeQuoteInput!) {
  feeQuote(input: $input) {
    amountSek reason explanation { sv en } visitKind visitDate missed ageOnVisitDate standardAmountSek
    countsTowardsHighCost highCostAccountApplied item { visitKind amountSek } schedule { id validFrom }
  }
}`;

export interface QuoteView {
  amountSek: number;
  reason: string;
  explanation: { sv: string; en: string };
  visitKind: string;
  visitDate: string;
  missed: boolean;
  ageOnVisitDate: number;
  standardAmountSek: number;
  countsTowardsHighCost: boolean;
  highCostAccountApplied: boolean;
  item: { visitKind: string; amountSek: number };
  schedule: { id: string; validFrom: string };
}

export const ACCOUNT_FIELDS = `region personnummer asOf limitSek periodMonths
  currentPeriod { startsOn endsOn limitSek paidSek remainingSek frikort { validFrom validUntil } payments { paidOn amountSek visitKind missed countsTowardsHighCost sample } }`;

export interface AccountView {
  region: string;
  personnummer: string;
  asOf: string;
  limitSek: number;
  periodMonths: number;
  currentPeriod: {
    startsOn: string;
    endsOn: string;
    limitSek: number;
    paidSek: number;
    remainingSek: number;
    frikort: { validFrom: string; validUntil: string } | null;
    payments: { paidOn: string; amountSek: number; visitKind: string; missed: boolean; countsTowardsHighCost: boolean; sample: boolean }[];
  } | null;
}

export const RECORD = `mutation($input: RecordFeePaymentInput!) {
  recordFeePayment(input: $input) {
    quote { amountSek reason } payment { id paidOn amountSek visitKind missed countsTowardsHighCost careUnitId reference }
    alreadyRecorded account { ${ACCOUNT_FIELDS} }
  }
}`;

export interface RecordedView {
  quote: { amountSek: number; reason: string } | null;
  payment: { id: string; paidOn: string; amountSek: number; visitKind: string; missed: boolean; countsTowardsHighCost: boolean; careUnitId: string | null; reference: string | null } | null;
  alreadyRecorded: boolean;
  account: AccountView;
}

/** Amounts are written with a non-breaking space ("1 450 kr"); tests read them as people do. */
export const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

/** A query with the preview header the portal sends (decision 019), signed as the persona; the harness's `query` sends no such header. */
export async function queryWithPreview<T>(t: TestSubgraph, document: string, options: { as: PersonaName; token: string; variables?: Record<string, unknown> }): Promise<GraphqlResult<T>> {
  const response = await fetch(t.url, {
    method: "POST",
    headers: { "content-type": "application/json", [IDENTITY_HEADER]: await t.sign(personas[options.as]), "x-preview-token": options.token },
    body: JSON.stringify({ query: document, variables: options.variables }),
  });
  return { status: response.status, ...((await response.json()) as Omit<GraphqlResult<T>, "status">) };
}
