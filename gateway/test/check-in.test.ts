import "reflect-metadata";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSubgraph, type Subgraph } from "@vardportal/kit";
import { generateKeyPairPem, importSigningKey, importVerifyingKey } from "@vardportal/kit/identity";
import { createLogger } from "@vardportal/kit/logger";
import { personnummerFor } from "@vardportal/kit/personnummer";
import { testClock } from "@vardportal/kit/testing";
import { definition as fees } from "@vardportal/fees";
import { createDefinition } from "@vardportal/e-services";
import { internalDefinition } from "../../subgraphs/fees/src/internal/definition.js";
import { HttpFeeLedger } from "../../subgraphs/e-services/src/checkin/fee-ledger.js";
import { samplePeople } from "../../subgraphs/e-services/src/seed/appointments.js";
import { createGateway } from "../src/gateway.js";
import { supergraphFile } from "../src/subgraphs.js";
import { startTestIssuer, type TestIssuer } from "./test-issuer.js";

/**
 * Check-in through the gateway: e-services on a test clock reaching the fees subgraph's internal listener
 * with its own service key (decision 012), the fees ledger on a file both fees listeners share.
 * Monday 2 March 2026, 09:00 Swedish time: the seed puts Anna's visits at 09:20 and 12:00, Alice's
 * (Gustav's daughter, 9) and Oskar's (his son, 14) at 09:25.
 */
const clock = testClock("2026-03-02T09:00:00+01:00");
const people = samplePeople(clock.now);
let idp: TestIssuer;
let dir: string;
const started: { close(): Promise<void> }[] = [];
let gatewayUrl: string;

beforeAll(async () => {
  idp = await startTestIssuer();

  dir = mkdtempSync(path.join(tmpdir(), "vp-check-in-"));
  const gatewayPair = generateKeyPairPem();
  const servicePair = generateKeyPairPem();
  const verifyingKey = await importVerifyingKey(gatewayPair.publicKey);
  const logger = (name: string) => createLogger(name, "silent");
  const feesDb = path.join(dir, "fees.sqlite");
  const feesPublic: Subgraph = await createSubgraph(fees, { database: feesDb, verifyingKey, seed: true, clock, logger: logger("fees") });
  started.push(feesPublic);
  const feesInternal = await createSubgraph(internalDefinition, { database: feesDb, verifyingKey: await importVerifyingKey(servicePair.publicKey), clock, logger: logger("fees-internal") });
  started.push(feesInternal);
  const ledger = new HttpFeeLedger(feesInternal.url, await importSigningKey(servicePair.privateKey));
  const eServices = await createSubgraph(createDefinition({ ledger }), { database: ":memory:", verifyingKey, seed: true, clock, logger: logger("e-services") });
  started.push(eServices);
  const down = "http://127.0.0.1:9/graphql";
  const gateway = await createGateway({
    supergraphSdl: readFileSync(supergraphFile, "utf8"),
    subgraphUrls: { "care-units": down, fees: feesPublic.url, "e-services": eServices.url, archive: down, guidelines: down },
    signingKey: await importSigningKey(gatewayPair.privateKey),
    logger: logger("gateway"),
    subgraphTimeoutMs: 5_000,
    verifyAccessToken: idp.verifier,
  });
  started.push(gateway);
  gatewayUrl = gateway.url;
});
afterAll(async () => {
  for (const s of started.reverse()) await s.close();
  await idp?.close();
  rmSync(dir, { recursive: true, force: true });
});

type Errors = { message: string; extensions?: Record<string, unknown> }[];
async function query<T>(doc: string, variables: Record<string, unknown>, personnummer: string | null, roles = ["resident"]) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (personnummer !== null || roles[0] !== "resident") {
    const jwt = await idp.token({ sub: `u-${personnummer ?? roles[0]}`, roles, region: "Norrbotten", ...(personnummer ? { personnummer } : {}) });
    headers.authorization = `Bearer ${jwt}`;
  }
  const response = await fetch(gatewayUrl, { method: "POST", headers, body: JSON.stringify({ query: doc, variables }) });
  return (await response.json()) as { data?: T | null; errors?: Errors };
}

const VISITS = `{ myVisitsToday { id patientName startsAt checkInOpensAt forDependant checkIn { id } } }`;
type Visit = { id: string; patientName: string; startsAt: string; checkInOpensAt: string; forDependant: boolean; checkIn: { id: string } | null };
const CHECK_IN = `mutation($id: String!, $payment: CheckInPayment) {
  checkIn(appointmentId: $id, payment: $payment) { id status payment amountSek explanationSv invoiceReference provider charged }
}`;
type Receipt = { id: string; status: string; payment: string; amountSek: number; explanationSv: string; invoiceReference: string | null; provider: string | null; charged: boolean };
const ACCOUNT = `{ myHighCostAccount(region: "Norrbotten") { currentPeriod { paidSek frikort { validFrom } } } }`;
type Account = { myHighCostAccount: { currentPeriod: { paidSek: number; frikort: { validFrom: string } | null } | null } };

const visitsOf = async (personnummer: string) => {
  const result = await query<{ myVisitsToday: Visit[] }>(VISITS, {}, personnummer);
  expect(result.errors).toBeUndefined();
  return result.data!.myVisitsToday;
};
const paidBy = async (personnummer: string) => (await query<Account>(ACCOUNT, {}, personnummer)).data?.myHighCostAccount.currentPeriod?.paidSek ?? 0;

describe("check-in through the gateway", () => {
  it("a resident sees today's visits with when check-in opens, in Swedish time", async () => {
    const visits = await visitsOf(people.anna);
    expect(visits.map((v) => [v.startsAt, v.checkInOpensAt])).toEqual([
      ["2026-03-02T08:20:00.000Z", "2026-03-02T07:50:00.000Z"],
      ["2026-03-02T11:00:00.000Z", "2026-03-02T10:30:00.000Z"],
    ]);
  });

  it("an anonymous visitor has no visits to see", async () => {
    const result = await query(VISITS, {}, null);
    expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("a fee needs a way to pay: without one the check-in is refused and nothing is recorded", async () => {
    const [soon] = await visitsOf(people.anna);
    const before = await paidBy(people.anna);
    const result = await query(CHECK_IN, { id: soon!.id }, people.anna);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "payment", problem: "PAYMENT_METHOD_MISSING" });
    expect(await paidBy(people.anna)).toBe(before);
  });

  it("checks in with an invoice for the amount of the fee rules, adds it to the high-cost account once, and a repeat changes nothing", async () => {
    const [soon] = await visitsOf(people.anna);
    const before = await paidBy(people.anna);
    const first = await query<{ checkIn: Receipt }>(CHECK_IN, { id: soon!.id, payment: "INVOICE" }, people.anna);
    expect(first.errors).toBeUndefined();
    const receipt = first.data!.checkIn;
    expect(receipt).toMatchObject({ status: "COMPLETED", payment: "INVOICE", amountSek: 300 });
    expect(receipt.invoiceReference).toMatch(/^\d{16}$/);
    expect(await paidBy(people.anna)).toBe(before + 300);

    const again = await query<{ checkIn: Receipt }>(CHECK_IN, { id: soon!.id, payment: "CARD" }, people.anna);
    expect(again.data!.checkIn).toEqual(receipt);
    expect(await paidBy(people.anna)).toBe(before + 300);
    expect((await visitsOf(people.anna))[0]!.checkIn?.id).toBe(receipt.id);
  });

  it("one minute before check-in opens it is refused with the opening time; at the opening minute it is accepted, by card", async () => {
    const later = (await visitsOf(people.anna))[1]!;
    clock.set("2026-03-02T11:29:00+01:00");
    try {
      const early = await query(CHECK_IN, { id: later.id, payment: "CARD" }, people.anna);
      expect(early.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", problem: "CHECK_IN_NOT_OPEN" });
      expect(early.errors?.[0]?.message).toContain("11:30");
      clock.set("2026-03-02T11:30:00+01:00");
      const open = await query<{ checkIn: Receipt }>(CHECK_IN, { id: later.id, payment: "CARD" }, people.anna);
      expect(open.errors).toBeUndefined();
      // A remote visit costs 300 kr, but Anna's account (the seed's 900 kr and this morning's 300) has
      // only 250 kr left to the 1 450 kr limit: she pays that, and holds a frikort from today.
      // The local provider records the card payment and charges nothing.
      expect(open.data!.checkIn).toMatchObject({ payment: "CARD", provider: "local", charged: false, amountSek: 250 });
      expect(await paidBy(people.anna)).toBe(1450);
    } finally {
      clock.set("2026-03-02T09:00:00+01:00");
    }
  });

  it("a resident with a frikort checks in without paying, and nothing is added to the account", async () => {
    const patient = personnummerFor("1970-04-04", 123);
    for (let i = 0; i < 5; i++) {
      const paid = await query(
        `mutation($input: RecordFeePaymentInput!) { recordFeePayment(input: $input) { alreadyRecorded } }`,
        { input: { region: "Norrbotten", personnummer: patient, visitKind: "HEALTH_CENTRE_VISIT", visitDate: "2026-03-01", reference: `earlier-${i}` } },
        null,
        ["staff"],
      );
      expect(paid.errors).toBeUndefined();
    }
    const booked = await query<{ createAppointment: { id: string } }>(
      `mutation($input: CreateAppointmentInput!) { createAppointment(input: $input) { id } }`,
      { input: { region: "Norrbotten", patientPersonnummer: patient, patientName: "Test Frikort", careUnitId: "unit-1", careUnitName: "Testenheten", visitKind: "HEALTH_CENTRE_VISIT", startsAt: "2026-03-02T08:10:00Z", mode: "PHYSICAL", smsConsent: false } },
      null,
      ["staff"],
    );
    expect(booked.errors).toBeUndefined();
    expect(await paidBy(patient)).toBe(1450);
    const result = await query<{ checkIn: Receipt }>(CHECK_IN, { id: booked.data!.createAppointment.id }, patient);
    expect(result.errors).toBeUndefined();
    expect(result.data!.checkIn).toMatchObject({ payment: "FREE", amountSek: 0, invoiceReference: null });
    expect(result.data!.checkIn.explanationSv).toMatch(/frikort/i);
    expect(await paidBy(patient)).toBe(1450);
  });

  it("a resident cannot book a visit; staff can", async () => {
    const result = await query(`mutation { createAppointment(input: { region: "Norrbotten", patientPersonnummer: "${people.anna}", patientName: "A", careUnitId: "u", careUnitName: "U", visitKind: "HEALTH_CENTRE_VISIT", startsAt: "2026-03-02T12:00:00Z", mode: PHYSICAL, smsConsent: false }) { id } }`, {}, people.anna);
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("after the window has closed the check-in is refused and says so", async () => {
    const booked = await query<{ createAppointment: { id: string } }>(
      `mutation($input: CreateAppointmentInput!) { createAppointment(input: $input) { id } }`,
      { input: { region: "Norrbotten", patientPersonnummer: people.anna, patientName: "Anna Andersson", careUnitId: "u", careUnitName: "U", visitKind: "HEALTH_CENTRE_VISIT", startsAt: "2026-03-02T07:40:00Z", mode: "PHYSICAL", smsConsent: false } },
      null,
      ["staff"],
    );
    const late = await query(CHECK_IN, { id: booked.data!.createAppointment.id, payment: "INVOICE" }, people.anna);
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", problem: "CHECK_IN_CLOSED" });
    expect(late.errors?.[0]?.message).toContain("08:55");
  });
});

describe("a guardian acting for a child", () => {
  it("sees and checks in their child under 13 (free under 20), but not their 14-year-old's visit", async () => {
    expect([people.ages.alice, people.ages.oskar]).toEqual([9, 14]);
    const visits = await visitsOf(people.gustav);
    expect(visits.map((v) => [v.patientName, v.forDependant])).toEqual([["Alice Lindqvist", true]]);
    const result = await query<{ checkIn: Receipt }>(CHECK_IN, { id: visits[0]!.id }, people.gustav);
    expect(result.errors).toBeUndefined();
    expect(result.data!.checkIn).toMatchObject({ payment: "FREE", amountSek: 0 });
  });

  it("cannot check in the 14-year-old's visit: it is as if it did not exist", async () => {
    const oskars = (await visitsOf(people.oskar))[0]!;
    const result = await query(CHECK_IN, { id: oskars.id, payment: "INVOICE" }, people.gustav);
    expect(result.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("another resident cannot reach a child's visit", async () => {
    const alices = (await visitsOf(people.alice))[0]!;
    const result = await query(CHECK_IN, { id: alices.id, payment: "INVOICE" }, people.anna);
    expect(result.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});
