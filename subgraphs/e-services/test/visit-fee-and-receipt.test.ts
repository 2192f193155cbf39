import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@vardportal/kit";
import { expectCode, expectData, startTestSubgraph, type TestSubgraph } from "@vardportal/kit/testing";
import type { AppointmentFeeFacts, FeeLedger } from "../src/checkin/fee-ledger.js";
import { feesUnavailable } from "../src/checkin/fee-ledger.js";
import { createDefinition } from "../src/index.js";
import { samplePeople } from "../src/seed/appointments.js";

/**
 * A ledger that answers from a table, so what e-services does with its answer is what is tested (the
 * rules and the ledger are fees' own, tested there and through the gateway in gateway/test/check-in.test.ts).
 */
const asked: AppointmentFeeFacts[] = [];
let down = false;
const ledger: FeeLedger = {
  async quote(facts) {
    asked.push(facts);
    if (down) throw feesUnavailable();
    return facts.visitKind === "REMOTE_VISIT"
      ? { amountSek: 0, reason: "HIGH_COST_LIMIT_REACHED", explanation: { sv: "Du har frikort.", en: "You have an exemption card." } }
      : { amountSek: 300, reason: "STANDARD", explanation: { sv: "Besök på hälsocentral: 300 kr.", en: null } };
  },
  async record(_reference, facts) {
    return { quote: await ledger.quote(facts), alreadyRecorded: false, paymentId: "payment-1" };
  },
};

let t: TestSubgraph;
let anna: Viewer;
beforeAll(async () => {
  t = await startTestSubgraph(createDefinition({ ledger }), { seed: true });
  anna = { subject: "anna", roles: ["resident"], region: "Norrbotten", personnummer: samplePeople(t.clock.now).anna };
});
afterAll(async () => {
  await t.close();
});

const VISITS = `{ myVisitsToday { visitKind fee { amountSek free explanation { sv en } } } }`;
type Visits = { myVisitsToday: { visitKind: string; fee: { amountSek: number; free: boolean; explanation: { sv: string; en: string | null } } | null }[] };

describe("Appointment.fee", () => {
  it("says before check-in what the visit will cost, and whether it is free, from the ledger's quote", async () => {
    const visits = expectData(await t.query<Visits>(VISITS, { as: anna })).myVisitsToday;
    expect(visits).toEqual([
      { visitKind: "HEALTH_CENTRE_VISIT", fee: { amountSek: 300, free: false, explanation: { sv: "Besök på hälsocentral: 300 kr.", en: null } } },
      { visitKind: "REMOTE_VISIT", fee: { amountSek: 0, free: true, explanation: { sv: "Du har frikort.", en: "You have an exemption card." } } },
    ]);
    expect(asked.at(-1)).toMatchObject({ region: "Norrbotten", personnummer: anna.personnummer, visitDate: "2026-03-02" });
  });

  it("is null beside an error when the ledger cannot answer, and the visits still show", async () => {
    down = true;
    const result = await t.query<Visits>(VISITS, { as: anna });
    down = false;
    expect(result.data?.myVisitsToday.map((v) => v.fee)).toEqual([null, null]);
    expectCode(result, "SERVICE_UNAVAILABLE", ["myVisitsToday", 0, "fee"]);
  });
});

describe("cardPayment", () => {
  it("says the built-in provider charges nothing, to anyone who asks (nothing personal in it)", async () => {
    expect(expectData(await t.query(`{ cardPayment { provider charges } }`)).cardPayment).toEqual({ provider: "local", charges: false });
  });
});

describe("checkInReceipt", () => {
  const RECEIPT = `query($id: String!) { checkInReceipt(id: $id) { id payment amountSek invoiceReference appointment { careUnitName patientName } } }`;
  type Receipt = { checkInReceipt: { id: string; payment: string; amountSek: number; invoiceReference: string | null; appointment: { careUnitName: string; patientName: string } | null } | null };

  it("shows a completed check-in to the patient and to staff, with its visit; to anyone else it is not there", async () => {
    const visits = expectData(await t.query<{ myVisitsToday: { id: string }[] }>(`{ myVisitsToday { id } }`, { as: anna })).myVisitsToday;
    const done = expectData(await t.query<{ checkIn: { id: string } }>(`mutation($id: String!) { checkIn(appointmentId: $id, payment: INVOICE) { id } }`, { as: anna, variables: { id: visits[0]!.id } })).checkIn;
    const mine = expectData(await t.query<Receipt>(RECEIPT, { as: anna, variables: { id: done.id } })).checkInReceipt;
    expect(mine).toMatchObject({ id: done.id, payment: "INVOICE", amountSek: 300, appointment: { patientName: "Anna Andersson" } });
    expect(mine!.invoiceReference).toMatch(/^\d{16}$/);
    expect(expectData(await t.query<Receipt>(RECEIPT, { as: "staff", variables: { id: done.id } })).checkInReceipt?.id).toBe(done.id);
    expect(expectData(await t.query<Receipt>(RECEIPT, { as: "resident", variables: { id: done.id } })).checkInReceipt).toBeNull();
    expect(expectData(await t.query<Receipt>(RECEIPT, { as: anna, variables: { id: "no-such-receipt" } })).checkInReceipt).toBeNull();
  });

  it("asks anonymous visitors to log in", async () => {
    expectCode(await t.query(RECEIPT, { variables: { id: "x" } }), "UNAUTHENTICATED");
  });
});
