import type { SubgraphDefinition } from "@vardportal/kit";
import { CareUnit } from "./entities/care-unit.entity.js";
import { CreateCareUnit1700000001000 } from "./migrations/1700000001000-create-care-unit.js";
import { resolveCareUnitReferences } from "./resolvers/care-unit.references.js";
import { CareUnitResolver } from "./resolvers/care-unit.resolver.js";
import { seedCareUnits } from "./seed/index.js";

export const definition: SubgraphDefinition = {
  name: "care-units",
  defaultPort: 4001,
  entities: [CareUnit],
  migrations: [CreateCareUnit1700000001000],
  resolvers: [CareUnitResolver],
  references: { CareUnit: resolveCareUnitReferences },
  seed: (dataSource) => seedCareUnits(dataSource),
};
