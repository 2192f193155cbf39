import type { SelectQueryBuilder } from "typeorm";
import { localized } from "@vardportal/kit";
import type { EService } from "./entities/e-service.entity.js";
import { EServiceEligibility } from "./entities/e-service-eligibility.type.js";
import { eligibilityOf, type EligibilityRules, type Visitor } from "./rules/eligibility.js";
import { regionsOf } from "./rules/municipalities.js";

/** The eligibility rules a stored service states. */
export const rulesOf = (service: EService): EligibilityRules => ({
  region: service.region,
  minAge: service.minAge,
  maxAge: service.maxAge,
  requiresEid: service.requiresEid,
  eidMethods: service.eidMethods ?? [],
  onlyMunicipalities: service.onlyMunicipalities ?? [],
  exceptMunicipalities: service.exceptMunicipalities ?? [],
  residentsOf: service.residentsOf,
});

export function eligibilityFor(service: EService, visitor: Visitor): EServiceEligibility {
  const answer = eligibilityOf(rulesOf(service), visitor);
  return Object.assign(new EServiceEligibility(), {
    eligible: answer.eligible,
    decided: answer.decided,
    reasons: answer.reasons.map((r) => ({ criterion: r.criterion, outcome: r.outcome, code: r.code, message: localized(r.sv, r.en) })),
  });
}

/**
 * The SQL twin of the age and municipality rules in rules/eligibility.ts: keeps the services whose
 * criterion is not NOT_MET for this age or municipality (a test holds the two together). The
 * municipality is canonical (letters, spaces, hyphens), so as a quoted JSON string it is a safe LIKE pattern.
 */
export function whereUsableBy(qb: SelectQueryBuilder<EService>, alias: string, facts: { age: number | null; municipality: string | null }) {
  if (facts.age !== null) {
    qb.andWhere(`(${alias}.minAge IS NULL OR ${alias}.minAge <= :age) AND (${alias}.maxAge IS NULL OR ${alias}.maxAge >= :age)`, { age: facts.age });
  }
  if (facts.municipality !== null) {
    const quoted = `%${JSON.stringify(facts.municipality)}%`;
    qb.andWhere(`(${alias}.exceptMunicipalities IS NULL OR ${alias}.exceptMunicipalities NOT LIKE :quoted)`, { quoted });
    qb.andWhere(`(${alias}.onlyMunicipalities IS NULL OR ${alias}.onlyMunicipalities = '[]' OR ${alias}.onlyMunicipalities LIKE :quoted)`, { quoted });
    const regions = regionsOf(facts.municipality);
    if (regions.length) qb.andWhere(`(${alias}.residentsOf IS NULL OR ${alias}.residentsOf IN (:...regions))`, { regions });
    else qb.andWhere(`${alias}.residentsOf IS NULL`);
  }
  return qb;
}
