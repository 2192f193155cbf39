import type { FeeLine } from "./fee-line.js";

/**
 * The lines of a schedule that apply at a care unit of this kind. Which lines apply where is data on
 * each line (decision 009), so a unit kind that no line names (dental care, with its own tariffs
 * outside the patient-fee schedule) gets no lines rather than wrong ones.
 */
export function feesAtUnit<T extends Pick<FeeLine, "unitKinds">>(items: readonly T[], unitKind: string | null | undefined): T[] {
  if (!unitKind) return [];
  return items.filter((item) => item.unitKinds.includes(unitKind));
}
