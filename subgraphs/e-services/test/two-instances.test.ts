import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Revision, type Viewer } from "@vardportal/kit";
import { expectData, onPostgres, sharedTestDatabase, startTestSubgraph, testClock, type TestSubgraph } from "@vardportal/kit/testing";
import type { AppointmentFeeFacts, FeeLedger } from "../src/checkin/fee-ledger.js";
import type { PaymentProvider } from "../src/checkin/payment-provider.js";
import { Appointment } from "../src/entities/appointment.entity.js";
import { CheckIn } from "../src/entities/check-in.entity.js";
import { EService } from "../src/entities/e-service.entity.js";
import { eServiceSeed } from "../src/seed/e-services.js";
import { SmsNotice } from "../src/entities/sms-notice.entity.js";
import { createDefinition } from "../src/index.js";
import { samplePeople } from "../src/seed/appointments.js";
import { runSmsTick } from "../src/sms/sms-scheduler.js";
import type { SmsSender } from "../src/sms/sms-sender.js";
import { eServiceValues } from "./editorial-values.js";

/**
 * Two instances of the e-services subgraph on ONE database (issue 13, decision 026): in the PostgreSQL
 * run both share a schema of the test server; in the SQLite run both open one file. Every request and
 * every scheduler pass below goes to both at the same moment; the database alone keeps it right.
 */
const clock = testClock();
let shared: ReturnType<typeof sharedTestDatabase>;
let a: TestSubgraph;
let b: TestSubgraph;
let anna: Viewer;

/** The fee ledger (fees' own, idempotent by reference): what each instance asked it to record. */
const recorded: { reference: string; facts: AppointmentFeeFacts }[] = [];
const ledger: FeeLedger = {
  async quote() {
    return { amountSek: 300, reason: "STANDARD", explanation: { sv: "Besök på hälsocentral: 300 kr.", en: null } };
  },
  async record(reference, facts) {
    const alreadyRecorded = recorded.some((r) => r.reference === reference);
    recorded.push({ reference, facts });
    return { quote: await ledger.quote(facts), alreadyRecorded, paymentId: `payment-${reference}` };
  },
};
/** The card provider (idempotent by key): what each instance asked it to charge. */
const charges: string[] = [];
const cards: PaymentProvider = {
  name: "test-card",
  charges: true,
  async payByCard(request) {
    charges.push(request.idempotencyKey);
    return { provider: "test-card", reference: `card-${request.idempotencyKey}`, charged: true };
  },
};

beforeAll(async () => {
  shared = sharedTestDatabase("e-services-pair");
  const database = shared.target;
  const definition = () => createDefinition({ ledger, paymentProvider: cards });
  const start = () => startTestSubgraph(definition(), { seed: true, clock, database });
  if (onPostgres()) {
    // PostgreSQL: both start at the same moment on an empty schema. One migrates and seeds under the
    // schema's lock; the other waits, then finds the schema current and the content there.
    [a, b] = await Promise.all([start(), start()]);
  } else {
    // One SQLite file is one machine's: its processes start one after the other.
    a = await start();
    b = await start();
  }
  anna = { subject: "anna", roles: ["resident"], region: "Norrbotten", personnummer: samplePeople(clock.now).anna };
});
afterAll(async () => {
  await a?.close();
  await b?.close();
  await shared?.drop();
});

const CHECK_IN = `mutation($id: String!) { checkIn(appointmentId: $id, payment: CARD) { id status payment amountSek } }`;
type CheckedIn = { checkIn: { id: string; status: string; payment: string; amountSek: number } };

describe("two e-services instances on one database", () => {
  it("both instances start on one schema: migrated once and seeded once", async () => {
    expect(await a.subgraph.dataSource.showMigrations()).toBe(false);
    expect(await b.subgraph.dataSource.showMigrations()).toBe(false);
    const seededServices = await a.subgraph.dataSource.getRepository(EService).count();
    expect(seededServices).toBe(eServiceSeed.length);
    const appointments = await a.subgraph.dataSource.getRepository(Appointment).find();
    expect(new Set(appointments.map((x) => x.id)).size).toBe(appointments.length);
    const count = (t: TestSubgraph) => t.query<{ eServices: { totalCount: number } }>(`{ eServices(first: 1) { totalCount } }`);
    const [fromA, fromB] = await Promise.all([count(a), count(b)]);
    expect(expectData(fromA).eServices.totalCount).toBeGreaterThan(0);
    expect(expectData(fromB).eServices.totalCount).toBe(expectData(fromA).eServices.totalCount);
  });

  it("a check-in sent to both instances at once is one check-in, recorded in the ledger once and charged once", async () => {
    const visits = expectData(await a.query<{ myVisitsToday: { id: string; visitKind: string }[] }>(`{ myVisitsToday { id visitKind } }`, { as: anna })).myVisitsToday;
    const visit = visits.find((v) => v.visitKind === "HEALTH_CENTRE_VISIT")!;
    const send = (t: TestSubgraph) => t.query<CheckedIn>(CHECK_IN, { as: anna, variables: { id: visit.id } });
    // A double click that a load balancer spreads over both instances, then a retry on each.
    const first = await Promise.all([send(a), send(b), send(a), send(b)]);
    const again = await Promise.all([send(b), send(a)]);
    const answers = [...first, ...again].map((r) => expectData(r).checkIn);
    const ids = new Set(answers.map((c) => c.id));
    expect(ids.size).toBe(1);
    expect(answers.every((c) => c.status === "COMPLETED" && c.payment === "CARD" && c.amountSek === 300)).toBe(true);

    const [id] = [...ids];
    const rows = await a.subgraph.dataSource.getRepository(CheckIn).findBy({ appointmentId: visit.id });
    expect(rows.map((r) => r.id)).toEqual([id]);
    // Every call to the ledger and the card provider carried the one check-in's id as its reference, so
    // fees records one payment and the card is charged once, however many instances resumed it.
    expect(new Set(recorded.map((r) => r.reference))).toEqual(new Set([id]));
    expect(new Set(charges)).toEqual(new Set([id]));
    expect(rows[0]).toMatchObject({ status: "COMPLETED", providerReference: `card-${id}`, charged: true });
  });

  it("an SMS reminder due while both instances' schedulers run is sent once", async () => {
    const sent: string[] = [];
    const sender: SmsSender = {
      async send(to) {
        sent.push(to);
      },
    };
    const options = (t: TestSubgraph, workerId: string) => ({ dataSource: t.subgraph.dataSource, sender, checkInUrl: "https://vard.example/checka-in", clock, workerId });
    // 09:00: Anna's 09:20 visit is due a reminder. Both instances fill and send, three passes each, interleaved.
    const passes = await Promise.all([0, 1, 2].flatMap(() => [runSmsTick(options(a, "instance-a")), runSmsTick(options(b, "instance-b"))]));
    expect(passes.reduce((n, p) => n + p.queued, 0)).toBe(1);
    expect(passes.reduce((n, p) => n + p.sent, 0)).toBe(1);
    expect(sent).toEqual(["+46700000001"]);
    const notices = await b.subgraph.dataSource.getRepository(SmsNotice).find();
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ status: "SENT" });
    expect(notices[0]!.claimedBy).toMatch(/^instance-[ab]:/);
  });

  it("a publication scheduled on one instance is made once when both instances' schedulers reach it together", async () => {
    type Item = { id: string; version: number; status: string; live: boolean };
    const ITEM = `{ id version status live }`;
    const created = expectData(
      await a.query<{ createEService: Item }>(`mutation($v: JSONObject!) { createEService(values: $v) ${ITEM} }`, { as: "editor", variables: { v: eServiceValues(7101) } }),
    ).createEService;
    const at = new Date(clock.now.getTime() + 60 * 60_000).toISOString();
    expectData(
      await b.query(`mutation($id: ID!, $v: Int!, $at: DateTimeISO) { publishEService(id: $id, version: $v, publishAt: $at) ${ITEM} }`, {
        as: "editor",
        variables: { id: created.id, v: created.version, at },
      }),
    );
    const live = async (t: TestSubgraph) =>
      expectData(await t.query<{ eService: { id: string } | null }>(`{ eService(slug: "testtjanst-7101") { id } }`)).eService?.id ?? null;

    // Before the time: both instances tick and nothing is published.
    const early = await Promise.all([a.subgraph.editorialScheduler!.tick(), b.subgraph.editorialScheduler!.tick()]);
    expect(early.reduce((n, r) => n + r.published, 0)).toBe(0);
    expect(await live(b)).toBeNull();

    clock.set(at);
    const due = await Promise.all([a.subgraph.editorialScheduler!.tick(), b.subgraph.editorialScheduler!.tick()]);
    expect(due.reduce((n, r) => n + r.published, 0)).toBe(1);
    const publishes = await a.subgraph.dataSource.getRepository(Revision).countBy({ entityId: created.id, action: "PUBLISH" });
    expect(publishes).toBe(1);
    expect(await live(a)).toBe(created.id);
    expect(await live(b)).toBe(created.id);
  });
});
