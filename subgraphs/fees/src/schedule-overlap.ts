import type { EntityManager } from "typeorm";
import { validationFailed } from "@vardportal/kit";
import { publishedSchedulesOf } from "./fee-schedule-store.js";
import type { MessageLanguage } from "./rules/schedule-input.js";
import { firstOverlap, type ValidityPeriod } from "./rules/validity.js";

/**
 * Published schedules of a region must not overlap: a date would otherwise have two sets of fees
 * (decision 009). Drafts may, so next year's schedule can be written while this year's still runs
 * "until further notice". Refused with VALIDATION_FAILED on validFrom and validTo, naming the other.
 */
export async function assertNoOverlap(
  manager: EntityManager,
  schedule: ValidityPeriod & { id: string; region: string },
  language: MessageLanguage = "en",
): Promise<void> {
  const other = firstOverlap(schedule, await publishedSchedulesOf(manager, schedule.region, schedule.id));
  if (!other) return;
  const message =
    language === "sv"
      ? `Perioden överlappar den publicerade taxan "${other.title.sv}" (${other.validFrom} – ${other.validTo ?? "tills vidare"}). Ge den taxan en sista dag före den här börjar, eller ändra datumen.`
      : `The period overlaps the published schedule "${other.title.sv}" (${other.validFrom} – ${other.validTo ?? "until further notice"}). Give that schedule a last day before this one starts, or change these dates.`;
  throw validationFailed({ validFrom: [message], validTo: [message] }, message);
}
