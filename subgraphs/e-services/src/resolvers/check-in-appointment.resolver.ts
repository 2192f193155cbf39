import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { SubgraphContext } from "@vardportal/kit";
import { findActableAppointment } from "../checkin/appointment-access.js";
import { Appointment } from "../entities/appointment.entity.js";
import { CheckIn } from "../entities/check-in.entity.js";

@Resolver(() => CheckIn)
export class CheckInAppointmentResolver {
  @FieldResolver(() => Appointment, { nullable: true, description: "The visit checked in, for a receipt; null for a viewer who may not act on it." })
  appointment(@Root() checkIn: CheckIn, @Ctx() ctx: SubgraphContext): Promise<Appointment | null> {
    return findActableAppointment(ctx, checkIn.appointmentId);
  }
}
