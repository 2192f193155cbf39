import { Audience, ContentStatus, localized, seedId } from "@vardportal/kit";
import type { FeeItem } from "../entities/fee-item.entity.js";
import type { FeeSchedule } from "../entities/fee-schedule.entity.js";

export interface ScheduleSeed {
  schedule: Partial<FeeSchedule>;
  items: Pick<FeeItem, "visitKind" | "label" | "amountSek" | "countsTowardsHighCost">[];
}

/**
 * Region Norrbotten's fees as source 002 states them: free under 20; 300 kr for a visit at a health
 * centre, in specialist care or at a distance (video); 400 kr for a missed visit; chatting in
 * Digitalen is free.
 */
const norrbotten2025: ScheduleSeed = {
  schedule: {
    id: seedId("fee-schedule", "Norrbotten:2025-01-01"),
    region: "Norrbotten",
    audience: Audience.PUBLIC,
    status: ContentStatus.PUBLISHED,
    title: localized("Patientavgifter i Region Norrbotten", "Patient fees in Region Norrbotten"),
    validFrom: "2025-01-01",
    validTo: null,
    freeUnderAge: 20,
    // Not in the source documents: the national high-cost ceiling for outpatient care, which the
    // government raised to 1 450 kr per 12 months from 1 January 2024. Editors correct it here.
    highCostLimitSek: 1450,
    highCostPeriodMonths: 12,
  },
  items: [
    {
      visitKind: "HEALTH_CENTRE_VISIT",
      label: localized("Besök på hälsocentral", "Visit to a health centre"),
      amountSek: 300,
      countsTowardsHighCost: true,
    },
    {
      visitKind: "SPECIALIST_VISIT",
      label: localized("Besök i specialistvården", "Visit in specialist care"),
      amountSek: 300,
      countsTowardsHighCost: true,
    },
    {
      visitKind: "REMOTE_VISIT",
      label: localized("Besök eller behandling på distans, till exempel via video", "Visit or treatment at a distance, for example by video"),
      amountSek: 300,
      countsTowardsHighCost: true,
    },
    {
      visitKind: "DIGITAL_CHAT",
      label: localized(
        "Chatt med vårdpersonal i Digitalen (leder chatten till ett besök kostar besöket som vanligt)",
        "Chat with care staff in Digitalen (a visit the chat leads to costs as usual)",
      ),
      amountSek: 0,
      // Nothing is paid, so nothing counts.
      countsTowardsHighCost: false,
    },
    {
      visitKind: "MISSED_VISIT",
      label: localized(
        "Uteblivet besök som inte avbokats, på hälsocentral, i specialistvården eller på distans",
        "Missed visit that was not cancelled, at a health centre, in specialist care or at a distance",
      ),
      amountSek: 400,
      countsTowardsHighCost: false,
    },
  ],
};

export const feeScheduleSeed: ScheduleSeed[] = [norrbotten2025];
