import { randomUUID } from "node:crypto";
import type { DataSource } from "typeorm";
import { Appointment, VisitMode } from "../entities/appointment.entity.js";
import { SmsNotice } from "../entities/sms-notice.entity.js";
import { checkInWindow, settingsFor } from "../rules/check-in-window.js";
import { noticeBody, noticeDueAt, noticeIsDue } from "../rules/sms-notice.js";
import type { SmsSender } from "./sms-sender.js";

export interface SmsSchedulerOptions {
  dataSource: DataSource;
  sender: SmsSender;
  /** The portal's check-in page, e.g. https://vard.example.se/checka-in. */
  checkInUrl: string;
  /** Injectable, so tests move time. */
  clock: () => Date;
  /** This process's name on its claims. */
  workerId?: string;
}

/**
 * Puts a reminder in the outbox for every visit that is due one (consent, a number, two hours to go,
 * not started). One per visit: the outbox's unique index on the appointment makes a second scheduler's
 * insert a no-op, so filling twice, or from two processes, never queues two.
 */
export async function fillOutbox(options: SmsSchedulerOptions): Promise<number> {
  const now = options.clock();
  const due = await options.dataSource
    .getRepository(Appointment)
    .createQueryBuilder("a")
    .leftJoin(SmsNotice, "n", "n.appointmentId = a.id")
    .where("n.id IS NULL")
    .andWhere("a.smsConsent = :yes", { yes: true })
    .andWhere("a.smsNumber IS NOT NULL")
    .andWhere("a.startsAt > :now AND a.startsAt <= :horizon", { now, horizon: new Date(now.getTime() + 2 * 3_600_000) })
    .getMany();
  let queued = 0;
  for (const appointment of due.filter((a) => noticeIsDue(a, now))) {
    const body = noticeBody(
      {
        ...appointment,
        video: appointment.mode === VisitMode.VIDEO,
        checkInOpensAt: checkInWindow(appointment.startsAt, now, settingsFor(appointment.region)).opensAt,
      },
      options.checkInUrl,
    );
    const id = randomUUID();
    await options.dataSource
      .createQueryBuilder()
      .insert()
      .into(SmsNotice)
      .values({ id, appointmentId: appointment.id, toNumber: appointment.smsNumber!, body, dueAt: noticeDueAt(appointment.startsAt), status: "PENDING", claimedBy: null, sentAt: null })
      .orIgnore()
      .execute();
    // Ours only if our id is the one stored: another instance's insert may have won the unique index
    // (neither driver's insert result says so reliably once the insert was ignored).
    if (await options.dataSource.getRepository(SmsNotice).existsBy({ id })) queued++;
  }
  return queued;
}

/**
 * Sends what is due, each notice once: a run first claims pending notices in one UPDATE that only
 * takes rows nobody has claimed (`claimedBy IS NULL`), then sends only the rows it claimed. A notice
 * whose sending fails is marked FAILED, not retried, so a flaky operator never texts a patient twice.
 */
export async function sendDue(options: SmsSchedulerOptions): Promise<{ sent: number; failed: number }> {
  const now = options.clock();
  const claim = `${options.workerId ?? "e-services"}:${randomUUID()}`;
  const repo = options.dataSource.getRepository(SmsNotice);
  await repo
    .createQueryBuilder()
    .update(SmsNotice)
    .set({ claimedBy: claim })
    .where("status = :pending AND claimedBy IS NULL AND dueAt <= :now", { pending: "PENDING", now })
    .execute();
  const claimed = await repo.findBy({ claimedBy: claim, status: "PENDING" });
  let [sent, failed] = [0, 0];
  for (const notice of claimed) {
    try {
      await options.sender.send(notice.toNumber, notice.body);
      await repo.update({ id: notice.id }, { status: "SENT", sentAt: options.clock() });
      sent++;
    } catch {
      await repo.update({ id: notice.id }, { status: "FAILED" });
      failed++;
    }
  }
  return { sent, failed };
}

/** One tick: fill, then send. */
export async function runSmsTick(options: SmsSchedulerOptions) {
  const queued = await fillOutbox(options);
  return { queued, ...(await sendDue(options)) };
}

/** Ticks every `intervalMs` (a tick never overlaps the previous one); returns a stop function. */
export function startSmsScheduler(options: SmsSchedulerOptions & { intervalMs: number; onError: (error: unknown) => void }): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    runSmsTick(options)
      .catch(options.onError)
      .finally(() => {
        running = false;
      });
  }, options.intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
