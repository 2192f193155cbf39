import { ageOn } from "@vardportal/kit/personnummer";

/** A guardian acts for a child in e-services until the child's 13th birthday, not from it. */
export const GUARDIAN_PROXY_UNTIL_AGE = 13;

/** The birth date in a twelve-digit personnummer (a samordningsnummer's day has 60 added). */
export function birthDateOf(personnummer: string): string {
  const day = Number(personnummer.slice(6, 8));
  return `${personnummer.slice(0, 4)}-${personnummer.slice(4, 6)}-${String(day > 60 ? day - 60 : day).padStart(2, "0")}`;
}

/** Whether a guardian may act for this child on `today` (Swedish date). */
export function guardianMayActFor(childPersonnummer: string, today: string): boolean {
  return ageOn(birthDateOf(childPersonnummer), today) < GUARDIAN_PROXY_UNTIL_AGE;
}
