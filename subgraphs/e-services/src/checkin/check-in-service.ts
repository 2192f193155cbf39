import { randomUUID } from "node:crypto";
import { QueryFailedError } from "typeorm";
import { badUserInput, notFound, writeAudit, type SubgraphContext } from "@vardportal/kit";
import type { Appointment } from "../entities/appointment.entity.js";
import { CheckIn, CheckInPayment, CheckInStatus } from "../entities/check-in.entity.js";
import { checkInWindow, settingsFor, swedishDate, swedishTime } from "../rules/check-in-window.js";
import { findActableAppointment } from "./appointment-access.js";
import type { AppointmentFeeFacts, FeeLedger } from "./fee-ledger.js";
import { invoiceReferenceFor, type PaymentProvider } from "./payment-provider.js";

export interface CheckInDeps {
  ledger: FeeLedger;
  paymentProvider: PaymentProvider;
}

export const feeFactsOf = (appointment: Appointment): AppointmentFeeFacts => ({
  region: appointment.region,
  personnummer: appointment.patientPersonnummer,
  visitKind: appointment.visitKind,
  visitDate: swedishDate(appointment.startsAt),
  careUnitId: appointment.careUnitId,
});

/** Refuses a check-in outside its window with the time it opens, or that it has closed. */
export function requireOpenWindow(appointment: Appointment, now: Date): void {
  const window = checkInWindow(appointment.startsAt, now, settingsFor(appointment.region));
  if (window.state === "NOT_YET_OPEN") {
    const at = swedishTime(window.opensAt, now);
    throw badUserInput(`Check-in opens ${at.en}.`, "appointmentId", {
      problem: "CHECK_IN_NOT_OPEN",
      opensAt: window.opensAt.toISOString(),
      messages: { sv: `Incheckningen öppnar ${at.sv}.`, en: `Check-in opens ${at.en}.` },
    });
  }
  if (window.state === "CLOSED") {
    const at = swedishTime(window.closesAt, now);
    throw badUserInput(`Check-in closed ${at.en}.`, "appointmentId", {
      problem: "CHECK_IN_CLOSED",
      closedAt: window.closesAt.toISOString(),
      messages: { sv: `Incheckningen stängde ${at.sv}. Kontakta mottagningen.`, en: `Check-in closed ${at.en}. Contact the clinic.` },
    });
  }
}

/**
 * Checks a visit in, once. The check-in row is claimed first (unique per appointment), and its id is
 * the reference of the ledger payment and the card payment's idempotency key, so a repeat, a double
 * click or a retry after a failure resumes the same check-in and never charges or records twice.
 */
export async function checkIn(ctx: SubgraphContext, deps: CheckInDeps, appointmentId: string, payment: CheckInPayment | null): Promise<CheckIn> {
  const appointment = await findActableAppointment(ctx, appointmentId);
  if (!appointment) throw notFound("Appointment", appointmentId);
  const repo = ctx.dataSource.getRepository(CheckIn);
  const existing = await repo.findOneBy({ appointmentId });
  if (existing?.status === CheckInStatus.COMPLETED) return existing;
  if (!existing) requireOpenWindow(appointment, ctx.now);

  const facts = feeFactsOf(appointment);
  const quote = await deps.ledger.quote(facts);
  const method = quote.amountSek === 0 ? CheckInPayment.FREE : (existing?.payment ?? payment);
  if (!method || (method === CheckInPayment.FREE && quote.amountSek > 0)) {
    throw badUserInput("Choose to pay by card or by invoice.", "payment", {
      problem: "PAYMENT_METHOD_MISSING",
      messages: { sv: "Välj att betala med kort eller mot faktura.", en: "Choose to pay by card or by invoice." },
    });
  }

  const row = existing ?? (await claim(ctx, appointment, method));
  const recorded = await deps.ledger.record(row.id, facts);
  const amountSek = recorded.quote.amountSek;
  const done: Partial<CheckIn> = {
    status: CheckInStatus.COMPLETED,
    payment: amountSek === 0 ? CheckInPayment.FREE : row.payment,
    amountSek,
    explanationSv: recorded.quote.explanation.sv,
    explanationEn: recorded.quote.explanation.en,
  };
  if (done.payment === CheckInPayment.CARD) {
    const card = await deps.paymentProvider.payByCard({ idempotencyKey: row.id, amountSek, description: `Patientavgift ${appointment.careUnitName}` });
    Object.assign(done, { provider: card.provider, providerReference: card.reference, charged: card.charged });
  }
  if (done.payment === CheckInPayment.INVOICE) done.invoiceReference = invoiceReferenceFor(row.id);
  await ctx.dataSource.transaction(async (manager) => {
    await manager.getRepository(CheckIn).update({ id: row.id }, done);
    await writeAudit(manager, { actor: ctx.viewer, action: "CREATE", entityType: "CheckIn", entityId: row.id, after: { appointmentId, payment: done.payment, amountSek }, requestId: ctx.requestId });
  });
  return repo.findOneByOrFail({ id: row.id });
}

/** Inserts the PENDING check-in; a concurrent one that won the unique index is returned instead. */
async function claim(ctx: SubgraphContext, appointment: Appointment, method: CheckInPayment): Promise<CheckIn> {
  const repo = ctx.dataSource.getRepository(CheckIn);
  const row: CheckIn = Object.assign(new CheckIn(), {
    id: randomUUID(),
    appointmentId: appointment.id,
    status: CheckInStatus.PENDING,
    payment: method,
    amountSek: 0,
    explanationSv: "",
    explanationEn: null,
    invoiceReference: null,
    provider: null,
    providerReference: null,
    charged: false,
    checkedInBy: ctx.viewer?.subject ?? "anonymous",
    checkedInAt: ctx.now,
  });
  try {
    await repo.insert(row);
    return row;
  } catch (error) {
    if (!(error instanceof QueryFailedError)) throw error;
    return repo.findOneByOrFail({ appointmentId: appointment.id });
  }
}
