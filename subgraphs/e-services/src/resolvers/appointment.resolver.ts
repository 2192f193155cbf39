import { randomUUID } from "node:crypto";
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { localized, requirePersonnummer, validationFailed, writeAudit, type SubgraphContext } from "@vardportal/kit";
import { Appointment } from "../entities/appointment.entity.js";
import { CheckIn, CheckInPayment, CheckInStatus } from "../entities/check-in.entity.js";
import { appointmentStaffRoles, findActableAppointment, patientsActedFor } from "../checkin/appointment-access.js";
import { checkIn, feeFactsOf, type CheckInDeps } from "../checkin/check-in-service.js";
import { VisitFee } from "../entities/visit-fee.type.js";
import { CardPaymentInfo } from "../entities/card-payment-info.type.js";
import { checkInWindow, settingsFor, visitListBounds } from "../rules/check-in-window.js";
import { CreateAppointmentInput } from "./inputs/appointment.input.js";

const VISIT_KIND = /^[A-Z][A-Z0-9_]{1,31}$/;

/** The resolver class, given what check-in needs (the fees ledger, a payment provider). */
export function appointmentResolver(deps: CheckInDeps) {
  @Resolver(() => Appointment)
  class AppointmentResolver {
    @Query(() => [Appointment], { description: "The logged-in resident's visits today (Swedish day; late in the evening also the next three hours), and those of their children under 13, by start time." })
    @Authorized()
    async myVisitsToday(@Ctx() ctx: SubgraphContext): Promise<Appointment[]> {
      const patients = await patientsActedFor(ctx);
      const { from, to } = visitListBounds(ctx.now);
      return ctx.dataSource
        .getRepository(Appointment)
        .createQueryBuilder("a")
        .where("a.patientPersonnummer IN (:...patients)", { patients })
        .andWhere("a.startsAt >= :from AND a.startsAt < :to", { from, to })
        .orderBy("a.startsAt", "ASC")
        .addOrderBy("a.id", "ASC")
        .getMany();
    }

    @Query(() => Appointment, { nullable: true, description: "One visit the viewer may act on (their own, their child's under 13; staff: any)." })
    @Authorized()
    appointment(@Arg("id", () => String) id: string, @Ctx() ctx: SubgraphContext): Promise<Appointment | null> {
      return findActableAppointment(ctx, id);
    }

    @Query(() => CheckIn, {
      nullable: true,
      description: "A completed check-in's receipt, by its id (the receipt's number), for whoever may act on its visit; null otherwise.",
    })
    @Authorized()
    async checkInReceipt(@Arg("id", () => String) id: string, @Ctx() ctx: SubgraphContext): Promise<CheckIn | null> {
      const receipt = await ctx.dataSource.getRepository(CheckIn).findOneBy({ id, status: CheckInStatus.COMPLETED });
      // The visit is looked up with the viewer's access filter: someone else's receipt reads as none at all.
      return receipt && (await findActableAppointment(ctx, receipt.appointmentId)) ? receipt : null;
    }

    @Query(() => CardPaymentInfo, { description: "The card payment provider check-in uses; the portal tells the resident when it charges nothing." })
    cardPayment(): CardPaymentInfo {
      return Object.assign(new CardPaymentInfo(), { provider: deps.paymentProvider.name, charges: deps.paymentProvider.charges });
    }

    @Mutation(() => Appointment, { description: "Care staff book a visit." })
    @Authorized(...appointmentStaffRoles)
    async createAppointment(@Arg("input", () => CreateAppointmentInput) input: CreateAppointmentInput, @Ctx() ctx: SubgraphContext): Promise<Appointment> {
      const personnummer = requirePersonnummer(input.patientPersonnummer);
      const errors: Record<string, string[]> = {};
      if (!VISIT_KIND.test(input.visitKind)) errors.visitKind = ["A visit-kind code such as HEALTH_CENTRE_VISIT."];
      for (const field of ["region", "patientName", "careUnitId", "careUnitName"] as const) {
        if (!input[field].trim()) errors[field] = ["Required."];
      }
      if (input.smsConsent && !/^\+?\d{7,15}$/.test(input.smsNumber ?? "")) errors.smsNumber = ["A mobile number is needed for SMS reminders."];
      if (Object.keys(errors).length) throw validationFailed(errors);
      const appointment = Object.assign(new Appointment(), {
        ...input,
        id: randomUUID(),
        region: input.region.trim(),
        patientPersonnummer: personnummer,
        smsNumber: input.smsConsent ? input.smsNumber : null,
        createdBy: ctx.viewer?.subject ?? "anonymous",
        sample: false,
      });
      await ctx.dataSource.transaction(async (manager) => {
        await manager.getRepository(Appointment).insert(appointment);
        await writeAudit(manager, { actor: ctx.viewer, action: "CREATE", entityType: "Appointment", entityId: appointment.id, after: { careUnitId: appointment.careUnitId, startsAt: appointment.startsAt }, requestId: ctx.requestId });
      });
      return appointment;
    }

    @Mutation(() => CheckIn, {
      description:
        "Checks a visit in and settles its fee: the amount comes from the fee rules with the patient's high-cost account applied. Idempotent: a repeat returns the same check-in and charges nothing more.",
    })
    @Authorized()
    checkIn(
      @Arg("appointmentId", () => String) appointmentId: string,
      @Arg("payment", () => CheckInPayment, { nullable: true, description: "CARD or INVOICE; ignored when the visit is free." }) payment: CheckInPayment | null,
      @Ctx() ctx: SubgraphContext,
    ): Promise<CheckIn> {
      return checkIn(ctx, deps, appointmentId, payment ?? null);
    }

    @FieldResolver(() => Date, { description: "When check-in opens (the region's setting)." })
    checkInOpensAt(@Root() a: Appointment): Date {
      return checkInWindow(a.startsAt, a.startsAt, settingsFor(a.region)).opensAt;
    }

    @FieldResolver(() => Date, { description: "When check-in closes." })
    checkInClosesAt(@Root() a: Appointment): Date {
      return checkInWindow(a.startsAt, a.startsAt, settingsFor(a.region)).closesAt;
    }

    @FieldResolver(() => Boolean, { description: "Whether the viewer acts for someone else (a guardian for a child)." })
    forDependant(@Root() a: Appointment, @Ctx() ctx: SubgraphContext): boolean {
      return !!ctx.viewer?.personnummer && ctx.viewer.personnummer !== a.patientPersonnummer;
    }

    @FieldResolver(() => VisitFee, {
      nullable: true,
      description: "What checking in will cost (the fee rules, asked at the fees ledger). Null only beside an error, so the visit still shows when fees cannot answer.",
    })
    async fee(@Root() a: Appointment): Promise<VisitFee> {
      const quote = await deps.ledger.quote(feeFactsOf(a));
      return Object.assign(new VisitFee(), { amountSek: quote.amountSek, free: quote.amountSek === 0, explanation: localized(quote.explanation.sv, quote.explanation.en) });
    }

    @FieldResolver(() => CheckIn, { name: "checkIn", nullable: true, description: "The completed check-in, with its receipt." })
    completedCheckIn(@Root() a: Appointment, @Ctx() ctx: SubgraphContext): Promise<CheckIn | null> {
      return ctx.dataSource.getRepository(CheckIn).findOneBy({ appointmentId: a.id, status: CheckInStatus.COMPLETED });
    }
  }
  return AppointmentResolver;
}
