import type { Role } from "@vardportal/kit/identity";
import { parsePersonnummer } from "@vardportal/kit/personnummer";
import { findPersona, swedishToday, type Dependant } from "./personas.js";

/** What the provider says about a person, in the ID token and the access token alike. */
export type AccountClaims = {
  sub: string;
  name: string;
  roles: Role[];
  region: string;
  personnummer?: string;
  dependants?: Dependant[];
};

const residentPrefix = "resident-";

/** The subject of a resident logged in by personnummer: the number itself carries everything. */
export function residentAccountId(personnummer: string): string {
  return `${residentPrefix}${personnummer}`;
}

/**
 * The claims for a subject: a persona, or an ad-hoc resident (`resident-<12 digits>`, Norrbotten).
 * Undefined for anyone else, which the provider treats as an account that no longer exists.
 */
export function claimsFor(accountId: string, today: string = swedishToday()): AccountClaims | undefined {
  if (accountId.startsWith(residentPrefix)) {
    const digits = accountId.slice(residentPrefix.length);
    const parsed = parsePersonnummer(digits);
    if (!parsed.ok || parsed.personnummer.value !== digits) return undefined;
    return {
      sub: accountId,
      name: `Testinvånare ${digits.slice(0, 8)}-${digits.slice(8)}`,
      roles: ["resident"],
      region: "Norrbotten",
      personnummer: digits,
    };
  }
  const persona = findPersona(accountId, today);
  if (!persona) return undefined;
  return {
    sub: persona.id,
    name: persona.name,
    roles: persona.roles,
    region: persona.region,
    ...(persona.personnummer ? { personnummer: persona.personnummer } : {}),
    ...(persona.dependants ? { dependants: persona.dependants } : {}),
  };
}
