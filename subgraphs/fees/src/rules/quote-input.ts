import { parsePersonnummer, personnummerMessages } from "@vardportal/kit/personnummer";
import { longDate, parseIsoDate } from "./calendar-date.js";
import type { Bilingual } from "./fee-line.js";
import type { ValidityPeriod } from "./validity.js";
import { isVisitKindCode, normalizeVisitKind, VisitKind } from "./visit-kind.js";

/**
 * What is wrong with a quote's input, for the field it concerns, in words a person can act on. The
 * resolver turns these into coded errors; nothing here repeats a personnummer back.
 */
export interface InputProblem {
  field: string;
  problem: string;
  sv: string;
  en: string;
}

export interface QuoteInput {
  region: string;
  visitKind: string;
  visitDate: string;
  birthDate?: string | null;
  personnummer?: string | null;
  missed?: boolean | null;
}

export interface CheckedQuoteInput {
  region: string;
  visitKind: string;
  visitDate: string;
  /** From the input, or from the personnummer. */
  birthDate: string;
  /** Twelve digits when one was given. */
  personnummer: string | null;
  missed: boolean;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: [InputProblem, ...InputProblem[]] };

const problem = (field: string, code: string, sv: string, en: string): InputProblem => ({ field, problem: code, sv, en });

const DATE_FORMAT = { sv: "Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-03-02.", en: 'Write the date as YYYY-MM-DD, for example 2026-03-02.' };

/** As long as a region's name is stored; a longer one cannot be a region, and is not repeated back. */
const MAX_REGION_LENGTH = 64;

const present = (text: string | null | undefined): text is string => typeof text === "string" && text.trim() !== "";

/**
 * Checks everything that can be checked without the database, all at once, so a form can show every
 * field's message together. `today` is the Swedish date now.
 */
export function checkQuoteInput(input: QuoteInput, today: string): Checked<CheckedQuoteInput> {
  const problems: InputProblem[] = [];
  const region = input.region.trim();
  if (!region) problems.push(problem("region", "REGION_MISSING", "Välj en region.", "Choose a region."));
  else if (region.length > MAX_REGION_LENGTH) problems.push(problem("region", "REGION_UNKNOWN", "Det finns ingen sådan region. Välj en i listan.", "There is no such region. Choose one from the list."));

  const visitKind = normalizeVisitKind(input.visitKind);
  if (!visitKind) problems.push(problem("visitKind", "VISIT_KIND_MISSING", "Välj vilken sorts besök det gäller.", "Choose the kind of visit."));
  else if (!isVisitKindCode(visitKind)) {
    problems.push(problem("visitKind", "VISIT_KIND_UNKNOWN", "Det finns ingen sådan besökstyp. Välj en i listan.", "There is no such kind of visit. Choose one from the list."));
  }

  const visitDate = parseIsoDate(input.visitDate.trim());
  if (!present(input.visitDate)) problems.push(problem("visitDate", "VISIT_DATE_MISSING", "Fyll i besöksdatum.", "Give the date of the visit."));
  else if (!visitDate) problems.push(problem("visitDate", "VISIT_DATE_FORMAT", `Besöksdatumet är inte ett giltigt datum. ${DATE_FORMAT.sv}`, `The visit date is not a valid date. ${DATE_FORMAT.en}`));

  let birthDate: string | null = null;
  let personnummer: string | null = null;
  const hasBirthDate = present(input.birthDate);
  const hasPersonnummer = present(input.personnummer);
  if (hasBirthDate && hasPersonnummer) {
    problems.push(
      problem("personnummer", "BOTH_BIRTH_DATE_AND_PERSONNUMMER", "Fyll i antingen födelsedatum eller personnummer, inte båda.", "Give either a date of birth or a personal identity number, not both."),
    );
  } else if (!hasBirthDate && !hasPersonnummer) {
    problems.push(
      problem("birthDate", "BIRTH_DATE_OR_PERSONNUMMER_MISSING", "Fyll i födelsedatum eller personnummer, så att åldern på besöksdagen kan räknas ut.", "Give a date of birth or a personal identity number, so the age on the day of the visit can be worked out."),
    );
  } else if (hasBirthDate) {
    birthDate = parseIsoDate(input.birthDate!.trim());
    if (!birthDate) problems.push(problem("birthDate", "BIRTH_DATE_FORMAT", `Födelsedatumet är inte ett giltigt datum. ${DATE_FORMAT.sv}`, `The date of birth is not a valid date. ${DATE_FORMAT.en}`));
  } else {
    const parsed = parsePersonnummer(input.personnummer!);
    if (parsed.ok) {
      personnummer = parsed.personnummer.value;
      birthDate = parsed.personnummer.birthDate;
    } else {
      const messages = personnummerMessages[parsed.problem];
      problems.push(problem("personnummer", `PERSONNUMMER_${parsed.problem}`, messages.sv, messages.en));
    }
  }

  if (birthDate) {
    const field = personnummer ? "personnummer" : "birthDate";
    const whose = personnummer ? { sv: "Personnumret hör till", en: "The number belongs to" } : { sv: "Födelsedatumet gäller", en: "The date of birth is of" };
    if (birthDate > today) {
      problems.push(problem(field, "BIRTH_DATE_IN_FUTURE", `${whose.sv} någon som ännu inte är född. Kontrollera datumet.`, `${whose.en} someone not yet born. Check the date.`));
    } else if (visitDate && birthDate > visitDate) {
      problems.push(
        problem(field, "BIRTH_DATE_AFTER_VISIT", `${whose.sv} någon som inte var född på besöksdagen. Kontrollera datumen.`, `${whose.en} someone not yet born on the day of the visit. Check the dates.`),
      );
    }
  }

  if (problems.length === 0 && visitDate && birthDate) {
    return { ok: true, value: { region, visitKind, visitDate, birthDate, personnummer, missed: input.missed ?? false } };
  }
  // Every path above that leaves a date unknown has pushed a problem, so the list is not empty.
  return { ok: false, problems: problems as [InputProblem, ...InputProblem[]] };
}

/** The region has no fee schedule the viewer may read. */
export function unknownRegion(region: string, known: readonly string[]): InputProblem {
  const list = known.length ? known.join(", ") : null;
  return problem(
    "region",
    "REGION_UNKNOWN",
    `Det finns inga avgifter för regionen ${region}.${list ? ` Välj en av: ${list}.` : ""}`,
    `There are no fees for the region ${region}.${list ? ` Choose one of: ${list}.` : ""}`,
  );
}

const describePeriod = (period: ValidityPeriod) => {
  const from = longDate(period.validFrom);
  if (!period.validTo) return { sv: `från ${from.sv}`, en: `from ${from.en}` };
  const to = longDate(period.validTo);
  return { sv: `${from.sv} – ${to.sv}`, en: `${from.en} – ${to.en}` };
};

/** The region has schedules, but none in force on the visit date; `periods` are the region's, oldest first. */
export function noScheduleOn(region: string, date: string, periods: readonly ValidityPeriod[]): InputProblem {
  const known = periods.map(describePeriod);
  const day = longDate(date);
  return problem(
    "visitDate",
    "NO_SCHEDULE_IN_FORCE",
    `Det finns inga avgifter för ${region} som gäller den ${day.sv}.${known.length ? ` Avgifter finns för ${known.map((k) => k.sv).join(", ")}.` : ""}`,
    `There are no fees for ${region} in force on ${day.en}.${known.length ? ` Fees exist for ${known.map((k) => k.en).join(", ")}.` : ""}`,
  );
}

/** The schedule in force has no line for the kind asked for; `lines` are the ones it has. */
export function unknownVisitKind(lines: readonly { visitKind: string; label: Bilingual }[]): InputProblem {
  const choices = lines.filter((line) => line.visitKind !== VisitKind.MISSED_VISIT);
  return problem(
    "visitKind",
    "VISIT_KIND_UNKNOWN",
    `Avgifterna som gäller den dagen har ingen sådan besökstyp. Välj en av: ${choices.map((l) => l.label.sv).join("; ")}.`,
    `The fees in force that day have no such kind of visit. Choose one of: ${choices.map((l) => l.label.en ?? l.label.sv).join("; ")}.`,
  );
}
