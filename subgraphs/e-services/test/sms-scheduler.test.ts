import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedId } from "@vardportal/kit";
import { startTestSubgraph, type TestSubgraph } from "@vardportal/kit/testing";
import { Appointment } from "../src/entities/appointment.entity.js";
import { SmsNotice } from "../src/entities/sms-notice.entity.js";
import { definition } from "../src/index.js";
import { fillOutbox, runSmsTick, sendDue, type SmsSchedulerOptions } from "../src/sms/sms-scheduler.js";
import type { SmsSender } from "../src/sms/sms-sender.js";

/**
 * The seed (at 09:00 on the test clock) books Anna at 09:20 and 12:00, both with SMS consent, and
 * Gustav's children at 09:25 without. The clock moves; the outbox and the sender are watched.
 */
let t: TestSubgraph;
const sent: { to: string; body: string }[] = [];
const sender: SmsSender = {
  async send(to, body) {
    sent.push({ to, body });
  },
};
let options: SmsSchedulerOptions;
beforeAll(async () => {
  t = await startTestSubgraph(definition, { seed: true });
  options = { dataSource: t.subgraph.dataSource, sender, checkInUrl: "https://vard.example/checka-in", clock: t.clock };
});
afterAll(async () => {
  await t.close();
});

const outbox = () => t.subgraph.dataSource.getRepository(SmsNotice).find({ order: { dueAt: "ASC" } });

describe("the SMS outbox", () => {
  it("queues a reminder only for visits two hours or less away, with consent, and never for one that has started", async () => {
    // 09:00: Anna's 09:20 visit is due (her 12:00 one is not yet); the children's have no consent.
    expect(await fillOutbox(options)).toBe(1);
    const [notice] = await outbox();
    expect(notice).toMatchObject({ appointmentId: seedId("appointment", "anna-soon"), toNumber: "+46700000001", status: "PENDING", claimedBy: null });
    expect(notice!.body).toContain("kl. 09.20");
    expect(notice!.body).toContain("från kl. 08.50: https://vard.example/checka-in");
  });

  it("filling again, or from a second scheduler at once, queues nothing twice", async () => {
    const [a, b] = await Promise.all([fillOutbox(options), fillOutbox(options)]);
    expect(a + b).toBe(0);
    expect(await outbox()).toHaveLength(1);
  });

  it("sends each due notice once, even with two schedulers sending at the same moment", async () => {
    const [a, b] = await Promise.all([sendDue(options), sendDue({ ...options, workerId: "other" })]);
    expect(a.sent + b.sent).toBe(1);
    expect(sent).toHaveLength(1);
    expect((await outbox())[0]).toMatchObject({ status: "SENT" });
    expect(await sendDue(options)).toEqual({ sent: 0, failed: 0 });
  });

  it("two hours before the later visit it queues and sends that one too; a visit without consent never gets one", async () => {
    t.clock.set("2026-03-02T09:59:00+01:00");
    expect(await runSmsTick(options)).toEqual({ queued: 0, sent: 0, failed: 0 });
    t.clock.set("2026-03-02T10:00:00+01:00");
    expect(await runSmsTick(options)).toEqual({ queued: 1, sent: 1, failed: 0 });
    expect(sent.at(-1)!.body).toContain("Mottagningen ringer upp dig i appen");
    const noConsent = await t.subgraph.dataSource.getRepository(Appointment).findBy({ smsConsent: false });
    expect(noConsent.length).toBeGreaterThan(0);
    expect((await outbox()).map((n) => n.appointmentId)).not.toContain(noConsent[0]!.id);
  });

  it("a failed send is marked FAILED and not tried again", async () => {
    await t.subgraph.dataSource.getRepository(Appointment).insert(
      Object.assign(new Appointment(), {
        id: seedId("appointment", "sms-fails"),
        region: "Norrbotten",
        patientPersonnummer: "191212121212",
        patientName: "Test",
        careUnitId: "u",
        careUnitName: "U",
        visitKind: "HEALTH_CENTRE_VISIT",
        startsAt: new Date("2026-03-02T10:30:00+01:00"),
        mode: "PHYSICAL",
        smsConsent: true,
        smsNumber: "+46700000009",
        createdBy: "test",
        sample: false,
      }),
    );
    const failing: SmsSender = { send: () => Promise.reject(new Error("operator down")) };
    expect(await runSmsTick({ ...options, sender: failing })).toEqual({ queued: 1, sent: 0, failed: 1 });
    expect(await runSmsTick(options)).toEqual({ queued: 0, sent: 0, failed: 0 });
    expect((await outbox()).find((n) => n.toNumber === "+46700000009")?.status).toBe("FAILED");
    t.clock.set("2026-03-02T09:00:00+01:00");
  });
});
