import { forbidden, hasRole, unauthenticated, type SubgraphContext } from "@vardportal/kit";
import { Appointment } from "../entities/appointment.entity.js";
import { Guardianship } from "../entities/guardianship.entity.js";
import { guardianMayActFor } from "../rules/guardian.js";
import { swedishDate } from "../rules/check-in-window.js";

export const appointmentStaffRoles = ["staff", "admin"] as const;

/**
 * The patients whose visits a resident may see and check in: themselves, and each child of theirs who
 * is under 13 today. From the 13th birthday the child's visits are the child's own.
 */
export async function patientsActedFor(ctx: SubgraphContext): Promise<string[]> {
  const own = ctx.viewer?.personnummer;
  if (!ctx.viewer) throw unauthenticated();
  if (!own) throw forbidden("Only a logged-in resident has visits to check in.");
  const children = await ctx.dataSource.getRepository(Guardianship).findBy({ guardianPersonnummer: own });
  const today = swedishDate(ctx.now);
  return [own, ...children.map((c) => c.childPersonnummer).filter((pn) => guardianMayActFor(pn, today))];
}

/** An appointment the viewer may act on, filtered in the query, or null as if it did not exist. */
export async function findActableAppointment(ctx: SubgraphContext, id: string): Promise<Appointment | null> {
  const qb = ctx.dataSource.getRepository(Appointment).createQueryBuilder("a").where("a.id = :id", { id });
  if (!hasRole(ctx.viewer, ...appointmentStaffRoles)) qb.andWhere("a.patientPersonnummer IN (:...patients)", { patients: await patientsActedFor(ctx) });
  return qb.getOne();
}
