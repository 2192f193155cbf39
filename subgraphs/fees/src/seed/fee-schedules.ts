import { Audience, ContentStatus, localized, seedId } from "@vardportal/kit";
import { CareUnitKind } from "../entities/care-unit-kind.js";
import type { FeeItem } from "../entities/fee-item.entity.js";
import type { FeeSchedule } from "../entities/fee-schedule.entity.js";

export interface ScheduleSeed {
  schedule: Partial<FeeSchedule>;
  items: Pick<FeeItem, "visitKind" | "label" | "amountSek" | "countsTowardsHighCost" | "chargedWhenMissed" | "unitKinds">[];
}

const { HEALTH_CENTRE, HOSPITAL_CLINIC, PSYCHIATRY } = CareUnitKind;

/**
 * Region Norrbotten's fees as source 002 states them: free under 20; 300 kr for a visit at a health
 * centre, in specialist care or at a distance (video); 400 kr for a missed visit; chatting in
 * Digitalen is free. Which lines apply at which kinds of unit is our reading of the same source: health
 * centres give health-centre visits, hospital clinics and psychiatry specialist visits, all three visits
 * at a distance and charge for missed ones. Digitalen is the region's own service, at no unit. Youth
 * clinics, emergency departments and dental care are not in the source's list, so no line names them
 * (dental care has tariffs of its own): their units show no fees rather than wrong ones.
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
    freeFromAge: null,
    // The source puts "free for children and young people under 20" above both the visit and the
    // missed-visit fee, so the exemption covers both.
    ageExemptionCoversMissedVisits: true,
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
      chargedWhenMissed: true,
      unitKinds: [HEALTH_CENTRE],
    },
    {
      visitKind: "SPECIALIST_VISIT",
      label: localized("Besök i specialistvården", "Visit in specialist care"),
      amountSek: 300,
      countsTowardsHighCost: true,
      chargedWhenMissed: true,
      unitKinds: [HOSPITAL_CLINIC, PSYCHIATRY],
    },
    {
      visitKind: "REMOTE_VISIT",
      label: localized("Besök eller behandling på distans, till exempel via video", "Visit or treatment at a distance, for example by video"),
      amountSek: 300,
      countsTowardsHighCost: true,
      chargedWhenMissed: true,
      unitKinds: [HEALTH_CENTRE, HOSPITAL_CLINIC, PSYCHIATRY],
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
      chargedWhenMissed: false,
      unitKinds: [],
    },
    {
      visitKind: "MISSED_VISIT",
      label: localized(
        "Uteblivet besök som inte avbokats, på hälsocentral, i specialistvården eller på distans",
        "Missed visit that was not cancelled, at a health centre, in specialist care or at a distance",
      ),
      amountSek: 400,
      countsTowardsHighCost: false,
      chargedWhenMissed: false,
      unitKinds: [HEALTH_CENTRE, HOSPITAL_CLINIC, PSYCHIATRY],
    },
  ],
};

export const feeScheduleSeed: ScheduleSeed[] = [norrbotten2025];
