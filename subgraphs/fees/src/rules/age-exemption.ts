import type { ScheduleTerms } from "./fee-line.js";

/** Who pays nothing because of their age: younger than `age`, or `age` and older. */
export type AgeExemption = { kind: "UNDER"; age: number } | { kind: "FROM"; age: number };

type Exemptions = Pick<ScheduleTerms, "freeUnderAge" | "freeFromAge">;

/** The schedule's age exemptions as a list, youngest first (Norrbotten: under 20; another region may add 85 and over). */
export function ageExemptions(schedule: Exemptions): AgeExemption[] {
  const list: AgeExemption[] = [];
  if (schedule.freeUnderAge !== null) list.push({ kind: "UNDER", age: schedule.freeUnderAge });
  if (schedule.freeFromAge !== null) list.push({ kind: "FROM", age: schedule.freeFromAge });
  return list;
}

/** The exemption that makes care free at `age` (whole years on the visit day), or null. */
export function ageExemptionFor(schedule: Exemptions, age: number): AgeExemption | null {
  return ageExemptions(schedule).find((e) => (e.kind === "UNDER" ? age < e.age : age >= e.age)) ?? null;
}

/** "under 20 år" / "under 20"; "85 år och äldre" / "85 and over". */
export function describeExemption(exemption: AgeExemption): { sv: string; en: string } {
  return exemption.kind === "UNDER"
    ? { sv: `under ${exemption.age} år`, en: `under ${exemption.age}` }
    : { sv: `${exemption.age} år och äldre`, en: `${exemption.age} and over` };
}
