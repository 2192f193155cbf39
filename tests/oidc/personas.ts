import type { Role } from "@vardportal/kit/identity";
import { ageOn, personnummerFor } from "@vardportal/kit/personnummer";

/**
 * The people you can log in as on the local OpenID provider. Pure data, computed from a date so
 * that the ages the rules care about (a child under 13, one of 14, a 17-year-old) stay true on
 * whatever day the tests run. Other tests import these to know what a token will say.
 */

export type PersonaId = "anna" | "gustav" | "elsa" | "nils" | "ada" | "erik" | "alva";

export type Bilingual = { sv: string; en: string };

/** Exactly the shape of the `dependants` claim. */
export type Dependant = { name: string; personnummer: string };

export type Persona = {
  id: PersonaId;
  name: string;
  roles: Role[];
  region: string;
  /** Twelve digits; residents only. */
  personnummer?: string;
  /** Residents only: whole years on the `today` the personas were made for. */
  age?: number;
  dependants?: Dependant[];
  description: Bilingual;
};

const region = "Norrbotten";

/** Today's date in Sweden as YYYY-MM-DD, whatever the machine's time zone. */
export function swedishToday(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/Stockholm",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

/**
 * The birth date, on a fixed month and day, of someone exactly `age` on `today`. Keeping the
 * month and day fixed means the personnummer only changes once a year, on the birthday, instead
 * of every day.
 */
function bornAged(today: string, age: number, monthDay: string): string {
  const year = Number(today.slice(0, 4)) - age - (today.slice(5) < monthDay ? 1 : 0);
  return `${year}-${monthDay}`;
}

function resident(birthDate: string, serial: number, today: string) {
  return { personnummer: personnummerFor(birthDate, serial), age: ageOn(birthDate, today) };
}

/** Every persona, residents first, as they are on `today` (YYYY-MM-DD, Swedish time). */
export function personasOn(today: string = swedishToday()): Persona[] {
  // Adults keep one birth date for good: their age does not matter, a stable number does.
  const anna = resident("1985-05-17", 282, today);
  const gustav = resident("1981-09-03", 351, today);
  const alice = resident(bornAged(today, 9, "03-08"), 124, today);
  const oskar = resident(bornAged(today, 14, "10-02"), 139, today);
  const elsa = resident(bornAged(today, 17, "06-21"), 406, today);

  return [
    {
      id: "anna",
      name: "Anna Andersson",
      roles: ["resident"],
      region,
      ...anna,
      description: {
        sv: "Vuxen invånare utan barn eller särskilda behörigheter.",
        en: "Adult resident with no children and no special permissions.",
      },
    },
    {
      id: "gustav",
      name: "Gustav Lindqvist",
      roles: ["resident"],
      region,
      ...gustav,
      dependants: [
        { name: "Alice Lindqvist", personnummer: alice.personnummer },
        { name: "Oskar Lindqvist", personnummer: oskar.personnummer },
      ],
      description: {
        sv: `Vårdnadshavare för Alice (${alice.age} år) och Oskar (${oskar.age} år).`,
        en: `Guardian of Alice (${alice.age}) and Oskar (${oskar.age}).`,
      },
    },
    {
      id: "elsa",
      name: "Elsa Berg",
      roles: ["resident"],
      region,
      ...elsa,
      description: {
        sv: `Ung invånare, ${elsa.age} år, som loggar in själv.`,
        en: `Young resident, ${elsa.age}, logging in herself.`,
      },
    },
    {
      id: "nils",
      name: "Nils Nyström",
      roles: ["staff"],
      region,
      description: {
        sv: "Sjuksköterska: läser riktlinjer och innehåll för personal.",
        en: "Nurse: reads guidelines and content for staff.",
      },
    },
    {
      id: "ada",
      name: "Ada Arvidsson",
      roles: ["archivist"],
      region,
      description: {
        sv: "Arkivarie: hanterar begäranden om journalkopior och arkivbestånd.",
        en: "Archivist: handles requests for copies of records and the archive's holdings.",
      },
    },
    {
      id: "erik",
      name: "Erik Edlund",
      roles: ["editor"],
      region,
      description: {
        sv: "Redaktör: skriver och publicerar innehåll i admin.",
        en: "Editor: writes and publishes content in the admin app.",
      },
    },
    {
      id: "alva",
      name: "Alva Adler",
      roles: ["admin"],
      region,
      description: {
        sv: "Administratör: full behörighet i admin.",
        en: "Administrator: full access in the admin app.",
      },
    },
  ];
}

export function findPersona(id: string, today: string = swedishToday()): Persona | undefined {
  return personasOn(today).find((persona) => persona.id === id);
}
